# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""matmul operations"""

from typing import Any

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.activation
import ttnn._ttnn.device
import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.operations.core
import ttnn._ttnn.prefetcher_pipe
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class MatmulProgramConfig:
    """Variant defining matmul program config"""

class MatmulMultiCoreReuseProgramConfig:
    """
    Configuration class for multi-core reusable matmul operations.

    This program config is used for basic multi-core matmul operations that can reuse
    intermediate results across cores for better performance.
    """

    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, in0_block_w: int, out_subblock_h: int, out_subblock_w: int, per_core_M: int, per_core_N: int, allowed_worker_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulMultiCoreReuseProgramConfig: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Grid size for compute cores with storage capability.

        Specifies the 2D grid of cores (x, y) that will be used for computation and have
        access to storage. This determines how the computation is distributed across cores.

        **DEPRECATED**: Use ``allowed_worker_cores`` instead for finer control over the compute grid.
        """

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def in0_block_w(self) -> int:
        """
        Block width for both input tensors along the K dimension (shared inner dimension).

        This parameter determines the granularity of data blocks by specifying how many tiles wide
        each block is along the K dimension. It affects the size of data chunks processed together
        and impacts memory usage and compute efficiency for both tensors. Must be a divisor of the
        K dimension. Suggested to be a multiple of 32 for tile alignment.
        """

    @in0_block_w.setter
    def in0_block_w(self, arg: int, /) -> None: ...

    @property
    def out_subblock_h(self) -> int:
        """
        Height of output subblocks in tiles.

        Controls the granularity of computation within each output block along the M dimension.
        Smaller values can reduce memory usage but may decrease efficiency. Must divide evenly
        into the output block height.
        """

    @out_subblock_h.setter
    def out_subblock_h(self, arg: int, /) -> None: ...

    @property
    def out_subblock_w(self) -> int:
        """
        Width of output subblocks in tiles.

        Controls the granularity of computation within each output block along the N dimension.
        Smaller values can reduce memory usage but may decrease efficiency. Must divide evenly
        into the output block width.
        """

    @out_subblock_w.setter
    def out_subblock_w(self, arg: int, /) -> None: ...

    @property
    def per_core_M(self) -> int:
        """
        Number of output tiles each core processes along the M dimension.

        Determines how the M dimension of the output is distributed across cores.
        Larger values mean fewer cores are used but each core does more work.
        Must be chosen such that (total_M / per_core_M) cores are available.
        """

    @per_core_M.setter
    def per_core_M(self, arg: int, /) -> None: ...

    @property
    def per_core_N(self) -> int:
        """
        Number of output tiles each core processes along the N dimension.

        Determines how the N dimension of the output is distributed across cores.
        Larger values mean fewer cores are used but each core does more work.
        Must be chosen such that (total_N / per_core_N) cores are available.
        """

    @per_core_N.setter
    def per_core_N(self, arg: int, /) -> None: ...

    @property
    def allowed_worker_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet | None:
        """
        Optional set of worker cores to restrict the matmul computation to.

        When set, overrides ``compute_with_storage_grid_size`` for determining the active
        compute grid. Accepts a ``CoreRangeSet`` describing the exact cores to use.
        """

    @allowed_worker_cores.setter
    def allowed_worker_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

class MatmulMultiCoreReuseMultiCastProgramConfig:
    """
    The "2D" matmul program config is used for block sharded tensors, and general interleaved tensors.
    """

    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, in0_block_w: int, out_subblock_h: int, out_subblock_w: int, out_block_h: int | None = None, out_block_w: int | None = None, per_core_M: int, per_core_N: int, transpose_mcast: bool, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, fuse_batch: bool = True, allowed_worker_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulMultiCoreReuseMultiCastProgramConfig: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Grid size for compute cores with storage capability.

        Specifies the 2D grid of cores (x, y) that will be used for computation and have
        access to storage. This determines how the computation is distributed across cores
        and affects multicast communication patterns.

        **DEPRECATED**: Use ``allowed_worker_cores`` instead for finer control over the compute grid.
        """

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def in0_block_w(self) -> int:
        """
        Block width for both input tensors along the K dimension (shared inner dimension).

        Determines the data granularity by specifying how many tiles wide each block is along
        the K dimension for both input_tensor_a and input_tensor_b in multicast operations.
        Must be a divisor of the K dimension. Smaller blocks can improve load balancing but
        may increase communication overhead in multicast scenarios.
        """

    @in0_block_w.setter
    def in0_block_w(self, arg: int, /) -> None: ...

    @property
    def out_subblock_h(self) -> int:
        """
        Height of output subblocks in tiles.

        Controls the granularity of computation within each output block along the M dimension.
        Must divide evenly into out_block_h. Affects memory usage and compute scheduling
        in the multicast implementation.
        """

    @out_subblock_h.setter
    def out_subblock_h(self, arg: int, /) -> None: ...

    @property
    def out_subblock_w(self) -> int:
        """
        Width of output subblocks in tiles.

        Controls the granularity of computation within each output block along the N dimension.
        Must divide evenly into out_block_w. Affects memory usage and compute scheduling
        in the multicast implementation.
        """

    @out_subblock_w.setter
    def out_subblock_w(self, arg: int, /) -> None: ...

    @property
    def out_block_h(self) -> int:
        """
        Height of output blocks in tiles.

        Specifies the block size for output tensor along the M dimension. If not provided,
        defaults to per_core_M. Must be divisible by out_subblock_h and should be chosen
        to optimize multicast efficiency and memory usage.
        """

    @out_block_h.setter
    def out_block_h(self, arg: int, /) -> None: ...

    @property
    def out_block_w(self) -> int:
        """
        Width of output blocks in tiles.

        Specifies the block size for output tensor along the N dimension. If not provided,
        defaults to per_core_N. Must be divisible by out_subblock_w and should be chosen
        to optimize multicast efficiency and memory usage.
        """

    @out_block_w.setter
    def out_block_w(self, arg: int, /) -> None: ...

    @property
    def per_core_M(self) -> int:
        """
        Number of output tiles each core processes along the M dimension.

        Determines how the M dimension is distributed across cores in the multicast setup.
        Used as the default value for out_block_h if not explicitly specified.
        """

    @per_core_M.setter
    def per_core_M(self, arg: int, /) -> None: ...

    @property
    def per_core_N(self) -> int:
        """
        Number of output tiles each core processes along the N dimension.

        Determines how the N dimension is distributed across cores in the multicast setup.
        Used as the default value for out_block_w if not explicitly specified.
        """

    @per_core_N.setter
    def per_core_N(self, arg: int, /) -> None: ...

    @property
    def transpose_mcast(self) -> bool:
        """
        Whether to transpose the multicast communication pattern.

        When true, the multicast direction is transposed, which can be beneficial for
        certain tensor shapes and grid configurations. This affects how data is broadcast
        across cores and can impact performance depending on the access patterns.
        """

    @transpose_mcast.setter
    def transpose_mcast(self, arg: bool, /) -> None: ...

    @property
    def fused_activation(self) -> ttnn._ttnn.activation.UnaryWithParam | None:
        """
        Optional fused activation function to apply to the output.

        If provided, the specified activation function (e.g., ReLU, GELU) is applied
        directly during the matmul computation, avoiding the need for a separate activation
        operation and improving performance.
        """

    @fused_activation.setter
    def fused_activation(self, arg: ttnn._ttnn.activation.UnaryWithParam | None) -> None: ...

    @property
    def fuse_batch(self) -> bool:
        """
        Whether to fuse batch dimensions into the matrix dimensions.

        When true, batch dimensions are fused with the M dimension, allowing for more
        efficient processing of batched matrix multiplications. This can improve performance
        for operations with large batch sizes. Defaults to true.

        Note: the batch dimensions need to all be 1 for the second input tensor when fuse_batch is true.
        """

    @fuse_batch.setter
    def fuse_batch(self, arg: bool, /) -> None: ...

    @property
    def allowed_worker_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet | None:
        """
        Optional set of worker cores to restrict the matmul computation to.

        When set, overrides ``compute_with_storage_grid_size`` for determining the active
        compute grid. Accepts a ``CoreRangeSet`` describing the exact cores to use.
        """

    @allowed_worker_cores.setter
    def allowed_worker_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

class MatmulMultiCoreReuseMultiCast1DProgramConfig:
    """
    Configuration class for 1D multicast matmul operations with advanced features.

    This program config is for use with width and height sharded tensors, or very narrow interleaved tensors.

    When ``gather_in0`` is False and the matmul op is invoked with a ``sub_device_id``,
    ``compute_with_storage_grid_size`` is anchored at the sub-device's worker bounding-box start
    instead of ``(0, 0)``. The 1D multicast targets a single bounding-box rectangle and the
    per-core index math assumes a contiguous row-major rectangle, so the sub-device's worker
    cores must themselves form a single rectangle. Non-rectangular sub-device worker grids are
    rejected at validate time. When ``gather_in0`` is True, ``compute_with_storage_grid_size``
    is ignored and the gather path can run on any sub-device worker layout.
    """

    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, in0_block_w: int, out_subblock_h: int, out_subblock_w: int, out_block_h: int | None = None, out_block_w: int | None = None, per_core_M: int, per_core_N: int, fuse_batch: bool, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, mcast_in0: bool, gather_in0: bool = False, hop_cores: ttnn._ttnn.tensor.CoreRangeSet = ..., num_global_cb_receivers: int = 1, untilize_out: bool = False, allowed_worker_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None, stream_in1: bool = False) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulMultiCoreReuseMultiCast1DProgramConfig: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Grid size for compute cores with storage capability.

        Defines the 2D grid of cores that will be used for computation. In 1D multicast,
        this grid is used to determine the communication pattern for broadcasting data
        along one dimension while distributing computation.

        When the matmul op is invoked with a ``sub_device_id`` (and ``gather_in0`` is False),
        this rectangle is anchored at the sub-device's worker bounding-box start (instead of
        ``(0, 0)``) and must fit inside that bounding box. Ignored when ``gather_in0`` is True.

        **DEPRECATED**: Use ``allowed_worker_cores`` instead for finer control over the compute grid.
        """

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def in0_block_w(self) -> int:
        """
        Block width for both input tensors along the K dimension (shared inner dimension).

        Determines the data granularity by specifying how many tiles wide each block is
        along the inner dimension for both input_tensor_a and input_tensor_b. This parameter
        impacts 1D multicast performance as it affects the size of data chunks that
        are broadcast across cores and memory access patterns for both tensors.
        """

    @in0_block_w.setter
    def in0_block_w(self, arg: int, /) -> None: ...

    @property
    def out_subblock_h(self) -> int:
        """
        Height of output subblocks in tiles.

        Controls computation granularity within output blocks along the M dimension.
        In 1D multicast, this affects how computation is scheduled and memory usage
        patterns across the participating cores.
        """

    @out_subblock_h.setter
    def out_subblock_h(self, arg: int, /) -> None: ...

    @property
    def out_subblock_w(self) -> int:
        """
        Width of output subblocks in tiles.

        Controls computation granularity within output blocks along the N dimension.
        This parameter affects the efficiency of the 1D multicast communication pattern
        and compute scheduling.
        """

    @out_subblock_w.setter
    def out_subblock_w(self, arg: int, /) -> None: ...

    @property
    def out_block_h(self) -> int:
        """
        Height of output blocks in tiles.

        Defines the output block size along the M dimension. If not specified, defaults
        to per_core_M. This parameter is important for optimizing the 1D multicast
        pattern and memory access efficiency.
        """

    @out_block_h.setter
    def out_block_h(self, arg: int, /) -> None: ...

    @property
    def out_block_w(self) -> int:
        """
        Width of output blocks in tiles.

        Defines the output block size along the N dimension. If not specified, defaults
        to per_core_N. This affects the efficiency of data distribution in the 1D
        multicast implementation.
        """

    @out_block_w.setter
    def out_block_w(self, arg: int, /) -> None: ...

    @property
    def per_core_M(self) -> int:
        """
        Number of output tiles each core processes along the M dimension.

        Determines the workload distribution along the M dimension in the 1D multicast
        pattern. This affects both load balancing and communication efficiency.
        """

    @per_core_M.setter
    def per_core_M(self, arg: int, /) -> None: ...

    @property
    def per_core_N(self) -> int:
        """
        Number of output tiles each core processes along the N dimension.

        Determines the workload distribution along the N dimension in the 1D multicast
        pattern. This parameter is crucial for achieving optimal performance in
        1D multicast scenarios.
        """

    @per_core_N.setter
    def per_core_N(self, arg: int, /) -> None: ...

    @property
    def fuse_batch(self) -> bool:
        """
        Whether to fuse batch dimensions into matrix dimensions.

        When true, batch dimensions are incorporated into the matrix computation,
        allowing for more efficient processing of batched operations in the 1D
        multicast implementation.

        Note: the batch dimensions need to all be 1 for the second input tensor when fuse_batch is true.
        """

    @fuse_batch.setter
    def fuse_batch(self, arg: bool, /) -> None: ...

    @property
    def fused_activation(self) -> ttnn._ttnn.activation.UnaryWithParam | None:
        """
        Optional fused activation function to apply during computation.

        If specified, the activation function is applied directly during the matmul
        operation, eliminating the need for a separate activation pass and improving
        overall performance in 1D multicast scenarios.
        """

    @fused_activation.setter
    def fused_activation(self, arg: ttnn._ttnn.activation.UnaryWithParam | None) -> None: ...

    @property
    def mcast_in0(self) -> bool:
        """
        Whether to multicast the first input tensor (input_tensor_a).

        When true, input_tensor_a is broadcast across cores using the 1D multicast
        pattern, which can significantly reduce memory bandwidth requirements for
        certain matrix shapes and improve performance.
        """

    @mcast_in0.setter
    def mcast_in0(self, arg: bool, /) -> None: ...

    @property
    def gather_in0(self) -> bool:
        """
        Defaults to false.
        Used by ops that call matmul internally. Should not be specified or left as the default value for all other uses.
        """

    @gather_in0.setter
    def gather_in0(self, arg: bool, /) -> None: ...

    @property
    def hop_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """
        Defaults to empty set.
        Used by ops that call matmul internally. Should not be specified or left as the default value for all other uses.
        """

    @hop_cores.setter
    def hop_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def num_global_cb_receivers(self) -> int:
        """
        Defaults to 1.
        Used by ops that call matmul internally. Should not be specified or left as the default value for all other uses.
        """

    @num_global_cb_receivers.setter
    def num_global_cb_receivers(self, arg: int, /) -> None: ...

    @property
    def untilize_out(self) -> bool:
        """
        Whether to untilize the output tensor.

        When true, the output is converted from tiled layout to row-major layout during
        the operation. This can be useful when the subsequent operation expects row-major
        data and can eliminate a separate untilization pass. Defaults to false.
        """

    @untilize_out.setter
    def untilize_out(self, arg: bool, /) -> None: ...

    @property
    def allowed_worker_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet | None:
        """
        Optional set of worker cores to restrict the matmul computation to.

        When set, overrides ``compute_with_storage_grid_size`` for determining the active
        compute grid. Accepts a ``CoreRangeSet`` describing the exact cores to use.
        """

    @allowed_worker_cores.setter
    def allowed_worker_cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def stream_in1(self) -> bool:
        """
        Select ring-rotated FIFO delivery for gather_in0 with a DRAM-sender GCB or with
        PrefetcherPipes. The weight MUST be queued with the ``(weight, block_count, rotation)``
        request form. Without it, gather_in0 over PrefetcherPipes takes its K-blocks in K order,
        into a pipe ring that holds the whole layer.
        mcast_in0 consumes natural FIFO order and requires this flag to remain false. Defaults
        to false.
        """

    @stream_in1.setter
    def stream_in1(self, arg: bool, /) -> None: ...

class MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig:
    """
    This program config is a specialized config for very narrow tensors stored in DRAM.
    """

    def __init__(self, *, in0_block_w: int, per_core_M: int, per_core_N: int, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, num_workers_per_dram_bank: int = 1) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    @property
    def in0_block_w(self) -> int:
        """
        Block width for both input tensors along the K dimension (shared inner dimension).

        Determines the data granularity by specifying how many tiles wide each block is
        along the inner dimension for both input_tensor_a and input_tensor_b in DRAM-sharded
        operations. This parameter must be chosen to align with the DRAM sharding
        strategy and optimize memory bandwidth utilization for both tensors.
        """

    @in0_block_w.setter
    def in0_block_w(self, arg: int, /) -> None: ...

    @property
    def per_core_M(self) -> int:
        """
        Number of output tiles each core processes along the M dimension.

        Determines how the M dimension is distributed across cores in DRAM-sharded
        scenarios. This must align with the DRAM sharding pattern to ensure optimal
        performance and avoid memory access conflicts.
        """

    @per_core_M.setter
    def per_core_M(self, arg: int, /) -> None: ...

    @property
    def per_core_N(self) -> int:
        """
        Number of output tiles each core processes along the N dimension.

        Determines how the N dimension is distributed across cores in DRAM-sharded
        scenarios. This parameter affects the multicast efficiency and must be
        compatible with the DRAM sharding configuration.
        """

    @per_core_N.setter
    def per_core_N(self, arg: int, /) -> None: ...

    @property
    def fused_activation(self) -> ttnn._ttnn.activation.UnaryWithParam | None:
        """
        Optional fused activation function to apply during computation.

        If specified, the activation function is applied directly during the DRAM-sharded
        matmul operation. This can provide significant performance benefits by avoiding
        additional memory round-trips in DRAM-based operations.
        """

    @fused_activation.setter
    def fused_activation(self, arg: ttnn._ttnn.activation.UnaryWithParam | None) -> None: ...

    @property
    def num_workers_per_dram_bank(self) -> int:
        """
        Number of Tensix reader/compute workers assigned to each DRAM bank.

        The default of 1 preserves the established cross-architecture path. Values of 2 or 3
        split each bank's width shard evenly across multiple workers on Blackhole. All readers
        for one bank use NOC0 and the same allocator-selected DRAM endpoint. The per-bank shard
        width in tiles must equal this value times the reader width.
        """

    @num_workers_per_dram_bank.setter
    def num_workers_per_dram_bank(self, arg: int, /) -> None: ...

class MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig:
    """
    This program config is a specialised config for batched DRAM sharded operations, where the inputs are sharded along the batch dimension.
    """

    def __init__(self, *, in0_block_w: int, per_core_M: int, per_core_N: int, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig: ...

    def __repr__(self) -> str: ...

    @property
    def in0_block_w(self) -> int:
        """
        Block width for both input tensors along the K dimension (shared inner dimension).

        Determines the data granularity by specifying how many tiles wide each block is
        along the inner dimension for both input_tensor_a and input_tensor_b in batched DRAM-sharded
        operations. This parameter must be chosen to align with the DRAM sharding
        strategy and optimize memory bandwidth utilization for both tensors.
        """

    @in0_block_w.setter
    def in0_block_w(self, arg: int, /) -> None: ...

    @property
    def per_core_M(self) -> int:
        """
        Number of output tiles each core processes along the M dimension.

        Determines how the M dimension is distributed across cores in batched DRAM-sharded
        scenarios. This must align with the DRAM sharding pattern to ensure optimal
        performance and avoid memory access conflicts.
        """

    @per_core_M.setter
    def per_core_M(self, arg: int, /) -> None: ...

    @property
    def per_core_N(self) -> int:
        """
        Number of output tiles each core processes along the N dimension.

        Determines how the N dimension is distributed across cores in batched DRAM-sharded
        scenarios. This parameter affects the multicast efficiency and must be
        compatible with the DRAM sharding configuration.
        """

    @per_core_N.setter
    def per_core_N(self, arg: int, /) -> None: ...

    @property
    def fused_activation(self) -> ttnn._ttnn.activation.UnaryWithParam | None:
        """
        Optional fused activation function to apply during computation.

        If specified, the activation function is applied directly during the batched DRAM-sharded
        matmul operation. This can provide significant performance benefits by avoiding
        additional memory round-trips in DRAM-based operations.
        """

    @fused_activation.setter
    def fused_activation(self, arg: ttnn._ttnn.activation.UnaryWithParam | None) -> None: ...

class matmul_t:
    """
    Returns the matrix product of two tensors.

    The input tensors need to be tiled and at least 1-dimensional.

    - If both input tensors are 1-dimensional, then the operation is a dot product.
    - If first input tensor is 1-dimensional and the other input tensor is at least 2-dimensional,
      the batched vector-matrix multiplication is performed.
    - If the first input tensor is at least 2-dimensional and the second input tensor is 1-dimensional,
      the batched matrix-vector multiplication is performed.
    - If both input tensors are at least 2-dimensional, then a batched matrix multiply is performed.

    The following are the allowed possibilities for batch dimensions.
    Examples below show concrete operations and tensor sizes.

    - If all batch dimensions are of size 1, then there is no batched operation.

    - If both inputs have batch dimensions that are not all of size 1, then the
      batch dimensions of both inputs should be the same. If the dimensions are
      not the same then, although there may be combinations that may work, in most
      cases various errors will be reported.

    - If the first input has batch dimensions that are not all of size 1, and the
      second input has no batch dimensions or has batch dimensions all of size 1,
      then the second input is broadcasted to align appropriately with the first
      input.

    - If the first input has batch dimensions that are all of size 1 and the
      second input has batch dimensions that are not all of size 1, the first
      input is reused across all batches of the second input. Both inputs must
      be rank 3 or higher with matching ranks, interleaved (L1 or DRAM), and
      non-sharded.

    - Note: In general, the number of dimensions between the two inputs should
      match. There may be cases where they don't. In that case, if the inputs
      are not valid based on the above criteria, the error messages may
      be unexpected and refer to non-obvious issues.

    - Note: There are various combinations of dimensions possible. The behaviour
      is the same as PyTorch, except for two exceptions.
      These exceptions are for the following scenarios related to batch
      dimensions:

          - The two batch dimensions are swapped. E.g. the first input has (`j` x `1`)
            and the second input has (`1` x `j`)
            or the first input has (`1` x `j`) and the second input has
            (`j` x `1`)
          - When a batch dimension is implicitly extended, the two patch dimensions are swapped.
            E.g.  (`j` x `1`) and (`j`) which is treated as
            (`j` x `1`) and (`1` x `j`)

    - In order to leverage sharded matmul implementations we can shard both `input_tensor_a` and `input_tensor_b`. The sharding strategy used will be according
      to the sharding strategy on the respective tensor. A sharded 1D matmul can be either HEIGHT or WIDTH sharded, 2D matmuls can be BLOCK sharded.

      - For 1D sharded matmul variants (width- or height-sharded inputs), if a sharded :attr:`memory_config` is
        provided for the output, its memory layout and buffer type must match those of :attr:`input_tensor_a`.

      Note: the broadcasting logic only looks at the batch dimensions when determining if the inputs
      are broadcastable, and not the matrix dimensions. For example, if :attr:`input_tensor_a` is a
      (`j` x `1` x `n_size` x `m_size`) tensor and :attr:`input_tensor_b` is a (`k_size` x `m_size` x `p`)
      tensor, these inputs are valid for broadcasting even though the final two dimensions (i.e. the
      matrix dimensions) are different. The operation will return a (`j` x `k_size` x `n_size` x `p`) tensor.

    - Note: there are various additional constraints related to specific program
      configs chosen. Please look at the error messages carefully and fix
      problems appropriately.
    - Note: If optional output tensor is specified, then dtype and memory config need to be checked as follows:
      - if they are default then they should be set based on optional output tensor
      - if the are not default then they should be compared and if there is a difference an error is reported
    - Note: Due to a hardware bug on Wormhole (fixed on Blackhole), when fp32_acc_to_dest is enabled in the
      compute_kernel_config, output values can rarely be off by a negative power of two (e.g. -128).
      This bug happens most frequently at HiFi4, and in decreasing frequency as math fidelity is reduced (e.g. HiFi3, HiFi2, LoFi).
      This bug can happen when the original mantissa contains all 1.
      If affected, consider either disabling fp32_acc_to_dest, if that does not impact numerical stability
      in your use case, or decreasing fidelity.

    Args:
        input_tensor_a (ttnn.Tensor): the first tensor to be multiplied. Needs to be on the device.
        input_tensor_b (ttnn.Tensor): the second tensor to be multiplied. Needs to be on the device.

    Keyword Args:
        transpose_a (bool, optional): Whether to transpose input_tensor_a. Defaults to `False`.
        transpose_b (bool, optional): Whether to transpose input_tensor_b. Defaults to `False`.
        memory_config(ttnn.MemoryConfig, optional): the memory configuration of the output tensor. Defaults to `None`, which will result in using ttnn.DRAM_MEMORY_CONFIG.
        dtype (ttnn.DataType): the data type of the output tensor. Defaults to `None`.
        program_config (ttnn.MatmulProgramConfig): the program configuration for the matmul operation. Defaults to `None`.
        activation (str or ttnn.UnaryWithParam, optional): the activation function to be applied. When using sharded tensors, the :attr:`fused_activation` parameter of the :attr:`program_config` should be used instead. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig): the compute kernel configuration for the matmul operation. Defaults to `None`.
        core_grid (ttnn.CoreGrid): the grid on which to distribute the sharded tensor on (writes to the cores L1s). Defaults to `None`.
        output_tile (List of [int], optional): Specifies the output tile configuration. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): User provided on-device output tensor where the result of matmul is to be written. Defaults to `None`.
        global_cb (ttnn.GlobalCircularBuffer, optional): DRAM-sender GlobalCircularBuffer the Tensor prefetcher streams in1 K-blocks through. Defaults to `None`.
        prefetcher_pipes (List[ttnn.experimental.PrefetcherPipe], optional): PrefetcherPipes that deliver in1 K-blocks into the workers, as an alternative to :attr:`global_cb`: every pipe of one ``create_prefetcher_pipes_for_tensor_prefetcher`` call, or worker-sender pipes whose producer delivers the receiver at row-major position ``i`` the K-blocks of output column block ``i``, in K order. Supported for ``MatmulMultiCoreReuseMultiCast1DProgramConfig`` with ``mcast_in0=True`` or ``gather_in0=True``. For ``gather_in0`` the producer delivers each worker its K-blocks one in0 shard deep, in ring order starting with the K-block of its own in0 shard when ``stream_in1=True``, in K order otherwise, into a pipe ring that holds them all. Keep the pipes alive for as long as the program cache may hold a program built against them. Defaults to an empty list (none).

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensors support the following data types and layouts:

        .. list-table:: input_tensor_a
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: input_tensor_b
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

    Memory Support:
        The supported memory configurations for the two input tensors are program config dependent, as described below:

        .. list-table:: Supported Memory Configurations
            :header-rows: 1

            * - Config
              - Input A
              - Input B
            * - MatmulMultiCoreReuseProgramConfig
              - Interleaved (L1/DRAM), Height Sharded (L1), or Block Sharded (L1)
              - Interleaved (L1/DRAM), Height Sharded (L1), or Block Sharded (L1)
            * - MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig
              - Width Sharded (L1)
              - Width Sharded (DRAM)
            * - MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig
              - Height Sharded (L1)
              - Height Sharded (DRAM)
            * - MatmulMultiCoreReuseMultiCastProgramConfig
              - Interleaved (L1/DRAM), Block Sharded (L1)
              - Interleaved (L1/DRAM), Width Sharded (DRAM)
            * - MatmulMultiCoreReuseMultiCastProgramConfig (only for row major orientation without transpose multicast)
              - Interleaved (L1/DRAM), Height Sharded (L1)
              - Interleaved (L1/DRAM), Width Sharded (L1/DRAM), Height Sharded (DRAM batched matmuls where each bank holds B/num_banks complete [K,N] matrices)
            * - MatmulMultiCoreReuseMultiCast1DProgramConfig (mcast_in0=False)
              - Interleaved (L1/DRAM), Width Sharded (L1)
              - Interleaved (L1/DRAM), Width Sharded (L1)
            * - MatmulMultiCoreReuseMultiCast1DProgramConfig (mcast_in0=True)
              - Interleaved (L1/DRAM), Height Sharded (L1)
              - Interleaved (L1/DRAM)

        When sharded output tensors are provided, they should match :attr:`input_tensor_a`'s buffer type and memory layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe] = []) -> ttnn._ttnn.tensor.Tensor: ...

matmul: matmul_t = ...

class linear_t:
    """
    Returns the linear transformation of the inputs.

    The limitations and behaviours are the same as for matmul.

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: input_tensor_a
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: input_tensor_b
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: bias
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

    Args:
        input_tensor_a (ttnn.Tensor): the first tensor to be multiplied. Needs to be on the device.
        input_tensor_b (ttnn.Tensor): the second tensor to be multiplied. Needs to be on the device.

    Keyword Args:
        bias (ttnn.Tensor, optional): the bias tensor to be added. If specified, needs to be on the device. Defaults to `None`.
            Most program configs take a row-vector bias of shape ``[1, N]`` (or ``[1, 1, 1, N]``), broadcast across the output rows.
            The batched ``MatmulMultiCoreReuseProgramConfig`` path additionally supports a full-tile bias of shape ``[M, N]``,
            added to the output and broadcast over the batch dimension.
        transpose_a (bool, optional): Whether to transpose input_tensor_a. Defaults to `False`.
        transpose_b (bool, optional): Whether to transpose input_tensor_b. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): the memory configuration of the output tensor. Defaults to `None`, which will result in using `ttnn.DRAM_MEMORY_CONFIG`.
        dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to `None`.
        program_config (MatmulProgramConfig, optional): the program configuration for the matmul operation. Defaults to `None`.
        activation (str or ttnn.UnaryWithParam, optional): the activation function to be applied. Defaults to `None`. When using sharded tensors, the :attr:`fused_activation` parameter of the :attr:`program_config` should be used instead.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration for the matmul operation. Defaults to `None`.
        core_grid (ttnn.CoreGrid, optional): the grid on which to distribute the sharded tensor on (writes to the cores L1s). Defaults to `None`.
        output_tile (List of [int], optional): Specifies the output tile configuration. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): User provided on-device output tensor where the result of linear is to be written. Defaults to `None`.
        global_cb (ttnn.GlobalCircularBuffer, optional): DRAM-sender GlobalCircularBuffer the Tensor prefetcher streams in1 K-blocks through. Defaults to `None`.
        prefetcher_pipes (List[ttnn.experimental.PrefetcherPipe], optional): PrefetcherPipes that deliver in1 K-blocks into the workers, as an alternative to :attr:`global_cb`: every pipe of one ``create_prefetcher_pipes_for_tensor_prefetcher`` call, or worker-sender pipes whose producer delivers the receiver at row-major position ``i`` the K-blocks of output column block ``i``, in K order. Supported for ``MatmulMultiCoreReuseMultiCast1DProgramConfig`` with ``mcast_in0=True`` or ``gather_in0=True``. For ``gather_in0`` the producer delivers each worker its K-blocks one in0 shard deep, in ring order starting with the K-block of its own in0 shard when ``stream_in1=True``, in K order otherwise, into a pipe ring that holds them all. Keep the pipes alive for as long as the program cache may hold a program built against them. Defaults to an empty list (none).
        in0_column_offset (int, optional): read input_tensor_a's K columns starting at this tile-aligned column of a wider interleaved input_tensor_a, whose width only needs to hold ``in0_column_offset + K`` columns, instead of all of its columns. Requires a ``MatmulMultiCoreReuseMultiCastProgramConfig``, an interleaved (DRAM or L1) input_tensor_a and no ``transpose_a``. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, bias: ttnn._ttnn.tensor.Tensor | None = None, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe] = [], in0_column_offset: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

linear: linear_t = ...

class matmul_batched_weights_t:
    """
    DEPRECATED: This is for experimental internal use and is not supported.

    Performs matrix multiplication for a single input tensor a with multiple tensors b, and returns a vector of output tensors.

    Args:
        input_tensor_a (ttnn.Tensor): the first tensor to be multiplied. Needs to be on the device.
        input_tensors_b (List of ttnn.Tensor): the tensors to be multiplied. Needs to be on the device.

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: input_tensor_a
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: input_tensors_b
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

    Keyword Args:
        bias (ttnn.Tensor, optional): the bias tensor to be added. If specified, needs to be on the device. Defaults to `None`.
        transpose_a (bool, optional): Whether to transpose input_tensor_a. Defaults to `False`.
        transpose_b (bool, optional): Whether to transpose input_tensor_b. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): the memory configuration of the output tensor. Defaults to `None`, which will result in using `ttnn.DRAM_MEMORY_CONFIG`.
        dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to `None`.
        program_config (MatmulProgramConfig, optional): the program configuration for the matmul operation. Defaults to `None`.
        activation (str or ttnn.UnaryWithParam, optional): the activation function to be applied. Defaults to `None`. When using sharded tensors, the :attr:`fused_activation` parameter of the :attr:`program_config` should be used instead.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration for the matmul operation. Defaults to `None`.
        core_grid (ttnn.CoreGrid, optional): the grid on which to distribute the sharded tensor on (writes to the cores L1s). Defaults to `None`.
        output_tile (List of [int], optional): Specifies the output tile configuration. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): User provided on-device output tensor where the result of linear is to be written. Defaults to `None`.
        global_cb (ttnn.GlobalCircularBuffer, optional): the global circular buffer to be used for the matmul operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): the sub device id to be used for the matmul operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensors_b: Sequence[ttnn._ttnn.tensor.Tensor], *, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

matmul_batched_weights: matmul_batched_weights_t = ...

class addmm_t:
    """
    Returns a matrix products of tensors mat1_tensor and mat2_tensor. Tensor input_tensor is added to the final result.

    - If mat1_tensor has shape (n, m) and mat2_tensor has shape (m, p), input_tensor needs to be of shape (n, p) and
      result will also be (n, p).

    - If optional_output_tensor is provided, it needs to be of shape (n, p) and result will be stored there; all
      previous content will be overwritten, reference to this object will also be returned.

    - Arguments alpha and beta are scaling factors, result calculation look like this:

        out = beta * input_tensor + alpha * (mat1_tensor @ mat2_tensor)

    - If beta is 0, then content of input_tensor is ignored.

    - Arguments beta and alpha should be real numbers;

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: mat1_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: mat2_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8_B, BFLOAT4_B, BFLOAT16, FLOAT32
              - TILE

    Args:
        input_tensor (ttnn.Tensor): tensor to be added to result of matrix multiplication of mat1_tensor and mat2_tensor
        mat1_tensor (ttnn.Tensor): the first tensor to be matrix multiplied
        mat2_tensor (ttnn.Tensor): the second tensor to be matrix multiplied

    Keyword Args:
        alpha (float): multiplier for mat1_tensor @ mat2_tensor
        beta (float): multiplier for input_tensor
        memory_config(ttnn.MemoryConfig, optional): the memory configuration of the output tensor. Defaults to `None`, which will result in using ttnn.DRAM_MEMORY_CONFIG.
        dtype (ttnn.DataType): the data type of the output tensor. Supported types: `ttnn.bfloat16`, `ttnn.float32`, `ttnn.bfloat8_b`  Defaults to `None` which means it will default to the highest precision of `input_tensor`, `mat1_tensor` or `mat2_tensor`.
        program_config (ttnn.MatmulProgramConfig): the program configuration for the matmul operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig): the compute kernel configuration for the matmul operation. Defaults to `None`.
        core_grid (ttnn.CoreGrid): the grid on which to distribute the sharded tensor on (writes to the cores L1s). Defaults to `None`.
        output_tile (List of [int], optional): Specifies the output tile configuration. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): User-provided on-device output tensor where the result of matmul is to be written. Defaults to `None`.
        global_cb (ttnn.GlobalCircularBuffer): TBD
        sub_device_id (ttnn.SubDeviceId): TBD

    Returns:
        ttnn.Tensor: output tensor of shape (n, p)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, mat1_tensor: ttnn._ttnn.tensor.Tensor, mat2_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, beta: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

addmm: addmm_t = ...

class sparse_matmul_t:
    """
    Returns the matrix product of two tensors. Based on `is_input_a_sparse`, `is_input_b_sparse` and the sparsity tensor, some parts of the output computation is skipped.

    The two input tensors must be be tiled and each have a rank of 4.
    The sparsity tensor must be a rank 4 tensor in row major layout.

    Based on the input tensor shapes and `is_input_a_sparse` and `is_input_b_sparse` values, the output tensor shape is computed. See the supported modes table below.

    Args:
        input_tensor_a (ttnn.Tensor): the first tensor to be multiplied. Needs to be on the device.
        input_tensor_b (ttnn.Tensor): the second tensor to be multiplied. Needs to be on the device.
    Keyword Args:
        sparsity (ttnn.Tensor): the sparsity tensor containing the mask values. Needs to be on the device. The data type must be bfloat16.
        program_config (ttnn.MatmulMultiCoreReuseMultiCast1DProgramConfig): the program configuration for the matmul operation. Only this config type is supported. ``mcast_in0`` must be set to True.
        nnz (int, optional): the number of non-zero values in the sparsity tensor. If not provided, it will be inferred from the sparsity tensor at runtime. If provided, it **must** be exactly equal to the number of non-zero entries in `sparsity` (i.e. `nnz == count_nonzero(sparsity)`). It is the user's responsibility to set this value correctly. If the equality condition is not met, the kernel will hang (deadlock) on device, since the receiver and compute kernels loop exactly `nnz` times while the sender only multicasts once per non-zero sparsity entry. Because `count_nonzero(sparsity)` is data-dependent and only known at runtime, this cannot be validated on the host; the mismatch is asserted on-device (failing loudly under watcher) but otherwise results in a hang.
        is_input_a_sparse (bool, optional): boolean indicating whether `input_tensor_a` is sparse. Defaults to `False`. Together with `is_input_b_sparse`, it determines how the sparsity tensor is interpreted. See the supported modes table below.
        is_input_b_sparse (bool, optional): boolean indicating whether `input_tensor_b` is sparse. Defaults to `True`. Together with `is_input_a_sparse`, it determines how the sparsity tensor is interpreted. See the supported modes table below.
        memory_config (ttnn.MemoryConfig, optional): the memory configuration of the output tensor. Defaults to `None`, which will result in using ttnn.DRAM_MEMORY_CONFIG.
        dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration for the matmul operation. Defaults to `None`.
        core_grid (ttnn.CoreGrid, optional): the grid on which to distribute the sharded tensor on (writes to the cores L1s). Defaults to `None`.
        output_tile (List of [int], optional): Specifies the output tile configuration. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): User provided on-device output tensor where the result of matmul is to be written. Defaults to `None`. Its shape must match the expanded output shape from the table below (skipped positions are zero-filled), or, when `nnz` is provided, may instead be the compact shape `[1, nnz, M, N]`: the results of the `nnz` active batch pairs are then packed contiguously in sparsity scan order, with skipped positions omitted rather than zero-filled. When the compact shape coincides with the expanded shape (e.g. `nnz == E` in the both-sparse mode), the output is treated as compact; under the exact-nnz contract no batch is skipped there, so the two layouts are identical. The tensor's tile must equal the output tile derived from the inputs, `[in0 tile height, in1 tile width]`. In indexed/gather mode (see `indices`) the expected shape is instead the indexed output shape, i.e. the expanded shape with the sparse-group axis shortened to `num_active`.
        indices (ttnn.Tensor, optional): enables INDEXED/GATHER mode. A ROW_MAJOR ``UINT16`` tensor listing the ``num_active`` sparse-group ids to compute (e.g. the top-k expert ids). When provided, the kernels iterate ONLY those ids (``bB = indices[i]``) instead of scanning every sparse group, and the output's group axis becomes COMPACT with length ``num_active`` (``output_shape[-3] = num_active``) rather than the full group count ``E``; output slot ``i`` holds the result for group ``indices[i]``, so the ids need not be sorted. Requirements: `is_input_b_sparse` must be True; the tensor must be device-resident on the same device as the inputs and occupy a single ROW_MAJOR stick (all dimensions except the last must be 1); ``num_active`` must be <= the number of sparse groups ``E``; and every id must be < ``E`` (out-of-range ids are only caught on-device, asserting loudly under watcher). `nnz` must not be supplied together with `indices` -- the indexed loop count comes from ``num_active``, so an `nnz` would be silently ignored. `sparsity` is still a required operand but is NOT read by the kernels in this mode (the indexed loop visits only active groups, so there is no per-slot validity scan or multicast). Defaults to `None` (the group axis is scanned densely). Use this when only a few groups are active per call to avoid the full-group multicast cost.
        bias (ttnn.Tensor, optional): per-group fused bias, indexed/gather mode only. A ``BFLOAT16`` TILE tensor of padded shape ``[E, 32, N]`` whose tile row ``e`` holds group ``e``'s ``[1, N]`` bias (row 0 of the tile is used, the other rows are ignored). For every active group the in1 reader fetches tile row ``indices[i]`` and the compute kernel adds it to that group's output before packing, so the bias is applied at bf16 precision without a separate gather and add. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor with sparse results.

    Supported Modes
        .. list-table::
            :header-rows: 1

            * - is_input_a_sparse
              - is_input_b_sparse
              - input_tensor_a shape
              - input_tensor_b shape
              - sparsity shape
              - nnz
              - output shape
            * - True
              - True
              - [1, E, M, K]
              - [1, E, K, N]
              - [1, 1, 1, E]
              - None or 0 ≤ nnz ≤ E
              - [1, E, M, N]
            * - False
              - True
              - [A, B, M, K]
              - [1, E, K, N]
              - [A, B, 1, E]
              - None or 0 ≤ nnz ≤ A * B * E
              - [A, B, 1, E, M, N]
            * - True
              - False
              - [A, E, M, K]
              - [1, E, K, N]
              - [1, 1, A, E]
              - None or 0 ≤ nnz ≤ A * E
              - [A, E, M, N]
            * - False
              - False
              - Invalid
              - --
              - --
              - --
              - --

    .. warning::
        When `nnz` is provided, it **must** equal `count_nonzero(sparsity)` exactly. Passing an `nnz`
        that does not match the actual number of non-zero entries in `sparsity` will cause the kernel to
        **hang (deadlock)** on device. Setting `nnz` correctly is the user's responsibility. This
        condition cannot be checked on the host because `count_nonzero(sparsity)` is data-dependent and
        only known at runtime; it is validated on-device and will fail loudly (assert) when watcher is
        enabled, but otherwise manifests as a hang. If you cannot guarantee the exact count, omit `nnz`
        so it is inferred from the sparsity tensor at runtime.

    Note:
        The input tensors support the following data types and layouts:

        .. list-table:: input_tensor_a
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT4_B, BFLOAT8_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: input_tensor_b
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT4_B, BFLOAT8_B, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: sparsity
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16
              - ROW_MAJOR

    Memory Support:
        The supported memory configurations for the two input tensors are program config dependent, as described below:

        .. list-table:: Supported Memory Configurations
            :header-rows: 1

            * - Config
              - Input A
              - Input B
            * - ttnn.MatmulMultiCoreReuseMultiCast1DProgramConfig with (mcast_in0=True)
              - Interleaved (L1/DRAM)
              - Interleaved (L1/DRAM)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, sparsity: ttnn._ttnn.tensor.Tensor, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig, nnz: int | None = None, is_input_a_sparse: bool = False, is_input_b_sparse: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None, indices: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sparse_matmul: sparse_matmul_t = ...

class MatmulParams:
    def __init__(self) -> None: ...

    @property
    def program_config(self) -> Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None: ...

    @program_config.setter
    def program_config(self, arg: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None) -> None: ...

    @property
    def bcast_batch(self) -> bool | None: ...

    @bcast_batch.setter
    def bcast_batch(self, arg: bool | None) -> None: ...

    @property
    def output_mem_config(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

    @output_mem_config.setter
    def output_mem_config(self, arg: ttnn._ttnn.tensor.MemoryConfig, /) -> None: ...

    @property
    def output_dtype(self) -> ttnn._ttnn.tensor.DataType | None: ...

    @output_dtype.setter
    def output_dtype(self, arg: ttnn._ttnn.tensor.DataType | None) -> None: ...

    @property
    def compute_kernel_config(self) -> ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None: ...

    @compute_kernel_config.setter
    def compute_kernel_config(self, arg: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None) -> None: ...

    @property
    def untilize_out(self) -> bool: ...

    @untilize_out.setter
    def untilize_out(self, arg: bool, /) -> None: ...

    @property
    def transpose_a(self) -> bool: ...

    @transpose_a.setter
    def transpose_a(self, arg: bool, /) -> None: ...

    @property
    def transpose_b(self) -> bool: ...

    @transpose_b.setter
    def transpose_b(self, arg: bool, /) -> None: ...

class MatmulInputs:
    def __init__(self) -> None: ...

    @property
    def input_tensors(self) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @input_tensors.setter
    def input_tensors(self, arg: Sequence[ttnn._ttnn.tensor.Tensor], /) -> None: ...

    @property
    def optional_input_tensors(self) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @optional_input_tensors.setter
    def optional_input_tensors(self, arg: Sequence[ttnn._ttnn.tensor.Tensor | None], /) -> None: ...

    @property
    def optional_output_tensors(self) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @optional_output_tensors.setter
    def optional_output_tensors(self, arg: Sequence[ttnn._ttnn.tensor.Tensor | None], /) -> None: ...

class MatmulDeviceOperation:
    @staticmethod
    def create_output_tensors(operation_attributes: MatmulParams, tensor_args: MatmulInputs) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @staticmethod
    def compute_output_specs(operation_attributes: MatmulParams, tensor_args: MatmulInputs) -> list[ttnn._ttnn.tensor.TensorSpec]: ...

    @staticmethod
    def compute_program_hash(operation_attributes: MatmulParams, tensor_args: MatmulInputs) -> int: ...

    @staticmethod
    def invoke(input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, bias: ttnn._ttnn.tensor.Tensor | None = None, attributes: MatmulParams = ...) -> list[ttnn._ttnn.tensor.Tensor]:
        """
        Testing only, not part of the public API; use ttnn.matmul or ttnn.linear instead.

        Calls ttnn::prim::matmul directly so tests can exercise fused bias where ttnn.matmul /
        ttnn.linear would not fuse it (they add bias as a separate op when in1 is batched).
        """

def matmul_select_program_factory(operation_attributes: MatmulParams, tensor_args: MatmulInputs) -> Any | Any | Any | Any | Any | Any | Any: ...

def create_matmul_attributes(input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, parameters: MatmulParams, optional_output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None]) -> MatmulParams: ...
