# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""full_like operation"""

import ttnn._ttnn.tensor


class moreh_full_like_t:
    """
    full_like(tensor: Tensor, fill_value: float or value, dtype: DataType, layout: Layout, memory_config: MemoryConfig) -> Tensor

        Create a tensor with the same shape of the given tensor and filled with given fill_value, with the specified `memory_config` and converting its data type to `dtype`.
        This operation only supports TILE_LAYOUT for now.

        On a mesh device the output keeps the input's tensor topology (mesh placements and distribution shape) whenever the
        input is distributed over the whole mesh, so a full_like of a sharded tensor is itself sharded. An input distributed
        over only part of the mesh yields a fully replicated output, as with :func:`ttnn.empty_like`.

        Args:
            * :attr:`input`: The tensor has shape which will be based on to make the output tensor
            * :attr:`fill_value`: The value which will be used to fill the output tensor
            * :attr:`dtype`: The target data type of the output tensor.
            * :attr:`layout`: The target layout of the output tensor.
            * :attr:`memory_config`: The memory configuration for the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, fill_value: float | int, dtype: ttnn._ttnn.tensor.DataType | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

moreh_full_like: moreh_full_like_t = ...
