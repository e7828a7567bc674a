# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""reduction operations"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class ReduceType(enum.Enum):
    Sum = 0

    Mean = 1

    Max = 2

    Min = 3

    Std = 4

    Var = 5

    Prod = 6

class sum_t:
    """
    Computes the sum of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, sum is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): **Deprecated.** This parameter is deprecated and will be removed in a future release. It has no impact on the result.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.
        fast_and_approximate_mode (bool, optional): FLOAT32 only. `False` (default) uses the accurate SFPU path (full float32 accumulation); `True` uses the faster FPU path (inputs truncated to TF32, higher ULP error). The accurate path requires a compute_kernel_config with `fp32_dest_acc_en=True` and is unavailable on Quasar; in those cases it falls back to the FPU. No effect for non-FLOAT32 inputs.
        output_layout (ttnn.Layout, optional): layout of the output tensor. Defaults to `None`, which keeps the layout the chosen path produces naturally (see the Note below). `ttnn.TILE_LAYOUT` or `ttnn.ROW_MAJOR_LAYOUT` is always honored: it is produced directly by the kernel for a -2 reduce of a ROW_MAJOR input, and converted after reducing otherwise. `ttnn.ROW_MAJOR_LAYOUT` is rejected for block-float results (BFLOAT8_B, BFLOAT4_B), which only exist in TILE layout; typecast explicitly if a row-major result is needed.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE
            * - INT32
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.
        Exception: for sum and mean, 4D ROW_MAJOR BFLOAT16/FLOAT32 inputs with INTERLEAVED memory
        config reduced along the last (-1) or second-to-last (-2) dimension preserve ROW_MAJOR layout.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, fast_and_approximate_mode: bool = False, output_layout: ttnn._ttnn.tensor.Layout | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sum: sum_t = ...

class mean_t:
    """
    Computes the mean of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, mean is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): **Deprecated.** This parameter is deprecated and will be removed in a future release. It has no impact on the result.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.
        fast_and_approximate_mode (bool, optional): FLOAT32 only. `False` (default) uses the accurate SFPU path (full float32 accumulation); `True` uses the faster FPU path (inputs truncated to TF32, higher ULP error). The accurate path requires a compute_kernel_config with `fp32_dest_acc_en=True` and is unavailable on Quasar; in those cases it falls back to the FPU. No effect for non-FLOAT32 inputs.
        output_layout (ttnn.Layout, optional): layout of the output tensor. Defaults to `None`, which keeps the layout the chosen path produces naturally (see the Note below). `ttnn.TILE_LAYOUT` or `ttnn.ROW_MAJOR_LAYOUT` is always honored: it is produced directly by the kernel for a -2 reduce of a ROW_MAJOR input, and converted after reducing otherwise. `ttnn.ROW_MAJOR_LAYOUT` is rejected for block-float results (BFLOAT8_B, BFLOAT4_B), which only exist in TILE layout; typecast explicitly if a row-major result is needed.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.
        Exception: for sum and mean, 4D ROW_MAJOR BFLOAT16/FLOAT32 inputs with INTERLEAVED memory
        config reduced along the last (-1) or second-to-last (-2) dimension preserve ROW_MAJOR layout.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, fast_and_approximate_mode: bool = False, output_layout: ttnn._ttnn.tensor.Layout | None = None) -> ttnn._ttnn.tensor.Tensor: ...

mean: mean_t = ...

class max_t:
    """
    Computes the max of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, max is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): **Deprecated.** This parameter is deprecated and will be removed in a future release. It has no impact on the result.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.
        fast_and_approximate_mode (bool, optional): FLOAT32 only. `False` (default) uses the accurate SFPU path (full float32 accumulation); `True` uses the faster FPU path (inputs truncated to TF32, higher ULP error). The accurate path requires a compute_kernel_config with `fp32_dest_acc_en=True` and is unavailable on Quasar; in those cases it falls back to the FPU. No effect for non-FLOAT32 inputs.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE
            * - INT32
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.
        Exception: for sum and mean, 4D ROW_MAJOR BFLOAT16/FLOAT32 inputs with INTERLEAVED memory
        config reduced along the last (-1) or second-to-last (-2) dimension preserve ROW_MAJOR layout.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, fast_and_approximate_mode: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

max: max_t = ...

class min_t:
    """
    Computes the min of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, min is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): **Deprecated.** This parameter is deprecated and will be removed in a future release. It has no impact on the result.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.
        fast_and_approximate_mode (bool, optional): must stay `False` (the default) for FLOAT32. The FPU has no min pool, so there is no faster path to select: a FLOAT32 min with `True` is rejected rather than lowered to `-max(-x)`. No effect for non-FLOAT32 inputs.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE
            * - INT32
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.
        Exception: for sum and mean, 4D ROW_MAJOR BFLOAT16/FLOAT32 inputs with INTERLEAVED memory
        config reduced along the last (-1) or second-to-last (-2) dimension preserve ROW_MAJOR layout.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, fast_and_approximate_mode: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

min: min_t = ...

class std_t:
    """
    Computes the std of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, std is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): Whether to apply Bessel's correction (i.e. N-1). Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

std: std_t = ...

class var_t:
    """
    Computes the var of the input tensor :attr:`input_tensor` along the specified dimension(s) :attr:`dim`.
    If no dimension is provided, var is computed over all dimensions yielding a single value.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        dim (number or tuple): dimension value(s) to reduce over.
        keepdim (bool, optional): keep the original dimension size(s). Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): Compute kernel configuration for the operation. Defaults to `None`.
        scalar (float, optional): A scaling factor to be applied to the input tensor. Defaults to `1.0`.
        correction (bool, optional): Whether to apply Bessel's correction (i.e. N-1). Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Subcore grids to use for the operation. Defaults to `None`, which will use all cores.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input tensor supports the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width, Height, Block, and ND sharding
        - Sharded (DRAM): Width, Height, and ND sharding
        - Output sharding will mirror the input
        - Not supported: DRAM block sharding; sharded ROW_MAJOR inputs; and sharded
          reduction along a dimension other than -1 / -2
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | int | Sequence[int] | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, scalar: float = 1.0, correction: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

var: var_t = ...

class argmax_t:
    """
    Argmax. Returns indices of maximum values.
    Output is UINT32, ROW_MAJOR, INTERLEAVED (DRAM or L1).

    Args:
        input_tensor (ttnn.Tensor): On-device, INTERLEAVED input.

    Keyword args:
        dim (int, optional): Dim to reduce. ``None`` reduces all elements (ROW_MAJOR input only). Default: ``None``.
        keepdim (bool, optional): Keep reduced dim. Default: ``False``.
        sub_core_grids (CoreRangeSet, optional): Limits execution to a subset of cores. Supported on ROW_MAJOR last-dim reductions (<= 2 ranges) and batch/channel dim reductions. Default: ``None``.
        memory_config (ttnn.MemoryConfig, optional): Output memory (INTERLEAVED DRAM/L1). Default: input's memory_config.
        output_tensor (ttnn.Tensor, optional): Preallocated output (must be UINT32, ROW_MAJOR, INTERLEAVED, same device). Default: ``None``.
        enable_secondary_dm (bool, optional): Overrides the ROW_MAJOR last-dim second data movement processor heuristic. ``True`` requires it (raises if L1 cannot hold the buffers), ``False`` disables it, ``None`` follows the heuristic. Default: ``None``.

    Supported:

    - **dim=None** (reduce all elements):
      - input layout: ROW_MAJOR
      - dtypes: BFLOAT16/FLOAT32/INT32/UINT32/UINT16

    - **dim = rank-1** (last / width):
      - ROW_MAJOR input: BFLOAT16/FLOAT32/INT32/UINT32/UINT16 (multi-core by default)
      - TILE input: BFLOAT16/FLOAT32 (single-core)

    - **dim = rank-2** (height):
      - BFLOAT16/FLOAT32 only
      - ROW_MAJOR inputs are internally tilized; this path runs single-core

    - **0 <= dim < rank-2** (batch/channel dims, rank >= 3):
      - BFLOAT16/FLOAT32 only (integer dtypes not supported)
      - input may be ROW_MAJOR or TILE (ROW_MAJOR is converted to TILE internally)
      - output is produced in TILE internally and converted to ROW_MAJOR
      - ``sub_core_grids`` is supported (pass a single-core ``CoreRangeSet`` to run on one core)

    Not supported:

    - Sharded tensors (inputs/outputs must be INTERLEAVED)
    - TILE input with ``dim=None``
    - Batch/channel dim reductions with INT/UINT inputs
    - Integer dtypes on batch/channel dim reductions
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | None = None, keepdim: bool = False, *, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, enable_secondary_dm: bool | None = None) -> ttnn._ttnn.tensor.Tensor: ...

argmax: argmax_t = ...

class cumsum_t:
    """
    Returns cumulative sum of :attr:`input` along dimension :attr:`dim`
    For a given :attr:`input` of size N, the :attr:`output` will also contain N elements and be such that:

    .. math::
        \\mathrm{{output}}_i = \\mathrm{{input}}_1 + \\mathrm{{input}}_2 + \\cdots + \\mathrm{{input}}_i

    Args:
        input (ttnn.Tensor): input tensor. Must be on the device.
        dim (int): dimension along which to compute cumulative sum

    Keyword Args:
        dtype (ttnn.DataType, optional): desired output type. If specified then input tensor will be cast to `dtype` before processing.
        reverse_order (bool, optional, default False): whether to perform accumulation from the end to the beginning of accumulation axis.
        out (ttnn.Tensor, optional): preallocated output. If specified, `out` must have same shape as `input`, and must be on the same device.
        disable_compensated_sum (bool, optional, default False): Deprecated (temporary opt-out for internal CI bring-up, slated for removal). fp32 cumsum uses a compensated (Kahan) accumulation to keep the running sum accurate along the scan. Set True to fall back to the plain sequential sum instead. Intended for parity checks and debugging; it has no effect on integer inputs, which accumulate exactly regardless.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        If both :attr:`dtype` and :attr:`output` are specified then :attr:`output.dtype` must match :attr:`dtype`.

        Supported dtypes, layout, ranks and `dim` values:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
             - Ranks
             - dim
           * - BFLOAT16, FLOAT32
             - TILE
             - 1, 2, 3, 4, 5
             - -rank <= dim < rank

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Preallocated output must have the same shape as the input
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, *, dtype: ttnn._ttnn.tensor.DataType | None = None, reverse_order: bool = False, out: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, disable_compensated_sum: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

cumsum: cumsum_t = ...

class cumprod_t:
    """
    Returns cumulative product of `input` along dimension `dim`
    For a given `input` of size N, the `output` will also contain N elements and be such that:

    .. math::
        \\mathrm{{output}}_i = \\mathrm{{input}}_1 \\times \\mathrm{{input}}_2 \\times \\cdots \\times \\mathrm{{input}}_i


    Args:
        input (ttnn.Tensor): input tensor. Must be on the device.
        dim (int): dimension along which to compute cumulative product

    Keyword Args:
        dtype (ttnn.DataType, optional): desired output type. If specified then input tensor will be casted to `dtype` before processing.
        reverse_order (bool, optional, default False): whether to perform accumulation from the end to the beginning of accumulation axis.
        out (ttnn.Tensor, optional): preallocated output. If specified, `out` must have same shape as `input`, and must be on the same device.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        If both `dtype` and `output` are specified then `output.dtype` must match `dtype`.

        Supported dtypes, layout, ranks and `dim` values:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
             - Ranks
             - dim
           * - BFLOAT16, FLOAT32
             - TILE
             - 1, 2, 3, 4, 5
             - -rank <= dim < rank
           * - INT32, UINT32
             - TILE
             - 3, 4, 5
             - dim in {0, 1, ..., rank - 3} or dim in {-rank, -rank + 1, ..., -3}

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Preallocated output must have the same shape as the input
        - Preallocated output for integer types is not supported
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, dtype: ttnn._ttnn.tensor.DataType | None = None, reverse_order: bool = False, out: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

cumprod: cumprod_t = ...

class ema_t:
    """
    ``ttnn.ema(input: ttnn.Tensor, alpha: float, out: Optional[ttnn.Tensor] = None, memory_config: Optional[ttnn.MemoryConfig] = None) -> ttnn.Tensor``

    Returns the exponential moving average of `input` along the last dimension.

    For a given `input` of size T along the last dimension, the `output` will also contain T elements and be such that:

    .. math::
        \\mathrm{{output}}_t = \\alpha \\times \\mathrm{{output}}_{t-1} + (1 - \\alpha) \\times \\mathrm{{input}}_t

    with \\mathrm{{output}}_0 = \\mathrm{{input}}_0

    Args:
        input (ttnn.Tensor): input tensor of shape [1, B, C, T]. Must be on the device.
        alpha (float): the smoothing factor, typically between 0 and 1.

    Keyword Args:
        out (ttnn.Tensor, optional): preallocated output. If specified, `out` must have same shape as `input`, and must be on the same device.
        core_grid (ttnn.CoreGrid, optional): core grid for the operation. If not provided, an optimal core grid will be selected based on the input tensor shape.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to input tensor memory config.
        compute_kernel_config (ttnn.ComputeKernelConfig, optional): compute kernel configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:

        Supported dtypes, layouts, ranks:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
             - Ranks
           * - BFLOAT16
             - TILE
             - 4

        The output tensor will be in TILE layout and BFLOAT16.

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Tensors should be on the device.
        - Preallocated output must have the same shape as the input
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, alpha: float, *, out: ttnn._ttnn.tensor.Tensor | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ema: ema_t = ...

class moe_t:
    """
    Returns the weight of the zero-th MoE expert.

    Note:
        This is equivalent to the following PyTorch code:

        .. code-block:: python

            val, ind = torch.topk(input_tensor + expert_mask_tensor, k)
            return torch.sum(torch.softmax(val+topk_mask_tensor, dim=-1)*(ind==0), dim=-1)

    Args:
        input_tensor (ttnn.Tensor): Input Tensor for moe.
        expert_mask_tensor (ttnn.Tensor): Expert Mask Tensor to mask out invalid experts.
        topk_mask_tensor (ttnn.Tensor): Topk Mask Tensor to mask out everything except topk.
        k (number): the number of top elements to look for

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory Config of the output tensors
        output_tensor (Optional[ttnn.Tensor]): preallocated output tensors

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The :attr:`input_tensor`, :attr:`expert_mask_tensor`, and :attr:`topk_mask_tensor` must match the following data type and layout:

            .. list-table::
                :header-rows: 1

                * - dtype
                  - layout
                * - BFLOAT16
                  - TILE

        The output tensor will be in TILE layout and BFLOAT16.

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Tensors must be 4D with shape [N, C, H, W], and must be located on the device.
        - For the :attr:`input_tensor`, N*C*H must be a multiple of 32. The last dimension must be a power of two and ≥64.
        - :attr:`k` must be exactly 32.
        - All of the above shape validations are performed on padded shapes.
        - For the :attr:`topk_mask_tensor`, the logical shape must be row-broadcastable (N, C, H must be 1) and the W must match :attr:`k` (i.e. 32). The padded shape H must be 32.
        - For the :attr:`expert_mask_tensor`, the logical shape must be row-broadcastable (N, C, H must be 1) and the W must match W of the :attr:`input_tensor`. The padded shape H must be 32.
        - Sharding is not supported for this operation.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_mask_tensor: ttnn._ttnn.tensor.Tensor, topk_mask_tensor: ttnn._ttnn.tensor.Tensor, k: int = 32, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moe: moe_t = ...

class prod_t:
    """
    Computes the product of all elements on specified :attr:`dim` of the :attr:`input_tensor` tensor.

    If no :attr:`dim` is provided (or :attr:`dim` is set to `None`), it will compute the full product of every element in the :attr:`input_tensor` tensor.

    If :attr:`keepdim` is `True`, the resulting tensor will have the same rank as the :attr:`input_tensor` tensor, but with the specified :attr:`dim` reduced to 1.
    Otherwise, the target :attr:`dim` will be squeezed, resulting in an output tensor with one less dimension than the :attr:`input_tensor` tensor.


    prod is also overloaded with a niche NC version of this function, with the following definition:

    ``ttnn.prod(input_tensor: ttnn.Tensor, output_tensor: ttnn.Tensor, dims: List[int], memory_config: Optional[ttnn.MemoryConfig] = None) -> ttnn.Tensor``

    This version allows for a list of :attr:`dims` to be specified instead of a :attr:`dim`, requires an :attr:`output_tensor` tensor, and does not support :attr:`keepdim`.
    It is only intended for use with the NC dimensions (0, 1).

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        dim (int, optional): Dimension to perform prod. Defaults to `None`.
        dims (List[int], optional): Dimensions to perform prod. Defaults to `None`. Mutually exclusive with `dim`.
        keepdim (bool, optional): keep original dimension size. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        The :attr:`input_tensor` supports the following data type and layout:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16, FLOAT32
              - TILE, ROW_MAJOR
            * - BFLOAT8_B, BFLOAT4_B
              - TILE

        The :attr:`output_tensor` will be in the following data type and layout:

        .. list-table:: output_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16, FLOAT32
              - TILE
            * - BFLOAT8_B, BFLOAT4_B
              - TILE

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - All input tensors must be on-device.
        - When :attr:`dim` is not specified (i.e. full product), keepdim=True is not supported  (as this operation results in a scalar).
        - BFLOAT8_B and BFLOAT4_B inputs must be TILE layout.
        - Dim-based reductions do not support BFLOAT4_B.
        - Sharding is not supported for this operation
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int | None = None, keepdim: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor: ttnn._ttnn.tensor.Tensor, *, dims: Sequence[int], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

prod: prod_t = ...

class sampling_t:
    """
    Samples from the :attr:`input_values_tensor` based on provided top-k and top-p constraints.

    This operation samples values from the :attr:`input_values_tensor` based on the provided thresholds :attr:`k` (top-k sampling)
    and :attr:`p` (top-p nucleus sampling). The operation uses the :attr:`input_indices_tensor` for indexing and applies sampling
    under the given seed for reproducibility.

    The op first converts the :attr:`input_values_tensor` into probabilities by doing a softmax.

    In top-k sampling, the op considers only the k highest-probability values from the input distribution. The remaining values are ignored, regardless of their probabilities.
    In top-p sampling, the op selects values from the input distribution such that the cumulative probability mass is less than or equal to a threshold p.
    When combining top-k and top-p sampling, the op first applies the top-k filter and then the top-p filter.

    Within this selected corpus, multinomial sampling is applied. Multinomial sampling selects values from a given distribution by comparing each probability with a randomly generated number between 0 and 1. Specifically, the operation identifies the largest cumulative probability that exceeds the random threshold.

    The op finally returns input_indices_tensor[final_index]  where final_index is the index of the largest cumulative probability > random number found in the multinomial sampling.

    Currently, this operation supports inputs and outputs with specific memory layout and data type constraints.

    Args:
        input_values_tensor (ttnn.Tensor): The input tensor containing values to sample from.
        input_indices_tensor (ttnn.Tensor): The input tensor containing indices to assist with sampling.
        k (ttnn.Tensor): Top-k values for sampling.
        p (ttnn.Tensor): Top-p (nucleus) probabilities for sampling.
        temp (ttnn.Tensor): Temperature tensor for scaling (1/T).
        seed (int, optional): Seed for sampling randomness. Defaults to `0`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Core range set for multicore execution. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Note:
        This operations only supports inputs and outputs according to the following data types and layout:

        .. list-table:: input_values_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16
              - TILE

        .. list-table:: input_indices_tensor, k
            :header-rows: 1

            * - dtype
              - layout
            * - UINT32 (only on Wormhole/Blackhole), INT32
              - ROW_MAJOR

        .. list-table:: p, temp
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16
              - ROW_MAJOR

        .. list-table:: output_tensor (optional)
            :header-rows: 1

            * - dtype
              - layout
            * - UINT32 (only on Wormhole/Blackhole), INT32
              - ROW_MAJOR

        On Wormhole and Blackhole, both UINT32 and INT32 are supported for
        :attr:`input_indices_tensor`, :attr:`k`, and the output tensor. Otherwise (e.g. on
        Quasar, which does not support UINT32/UINT16 tile formats), only INT32 is supported.

        When :attr:`output_tensor` is not provided, the default output dtype is architecture-dependent:
        UINT32 on Wormhole/Blackhole, and INT32 otherwise.

    Returns:
        ttnn.Tensor: The output tensor containing sampled indices.

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Inputs must be 4D tensors with shape [N, C, H, W], and must be located on the device.
        - Input dims 0 and 1 (``N``, ``C``) must equal 1
        - Input dim 2 (``H``) represents the number of users, which must be in
          the range ``[1, 32]``. The op runs one core per user, so ``num_users`` cores are used.
        - The last dimension of:attr:`input_values_tensor` (``W``) must be padded to a multiple of 32
        - The number of tiles along the last dimension, ``Wt = W / 32``, must be a power of 2
          (i.e. ``W`` must be a power-of-2 multiple of 32: 32, 64, 128, 256, ...). The internal
          top-k stage uses a bitonic merge tree that assumes a power-of-2 tile count; a
          non-power-of-2 ``Wt`` is rejected. Pad ``W`` up to the next power-of-2 multiple of 32
          (e.g. with ``-inf`` values and dummy indices) if needed.
        - The overall shape of :attr:`input_values_tensor` must match that of :attr:`input_indices_tensor`.
        - :attr:`k`: Must be a 1D tensor of shape ``[num_users]`` (one value per user), in the range '(0,32]'.
        - :attr:`p`, :attr:`temp`: Must be 1D tensors of shape ``[num_users]`` (one value per user);
          :attr:`p` values must be in the range `[0.0, 1.0]`.
        - :attr:`sub_core_grids` (if provided): must supply at least ``num_users`` cores (1 to 32);
          only the first ``num_users`` cores are used and any extras are ignored.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_values_tensor: ttnn._ttnn.tensor.Tensor, input_indices_tensor: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, p: ttnn._ttnn.tensor.Tensor, temp: ttnn._ttnn.tensor.Tensor, *, seed: int | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sampling: sampling_t = ...

class topk_t:
    """
    Returns the :attr:`k` largest or :attr:`k` smallest elements of the :attr:`input_tensor` along a given dimension :attr:`dim`.

    If :attr:`dim` is not provided, the last dimension of the :attr:`input_tensor` is used.

    If :attr:`largest` is True, the :attr:`k` largest elements are returned. Otherwise, the :attr:`k` smallest elements are returned.

    The boolean option :attr:`sorted` if True, will make sure that the returned :attr:`k` elements are sorted.

    Equivalent PyTorch code:

    .. code-block:: python

        return torch.topk(input_tensor, k, dim=dim, largest=largest, sorted=sorted, *, output_tensor=None)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be on the device.
        k (number): the number of top elements to look for.
        dim (number): the dimension to reduce.
        largest (bool): whether to return the largest or the smallest elements. Defaults to `True`.
        sorted (bool): whether to return the elements in sorted order. Defaults to `True`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (tuple[ttnn.Tensor, ttnn.Tensor], optional): A tuple with preallocated output tensors for the values and indices. If specified, must be on the same device as :attr:`input_tensor`. Defaults to (`None`, `None`).
        sub_core_grids (ttnn.CoreRangeSet, optional): Core range set to run the operation on. Defaults to `None`.
        indices_tensor (ttnn.Tensor, optional): Input tensor containing pre-computed index values. When provided, the operation returns the labels held in this tensor for the selected elements instead of generating positional indices. It must have the same logical shape as :attr:`input_tensor`, be in TILE layout, and be UINT16, UINT32, or INT32. Its width must match the resolved output index dtype: a UINT16 tensor is rejected when 32-bit indices are required (tile-padded reduced dimension above 65536, or a `float32` :attr:`input_tensor`), and a UINT32/INT32 tensor widens the output indices to 32-bit. Cannot be combined with :attr:`stable` = `True` (tie-breaking against caller-supplied labels is not defined; the combination is rejected). Defaults to `None`.
        stable (bool, optional): when `True`, exact-value ties are solved by the lowest original index. Supported on Wormhole B0 and Blackhole; other architectures raise. Cost depends on the selected engine: multicore-eligible `bfloat16` inputs with 16-bit indices sort packed value+index keys on the plain network at roughly unstable cost; 32-bit-index shapes (tile-padded reduced dimension above 65536, or 32-bit index outputs) and `float32` inputs use slower networks costing up to roughly 2-3x on the SFPU sort stage. Every stable engine canonicalizes `-0.0` to `+0.0` in the returned values (the two zeros form one tie class, ordered by index as in PyTorch), so bit-exact consumers of signed zeros (`copysign`, `1/x`, `signbit`) see `+0.0`; with `stable=False` signed zeros are returned as given. Defaults to `False`.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor]: a tuple of (values_tensor, indices_tensor).

    Note:
        The :attr:`input_tensor` supports the following data type and layout:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT8, BFLOAT16, FLOAT32
              - TILE

        .. list-table:: index_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - UINT16, UINT32, INT32
              - TILE

        The :attr:`output_value_tensor` will have the same data type as :attr:`input_tensor` and will be in TILE layout.
        The :attr:`output_index_tensor` will be in TILE layout. Its data type is UINT16 or UINT32 by default (chosen
        based on the reduced dimension size), widened to 32-bit by a UINT32 or INT32 :attr:`indices_tensor`, or
        matching the preallocated index tensor dtype (UINT16, UINT32, or INT32) when one is provided.

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - Inputs must be located on-device.
        - The op fundamentally operates on 4D tensors with shape [N, C, H, W], and with :attr:`dim` of -1. The tensor will be manipulated as needed when this is not the case, and restored afterwards.
        - For :attr:`input_tensor`, N*C*H must be a multiple of 32
        - W is ideally ≥64. If this is not the case the op will pad the tensor to satisfy this constraint.
        - The width of :attr:`input_tensor` along :attr:`dim` should be a multiple of tile width, and will be padded to the nearest multiple of tile width if needed.
        - The padding is currently only supported for bfloat16, float32, int32, and uint32.
        - Padded positions are filled with `-inf` (`+inf` when :attr:`largest` is `False`). A padded :attr:`input_tensor` is sorted as if :attr:`stable` = `True`, so a row with fewer than :attr:`k` values other than that fill value never returns padded positions; this can make such calls slower. The stable sort is not applied automatically with an :attr:`indices_tensor` (its padding label, `0` by default, can then be returned), for non-`float32` inputs that need 32-bit indices (tile-padded reduced dimension above 65536, or 32-bit index outputs), or on architectures without stable support; in those cases a warning is logged once per process, and padded positions can still be returned.
        - Multi-core execution is selected automatically when :attr:`k` is at most 64 and the size of :attr:`input_tensor` along :attr:`dim` is a power of two no larger than 32768. That size must normally be at least 8192; the floor drops to 1024 when the input spans at most 2 tile rows after tile padding (64 rows with the default 32x32 tile). Nothing needs to be passed to opt in — shapes outside these bounds, or qualifying shapes that do not fit the available core grid and L1 memory (which can depend on data type), automatically run on a single core with identical results.
        - On Blackhole, wide bfloat16 inputs with :attr:`largest` set and otherwise default arguments may instead be served transparently by a faster composite implementation for certain width and :attr:`k` ranges.
        - All shape validations are performed on padded shapes.
        - Sharded output memory configs are not supported for this operation.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, k: int = 32, dim: int = -1, largest: bool = True, sorted: bool = True, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, indices_tensor: ttnn._ttnn.tensor.Tensor | None = None, output_tensor: tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor] | None = None, stable: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

topk: topk_t = ...

class manual_seed_t:
    """
    Sets a seed to pseudo random number generators (PRNGs) on the specified device.

    This operation allows users to either set a single seed value to all PRNGs in the device, or to specify potentially different seed values to PRNGs at the cores assigned to the provided user IDs.

    Args:
        seeds (uint32_t or ttnn.Tensor): A single integer seed or a tensor of seeds to initialize the random number generator. Pass UINT32_MAX (4294967295) to skip random number generator initialization (rand_tile_init is not called).

    Keyword Args:
        device (ttnn.MeshDevice, optional): The device on which to set the manual seed. Provided only if user_ids is uint32_t or None.
        user_ids (uint32_t or ttnn.Tensor, optional): An optional user ID or tensor of user IDs associated with the seeds.
        sub_core_grids (optional): Custom core range set must be provided for multi-user execution. Core IDs are constrained to numbers 0 to 31.
    Returns:
        Tensor (ttnn.Tensor): An empty tensor, as this operation does not produce a meaningful output. To be changed in the future.

    Note:

        Supported dtypes and layout for seeds tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - UINT32
              - ROW_MAJOR_LAYOUT

        Supported dtypes and layout for user_ids tensor values:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - UINT32
              - ROW_MAJOR_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, seeds: int | ttnn._ttnn.tensor.Tensor = 0, *, device: ttnn._ttnn.multi_device.MeshDevice | None = None, user_ids: int | ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

manual_seed: manual_seed_t = ...
