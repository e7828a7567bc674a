# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""complex_unary operations"""

import ttnn._ttnn.operations.complex
import ttnn._ttnn.tensor


class real_t:
    """
    Performs complex operations for real of :attr:`input_tensor`.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration of the returned component. Defaults to `None`, which leaves the component where it is.

    Note:
        The result is the component of :attr:`input_tensor` itself, so a request the component already
        satisfies returns it without a copy. A host component cannot be moved by a device operation and
        is returned unchanged whatever is requested.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

real: real_t = ...

class imag_t:
    """
    Performs complex operations for imag of :attr:`input_tensor`.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration of the returned component. Defaults to `None`, which leaves the component where it is.

    Note:
        The result is the component of :attr:`input_tensor` itself, so a request the component already
        satisfies returns it without a copy. A host component cannot be moved by a device operation and
        is returned unchanged whatever is requested.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

imag: imag_t = ...

class angle_t:
    """
    Performs complex operations for angle of :attr:`input_tensor`.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

angle: angle_t = ...

class is_imag_t:
    """
    Returns boolean tensor if value of :attr:`input_tensor` is imag.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

is_imag: is_imag_t = ...

class is_real_t:
    """
    Returns boolean tensor if value of :attr:`input_tensor` is real.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

is_real: is_real_t = ...

class conj_t:
    """
    Returns complex conjugate value of complex tensor :attr:`input_tensor`.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration of the negated imaginary
            component of the result. Defaults to `None`, which follows the real component of
            :attr:`input_tensor`.

    Note:
        Only the imaginary component is computed. The real component of the result is
        :attr:`input_tensor`'s own, returned as a view, and stays where that component already is, so the
        two components can be in different memories when :attr:`memory_config` asks for somewhere else.
        Use `ttnn.to_memory_config(output.real, memory_config)` if both must match.

    Returns:
        ttnn.ComplexTensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.operations.complex.ComplexTensor: ...

conj: conj_t = ...

class polar_t:
    """
    Perform an polar to Cartesian transformation on :attr:`input_tensor`, input_tensor.real(r), input_tensor.imag(theta) into x + i*y generating a complex tensor.

    Args:
        input_tensor (ComplexTensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory config for the operation. Defaults to `None`.

    Returns:
        ttnn.ComplexTensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.operations.complex.ComplexTensor: ...

polar: polar_t = ...
