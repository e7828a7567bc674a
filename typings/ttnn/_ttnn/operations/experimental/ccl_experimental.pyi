# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""experimental collective communication operations"""

from typing import Any

from collections.abc import Sequence
import enum
from typing import TypeAlias, overload

import ttnn._ttnn.activation
import ttnn._ttnn.device
import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.global_semaphore
import ttnn._ttnn.hd_socket
import ttnn._ttnn.mesh_socket
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.ccl
import ttnn._ttnn.operations.core
import ttnn._ttnn.operations.experimental
import ttnn._ttnn.operations.experimental.ccl_experimental
import ttnn._ttnn.operations.matmul
import ttnn._ttnn.operations.normalization
import ttnn._ttnn.operations.reduction
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class fused_rms_minimal_t:
    """
    Fused distributed RMS normalization. Fuses the pre-RMS reduction, the cross-device
    all-gather of the partial statistics, post-RMS normalization, optional residual add,
    gamma (weight) scaling, and output resharding into a single op. The computation is
    width-sharded across a core grid: each core owns a slice of the hidden dimension and
    the per-shard statistics are gathered across cores and devices.

    The op is intentionally sharding-specific and validates the following requirements;
    it does not reshard inputs/outputs internally, so callers (and compilers) must satisfy
    the layout contract:

    - input_tensor: shape (1, 1, M, N) with M <= 32 and N a multiple of 32; TILE layout;
      dtype FLOAT32, BFLOAT16, or BFLOAT8_B. Must be width-sharded in L1 with ROW_MAJOR
      shard orientation, sharded on the same core grid that ``global_semaphore`` was created
      on. Interleaved / DRAM inputs are not accepted (reshard to width-sharded L1 first), and
      Blackhole DRAM is unsupported.
    - weight (gamma): required. ROW_MAJOR layout with 2-D shape (N/32, 32); dtype FLOAT32 or
      BFLOAT16. Passing weight=None is not supported.
    - stats: required. A pre-allocated tiled, width-sharded tensor of shape
      (1, 1, 32, num_devices) that backs the op's internal all-gather circular buffer.
      Passing stats=None is not supported, and its dtype MUST match the compute accumulation format:
      FLOAT32 when fp32_dest_acc_en is enabled, otherwise BFLOAT16.
    - memory_config (output): must be a sharded config whose buffer type and memory layout
      match the input's. Interleaved output configs are not accepted; reshard the result
      afterward if a downstream consumer needs interleaved/DRAM.
    - residual_input_tensor (if provided): must be sharded with the same shard spec and memory
      config as input_tensor.
    - persistent_output_tensor: a pre-allocated tiled tensor for the intermediate all-gather,
      per-device shape (32, 32), sharded with a shard shape (32, 32) on core (0, 0).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, program_config: ttnn._ttnn.operations.normalization.LayerNormDefaultProgramConfig | ttnn._ttnn.operations.normalization.LayerNormShardedMultiCoreProgramConfig, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, persistent_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, epsilon: float = 1e-12, weight: ttnn._ttnn.tensor.Tensor | None = None, stats: ttnn._ttnn.tensor.Tensor | None = None, use_noc1_only: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

fused_rms_minimal: fused_rms_minimal_t = ...

class dit_fused_distributed_rmsnorm_t:
    """
    Fused distributed RMSNorm for DiT attention.

    One fused device op (per-chip reader/compute/writer with a fabric-forwarder
    all-gather): per-row partial sum-of-squares, all-gather of the partial stats
    across `cluster_axis`, then finalize x * rsqrt(E[x^2] + eps) with optional head
    split, RoPE, and output-dtype cast. `cluster_axis=None` normalizes locally on
    every device (no gather), for tensors that are replicated or independent per device.

    `affine_tile_row_map` (row-major uint32 [1, 1, 1, T] on the input's mesh, at least one entry per input
    tile row): per-token weight/bias tile row r is read from row map[r], so weight/bias can be a small
    table of tile rows.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int | None, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], *, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, epsilon: float = 1e-05, num_heads_per_device: int = 1, per_head_norm: bool = False, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, transformation_mat: ttnn._ttnn.tensor.Tensor | None = None, rope_cos: ttnn._ttnn.tensor.Tensor | None = None, rope_sin: ttnn._ttnn.tensor.Tensor | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, num_preferred_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, affine_tile_row_map: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_fused_distributed_rmsnorm: dit_fused_distributed_rmsnorm_t = ...

class dit_fused_distributed_layernorm_t:
    """
    Fused distributed Welford LayerNorm for Wan2.2 attention.

    Same fused device op / fabric all-gather as `dit_fused_distributed_rmsnorm`,
    but computes a numerically-stable Welford mean/variance and applies
    (x - mean) * rsqrt(var + eps) with optional weight/bias, head split, RoPE, and
    output-dtype cast. Only the fused device op path exists for LayerNorm.
    `cluster_axis=None` normalizes locally on every device (no gather), for tensors
    that are replicated or independent per device.

    Pass `reciprocals` (== ttnn.create_layer_norm_reciprocals) to let the Welford
    LLK do an array load of 1/(N+1) instead of a soft-float divide per sample.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int | None, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], *, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, epsilon: float = 1e-05, num_heads_per_device: int = 1, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, transformation_mat: ttnn._ttnn.tensor.Tensor | None = None, rope_cos: ttnn._ttnn.tensor.Tensor | None = None, rope_sin: ttnn._ttnn.tensor.Tensor | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, num_preferred_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, reciprocals: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_fused_distributed_layernorm: dit_fused_distributed_layernorm_t = ...

class dit_fused_distributed_rmsnorm_create_stats_buffer_t:
    """
    Allocate the persistent stats DRAM scratch buffer required by
    `dit_fused_distributed_rmsnorm`'s all-gather path (TP>1, whole-row norm).
    Returns None when the op reduces locally and needs no scratch (TP=1,
    `cluster_axis=None`, or per_head_norm). Hold the returned tensor across
    launches and pass it in via the `persistent_output_buffer` kwarg.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int | None, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, num_heads_per_device: int = 1, per_head_norm: bool = False, num_links: int = 1, weight: ttnn._ttnn.tensor.Tensor | None = None, transformation_mat: ttnn._ttnn.tensor.Tensor | None = None, rope_cos: ttnn._ttnn.tensor.Tensor | None = None, rope_sin: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor | None: ...

dit_fused_distributed_rmsnorm_create_stats_buffer: dit_fused_distributed_rmsnorm_create_stats_buffer_t = ...

class dit_fused_distributed_layernorm_create_stats_buffer_t:
    """
    Allocate the persistent stats DRAM scratch buffer required by
    `dit_fused_distributed_layernorm`'s all-gather path. LayerNorm transports 2
    stats/token (mean+var) vs RMS's 1, so this buffer is 2x wider than the RMS
    one — use this variant for LayerNorm ops. Returns None when the op needs no
    scratch (TP=1 or `cluster_axis=None`).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int | None, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, num_heads_per_device: int = 1, num_links: int = 1, weight: ttnn._ttnn.tensor.Tensor | None = None, transformation_mat: ttnn._ttnn.tensor.Tensor | None = None, rope_cos: ttnn._ttnn.tensor.Tensor | None = None, rope_sin: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor | None: ...

dit_fused_distributed_layernorm_create_stats_buffer: dit_fused_distributed_layernorm_create_stats_buffer_t = ...

class dit_fused_distributed_groupnorm_t:
    """
    Fused distributed GroupNorm for spatially sharded activations.

    Same contract as ``ttnn.group_norm`` (Welford, DRAM-packed RM γ/β +
    ``input_mask``), plus fabric all-gather of per-group stats on
    ``cluster_axis`` (PRE → AG → POST). When mesh width on that axis is
    1, runs local PRE+POST with no fabric. The all-gather always uses a
    single fabric link.

    ``activation`` optionally fuses a unary activation (e.g. ``"silu"``)
    into the output stage, equivalent to
    ``ttnn.<activation>(dit_fused_distributed_groupnorm(x, ...))`` but
    without the extra full-tensor DRAM read/write. The activation
    consumes the fp32 DEST value (after gamma/beta), so it is applied
    before the output is rounded to the output dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, num_groups: int, epsilon: float = 1e-05, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, input_mask: ttnn._ttnn.tensor.Tensor | None = None, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, activation: str | None = None) -> ttnn._ttnn.tensor.Tensor: ...

dit_fused_distributed_groupnorm: dit_fused_distributed_groupnorm_t = ...

class dit_fused_distributed_groupnorm_create_stats_buffer_t:
    """
    Allocate the persistent DRAM stats scratch buffer for
    `dit_fused_distributed_groupnorm`'s all-gather path (cluster width > 1).

    Returns None when cluster width is 1 (no AG). The caller must hold the
    tensor across launches and pass it via `persistent_output_buffer`.
    Always sized for a single fabric link.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, num_groups: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> ttnn._ttnn.tensor.Tensor | None: ...

dit_fused_distributed_groupnorm_create_stats_buffer: dit_fused_distributed_groupnorm_create_stats_buffer_t = ...

class all_gather_matmul_async_t:
    """
    Performs an all-gather operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`weight_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`dim` (int)
        * :attr:`all_gather_core_grid_offset` (ttnn.CoreCoord): Core grid offset for the all-gather operation.

    Keyword Args:
        * :attr:`bias` (ttnn.Tensor): the bias tensor to be added. If specified, needs to be on the device. Defaults to `None`.
        * :attr:`num_links` (int): Number of links to use for the all-gather operation.
        * :attr:`topology` (ttnn.Topology): Communication topology for the all-gather. Defaults to `ttnn.Topology.Ring`.
        * :attr:`memory_config_ag` (Optional[ttnn.MemoryConfig]): Memory configuration for the All Gather operation.
        * :attr:`memory_config_mm` (Optional[ttnn.MemoryConfig]): Memory configuration for the Matmul operation.
        * :attr:`transpose_a` (bool)
        * :attr:`transpose_b` (bool)
        * :attr:`dtype` (Optional[DataType])
        * :attr:`program_config` (Optional[ttnn.MatmulProgramConfig])
        * :attr:`activation` (Optional[str])
        * :attr:`compute_kernel_config` (Optional[DeviceComputeKernelConfig])
        * :attr:`core_grid` (Optional[ttnn.CoreGrid])

    Example:

        >>> tensor = ttnn.from_torch(torch.tensor((1, 2), dtype=torch.bfloat16), device=device)
        >>> weight_tensor = ttnn.from_torch(torch.tensor((2, 1), dtype=torch.bfloat16), device=device)
        >>> all_gathered_mm_in, mm_out = ttnn.all_gather_matmul_async(tensor, weight_tensor, dim=0, (0, 0))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, dim: int = ..., multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] = ..., all_gather_core_grid_offset: ttnn._ttnn.tensor.CoreCoord = ..., *, bias: ttnn._ttnn.tensor.Tensor | None = None, num_links: int = 1, memory_config_ag: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config_mm: ttnn._ttnn.tensor.MemoryConfig | None = None, transpose_a: bool = False, transpose_b: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

all_gather_matmul_async: all_gather_matmul_async_t = ...

class MMSignalAggregatorMode(enum.Enum):
    Auto = 0

    On = 1

    Off = 2

class strided_all_gather_minimal_matmul_async_t:
    """
    strided_all_gather_minimal_matmul_async(input_tensor: ttnn.Tensor, weight_tensor: ttnn.Tensor, dim: int, *, num_links: int = 1, memory_config: Optional[ttnn.MemoryConfig] = None) -> (ttnn.Tensor, ttnn.Tensor)

            Performs an all-gather operation on multi-device :attr:`input_tensor` across all devices.

            Args:
                * :attr:`input_tensor` (ttnn.Tensor): multi-device tensor
                * :attr:`weight_tensor` (ttnn.Tensor): multi-device tensor
                * :attr:`dim` (int)
                * :attr:`all_gather_core_grid_offset` (ttnn.CoreCoord): Core grid offset for the all-gather operation.

            Keyword Args:
                * :attr:`bias` (ttnn.Tensor): the bias tensor to be added. If specified, needs to be on the device. Defaults to `None`.
                * :attr:`num_links` (int): Number of links to use for the all-gather operation.
                * :attr:`topology` (ttnn.Topology): Communication topology for the all-gather. Defaults to `ttnn.Topology.Ring`.
                * :attr:`memory_config_ag` (Optional[ttnn.MemoryConfig]): Memory configuration for the All Gather operation.
                * :attr:`memory_config_mm` (Optional[ttnn.MemoryConfig]): Memory configuration for the Matmul operation.
                * :attr:`transpose_a` (bool)
                * :attr:`transpose_b` (bool)
                * :attr:`dtype` (Optional[DataType])
                * :attr:`program_config` (Optional[ttnn.MatmulProgramConfig])
                * :attr:`fused_activation` (Optional[str])
                * :attr:`compute_kernel_config` (Optional[DeviceComputeKernelConfig])
                * :attr:`fused_ternary_input_a` (Optional[ttnn.Tensor]): addcmul residual/base tensor (added to the result).
                * :attr:`fused_ternary_input_b` (Optional[ttnn.Tensor]): addcmul multiplier/gate tensor; a single tile-row broadcasts across M.
                * :attr:`fused_ternary_scalar` (Optional[float]): addcmul scale; output = a + scalar * matmul_out * b. Requires both a and b.
                * :attr:`chunks` (int): split the matmul output into this many tensors along N (default 1). Returns [all_gather_output, matmul_chunk_0, ..., matmul_chunk_{chunks-1}]. N must be divisible by chunks.
                * :attr:`mm_signal_aggregator_mode` (ttnn.MMSignalAggregatorMode): whether the all-gather signals the matmul through per-direction aggregator cores. These cost one worker core per direction on top of `num_links * (num_workers_per_link + 1) * 2` mux/worker cores, all placed from `strided_all_gather_core_grid_offset`. `Auto` (default) uses them when they fit and otherwise falls back to reader-signaled matmul with a warning, `On` requires them, `Off` never uses them.
                * :attr:`fuse_swiglu` (bool): If True, applies SwiGLU fused into the matmul: the weight's N columns
                  are interpreted as a tile-pair-interleaved [gate|up] layout — column tile 2p is the gate and 2p+1
                  the up projection for each pair p (``models.tt_dit.utils.tensor.prepare_for_fused_swiglu`` produces
                  this layout). The op computes silu(gate) * up, so the matmul output width is N/2. The bias (if
                  provided) must use the same column layout. N must be divisible by 2*32, and by 2*32*chunks when
                  chunking. Mutually exclusive with fused_activation and the fused ternary (addcmul) inputs.

            Example:

                >>> tensor = ttnn.from_torch(torch.tensor((1, 2), dtype=torch.bfloat16), device=device)
                >>> weight_tensor = ttnn.from_torch(torch.tensor((2, 1), dtype=torch.bfloat16), device=device)
                >>> all_gathered_mm_in, mm_out = ttnn.strided_all_gather_minimal_matmul_async(tensor, weight_tensor, dim=0, (0, 0))
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], strided_all_gather_core_grid_offset: ttnn._ttnn.tensor.CoreCoord, *, num_links: int = 1, memory_config_ag: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, cluster_axis: int | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, config: ttnn._ttnn.operations.experimental.MinimalMatmulConfig | None = None, memory_config_mm: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, read_local_slice_from_input: bool | None = None, fused_ternary_input_a: ttnn._ttnn.tensor.Tensor | None = None, fused_ternary_input_b: ttnn._ttnn.tensor.Tensor | None = None, fused_ternary_scalar: float | None = None, chunks: int = 1, mm_signal_aggregator_mode: MMSignalAggregatorMode = MMSignalAggregatorMode.Auto, fuse_swiglu: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

strided_all_gather_minimal_matmul_async: strided_all_gather_minimal_matmul_async_t = ...

class minimal_matmul_strided_reduce_scatter_async_t:
    """
    minimal_matmul_strided_reduce_scatter_async(input_tensor: ttnn.Tensor, weight_tensor: ttnn.Tensor, dim: int, ...) -> (ttnn.Tensor, ttnn.Tensor, ttnn.Tensor)

            Performs a fused matmul followed by strided reduce-scatter operation.
            The matmul output is fed directly into the reduce-scatter, with the matmul
            signaling the reduce-scatter via semaphores as output blocks become ready.

            Returns two tensors:
                [0] matmul output (intermediate between MM and RS)
                [1] reduce-scatter output (final result)

            Args:
                * :attr:`input_tensor` (ttnn.Tensor | list[ttnn.Tensor]): input activations. Pass a single
                  tensor for a standard matmul, or exactly 2 tensors [prefix, suffix] for fused concat over
                  in0's K (concat-free, no host concat). Concatenation is on the channel (K, last) axis ONLY —
                  the two must be identical on every other axis. Any per-segment channel count is allowed
                  (the seam lands on the prefix's padded-K tile boundary); the weight must be per-segment
                  tile-padded (see prepare_weight_for_concatenated_input in models/tt_dit/utils/tensor.py)
                  so that prefix_padded_K + suffix_padded_K == weight_padded_K.
                * :attr:`weight_tensor` (ttnn.Tensor): multi-device weight tensor
                * :attr:`dim` (int): scatter dimension for reduce-scatter
                * :attr:`multi_device_global_semaphore`: global semaphores for reduce-scatter
                * :attr:`reduce_scatter_core_grid_offset` (ttnn.CoreCoord): Core grid offset for the reduce-scatter operation

            Keyword Args:
                * :attr:`num_links` (int): Number of links for reduce-scatter. Defaults to 1.
                * :attr:`memory_config_mm` (Optional[ttnn.MemoryConfig]): Memory configuration for the matmul
                  output. When omitted, the matmul output inherits the INPUT tensor's memory config. An L1
                  buffer type — explicit or inherited — opts into the L1 hand-off: the MM output is then
                  block-sharded over the matmul core grid so the RS reader consumes it without a DRAM
                  round-trip. An L1 MM output REQUIRES :attr:`mm_window_blocks` and both caller-owned counter
                  tensors (:attr:`mm_progress_counters`, :attr:`mm_credit_counters`); the call is rejected at
                  validation otherwise. Pass ``mm_window_blocks=2`` (measured perf-neutral vs full residency),
                  or ``ceil(Mt_per_core / M_block_size)`` to keep the whole MM output resident.
                * :attr:`rs_output_mem_config` (Optional[ttnn.MemoryConfig]): Memory configuration for the RS output.
                * :attr:`rs_intermediate_mem_config` (Optional[ttnn.MemoryConfig]): Memory configuration for the RS intermediate.
                * :attr:`topology` (ttnn.Topology): Communication topology. Defaults to Ring.
                * :attr:`cluster_axis` (Optional[int]): Cluster axis for the operation.
                * :attr:`bias` (Optional[ttnn.Tensor]): Optional bias tensor for the matmul.
                * :attr:`fused_activation` (Optional[str]): Fused activation for the matmul.
                * :attr:`config` (Optional[MinimalMatmulConfig]): Matmul configuration.
                * :attr:`compute_kernel_config` (DeviceComputeKernelConfig): Compute kernel configuration (required).
                * :attr:`barrier_semaphore` (Optional[GlobalSemaphore]): Barrier semaphore for RS.
                * :attr:`using_persistent_buffers` (bool): Use persistent buffers. Defaults to False.
                * :attr:`sub_device_id` (Optional[SubDeviceId]): Sub-device ID.
                * :attr:`num_workers_per_link` (Optional[int]): Workers per link for RS.
                * :attr:`num_buffers_per_channel` (Optional[int]): Buffers per channel for RS.
                * :attr:`chunk_width_in_mm_blocks` (Optional[int]): MM output blocks per RS chunk.
                * :attr:`optional_rs_output_tensor` (Optional[ttnn.Tensor]): Pre-allocated RS output.
                * :attr:`fused_ternary_scalar` (Optional[float]): Scalar value for fused addcmul operation.
                * :attr:`addcmul_input_tensor1` (Optional[ttnn.Tensor]): First additional input tensor for fused addcmul (residual/base).
                * :attr:`addcmul_input_tensor2` (Optional[ttnn.Tensor]): Second additional input tensor for fused addcmul (gate/multiplier).
                * :attr:`mm_progress_counters` (Optional[ttnn.Tensor]): Caller-owned scratch for the MM->RS
                  per-core progress counters: a uint32 ROW_MAJOR tensor of shape [num_cores, slots], L1
                  HEIGHT_SHARDED with shard [1, slots] over a core grid covering the RS worker cores, where
                  slots >= the device compute grid area. REQUIRED whenever :attr:`mm_window_blocks` is set
                  (the op rejects the call otherwise): a per-program allocation would permanently lower the
                  device's L1 floor. Share one such tensor across every MMRS call (see
                  CCLManager.get_mm_progress_counters_buffer).
                * :attr:`mm_window_blocks` (Optional[int]): Keep only this many M blocks of the matmul output
                  resident in L1 per core (>= 1), recycling slot ``m % mm_window_blocks``, instead of the
                  whole output. Lets M grow past the point where the resident shard crowds out the circular
                  buffers. REQUIRED whenever the MM output is in L1 (explicit L1 memory_config_mm, or
                  inherited from an L1 input). The returned matmul output is then smaller than [M, N] and
                  does NOT hold the full matmul result, so route the output through DRAM instead if you
                  need to read it.
                * :attr:`mm_credit_counters` (Optional[ttnn.Tensor]): Caller-owned scratch for the RS->MM
                  window credits: a uint32 ROW_MAJOR tensor, L1 HEIGHT_SHARDED with shard [1, slots] over a
                  core grid covering the matmul cores, where slots >= the number of RS readers
                  (2 * num_links * num_workers_per_link). REQUIRED whenever :attr:`mm_window_blocks` is set
                  (the op rejects the call otherwise), for the same reason as mm_progress_counters. Share one
                  across every MMRS call (see CCLManager.get_mm_credit_counters_buffer).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor | Sequence[ttnn._ttnn.tensor.Tensor], weight_tensor: ttnn._ttnn.tensor.Tensor, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], reduce_scatter_core_grid_offset: ttnn._ttnn.tensor.CoreCoord, *, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig, num_links: int = 1, memory_config_mm: ttnn._ttnn.tensor.MemoryConfig | None = None, rs_output_mem_config: ttnn._ttnn.tensor.MemoryConfig | None = None, rs_intermediate_mem_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, cluster_axis: int | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, config: ttnn._ttnn.operations.experimental.MinimalMatmulConfig | None = None, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, using_persistent_buffers: bool = False, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, chunk_width_in_mm_blocks: int | None = None, optional_rs_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, fused_ternary_scalar: float | None = None, addcmul_input_tensor1: ttnn._ttnn.tensor.Tensor | None = None, addcmul_input_tensor2: ttnn._ttnn.tensor.Tensor | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, mm_progress_counters: ttnn._ttnn.tensor.Tensor | None = None, mm_window_blocks: int | None = None, mm_credit_counters: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

minimal_matmul_strided_reduce_scatter_async: minimal_matmul_strided_reduce_scatter_async_t = ...

class llama_all_gather_matmul_async_t:
    """
    Performs an all-gather-matml operation on multi-device :attr:`input_tensor0` and :attr:`input_tensor1` across all devices.

    Args:
        input_tensor0 (ttnn.Tensor): multi-device tensor.
        input_tensor1 (ttnn.Tensor): multi-device tensor.
        intermediate_tensor (ttnn.Tensor): intermediate tensor for the All-Gather operation.
        dim (int): Dimension to perform All-Gather operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather-replicate operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather-replicate operation on.
        topology (ttnn.Topology): The topology configuration to run the operation in. Valid options are Ring and Linear; callers must provide the desired value.
        multi_device_global_semaphore (ttnn.GlobalSemaphore): The global semaphore to use for the operation.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming%20Mesh%20of%20Devices/Programming%20Mesh%20of%20Devices%20with%20TT-NN.md

    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather-replicate operation. Defaults to `1`.
        ag_memory_config (ttnn.MemoryConfig, optional): Memory configuration for the All-Gather operation. Defaults to `input tensor memory config`.
        mm_memory_config (ttnn.MemoryConfig, optional): Memory configuration for the Matmul operation. Defaults to `input tensor memory config`.
        subdevice_id (ttnn.SubDeviceId, optional): The subdevice id to use for the operation. Defaults to `None`.
        program_config (ttnn.MatmulProgramConfig, optional): The program configuration to use for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): The compute kernel configuration to use for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): The data type to use for the operation. Defaults to `None`.
        global_cb (ttnn.GlobalCircularBuffer, optional): The global circular buffer to use for the operation. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor generated by the All-Gather of input_tensor0 and the Matmul with input_tensor1.

    Example:
        >>> input_tensor0 = torch.randn([1, 1, 32, 896], dtype=torch.bfloat8)
        >>> input_tensor1 = torch.randn([1, 1, 3584, 2048], dtype=torch.bfloat8)
        >>> ttnn_tensor = ttnn.from_torch(
                        full_tensor,
                        dtype=input_dtype,
                        device=mesh_device,
                        layout=layout,
                        memory_config=mem_config,
                        mesh_mapper=ShardTensor2dMesh(mesh_device, mesh_shape=(1, 8), dims=(-1, -2)))
        >>> ttnn_tensor = ttnn.to_device(ttnn_tensor, mesh_device)
        >>> output = ttnn.llama_all_gather_matmul_async(ttnn_tensor_a, ttnn_tensor_b, dim=0, topology=ttnn.Topology.Ring)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor0: ttnn._ttnn.tensor.Tensor, input_tensor1: ttnn._ttnn.tensor.Tensor, intermediate_tensor: ttnn._ttnn.tensor.Tensor, dim: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, multi_device_global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, num_links: int | None = None, ag_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, mm_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, program_config: Any | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None) -> ttnn._ttnn.tensor.Tensor: ...

llama_all_gather_matmul_async: llama_all_gather_matmul_async_t = ...

class GlobalSemaphoreArg:
    @overload
    def __init__(self, arg: ttnn._ttnn.global_semaphore.global_semaphore, /) -> None: ...

    @overload
    def __init__(self, arg: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], /) -> None: ...

    @overload
    def __init__(self, arg: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], /) -> None: ...

class all_gather_async_t:
    """
    Performs an all-gather operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to perform operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather operation. Defaults to the maximum available.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Ring` for overloads without `cluster_axis`; the cluster-axis overload requires an explicit value.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
        >>> full_tensor = torch.randn([1, 1, 32, 256], dtype=torch.bfloat16)
        >>> mesh_device = ttnn.open_mesh_device(ttnn.MeshShape(1, 8))
        >>> ttnn_tensor = ttnn.from_torch(
                        full_tensor,
                        dtype=input_dtype,
                        device=mesh_device,
                        layout=layout,
                        memory_config=mem_config,
                        mesh_mapper=ShardTensor2dMesh(mesh_device, mesh_shape=(1, 8), dims=(-1, -2)))
        >>> ttnn_tensor = ttnn.to_device(ttnn_tensor, mesh_device)
        >>> output = ttnn.all_gather(ttnn_tensor, dim=0, topology=ttnn.Topology.Ring)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, multi_device_global_semaphore: GlobalSemaphoreArg, *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, use_optimal_ccl_for_llama: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, dim: int = ..., multi_device_global_semaphore: GlobalSemaphoreArg = ..., *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, use_optimal_ccl_for_llama: bool = False, use_broadcast: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, multi_device_global_semaphore: GlobalSemaphoreArg, *, persistent_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, use_optimal_ccl_for_llama: bool = False, use_broadcast: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_gather_async: all_gather_async_t = ...

class all_gather_async_reversed_t:
    """
    Performs a reversed all-gather operation on multi-device :attr:`input_tensor` across all devices.
    This is identical to all_gather_async but with reversed device ordering in the output.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to perform operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.

    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather operation. Defaults to the maximum available.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Ring`.

    Returns:
        ttnn.Tensor: the all-gathered tensor with reversed device ordering.

    Note:
        The tensor width must be divisible by 32*num_devices when using this reversed API.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, multi_device_global_semaphore: GlobalSemaphoreArg, *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, use_optimal_ccl_for_llama: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, dim: int = ..., multi_device_global_semaphore: GlobalSemaphoreArg = ..., *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, use_optimal_ccl_for_llama: bool = False, use_broadcast: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, multi_device_global_semaphore: GlobalSemaphoreArg, *, persistent_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, use_optimal_ccl_for_llama: bool = False, use_broadcast: bool = False, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_gather_async_reversed: all_gather_async_reversed_t = ...

class strided_all_gather_async_t:
    """
    Performs an all-gather operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to perform operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather operation. Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Ring`.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
        >>> full_tensor = torch.randn([1, 1, 32, 256], dtype=torch.bfloat16)
        >>> mesh_device = ttnn.open_mesh_device(ttnn.MeshShape(1, 8))
        >>> ttnn_tensor = ttnn.from_torch(
                        full_tensor,
                        dtype=input_dtype,
                        device=mesh_device,
                        layout=layout,
                        memory_config=mem_config,
                        mesh_mapper=ShardTensor2dMesh(mesh_device, mesh_shape=(1, 8), dims=(-1, -2)))
        >>> ttnn_tensor = ttnn.to_device(ttnn_tensor, mesh_device)
        >>> output = ttnn.all_gather(ttnn_tensor, dim=0, topology=ttnn.Topology.Ring)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], *, num_links: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, cluster_axis: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, mm_cores_y: int | None = None, mm_block_ht: int | None = None, mm_block_wt: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

strided_all_gather_async: strided_all_gather_async_t = ...

class all_to_all_async_t:
    """
    Performs an asynchronous all-to-all collective communication operation across multiple devices.

    This operation redistributes data between devices by having each device split its input tensor
    into N chunks (where N is the number of devices) and sending the i-th chunk to device i.
    The operation uses asynchronous kernels for improved performance.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to redistribute. Must be sharded along in_dim.
        persistent_intermediate_buffer (ttnn.Tensor): Intermediate buffer used during redistribution.
            Must be large enough to hold the full output tensor.
        persistent_output_buffer (ttnn.Tensor): Buffer where final output will be written.
            Will be sharded along out_dim.
        in_dim (int): Dimension along which input tensor is currently sharded (2 or 3).
        out_dim (int): Dimension along which output tensor should be sharded (2 or 3).
        multi_device_global_semaphore (GlobalSemaphore): Semaphore for synchronizing between devices.

    Keyword Args:
        num_links (int, optional): Number of fabric links to use for communication. Defaults to 1.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for buffers.
        topology (ttnn.Topology, optional): Network topology to use. Currently only Ring topology
            is supported. Defaults to ttnn.Topology.Ring.
        subdevice_id (SubDeviceId, optional): Target specific subdevice for the operation.

    Returns:
        ttnn.Tensor: Output tensor containing redistributed data, sharded along out_dim.

    Notes:
        - The operation requires persistent intermediate and output buffers to be pre-allocated
        - Only supports resharding between dimensions 2 and 3
        - Chunks are sent in a ring pattern for optimal bandwidth utilization
        - Dynamic alternate routing is not supported

    Example:
        >>> # Redistribute data from dim 2 to dim 3 across 4 devices
        >>> intermediate_buf = ttnn.zeros_like(input_tensor)  # Intermediate buffer
        >>> output_buf = ttnn.zeros_like(input_tensor)       # Output buffer
        >>> semaphore = ttnn.GlobalSemaphore()              # For device sync
        >>> result = ttnn.experimental.all_to_all_async(
        ...     input_tensor,
        ...     intermediate_buf,
        ...     output_buf,
        ...     in_dim=2,
        ...     out_dim=3,
        ...     multi_device_global_semaphore=semaphore
        ... )
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_intermediate_buffer: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor, in_dim: int, out_dim: int, multi_device_global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, num_links: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_to_all_async: all_to_all_async_t = ...

class all_to_all_async_generic_t:
    """
    Performs an asynchronous all-to-all collective communication operation across multiple devices.

    This operation redistributes data between devices by having each device split its input tensor
    into N chunks (where N is the number of devices) and sending the i-th chunk to device i.
    The operation uses asynchronous kernels for improved performance.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to redistribute.
        in_dim (int): The dimension number to split.
        out_dim (int): The dimension number to concatenate.

    Keyword Args:
        persistent_output_buffer (ttnn.Tensor, optional): Buffer where final output will be written.
        num_links (int, optional): Number of fabric links to use for communication.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for buffers.
        topology (ttnn.Topology, optional): Network topology to use. Defaults to ttnn.Topology.Ring.
        subdevice_id (SubDeviceId, optional): Target specific subdevice for the operation.
        cluster_axis (int, optional): The axis along which to cluster the communication. Required on a
            FABRIC_2D mesh, where packets are injected through the routing-table-selected compass
            connection along this axis (a logical row or column on LoudBox / Galaxy).

    Returns:
        ttnn.Tensor: Output tensor containing redistributed data.

    Example:
        >>> # Redistribute data from dim 2 to dim 3 across 4 devices
        >>> output_buf = ttnn.zeros_like(input_tensor)       # Output buffer
        >>> result = ttnn.experimental.all_to_all_async_generic(
        ...     input_tensor,
        ...     persistent_output_buffer=output_buf,  # Optional buffer
        ...     in_dim=2,
        ...     out_dim=3,
        ...     cluster_axis=1
        ... )
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, in_dim: int, out_dim: int, *, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_to_all_async_generic: all_to_all_async_generic_t = ...

class all_gather_concat_t:
    """
    Performs a fused all-gather/concat operation on multi-device (specific to llama model):attr:`input_tensor` across all devices.
    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to perform operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.
    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md
    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather operation. Defaults to `1`.
        num_heads (int): Number of heads for NLP concat heads
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Linear`.
    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, buffer_tensor: ttnn._ttnn.tensor.Tensor, dim: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, num_heads: int, memory_config: ttnn._ttnn.tensor.MemoryConfig, *, use_noc1_only: bool = False, num_links: int | None = 1, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_gather_concat: all_gather_concat_t = ...

class matmul_reduce_scatter_async_t:
    """
    Performs an reduce-scatter operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`weight_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`dim` (int)
        * :attr:`reduce_scatter_core_grid_offset` (ttnn.CoreCoord): Core grid offset for the reduce-scatter operation.

    Keyword Args:
        * :attr:`bias` (ttnn.Tensor): the bias tensor to be added. If specified, needs to be on the device. Defaults to `None`.
        * :attr:`num_links` (int, optional): Number of links to use for the reduce-scatter operation. Defaults to the maximum available.
        * :attr:`topology` (ttnn.Topology): Communication topology for the reduce-scatter phase. Defaults to `ttnn.Topology.Ring`.
        * :attr:`memory_config_rs` (Optional[ttnn.MemoryConfig]): Memory configuration for the Reduce Scatter operation.
        * :attr:`memory_config_mm` (Optional[ttnn.MemoryConfig]): Memory configuration for the Matmul operation.
        * :attr:`transpose_a` (bool)
        * :attr:`transpose_b` (bool)
        * :attr:`dtype` (Optional[DataType])
        * :attr:`program_config` (Optional[ttnn.MatmulProgramConfig])
        * :attr:`activation` (Optional[str])
        * :attr:`compute_kernel_config` (Optional[DeviceComputeKernelConfig])
        * :attr:`core_grid` (Optional[ttnn.CoreGrid])
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, persistent_intermediate_buffer: ttnn._ttnn.tensor.Tensor, persistent_output_buffer: ttnn._ttnn.tensor.Tensor, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], reduce_scatter_core_grid_offset: ttnn._ttnn.tensor.CoreCoord, *, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, memory_config_rs: ttnn._ttnn.tensor.MemoryConfig | None = None, intermediate_memory_config_rs: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config_mm: ttnn._ttnn.tensor.MemoryConfig | None = None, transpose_a: bool = False, transpose_b: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

matmul_reduce_scatter_async: matmul_reduce_scatter_async_t = ...

class llama_rs_matmul_t:
    """
    Performs a fused reduce-scatter followed by matmul on multi-device :attr:`input_tensor` across all devices.

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`weight_tensor` (ttnn.Tensor): multi-device tensor
        * :attr:`dim` (int)

    Keyword Args:
        * :attr:`num_links` (int, optional): Number of links to use for the reduce-scatter operation. Defaults to the maximum available.
        * :attr:`topology` (ttnn.Topology): Communication topology for the reduce-scatter stage. Defaults to `ttnn.Topology.Linear`.
        * :attr:`memory_config_rs` (Optional[ttnn.MemoryConfig]): Memory configuration for the reduce-scatter operation.
        * :attr:`memory_config_mm` (Optional[ttnn.MemoryConfig]): Memory configuration for the matmul operation.
        * :attr:`transpose_a` (bool)
        * :attr:`transpose_b` (bool)
        * :attr:`dtype` (Optional[DataType])
        * :attr:`program_config` (Optional[ttnn.MatmulProgramConfig])
        * :attr:`activation` (Optional[str])
        * :attr:`compute_kernel_config` (Optional[DeviceComputeKernelConfig])
        * :attr:`core_grid` (Optional[ttnn.CoreGrid])
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, intermediate_packet_buffer: ttnn._ttnn.tensor.Tensor, dim: int, cross_device_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, num_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId = ..., *, second_weight_tensor: ttnn._ttnn.tensor.Tensor | None = None, rs_tensor: ttnn._ttnn.tensor.Tensor | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, memory_config_rs: ttnn._ttnn.tensor.MemoryConfig | None = None, memory_config_mm: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, transpose_a: bool = False, transpose_b: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCast1DProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | ttnn._ttnn.operations.matmul.MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | None = None, activation: str | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, use_noc1_only: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

llama_rs_matmul: llama_rs_matmul_t = ...

class reduce_scatter_minimal_async_t:
    """
    Performs an reduce-scatter operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to scatter.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        num_links (int, optional): Number of links to use for the reduce-scatter operation. Defaults to the maximum available.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Ring`.

    Intermediate staging layouts:
        On the ring path (Ring topology, scatter dim != 0) the op supports two layouts for its
        intermediate buffer, and picks between them from the buffer it is handed:

        * Contiguous (chunk-paged). The intermediate is a row-major, interleaved-DRAM staging
          tensor whose page holds a whole chunk, so a chunk's tiles are contiguous at the
          destination. The writer sends a chunk as one or more fused-unicast writes (one per
          fabric packet, since a chunk may exceed a single packet's payload) instead of
          scatter-writing tile by tile, and the reader reads it back in one coalesced
          transaction instead of one per tile. Requires a companion penult intermediate, which
          the op allocates alongside the intermediate unless you pass persistent buffers; to
          pass your own, allocate both with reduce_scatter_minimal_async_create_intermediate_buffer.
        * Tiled. The intermediate mirrors the input tensor's shape and tiled addressing, one tile
          per page. This is the only layout available for Linear topology or scatter dim 0.

        Selection rule:

        * No persistent intermediate passed in persistent_output_buffers: the op allocates the
          contiguous staging buffer itself and uses the contiguous path.
        * A persistent intermediate passed in: whichever layout its TensorSpec matches. A buffer
          matching neither layout is rejected with an error naming both.

        The contiguous path mainly helps small datatypes. With bfloat8_b a tile is 1088 bytes, so
        tile-granular DRAM traffic sits below the NoC-to-DRAM transaction-size knee (~2 KB) and
        leaves bandwidth on the table; coalescing a whole chunk into one transaction roughly
        doubles the intermediate readback throughput. Wider datatypes (bfloat16, float32) already
        clear that knee per tile, so the gain there is smaller. Prefer the contiguous path unless
        you have an existing input-shaped persistent buffer you need to keep using.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffers: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, dim: int = ..., multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] = ..., *, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, intermediate_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reduce_scatter_minimal_async: reduce_scatter_minimal_async_t = ...

class reduce_scatter_minimal_async_create_intermediate_buffer_t:
    """
    Allocates the persistent staging buffers for the contiguous ring reduce_scatter_minimal_async
    fast path (Ring topology, scatter dim != 0).

    On this path the intermediate is a chunk-paged, row-major, interleaved-DRAM staging tensor rather
    than an input-shaped tensor, and the 2nd-last ring iteration stages one direction's contribution
    into a second, smaller chunk-paged "penult" intermediate instead of scatter-writing it into the
    tiled output tensor. Both must be allocated with the exact layout the op expects. This helper reuses the
    op's own sizing so the returned tensors are guaranteed to match. Pass the result as
    persistent_output_buffers = [result[0], output_tensor, result[1]] (intermediate at index 0,
    penult intermediate at index 2; output_tensor is the caller's own persistent output). The `dim`, `topology`,
    `cluster_axis`, and `compute_kernel_config` arguments must match those passed to
    reduce_scatter_minimal_async.

    Passing the returned intermediate is what selects the contiguous path; hand
    reduce_scatter_minimal_async an input-shaped intermediate instead and it uses the tiled layout.
    See the reduce_scatter_minimal_async docstring for the full selection rule and for when the
    contiguous path is worth it (chiefly small datatypes such as bfloat8_b).

    Raises if the configuration cannot use the contiguous path at all (Linear topology, or scatter
    dim 0); there the intermediate has the input tensor's shape, can be allocated directly, and
    needs no penult intermediate.

    Returns:
        List[ttnn.Tensor]: [intermediate_buffer, penult_intermediate_buffer], both allocated on the input
        tensor's device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, cluster_axis: int | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

reduce_scatter_minimal_async_create_intermediate_buffer: reduce_scatter_minimal_async_create_intermediate_buffer_t = ...

class reduce_scatter_minimal_direct_t:
    """
    Experimental direct (one-shot) reduce-scatter along a wrapping axis of devices: a Ring on a 1D
    fabric, or a Torus axis on a 2D fabric. On a mesh with both extents greater than one, name the
    wrapping axis explicitly with ``cluster_axis`` -- there is no implied axis and the op will reject
    the call.

    Every device unicasts each destination's slice straight to that destination over the fabric (a
    multi-hop unicast; no intermediate device stages or accumulates it), then reduces the arrivals
    with its own slice. One fabric traversal instead of the ring's N/2 store-and-forward steps, at
    ~2.3x the link traffic: a latency play for small/medium shapes.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor, TILE layout, any rank >= 2.
        dim (int): Dimension to scatter. Any dim, provided it splits into `num_devices` whole
            slices in tile/page units (the two innermost dims are counted in tiles).

    Keyword Args:
        cluster_axis (int, optional): mesh axis to run the collective on. Defaults to the active axis.
        num_links (int, optional): fabric links to spread the collective over; one worker core per
            link, each owning that link's forward and backward connection plus a contiguous
            sub-range of every slice's chunks. Defaults to every link available on the active axis.
        memory_config (ttnn.MemoryConfig, optional): output memory config. Defaults to input's.
        persistent_buffers (List[ttnn.Tensor], optional): {output, staging} from
            reduce_scatter_minimal_direct_create_persistent_buffers, reused to skip re-allocation.
        subdevice_id (ttnn.SubDeviceId, optional).
        sub_core_grid (ttnn.CoreRangeSet, optional).

    Returns:
        ttnn.Tensor: the reduced output slice for this device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, cluster_axis: int | None = None, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, persistent_buffers: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, sub_core_grid: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reduce_scatter_minimal_direct: reduce_scatter_minimal_direct_t = ...

class reduce_scatter_minimal_direct_create_persistent_buffers_t:
    """
    Allocate the persistent buffer set {output, staging} sized to a given input, for reuse across
    reduce_scatter_minimal_direct invocations. `dim` and `cluster_axis` must match those passed to
    the op.

    Returns:
        List[ttnn.Tensor]: [output, staging] on the input tensor's device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, cluster_axis: int | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

reduce_scatter_minimal_direct_create_persistent_buffers: reduce_scatter_minimal_direct_create_persistent_buffers_t = ...

class reduce_scatter_minimal_direct_create_staging_buffer_t:
    """
    Allocate just the staging buffer for reduce_scatter_minimal_direct, for callers that already own
    their output tensor.

    The output is an ordinary tiled tensor a caller can build directly (the input shape with `dim`
    divided by the ring size). The staging buffer is the part that cannot be reproduced by hand: an
    opaque chunk-paged UINT8 tensor whose page size follows the op's internal chunk granularity and
    whose placement (L1 height-sharded across the whole compute grid, L1 interleaved, or DRAM) is
    chosen from the shape. This helper reuses the op's own sizing, so the result is guaranteed to
    match. Pass it through as persistent_buffers = [your_output, result]. Equivalent to element 1 of
    reduce_scatter_minimal_direct_create_persistent_buffers, without allocating an output you would
    throw away. `dim` and `cluster_axis` must match those passed to the op.

    Returns:
        ttnn.Tensor: the staging buffer, allocated on the input tensor's device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, cluster_axis: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reduce_scatter_minimal_direct_create_staging_buffer: reduce_scatter_minimal_direct_create_staging_buffer_t = ...

class strided_reduce_scatter_async_t:
    """
    Performs a strided reduce-scatter operation on multi-device :attr:`input_tensor` across all devices.
    This variant uses a strided access pattern optimized for matmul output layouts.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to scatter.
        multi_device_global_semaphore (List[GlobalSemaphore]): Semaphores for synchronization.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        persistent_output_buffers (Optional[List[ttnn.Tensor]]): Pre-allocated output buffers.
        barrier_semaphore (Optional[GlobalSemaphore]): Barrier semaphore for synchronization.
        num_links (int, optional): Number of links to use. Defaults to 1.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for output.
        intermediate_memory_config (ttnn.MemoryConfig, optional): Memory configuration for intermediate tensor.
        topology (ttnn.Topology, optional): Topology (only Ring is supported). Defaults to Ring.
        subdevice_id (Optional[SubDeviceId]): Sub-device identifier.
        cluster_axis (Optional[int]): Cluster axis for multi-device operation.
        num_workers_per_link (Optional[int]): Number of workers per link.
        num_buffers_per_channel (Optional[int]): Number of buffers per channel.
        mm_cores_y (Optional[int]): Number of cores in Y direction for matmul output layout.
        mm_block_ht (int): Matmul unit block height in tiles.
        mm_block_wt (int): Matmul unit block width in tiles.
        mm_N_full_block_wt (Optional[int]): Matmul N block width in tiles.
        chunk_width_in_mm_blocks (Optional[int]): Chunk width in unit matmul blocks.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, persistent_output_buffers: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, dim: int = ..., multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] = ..., *, mm_block_ht: int, mm_block_wt: int, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, num_links: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, intermediate_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Ring, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, cluster_axis: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, mm_cores_y: int | None = None, mm_N_full_block_wt: int | None = None, chunk_width_in_mm_blocks: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

strided_reduce_scatter_async: strided_reduce_scatter_async_t = ...

class all_reduce_async_t:
    """
    Performs an all_reduce operation on multi-device :attr:`input_tensor` across all devices.  This operation requires a persistent
    fabric to be enabled in order to function.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-reduce operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-reduce operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        num_links (int, optional): Number of links to use for the all_reduce_async operation. Defaults to `None`, which indicates to the operation that it should choose. Note that this value will be ignored if there are fewer links available than requested.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Linear`.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:

        >>> full_tensor = torch.randn([1, 1, 256, 256], dtype=torch.bfloat16)
        >>> mesh_device = ttnn.open_mesh_device(ttnn.MeshShape(1, 8))
        >>> input_tensor = ttnn.from_torch(
                full_tensor,
                mesh_mapper=ttnn.ShardTensorToMesh(mesh_device, dim=3),
            )
        >>> output = ttnn.experimental.all_reduce_async(input_tensor, topology=ttnn.Topology.Linear)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, num_devices: int, barrier_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], rs_global_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], ag_global_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], math_op: ttnn._ttnn.operations.reduction.ReduceType, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, num_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int | None = None, mesh_device: ttnn._ttnn.multi_device.MeshDevice = ..., barrier_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] | None = None, rs_global_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] | None = None, ag_global_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore] | None = None, math_op: ttnn._ttnn.operations.reduction.ReduceType = ..., *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Linear, num_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, buffer_tensor: ttnn._ttnn.tensor.Tensor, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, multi_device_global_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, num_links: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, use_noc1_only: bool = False, use_optimal_ccl_for_llama: bool = False, fp32_dest_acc: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

all_reduce_async: all_reduce_async_t = ...

class llama_reduce_scatter_t:
    """
    Reduce_scatter after FF1/3 for Llama70B.

     Args:
         input_tensor (ttnn.Tensor): the input tensor.
         intermediate_packet_buffer (ttnn.Tensor): the intermediate packet buffer tensor.
         dim (number): the reduce dimension
         cross_device_semaphore (ttnn.GlobalSemaphore): the cross device semaphore.
         subdevice_id (ttnn.SubDeviceId): the subdevice id.
         cluster_axis (number): the cluster axis.
         mesh_device (ttnn.MeshDevice): the mesh device.
         num_links (number, optional): the number of links. Defaults to the maximum available.

     Keyword Args:
         memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
         topology (ttnn.Topology, optional): Communication topology to use. Defaults to `ttnn.Topology.Linear`.
         use_noc1_only (bool, optional): Force NOC1-only transport. Defaults to `False`.

    Returns:
        ttnn.Tensor: the output tensor.

     Example:

         >>> tensor = ttnn.experimental.llama_reduce_scatter(
                         tt_input_tensors_list[i],
                         tt_intermediate_tensors_list[i],
                         dim,
                         ccl_semaphore_handles[i],
                         worker_sub_device_id,
                         cluster_axis=1,
                         mesh_device=mesh_device,
                         num_links=num_links,
                         memory_config=output_mem_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, intermediate_packet_buffer: ttnn._ttnn.tensor.Tensor, dim: int, cross_device_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, subdevice_id: ttnn._ttnn.device.SubDeviceId, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear, use_noc1_only: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

llama_reduce_scatter: llama_reduce_scatter_t = ...

class llama_rs_create_heads_t:
    """
    Reduce_scatter after FF1/3 for Llama70B.

     Args:
         input_tensor (ttnn.Tensor): the input tensor.
         intermediate_packet_buffer (ttnn.Tensor): the intermediate packet buffer tensor.
         dim (number): the reduce dimension
         cross_device_semaphore (ttnn.GlobalSemaphore): the cross device semaphore.
         subdevice_id (ttnn.SubDeviceId): the subdevice id.
         cluster_axis (number): the cluster axis.
         mesh_device (ttnn.MeshDevice): the mesh device.
         topology (ttnn.Topology): Communication topology for the reduce-scatter stage.
         num_links (number, optional): the number of links. Defaults to the maximum available.

     Keyword Args:
         memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: Q, K, and V output tensors.

     Example:

         >>> tensor = ttnn.experimental.llama_rs_create_heads(
                         tt_input_tensors_list[i],
                         tt_intermediate_tensors_list[i],
                         dim,
                         ccl_semaphore_handles[i],
                         worker_sub_device_id,
                         cluster_axis=1,
                         mesh_device=mesh_device,
                         num_links=num_links,
                         memory_config=output_mem_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, intermediate_packet_buffer: ttnn._ttnn.tensor.Tensor, dim: int, cross_device_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, subdevice_id: ttnn._ttnn.device.SubDeviceId, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, *, num_links: int | None = None, num_heads: int, num_kv_heads: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, qkv_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_noc1_only: bool = False, use_optimal_ccl_for_llama: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

llama_rs_create_heads: llama_rs_create_heads_t = ...

class ring_attention_all_gather_async_t:
    """
    Performs an all-gather operation on multi-device :attr:`input_tensor` across all devices.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to perform operation.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the line-all-gather operation on.
        mesh_device (MeshDevice): Device mesh to perform the line-all-gather operation on.
    * cluster_axis and mesh_device parameters are applicable only for Linear Topology.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        num_links (int, optional): Number of links to use for the all-gather operation. Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology): The topology configuration to run the operation in. Valid options are Ring and Linear; callers must supply the desired value.

    Returns:
        ttnn.Tensor: the output tensor.

    Example:
        >>> full_tensor = torch.randn([1, 1, 32, 256], dtype=torch.bfloat16)
        >>> mesh_device = ttnn.open_mesh_device(ttnn.MeshShape(1, 8))
        >>> ttnn_tensor = ttnn.from_torch(
                        full_tensor,
                        dtype=input_dtype,
                        device=mesh_device,
                        layout=layout,
                        memory_config=mem_config,
                        mesh_mapper=ShardTensor2dMesh(mesh_device, mesh_shape=(1, 8), dims=(-1, -2)))
        >>> ttnn_tensor = ttnn.to_device(ttnn_tensor, mesh_device)
        >>> output = ttnn.all_gather(ttnn_tensor, dim=0, topology=ttnn.Topology.Ring)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: Sequence[ttnn._ttnn.tensor.Tensor], persistent_output_buffer: Sequence[ttnn._ttnn.tensor.Tensor], dim: int, *, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], num_links: int | None = None, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

ring_attention_all_gather_async: ring_attention_all_gather_async_t = ...

class send_async_t:
    """
    Performs a send operation on multi-device :attr:`input_tensor` to a :attr:`mesh_socket`.

    Args:
        input_tensor (ttnn.Tensor): device tensor.
        mesh_socket (ttnn.MeshSocket): MeshSocket to send the tensor to.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Returns:
        std::vector<ttnn.Tensor>: an empty vector.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, mesh_socket: ttnn._ttnn.mesh_socket.MeshSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

send_async: send_async_t = ...

class recv_async_t:
    """
    Performs a recv operation from a :attr:`mesh_socket`.

    Args:
        output_tensor (ttnn.Tensor): Tensor to receive the data into.
        mesh_socket (ttnn.MeshSocket): MeshSocket to receive the data from.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Returns:
        std::vector<ttnn.Tensor>: A vector containing the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, mesh_socket: ttnn._ttnn.mesh_socket.MeshSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

recv_async: recv_async_t = ...

class recv_async_h2d_t:
    """
    Performs a recv operation from an :attr:`h2d_socket` (Host-to-Device socket) into a
    pre-allocated device output tensor.

    Each page of the output tensor is received from the H2D socket FIFO and written
    directly into the corresponding tensor page on device. The H2D socket's mode
    (``HOST_PUSH`` vs ``DEVICE_PULL``) is honored at compile time:

    - ``HOST_PUSH``: the host writes data into device L1 directly; the receiver simply
      consumes the FIFO.
    - ``DEVICE_PULL``: the receiver issues PCIe NOC reads to pull data from pinned host
      memory into the FIFO before forwarding it to the output tensor.

    Args:
        output_tensor (ttnn.Tensor): Pre-allocated device tensor to receive the data into.
            The tensor's aligned page size must equal the H2D socket's page size and the
            socket FIFO must be at least one page in size.
        h2d_socket (ttnn.H2DSocket): H2DSocket to receive the data from. Must be the
            owner side (created via ``ttnn.H2DSocket(...)``, not via ``connect()``) so
            that a MeshDevice is available for program dispatch.

    Returns:
        List[ttnn.Tensor]: A list containing the (mutated) output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, h2d_socket: ttnn._ttnn.hd_socket.H2DSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

recv_async_h2d: recv_async_h2d_t = ...

class send_async_d2h_t:
    """
    Performs a send operation from an :attr:`input_tensor` on device into a
    :attr:`d2h_socket` (Device-to-Host socket).

    Each page of the input tensor is staged in device L1 and then written out to the
    D2H socket FIFO in pinned host memory via PCIe NOC writes. The host can then
    consume the data by calling ``D2HSocket.read()`` (or ``read_tensor()``).

    The input tensor's aligned page size must equal the D2H socket's page size, and
    the socket FIFO must be at least one page in size. The D2H socket must be the
    owner side (created via ``ttnn.D2HSocket(...)``, not via ``connect()``) so that
    a MeshDevice is available for program dispatch.

    Args:
        input_tensor (ttnn.Tensor): Device tensor whose pages will be streamed to the
            host. The tensor's aligned page size must equal the D2H socket's page
            size.
        d2h_socket (ttnn.D2HSocket): D2HSocket to send the data into.

    Returns:
        List[ttnn.Tensor]: An empty list. The op does not produce any output tensors;
        data is delivered to the host via the D2H socket.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, d2h_socket: ttnn._ttnn.hd_socket.D2HSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

send_async_d2h: send_async_d2h_t = ...

class send_direct_async_t:
    """
    Sends :attr:`input_tensor` over :attr:`mesh_socket`, paired with recv_direct_async.

    Unlike send_async, pages are written straight into the receiver's output tensor rather than
    through the socket FIFO, which carries only the address exchange and the completion signal.

    Args:
        input_tensor (ttnn.Tensor): device tensor.
        mesh_socket (ttnn.MeshSocket): MeshSocket to send the tensor to.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Returns:
        std::vector<ttnn.Tensor>: an empty vector.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, mesh_socket: ttnn._ttnn.mesh_socket.MeshSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

send_direct_async: send_direct_async_t = ...

class recv_direct_async_t:
    """
    Receives a tensor sent by send_direct_async.

    The sender writes :attr:`output_tensor` directly, so this op only advertises its address over
    the socket and waits for the completion signal.

    Args:
        output_tensor (ttnn.Tensor): Tensor to receive the data into.
        mesh_socket (ttnn.MeshSocket): MeshSocket to receive the data from.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Returns:
        std::vector<ttnn.Tensor>: A vector containing the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, output_tensor: ttnn._ttnn.tensor.Tensor, mesh_socket: ttnn._ttnn.mesh_socket.MeshSocket) -> list[ttnn._ttnn.tensor.Tensor]: ...

recv_direct_async: recv_direct_async_t = ...

class neighbor_pad_async_t:
    """
    Performs a halo-padding operation on multi-device input tensor, where the padding values come from the neighbor device's tensor when available, or as specified by padding mode when no neighbor device is present. Supports 1D padding (single dim) or fused 2D padding (two dims in one dispatch).

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (List[int]): Dimensions to pad on. Length 1 for 1D, length 2 for fused 2D (e.g., [2] or [2, 3]).
        padding_left (List[uint]): How much to pad to the left, one per dim.
        padding_right (List[uint]): How much to pad to the right, one per dim.
        padding_mode (string): zeros, replicate.
        cluster_axis (List[int]): Cluster axes for each padding dim.
        neighbor_semaphore (List[GlobalSemaphore]): Neighbor semaphores, one per dim. Length 1 for 1D (H only), length 2 for fused 2D ([H, W]).
        barrier_semaphore (List[GlobalSemaphore]): Barrier semaphores (length 1).

    Keyword Args:
        num_links (List[int], optional): Number of links per dim. Defaults to `[1, ...]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Linear`.
        persistent_output_buffer (ttnn.Tensor, optional): Pre-allocated output buffer. When provided, skips the H writer startup barrier since the output buffer is guaranteed to exist on all devices. Defaults to `None`.

    Returns:
        ttnn.Tensor: the padded output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: Sequence[int], padding_left: Sequence[int], padding_right: Sequence[int], padding_mode: str, cluster_axis: Sequence[int], neighbor_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], barrier_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], *, num_links: Sequence[int] | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Linear, persistent_output_buffer: ttnn._ttnn.tensor.Tensor | None = None, logical_h: int = 0, t_front_pad: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

neighbor_pad_async: neighbor_pad_async_t = ...

class neighbor_pad_halo_t:
    """
    Standalone halo-only neighbor-pad (no conv, no interior copy).

    Exchanges halo rows between neighboring devices via fabric into a compact
    pre-allocated DRAM halo buffer [H-top | H-bot | W-left | W-right], and returns
    that buffer. This is the fabric H+W halo exchange with the
    conv3d stage removed — pure transport, benchmarked toward DRAM + fabric bandwidth.
    The caller must pre-allocate `halo_buffer` with the correct size (see NP design docs).

    Args:
        input (ttnn.Tensor): Unpadded activation tensor [B, T, H, W, C] row-major.
        halo_buffer (ttnn.Tensor): Pre-allocated compact DRAM halo buffer (also the output).
        np_padding_h (int): H-halo rows per side (typically 1 for k=3).
        np_padding_w (int): W-halo columns per side.
        np_cluster_axis (int): Mesh axis for H-parallel devices.
        np_num_links (int): Number of fabric links for the H exchange.
        np_topology (ttnn.Topology): Fabric topology (Linear or Ring).
        h_neighbor_semaphore (ttnn.GlobalSemaphore): H-neighbor handshake semaphore.
        barrier_semaphore (ttnn.GlobalSemaphore): NP barrier semaphore.
        w_neighbor_semaphore (ttnn.GlobalSemaphore): W-neighbor handshake semaphore.
        np_pad_dim2 (int): Secondary (W-axis) padding dimension index (must be > 0).
        np_pad2_left (int): Padding amount left for the secondary dim.
        np_pad2_right (int): Padding amount right for the secondary dim.
        np_pad2_cluster_axis (int): Cluster axis for the secondary dim.
        np_pad2_num_links (int): Links for the secondary dim.

    Keyword Args:
        padding_mode (str): "zeros" or "replicate". Defaults to "zeros".
        memory_config (ttnn.MemoryConfig, optional): Output memory config.

    Returns:
        ttnn.Tensor: The compact halo buffer (written in place).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, halo_buffer: ttnn._ttnn.tensor.Tensor, np_padding_h: int, np_padding_w: int, np_cluster_axis: int, np_num_links: int, np_topology: ttnn._ttnn.operations.ccl.Topology, h_neighbor_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, w_neighbor_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, np_pad_dim2: int, np_pad2_left: int, np_pad2_right: int, np_pad2_cluster_axis: int, np_pad2_num_links: int, *, padding_mode: str = 'zeros', memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_pad_h: int = 0, input_pad_w: int = 0, padded_output: ttnn._ttnn.tensor.Tensor | None = None, border_only: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

neighbor_pad_halo: neighbor_pad_halo_t = ...

class halo_scatter_t:
    """
    Local (no-fabric) repack for the persistent-padded activation pipeline.

    Allocates a padded buffer [B,T,H+2pH,W+2pW,C] and fills it in one pass: interior from
    interior_src (the unpadded activation) and border from the compact halo buffer
    [H-top | H-bot | W-left | W-right] produced by neighbor_pad_halo. Folds the old ttnn.pad
    (interior copy) + border scatter into one op; the next conv reads the result as a plain
    coalesced conv (pad=0).

    Args:
        compact_buffer (ttnn.Tensor): Compact halo buffer returned by neighbor_pad_halo (border source).
        interior_src (ttnn.Tensor): Unpadded activation [B,T,H,W,C] (interior source).
        np_padding_h (int): H-halo rows per side (must match the neighbor_pad_halo call).
        np_padding_w (int): W-halo columns per side.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Output memory config.

    Returns:
        ttnn.Tensor: A newly-allocated padded buffer with interior + border filled.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, compact_buffer: ttnn._ttnn.tensor.Tensor, interior_src: ttnn._ttnn.tensor.Tensor, np_padding_h: int, np_padding_w: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, border_only: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

halo_scatter: halo_scatter_t = ...

class slice_reshard_async_t:
    """
    Slice a multi-device tensor, and then reshard the tensor across devices.  The slice is computed in the space of the aggregate multi-device tensor, not in each device tensor individually.  The use case for this is when the input tensor is padded, and then after various operations changes in size in the dimension it is sharded on.  This could lead to unnecessary amounts of padding, so the padding is trimmed, and the resulting slice of the aggregate input tensor is resharded across devices.

    Args:
        input_tensor (ttnn.Tensor): multi-device tensor.
        dim (int): Dimension to shard on.
        output_dim_offset (int): Start of the output tensor in the shard dimension, in the context of the input tensor.
        output_dim_shape (int): Shape of the output tensor in the shard dimension, before sharding.
        cluster_axis (int): Provided a MeshTensor, the axis corresponding to MeshDevice to perform the slice_reshard operation on.

    Keyword Args:
        num_links (int, optional): Number of links to use for the slice_reshard operation. Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        topology (ttnn.Topology, optional): The topology configuration to run the operation in. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Linear`.

    Returns:
        ttnn.Tensor: the slice_resharded output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, output_dim_offset: int, output_dim_shape: int, cluster_axis: int, final_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, barrier_semaphore: ttnn._ttnn.global_semaphore.global_semaphore, *, num_links: int | None = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Linear) -> ttnn._ttnn.tensor.Tensor: ...

slice_reshard_async: slice_reshard_async_t = ...

class deepseek_moe_reduce_scatter_t:
    """
    Reduce-scatter operation across devices along a selected dimension and optional cluster axis. This operation reduces the mesh tensor across the devices in the mesh, along the specified dimension. It then scatters the reduced tensor back to the devices in the mesh, along the same dimension. When cluster axis is specified, we reduce and scatter along the cluster axis. When it is not specified, then we reduce and scatter across all devices in the mesh.

    Args:
        input_tensors (List of ttnn.Tensor): the input tensors, which when concatted together on the scatter dim represent the single logical input tensor.
        output_memory_config (ttnn.MemoryConfig): output memory configuration.
        dim (int): dimension along which to scatter.

    Keyword Args:
        num_links (int, optional): the number of links to use for the reduce-scatter operation. Defaults to `None`, for which the number of links is determined automatically.
        cluster_axis (int, optional): the cluster axis to reduce across. Defaults to `None`.
        topology (ttnn.Topology, optional): fabric topology. Defaults to `None`.

    Returns:
        ttnn.Tensor: The reduced and scattered tensor, with output_shape = input_shape (the logical input shape) for all the unspecified dimensions, and output_shape[dim] = input_shape[dim] / num_devices, where num_devices is the number of devices along the `cluster_axis` if specified, else the total number of devices along the mesh.

    Example:
        >>> # ttnn_tensor shape is [1, 1, 32, 7168]
        >>> # num_devices along cluster_axis is 8
        >>> input_tensors = ttnn.split(ttnn_tensor, split_size=896, dim=3)
        >>> output_memory_config = ttnn.MemoryConfig(ttnn.TensorMemoryLayout.INTERLEAVED, ttnn.BufferType.L1)
        >>> output = ttnn.reduce_scatter(input_tensors, output_memory_config=output_memory_config, dim=3, cluster_axis=1)
        >>> print(output.shape)
        [1, 1, 32, 896]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensors: Sequence[ttnn._ttnn.tensor.Tensor], output_memory_config: ttnn._ttnn.tensor.MemoryConfig, dim: int, *, num_links: int | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = ttnn._ttnn.operations.ccl.Topology.Ring, cluster_axis: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

deepseek_moe_reduce_scatter: deepseek_moe_reduce_scatter_t = ...

class DispatchAlgorithm(enum.Enum):
    BROADCAST = 0
    """Broadcast all tokens to ALL devices"""

    SPARSE_UNICAST = 1
    """Send to each target device individually"""

    SPARSE_MCAST_LINEAR = 2
    """Sparse multicast in single direction"""

    SPARSE_MCAST_SHORTEST_PATH = 3
    """Sparse multicast with bidirectional shortest path routing (default)"""

    SPARSE_MCAST_SPLIT_BW = 4
    """Sparse multicast, split token data 50/50 between directions"""

class WorkerMode(enum.Enum):
    DIRECT = 0
    """Direct EDM, 1 worker per link (default)"""

    MUX_TOKEN_SPLIT = 1
    """Mux enabled, tokens distributed across workers"""

    MUX_PAYLOAD_SPLIT = 2
    """Workers on same link split token payload (not yet implemented)"""

class all_to_all_dispatch_metadata_t:
    """
    All to all dispatch metadata operation for dispatching the input tokens to devices with the selected experts, based on the expert indices and expert mapping tensors. If cluster axis is specified then we dispatch the tokens to the experts only on that axis. This operation sends tokens to their selected experts, with empty rows for tokens that did not select any experts on that device.
    B = local batch size/batch size per device
    S = local sequence length/sequence length per device
    H = hidden size
    K = selected experts per token
    D = total number of devices
    A = cluster axis to dispatch along
    D[A] = number of devices along the cluster axis, just D if cluster axis is not specified.
    E = local experts/experts per device
    T = total number of tokens per device = B * S

    Args:
        input_tensor (ttnn.Tensor): The input tensor containing the tokens to dispatch. The tensor is expected to be [B, S, 1, H] per device, sharded along either the batch dimension or the sequence dimension, such that the global shape is either [B*D[A], S, 1, H] or [B, S*D[A], 1, H]. Each row is a token. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_indices_tensor (ttnn.Tensor): The expert indices tensor containing the ranking of the experts for each token. The tensor is expected to be [B, S, 1, K] per device, sharded identically to the input_tensor. Each value in the row is an expert index, which corresponds to a row index in the expert mapping tensor. This tensor only contains the expert ranking for the tokens local to that device. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_scores_tensor (ttnn.Tensor): The expert scores tensor containing the scores for each selected expert for each token. The tensor is expected to be [B, S, 1, K] per device, sharded identically to the expert_indices_tensor. Each value in the row is a score corresponding to the expert at the same position in the expert_indices_tensor. The tensor is expected to be in bfloat16, Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_mapping_tensor (ttnn.Tensor): The one-hot encoded expert to device mapping tensor containing the location of the experts among each device and each mesh. The tensor is expected to be [1, 1, E, D] per device, fully replicated across all devices. Each row corresponds to an expert, and the value in each corresponding column is 1 if the expert is on the device, 0 otherwise. The tensor is expected to be in Row Major, Interleaved format. This tensor is expected to be the same across all devices.

    Keyword Args:
        shared_expert_ids (List[int], optional): the global expert ids designated as shared experts. Every token is dispatched to all of these experts in addition to its top-K routed experts. Defaults to `None` (no shared experts).
            Note: the number of ids here (`num_shared_experts`) counts all *logical* shared experts. This differs from `num_shared_experts_per_device` in `ttnn.experimental.moe_compute`, which counts the *physical* shared experts resident per device, eg: 2x routed shared experts each residing on half of the devices would be num_shared_experts=2 here and num_shared_experts_per_device=1 there.
        cluster_axis (int, optional): the cluster axis to dispatch along. Defaults to `None` though we assert out when it is not specified.
        num_links (number, optional): the number of cross-device links to use for dispatching the tokens. Defaults to `None`, for which the number of links is determined automatically.
        output_tensors (Tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor], optional): the optional output tensors to use for the dispatched tokens, indices, and scores. Defaults to `None`.
        drain_sync_tilizer_core (Tuple[int, int], optional): the core coordinate where indices and scores are L1 sharded for selective_tilize. Defaults to `(0, 0)`.
        worker_mode (ttnn.WorkerMode, optional): the worker mode for distributing workers across links. Defaults to `ttnn.WorkerMode.DIRECT`.
        dispatch_algorithm (ttnn.DispatchAlgorithm, optional): the algorithm for routing tokens to destination devices. Defaults to `ttnn.DispatchAlgorithm.SPARSE_MCAST_SHORTEST_PATH`.
        worker_core_range_set (ttnn.CoreRangeSet, optional): the cores to use for dispatch workers. Defaults to cores (0,0) to (0,7) - 8 cores for 4 links.
        mux_core_range_set (ttnn.CoreRangeSet, optional): the cores to use for mux workers when worker_mode uses mux. Defaults to cores (1,0) to (1,7) - 8 cores (2 per link × 4 links).
        cross_device_semaphore (ttnn.GlobalSemaphore, optional): a persistent global semaphore that enables semaphore-free (persistent) mode. When provided, all three `output_tensors` must also be provided as persistent buffers so all fabric write targets are persistent and the per-call `init_semaphore` can be skipped. Defaults to `None`.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: The sparse output tokens tensor, indices tensor, and scores tensor. The output tensor on each device is sparsely populated with all the tokens that are dispatched to that device. The non-dispatched tokens have placeholder rows populated with garbage. The indices and scores tensors are all-gathered and L1 sharded to the drain_sync_tilizer_core.

        output_tensor: The output tensor is expected to be [1, T*D[A], H] per device, sharded fully such that we have [D, T*D[A], H] total when gathered along dimension 0. Each row is either a token if that token was dispatched to that device, or a placeholder row if that token was not dispatched to that device. The tensor is expected to be in Row Major, Interleaved format.
        expert_indices_tensor: The indices tensor is expected to be [1, T*D[A], K] per device. Each row contains all the expert indices selected for each token on the mesh. This is equivalent to an all-gather of the expert indices. The tensor is L1 sharded to drain_sync_tilizer_core.
        expert_scores_tensor: The scores tensor has the same shape as the indices tensor and contains the corresponding scores. The tensor is L1 sharded to drain_sync_tilizer_core.

    Example:
        >>> output_tensor, indices_tensor, scores_tensor = ttnn.experimental.all_to_all_dispatch_metadata(
                        input_tensor,
                        expert_indices_tensor,
                        expert_scores_tensor,
                        expert_mapping_tensor,
                        cluster_axis=cluster_axis,
                        num_links=num_links,
                        drain_sync_tilizer_core=(0, 0),
                        worker_mode=ttnn.WorkerMode.DIRECT,
                        dispatch_algorithm=ttnn.DispatchAlgorithm.SPARSE_MCAST_SHORTEST_PATH)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_indices_tensor: ttnn._ttnn.tensor.Tensor, expert_scores_tensor: ttnn._ttnn.tensor.Tensor, expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, *, shared_expert_ids: Sequence[int] | None = None, cluster_axis: int | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, num_links: int | None = None, drain_sync_tilizer_core: Sequence[int] | None = None, worker_mode: WorkerMode = WorkerMode.DIRECT, dispatch_algorithm: DispatchAlgorithm = DispatchAlgorithm.SPARSE_MCAST_SHORTEST_PATH, worker_core_range_set: ttnn._ttnn.tensor.CoreRangeSet | None = None, mux_core_range_set: ttnn._ttnn.tensor.CoreRangeSet | None = None, cross_device_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

all_to_all_dispatch_metadata: all_to_all_dispatch_metadata_t = ...

class MoEActivationFunction(enum.Enum):
    SILU = 0

    SWIGLU = 1

    GELU = 2

    CLAMPED_SILU = 3

class moe_compute_t:
    """
    Experimental fused MoE compute supporting arbitrary ``(hidden_size, intermediate_size)`` pairs.

    This operation performs the expert matmuls (gate/up projection via W0/W1, down
    projection via W2) and activation (SILU, SwiGLU, GELU, or clamped SiLU) in a fused compute kernel.
    Tile distribution across the matmul ring (12 cores on Wormhole; 7 or 8 cores on
    Blackhole depending on whether one DRAM bank is fused off — auto-detected from the
    live DRAM-bank count) is derived at compile time from ``hidden_size`` and
    ``intermediate_size`` using Euclidean-rhythm (Bresenham) shard formulas — no
    model-specific configuration tables are needed.

    Note: This is the **compute** portion of the MoE pipeline. The A2A dispatch
    (producing the sparse buffer consumed by this op) and the A2A combine (reducing
    expert outputs) are handled by separate collective operations; see the MoE
    module tests for the full flow.

    **Hardware / device configuration**

    Tilize / matmul / combine worker cores are selected dynamically from the device's
    ``compute_with_storage_grid_size()`` (which already excludes harvested rows/columns)
    in logical coordinates, so placement is **harvesting-agnostic** and works on both
    Wormhole and Blackhole. The matmul ring prefers the DRAM-bank-adjacent workers, but
    relocates to a compact, column-0-anchored placement when that layout would overlap the
    mux cores or its bounding box spans the whole compute grid (e.g. WH ROW dispatch, where
    the DRAM-adjacent workers leave no disjoint room). Tilize and combine are then placed in
    the remaining grid with mutually disjoint multicast bounding boxes.

    The dispatch-core axis is **not** constrained by this op: both
    ``DispatchCoreAxis.COL`` and ``DispatchCoreAxis.ROW`` are supported (the test matrix
    exercises both). The axis only changes which grid edge the dispatch cores occupy,
    which is already reflected in ``compute_with_storage_grid_size()``.

    See https://github.com/tenstorrent/tt-metal/issues/41132 for details.

    **Weight tensor layout (CRITICAL)**

    The API takes **two packed weight tensor arguments** that contain **three logical
    expert weight matrices** (W0, W1, W2):

    - ``matmul_w0_w1_tensor``: Interleaved W0 and W1 (gate + up projection weights).
    - ``matmul_w2_tensor``: W2 (down projection weights).

    The exact byte layout expected by the kernels depends on ``hidden_size`` and
    ``intermediate_size``. Callers must match the layout the device op expects or
    use the reference packer from ``ttnn.experimental.moe_compute_utils`` (see below).

    **Input tensors**

    The first four tensors are the per-device outputs of the A2A dispatch op:

    - ``tilize_input_tensor``: The dispatched token activations (sparse buffer) for
      the experts that live on this device. ``hidden_size`` is inferred from its last
      dim and ``total_tokens`` from its first two dims.
    - ``tilize_expert_indices_tensor``: Per-token selected expert ids;
      ``select_experts_k`` is inferred from its last dim.
    - ``tilize_expert_scores_tensor``: Per-token routing scores (gates) applied to
      the expert outputs.
    - ``tilize_expert_mapping_tensor``: The expert → device mapping that tells the
      kernel which experts are resident locally.

    **Key parameters**

    - ``intermediate_size`` (**required**, added in this version): The MoE
      intermediate (expert FFN) dimension. Together with ``hidden_size`` (inferred
      from the input tensor), this determines the per-core tile shard counts via
      ``shard_tiles()`` / ``w2_shard_tiles()`` and the number of data-parallel
      cores (``num_data_parallel_cores``).

    - ``output_height_shard_dim``: Number of token-parallel (height) cores used
      for the combine output.

    - ``num_shared_experts_per_device`` (optional, default ``None`` ≡ 0): How many
      of the per-device experts are **shared** experts (run on every token) rather
      than routed. Shared experts occupy the **tail** slots of the experts dimension
      Note: this parameter differs from `num_shared_experts` used by all_to_all_dispatch_metadata
      that op counts all logical shared experts. This one counts *physical* shared experts
      per device, eg: 2x routed shared experts each residing on half of the devices
      would be num_shared_experts_per_device=1 and num_shared_experts=2

    - ``layer_id`` (**required**): Selects which layer's weight block to read when
      multiple layers are packed into a single DRAM-resident weight tensor.

    - ``activation_type`` (optional, default ``None`` ≡ ``SILU``): The expert FFN
      activation function — one of ``ttnn.experimental.MoEActivationFunction``
      ``{SILU, SWIGLU, GELU, CLAMPED_SILU}`` — applied between the W0/W1 and W2 projections.

    - ``activation_limit`` (optional): required for ``CLAMPED_SILU`` and rejected for
      every other activation; a finite positive ``L`` giving
      ``silu(min(gate, L)) * clamp(up, -L, L)`` (no additive up bias). Part of the program cache key.

    - ``math_fidelity`` (default ``LoFi``) and ``fp32_dest_acc_en`` (default ``False``): compute
      settings of the expert matmuls and the activation. ``math_approx_mode`` stays enabled and
      ``dst_full_sync_en`` disabled. Both are part of the program cache key.

    - ``compute_only`` (default ``False``): When ``True``, run only the expert
      matmuls and skip the A2A combine. The op then returns **5** tensors (the
      matmul output is the final output, slot 4) instead of 6, and all combine-path
      arguments below must be left unset (notably ``cluster_axis`` must be ``None``).

    The matmul ring size is **auto-detected** from the live DRAM-bank count — 12 on
    Wormhole (no DRAM-bank harvesting), 7/8 on Blackhole (up to one bank may be fused
    off) — and is not exposed on this API. The ``prepare_*`` / ``get_weight_mem_configs``
    helpers that pack the weights must be called with the matching ring size (see
    ``effective_matmul_ring_size``).

    **Core placement**

    Tilize, matmul, and combine worker cores are selected dynamically on the device
    worker grid (avoiding DRAM-bank matmul workers). Use
    ``get_moe_combine_cores(mesh_device, output_height_shard_dim,
    auto_output_width_shard_dim(hidden_size), hidden_size)``
    to query combine cores for memory-config setup before running the op.

    Shard expert indices/scores to the drain tilize core returned by
    ``get_moe_tilize_drain_core(mesh_device, output_height_shard_dim,
    auto_output_width_shard_dim(hidden_size), hidden_size)``.

    **Bias support (optional)**

    - ``has_bias=False`` (default): tensors contain only weights.
    - ``has_bias=True``: tensors must include fused bias tiles. Bias values are
      appended to the weight tensors in a kernel-specific format:

      - For W0/W1: Bias tiles (shape expanded to TILE_SIZE rows with row 0 populated)
        are concatenated along the K dimension, then K is padded to a multiple of
        BLOCK_TILES_H (7) tiles.
      - For W2: The bias tile is appended along the N (intermediate) dimension
        **without** ring-rotation. N is then padded to a multiple of BLOCK_TILES_H
        tiles.

    ``has_bias`` must match the actual layout of the provided tensors; mismatch
    produces silent wrong results or UB.

    **Combine paths**

    When ``compute_only=False``, the op returns **6** tensors, the sixth being the final
    ``[k, tokens, hidden]`` row-major output. There are three ways it is produced:

    - Single-device fused mode: pass ``cluster_axis=None`` on a 1x1 mesh. The fused
      selective_reduce_combine stage runs locally with no fabric, mux cores, links, topology,
      or cross-device semaphore.
    - Multi-device fused mode: pass ``cluster_axis=0`` or ``cluster_axis=1`` naming a mesh
      axis of extent > 1. The fused combine reduces along that axis using the fabric.
    - Local output mode: the named ``cluster_axis`` has extent 1 (for example axis 0 of a 1x4
      expert-parallel mesh, or either axis of a 1x1 mesh). There is nothing to combine, so no
      combine kernels run: the op's own writer puts each expert's token rows straight into the
      final output. No fabric, mux cores, links or cross-device semaphore are used (the mesh
      may be opened without a fabric config); ``topology``, ``num_links``,
      ``mux_core_range_set`` and ``optional_cross_device_semaphore`` are accepted and unused.
      On a multi-device mesh every coordinate must receive the same replicated token set and
      routing metadata (expert indices, scores and mapping) and returns the partial of its own
      experts: only the rows its experts own are written, as with the combine, and the other
      rows of the ``[k, tokens, hidden]`` output keep what the buffer held, so a caller that
      sums the partials across the other axis passes a zeroed ``optional_output_tensor``.
      The output is written one token row (2 x H bytes) per page, so its memory config
      (``output_memory_config``, or the ``optional_output_tensor``'s) must be row-major
      INTERLEAVED or HEIGHT_SHARDED with whole rows per shard, DRAM or L1; WIDTH_SHARDED,
      BLOCK_SHARDED and ND sharding are rejected (a row would span several pages). Nothing is
      staged in the combine cores' L1, so the matmul-output tensor (slot 4) is not written on
      this path. That form does not support shared experts.

    With ``compute_only=True``, ``cluster_axis``, ``topology``, ``num_links``,
    ``mux_core_range_set``, ``optional_output_tensor``, and
    ``optional_cross_device_semaphore`` must be passed as ``None`` / left at their
    defaults. An empty ``CoreRangeSet`` still counts as a provided ``mux_core_range_set``
    and is rejected in compute-only mode.

    - ``cluster_axis``: ``None`` for ``compute_only=True`` and for single-device fused mode;
      otherwise the mesh axis along which multi-device fused mode reduces.
    - ``topology`` (optional, default ``None`` ≡ fabric default): Combine fabric
      topology for multi-device fused mode; must be ``None`` for single-device fused
      mode and ``compute_only=True``. Only ``ttnn.Topology.Linear`` and
      ``ttnn.Topology.Ring`` are supported. If the fabric default is Torus/Mesh, pass
      ``Linear`` or ``Ring`` explicitly (BH Loudbox callers must pass ``Linear``).
    - ``num_links`` (optional, default ``None``): Number of fabric links for the
      multi-device fused combine; auto-detected from the mesh and ``cluster_axis`` when
      ``None`` (1 in local output mode, where no link is opened). Must be ``None`` for
      single-device fused mode and ``compute_only=True``.
    - ``mux_core_range_set`` (optional, default ``None`` ≡ empty): Cores assigned to
      the fabric mux on the multi-device fused combine path; must be ``None`` for
      single-device fused mode and ``compute_only=True``. Mux cores may be placed anywhere
      on the worker grid — including inside the matmul/all-worker multicast bounding boxes
      — because the op places every worker group (matmul, tilize, combine) to avoid the
      mux cells: the matmul ring prefers the DRAM-bank-adjacent workers but relocates to a
      compact, column-0-anchored placement if mux would overlap it (or if the DRAM-adjacent
      ring spans the grid, e.g. WH ROW dispatch), and tilize/combine are placed after mux
      and route around it. The op raises a clear error only if the grid is too
      small/blocked to fit all groups disjointly.
    - ``output_memory_config`` (optional, default ``None`` ≡ ``DRAM_MEMORY_CONFIG``):
      Memory config for the combine output tensor. In local output mode it must be
      row-major INTERLEAVED or HEIGHT_SHARDED (whole token rows per shard); left
      ``None`` with an ``optional_output_tensor``, it takes that tensor's memory config,
      and when both are given they must agree.
    - ``optional_output_tensor`` (optional): Preallocated tensor to receive the
      combine output instead of allocating a new one. Must be ``None`` when
      ``compute_only=True`` (no combine output is produced).
    - ``optional_cross_device_semaphore`` (optional): Global semaphore used to
      synchronize the multi-device fused combine. Must be ``None`` for single-device
      fused mode and ``compute_only=True``.

    **Reference input packer **

    ``ttnn.experimental.moe_compute_utils`` provides reference implementations that
    produce the expected layout:

    - add_shared_expert_weights
    - prepare_w0_w1_tensor_for_moe_compute/prepare_w0_w1_tensor_with_bias
    - prepare_w2_tensor_for_moe_compute/prepare_w2_tensor_with_bias
    - quantize_weights_via_host (slower but higer quality) or ttnn.typecast (faster)

    These functions are kept in sync with the test suite and can be used as
    "executable documentation" for the layout contract; they are not a required
    public API but they are recommended.

    See also: ``ttnn.experimental.moe_compute_utils`` module docstring for full
    layout details, constants (TILES_PER_TXN, ring tables), and constraints.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tilize_input_tensor: ttnn._ttnn.tensor.Tensor, tilize_expert_indices_tensor: ttnn._ttnn.tensor.Tensor, tilize_expert_scores_tensor: ttnn._ttnn.tensor.Tensor, tilize_expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, matmul_w0_w1_tensor: ttnn._ttnn.tensor.Tensor, matmul_w2_tensor: ttnn._ttnn.tensor.Tensor, *, layer_id: int, output_height_shard_dim: int, intermediate_size: int, has_bias: bool = False, cluster_axis: int | None = None, topology: ttnn._ttnn.operations.ccl.Topology | None = None, num_links: int | None = None, mux_core_range_set: ttnn._ttnn.tensor.CoreRangeSet | None = None, output_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, optional_cross_device_semaphore: ttnn._ttnn.global_semaphore.global_semaphore | None = None, activation_type: MoEActivationFunction | None = None, compute_only: bool = False, num_shared_experts_per_device: int | None = None, activation_limit: float | None = None, math_fidelity: ttnn._ttnn.tensor.MathFidelity = ttnn._ttnn.tensor.MathFidelity.LoFi, fp32_dest_acc_en: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

moe_compute: moe_compute_t = ...

class get_moe_combine_cores_t:
    """
    Return the ordered list of cores assigned to selective_reduce_combine for moe_compute.

    Cores are selected dynamically on the worker grid to avoid matmul, tilize, and fabric mux workers.
    ``hidden_size`` must match the model hidden dimension because tilize core placement
    depends on ``hidden_tiles = hidden_size // 32``.
    Pass the same ``mux_core_range_set`` used by ``moe_compute`` when fabric mux cores are reserved.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, combine_token_parallel_cores: int, combine_data_parallel_cores: int, hidden_size: int, mux_core_range_set: ttnn._ttnn.tensor.CoreRangeSet = ...) -> list[ttnn._ttnn.tensor.CoreCoord]: ...

get_moe_combine_cores: get_moe_combine_cores_t = ...

class get_moe_worker_mcast_bounding_box_t:
    """
    Return the logical CoreRange bounding box of tilize + matmul + combine worker cores.
    This matches the `all_worker_cores_bounding_box` used by the tilize kernel's per-expert count mcast.
    Pass the same ``mux_core_range_set`` used by ``moe_compute`` when fabric mux cores are reserved.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, combine_token_parallel_cores: int, combine_data_parallel_cores: int, hidden_size: int, mux_core_range_set: ttnn._ttnn.tensor.CoreRangeSet = ...) -> ttnn._ttnn.tensor.CoreRange: ...

get_moe_worker_mcast_bounding_box: get_moe_worker_mcast_bounding_box_t = ...

class get_moe_tilize_drain_core_t:
    """
    Return the drain tilize core for moe_compute (``tilize_cores[0]``).

    Expert indices and scores tensors must be HEIGHT_SHARDED to this core in L1.
    ``hidden_size`` must match the model hidden dimension because tilize core placement
    depends on ``hidden_tiles = hidden_size // 32``.
    Pass the same ``mux_core_range_set`` used by ``moe_compute`` when fabric mux cores are reserved.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, combine_token_parallel_cores: int, combine_data_parallel_cores: int, hidden_size: int, mux_core_range_set: ttnn._ttnn.tensor.CoreRangeSet = ...) -> ttnn._ttnn.tensor.CoreCoord: ...

get_moe_tilize_drain_core: get_moe_tilize_drain_core_t = ...

class WeightCoreShardMaps:
    @property
    def w0_w1_shard_map(self) -> list[int]: ...

    @property
    def w2_shard_map(self) -> list[tuple[int, int]]: ...

    @property
    def dram_core_range_set(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

class get_weight_core_shard_maps_t:
    """
    Compute per-ring-position shard maps for W0/W1 and W2 weight tensors,
    plus the DRAM-bank ``CoreRangeSet`` used by the packed weight tensors'
    memory configs.

    Uses ``shard_tiles`` (Euclidean rhythm) for W0/W1 and ``w2_shard_tiles``
    (complementary when ``Nt%n_cores + Ht%n_cores == n_cores``) for W2. Ring
    ordering: DRAM bank logical coords sorted by ``(y, x)`` descending.

    The matmul ring size is the live DRAM-bank count (12 on Wormhole, 7/8 on
    Blackhole), matching ``ttnn.experimental.moe_compute``, so the packed weights always
    line up with the op.

    Returns an object with ``w0_w1_shard_map``, ``w2_shard_map``, and
    ``dram_core_range_set`` attributes.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, hidden_size: int, intermediate_size: int) -> WeightCoreShardMaps: ...

get_weight_core_shard_maps: get_weight_core_shard_maps_t = ...

class WeightMemoryConfigs:
    @property
    def w0_w1(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

    @property
    def w2(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

class get_weight_mem_configs_t:
    """
    Build the DRAM-sharded ``MemoryConfig`` for the packed W0/W1 and W2
    weight tensors. Shard maps and DRAM-bank ``CoreRangeSet`` are computed
    internally from ``hidden_size`` and ``intermediate_size``.

    When ``has_bias`` is true, padded K (for W0/W1) and N (for W2) grow by
    one tile and are re-aligned to a multiple of ``BLOCK_TILES_H`` tiles.

    Returns an object with ``w0_w1`` and ``w2`` ``MemoryConfig`` attributes.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, num_layers: int, experts_per_device: int, hidden_size: int, intermediate_size: int, has_bias: bool = False) -> WeightMemoryConfigs: ...

get_weight_mem_configs: get_weight_mem_configs_t = ...

class add_shared_expert_weights_t:
    """
    Append per-device shared experts after routed experts along the experts dim.

    Inputs are multi-device tensors sharded on dim 1 (experts). Each device's
    routed shard holds its assigned routed experts; each device's shared shard
    holds its assigned shared experts, already in the correct slot order.
    Callers own the device → shared-expert mapping and produce the
    pre-arranged ``shared_w*`` tensors.

    The shared experts are tensor-parallel split on the intermediate dim across
    ``1 - cluster_axis`` (via ``mesh_partition``). Each ring core's real TpNt
    slice is front-packed into the front of that core's full-Nt shard (zeros
    after), using the same per-core shard maps the kernel derives, and the
    identical mapping is applied to W0/W1 (intermediate dim) and W2 (contraction
    dim) so real columns stay paired with their real W2 rows. This keeps the
    downstream prep + DRAM layout uniform (full-Nt per-expert stride) while
    letting the kernel walk only the per-core prefixes as a balanced TpNt ring.
    The shard-map generator auto-detects the ring size from the live DRAM-bank count
    (12 on Wormhole, 7/8 on Blackhole), matching ``prepare_*`` / ``get_weight_mem_configs``
    and the op.

    Returns ``(output_w0, output_w1, output_w2)``, each the result of
    concatenating routed + shared along dim 1.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, routed_w0: ttnn._ttnn.tensor.Tensor, routed_w1: ttnn._ttnn.tensor.Tensor, routed_w2: ttnn._ttnn.tensor.Tensor, shared_w0: ttnn._ttnn.tensor.Tensor, shared_w1: ttnn._ttnn.tensor.Tensor, shared_w2: ttnn._ttnn.tensor.Tensor, cluster_axis: int) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

add_shared_expert_weights: add_shared_expert_weights_t = ...

class prepare_w0_w1_tensor_for_moe_compute_t:
    """
    Pack W0/W1 into the interleaved, compact per-core layout the MoE kernel
    reads (each ring core stores only its own gate/up columns). See
    ``ttnn.experimental.moe_compute_utils`` for the layout contract. Output
    local shape: ``(num_banks, L, E, bank_blocks_per_expert, block_rows,
    4*TILE_SIZE)`` in TILE_LAYOUT (block_rows = 7*TILE_SIZE for 14-tile
    transactions, 10*TILE_SIZE for 20-tile ones), or, for 14-tile
    transactions where every core owns the same even column count,
    ``(num_cores, L, E, groups_per_core, K_padded, 4*TILE_SIZE)``.

    The per-core shard map is derived internally from ``K`` (hidden_size)
    and ``N`` (intermediate_size) via ``get_weight_core_shard_maps``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tt_w0: ttnn._ttnn.tensor.Tensor, tt_w1: ttnn._ttnn.tensor.Tensor, *, L: int, E: int, K: int, N: int) -> ttnn._ttnn.tensor.Tensor: ...

prepare_w0_w1_tensor_for_moe_compute: prepare_w0_w1_tensor_for_moe_compute_t = ...

class prepare_w2_tensor_for_moe_compute_t:
    """
    Pack W2 into the ring-rotated per-core layout the MoE kernel reads.
    Output local shape:
    ``(num_cores, L, E, w2_groups_per_core, N_padded, 4*TILE_SIZE)`` in TILE_LAYOUT,
    or ``(num_cores, L, E, w2_blocks_per_core, block_rows, 4*TILE_SIZE)`` when the
    last a2a iteration is half width (20-tile transactions only).

    The per-core shard maps are derived internally from ``K`` (hidden_size)
    and ``N`` (intermediate_size) via ``get_weight_core_shard_maps``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tt_w2: ttnn._ttnn.tensor.Tensor, *, L: int, E: int, N: int, K: int) -> ttnn._ttnn.tensor.Tensor: ...

prepare_w2_tensor_for_moe_compute: prepare_w2_tensor_for_moe_compute_t = ...

class prepare_w0_w1_tensor_with_bias_t:
    """
    Bias-aware W0/W1 packer. Concatenates kernel-format bias tiles after
    weight tiles along K, then delegates to
    ``prepare_w0_w1_tensor_for_moe_compute``.

    Bias inputs are PyTorch-format ``(L, E, N)``; they get expanded to a
    ``(L, E, TILE_SIZE, N)`` tile with only row 0 populated before concat.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tt_w0: ttnn._ttnn.tensor.Tensor, tt_w1: ttnn._ttnn.tensor.Tensor, tt_b0: ttnn._ttnn.tensor.Tensor, tt_b1: ttnn._ttnn.tensor.Tensor, *, L: int, E: int, K: int, N: int) -> ttnn._ttnn.tensor.Tensor: ...

prepare_w0_w1_tensor_with_bias: prepare_w0_w1_tensor_with_bias_t = ...

class prepare_w2_tensor_with_bias_t:
    """
    Bias-aware W2 packer. Weight tiles get ring-rotated as usual; the bias
    tile row is column-sharded and concatenated along N **without**
    rotation, then N is padded to a multiple of BLOCK_TILES_H tiles.

    Bias input is PyTorch-format ``(L, E, K)``; it gets expanded to a
    ``(L, E, TILE_SIZE, K)`` tile with only row 0 populated.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tt_w2: ttnn._ttnn.tensor.Tensor, tt_b2: ttnn._ttnn.tensor.Tensor, *, L: int, E: int, N: int, K: int) -> ttnn._ttnn.tensor.Tensor: ...

prepare_w2_tensor_with_bias: prepare_w2_tensor_with_bias_t = ...

class quantize_weights_via_host_t:
    """
    Round-trip a device tensor through host to change its dtype and
    re-upload it under the supplied memory config. Used to quantize the
    packed MoE weight tensors to ``bfloat4_b`` on the DRAM-sharded mem
    config the kernel consumes.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, device_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType, memory_config: ttnn._ttnn.tensor.MemoryConfig | None) -> ttnn._ttnn.tensor.Tensor: ...

quantize_weights_via_host: quantize_weights_via_host_t = ...
