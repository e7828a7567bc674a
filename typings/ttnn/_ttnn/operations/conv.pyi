# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Convolution operations"""

from collections.abc import Sequence
import enum

import ttnn._ttnn.activation
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.operations.sliding_window
import ttnn._ttnn.tensor


class conv1d_t:
    """
    Applies a 1D convolution over an input signal composed of several input planes. Implemented as a 2D Convolution of input height 1 and input width as input_length.

    Args:
        input_tensor (ttnn.Tensor): The input tensor. This must be in the format [N, H, W, C]. It can be on host or device.
        weight_tensor (ttnn.Tensor): The weight tensor. The weights can be passed in the same format as PyTorch, [out_channels, in_channels, kernel_height, kernel_width].
        device (ttnn.MeshDevice): The device to use.
        in_channels (int): Number of input channels.
        out_channels (int): Number of output channels.
        batch_size (int): Batch size.
        input_length (int): Length of the input signal.
        kernel_size (int): Size of the convolving kernel.
        stride (int): Stride of the cross-correlation.
        padding (int or tuple[int, int]): Zero-padding added to both sides of the input. pad_length or [pad_left, pad_right].
        dilation (int): Spacing between kernel elements.
        groups (int): Number of blocked connections from input channels to output channels.

    Keyword Args:
        bias_tensor (ttnn.Tensor, optional): Optional bias tensor. Default: None
        dtype (ttnn.DataType, optional): The data type of the input tensor. Default: None (will use the same dtype as input_tensor).
        conv_config (ttnn.Conv2dConfig, optional): Configuration for convolution. Default: None
        compute_config (ttnn.DeviceComputeKernelConfig, optional): Configuration for compute kernel. Default: None
        memory_config (ttnn.MemoryConfig, optional): Output Tensor's Memory Configuration. Default: None
        slice_config (ttnn.Conv2dSliceConfig, optional): Configuration for slicing the input & output tensors in DRAM along the input_length (width) dimension. Use slice_type=Conv2dDRAMSliceWidth with num_slices=0 to auto-determine the number of slices, or num_slices=N to slice manually. DRAM_HEIGHT slicing is not supported because the conv1d height is always 1. If None, slicing is auto-routed by input location: inputs already in L1 run fully in L1, while DRAM/host inputs are auto width-sliced through DRAM. Default: None
        return_output_dim (bool, optional): If true, the op also returns the length of the output tensor. Default: False
        return_weights_and_bias (bool, optional): If true, the op also returns the preprocessed weight and bias on device. Default: False

    Returns:
        The output tensor, output length, and the preprocessed weights and bias.

        - ttnn.Tensor: The output tensor, when return_output_dim = False and return_weights_and_bias = False
        - tuple[ttnn.Tensor, int]: The output tensor, and its length, if return_output_dim = True
        - tuple[ttnn.Tensor, tuple[ttnn.Tensor, ttnn.Tensor]]: The output tensor, and its weights and biases, if return_weights_and_bias = True
        - tuple[ttnn.Tensor, int, tuple[ttnn.Tensor, ttnn.Tensor]]: The output tensor, its length, and its weights and biases, if return_output_dim = True and return_weights_and_bias = True
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, *, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, in_channels: int, out_channels: int, batch_size: int, input_length: int, kernel_size: int, stride: int = 1, padding: Sequence[int] | int = 0, dilation: int = 1, groups: int = 1, dtype: ttnn._ttnn.tensor.DataType | None = None, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, return_output_dim: bool = False, return_weights_and_bias: bool = False) -> ttnn._ttnn.tensor.Tensor | tuple[ttnn._ttnn.tensor.Tensor, int] | tuple[ttnn._ttnn.tensor.Tensor, tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]] | tuple[ttnn._ttnn.tensor.Tensor, int, tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]]: ...

conv1d: conv1d_t = ...

class conv2d_t:
    """
    Applies a 2D convolution over an input signal composed of several input planes.

    Performs a 2D convolution between the input tensor and weight tensor. A 2D kernel (weights tensor) traverses the image (4D input tensor) and a dot product is computed over the overlapping region. For more information, refer to `CNNs on Tenstorrent Architectures <https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/CNNs/ttcnn.md>`_ tech report.

    Args:
        input_tensor (ttnn.Tensor): The input tensor in [N, H, W, C] format. The tensor can be on either the host or the device.
        weight_tensor (ttnn.Tensor): The convolution weights, typically in [out_channels, in_channels // groups, kernel_height, kernel_width] format.
        device (ttnn.MeshDevice): This is a Tenstorrent-specific parameter. The device which will run the operation.
        in_channels (int): Number of channels in the input tensor.
        out_channels (int): Number of channels produced by the convolution.
        batch_size (int): The batch size of the input tensor.
        input_height (int): This is a Tenstorrent-specific parameter. The height of the input tensor.
        input_width (int): This is a Tenstorrent-specific parameter. The width of the input tensor.
        kernel_size (tuple[int, int]): The size of the convolving kernel.
        stride (tuple[int, int]): The stride of the convolution. Default: (1, 1).
        padding (tuple[int, int] or tuple[int, int, int, int]): Zero-padding added to both sides of the input. Default: (0, 0). [pad_height, pad_width] or [pad_top, pad_bottom, pad_left, pad_right].
        dilation (tuple[int, int]): The spacing between kernel elements. Default: (1, 1).
        groups (int): Number of blocked connections from input channels to output channels. Default: 1.

    Keyword Args:
        dtype (ttnn.DataType, optional): The data type of the output tensor. If not provided, it is inferred from the input tensor.
        bias_tensor (ttnn.Tensor, optional): The bias tensor to be added. Default: None.
        conv_config (ttnn.Conv2dConfig, optional): Configuration for convolution. Default: None.
        compute_config (ttnn.DeviceComputeKernelConfig, optional): Configuration for compute kernel. Default: None
        memory_config (ttnn.MemoryConfig, optional): Output Tensor's Memory Configuration. Default: None.
        slice_config (ttnn.Conv2dSliceConfig, optional): Configuration for slicing input & output tensors in DRAM. If set to None and input is in DRAM, DRAM slicing is automatically enabled. Default: None.
        return_output_dim (bool, optional): If true, the op also returns the height and width of the output tensor in [N, H, W, C] format. Default: False
        return_weights_and_bias (bool, optional): If true, the op also returns the preprocessed weight and bias on device. Default: False

    Returns:
        The output tensor, output height and width, and the preprocessed weights and bias.

        - ttnn.Tensor: Default. The output tensor, when return_output_dim = False and return_weights_and_bias = False
        - tuple[ttnn.Tensor, tuple[int, int]]: The output tensor, and its height and width, if return_output_dim = True
        - tuple[ttnn.Tensor, tuple[ttnn.Tensor, ttnn.Tensor]]: The output tensor, and its height and width, if return_weights_and_bias = True
        - tuple[ttnn.Tensor, tuple[int, int], tuple[ttnn.Tensor, ttnn.Tensor]]: The output tensor, and its height and width, if return_output_dim = True and return_weights_and_bias = True

    Note:
        The `input_tensor` supports the following data type and layout:

        .. list-table:: input_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE

        The `output_tensor` supports the following data type and layout:

        .. list-table:: output_tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE
            * - BFLOAT8_B
              - TILE

        The `weights_tensor` on the host, supports the following data type and layout:

        .. list-table:: weights_tensor (host)
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR
            * - BFLOAT16
              - ROW_MAJOR

        The `weights_tensor` prepared on device, supports the following data type and layout:

        .. list-table:: weights_tensor (prepared on device)
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - TILE
            * - BFLOAT16
              - TILE
            * - BFLOAT8_B
              - TILE

        The `bias_tensor` on the host, supports the following data type and layout:

        .. list-table:: bias_tensor (host)
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR
            * - BFLOAT16
              - ROW_MAJOR

        The `bias_tensor` prepared on device, supports the following data type and layout:

        .. list-table:: bias_tensor (prepared on device)
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - TILE
            * - BFLOAT16
              - TILE
            * - BFLOAT8_B
              - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, *, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int] = [1, 1], padding: Sequence[int] | Sequence[int] = [0, 0], dilation: Sequence[int] = [1, 1], groups: int = 1, dtype: ttnn._ttnn.tensor.DataType | None = None, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, return_output_dim: bool = False, return_weights_and_bias: bool = False) -> ttnn._ttnn.tensor.Tensor | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int], tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]]: ...

conv2d: conv2d_t = ...

def prepare_conv_weights(*, weight_tensor: ttnn._ttnn.tensor.Tensor, input_memory_config: ttnn._ttnn.tensor.MemoryConfig, input_layout: ttnn._ttnn.tensor.Layout, weights_format: str, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], dilation: Sequence[int], has_bias: bool, groups: int, device: ttnn._ttnn.multi_device.MeshDevice, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

def prepare_conv_bias(*, bias_tensor: ttnn._ttnn.tensor.Tensor, input_memory_config: ttnn._ttnn.tensor.MemoryConfig, input_layout: ttnn._ttnn.tensor.Layout, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], dilation: Sequence[int], groups: int, device: ttnn._ttnn.multi_device.MeshDevice, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class PaddingMode(enum.Enum):
    Zeros = 0

    Replicate = 1

class Conv2dConfig:
    """
    Conv2DConfig is a structure that contains all the Tenstorrent device specific & implementation specific flags for the :func:`ttnn.conv1d`, :func:`ttnn.conv2d` and :func:`ttnn.conv_transpose2d` ops
    """

    def __init__(self, *, weights_dtype: ttnn._ttnn.tensor.DataType | None = None, activation: ttnn._ttnn.activation.UnaryWithParam | None = None, deallocate_activation: bool = False, reallocate_halo_output: bool = True, config_tensors_in_dram: bool = False, act_block_h_override: int = 0, act_block_w_div: int = 1, reshard_if_not_optimal: bool = False, override_sharding_config: bool = False, shard_layout: ttnn._ttnn.tensor.TensorMemoryLayout | None = None, core_grid: ttnn._ttnn.tensor.CoreRangeSet | None = None, transpose_shards: bool = False, output_layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.TILE, enable_act_double_buffer: bool = False, enable_weights_double_buffer: bool = False, full_inner_dim: bool = False, enable_kernel_stride_folding: bool | None = None, enable_activation_reuse: bool = False, force_split_reader: bool | None = None, override_output_sharding_config: bool = False, padding_mode: PaddingMode = PaddingMode.Zeros) -> None: ...

    @property
    def weights_dtype(self) -> ttnn._ttnn.tensor.DataType | None:
        """
        Optional argument which specifies the data type of the preprocessed weights & bias tensor if the Conv2D op is responsible for preparing the weights.
        Supports ttnn.bfloat16 and ttnn.bfloat8_b.
        If unspecified, the preprocessed weights will be in the same format as the input weights.
        If ttnn.bfloat8_b is selected, then the weights should be passed in as ttnn.bfloat16 or ttnn.float32 in row major format.
        """

    @weights_dtype.setter
    def weights_dtype(self, arg: ttnn._ttnn.tensor.DataType | None) -> None: ...

    @property
    def activation(self) -> ttnn._ttnn.activation.UnaryWithParam | None:
        """
        Fused activation function to be applied on the output.
                None means no activation function.
                Use ttnn.UnaryWithParam(ttnn.UnaryOpType.RELU) for ReLU activation.
                Supported activation functions include:
                RELU, SILU, GELU, SIGMOID, TANH, etc.
        """

    @activation.setter
    def activation(self, arg: ttnn._ttnn.activation.UnaryWithParam | None) -> None: ...

    @property
    def deallocate_activation(self) -> bool:
        """
        Boolean that indicates whether the activation tensor should be deallocated after the conv op is done.
        If true, the activation tensor will be deallocated after the halo micro-op is done.
        Should not be used if the input to the conv op is used by another op.
        Has no effect if input tensor is in DRAM.
        """

    @deallocate_activation.setter
    def deallocate_activation(self, arg: bool, /) -> None: ...

    @property
    def reallocate_halo_output(self) -> bool:
        """
        reallocate_halo_output is a boolean that indicates whether the halo output tensor should be moved to reduce memory fragmentation, before the conv micro-op is called.
        This is ideally used with deallocate_activation = true, when facing OOM issues in the conv micro-op.
        """

    @reallocate_halo_output.setter
    def reallocate_halo_output(self, arg: bool, /) -> None: ...

    @property
    def config_tensors_in_dram(self) -> bool:
        """
        Boolean that determines where config tensors should be stored. Setting it to true stores them in DRAM. False stores them in L1_SMALL.
        Config tensors are used by Conv2D, Pooling and other 2D ops to store how data should be loaded, instead of computing on device RISC-cores.
        """

    @config_tensors_in_dram.setter
    def config_tensors_in_dram(self, arg: bool, /) -> None: ...

    @property
    def act_block_h_override(self) -> int:
        """
        Controls the size of the activation block height.

        The activation matrix is created from the input tensor, and is matrix multiplied with the weights tensor to generate the output tensor.
        The activation block is the chunk of the activation matrix that is available in L1 Memory, as the activation matrix gets divided among cores, and also can be further subdivided within a core.
        If set to 0, the the maximum possible size for the activation block is used, which is equal to output_matrix_height_per_core.
        This leads to large temporary Circular Buffers when the output matrix height is large, leading to OOM.

        This flag specifies the height of the activation block to act_block_h_override. This must be a multiple of 32, and must evenly divide the maximum possible size of the activation block.
        """

    @act_block_h_override.setter
    def act_block_h_override(self, arg: int, /) -> None: ...

    @property
    def act_block_w_div(self) -> int:
        """
        Reduces the width of the activation block to reduce Circular Buffer sizes and prevent OOM. Valid only for Width Sharded Conv2d.
        This is only useful when the input channels is greater than 32 * num_cores. For n150, that's 32 * 64 =  2048.
        This is a divisor of the activation block width.
        A value of 1 means no reduction, and a value of 2 means the activation block width is halved.
        """

    @act_block_w_div.setter
    def act_block_w_div(self, arg: int, /) -> None: ...

    @property
    def reshard_if_not_optimal(self) -> bool:
        """
        This flag is used to determine if the input tensor should be resharded if the input tensor current shard config is not optimal.
        This flag is used only if the input tensor is already sharded. If it is not sharded, the input tensor will anyway be sharded to the optimal config.

        If this flag is false, the conv op will try to execute the op with the current shard config.
        It is recommended to set this flag to true if the input dimensions of the previous conv op and the current op are significantly different, either due to differences in the input vs output channels, or large stride / kernel size / dilation.
        """

    @reshard_if_not_optimal.setter
    def reshard_if_not_optimal(self, arg: bool, /) -> None: ...

    @property
    def override_sharding_config(self) -> bool:
        """
        Boolean flag that allows the core grid for the conv op to be specified.
        If true, then core_grid must also be specified.
        """

    @override_sharding_config.setter
    def override_sharding_config(self, arg: bool, /) -> None: ...

    @property
    def shard_layout(self) -> ttnn._ttnn.tensor.TensorMemoryLayout | None:
        """
        Optional argument that determines the TensorMemoryLayout to be used for the input and output tensor.
        If this is not specified, the op will try to determine the optimal layout based on it's own heuristics.
        Can be either :class:`ttnn.TensorMemoryLayout.HEIGHT_SHARDED`, :class:`ttnn.TensorMemoryLayout.BLOCK_SHARDED` or :class:`ttnn.TensorMemoryLayout.WIDTH_SHARDED`.
        """

    @shard_layout.setter
    def shard_layout(self, arg: ttnn._ttnn.tensor.TensorMemoryLayout | None) -> None: ...

    @property
    def core_grid(self) -> ttnn._ttnn.tensor.CoreRangeSet | None:
        """
        Core Grid to be used for sharding the input tensor.
        This flag is only used when override_sharding_config or override_output_sharding_config is set to true.
        """

    @core_grid.setter
    def core_grid(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def transpose_shards(self) -> bool:
        """
        Determines if the Shard Orientation should be Row Major or Column Major.
        If true, the shard orientation is Row Major. If false, the shard orientation is Column Major.
        This is useful for Block Sharded Conv2D when the device core grid is not a square.
        """

    @transpose_shards.setter
    def transpose_shards(self, arg: bool, /) -> None: ...

    @property
    def output_layout(self) -> ttnn._ttnn.tensor.Layout:
        """
        The layout of the output tensor. Can be either :class:`ttnn.Layout.TILE` or :class:`ttnn.Layout.ROW_MAJOR`.
        Conv2D expects it's input to be in :class:`ttnn.Layout.ROW_MAJOR` format.
        If the input is in :class:`ttnn.Layout.TILE` format, the halo micro-op will convert it to :class:`ttnn.Layout.ROW_MAJOR` format.
        So if the next op is a conv op, it is recommended to set this to :class:`ttnn.Layout.ROW_MAJOR`.
        """

    @output_layout.setter
    def output_layout(self, arg: ttnn._ttnn.tensor.Layout, /) -> None: ...

    @property
    def enable_act_double_buffer(self) -> bool:
        """
        Doubles the size of the Activation Circular Buffer to allow for double buffering, preventing stalls of the activation reader kernel.
        This improves performance, but increases memory usage.
        """

    @enable_act_double_buffer.setter
    def enable_act_double_buffer(self, arg: bool, /) -> None: ...

    @property
    def enable_weights_double_buffer(self) -> bool:
        """
        Doubles the size of the Weights Circular Buffer to allow for double buffering, preventing stalls of the weights reader kernel.
        This improves performance, but increases the memory usage of the weights tensor.
        """

    @enable_weights_double_buffer.setter
    def enable_weights_double_buffer(self, arg: bool, /) -> None: ...

    @property
    def full_inner_dim(self) -> bool:
        """
        Applies only to block sharded layout.
        By default inner dim of activation matrix will be sliced by kernel_h.
        If L1 constraints allowed it we can use full inner dim.
        This will increase perf, but it will take more L1 space.
        """

    @full_inner_dim.setter
    def full_inner_dim(self, arg: bool, /) -> None: ...

    @property
    def enable_kernel_stride_folding(self) -> bool | None:
        """
        ===================== EXPERIMENTAL FEATURE ======================

        Enables tensor folding optimization that transforms convolution operations by reshaping tensors
        and adjusting stride patterns for improved computational efficiency.

        Args:
            enable_kernel_stride_folding (Optional[bool]):
                - None (default): Automatic enablement based on optimal conditions
                - True: Force enable the optimization
                - False: Disable the optimization

        Behavior:
        When enabled, this optimization reshapes tensors as follows:

        * Input tensor (NHWC format):
          - From: (N, H, W, IC)
          - To: (N, H / stride[0], W / stride[1], IC * stride[0] * stride[1])

        * Weight tensor:
          - From: (OC, IC, kernel[0], kernel[1])
          - To: (1, 1, IC * (kernel[0] + pad_h) * (kernel[1] + pad_w), OC)
          where pad_h = kernel[0] % stride[0] and pad_w = kernel[1] % stride[1]

        * Stride: Becomes (1, 1) after folding

        Automatic Enablement:
        When set to None, automatically enabled when ALL conditions are met (transforms conv2d into Fold + MatMul):
        1. Stride equals kernel size in both dimensions (stride == kernel_size)
        2. Stride is greater than 1 in at least one dimension
        3. No dilation applied (dilation == [1, 1])
        4. Input height and width (after padding) are divisible by respective stride values
        5. Input tensor memory: DRAM (all types except bfloat8_b) OR L1 Height-sharded (all types)

        Manual Enablement:
        Particularly beneficial for unaligned input channels (e.g., small channel counts like 3 RGB channels).

        Requirements when forcing enable_kernel_stride_folding=True:
        - Stride ≤ kernel size in both dimensions
        - Input tensor supports folding (DRAM except bfloat8_b, or L1 Height-sharded)
        - Input dimensions after padding are divisible by stride values

        Example:
        For small channel counts (like 3 RGB channels) with stride=2x2, kernel=7x7:
        - Transforms 3 channels → 12 channels, stride 2x2 → 1x1
        - Reduces required padding for alignment (3→12 uses alignment more efficiently)
        - Kernel size reduces to kernel/stride (e.g., 7x7 kernel → 4x4 kernel with padding)

        Note: The weight tensor padding is applied implicitly and not passed via the padding argument.

        ===============================================================
        """

    @enable_kernel_stride_folding.setter
    def enable_kernel_stride_folding(self, arg: bool | None) -> None: ...

    @property
    def enable_activation_reuse(self) -> bool:
        """
        ===================== EXPERIMENTAL FEATURE ======================

        Enables reusing data between consecutive image rows.
        It can be enabled for height sharding only and boosts image2column performance,
        so its meant to be used for reader-bound convolutions.

        ===============================================================
        """

    @enable_activation_reuse.setter
    def enable_activation_reuse(self, arg: bool, /) -> None: ...

    @property
    def force_split_reader(self) -> bool | None:
        """
        ===================== EXPERIMENTAL FEATURE ======================

        This uses both the reader & writer cores to carry out the activation reader operation.
        This is useful when the input tensor is large, and the activation reader is a bottleneck.
        This is only supported for Height Sharded Conv2D.
        Setting this overrides the split reader heuristic.

        ===============================================================
        """

    @force_split_reader.setter
    def force_split_reader(self, arg: bool | None) -> None: ...

    @property
    def override_output_sharding_config(self) -> bool:
        """
        ===================== EXPERIMENTAL FEATURE ======================

        override_output_sharding_config enables the user to specify the memory config of the output tensor
        This impacts the core grid that executes matmul part of conv2d
        Feature is currently supported only for BLOCK_SHARDED layout, without DRAM slicing
        Additionally, NHW number of cores must match between input and output tensors

        ===============================================================
        """

    @override_output_sharding_config.setter
    def override_output_sharding_config(self, arg: bool, /) -> None: ...

    @property
    def padding_mode(self) -> PaddingMode:
        """
        The padding mode to use for the convolution.
        PaddingMode.Zeros: Pads with zeros (default).
        PaddingMode.Replicate: Pads by replicating the nearest edge pixel.
        """

    @padding_mode.setter
    def padding_mode(self, arg: PaddingMode, /) -> None: ...

    def __repr__(self) -> str: ...

class conv_transpose2d_t:
    """
    Applies a 2D transposed convolution operator over an input image composed of several input planes.

    This module can be seen as the gradient of Conv2d with respect to its input. It is also known as a
    fractionally-strided convolution or a deconvolution

    The input tensor is expected in the following format (N x H x W x C) **differs from PyTorch** where:

    - N is the batch size
    - H is the height of the input
    - W is the width of the input
    - C is the number of channels in the input

    The weight tensor is expected in the following format (C x O / G x K_H x K_W).
    The bias tensor is optional and expected in the following format (O / G ).
    Where:

    - C is the number of input channels
    - O is the number of output channels
    - G is the number of groups
    - K_H is the height of the kernel
    - K_W is the width of the kernel

    The shape of the output tensor is given by the following equation :

    - H_out = (H_in - 1) * stride[0] - 2 * padding[0] + dilation[0] * (kernel_size[0] - 1) + output_padding[0] + 1
    - W_out = (W_in - 1) * stride[1] - 2 * padding[1] + dilation[1] * (kernel_size[1] - 1) + output_padding[1] + 1

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        weight_tensor (ttnn.Tensor): the weight tensor.
        device (ttnn.MeshDevice): the device to use.
        in_channels (int): number of input channels.
        out_channels (int): number of output channels.
        batch_size (int): batch size.
        input_height (int): height of the input tensor.
        input_width (int): width of the input tensor.
        kernel_size (tuple[int, int]): size of the convolving kernel.
        stride (tuple[int, int]): stride of the cross-correlation.
        padding (tuple[int, int] or tuple[int, int, int, int]): zero-padding added to both sides of the input. [pad_height, pad_width] or [pad_top, pad_bottom, pad_left, pad_right].
        dilation (tuple[int, int]): spacing between kernel elements.
        groups (int): number of blocked connections from input channels to output channels.

    Keyword Args:
        bias_tensor (ttnn.Tensor, optional): optional bias tensor. Default: None
        dtype (DataType, optional): the data type of the output tensor. Default: None (will use the same dtype as input_tensor).
        conv_config (ttnn.Conv2dConfig, optional): configuration for convolution. Default: None
        compute_config (ttnn.DeviceComputeKernelConfig, optional): configuration for compute kernel. Default: None
        mirror_kernel (bool, optional): Determines if the op should mirror the kernel internally. Should be set to True if the kernel has already been mirrored. Default: False
        dram_slice_config (ttnn.Conv2dSliceConfig, optional): Configuration for DRAM slicing. If provided, the operation will use DRAM slicing, else will fall back to L1 version. Default: None
        return_output_dim (bool, optional): If true, the op also returns the height and width of the output tensor in [N, H, W, C] format. Default: False
        return_weights_and_bias (bool, optional): If true, the op also returns the preprocessed weight and bias on device. Default: False

    Returns:
        The output tensor, output height and width, and the preprocessed weights and bias.

        - ttnn.Tensor: the output tensor, when return_output_dim = False and return_weights_and_bias = False
        - tuple[ttnn.Tensor, tuple[int, int]]: the output tensor, and its height and width, if return_output_dim = True
        - tuple[ttnn.Tensor, tuple[ttnn.Tensor, ttnn.Tensor]]: the output tensor, and its weights and biases, if return_weights_and_bias = True
        - tuple[ttnn.Tensor, tuple[int, int], tuple[ttnn.Tensor, ttnn.Tensor]]: the output tensor, and its height and width, and its weights and biases, if return_output_dim = True and return_weights_and_bias = True
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, *, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int] = [1, 1], padding: Sequence[int] | Sequence[int] = [0, 0], output_padding: Sequence[int] = [0, 0], dilation: Sequence[int] = [1, 1], groups: int = 1, dtype: ttnn._ttnn.tensor.DataType | None = None, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, mirror_kernel: bool = True, return_output_dim: bool = False, return_weights_and_bias: bool = False) -> ttnn._ttnn.tensor.Tensor | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int], tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]]: ...

conv_transpose2d: conv_transpose2d_t = ...

def prepare_conv_transpose2d_weights(*, weight_tensor: ttnn._ttnn.tensor.Tensor, input_memory_config: ttnn._ttnn.tensor.MemoryConfig, input_layout: ttnn._ttnn.tensor.Layout, weights_format: str, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], output_padding: Sequence[int] = [0, 0], dilation: Sequence[int], has_bias: bool, groups: int, device: ttnn._ttnn.multi_device.MeshDevice, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, mirror_kernel: bool = True) -> ttnn._ttnn.tensor.Tensor: ...

def prepare_conv_transpose2d_bias(*, bias_tensor: ttnn._ttnn.tensor.Tensor, input_memory_config: ttnn._ttnn.tensor.MemoryConfig, input_layout: ttnn._ttnn.tensor.Layout, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int], padding: Sequence[int] | Sequence[int], dilation: Sequence[int], groups: int, device: ttnn._ttnn.multi_device.MeshDevice, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType | None = None, conv_config: Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dram_slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...
