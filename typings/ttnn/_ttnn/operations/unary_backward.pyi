# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""unary_backward operations"""

from typing import overload

import ttnn._ttnn.operations.complex
import ttnn._ttnn.operations.unary
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class clamp_bw_t:
    """
    Performs backward operations for clamp on :attr:`input_tensor`, :attr:`min`, :attr:`max` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min (float, optional): Minimum value. Defaults to `None`.
        max (float, optional): Maximum value. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        Only one of `min` or `max` value can be `None`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, min: float | None = None, max: float | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, min: ttnn._ttnn.tensor.Tensor | None = None, max: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

clamp_bw: clamp_bw_t = ...

class clip_bw_t:
    """
    Performs backward operations for clip on :attr:`input_tensor`, :attr:`min`, :attr:`max` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min (float, optional): Minimum value. Defaults to `None`.
        max (float, optional): Maximum value. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        Only one of `min` or `max` value can be `None`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, min: float | None = None, max: float | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, min: ttnn._ttnn.tensor.Tensor | None = None, max: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

clip_bw: clip_bw_t = ...

class hardtanh_bw_t:
    """
    Performs backward operations for hardtanh activation function on :attr:`input_tensor`, :attr:`min`, :attr:`max` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min (float, optional): Minimum value. Defaults to `-1`.
        max (float, optional): Maximum value. Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, min: float = -1.0, max: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

hardtanh_bw: hardtanh_bw_t = ...

class hardshrink_bw_t:
    """
    Performs backward operations for hardshrink on :attr:`input_tensor`, :attr:`lambd`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        lambd (float, optional): Lambda value for the hardshrink formula . Defaults to `0.5`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, lambd: float = 0.5, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

hardshrink_bw: hardshrink_bw_t = ...

class softshrink_bw_t:
    """
    Performs backward operations for softshrink on :attr:`input_tensor`, :attr:`lambd`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        lambd (float, optional): Lambda value for the softshrink formula . Defaults to `0.5`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, lambd: float = 0.5, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

softshrink_bw: softshrink_bw_t = ...

class leaky_relu_bw_t:
    """
    Performs backward operations for leaky_relu on :attr:`input_tensor`, :attr:`negative_slope`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        negative_slope (float, optional): negative_slope value for the hardshrink formula . Defaults to `0.01`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, negative_slope: float = 0.009999999776482582, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

leaky_relu_bw: leaky_relu_bw_t = ...

class elu_bw_t:
    """
    Performs backward operations for elu on :attr:`input_tensor`, :attr:`alpha`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        alpha (float, optional): alpha value for the elu formula . Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

elu_bw: elu_bw_t = ...

class celu_bw_t:
    """
    Performs backward operations for celu on :attr:`input_tensor`, :attr:`alpha`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        alpha (float, optional): alpha value for the celu formula . Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

celu_bw: celu_bw_t = ...

class logiteps_bw_t:
    """
    Performs backward operations for logiteps on :attr:`input_tensor`, :attr:`eps`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        eps (float, optional): eps value for the logiteps formula . Defaults to `0`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, eps: float = 0.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

logiteps_bw: logiteps_bw_t = ...

class threshold_bw_t:
    """
    Performs backward operations for threshold on :attr:`input_tensor`, :attr:`threshold`, :attr:`value` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|threshold_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i, \\verb|threshold|, \\verb|value|)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.
        threshold (float): the input threshold value.
        value (float): the input value.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, min: float, max: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

threshold_bw: threshold_bw_t = ...

class softplus_bw_t:
    """
    Performs backward operations for softplus on :attr:`input_tensor`, :attr:`beta`, :attr:`threshold` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        beta (float, optional): Beta value for the Softplus formula . Defaults to `1`.
        threshold (float, optional): Threshold value. Defaults to `20`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, beta: float = 1.0, threshold: float = 20.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

softplus_bw: softplus_bw_t = ...

class rdiv_bw_t:
    """
    Performs backward operations for Unary rdiv on :attr:`input_tensor`, :attr:`scalar` with given :attr:`grad_tensor` using given :attr:`rounding_mode`.
    :attr:`rounding_mode` can be 'None', 'trunc', or 'floor'.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        scalar (float): divisor.

    Keyword args:
        rounding_mode (string, optional): Mode of Rounding. Defaults to None.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        Performance of the PCC may degrade when using BFLOAT8_B. For more details, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, scalar: float, *, rounding_mode: str | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

rdiv_bw: rdiv_bw_t = ...

class repeat_bw_t:
    """
    Performs backward operations for repeat on :attr:`input_tensor`, with given :attr:`grad_tensor` using given :attr:`shape`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.
        shape (List[int]): Shape of tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, shape: ttnn._ttnn.types.Shape, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

repeat_bw: repeat_bw_t = ...

class gelu_bw_t:
    """
    Performs backward operations for GELU on :attr:`input_tensor`, with given :attr:`grad_tensor` and :attr:`variant`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        variant (ttnn.GeluVariant, optional): Select GELU implementation. Defaults to ``ttnn.GeluVariant.Accurate``.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, BFLOAT8_B, BFLOAT4_B
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, variant: ttnn._ttnn.operations.unary.GeluVariant = ttnn._ttnn.operations.unary.GeluVariant.Accurate, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

gelu_bw: gelu_bw_t = ...

class pow_bw_t:
    """
    Performs backward operations for power on :attr:`input_tensor`, :attr:`exponent` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        exponent (Number): Exponent value [must be non-negative].

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

pow_bw: pow_bw_t = ...

class exp_bw_t:
    """
    Performs backward operations for exponential function on :attr:`input_tensor` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

exp_bw: exp_bw_t = ...

class tanh_bw_t:
    """
    Performs backward operations for hyperbolic tangent (tanh) function on :attr:`input_tensor` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        All operands must use the standard 32x32 tile.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

tanh_bw: tanh_bw_t = ...

class sqrt_bw_t:
    """
    Performs backward operations for square-root on :attr:`input_tensor` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

sqrt_bw: sqrt_bw_t = ...

class multigammaln_bw_t:
    """
    Performs backward operations for multivariate logarithmic gamma function (also referred to as mvlgamma) on :attr:`input_tensor` with given :attr:`grad_tensor`.
    The dimensionality is set to 4.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|multigammaln_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        Input value must be greater than 2.5f
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

multigammaln_bw: multigammaln_bw_t = ...

class prod_bw_t:
    """
    Performs backward operations for prod on :attr:`input_tensor` with given :attr:`grad_tensor` along a particular `dim`.
    If no `dim` is provided, the prod is taken over all dimensions.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        dim (int, optional): dimension to perform prod backward. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, dim: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

prod_bw: prod_bw_t = ...

class lgamma_bw_t:
    """
    Performs backward operations for lgamma on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|lgamma_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

lgamma_bw: lgamma_bw_t = ...

class fill_bw_t:
    """
    Performs backward operations for fill on :attr:`input_tensor` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

fill_bw: fill_bw_t = ...

class hardsigmoid_bw_t:
    """
    Performs backward operations for hardsigmoid on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|hardsigmoid_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

hardsigmoid_bw: hardsigmoid_bw_t = ...

class cos_bw_t:
    """
    Performs backward operations for cosine on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|cos_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

cos_bw: cos_bw_t = ...

class acosh_bw_t:
    """
    Performs backward operations for inverse hyperbolic cosine (acosh) on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|acosh_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

acosh_bw: acosh_bw_t = ...

class acos_bw_t:
    """
    Performs backward operations for inverse cosine (acos) on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|acos_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

acos_bw: acos_bw_t = ...

class atan_bw_t:
    """
    Performs backward operations for inverse tangent (atan) on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|atan_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

atan_bw: atan_bw_t = ...

class rad2deg_bw_t:
    """
    Performs backward operations for radian to degree conversion (rad2deg) on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|rad2deg_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

rad2deg_bw: rad2deg_bw_t = ...

class frac_bw_t:
    """
    Performs backward operations for frac on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|frac_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR

        BFLOAT8_B is supported for TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

frac_bw: frac_bw_t = ...

class trunc_bw_t:
    """
    Performs backward operations for truncation on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|trunc_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

trunc_bw: trunc_bw_t = ...

class log_sigmoid_bw_t:
    """
    Performs backward operations for log sigmoid on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log_sigmoid_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

log_sigmoid_bw: log_sigmoid_bw_t = ...

class fill_zero_bw_t:
    """
    Performs backward operations for fill zero on :attr:`input_tensor` with given :attr:`grad_tensor`. Returns an tensor of zeros like :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|fill_zero_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

fill_zero_bw: fill_zero_bw_t = ...

class i0_bw_t:
    """
    Performs backward operations for i0 on :attr:`input_tensor` with given :attr:`grad_tensor`. Supported input range is (-10, 10)

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|i0_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

i0_bw: i0_bw_t = ...

class tan_bw_t:
    """
    Performs backward operations for tan on :attr:`input_tensor` with given :attr:`grad_tensor`. Supported input range is (-1.45, 1.45)

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|tan_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

tan_bw: tan_bw_t = ...

class sigmoid_bw_t:
    """
    Performs backward operations for sigmoid on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sigmoid_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

sigmoid_bw: sigmoid_bw_t = ...

class rsqrt_bw_t:
    """
    Performs backward operations for reciprocal of square-root on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|rsqrt_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

rsqrt_bw: rsqrt_bw_t = ...

class neg_bw_t:
    """
    Performs backward operations for neg on :attr:`input_tensor` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

neg_bw: neg_bw_t = ...

class relu_bw_t:
    """
    Performs backward operations for relu on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|relu_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

relu_bw: relu_bw_t = ...

class logit_bw_t:
    """
    Performs backward operations for logit on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logit_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

logit_bw: logit_bw_t = ...

class floor_bw_t:
    """
    Performs backward operations for floor on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|floor_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

floor_bw: floor_bw_t = ...

class rpow_bw_t:
    """
    Performs backward operations for rpow on :attr:`input_tensor`, :attr:`exponent` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|rpow_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i, \\verb|exponent|)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.
        exponent (float): Exponent value.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

rpow_bw: rpow_bw_t = ...

class round_bw_t:
    """
    Performs backward operations for round on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|round_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

round_bw: round_bw_t = ...

class log_bw_t:
    """
    Performs backward operations for logarithm on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

log_bw: log_bw_t = ...

class relu6_bw_t:
    """
    Performs backward operations for relu6 on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|relu6_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

relu6_bw: relu6_bw_t = ...

class abs_bw_t:
    """
    Performs backward operations for abs on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|abs_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ComplexTensor or ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

abs_bw: abs_bw_t = ...

class silu_bw_t:
    """
    Performs backward operations for silu on :attr:`input_tensor` with given :attr:`grad_tensor`

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

silu_bw: silu_bw_t = ...

class selu_bw_t:
    """
    Performs backward operations for selu on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|selu_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

selu_bw: selu_bw_t = ...

class square_bw_t:
    """
    Performs backward operations for square on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|square_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

square_bw: square_bw_t = ...

class hardswish_bw_t:
    """
    Performs backward operations for  hardswish on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|hardswish_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

hardswish_bw: hardswish_bw_t = ...

class tanhshrink_bw_t:
    """
    Performs backward operations for  tanhshrink on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|tanhshrink_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

tanhshrink_bw: tanhshrink_bw_t = ...

class atanh_bw_t:
    """
    Performs backward operations for inverse hyperbolic tangent (atanh) on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|atanh_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

atanh_bw: atanh_bw_t = ...

class asin_bw_t:
    """
    Performs backward operations for inverse sine (asin) on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|asin_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

asin_bw: asin_bw_t = ...

class asinh_bw_t:
    """
    Performs backward operations for inverse hyperbolic sine (asinh) on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|asinh_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

asinh_bw: asinh_bw_t = ...

class sin_bw_t:
    """
    Performs backward operations for sin on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sin_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

sin_bw: sin_bw_t = ...

class sinh_bw_t:
    """
    Performs backward operations for hyperbolic sine (sinh) on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sinh_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

sinh_bw: sinh_bw_t = ...

class log10_bw_t:
    """
    Performs backward operations for log10 on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log10_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

log10_bw: log10_bw_t = ...

class log1p_bw_t:
    """
    Performs backward operations for log1p on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log1p_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

log1p_bw: log1p_bw_t = ...

class erfc_bw_t:
    """
    Performs backward operations for erfc on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|erfc_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

erfc_bw: erfc_bw_t = ...

class ceil_bw_t:
    """
    Performs backward operations for ceil on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|ceil_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

ceil_bw: ceil_bw_t = ...

class softsign_bw_t:
    """
    Performs backward operations for softsign on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|softsign_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

softsign_bw: softsign_bw_t = ...

class cosh_bw_t:
    """
    Performs backward operations for hyperbolic cosine (cosh) on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|cosh_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

cosh_bw: cosh_bw_t = ...

class log2_bw_t:
    """
    Performs backward operations for log2 on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log2_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

log2_bw: log2_bw_t = ...

class sign_bw_t:
    """
    Performs backward operations for sign on :attr:`input_tensor` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sign_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

sign_bw: sign_bw_t = ...

class div_no_nan_bw_t:
    """
    Performs backward operations for div_no_nan on :attr:`input_tensor`, :attr:`scalar` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|div_no_nan_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i, \\verb|scalar|)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.
        scalar (float): Denominator value.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

div_no_nan_bw: div_no_nan_bw_t = ...

class exp2_bw_t:
    """
    Performs backward operations for exp2 on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|exp2_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

exp2_bw: exp2_bw_t = ...

class expm1_bw_t:
    """
    Performs backward operations for expm1 on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|expm1_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

expm1_bw: expm1_bw_t = ...

class reciprocal_bw_t:
    """
    Performs backward operations for reciprocal on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|reciprocal_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ComplexTensor or ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ComplexTensor or ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

reciprocal_bw: reciprocal_bw_t = ...

class digamma_bw_t:
    """
    Performs backward operations for digamma on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|digamma_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

digamma_bw: digamma_bw_t = ...

class erfinv_bw_t:
    """
    Performs backward operations for erfinv on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|erfinv_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

erfinv_bw: erfinv_bw_t = ...

class erf_bw_t:
    """
    Performs backward operations for erf on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|erf_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

erf_bw: erf_bw_t = ...

class deg2rad_bw_t:
    """
    Performs backward operations for degree to radian conversion (deg2rad) on :attr:`input_tensor` with given :attr:`grad_tensor`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|deg2rad_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

deg2rad_bw: deg2rad_bw_t = ...

class polygamma_bw_t:
    """
    Performs backward operations for polygamma on :attr:`input_tensor`, :attr:`scalar` with given :attr:`grad_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|polygamma_bw|(\\mathrm{{grad\\_tensor}}_i, \\mathrm{{input\\_tensor}}_i, \\verb|n|)

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor (ttnn.Tensor): the input tensor.
        n (float): Order of polygamma function.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, n: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

polygamma_bw: polygamma_bw_t = ...
