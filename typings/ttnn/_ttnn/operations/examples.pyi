# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""examples of operations"""

import ttnn._ttnn.tensor


class composite_example_t:
    """composite_example(input_tensor: ttnn.Tensor) -> ttnn.Tensor"""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

composite_example: composite_example_t = ...

class composite_example_multiple_return_t:
    """
    Example operation that returns multiple tensors.

    Args:
        input_tensor (ttnn.Tensor): The input tensor.

    Returns:
        List[ttnn.Tensor]: List of output tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, return_output1: bool = True, return_output2: bool = True) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

composite_example_multiple_return: composite_example_multiple_return_t = ...
