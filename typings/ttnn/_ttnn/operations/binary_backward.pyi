# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""binary_backward operations"""

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.operations.complex
import ttnn._ttnn.operations.unary
import ttnn._ttnn.tensor


class mul_bw_t:
    """
    Performs backward operations for multiply on :attr:`input_tensor_a`, :attr:`input_tensor_b`, with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ComplexTensor or ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ComplexTensor or ttnn.Tensor): the input tensor.
        input_tensor_b (ComplexTensor or ttnn.Tensor or Number): the input tensor.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Returns:
        List of ttnn.Tensor: gradients shaped as their respective operands (PyTorch parity).
        Preallocated `input_grad`/`other_grad` must match `input_tensor_a`/`input_tensor_b` shape,
        not `grad_tensor` — differs from the pre-#56601 grad-shape contract on broadcast.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, other_tensor: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_a: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_b: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

mul_bw: mul_bw_t = ...

class add_bw_t:
    """
    Performs backward operations for add of :attr:`input_tensor_a` and :attr:`input_tensor_b` or :attr:`scalar` with given :attr:`grad_tensor`.
    Supports broadcasting.

    Args:
        grad_tensor (ComplexTensor or ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ComplexTensor or ttnn.Tensor): the input tensor.
        input_tensor_b (ComplexTensor or ttnn.Tensor or Number): the input tensor.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        Sharding is not supported if both inputs are tensors.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, other_tensor: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_a: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_b: ttnn._ttnn.operations.complex.ComplexTensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

add_bw: add_bw_t = ...

class sub_bw_t:
    """
    Performs backward operations for subtract of :attr:`input_tensor_a` and :attr:`input_tensor_b` or :attr:`scalar` with given :attr:`grad_tensor`.
    Supports broadcasting.

    Args:
        grad_tensor (ComplexTensor or ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ComplexTensor or ttnn.Tensor): the input tensor.
        input_tensor_b (ComplexTensor or ttnn.Tensor or Number): the input tensor.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, other_tensor: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_a: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_b: ttnn._ttnn.operations.complex.ComplexTensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

sub_bw: sub_bw_t = ...

class div_bw_t:
    """
    Performs backward operations for divide on :attr:`input_tensor`, :attr:`alpha` or :attr:`input_tensor_a`, :attr:`input_tensor_b`, :attr:`rounding_mode`,  with given :attr:`grad_tensor`.
    Supports broadcasting.

    Args:
        grad_tensor (ComplexTensor or ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ComplexTensor or ttnn.Tensor): the input tensor.
        input_tensor_b (ComplexTensor or ttnn.Tensor or Number): the input tensor.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        rounding_mode (string, optional): Rounding mode. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, rounding_mode: str | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, other_tensor: ttnn._ttnn.tensor.Tensor, *, rounding_mode: str | None = None, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_a: ttnn._ttnn.operations.complex.ComplexTensor, input_tensor_b: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.operations.complex.ComplexTensor]: ...

div_bw: div_bw_t = ...

class remainder_bw_t:
    """
    Performs backward operations for remainder of :attr:`input_tensor_a`, :attr:`scalar` or :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor or scalar.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

remainder_bw: remainder_bw_t = ...

class fmod_bw_t:
    """
    Performs backward operations for fmod of :attr:`input_tensor_a`, :attr:`scalar` or :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor or scalar.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

fmod_bw: fmod_bw_t = ...

class assign_bw_t:
    """Returns the gradient of assign operation."""

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_a_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_a_grad: ttnn._ttnn.tensor.Tensor | None = None, input_b_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

assign_bw: assign_bw_t = ...

class atan2_bw_t:
    """
    Performs backward operations for atan2 of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

atan2_bw: atan2_bw_t = ...

class subalpha_bw_t:
    """
    Performs backward operations for subalpha of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): Alpha value. Defaults to `1`.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float = 1.0, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

subalpha_bw: subalpha_bw_t = ...

class addalpha_bw_t:
    """
    Performs backward operations for addalpha on :attr:`input_tensor_b` , :attr:`input_tensor_a` and :attr:`alpha` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): Alpha value. Defaults to `1`.


    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.



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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float = 1.0, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_a_grad: ttnn._ttnn.tensor.Tensor | None = None, input_b_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

addalpha_bw: addalpha_bw_t = ...

class xlogy_bw_t:
    """
    Performs backward operations for xlogy of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

xlogy_bw: xlogy_bw_t = ...

class hypot_bw_t:
    """
    Performs backward operations for hypot of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        Performance of the PCC may degrade when using BFLOAT8_B. For more details, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

hypot_bw: hypot_bw_t = ...

class ldexp_bw_t:
    """
    Performs backward operations for ldexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        Recommended input range : [-80, 80]. Performance of the PCC may degrade if the input falls outside this range.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

ldexp_bw: ldexp_bw_t = ...

class logaddexp_bw_t:
    """
    Performs backward operations for logaddexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

logaddexp_bw: logaddexp_bw_t = ...

class logaddexp2_bw_t:
    """
    Performs backward operations for logaddexp2 of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT

        For more details about BFLOAT8_B, refer to the `BFLOAT8_B limitations <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

logaddexp2_bw: logaddexp2_bw_t = ...

class squared_difference_bw_t:
    """
    Performs backward operations for squared_difference of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

squared_difference_bw: squared_difference_bw_t = ...

class concat_bw_t:
    """
    Performs backward operations for concat on :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        dim (int): Dimension to concatenate. Defaults to `0`.


    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.



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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, dim: int = 0, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_a_grad: ttnn._ttnn.tensor.Tensor | None = None, input_b_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

concat_bw: concat_bw_t = ...

class rsub_bw_t:
    """
    Performs backward operations for subtraction of :attr:`input_tensor_a` from :attr:`input_tensor_b` with given :attr:`grad_tensor` (reversed order of subtraction operator).

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        are_required_outputs (List[bool], optional): List of required outputs. Defaults to `[True, True]`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        input_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_a`. Defaults to `None`.
        other_grad (ttnn.Tensor, optional): Preallocated output tensor for gradient of `input_tensor_b`. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, are_required_outputs: Sequence[bool] = [True, True], memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, input_grad: ttnn._ttnn.tensor.Tensor | None = None, other_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

rsub_bw: rsub_bw_t = ...

class min_bw_t:
    """
    Performs backward operations for minimum of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

min_bw: min_bw_t = ...

class max_bw_t:
    """
    Performs backward operations for maximum of :attr:`input_tensor_a` and :attr:`input_tensor_b` with given :attr:`grad_tensor`.

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

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

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

max_bw: max_bw_t = ...

class bias_gelu_bw_t:
    """
    Performs backward operations for bias GELU on :attr:`input_tensor_a` and :attr:`input_tensor_b` or :attr:`input_tensor` and :attr:`bias`, with given :attr:`grad_tensor` and :attr:`variant`.

    Supported call forms:

        - ``ttnn.bias_gelu_bw(grad_tensor, input_tensor_a, input_tensor_b, ...)``
        - ``ttnn.bias_gelu_bw(grad_tensor, input_tensor, bias, ...)``

    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the first input tensor for the tensor-bias overload.
        input_tensor_b (ttnn.Tensor): the bias tensor for the tensor-bias overload.
        input_tensor (ttnn.Tensor): the input tensor for the scalar-bias overload.
        bias (float): the scalar bias for the scalar-bias overload.

    Keyword args:
        variant (ttnn.GeluVariant, optional): Selects the GELU implementation. Defaults to `GeluVariant.Accurate`.
            - `Accurate`: piecewise-CDF (BF16) or FP32-erf derivative.
            - `Tanh`: derivative of the FP32 Hendrycks tanh approximation.
            - `FastLut`: not supported because no matching backward kernel is available.
        approximate (string): Legacy approximation mode (`"none"` or `"tanh"`).
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to `None`.

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

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, variant: ttnn._ttnn.operations.unary.GeluVariant = ttnn._ttnn.operations.unary.GeluVariant.Accurate, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, approximate: str, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, bias: float, *, variant: ttnn._ttnn.operations.unary.GeluVariant = ttnn._ttnn.operations.unary.GeluVariant.Accurate, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, bias: float, *, approximate: str, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

bias_gelu_bw: bias_gelu_bw_t = ...
