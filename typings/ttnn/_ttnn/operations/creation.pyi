# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""creation operations"""

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class full_t:
    """
    Creates a tensor of the specified shape and fills it with the specified scalar value.

    Args:
        shape (ttnn.Shape): The shape of the tensor.
        fill_value (float | int): The value to fill the tensor with.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `None`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `None`.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A filled tensor of specified shape and value.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, shape: Sequence[int], fill_value: float, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, shape: Sequence[int], fill_value: int, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

full: full_t = ...

class zeros_t:
    """
    Creates a tensor with the specified shape and fills it with the value of 0.0.

    Args:
        shape (ttnn.Shape): The shape of the tensor.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `None`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `None`.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A tensor filled with 0.0.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: Sequence[int], dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

zeros: zeros_t = ...

class ones_t:
    """
    Creates a tensor with the specified shape and fills it with the value of 1.0.

    Args:
        shape (ttnn.Shape): The shape of the tensor.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `None`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `None`.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A tensor filled with 1.0.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: Sequence[int], dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ones: ones_t = ...

class full_like_t:
    """
    Creates a tensor of the same shape as the input tensor and fills it with the specified scalar value. The data type, layout, device, and memory configuration of the resulting tensor can be specified.

    Args:
        tensor (ttnn.Tensor): The tensor to use as a template for the shape of the new tensor.
        fill_value (float | int): The value to fill the tensor with.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to the input tensor's dtype.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to the input tensor's layout.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to the input tensor's device.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A filled tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, fill_value: float, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, fill_value: int, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

full_like: full_like_t = ...

class zeros_like_t:
    """
    Creates a tensor of the same shape as the input tensor and fills it with the value of 0.0. The data type, layout, device, and memory configuration of the resulting tensor can be specified.

    Args:
        tensor (ttnn.Tensor): The tensor to use as a template for the shape of the new tensor.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to the input tensor's dtype.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to the input tensor's layout.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to the input tensor's device.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A tensor filled with 0.0.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

zeros_like: zeros_like_t = ...

class ones_like_t:
    """
    Creates a tensor of the same shape as the input tensor and fills it with the value of 1.0. The data type, layout, device, and memory configuration of the resulting tensor can be specified.

    Args:
        tensor (ttnn.Tensor): The tensor to use as a template for the shape of the new tensor.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to the input tensor's dtype.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to the input tensor's layout.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to the input tensor's device.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: A tensor filled with 1.0.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
        ROW_MAJOR requires last dimension to be a multiple of 2 with dtype BFLOAT16 or UINT16.
        TILE requires width and height dimensions to be multiples of 32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, optional_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ones_like: ones_like_t = ...

class arange_t:
    """
    Creates a tensor with values ranging from `start` (inclusive) to `end` (exclusive) with a specified `step` size. The data type, device, layout and memory configuration of the resulting tensor can be specified.

    Args:
        start (int, optional): The start of the range. Defaults to 0.
        end (int): The end of the range (exclusive).
        step (int, optional): The step size between consecutive values. Defaults to 1.

    Keyword Args:
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `ttnn.bfloat16`.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device where the tensor will be allocated. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration for the tensor. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.
        layout (ttnn.Layout, optional): The tensor layout. Defaults to `ttnn.ROW_MAJOR`.

    Returns:
        ttnn.Tensor: A tensor containing evenly spaced values within the specified range.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, UINT16, UINT32, INT32
             - TILE, ROW_MAJOR

        `step` must be non-zero, and its sign must match the direction from `start` to `end`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, start: int, end: int, step: int = 1, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, end: int, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR) -> ttnn._ttnn.tensor.Tensor: ...

arange: arange_t = ...

class empty_t:
    """
    Creates a device tensor with uninitialized values of the specified shape, data type, layout, and memory configuration.

    Args:
        shape (List[int]): The shape of the tensor to be created.
        dtype (ttnn.DataType, optional): The tensor data type. Defaults to `ttnn.bfloat16`.
        layout (ttnn.Layout, optional): The tensor layout. Defaults to `ttnn.ROW_MAJOR`.
        device (ttnn.Device | ttnn.MeshDevice): The device where the tensor will be allocated.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration for the operation. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.

    Returns:
        ttnn.Tensor: The output uninitialized tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: Sequence[int], dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.ROW_MAJOR, device: ttnn._ttnn.multi_device.MeshDevice = ..., memory_config: ttnn._ttnn.tensor.MemoryConfig = ...) -> ttnn._ttnn.tensor.Tensor: ...

empty: empty_t = ...

class empty_like_t:
    """
    Creates a new tensor with the same shape as the given tensor, but without initializing its values. The data type, layout, device, and memory configuration of the new tensor can be specified.

    Args:
        tensor (ttnn.Tensor): The reference tensor whose shape will be used for the output tensor.

    Keyword Args:
        dtype (ttnn.DataType, optional): The desired data type of the output tensor. Defaults to the input tensor's dtype.
        layout (ttnn.Layout, optional): The desired layout of the output tensor. Defaults to the input tensor's layout.
        device (ttnn.Device | ttnn.MeshDevice, optional): The device where the tensor will be allocated. Defaults to the input tensor's device.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration for the operation. Defaults to the input tensor's memory config.

    Returns:
        ttnn.Tensor: The output uninitialized tensor with the same shape as the input tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, UINT8, UINT16, UINT32, INT8, INT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

empty_like: empty_like_t = ...

class from_buffer_t:
    """
    Creates a device tensor with values from a buffer of the specified data type, layout, and memory configuration.

    Args:
        buffer (List[Any]): The buffer to be used to create the tensor.
        shape (ttnn.Shape): The shape of the tensor to be created.
        dtype (ttnn.DataType): The tensor data type.
        device (ttnn.Device | ttnn.MeshDevice): The device where the tensor will be allocated.
        layout (ttnn.Layout, optional): The tensor layout. Defaults to `ttnn.ROW_MAJOR`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration for the operation. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.

    Returns:
        ttnn.Tensor: A tensor with the values from the buffer.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, UINT8, INT8, UINT16, UINT32, INT32
             - TILE, ROW_MAJOR

        The buffer element type must be compatible with `dtype`.
        BFLOAT8_B, BFLOAT4_B, and FP8_E4M3 are not supported for host-side construction.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, buffer: object, shape: ttnn._ttnn.types.Shape, dtype: ttnn._ttnn.tensor.DataType, device: ttnn._ttnn.multi_device.MeshDevice, layout: ttnn._ttnn.tensor.Layout | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

from_buffer: from_buffer_t = ...
