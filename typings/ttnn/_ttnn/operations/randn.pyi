# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn randn operation"""

import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class randn_t:
    """
    Generates a tensor with the given shape, filled with random values from a standard normal distribution.
    Internally, this operation uses the Box-Muller transform to generate normally distributed random values.

    Args:
        shape (list[int]): a list of integers defining the shape of the output tensor.

    Keyword Args:
        device (ttnn.Device | ttnn.MeshDevice, optional): The device on which the tensor will be allocated. Defaults to `None`.
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `ttnn.bfloat16`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `ttnn.TILE_LAYOUT`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Configuration for the compute kernel. Defaults to `None`.
        seed (int, optional): An optional seed to initialize the random number generator for reproducible results. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The output tensor supports the following data types and layouts:

        .. list-table:: Output Tensor
            :header-rows: 1

            * - dtype
              - layout
            * - FLOAT32
              - ROW_MAJOR, TILE
            * - BFLOAT16
              - ROW_MAJOR, TILE

    .. note::
        Memory layout support: interleaved DRAM and L1.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: ttnn._ttnn.types.Shape, device: ttnn._ttnn.multi_device.MeshDevice, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.TILE, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, seed: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

randn: randn_t = ...
