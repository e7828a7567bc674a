# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ternary_backward operations"""

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.tensor


class addcmul_bw_t:
    """
    Performs backward operations for addcmul of :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        input_tensor_c (ttnn.Tensor): the input tensor.
        alpha (float): the alpha value.

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

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, input_tensor_c: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

addcmul_bw: addcmul_bw_t = ...

class addcdiv_bw_t:
    """
    Performs backward operations for addcdiv of :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        input_tensor_c (ttnn.Tensor): the input tensor.
        alpha (float): the alpha value.

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

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, input_tensor_c: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

addcdiv_bw: addcdiv_bw_t = ...

class where_bw_t:
    """
    Performs backward operations for where of :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c` with given :attr:`grad_tensor`.

    The three input tensors are the arguments of a forward `ttnn.where` call, with :attr:`input_tensor_a` as its predicate,
    and :attr:`grad_tensor` is the gradient with respect to the output of that call, so its elements line up one to one
    with that output. The forward `ttnn.where` copies each output element from :attr:`input_tensor_b` where the predicate
    is 1 and from :attr:`input_tensor_c` where the predicate is 0, so each element of :attr:`grad_tensor` belongs to
    whichever tensor supplied the element in that position. This function returns (up to) two gradients derived from
    :attr:`grad_tensor` split by the predicate: `where(predicate, grad_tensor, 0)` and `where(predicate, 0, grad_tensor)`.
    The values of :attr:`input_tensor_b` and :attr:`input_tensor_c` do not affect the result.


    Args:
        grad_tensor (ttnn.Tensor): the gradient with respect to the output of the forward `ttnn.where` call.
        input_tensor_a (ttnn.Tensor): the predicate tensor of the forward `ttnn.where` call, containing only 0's or 1's.
        input_tensor_b (ttnn.Tensor): the true_value tensor of the forward `ttnn.where` call.
        input_tensor_c (ttnn.Tensor): the false_value tensor of the forward `ttnn.where` call.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        are_required_outputs (List[bool], optional): which output gradients to compute. A `False` entry skips that gradient, and the returned list holds `None` in its place. Defaults to `[True, True]`.
        input_a_grad (ttnn.Tensor, optional): preallocated tensor to hold the first of the two results (corresponding to :attr:`input_tensor_b`). Defaults to `None`.
        input_b_grad (ttnn.Tensor, optional): preallocated tensor to hold the second of the two results (corresponding to :attr:`input_tensor_c`). Defaults to `None`.

    Returns:
        List of ttnn.Tensor: the gradients with respect to :attr:`input_tensor_b` and :attr:`input_tensor_c`, or `None` if the corresponding entry in :attr:`are_required_outputs` is `False`.


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

    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, input_tensor_c: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, are_required_outputs: Sequence[bool] = [True, True], input_a_grad: ttnn._ttnn.tensor.Tensor | None = None, input_b_grad: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor | None]: ...

where_bw: where_bw_t = ...

class lerp_bw_t:
    """
    Performs backward operations for lerp of :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c` or :attr:`scalar` with given :attr:`grad_tensor`.


    Args:
        grad_tensor (ttnn.Tensor): the input gradient tensor.
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        input_tensor_c (ttnn.Tensor or Number): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.


    Returns:
        List of ttnn.Tensor: the output tensor.


    Note:
        Supported dtypes and layouts:

        For Inputs : :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c`

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16
             - TILE

        For Inputs : :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`scalar`

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE

        bfloat8_b/bfloat4_b is only supported on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, input_tensor_c: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

    @overload
    def __call__(self, grad_tensor: ttnn._ttnn.tensor.Tensor, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, scalar: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

lerp_bw: lerp_bw_t = ...
