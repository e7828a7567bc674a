# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""index_fill operation"""

import ttnn._ttnn.tensor


class index_fill_t:
    """
    Fills the input tensor with the given value at the specified indices along the specified dimension.

    Args:
        input (ttnn.Tensor): The input tensor.
        dim (int): The dimension along which to fill the value.
        index (ttnn.Tensor): A tensor containing the indices along `dim` to fill with the given `value`.
        value (int or float): The value which will be used to fill the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): The memory configuration for the output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: The output tensor.

    Note:
        This operation supports tensors according to the following data types and layouts:

        .. list-table:: input tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, FLOAT32, INT32
                - ROW_MAJOR

        .. list-table:: index tensor
            :header-rows: 1

            * - dtype
                - layout
            * - UINT32
                - ROW_MAJOR
            * - UINT32
                - TILE

        Memory Support:
            - Interleaved (DRAM or L1): output may be any supported layout
            - Height sharded (DRAM or L1): output may be any supported layout
            - Width sharded (DRAM or L1): output may be interleaved, height sharded, width sharded,
              or block sharded; for width/block sharded output the column shard width
              (shard_spec.shape[1]) must match the input
            - Block sharded (DRAM or L1): output may be interleaved, height sharded, block sharded,
              or width sharded; for width/block sharded output the column shard width
              (shard_spec.shape[1]) must match the input

        Limitations:
            -  The input tensor must be on the device.
            -  The index tensor must be on the device and must be a 1D tensor.
            -  The `dim` must be less than the number of dimensions of the input tensor and >= 0.
            -  The value must be a float or int and must match the dtype of the input tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, value: float | int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

index_fill: index_fill_t = ...
