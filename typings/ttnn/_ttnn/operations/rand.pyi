# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn rand operation"""

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class rand_t:
    """
    Generates a tensor with the given shape, filled with random values from a uniform distribution.
    Output semantics depend on the specified data type:

    - DataType.float32 / bfloat16:
        Values are generated natively in the half-open range [`low`, `high`).

    - DataType.bfloat4_b / bfloat8_b / int8 / int32 / uint16 / uint32:
        These legacy outputs are generated in float32 and then typecast. Typecast rounding applies, so the
        converted values are not guaranteed to remain in [`low`, `high`). Integer output is not a discrete
        uniform distribution. DataType.uint8 and fp8_e4m3 are not supported.

    Args:
        shape (list[int]): A list of integers defining the shape of the output tensor.
        device (ttnn.Device | ttnn.MeshDevice): The device on which the tensor will be allocated.

    Keyword Args:
        dtype (ttnn.DataType, optional): The data type of the tensor. Defaults to `ttnn.bfloat16`.
        layout (ttnn.Layout, optional): The layout of the tensor. Defaults to `ttnn.TILE_LAYOUT`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `ttnn.DRAM_MEMORY_CONFIG`.
        low (float, optional): The lower bound of the range (inclusive). Defaults to 0.0.
        high (float, optional): The upper bound of the range (exclusive). Defaults to 1.0.
        seed (int, optional): An optional seed to initialize the random number generator
                            for reproducible results. Defaults to 0.
        mesh_mapper (ttnn.MeshMapperConfig, optional): Distribution strategy for multi-device tensors.
            Use ``ttnn.MeshMapperConfig([ttnn.PlacementShard(dim)])`` to shard across mesh devices along the
            given tensor dimension, or ``ttnn.MeshMapperConfig([ttnn.PlacementReplicate()])`` to replicate.
            When sharding, each device generates unique random values; when replicating with a fixed seed,
            all devices produce the same values. Defaults to `None`.

    Returns:
        ttnn.Tensor: A tensor with specified shape, dtype, and layout containing random values.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B, INT8, INT32, UINT16, UINT32
             - TILE, ROW_MAJOR

        BFLOAT8_B and BFLOAT4_B are supported only on TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, shape: ttnn._ttnn.types.Shape, device: ttnn._ttnn.multi_device.MeshDevice, *, dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.BFLOAT16, layout: ttnn._ttnn.tensor.Layout = ttnn._ttnn.tensor.Layout.TILE, memory_config: ttnn._ttnn.tensor.MemoryConfig = ..., low: float = 0.0, high: float = 1.0, seed: int = 0, mesh_mapper: ttnn._ttnn.multi_device.MeshMapperConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rand: rand_t = ...
