# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Tensor accessor args types"""

import ttnn._ttnn.tensor


class TensorAccessorArgs:
    def __init__(self, tensor: ttnn._ttnn.tensor.Tensor) -> None:
        """
        Initialize a TensorAccessorArgs with a buffer and an optional args config.
        """

    def get_compile_time_args(self) -> list[int]:
        """Get the compile time args."""

    def get_common_runtime_args(self) -> list[int]:
        """Get the common runtime args."""
