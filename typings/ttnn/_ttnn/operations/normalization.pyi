# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""normalization operations"""

import enum

import ttnn._ttnn.device
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class SoftmaxProgramConfig:
    """
    Base program configuration variant for Softmax operations.

    This is the variant for all Softmax program configurations. It provides
    a common interface for different types of program configurations used in
    softmax operations.
    """

class SoftmaxDefaultProgramConfig:
    """
    Default program configuration for Softmax operations.

    This configuration uses the default settings for Softmax operations, providing
    standard behavior suitable for most use cases. It automatically selects
    appropriate parameters based on the input tensor characteristics.
    """

    def __init__(self) -> None: ...

class SoftmaxShardedMultiCoreProgramConfig:
    """
    Multi-core sharded program configuration for Softmax operations.

    This configuration is designed for sharded tensors and enables multi-core
    execution with customizable block sizes and compute grid configuration.
    It provides fine-grained control over the computation parameters for
    optimal performance on sharded data.

    Args:
        compute_with_storage_grid_size (CoreCoord): The grid size for compute cores with storage capability.
        subblock_w (int): Width of sub-blocks for computation. Must be divisible by the tensor's width.
        block_h (int): Height of blocks for processing. Controls the vertical granularity of computation.
        block_w (int): Width of blocks for processing. Controls the horizontal granularity of computation. Can be modified after creation.

    Note:
        * This configuration is specifically designed for sharded tensors.
        * Block dimensions must be compatible with the tensor's shard specification.
        * Proper block sizing can significantly impact performance.
    """

    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, subblock_w: int, block_h: int, block_w: int) -> None: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def subblock_w(self) -> int: ...

    @subblock_w.setter
    def subblock_w(self, arg: int, /) -> None: ...

    @property
    def block_h(self) -> int: ...

    @block_h.setter
    def block_h(self, arg: int, /) -> None: ...

    @property
    def block_w(self) -> int: ...

    @block_w.setter
    def block_w(self, arg: int, /) -> None: ...

    def __repr__(self) -> str: ...

class softmax_t:
    """
    Computes the softmax function over the specified dimension of the input tensor.

    The softmax function is defined as:

    .. math::
        \\text{softmax}(x_i) = \\frac{e^{x_i}}{\\sum_{j=1}^{K} e^{x_j}}

    Args:
        input_tensor (ttnn.Tensor): The input tensor to apply softmax to. Must be on the device.
        dim (int, optional): The dimension along which to compute softmax. Defaults to -1 (last dimension).

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. If not provided, inherits from input tensor.
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.
        numeric_stable (bool, optional): Whether to use numerically stable softmax computation. Defaults to True.

    Returns:
        ttnn.Tensor: Output tensor with softmax applied along the specified dimension.

    Note:
        The tensors support the following data types and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, FLOAT32, BFLOAT8_B
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Height sharded

    Limitations:
        * All tensors must be on-device, interleaved, and tile layout.
        * Using the attention-optimized kernels requires a 4D input tensor and reducing on the last dimension.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, numeric_stable: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

softmax: softmax_t = ...

class scale_mask_softmax_t:
    """
    Computes a fused scale-mask-softmax operation along the last dimension of the input tensor.

    This operation performs the following sequence:
        1. Optionally scales the input: ``scaled = input_tensor * scale`` (if scale is provided)
        2. Optionally applies mask: ``masked = scaled + mask`` (if mask is provided, with broadcasting)
        3. Computes softmax: ``output = softmax(masked)``

    This fused operation is commonly used in attention mechanisms where scaling and masking
    are applied before the softmax operation for efficiency.

    Args:
        input_tensor (ttnn.Tensor): The input tensor to process.
        scale (float, optional): Scaling factor to multiply with input tensor.
        mask (ttnn.Tensor, optional): Attention mask tensor to add to scaled input.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. If not provided, inherits from input tensor.
        is_causal_mask (bool, optional): Whether the mask is a causal mask. Defaults to False.
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.
        numeric_stable (bool, optional): Whether to use numerically stable softmax computation. Defaults to True.

    Returns:
        ttnn.Tensor: Output tensor with the fused scale-mask-softmax operation applied.

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, FLOAT32, BFLOAT8_B
              - TILE

        .. list-table:: Mask Tensor (optional)
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B
              - TILE, ROW_MAJOR

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
        * All tensors must be on-device.
        * For ROW_MAJOR masks: intermediate dimensions (except last two) must be 1; last dimension must equal TILE_WIDTH; width must align to input tensor's tile width.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, scale: float | None = None, mask: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, is_causal_mask: bool = False, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, numeric_stable: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

scale_mask_softmax: scale_mask_softmax_t = ...

class softmax_in_place_t:
    """
    Computes the softmax function along the last dimension of the input tensor in-place.

    This operation modifies the input tensor directly, making it memory-efficient by avoiding
    additional tensor allocation. The softmax is computed as:

    .. math::
        \\text{softmax}(x_i) = \\frac{e^{x_i}}{\\sum_{j=1}^{K} e^{x_j}}

    Args:
        input_tensor (ttnn.Tensor): The input tensor to apply softmax to. This tensor is modified in-place.

    Keyword Args:
        program_config (SoftmaxProgramConfig, optional): Program configuration for the operation. Defaults to SoftmaxDefaultProgramConfig().
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.
        numeric_stable (bool, optional): Whether to use numerically stable softmax computation. Defaults to True.

    Returns:
        ttnn.Tensor: The same tensor as input with softmax applied in-place.

    Note:
        The tensors support the following data types and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, FLOAT32, BFLOAT8_B
              - TILE

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
        * The input tensor is modified in-place to save memory. Must already be on the device.
        * For very wide tensors, the operation may fall back to standard softmax if circular buffers would consume more than 90% of L1 memory.
        * Supports both default and sharded multi-core program configurations.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, program_config: SoftmaxDefaultProgramConfig | SoftmaxShardedMultiCoreProgramConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, numeric_stable: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

softmax_in_place: softmax_in_place_t = ...

class scale_mask_softmax_in_place_t:
    """
    Computes a fused scale-mask-softmax operation along the last dimension in-place.

    This operation modifies the input tensor directly and performs the following sequence:
        1. Optionally scales the input: ``input_tensor *= scale`` (if scale is provided)
        2. Optionally applies mask: ``input_tensor += mask`` (if mask is provided, with broadcasting)
        3. Computes softmax: ``input_tensor = softmax(input_tensor)``

    This in-place fused operation is commonly used in attention mechanisms and is memory-efficient
    as it reuses the input tensor for output, avoiding additional memory allocation.

    Args:
        input_tensor (ttnn.Tensor): The input tensor to process. This tensor is modified in-place.
        scale (float, optional): Scaling factor to multiply with input tensor.
        mask (ttnn.Tensor, optional): Attention mask tensor to add to scaled input.

    Keyword Args:
        program_config (SoftmaxProgramConfig, optional): Program configuration for the operation. Defaults to SoftmaxDefaultProgramConfig().
        is_causal_mask (bool, optional): Whether the mask is a causal mask. Defaults to False.
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.
        numeric_stable (bool, optional): Whether to use numerically stable softmax computation. Defaults to False.

    Returns:
        ttnn.Tensor: The same tensor as input with the fused scale-mask-softmax operation applied in-place.

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: Input Tensor
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, FLOAT32, BFLOAT8_B
              - TILE

        .. list-table:: Mask Tensor (optional)
            :header-rows: 1

            * - Dtypes
              - Layouts
              - Ranks
            * - BFLOAT16, BFLOAT8_B
              - TILE, ROW_MAJOR
              - 2, 3, 4

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
        * All tensors must be on-device.
        * For unsharded ROW_MAJOR masks: intermediate dimensions (except last two) must be 1; last dimension must equal TILE_WIDTH; width must align to input tensor.
        * For sharded inputs: mask must be TILE layout with identical padded shape to input.
        * Internal block size constraints may restrict in-place operation for very large width tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, scale: float | None = None, mask: ttnn._ttnn.tensor.Tensor | None = None, *, program_config: SoftmaxDefaultProgramConfig | SoftmaxShardedMultiCoreProgramConfig = ..., is_causal_mask: bool = False, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, numeric_stable: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

scale_mask_softmax_in_place: scale_mask_softmax_in_place_t = ...

class scale_causal_mask_hw_dims_softmax_in_place_t:
    """
    Specialized in-place operation for causal masked softmax with height-width dimension constraints.

    This is an optimized version of scale_mask_softmax_in_place specifically designed for transformer
    attention patterns where the causal mask only affects the height and width dimensions.
    This operation provides better performance than general :func:`ttnn.scale_mask_softmax_in_place` for these specific constraints.

    The operation performs:
    1. Scales the input: ``input_tensor *= scale`` (if scale is provided)
    2. Applies causal mask: ``input_tensor += mask`` (with broadcasting from [1, 1, H, W])
    3. Computes softmax: ``input_tensor = softmax(input_tensor)``

    Args:
        input_tensor (ttnn.Tensor): The input tensor to process. Must be sharded for optimal performance.
        scale (float, optional): Scaling factor to multiply with input tensor (typically 1/√d_k for attention).
        mask (ttnn.Tensor, optional): Causal attention mask tensor with shape [1, 1, H, W].

    Keyword Args:
        program_config (SoftmaxProgramConfig, optional): Program configuration for the operation. Defaults to SoftmaxDefaultProgramConfig().
        compute_kernel_config (DeviceComputeKernelConfig, optional): Compute kernel configuration for the operation.
        numeric_stable (bool, optional): Whether to use numerically stable softmax computation. Defaults to False.

    Returns:
        ttnn.Tensor: The same tensor as input with the specialized causal scale-mask-softmax operation applied in-place.

    Note:
        The tensors support the following data types and layouts:

        .. list-table:: Input Tensor (Sharded)
            :header-rows: 1

            * - Dtypes
                - Layouts
            * - BFLOAT16, FLOAT32, BFLOAT8_B
                - TILE

        .. list-table:: Mask Tensor [1, 1, H, W]
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B
              - TILE (interleaved)

        The output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
        * This is an experimental/specialized feature optimized for specific transformer attention patterns.
        * Inputs must be on the device.
        * Input tensor must be sharded for optimal performance.
        * Attention mask must be interleaved and have shape [1, 1, H, W] (i.e. hw_dims_only)
        * The mask is treated as a causal mask by design
        * Scale parameter is typically provided for attention scaling
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, scale: float | None = None, mask: ttnn._ttnn.tensor.Tensor | None = None, *, program_config: SoftmaxDefaultProgramConfig | SoftmaxShardedMultiCoreProgramConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, numeric_stable: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

scale_causal_mask_hw_dims_softmax_in_place: scale_causal_mask_hw_dims_softmax_in_place_t = ...

class LayerNormType(enum.Enum):
    LAYERNORM = 0

    RMSNORM = 1

class DistributedLayerNormStage(enum.Enum):
    NOT_DISTRIBUTED = 0

    PRE_ALL_GATHER = 1

    POST_ALL_GATHER = 2

class LayerNormProgramConfig:
    pass

class LayerNormDefaultProgramConfig:
    def __init__(self, *, legacy_reduction: bool = False, legacy_rsqrt: bool = False, use_welford: bool = False) -> None:
        """
        legacy_rsqrt is deprecated, has no effect, and will be removed in a future release (issue #56336).
        """

    @property
    def legacy_reduction(self) -> bool: ...

    @legacy_reduction.setter
    def legacy_reduction(self, arg: bool, /) -> None: ...

    @property
    def legacy_rsqrt(self) -> bool:
        """
        Deprecated no-op; always returns False and will be removed in a future release (issue #56336).
        """

    @legacy_rsqrt.setter
    def legacy_rsqrt(self, arg: bool, /) -> None: ...

    @property
    def use_welford(self) -> bool: ...

    @use_welford.setter
    def use_welford(self, arg: bool, /) -> None: ...

    def __repr__(self) -> str: ...

class LayerNormShardedMultiCoreProgramConfig:
    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, subblock_w: int, block_h: int, block_w: int, inplace: bool, legacy_reduction: bool = False, legacy_rsqrt: bool = False, use_welford: bool = False) -> None:
        """
        legacy_rsqrt is deprecated, has no effect, and will be removed in a future release (issue #56336).
        """

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def subblock_w(self) -> int: ...

    @subblock_w.setter
    def subblock_w(self, arg: int, /) -> None: ...

    @property
    def block_h(self) -> int: ...

    @block_h.setter
    def block_h(self, arg: int, /) -> None: ...

    @property
    def block_w(self) -> int: ...

    @block_w.setter
    def block_w(self, arg: int, /) -> None: ...

    @property
    def inplace(self) -> bool: ...

    @inplace.setter
    def inplace(self, arg: bool, /) -> None: ...

    @property
    def legacy_reduction(self) -> bool: ...

    @legacy_reduction.setter
    def legacy_reduction(self, arg: bool, /) -> None: ...

    @property
    def legacy_rsqrt(self) -> bool:
        """
        Deprecated no-op; always returns False and will be removed in a future release (issue #56336).
        """

    @legacy_rsqrt.setter
    def legacy_rsqrt(self, arg: bool, /) -> None: ...

    @property
    def use_welford(self) -> bool: ...

    @use_welford.setter
    def use_welford(self, arg: bool, /) -> None: ...

    def __repr__(self) -> str: ...

def layernorm_default_compute_config(arch: ttnn._ttnn.device.Arch) -> ttnn._ttnn.operations.core.WormholeComputeKernelConfig:
    """
    Returns the default compute kernel config for layernorm.

    Args:
        arch (tt.ARCH): The device architecture.

    Returns:
        ttnn.DeviceComputeKernelConfig: The default compute config for layer norm (HiFi4, approx_mode=False, fp32_dest_acc_en=True).
    """

def create_layernorm_program_config(shard_spec: ttnn._ttnn.tensor.ShardSpec | None = None, tile_height: int = 32, tile_width: int = 32) -> LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig:
    """
    Creates a program config from shard spec.

    If shard_spec has value, creates a sharded config derived from it.
    Otherwise, returns a default DRAM config.

    Args:
        shard_spec (Optional[tt.ShardSpec]): The shard specification. Defaults to None.
        tile_height (int): The tile height. Defaults to 32.
        tile_width (int): The tile width. Defaults to 32.

    Returns:
        ttnn.LayerNormProgramConfig: The program configuration (either LayerNormDefaultProgramConfig or LayerNormShardedMultiCoreProgramConfig).
    """

class layer_norm_t:
    """
    Computes layer norm over :attr:`input_tensor`.
    See `Layer Normalization <https://arxiv.org/abs/1607.06450>`_ for more details.

      .. math::

          \\text{layer_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} \\cdot \\gamma + \\beta

      Where:
          - :math:`\\mu` is the mean of the input tensor. This is computed over the last dimension of the input tensor (W).
          - :math:`\\sigma^2` is the variance of the input tensor. This is computed over the last dimension of the input tensor (W) and is biased.
          - :math:`\\gamma` and :math:`\\beta` are the learnable scale and shift parameters, respectively
          - :math:`\\epsilon` is a small constant


    Args:
        input_tensor (ttnn.Tensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        epsilon (float): 1e-12.
        weight (ttnn.Tensor, optional): Defaults to `None`.
        bias (ttnn.Tensor, optional): Defaults to `None`.
        residual_input_tensor (ttnn.Tensor, optional): Defaults to `None`.
        program_config (ttnn.ProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig)

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported data types and layouts by tensor:

        .. list-table:: input_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B
             - TILE

        .. list-table:: residual_input_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B
             - TILE

        .. list-table:: weight (gamma) and bias (beta)
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR

        .. list-table:: output_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B
             - TILE

        Output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width and Block sharded

    Limitations:
        - All input tensors must be on-device and have a rank >= 1.
        - Unsharded tensors must be interleaved, sharded tensors cannot be height sharded.
        - If the input is sharded, the :attr:`output` and :attr:`residual_input_tensor` must have identical shard spec and memory config.
        - If `residual_input_tensor` is provided, its shape must match the input's logical and padded shape.
        - If TILE: `weight` and `bias` last dim must match input's last dim in both logical and padded shape; their padded height (second-to-last dim) must equal TILE_HEIGHT (i.e. 32).
        - If ROW_MAJOR: `weight` and `bias` last padded dim must be TILE_WIDTH and the stick count must align with the input width.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-12, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, recip_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

layer_norm: layer_norm_t = ...

class LayerNormParams:
    def __init__(self) -> None: ...

    @property
    def norm_type(self) -> LayerNormType: ...

    @norm_type.setter
    def norm_type(self, arg: LayerNormType, /) -> None: ...

    @property
    def distributed_norm_stage(self) -> DistributedLayerNormStage: ...

    @distributed_norm_stage.setter
    def distributed_norm_stage(self, arg: DistributedLayerNormStage, /) -> None: ...

    @property
    def eps(self) -> float: ...

    @eps.setter
    def eps(self, arg: float, /) -> None: ...

    @property
    def output_mem_config(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

    @output_mem_config.setter
    def output_mem_config(self, arg: ttnn._ttnn.tensor.MemoryConfig, /) -> None: ...

    @property
    def program_config(self) -> LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig: ...

    @program_config.setter
    def program_config(self, arg: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig, /) -> None: ...

    @property
    def compute_kernel_config(self) -> ttnn._ttnn.operations.core.WormholeComputeKernelConfig: ...

    @compute_kernel_config.setter
    def compute_kernel_config(self, arg: ttnn._ttnn.operations.core.WormholeComputeKernelConfig, /) -> None: ...

    @property
    def dtype(self) -> ttnn._ttnn.tensor.DataType | None: ...

    @dtype.setter
    def dtype(self, arg: ttnn._ttnn.tensor.DataType | None) -> None: ...

class LayerNormInputs:
    def __init__(self, input: ttnn._ttnn.tensor.Tensor) -> None: ...

    @property
    def input(self) -> ttnn._ttnn.tensor.Tensor: ...

    @input.setter
    def input(self, arg: ttnn._ttnn.tensor.Tensor, /) -> None: ...

    @property
    def residual_input_tensor(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @residual_input_tensor.setter
    def residual_input_tensor(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

    @property
    def weight(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @weight.setter
    def weight(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

    @property
    def bias(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @bias.setter
    def bias(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

    @property
    def stats(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @stats.setter
    def stats(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

    @property
    def recip_tensor(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @recip_tensor.setter
    def recip_tensor(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

class LayerNormDeviceOperation:
    @staticmethod
    def compute_program_hash(operation_attributes: LayerNormParams, tensor_args: LayerNormInputs) -> int:
        """
        Compute the program hash from operation attributes and tensor metadata.
        Same hash used by the C++ program cache.  Does not run the factory.
        """

    @staticmethod
    def create_output_tensors(operation_attributes: LayerNormParams, tensor_args: LayerNormInputs) -> ttnn._ttnn.tensor.Tensor:
        """
        Creates output tensors for the layer norm operation.

        This creates appropriately configured output tensors based on the operation
        attributes and input tensors. For sharded operations with inplace=True,
        returns the input tensor.

        Args:
            operation_attributes (LayerNormParams): Operation parameters.
            tensor_args (LayerNormInputs): Input tensors.

        Returns:
            ttnn.Tensor: The output tensor for the layer norm operation.
        """

    @staticmethod
    def compute_output_specs(operation_attributes: LayerNormParams, tensor_args: LayerNormInputs) -> ttnn._ttnn.tensor.TensorSpec:
        """
        Computes the output tensor specification for the layer norm operation.

        Args:
            operation_attributes (LayerNormParams): Operation parameters.
            tensor_args (LayerNormInputs): Input tensors.

        Returns:
            ttnn.tt::tt_metal::TensorSpec: The output tensor specification.
        """

    @staticmethod
    def select_program_factory(operation_attributes: LayerNormParams, tensor_args: LayerNormInputs) -> LayerNormMultiCoreProgramFactory | LayerNormShardedProgramFactory:
        """
        Selects the appropriate program factory based on input tensor's memory layout.

        Returns LayerNormShardedProgramFactory for sharded inputs,
        LayerNormMultiCoreProgramFactory for non-sharded inputs.

        Args:
            operation_attributes (LayerNormParams): Operation parameters.
            tensor_args (LayerNormInputs): Input tensors.

        Returns:
            Union[LayerNormMultiCoreProgramFactory, LayerNormShardedProgramFactory]:
                The appropriate program factory for the input tensor.
        """

class LayerNormMultiCoreProgramFactory:
    @staticmethod
    def default_core_range(device: ttnn._ttnn.multi_device.MeshDevice) -> ttnn._ttnn.tensor.CoreRangeSet:
        """
        Returns the default core range for non-sharded LayerNorm based on device compute grid.

        Args:
            device: The device to get the compute grid from.

        Returns:
            ttnn.CoreRangeSet: The default core range covering the device's compute grid.
        """

class LayerNormShardedProgramFactory:
    pass

def rmsnorm_default_compute_config(arch: ttnn._ttnn.device.Arch) -> ttnn._ttnn.operations.core.WormholeComputeKernelConfig:
    """
    Returns the default compute kernel config for rmsnorm.

    Args:
        arch (tt.ARCH): The device architecture.

    Returns:
        ttnn.DeviceComputeKernelConfig: The default compute config for RMS norm (HiFi4, approx_mode=True, fp32_dest_acc_en=False).
    """

class rms_norm_t:
    """
    Computes RMS norm over :attr:`input_tensor`.
        See `Root Mean Square Layer Normalization <https://arxiv.org/pdf/1910.07467>`_ for more details.

        .. math::
          \\text{RMS_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x}{\\sqrt{\\epsilon+\\frac{1}{N}\\sum_{i=1}^{N}x^{2}}} \\cdot \\gamma + \\beta

        Where:
            - :math:`\\gamma` and :math:`\\beta` are optional scale and shift parameters
            - :math:`\\epsilon` is a small constant

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        epsilon (float): 1e-12.
        weight (ttnn.Tensor, optional): Defaults to `None`.
        bias (ttnn.Tensor, optional): Defaults to `None`.
        residual_input_tensor (ttnn.Tensor, optional): Defaults to `None`.
        program_config (ttnn.ProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig): Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported data types and layouts by tensor:

        .. list-table:: input_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B
             - TILE

        .. list-table:: residual_input_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B
             - TILE

        .. list-table:: weight (gamma) and bias (beta)
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR

        .. list-table:: output_tensor
           :header-rows: 1

           * - dtype
             - layout
           * - BFLOAT16, FLOAT32, BFLOAT8_B (matching input)
             - TILE

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded (L1): Width and Block sharded

    Limitations:
        - All input tensors must be on-device and have a rank >= 1.
        - Unsharded tensors must be interleaved, sharded inputs cannot be height-sharded.
        - If `residual_input_tensor` is provided, it must match the :attr:`input_tensor`'s padded shape.
        - If the `weight`/`bias` tensors are TILE layout: last padded dim must match :attr:`input_tensor`'s last padded dim.
        - If the `weight`/`bias` tensors are ROW_MAJOR layout: last padded dim must be TILE_WIDTH.
        - If the :attr:`input_tensor` is sharded, the :attr:`output` must also be sharded. In that case, the
          :attr:`output` memory layout and buffer type must match the :attr:`input_tensor`'s memory configuration.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-12, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rms_norm: rms_norm_t = ...

class group_norm_t:
    """
    Computes group_norm over :attr:`input_tensor`.
        See `Group Normalization <https://arxiv.org/abs/1803.08494>`_ for more details.

        .. math::
            \\text{group_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} \\cdot \\gamma + \\beta

        Where:
            - :math:`\\mu` and :math:`\\sigma^2` are the mean and variance of the input tensor, respectively
            - :math:`\\gamma` and :math:`\\beta` are the learnable scale and shift parameters, respectively
            - :math:`\\epsilon` is a small constant.

        GroupNorm traditionally operates by splitting the input tensor's channels into groups, and then computing the mean and variance of each group.
        This implementation is slightly different, in that it forms the groups using the tensor's last dimension.
        Concretely, the input tensor is expected to have a shape of [N, 1, H*W, C], where C is the dimension along which the groups are formed.

        TTNN provides utility functions to help prepare this op's inputs for different types of input tensors:
            - When using sharded input tensors, :func:`ttnn.determine_expected_group_norm_sharded_config_and_grid_size` can provide the appropriate memory configuration and grid size.
            - When using interleaved (DRAM) input tensors, :func:`ttnn.determine_expected_group_norm_dram_grid_size` can provide the appropriate grid size.
            - :func:`ttnn.dram_group_norm_params_from_torch` is a convenience function that prepares the weight, bias, and input mask from PyTorch tensors for interleaved inputs.
            - :func:`ttnn.get_group_norm_cores_across_channel` returns the number of cores that split the channel axis for a given memory layout, grid, and shard orientation. This value must be passed consistently to :func:`ttnn.create_group_norm_input_mask` and :func:`ttnn.create_group_norm_weight_bias_rm`. For HEIGHT_SHARDED inputs this is always 1; for BLOCK_SHARDED inputs it is ``core_grid.x`` when using ROW_MAJOR shard orientation, or ``core_grid.y`` when using COL_MAJOR.
            - :func:`ttnn.create_group_norm_input_mask` creates the appropriate input mask for a given tensor dimension and group size.
            - :func:`ttnn.create_group_norm_weight_bias_rm` converts the weight and bias tensors into appropriately padded and tiled inputs

        See the sharded example in this document for more details on how to properly prepare the op's inputs using these functions.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        num_groups (int): Number of groups to split the tensor's channels into.
        epsilon (float): Defaults to 1e-12.
        input_mask (ttnn.Tensor, optional): Defaults to `None`. When processing the inputs, the mask is used to only look at the elements of the current group.
        weight (ttnn.Tensor, optional): Gamma (scale) parameter for the affine transformation. When omitted, no scaling is applied. Defaults to `None`.
        bias (ttnn.Tensor, optional): Beta (shift) parameter for the affine transformation. When omitted, no shift is applied. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): Output data type. When provided, it must equal the :attr:`input_tensor` dtype; a mismatch is rejected. Defaults to `None` (output dtype matches the input).
        core_grid (CoreGrid, optional): Defaults to `None`.
        inplace (bool, optional): Defaults to `True`.
        output_layout (ttnn.Layout, optional): Defaults to `None`.
        num_out_blocks (int, optional): For non-sharded (interleaved) inputs, splits the per-core output height (``block_h``, in tiles) into ``num_out_blocks`` chunks so each iteration uses less SRAM, at the cost of performance. Ignored for sharded inputs. Should only be set if needed to relieve SRAM pressure. Accepted explicit values are ``-1`` (use the built-in auto-heuristic) or a chunk count in range ``[1, block_h]``. Defaults to `None`, whose meaning depends on :attr:`core_grid` (non-sharded inputs only): when :attr:`core_grid` is also `None` (auto-selected), ``num_out_blocks`` is determined automatically using the same auto-heuristic as ``-1``, and passing an explicit ``num_out_blocks`` in that case is rejected. When :attr:`core_grid` is provided and ``num_out_blocks`` is `None` (default), ``num_out_blocks`` defaults to ``1`` (no chunking).
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration for the op. Defaults to `None`.
        negative_mask (ttnn.Tensor, optional): Defaults to `None`. Can be used only in row-major sharded input/output tensors. Created with ttnn.create_group_norm_input_negative_mask. Used to reduce the number of CB's used in the sharded version of the kernel. When no tensor is passed the op synthesizes the mask in L1 if and only if the program would otherwise not fit in L1.
        use_welford (bool, optional): Defaults to `False`. If `True`, stable two-pass statistics with FP32 accumulation are used to compute the mean and variance. For non-tile-aligned ``H*W``, the operation falls back to the tile-reduction path so padding rows can be excluded correctly. The argument name is retained for compatibility.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The supported input data types and layouts:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16, FLOAT32
              - TILE, ROW_MAJOR

        ROW_MAJOR input is supported only for sharded inputs. An interleaved
        (non-sharded) input must be in TILE layout; convert it first with
        ``ttnn.to_layout(input, ttnn.TILE_LAYOUT)`` (and convert the output
        back with ``ttnn.to_layout`` if a ROW_MAJOR result is required).

        .. list-table:: weight (gamma) and bias (beta)
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16, FLOAT32
              - ROW_MAJOR

        weight (gamma) and bias (beta) must share the same dtype.

        .. list-table:: input_mask
            :header-rows: 1

            * - dtype
              - layout
            * - BFLOAT16, BFLOAT8_B
              - TILE

        The output dtype matches the :attr:`input_tensor` dtype (BFLOAT16 or FLOAT32); an explicit :attr:`dtype` must equal it. Both the layout and the memory configuration also match the :attr:`input_tensor`.

    Memory Support:
      - Interleaved: DRAM and L1
      - Sharded (L1): Height and Block sharded

    Limitations:
      - :attr:`input_tensor` is a 4D tensor of shape [N, 1, H*W, C] and is allocated on the device
      - For the :attr:`input_tensor`, C must be a multiple of the tile size (32) and divide evenly into :attr:`num_groups`.
      - For a TILE-layout :attr:`input_tensor`, the per-sample H*W need not be a multiple of the tile size (32); the fused kernel corrects for the tile-padding rows it reduces over. Residual error comes from the bfloat16 cancellation in ``Var - K*E[x]^2``, so it grows with *both* the padding fraction ``K = padded_HW / logical_HW - 1`` and the input's mean-to-spread ratio ``E[x]^2 / Var`` -- the latter dominates. Note ``K`` is not monotonic in H*W; it spikes just above every tile boundary, so H*W=33 (``K=0.94``) is worse than H*W=50 (``K=0.28``). Measured: with near-zero-mean inputs every shape tested stays inside the op's tolerance, including ``K=3`` (H*W=8) at 0.067 versus an aligned-control 0.041; with a large mean (uniform[0,1), ``E[x]^2/Var`` ~ 3) only H*W <= 16 (``K >= 1``) exceeds it. See #50682.
      - For a ROW_MAJOR :attr:`input_tensor`, H*W must still be a multiple of the tile size (32); non-multiples are rejected rather than silently approximated.
      - For the :attr:`input_mask`, C must match the number of groups, H must match a tile's height, and W must be a multiple of a tile's width.
      - If :attr:`core_grid` is not provided, it is inferred from the sharded input's shard grid or, for interleaved/DRAM input, via the same logic as :func:`ttnn.determine_expected_group_norm_dram_grid_size`. The inferred grid may not be optimal; pass :attr:`core_grid` explicitly to override it. To prepare a sharded input ahead of time and obtain a matching grid in one step, see :func:`ttnn.determine_expected_group_norm_sharded_config_and_grid_size`.
      - :attr:`inplace` is not supported for TILE-layout inputs and requires input and output layouts to be identical.
      - When generating inputs (e.g. weight, bias) for block sharded tensors, the number of cores in a column should draw upon core.x rather than core.y.
      - When generating inputs (e.g. weight, bias) for height sharded tensors, the number of cores in a column should be 1 rather than core.y.
      - Width-sharding is not supported
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, num_groups: int, epsilon: float = 1e-12, input_mask: ttnn._ttnn.tensor.Tensor | None = None, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, inplace: bool | None = True, output_layout: ttnn._ttnn.tensor.Layout | None = None, num_out_blocks: int | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, negative_mask: ttnn._ttnn.tensor.Tensor | None = None, use_welford: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

group_norm: group_norm_t = ...

def create_group_norm_input_mask(num_channel: int, num_groups: int, num_cores_across_channel: int, data_type: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, tile_height: int = 32, tile_width: int = 32, rows_in_last_tile: int = 0) -> ttnn._ttnn.tensor.Tensor:
    """
    C++ implementation of create_group_norm_input_mask.
    Returns a ttnn.Tensor of shape [1, num_groups, 32, 32*block_wt], dtype=ttnn.DataType.BFLOAT16.

    rows_in_last_tile (= ``logical_hw % 32``) is for non-tile-aligned H*W. It appends a
    second set of groups -- shape becomes [1, 2*num_groups, 32, 32*block_wt] -- identical
    to the first but with rows >= rows_in_last_tile zeroed, which group_norm selects on
    each batch's final row-tile. Leave at 0 for tile-aligned H*W; without it, group_norm
    derives the second set with a device-side multiply+concat on every call.
    """

def create_group_norm_input_negative_mask(num_channel: int, num_groups: int, num_cores_across_channel: int, data_type: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, tile_height: int = 32, tile_width: int = 32) -> ttnn._ttnn.tensor.Tensor:
    """
    C++ implementation of create_group_norm_input_negative_mask.
    Returns a ttnn.Tensor of shape [1, num_groups, 32, 32*block_wt], dtype=ttnn.DataType.BFLOAT16.
    """

def determine_expected_group_norm_sharded_config_and_grid_size(*, device: ttnn._ttnn.multi_device.MeshDevice, num_channels: int, num_groups: int, input_nhw: int, is_height_sharded: bool, is_row_major: bool = False) -> tuple[ttnn._ttnn.tensor.MemoryConfig, ttnn._ttnn.types.CoreGrid]:
    """
    Derive sharded memory config and grid for group norm.

    - num_channels must be divisible by num_groups and 32 (tile width).
    - input_nhw is N*H*W in logical units; padded to core multiples.
    - If is_height_sharded: shard along NHW only; channels per core is all C.
      Otherwise: shard across channels and NHW (BLOCK_SHARDED).
    - is_row_major toggles shard shape orientation.

    Keyword-only arguments. Uses ``device.compute_with_storage_grid_size()``.

    Returns: ``(MemoryConfig, CoreGrid)`` for L1 height- or block-sharded group norm.
    """

class layer_norm_pre_all_gather_t:
    """
    This operation is used in conjunction with :func:`ttnn.layer_norm_post_all_gather` to compute layer norm on a distributed setup, where layer norm is defined as:

    .. math::
      \\text{layer_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} \\cdot \\gamma + \\beta

    Where:
        - :math:`\\mu` is the mean of the input tensor. This is computed over the last dimension of the input tensor (W).
        - :math:`\\sigma^2` is the variance of the input tensor. This is computed over the last dimension of the input tensor (W) and is biased.
        - :math:`\\gamma` and :math:`\\beta` are the learnable scale and shift parameters, respectively
        - :math:`\\epsilon` is a small constant

    See `Layer Normalization <https://arxiv.org/abs/1607.06450>`_ for more details.

    This operation computes :math:`\\sum_{}^{}x` and :math:`\\sum_{}^{}x^2` over the last dimension.
    Its output should be combined across devices with :func:`ttnn.all_gather`, then followed by :func:`ttnn.layer_norm_post_all_gather` to compute layer norm.

    Args:
      input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
      dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to BFLOAT16.
      residual_input_tensor (ttnn.Tensor, optional): the residual input tensor. Defaults to None.
      compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration. Defaults to None.
      program_config (ttnn.ProgramConfig, optional): the program configuration. Defaults to None.
      memory_config (ttnn.MemoryConfig, optional): the memory configuration. Defaults to None.
      recip_tensor (ttnn.Tensor, optional): the reciprocals tensor for Welford algorithm. Required when using Welford (use_welford=True in program_config). Create using :func:`ttnn.create_layer_norm_reciprocals`. Defaults to None.
      fast_and_approximate_mode (bool, optional): FLOAT32 only. ``False`` (default) uses the accurate SFPU path (full float32 accumulation); ``True`` uses the faster FPU path (inputs truncated to TF32). The accurate path is unavailable on Quasar and falls back to the FPU there. Ignored by the Welford path. No effect for non-FLOAT32 inputs. Defaults to False.

    Returns:
      ttnn.Tensor: the output tensor.

    Note:
      Supported data types and layouts by tensor:

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32, BFLOAT8_B
          - TILE

      .. list-table:: residual_input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32, BFLOAT8_B
          - TILE

      Output stats tensor will be in TILE layout and have dtype of BFLOAT16.

    Limitations:
      - Input tensors must be on-device and rank 4.
      - Unsharded runs: :attr:`input_tensor` must be interleaved.
      - Sharded runs: inputs cannot be height-sharded, padded height must equal TILE_HEIGHT (32).
      - When using :attr:`residual_input_tensor`, it must match the :attr:`input_tensor` logical and padded shape, and sharding spec for sharded inputs.
      - When using Welford algorithm (use_welford=True), :attr:`recip_tensor` must be provided.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, recip_tensor: ttnn._ttnn.tensor.Tensor | None = None, fast_and_approximate_mode: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

layer_norm_pre_all_gather: layer_norm_pre_all_gather_t = ...

class layer_norm_post_all_gather_t:
    """
    This operation is used in conjunction with :func:`ttnn.layer_norm_pre_all_gather` to compute layer norm on a distributed setup, where layer norm is defined as:

    .. math::
      \\text{layer_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} \\cdot \\gamma + \\beta

    Where:
        - :math:`\\mu` is the mean of the input tensor. This is computed over the last dimension of the input tensor (W).
        - :math:`\\sigma^2` is the variance of the input tensor. This is computed over the last dimension of the input tensor (W) and is biased.
        - :math:`\\gamma` and :math:`\\beta` are the learnable scale and shift parameters, respectively
        - :math:`\\epsilon` is a small constant

    See `Layer Normalization <https://arxiv.org/abs/1607.06450>`_ for more details.

    Performs the second part of a distributed layernorm operation, using the gathered statistics to compute the mean and variance, and finally normalizing the input.
    The input :attr:`stats` tensor should be computed by first using :func:`ttnn.layer_norm_pre_all_gather` and then using :func:`ttnn.all_gather` to gather the statistics across all devices.

    Args:
      input_tensor (ttnn.Tensor): the input tensor.
      stats (ttnn.Tensor): the stats tensor.

    Keyword args:
      epsilon (float, optional): the epsilon value. Defaults to 1e-12.
      weight (ttnn.Tensor, optional): the weight tensor. Defaults to None.
      bias (ttnn.Tensor, optional): the bias tensor. Defaults to None.
      memory_config (ttnn.MemoryConfig, optional): the memory configuration. Defaults to None.
      compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration. Defaults to None.
      program_config (ttnn.ProgramConfig, optional): the program configuration. Defaults to None.
      dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to None.

    Returns:
      ttnn.Tensor: the output tensor.

    Note:
      Supported data types and layouts:

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, BFLOAT8_B, FLOAT32
          - TILE

      .. list-table:: stats
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, BFLOAT8_B, FLOAT32
          - TILE

      .. list-table:: weight (gamma) and bias (beta)
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32
          - ROW_MAJOR, TILE

      Output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
      - Input tensors must be on-device and rank 4.
      - FLOAT32 :attr:`input_tensor` / :attr:`stats` require ``fp32_dest_acc_en=true`` in the compute kernel config.
      - The last padded dim of :attr:`stats` must be a multiple of TILE_WIDTH.
      - The first three padded dims of :attr:`stats` must match :attr:`input_tensor`.
      - :attr:`weight` (gamma) and :attr:`bias` (beta) are independently optional, may be BFLOAT16 or FLOAT32, and must match :attr:`input_tensor` per the layout rules above.
      - Sharded runs: inputs cannot be height-sharded, padded height must equal TILE_HEIGHT (32), and :attr:`stats` must be sharded with `num_cores=1` and expected tile columns per device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, stats: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-12, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

layer_norm_post_all_gather: layer_norm_post_all_gather_t = ...

class rms_norm_pre_all_gather_t:
    """
    This operation is used in conjunction with :func:`ttnn.rms_norm_post_all_gather` to compute RMS norm on a distributed setup, where RMS norm is defined as:

    .. math::
      \\text{RMS_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x}{\\sqrt{\\epsilon+\\frac{1}{N}\\sum_{i=1}^{N}x^{2}}} \\cdot \\gamma + \\beta

    Where:
        - :math:`\\gamma` and :math:`\\beta` are optional scale and shift parameters
        - :math:`\\epsilon` is a small constant

    See `Root Mean Square Layer Normalization <https://arxiv.org/pdf/1910.07467>`_ for more details.

    This operation computes :math:`\\sum_{}^{}x` and :math:`\\sum_{}^{}x^2` over the last dimension.
    Its output should be combined across devices with :func:`ttnn.all_gather`, then followed by :func:`ttnn.rms_norm_post_all_gather` to compute the RMS norm.

    Args:
      input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
      dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to BFLOAT16.
      residual_input_tensor (ttnn.Tensor, optional): the residual input tensor. Defaults to None.
      compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration. Defaults to None.
      program_config (ttnn.ProgramConfig, optional): the program configuration. Defaults to None.
      memory_config (ttnn.MemoryConfig, optional): the memory configuration. Defaults to None.
      use_2d_core_grid (bool, optional): the 2D core grid. Defaults to None.
      fast_and_approximate_mode (bool, optional): FLOAT32 only. ``False`` (default) uses the accurate SFPU path (full float32 accumulation); ``True`` uses the faster FPU path (inputs truncated to TF32). The accurate path is unavailable on Quasar and falls back to the FPU there. No effect for non-FLOAT32 inputs. Defaults to False.

    Returns:
      ttnn.Tensor: the output tensor.

    Note:
      Supported data types and layouts by tensor:

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32, BFLOAT8_B
          - TILE

      .. list-table:: residual_input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32, BFLOAT8_B
          - TILE

      Output stats tensor will in TILE layout and have dtype of BFLOAT16.

    Limitations:
      - All tensors must be on-device.
      - Unsharded inputs must be interleaved
      - Sharded inputs cannot be height-sharded, padded height must equal TILE_HEIGHT (32). If :attr:`residual_input_tensor` is provided, it must match input's padded shape and sharding.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, residual_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_2d_core_grid: bool | None = None, fast_and_approximate_mode: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

rms_norm_pre_all_gather: rms_norm_pre_all_gather_t = ...

class rms_norm_post_all_gather_t:
    """
    This operation is used in conjunction with :func:`ttnn.rms_norm_pre_all_gather` to compute RMS norm on a distributed setup, where RMS norm is defined as:

    .. math::
      \\text{RMS_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x}{\\sqrt{\\epsilon+\\frac{1}{N}\\sum_{i=1}^{N}x^{2}}} \\cdot \\gamma + \\beta

    Where:
        - :math:`\\gamma` and :math:`\\beta` are optional scale and shift parameters
        - :math:`\\epsilon` is a small constant

    See `Root Mean Square Layer Normalization <https://arxiv.org/pdf/1910.07467>`_ for more details.

    Performs the second part of a distributed RMSNorm operation, using the gathered statistics to compute the mean and variance, and finally normalizing the input.
    The input :attr:`stats` tensor should be computed by first using :func:`ttnn.rms_norm_pre_all_gather` and then using :func:`ttnn.all_gather` to gather the statistics across all devices.

    Args:
      input_tensor (ttnn.Tensor): the input tensor.
      stats (ttnn.Tensor): the stats tensor.

    Keyword args:
      epsilon (float, optional): the epsilon value. Defaults to 1e-12.
      weight (ttnn.Tensor, optional): the weight tensor. Defaults to None.
      bias (ttnn.Tensor, optional): the bias tensor. Defaults to None.
      memory_config (ttnn.MemoryConfig, optional): the memory configuration. Defaults to None.
      compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): the compute kernel configuration. Defaults to None.
      program_config (ttnn.ProgramConfig, optional): the program configuration. Defaults to None.
      dtype (ttnn.DataType, optional): the data type of the output tensor. Defaults to None.
      use_2d_core_grid (bool, optional): the 2D core grid. Defaults to None.

    Returns:
      ttnn.Tensor: the output tensor.

    Note:
      Supported data types and layouts:

      .. list-table:: input_tensor
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, BFLOAT8_B
          - TILE

      .. list-table:: stats
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16
          - TILE

      .. list-table:: weight (gamma) and bias (beta)
        :header-rows: 1

        * - dtype
          - layout
        * - BFLOAT16, FLOAT32
          - TILE, ROW_MAJOR

      Output tensor will be in TILE layout and have the same dtype as the :attr:`input_tensor`

    Limitations:
      - All tensors must be on-device.
      - The last padded dim of :attr:`stats` must be a multiple of TILE_WIDTH, and its first three padded dims must match :attr:`input_tensor`.
      - If :attr:`weight` (gamma) is provided, :attr:`bias` (beta) must also be provided. Gamma and beta must have the same layout. If this is ROW_MAJOR, last padded dim must be TILE_WIDTH.
      - Sharded runs: inputs cannot be height-sharded; padded height must equal TILE_HEIGHT (32). When sharded, :attr:`stats` must be sharded across one core.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, stats: ttnn._ttnn.tensor.Tensor, *, epsilon: float = 1e-12, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, program_config: LayerNormDefaultProgramConfig | LayerNormShardedMultiCoreProgramConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_2d_core_grid: bool | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rms_norm_post_all_gather: rms_norm_post_all_gather_t = ...

class batch_norm_t:
    """
    Applies batch norm over each channel on :attr:`input_tensor`.
    See `Spatial Batch Normalization <https://arxiv.org/abs/1502.03167>`_ for more details.

    .. math::

        \\text{batch_norm}(x, \\gamma, \\beta, \\epsilon) = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} \\cdot \\gamma + \\beta

    Where:
        - :math:`\\mu` and :math:`\\sigma^2` are the mean and variance of the input tensor, respectively
        - :math:`\\gamma` and :math:`\\beta` are the learnable scale and shift parameters, respectively
        - :math:`\\epsilon` is a small constant.

    Args:
        input_tensor (ttnn.Tensor): the input tensor of shape `[N, C, H, W]`.

    Keyword args:
        eps (float, optional): Epsilon value. Defaults to `1e-05`.
        momentum (float, optional): Momentum value. Defaults to `0.1`.
        running_mean (ttnn.Tensor, optional): the running_mean of shape `[1, C, 1, 1]`, required in inference mode. When in training mode, this tensor is optional and the updated running mean value is stored in-place based on the inputs provided. Defaults to `None`.
        running_var (ttnn.Tensor, optional): the running_var of shape `[1, C, 1, 1]`, required in inference mode. When in training mode, this tensor is optional and the updated running variance value is stored in-place based on the inputs provided. Defaults to `None`.
        weight (ttnn.Tensor, optional): the weight or gamma value of shape `[1, C, 1, 1]`. Defaults to `None`.
        bias (ttnn.Tensor, optional): the bias or beta value of shape `[1, C, 1, 1]`. Defaults to `None`.
        training (bool, optional): Selection between training mode and inference (evaluation) mode. Defaults to `False` (Inference mode).
        output (ttnn.Tensor, optional): Preallocated output tensor to store batch norm result of shape `[N, C, H, W]`. Must have the same dtype as :attr:`input_tensor`. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): device compute kernel configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes, layouts, and ranks:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
             - Ranks
           * - BFLOAT16, FLOAT32
             - TILE
             - 4

        These apply for all the tensor inputs to this operation, including the optional :attr:`output` tensor.

        Mixed precision is supported: ``input`` (and ``output``, if provided) may use a different dtype from the
        parameter tensors (``running_mean``, ``running_var``, ``weight``, ``bias``). The output dtype always
        matches the input dtype. All parameter tensors must share the same dtype with each other.

    Memory Support:
        - Interleaved: DRAM and L1

    Limitations:
        - All input tensors must be tilized, interleaved, rank 4, and on-device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, *, running_mean: ttnn._ttnn.tensor.Tensor | None = None, running_var: ttnn._ttnn.tensor.Tensor | None = None, training: bool = False, eps: float = 1e-05, momentum: float = 0.1, weight: ttnn._ttnn.tensor.Tensor | None = None, bias: ttnn._ttnn.tensor.Tensor | None = None, output: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

batch_norm: batch_norm_t = ...
