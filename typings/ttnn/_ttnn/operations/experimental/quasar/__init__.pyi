# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Quasar (metal 2.0) operations"""

from typing import Any

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.activation
import ttnn._ttnn.device
import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.conv
import ttnn._ttnn.operations.core
from ttnn._ttnn.operations.experimental.quasar import (
    transformer as transformer
)
import ttnn._ttnn.operations.sliding_window
import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class pad_t:
    """
    Returns a padded tensor, with a specified value at the specified location. If the input tensor is on host, the pad will be performed on host, and if its on device it will be performed on device.
    Any rank of tensor is supported. For rank > 4, leading dimensions are padded via a reshape path before the 4D device kernel; tile layout still does not support front padding on device.

    Args:
        * :attr:`input_tensor`: (ttnn.Tensor): the input tensor.
        * :attr:`padding`: (list[Tuple[int,int]]): padding to apply. Each element of padding should be a tuple of 2 integers, with the first integer specifying the number of values to add before the tensor and the second integer specifying the number of values to add after the tensor. Mutually exclusive to output_tensor_shape and input_tensor_start.
        * :attr:`value`: (Union[float,int]): value to pad with.

    Keyword Args:
        * :attr:`use_multicore`: (Optional[bool]) switch to use multicore implementation
        * :attr:`memory_config`: (Optional[ttnn.MemoryConfig]): Memory configuration for the operation. Defaults to `None`.
        * :attr:`sub_core_grids`: (Optional[ttnn.CoreRangeSet]): Sub core grids to run the operation on. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, padding: Sequence[Sequence[int]], value: float, *, use_multicore: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_padded_shape: Sequence[int], input_tensor_start: Sequence[int], value: float, *, use_multicore: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

pad: pad_t = ...

class tilize_t:
    """
    Changes data layout of input tensor to TILE.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dtype (data type, optional): Data type of the output tensor. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        use_low_perf (bool, optional): Use a low performance version that uses less memory. USE ONLY IF ABSOLUTELY NEEDED IN MODELS. Defaults to `False`.
        sub_core_grids (CoreRangeSet, optional): Used to restrict tilize to a set of cores, Defaults to using the entire device

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, use_low_perf: bool = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize: tilize_t = ...

class move_t:
    """
    Moves the elements of the input tensor ``arg0`` to a location in memory with specified memory layout.

    If no memory layout is specified, output memory will be the same as the input tensor memory config.

    +----------+----------------------------+----------------------------+---------------------------------+----------+
    | Argument | Description                | Data type                  | Valid range                     | Required |
    +==========+============================+============================+=================================+==========+
    | arg0     | Tensor to move             | Tensor                     | Tensor of shape [W, Z, Y, X]    | Yes      |
    +----------+----------------------------+----------------------------+---------------------------------+----------+
    | arg1     | MemoryConfig of tensor of  | tt_lib.tensor.MemoryConfig | Default is same as input tensor | No       |
    |          | TT accelerator device      |                            |                                 |          |
    +----------+----------------------------+----------------------------+---------------------------------+----------+
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

move: move_t = ...

class untilize_with_unpadding_t:
    """
    Changes data layout of input tensor to ROW_MAJOR and unpads/removes elements from the tensor.

    Input tensor must be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor
        output_tensor_end (shape): End indices of input tensor in output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub core grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor_end: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

untilize_with_unpadding: untilize_with_unpadding_t = ...

class slice_t:
    """
    Returns a sliced tensor. If the input tensor is on host, the slice will be performed on host, and if its on device it will be performed on device.

    Args:
        input_tensor (ttnn.Tensor): Input tensor.
        slice_start (List[int]): Start indices of input tensor. Values along each dim must be in ``[0, input_tensor_shape[i])``.
        slice_end (List[int]): End indices of input tensor (exclusive). Values along each dim must be in ``(0, input_tensor_shape[i]]``.
        slice_step (List[int], optional): Step size for each dim. Defaults to ``None`` (step = 1 for all dims).

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Pre-allocated output tensor. Its shape must match the slice output. Defaults to ``None``.
        pad_value (float, optional): Fill value for implicit tile padding on tiled tensors. Padding is undefined by default.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Note:
        Strided slicing (``slice_step != 1``) is not supported for ``bfloat8_b`` tensors.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, starts: ttnn._ttnn.tensor.Tensor, ends: ttnn._ttnn.tensor.Tensor, slice_step: Sequence[int] | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, slice_dim: int | None = None, num_devices: int | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, starts: Sequence[int], ends: Sequence[int], steps: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, slice_start: Sequence[int], slice_end: Sequence[int], slice_step: Sequence[int] | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, pad_value: float | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

slice: slice_t = ...

class SliceParams:
    def __init__(self) -> None: ...

    @property
    def slice_start(self) -> ttnn._ttnn.types.Shape: ...

    @slice_start.setter
    def slice_start(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def slice_end(self) -> ttnn._ttnn.types.Shape: ...

    @slice_end.setter
    def slice_end(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def step(self) -> ttnn._ttnn.types.Shape: ...

    @step.setter
    def step(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def output_mem_config(self) -> ttnn._ttnn.tensor.MemoryConfig: ...

    @output_mem_config.setter
    def output_mem_config(self, arg: ttnn._ttnn.tensor.MemoryConfig, /) -> None: ...

    @property
    def sub_core_grids(self) -> ttnn._ttnn.tensor.CoreRangeSet | None: ...

    @sub_core_grids.setter
    def sub_core_grids(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

class SliceInputs:
    def __init__(self, input: ttnn._ttnn.tensor.Tensor) -> None: ...

    @property
    def input(self) -> ttnn._ttnn.tensor.Tensor: ...

    @input.setter
    def input(self, arg: ttnn._ttnn.tensor.Tensor, /) -> None: ...

    @property
    def preallocated_output(self) -> ttnn._ttnn.tensor.Tensor | None: ...

    @preallocated_output.setter
    def preallocated_output(self, arg: ttnn._ttnn.tensor.Tensor | None) -> None: ...

class SliceDeviceOperation:
    @staticmethod
    def create_output_tensors(operation_attributes: SliceParams, tensor_args: SliceInputs) -> ttnn._ttnn.tensor.Tensor: ...

    @staticmethod
    def compute_output_specs(operation_attributes: SliceParams, tensor_args: SliceInputs) -> ttnn._ttnn.tensor.TensorSpec: ...

class transpose_t:
    """
    Returns a tensor that is transposed along dims dim1 and dim2

    Equivalent pytorch code:

    .. code-block:: python

        output_tensor = torch.transpose(input_tensor, 0, 1)

    Args:
        * :attr:`input_tensor`: Input Tensor.
        * :attr:`dim1`: First dim of transpose.
        * :attr:`dim2`: Second dim of transpose.
        * :attr:`pad_value` (float, optional): padding value for when tiles are broken in a transpose. Defaults to `0.0`.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim1: int, dim2: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim1: int, dim2: int, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

transpose: transpose_t = ...

class reshard_t:
    """
    Converts a tensor from one sharded layout to another sharded layout

    Args:
        * :attr:`input_tensor` (ttnn.Tensor): input tensor
        * :attr:`output_memory_config` (MemoryConfig): Memory config with shard spec of output tensor

    Example:
        >>> sharded_memory_config_dict = dict(
            core_grid=ttnn.CoreRangeSet(
                {
                    ttnn.CoreRange(
                        ttnn.CoreCoord(0, 0), ttnn.CoreCoord(1, 1)
                    ),
                }
            ),
            strategy=ttnn.ShardStrategy.BLOCK,
        ),
        >>> shard_memory_config = ttnn.create_sharded_memory_config(input_shape, **input_sharded_memory_config_args)
        >>> sharded_tensor = ttnn.reshard(tensor, shard_memory_config)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_memory_config: ttnn._ttnn.tensor.MemoryConfig, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reshard: reshard_t = ...

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

    def __call__(self, *, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, in_channels: int, out_channels: int, batch_size: int, input_height: int, input_width: int, kernel_size: Sequence[int], stride: Sequence[int] = [1, 1], padding: Sequence[int] | Sequence[int] = [0, 0], dilation: Sequence[int] = [1, 1], groups: int = 1, dtype: ttnn._ttnn.tensor.DataType | None = None, bias_tensor: ttnn._ttnn.tensor.Tensor | None = None, conv_config: ttnn._ttnn.operations.conv.Conv2dConfig | None = None, compute_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, slice_config: ttnn._ttnn.operations.sliding_window.Op2DSliceConfig | None = None, return_output_dim: bool = False, return_weights_and_bias: bool = False) -> ttnn._ttnn.tensor.Tensor | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]] | tuple[ttnn._ttnn.tensor.Tensor, tuple[int, int], tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]]: ...

conv2d: conv2d_t = ...

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

    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, in0_block_w: int, out_subblock_h: int, out_subblock_w: int, out_block_h: int | None = None, out_block_w: int | None = None, per_core_M: int, per_core_N: int, fuse_batch: bool, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None, mcast_in0: bool, gather_in0: bool = False, hop_cores: ttnn._ttnn.tensor.CoreRangeSet = ..., num_global_cb_receivers: int = 1, untilize_out: bool = False, allowed_worker_cores: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> None: ...

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

class MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig:
    """
    This program config is a specialized config for very narrow tensors stored in DRAM.
    """

    def __init__(self, *, in0_block_w: int, per_core_M: int, per_core_N: int, fused_activation: ttnn._ttnn.activation.UnaryWithParam | None = None) -> None: ...

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

class MatmulUnifiedProgramConfig:
    """
    Placement-first program config (Quasar-native matmul).

    GEMM vocabulary, all sizes in 32x32 tiles: C[M x N] = A[M x K] x B[K x N]. Name the cores; every
    other field defaults to auto. Each core produces C slices of C_slice_M_tiles x C_slice_N_tiles tiles:
    the factory walks the C slices of a batch (across N, then down M) and hands that walk to the cores
    in enumeration order as contiguous runs (a core may produce several, for every batch; surplus cores
    idle). Edge C slices are clipped on read and write, so any M / N works. Every operand is addressed
    through the tensor accessor, so interleaved, L1-sharded and DRAM-sharded inputs and outputs all take
    the same kernels. The 1D, 2D and DRAM-sharded strategies are particular choices of
    (cores, C_slice_M_tiles, C_slice_N_tiles). Within a core the C slice's subblocks are assigned
    round-robin to the compute threads (Quasar NEOs), which share the resident A and B slices; on Quasar the
    K chunks are assigned round-robin to the reader threads and the compute threads' shares of C to the
    writer threads (DM cores).

    Limits: no fused bias (applied as a separate add) or activation, no untilize, 32x32 tiles
    only; a sharded output needs batch 1 and exactly one C slice per core.
    """

    def __init__(self, *, cores: ttnn._ttnn.tensor.CoreRangeSet, C_slice_M_tiles: int = 0, C_slice_N_tiles: int = 0, K_chunk_tiles: int = 0, subblock_M_tiles: int = 0, subblock_N_tiles: int = 0, orientation: ttnn._ttnn.tensor.ShardOrientation = ttnn._ttnn.tensor.ShardOrientation.ROW_MAJOR, num_compute_threads: int = 0) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> MatmulUnifiedProgramConfig: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    @property
    def cores(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """Cores (clusters) that take part, as a CoreRangeSet."""

    @cores.setter
    def cores(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def C_slice_M_tiles(self) -> int:
        """
        Height of the C slice each core produces, in tiles. 0 = auto: the output shard height when C is
        sharded, else the core's share of M (M in tiles over the rows of the bounding box of `cores`),
        shrunk along its divisors only if the share does not fit L1.
        """

    @C_slice_M_tiles.setter
    def C_slice_M_tiles(self, arg: int, /) -> None: ...

    @property
    def C_slice_N_tiles(self) -> int:
        """
        Width of the C slice each core produces, in tiles. 0 = auto: the output shard width when C is
        sharded, else the core's share of N (N in tiles over the columns of the bounding box of `cores`),
        shrunk along its divisors only if the share does not fit L1.
        """

    @C_slice_N_tiles.setter
    def C_slice_N_tiles(self, arg: int, /) -> None: ...

    @property
    def K_chunk_tiles(self) -> int:
        """
        K tiles multiplied per accumulation step. One A slice (C_slice_M_tiles x K_chunk_tiles tiles) and
        one B slice (K_chunk_tiles x C_slice_N_tiles tiles) are resident in L1 at a time, and the partial
        sums round-trip L1 between steps. Must divide K in tiles. 0 = auto: the largest divisor of K in
        tiles whose buffers fit L1, capped at 8 unless the C slice is 4 tiles or fewer.
        """

    @K_chunk_tiles.setter
    def K_chunk_tiles(self, arg: int, /) -> None: ...

    @property
    def subblock_M_tiles(self) -> int:
        """
        Subblock height in tiles (the C slice's tiles accumulated in DST at once). Need not divide
        C_slice_M_tiles: the C slice is padded up to a subblock multiple and the overshoot is clipped on
        write. 0 with subblock_N_tiles = 0 means auto.
        """

    @subblock_M_tiles.setter
    def subblock_M_tiles(self, arg: int, /) -> None: ...

    @property
    def subblock_N_tiles(self) -> int:
        """
        Subblock width in tiles; need not divide C_slice_N_tiles (padded and clipped like the height). A
        subblock holds at most 8 tiles (4 with fp32 accumulation), the DST capacity.
        """

    @subblock_N_tiles.setter
    def subblock_N_tiles(self, arg: int, /) -> None: ...

    @property
    def orientation(self) -> ttnn._ttnn.tensor.ShardOrientation:
        """
        Order the cores are walked when handing out C slices: ROW_MAJOR is x fastest, COL_MAJOR is y
        fastest. A sharded C gets this shard orientation.
        """

    @orientation.setter
    def orientation(self, arg: ttnn._ttnn.tensor.ShardOrientation, /) -> None: ...

    @property
    def num_compute_threads(self) -> int:
        """
        Compute threads per core (Quasar NEOs running the compute kernel): 1, 2 or 4. The C slice's
        subblocks are assigned round-robin to the threads, which share the resident A and B slices.
        0 = auto: 4 on Quasar, 1 elsewhere (Wormhole / Blackhole have one compute engine per core).
        """

    @num_compute_threads.setter
    def num_compute_threads(self, arg: int, /) -> None: ...

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

    - Matrix multiplication will not work if the first input has batch
      dimensions that are all of size 1 and the second input has batch dimensions
      that are not all of size 1.

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
            * - MatmulUnifiedProgramConfig
              - Interleaved (L1/DRAM), any sharding (L1/DRAM)
              - Interleaved (L1/DRAM), any sharding (L1/DRAM)

        When sharded output tensors are provided, they should match :attr:`input_tensor_a`'s buffer type and memory layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, bias: ttnn._ttnn.tensor.Tensor | None = None, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensors_b: Sequence[ttnn._ttnn.tensor.Tensor], *, transpose_a: bool = False, transpose_b: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None = None, activation: str | ttnn._ttnn.activation.UnaryWithParam | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, mat1_tensor: ttnn._ttnn.tensor.Tensor, mat2_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, beta: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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
        optional_output_tensor (ttnn.Tensor, optional): User provided on-device output tensor where the result of matmul is to be written. Defaults to `None`.

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

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, sparsity: ttnn._ttnn.tensor.Tensor, program_config: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig, nnz: int | None = None, is_input_a_sparse: bool = False, is_input_b_sparse: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, core_grid: ttnn._ttnn.types.CoreGrid | None = None, output_tile: ttnn._ttnn.tensor.Tile | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, global_cb: ttnn._ttnn.global_circular_buffer.global_circular_buffer | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sparse_matmul: sparse_matmul_t = ...

class MatmulParams:
    def __init__(self) -> None: ...

    @property
    def program_config(self) -> Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None: ...

    @program_config.setter
    def program_config(self, arg: Any | MatmulMultiCoreReuseProgramConfig | MatmulMultiCoreReuseMultiCastProgramConfig | MatmulMultiCoreReuseMultiCast1DProgramConfig | MatmulMultiCoreReuseMultiCastDRAMShardedProgramConfig | MatmulMultiCoreReuseMultiCastBatchedDRAMShardedProgramConfig | MatmulUnifiedProgramConfig | None) -> None: ...

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

class MatmulMultiCoreReuseMultiCastDRAMShardedProgramFactory:
    @staticmethod
    def create_descriptor(operation_attributes: MatmulParams, tensor_args: MatmulInputs, tensor_return_value: Sequence[ttnn._ttnn.tensor.Tensor], core_range_set: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.program_descriptor.ProgramDescriptor: ...

class MatmulMultiCoreReuseBatchedHSDRAMShardedProgramFactory:
    @staticmethod
    def create_descriptor(operation_attributes: MatmulParams, tensor_args: MatmulInputs, tensor_return_value: Sequence[ttnn._ttnn.tensor.Tensor], core_range_set: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.program_descriptor.ProgramDescriptor: ...

def matmul_select_program_factory(operation_attributes: MatmulParams, tensor_args: MatmulInputs) -> Any | Any | Any | Any | Any | MatmulMultiCoreReuseMultiCastDRAMShardedProgramFactory | MatmulMultiCoreReuseBatchedHSDRAMShardedProgramFactory | Any: ...

def create_matmul_attributes(input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, parameters: MatmulParams, optional_output_tensors: Sequence[ttnn._ttnn.tensor.Tensor | None]) -> MatmulParams: ...

class BinaryOpType(enum.Enum):
    ADD = 0

    SUB = 1

    MUL = 2

    GT = 3

    LT = 4

    LE = 5

    GE = 6

    EQ = 7

    NE = 8

    SQUARED_DIFFERENCE = 9

    BIAS_GELU = 10

    LOGADDEXP = 11

    LOGICAL_AND = 12

    LOGICAL_OR = 13

    LOGICAL_XOR = 14

    LDEXP = 15

    LOGADDEXP2 = 16

    DIV = 17

    DIV_FLOOR = 18

    DIV_TRUNC = 19

    REMAINDER = 20

    FMOD = 21

    RSUB = 22

    POWER = 23

    BITWISE_XOR = 24

    BITWISE_AND = 25

    BITWISE_OR = 26

    LEFT_SHIFT = 27

    RIGHT_SHIFT = 28

    LOGICAL_RIGHT_SHIFT = 29

    QUANT = 30

    REQUANT = 31

    DEQUANT = 32

    MAXIMUM = 33

    MINIMUM = 34

    GCD = 35

    LCM = 36

    ADDALPHA = 37

    SUBALPHA = 38

    XLOGY = 39

    HYPOT = 40

    ATAN2 = 41

    WHERE_TST = 42

    WHERE_TTS = 43

    ISCLOSE = 44

class remainder_t:
    """
    Computes the remainder of :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\mod \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

remainder: remainder_t = ...

class add_t:
    """
    Adds :attr:`input_tensor_a` to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i + \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

add: add_t = ...

class add__t:
    """
    Adds :attr:`input_tensor_a` to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a` in-place

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i + \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b. Defaults to `None`.
        sub_core_grids (CoreRangeSet, optional): sub core grids. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to `None`.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class subtract_t:
    """
    Subtracts :attr:`input_tensor_b` from :attr:`input_tensor_a` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i - \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16 (range: 0 - 65535), UINT32 (range: 0 - 4294967295)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

subtract: subtract_t = ...

class subtract__t:
    """
    Subtracts :attr:`input_tensor_b` from :attr:`input_tensor_a` and returns the tensor with the same layout as :attr:`input_tensor_a` in-place

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i - \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b. Defaults to `None`.
        sub_core_grids (CoreRangeSet, optional): sub core grids. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to `None`.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16 (range: 0 - 65535), UINT32 (range: 0 - 4294967295)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class eq_t:
    """
    Compares if :attr:`input_tensor_a` is equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i == \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

eq: eq_t = ...

class ne_t:
    """
    Compares if :attr:`input_tensor_a` is not equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i != \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ne: ne_t = ...

class lt_t:
    """
    Compares if :attr:`input_tensor_a` is less than :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i < \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        INT32 supported only for tensor-tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

lt: lt_t = ...

class le_t:
    """
    Compares if :attr:`input_tensor_a` is less than or equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i <= \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        INT32 supported only for tensor-tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

le: le_t = ...

class gt_t:
    """
    Compares if :attr:`input_tensor_a` is greater than :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i > \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        INT32 supported only for tensor-tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gt: gt_t = ...

class ge_t:
    """
    Compares if :attr:`input_tensor_a` is greater than or equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i >= \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - Float32, BFLOAT16, BFLOAT8_B, INT32, UINT16, UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        INT32 supported only for tensor-tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ge: ge_t = ...

class logical_and_t:
    """
    Computes logical AND of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\, \\& \\, \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        INT32 supported only for tensor-tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_and: logical_and_t = ...

class logical_or_t:
    """
    Computes logical OR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\, | \\, \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_or: logical_or_t = ...

class ldexp_t:
    """
    Computes ldexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|ldexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ldexp: ldexp_t = ...

class logaddexp_t:
    """
    Computes logaddexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|logaddexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logaddexp: logaddexp_t = ...

class logaddexp2_t:
    """
    Computes logaddexp2 of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|logaddexp2|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logaddexp2: logaddexp2_t = ...

class squared_difference_t:
    """
    Computes squared difference of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|squared_difference|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

squared_difference: squared_difference_t = ...

class bias_gelu_t:
    """
    Computes bias_gelu of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|bias_gelu|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        When :attr:`fast_and_approximate_mode` is `True`, the gelu uses the fast lookup-table approximation.
    When it is `False` (default), the accurate gelu is used, matching the default of :attr:`ttnn.gelu`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bias_gelu: bias_gelu_t = ...

class multiply_t:
    """
    Multiplies :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i * \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32, UINT16, UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.


    When :attr:`fast_and_approximate_mode` is `True` for bfloat16 datatype, the operation uses FPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses SFPU with the result rounded to nearest even (RNE).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

multiply: multiply_t = ...

class divide_t:
    """
    Divides :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i / \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.


    When :attr:`fast_and_approximate_mode` is `True`, operation assumes that :attr:`input_tensor_b` is not zero.
    When :attr:`fast_and_approximate_mode` is `False` (default), operation properly handle division by zero.
    When the inputs are INT32, the outputs are FLOAT32 and output datatype conversion is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

divide: divide_t = ...

class xlogy_t:
    """
    Computes xlogy :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\mathrm{input\\_tensor\\_a}_i \\cdot \\log(\\mathrm{input\\_tensor\\_b}_i)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

xlogy: xlogy_t = ...

class rsub_t:
    """
    Subtracts :attr:`input_tensor_a` from :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_b}}_i - \\mathrm{{input\\_tensor\\_a}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32,BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

rsub: rsub_t = ...

class bitwise_and_t:
    """
    Perform bitwise_and operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: 0 - 65535), UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_and: bitwise_and_t = ...

class bitwise_or_t:
    """
    Perform bitwise_or operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_or|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: 0 - 65535), UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_or: bitwise_or_t = ...

class bitwise_xor_t:
    """
    Perform bitwise_xor operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_xor|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: 0 - 65535), UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_xor: bitwise_xor_t = ...

class bitwise_left_shift_t:
    """
    Perform bitwise_left_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. :attr:`input_tensor_b` has shift_bits which are integers within range (0, 31)

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_left_shift: bitwise_left_shift_t = ...

class bitwise_right_shift_t:
    """
    Perform bitwise_right_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. Int32 uses an arithmetic shift; uint32 uses a logical shift. For uint32, shift counts >= 32 saturate to 31 for both scalar and tensor counts, matching scalar `right_shift_tile`. For int32, counts outside [0, 31] produce 0.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_right_shift: bitwise_right_shift_t = ...

class logical_left_shift_t:
    """
    Perform logical_left_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. :attr:`input_tensor_b` has shift_bits which are integers within range (0, 31). Equivalent to multiplying by 2^shift_amt.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logical_left_shift|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_left_shift: logical_left_shift_t = ...

class logical_right_shift_t:
    """
    Perform logical_right_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. Vacated bits are filled with zeros. Shift counts outside [0, 31] produce 0. Equivalent to integer division by 2^shift_amt for in-range counts.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logical_right_shift|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_right_shift: logical_right_shift_t = ...

class hypot_t:
    """
    Computes hypot :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\sqrt{(\\mathrm{input\\_tensor\\_a}_i^2 + \\mathrm{input\\_tensor\\_b}_i^2)}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hypot: hypot_t = ...

class nextafter_t:
    """
    Computes nextafter :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\begin{cases} \\mathrm{next\\_float}(\\mathrm{input\\_tensor\\_a}_i, \\mathrm{input\\_tensor\\_b}_i), & \\text{if } \\mathrm{input\\_tensor\\_a}_i \\neq \\mathrm{input\\_tensor\\_b}_i \\\\ \\mathrm{input\\_tensor\\_a}_i, & \\text{if } \\mathrm{input\\_tensor\\_a}_i = \\mathrm{input\\_tensor\\_b}_i \\end{cases}


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nextafter: nextafter_t = ...

class minimum_t:
    """
    Computes minimum for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

minimum: minimum_t = ...

class atan2_t:
    """
    Element-wise arctangent of :attr:`input_tensor_a_i` / :attr:`input_tensor_b_i` with consideration of the quadrant. Returns signed angles in radians between the vector (:attr:`input_tensor_b_i`, :attr:`input_tensor_a_i`) and the vector (1, 0).

    .. math::
        \\mathrm{output\\_tensor}_i = \\operatorname{atan2}(\\mathrm{input\\_tensor\\_a}_i, \\mathrm{input\\_tensor\\_b}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        The second parameter, :attr:`input_tensor_b`, is the x-coordinate, while the first parameter, :attr:`input_tensor_a`, is the y-coordinate.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

atan2: atan2_t = ...

class logical_xor_t:
    """
    Compute logical_xor :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = (\\mathrm{input\\_tensor\\_a}_i \\land \\lnot \\mathrm{input\\_tensor\\_b}_i) \\lor (\\lnot \\mathrm{input\\_tensor\\_a}_i \\land \\mathrm{input\\_tensor\\_b}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_xor: logical_xor_t = ...

class logical_or__t:
    """
    Computes inplace logical OR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i | \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logical_xor__t:
    """
    Computes inplace logical XOR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{input\\_tensor\\_a}_i \\land \\lnot \\mathrm{input\\_tensor\\_b}_i) \\lor (\\lnot \\mathrm{input\\_tensor\\_a}_i \\land \\mathrm{input\\_tensor\\_b}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logical_and__t:
    """
    Computes inplace logical AND of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i \\& \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class gcd_t:
    """
    Computes Greatest common divisor of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`.
    [supported range [-2147483648, 2147483647]].

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|gcd|\\left(\\mathrm{input\\_tensor\\_a}_i , \\mathrm{input\\_tensor\\_b}_i\\right)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

gcd: gcd_t = ...

class lcm_t:
    """
    Computes Least common multiple of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`.
    [supported range [-32768, 32767]].

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|lcm|\\left(\\mathrm{input\\_tensor\\_a}_i , \\mathrm{input\\_tensor\\_b}_i\\right)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

lcm: lcm_t = ...

class addalpha_t:
    """
    Computes addalpha for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\mathrm{{input\\_tensor\\_a\\ + input\\_tensor\\_b\\ * \\alpha}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): the value to be multiplied.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

addalpha: addalpha_t = ...

class subalpha_t:
    """
    Computes subalpha for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\mathrm{{input\\_tensor\\_a\\ - input\\_tensor\\_b\\ * \\alpha}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): the value to be multiplied.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

subalpha: subalpha_t = ...

class isclose_t:
    """
    Computes isclose for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. INT32 tensors are typecast to FLOAT32 on device; for integers with magnitude much larger than 2^24 (~1.67e7), that cast can round distinct values to the same float, so the result may differ from ``torch.isclose`` on the original integer tensors.

    .. math::
        \\mathrm{output\\_tensor} = \\begin{cases} 1, & \\text{if } |\\mathrm{input\\_tensor\\_a} - \\mathrm{input\\_tensor\\_b}| \\leq (\\mathrm{atol} + \\mathrm{rtol} \\times |\\mathrm{input\\_tensor\\_b}|) \\\\ 0, & \\text{otherwise} \\end{cases}


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        rtol (float): relative tolerance. Defaults to `1e-05f`.
        atol (float): absolute tolerance. Defaults to `1e-08f`.
        equal_nan (bool): if NaN values should be treated as equal during comparison. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, rtol: float = 9.999999747378752e-06, atol: float = 9.99999993922529e-09, equal_nan: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isclose: isclose_t = ...

class div_t:
    """
    Divides :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns a tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output}_i = \\begin{cases} \\mathrm{\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{None} \\\\ \\mathrm{\\text{floor}\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{floor} \\\\ \\mathrm{\\text{trunc}\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{trunc} \\end{cases}


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        fast_and_approximate_mode (bool, optional): `true` if input_tensor_b is non-zero for fast approximation, else `false` for accurate division (Only if the input tensor is not ComplexTensor). Defaults to `false`.
        rounding_mode (string, optional): can be `None`, `floor` and `trunc` (only if the input tensor is not ComplexTensor). Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, rounding_mode: str | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, fast_and_approximate_mode: bool = False, rounding_mode: str | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

div: div_t = ...

class div_no_nan_t:
    """
    Computes div_no_nan for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\verb|div_no_nan|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

div_no_nan: div_no_nan_t = ...

class floor_div_t:
    """
    Computes floor division for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\verb|floor_div|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

floor_div: floor_div_t = ...

class maximum_t:
    """
    Computes maximum for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Supported range for :attr:`input_tensor_b` when its of scalar type is [-16777216, 16777216]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

maximum: maximum_t = ...

class prelu_t:
    """
    Perform an eltwise-prelu operation.

    .. math::
        \\mathrm{output\\_tensor} = \\verb|prelu|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or List[float] of length 1 or Number): weight.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        PReLU supports the case where weight is a scalar or 1D list/array of size=1 or a 1D tensor :attr:`input_tensor_b` of size = the second dimension in :attr:`input_tensor_a`
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: Sequence[float], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

prelu: prelu_t = ...

class outer_t:
    """
    Computes outer for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\mathrm{input\\_tensor\\_a} \\text{ } \\otimes \\text{ } \\mathrm{input\\_tensor\\_b}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

outer: outer_t = ...

class polyval_t:
    """
    Computes polyval of all elements of :attr:`input_tensor_a` with coefficients :attr:`coeffs` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\sum_{i=0}^{n} (\\mathrm{coeffs}_i) (\\mathrm{input\\_tensor}^i)


    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        Coeffs (Vector of floats): coefficients of the polynomial.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, coeffs: Sequence[float], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

polyval: polyval_t = ...

class fmod_t:
    """
    Performs an eltwise-fmod operation.

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|fmod|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fmod: fmod_t = ...

class gt__t:
    """
    Performs Greater than in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} > \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ge__t:
    """
    Performs Greater than or equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} >= \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class lt__t:
    """
    Performs Less than in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} < \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class le__t:
    """
    Performs Less than or equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} <= \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class eq__t:
    """
    Performs Equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} == \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ne__t:
    """
    Performs Not equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}\\: != \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ldexp__t:
    """
    Performs ldexp in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|ldexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logaddexp__t:
    """
    Performs logaddexp in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|logaddexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logaddexp2__t:
    """
    Performs logaddexp2 in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|logaddexp2|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class squared_difference__t:
    """
    Performs squared_difference in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|squared_difference|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class multiply__t:
    """
    Performs in-place multiplication operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|multiply|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.


    When :attr:`fast_and_approximate_mode` is `True` for bfloat16 datatype, the operation uses FPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses SFPU with the result rounded to nearest even (RNE).
    The operation is not supported for INT32 inputs since the outputs are returned as FLOAT32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class divide__t:
    """
    Performs in-place division operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|divide|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, UINT16
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.


    When :attr:`fast_and_approximate_mode` is `True`, the operation uses FPU+SFPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` (default), the operation uses SFPU implementation for better accuracy.
    The operation is not supported for INT32 inputs since the outputs are returned as FLOAT32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class rsub__t:
    """
    Subtracts :attr:`input_a` from :attr:`input_b` in-place and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_b}} - \\mathrm{{input\\_tensor\\_a}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - FLOAT32, BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class bias_gelu__t:
    """
    Performs bias_gelu in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|bias_gelu|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class pow_t:
    """
    Perform element-wise pow operation on :attr:`input_tensor` with :attr:`exponent`.

    .. math::
        \\mathrm{output\\_tensor}_i = (\\mathrm{input\\_tensor}_i ** \\mathrm{exponent}_i)

    Args:
        input_tensor (ttnn.Tensor, float): the input tensor.
        exponent (float, int, ttnn.Tensor): the exponent value.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in row major and tile layout, in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are completely independent, and can have different tensor specs.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C also supports row major and tile layout, interleaved or sharded format (height, width or block sharded), in DRAM or L1. The tensor spec of C is independent of A and B, and can be explicitly set using the optional output tensor input; if not provided, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or equivalently the optional output tensor, must match the broadcast-matched size of A and B.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        When :attr:`exponent` is a Tensor, supported dtypes are: BFLOAT16, FLOAT32. Both input tensors should be of same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: float, exponent: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

pow: pow_t = ...

class fold_t:
    """
    Fold TT Tensor.
    Input tensor must be on TT accelerator device, in ROW_MAJOR.
    Output tensor will be on TT accelerator device, in ROW_MAJOR.

    Args:
        input (ttnn.Tensor): Input tensor to be folded. Tensor of shape [N, H, W, C].
        stride_h (int): Stride along the H-dimension.
        stride_w (int): Stride along the W-dimension.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, stride_h: int, stride_w: int, use_transpose_as_fold: bool = False, output_shape: ttnn._ttnn.types.Shape | None = None, padding: Sequence[int] | Sequence[int] | Sequence[int] = [0, 0], grid_size: ttnn._ttnn.tensor.CoreRangeSet | None = None, override_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_is_nhwc: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

fold: fold_t = ...

class to_memory_config_t:
    """
    Converts a tensor to the specified memory configuration (sharded/interleaved layout conversion),
    dispatching to the quasar reshard / interleaved_to_sharded / sharded_to_interleaved backends.

    Args:
        * :attr:`tensor` (ttnn.Tensor): input tensor
        * :attr:`memory_config` (MemoryConfig): target memory config
        * :attr:`dtype` (ttnn.DataType, optional): output dtype
        * :attr:`output_tensor` (ttnn.Tensor, optional): preallocated output tensor
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig, dtype: ttnn._ttnn.tensor.DataType | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

to_memory_config: to_memory_config_t = ...

class TileReshapeMapMode(enum.Enum):
    CACHE = 0

    RECREATE = 1

class reshape_t:
    """
    Note: for a 0 cost view, the following conditions must be met:
        * the last dimension must not change
        * In Tiled the second last two dimensions must not change OR there is no padding on the second last dimension

    Args:
        * input_tensor: Input Tensor.
        * shape: Shape of tensor.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor. Default is to match input tensor memory config. If ``memory_config`` specifies a sharded layout without ``shard_spec``, the input tensor's ``shard_spec`` is used as the seed grid (layout should match the input).
        * :attr:`pad_value` (number): Value to pad the output tensor. Default is 0
        * :attr:`reshape_tile_mode` (TileReshapeMapMode): Advanced option. Set to RECREATE to recompute and reallocate the mapping tensor. This may alleviate DRAM fragmentation but is slow. Default is CACHE. This keyword is named :attr:`reshape_tile_mode` on all overloads; the small-vector (tuple/list) shape overload previously used the name ``recreate_mapping_tensor`` for the same option—update callers to ``reshape_tile_mode``.
        * :attr:`sub_core_grids` (CoreRangeSet, optional): Specifies sub-core grid ranges for advanced core selection control. Default uses all the cores in the device.
        * :attr:`skip_padding_fill` (bool): If False, ``pad_value`` is applied to tile padding lanes. If True, ``pad_value`` is ignored and tile padding is left as-is. Default is False. Note: this option is silently ignored for ``BFLOAT8_B`` outputs because the BF8 typecast computes a shared exponent across each 16-element sub-block, and unfilled padding would corrupt logical values in straddling sub-blocks; the fill always runs in that case.


    Returns:
        ttnn.Tensor: the output tensor with the new shape.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, logical_shape: ttnn._ttnn.types.Shape, padded_shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, shape: Sequence[int], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, pad_value: int | float | None = None, reshape_tile_mode: TileReshapeMapMode = TileReshapeMapMode.CACHE, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, skip_padding_fill: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

reshape: reshape_t = ...

class untilize_t:
    """
    Changes data layout of input tensor to ROW_MAJOR.

    Input tensor must be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:

        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub core grids. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

untilize: untilize_t = ...

class tilize_with_val_padding_t:
    """
    Changes data layout of input tensor to TILE. Pads to specified shape with a user-provided value.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        output_tensor_shape (shape): Shape of the output tensor.
        pad_value (number): Value to pad the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        dtype (data type, optional): Data type of the output tensor. Defaults to `None`.
        use_multicore (bool, optional): Whether to use multicore. Defaults to `True`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, output_tensor_shape: ttnn._ttnn.types.Shape, pad_value: int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize_with_val_padding: tilize_with_val_padding_t = ...

class tilize_with_zero_padding_t:
    """
    Changes data layout of input tensor to TILE. Pads to the nearest multiple of TILE width/height with zero value.

    Input tensor must be on TT accelerator device, in ROW_MAJOR layout, and have BFLOAT16 or UINT32 data type.

    Output tensor will be on TT accelerator device, in TILE layout, and have BFLOAT16 or UINT32 data type.

    Args:
        * :attr:`input_tensor`: Input Tensor.

    Keyword Args:
        * :attr:`memory_config`: Memory Config of the output tensor.
        * :attr:`dtype`: Data type of the output tensor.
        * :attr:`use_multicore`: Whether to use multicore.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_dtype: ttnn._ttnn.tensor.DataType | None = None, use_multicore: bool = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tilize_with_zero_padding: tilize_with_zero_padding_t = ...

class to_layout_t:
    """
    Organizes the `ttnn.Tensor` tensor into either `ttnn.ROW_MAJOR_LAYOUT` or `ttnn.TILE_LAYOUT`.

    When requesting `ttnn.ROW_MAJOR_LAYOUT`, the tensor will be returned unpadded in the last two dimensions.
    When requesting `ttnn.TILE_LAYOUT`, the tensor will be automatically padded where the width and height
    become multiples of 32. In the case where the layout is the same, the operation simply pads or unpads
    the last two dimensions depending on the requested layout.

    Args:
        tensor (ttnn.Tensor): the input tensor to be organized.
        layout (ttnn.Layout): the desired layout, either `ttnn.ROW_MAJOR_LAYOUT` or `ttnn.TILE_LAYOUT`.
        dtype (ttnn.DataType, optional): the optional output data type.
        memory_config (ttnn.MemoryConfig, optional): the optional output memory configuration.
        sub_core_grids (ttnn.CoreRangeSet, optional): the optional sub core grids. Defaults to `None`.
        pad_value (float, optional): the optional pad value. Defaults to `0.0f`.

    Returns:
        ttnn.Tensor: the tensor with the requested layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, layout: ttnn._ttnn.tensor.Layout, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

to_layout: to_layout_t = ...

class reallocate_t:
    """
    Deallocates device tensor and returns a reallocated tensor.

    Args:
        tensor (ttnn.Tensor): the input tensor.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the reallocated tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the reallocated tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reallocate: reallocate_t = ...

class to_device_t:
    """
    Copy tensor from host to device.

    Args:
        tensor (ttnn.Tensor): The tensor to be copied from host to device.
        device (ttnn.Device | ttnn.MeshDevice): The target device where the tensor will be copied.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration to use. Defaults to `None`, DRAM_MEMORY_CONFIG will be used.

    Keyword Args:
        queue_id (ttnn.QueueId, optional): The queue id to use. Defaults to `None`.

    Returns:
        ttnn.Tensor: the tensor copied to device.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, *, queue_id: ttnn._ttnn.types.QueueId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

to_device: to_device_t = ...

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
        >>> input = ttnn.from_torch(
        ...     torch.zeros((1, 1, 64, 32), dtype=torch.bfloat16), layout=ttnn.ROW_MAJOR_LAYOUT, device=device)
        >>> shard_grid = ttnn.CoreRangeSet({ttnn.CoreRange(ttnn.CoreCoord(0, 0), ttnn.CoreCoord(0, 0))})
        >>> shard_spec = ttnn.ShardSpec(shard_grid, (32, 32), ttnn.ShardOrientation.ROW_MAJOR)
        >>> memory_config = ttnn.MemoryConfig(ttnn.TensorMemoryLayout.HEIGHT_SHARDED, ttnn.BufferType.L1, shard_spec)
        >>> output = ttnn.experimental.quasar.padded_slice(
        ...     input, [0, 0, 0, 0], [1, 1, 32, 32], memory_config=memory_config)
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

class typecast_t:
    """
    Changes the data type of the input tensor (Quasar / Metal 2.0).

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dtype (ttnn.DataType): the target (output) data type.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        optional_output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        A second overload accepts an explicit ``(input_dtype, output_dtype)`` pair to reinterpret the input's
        declared dtype before casting.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, input_dtype: ttnn._ttnn.tensor.DataType, output_dtype: ttnn._ttnn.tensor.DataType, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

typecast: typecast_t = ...

class sharded_to_interleaved_t:
    """
    Converts a sharded tensor to an interleaved tensor (Quasar / Metal 2.0).

    Args:
        input_tensor (ttnn.Tensor): the sharded input tensor.
        memory_config (ttnn.MemoryConfig): interleaved memory configuration for the output.

    Keyword Args:
        output_dtype (ttnn.DataType, optional): data type of the output tensor. Defaults to the input dtype.

    Returns:
        ttnn.Tensor: the interleaved output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig, output_dtype: ttnn._ttnn.tensor.DataType | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sharded_to_interleaved: sharded_to_interleaved_t = ...

class interleaved_to_sharded_t:
    """
    Converts an interleaved tensor to a sharded tensor (Quasar / Metal 2.0).

    Args:
        input_tensor (ttnn.Tensor): the interleaved input tensor.
        sharded_memory_config (ttnn.MemoryConfig): sharded memory configuration for the output.

    Keyword Args:
        output_dtype (ttnn.DataType, optional): data type of the output tensor. Defaults to the input dtype.
        keep_l1_aligned (bool, optional): keep the shard L1-aligned. Defaults to `False`.
        preallocated_output (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the sharded output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, grid: ttnn._ttnn.tensor.CoreCoord | ttnn._ttnn.tensor.CoreRangeSet, shard_shape: Sequence[int], shard_scheme: ttnn._ttnn.tensor.TensorMemoryLayout, shard_orientation: ttnn._ttnn.tensor.ShardOrientation, output_dtype: ttnn._ttnn.tensor.DataType | None = None, *, keep_l1_aligned: bool | None = False) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, sharded_memory_config: ttnn._ttnn.tensor.MemoryConfig, output_dtype: ttnn._ttnn.tensor.DataType | None = None, *, keep_l1_aligned: bool | None = False, preallocated_output: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

interleaved_to_sharded: interleaved_to_sharded_t = ...
