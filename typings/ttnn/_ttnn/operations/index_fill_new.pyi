# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""index_fill_new operation"""

import ttnn._ttnn.tensor


class index_fill_new_t:
    """
    Descriptor-based port of :func:`ttnn.index_fill` (#42392); identical arguments and semantics.
    Temporary until it replaces the original operation.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, dim: int, index: ttnn._ttnn.tensor.Tensor, value: float | int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

index_fill_new: index_fill_new_t = ...
