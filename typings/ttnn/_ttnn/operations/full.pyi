# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""full operation"""

from collections.abc import Sequence

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class moreh_full_t:
    """
    Creates a tensor of the specified shape and fills it with the specified scalar value.

    Args:
        shape (ttnn.Shape): The shape of the tensor.
        fill_value (float or int): The value to fill the tensor with.
        device (ttnn.MeshDevice): The device on which the tensor will be allocated.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `ttnn.bfloat16`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `ttnn.TILE_LAYOUT`.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration of the tensor. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.

    Returns:
        ttnn.Tensor: A filled tensor of specified shape and value.

    Example:
        >>> device = ttnn.open_device(device_id=0)
        >>> filled_tensor = ttnn.moreh_full([2, 2], 7.0, device, dtype=ttnn.bfloat16)
        >>> print(filled_tensor)
        ttnn.Tensor([[[[7.0,  7.0],
                        [7.0,  7.0]]]], shape=Shape([2, 2]), dtype=DataType::BFLOAT16, layout=Layout::ROW_MAJOR)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: Sequence[int], fill_value: float | int, device: ttnn._ttnn.multi_device.MeshDevice, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.TILE, memory_config: ttnn._ttnn.tensor.MemoryConfig = ...) -> ttnn._ttnn.tensor.Tensor: ...

moreh_full: moreh_full_t = ...
