# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""complex_unary_backward operations"""

import ttnn._ttnn.operations.complex
import ttnn._ttnn.tensor


class polar_bw_t:
    """
    Performs backward operations for complex polar function on :attr:`input_tensor` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ComplexTensor): the input tensor.
        input_tensor (ComplexTensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation.


    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

polar_bw: polar_bw_t = ...

class conj_bw_t:
    """
    Performs backward operations for complex conj function on :attr:`input_tensor` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ComplexTensor): the input tensor.
        input_tensor (ComplexTensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation.


    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

conj_bw: conj_bw_t = ...

class imag_bw_t:
    """
    Performs backward operations for complex imaginary function on :attr:`input_tensor` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input tensor.
        input_tensor (ComplexTensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation.


    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

imag_bw: imag_bw_t = ...

class real_bw_t:
    """
    Performs backward operations for complex real function on :attr:`input_tensor` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input tensor.
        input_tensor (ComplexTensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation.


    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

real_bw: real_bw_t = ...

class angle_bw_t:
    """
    Performs backward operations for complex angle function on :attr:`input_tensor` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input tensor.
        input_tensor (ComplexTensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig): Memory configuration for the operation.


    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

angle_bw: angle_bw_t = ...
