# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""pooling  operations"""

from collections.abc import Sequence

import ttnn._ttnn.operations.core
import ttnn._ttnn.operations.sliding_window
import ttnn._ttnn.tensor


class max_pool2d_t:
    """
    Applies max pooling to the input tensor. Each output element contains the maximum value within a
    sliding kernel window per channel. The input tensor is expected to be in [NHW, C] or [N, H, W, C]
    format and should be on the device. Height, width and block sharding schemes are supported.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        batch_size (int): the number of batches (N).
        input_h (int): the height of the input tensor (H).
        input_w (int): the width of the input tensor (W).
        channels (int): the number of channels (C).
        kernel_size (List of [int]): the (h, w) size of the kernel window.
        stride (List of [int]): the (h, w) stride of the kernel window.
        padding (List of [int]): the (h, w) or (top, bottom, left, right) padding.
        dilation (List of [int]): the (h, w) dilation of the kernel window.
        ceil_mode (bool): whether to use ceil mode for the output shape. Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): the memory configuration for the output tensor. Defaults to `None`.
        applied_shard_scheme (ttnn.TensorMemoryLayout, optional): the sharding scheme to apply to a non-pre-sharded input tensor. Defaults to `None`, which should be used with pre-sharded input tensors.
        deallocate_input (bool, optional): whether to deallocate the input tensor after the operation. Defaults to `False`.
        reallocate_halo_output (bool, optional): whether to reallocate the halo output tensor after the operation, ideally used with deallocate_activation = true. Defaults to `True`.
        return_indices (bool, optional): whether to return both values and indices. When True, returns a tuple (values, indices). Defaults to `False`.
        dtype (ttnn.DataType, optional): the data format for the output tensor. Defaults to `ttnn.bfloat16`.
        output_layout (ttnn.Layout, optional): the layout for the output tensor. Defaults to `ttnn.ROW_MAJOR_LAYOUT`.

    Returns:
        ttnn.Tensor or tuple[ttnn.Tensor, ttnn.Tensor]: the output tensor, or a tuple of (values, indices) if return_indices is True.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, batch_size: int, input_h: int, input_w: int, channels: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], dilation: Sequence[int], ceil_mode: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, applied_shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout | None = None, deallocate_input: bool = False, reallocate_halo_output: bool = True, return_indices: bool = False, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, output_layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR, config_tensor_in_dram: bool = False) -> ttnn._ttnn.tensor.Tensor | list[ttnn._ttnn.tensor.Tensor]: ...

max_pool2d: max_pool2d_t = ...

class avg_pool2d_t:
    """
    Applies average pooling to the input tensor. Each output element contains the average value within a
    sliding kernel window per channel. The input tensor is expected to be in [NHW, C] or [N, H, W, C]
    format and should be on the device. Height, width and block sharding schemes are supported.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        batch_size (int): the number of batches (N).
        input_h (int): the height of the input tensor (H).
        input_w (int): the width of the input tensor (W).
        channels (int): the number of channels (C).
        kernel_size (List of [int]): the (h, w) size of the kernel window.
        stride (List of [int]): the (h, w) stride of the kernel window.
        padding (List of [int]): the (h, w) or (top, bottom, left, right) padding.
        ceil_mode (bool): When True, uses 'ceiling' instead of 'floor' to compute output shape. Default: False.
        count_include_pad (bool): When True, includes zero-padding in the avg calculation. Default: True.
        divisor_override (int, optional): If specified, it will be used as a divisor, otherwise size of the pooling region will be used. Default: None.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): the memory configuration for the output tensor. Defaults to `None`.
        applied_shard_scheme (ttnn.TensorMemoryLayout, optional): the sharding scheme to apply to a non-pre-sharded input tensor. Defaults to `None`, which should be used with pre-sharded input tensors.
        deallocate_input (bool, optional): whether to deallocate the input tensor after the operation. Defaults to `False`.
        reallocate_halo_output (bool, optional): whether to reallocate the halo output tensor after the operation, ideally used with deallocate_activation = true. Defaults to `True`.
        dtype (ttnn.DataType, optional): the data format for the output tensor. Defaults to `ttnn.bfloat16`.
        output_layout (ttnn.Layout, optional): the layout for the output tensor. Defaults to `ttnn.ROW_MAJOR_LAYOUT`.
        compute_kernel_config (DeviceComputeKernelConfig, optional): the device compute kernel configuration. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, batch_size: int, input_h: int, input_w: int, channels: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], ceil_mode: bool = False, count_include_pad: bool = True, divisor_override: int | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, applied_shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, deallocate_input: bool = False, reallocate_halo_output: bool = True, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, output_layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR, config_tensor_in_dram: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

avg_pool2d: avg_pool2d_t = ...

class rotate_t:
    """
    Rotates a tensor by an arbitrary angle around a specified center point using configurable interpolation.

    The rotate operation performs spatial transformation by rotating each pixel position
    around a rotation center. Areas outside the rotated tensor are filled with a configurable
    fill value.

    Args:
        input_tensor (ttnn.Tensor): Input tensor of shape (N, H, W, C) in NHWC format
        angle (float): Rotation angle in degrees. Positive values rotate counter-clockwise

    Keyword Args:
        center (Optional[Tuple[float, float]]): Rotation center point as (x, y) in pixel coordinates,
                                                where x is the horizontal/width coordinate and y is
                                                the vertical/height coordinate. Default: tensor center
                                                at ((W-1)/2, (H-1)/2)
        fill (float): Fill value for areas outside the rotated tensor. Default: 0.0
        expand (bool): If True, return error. Only False is supported (same output dimensions). Default: False
        interpolation_mode (str): Interpolation method - "nearest" (sharp, faster) or "bilinear" (smooth, slower). Default: "nearest"
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration. Default: DRAM_INTERLEAVED

    Returns:
        ttnn.Tensor: Rotated tensor of shape (N, H, W, C) - same as input

    Example:
        >>> # Create input tensor (N=1, H=256, W=256, C=32) - channel last format
        >>> input_tensor = ttnn.from_torch(torch.randn(1, 256, 256, 32), device=device)
        >>>
        >>> # Rotate 45 degrees counter-clockwise with nearest interpolation (default)
        >>> output = ttnn.rotate(input_tensor, 45.0)
        >>> print(output.shape)  # [1, 256, 256, 32]
        >>>
        >>> # Rotate 90 degrees clockwise with nearest interpolation (faster)
        >>> output_cw = ttnn.rotate(input_tensor, -90.0, interpolation_mode="nearest")
        >>>
        >>> # Rotate with bilinear interpolation (smoother but slower)
        >>> output_smooth = ttnn.rotate(input_tensor, 45.0, interpolation_mode="bilinear")
        >>>
        >>> # Rotate around custom center (x=128, y=64) with white fill
        >>> output_custom = ttnn.rotate(input_tensor, 30.0, center=(128, 64), fill=1.0)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, angle: float, *, center: tuple[float, float] | None = None, fill: float = 0.0, expand: bool = False, interpolation_mode: str = 'nearest', memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rotate: rotate_t = ...

class upsample_t:
    """
    Upsamples a given multi-channel 2D (spatial) data.
    The input data is assumed to be of the form [N, H, W, C].

    Supports both integer and floating-point scale factors with automatic routing
    to optimized implementations:
    - Integer scales: Optimized path with reader/writer replication (fastest)
    - Float scales: General path with coordinate mapping (supports fractional scales)

    The algorithms available for upsampling are 'nearest' and 'bilinear'.
    Note: 'bilinear' mode requires integer scale factors.


    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        scale_factor (int, float, [int, int], or [float, float]): multiplier for spatial size.
            - int: uniform integer scale for both H and W
            - float: uniform float scale for both H and W
            - [int, int]: separate integer scales for [H, W]
            - [float, float]: separate float scales for [H, W]


    Keyword args:
        mode (str, optional): upsampling mode - 'nearest' or 'bilinear'. Defaults to 'nearest'.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Examples:
        >>> # Integer scale (optimized path)
        >>> output = ttnn.upsample(input, 2)
        >>> output = ttnn.upsample(input, [2, 3])

        >>> # Float scale (general path)
        >>> output = ttnn.upsample(input, 1.5)
        >>> output = ttnn.upsample(input, [1.5, 2.5])

        >>> # Bilinear mode (integer scales only)
        >>> output = ttnn.upsample(input, 2, mode="bilinear")
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, scale_factor: int | Sequence[int] | float | Sequence[float], *, mode: str = 'nearest', memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

upsample: upsample_t = ...

class grid_sample_t:
    """
    Performs grid sampling on the input tensor using the provided sampling grid.

    Grid sample uses bilinear interpolation to sample input values at arbitrary
    grid locations. This is commonly used for spatial transformations, image warping,
    and implementing spatial transformer networks.

    Args:
        input_tensor (ttnn.Tensor): Input tensor of shape (N, H_in, W_in, C) - channel last format
        grid (ttnn.Tensor): Sampling grid with flexible batching support.

            * Standard mode (use_precomputed_grid=False):

              - Shape (N, H_grid, W_grid, 2*K) where K is the grid batching factor
              - Contains K sets of normalized coordinates in range [-1, 1] packed into the last dimension
              - Each coordinate pair (x, y): x=-1 (leftmost), x=+1 (rightmost), y=-1 (topmost), y=+1 (bottommost)
              - Data type: BFLOAT16 or FLOAT32 (FLOAT32 provides higher precision for coordinate calculations)
              - When K=1: standard single coordinate per location (maps 1:1 to PyTorch F.grid_sample behavior)
              - When K>1: K coordinate sets are packed per spatial location, typically created by reshaping
                a larger grid from (N, H_grid, W_grid*K, 2) to (N, H_grid, W_grid, 2*K), where the desired grid shape would be W_grid*K

            * Precomputed mode (use_precomputed_grid=True):

              - Shape (N, H_grid, W_grid, 6*K) containing K sets of precomputed data packed into the last dimension
              - Each set has 6 elements: pixel coordinates and bilinear interpolation weights
              - Data type: BFLOAT16 only (precomputed grids must be BFLOAT16)
              - When K=1: standard precomputed grid
              - When K>1: K precomputed sets are packed per spatial location, typically created by reshaping
                a larger precomputed grid from (N, H_grid, W_grid*K, 6) to (N, H_grid, W_grid, 6*K), where the desired grid shape would be W_grid*K
              - Generated using ttnn.prepare_grid_sample_grid() for K=1, then ttnn.reshape() for K>1, both being done on host side
    Keyword Args:
        mode (str): Interpolation mode.
        padding_mode (str): How to handle out-of-bounds coordinates. Currently only "zeros" is supported.
        align_corners (bool): Whether to align corners when mapping normalized coordinates to pixel indices.
        use_precomputed_grid (bool): Whether to use precomputed grid coordinates.

            When False (default): grid should be normalized coordinates in [-1, 1]

            When True: grid should be preprocessed using ttnn.prepare_grid_sample_grid()

        batch_output_channels (bool): Controls how grid batching factor K affects output dimensions.

            When False (default): extend W dimension - output shape (N, H_grid, W_grid*K, C).
            The K coordinate sets produce K spatial outputs, expanding the width dimension.

            When True: batch output channels - output shape (N, H_grid, W_grid, C*K).
            The K coordinate sets produce K channel groups, expanding the channel dimension.

            Setting this argument to True requires for K (grid batching factor) to be larger than one.
            Note: K doesn't disappear when batch_output_channels=False, it just gets distributed to the width dimension.

        memory_config (ttnn.MemoryConfig, optional): Output memory configuration for the operation.

        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration.
            Notable fields:

            - fp32_dest_acc_en: Use FP32 destination accumulation (higher precision; halves DEST tile capacity).
            - dst_full_sync_en: Use full-sync DEST mode (doubles DEST tile capacity; auto-forced when
              fp32_dest_acc_en requires it).

            Defaults to `None` (arch-specific defaults).

    Returns:
        ttnn.Tensor: Output tensor shape depends on batch_output_channels flag.

            - When batch_output_channels=False (default): (N, H_grid, W_grid*K, C) - W dimension extended
            - When batch_output_channels=True: (N, H_grid, W_grid, C*K) - channels batched

            Where K is the grid batching factor.

    Example:
        >>> # Create input tensor (N=1, H=4, W=4, C=32) - channel last format
        >>> input_tensor = ttnn.from_torch(torch.randn(1, 4, 4, 32), device=device)

        >>> # Example 1: Standard single grid (K=1) - both batch_output_channels values produce same result
        >>> theta = torch.tensor([[[1., 0., 0.], [0., 1., 0.]]], dtype=torch.float)
        >>> grid = torch.nn.functional.affine_grid(theta, (1, 32, 4, 4), align_corners=False)
        >>> grid_tensor = ttnn.from_torch(grid.to(torch.bfloat16), device=device)
        >>> output_default = ttnn.grid_sample(input_tensor, grid_tensor)  # batch_output_channels=False (default)
        >>> print(output_default.shape)  # [1, 4, 4, 32] - same for both when K=1

        >>> # Example 2: Grid batching (K=4) - demonstrates proper reshaping workflow
        >>> # Step 1: Create natural grid as you normally would (like in PyTorch)
        >>> K = 4  # Grid batching factor
        >>> natural_grid = torch.randn(1, 4, 16, 2) * 0.5  # Natural shape: (N, H_grid, W_grid*K, 2)
        >>>
        >>> # Step 2: Reshape for optimization - pack K coordinate sets into last dimension
        >>> W_grid = 16 // K  # W_grid = 4
        >>> batched_grid = natural_grid.view(1, 4, W_grid, 2*K)  # Reshaped: (1, 4, 4, 8)
        >>> batched_grid_tensor = ttnn.from_torch(batched_grid.to(torch.bfloat16), device=device)
        >>>
        >>> # batch_output_channels=False (default): W dimension extended
        >>> output_w_extend = ttnn.grid_sample(input_tensor, batched_grid_tensor)
        >>> print(output_w_extend.shape)  # [1, 4, 16, 32] - W extended from 4 to 16 (W_grid*K)
        >>>
        >>> # batch_output_channels=True: channels batched
        >>> output_c_extend = ttnn.grid_sample(input_tensor, batched_grid_tensor, batch_output_channels=True)
        >>> print(output_c_extend.shape)  # [1, 4, 4, 128] - channels batched from 32 to 128 (K*C)

        >>> # Example 3: Using FLOAT32 grid for higher precision
        >>> grid_float32 = ttnn.from_torch(grid.to(torch.float32), dtype=ttnn.float32, device=device)
        >>> output_float32 = ttnn.grid_sample(input_tensor, grid_float32)  # Higher precision coordinates
        >>> print(output_float32.shape)  # [1, 4, 4, 32]

        >>> # Example 4: Using precomputed grid for better performance
        >>> grid_float32_host = ttnn.from_torch(grid, dtype=ttnn.float32)
        >>> input_shape = [1, 4, 4, 32]  # [N, H, W, C] format
        >>> prepared_grid = ttnn.prepare_grid_sample_grid(
        ...     grid_float32_host, input_shape, padding_mode="zeros", output_dtype=ttnn.bfloat16
        ... )
        >>> prepared_grid = ttnn.to_device(prepared_grid, device)
        >>> output_precomputed = ttnn.grid_sample(input_tensor, prepared_grid, use_precomputed_grid=True)
        >>> print(output_precomputed.shape)  # [1, 4, 4, 32]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, grid: ttnn._ttnn.tensor.Tensor, *, mode: str = 'bilinear', padding_mode: str = 'zeros', align_corners: bool = False, use_precomputed_grid: bool = False, batch_output_channels: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

grid_sample: grid_sample_t = ...

def prepare_grid_sample_grid(grid: ttnn._ttnn.tensor.Tensor, input_shape: Sequence[int], *, mode: str = 'bilinear', padding_mode: str = 'zeros', align_corners: bool = False, output_dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Precomputes grid sample data for optimized kernel execution.

    This function takes a normalized grid tensor and precomputes the pixel coordinates
    and bilinear interpolation weights needed for grid sampling.

    Args:
        grid (ttnn.Tensor): Grid tensor of shape (N, H_out, W_out, 2) with normalized coordinates in [-1, 1]
                           Note: This function only supports unbatched grids (batching factor K=1).
                           For grid batching (K>1), use ttnn.reshape() to convert the output to
                           (N, H_out, W_out//K, 6*K) format for use with ttnn.grid_sample().
        input_shape (List[int]): Input tensor dimensions [N, H_in, W_in, C] in NHWC format

    Keyword Args:
        mode (str): Nearest or bilinear operation. Currently only "bilinear" is supported.
        padding_mode (str): How to handle out-of-bounds coordinates. Currently only "zeros" is supported.
        align_corners (bool): Whether to align corners when sampling (default: false)
        output_dtype (ttnn.DataType, optional): Data type for the output tensor. Default: bfloat16

    Returns:
        ttnn.Tensor: Precomputed grid tensor of shape (N, H_out, W_out, 6) where:

            - [:, :, :, 0]: North-west height coordinate (as integer stored in bfloat16)
            - [:, :, :, 1]: North-west width coordinate (as integer stored in bfloat16)
            - [:, :, :, 2]: Weight for north-west pixel
            - [:, :, :, 3]: Weight for north-east pixel
            - [:, :, :, 4]: Weight for south-west pixel
            - [:, :, :, 5]: Weight for south-east pixel

    Example:
        >>> # Create a normalized grid with coordinates in [-1, 1] range
        >>> torch_grid = torch.randn(1, 8, 8, 2) * 0.8  # Keep within valid range
        >>> grid = ttnn.from_torch(torch_grid, dtype=ttnn.float32)
        >>> input_shape = [1, 32, 32, 64]  # N, H, W, C format
        >>>
        >>> # Precompute grid for optimized sampling
        >>> precomputed_grid = ttnn.prepare_grid_sample_grid(
        ...     grid, input_shape, mode="bilinear", padding_mode="zeros", align_corners=False, output_dtype=ttnn.bfloat16
        ... )
        >>> print(precomputed_grid.shape)  # [1, 8, 8, 6]
        >>>
        >>> # The output contains:
        >>> # precomputed_grid[:, :, :, 0] = North-west height coordinates
        >>> # precomputed_grid[:, :, :, 1] = North-west width coordinates
        >>> # precomputed_grid[:, :, :, 2] = North-west pixel weight
        >>> # precomputed_grid[:, :, :, 3] = North-east pixel weight
        >>> # precomputed_grid[:, :, :, 4] = South-west pixel weight
        >>> # precomputed_grid[:, :, :, 5] = South-east pixel weight
        >>>
        >>> # Use with grid_sample for better performance on repeated operations
        >>> precomputed_grid_device = ttnn.to_device(precomputed_grid, device)
        >>> output = ttnn.grid_sample(input_tensor, precomputed_grid_device, use_precomputed_grid=True)
    """
