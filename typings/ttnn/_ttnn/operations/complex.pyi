# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""complex tensor creation"""

import ttnn._ttnn.tensor


class ComplexTensor:
    def __init__(self, arg: tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor], /) -> None: ...

    @property
    def real(self) -> ttnn._ttnn.tensor.Tensor: ...

    @property
    def imag(self) -> ttnn._ttnn.tensor.Tensor: ...

    def deallocate(self) -> None: ...

    def __getitem__(self, arg: int, /) -> ttnn._ttnn.tensor.Tensor: ...

class complex_tensor_t:
    """
    Create a complex tensor from real and imaginary part tensors.

    Args:
        real (ttnn.Tensor): the real part tensor.
        imag (ttnn.Tensor): the imaginary part tensor.

    Returns:
        ttnn.ComplexTensor: the complex tensor with real and imag parts.

    Note:
        This operation supports tensors according to the following data types and layouts:

        .. list-table:: real and imag tensors
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT32, INT32, UINT16, UINT8
                - TILE
            * - BFLOAT16, FLOAT32, UINT32, INT32, UINT16, UINT8
                - ROW_MAJOR

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, Block, and ND Sharded: DRAM and L1

        Limitations:
            -  The real and imag tensors must have the same shape and layout (both must be TILE or ROW_MAJOR).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, real: ttnn._ttnn.tensor.Tensor, imag: ttnn._ttnn.tensor.Tensor) -> ComplexTensor: ...

complex_tensor: complex_tensor_t = ...
