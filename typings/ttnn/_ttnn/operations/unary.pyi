# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""unary operations"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.activation
import ttnn._ttnn.operations.complex
import ttnn._ttnn.tensor


class abs_t:
    """
    Applies abs to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|abs|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor or ComplexTensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`. When ``input_tensor`` is a ``ttnn.ComplexTensor``, this argument is not supported.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`. When ``input_tensor`` is a ``ttnn.ComplexTensor``, this argument is not supported.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes: BFLOAT16, BFLOAT8_B, FLOAT32
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> ttnn._ttnn.tensor.Tensor: ...

abs: abs_t = ...

class acos_t:
    """
    Applies acos to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|acos|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

acos: acos_t = ...

class asin_t:
    """
    Applies asin to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|asin|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

asin: asin_t = ...

class atan_t:
    """
    Applies atan to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|atan|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

atan: atan_t = ...

class atanh_t:
    """
    Applies atanh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|atanh|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

atanh: atanh_t = ...

class cos_t:
    """
    Applies cos to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|cos|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

cos: cos_t = ...

class acosh_t:
    """
    Applies acosh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|acosh|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

acosh: acosh_t = ...

class erfinv_t:
    """
    Applies erfinv to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|erfinv|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

erfinv: erfinv_t = ...

class exp2_t:
    """
    Applies exp2 to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|exp2|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

exp2: exp2_t = ...

class expm1_t:
    """
    Applies expm1 to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|expm1|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

expm1: expm1_t = ...

class floor_t:
    """
    Applies floor to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|floor|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

floor: floor_t = ...

class trunc_t:
    """
    Applies trunc to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|trunc|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

trunc: trunc_t = ...

class frac_t:
    """
    Applies frac to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|frac|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

frac: frac_t = ...

class eqz_t:
    """
    Applies eqz to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor_i\\ == 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16, UINT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

eqz: eqz_t = ...

class ceil_t:
    """
    Applies ceil to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|ceil|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ceil: ceil_t = ...

class hardmish_t:
    """
    Applies hardmish to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor}}_i \\times \\frac{{\\min(\\max(\\mathrm{{input\\_tensor}}_i + 2, 0), 2)}}{{2}}

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Supports finite inputs; for non-finite values, -inf yields NaN due to the formula's -inf * 0 term.]

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        Computes the Hard Mish activation function. Hard Mish is a computationally efficient approximation of the Mish activation function.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hardmish: hardmish_t = ...

class gez_t:
    """
    Applies gez to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor_i\\ >= 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gez: gez_t = ...

class gtz_t:
    """
    Applies gtz to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i= (\\mathrm{{input\\_tensor_i\\ > 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gtz: gtz_t = ...

class i0_t:
    """
    Applies i0 to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|i0|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

i0: i0_t = ...

class i1_t:
    """
    Applies i1 to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = I_1(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Validated range: -10 to 10]

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        Computes the modified Bessel function of the first kind of order 1.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

i1: i1_t = ...

class isfinite_t:
    """
    Applies isfinite to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|isfinite|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isfinite: isfinite_t = ...

class isinf_t:
    """
    Applies isinf to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|isinf|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isinf: isinf_t = ...

class isnan_t:
    """
    Applies isnan to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|isnan|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isnan: isnan_t = ...

class isneginf_t:
    """
    Applies isneginf to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|isneginf|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isneginf: isneginf_t = ...

class isposinf_t:
    """
    Applies isposinf to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|isposinf|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isposinf: isposinf_t = ...

class lez_t:
    """
    Applies lez to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor_i\\ <= 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

lez: lez_t = ...

class logical_not_t:
    """
    Applies logical_not to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{!input\\_tensor_i}}

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16 (range: 0 - 65535), UINT32 (range: 0 - 4294967295)
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_not: logical_not_t = ...

class ltz_t:
    """
    Applies ltz to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor_i\\ < 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ltz: ltz_t = ...

class neg_t:
    """
    Applies neg to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|neg|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

neg: neg_t = ...

class nez_t:
    """
    Applies nez to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor_i\\ != 0}})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16, UINT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nez: nez_t = ...

class reciprocal_t:
    """
    Applies reciprocal to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|reciprocal|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor or ComplexTensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`. When ``input_tensor`` is a ``ComplexTensor``, this argument is not supported.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        BFLOAT8_B is supported only for non-zero inputs. Inputs containing zero may produce inaccurate results due to the characteristics of the block-FP format.
        More information about the `BFLOAT8_B  <../tensor.html#limitation-of-bfloat8-b>`_.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.operations.complex.ComplexTensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig) -> ttnn._ttnn.operations.complex.ComplexTensor: ...

reciprocal: reciprocal_t = ...

class relu_t:
    """
    Applies relu to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|relu|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

relu: relu_t = ...

class relu6_t:
    """
    Applies relu6 to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\min(\\max(\\mathrm{{input\\_tensor}}_i, 0), 6)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

relu6: relu6_t = ...

class sign_t:
    """
    Applies sign to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sign|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sign: sign_t = ...

class signbit_t:
    """
    Applies signbit to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|signbit|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

signbit: signbit_t = ...

class silu_t:
    """
    Applies silu to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|silu|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

silu: silu_t = ...

class swish_t:
    """
    Applies swish to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|swish|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

swish: swish_t = ...

class sin_t:
    """
    Applies sin to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sin|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sin: sin_t = ...

class square_t:
    """
    Applies square to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|square|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16 [0,255]
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

square: square_t = ...

class tan_t:
    """
    Applies tan to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|tan|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Supported input range is (-1.45, 1.45)

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tan: tan_t = ...

class log_sigmoid_t:
    """
    Applies log_sigmoid to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|log_sigmoid|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

log_sigmoid: log_sigmoid_t = ...

class bitwise_not_t:
    """
    Applies bitwise_not to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_not|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Supported input range is [-2147483647, 2147483647].

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32
             - TILE, ROW_MAJOR

        torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_not: bitwise_not_t = ...

class alt_complex_rotate90_t:
    """
    Applies alt_complex_rotate90 to :attr:`input_tensor` element-wise.

    .. math::
        (\\mathrm{{output\\_tensor}}_{2i}, \\mathrm{{output\\_tensor}}_{2i+1}) = (-\\mathrm{{input\\_tensor}}_{2i+1}, \\mathrm{{input\\_tensor}}_{2i})

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B, BFLOAT4_B
             - TILE, ROW_MAJOR

        The last dimension of the input tensor must be even.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

alt_complex_rotate90: alt_complex_rotate90_t = ...

class deg2rad_t:
    """
    Applies deg2rad to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|deg2rad|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

deg2rad: deg2rad_t = ...

class rad2deg_t:
    """
    Applies rad2deg to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|rad2deg|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rad2deg: rad2deg_t = ...

class asinh_t:
    """
    Applies asinh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|asinh|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

asinh: asinh_t = ...

class hardsigmoid_t:
    """
    Applies hardsigmoid to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|hardsigmoid|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hardsigmoid: hardsigmoid_t = ...

class hardswish_t:
    """
    Applies hardswish to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|hardswish|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hardswish: hardswish_t = ...

class softsign_t:
    """
    Applies softsign to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|softsign|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

softsign: softsign_t = ...

class cbrt_t:
    """
    Applies cbrt to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|cbrt|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

cbrt: cbrt_t = ...

class sqrt_t:
    """
    Performs the element-wise square root operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\sqrt{{\\mathrm{{input\\_tensor}}_i}}

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sqrt: sqrt_t = ...

class rsqrt_t:
    """
    Performs the element-wise reciprocal (inverse) square root operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\frac{{1}}{{\\sqrt{{\\mathrm{{input\\_tensor}}_i}}}}

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rsqrt: rsqrt_t = ...

class exp_t:
    """
    Performs the element-wise exponential operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = e^{{\\mathrm{{input\\_tensor}}_i}}

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

exp: exp_t = ...

class erf_t:
    """
    Performs the element-wise Gaussian error function of the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\frac{{2}}{{\\sqrt{{\\pi}}}} \\int_0^{{\\mathrm{{input\\_tensor}}_i}} e^{{-t^2}}\\, dt

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

erf: erf_t = ...

class erfc_t:
    """
    Applies erfc to :attr:`input_tensor` element-wise.

    .. math::


    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

erfc: erfc_t = ...

class GeluVariant(enum.Enum):
    Accurate = 0
    """Exact GELU. Matches torch.nn.functional.gelu()."""

    FastLut = 1
    """
    6-segment piecewise-linear LUT approximation of exact GELU. Fastest, ~1% absolute error.
    """

    Tanh = 2
    """
    FP32 Hendrycks tanh approximation. Matches torch.nn.functional.gelu(approximate="tanh").
    """

class gelu_t:
    """
    Applies gelu to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = gelu(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        variant (ttnn.GeluVariant, optional): Select GELU implementation. Defaults to `GeluVariant.Accurate`.
            - `Accurate`: piecewise CDF (BF16) or FP32 erf — matches torch.nn.functional.gelu (exact).
            - `FastLut`: 6-segment piecewise-linear LUT — fastest, ~1% absolute error.
            - `Tanh`: 0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3))) in FP32 — matches torch.nn.functional.gelu(approximate="tanh").
        fast_and_approximate_mode (bool, optional): Legacy alias. `True` maps to `variant=FastLut`, `False` to `variant=Accurate`. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, variant: GeluVariant = GeluVariant.Accurate, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gelu: gelu_t = ...

class log_t:
    """
    Performs the element-wise natural logarithm (base e) operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\ln(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Supported range: input > 0]

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

log: log_t = ...

class log10_t:
    """
    Performs the element-wise base-10 logarithm operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\log_{{10}}(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Supported range: input > 0]

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

log10: log10_t = ...

class log2_t:
    """
    Performs the element-wise base-2 logarithm operation on the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\log_{{2}}(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Supported range: input > 0]

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

log2: log2_t = ...

class log1p_t:
    """
    Performs the element-wise natural logarithm operation of one plus the :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\ln(1 + \\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [Supported range: input > -1]

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

log1p: log1p_t = ...

class mish_t:
    """
    Performs the element-wise Mish activation function on the :attr:`input_tensor`.
    Mish is a smooth, non-monotonic self-regularizing activation function that allows small negative outputs to pass through.

    .. math::
        \\mathrm{{output\\_tensor}}_i &= \\mathrm{{input\\_tensor}}_i \\cdot \\tanh(\\mathrm{{softplus}}(\\mathrm{{input\\_tensor}}_i)) \\\\
        &= \\mathrm{{input\\_tensor}}_i \\cdot \\tanh\\left(\\ln(1 + e^{{\\mathrm{{input\\_tensor}}_i}})\\right)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

mish: mish_t = ...

class elu_t:
    """
    Applies elu to :attr:`input_tensor` element-wise with alpha.

    The alpha parameter for the ELU function

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|elu|(\\mathrm{input\\_tensor}_i, \\verb|alpha|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        alpha (float): Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

elu: elu_t = ...

class heaviside_t:
    """
    Applies heaviside to :attr:`input_tensor` element-wise with value.



    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|heaviside|(\\mathrm{input\\_tensor}_i, \\verb|value|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        value (float): The value parameter for the Heaviside function.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, value: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

heaviside: heaviside_t = ...

class leaky_relu_t:
    """
    Applies leaky_relu to :attr:`input_tensor` element-wise with negative_slope.

    Passes non-negative inputs through unchanged and scales negative inputs by negative_slope.

    .. math::
        \\mathrm{output\\_tensor}_i = \\max(0, \\mathrm{input\\_tensor}_i) + \\verb|negative_slope| \\cdot \\min(0, \\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        negative_slope (float): The slope parameter for the Leaky ReLU function.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, negative_slope: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

leaky_relu: leaky_relu_t = ...

class relu_max_t:
    """
    Applies relu_max to :attr:`input_tensor` element-wise with upper_limit.

    This function caps off the input to a max value and a min value of 0.

    .. math::
        \\mathrm{output\\_tensor}_i = \\min(\\max(\\mathrm{input\\_tensor}_i, 0), \\verb|upper_limit|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        upper_limit (float or int): The max value for ReLU function..

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR

        System memory is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, upper_limit: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

relu_max: relu_max_t = ...

class relu_min_t:
    """
    Applies relu_min to :attr:`input_tensor` element-wise with lower_limit.

    This will carry out ReLU operation at min value instead of the standard 0.

    .. math::
        \\mathrm{output\\_tensor}_i = \\max(\\mathrm{input\\_tensor}_i, \\verb|lower_limit|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        lower_limit (float or int): The min value for ReLU function..

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B, INT32, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR

        System memory is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, lower_limit: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

relu_min: relu_min_t = ...

class rpow_t:
    """
    Applies rpow to :attr:`input_tensor` element-wise with exponent.



    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|rpow|(\\mathrm{input\\_tensor}_i, \\verb|exponent|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        exponent (float): exponent value. Non-positive values are not supported..

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rpow: rpow_t = ...

class celu_t:
    """
    Applies celu to :attr:`input_tensor` element-wise with alpha.

    The alpha parameter for the CELU function

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|celu|(\\mathrm{input\\_tensor}_i, \\verb|alpha|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        alpha (float): Defaults to `1`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, alpha: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

celu: celu_t = ...

class softcap_t:
    """
    Applies softcap to :attr:`input_tensor` element-wise with beta.

    Bounds the input smoothly to +/-beta: near-linear well inside beta, saturating at the limits. Known as soft capping (e.g. Gemma logit softcapping); also the up half of Moonshot's SiTU activation.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|beta| \\cdot \\tanh(\\mathrm{input\\_tensor}_i / \\verb|beta|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        beta (float): The beta parameter. Bounds the output to +/-beta. Must be non-zero.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, beta: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

softcap: softcap_t = ...

class fill_t:
    """
    Applies fill to :attr:`input_tensor` element-wise with fill_value.

    This will create a tensor of same shape and dtype as input reference tensor with fill_value.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|fill|(\\mathrm{input\\_tensor}_i, \\verb|fill_value|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        fill_value (float or int): The value to be filled in the output tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32, UINT16
             - TILE, ROW_MAJOR

        Host memory is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, fill_value: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fill: fill_t = ...

class glu_t:
    """
    Applies glu to :attr:`input_tensor` element-wise.

    Split the tensor into two parts, apply the GLU function on the second tensor, and then perform multiplication with the first tensor.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|glu|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (int): Dimension to split input tensor. Supported only for last dimension (dim = -1 or 3). Defaults to `-1`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        System memory is not supported.

       Last dimension of input tensor should be divisible by 64.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

glu: glu_t = ...

class reglu_t:
    """
    Applies reglu to :attr:`input_tensor` element-wise.

    Split the tensor into two parts, apply the ReLU function on the second tensor, and then perform multiplication with the first tensor.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|reglu|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (int): Dimension to split input tensor. Supported only for last dimension (dim = -1 or 3). Defaults to `-1`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, UINT32, UINT16
             - TILE, ROW_MAJOR

        System memory is not supported.

       Last dimension of input tensor should be divisible by 64.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

reglu: reglu_t = ...

class geglu_t:
    """
    Applies geglu to :attr:`input_tensor` element-wise.

    Split the tensor into two parts, apply the GELU function on the second tensor, and then perform multiplication with the first tensor.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|geglu|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (int): Dimension to split input tensor. Supported only for last dimension (dim = -1 or 3). Defaults to `-1`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        variant (ttnn.GeluVariant, optional): Select the GELU implementation used for the gate. Defaults to `GeluVariant.Accurate`.

            - `Accurate`: piecewise Gaussian CDF in BF16, or erf-based evaluation in FP32. Most accurate.
            - `FastLut`: 6-segment piecewise-linear lookup table. Fastest and least accurate; over the
              normal BF16 range the absolute error reaches 0.024 near zero, and every input at or below
              -3 returns exactly 0.
            - `Tanh`: 0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3))) evaluated in FP32.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        System memory is not supported.

        Last dimension of input tensor should be divisible by 64.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, variant: GeluVariant = GeluVariant.Accurate) -> ttnn._ttnn.tensor.Tensor: ...

geglu: geglu_t = ...

class swiglu_t:
    """
    Applies swiglu to :attr:`input_tensor` element-wise.

    Split the tensor into two parts, apply the SiLU function on the second tensor, and then perform multiplication with the first tensor.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|swiglu|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (int): Dimension to split input tensor. Supported only for last dimension (dim = -1 or 3). Defaults to `-1`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR

        System memory is not supported.

       Last dimension of input tensor should be divisible by 64.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int = -1, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

swiglu: swiglu_t = ...

class softplus_t:
    """
    Applies softplus to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = softplus(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        beta (float, optional): Scales the input before applying the Softplus function. By modifying :attr:`beta`, you can adjust the steepness of the function. A higher :attr:`beta` value makes the function steeper, approaching a hard threshold like the ReLU function for large values of :attr:`beta`. Defaults to `1`.
        threshold (float, optional): Used to switch to a linear function for large values to improve numerical stability. This avoids issues with floating-point representation for very large values. Defaults to `20`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, beta: float = 1.0, threshold: float = 20.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

softplus: softplus_t = ...

class xielu_t:
    """
    Applies xIELU (Expanded Integral of the Exponential Linear Unit) to :attr:`input_tensor` element-wise.
    This is a custom piecewise trainable activation function derived from "Deriving Activation Functions Using Integration" paper:
    https://arxiv.org/abs/2411.13010

    With beta = 0.5 and eps = -1e-6:
        x > 0 :  alpha_p * x^2 + beta * x
        x <= 0:  alpha_n * (expm1(minimum(x, eps))) - (alpha_n * x) + 0.5 * x

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        alpha_p (float, optional): Alpha positive constant. Defaults to `0.8`.
        alpha_n (float, optional): Alpha negative constant. Defaults to `0.8`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, alpha_p: float = 0.800000011920929, alpha_n: float = 0.800000011920929, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

xielu: xielu_t = ...

class tanh_t:
    """
    Applies tanh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = tanh(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        fast_and_approximate_mode (Boolean, optional): Enables a performance-optimized approximation method. When True, the operation runs faster but may produce results with minor precision differences. Defaults to `False`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        BFLOAT8_B/BFLOAT4_B is supported only for approx=True mode.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, fast_and_approximate_mode: bool = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tanh: tanh_t = ...

class tanhshrink_t:
    """
    Applies tanhshrink to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|tanhshrink|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tanhshrink: tanhshrink_t = ...

class sigmoid_accurate_t:
    """
    Deprecated in favor of ttnn.sigmoid.

    Applies sigmoid_accurate to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|sigmoid_accurate|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        fast_and_approximate_mode (bool, optional): Enables fast and approximate mode for exponential operation. When False, uses the accurate version of exponential algorithm. Defaults to `False`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, fast_and_approximate_mode: bool = False, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sigmoid_accurate: sigmoid_accurate_t = ...

class SigmoidMode(enum.Enum):
    Accurate = 2
    """Most accurate, but least performant."""

    AccurateWithFastExp = 1
    """Similar to accurate, but uses fast and approximate exp"""

    FastApproximate = 0
    """Fastest, but least accurate."""

class sigmoid_t:
    """
    Applies sigmoid to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|sigmoid|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        vector_mode (int, optional): Use vector mode to get better performance. Defaults to 4. Use 2 or 4 for different vector modes (2 -> Vector Mode C and 4 -> Vector Mode RC)".
        mode (ttnn.SigmoidMode, optional): Select sigmoid mode to use. Defaults to `SigmoidMode.Accurate`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, vector_mode: int = 4, mode: SigmoidMode = SigmoidMode.Accurate, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sigmoid: sigmoid_t = ...

class unary_chain_t:
    """
    Applies unary_chain to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|unary_chain|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        ops_chain (list[ttnn.UnaryWithParam]): list of unary ops to be chained.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids to be used for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, ops_chain: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

unary_chain: unary_chain_t = ...

class lgamma_t:
    """
    Applies lgamma to :attr:`input_tensor` element-wise.

    .. math::
        Computes natural logarithm of the gamma function on :attr:`input_tensor`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

lgamma: lgamma_t = ...

class identity_t:
    """
    Returns a copy of the :attr:`input_tensor`; useful for profiling the SFPU.
    This shouldn't normally be used. Users should normally use clone operation instead for the same functionality since this results in lower performance.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|identity|(\\mathrm{input\\_tensor}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, UINT32, UINT16, UINT8
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

identity: identity_t = ...

class cosh_t:
    """
    Applies cosh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|cosh|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [supported range -9 to 9]

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

cosh: cosh_t = ...

class digamma_t:
    """
    Applies digamma to :attr:`input_tensor` element-wise.

    .. math::
        Performs digamma function on :attr:`input_tensor`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [supported for values greater than 0].

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

digamma: digamma_t = ...

class multigammaln_t:
    """
    Performs multigammaln function on :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|multigammaln|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [supported range 1.6 to inf].

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

multigammaln: multigammaln_t = ...

class sinh_t:
    """
    Applies sinh to :attr:`input_tensor` element-wise.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|sinh|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. [supported range -9 to 9]

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sinh: sinh_t = ...

class var_hw_t:
    """
    Computes the variance across the height (H) and width (W) dimensions for each batch and channel. The variance is calculated as :math:`\\mathrm{Var}[X] = E[(X - \\mu)^2]` where :math:`\\mu` is the mean over H and W dimensions. Output shape: [N, C, 1, 1].

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|var_hw|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

var_hw: var_hw_t = ...

class std_hw_t:
    """
    Computes the standard deviation across the height (H) and width (W) dimensions for each batch and channel. The standard deviation is calculated as :math:`\\sigma = \\sqrt{\\mathrm{Var}[X]}` where the variance is computed over H and W dimensions. Output shape: [N, C, 1, 1].

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|std_hw|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

std_hw: std_hw_t = ...

class normalize_hw_t:
    """
    Performs normalize_hw function on :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|normalize_hw|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - ROW_MAJOR, TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

normalize_hw: normalize_hw_t = ...

class logical_not__t:
    """
    Performs logical_not inplace function on :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logical_not_|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT16 (range: 0 - 65535), UINT32 (range: 0 - 4294967295)
             - TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class normalize_global_t:
    """
    Performs normalize_global function on :attr:`input_tensor`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|normalize_global|(\\mathrm{{input\\_tensor}}_i)

    Args:
        input_tensor (ttnn.Tensor): the input tensor. 

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - ROW_MAJOR, TILE
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

normalize_global: normalize_global_t = ...

class clip_t:
    """
    Performs clip function on :attr:`input_tensor`, :attr:`min`, :attr:`max`. Only one of 'min' or 'max' value can be None.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min (float or ttnn.Tensor): Minimum value. Defaults to `None`.
        max (float or ttnn.Tensor): Maximum value. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, min: ttnn._ttnn.tensor.Tensor | None = None, max: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, min: float | None = None, max: float | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

clip: clip_t = ...

class clamp_t:
    """
    Applies clamp to :attr:`input_tensor` element-wise.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min (ttnn.Tensor or number): Minimum value. Defaults to `None`.
        max (ttnn.Tensor or number): Maximum value. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, INT32, FLOAT32
             - TILE, ROW_MAJOR

        INT32 is supported only for Tensor-scalar-scalar version.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, min: ttnn._ttnn.tensor.Tensor | None = None, max: ttnn._ttnn.tensor.Tensor | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, min: float | int | None = None, max: float | int | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

clamp: clamp_t = ...

class selu_t:
    """
    Performs selu function on :attr:`input_tensor`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        scale (float, optional): Scale value. Defaults to `1.0507`.
        alpha (float, optional): Alpha value. Defaults to `1.67326`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub-core grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, scale: float = 1.0506999492645264, alpha: float = 1.673259973526001, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

selu: selu_t = ...

class hardtanh_t:
    """
    Performs hardtanh function on :attr:`input_tensor`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        min_val (float, optional): min value. Defaults to `-1.0`.
        max_val (float, optional): max value. Defaults to `1.0`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub-core grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, min_val: float = -1.0, max_val: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hardtanh: hardtanh_t = ...

class threshold_t:
    """
    Performs threshold function on :attr:`input_tensor`, :attr:`threshold`, :attr:`value`.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        threshold (float): Threshold value.
        value (float): Replacing value.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub-core grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, threshold: float, value: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

threshold: threshold_t = ...

class tril_t:
    """
    Returns the lower triangular part of :attr:`input_tensor` by zeroing out elements above the specified :attr:`diagonal`.
    Elements on and below the given :attr:`diagonal` are preserved, while elements above it are set to zero.

    - ``diagonal = 0`` selects the main diagonal (keeps elements on and below the main diagonal)
    - ``diagonal > 0`` selects a diagonal above the main diagonal (keeps more elements)
    - ``diagonal < 0`` selects a diagonal below the main diagonal (keeps fewer elements)


    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|tril|(\\mathrm{{input\\_tensor}}_i, \\mathrm{diagonal})

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        diagonal (int, optional): diagonal value. Defaults to `0`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, diagonal: int = 0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

tril: tril_t = ...

class triu_t:
    """
    Returns the upper triangular part of :attr:`input_tensor` by zeroing out elements below the specified :attr:`diagonal`.
    Elements on and above the given :attr:`diagonal` are preserved, while elements below it are set to zero.

    - ``diagonal = 0`` selects the main diagonal (keeps elements on and above the main diagonal)
    - ``diagonal > 0`` selects a diagonal above the main diagonal (keeps fewer elements)
    - ``diagonal < 0`` selects a diagonal below the main diagonal (keeps more elements)


    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|triu|(\\mathrm{{input\\_tensor}}_i, \\mathrm{diagonal})

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        diagonal (int, optional): diagonal value. Defaults to `0`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, diagonal: int = 0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

triu: triu_t = ...

class round_t:
    """
    Applies round to :attr:`input_tensor` element-wise with decimals.

    Round the input tensor to `decimals` decimal places.

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|round|(\\mathrm{input\\_tensor}_i, \\verb|decimals|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        decimals (int): No. of decimal places to round off to [supported range -6 to 7], Defaults to 0..

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, decimals: int | None = 0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

round: round_t = ...

class polygamma_t:
    """
    Performs polygamma function on :attr:`input_tensor`, :attr:`decimals`. it is supported for range 1 to 10 only

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        k (int): k value.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

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

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, k: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

polygamma: polygamma_t = ...

class hardshrink_t:
    """
    Applies hardshrink to :attr:`input_tensor` element-wise with lambd.

    The lambda parameter for the hardshrink function

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|hardshrink|(\\mathrm{input\\_tensor}_i, \\verb|lambd|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        lambd (float): Defaults to `0.5`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, lambd: float = 0.5, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hardshrink: hardshrink_t = ...

class softshrink_t:
    """
    Applies softshrink to :attr:`input_tensor` element-wise with lambd.

    The lambda parameter for the softshrink function

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|softshrink|(\\mathrm{input\\_tensor}_i, \\verb|lambd|)

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        lambd (float): Defaults to `0.5`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, lambd: float = 0.5, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

softshrink: softshrink_t = ...

class logit_t:
    """
    Performs the logit function on :attr:`input_tensor` after clamping its elements to the interval
    [:attr:`eps`, 1 - :attr:`eps`]. The outputs are element-wise log-odds of the clamped input.
    If :attr:`eps` is `None`, no clamping is applied and inputs outside (0,1) produce `NaN`/`Inf`.

    .. math::
        \\mathrm{output\\_tensor}_i =
        \\ln\\left(\\frac{z_i}{1-z_i}\\right),
        \\quad
        z_i =
        \\begin{cases}
            \\mathrm{input\\_tensor}_i, & \\text{if } \\mathrm{eps} = \\mathrm{None} \\\\
            \\mathrm{eps}, & \\text{if } \\mathrm{input\\_tensor}_i < \\mathrm{eps} \\\\
            \\mathrm{input\\_tensor}_i, & \\text{if } \\mathrm{eps} \\leq \\mathrm{input\\_tensor}_i \\leq 1-\\mathrm{eps} \\\\
            1-\\mathrm{eps}, & \\text{if } \\mathrm{input\\_tensor}_i > 1-\\mathrm{eps}
        \\end{cases}

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword args:
        eps (float, optional): The epsilon for input clamp bound. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): Sub-core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor containing unbounded real-valued log-odds.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE, ROW_MAJOR


    Example:
        >>> tensor = ttnn.from_torch(torch.tensor([[1, 2], [3, 4]], dtype=torch.bfloat16), dtype=ttnn.bfloat16, layout=ttnn.TILE_LAYOUT, device=device)
        >>> output = ttnn.logit(tensor, eps = None)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, eps: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logit: logit_t = ...

class rdiv_t:
    """
    Performs the element-wise division of a scalar ``value`` by a tensor ``input`` and rounds the result using rounding_mode.

    Input tensor must have BFLOAT16 or FLOAT32 data type.

    Output tensor will have BFLOAT16 or FLOAT32 data type.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        value (float): denominator that is considered as numerator, which should be a non-zero float value.

    Keyword Args:
        rounding_mode (string): rounding_mode value. Can be  None, "trunc", "floor". Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR

        System memory is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, value: float, *, rounding_mode: str | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

rdiv: rdiv_t = ...

class bitcast_t:
    """
    Bitcast reinterprets the bit pattern without conversion (unlike typecast which converts values).

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dtype (ttnn.DataType): output data type. Must have the same bit size as input dtype. Supported pairs: UINT16 <-> BFLOAT16 (both 16 bits), UINT32 <-> FLOAT32 (both 32 bits), UINT32 <-> INT32 (both 32 bits).

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32, INT32, UINT16, UINT32
             - TILE, ROW_MAJOR
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitcast: bitcast_t = ...
