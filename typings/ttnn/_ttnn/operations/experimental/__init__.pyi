# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""experimental operations"""

from collections.abc import Sequence, Set
import enum
from typing import overload

import ttnn._ttnn.activation
import ttnn._ttnn.d2d_stream_service
import ttnn._ttnn.d2h_stream_service
import ttnn._ttnn.device
import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.global_semaphore
import ttnn._ttnn.h2d_stream_service
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.ccl
import ttnn._ttnn.operations.core
from ttnn._ttnn.operations.experimental import (
    ccl_experimental as ccl_experimental,
    disaggregation as disaggregation,
    fabric_mux as fabric_mux,
    kda as kda,
    quasar as quasar
)
import ttnn._ttnn.operations.matmul
import ttnn._ttnn.operations.normalization
import ttnn._ttnn.operations.sliding_window
import ttnn._ttnn.prefetcher_pipe
import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class prepare_generic_op_t:
    """
    Compiles and finalizes the program that ``ttnn.generic_op`` would enqueue, without enqueueing it.

    Use it to find out whether a program compiles and fits the device's kernel-configuration buffer before
    committing resources to it. The prepared workload is inserted into the program cache, so the next
    ``ttnn.generic_op`` with the same tensors and descriptor is a cache hit. A failed preparation leaves the
    program cache unchanged.

    Args:
        io_tensors (List[ttnn.Tensor]): The input and output tensors ``ttnn.generic_op`` would receive.
        program_descriptor (ttnn.ProgramDescriptor): The program to prepare in SPMD mode (same program on all
            devices).
        mesh_program_descriptor (ttnn.MeshProgramDescriptor): The per-device programs to prepare, for explicit
            per-device control. Pass exactly one of ``program_descriptor`` and ``mesh_program_descriptor``.

    Raises:
        RuntimeError: If a kernel does not compile, if the program configuration does not fit the
            kernel-configuration buffer, or if the tensors' MeshDevice has no local devices.

    Example:
        Refer to tests/ttnn/unit_tests/operations/debug/test_generic_op_preparation.py for usage examples
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], mesh_program_descriptor: ttnn._ttnn.program_descriptor.MeshProgramDescriptor) -> None: ...

    @overload
    def __call__(self, io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor) -> None: ...

prepare_generic_op: prepare_generic_op_t = ...

class slice_write_t:
    """
    Writes the input tensor to a slice of the output tensor.

    Constraints:
        Input & Output must have rank == 4.
        DType must be bfloat16.
        Supports only Row Major Tensors.
        Output Tensor must be interleaved.
        Input Tensor can be interleaved, height sharded or block sharded.
        Steps must be all ones.
        Slicing along the last dimension is not supported.

    Args:
        input_tensor: Input Tensor.
        output_tensor: Output Tensor.
        slice_start: Start indices of input tensor. Values along each dim must be < input_tensor_shape[i].
        slice_end: End indices of input tensor. Values along each dim must be < input_tensor_shape[i].
        slice_step: (Optional[List[int[tensor rank]]) Step size for each dim. Default is None, which works out be 1 for each dimension.

    Keyword Args:
        memory_config Memory Config of the output tensor

    Returns:
        ttnn.Tensor: the output tensor after writing the input tensor to it.

    Example:
        >>> ttnn.experimental.slice_write(ttnn_input_tensor, ttnn_output_tensor, output_start_indices, output_end_indices, strides)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, start: Sequence[int], end: Sequence[int], step: Sequence[int]) -> ttnn._ttnn.tensor.Tensor: ...

slice_write: slice_write_t = ...

class padded_slice_t:
    """
    Returns a padded_sliced tensor. If the input tensor is on host, the padded_slice will be performed on host, and if its on device it will be performed on device.

    Args:
        input_tensor: Input Tensor.
        padded_slice_start: Start indices of input tensor. Values along each dim must be < input_tensor_shape[i].
        padded_slice_end: End indices of input tensor. Values along each dim must be < input_tensor_shape[i].
        padded_slice_step: (Optional[List[int[tensor rank]]) Step size for each dim. Default is None, which works out be 1 for each dimension.
        memory_config: Memory Config of the output tensor. This must be either height or block sharded.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
        >>> tensor = ttnn.padded_slice(ttnn.from_torch(torch.zeros((1, 1, 64, 32), dtype=torch.bfloat16), device=device), [0, 0, 0, 0], [1, 1, 64, 16], [1, 1, 2, 1])
        >>> print(tensor.shape)
        [1, 1, 32, 16]
        >>> input = ttnn.from_torch(torch.zeros((1, 1, 64, 32), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.padded_slice(input, [0, 0, 0, 0], [1, 1, 32, 32])
        >>> print(output.shape)
        [1, 1, 32, 32]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, padded_slice_start: Sequence[int], padded_slice_end: Sequence[int], padded_slice_step: Sequence[int] | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None) -> ttnn._ttnn.tensor.Tensor: ...

padded_slice: padded_slice_t = ...

class concatenate_heads_t:
    """
    Reshuffles a [9, 16, 384, 64] ttnn.Layout.TILE BFLOAT8_B tensor into a tensor with shape [9, 1, 384, 1024].

    Args:
        * :attr:`input_tensor`: Input Tensor with shape [9, 16, 384, 64], dtype BFLOAT8_B and layout ttnn.Layout.TILE
        * :attr:`compute_with_storage_grid_size`: Compute Grid

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor, if None then it gets set to input_tensor.memory_config()
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

concatenate_heads: concatenate_heads_t = ...

class split_query_key_value_and_split_heads_t:
    """
    Splits [B, 1, 384, 3072] fused qkv matrix into 3 heads with shapes [B, 16, 384, 64], [B, 16, 64, 384], and [B, 16, 384, 64]. Supports both sharded and interleaved inputs.

    Args:
        * :attr:`input_tensor`: Input Tensor
        * :attr:`compute_with_storage_grid_size`: Compute Grid

    Keyword Args:
        * :attr:`num_heads`: Number of heads to split the tensor into
        * :attr:`memory_config`: Memory Config of the output tensor, if None then it gets set to input_tensor.memory_config()
        * :attr:`output_tensors`: preallocated output tensors
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, num_heads: int = 16, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

split_query_key_value_and_split_heads: split_query_key_value_and_split_heads_t = ...

class nlp_create_q_heads_split_t:
    """
    Create Q heads and return two contiguous channel regions. Interleaved TILE input; split and head width must be tile aligned.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, num_heads: int, split_head_dim: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_q_heads_split: nlp_create_q_heads_split_t = ...

class nlp_create_qkv_heads_t:
    """
    Shuffles [B, 1, S, 3 * head_dim * num_heads] fused qkv matrix into 3 Q, K, and V heads with shapes [B, num_heads, S, head_dim], [B, num_kv_heads, head_dim, S], and [B, num_kv_heads, S, head_dim]. If optional ``input_kv`` tensor is provided, K and V will be created from ``input_kv`` and ``input`` should have shape [B, 1, S, head_dim * num_heads] instead. ``num_kv_heads`` defaults to ``num_heads`` if not provided. An additional transpose along the last two dims is performed by default for K heads, but this can be skipped with ``transpose_k_heads=false``. With ``kv_tied=true`` the input carries one K/V section instead of two and V is read from the same columns as K. In fused mode this width must be unambiguous for tied layout and not simultaneously match the untied section count.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, input_kv: ttnn._ttnn.tensor.Tensor | None = None, *, num_heads: int, num_kv_heads: int | None = None, transpose_k_heads: bool = True, kv_tied: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads: nlp_create_qkv_heads_t = ...

class create_qkv_heads_from_separate_tensors_t:
    """
    Splits a [B, 1, Seq_len, H] q matrix and fused kv matrix (where H is num_q_heads * head_dim for q and num_kv_heads * head_dim * 2 for kv) into a Q tensor [B, num_q_heads, Seq_len, head_dim], K tensor [B, num_kv_heads, Seq_len, head_dim] (with the last two dims transposed if applicable) and V tensor [B, num_kv_heads, Seq_len, head_dim].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, input_kv: ttnn._ttnn.tensor.Tensor, *, num_heads: int, num_kv_heads: int | None = None, transpose_k_heads: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

create_qkv_heads_from_separate_tensors: create_qkv_heads_from_separate_tensors_t = ...

class nlp_concat_heads_decode_t:
    """
    Shuffles [S=1, B=32, 32(num_heads), head_dim] tensor into tensor with shape [S=1, 1, B=32, num_heads * head_dim]. num_heads should be specified and be less than 32; the op will assume the input padded num_heads to 32 and will unpad it. The output is default width sharded by num heads.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, num_heads: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nlp_concat_heads_decode: nlp_concat_heads_decode_t = ...

class nlp_concat_heads_t:
    """
    Shuffles [B, num_heads, S, head_dim] tensor into tensor with shape [B, 1, S, num_heads * head_dim].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nlp_concat_heads: nlp_concat_heads_t = ...

class nlp_concat_heads_boltz_t:
    """
    Shuffles [num_heads, S, S, head_dim] tensor into tensor with shape [1, S, S, num_heads * head_dim].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nlp_concat_heads_boltz: nlp_concat_heads_boltz_t = ...

class nlp_create_qkv_heads_decode_t:
    """
    Shuffles [1, S=1, B, head_dim * (num_heads + 2*num_kv_heads)] fused qkv matrix into Q, K, and V heads with shape [S, B, num_heads, head_dim] for Q and [S, B, num_kv_heads, head_dim] for K and V, where num_heads and num_kv_heads will be padded to nearest 32. Input must be sharded, B=32 and S=1. If ttnn pads B from some number < 32 to 32, this op respects the unpadded B.
    overlap_qk_coregrid is a boolean flag that determines whether the output Q and K heads are on same core grid. If true, then Q, K, and V heads are on the same core grid. If false, the Q and K heads are on non-overlapping core-grid useful for processing Q and K in parallel.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, num_heads: int, num_kv_heads: int | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, overlap_qk_coregrid: bool | None = True, batch_offset: ttnn._ttnn.tensor.Tensor | None = None, slice_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads_decode: nlp_create_qkv_heads_decode_t = ...

class nlp_create_qkv_heads_falcon7b_t:
    """
    Shuffles [B, 1, S, 4672] fused qkv matrix into 3 heads with shapes [B, 71, S, 64], [B, 1, S, 64], and [B, 1, S, 64].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads_falcon7b: nlp_create_qkv_heads_falcon7b_t = ...

class nlp_create_qkv_heads_vit_t:
    """
    Shuffles [B, 1, S, 2304] fused qkv matrix into 3 heads with shapes [B, 12, S, 64], [B, 12, S, 64], and [B, 12, S, 64].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads_vit: nlp_create_qkv_heads_vit_t = ...

class nlp_create_qkv_heads_segformer_t:
    """
    Shuffles [B, 1, S, 2304] fused qkv matrix into 3 heads with shapes [B, 12, S, 64], [B, 12, S, 64], and [B, 12, S, 64].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads_segformer: nlp_create_qkv_heads_segformer_t = ...

class nlp_create_qkv_heads_boltz_t:
    """
    Shuffles [B, 1, S, 3 * head_dim * num_heads] fused qkv matrix into 3 Q, K, and V heads with shapes [B, num_heads, S, head_dim], [B, num_kv_heads, head_dim, S], and [B, num_kv_heads, S, head_dim]. If optional ``input_kv`` tensor is provided, K and V will be created from ``input_kv`` and ``input`` should have shape [B, 1, S, head_dim * num_heads] instead. ``num_kv_heads`` defaults to ``num_heads`` if not provided. An additional transpose along the last two dims is performed by default for K heads, but this can be skipped with ``transpose_k_heads=false``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, input_kv: ttnn._ttnn.tensor.Tensor | None = None, *, num_heads: int, num_kv_heads: int | None = None, transpose_k_heads: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

nlp_create_qkv_heads_boltz: nlp_create_qkv_heads_boltz_t = ...

class nlp_kv_cache_load_slice_t:
    """
    Unpad TT INTERLEAVED, TILE layout Tensor into a height sharded tensor. Typically used to unpad the KV cache from [B,n_heads,max_seq_length,head_dim] (or [n_heads,B,max_seq_length,head_dim]) into [B,n_heads,S,head_dim] (or [n_heads,B,S,head_dim]), where S = seq_len_end-seq_len_start. seq_len_start and seq_len_end are the start and end of the sequence length to unpad, and must be multiples of 32.
    Returns an output tensor that is height sharded on B x n_heads corees (note the B and n_heads dims are interchangeable), where each shard is [S, head_dim].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, seq_len_start: int, seq_len_end: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nlp_kv_cache_load_slice: nlp_kv_cache_load_slice_t = ...

class all_reduce_create_qkv_heads_t:
    """
    Performs an all_reduce operation on multi-device :attr:`input_tensor` across all devices and creates QKV heads.
    This operation requires a persistent fabric to be enabled in order to function.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor
        buffer_tensor (ttnn.Tensor): buffer tensor for intermediate results
        batch_offset (ttnn.Tensor): Batch offset tensor
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the operation on
        mesh_device (MeshDevice): Device mesh to perform the operation on
        multi_device_global_semaphore (ttnn.GlobalSemaphore): A single semaphore used for cross-device
            synchronization. The ``multi_device_`` prefix is a legacy name; one ``GlobalSemaphore`` is
            expected here, not a per-device collection.
        num_heads (int): Number of attention heads

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration of the all_reduce output
        topology (ttnn.Topology, optional): The topology configuration (Ring or Linear). Defaults to Linear
        num_links (int, optional): Number of links to use for the operation
        subdevice_id (SubDeviceId, optional): Worker subdevice ID
        num_kv_heads (int, optional): Number of key/value heads
        slice_size (int, optional): Size of slices
        final_memory_config (ttnn.MemoryConfig, optional): Memory configuration of the Q, K and V outputs
        dtype (ttnn.DataType, optional): Data type of the Q, K and V outputs
        use_noc1_only (bool, optional): Restrict the operation to NOC1. Defaults to False

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: the all_reduce output tensor followed by
        the Query, Key and Value tensors
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, buffer_tensor: ttnn._ttnn.tensor.Tensor, batch_offset: ttnn._ttnn.tensor.Tensor, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, num_heads: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, num_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, num_kv_heads: int | None = None, slice_size: int | None = None, final_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_noc1_only: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

all_reduce_create_qkv_heads: all_reduce_create_qkv_heads_t = ...

class wan_fused_rmsnorm_pre_allgather_t:
    """
    Computes per-row RMSNorm statistics over the last dimension of :attr:`input_tensor`, producing a
    one-tile-wide tensor that contains sum(x**2) per row (placed in the leftmost column). Intended to be
    followed by an all-gather across devices, then ``wan_fused_rmsnorm_post_allgather``.

    Notes:
      Supported data types and layouts by tensor ::

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16
          - TILE

    Arguments:
      - :attr:`dtype`: Output dtype for the stats tensor (default BFLOAT16). Can be BFLOAT16 or FLOAT32.

    Returns:
      - A TILE-layout tensor of dtype ``dtype`` (default BFLOAT16) with the same leading dimensions as
        :attr:`input_tensor` and with the last padded dimension equal to TILE_WIDTH (32). The tile holds
        E(x**2) in its leftmost column for each row.

    Example:
      stats = ttnn.experimental.wan_fused_rmsnorm_pre_allgather(
        x, compute_kernel_config=compute_kernel_config, dtype=stats_dtype
      )

    Limitations:
      - All tensors must be on device.
      - :attr:`input_tensor` must be BFLOAT16.
      - Inputs must be interleaved memory layout when unsharded.
      - Inputs cannot be height-sharded; padded height must equal TILE_HEIGHT (32).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

wan_fused_rmsnorm_pre_allgather: wan_fused_rmsnorm_pre_allgather_t = ...

class wan_fused_rmsnorm_post_allgather_t:
    """
    Applies RMSNorm using gathered statistics and optionally fuses per-head output reshape, gamma scaling,
    and rotary positional embeddings (ROPE). This is the second stage of the distributed RMSNorm.

    Notes:
      Supported data types and layouts by tensor ::

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16
          - TILE

      .. list-table:: stats
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16 or FLOAT32
          - TILE

      .. list-table:: weight (gamma)
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16
          - TILE

      .. list-table:: transformation_mat (for ROPE)
        :header-rows: 1

        * - shape
          - dtype
          - layout
        * - [1, 1, 32, 32]
          - BFLOAT16
          - TILE

      .. list-table:: rope_cos / rope_sin (for ROPE)
        :header-rows: 1

        * - shape
          - dtype
          - layout
        * - [1, 1, seq_len, head_dim]
          - BFLOAT16 or FLOAT32
          - TILE

    Arguments:
      - :attr:`epsilon`: Small constant for numerical stability in RMSNorm.
      - :attr:`num_heads_per_device`: Number of attention heads local to each device. The output is reshaped to
        [batch=1, num_heads_per_device, seq_len, hidden_dim/num_heads_per_device].
      - :attr:`weight`: Optional gamma, shape [1, hidden_dim].
      - :attr:`transformation_mat`, :attr:`rope_cos`, :attr:`rope_sin`: Optional tensors enabling ROPE fusion; if
        provided, all three must be present with the shapes/dtypes above.
      - :attr:`dtype`: Optional output dtype override (defaults to input dtype).

    Returns:
      - A TILE-layout tensor with logical shape [1, num_heads_per_device, seq_len, hidden_dim/num_heads_per_device]
        and dtype ``dtype`` if provided, otherwise the input dtype.

    Example:
      out = ttnn.experimental.wan_fused_rmsnorm_post_allgather(
        x,
        stats,
        epsilon=epsilon,
        num_heads_per_device=num_heads_per_device,
        weight=weight,
        transformation_mat=transformation_mat,
        rope_cos=rope_cos,
        rope_sin=rope_sin,
        compute_kernel_config=compute_kernel_config,
        dtype=dtype
      )

    Limitations:
      - All tensors must be on device.
      - :attr:`input_tensor` must be rank-4 with batch dimension 1 and channel dimension 1 (shape [1, 1, S, H]).
      - :attr:`input_tensor`.logical_last_dim must equal its padded last dim; H must be divisible by
        :attr:`num_heads_per_device`.
      - :attr:`stats` last padded dim must be a multiple of TILE_WIDTH (32); its first three padded dims must
        match :attr:`input_tensor`. One tile column per device is expected.
      - If :attr:`weight` is provided it must be TILE layout BFLOAT16 with shape [1, H].
      - When using ROPE, all three tensors (:attr:`transformation_mat`, :attr:`rope_cos`, :attr:`rope_sin`) are required.
      - Inputs cannot be height-sharded; padded height must equal TILE_HEIGHT (32).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, stats: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-05, num_heads_per_device: int = 1, weight: ttnn._ttnn.tensor.Tensor | None = None, transformation_mat: ttnn._ttnn.tensor.Tensor | None = None, rope_cos: ttnn._ttnn.tensor.Tensor | None = None, rope_sin: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

wan_fused_rmsnorm_post_allgather: wan_fused_rmsnorm_post_allgather_t = ...

class dit_layernorm_pre_allgather_t:
    """
    Computes per-row LayerNorm Welford statistics over the last dimension of :attr:`input_tensor`,
    producing a 2-tile-wide tensor with sum(x) and sum(x**2) per row (tile columns 0 and 1).
    Intended to be followed by an all-gather across devices, then ``dit_layernorm_post_allgather``.

    Args:
      input_tensor (ttnn.Tensor): the input tensor.
      recip_tensor (ttnn.Tensor): the reciprocals tensor for Welford algorithm.

    Keyword args:
      dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to BFLOAT16.
      compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration.
      memory_config (ttnn.MemoryConfig, optional): the memory configuration.

    Limitations:
      - Input must be TILE layout, on device, non-sharded.
      - Supported dtypes: BF16, BF8_B, FP32 for input; output stats are BF16.
      - Inputs must be interleaved memory layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, recip_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_layernorm_pre_allgather: dit_layernorm_pre_allgather_t = ...

class dit_layernorm_post_allgather_t:
    """
    Applies LayerNorm using gathered Welford statistics. Expects stats to contain
    sum(x) and sum(x**2) tile columns per device (2 tile columns per device).

    Limitations:
      - Inputs and stats must be TILE layout, on device, non-sharded.
      - Supported input dtypes: BF16, BF8_B, FP32. Stats must be BF16.
      - Stats last padded dim must be a multiple of 64 (2 tiles).
      - If gamma is provided, beta must also be provided; both must match input hidden dim.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, stats: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-05, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_layernorm_post_allgather: dit_layernorm_post_allgather_t = ...

class dit_minimal_matmul_addcmul_fused_t:
    """
    dit_minimal_matmul_addcmul_fused(matmul_input_tensor, matmul_weight_tensor, scalar, addcmul_input_tensor1, addcmul_input_tensor2, bias_tensor=None, *, config=None, memory_config=None, dtype=None, compute_kernel_config=None)

    Experimental fused operation combining minimal_matmul and addcmul for improved performance in DiT transformer blocks.
    This operation is designed to optimize the common pattern: output = input1 + (scalar * matmul(input, weight) * input2)

    **Implementation:**
    Delegates to minimal_matmul with fused addcmul (ternary) parameters; addcmul is computed inline in the matmul kernels.

    **Intended Mathematical Operation:**

    .. math::
        \\text{{matmul\\_output}} = \\text{{minimal\\_matmul}}(\\text{{matmul\\_input\\_tensor}}, \\text{{matmul\\_weight\\_tensor}})

        \\text{{output}} = \\text{{addcmul\\_input\\_tensor1}} + (\\text{{scalar}} \\times \\text{{matmul\\_output}} \\times \\text{{addcmul\\_input\\_tensor2}})

    This is equivalent to:
        intermediate = minimal_matmul(matmul_input_tensor, matmul_weight_tensor, bias_tensor)
        output = addcmul(addcmul_input_tensor1, intermediate, addcmul_input_tensor2, value=scalar)

    Parameters
    ----------
    matmul_input_tensor : ttnn.Tensor
        Activation/input matrix for matmul (A in A @ B).
        - Layout: TILE (required).
        - Device: must be on device and allocated in a device buffer.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B}.
        - Shape: [..., M, K]. Upper dimensions are broadcast over rows (folded into M).

    matmul_weight_tensor : ttnn.Tensor
        Weight matrix for matmul (B in A @ B).
        - Layout: TILE (required).
        - Device: same device as `matmul_input_tensor`.
        - DType: must match `matmul_input_tensor` dtype.
        - Shape: [..., K, N] with no batching; all leading dimensions must be 1.

    scalar : float
        Scalar constant multiplier for the addcmul operation.
        Typically 1.0 in DiT transformer blocks.

    addcmul_input_tensor1 : ttnn.Tensor
        Residual/base for addcmul.
        - Layout: TILE (required).
        - Device: same device as matmul tensors.
        - Shape: [..., M, N] - must match matmul output shape.

    addcmul_input_tensor2 : ttnn.Tensor
        Gate/multiplier tensor for addcmul (broadcast like bias).
        - Layout: TILE (required).
        - Device: same device as matmul tensors.
        - Shape: [..., 1, N] - broadcast row across all M rows.

    bias_tensor : Optional[ttnn.Tensor], default: None
        Optional row-broadcast bias added to the matmul result.
        - Layout: TILE (required if provided).
        - Device: same device as inputs.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B}.
        - Shape: [..., N] where all dims except the last are 1.

    Keyword Args
    ------------
    config : Optional[MinimalMatmulConfig], default: None
        Execution configuration for the matmul in tile units. If omitted, defaults are selected.
        Fields (all in tiles):
        - M_block_size: Number of output tiles along M per block.
        - K_block_size: Number of K tiles per block.
        - N_block_size: Number of output tiles along N per block.
        - subblock_h: Sub-block height for compute kernel.
        - subblock_w: Sub-block width for compute kernel.
        - compute_with_storage_grid_size: Core grid (x, y) to run the op on.

    memory_config : Optional[ttnn.MemoryConfig], default: None
        Memory configuration for the output tensor.
        If not provided, inherits from `matmul_input_tensor`.

    dtype : Optional[ttnn.DataType], default: None
        Data type of the output tensor.
        If not provided, inherits from `matmul_input_tensor`.

    compute_kernel_config : Optional[ttnn.operations.core.compute_kernel.DeviceComputeKernelConfig], default: None
        Compute kernel configuration. If omitted, defaults are selected
        (e.g., tt::tt_metal::MathFidelity::HiFi2, fp32 accumulation enabled).

    Returns
    -------
    ttnn.Tensor
        Output tensor with shape [..., M, N], TILE layout, and specified dtype.
        Fused result: addcmul_input_tensor1 + (scalar * matmul_output * addcmul_input_tensor2).

    Shape Semantics
    ---------------
    - matmul_input_tensor: [..., M, K]
    - matmul_weight_tensor: [..., K, N]
    - addcmul_input_tensor1: [..., M, N] (full output shape)
    - addcmul_input_tensor2: [..., 1, N] (broadcast like bias)
    - output: [..., M, N]

    Limitations & Requirements
    --------------------------
    - All tensors must be on the same device and allocated in device buffers.
    - All tensors must be in TILE layout.
    - Supported dtypes: BF16, BF8_B, BF4_B, FLOAT32.
    - Weight and bias (if present) must have 1 in all leading dimensions.
    - Activation may have arbitrary upper dimensions (folded into M).
    - addcmul is fused and computed inline with matmul.

    Use Case
    --------
    This operation is designed for DiT (Diffusion Transformer) models like Wan2.2, where the pattern
    `base_value + gate * feedforward(x)` is common. This fusion eliminates intermediate tensor writes
    and reads, improving performance.

    Typical usage in Wan2.2 transformer block:
        output = ttnn.experimental.dit_minimal_matmul_addcmul_fused(
            input_normed,          # input after normalization [M, K]
            ff_weight,             # feedforward weight [K, N]
            1.0,                   # scalar multiplier
            gate_tensor,           # gate from timestep embedding [M, N]
            base_value             # broadcast base value [1, N]
        )

    Notes on Implementation
    -----------------------
    - addcmul is computed inline in minimal_matmul kernels (no intermediate matmul tensor write/read).
    - Performance and memory footprint are sensitive to block sizes and subblock shapes.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, matmul_input_tensor: ttnn._ttnn.tensor.Tensor, matmul_weight_tensor: ttnn._ttnn.tensor.Tensor, scalar: float, addcmul_input_tensor1: ttnn._ttnn.tensor.Tensor, addcmul_input_tensor2: ttnn._ttnn.tensor.Tensor, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, *, config: MinimalMatmulConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_minimal_matmul_addcmul_fused: dit_minimal_matmul_addcmul_fused_t = ...

class dit_rms_norm_unary_fused_t:
    """
    dit_rms_norm_unary_fused(input_tensor, epsilon=1e-5, weight=None, bias=None, residual_input_tensor=None, *, memory_config=None, program_config=None, compute_kernel_config=None, activation=None)

    Fused RMSNorm + unary activation for DiT transformer blocks.

    Equivalent to ``ttnn.<activation>(ttnn.rms_norm(x, ...))`` (e.g. ``ttnn.silu(...)`` or ``ttnn.gelu(...)``)
    but computed in a single kernel pass, avoiding the intermediate tensor write/read.

    Parameters
    ----------
    input_tensor : ttnn.Tensor
        Input tensor. If interleaved, then can be TILE or ROW_MAJOR layout. If sharded, then input tensor must be TILE layout.

    epsilon : float, default: 1e-5
        Small constant added to the variance for numerical stability.

    weight : Optional[ttnn.Tensor], default: None
        Optional per-channel scale (gamma). Shape: [..., 1, hidden_dim].

    bias : Optional[ttnn.Tensor], default: None
        Optional per-channel shift (beta). Shape: [..., 1, hidden_dim].

    residual_input_tensor : Optional[ttnn.Tensor], default: None
        Optional residual tensor for fused pre-add: computes RMSNorm(input + residual).

    Keyword Args
    ------------
    memory_config : Optional[ttnn.MemoryConfig], default: None
        Memory configuration for the output tensor. If not provided, inherits from input.

    program_config : Optional[LayerNormProgramConfig], default: None
        Program configuration (sharded or default). If not provided, auto-selected based on input shard spec.

    compute_kernel_config : Optional[ttnn.DeviceComputeKernelConfig], default: None
        Compute kernel configuration. If not provided, defaults to HiFi4 with approx mode.

    activation : Optional[Union[str, ttnn.UnaryOpType, ttnn.UnaryWithParam]], default: None
        Unary activation to apply after normalization. Supported forms:

        * string: ``"silu"`` or ``"gelu"``
        * ``ttnn.UnaryOpType``: e.g. ``ttnn.UnaryOpType.SILU``
        * ``ttnn.UnaryWithParam``: for activations with additional parameters

        If ``None``, no activation is applied (equivalent to plain rms_norm).

    Returns
    -------
    ttnn.Tensor
        Normalized (and optionally activated) output tensor with the same shape and layout as input.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, epsilon: float = 9.999999747378752e-06, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.normalization.LayerNormDefaultProgramConfig | ttnn._ttnn.operations.normalization.LayerNormShardedMultiCoreProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, activation: ttnn._ttnn.activation.UnaryWithParam | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, epsilon: float = 9.999999747378752e-06, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.normalization.LayerNormDefaultProgramConfig | ttnn._ttnn.operations.normalization.LayerNormShardedMultiCoreProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, activation: str | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_rms_norm_unary_fused: dit_rms_norm_unary_fused_t = ...

class rotary_embedding_t:
    """
    Applies the rotary embedding to the input_tensor tensor using the cos_cache and sin_cache tensors.

    When token_idx is passed, this assumes input is transposed to [seq_len, 1, B, head_dim], and seq_len is 1.


    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        cod_cache (ttnn.Tensor): the Cosine Cache tensor.
        sin_cache (ttnn.Tensor): the Sine Cache tensor.
        token_index (int, optional): Defaults to `None`.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cos_cache: ttnn._ttnn.tensor.Tensor, sin_cache: ttnn._ttnn.tensor.Tensor, token_index: int | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotary_embedding: rotary_embedding_t = ...

class rotary_embedding_hf_t:
    """
    Applies HuggingFace-style rotary position embedding to input tensor.

    This operation supports both prefill and decode modes:
    - Prefill: input [batch_size=1, num_heads, seq_len, head_dim], cos/sin [1, 1, seq_len, head_dim]
    - Decode: input [seq_len=1, batch, num_heads, head_dim], cos/sin [1, batch, 1, head_dim]

    In decode mode, each batch element can have a different position (different cos/sin values).

    ``input_tensor``, ``cos_cache``, and ``sin_cache`` must be **device** tensors (host tensors
    are rejected). Tensors must use TILE layout. The padded ``head_dim`` (last dimension of
    ``input_tensor``, ``cos_cache``, and ``sin_cache``) must be either ``ttnn.TILE_SIZE`` or
    divisible by ``2 * ttnn.TILE_SIZE`` (typically ``TILE_SIZE`` is 32, so supported values are
    ``32`` or multiples of ``64``).

    Args:
        input_tensor (ttnn.Tensor): Input tensor to apply rotation to (on device)
        cos_cache (ttnn.Tensor): Precomputed cosine values (on device)
        sin_cache (ttnn.Tensor): Precomputed sine values (on device)

    Keyword Args:
        is_decode_mode (bool): When ``True``, use decode mode (height-sharded input and caches).
            Default: ``False``.
        memory_config (Optional[ttnn.MemoryConfig]): Output memory configuration. If ``None``
            (default), uses ``input_tensor.memory_config()``.
        compute_kernel_config (Optional[ttnn.DeviceComputeKernelConfig]): Compute kernel settings.
            If ``None`` (default), the op uses ``init_device_compute_kernel_config`` with
            ``math_fidelity=HiFi4``, ``math_approx_mode=True``, ``fp32_dest_acc_en=False``,
            ``packer_l1_acc=False``, and ``dst_full_sync_en=False``.

    Returns:
        ttnn.Tensor: Output tensor with rotary embedding applied

    Example:
        >>> # Prefill mode
        >>> input = ttnn.from_torch(torch.randn(1, 32, 128, 64), device=device)
        >>> cos = ttnn.from_torch(torch.randn(1, 1, 128, 64), device=device)
        >>> sin = ttnn.from_torch(torch.randn(1, 1, 128, 64), device=device)
        >>> output = ttnn.experimental.rotary_embedding_hf(input, cos, sin, is_decode_mode=False)

        >>> # Decode mode
        >>> input = ttnn.from_torch(torch.randn(1, 32, 8, 64), device=device)  # batch=32
        >>> cos = ttnn.from_torch(torch.randn(1, 32, 1, 64), device=device)
        >>> sin = ttnn.from_torch(torch.randn(1, 32, 1, 64), device=device)
        >>> output = ttnn.experimental.rotary_embedding_hf(input, cos, sin, is_decode_mode=True)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cos_cache: ttnn._ttnn.tensor.Tensor, sin_cache: ttnn._ttnn.tensor.Tensor, *, is_decode_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotary_embedding_hf: rotary_embedding_hf_t = ...

class rotary_embedding_llama_t:
    """
    Applies the rotary embedding to the input_tensor tensor using the cos_cache and sin_cache tensors.

    When token_idx is passed, this assumes input is transposed to [seq_len, 1, B, head_dim], and seq_len is 1.

    `cos_cache` and `sin_cache` must be of shape [1, n_heads, seq_len, head_dim] or [1, 1, seq_len, head_dim].
    If shape[1] is 1 then the sin/cos will be broadcasted across heads.

    Args:
        * :attr:`input_tensor`: Input Tensor
        * :attr:`cos_cache`: Cosine Cache Tensor
        * :attr:`sin_cache`: Sine Cache Tensor
        * :attr:`trans_mat`: Transformation Matrix Tensor
        * :attr:`is_decode_mode`: Specify mode of operation
        * :attr:`memory_config`: Memory Config of the output tensor = DEFAULT_OUTPUT_MEMORY_CONFIG
        * :attr:`compute_kernel_config`: Optional[DeviceComputeKernelConfig] = None
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cos_cache: ttnn._ttnn.tensor.Tensor, sin_cache: ttnn._ttnn.tensor.Tensor, trans_mat: ttnn._ttnn.tensor.Tensor, *, is_decode_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotary_embedding_llama: rotary_embedding_llama_t = ...

class rotary_embedding_llama_fused_qk_t:
    """
    Applies rotary embeddings to both `q_input_tensor` and `k_input_tensor` in parallel using precomputed sine and cosine values. This function is optimized for parallel execution, and both input tensors should share the same batch size and head dimensions.

    Args:
        q_input_tensor (ttnn.Tensor): The Q input tensor, with shape [1, batch, num_heads, head_dim].
        k_input_tensor (ttnn.Tensor): The K input tensor, with shape [1, batch, num_kv_heads, head_dim].
        cos_cache (ttnn.Tensor): Precomputed cosine values, with shape [1, 2 * batch, 32, head_dim].
        sin_cache (ttnn.Tensor): Precomputed sine values, with shape [1, 2 * batch, 32, head_dim].
        trans_mat (ttnn.Tensor): Transformation matrix tensor, with shape [1, 2 * batch, 32, 32].

    Keyword args:
        compute_kernel_config (DeviceComputeKernelConfig, optional): Optional configuration for the device compute kernel. Defaults to None.

    Returns:
        ttnn.Tensor, ttnn.Tensor: q and k output tensors with rotary embeddings applied.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q_input_tensor: ttnn._ttnn.tensor.Tensor, k_input_tensor: ttnn._ttnn.tensor.Tensor, cos_cache: ttnn._ttnn.tensor.Tensor, sin_cache: ttnn._ttnn.tensor.Tensor, trans_mat: ttnn._ttnn.tensor.Tensor, *, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

rotary_embedding_llama_fused_qk: rotary_embedding_llama_fused_qk_t = ...

class rotate_half_t:
    """
    Performs a rotate half operation used by RotaryEmbedding

    Args:
        * :attr:`input`: Input Tensor

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor, if None then it gets set to input.memory_config()
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotate_half: rotate_half_t = ...

class create_qkv_heads_t:
    """
    Splits a [B, 1, Seq_len, H] fused qkv matrix (where H is num_kv_heads * (num_q_heads/num_kv_heads + 2) * head_dim) into a Q tensor [B, num_q_heads, Seq_len, head_dim], K tensor [B, num_kv_heads, Seq_len, head_dim] (with the last two dims transposed if applicable) and V tensor [B, num_kv_heads, Seq_len, head_dim].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, num_heads: int, num_kv_heads: int | None = None, transpose_k_heads: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

create_qkv_heads: create_qkv_heads_t = ...

class fast_reduce_nc_split_t:
    """
    Reduce rank-4 interleaved TILE input along dim 0 or 1, writing two tile-aligned channel outputs in one dispatch.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, dim: int, split_output_width: int, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

fast_reduce_nc_split: fast_reduce_nc_split_t = ...

class fast_reduce_nc_t:
    """
    Performs optimized reduction operation on dim 0, 1, or [0,1]. Returns an output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, dims: Sequence[int] = [], output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fast_reduce_nc: fast_reduce_nc_t = ...

class deepseek_moe_fast_reduce_nc_t:
    """
    Performs optimized reduction operation on tensor of at least rank 3, reducing on any of the dims but the last 2

    Args:
        input_tensor (ttnn.Tensor): the input tensor
        dim (int): dimension along which to reduce

    Keyword Args:
        split_size (int): size of last dim of each output split tensor
        output_memory_config (ttnn.MemoryConfig): output memory configuration
        compute_kernel_config (ttnn.DeviceComputeKernelConfig): configuration for the reduction

    Returns:
        list of ttnn.Tensor: returns x split tensors, representative of the single logical output tensor split on the last dim
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, split_size: int, output_memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

deepseek_moe_fast_reduce_nc: deepseek_moe_fast_reduce_nc_t = ...

class deepseek_moe_fast_reduce_nc_fused_t:
    """
    Fused operation combining permute + tilize + mul(activation, expert_scores) + deepseek_moe_fast_reduce_nc
    into a single kernel launch.

    The operation eliminates the large intermediate scaled-activation tensor by applying the
    per-expert score scale inside the reduce loop using a hardware multiply-accumulate (MAC)
    instruction with BroadcastType::COL.

    Args:
        input_tensor (ttnn.Tensor): activation tensor [experts_k, 1, tokens, hidden_size],
            TILE layout, L1.
        expert_indices_tensor (ttnn.Tensor): per-token expert indices
            (matches all_to_all_dispatch convention).
        expert_mapping_tensor (ttnn.Tensor): expert-to-device mapping
            (matches all_to_all_dispatch convention).
        reduce_dim (int): dimension along which to reduce (typically 0 for experts_k).

    Keyword Args:
        split_size (int): size of last dim of each output split tensor
            (typically hidden_size // num_replicated_devices).
        cluster_axis (int): mesh axis (0 or 1) along which the expert mapping is laid out.
        output_memory_config (ttnn.MemoryConfig): output memory configuration.
            Supports both interleaved and sharded (NdShardSpec) layouts.
        scores_tensor (ttnn.Tensor, optional): expert scores [tokens, 1, seq, experts_k],
            ROW_MAJOR layout, DRAM. If omitted, calls :func:`~ttnn.experimental.deepseek_moe_fast_reduce_nc`
            instead (no fused multiply by scores). The expert_indices_tensor /
            expert_mapping_tensor / cluster_axis arguments are ignored on that fallback path.
        num_shared_experts (int, optional): number of shared experts occupying the trailing
            slots of the reduce dimension, whose size is
            ``reduction_dim_size = num_routed_experts + num_shared_experts``. The leading
            ``num_routed_experts`` slots are scaled by per-token ``scores_tensor`` values; the
            trailing shared-expert slots are scaled by the constant ``shared_expert_scale``
            instead. The ``scores_tensor`` last dim must equal ``num_routed_experts``
            (``= reduction_dim_size - num_shared_experts``). This is the *logical* shared-expert
            count — matching the all_to_all_dispatch / ``select_experts_k + num_shared_experts``
            layout — NOT the per-device ``num_shared_experts_per_device`` used by
            ``ttnn.experimental.moe_compute``. Defaults to 0.
        shared_expert_scale (float, optional): constant scale applied to each shared expert's
            contribution inside the reduce loop, used in place of the per-token scores that
            exist only for routed experts. Defaults to 1.0.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig): optional compute config.

    Returns:
        list of ttnn.Tensor: (hidden_size // split_size) output tensors, each with shape
            [1, 1, tokens, split_size].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_indices_tensor: ttnn._ttnn.tensor.Tensor, expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, reduce_dim: int, *, split_size: int, cluster_axis: int, output_memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., scores_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_shared_experts: int = 0, shared_expert_scale: float = 1.0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

deepseek_moe_fast_reduce_nc_fused: deepseek_moe_fast_reduce_nc_fused_t = ...

class intimg_t:
    """
    Compute the summed-area table (integral image) per channel.

    This op takes a single 4D tensor and returns, for every pixel (w, h) in each
    channel, the sum of all values in the rectangle [0..w, 0..h], inclusive.

    Constraints
    ----------
    - x must be 4D with shape: [1, W, H, C]
      - Axis 0: batches (must be exactly 1)
      - Axis 1: width_of_images (W)
      - Axis 2: height_of_images (H)
      - Axis 3: number_of_channels (C) == number of images
    - Layout: 'tile' (required)
    - dtype: bfloat16 (required)
    - Only one input tensor is accepted.

    Returns
    -------
    Tensor
        A 4D tensor with the same shape/layout/dtype as `x`, where each element
        at (0, w, h, c) equals the inclusive sum of x over [0:w, 0:h] in channel c.

    Supported dtypes and layout for input tensor values:

    .. list-table::
        :header-rows: 1

        * - Dtypes
            - Layouts
        * - BFLOAT16
            - TILE

    Memory Support:
        - Interleaved: DRAM and L1

    Example:

    .. code-block:: python

        import ttnn
        import torch

        # Create a compliant tensor
        input_tensor = torch.Tensor([3, 1, 2])

        # Convert tensor to ttnn format
        input_tensor_ttnn = ttnn.from_torch(input_tensor, ttnn.bfloat16, layout=ttnn.Layout.TILE, device=device)

        # Golden tensor
        golden_intimg_tensor_ttnn = ttnn.cumsum(ttnn.cumsum(input_tensor_ttnn, 1), 2)

        # Integral image (still experimental)
        intimg_tensor_ttnn = ttnn.experimental.intimg(input_tensor_ttnn)

        # Compare PCC
        assert_with_pcc(golden_intimg_tensor_ttnn, intimg_tensor_ttnn, pcc=0.999)

    Notes
    -----
    - This feature is still *experimental*.
    - Summation is inclusive in both width and height.
    - Each channel is processed independently.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

intimg: intimg_t = ...

class deepseek_grouped_gate_t:
    """
    Gating mechanism for routing inputs in a mixture-of-experts (MoE) model, specifically optimized for DeepSeek. This operation post-processes the scores and bias from the linear gate projection. To each score, it applies a sigmoid, adds the bias, and reshapes the scores into groups. It then sorts the scores within each group, sums the scores of the top p experts in each group, and selects the top k groups. It then selects the top n experts from the selected groups and gathers the unbiased scores (original sigmoid output) based on the top k experts indices. It then normalizes the chosen scores and scales the normalized scores by the scales.

    Args:
        scores (ttnn.Tensor): Input scores tensor. The shape should be [N, B, S, 256]. N, B and S can be any value. 256 is the number of experts in DeepSeek at each layer.
        bias (ttnn.Tensor): Bias tensor. The shape should be [N, B, S, 256]. N, B and S can be any value. 256 is the number of experts in DeepSeek at each layer.
        route_scale (float): Routing scale factor to scale the scores after normalization.
        epsilon (float): Epsilon for numerical stability when normalizing the scores.
        n_groups (int): Number of groups to partition the experts into. Right now this number must be 8.
        summed_experts_per_group (int): Number of experts per group to sum prior to ranking groups. Right now this number must be 2.
        topk_groups (int): Number of top groups to select from. Right now this number must be 4.
        n_activated_experts (int): Number of final experts to select per token. Right now this number must be 8.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to None, which results in auto-selection.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]: A tuple containing the scaled expert scores and selected expert indices. The shape of the scores tensor should be [N, B, S, 8]. The shape of the indices tensor should be [N, B, S, 8]. N, B and S can be any value. 8 is the number of experts in the final selected groups.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, scores: ttnn._ttnn.tensor.Tensor, bias: ttnn._ttnn.tensor.Tensor, *, n_groups: int = 8, summed_experts_per_group: int = 2, topk_groups: int = 4, n_activated_experts: int = 8, route_scale: float = 1.0, epsilon: float = 9.999999682655225e-21, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

deepseek_grouped_gate: deepseek_grouped_gate_t = ...

class prefix_scan_t:
    """
    Performs a prefix scan to produce the SSM hidden states across an entire sequence. All input and output tensors are expected to be shape [1, 1, L, 2EN]. Values of 2EN and L can be any multiple of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, a: ttnn._ttnn.tensor.Tensor, bx: ttnn._ttnn.tensor.Tensor, h_prev: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, math_fidelity: ttnn._ttnn.tensor.MathFidelity | None = None) -> ttnn._ttnn.tensor.Tensor: ...

prefix_scan: prefix_scan_t = ...

class repeat_and_interleave_eltwise_mul_t:
    """
    Performs a special eltwise multiply for SSM models. Given tensor A with shape [1, 1, 32, 32] and tensor B with shape [1, 1, 32, W] where W is some multiple of 32, perform the following PyTorch equivalent:
        A.repeat(1, 1, 1, W) * B.repeat_interleave(32, dim=-1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, a: ttnn._ttnn.tensor.Tensor, b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, math_fidelity: ttnn._ttnn.tensor.MathFidelity | None = None) -> ttnn._ttnn.tensor.Tensor: ...

repeat_and_interleave_eltwise_mul: repeat_and_interleave_eltwise_mul_t = ...

class hc_sum_reduce_t:
    """
    Performs a custom reduction along dim 3 which is used in the SSM block of the Mamba architecture. Performs the following PyTorch equivalent (where latent_size = 32):
        x = torch.sum(x.reshape(1, 1, shape[2], shape[3] // latent_size, latent_size), dim=-1).reshape(1, 1, shape[2], shape[3] // latent_size)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, math_fidelity: ttnn._ttnn.tensor.MathFidelity | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hc_sum_reduce: hc_sum_reduce_t = ...

class convert_to_chw_t:
    """
    Convert a tensor from HWC channel ordering to CHW channel ordering.

    The input tensor is expected to be tiled and height-sharded in L1. The output is a row-major width-sharded tensor.

    The output memory configuration is automatically inferred to create a width-sharded output
    with appropriate shard dimensions based on the input tensor's sharding configuration.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

convert_to_chw: convert_to_chw_t = ...

class convert_to_hwc_t:
    """
    Convert a tensor from CHW channel ordering to HWC channel ordering.

    The input tensor is expected to be in row-major layout and width-sharded in L1 or DRAM.
    The output is a row-major height-sharded tensor.

    Input tensor shape: [1, B, C, HW] where B is the batch size.
    Output tensor shape: [1, 1, B * HW, C] - batches are flattened into the spatial dimension.

    When C is not a multiple of the device alignment requirement, the output shard width is automatically padded up
    to the next multiple of the alignment requirement to satisfy alignment constraints.

    Args:
        input (ttnn.Tensor): Input tensor in CHW format with shape [1, B, C, HW], width-sharded in L1 or DRAM.
        memory_config (Optional[ttnn.MemoryConfig]): Output memory configuration.
                                                     Required only for DRAM inputs. If omitted for L1 inputs, the output memory_config is automatically inferred.
                                                     The output shard width will be rounded up to the next multiple of the alignment requirement for proper memory alignment.
        dtype (Optional[ttnn.DataType]): Output data type (defaults to input dtype)

    Returns:
        ttnn.Tensor: Output tensor in HWC format, height-sharded
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

convert_to_hwc: convert_to_hwc_t = ...

class conv3d_t:
    """
    Applies a 3D convolution over an input signal composed of several input planes. \\
    Expects Input Tensor in [N, D, H, W, C] format.  \\
    Expects Weight Tensor in [1, 1, kD * kH * kW * C_in, C_out] format. \\
    Expects Bias Tensor in [1, 1, 1, 32, C_out] format. \\
    Input must be in row major interleaved format. \\
    Output will be in row major interleaved format.

    Args:
        input_tensor (ttnn.Tensor): Input tensor.
        weight_tensor (ttnn.Tensor): Weight tensor.
        config (ttnn.Conv3dConfig, optional): Configuration for the Conv3D operation. If not provided, conservative default blocking is used.

    Keyword Args:
        bias_tensor (ttnn.Tensor, optional): Bias tensor.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output of the Conv3D operation.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration for the Conv3D operation.
        weight_lo_tensor (ttnn.Tensor, optional): Required with ``config.enable_fp32_operand_split``: the residual ``W_lo = W - bf16(W)``. Split ``W`` into ``W_hi = bf16(W)`` and ``W_lo`` **before** preparation and pass both through ``prepare_conv3d_weights`` with identical ``groups``, ``alignment`` and ``C_in_block`` (or pass both raw, rank-5, and let this op prepare them). The kernel splits the fp32 activation into ``bf16(x)`` and its residual and accumulates ``x_hi*W_hi + x_hi*W_lo + x_lo*W_hi`` (dropping ``x_lo*W_lo``) in one fp32 pass; needs ``fp32_dest_acc_en``.

    Returns:
        ttnn.Tensor: Output tensor after applying the Conv3D operation.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, *, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice | None = None, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, config: Conv3dConfig | None = None, dtype: ttnn._ttnn.tensor.DataType, output_channels: int, kernel_size: Sequence[int], stride: Sequence[int] = [1, 1, 1], padding: Sequence[int] = [0, 0, 0], dilation: Sequence[int] = [1, 1, 1], padding_mode: str = 'zeros', groups: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, halo_buffer: ttnn._ttnn.tensor.Tensor | None = None, logical_h_mask: int = 0, logical_w_mask: int = 0, pad_offset_tensor: ttnn._ttnn.tensor.Tensor | None = None, output_pad_h: int = 0, output_pad_w: int = 0, weight_lo_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

conv3d: conv3d_t = ...

class prepare_conv3d_weights_t:
    """
    Prepare conv3d weights for TTNN execution.

            For ``Conv3dConfig.enable_fp32_operand_split``, split the fp32 weight **before** preparing it:
            ``W_hi = W.to(bfloat16).to(float32)`` and ``W_lo = W - W_hi``, then prepare each with this function using
            identical ``groups``, ``C_in_block`` and ``alignment`` and pass them as ``weight_tensor`` /
            ``weight_lo_tensor``. Splitting after preparation, or preparing the two with different arguments, silently
            pairs mismatched rows.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, *, weight_tensor: ttnn._ttnn.tensor.Tensor, groups: int = 1, C_in_block: int = 0, alignment: int = 32, device: ttnn._ttnn.multi_device.MeshDevice | None = None) -> ttnn._ttnn.tensor.Tensor: ...

prepare_conv3d_weights: prepare_conv3d_weights_t = ...

class Conv3dConfig:
    """Configuration for the Conv3D operation."""

    @overload
    def __init__(self) -> None: ...

    @overload
    def __init__(self, *, weights_dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, output_layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR, T_out_block: int = 1, W_out_block: int = 1, H_out_block: int = 1, C_out_block: int = 0, C_in_block: int = 0, dilation: Sequence[int] = [1, 1, 1], alignment: int = 32, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord = ..., enable_fp32_operand_split: bool = False) -> None: ...

    @property
    def weights_dtype(self) -> ttnn._ttnn.tensor.DataType: ...

    @weights_dtype.setter
    def weights_dtype(self, arg: ttnn._ttnn.tensor.DataType, /) -> None: ...

    @property
    def output_layout(self) -> ttnn._ttnn.tensor.Layout: ...

    @output_layout.setter
    def output_layout(self, arg: ttnn._ttnn.tensor.Layout, /) -> None: ...

    @property
    def T_out_block(self) -> int: ...

    @T_out_block.setter
    def T_out_block(self, arg: int, /) -> None: ...

    @property
    def W_out_block(self) -> int: ...

    @W_out_block.setter
    def W_out_block(self, arg: int, /) -> None: ...

    @property
    def H_out_block(self) -> int: ...

    @H_out_block.setter
    def H_out_block(self, arg: int, /) -> None: ...

    @property
    def C_out_block(self) -> int: ...

    @C_out_block.setter
    def C_out_block(self, arg: int, /) -> None: ...

    @property
    def alignment(self) -> int: ...

    @alignment.setter
    def alignment(self, arg: int, /) -> None: ...

    @property
    def C_in_block(self) -> int: ...

    @C_in_block.setter
    def C_in_block(self, arg: int, /) -> None: ...

    @property
    def dilation(self) -> list[int]: ...

    @dilation.setter
    def dilation(self, arg: Sequence[int], /) -> None: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def enable_fp32_operand_split(self) -> bool:
        """
        FP32-only precision mode: splits the fp32 activation into bf16(x) and its residual and accumulates x_hi*W_hi + x_hi*W_lo + x_lo*W_hi in one pass (x_lo*W_lo is dropped). Requires float32 input, ``weight_lo_tensor`` (the residual W - bf16(W), prepared with the same prepare_conv3d_weights arguments as the weight) and ``compute_kernel_config.fp32_dest_acc_en``. Costs three matmul products per block.
        """

    @enable_fp32_operand_split.setter
    def enable_fp32_operand_split(self, arg: bool, /) -> None: ...

    def __repr__(self) -> str: ...

class adaptive_avg_pool2d_t:
    """
    Applies experimental adaptive average pooling to the input tensor. Unlike regular pooling, adaptive pooling
    automatically calculates the kernel size and stride to produce the desired output size.
    The input tensor is expected to be in [NHW, C] format and should be on the device.

    Args:
        input_tensor (ttnn.Tensor): the tensor to be pooled.
        batch_size (int): the number of batches (N in a [N, C, H, W] shaped tensor).
        input_h (int): the height of the input tensor (H in a [N, C, H, W] shaped tensor).
        input_w (int): the width of the input tensor (W in a [N, C, H, W] shaped tensor).
        channels (int): the number of channels (C in a [N, C, H, W] shaped tensor).
        output_size (List of [int]): the target (h, w) size of the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): the memory configuration for the output tensor. Defaults to `None`.
        applied_shard_scheme (ttnn.TensorMemoryLayout, optional): the sharding scheme to apply to a non-pre-sharded input tensor. Defaults to `None`.
        compute_kernel_config (DeviceComputeKernelConfig, optional): the device compute kernel configuration. Defaults to `None`.
        deallocate_input (bool, optional): whether to deallocate the input tensor. Defaults to `False`.
        reallocate_output (bool, optional): whether to reallocate the output tensor. Defaults to `True`.
        queue_id (int, optional): the queue id to use for the operation. Defaults to `0`.

    Returns:
        ttnn.Tensor: the experimental adaptive average pooled output tensor.

    Example:
        >>> import ttnn
        >>> import torch
        >>> device = ttnn.open_device(device_id=0, l1_small_size=8192)
        >>> nchw_shape = (1, 256, 64, 64)
        >>> in_N, in_C, in_H, in_W = nchw_shape
        >>> input_shape = (1, 1, in_N * in_H * in_W, in_C)
        >>> input = torch.randn(nchw_shape, dtype=torch.bfloat16)
        >>> input_perm = torch.permute(input, (0, 2, 3, 1)) # this op expects a [N, H, W, C] format
        >>> input_reshape = input_perm.reshape(input_shape) # this op expects [1, 1, NHW, C]
        >>> tt_input = ttnn.from_torch(input_reshape, device=device)
        >>> tt_output = ttnn.adaptive_avg_pool2d(
                        input_tensor=tt_input,
                        batch_size=in_N,
                        input_h=in_H,
                        input_w=in_W,
                        channels=in_C,
                        output_size=[1, 1],  # Global adaptive pooling
                        memory_config=None,
                        applied_shard_scheme=ttnn.TensorMemoryLayout.BLOCK_SHARDED,
                    )
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, batch_size: int, input_h: int, input_w: int, channels: int, output_size: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, applied_shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, deallocate_input: bool = False, reallocate_output: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

adaptive_avg_pool2d: adaptive_avg_pool2d_t = ...

class adaptive_max_pool2d_t:
    """
    Applies experimental adaptive max pooling to the input tensor. Unlike regular pooling, adaptive pooling
    automatically calculates the kernel size and stride to produce the desired output size.
    The input tensor is expected to be in [NHW, C] format and should be on the device.

    Args:
        input_tensor (ttnn.Tensor): the tensor to be pooled.
        batch_size (int): the number of batches (N in a [N, C, H, W] shaped tensor).
        input_h (int): the height of the input tensor (H in a [N, C, H, W] shaped tensor).
        input_w (int): the width of the input tensor (W in a [N, C, H, W] shaped tensor).
        channels (int): the number of channels (C in a [N, C, H, W] shaped tensor).
        output_size (List of [int]): the target (h, w) size of the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): the memory configuration for the output tensor. Defaults to `None`.
        applied_shard_scheme (ttnn.TensorMemoryLayout, optional): the sharding scheme to apply to a non-pre-sharded input tensor. Defaults to `None`.
        deallocate_input (bool, optional): whether to deallocate the input tensor. Defaults to `False`.
        reallocate_output (bool, optional): whether to reallocate the output tensor. Defaults to `True`.
        queue_id (int, optional): the queue id to use for the operation. Defaults to `0`.

    Returns:
        ttnn.Tensor: the experimental adaptive max pooled output tensor.

    Example:
        >>> import ttnn
        >>> import torch
        >>> device = ttnn.open_device(device_id=0, l1_small_size=8192)
        >>> nchw_shape = (1, 256, 64, 64)
        >>> in_N, in_C, in_H, in_W = nchw_shape
        >>> input_shape = (1, 1, in_N * in_H * in_W, in_C)
        >>> input = torch.randn(nchw_shape, dtype=torch.bfloat16)
        >>> input_perm = torch.permute(input, (0, 2, 3, 1)) # this op expects a [N, H, W, C] format
        >>> input_reshape = input_perm.reshape(input_shape) # this op expects [1, 1, NHW, C]
        >>> tt_input = ttnn.from_torch(input_reshape, device=device)
        >>> tt_output = ttnn.adaptive_max_pool2d(
                        input_tensor=tt_input,
                        batch_size=in_N,
                        input_h=in_H,
                        input_w=in_W,
                        channels=in_C,
                        output_size=[7, 7],  # Classifier head size
                        memory_config=None,
                        applied_shard_scheme=ttnn.TensorMemoryLayout.BLOCK_SHARDED,
                    )
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, batch_size: int, input_h: int, input_w: int, channels: int, output_size: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, applied_shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout | None = None, deallocate_input: bool = False, reallocate_output: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

adaptive_max_pool2d: adaptive_max_pool2d_t = ...

class typecast_t:
    """
    Returns a new tensor which is a typecast of input tensor with new datatype``{0}``.

    Input tensors must be on device, in ROW MAJOR or TILE layout, and have matching data type.

    Datatype must be one of the following types BFLOAT16, BFLOAT8_B, BFLOAT4_B, UINT32, INT32, UINT16 and UINT8.

    Output tensor will be on device, in same layout, and have the given data type.

    .. csv-table::
        :header: "Argument", "Description", "Data type", "Required"

        "input_tensors", "Input tensors to typecast", "List of Tensors", "Yes"
        "dtype", "datatype of typecast", "Datatype", "Yes"
        "output_mem_config", "Layout of tensor in TT Accelerator device memory banks", "MemoryConfig", "No\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

typecast: typecast_t = ...

class indexed_fused_update_cache_t:
    """
    Writes packed rows from two input tensors into two cache tensors in parallel.

    ``physical_update_idxs_tensor`` is a row-major INT32 tensor with shape
    ``[1, num_indices]``. Entry ``i`` gives the physical cache row for input
    row ``i``; negative and out-of-range entries are skipped. Physical rows
    flatten cache dimensions 0 and 2: ``page = index // cache.shape[2]`` and
    ``row_in_page = index % cache.shape[2]``. This operation does not perform
    logical page-table translation.

    Both caches and inputs must be interleaved BF16 TILE tensors. Cache shape
    is ``[num_pages, num_heads, rows_per_page, head_dim]`` and packed input
    shape is ``[1, num_heads, packed_rows, head_dim]``, where
    ``1 <= packed_rows <= 256`` and
    ``packed_rows <= num_indices <= 256``. The operation updates the cache
    tensors in place and serializes all rows owned by a head/width worker, so
    multiple rows may safely target the same physical page.

    Replicated tensors are supported on single- or multi-device meshes. The
    four cache/input tensors may also use one identical tensor-parallel mesh
    topology sharded over ``num_heads`` (dimension 1), ``head_dim``
    (dimension 3), or both. Physical update indices must use the same mesh
    shape and coordinates and remain replicated across those mesh axes.
    Cache page/row sharding, sharded physical indices, and per-device index
    remapping are not supported. Initial hardware support is Wormhole and
    Blackhole.

    Args:
        cache_tensor1 (ttnn.Tensor): First paged cache, updated in place.
        input_tensor1 (ttnn.Tensor): Packed rows for ``cache_tensor1``.
        cache_tensor2 (ttnn.Tensor): Second paged cache, updated in place.
        input_tensor2 (ttnn.Tensor): Packed rows for ``cache_tensor2``.
        physical_update_idxs_tensor (ttnn.Tensor): Physical destination rows.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]: The two in-place cache tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache_tensor1: ttnn._ttnn.tensor.Tensor, input_tensor1: ttnn._ttnn.tensor.Tensor, cache_tensor2: ttnn._ttnn.tensor.Tensor, input_tensor2: ttnn._ttnn.tensor.Tensor, physical_update_idxs_tensor: ttnn._ttnn.tensor.Tensor) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

indexed_fused_update_cache: indexed_fused_update_cache_t = ...

class paged_update_cache_t:
    """
    Paged update cache operation. This operation expects the following inputs: cache_tensor of shape [B, 1, kv_len, head_dim] and input_tensor of shape [1, B, 1[32], head_dim] where input_tensor is height sharded on B cores. update_idxs will specify for each batch element which token to update in the cache.

    ``head_dim`` is read from ``input_tensor.padded_shape[-1]``. ``block_size``
    defaults to ``cache_tensor.padded_shape[2]``; pass the kwarg to override it for
    callers that reinterpret one physical buffer with different
    ``(block_size, head_dim)`` tile layouts (e.g. vLLM's hybrid kv-cache-groups
    path). ``num_kv_heads`` defaults to ``cache_tensor.padded_shape[1]``; pass the
    kwarg when the input view has a different kv-head count from the cache (e.g.
    Gemma4 sliding kv=8 / full kv=2 sharing one HMA buffer) — the decode-time
    input is height-sharded with the kv-heads dim padded to TILE_HEIGHT so the
    logical count can't be inferred from the tensor.
    ``num_kv_heads * block_size * head_dim`` must be preserved across views.
    Input tensors must be FLOAT32 or BFLOAT16 even when the destination cache is
    BFLOAT8_B/BFLOAT4_B. This op updates one token row inside an existing cache
    tile and owns the final repack into the cache dtype; do not pre-cast decode
    K/V updates to the low-precision cache dtype. In contrast,
    ``paged_fill_cache`` performs a raw tile copy and requires matching input
    and cache dtypes.
    ``cache_position_modulo`` (optional, paged mode only) makes the kernel
    compute ``update_idx %= cache_position_modulo`` before resolving the
    page_table entry — i.e. treats the cache as a circular buffer of that
    many tokens. Required when the cache is sized smaller than the model's
    max sequence length (vLLM's ``SlidingWindowSpec`` allocation pattern);
    without it, positions past the bounded capacity collapse onto block 0
    and silently corrupt the cache. Must be a multiple of the effective
    ``block_size`` and ≤ ``page_table.shape[1] * block_size``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, update_idxs: Sequence[int] = [], update_idxs_tensor: ttnn._ttnn.tensor.Tensor | None = None, share_cache: bool | None = None, page_table: ttnn._ttnn.tensor.Tensor | None = None, batch_offset: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, mesh_coords: Set[ttnn._ttnn.multi_device.MeshCoordinate] | None = None, block_size: int | None = None, num_kv_heads: int | None = None, cache_position_modulo: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

paged_update_cache: paged_update_cache_t = ...

class paged_fused_update_cache_t:
    """
    Updates the cache tensors `cache_tensor1` and `cache_tensor2` in parallel with values derived from the corresponding input tensors. This function supports fine-grained updates using specified index lists or tensors.

    Positional Arguments:
        cache_tensor1 (ttnn.Tensor): The first cache tensor to update.
        input_tensor1 (ttnn.Tensor): The input tensor corresponding to `cache_tensor1`.
        cache_tensor2 (ttnn.Tensor): The second cache tensor to update.
        input_tensor2 (ttnn.Tensor): The input tensor corresponding to `cache_tensor2`.

    Keyword Args:
        update_idxs (List[int]): A list of indices specifying the cache update positions. Defaults to an empty list.
        update_idxs_tensor (ttnn.Tensor, optional): A tensor specifying update indices. Defaults to None.
        share_cache (bool, optional): Whether the cache tensors share memory regions. Defaults to None.
        page_table (ttnn.Tensor, optional): The page table for managing memory regions during updates. Defaults to None.
        batch_offset (int): Offset for batching updates. Defaults to 0.
        compute_kernel_config (DeviceComputeKernelConfig, Optional): Optional configuration for the device compute kernel. Defaults to None.
        mesh_coords (Set[MeshCoordinate], optional): Set of mesh coordinates to execute on.

    Input tensors must be FLOAT32 or BFLOAT16 even when the destination
    caches are BFLOAT8_B/BFLOAT4_B; this op repacks into each cache dtype.
    In contrast, ``paged_fill_cache`` performs a raw tile copy and requires
    matching input and cache dtypes.

    Returns:
        ttnn.Tensor, ttnn.Tensor: Tensors representing the updated cache states.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache_tensor1: ttnn._ttnn.tensor.Tensor, input_tensor1: ttnn._ttnn.tensor.Tensor, cache_tensor2: ttnn._ttnn.tensor.Tensor, input_tensor2: ttnn._ttnn.tensor.Tensor, *, update_idxs: Sequence[int] = [], update_idxs_tensor: ttnn._ttnn.tensor.Tensor | None = None, share_cache: bool | None = None, page_table: ttnn._ttnn.tensor.Tensor | None = None, batch_offset: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, mesh_coords: Set[ttnn._ttnn.multi_device.MeshCoordinate] | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

paged_fused_update_cache: paged_fused_update_cache_t = ...

class paged_fill_cache_t:
    """
    Paged fill cache operation. This operation expects the following inputs: cache_tensor, input_tensor, and page_table.
    It uses either batch_idx_tensor (if provided, kwarg batch_idx_tensor) or batch_idx (kwarg batch_idx) as a fallback to determine the batch index for updating the cache.
    cache_tensor shape: [max_num_blocks, 1, block_size, head_dim]
    input_tensor shape: [input_batch, num_heads, input_seq_len, head_dim]
    page_table shape: [batch_size, max_num_blocks_per_seq]
    batch_idx_tensor (optional) shape: [input_batch], dtype int32 or uint32, ROW_MAJOR layout, INTERLEAVED DRAM — one batch_idx per input batch row.
    batch_idx (scalar, defaults to 0) is used if batch_idx_tensor is not provided; in that case input_batch must be 1.
    mesh_coords (optional) is a set of MeshCoordinate objects that specify the mesh coordinates to execute on.

    ``head_dim`` is read from ``input_tensor.padded_shape[-1]``. ``block_size``
    defaults to ``cache_tensor.padded_shape[2]``; pass the kwarg to override it (see
    ``paged_update_cache`` for details). Per-block byte count must be preserved.
    ``paged_fill_cache`` does not perform dtype conversion; it copies prefill K/V
    tiles into the cache. ``input_tensor.dtype`` must match ``cache_tensor.dtype``.
    Cast prefill K/V to the cache dtype before calling this op. In contrast,
    ``paged_update_cache`` and ``paged_fused_update_cache`` accept FLOAT32 or
    BFLOAT16 decode inputs and repack them into the cache dtype.
    ``cache_position_modulo`` (optional) treats the cache as a circular buffer of
    that many tokens: each tile write computes ``seq_tile_id %=
    cache_position_modulo / TILE_HEIGHT`` before the page_table lookup. Lets
    prefill writes longer than the bounded sliding-window capacity land correctly
    (only the last ``cache_position_modulo`` tokens survive). Must be a multiple
    of the effective ``block_size`` and ≤ ``page_table.shape[1] * block_size``.
    ``valid_seq_len_tensor`` (optional, bounded mode only) is a 1-element int
    device tensor giving the block-aligned real fill length (in tokens). The
    writer restricts the surviving ring window to end there instead of the padded
    input end, so a captured prefill trace (which can't slice the padded input on
    the host per request) still avoids wrapping the prompt's padding tail over the
    real recent window. Refresh its contents per request outside the trace.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, page_table: ttnn._ttnn.tensor.Tensor, *, batch_idx_tensor: ttnn._ttnn.tensor.Tensor | None = None, batch_idx: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, mesh_coords: Set[ttnn._ttnn.multi_device.MeshCoordinate] | None = None, block_size: int | None = None, cache_position_modulo: int | None = None, valid_seq_len_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

paged_fill_cache: paged_fill_cache_t = ...

class attn_matmul_t:
    """
    Performs a special pre-softmax matmul with [q_len, q_heads, batch, head_dim] and [batch, kv_heads, head_dim, kv_len]. q_len and kv_heads must be 1 and an intermediate value of [q_heads, batch, batch, kv_len] is produced (only on device cores). Batch dim from Z and Y is combined by taking the 1st, 2nd, ..., and 32nd row of Y from the batches in Z. Final output tensor is [1, q_heads, batch, kv_len]. In PyTorch, this is equivalent to: torch.matmul(A.transpose(0, 2), B).transpose(0, 2). Similar concept for post-softmax matmul.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

attn_matmul: attn_matmul_t = ...

class attn_matmul_from_cache_t:
    """
    Performs the same matmul as attn_matmul, but fuses additional functionality for reading in in1. For in1, read num_tokens (rounded up to 32) from full cache along in1.padded_shape()[2] (num_tokens must be > 0 and <= max_cache_len). For example, 64 tokens will be read for 32 < token_idx <= 64. Additional option to apply transpose_hw to in1 for pre-attention matmul with transpose_hw=true. For post-attention matmul, transpose_hw should be false.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, num_tokens: int, transpose_hw: bool, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

attn_matmul_from_cache: attn_matmul_from_cache_t = ...

class group_attn_matmul_t:
    """
    Performs a special pre-softmax matmul with [q_len, q_heads, batch, head_dim] and [batch, kv_heads, head_dim, kv_len]. q_len and kv_heads must be 1 and an intermediate value of [q_heads, batch, batch, kv_len] is produced (only on device cores). Batch dim from Z and Y is combined by taking the 1st, 2nd, ..., and 32nd row of Y from the batches in Z. Final output tensor is [1, q_heads, batch, kv_len]. In PyTorch, this is equivalent to: torch.matmul(A.transpose(0, 2), B).transpose(0, 2). Similar concept for post-softmax matmul.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = ..., dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

group_attn_matmul: group_attn_matmul_t = ...

class matmul_decode_t:
    """
    matmul_decode(input_tensor_a: ttnn.Tensor, input_tensor_b: ttnn.Tensor, *, partial_width_sharded: bool = False, dtype: Optional[ttnn.DataType] = None, output_mem_config: Optional[ttnn.MemoryConfig] = None) -> ttnn.Tensor

            Returns the matrix product of two tensors.

            Args:
                input_tensor_a (ttnn.Tensor): the first tensor to be multiplied. A rank-3 tensor
                    ([batch, M, K]) selects the batched program factory; the fold geometry is inferred
                    from the operand shapes.
                input_tensor_b (ttnn.Tensor): the second tensor to be multiplied.

            Keyword Args:
                partial_width_sharded (bool, optional): force the partial width-sharded program
                    factory, where B is sharded along both K and N and the K-partials are reduced
                    across cores. Ignored for rank-3 (batched) A. Defaults to False.
                dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to None.
                output_mem_config (ttnn.MemoryConfig, optional): memory config for the output tensor.
                    Defaults to None.

            Returns:
                ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, partial_width_sharded: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, output_mem_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

matmul_decode: matmul_decode_t = ...

class masked_bincount_t:
    """
    Counts occurrences of each expert in the input tensor. Only the experts in the current
    dispatch group are taken into account. Expert dispatch table (expert_mask) maps experts
    to chip IDs, where negative values indicate masked-out experts (experts from different
    dispatch groups).

    Args:
        * :attr:`input_tensor`: 2D UINT16 TILE, interleaved tensor of shape [sp_dim, topk_dim]
          containing the expert indices selected for each token. This is the gate's expert-index
          output consumed directly (no untilize/reshard needed): the op untiles in-kernel and
          splits the token rows across a fixed 8x8 (64-core) grid internally. sp_dim must be a
          multiple of 64. Both DRAM- and L1-interleaved inputs are accepted (the gate emits L1).
        * :attr:`expert_mask`: INT32 ROW_MAJOR tensor of shape [N] or [1, N] where N >= n_routed_experts,
          mapping experts to chip IDs. Negative (-1) means the expert is absent (belongs to different dispatch
          groups); non-negative values (chip IDs) mean the expert is present in this dispatch group and will
          be counted. A sentinel column at index == n_routed_experts is allowed and ignored: the kernel only
          reads mask entries at index < n_routed_experts, so padded tokens (sentinel index == n_routed_experts)
          are skipped and never counted.
        * :attr:`n_routed_experts`: Number of routed experts (output dimension size).
        * :attr:`num_experts_per_token`: Number of expert columns per row to count (must be <= the logical
          topk_dim). Columns beyond this index (including the TILE width padding up to 32) are ignored.

    Returns:
        A 1D UINT32 tensor of shape [n_routed_experts] where each element is the count of how many
        times the corresponding expert index appears in the input, or zero if that expert is masked out.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_mask: ttnn._ttnn.tensor.Tensor, n_routed_experts: int, num_experts_per_token: int) -> ttnn._ttnn.tensor.Tensor: ...

masked_bincount: masked_bincount_t = ...

class high_bw_all_gather_t:
    """
    Gathers a large row-major or tile-layout DRAM tensor over one device-mesh
    axis, or over a direct-neighbor ring linearized across a complete 2D mesh.
    This is a one-dimensional Fabric line or ring collective. The
    operation uses a native one-hop store-and-forward transport and does not
    provide a composite fallback.

    Fabric2D supports a direct physical line or ring. A Torus may wrap
    ``cluster_axis`` when the axis has a distinct wrap neighbor and every
    ring edge is one physical hop. A size-two torus axis is treated as a
    line because its ordinary and wrap neighbors are the same device.
    Plain ``FABRIC_2D`` uses the direct-line schedule; only a Torus
    configuration that wraps ``cluster_axis`` selects the ring schedule.

    Channel trimming compatibility:
        Channel trimming is selected during Fabric initialization and is shared
        by all CCLs in the workload; it is not configurable per operation. A
        trimming capture must cover every CCL and shape that will run. When
        using a trimming profile with this operation, set
        ``TT_METAL_FABRIC_TRIMMING_OVERRIDE`` to an override that force-enables
        all VC0 sender and receiver channels. This avoids a trim-derived VC0
        fast path that can substantially regress this high-rate, multi-worker
        collective while preserving correctness. See this operation's README
        for the YAML and launch example.

    Args:
        input_tensor: Row-major or tile-layout device tensor in DRAM.
        dim: Tensor dimension along which device shards are concatenated.
        output_tensor: Preallocated persistent output tensor.

    Keyword Args:
        cluster_axis: Device-mesh axis (0 or 1) participating in the
            one-dimensional collective. Other mesh axes run independent
            all-gathers. Pass ``None`` to gather across every device in a 2D
            mesh using a snake Hamiltonian ring. The full-mesh mode requires
            at least one even mesh dimension, direct links for every edge of
            a row or column snake, and a tensor sharded over ``dim`` across
            all mesh devices. The host prefers a row snake, then tries a
            column snake if the row route cannot close directly.
        num_links: Optional number of Fabric links to use. ``None`` uses every
            link reported usable across the selected axis, or the minimum
            discovered across both axes in full-mesh mode. An explicit value
            must be greater than zero and cannot exceed that discovered count;
            use ``2`` to keep the same link count across QuietBox, LoudBox, and
            Galaxy.
        subdevice_id: Subdevice containing the worker cores.
        sub_core_grids: Optional worker-core restriction.
        input_batch_index: Optional batch slot selected from a persistent input cache.
            When set, input has shape [B, 1, ...], output has batch 1, and only that
            slot is transported.
        gathered_dim_size: Optional active global gathered extent along ``dim``. The
            output tensor must still be allocated at its worst-case full gathered size.
            Each rank writes its active local prefix into that rank's fixed worst-case
            slot; bytes outside those prefixes are left unchanged. ``gathered_dim_size``
            is the total valid extent, not a contiguous output prefix: consumers must
            preserve the fixed per-rank stride when locating every rank's valid data.
        input_batch_index_tensor: TRACE-SAFE form of ``input_batch_index``. A 1-element
            uint32 ROW_MAJOR DRAM tensor holding the USER id; the reader reads it on-device
            and recomposes the flat cache slot as
            ``user_id * batch_slot_num_layers + batch_slot_layer_idx`` (the cache batch dim is
            user-major). Use this instead of ``input_batch_index`` whenever the call is captured
            into a ttnn trace: a host scalar is patched per dispatch, and a replay never re-runs
            that patch, so every replay would re-read the slot live at capture time. Mutually
            exclusive with ``input_batch_index``.
        batch_slot_num_layers: Layers per user in the input cache's batch dim. Runtime (NOT
            hashed, so one program serves caches of any depth) and only read on the
            ``input_batch_index_tensor`` path.
        batch_slot_layer_idx: This call's layer index within a user's slots. Runtime (not
            hashed, so all layers share one program) and only read on the
            ``input_batch_index_tensor`` path.
        gathered_prefix_tensor: TRACE-SAFE form of ``gathered_dim_size``. A 1-element uint32
            ROW_MAJOR DRAM tensor holding this chunk's START position in the gathered dim; the
            reader derives the active extent on-device as
            ``min(round_up(start + gathered_slab_global, gathered_slab_global), full_extent)``
            and recomputes its own page partition from it. Use this instead of
            ``gathered_dim_size`` whenever the call is captured into a ttnn trace: the scalar
            grows every chunk, and a replay would re-gather only the captured chunk's prefix.
            Mutually exclusive with ``gathered_dim_size``.
        gathered_slab_global: Block-cyclic slab width in gathered-dim elements
            (``chunk_local * num_devices``). Required with ``gathered_prefix_tensor`` and hashed,
            being structural rather than per-chunk.
        ready_semaphore: Optional caller-owned persistent startup semaphore. Must be
            supplied together with ``data_valid_semaphore`` and initialized to zero on
            the complete worker-core restriction before the first call.
        data_valid_semaphore: Optional caller-owned persistent relay/completion semaphore.
            Supplying both semaphore handles selects the allocation-free, no-internal-sync
            dispatch path intended for sub-device overlap.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, output_tensor: ttnn._ttnn.tensor.Tensor, *, cluster_axis: int | None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_links: int | None = None, input_batch_index: int | None = None, gathered_dim_size: int | None = None, input_batch_index_tensor: ttnn._ttnn.tensor.Tensor | None = None, batch_slot_num_layers: int = 1, batch_slot_layer_idx: int = 0, gathered_prefix_tensor: ttnn._ttnn.tensor.Tensor | None = None, gathered_slab_global: int = 0, ready_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, data_valid_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None) -> ttnn._ttnn.tensor.Tensor: ...

high_bw_all_gather: high_bw_all_gather_t = ...

class combine_fabric2d_t:
    """
    MoE prefill combine over an explicitly-forwarded FABRIC_2D: expert-processed tokens go back to
    the chips they came from, chip-local DRAM -> eth -> destination chip's DRAM.

    Called exactly like `ttnn.experimental.deepseek_prefill.combine`, plus `expert_offsets`.

        dispatched_buffer     the tokens, ROW_MAJOR or TILE. A chip's token range for one expert
                              holds that expert's tokens grouped by the chip they ORIGINATED on.
        dispatched_metadata   3 int32 per token: (linearized_coord, token_idx, topk_idx). The
                              token's destination slot is page token_idx * num_experts_per_tok +
                              topk_idx of the origin chip's output.
        expert_token_counts   tokens per expert over all origin chips; closes the last run.
        expert_region_offsets where each expert's region starts in dispatched_buffer.
        expert_offsets        where each ORIGIN chip's run starts inside each expert's region.
                              Must be REPLICATED along the dispatch-group axis, since every chip
                              needs every origin chip's boundaries for the experts it hosts.

    Returns the combined output, (1, 1, seq_len_per_chip, num_experts_per_tok, emb_dim) BFLOAT16
    ROW_MAJOR per device.

    BFLOAT16 input only. There is no fp8 output path: fp8 comes out of the packer, and the untilize
    here runs on cores that do not write the output.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, dispatched_buffer: ttnn._ttnn.tensor.Tensor, dispatched_metadata: ttnn._ttnn.tensor.Tensor, expert_token_counts: ttnn._ttnn.tensor.Tensor, expert_region_offsets: ttnn._ttnn.tensor.Tensor, expert_offsets: ttnn._ttnn.tensor.Tensor, experts_per_chip: int, num_experts_per_tok: int, seq_len_per_chip: int, cluster_axis: int, num_links: int, topology: ttnn._ttnn.operations.ccl.Topology, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> ttnn._ttnn.tensor.Tensor: ...

combine_fabric2d: combine_fabric2d_t = ...

class dispatch_fabric2d_t:
    """
    MoE prefill dispatch over FABRIC_2D. Each token is sent to the chips that host its top-k experts,
    one hop at a time around the ring of chips on `cluster_axis`. Each chip on the way stores the token
    in a DRAM forwarding buffer and forwards it to the next chip.

    Inputs. All are interleaved in DRAM, and all except input_tensor are ROW_MAJOR:

        input_tensor          tokens, BFLOAT16, ROW_MAJOR (one token per page) or TILE. A TILE input is
                              untilized on device and needs emb_dim to be a multiple of 32.
        indices_tensor        top-k expert ids, UINT16, (..., seq_len_per_chip, num_experts_per_tok).
        expert_offsets        INT32 or UINT32, (..., extent, num_routed_experts): where each source
                              chip's tokens start in each expert's region, one row per source chip.
                              Pass offset_cumsum's all_global_dispatch_offsets, replicated along
                              cluster_axis.
        expert_dispatch_table INT32, num_routed_experts + 1 columns: global expert id -> chip in the
                              dispatch group, or -1 when the expert is not in this group. Padded
                              tokens look up the extra last column.
        expert_token_counts   INT32 or UINT32, (..., num_routed_experts): tokens per expert, summed over
                              all source chips.
        expert_region_offsets INT32 or UINT32, (..., num_routed_experts): where each expert's region
                              starts in the output buffer.
        padding_config        optional INT32 or UINT32 [real_token_count, pad_side]. With right padding
                              (pad_side 0) only the first real_token_count tokens are routed; other
                              sides are ignored.

    Arguments. Everything from padding_config on is keyword-only:

        experts_per_chip      routed experts each chip hosts.
        num_routed_experts    routed experts in the model.
        num_experts_per_tok   top-k, the experts each token picks.
        metadata_len          words of metadata per token; must be 3.
        seq_len_per_chip      tokens per chip; must be > 0.
        max_dispatch_buffer_token_size
                              token capacity of each chip's output buffer.
        cluster_axis          mesh axis the ring of chips runs along. Default 0.
        num_links             forwarding links per direction, 1 to 4. Default 1.
        topology              fabric topology of cluster_axis.
        memory_config         memory config of both outputs.
        subdevice_id          sub-device whose Tensix cores the op may use. Defaults to the first
                              sub-device, which is the whole compute grid when no sub-device manager
                              is loaded.

    Returns [dispatched_buffer, metadata], both per device and ROW_MAJOR, in `memory_config`.
    dispatched_buffer is (1, 1, max_dispatch_buffer_token_size, emb_dim) BFLOAT16. metadata is
    (1, 1, max_dispatch_buffer_token_size, 3) INT32 and holds (source chip, token index, topk index) at
    the same page as its token. The source chip is the chip's linearized mesh index. A token past the
    buffer capacity is dropped but still counts toward its expert's offsets, because page numbers must
    match the offsets table, which counts every routed token.

    Checked constraints:

        topology              Ring or Torus, and cluster_axis must be wrap-wired.
        cluster_axis extent   even and at least 4.
        num_links             1 to 4, and the axis must have that many forwarding links.
        num_routed_experts    a multiple of 16.
        metadata_len          3.
        input tensors         interleaved in DRAM.
        memory_config         interleaved DRAM.
        subdevice_id          must contain the worker core nearest each ethernet core the op sends on,
                              one per link direction (at least 2 * num_links cores). Two ethernet cores
                              can share a nearest worker on some chips, and the second stream then takes
                              a spare core in the same row, so keep spare cores in that row. A TILE input
                              also needs at least one core in the core row under those.

    Not checked: expert_offsets must be replicated along cluster_axis,
    the last column of expert_dispatch_table must be -1, and padded tokens must route to no expert.
    fp8 input and output are not supported. cluster_axis other than 0 is untested.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, indices_tensor: ttnn._ttnn.tensor.Tensor, expert_offsets: ttnn._ttnn.tensor.Tensor, expert_dispatch_table: ttnn._ttnn.tensor.Tensor, expert_token_counts: ttnn._ttnn.tensor.Tensor, expert_region_offsets: ttnn._ttnn.tensor.Tensor, *, padding_config: ttnn._ttnn.tensor.Tensor | None = None, experts_per_chip: int, num_routed_experts: int, num_experts_per_tok: int, metadata_len: int, max_dispatch_buffer_token_size: int, seq_len_per_chip: int, cluster_axis: int = 0, num_links: int = 1, topology: ttnn._ttnn.operations.ccl.Topology, memory_config: ttnn._ttnn.tensor.MemoryConfig, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

dispatch_fabric2d: dispatch_fabric2d_t = ...

class offset_cumsum_t:
    """
    Computes global dispatch offsets from per-device expert histograms gathered across a cluster axis.

    Takes a 1D UINT32 tensor of shape [n_routed_experts] (per-device expert histogram),
    performs all_gather along the specified cluster_axis to produce a 2D tensor
    [devices along cluster_axis, n_routed_experts], then computes:
      1. Local offsets: shifted prefix sum across devices (row k = sum of rows 0..k-1)
      2. Expert region offsets: exclusive prefix sum of tile-aligned total counts within each
         chip's expert group (experts_per_chip stride)
      3. Global offsets: local offsets + expert region offsets

    Returns a tuple of four UINT32 tensors:
      - global_dispatch_offsets: shape [1, n_routed_experts] combining local and
        expert region offsets for this device.
      - total_counts_per_expert: shape [1, n_routed_experts] containing the total count
        across all devices for each expert (i.e. the sum of all input rows).
      - expert_region_offsets: shape [1, n_routed_experts] containing only the expert
        region component (shared across all source devices in a dispatch group):
        exclusive prefix sum of tile-aligned total counts within each chip's expert
        group.
      - all_global_dispatch_offsets: shape [devices along cluster_axis, n_routed_experts],
        replicated along cluster_axis. Row k is what device k receives in
        global_dispatch_offsets, so any device can size the run (span of expert e's buffer)
        that any source device writes. Rows are absolute buffer positions and include the
        expert region component: device k's count for expert e is row[k+1][e] - row[k][e],
        and for the last row total_counts_per_expert[e] + expert_region_offsets[e] - row[k][e].

    Args:
        * :attr:`input_tensor`: 1D UINT32 tensor of expert counts [n_routed_experts].
        * :attr:`cluster_axis`: Axis along which to all_gather across devices.
        * :attr:`num_links`: Number of links for all_gather.
        * :attr:`experts_per_chip`: Number of experts per chip (for expert region grouping).
        * :attr:`memory_config`: Memory configuration for intermediate and output tensors.
        * :attr:`use_l1_small_for_semaphores`: If True, route the internal all_gather's
          global semaphores to the reserved L1_SMALL region instead of the main L1 floor.
          Defaults to False.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int, num_links: int, experts_per_chip: int, memory_config: ttnn._ttnn.tensor.MemoryConfig, use_l1_small_for_semaphores: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

offset_cumsum: offset_cumsum_t = ...

class moe_padding_config_t:
    """
    Build the per-device MoE padding config -- ``[local_real_tokens, pad_side]`` -- ON DEVICE
    from this chunk's ``actual_start`` / ``actual_end``.

    This is the traceable counterpart of the host builder
    (``TtMoEGatePrefill.build_padding_config``), which ends in a ``ttnn.from_torch`` and so
    cannot run inside a trace capture. The consumers (the ``moe_grouped_topk`` gate and the
    ``dispatch`` op) already read ``padding_config`` as a device tensor, so moving only its
    producer on-device makes the whole padding-aware path traceable with no downstream change:
    one captured program recomputes the correct config on every replay.

    Counts are derived for the KV-pad-aware ROTATED block-cyclic layout, mirroring
    ``update_padded_kv_cache``'s writer, and reduce exactly to the sequential formula when
    ``actual_start`` is slab-aligned (including 0) -- so one op covers the rotated and
    non-rotated cases alike.

    NOT covered: the ``is_balanced=True`` zigzag placement, whose per-device count is not
    expressible in this form. Rotated chunked prefill implies ``is_balanced=False``, so that
    combination is unreachable here; balanced callers must keep using the host builder.

    In place: returns a handle to ``config``.

    Args:
        config (ttnn.Tensor): per-device [.., 2] UINT32 ROW_MAJOR DRAM tensor written in
            place. The global tensor is [sp_factor, 2] sharded along ``cluster_axis``, so each
            chip holds one row. Caller-owned; must be PERSISTENT (a stable address) for a
            captured trace to keep writing the same buffer across replays.
        actual_start (ttnn.Tensor): 1-element uint32 DRAM tensor ([1,1,1,1], ROW_MAJOR,
            replicated across the mesh) holding the absolute KV position of this chunk's
            first real token. Read on-device (element [0]).
        actual_end (ttnn.Tensor): 1-element uint32 DRAM tensor (same layout) holding one past
            this chunk's last real token. Read on-device (element [0]).
        tokens_per_chip (int): tokens this chip carries per chunk (the MoE's sp_dim).
            Structural.
        pad_side (int): 0 = right, 1 = left. Structural.
        cluster_axis (int): mesh axis the config is sharded along (the SP axis, 0 or 1).
            Structural.

    Returns:
        ttnn.Tensor: handle to ``config``, with this chip's row written.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, config: ttnn._ttnn.tensor.Tensor, actual_start: ttnn._ttnn.tensor.Tensor, actual_end: ttnn._ttnn.tensor.Tensor, tokens_per_chip: int, pad_side: int, cluster_axis: int) -> ttnn._ttnn.tensor.Tensor: ...

moe_padding_config: moe_padding_config_t = ...

class outbound_socket_service_sync_t:
    """
    Stage data into an outbound socket service's backing tensor and inc its data_ready
    counter. The inverse of ``inbound_socket_service_sync``. Overload picked by
    ``service`` type.

    NON-BLOCKING: returns once the data is staged and the counter is inc'd.
      * D2DStreamServiceSender (``input`` required): copies ``input`` into the sender
        backing; forwards over fabric once it has ``num_workers`` acks AND the host
        lease (``release_fabric_links()`` / ``wait_for_fabric_links()``).
      * D2HStreamService (``input``/``metadata`` optional, >=1 set): streams to host;
        metadata-only (``input=None``) sends just the record, no payload/lease.

    Args:
        service (ttnn.D2DStreamServiceSender | ttnn.D2HStreamService): persistent
            outbound service (built with worker cores set).

    Keyword Args:
        input (ttnn.Tensor): payload; must match the backing per-shard spec. Default: None.
        metadata (ttnn.Tensor): ``[1, 1, 1, N]`` uint32 blob; size must match the
            service's ``metadata_size_bytes``. Default: None.

    Returns:
        ttnn.Tensor: the (now-filled) service backing tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, service: ttnn._ttnn.d2d_stream_service.D2DStreamServiceSender, input: ttnn._ttnn.tensor.Tensor, *, metadata: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, service: ttnn._ttnn.d2h_stream_service.D2HStreamService, *, input: ttnn._ttnn.tensor.Tensor | None = None, metadata: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

outbound_socket_service_sync: outbound_socket_service_sync_t = ...

class mhc_split_sinkhorn_t:
    """
    Fused mHC parametrization (Manifold-Constrained Hyper-Connections, DeepSeek-V4).

    Splits the fused-projection output ``mixes`` into H_pre, H_post and H_res and
    Sinkhorn-normalizes H_res on the doubly-stochastic manifold. Token-parallel across
    the Tensix grid (also single-core, L1-sharded, and multi-device paths).
    Matches models/demos/deepseek_v3_d_p/reference/mhc/mhc_reference.py::parametrize.

    The scalars a and biases b, plus the row/col-sum selection matrices, are baked
    into ``consts`` host-side (see the Python wrapper), so the kernel is pure tile ops.

    Args:
        * :attr:`mixes`: [T, (2+n)*n] FLOAT32 TILE.
        * :attr:`consts`: [8, 32, 32] FLOAT32 TILE (SEL_pre, SEL_post, SEL_comb,
          base_pre, base_post, base_comb, RB, CB).
        * :attr:`n`: expansion rate (streams).
        * :attr:`sinkhorn_iters`: Sinkhorn-Knopp iterations.
        * :attr:`eps`: stochasticity epsilon.

    Returns:
        (pre [T,n], post [T,n], comb [T,n*n]) FLOAT32 TILE. For a sharded ``mixes`` the
        outputs come back 32-wide sharded (real values in the first n / n*n columns, the
        rest padding); the caller slices [:, :w].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mixes: ttnn._ttnn.tensor.Tensor, consts: ttnn._ttnn.tensor.Tensor, n: int, sinkhorn_iters: int, eps: float) -> list[ttnn._ttnn.tensor.Tensor]: ...

mhc_split_sinkhorn: mhc_split_sinkhorn_t = ...

class post_combine_reduce_t:
    """
    Fused post-combine reduce operation for DeepSeek / GPT-OSS MoE.

    Replaces the inefficient sequence of:
    1. ttnn.to_layout() - ROW_MAJOR -> TILE_LAYOUT with fillpad (8->32 experts)
    2. ttnn.mul() - broadcast weights across embedding dimension
    3. ttnn.sum() - reduce over expert dimension

    With a single fused kernel that eliminates 300% padding overhead.

    Two expert-skip strategies are supported, selected by whether the
    optional ``indices`` and ``expert_dispatch_table`` tensors are
    supplied:

    * Both provided — DeepSeek path. The kernel skips experts whose
      dispatch_table entry is -1 (non-local). Required when upstream
      combine does not zero non-local expert outputs.
    * Both omitted — GPT-OSS path. The kernel skips experts whose
      routing weight is exactly zero. Requires upstream to have
      zeroed non-local routing weights.
    * Supplying only one raises an error.

    Args:
        combine_output (ttnn.Tensor): MoE combine output in ROW_MAJOR layout.
            Shape: [batch, dispatch_group_size, seq_len, num_experts_per_tok, emb_dim]
            Example: [1, 1, 3200, 8, 7168]

        weights (ttnn.Tensor): Gate weights for broadcast multiply.
            Shape: [batch, dispatch_group_size, seq_len, num_experts_per_tok]
            Example: [1, 1, 3200, 8]

        indices (ttnn.Tensor, optional): Global expert IDs per token/slot, INT32.
            Shape: [batch, dispatch_group_size, seq_len, num_experts_per_tok].
            Required together with expert_dispatch_table for the DeepSeek path.

        expert_dispatch_table (ttnn.Tensor, optional): Dispatch table mapping
            expert ID to chip ID within dispatch group, INT32. -1 means non-local.
            Shape: [num_routed_experts] (sharded per dispatch group).
            Required together with indices for the DeepSeek path.

        expert_dim (int, keyword-only): Dimension to reduce over. Defaults to 3.

        output_memory_config (ttnn.MemoryConfig, optional): Output memory configuration.
            Defaults to L1_MEMORY_CONFIG.

    Returns:
        ttnn.Tensor: Reduced output in TILE_LAYOUT ready for reduce_scatter.
            Shape: [batch, dispatch_group_size, seq_len, emb_dim]
            Example: [1, 1, 3200, 7168]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, combine_output: ttnn._ttnn.tensor.Tensor, weights: ttnn._ttnn.tensor.Tensor, indices: ttnn._ttnn.tensor.Tensor | None = None, expert_dispatch_table: ttnn._ttnn.tensor.Tensor | None = None, *, expert_dim: int = 3, output_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

post_combine_reduce: post_combine_reduce_t = ...

class moe_grouped_topk_t:
    """
    Gating mechanism for routing inputs in a mixture-of-experts (MoE) model, specifically
    optimized for DeepSeek. It post-processes the scores and bias from the linear gate
    projection through the following stages:

      1. Activation: apply the router affinity activation (score_func) to each score.
      2. Bias: add the bias and reshape the biased scores into ``n_groups`` groups.
      3. Group ranking: sort scores within each group, sum the top ``summed_experts_per_group``
         experts per group, and select the top ``topk_groups`` groups by that sum.
      4. Expert selection: select the top ``n_activated_experts`` experts from the selected
         groups, then gather the unbiased scores (the activation output, without the bias)
         for those experts.
      5. Normalize and scale: normalize the gathered scores and scale them by ``route_scale``.

    Args:
        scores (ttnn.Tensor): Input scores tensor (dtype must be FLOAT32 or BFLOAT16, layout must be
            TILE). BFLOAT16 inputs are upcast to FLOAT32 inside the kernel, so the op computes in fp32
            either way (this avoids a separate host-side typecast). The shape should be [N, B, S, E],
            where N, B and S can be any value and E is the number of experts. For the grouped path
            (n_groups == 8) E must be 256 (DeepSeek). For the single-group path (n_groups == 1) E may be
            any tile-aligned width (a multiple of 32), e.g. 384 for Kimi.
        bias (ttnn.Tensor): Bias tensor (dtype must be FLOAT32 or BFLOAT16, layout must be TILE).
            BFLOAT16 inputs are upcast to FLOAT32 inside the kernel. Same shape [N, B, S, E] as ``scores``.
        n_groups (int): Number of groups to partition the experts into. Right now this number must be 8.
        summed_experts_per_group (int): Number of experts per group to sum prior to ranking groups. Right now this number must be 2.
        topk_groups (int): Number of top groups to select from. Right now this number must be 4.
        n_activated_experts (int): Number of final experts to select per token. Right now this number must be 8.
        route_scale (float): Routing scale factor to scale the scores after normalization.
        epsilon (float): Epsilon for numerical stability when normalizing the scores.
        stable_sort (bool): Use stable sorting in topk to maintain relative order of equal-valued elements. Defaults to False.
        score_func (str): Router affinity activation applied to the logits. "sigmoid" (DeepSeek-V3 / Kimi, default) or "sqrtsoftplus" (DeepSeek-V4, sqrt(softplus(x))).
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to None, which results in auto-selection.
        padding_config (ttnn.Tensor, optional): ROW_MAJOR UINT32 tensor with per-device [num_real_tokens, pad_side].
            pad_side is 0 for right padding and 1 for left padding. Defaults to None, which treats all tokens as real.
        biased_scores (ttnn.Tensor, optional): Test-only debug output. A pre-allocated FLOAT32 TILE tensor with
            the same shape as ``scores``; when provided, the op writes the full-width biased scores
            (score_activation(logits) + bias, before top-k selection) into it. This is the exact tensor top-k
            operates on, so it can be compared against a reference implementation without top-k tie-break
            ambiguity. Defaults to None (no debug output, zero overhead).
        weights_layout (ttnn.Layout, optional): Layout of the BFLOAT16 weights. Defaults to TILE.
            ROW_MAJOR supports interleaved L1/DRAM output and at most 32 activated experts.
            Indices remain TILE in either case.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]: A tuple containing the scaled expert scores (dtype BFLOAT16) and selected expert indices (dtype UINT16). The shape of the scores tensor should be [N, B, S, 8]. The shape of the indices tensor should be [N, B, S, 8]. N, B and S can be any value. 8 is the number of experts in the final selected groups.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, scores: ttnn._ttnn.tensor.Tensor, bias: ttnn._ttnn.tensor.Tensor, *, n_groups: int = 8, summed_experts_per_group: int = 2, topk_groups: int = 4, n_activated_experts: int = 8, route_scale: float = 1.0, epsilon: float = 9.999999682655225e-21, stable_sort: bool = False, score_func: str = 'sigmoid', memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, padding_config: ttnn._ttnn.tensor.Tensor | None = None, biased_scores: ttnn._ttnn.tensor.Tensor | None = None, weights_layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.TILE) -> list[ttnn._ttnn.tensor.Tensor]: ...

moe_grouped_topk: moe_grouped_topk_t = ...

class moe_hash_gate_t:
    """
    DeepSeek-V4 hash-routing MoE gate. Expert selection is a frozen tid2eid[input_ids] lookup
    (fused into the reader kernel) rather than a learned top-k. To each gate logit it applies
    score_func (sqrt(softplus(x)) for DeepSeek-V4, or sigmoid), gathers the activated scores at
    the looked-up expert indices, normalizes them across the selected experts, and scales by
    route_scale. Shares the activation / gather / normalize / scale kernels with moe_grouped_topk.

    Args:
        scores (ttnn.Tensor): Gate logits (dtype FLOAT32, layout TILE). Shape [..., n_routed_experts].
        input_ids (ttnn.Tensor): Per-token vocabulary ids (dtype UINT32, layout ROW_MAJOR), one per
            score row, shaped [num_score_tiles_along_tokens, 32].
        tid2eid (ttnn.Tensor): Frozen token-id -> expert-id table (dtype UINT16, layout ROW_MAJOR),
            one row per token id; the first n_activated_experts columns are used (row may be padded).
        n_activated_experts (int): Number of experts selected per token (must be <= 32).
        route_scale (float): Scale applied to the normalized scores. Defaults to 1.0.
        epsilon (float): Epsilon for numerical stability when normalizing. Defaults to 1e-20.
        score_func (str): Router affinity activation. "sqrtsoftplus" (DeepSeek-V4, default) or "sigmoid".
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration. Defaults to None.
        padding_config (ttnn.Tensor, optional): ROW_MAJOR UINT32 tensor with per-device
            [num_real_tokens, pad_side]. pad_side 0 = right padding, 1 = left padding. Defaults to None.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]: scaled expert scores (dtype BFLOAT16) and selected expert
        indices (dtype UINT16), each shaped [..., n_activated_experts].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, scores: ttnn._ttnn.tensor.Tensor, input_ids: ttnn._ttnn.tensor.Tensor, tid2eid: ttnn._ttnn.tensor.Tensor, *, n_activated_experts: int, route_scale: float = 1.0, epsilon: float = 9.999999682655225e-21, score_func: str = 'sqrtsoftplus', memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, padding_config: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

moe_hash_gate: moe_hash_gate_t = ...

class attn_res_gather_softmax_t:
    """
    One read site's whole path from a tensor-parallel-sharded residual stream
    to the mixed hidden state, in a single dispatch: the live stream's
    statistics, their exchange across `cluster_axis`, and the online-softmax
    fold against a precomputed sealed-snapshot partial.

    Each rank holds `d / ring_size` of every token, so the live score needs a
    dot and a sum of squares summed across the ring before it can be scaled:

        live_scores = sum_p dots_p
                      * rsqrt(sum_p sum_squares_p * inv_hidden_size + eps)
        m   = max(shift, live_scores)
        h   = (partial * exp(shift - m) + running_sum * exp(live_scores - m))
              / (mass * exp(shift - m) + exp(live_scores - m))

    The wire carries the per-rank statistics rather than their reduction:
    two scalars per token cross either way, and summing them on arrival is a
    pair of dest-register adds inside a pass that already holds those tiles,
    while reducing on the wire would cost a second device program.

    `partial` and `running_sum` are rank-4 bfloat16 with a candidate dim of 1,
    and `running_sum` is a single plane: one live stream sits behind every
    read site. `shift` and `mass` carry one scalar per token row in TILE
    layout with a logical last dim of 1.

    `stats` is caller-allocated scratch shaped `[1, 2 * ring_size, N, 1]` in
    the same dtype as `shift` and `mass`. It is not read on entry and holds
    nothing meaningful on exit; it is an operand so that a caller walking
    many read sites allocates it once. It must be allocated across the whole
    mesh — the exchange addresses a peer's slot by page of that peer's own
    copy.

    `partial`, `shift` and `mass` may each carry R read sites on dim 0, with
    `site` picking the plane; at R == 1 an operand is shared by every site
    and `site` does not apply to it. `site` shapes no kernel, so a walk over
    R sites reuses one cached program.

    `pending` is a residual write not yet in the stream. Given, the op scores
    and folds `running_sum + pending` and returns that sum alongside `h` for
    the caller to carry forward, which is a whole dispatch cheaper than
    `ttnn.add`-ing it first. The return is a list of one tensor without it and
    two with it.

    Blackhole only, and requires a ring size above 1 on `cluster_axis`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, partial: ttnn._ttnn.tensor.Tensor, running_sum: ttnn._ttnn.tensor.Tensor, shift: ttnn._ttnn.tensor.Tensor, mass: ttnn._ttnn.tensor.Tensor, q: ttnn._ttnn.tensor.Tensor, stats: ttnn._ttnn.tensor.Tensor, semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, cluster_axis: int, site: int = 0, inv_hidden_size: float, eps: float = 0.0, pending: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

attn_res_gather_softmax: attn_res_gather_softmax_t = ...

class attn_res_weighted_reduce_nc_t:
    """
    Reduces `input` along `dim`, weighting each slice by `weight`, in a single pass:

        out[r][0][h][w] = sum_c input[0][c][h][w] * weight[r][c][h][0]

    `weight` carries one scalar per (set, slice, row) and is broadcast along
    the last dim. It must be TILE layout with a logical last dim of 1; that is
    already the layout the hardware column broadcast reads, so no transpose or
    repeat is needed on the caller's side.

    The weight's dim 0 batches the output: R weight sets reduce the same
    unbatched input into an `[R, 1, H, W]` result. Hold every set in one tensor
    and take them in one dispatch — sets are reduced in groups that share a
    single read of the input, so R of them cost far less than R calls.

    Only `dim == 1` on a rank-4 bfloat16 input is implemented, and only on
    Blackhole.

    Equivalent to `ttnn.sum(input * weight, dim=dim, keepdim=True)` per weight
    set, without the full-size intermediate.

    This is not `ttnn.experimental.fast_reduce_nc` with a weight argument. That
    op returns a single plane and is general across architectures and dtypes;
    this one returns R planes from one pass over the input, and the constraints
    above are its own. Reach for `fast_reduce_nc` for an ordinary reduction.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, dim: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

attn_res_weighted_reduce_nc: attn_res_weighted_reduce_nc_t = ...

class pack_scaled_fp8_kv_cache_t:
    """
    Pack one sparse-MLA KV row as [512 FP8 latent bytes | 4 FP32 scales | 64 BF16 RoPE values].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, latent: ttnn._ttnn.tensor.Tensor, scales: ttnn._ttnn.tensor.Tensor, rope: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig = ...) -> ttnn._ttnn.tensor.Tensor: ...

pack_scaled_fp8_kv_cache: pack_scaled_fp8_kv_cache_t = ...

class per_token_cast_to_fp8_t:
    """
    Per-token quantization to FP8_E4M3 with per-128-element scale factors.

    Mirrors DeepEP's per_token_cast_to_fp8 (see deepseek-ai/DeepEP math.py).
    For input shape [..., M, H], produces:
      * an FP8_E4M3 tensor of the same shape, and
      * a FLOAT32 scale tensor of shape [..., M, H/128].

    Per 128-element block of each token: scale = clamp(max(|x|), 1e-4) / 448 and the
    e4m3 output is round(x / scale). The e4m3 packer rounds toward zero (truncates the
    mantissa), so results are within one e4m3 ULP of a round-to-nearest reference.

    With ``round_scale_to_power_of_two=True``, the scale is rounded upward to a power of two
    after division by the E4M3FN maximum finite magnitude, 448. Sparse MLA KV caching uses
    this mode for UE8M0-style scaling.

    Args:
        * :attr:`input_tensor`: BFLOAT16 or FLOAT32 ROW_MAJOR or TILE tensor of shape [..., M, H].
          Requires H % 128 == 0, DRAM interleaved memory, and Blackhole hardware.
        * :attr:`memory_config`: optional DRAM interleaved output memory config
          (default: same as input).
        * :attr:`round_scale_to_power_of_two`: round each scale upward to a power of two.

    Returns:
        Tuple (e4m3, scale_fp32). Both are ROW_MAJOR. FP8_E4M3 can only be in ROW_MAJOR layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, *, round_scale_to_power_of_two: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

per_token_cast_to_fp8: per_token_cast_to_fp8_t = ...

class per_token_cast_back_t:
    """
    Inverse of per_token_cast_to_fp8: take an FP8_E4M3 tensor + a FLOAT32 scale tensor and
    recover a BFLOAT16/FLOAT32 tensor: out = decode(e4m3) * scale, where each scale applies
    to its 128-element block of the token (the scale's last dim is H/128).

    ``token_count_aware`` selects between two behaviors of this single op:

    * ``False`` (default): dequantize the whole [..., M, H] buffer. Only ``input_scale`` is used.
    * ``True``: dequantize only the valid, contiguously-packed prefix of a MoE dispatch buffer.
      The number of valid rows is computed device-side from the per-expert token counts and region
      offsets, and the work is balanced across the whole Tensix grid (no host<->device sync). The
      valid prefix length is
      ``max over local expert slots s of (expert_region_offsets[g] + ceil_tile(expert_token_counts[g]))``
      where ``g = global_expert_idx_table[s]``; rows beyond it are left untouched (garbage tail).

    Args:
        * :attr:`input_e4m3`: FP8_E4M3 ROW_MAJOR tensor of shape [..., M, H]. Requires
          H % 128 == 0, DRAM interleaved memory, and Blackhole hardware.
        * :attr:`input_scale`: FLOAT32 ROW_MAJOR DRAM interleaved tensor of shape [..., M, H/128].
          Required on the plain path; on the token-count-aware path provide either this OR
          `metadata` (exactly one).
        * :attr:`output_dtype`: BFLOAT16 (default) or FLOAT32.
        * :attr:`memory_config`: optional DRAM interleaved output memory config
          (default: same as input_e4m3).
        * :attr:`narrow_scales_to_bf16`: when True, narrow the fp32 scale to bf16 on-device and run the
          broadcast multiply in bf16 (HiFi2); when False (default), keep the fp32 (HiFi4) datapath.
        * :attr:`token_count_aware`: enable the token-count-aware MoE-dispatch prefix path (default False).
        * :attr:`expert_region_offsets`: UINT32 ROW_MAJOR DRAM interleaved, (1, num_routed_experts).
          Required when token_count_aware=True.
        * :attr:`expert_token_counts`: UINT32 ROW_MAJOR DRAM interleaved, (1, num_routed_experts).
          Required when token_count_aware=True.
        * :attr:`global_expert_idx_table`: UINT32 ROW_MAJOR DRAM interleaved, (experts_per_chip,).
          Required when token_count_aware=True.
        * :attr:`experts_per_chip`: number of local experts hosted on this device
          (token_count_aware=True).
        * :attr:`metadata`: optional dispatch metadata tensor [..., M, metadata_len] (int32/uint32)
          whose row tail (columns [metadata_len - H/128, metadata_len)) holds the per-token fp32
          scales bit-stored as int32. When given (token_count_aware=True), scales are read from
          here instead of `input_scale`.

    Returns:
        A ROW_MAJOR tensor of the same logical shape as input_e4m3, dtype = output_dtype. On the
        token-count-aware path only the valid prefix rows are written.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_e4m3: ttnn._ttnn.tensor.Tensor, input_scale: ttnn._ttnn.tensor.Tensor | None = None, output_dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, narrow_scales_to_bf16: bool = False, token_count_aware: bool = False, expert_region_offsets: ttnn._ttnn.tensor.Tensor | None = None, expert_token_counts: ttnn._ttnn.tensor.Tensor | None = None, global_expert_idx_table: ttnn._ttnn.tensor.Tensor | None = None, experts_per_chip: int = 0, metadata: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

per_token_cast_back: per_token_cast_back_t = ...

class plus_one_t:
    """
    Returns input tensor elements increased by 1.
    Input tensor must have INT32 or UINT32 data type, ROW_MAJOR layout, and 1 to 4 dimensions.
    This op only gives decent performance for small tensors (up to 100 elements).

    Elementwise behaviour:

    * ``skip_negative_entries = False`` (default): every element is incremented, ``output[i] = input[i] + 1``.
    * ``skip_negative_entries = True``: only elements in ``[0, INT32_MAX)`` are incremented; negative
      elements, and ``INT32_MAX`` (which would overflow to a negative value), are returned unchanged.
      This preserves negative sentinel values, e.g. ``-1`` marking an inactive user slot in a decode
      position tensor.

    This op also allows you to specify the core to use in the sub_core_grids argument.
    If the input tensor is L1 sharded on the sub core grid, each individual shard will be incremented with output residing in L1 of same sub core grid.
    If the input tensor is DRAM interleaved, only 1 core should be used as the sub core grid (uses 1 core by default).

    Args:
        * :attr:`input_tensor`: Input Tensor for plusone.
        * :attr:`sub_core_grids`: Sub core grid of cores where the addition would take place
        * :attr:`skip_negative_entries`: bool flag to skip incrementing values that are negative or overflow past INT32_MAX. Defaults to False
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_negative_entries: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

plus_one: plus_one_t = ...

class fft_t:
    """
    1-D Fast Fourier Transform (forward).

    Computes the discrete Fourier transform of the last dimension of
    ``input_real``. Leading dimensions are batched. Returns a pair
    ``(real, imag)`` of tensors with the same shape as the input,
    holding the natural-order complex spectrum
    ``X[0], X[1], ..., X[N-1]``.

    Equivalent PyTorch:

    .. code-block:: python

        X = torch.fft.fft(input_real)   # complex64
        real, imag = X.real, X.imag

    Args:
        * :attr:`input_real`: Float32 or BFloat16 ROW_MAJOR tensor.
        * :attr:`input_imag` (optional): same shape, dtype, layout as
          ``input_real``. When supplied, the input is treated as the
          complex signal ``input_real + i * input_imag``; when omitted,
          the imaginary part is taken to be zero.
        * :attr:`precision` (str, default ``"precise"``):
          ``"precise"`` → SFPU true-fp32 path (matches ``torch.fft``
          precision; round-trip ~1e-7).
          ``"fast"`` → FPU bf16-mantissa matmul (faster for small N
          but ~1e-3 round-trip). Only meaningful for Float32 + non-pow2
          N; ignored everywhere else.

    Returns:
        Tuple ``(real, imag)`` of Tensors.

    Examples::

        # Real input (most common; precise default matches torch):
        spec_re, spec_im = ttnn.experimental.fft(x_real)

        # Opt into the fast (bf16-mantissa) path for small N:
        spec_re, spec_im = ttnn.experimental.fft(x_real, precision="fast")

        # Complex input — chaining FFT after another op that already
        # produced a (real, imag) pair:
        spec_re, spec_im = ttnn.experimental.fft(x_real, x_imag)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

fft: fft_t = ...

class ifft_t:
    """
    1-D Inverse Fast Fourier Transform.

    Reverses :func:`ttnn.experimental.fft`. Takes the (real, imag)
    halves of a spectrum and returns the (real, imag) of the
    reconstructed signal scaled by 1/N. For a real input ``x``::

        spec_re, spec_im = ttnn.experimental.fft(x)
        rec_re,  rec_im  = ttnn.experimental.ifft(spec_re, spec_im)
        # rec_re == x  (within fp32 noise);  rec_im ~ 0

    Args:
        * :attr:`spectrum_real`: Float32 or BFloat16 ROW_MAJOR tensor, real part.
        * :attr:`spectrum_imag`: Same shape/dtype/layout as ``spectrum_real``.
        * :attr:`precision` (str, default ``"precise"``): same selector
          as :func:`ttnn.experimental.fft`.

    Returns:
        Tuple ``(real, imag)`` of Tensors, same shape as the inputs.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, spectrum_real: ttnn._ttnn.tensor.Tensor, spectrum_imag: ttnn._ttnn.tensor.Tensor, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

ifft: ifft_t = ...

class apply_twiddles_t:
    """
    Cooley-Tukey two-pass FFT between-pass elementwise complex multiply.

    Interprets the input ``(input_real, input_imag)`` as ``M`` rows of
    length ``N1`` (where ``M`` is the product of all leading dims) and
    multiplies each row by the corresponding row of the twiddle table

        T[n2, k1] = exp(-2*pi*i * n2 * k1 / (N1 * N2)),  n2 in [0, N2)

    broadcast over the leading-batch dimension as ``T[r % N2, :]``.

    This is a building block of the upcoming two-pass FFT composite;
    it is exposed for unit-testing the kernel in isolation and is not
    intended as a general-purpose user op.  Both ``N1`` and ``N2``
    must be powers of two with ``N1 in [2, 1024]`` and ``N2 in
    [1, 1024]``; ``M`` must be a multiple of ``N2``.

    Args:
        * :attr:`input_real`: Float32 or BFloat16 ROW_MAJOR tensor of
          shape ``(..., N1)``.
        * :attr:`input_imag`: same shape / dtype / layout as
          ``input_real``.
        * :attr:`N1`, :attr:`N2`: outer / inner factorisation of the
          total FFT length ``N = N1 * N2``.

    Returns:
        Tuple ``(real, imag)`` of Tensors, same shape as the input.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, N1: int, N2: int) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

apply_twiddles: apply_twiddles_t = ...

class apply_twiddles_xl_t:
    """
    Large-modulus elementwise complex multiply:

        row_phase_idx = (row % big_modulus)
        out[r, k] = in[r, k] * exp(-2πi · row_phase_idx · k / full_N)

    Used by the fft_three_pass composite (N > 1M) as the between-
    pass-1-and-2 twiddle.  Unlike ``ttnn.experimental.apply_twiddles``
    (which caps at twiddle_N2 ≤ 1024), this op builds each twiddle
    row on-the-fly from a small per-(device, big_modulus, full_N)
    delta lookup, letting ``big_modulus`` scale to ``2^20``.

    Args:
        * :attr:`input_real`, :attr:`input_imag`: Float32 or BFloat16
          ROW_MAJOR tensors of shape ``(..., P)``.  ``M`` = product
          of leading dims, must be a multiple of ``big_modulus``.
        * :attr:`P`: row length, pow-2 in ``[2, 1024]``.
        * :attr:`big_modulus`: twiddle row modulus, pow-2 in
          ``[1, 2^20]``.
        * :attr:`full_N`: angle denominator, pow-2, ``>= big_modulus``.

    Returns:
        Tuple ``(real, imag)`` of Tensors, same shape as the input.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, P: int, big_modulus: int, full_N: int) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

apply_twiddles_xl: apply_twiddles_xl_t = ...

class transpose_rm_t:
    """
    Precision-preserving inner-axis transpose for ROW_MAJOR
    fp32 / bf16 tensors.  Swaps the last two dims of ``input``
    (shape ``(..., A, C)`` → ``(..., C, A)``).

    Unlike the standard :func:`ttnn.transpose`, which silently
    downcasts to bf16 for ROW_MAJOR fp32 paths, this op is pure
    data movement (32×32 tile permute via the NoC) so fp32 input
    yields bit-exact fp32 output.

    Used as a building block in the two-pass FFT composite where the inter-pass data layout demands
    full-precision transposition.

    Constraints:
        * Both ``A`` and ``C`` must be multiples of 32 and ≥ 32.
        * Layout must be ROW_MAJOR.
        * Dtype must be Float32 or BFloat16.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

transpose_rm: transpose_rm_t = ...

class fft_radix_pass_t:
    """
    Fused [batched length-P FFT  +  optional post-twiddle complex
    multiply].  Building block for the K-pass Cooley-Tukey
    composite that handles N > 1M.

    Interprets the input as ``M`` rows of length ``P`` (where ``M``
    is the product of all leading dims) and replaces each row
    with its length-``P`` DFT:

        y[r, k] = sum_{n=0}^{P-1} x[r, n] * exp(-2πi n k / P)

    If ``twiddle_N2 != 0``, the output is then multiplied by

        row_idx = (r / stride) % twiddle_N2       # stride defaults to 1
        y[r, k] *= exp(-2πi · row_idx · k / (P·twiddle_N2))

    which is exactly the between-pass twiddle of a two-pass FFT
    decomposition (``stride=1``) or the Pass-2 twiddle of a three-
    pass FFT (``stride=N3`` to pick the n1 twiddle without an
    extra transpose).  Passing ``twiddle_N2=0`` makes this a pure
    batched FFT (equivalent to ``ttnn.experimental.fft`` on the
    same input).

    The two-arg form passes only the real input (imag implicitly
    zero); the three-arg form takes a complex (real+imag) input.

    ``output_scale`` (default 1.0) multiplies every
    output element by the given scalar AFTER the (optional)
    post-twiddle and BEFORE any bf16 truncation.  Used by the
    IFFT composite to fold the ``1/N`` scale into the LAST
    radix_pass call with zero extra dispatch.

    Constraints:
        * P pow-2 in [2, 1024]
        * M pow-2 and >= 1
        * twiddle_N2 == 0 or pow-2 in [1, 1024]
        * stride pow-2 in [1, M] dividing M, and (M/stride) % twiddle_N2 == 0
        * fp32 or bf16; ROW_MAJOR layout
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, P: int, twiddle_N2: int = 0, stride: int = 1, output_scale: float = 1.0) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, P: int, twiddle_N2: int = 0, stride: int = 1, output_scale: float = 1.0) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

fft_radix_pass: fft_radix_pass_t = ...

class complex_mul_t:
    """
    Fused ROW_MAJOR elementwise complex multiply of two same-shape
    complex tensors.

    Computes, for ``A = (a_real, a_imag)`` and ``B = (b_real, b_imag)``::

        out_real = a_real * b_real - a_imag * b_imag
        out_imag = a_real * b_imag + a_imag * b_real

    Single device dispatch (4 dense NoC reads + SFPU complex
    multiply + 2 NoC writes per row).  Compute is fp32 internally;
    bf16 inputs/outputs are expanded/truncated at the kernel
    boundary.

    Used by:
        - Bluestein composite: chirp pre/post
          multiply, and the spectral-domain H multiply.
        - IFFT inverse path: conjugate-and-scale via
          a length-1 broadcast tensor of ``(1/N, -1/N)``.

    Args:
        * :attr:`a_real`, :attr:`a_imag`, :attr:`b_real`,
          :attr:`b_imag`: Float32 or BFloat16 ROW_MAJOR tensors,
          all sharing the same shape, dtype, and layout.

    Constraints:
        * All four tensors same shape / dtype / layout.
        * Last-dim row length P in ``[1, 1024]``.

    Returns:
        Tuple ``(out_real, out_imag)`` of Tensors, same spec as
        the inputs.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, a_real: ttnn._ttnn.tensor.Tensor, a_imag: ttnn._ttnn.tensor.Tensor, b_real: ttnn._ttnn.tensor.Tensor, b_imag: ttnn._ttnn.tensor.Tensor) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

complex_mul: complex_mul_t = ...

class fft_three_pass_t:
    """
    Three-pass Cooley–Tukey composite FFT for very large N
    (2^20 < ``full_N`` ≤ 2^30).

    ⚠ **Pre-shaped input required**: the input must already be
    shaped as ``(B·N1·N2, N3)`` (or with extra leading batch dims
    collapsed; last two dims = ``(N1·N2, N3)``).  The
    factorization is auto-picked from ``full_N`` via "max-N3 then
    balance N1/N2"; both ``N1, N2, N3`` are pow-2 in ``[32, 1024]``.

    Why: the implicit ``(B, full_N) → (B·N1·N2, N3)`` reshape
    would require streaming an ``full_N``-element row through one
    CB tile per core, which blows L1 for ``full_N > ~256K``.
    Callers do the equivalent ``torch.view(B·N1·N2, N3)`` on the
    host (a metadata-only torch view) before ``ttnn.from_torch``,
    so the device buffer is allocated with the small per-row
    page_size from the start.

    Output: returned in the factored shape ``(B·N1, N2, N3)``.
    Recover natural-order ``(B, full_N)`` via
    ``to_torch().reshape(B, full_N)`` on the host (cheap — the
    FFT chain already arranges ``k = k1·N2·N3 + k2·N3 + k3``
    naturally, so the host reshape is a torch view).

    Args:
        * :attr:`input_real`: Float32 or BFloat16 ROW_MAJOR tensor.
          Shape must end in ``(N1·N2, N3)`` for the
          ``pick_three_factorization(full_N)`` factorization.
        * :attr:`input_imag` (optional, complex-input form): same
          shape / dtype / layout as ``input_real``.  When provided
          the input is interpreted as the complex signal
          ``input_real + i * input_imag`` and an additional
          ``transpose_rm`` is issued at the head of the pipeline
          to keep the imag tensor in lockstep with the real one.
          Used by the Bluestein composite for its
          intermediate length-M FFT.
        * :attr:`full_N`: logical FFT length.  Pow-2 in
          ``[2^21, 2^30]``.  Must factor as ``N1·N2·N3`` with each
          factor pow-2 in ``[32, 1024]``.
        * :attr:`precision` (default ``"precise"``): same as
          :func:`ttnn.experimental.fft`.
        * :attr:`inverse` (default ``False``, complex form only):
          request an inverse FFT (IFFT).  Uses the swap-trick:
          forward FFT on ``(input_imag, input_real)`` with the
          ``1/full_N`` scale folded into the LAST radix_pass
          writer via ``output_scale``, then a free relabel swap
          on return.  Zero extra dispatch vs forward FFT.

    Returns:
        Tuple ``(real, imag)`` of Tensors, shape ``(B·N1, N2, N3)``.

    Example::

        N = 1 << 21
        N1, N2, N3 = pick_three_factorization(N)   # (64, 32, 1024)
        x = torch.randn(1, N).view(N1 * N2, N3)    # host view, no copy
        tt_x = ttnn.from_torch(x, layout=ttnn.ROW_MAJOR_LAYOUT, device=device)
        re, im = ttnn.experimental.fft_three_pass(tt_x, full_N=N)
        out = (torch.complex(ttnn.to_torch(re), ttnn.to_torch(im))
               .reshape(1, N))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, full_N: int, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, full_N: int, precision: str = 'precise', inverse: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

fft_three_pass: fft_three_pass_t = ...

class bluestein_fft_t:
    """
    Arbitrary-length 1-D forward DFT via Bluestein's chirp-Z
    transform.  Handles **non-pow-2 N** by reducing the length-N
    DFT to a length-M cyclic convolution where
    ``M = next_pow2(2*N - 1)``.  The inner length-M FFT and IFFT
    are dispatched through the existing pow-2 chain
    (SingleTileStockham for M ≤ 1024, fft_two_pass otherwise).

    Per-call device dispatch chain (B = 1, length N → length N)::

        complex_mul(x, chirp_n)   # pre-twiddle
        pad to length M           # zero-pad
        fft (forward, length M)
        complex_mul(A, B)         # B = FFT(b_cyc) precomputed
        ifft (length M)
        slice [:N]                # truncate
        complex_mul(c, chirp_k)   # post-twiddle

    ``chirp_n``, ``chirp_k``, and ``B`` are pre-computed and
    cached **per (device, N, dtype)** on first call.

    Args:
        * :attr:`input_real`: Float32 or BFloat16 ROW_MAJOR tensor
          of shape ``(B, N)``.  ``B`` (batch) can be any positive
          integer; chirp tables are replicated to ``(B, N)`` and
          cached per ``(device, N, dtype, B)`` on first call.
        * :attr:`input_imag` (optional): same shape / dtype /
          layout as ``input_real``.  Implicit zero if omitted.
        * :attr:`N`: logical FFT length (arbitrary integer ≥ 2).
          Constrained to ``N ≤ 524_288`` for the fully-device-
          resident path (so ``M = next_pow2(2*N - 1) ≤ 2^20``).
          For larger N use the ``bluestein_fft_xl`` Python
          wrapper which keeps the chirp / B multiplies on the
          host (torch) and dispatches the inner length-M FFTs
          through ``fft_three_pass`` on device — see
          ``tests/ttnn/unit_tests/operations/experimental/fft/bluestein_xl.py``.
        * :attr:`precision` (default ``"precise"``): same as
          :func:`ttnn.experimental.fft`.

    Returns:
        Tuple ``(real, imag)`` of Tensors, shape ``(B, N)``.

    Example::

        N = 257   # prime — Bluestein required
        x = torch.randn(1, N).to(torch.float32)
        tt_x = ttnn.from_torch(x, layout=ttnn.ROW_MAJOR_LAYOUT, device=device)
        re, im = ttnn.experimental.bluestein_fft(tt_x, N=N)
        X = torch.complex(ttnn.to_torch(re), ttnn.to_torch(im))
        # X ≈ torch.fft.fft(x.to(torch.complex64), dim=-1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, N: int, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, input_real: ttnn._ttnn.tensor.Tensor, input_imag: ttnn._ttnn.tensor.Tensor, N: int, precision: str = 'precise') -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

bluestein_fft: bluestein_fft_t = ...

def clear_fft_device_caches() -> None:
    """
    Release all cached FFT device plan buffers. Call before close_device().
    """

def clear_bluestein_cache() -> None:
    """
    Release cached Bluestein precompute tensors (subset of clear_fft_device_caches).
    """

class dropout_t:
    """
    Applies dropout to :attr:`input_tensor` element-wise.

    .. math::
        \\verb|dropout|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        seed (uint32_t): seed used for RNG.
        probability (float): Dropout probability. In average total_elems * probability elements will be zeroed out.
        scale (float): Scales output tensor. In general scale = 1.0/(1.0-probability).
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes, layouts, and ranks:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
             - Ranks
           * - BFLOAT16
             - TILE
             - 2, 3, 4

    Example:
        >>> tensor = ttnn.from_torch(torch.tensor([[1, 2], [3, 4]], dtype=torch.bfloat16), layout=ttnn.TILE_LAYOUT, device=device)
        >>> seed = 124
        >>> prob = 0.2
        >>> output = ttnn.experimental.dropout(tensor,  probability=prob, scale= 1.0/(1.0 - prob), seed=seed)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, probability: float, scale: float, seed: int, *, use_per_device_seed: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dropout: dropout_t = ...

class inbound_socket_service_sync_t:
    """
    Wait for the next H2DStreamService transfer, copy it into a freshly-allocated
    device tensor, and ack the service core.

    Args:
        service (ttnn.H2DStreamService | ttnn.D2DStreamServiceReceiver): A persistent
            receiver-side service constructed with ``worker_cores`` set (and
            ``metadata_size_bytes`` if used). An H2DStreamService drains a host->device
            transfer; a D2DStreamServiceReceiver drains a device->device transfer.

    Keyword Args:
        metadata_size_bytes (int): When > 0, must match the service's value. Adds an
            output tensor holding the inline metadata. Default: 0.
        overhang_size_bytes (int): When > 0, the trailing bytes of every page are written
            to their own output tensor instead of to the tokens tensor, splitting the
            backing spec's last dim. Costs no extra pass over the data -- the op's single
            copy simply lands in two destinations. Default: 0.

    Returns:
        List[ttnn.Tensor]: ``[tokens]``, plus ``overhang`` when
        ``overhang_size_bytes > 0``, plus ``metadata`` when ``metadata_size_bytes > 0``,
        in that order.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, service: ttnn._ttnn.h2d_stream_service.H2DStreamService, *, metadata_size_bytes: int = 0, overhang_size_bytes: int = 0) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, service: ttnn._ttnn.d2d_stream_service.D2DStreamServiceReceiver, *, metadata_size_bytes: int = 0, overhang_size_bytes: int = 0) -> list[ttnn._ttnn.tensor.Tensor]: ...

inbound_socket_service_sync: inbound_socket_service_sync_t = ...

class YUVColorSpace(enum.Enum):
    BT601 = 0

    BT709 = 1

    BT2020 = 2

class RGBRange(enum.Enum):
    MinusOneToOne = 0

    ZeroToOne = 1

class YUVRange(enum.Enum):
    Full = 0

    Limited = 1

class YUVFormat(enum.Enum):
    YUV420Planar = 0

class YUVCoefficients:
    @overload
    def __init__(self) -> None: ...

    @overload
    def __init__(self, y: Sequence[float], cb: Sequence[float], cr: Sequence[float]) -> None: ...

    @property
    def y(self) -> list[float]: ...

    @y.setter
    def y(self, arg: Sequence[float], /) -> None: ...

    @property
    def cb(self) -> list[float]: ...

    @cb.setter
    def cb(self, arg: Sequence[float], /) -> None: ...

    @property
    def cr(self) -> list[float]: ...

    @cr.setter
    def cr(self, arg: Sequence[float], /) -> None: ...

def yuv_bt601_coefficients() -> YUVCoefficients:
    """Return BT.601 YUV coefficients for bf16 input in [-1, 1]."""

def yuv_bt709_coefficients() -> YUVCoefficients:
    """Return BT.709 YUV coefficients for bf16 input in [-1, 1]."""

def rgb_to_yuv(input: ttnn._ttnn.tensor.Tensor, *, format: YUVFormat = YUVFormat.YUV420Planar, color_space: YUVColorSpace = YUVColorSpace.BT601, input_range: RGBRange = RGBRange.MinusOneToOne, output_range: YUVRange = YUVRange.Limited, coefficients: YUVCoefficients | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, wide_rows: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]:
    """
    Convert a CHWT bfloat16 tensor (C=3, RGB) to YUV 4:2:0 uint8.

    Returns a tuple of three row-major uint8 tensors:
      (Y, U, V)  with shapes (1,H,W,T), (1,H/2,W/2,T), (1,H/2,W/2,T);
      with wide_rows=True the same bytes as (1,H,W*T), (1,H/2,W/2*T), (1,H/2,W/2*T)
      (one DRAM page per row instead of per stick; T must be <= 32).

    Args:
        input: CHWT bfloat16 tensor on device, C=3.  Must be interleaved.

    Keyword Args:
        format: YUVFormat output pixel format. Only YUV420Planar is supported today.
        color_space: YUVColorSpace (BT601/BT709/BT2020). Default BT601.
        input_range: RGBRange of the input samples (MinusOneToOne or ZeroToOne).
            Default MinusOneToOne.
        output_range: YUVRange of the output (Full or Limited). Default Limited.
        coefficients: Optional explicit YUVCoefficients (3x4 [wR, wG, wB, offset]
            rows). If given, overrides color_space/input_range/output_range — for
            power users needing a custom matrix.
        memory_config: Output memory configuration.  Defaults to the input memory
            config.  Must be interleaved -- sharded output is not supported.
    """

class view_t:
    """
    Note:

    - It is recommended to use ttnn.reshape if you are not sure which operation to use
    - If this is the functionality required for your application, it will be called by ttnn.reshape
    - The following conditions must be met for the function not to corrupt your data:
        * the last dimension must not change
        * In Layout::TILE the second last two dimensions must not change OR there is no padding on the second last dimension

    Args:
        * input_tensor: Input Tensor.
        * shape: Shape of tensor.

    Returns:
        ttnn.Tensor: the output tensor with the new shape.

    Example:
        >>> tensor = ttnn.from_torch(torch.tensor((2, 1, 4), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.experimental.view(tensor, (2, 1, 1, 4))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, N: int, C: int, H: int, W: int) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: Sequence[int]) -> ttnn._ttnn.tensor.Tensor: ...

view: view_t = ...

class test_hang_device_operation_t:
    """
    Hangs the device, use for testing graph capture.
    Used for debugging purposes, please avoid to use in any production code
    Args:
        * :attr:`input_tensor`: Input Tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

test_hang_device_operation: test_hang_device_operation_t = ...

class is_tensor_prefetcher_supported_t:
    """
    Return True if the Tensor prefetcher (DRISC) is supported on `mesh_device`,
    i.e. programmable DRAM cores are available (Blackhole with firmware >= 19.12.0.0).
    When this returns False,
    start_tensor_prefetcher would raise, so callers can use this to skip instead.

    Args:
        mesh_device (ttnn.MeshDevice): the mesh device to query.

    Returns:
        bool
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> bool: ...

is_tensor_prefetcher_supported: is_tensor_prefetcher_supported_t = ...

class start_tensor_prefetcher_t:
    """
    Start the queueable Tensor prefetcher (DRISC) on `mesh_device`. Returns
    immediately; one DRISC kernel parks on a per-(device, sender-core) H2D socket
    waiting for requests. Pair with queue_tensor_prefetcher_request and
    stop_tensor_prefetcher.

    Only one Tensor prefetcher may be active per mesh device at a time.
    Receiver count is per-GCB (read from each GCB's sender state block on every
    request), so a single prefetcher can serve GCBs with different num_receivers
    values.

    On Blackhole, the GDDR Memory Controller Multi-Port Front End (MPFE) uses
    weighted round-robin arbitration. Weights are in [0, 7], and higher relative
    values receive more service. The hardware slots P1/P2/P3 correspond to DRAM
    tiles D0/D1/D2; the arguments below name traffic roles, which Metal maps to
    each bank's D tiles using its worker_endpoint assignment.

    Args:
        mesh_device (ttnn.MeshDevice): the mesh device to launch on.
        free_sender_mpfe_weight (Optional[int]): active free-sender MPFE weight.
            None uses the Metal default.
        noc1_sender_mpfe_weight (Optional[int]): active NOC1-sender MPFE weight.
            None uses the Metal default.
        ordinary_mpfe_weight (Optional[int]): ordinary-operation MPFE weight.
            None uses the Metal default.
        dynamic_mpfe_weighting (Optional[bool]): when True, idle both prefetch senders
            at the ordinary weight and lower each private sender slot only while it
            handles a request. None uses the Metal default.

    The benchmark tuning script enables TT_METAL_BENCHMARK_TENSOR_PREFETCHER_ENABLE
    and supplies per-field environment overrides. Those benchmark-only values take
    precedence over these keyword arguments while the enable variable is set.

    Two sender kernels are provisioned per DRAM bank. Each queued GCB selects one
    or both senders per bank; unused senders remain parked on their sockets.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, free_sender_mpfe_weight: int | None = None, noc1_sender_mpfe_weight: int | None = None, ordinary_mpfe_weight: int | None = None, dynamic_mpfe_weighting: bool | None = None) -> None: ...

start_tensor_prefetcher: start_tensor_prefetcher_t = ...

class queue_tensor_prefetcher_request_t:
    """
    Queue one prefetch request. Non-blocking. Per-GCB ring-buffer state is
    preserved across requests, so successive Queue calls against the same GCB
    resume where the previous call left off. Successive Queue calls can target
    different GCBs.

    Args:
        mesh_device (ttnn.MeshDevice): the mesh device whose prefetcher to queue on.
        tensors (List[Tuple[ttnn.Tensor, int] | Tuple[ttnn.Tensor, int, List[int]]]): the
            full, flattened list of weights to prefetch (at least one), streamed in
            list order. Each item is (weight, block_count) or, to enable per-tensor
            streaming, (weight, block_count, rotation). block_count is the number of
            K-blocks to divide that tensor's K dimension into (the consumer matmul
            waits on block_count pages per layer). Pass distinct tensors for distinct
            layers, or repeat a tensor to replay it.

            rotation (receiver-contiguous layout only; omit/empty == batched) is the
            per-receiver streaming ring-rotation table, indexed by global ring position
            and of length total_receivers (== ring_size == block_count), each entry in
            [0, block_count). It makes the kernel deliver that tensor's K-blocks in the
            host-specified ring-rotated order so the consuming matmul can stream them FIFO
            (and start before the whole tensor lands, allowing a shallow GCB). rotation[r]
            = r reproduces the natural topology order; the matmul must consume in the
            matching order, else it deadlocks.
        global_cb (GlobalCircularBuffer): a DRAM-sender GCB (created via
            ttnn.experimental.create_global_circular_buffer_for_tensor_prefetcher).
            Supply exactly one of global_cb / prefetcher_pipes.
        prefetcher_pipes (List[PrefetcherPipe]): DRAM-sender PrefetcherPipes (created via
            ttnn.experimental.create_prefetcher_pipes_for_tensor_prefetcher) to deliver into
            instead of a GCB. Pass every pipe from one such call, in any order; a subset
            or a mix of two calls' pipes is rejected. Receiver-contiguous tensors only; rotation works as it does
            for a GCB. A tensor's per-receiver block size need not equal the pipes'
            entry_size nor divide the ring, so size the ring for the consumer: one block is
            enough for the transport, two for a consumer that keeps a block of lookahead.
        device_subset (Optional[MeshCoordinateRangeSet]): subset of the mesh that
            processes this request. Defaults to the full mesh.
        capture_into_trace (bool): whether this request may be captured into a trace.
            When True and the current command queue is mid trace-capture, the request
            is captured into the trace instead of being sent immediately, and is
            re-sent on every execute_trace of that trace. Defaults to False: the
            request is always sent immediately and is never captured, whatever any
            command queue is doing. Which queue counts as current follows the usual
            ttnn convention — pass cq_id=n, or wrap the call in ttnn.command_queue(n).

    Returns:
        None
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, tensors: Sequence[tuple[ttnn._ttnn.tensor.Tensor, int] | tuple[ttnn._ttnn.tensor.Tensor, int, Sequence[int]]], global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, *, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe] = [], device_subset: ttnn._ttnn.multi_device.MeshCoordinateRangeSet | None = None, capture_into_trace: bool = False) -> None: ...

queue_tensor_prefetcher_request: queue_tensor_prefetcher_request_t = ...

class wait_for_cq_on_tensor_prefetcher_t:
    """
    Fence the Tensor prefetcher against work enqueued on a command queue.
    Every prefetch request queued after this call waits until all work previously
    enqueued on `cq_id` has completed on device before the prefetcher reads DRAM.
    Use this to guarantee data written over `cq_id` has landed before the
    prefetcher streams it.

    Call synchronously on the host thread that issued the data writes — after those
    writes, and before the queue_tensor_prefetcher_request that consumes them.

    Args:
        mesh_device (ttnn.MeshDevice): the mesh device whose prefetcher to fence.
        cq_id (Optional[int]): the command queue to fence against. Defaults to the
            calling thread's current queue (also what ttnn.command_queue(n) sets).
        device_subset (Optional[MeshCoordinateRangeSet]): subset of the mesh to
            fence. Defaults to the full mesh.

    Returns:
        None
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, cq_id: int | None = None, *, device_subset: ttnn._ttnn.multi_device.MeshCoordinateRangeSet | None = None) -> None: ...

wait_for_cq_on_tensor_prefetcher: wait_for_cq_on_tensor_prefetcher_t = ...

class stop_tensor_prefetcher_t:
    """
    Push the stop sentinel to every socket, join the host worker thread, and wait
    for the kernels to exit. No-op if no prefetcher is active.

    Args:
        mesh_device (ttnn.MeshDevice): the mesh device whose prefetcher to stop.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> None: ...

stop_tensor_prefetcher: stop_tensor_prefetcher_t = ...

class create_global_circular_buffer_for_tensor_prefetcher_t:
    """
    Create a GlobalCircularBuffer where senders are programmable DRAM cores (Blackhole DRISCs).
    Each bank id is mapped to an unused DRAM subchannel; receiver sets across senders must
    be disjoint and must not collide with the DRAM sender physical NOC coords.

    Args:
        mesh_device: The mesh device to create the buffer on.
        bank_to_receivers: List of (bank_id, receivers) pairs.
        size: Per-receiver fifo size in bytes.
        buffer_type: Buffer type (L1 or L1_SMALL).
        support_multi_receiver_shards: If True (default), a bank's shard may feed multiple
            receivers (legacy interleaved layout), which requires a single sender per bank.
            Set False to promise each receiver owns a disjoint contiguous shard
            (receiver-contiguous layout); a bank with two or more receivers may then split
            them across two DRISC sender cores for higher bandwidth.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, bank_to_receivers: Sequence[tuple[int, ttnn._ttnn.tensor.CoreRangeSet]], size: int, buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, support_multi_receiver_shards: bool = True) -> ttnn._ttnn.global_circular_buffer.global_circular_buffer: ...

create_global_circular_buffer_for_tensor_prefetcher: create_global_circular_buffer_for_tensor_prefetcher_t = ...

class create_prefetcher_pipes_for_tensor_prefetcher_t:
    """
    Create the PrefetcherPipes whose senders are programmable DRAM cores (Blackhole DRISCs),
    as an alternative Tensor prefetcher delivery target to a DRAM-sender
    GlobalCircularBuffer. Sender placement, the dual-sender receiver split, and slab
    numbering match create_global_circular_buffer_for_tensor_prefetcher, so a tensor laid
    out for one transport is laid out for the other.

    Returns one PrefetcherPipe per DRAM sender core, bank-major: a bank's pipes are
    adjacent, and the leading one owns that bank's leading receivers. Each pipe carries the
    bank-local slab base its sender owns, so queueing accepts them in any order. It
    requires all of them, and rejects a subset or a mix of two calls' pipes.

    Consumers bind the pipes through ProgramRunArgs and read them through the device-side
    PrefetcherPipe (wait_front / scoped_read_lock / pop_front). Keep the pipes alive for as
    long as any program uses them: dropping the last reference to one frees its ring and
    config.

    Args:
        space: Existing PrefetcherPipeSpace that owns the ring geometry and reserves
            enough DRAM sender capacity. Keep it alive while using the returned pipes.
        bank_to_receivers: List of (bank_id, receivers) pairs.
        support_multi_receiver_shards: If True, a bank's shard may feed multiple receivers,
            which forces a single sender per bank. Defaults to False (receiver-contiguous),
            letting a bank with two or more receivers split them across two DRISC senders.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, space: object, bank_to_receivers: Sequence[tuple[int, ttnn._ttnn.tensor.CoreRangeSet]], support_multi_receiver_shards: bool = False) -> list: ...

create_prefetcher_pipes_for_tensor_prefetcher: create_prefetcher_pipes_for_tensor_prefetcher_t = ...

class create_global_circular_buffer_for_matmul_1d_t:
    """
    Build a DRAM-sender GlobalCircularBuffer sized to feed one or more gather_in0 or
    mcast_in0 1D matmuls with their weight tensors. The weight's DRAM layout is
    auto-detected (legacy WIDTH_SHARDED K-row-major vs receiver-contiguous NdShardSpec)
    and validated/sized accordingly.

    Args:
        mesh_device: The mesh device.
        program_configs: List of compatible 1D matmul program configs.
        weights: List of DRAM in1 tensors, one per program_config. All must share the same
            DRAM layout (all legacy WIDTH_SHARDED, or all receiver-contiguous NdShardSpec).
        bank_to_receivers: List of (bank_id, receivers) pairs.
        size: GCB size in bytes.
        buffer_type: Buffer type (L1 or L1_SMALL).
        support_multi_receiver_shards: Optional per-bank sender-count override; leave None
            (default) in production. When None the sender count follows the detected layout:
            legacy WIDTH_SHARDED -> single sender per bank; receiver-contiguous -> dual
            senders per bank (higher bandwidth; single-receiver banks fall back to one).
            Pass an explicit value to override, mainly for tests/benchmarks: True forces
            single sender, False forces dual senders. Forcing False (dual) on a legacy
            weight raises (that layout is always single-sender).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, program_configs: Sequence[ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig], weights: Sequence[ttnn._ttnn.tensor.Tensor], bank_to_receivers: Sequence[tuple[int, ttnn._ttnn.tensor.CoreRangeSet]], size: int, buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, support_multi_receiver_shards: bool | None = None) -> ttnn._ttnn.global_circular_buffer.global_circular_buffer: ...

create_global_circular_buffer_for_matmul_1d: create_global_circular_buffer_for_matmul_1d_t = ...

class tensor_prefetcher_block_count_for_matmul_1d_t:
    """
    Compute and validate the block_count to pair with a DRAM weight in
    queue_tensor_prefetcher_request for a gather_in0 or mcast_in0 1D matmul. Gather returns
    the receiver/ring count. Mcast returns weight_K_tiles / in0_block_w and uses natural
    FIFO order.

    Args:
        program_config: The 1D matmul program config that will consume the weight.
        weight: The DRAM weight tensor. Either layout with global_cb; receiver-contiguous
            only with prefetcher_pipes.
        global_cb: The DRAM-sender GCB the prefetcher and matmul share.
        prefetcher_pipes: The DRAM-sender PrefetcherPipes the prefetcher and matmul share,
            as an alternative third argument to global_cb.

    Returns:
        int: the validated block_count.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, program_config: ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig, weight: ttnn._ttnn.tensor.Tensor, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer) -> int: ...

    @overload
    def __call__(self, program_config: ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig, weight: ttnn._ttnn.tensor.Tensor, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe]) -> int: ...

tensor_prefetcher_block_count_for_matmul_1d: tensor_prefetcher_block_count_for_matmul_1d_t = ...

class test_dram_prefetcher_consumer_t:
    """
    Bench-only consumer companion to ttnn.dram_prefetcher. Builds and enqueues a
    program that loads a discard receiver kernel on each receiver core of the supplied
    GCB, looping num_iters times of wait_front(1)+pop_front(1). Used to measure
    prefetcher push bandwidth without matmul receiver-side effects.
    Used for debugging purposes, please avoid to use in any production code.

    Args:
        mesh_device: the MeshDevice to enqueue on.
        num_iters (int): total pages each receiver should consume (= num_layers * num_blocks).
        page_size_bytes (int): receiver-side page size; must match what the sender pushes
            (in0_block_w_tiles * n_tiles_per_receiver * tile_bytes).
        global_cb (GlobalCircularBuffer): either a worker-sender or DRAM-sender GCB.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, num_iters: int, page_size_bytes: int, *, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer) -> None: ...

test_dram_prefetcher_consumer: test_dram_prefetcher_consumer_t = ...

class test_tensor_prefetcher_pipe_consumer_t:
    """
    Bench-only consumer companion for PrefetcherPipe delivery: the PrefetcherPipe
    counterpart of test_dram_prefetcher_consumer. Attaches every pipe on its receiver cores
    and loops num_iters times of wait_front(1)+pop_front(1), discarding the data, so the
    two transports can be benched head to head.
    Used for debugging purposes, please avoid to use in any production code.

    Args:
        mesh_device: the MeshDevice to enqueue on.
        num_iters (int): total entries each receiver should consume (= num_layers * num_blocks).
        page_size_bytes (int): entry size to Attach at; must match the per-receiver block
            size the sender pushes.
        prefetcher_pipes (List[PrefetcherPipe]): the DRAM-sender pipes being pushed into,
            from create_prefetcher_pipes_for_tensor_prefetcher.
        hold_cycles (int): wall-clock cycles each receiver waits before its first pop,
            holding back every ack for at least that long. Defaults to 0.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, num_iters: int, page_size_bytes: int, *, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe], hold_cycles: int = 0) -> None: ...

test_tensor_prefetcher_pipe_consumer: test_tensor_prefetcher_pipe_consumer_t = ...

class test_dram_prefetcher_validator_t:
    """
    Byte-for-byte validator receiver: for each pushed page, reads the expected
    tile range from source_tensor via TensorAccessor and memcmps against the
    received bytes. On any mismatch DPRINTs (layer, block, word) + the diverging
    bytes and hangs the core; otherwise DPRINTs progress and a final OK. After
    the expected num_layers * ring_size iterations, polls briefly for extra
    pages (sender overshoot) and hangs on overflow.

    The kernel derives its expected bytes from the (bank, receiver, block) ->
    tile-range mapping documented in
    tt_metal/impl/buffers/prefetcher_matmul_design.md §3 ("Per-block source tiles"). Used for
    debugging purposes; please avoid in any production code.

    Args:
        mesh_device: the MeshDevice to enqueue on.
        source_tensor (ttnn.Tensor): the same width-sharded DRAM tensor the
            prefetcher is being driven with.
        num_layers (int): number of layers the prefetcher will push.
        print_stride (int): DPRINT every Nth iter; first/last always logged. 0 = first/last only.
        global_cb (GlobalCircularBuffer): worker-sender or DRAM-sender GCB.
        streaming (bool): when True, expect the streaming prefetcher's ring-rotated
            delivery (block at FIFO position p is physical block (lead_block + p) mod
            num_blocks). Must match the streaming flag passed to the prefetcher.
            Defaults to False.
        rotation (List[int]): per-receiver streaming rotation indexed by global ring
            position (must match the rotation queued to the prefetcher). Empty == identity
            (lead_block = ring_pos), the natural topology order. Defaults to empty.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, source_tensor: ttnn._ttnn.tensor.Tensor, num_layers: int, print_stride: int, *, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer, streaming: bool = False, rotation: Sequence[int] = []) -> None: ...

test_dram_prefetcher_validator: test_dram_prefetcher_validator_t = ...

class test_tensor_prefetcher_pipe_validator_t:
    """
    Byte-for-byte validator receiver for PrefetcherPipe delivery: the PrefetcherPipe
    counterpart of test_dram_prefetcher_validator. Attaches every pipe on its receiver
    cores and, for each delivered entry, reads the expected tile range from source_tensor
    via TensorAccessor and compares it against the received bytes. On a mismatch it DPRINTs
    (layer, block, word) plus the diverging bytes and hangs the core; otherwise it DPRINTs
    progress and a final OK, then polls briefly for an extra entry (sender overshoot) and
    hangs on overflow.

    Used for debugging purposes; please avoid in any production code.

    Args:
        mesh_device: the MeshDevice to enqueue on.
        source_tensor (ttnn.Tensor): the same receiver-contiguous DRAM tensor the
            prefetcher is being driven with.
        num_layers (int): number of layers the prefetcher will push.
        print_stride (int): DPRINT every Nth iter; first/last always logged. 0 = first/last only.
        prefetcher_pipes (List[PrefetcherPipe]): the DRAM-sender pipes being pushed into,
            from create_prefetcher_pipes_for_tensor_prefetcher, in any order.
        bank_to_receivers (List[Tuple[int, CoreRangeSet]]): the bank_to_receivers those
            pipes were created from; it fixes which slab each receiver expects.
        streaming (bool): when True, expect the streaming prefetcher's ring-rotated
            delivery (entry at FIFO position p is physical block (lead_block + p) mod
            num_blocks). Must match the streaming flag passed to the prefetcher.
            Defaults to False.
        rotation (List[int]): per-receiver streaming rotation indexed by global ring
            position (must match the rotation queued to the prefetcher). Empty == identity
            (lead_block = ring_pos), the natural topology order. Defaults to empty.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, source_tensor: ttnn._ttnn.tensor.Tensor, num_layers: int, print_stride: int, *, prefetcher_pipes: Sequence[ttnn._ttnn.prefetcher_pipe.PrefetcherPipe], bank_to_receivers: Sequence[tuple[int, ttnn._ttnn.tensor.CoreRangeSet]], streaming: bool = False, rotation: Sequence[int] = []) -> None: ...

test_tensor_prefetcher_pipe_validator: test_tensor_prefetcher_pipe_validator_t = ...

class broadcast_to_t:
    """
    Returns a new tensor where singleton dimensions are broadcasted to the given shape.

            Args:
                * :attr:`input`: The tensor to be broadcasted.
                * :attr:`output_shape`: The desired broadcasted shape.
                * :attr:`memory_config`: The memory configuration for the broadcasted tensor.
                * :attr:`output`: An optional tensor to store the broadcasted result.

            Notes:
                Currently Supports:
                Data Type
    	            bfloat16
    	            float32

                Tensor Shape
                    up to 4D

                Memory Layout
                    Tile

                Memory Config
                    Interleaved (DRAM / L1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, output_shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

broadcast_to: broadcast_to_t = ...

class multi_scale_deformable_attn_t:
    """
    Fused multi-scale deformable attention (num_levels == 1 fast path).

    Args:
        * :attr:`value`: (N, h_in, w_in, D) ROW_MAJOR bfloat16, N = B * num_heads
        * :attr:`grid`: (N, Q*P, 1, 2) ROW_MAJOR bfloat16, normalized to [-1, 1]
        * :attr:`attn`: (N, Q, P) ROW_MAJOR bfloat16
        * :attr:`memory_config`: output memory config
        * :attr:`align_corners`: bilinear pixel-coord mapping
            - False (default, matches mmcv): pixel = (g + 1) * size / 2 - 0.5
            - True:                           pixel = (g + 1) * (size - 1) / 2

    Returns:
        (N, Q, D) ROW_MAJOR bfloat16.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, value: ttnn._ttnn.tensor.Tensor, grid: ttnn._ttnn.tensor.Tensor, attn: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, align_corners: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

multi_scale_deformable_attn: multi_scale_deformable_attn_t = ...

class fused_msda_t:
    """
    Generic multi-scale deformable attention: bilinear sampling, attention
    weighting and the reduction over levels x points fused into one kernel.

    For each (b, q, h)::

        out[b, q, h*D:(h+1)*D] = sum_l sum_p
            attention_weights[b, q, h, l, p]
            * bilinear(value[b, level l, h], sampling_locations[b, q, h, l, p])

    Args:
        * :attr:`value`: (B, S, H, D) ROW_MAJOR bfloat16, S = sum_l H_l * W_l,
          or packed (B, S, H*D). The packed form is what a Linear over
          embed_dims emits and costs one DRAM page per (b, s) instead of one
          per (b, s, h) — prefer it.
        * :attr:`sampling_locations`: (B, Q, H, L, P, 2) ROW_MAJOR bfloat16, or the
          packed form (B, Q, H, L*P*2). The packed form costs one DRAM page per
          (b, q, h) instead of one per sample point and avoids 8x page padding —
          prefer it where the producer can emit it.
        * :attr:`attention_weights`: (B, Q, H, L, P) ROW_MAJOR bfloat16, or packed (B, Q, H, L*P)
        * :attr:`spatial_shapes`: host-side list of (H_l, W_l) per level, in level order.
          Not a device tensor: it is a static property of the feature pyramid and is
          needed for address arithmetic inside the reader.
        * :attr:`align_corners`: pixel mapping within the chosen coordinate space
        * :attr:`locations_in_grid_space`: False (default) treats locations as normalized
          [0, 1] coordinates; True treats them as normalized [-1, 1] coordinates
        * :attr:`memory_config`: output memory config

    Returns:
        (B, Q, H*D) ROW_MAJOR bfloat16.

    Out-of-bounds sampling corners contribute zero (padding_mode="zeros").
    Constraints: all tensors bfloat16 / ROW_MAJOR / INTERLEAVED, D a positive
    multiple of 16, 1 <= L <= 8, and each level's H_l and W_l <= 256. Q need
    not be a multiple of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, value: ttnn._ttnn.tensor.Tensor, sampling_locations: ttnn._ttnn.tensor.Tensor, attention_weights: ttnn._ttnn.tensor.Tensor, spatial_shapes: Sequence[Sequence[int]], *, align_corners: bool = False, locations_in_grid_space: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fused_msda: fused_msda_t = ...

class fused_msda_from_offsets_t:
    """
    fused_msda with sampling-location generation fused into the op. No
    (B, Q, H, L, P, 2) location tensor is materialized::

        sampling_locations[b, q, h, l, p] =
            reference_points[b, q, r(l, p)]
            + sampling_offsets[b, q, h, l, p] * scale_l

    scale_l is [1/W_l, 1/H_l] when align_corners is false and
    [1/(W_l-1), 1/(H_l-1)] when it is true (0 on a singleton axis), so one
    offset unit is one feature-map pixel under either mapping.

    Args:
        * :attr:`value`: (B, S, H, D) or packed (B, S, H*D) ROW_MAJOR bfloat16
        * :attr:`reference_points`: (B, Q, R, 2) ROW_MAJOR bfloat16 or float32, normalized
          (x, y) in [0, 1]. float32 keeps the sampling position sub-pixel on wide maps.
          The 4-D box form is rejected, not reinterpreted.
        * :attr:`sampling_offsets`: (B, Q, H, L, P, 2) or packed (B, Q, H, L*P*2)
          ROW_MAJOR bfloat16. Raw, in feature-map pixel units — the op accounts
          for scale_l (1/[W_l, H_l], or 1/[W_l-1, H_l-1] when align_corners is
          set).
        * :attr:`attention_weights`: as in fused_msda
        * :attr:`spatial_shapes`: as in fused_msda
        * :attr:`reference_mode`:
            - "level"  (default): R == L, r(l, p) = l. DINO-family decoders.
            - "pillar": P % R == 0, r(l, p) = p % R, with the point axis laid out
              as (P // R, R). BEVFormer spatial/temporal attention.
        * :attr:`align_corners`: pixel mapping
        * :attr:`memory_config`: output memory config

    Returns:
        (B, Q, H*D) ROW_MAJOR bfloat16, equivalent to calling fused_msda on the
        materialized locations, up to rounding.

    Constraints: as fused_msda, including each level's H_l and W_l <= 256.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, value: ttnn._ttnn.tensor.Tensor, reference_points: ttnn._ttnn.tensor.Tensor, sampling_offsets: ttnn._ttnn.tensor.Tensor, attention_weights: ttnn._ttnn.tensor.Tensor, spatial_shapes: Sequence[Sequence[int]], *, reference_mode: str = 'level', align_corners: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fused_msda_from_offsets: fused_msda_from_offsets_t = ...

class can_use_fused_msda_from_offsets_l1_value_t:
    """
    Return whether fused_msda_from_offsets can safely stage value and output
    in interleaved L1 under the device's current allocator state.

    The check counts value staged as ROW_MAJOR (not counted again when it is
    already ROW_MAJOR in L1) and the bfloat16 output, each rounded up to the
    allocator's per-bank granule, plus the operation's circular buffers, under
    the 95% program-L1 margin. value may still be TILE or in DRAM. The answer
    reflects the allocator's current state; call it right before the op and do
    not cache it.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, value: ttnn._ttnn.tensor.Tensor, reference_points: ttnn._ttnn.tensor.Tensor, sampling_offsets: ttnn._ttnn.tensor.Tensor, attention_weights: ttnn._ttnn.tensor.Tensor, spatial_shapes: Sequence[Sequence[int]], *, reference_mode: str = 'level', align_corners: bool = False) -> bool: ...

can_use_fused_msda_from_offsets_l1_value: can_use_fused_msda_from_offsets_l1_value_t = ...

class minimal_matmul_t:
    """
    minimal_matmul(input_tensor, weight_tensor, bias_tensor=None, *, fused_activation=None, config=None, memory_config=None, dtype=None, compute_kernel_config=None, fuse_swiglu=False)

    Experimental, high-performance matrix multiply (A @ B [+ bias]) with optional fused activation.
    This op expects TILE layout tensors on device and operates in tile units internally. It is designed
    to be minimal and fast, with a small set of required constraints explicitly validated at runtime.

    input_tensor may be either a single tensor or a 2-element list [prefix, suffix] for fused concat
    over the K (inner/last) axis:
        - Single tensor: standard matmul; input_tensor is the full activation matrix A.
        - Fused concat: pass exactly 2 tensors [prefix, suffix] to source in0's K from both (no host
          concat). Concatenation is on the channel (K, last) axis ONLY — the two must be identical on
          every other axis. Any per-segment channel count is allowed: the seam lands on the prefix's
          padded-K tile boundary, so the weight must be the per-segment tile-padded stack
          [W_prefix; W_suffix] in that K order (see prepare_weight_for_concatenated_input in
          models/tt_dit/utils/tensor.py), such that prefix_padded_K + suffix_padded_K == weight_padded_K.

    Parameters
    ----------
    input_tensor : ttnn.Tensor or List[ttnn.Tensor]
        Activation/input matrix A, or a 2-element [prefix, suffix] list for fused concat over K.
        - Layout: TILE (required).
        - Device: must be on device and allocated in a device buffer.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B, DataType::FLOAT32}.
        - Shape: [..., M, K]. Upper (leading) dimensions are broadcast over rows (folded into M).
          With fused concat, each list element carries its own K; the contraction K is taken from
          the weight and spans both padded segments.

    weight_tensor : ttnn.Tensor
        Weight matrix B.
        - Layout: TILE (required).
        - Device: same device as `input_tensor`; must be allocated in a device buffer.
        - DType: must match `input_tensor` dtype (same set of supported dtypes).
        - Shape: [..., K, N] with no batching; all leading dimensions (dims < -2) must be 1.

    bias_tensor : Optional[ttnn.Tensor], default: None
        Optional row-broadcast bias added to the matmul result before the optional activation.
        - Layout: TILE (required if provided).
        - Device: same device as inputs; must be allocated in a device buffer.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B}.
        - Shape: [..., N] where all dims except the last are 1. The last dim must equal N.

    fused_activation : Optional[ttnn.operations.eltwise.unary.common.UnaryWithParam], default: None
        Optional fused unary activation applied per output tile during packing. See ttnn unary utilities
        for supported ops and parameters. Typical examples include relu/gelu/etc. If provided, it is applied
        after bias (if any) and before the tile is written out.

    fuse_swiglu : bool, default: False
        If True, applies SwiGLU activation fused into the matmul: the weight tensor's N columns are
        interpreted as a tile-pair-interleaved [gate|up] layout — column tile 2p is the gate and 2p+1 is
        the up projection for each pair p (``models.tt_dit.utils.tensor.prepare_for_fused_swiglu``
        can be used to produce this layout). The op computes silu(gate) * up and the output width is therefore N/2.
        The bias (if provided) must use the same column layout. N must be divisible by 2*32 (two
        tile-aligned halves). Mutually exclusive with fused_activation.

    config : Optional[MinimalMatmulConfig], default: None
        Execution configuration in tile units. If omitted, reasonable defaults are selected based on tensor
        sizes and kernel flags.
        Fields (all values are in tiles):
        - M_block_size: Number of output tiles along M per block.
        - K_block_size: Number of K tiles per block (inner dimension chunk).
        - N_block_size: Number of output tiles along N per block.
        - subblock_h: Sub-block height (M dimension) used by compute kernel within a block.
        - subblock_w: Sub-block width (N dimension) used by compute kernel within a block.
        - compute_with_storage_grid_size: Core grid (x, y) to run the op on.

        Required invariants:
        - All block/subblock sizes must be > 0.
        - M_block_size % subblock_h == 0.
        - N_block_size % subblock_w == 0.
        - Grid size must be within the device grid; typically at least 2x2 is recommended.
        - Internally, K is rounded up to a multiple of K_block_size as needed (zero-padded reads).

        Defaults behavior (when `config` is None):
        - Block sizes and subblock sizes are chosen automatically; subblocks are typically 2x2, and may switch
          to 2x4 or 4x2 depending on aspect ratio and accumulation mode to balance NOC/dataflow.
        - The core grid defaults to the device compute-with-storage grid.

    memory_config : Optional[ttnn.MemoryConfig], default: None
        Memory configuration for the output tensor. If not provided, the output inherits the memory configuration
        of `input_tensor`. The output is produced in TILE layout.

    dtype : Optional[ttnn.DataType], default: None
        Data type of the output tensor. If not provided, the output inherits the data type
        of `input_tensor`.

    compute_kernel_config : Optional[ttnn.operations.core.compute_kernel.DeviceComputeKernelConfig], default: None
        Compute kernel configuration. If omitted, defaults are selected via `init_device_compute_kernel_config`
        (e.g., tt::tt_metal::MathFidelity::HiFi2, fp32 accumulation enabled, packer accumulation enabled).

    Returns
    -------
    ttnn.Tensor
        Output tensor in TILE layout with dtype specified by `dtype` (or same as `input_tensor` if not provided).
        - fuse_swiglu=False: shape [..., M, N].
        - fuse_swiglu=True: shape [..., M, N/2] (SwiGLU halves the output width).

    Shape Semantics
    ----------------
    - input_tensor: [..., M, K]
    - weight_tensor: [..., K, N]
    - bias_tensor (optional): [..., N] (row-broadcast; width N regardless of fuse_swiglu)
    - output: [..., M, N] normally; [..., M, N/2] when fuse_swiglu=True
    Note: All leading dims (dims < -2) are required to be 1 (no batching). Tensors are read/written in tile units;
    if logical sizes are not tile-aligned, padding is handled internally (reads fill zeros; writes skip outside
    logical bounds).

    Limitations & Requirements
    --------------------------
    - All tensors must be on the same device and allocated in device buffers.
    - All tensors must be in TILE layout (sharded tensors must be tile-aligned at shard boundaries).
    - Supported dtypes for inputs: BF16, BF8_B, BF4_B, FLOAT32. Bias (if present)
      must be one of the supported dtypes. The dtype of the output can be specified via the `dtype` parameter,
      otherwise it defaults to the dtype of `input_tensor`.
    - No implicit transpose flags are supported; provide `weight_tensor` with logical shape [..., K, N].
    - Weight and bias must have 1 in all leading dimensions (dims < -2). Activation may have arbitrary
      upper dimensions; these are broadcast across rows (internally folded into M for execution).
    - Performance and memory footprint are sensitive to block sizes and subblock shapes. Providing non-sensible
      values in `config` may degrade performance. Defaults are generally a good starting point.

    Notes on Implementation
    -----------------------
    - Data movement reads A in MxK blocks and B in KxN blocks in row-major order with in0 reuse when
      striding across N blocks; writes are deferred to reduce congestion.
    - K is processed in blocks of size `K_block_size`, with zero-padding as needed when K is not a multiple.
    - If `fused_activation` is provided, it is applied per tile just before packing to the output buffer.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor | Sequence[ttnn._ttnn.tensor.Tensor], weight_tensor: ttnn._ttnn.tensor.Tensor, *, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, config: MinimalMatmulConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, fuse_swiglu: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

minimal_matmul: minimal_matmul_t = ...

class MinimalMatmulConfig:
    """Configuration for the MinimalMatmul operation."""

    @overload
    def __init__(self) -> None: ...

    @overload
    def __init__(self, *, M_block_size: int = 1, K_block_size: int = 1, N_block_size: int = 1, subblock_h: int = 1, subblock_w: int = 1, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord = ...) -> None: ...

    @property
    def M_block_size(self) -> int: ...

    @M_block_size.setter
    def M_block_size(self, arg: int, /) -> None: ...

    @property
    def K_block_size(self) -> int: ...

    @K_block_size.setter
    def K_block_size(self, arg: int, /) -> None: ...

    @property
    def N_block_size(self) -> int: ...

    @N_block_size.setter
    def N_block_size(self, arg: int, /) -> None: ...

    @property
    def subblock_h(self) -> int: ...

    @subblock_h.setter
    def subblock_h(self, arg: int, /) -> None: ...

    @property
    def subblock_w(self) -> int: ...

    @subblock_w.setter
    def subblock_w(self, arg: int, /) -> None: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    def __repr__(self) -> str: ...

class minimal_matmul_split_t:
    """
    minimal_matmul_split(input_tensor, weight_tensor, *, chunks=3, dim=-1, bias_tensor=None, fused_activation=None, config=None, memory_config=None, dtype=None, compute_kernel_config=None, fuse_swiglu=False)

    Experimental, high-performance matrix multiply (A @ B [+ bias]) with output splitting along the last dimension.
    This op performs a matmul and splits the result into `chunks` separate output tensors, fusing the common
    Q/K/V projection pattern: Q, K, V = ttnn.minimal_matmul_split(qkv, qkv_proj, chunks=3)

    This is equivalent to:
    ```python
    outs = torch.matmul(qkv, qkv_proj)
    if bias is not None:
        outs = outs + bias
    Q, K, V = torch.chunk(outs, chunks=3, dim=-1)
    ```

    Parameters
    ----------
    input_tensor : ttnn.Tensor
        Activation/input matrix A.
        - Layout: TILE (required).
        - Device: must be on device and allocated in a device buffer.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B, DataType::FLOAT32}.
        - Shape: [..., M, K]. Upper (leading) dimensions are broadcast over rows (folded into M).

    weight_tensor : ttnn.Tensor
        Weight matrix B.
        - Layout: TILE (required).
        - Device: same device as `input_tensor`; must be allocated in a device buffer.
        - DType: must match `input_tensor` dtype (same set of supported dtypes).
        - Shape: [..., K, N] with no batching; all leading dimensions (dims < -2) must be 1.
        - N must be divisible by `chunks`, and N/chunks must be a multiple of 32 (tile-aligned).

    chunks : int, default: 3
        Number of output tensors to split into. Any number of chunks is supported as long as N is divisible by `chunks`.
        Output dimension N will be split into `chunks` equal parts along dimension `dim`.

    dim : int, default: -1
        Dimension along which to split. **Currently only dim=-1 is supported.**

    bias_tensor : Optional[ttnn.Tensor], default: None
        Optional row-broadcast bias added to the full matmul result before splitting.
        - Layout: TILE (required if provided).
        - Device: same device as inputs; must be allocated in a device buffer.
        - DType: one of {DataType::BFLOAT16, DataType::BFLOAT8_B, DataType::BFLOAT4_B, DataType::FLOAT32}.
        - Shape: [..., N] where all dims except the last are 1. The last dim must equal N (full output width).
        - The bias is applied to the full output before splitting into chunks.

    fused_activation : Optional[ttnn.operations.eltwise.unary.common.UnaryWithParam], default: None
        Optional fused unary activation applied per output tile during packing. Applied after bias (if any)
        and before writing to output buffers.

    fuse_swiglu : bool, default: False
        If True, applies SwiGLU activation fused into the matmul: the weight tensor's N columns are
        interpreted as a tile-pair-interleaved [gate|up] layout — column tile 2p is the gate and 2p+1 is
        the up projection for each pair p (``models.tt_dit.utils.tensor.prepare_for_fused_swiglu`` can be used to produce this layout).
        Each output chunk of width N/chunks has SwiGLU applied, so the output width
        per chunk is N/chunks/2. The bias (if provided) must use the same column layout. N/chunks must be
        divisible by 2*32. Mutually exclusive with fused_activation.

    config : Optional[MinimalMatmulConfig], default: None
        Execution configuration in tile units. If omitted, reasonable defaults are selected based on tensor
        sizes and kernel flags. See ttnn.experimental.minimal_matmul documentation for config details.

    memory_config : Optional[ttnn.MemoryConfig], default: None
        Memory configuration for all output tensors. If not provided, outputs inherit the memory configuration
        of `input_tensor`. All outputs share the same memory configuration.

    dtype : Optional[ttnn.DataType], default: None
        Data type of all output tensors. If not provided, outputs inherit the data type of `input_tensor`.
        All outputs share the same dtype.

    compute_kernel_config : Optional[ttnn.operations.core.compute_kernel.DeviceComputeKernelConfig], default: None
        Compute kernel configuration. If omitted, defaults are selected via `init_device_compute_kernel_config`.

    Returns
    -------
    List[ttnn.Tensor]
        List of `chunks` output tensors, each in TILE layout with the specified dtype.
        - fuse_swiglu=False: each tensor has shape [..., M, N/chunks]. E.g For chunks=3, returns [output0, output1, output2].
        - fuse_swiglu=True: each tensor has shape [..., M, N/chunks/2] (SwiGLU halves the output width per chunk).

    Constraints
    -----------
    - dim must be -1 (last dimension)
    - N must be divisible by chunks (N % chunks == 0)
    - N/chunks must be a multiple of 32 (tile-aligned: (N/chunks) % 32 == 0)
    - If fuse_swiglu=True: N/chunks must additionally be divisible by 2 (each chunk holds interleaved gate/up pairs);
      fuse_swiglu is mutually exclusive with fused_activation
    - All tensors must be on the same device and allocated in device buffers
    - All tensors must be in TILE layout
    - Weight and bias must have 1 in all leading dimensions (dims < -2)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, *, chunks: int = 3, dim: int = -1, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, config: MinimalMatmulConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, fuse_swiglu: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

minimal_matmul_split: minimal_matmul_split_t = ...

class isin_t:
    """
    This operator returns a uint32 tensor with the same shape, layout, and memory config as the elements tensor, where elements are filled with 0xFFFFFFFF (true) or 0x00000000 (false) based on their presence in test_elements.
    Parameters:
        * `elements` (Tensor): Tensor of integers to be checked for presence in test_elements. The output will have 0xFFFFFFFF (true) or 0x00000000 (false) at each position depending on whether the corresponding element is present in test_elements (and the invert flag).
        * `test_elements` (Tensor): Tensor containing the values to be checked against. If an element from `elements` is present in `test_elements`, the corresponding output value will be 0xFFFFFFFF (unless inverted).
    Keyword Arguments:
        * `invert` (bool): If True, inverts the output so that elements present in test_elements are marked with 0x00000000 and others with 0xFFFFFFFF.
    Notes:
        * `assume_unique` (bool): Currently has no effect, but is reserved for potential future optimizations.
        * The input tensors should be interleaved and in DRAM.
        * Both input tensors can be of any specification.

    Example:
        >>> device = ttnn.open_device(device_id=0)
        >>> elements = ttnn.Tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], device=device)
        >>> test_elements = ttnn.Tensor([2, 3, 5, 7], device=device)
        >>> output = ttnn.experimental.isin(elements, test_elements)
        >>> # output is [[False, True, True], [False, True, False], [True, False, False]], use the `invert=True` flag to invert this effect
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, elements: ttnn._ttnn.tensor.Tensor, test_elements: ttnn._ttnn.tensor.Tensor, *, assume_unique: bool = False, invert: bool = False, out: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isin: isin_t = ...

class moe_gate_mm_t:
    """
    Experimental, high-performance MoE Gate MM operation for DeepSeek.

    Args:
        input_tensor: Input tensor (sharded)
        w_tensor: Weight tensor
        output_tensor: Output tensor (sharded)
        layer_id: The layer for which the MoE Gate MM operation is being performed
        column_id: The column in the 16x8 grid in which this MoE gate is being performed
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, w_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, layer_id: int, column_id: int) -> ttnn._ttnn.tensor.Tensor: ...

moe_gate_mm: moe_gate_mm_t = ...

class deepseek_moe_gate_t:
    """
    DeepSeek V3 MoE gate routing (top-8 experts with normalized scores) on height-sharded tensors.

    Writes results into ``output_tensor`` and ``output_indices_tensor`` (same tensors are returned).

    Args:
        input_tensor: Router logits per shard ([*, 16, 16] logical, tile 32x32).
        bias_tensor: Score correction bias, same shard spec as logits.
        input_indices_tensor: Transposed routing indices shard.
        output_tensor: Preallocated BF16 buffer for normalized top-8 scores (shard 32x32).
        output_indices_tensor: Preallocated UInt16 indices buffer (shard 32x32).
        eps: Denominator stabilization for normalization (default: 1e-20).
        scaling_factor: Routed scaling factor applied after normalization (default: 2.5).
        enable_sigmoid: Apply sigmoid to logits before bias add when True (default: False).

    Returns:
        Tuple ``(output_tensor, output_indices_tensor)``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, bias_tensor: ttnn._ttnn.tensor.Tensor, input_indices_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, output_indices_tensor: ttnn._ttnn.tensor.Tensor, eps: float = 9.999999682655225e-21, scaling_factor: float = 2.5, enable_sigmoid: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

deepseek_moe_gate: deepseek_moe_gate_t = ...

class generalized_moe_gate_t:
    """
    Generalized (ungrouped) MoE gate routing on height-sharded tensors. Generalizes the DeepSeek-V3
    gate: scores the router logits (optionally via sigmoid), adds a selection bias, selects the
    top-``topk`` experts per token, normalizes their scores (softmax or linear renormalization), and
    applies ``scaling_factor``.

    Writes results into ``output_tensor`` and ``output_indices_tensor`` (same tensors are returned).

    Sharding / cores:
        All five tensors are HEIGHT_SHARDED in L1 with ROW_MAJOR orientation — one shard per core.
        There is no fixed grid: the op runs on exactly the cores covered by ``input_tensor``'s shard
        grid (the caller chooses it). Each core independently gates one token over all experts, so the
        number of cores equals the leading (token) shard dimension of the input — ``batch`` in the tests
        and model, one token per core; e.g. they allocate the grid via
        ``ttnn.num_cores_to_corerangeset(batch, compute_with_storage_grid_size(), row_wise=True)``.
        (A ``batch`` larger than the core count is the caller's concern — the model chunks it and reuses
        the cores across iterations, so this op only ever sees one iteration's worth of tokens.)
        ``bias_tensor`` and ``input_indices_tensor`` grids must contain the input grid; ``output_tensor``
        and ``output_indices_tensor`` must share one grid that also contains the input grid.

        Experts are packed ``num_blocks`` 32x32 tiles per shard, one 256-expert block per tile. Each
        block's 256 experts occupy ONLY the top-left 16x16 face (face0) of its 32x32 tile — the other
        three faces are unused padding (the SFPU top-k operates on a single face). ``num_blocks`` = 1 for
        experts <= 256, 2 for 256 < experts <= 512. There is no separate hidden/intermediate dim — a gate
        only sees [num_tokens, num_experts] and emits the top-``topk``.

    Shapes  (B = #tokens this call = #cores; E = #experts = 256 or 512; num_blocks = E/256, i.e. 1 or 2;
             k = ``topk`` ∈ {4, 6, 8}). In the model the router logits arrive as ``[1, 1, B, E]`` and are
             reshaped into the op's per-token block layout below:

        input_tensor / bias_tensor (BF16), input_indices_tensor (UInt16):
            logical    : rank >= 2, with the trailing two dims forming exactly one 256-expert block
                         (16x16). num_blocks is read from the SHARD shape, NOT the logical rank, so the
                         leading dims are just a token/block spelling and the op treats these uniformly:
                         the tests/model pass ``[B, 16, 16]`` for E <= 256 (num_blocks = 1) and
                         ``[B, num_blocks, 16, 16]`` for E <= 512 (num_blocks = 2) — same contract, the
                         rank only differs because the second form names the block dim explicitly.
            on device  : TILE layout, HEIGHT_SHARDED. Each 16x16 block sits in face0 of a 32x32 tile, so
                         the per-core shard is ``(num_blocks*32, 32)`` and the full (flattened) sharded
                         tensor is ``(B*num_blocks*32, 32)``.

        output_tensor (BF16), output_indices_tensor (UInt16):
            logical    : caller's choice — the op only requires a shape that pads to one 32x32 tile per
                         token (the (32, 32) shard) and constrains nothing else, so e.g. ``[B, 1, 16]``
                         and ``[B, 32, 32]`` are equivalent (neither is "bigger" — both are one tile).
            on device  : TILE layout, HEIGHT_SHARDED. Per-core shard ``(32, 32)`` (one tile/token), full
                         sharded tensor ``(B*32, 32)``. Only the first k entries of row 0 are valid (the
                         selected scores / expert ids); the model slices+views them back to ``[1, 1, B, k]``.

    Args:
        input_tensor: Router logits, BF16. Shard shape ``(num_blocks*32, 32)`` (num_blocks tiles stacked
            along the height); each 32x32 tile carries one 256-expert block in its top-left 16x16 face
            (face0) only — the rest of the tile is padding. One shard/token per core.
        bias_tensor: Score-correction bias added for selection only (output scores stay unbiased), BF16.
            Same shard spec / shape / orientation as ``input_tensor`` (transposed within each 16x16 block).
        input_indices_tensor: Routing indices (the global expert id per slot), UInt16. Same sharding as
            ``input_tensor`` — shard shape ``(num_blocks*32, 32)``, matching orientation, and a grid that
            contains the input grid; only the dtype and contents differ. One 32x32 tile per block holds
            that block's global ids (block b = arange(256) + b*256), transposed within each 16x16 block.
        output_tensor: Preallocated BF16 buffer for the normalized top-``topk`` scores. Shard shape
            ``(32, 32)`` — a single tile per token; only the first ``topk`` entries are valid.
        output_indices_tensor: Preallocated UInt16 buffer for the selected expert indices. Shard shape
            ``(32, 32)``, same grid as ``output_tensor``; only the first ``topk`` entries are valid.
        eps: Denominator stabilization for normalization (default: 1e-20).
        scaling_factor: Routed scaling factor applied after normalization (default: 2.5).
        enable_sigmoid: Apply sigmoid to the logits before the bias add when True (sigmoid routing);
            when False the raw logits are scored directly (default: False).
        topk: Number of experts selected per token. Supported values are 4, 6, or 8 ONLY — any other
            value is rejected by op validation (the finalize rank-mask handles exactly these; topk 1-3
            would leave ranks 0-3 unmasked and 5/7 are untested) (default: 8).
        output_softmax: Normalize the selected top-``topk`` scores with softmax when True; when False
            they are linearly renormalized (divided by their sum) (default: False).
        grouped: Run the DeepSeek grouped gate (8 groups × 32 -> top-2-sum per group -> top-4 groups ->
            top-8) instead of the ungrouped global top-k. Single 256-block (num_blocks == 1) only; forces
            top-8 + linear renormalization, so ``topk`` and ``output_softmax`` are ignored (default: False).

    Returns:
        Tuple ``(output_tensor, output_indices_tensor)`` — the normalized top-``topk`` scores and the
        selected expert indices.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, bias_tensor: ttnn._ttnn.tensor.Tensor, input_indices_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, output_indices_tensor: ttnn._ttnn.tensor.Tensor, eps: float = 9.999999682655225e-21, scaling_factor: float = 2.5, enable_sigmoid: bool = False, topk: int = 8, output_softmax: bool = False, grouped: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

generalized_moe_gate: generalized_moe_gate_t = ...

class topk_large_indices_t:
    """
    Experimental Top-K over the last dimension of a row-major BFLOAT16 tensor.
    This op is Blackhole-only.

    Returns a ROW_MAJOR UINT32 tensor containing sorted descending top-k indices.
    The output shape matches the input shape except that the last dimension is k.

    This op is intended for large row-major rows. Internally it snaps k to the
    nearest supported LLK size and streams each input row in LLK-sized windows.
    Input values equal to -inf produce the sentinel index 0xFFFFFFFF when they
    survive into the final top-k result.

    K constraints:
        * k must be in [16, 2048];
        * k must be a multiple of 16;
        * the internal LLK window is snapped to 512, 1024, or 2048 elements.

    Input tensor constraints:
        * the input tensor must be allocated on a Blackhole device;
        * rank must be >= 1;
        * all leading dimensions are flattened into independent rows;
        * the flattened leading-dimension row count must fit in uint32_t;
        * the last dimension is the input row length;
        * the flattened row count must be > 0;
        * the last dimension must be >= k and <= 1,073,741,824 elements.

    valid_length (optional):
        * restricts the search to the first ``valid_length`` columns of each row;
        * the remaining columns are ignored -- neither read nor ranked -- so an
          over-allocated row whose tail is stale can be searched without slicing it;
        * must be in [k, last dimension]; defaults to the full last dimension;
        * applied at runtime (no recompile), so a loop growing valid_length reuses one program.

    Core selection:
        * ``subdevice_id`` selects a TENSIX subdevice from the active manager;
        * ``sub_core_grids`` optionally restricts work to a fully contained CoreRangeSet;
        * the resolved grid is structural and participates in the program-cache key;
        * kernels and circular buffers are created only on the resolved grid.

    Args:
        input_tensor: device tensor with ROW_MAJOR layout and BFLOAT16 dtype.
        k: required number of indices to return.
        valid_length: optional number of leading columns to search (default: full width).
        valid_length_tensor: optional 1-element UINT32 row-major DRAM tensor read on-device. Use for
            dynamic valid lengths during trace replay. Mutually exclusive with valid_length.
        valid_length_offset: constant added to valid_length_tensor[0] (default 0).
        subdevice_id: optional active subdevice containing the top-k workers.
        sub_core_grids: optional core restriction within ``subdevice_id``.
        valid_end_tensor: optional 1-element UINT32 row-major DRAM tensor holding the REAL token end;
            caps the derived search length at ceil32(valid_end). Requires valid_length_tensor. Without
            it a padded chunk ranks columns that were never written. Pass the SAME bound to
            ring_indexer_score_dsa's valid_end_tensor -- a looser score with a tighter top-k drops real
            keys, the reverse ranks a stale tail.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, k: int, valid_length: int | None = None, valid_length_tensor: ttnn._ttnn.tensor.Tensor | None = None, valid_length_offset: int = 0, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, valid_end_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

topk_large_indices: topk_large_indices_t = ...

class topk_router_gpt_t:
    """
    Fused multi-core matmul for GPT-OSS MoE router.

    Parallelizes the router linear layer ([B, hidden] x [hidden, num_experts])
    across four expert groups using 12 DRAM-aligned cores on Wormhole or
    eight on Blackhole P150. Devices with fewer than eight DRAM-aligned workers
    are unsupported. Each group combines its worker and sender partials.

    Args:
        input_tensor: [B, hidden_dim] bf16 tiled input, 1 <= B <= 32 with 32 padded rows
        weight_tensor: [hidden_dim, num_experts] bf16 tiled router weight in interleaved DRAM or L1
        bias_tensor: [B, num_experts] bf16 tiled router bias, pre-broadcast across batch
        k: Number of top experts
        num_experts: Total number of experts (128)

    Returns:
        A pair of row-major [B, k] tensors: uint16 expert indices and bf16
        normalized routing weights. Both buffers contain 32 physical rows.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, weight_tensor: ttnn._ttnn.tensor.Tensor, bias_tensor: ttnn._ttnn.tensor.Tensor, k: int = 4, num_experts: int = 128) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

topk_router_gpt: topk_router_gpt_t = ...

class matmul_wo_t:
    """
    Experimental, high-performance Matmul WO operation for DeepSeek.

    Args:
        input_tensor: Input tensor (sharded)
        w_tensor: Weight tensor for matmul
        output_tensor: Output tensor (sharded)
        layer_id: The layer for which the Matmul WO operation is being performed
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, w_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, layer_id: int) -> ttnn._ttnn.tensor.Tensor: ...

matmul_wo: matmul_wo_t = ...

class IndexerScoreProgramConfig:
    def __init__(self, *, q_chunk_size: int = 32, k_chunk_size: int = 32, head_group_size: int = 1) -> None: ...

    @property
    def q_chunk_size(self) -> int: ...

    @q_chunk_size.setter
    def q_chunk_size(self, arg: int, /) -> None: ...

    @property
    def k_chunk_size(self) -> int: ...

    @k_chunk_size.setter
    def k_chunk_size(self, arg: int, /) -> None: ...

    @property
    def head_group_size(self) -> int: ...

    @head_group_size.setter
    def head_group_size(self, arg: int, /) -> None: ...

class indexer_score_dsa_t:
    """
    DeepSeek-V3.2 DSA / GLM-5 lightning-indexer scorer.

    score[b, 0, s, t] = sum_h relu(q[b,h,s,:] . k[b,0,t,:]) * weights[b,0,s,h]

    ReLU(q.kT) gated by the learned per-head weights and summed over ALL Hi
    index heads into one shared selection row [B, 1, Sq, T]. For MiniMax M3's
    raw-dot, per-GQA-group indexer, use ``indexer_score_msa`` instead.

    Args:
        q: [B, Hi, Sq, D] bf16 or bfp8_b tiled (post non-interleaved RoPE)
        k: [B, 1, T, D] bf16 or bfp8_b tiled, single shared head
        weights: [B, 1, Sq, Hi] bf16 tiled learned per-head gates (scale
            pre-folded).
        chunk_start_idx: absolute global position of rank 0's query row 0
            (rank 0 = lowest seq_shard_axes[0] (SP) coord; causality: key t
            visible to query s iff t < floor((chunk_start + s + 1) /
            key_compression_ratio)). OMIT on a mesh -> deduced from compressed K
            as T*key_compression_ratio - sp_ring*Sq (sp_ring = mesh extent along the SP axis,
            whole mesh if unset). Single device: set to history + rank*Sq per rank.
        key_compression_ratio: query tokens represented by one K-cache row. 1
            (default) preserves legacy behavior; 4 enables compressed-key DSA.
            K sequence/output/kv_len are compressed rows, while query and
            chunk_start_idx geometry remain token units.
        program_config: work-unit knobs (q_chunk_size, k_chunk_size,
            head_group_size; elements, tile-aligned). Defaults always fit
            L1; raise head_group_size (0 = all resident) for performance.
        compute_kernel_config: optional DeviceComputeKernelConfig. Only
            math_fidelity is honored (default: HiFi2, or LoFi when q and k
            are both bfloat8_b); fp32_dest_acc_en / dst_full_sync_en must
            stay false (the custom LLK is validated for bf16 DEST half-sync).
        cache_batch_idx: optional int. Selects the batch slot of a shared
            [B, 1, T, D] k cache (which may then be ND-sharded across DRAM
            banks). Re-applied each dispatch, so switching slots does not
            recompile.
        kv_len: optional int. Valid prefix of a k allocated at its full T;
            the rest is masked out. Tile-aligned, in (0, T], with
            chunk_start_idx < kv_len -- the chunk must BEGIN inside the valid
            prefix, but its causal window MAY end past kv_len (and past T):
            those trailing rows are pad queries with no keys to attend.
            Re-applied each dispatch, so a
            serving loop growing kv_len (<= T) reuses one program -- no
            recompile. Only output columns [0, kv_len) are written.
        seq_shard_axes: the mesh axes the query seq is sharded over, outermost
            (SP ring) first: [] = linear device order (single device / whole-mesh
            ring, chunk_start_idx used as-is), [sp] = 1D SP ring, [sp, tp] = 2D SP
            ring + TP sub-shard. The SP axis (seq_shard_axes[0]) sets each device's
            causal offset: device r along it uses chunk_start = chunk_start_idx +
            r*Sq (Sq = q seq len). The optional TP axis (seq_shard_axes[1]) is the
            SECOND axis the query seq is block-cyclically sub-sharded over; set it
            (with a block-cyclic layout, when block_cyclic_chunk_local == tp*q_isl)
            so the exact geometry adds tp_rank*Sq to each device's block-cyclic
            position, keeping the causal mask correct under rotated (mid-slab) starts
            — unlike the flat [] path, which is linear-approximate there. The TP axis
            must be in range and distinct from the SP axis.
        block_cyclic_sp_axis: optional int. The MESH AXIS the K cache was striped
            over (chunked prefill + SP all-gather leaves [B,1,T,D] k in per-SP-shard
            slab / block-cyclic physical order). ``sp`` is DERIVED from the mesh
            shape on that axis, so a caller cannot pass an sp that disagrees with
            the device. The reader reads the permuted cache back in natural token
            order (invP per tile) so scores come out token-ordered and the causal
            mask/pool stay exact. Unset (or sp==1) = contiguous K (no remap). Pair
            with block_cyclic_chunk_local. Interface matches ttnn.transformer.sparse_sdpa.
        block_cyclic_chunk_local: optional int, REQUIRED with block_cyclic_sp_axis.
            The per-shard chunk length in QUERY-TOKEN rows (chunk_size_global / sp);
            the physical K chunk is this value / key_compression_ratio. Cross-checked
            against q: must equal q_isl (Sq, seq sharded only on the SP axis) or
            tp*q_isl (tp = mesh_size/sp). The tp*q_isl case with tp>1 (seq sharded
            across BOTH axes) has two forms: seq_shard_axes=[] uses flat row-major
            linearization over all devices (linear-approximate under a mid-slab
            start); seq_shard_axes=[sp, tp] names both axes, giving the rotation-exact
            2D geometry (see seq_shard_axes above).
        block_cyclic_cache_tp_sharded: optional bool (default False). KV dedup: the K cache is striped
            across ALL sp*tp devices (linear chip = sp_coord*tp + tp_coord), so only the invP key
            remap moves to (sp*tp, block_cyclic_chunk_local/tp) -- the causal geometry is unchanged.
            Needs block_cyclic_chunk_local divisible by tp with a tile-aligned quotient.

    Returns: score [B, 1, Sq, T] bf16 row-major; future/pad columns -inf.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, weights: ttnn._ttnn.tensor.Tensor, *, chunk_start_idx: int | None = None, key_compression_ratio: int = 1, program_config: IndexerScoreProgramConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, cache_batch_idx: int | None = None, kv_len: int | None = None, seq_shard_axes: Sequence[int] | None = None, block_cyclic_sp_axis: int | None = None, block_cyclic_chunk_local: int | None = None, block_cyclic_cache_tp_sharded: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

indexer_score_dsa: indexer_score_dsa_t = ...

class indexer_score_msa_t:
    """
    MiniMax-M3 MSA lightning-indexer scorer.

    score[b, g, s, t] = sum_{h in group g} (q[b,h,s,:] . k[b,t,:]) * scale

    Raw dot product (no ReLU), no learned gates -- only a 1/sqrt(d) ``scale``
    (applied as a constant gate). The Hi index heads are partitioned into
    ``num_groups`` GQA groups and summed WITHIN each group only, giving one
    output plane per group (no cross-group sum) for per-group selection.
    For DeepSeek-V3.2 / GLM-5's relu + gated + head-summed indexer, use
    ``indexer_score_dsa`` instead.

    Args:
        q: [B, Hi, Sq, D] bf16 or bfp8_b tiled (post non-interleaved RoPE)
        k: [B, 1, T, D] bf16 or bfp8_b tiled, single shared head
        chunk_start_idx: absolute global position of rank 0's query row 0
            (causality: key t visible to query s iff t <= chunk_start + s).
            OMIT on a mesh -> deduced as T - sp_ring*Sq; single device: set to
            history + rank*Sq per rank (same semantics as indexer_score_dsa).
        scale: constant gate applied to every head (e.g. 1/sqrt(d))
        num_groups: REQUIRED (no default). 1 sums all Hi heads into one plane
            (the TP=4 group-aligned deployment, Hi=1/device). G>1 partitions the heads into G groups
            of Hi/G and sums within each group -> output [B, G, Sq, T] (multiple
            GQA groups on one chip). G>1 needs all heads resident
            (head_group_size 0 or Hi) and k_chunk_size >= 64.
        block_size: 0 (default) = no pooling -> score [B, G, Sq, T]. >0 =
            block-max-pool over block_size keys -> score [B, G, Sq, T/block_size]
            (block selection; the downstream topk then picks per-group top-k
            blocks). Requires block_size a multiple of 32, T % block_size == 0,
            and k_chunk_size % block_size == 0.
        program_config: work-unit knobs (q_chunk_size, k_chunk_size,
            head_group_size; elements, tile-aligned). Defaults always fit L1.
        compute_kernel_config: optional DeviceComputeKernelConfig. Only
            math_fidelity is honored (default: HiFi2, or LoFi when q and k
            are both bfloat8_b); fp32_dest_acc_en / dst_full_sync_en must
            stay false (the custom LLK is validated for bf16 DEST half-sync).
        cache_batch_idx: optional int. Selects the batch slot of a shared
            [B, 1, T, D] k cache (which may then be ND-sharded across DRAM
            banks). Re-applied each dispatch, so switching slots does not
            recompile. Same semantics as indexer_score_dsa.
        kv_len: optional int. Valid prefix of a k allocated at its full T;
            the rest is masked out. Tile-aligned, in (0, T], with
            chunk_start_idx < kv_len -- the chunk must BEGIN inside the valid
            prefix, but its causal window MAY end past kv_len (and past T).
            When block-max-pooling
            (block_size > 0) it must also be a multiple of block_size (whole
            blocks are written). Re-applied each dispatch (a serving loop
            growing kv_len reuses one program). Only columns/blocks within
            the valid prefix are written.
        seq_shard_axes: the mesh axes the query seq is sharded over. MSA has no
            TP sub-shard, so at most one axis: [] = linear device order, [sp] = SP
            ring (device r along it uses chunk_start = chunk_start_idx + r*Sq).
        block_cyclic_sp_axis / block_cyclic_chunk_local: same semantics as
            indexer_score_dsa. block_cyclic_sp_axis = the MESH AXIS the K cache
            was striped over (sp derived from the mesh shape on that axis) and
            block_cyclic_chunk_local = the per-shard chunk length; the reader
            reads the permuted cache back in natural token order so the per-group
            scores (and the block-max-pool, which pools token-contiguous blocks)
            come out correct. Unset = contiguous K.
        block_cyclic_cache_tp_sharded: optional bool (default False). KV dedup, same
            semantics as indexer_score_dsa: the index-key cache is striped across ALL
            sp*tp devices (linear chip = sp_coord*tp + tp_coord), so only the key remap
            moves to (sp*tp, block_cyclic_chunk_local/tp); the causal geometry is
            unchanged. Needs block_cyclic_chunk_local divisible by tp with a tile-aligned
            quotient.

    Returns: score [B, num_groups, Sq, T_out] bf16 row-major (T_out = T, or
        T/block_size when block-max-pooling); future/pad columns/blocks -inf.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, *, num_groups: int, chunk_start_idx: int | None = None, scale: float = 1.0, block_size: int = 0, program_config: IndexerScoreProgramConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, cache_batch_idx: int | None = None, kv_len: int | None = None, seq_shard_axes: Sequence[int] | None = None, block_cyclic_sp_axis: int | None = None, block_cyclic_chunk_local: int | None = None, block_cyclic_cache_tp_sharded: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

indexer_score_msa: indexer_score_msa_t = ...

class ring_indexer_score_dsa_t:
    """
    Ring-fused DeepSeek-V3.2 DSA / GLM-5 lightning-indexer scorer.

    Identical score semantics to ``indexer_score_dsa`` but SUBSUMES the SP all-gather: rather than the
    caller pre-gathering K, it takes this chip's LOCAL K shard ``k_local`` [B,1,sll,D] (the all-gather
    input) plus a pre-allocated ``k`` persistent buffer (the gather output). In indexed-cache mode,
    ``k_local`` may be a multi-slot ND-sharded cache and ``k`` is batch-1 scratch; only the selected slot
    and the complete block-cyclic slabs touched by ``kv_len`` are gathered. One program
    co-schedules the ring_attention all-gather with the indexer compute so fabric transport overlaps
    scoring; the reader gates each K band on ONLY the SP shards that band touches, so it scores already-
    arrived shards while farther slabs are still in flight. DSA only -- there is no fused MSA variant.

    Trace-safe capture: pass ``cache_batch_idx_tensor`` (a 1-element uint32 ROW_MAJOR DRAM tensor holding
    the USER id) instead of ``cache_batch_idx``, together with ``index_cache_num_layers`` /
    ``index_cache_layer_idx``; the reader recomposes the flat slot on-device. A host ``cache_batch_idx``
    is re-patched per dispatch and a replay never re-runs that patch, so every replay would score
    against the slot that was live at capture time.

    For trace replay, ``chunk_start_idx_tensor`` supplies the dynamic chunk position on-device. It must
    be a 1-element UINT32 row-major DRAM tensor and requires block-cyclic layout. Do not also provide
    ``chunk_start_idx`` or ``kv_len``; the kernel derives ``kv_len`` from the tensor value.

    ``valid_end_tensor`` (optional, requires ``chunk_start_idx_tensor``) carries this chunk's REAL token
    end. Without it the derived ``kv_len`` is the end of the PADDED window, so a partial final chunk
    scores key columns the request never wrote -- causally masked for real query rows, but not for pad
    rows, whose top-k then diverges from the host-scalar path's. Supply it and the kernel caps the bound
    at ``ceil32(valid_end)``, reproducing the scalar bound exactly and narrowing the scored extent. Pass
    the same bound to ``topk_large_indices`` or the two drift: a looser score with a tighter top-k drops
    real keys, the reverse ranks a stale tail.

    Args:
        q: [B, Hi, Sq, D] bf16/bfp8_b tiled (post non-interleaved RoPE); see indexer_score_dsa
        k: [B, 1, T, D] bf16/bfp8_b tiled PERSISTENT all-gather OUTPUT buffer, T = sp*sll. B must be 1
            when cache_batch_idx is set; the gather fills remote SP shards in place
        weights: [B, 1, Sq, Hi] bf16 tiled learned per-head gates (scale pre-folded)
        k_local: [B, 1, sll, D] bf16/bfp8_b tiled, interleaved or ND-sharded DRAM -- this chip's SP
            shard and the all-gather INPUT; sll = T/sp; must match k's dtype
        ag_multi_device_global_semaphore: list of the all-gather's out-ready global semaphores; requires
            >= 2 (the forward and backward ring directions)
        cluster_axis: optional mesh axis that is the SP ring -- both the gather axis and the causality
            axis. Pass 0 or 1 for the existing independent axis-ring mode. Explicit None selects one
            direct-neighbor snake ring over the complete 2D mesh; tensor shards and causal ranks remain
            in canonical row-major mesh order. The keyword is required even though its value is optional.
        topology: ttnn.Topology -- ttnn.Topology.Linear (non-torus grid) or ttnn.Topology.Ring for an
            axis ring. Complete-mesh mode requires ttnn.Topology.Ring.
        num_links: int, fabric links for the gather (default 1)
        ag_sub_device_id: optional ttnn.SubDeviceId scoping the AG worker cores (kept disjoint from the
            compute grid so transport and compute cores do not collide)
        chunk_start_idx: optional int, rank 0's global query start; see indexer_score_dsa
        key_compression_ratio: 1 (default) for legacy DSA, or 4 for compressed keys.
            Query/chunk geometry is in token units; k, k_local, output width, and
            kv_len are compressed-key rows.
        program_config: IndexerScoreProgramConfig work-unit knobs; see indexer_score_dsa.
            head_group_size must be 0 (all Hi resident) or Hi -- head streaming is not supported here
        compute_kernel_config: optional DeviceComputeKernelConfig (only math_fidelity honored)
        cache_batch_idx: optional int selecting one k_local cache slot; only that slot is gathered into
            k slot 0. See indexer_score_dsa.
        kv_len: optional int, valid tile-aligned key prefix in (0, T]. With block-cyclic K, transport is
            bounded to the complete per-rank slabs touched by this prefix.
        seq_subshard_axis: optional int, 2D SP×TP -- the (TP) mesh axis the query rows are ALSO block-cyclic
            sub-sharded over, on top of the SP shard. The K cache stays SP-sharded + TP-replicated (the ring
            AG still gathers along cluster_axis), so only the causal query geometry gains the tp_rank*Sq
            sub-offset. nullopt = query sharded on the SP axis only. Must be unset in complete-mesh mode.
            See indexer_score_dsa.
        block_cyclic_sp_axis: optional int, mesh axis the cache was striped over; MUST equal cluster_axis;
            see indexer_score_dsa. Must be unset in complete-mesh mode because all devices are SP ranks.
        block_cyclic_chunk_local: optional int, per-shard chunk length. Axis mode requires it together with
            block_cyclic_sp_axis. It is expressed in query-token rows (physical K chunk is divided by
            key_compression_ratio). In complete-mesh mode pass this argument alone; SP is the complete mesh
            size and the value must equal q's local sequence length Sq. Leaving it unset selects contiguous
            K placement.
        block_cyclic_cache_tp_sharded: optional bool (default False). KV dedup: the K cache is striped
            across ALL sp*tp devices (linear chip = sp_coord*tp + tp_coord), so the invP key remap
            decodes (sp*tp, block_cyclic_chunk_local/tp) while the causal geometry stays on the query
            pair (sp, block_cyclic_chunk_local). Requires block_cyclic_sp_axis, and a per-stripe chunk
            that is tile-aligned. k_local must hold whole stripes. See indexer_score_dsa.

    Returns: score [B, 1, Sq, T] bf16 row-major; future/pad columns -inf.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, weights: ttnn._ttnn.tensor.Tensor, k_local: ttnn._ttnn.tensor.Tensor, ag_multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], *, cluster_axis: int | None, topology: ttnn._ttnn.operations.ccl.Topology, num_links: int = 1, ag_sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None, chunk_start_idx: int | None = None, key_compression_ratio: int = 1, program_config: IndexerScoreProgramConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, cache_batch_idx: int | None = None, kv_len: int | None = None, seq_subshard_axis: int | None = None, block_cyclic_sp_axis: int | None = None, block_cyclic_chunk_local: int | None = None, block_cyclic_cache_tp_sharded: bool = False, chunk_start_idx_tensor: ttnn._ttnn.tensor.Tensor | None = None, valid_end_tensor: ttnn._ttnn.tensor.Tensor | None = None, cache_batch_idx_tensor: ttnn._ttnn.tensor.Tensor | None = None, index_cache_num_layers: int = 1, index_cache_layer_idx: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

ring_indexer_score_dsa: ring_indexer_score_dsa_t = ...

class moe_gpt_t:
    """
    Experimental, high-performance MoE operation for GPT.

    Args:
        input_tensor: Sparse token buffer for tilize phase
        expert_indices: Expert routing indices
        expert_scores: Expert routing scores
        expert_mapping: Expert-to-device mapping
        w0_w1_tensor: Interleaved tensors for first and second matmul
        w2_tensor: Weight tensor for third matmul
        output_height_shard_dim: Height dimension of combine core grid (default: 4)
        output_width_shard_dim: Width dimension of combine core grid (default: 3)
        hidden_size: Hidden dimension size (default: 2880)
        cluster_axis: Optional cluster axis for multi-device dispatch
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, expert_indices: ttnn._ttnn.tensor.Tensor, expert_scores: ttnn._ttnn.tensor.Tensor, expert_mapping: ttnn._ttnn.tensor.Tensor, w0_w1_tensor: ttnn._ttnn.tensor.Tensor, w2_tensor: ttnn._ttnn.tensor.Tensor, output_height_shard_dim: int = 4, output_width_shard_dim: int = 3, hidden_size: int = 2880, cluster_axis: int | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

moe_gpt: moe_gpt_t = ...

class compressor_state_exchange_t:
    """
    Shift Blaze-compatible compressor state to the next SP rank.

    Rank zero receives the injected temporal state. Every other rank receives the
    complete 64-row KV and score state from its predecessor along ``cluster_axis``.
    Mesh coordinates on the other axis are independent TP lanes.

    All inputs are BFLOAT16 TILE tensors in interleaved memory. Each local mesh shard
    has shape ``[B, 1, 64, head_dim]``. The initial states have the same distributed tensor
    spec as the local states and contain the prior-call state in every SP shard; only
    rank zero's copy is preserved in the result.

    The local input tensors are not modified. They remain the outgoing compressor
    states, and the final active SP rank's local state is directly compatible with
    Blaze decode migration.

    Returns:
        Tuple of predecessor KV state and predecessor score state.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, local_kv_state: ttnn._ttnn.tensor.Tensor, local_score_state: ttnn._ttnn.tensor.Tensor, initial_kv_state: ttnn._ttnn.tensor.Tensor, initial_score_state: ttnn._ttnn.tensor.Tensor, *, cluster_axis: int = 0, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

compressor_state_exchange: compressor_state_exchange_t = ...

class csa_compressor_t:
    """
    Fused Blaze-compatible compressed sparse-attention pooling.

    ``kv`` and ``gate`` are local BFLOAT16 TILE slabs shaped
    ``[1, 1, S_local, 2 * head_dim]``, packing the Ca and Cb halves side
    by side. The replicated position bias has shape
    ``[1, 1, 4, 2 * head_dim]`` and both temporal states have local shape
    ``[1, 1, 64, head_dim]``. ``head_dim`` is derived from ``kv`` and must
    be a whole number of tiles wide.

    Returns the local pooled slab and authoritative local KV and score
    states. Incomplete and padded compression windows are zero.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, kv: ttnn._ttnn.tensor.Tensor, gate: ttnn._ttnn.tensor.Tensor, position_bias: ttnn._ttnn.tensor.Tensor, initial_kv_state: ttnn._ttnn.tensor.Tensor, initial_score_state: ttnn._ttnn.tensor.Tensor, *, seq_len_actual: int, first_token_position: int = 0, cluster_axis: int = 0, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

csa_compressor: csa_compressor_t = ...

class dispatch_t:
    """
    Routes input tokens to destination device dispatch buffers based on top-k expert indices.

    For each token on each source device, the kernel looks up the destination device for
    each of its top-k experts via expert_dispatch_table_tensor, then writes the token
    embedding at the token index given by expert_offsets_tensor in the destination
    device's flat dispatch buffer. Writes to the local device use NOC; writes to remote
    devices in the dispatch group use fabric. A metadata entry is written alongside each
    token for later recombination by the combine op.

    Each destination device accumulates a flat dispatch buffer: all experts_per_chip experts
    are packed contiguously in a single token dimension, with each expert's region starting
    at a TILE_HEIGHT-aligned token index.

    Args:
        input_tensor (ttnn.Tensor): Input token embeddings. Dtype may be BFLOAT16 or
            FP8_E4M3 (FP8_E4M3 is Blackhole-only). TILE layout converts to the output
            dtype via the compute packer; ROW_MAJOR layout is a byte copy and requires
            the input dtype to match the output dtype.
            Shape per device: (1, seq_len_per_chip, hidden_dim).
        indices_tensor (ttnn.Tensor): Top-k expert indices for each token.
            Shape per device: (1, seq_len_per_chip, num_experts_per_tok).
        expert_offsets_tensor (ttnn.Tensor): Starting token index per source device per expert
            in the destination device's flat dispatch buffer.
            Shape per device: (1, num_routed_experts).
        expert_dispatch_table_tensor (ttnn.Tensor): Maps each expert ID to the destination
            chip ID within the dispatch group. Values >= 0 are destination chip IDs; -1
            means the expert is absent from this dispatch group.
            Shape per device: (1, num_routed_experts).

    Keyword Args:
        dispatch_group_size (int): Number of devices in the dispatch group.
        experts_per_chip (int): Number of experts hosted on each destination device.
        num_routed_experts (int): Total number of routed experts across all devices.
        num_experts_per_tok (int): Number of experts each token is routed to (top-k).
        metadata_len (int): Number of fields per token in the metadata buffer. The first 3 are
            routing fields (linearized_mesh_coord, token_idx, topk_idx).
            When scales_tensor is provided, metadata_len must be 3 + (emb_dim/numbers_per_scale_block): each token's
            fp32 per-128-block (numbers_per_scale_block) scales are appended as fields 3.. (stored as int32 bit-patterns).
        max_dispatch_buffer_token_size (int): Total token capacity of the flat dispatch
            buffer per chip (shared across all local experts via dynamic offsets).
            Used as the in-kernel bounds check ceiling.
        padding_config (ttnn.Tensor, optional): Per-device [local_real_tokens, pad_side]
            config (uint32, ROW_MAJOR, shape (1, 2) per device). When provided, the
            dispatch kernels read it on device and bound their token loop to the real
            (unpadded) tokens instead of the full seq_len_per_chip. Must be the same
            tensor the gate used to sentinel-mark padded tokens. Defaults to None
            (process the full token range).
        scales_tensor (ttnn.Tensor, optional): Per-token fp8 scales (ROW_MAJOR,
            shape (1, seq_len_per_chip, emb_dim/numbers_per_scale_block) per device) produced by
            per_token_cast_to_fp8 alongside the fp8 input. When provided (fp8 ROW_MAJOR
            input only), each token's scales are copied into the metadata tail so the
            routed buffer can be dequantized downstream. Requires metadata_len ==
            3 + emb_dim/numbers_per_scale_block. Defaults to None. Blackhole-only.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice ID for core allocation.
        cluster_axis (int, optional): Mesh axis along which dispatch communicates
            (0 = SP/dispatch axis). Defaults to 0.
        num_links (int, optional): Number of fabric links for remote token writes.
            Defaults to 1.
        topology (ttnn.Topology, optional): Fabric topology for remote writes.
            Defaults to Linear.
        use_l1_small_for_semaphores (bool, optional): Allocate the workload's
            GlobalSemaphores in L1_SMALL instead of L1. Defaults to False.
        fp8_output (bool, optional): Pack the dispatched buffer as Fp8_e4m3
            (DataType::FP8_E4M3). Blackhole-only (not supported on Wormhole_B0). With
            TILE input the packer converts any input dtype; with ROW_MAJOR input (a byte
            copy) fp8 output requires fp8 input. Defaults to False.
        fp8_scaled_input (bool, optional): Enable the fp8-scaled-input path. When True, the
            input must be fp8 (FP8_E4M3) ROW_MAJOR and scales_tensor must be provided; each
            token's fp32 per-128-block (numbers_per_scale_block) scales are copied into the metadata tail (fields 3..),
            requiring metadata_len == 3 + emb_dim/numbers_per_scale_block. Blackhole-only. Defaults to False.
        num_workers_per_sender (int, optional): Number of worker cores per
            sender. Applies to both TILE and ROW_MAJOR input (both layouts run on
            the same worker architecture; ROW_MAJOR reads rows without untilizing).

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]:
            dispatched_buffer: Flat expert-centric token buffer on each destination device.
                Shape per device: (1, 1, max_dispatch_buffer_token_size, hidden_dim).
            metadata: Per-token metadata written alongside dispatched_buffer.
                Shape per device: (1, 1, max_dispatch_buffer_token_size, metadata_len).
                metadata_len is 3 by default — fields [linearized_mesh_coord, token_idx,
                topk_idx] — and grows to 3 + emb_dim/numbers_per_scale_block when
                scales_tensor is dispatched, with fields 3.. holding the per-128-block (numbers_per_scale_block) fp32
                scale tail (int32 bit-pattern).
                Used by the combine op to route processed tokens back to their origin.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, indices_tensor: ttnn._ttnn.tensor.Tensor, expert_offsets_tensor: ttnn._ttnn.tensor.Tensor, expert_dispatch_table_tensor: ttnn._ttnn.tensor.Tensor, *, dispatch_group_size: int, experts_per_chip: int, num_routed_experts: int, num_experts_per_tok: int, metadata_len: int, max_dispatch_buffer_token_size: int, padding_config: ttnn._ttnn.tensor.Tensor | None = None, scales_tensor: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, num_links: int | None = 1, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Linear, use_l1_small_for_semaphores: bool = False, fp8_output: bool = False, fp8_scaled_input: bool = False, num_workers_per_sender: int = 2) -> list[ttnn._ttnn.tensor.Tensor]: ...

dispatch: dispatch_t = ...

class combine_t:
    """
    Routes expert-processed tokens back to their origin devices and accumulates weighted contributions at each token's original position.

    For each entry in dispatched_buffer, the kernel reads the corresponding metadata entry
    to determine the origin device, original token index, top-k slot, and router weight.
    It then writes the weighted expert output back to the origin device's output buffer:
    locally via NOC if the origin is the same device, or remotely via fabric if the origin
    is a different device in the dispatch group. This is the inverse of the dispatch op.

    Each device accumulates a token-centric output buffer: for each token slot, up to
    num_experts_per_tok expert contributions are written at the corresponding top-k index.
    Only the token slots corresponding to experts in this dispatch group are populated;
    slots for experts from other dispatch groups contain uninitialized values.

    Args:
        dispatched_buffer (ttnn.Tensor): Expert-processed token embeddings produced by TtRoutedExpert.
            Shape per device: (1, 1, max_dispatch_buffer_token_size, hidden_dim).
            BFLOAT16 ROW_MAJOR.
        dispatched_metadata (ttnn.Tensor): Per-token routing metadata produced by the dispatch op.
            Shape per device: (1, 1, max_dispatch_buffer_token_size, metadata_len=3).
            INT32 ROW_MAJOR. Fields per token: [linearized_mesh_coord, token_idx, topk_idx].
        expert_token_counts (ttnn.Tensor): Number of tokens dispatched to each expert, used to bound
            the valid range of token slots read per expert in dispatched_buffer.
            Shape per device: (1, 1, num_routed_experts). INT32 or UINT32 ROW_MAJOR.
        expert_region_offsets (ttnn.Tensor): Expert region offsets (shared across source
            devices in a dispatch group) giving the start position of each expert's region
            in the dispatched_buffer. Same shape/layout as expert_token_counts. Produced by
            ttnn.experimental.deepseek_prefill.offset_cumsum.
            Shape per device: (1, 1, num_routed_experts). INT32 or UINT32 ROW_MAJOR.

    Keyword Args:
        dispatch_group_size (int): Number of devices in the dispatch group.
        experts_per_chip (int): Number of experts hosted on each device.
        num_experts_per_tok (int): Number of experts each token is routed to (top-k).
        seq_len_per_chip (int): Number of tokens on each device (output token dimension size).
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration. Must be interleaved
            (L1 or DRAM). Defaults to the memory config of dispatched_buffer.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice ID for core allocation. Defaults to None.
        cluster_axis (int, optional): Mesh axis along which combine communicates
            (0 = SP/dispatch axis). Defaults to 0.
        num_links (int, optional): Number of fabric links for remote token writes.
            Defaults to 1.
        topology (ttnn.Topology, optional): Fabric topology for remote writes (Linear or Ring).
            Defaults to Linear.
        init_zeros (bool, optional): Whether to zero-initialize the output buffer before writing.
            Defaults to True.
        use_fp8_combine (bool, optional): When True, emit the combined output in fp8_e4m3.
            Requires Blackhole hardware. Defaults to False.

    Returns:
        ttnn.Tensor:
            Combined token embeddings with weighted expert contributions accumulated at each
            token's original top-k slot.
            Shape per device: (1, 1, seq_len_per_chip, num_experts_per_tok, hidden_dim).
            BFLOAT16 ROW_MAJOR. Token slots corresponding to experts outside this dispatch
            group contain uninitialized values.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, dispatched_buffer: ttnn._ttnn.tensor.Tensor, dispatched_metadata: ttnn._ttnn.tensor.Tensor, expert_token_counts: ttnn._ttnn.tensor.Tensor, expert_region_offsets: ttnn._ttnn.tensor.Tensor, *, dispatch_group_size: int, experts_per_chip: int, num_experts_per_tok: int, seq_len_per_chip: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, num_links: int | None = 1, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Linear, init_zeros: bool = True, use_l1_small_for_semaphores: bool = False, use_fp8_combine: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

combine: combine_t = ...

class routed_expert_ffn_t:
    """
    Single expert FFN computation for DeepSeek MoE prefill.

    Computes the gated FFN for one routed expert:
        gate_out = x @ gate_proj
        up_out   = x @ up_proj
        activated = silu(gate_out) * up_out
        output   = activated @ down_proj

    Args:
        x (ttnn.Tensor): Input tensor.
        gate_proj (ttnn.Tensor): Gate projection weight (emb_dim, hidden_dim).
        up_proj (ttnn.Tensor): Up projection weight (emb_dim, hidden_dim).
        down_proj (ttnn.Tensor): Down projection weight (hidden_dim, emb_dim).

    Keyword Args:
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to None.
        output (ttnn.Tensor, optional): Pre-allocated output tensor for in-place write of the final matmul result. Defaults to None.

    Returns:
        ttnn.Tensor: Output tensor with the same shape as ``x``.

    Example:
        >>> output = ttnn.experimental.deepseek_prefill.routed_expert_ffn(
                x, gate_proj, up_proj, down_proj,
                compute_kernel_config=compute_kernel_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, x: ttnn._ttnn.tensor.Tensor, gate_proj: ttnn._ttnn.tensor.Tensor, up_proj: ttnn._ttnn.tensor.Tensor, down_proj: ttnn._ttnn.tensor.Tensor, *, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, output: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

routed_expert_ffn: routed_expert_ffn_t = ...

class RoutedExpertActivation(enum.Enum):
    Silu = 0

    SwiGluOai = 1

    SituGlu = 2

    ClampedSiluGlu = 3

UNIFIED_ROUTED_EXPERT_CORE_GRID: ttnn._ttnn.tensor.CoreCoord = ...

class unified_routed_expert_moe_t:
    """
    Single-op fused routed-expert MoE FFN (Blackhole). Takes the dispatched
    buffer + ALL local experts' weights and runs in ONE device program. The
    reader/compute/writer kernels loop over the local experts: each expert
    reads its slice of the shared dispatched buffer at its region offset
    (fusing ``ttnn::extract``), runs gate/up/down, and writes its output
    straight into the shared output buffer at that offset (fusing
    ``ttnn::insert``). NO per-expert temp buffer, no per-expert dispatch, and
    no inter-expert dispatch gap.

    The kernels read device-resident counts/idx and bound each expert's
    chunk loop to the actually-occupied chunks. The host does NOT sync to
    read counts.

    Args:
        dispatched_buffer (ttnn.Tensor): (max_dispatch, emb).
        expert_region_offsets (ttnn.Tensor): UINT32 1D, per-expert start.
        expert_token_counts (ttnn.Tensor): UINT32 1D, per-expert counts.
        global_expert_idx_table (ttnn.Tensor): UINT32 1D, local->global id map.
        gate_projs (list[ttnn.Tensor]): one (emb, hidden) per local expert.
        up_projs (list[ttnn.Tensor]): one (emb, hidden) per local expert.
        down_projs (list[ttnn.Tensor]): one (hidden, emb) per local expert.
        max_dispatched_tokens_per_expert (int): rows extract gives back.

    Keyword Args:
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional)
        activation (ttnn.RoutedExpertActivation, optional):
            Silu (default, DeepSeek), SwiGluOai (clamped, MiniMax-M3 / gpt-oss),
            SituGlu (tanh-capped, Kimi K3; Blackhole only), or ClampedSiluGlu
            (silu(min(gate,10)) * clamp(up,+/-10), DeepSeek V4; Blackhole only).

    Each per-expert FFN picks its chunk_M_tiles / per_core_M / num_chunks at
    RUNTIME from the device-resident token count, so there is no expected-token
    argument — the work scales to each expert's actual load automatically.

    Returns:
        ttnn.Tensor: expert outputs, same shape as dispatched_buffer.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, dispatched_buffer: ttnn._ttnn.tensor.Tensor, expert_region_offsets: ttnn._ttnn.tensor.Tensor, expert_token_counts: ttnn._ttnn.tensor.Tensor, global_expert_idx_table: ttnn._ttnn.tensor.Tensor, gate_projs: Sequence[ttnn._ttnn.tensor.Tensor], up_projs: Sequence[ttnn._ttnn.tensor.Tensor], down_projs: Sequence[ttnn._ttnn.tensor.Tensor], max_dispatched_tokens_per_expert: int, *, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, activation: RoutedExpertActivation = RoutedExpertActivation.Silu, gate_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, up_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, down_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, min_active_tokens: int = 0, max_active_tokens: int = 4294967295) -> ttnn._ttnn.tensor.Tensor: ...

unified_routed_expert_moe: unified_routed_expert_moe_t = ...

class moe_fused_swiglu_t:
    """
    Fused routed-expert SwiGLU over ALL local experts using a configurable
    rectangular worker grid.

    Takes the dispatched buffer plus one weight triple per local expert and
    runs every expert in ONE device program: the reader, compute and writer
    kernels loop the experts, computing a gated activation over
    ``activations @ w_gate`` and ``activations @ w_up``, followed by
    ``@ w_down``. ``activation`` selects plain SiLU SwiGLU (default),
    Kimi K3 SiTU-GLU, or the clamped SwiGLU-OAI that MiniMax-M3 and GPT-OSS run.
    ``gate_biases``/``up_biases``/``down_biases`` are optional per-local-expert projection
    biases (gpt-oss): all three or none, gate/up shaped (1, hidden) and down (1, emb), and
    only on an activation whose kernel carries the bias branch. Each expert's valid token-row count is read on device
    from ``counts[global_expert_idx_table[e]]``; no host readback or host
    branch depends on the count, and no per-expert dispatch happens.

    An expert whose count is zero is skipped uniformly across the grid, so a
    masked ``counts`` vector routes a subset of the experts to this op and
    leaves the rest to another.

    The input activations must be BFLOAT16 ROW_MAJOR or BFLOAT8_B TILE. All weights
    must be TILE and share BFLOAT4_B, BFLOAT8_B, or BFLOAT16 dtype, and every
    expert's weights must share the layout of expert 0 -- one accessor layout
    descriptor per role serves the whole loop. The default output is
    BFLOAT8_B TILE in DRAM. By default all cores in the device's
    compute-with-storage grid are used. ``core_grid=(x, y)`` is an explicit
    rectangular-prefix override.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, w_gates: Sequence[ttnn._ttnn.tensor.Tensor], w_ups: Sequence[ttnn._ttnn.tensor.Tensor], w_downs: Sequence[ttnn._ttnn.tensor.Tensor], counts: ttnn._ttnn.tensor.Tensor, global_expert_idx_table: ttnn._ttnn.tensor.Tensor, *, input_m_tiles: int | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.tensor.CoreCoord | None = None, output: ttnn._ttnn.tensor.Tensor | None = None, expert_region_offsets: ttnn._ttnn.tensor.Tensor | None = None, read_x_at_offset: bool = False, activation: RoutedExpertActivation = RoutedExpertActivation.Silu, gate_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, up_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, down_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, min_active_tokens: int = 0, max_active_tokens: int = 4294967295) -> ttnn._ttnn.tensor.Tensor: ...

moe_fused_swiglu: moe_fused_swiglu_t = ...

class hybrid_routed_expert_moe_t:
    """
    Both routed-expert implementations in ONE dispatch.

    Each expert is routed at runtime from the device-resident token counts against
    hybrid_token_threshold: at or below it the expert runs on the fused implementation,
    above it on the unified one. One program, so the layer can be overlapped with combine.

    Passing dispatched_metadata overlaps combine_fabric2d in the same program and returns
    combine's output. dispatched_buffer must then be bfloat16 ROW_MAJOR (the routed expert hands
    combine bfloat8_b tiles, as the two ops do back to back), and expert_offsets,
    replicated_global_expert_idx_table (the full table on every device), expert_region_offsets,
    combine_axis, combine_num_links, num_experts_per_tok and seq_len_per_chip are combine's.
    The overlap also needs fwd_arrived_semaphore, final_arrived_semaphore and expert_go_semaphore:
    global semaphores created once, initialised to zero, and passed on every call, since
    neighbouring chips bump them across launches. Everything else it places in L1 is freed when
    the call returns. forwarding_buffer is combine's DRAM staging buffer from
    hybrid_routed_expert_moe_forwarding_buffer; omitted, combine allocates its own at the first
    call and keeps it for the program's lifetime.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, dispatched_buffer: ttnn._ttnn.tensor.Tensor, expert_region_offsets: ttnn._ttnn.tensor.Tensor, expert_token_counts: ttnn._ttnn.tensor.Tensor, global_expert_idx_table: ttnn._ttnn.tensor.Tensor, gate_projs: Sequence[ttnn._ttnn.tensor.Tensor], up_projs: Sequence[ttnn._ttnn.tensor.Tensor], down_projs: Sequence[ttnn._ttnn.tensor.Tensor], max_dispatched_tokens_per_expert: int, *, hybrid_token_threshold: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, activation: RoutedExpertActivation = RoutedExpertActivation.Silu, gate_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, up_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, down_biases: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, dispatched_metadata: ttnn._ttnn.tensor.Tensor | None = None, expert_offsets: ttnn._ttnn.tensor.Tensor | None = None, replicated_global_expert_idx_table: ttnn._ttnn.tensor.Tensor | None = None, combine_axis: int = 0, combine_num_links: int = 2, num_experts_per_tok: int = 0, seq_len_per_chip: int = 0, fwd_arrived_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, final_arrived_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, expert_go_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, forwarding_buffer: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hybrid_routed_expert_moe: hybrid_routed_expert_moe_t = ...

class hybrid_routed_expert_moe_forwarding_buffer_t:
    """
    Allocate combine's DRAM forwarding buffer for hybrid_routed_expert_moe overlapped with combine.

    Create it once per mesh, before the first overlapped forward, and pass it as forwarding_buffer
    on every call. The arguments are the ones the overlapped call passes; emb_dim is the routed
    token width.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, emb_dim: int, experts_per_chip: int, num_experts_per_tok: int, seq_len_per_chip: int, combine_axis: int = 0, combine_num_links: int = 2) -> ttnn._ttnn.tensor.Tensor: ...

hybrid_routed_expert_moe_forwarding_buffer: hybrid_routed_expert_moe_forwarding_buffer_t = ...

class extract_t:
    """
    Extract operation for DeepSeek prefill MoE.

    Each device independently looks up its global expert id via
    global_expert_id = global_expert_idx_table[local_expert_id]
    (all device-resident; no host round-trip), reads start[global_expert_id] and
    counts[global_expert_id] from its own DRAM, and copies
    global_tensor[start : start + ceil_tile(counts), :] into the first rows/tokens
    of the output tensor.

    The output has shape [max_dispatched_tokens_per_expert, hidden_dim]; rows/tokens beyond
    ceil_tile(counts[global_expert_id]) are left uninitialized.

    Args:
        global_tensor (ttnn.Tensor): 2D BFLOAT8_B TILE-layout DRAM interleaved tensor.
        start (ttnn.Tensor): 1D tensor (or 2D with first dim == 1) of UINT32,
            DRAM interleaved, giving the per-expert starting row/token offsets.
        counts (ttnn.Tensor): 1D tensor (or 2D with first dim == 1) of UINT32,
            DRAM interleaved, giving the per-expert row/token counts.
        global_expert_idx_table (ttnn.Tensor): 1D tensor (or 2D with first dim == 1) of
            UINT32, DRAM interleaved, mapping local_expert_id -> global_expert_id.
        local_expert_id (int): UINT32 scalar index into global_expert_idx_table.
        max_dispatched_tokens_per_expert (int): Host-known upper bound on the number of
            rows/tokens that can be extracted per expert. Must be a multiple of TILE_HEIGHT (32).
            Defines the output tensor's row/token dimension.

    Returns:
        ttnn.Tensor: [max_dispatched_tokens_per_expert, hidden_dim] BFLOAT8_B TILE-layout
            DRAM tensor. Valid rows/tokens are in [0, ceil_tile(counts[global_expert_id])).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, global_tensor: ttnn._ttnn.tensor.Tensor, start: ttnn._ttnn.tensor.Tensor, counts: ttnn._ttnn.tensor.Tensor, global_expert_idx_table: ttnn._ttnn.tensor.Tensor, *, local_expert_id: int, max_dispatched_tokens_per_expert: int) -> ttnn._ttnn.tensor.Tensor: ...

extract: extract_t = ...

class insert_t:
    """
    Insert operation for DeepSeek prefill MoE — inverse of extract.

    Each device independently looks up its global expert id via
    global_expert_id = global_expert_idx_table[local_expert_id]
    (all device-resident; no host round-trip), reads start[global_expert_id] and
    counts[global_expert_id] from its own DRAM, and copies the first
    ceil_tile(counts[global_expert_id]) rows/tokens of local_tensor into
    global_tensor[start : start + ceil_tile(counts), :].

    The op writes in place into global_tensor and returns a handle to
    that same tensor (no new allocation).

    Args:
        global_tensor (ttnn.Tensor): 2D BFLOAT8_B TILE-layout DRAM interleaved
            tensor that the slice is written into.
        local_tensor (ttnn.Tensor): 2D BFLOAT8_B TILE-layout DRAM interleaved
            tensor providing the source rows/tokens. Must have the same hidden_dim
            as global_tensor.
        start (ttnn.Tensor): 1D tensor (or 2D with first dim == 1) of UINT32,
            DRAM interleaved, giving the per-expert starting row/token offsets in
            global_tensor.
        counts (ttnn.Tensor): 1D tensor (or 2D with first dim == 1) of UINT32,
            DRAM interleaved, giving the per-expert row/token counts.
        global_expert_idx_table (ttnn.Tensor): 1D tensor (or 2D with first dim == 1)
            of UINT32, DRAM interleaved, mapping local_expert_id -> global_expert_id.
        local_expert_id (int): UINT32 scalar index into global_expert_idx_table.

    Returns:
        ttnn.Tensor: The same global_tensor handle, now with the slice
            written into [start, start + ceil_tile(counts)).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, global_tensor: ttnn._ttnn.tensor.Tensor, local_tensor: ttnn._ttnn.tensor.Tensor, start: ttnn._ttnn.tensor.Tensor, counts: ttnn._ttnn.tensor.Tensor, global_expert_idx_table: ttnn._ttnn.tensor.Tensor, *, local_expert_id: int) -> ttnn._ttnn.tensor.Tensor: ...

insert: insert_t = ...

class update_padded_kv_cache_t:
    """
    Write a chunk_local-row input slab into a KV cache at a per-device start offset
    derived from a single global token count.

    Each device participating in the mesh derives its own write offset from
    `kv_actual_global` and its coordinate along `cluster_axis`, so that new tokens
    overwrite the trailing pad cells of the prior cache before spilling into the
    next slab. When `kv_actual_global` aligns to a chunk-global boundary the math
    degenerates to a uniform per-device offset (the chunked-natural case).

    In place: returns a handle to `cache`.

    Cache slot is linearized users-outer, layers-inner — internally the op composes
    ``batch_idx = slot_idx * num_layers + layer_idx``. ``slot_idx`` and ``kv_actual_global``
    stay out of the program hash, so successive users/chunks reuse one cached program (per
    layer).

    Two call forms (identical results):
      - scalar: ``(cache, input, slot_idx, layer_idx, num_layers, kv_actual_global,
        cluster_axis)`` — the per-call values are host scalars patched on cache hits.
      - per-element-tensor: ``(cache, input, slot_idx, kv_actual_global, layer_idx,
        num_layers, cluster_axis)`` — ``slot_idx`` and ``kv_actual_global`` are 1-element
        uint32 tensors; the writer kernel reads element [0] of each on-device, so they never
        touch the host dispatch path. This form is trace-safe (one captured program replays
        across chunks/users).

    Args:
        cache (ttnn.Tensor): 4D KV cache tensor on device, TILE or ROW_MAJOR layout. Sharded
            across `cluster_axis` with `sp_factor` slots per chip. Outermost dim equals
            ``num_slots * num_layers``. Layout/dtype must match ``input``: block-float
            (bfloat8_b/bfloat4_b) requires TILE; FP8_E4M3 requires ROW_MAJOR (Blackhole).
            Seq dims stay 32-aligned in both layouts, and TILE layout requires the standard
            32x32 tile.
        input (ttnn.Tensor): 4D input slab on device, same layout, dtype and head dim as
            cache. Per-chip seq length = chunk_local.
        slot_idx (int | ttnn.Tensor): scalar form: user slot in the batched prefill cache.
            per-element-tensor form: a 1-element uint32 DRAM tensor ([1,1,1,1], ROW_MAJOR,
            replicated across the mesh) whose element [0] is the user slot; read on-device.
        kv_actual_global (int | ttnn.Tensor): scalar form: prior valid global KV length in
            tokens (tile-aligned). per-element-tensor form: a 1-element uint32 DRAM tensor
            (same layout as ``slot_idx``) whose element [0] is that length; read on-device.
            The caller packs valid values for the tensor form (host-side validation).
        layer_idx (int): Transformer layer index for this call. Structural (hashed): one
            cached program per layer is reused across users and chunks.
        num_layers (int): Total layers folded into the cache batch dim. Structural —
            fixed for the lifetime of the workload.
        cluster_axis (Optional[int]): Cluster axis along which the cache is sharded (0 or 1).
            Explicit None means that sequence shards span the complete 2D mesh in canonical
            row-major coordinate order.
        valid_global (int | ttnn.Tensor, optional): end of this chunk's REAL tokens — an int
            (scalar form) or a 1-element uint32 tensor read on-device (tensor form). Given it,
            only the rows holding real tokens are written, so the cache must fit
            ``ceil32(valid_global)`` rather than ``kv_actual_global + chunk_global``. The
            32-token block holding the last real token is still written; clear it with
            ``zero_padded_kv_cache``. Omitted: the whole padded slab is written.
        tp_axis (int, optional): Second axis to also shard the cache across (KV dedup).
            ``input`` must then be TP-replicated and single-head, and each chip persists only
            its own ``1/tp`` seq window. Must differ from ``cluster_axis``.

        rope (ttnn.Tensor, optional): Separate TILE BF16 RoPE values. When supplied,
            input is TILE BF16 latent and cache is ROW_MAJOR BF16, with width equal to
            the sum of the two input widths. Packing and untilization are fused into
            the cache write; both inputs must be interleaved, single-batch, single-head.
        scales (ttnn.Tensor, optional): Select scaled-FP8 packing. Input is ROW_MAJOR
            FP8_E4M3 latent (512 values), scales is ROW_MAJOR FP32 (4 values), and rope
            is BF16 (64 values), ROW_MAJOR or TILE. Tiled RoPE is untilized inside this
            operation using LLK. Cache is ROW_MAJOR FP8_E4M3 with 656-byte
            rows containing the three fields. All fields share leading shapes.

    Returns:
        ttnn.Tensor: handle to `cache` with the new slab written in place.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, slot_idx: int, layer_idx: int, num_layers: int, kv_actual_global: int, cluster_axis: int | None, valid_global: int | None = None, tp_axis: int | None = None, rope: ttnn._ttnn.tensor.Tensor | None = None, scales: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, slot_idx: ttnn._ttnn.tensor.Tensor, kv_actual_global: ttnn._ttnn.tensor.Tensor, layer_idx: int, num_layers: int, cluster_axis: int | None, valid_global: ttnn._ttnn.tensor.Tensor | None = None, tp_axis: int | None = None, rope: ttnn._ttnn.tensor.Tensor | None = None, scales: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

update_padded_kv_cache: update_padded_kv_cache_t = ...

class zero_padded_kv_cache_t:
    """
    Zero the migration pad window [valid_global, ceil_pad_align(valid_global)) of a
    block-cyclic KV cache, in place.

    Both the single-shot fill and chunked update_padded_kv_cache write full 32-row
    tiles, so the tokens between the last real token (valid_global) and the next
    pad_align boundary hold stale data; this op clears them so the decode side reads
    clean zeros. The window is up to pad_align-1 tokens (1-4 tiles) and may straddle a
    chip boundary -- each device zeroes its own share, derived from valid_global,
    chunk_size_global and its coordinate along cluster_axis. TILE layout uses the
    mask/compute path: the boundary (partial) tile is read, multiplied by an in-kernel
    row-mask and written back; fully-pad tiles are written from an L1 zeros buffer.
    ROW_MAJOR BF16 and FP8_E4M3 caches use a dataflow-only path that zeroes complete
    token rows directly, so the payload never enters the unpack/compute engine.

    Cache slot is linearized users-outer, layers-inner: batch_idx = slot_idx*num_layers
    + layer_idx. ``valid_global`` and ``slot_idx`` stay out of the program hash, so
    successive chunks reuse one cached program.

    Two call forms (identical results):
      - scalar: ``(cache, slot_idx, layer_idx, num_layers, valid_global, chunk_size_global,
        cluster_axis, pad_align)`` -- host scalars patched on cache hits.
      - tensor: ``(cache, slot_idx, valid_global, layer_idx, num_layers, chunk_size_global,
        cluster_axis, pad_align)`` -- ``slot_idx`` and ``valid_global`` are 1-element uint32
        tensors; the reader/writer read element 0 of each on-device, so they never touch the
        host dispatch path. This form is trace-safe.

    Args:
        cache (ttnn.Tensor): 4D, DRAM-backed KV cache tensor with head dim 1. Supports
            TILE layout with the standard 32x32 tile, or ROW_MAJOR layout with BF16 or FP8_E4M3
            dtype. The per-element-tensor (metadata) form of slot_idx/valid_global below is
            TILE-only; ROW_MAJOR uses scalars.
        slot_idx (int, scalar form / ttnn.Tensor, tensor form): user slot in the batched prefill
            cache. As a tensor: a 1-element uint32 DRAM tensor (replicated across the mesh, the
            runner's h2d_socket_sync payload element 0 [slot_id]); read on-device from element 0.
        valid_global (int, scalar form / ttnn.Tensor, tensor form): number of real (non-pad)
            global tokens; window starts here. As a tensor: a 1-element uint32 DRAM tensor
            (replicated across the mesh, the runner's payload element 2 [actual_end]); read
            on-device from element 0.
        layer_idx (int): Transformer layer index for this call (hashed/structural).
        num_layers (int): Total layers folded into the cache batch dim (structural).
        chunk_size_global (int): block-cyclic chunk size (= sp_factor * chunk_local).
        cluster_axis (int): Cluster axis along which the cache is sharded (0 or 1).
        pad_align (int): migration read alignment; window ends at ceil_pad_align (default 128).

    Returns:
        ttnn.Tensor: handle to `cache`, pad window zeroed in place.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, slot_idx: int, layer_idx: int, num_layers: int, valid_global: int, chunk_size_global: int, cluster_axis: int, pad_align: int = 128) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, slot_idx: ttnn._ttnn.tensor.Tensor, valid_global: ttnn._ttnn.tensor.Tensor, layer_idx: int, num_layers: int, chunk_size_global: int, cluster_axis: int, pad_align: int = 128) -> ttnn._ttnn.tensor.Tensor: ...

zero_padded_kv_cache: zero_padded_kv_cache_t = ...

class rotary_embedding_indexed_t:
    """
    KV-pad-aware indexed rotary embedding for chunked prefill.

    Applies rotary embedding to a per-chip input chunk, indexing into SP-sharded cos/sin
    caches at a per-device offset derived on-device from a single global valid-KV length
    (`kv_actual_global`) and the device's coordinate along `cluster_axis`. The boundary
    chip's older-then-wrap token layout is read with a single contiguous offset because the
    wrap is absorbed by the block-cyclic cos/sin shard layout. `kv_actual_global` stays out of
    the program hash, so successive chunks reuse one cached program.

    Two call forms (identical results):
      - scalar: ``(input, cos, sin, trans_mat, kv_actual_global, cluster_axis, ...)`` — host
        scalar patched on cache hits.
      - metadata: ``(input, cos, sin, trans_mat, kv_actual_global, cluster_axis, ...)`` where the
        ``kv_actual_global`` argument is a 1-element uint32 tensor instead of an int — the reader
        reads the value on-device from element [0] of that tensor, so it never touches the host
        dispatch path. This form is trace-safe. Both overloads bind this 5th argument as
        ``kv_actual_global`` (pass an int for the scalar form, a 1-element uint32 tensor for the
        metadata form).

    Args:
        input (ttnn.Tensor): 4D per-chip input chunk on device, TILE layout
            [1, n_heads, chunk_local, head_dim]. All four tensor operands must use the
            standard 32x32 tile.
        cos (ttnn.Tensor): 4D cos cache on device, TILE layout, SP-sharded over
            `cluster_axis` in block-cyclic order keyed by `chunk_local`.
        sin (ttnn.Tensor): 4D sin cache, same layout/shape as `cos`.
        trans_mat (ttnn.Tensor): rotation transformation matrix (one tile), replicated.
        kv_actual_global (int | ttnn.Tensor): prior valid global KV length in tokens
            (tile-aligned). Scalar form: an int. Metadata (trace-safe) form: a dedicated
            1-element uint32 DRAM tensor, replicated across the mesh, holding the value directly
            at element [0]; the reader reads it on-device. Same argument name/position in both
            forms.
        cluster_axis (int): mesh axis the cos/sin caches are SP-sharded along (0 or 1).
        seq_subshard_axis (int, optional): other mesh axis subdividing the input query rows.
            The caller must supply input equivalent to an exact mesh_partition of the full
            SP slab with dim=-2 and cluster_axis=seq_subshard_axis. Cos/sin must remain
            replicated on this axis and be built for
            chunk_local = input sequence length * subshard axis size.
            The op cannot validate these layout preconditions: replicated or differently
            partitioned input, or mismatched cache slab geometry, produces incorrect per-rank
            rotation offsets without an error. Each rank reads its contiguous query window
            within the original (possibly rotated) slab.
            This structural option is hashed and works with both scalar and metadata forms.

        rotary_dim (int, optional): width of the rotary region; defaults to the full input
            width. Must match cos/sin width and be a positive multiple of 32.
        rotary_offset (int): first rotary channel (default 0), a multiple of 32. The region
            must fit within input width. Other channels are copied without conversion.
        concat_prefix (ttnn.Tensor, optional): rank-4 TILE tensor on the same device and
            with the same dtype as input. Uses ordinary 32x32 tiles (no face transposition).
            Logical and padded leading dimensions must match input. Width must be a multiple
            of 32 with no extra width padding. Its channels are copied before the rotated
            input in the output.

    Returns:
        ttnn.Tensor: a rotary-embedded tensor, with concat_prefix channels first when supplied.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input: ttnn._ttnn.tensor.Tensor, cos: ttnn._ttnn.tensor.Tensor, sin: ttnn._ttnn.tensor.Tensor, trans_mat: ttnn._ttnn.tensor.Tensor, kv_actual_global: int, cluster_axis: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, seq_subshard_axis: int | None = None, rotary_dim: int | None = None, rotary_offset: int = 0, concat_prefix: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input: ttnn._ttnn.tensor.Tensor, cos: ttnn._ttnn.tensor.Tensor, sin: ttnn._ttnn.tensor.Tensor, trans_mat: ttnn._ttnn.tensor.Tensor, kv_actual_global: ttnn._ttnn.tensor.Tensor, cluster_axis: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, seq_subshard_axis: int | None = None, rotary_dim: int | None = None, rotary_offset: int = 0, concat_prefix: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotary_embedding_indexed: rotary_embedding_indexed_t = ...

class deepseek_moe_post_combine_tilize_t:
    """
    Changes data layout of input tensor to TILE.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        output_memory_config (ttnn.MemoryConfig): Memory configuration for the operation.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, output_memory_config: ttnn._ttnn.tensor.MemoryConfig) -> ttnn._ttnn.tensor.Tensor: ...

deepseek_moe_post_combine_tilize: deepseek_moe_post_combine_tilize_t = ...

class FusionSemaphoreBank:
    """
    Command-lifetime storage for a set of fusion barrier semaphores.

    Logical semaphores are 16-byte-aligned uint32 slots in one
    lockstep-sharded L1 tensor (same stride as CreateSemaphore / L1
    alignment). The object owns the tensor; dropping the object releases
    the allocation after queued users complete.
    """

    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, semaphore_core_ranges: Sequence[ttnn._ttnn.tensor.CoreRangeSet], initial_values: Sequence[int]) -> None: ...

    @property
    def addresses(self) -> list[int]: ...

    @property
    def tensor(self) -> ttnn._ttnn.tensor.Tensor: ...

class AddressSlots:
    """
    Opaque mapping of every position in a ProgramDescriptor that references
    an IO tensor address (CB buffer pointers, per-core runtime args, common
    runtime args).  Computed once at build time via ``compute_address_slots``,
    stored by the fusion build cache, and passed to ``fusion_dispatch_op``
    on each launch to refresh stale addresses.
    """

def compute_address_slots(program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], sem_addrs: Sequence[int] = []) -> AddressSlots:
    """
    Compute the full address-slot mapping for a ProgramDescriptor.

    Must be called while buffer pointers and runtime arg addresses are
    valid (at build time, before tensors are freed).  Uses the same
    address-matching logic as ``discover_address_slots`` in the program
    factory.  The returned ``AddressSlots`` should be passed to
    ``fusion_dispatch_op`` on each launch.

    If ``sem_addrs`` is provided, runtime arg positions matching those
    addresses are recorded as semaphore slots (patched separately from
    tensor addresses on each dispatch).
    """

def cb_has_backing(cb_descriptor: ttnn._ttnn.program_descriptor.CBDescriptor) -> bool:
    """Return whether a CBDescriptor has Buffer* or tensor backing."""

def cb_backing_address(cb_descriptor: ttnn._ttnn.program_descriptor.CBDescriptor) -> int | None:
    """L1 address of a CBDescriptor's Buffer* or tensor backing, or None."""

def copy_cb_backing(dst: ttnn._ttnn.program_descriptor.CBDescriptor, src: ttnn._ttnn.program_descriptor.CBDescriptor) -> None:
    """Copy Buffer* and tensor backing from one CBDescriptor to another."""

def fusion_dispatch_op(io_tensors: Sequence[ttnn._ttnn.tensor.Tensor], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, address_slots: AddressSlots, semaphore_addresses: Sequence[int] = []) -> None:
    """
    Dispatch with a flat io_tensors list (inputs + outputs concatenated).
    Used by inline mode and direct dispatch paths.  When provided,
    ``semaphore_addresses`` replaces build-time barrier addresses before
    launch.
    """

class FusionDispatchState:
    """
    Caches MeshProgramDescriptor (patched in-place) and output allocation
    metadata. Holds no persistent tensors and no Python objects.

    ``dispatch(inputs)`` takes deduped inputs, allocates ephemeral outputs
    and one command-lifetime semaphore bank, patches all addresses,
    dispatches, and returns outputs.
    """

    def __init__(self, output_specs: Sequence[ttnn._ttnn.tensor.TensorSpec], shared_output_map: Sequence[int], result_reorder: Sequence[int], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, address_slots: AddressSlots, mesh_device: ttnn._ttnn.multi_device.MeshDevice, semaphore_core_ranges: Sequence[ttnn._ttnn.tensor.CoreRangeSet] = [], semaphore_initial_values: Sequence[int] = []) -> None: ...

    def dispatch(self, inputs: Sequence[ttnn._ttnn.tensor.Tensor]) -> list[ttnn._ttnn.tensor.Tensor]: ...
