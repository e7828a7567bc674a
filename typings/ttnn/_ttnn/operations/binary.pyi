# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""binary operations"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.activation
import ttnn._ttnn.device
import ttnn._ttnn.tensor


class BinaryOpType(enum.Enum):
    ADD = 0

    SUB = 1

    MUL = 2

    GT = 3

    LT = 4

    LE = 5

    GE = 6

    EQ = 7

    NE = 8

    SQUARED_DIFFERENCE = 9

    BIAS_GELU = 10

    LOGADDEXP = 11

    LOGICAL_AND = 12

    LOGICAL_OR = 13

    LOGICAL_XOR = 14

    LDEXP = 15

    LOGADDEXP2 = 16

    DIV = 17

    DIV_FLOOR = 18

    DIV_TRUNC = 19

    REMAINDER = 20

    FMOD = 21

    RSUB = 22

    POWER = 23

    BITWISE_XOR = 24

    BITWISE_AND = 25

    BITWISE_OR = 26

    LEFT_SHIFT = 27

    RIGHT_SHIFT = 28

    LOGICAL_RIGHT_SHIFT = 29

    QUANT = 30

    REQUANT = 31

    DEQUANT = 32

    MAXIMUM = 33

    MINIMUM = 34

    GCD = 35

    LCM = 36

    ADDALPHA = 37

    SUBALPHA = 38

    XLOGY = 39

    HYPOT = 40

    ATAN2 = 41

    NEXTAFTER = 42

    WHERE_TST = 43

    WHERE_TTS = 44

    ISCLOSE = 45

    SITU_GLU = 46

class remainder_t:
    """
    Computes the remainder of :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`.

            .. math::
                \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\mod \\mathrm{{input\\_tensor\\_b}}_i

            Args:
                input_tensor_a (ttnn.Tensor): the input tensor.
                input_tensor_b (ttnn.Tensor or Number): the input tensor.

            Keyword args:
                memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
                dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
                output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
                activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


            Returns:
                ttnn.Tensor: the output tensor.


            Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

            Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

            The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

            Performance considerations:
            Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
            L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


            Note:
                Supported dtypes and layouts:

                .. list-table::
                   :header-rows: 1

                   * - Dtypes
                     - Layouts
                   * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295])
                     - TILE, ROW_MAJOR

                If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

                Operands must have the same dtype.

    An INT32 tensor with a floating-point scalar is promoted to FLOAT32 before computation, including integral-valued floats such as `2.0`. The default output dtype is FLOAT32. Use an integer scalar (for example, `2` instead of `2.0`) to retain integer-scalar semantics.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

remainder: remainder_t = ...

class add_t:
    """
    Adds :attr:`input_tensor_a` to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`, or as the tensor operand when :attr:`input_tensor_a` is a Number

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i + \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor or Number): the input tensor, or the left operand when a Number.
        input_tensor_b (ttnn.Tensor or Number): the input tensor. At least one of the two operands must be a tensor; there is no scalar-scalar overload.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: int | int | float, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

add: add_t = ...

class add__t:
    """
    Adds :attr:`input_tensor_a` to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a` in-place

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i + \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class subtract_t:
    """
    Subtracts :attr:`input_tensor_b` from :attr:`input_tensor_a` and returns the tensor with the same layout as :attr:`input_tensor_a`, or as the tensor operand when :attr:`input_tensor_a` is a Number

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i - \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor or Number): the input tensor, or the left operand when a Number.
        input_tensor_b (ttnn.Tensor or Number): the input tensor. At least one of the two operands must be a tensor; there is no scalar-scalar overload.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: int | int | float, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = True, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

subtract: subtract_t = ...

class subtract__t:
    """
    Subtracts :attr:`input_tensor_b` from :attr:`input_tensor_a` and returns the tensor with the same layout as :attr:`input_tensor_a` in-place

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i - \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class eq_t:
    """
    Compares if :attr:`input_tensor_a` is equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i == \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

eq: eq_t = ...

class ne_t:
    """
    Compares if :attr:`input_tensor_a` is not equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i != \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ne: ne_t = ...

class lt_t:
    """
    Compares if :attr:`input_tensor_a` is less than :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i < \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

lt: lt_t = ...

class le_t:
    """
    Compares if :attr:`input_tensor_a` is less than or equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i <= \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

le: le_t = ...

class gt_t:
    """
    Compares if :attr:`input_tensor_a` is greater than :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i > \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

gt: gt_t = ...

class ge_t:
    """
    Compares if :attr:`input_tensor_a` is greater than or equal to :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i >= \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT8 inputs are cast to UINT16 before device execution and the output follows that dtype. The in-place comparison ops do not cast, so they keep A's dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ge: ge_t = ...

class logical_and_t:
    """
    Computes logical AND of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\, \\& \\, \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_and: logical_and_t = ...

class logical_or_t:
    """
    Computes logical OR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i \\, | \\, \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_or: logical_or_t = ...

class ldexp_t:
    """
    Computes ldexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|ldexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ldexp: ldexp_t = ...

class logaddexp_t:
    """
    Computes logaddexp of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|logaddexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logaddexp: logaddexp_t = ...

class logaddexp2_t:
    """
    Computes logaddexp2 of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|logaddexp2|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logaddexp2: logaddexp2_t = ...

class squared_difference_t:
    """
    Computes squared difference of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|squared_difference|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

squared_difference: squared_difference_t = ...

class bias_gelu_t:
    """
    Computes bias_gelu of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\verb|bias_gelu|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.

    When :attr:`fast_and_approximate_mode` is `True`, the gelu is computed with the fast lookup-table approximation.
    When it is `False` (default), the accurate gelu is used, matching the default of :attr:`ttnn.gelu`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bias_gelu: bias_gelu_t = ...

class multiply_t:
    """
    Multiplies :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`, or as the tensor operand when :attr:`input_tensor_a` is a Number

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i * \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor or Number): the input tensor, or the left operand when a Number.
        input_tensor_b (ttnn.Tensor or Number): the input tensor. At least one of the two operands must be a tensor; there is no scalar-scalar overload.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        When one operand is float-family and the other is INT32 or UINT32 (range: [0, 4294967295]), the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.

    When :attr:`fast_and_approximate_mode` is `True` for bfloat16 datatype, the operation uses FPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses SFPU with the result rounded to nearest even (RNE).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: int | int | float, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

multiply: multiply_t = ...

class divide_t:
    """
    Divides :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`, or as the tensor operand when :attr:`input_tensor_a` is a Number

    .. math::
        \\mathrm{{output\\_tensor}}_i = (\\mathrm{{input\\_tensor\\_a}}_i / \\mathrm{{input\\_tensor\\_b}}_i)

    Args:
        input_tensor_a (ttnn.Tensor or Number): the input tensor, or the left operand when a Number.
        input_tensor_b (ttnn.Tensor or Number): the input tensor. At least one of the two operands must be a tensor; there is no scalar-scalar overload.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
        input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT32 (range: [0, 4294967295]) is not a natively supported operand dtype. When one operand is float-family and the other is INT32 or UINT32, the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.

    When :attr:`fast_and_approximate_mode` is `True`, operation assumes that :attr:`input_tensor_b` is not zero.
    When :attr:`fast_and_approximate_mode` is `False` (default), operation properly handles division by zero.
    When the inputs are INT32, the outputs are FLOAT32 and output datatype conversion is not supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: int | int | float, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

divide: divide_t = ...

class xlogy_t:
    """
    Computes xlogy :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\mathrm{input\\_tensor\\_a}_i \\cdot \\log(\\mathrm{input\\_tensor\\_b}_i)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

xlogy: xlogy_t = ...

class rsub_t:
    """
    Subtracts :attr:`input_tensor_a` from :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_b}}_i - \\mathrm{{input\\_tensor\\_a}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True) -> ttnn._ttnn.tensor.Tensor: ...

rsub: rsub_t = ...

class bitwise_and_t:
    """
    Perform bitwise_and operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_and: bitwise_and_t = ...

class bitwise_or_t:
    """
    Perform bitwise_or operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_or|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_or: bitwise_or_t = ...

class bitwise_xor_t:
    """
    Perform bitwise_xor operation on :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_xor|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_xor: bitwise_xor_t = ...

class bitwise_left_shift_t:
    """
    Perform bitwise_left_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. :attr:`input_tensor_b` has shift_bits which are integers within range (0, 31)

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_left_shift: bitwise_left_shift_t = ...

class bitwise_right_shift_t:
    """
    Perform bitwise_right_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. Int32 uses an arithmetic shift; uint32 uses a logical shift. For uint32, shift counts >= 32 saturate to 31 for both scalar and tensor counts, matching scalar `right_shift_tile`. For int32, counts outside [0, 31] produce 0.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|bitwise_and|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

bitwise_right_shift: bitwise_right_shift_t = ...

class logical_left_shift_t:
    """
    Perform logical_left_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. :attr:`input_tensor_b` has shift_bits which are integers within range (0, 31). Equivalent to multiplying by 2^shift_amt.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logical_left_shift|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Integer): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to a subset of cores (e.g. for subdevice use). Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID — the op resolves cores internally. Mutually exclusive with sub_core_grids. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_left_shift: logical_left_shift_t = ...

class logical_right_shift_t:
    """
    Perform logical_right_shift operation on :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. Vacated bits are filled with zeros. Shift counts outside [0, 31] produce 0. Equivalent to integer division by 2^shift_amt for in-range counts.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\verb|logical_right_shift|(\\mathrm{{input\\_tensor\\_a, input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32, UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_right_shift: logical_right_shift_t = ...

class hypot_t:
    """
    Computes hypot :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\sqrt{(\\mathrm{input\\_tensor\\_a}_i^2 + \\mathrm{input\\_tensor\\_b}_i^2)}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

hypot: hypot_t = ...

class situ_glu_t:
    """
    Computes Moonshot's SiTU-GLU activation over the pre-split :attr:`gate` and :attr:`up` tensors.

    .. math::
        \\mathrm{output\\_tensor}_i = \\left(\\verb|beta1| \\cdot \\tanh(\\mathrm{gate}_i / \\verb|beta1|) \\cdot \\sigma(\\mathrm{gate}_i)\\right) \\cdot \\left(\\verb|beta2| \\cdot \\tanh(\\mathrm{up}_i / \\verb|beta2|)\\right)

    Args:
        gate (ttnn.Tensor): the gate input tensor.
        up (ttnn.Tensor): the up input tensor.
        beta1 (float): the softcap beta applied to the gate half. Must be non-zero.
        beta2 (float): the softcap beta applied to the up half. Must be non-zero.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): the cores every composed step runs on. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub-device whose worker cores to run on, as an alternative to
            spelling them out in :attr:`sub_core_grids`. Mutually exclusive with it. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE

        Implemented for Blackhole only.

        Restricting the cores forces the intermediates to the output's memory space, because the
        L1 placement this picks on a full grid is unsafe next to a concurrently running op. For
        the same reason a core restriction rejects an interleaved-L1 output, whether asked for
        through :attr:`memory_config` or inherited from an interleaved-L1 :attr:`input_tensor_a`:
        such a buffer takes L1 on the cores restricted away. Sharded L1 is accepted -- its shard
        spec confines it.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, gate: ttnn._ttnn.tensor.Tensor, up: ttnn._ttnn.tensor.Tensor, beta1: float, beta2: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

situ_glu: situ_glu_t = ...

class clamped_silu_glu_t:
    """
    Computes DeepSeek-V4's clamped SiLU-GLU activation over the pre-split :attr:`gate` and :attr:`up` tensors.

    .. math::
        \\mathrm{output\\_tensor}_i = \\mathrm{silu}\\left(\\min(\\mathrm{gate}_i, \\verb|limit|)\\right) \\cdot \\mathrm{clamp}(\\mathrm{up}_i, -\\verb|limit|, \\verb|limit|)

    Args:
        gate (ttnn.Tensor): the gate input tensor.
        up (ttnn.Tensor): the up input tensor.
        limit (float): the clamp limit. Bounds the gate half from above only and the up half at
            both ends. Must be positive.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): the cores to run on. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub-device whose worker cores to run on, as an alternative to
            spelling them out in :attr:`sub_core_grids`. Mutually exclusive with it. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B
             - TILE

        Runs as a single multiply with no intermediates, so any output memory config is
        accepted alongside a core restriction. An interleaved-L1 output still spans every
        bank: :attr:`sub_core_grids` scopes the compute, not that allocation.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, gate: ttnn._ttnn.tensor.Tensor, up: ttnn._ttnn.tensor.Tensor, limit: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

clamped_silu_glu: clamped_silu_glu_t = ...

class nextafter_t:
    """
    Computes nextafter :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = \\begin{cases} \\mathrm{next\\_float}(\\mathrm{input\\_tensor\\_a}_i, \\mathrm{input\\_tensor\\_b}_i), & \\text{if } \\mathrm{input\\_tensor\\_a}_i \\neq \\mathrm{input\\_tensor\\_b}_i \\\\ \\mathrm{input\\_tensor\\_a}_i, & \\text{if } \\mathrm{input\\_tensor\\_a}_i = \\mathrm{input\\_tensor\\_b}_i \\end{cases}


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

nextafter: nextafter_t = ...

class minimum_t:
    """
    Computes minimum for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

minimum: minimum_t = ...

class atan2_t:
    """
    Element-wise arctangent of :attr:`input_tensor_a_i` / :attr:`input_tensor_b_i` with consideration of the quadrant. Returns signed angles in radians between the vector (:attr:`input_tensor_b_i`, :attr:`input_tensor_a_i`) and the vector (1, 0).

    .. math::
        \\mathrm{output\\_tensor}_i = \\operatorname{atan2}(\\mathrm{input\\_tensor\\_a}_i, \\mathrm{input\\_tensor\\_b}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        The second parameter, :attr:`input_tensor_b`, is the x-coordinate, while the first parameter, :attr:`input_tensor_a`, is the y-coordinate. Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

atan2: atan2_t = ...

class logical_xor_t:
    """
    Compute logical_xor :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor}_i = (\\mathrm{input\\_tensor\\_a}_i \\land \\lnot \\mathrm{input\\_tensor\\_b}_i) \\lor (\\lnot \\mathrm{input\\_tensor\\_a}_i \\land \\mathrm{input\\_tensor\\_b}_i)

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

logical_xor: logical_xor_t = ...

class logical_or__t:
    """
    Computes inplace logical OR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i | \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logical_xor__t:
    """
    Computes inplace logical XOR of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{input\\_tensor\\_a}_i \\land \\lnot \\mathrm{input\\_tensor\\_b}_i) \\lor (\\lnot \\mathrm{input\\_tensor\\_a}_i \\land \\mathrm{input\\_tensor\\_b}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logical_and__t:
    """
    Computes inplace logical AND of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}_i \\& \\mathrm{{input\\_tensor\\_b}}_i

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class gcd_t:
    """
    Computes Greatest common divisor of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`.
    [supported range [-2147483648, 2147483647]].

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|gcd|\\left(\\mathrm{input\\_tensor\\_a}_i , \\mathrm{input\\_tensor\\_b}_i\\right)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

gcd: gcd_t = ...

class lcm_t:
    """
    Computes Least common multiple of :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`.
    [supported range [-32768, 32767]].

    .. math::
        \\mathrm{output\\_tensor}_i = \\verb|lcm|\\left(\\mathrm{input\\_tensor\\_a}_i , \\mathrm{input\\_tensor\\_b}_i\\right)


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

lcm: lcm_t = ...

class addalpha_t:
    """
    Computes addalpha for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\mathrm{{input\\_tensor\\_a\\ + input\\_tensor\\_b\\ * \\alpha}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): the value to be multiplied.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

addalpha: addalpha_t = ...

class subalpha_t:
    """
    Computes subalpha for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{{output\\_tensor}} = \\mathrm{{input\\_tensor\\_a\\ - input\\_tensor\\_b\\ * \\alpha}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.
        alpha (float): the value to be multiplied.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, alpha: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

subalpha: subalpha_t = ...

class isclose_t:
    """
    Computes isclose for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`. INT32 tensors are typecast to FLOAT32 on device; for integers with magnitude much larger than 2^24 (~1.67e7), that cast can round distinct values to the same float, so the result may differ from ``torch.isclose`` on the original integer tensors.

    .. math::
        \\mathrm{output\\_tensor} = \\begin{cases} 1, & \\text{if } |\\mathrm{input\\_tensor\\_a} - \\mathrm{input\\_tensor\\_b}| \\leq (\\mathrm{atol} + \\mathrm{rtol} \\times |\\mathrm{input\\_tensor\\_b}|) \\\\ 0, & \\text{otherwise} \\end{cases}


    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        rtol (float): relative tolerance. Defaults to `1e-05f`.
        atol (float): absolute tolerance. Defaults to `1e-08f`.
        equal_nan (bool): if NaN values should be treated as equal during comparison. Defaults to `False`.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        The only allowed mixed-dtype pair is FLOAT32 with BFLOAT16.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, rtol: float = 9.999999747378752e-06, atol: float = 9.99999993922529e-09, equal_nan: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

isclose: isclose_t = ...

class div_t:
    """
    Divides :attr:`input_tensor_a` by :attr:`input_tensor_b` and returns a tensor with the same layout as :attr:`input_tensor_a`, or as the tensor operand when :attr:`input_tensor_a` is a Number

            .. math::
                \\mathrm{output}_i = \\begin{cases} \\mathrm{\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{None} \\\\ \\mathrm{\\text{floor}\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{floor} \\\\ \\mathrm{\\text{trunc}\\left(\\frac{\\mathrm{input\\_tensor\\_a}_i}{\\mathrm{input\\_tensor\\_b}_i}\\right)}, & \\text{if } \\mathrm{round\\_mode} = \\mathrm{trunc} \\end{cases}


            Args:
                input_tensor_a (ttnn.Tensor or Number): the input tensor, or the numerator when a Number.
                input_tensor_b (ttnn.Tensor or Number): the input tensor. At least one of the two operands must be a tensor; there is no scalar-scalar overload.

            Keyword args:
                memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
                fast_and_approximate_mode (bool, optional): `true` if input_tensor_b is non-zero for fast approximation, else `false` for accurate division (Only if the input tensor is not ComplexTensor). Defaults to `false`.
                rounding_mode (string, optional): can be `None`, `floor` and `trunc` (only if the input tensor is not ComplexTensor). Defaults to `None`.
                activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.
                input_tensor_a_activations (List[str], optional): list of activation functions to apply to input_a before the operation. A Number in that position takes this list. Defaults to `None`.
                input_tensor_b_activations (List[str], optional): list of activation functions to apply to input_b before the operation. Defaults to `None`.
                dtype (ttnn.DataType, optional): dtype of the output tensor. Defaults to the dtype of the tensor operand, or `ttnn.float32` when an INT32 input is promoted by a floating-point scalar. Integer division with `rounding_mode=None` only accepts `None` or `ttnn.float32`, and always yields `ttnn.float32`.
                output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


            Returns:
                ttnn.Tensor: the output tensor.


            Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

            Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

            The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

            Performance considerations:
            Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
            L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


            Note:
                Supported dtypes and layouts:

                .. list-table::
                   :header-rows: 1

                   * - Dtypes
                     - Layouts
                   * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
                     - TILE, ROW_MAJOR

                If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

                Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

                UINT32 (range: [0, 4294967295]) is not a natively supported operand dtype. When one operand is float-family and the other is INT32 or UINT32, the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.

            With INT32 tensor operands or an INT32 tensor and an integer scalar, rounding_mode `None` produces a FLOAT32 output and output datatype conversion is not supported, while `floor` and `trunc` produce an INT32 output.
            For these INT32 operands with rounding_mode `floor` or `trunc`, division by zero and INT32_MIN / -1 are undefined, regardless of :attr:`fast_and_approximate_mode`.
            For floating-point division (including promoted INT32 inputs), when :attr:`fast_and_approximate_mode` is `True`, operation assumes that :attr:`input_tensor_b` is not zero for fast approximation.
            When :attr:`fast_and_approximate_mode` is `False` (default), floating-point division properly handles division by zero (accurate mode).

    An INT32 tensor with a floating-point scalar is promoted to FLOAT32 before computation, including integral-valued floats such as `2.0`. The default output dtype is FLOAT32. Use an integer scalar (for example, `2` instead of `2.0`) to retain integer-scalar semantics.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, rounding_mode: str | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, fast_and_approximate_mode: bool = False, rounding_mode: str | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: int | int | float, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, fast_and_approximate_mode: bool = False, rounding_mode: str | None = None, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

div: div_t = ...

class div_no_nan_t:
    """
    Computes div_no_nan for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\verb|div_no_nan|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT32 (range: [0, 4294967295]) is not a natively supported operand dtype. When one operand is float-family and the other is INT32 or UINT32, the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

div_no_nan: div_no_nan_t = ...

class floor_div_t:
    """
    Computes floor division for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\verb|floor_div|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT32 (range: [0, 4294967295]) is not a natively supported operand dtype. When one operand is float-family and the other is INT32 or UINT32, the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

floor_div: floor_div_t = ...

class maximum_t:
    """
    Computes maximum for :attr:`input_tensor_a` and :attr:`input_tensor_b` and returns the tensor with the same layout as :attr:`input_tensor_a`

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        dtype (ttnn.DataType, optional): data type for the output tensor. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        activations (List[str], optional): list of activation functions to apply to the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Supported range for :attr:`input_tensor_b` when its of scalar type is [-16777216, 16777216]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

maximum: maximum_t = ...

class prelu_t:
    """
    Perform an eltwise-prelu operation.

    .. math::
        \\mathrm{output\\_tensor} = \\verb|prelu|(\\mathrm{input\\_tensor\\_a,input\\_tensor\\_b})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or List[float] of length 1 or Number): weight.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        PReLU supports the case where weight is a scalar or 1D list/array of size=1 or a 1D tensor :attr:`input_tensor_b` of size = the second dimension in :attr:`input_tensor_a`
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, weight: Sequence[float], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

prelu: prelu_t = ...

class outer_t:
    """
    Computes the outer product of :attr:`input_tensor_a` and :attr:`input_tensor_b`. The last dim of each input is treated as the vector; any leading dims are batch dims that are right-aligned and broadcast against each other (missing leading dims are treated as 1, and a dim of size 1 expands to match the other input). For inputs of shape :math:`[\\ldots, N]` and :math:`[\\ldots, M]` the output has shape :math:`[\\ldots, N, M]`, equivalent to ``a.unsqueeze(-1) * b.unsqueeze(-2)``.

    .. math::
        \\mathrm{output\\_tensor} = \\mathrm{input\\_tensor\\_a} \\text{ } \\otimes \\text{ } \\mathrm{input\\_tensor\\_b}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32, INT32, UINT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

outer: outer_t = ...

class polyval_t:
    """
    Computes polyval of all elements of :attr:`input_tensor_a` with coefficients :attr:`coeffs` and returns the tensor with the same layout as :attr:`input_tensor_a`

    .. math::
        \\mathrm{output\\_tensor} = \\sum_{i=0}^{n} (\\mathrm{coeffs}_i) (\\mathrm{input\\_tensor}^i)


    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        Coeffs (Vector of floats): coefficients of the polynomial.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, coeffs: Sequence[float], *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

polyval: polyval_t = ...

class fmod_t:
    """
    Performs an eltwise-fmod operation.

            .. math::
                \\mathrm{{output\\_tensor}} = \\verb|fmod|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

            Args:
                input_tensor_a (ttnn.Tensor): the input tensor.
                input_tensor_b (ttnn.Tensor or Number): the input tensor.

            Keyword Args:
                memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
                sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
                sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

            Returns:
                ttnn.Tensor: the output tensor.


            Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

            Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

            The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

            Performance considerations:
            Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
            L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


            Note:
                Supported dtypes and layouts:

                .. list-table::
                   :header-rows: 1

                   * - Dtypes
                     - Layouts
                   * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32
                     - TILE, ROW_MAJOR

                If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

                Operands must have the same dtype.

    An INT32 tensor with a floating-point scalar is promoted to FLOAT32 before computation, including integral-valued floats such as `2.0`. The default output dtype is FLOAT32. Use an integer scalar (for example, `2` instead of `2.0`) to retain integer-scalar semantics.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, scalar: int | int | float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

fmod: fmod_t = ...

class gt__t:
    """
    Performs Greater than in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} > \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ge__t:
    """
    Performs Greater than or equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} >= \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class lt__t:
    """
    Performs Less than in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} < \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class le__t:
    """
    Performs Less than or equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} <= \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class eq__t:
    """
    Performs Equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}} == \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ne__t:
    """
    Performs Not equal to in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_a}}\\: != \\mathrm{{input\\_tensor\\_b}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535]), UINT8 (cast to UINT16)
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class ldexp__t:
    """
    Performs ldexp in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|ldexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logaddexp__t:
    """
    Performs logaddexp in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|logaddexp|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class logaddexp2__t:
    """
    Performs logaddexp2 in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|logaddexp2|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class squared_difference__t:
    """
    Performs squared_difference in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|squared_difference|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class multiply__t:
    """
    Performs in-place multiplication operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|multiply|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT16 (range: [0, 65535]), UINT32 (range: [0, 4294967295])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        When one operand is float-family and the other is INT32 or UINT32 (range: [0, 4294967295]), the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.

    When :attr:`fast_and_approximate_mode` is `True` for bfloat16 datatype, the operation uses FPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses SFPU with the result rounded to nearest even (RNE).
    The operation is not supported for INT32 inputs since the outputs are returned as FLOAT32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class divide__t:
    """
    Performs in-place division operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|divide|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `False`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

        UINT32 (range: [0, 4294967295]) is not a natively supported operand dtype. When one operand is float-family and the other is INT32 or UINT32, the integer operand is automatically typecast to the float operand's dtype before device execution; output dtype follows the promoted float dtype.

    When :attr:`fast_and_approximate_mode` is `True`, the operation uses FPU+SFPU implementation for better performance.
    When :attr:`fast_and_approximate_mode` is `False` (default), the operation uses SFPU implementation for better accuracy.
    The operation is not supported for INT32 inputs since the outputs are returned as FLOAT32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = False, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class rsub__t:
    """
    Subtracts :attr:`input_a` from :attr:`input_b` in-place and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\mathrm{{input\\_tensor\\_b}} - \\mathrm{{input\\_tensor\\_a}}

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor): the input tensor.

    Keyword args:
        fast_and_approximate_mode (bool, optional): Use the fast and approximate mode. Defaults to `True`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295]), UINT16 (range: [0, 65535])
             - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands may mix float-family dtypes (BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32); all other dtype pairs must match.

    When :attr:`fast_and_approximate_mode` is `True` (default) for bfloat16 datatype, the operation uses the FPU implementation for better performance, with a max error of 1 ULP.
    When :attr:`fast_and_approximate_mode` is `False` for bfloat16 datatype, the operation uses the SFPU with the result rounded to nearest even (RNE), which matches the golden exactly at a slight perf cost.
    `False` is only accepted when the output dtype is BFLOAT16, since the accurate path exists to round the bfloat16 result; requesting it for any other output dtype raises an error. Leave the flag unset (or pass `True`) for those.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], fast_and_approximate_mode: bool | None = True, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class bias_gelu__t:
    """
    Performs bias_gelu in-place operation on :attr:`input_a` and :attr:`input_b` and returns the tensor with the same layout as :attr:`input_tensor`

    .. math::
        \\verb|bias_gelu|(\\mathrm{{input\\_tensor\\_a,input\\_tensor\\_b}})

    Args:
        input_tensor_a (ttnn.Tensor): the input tensor.
        input_tensor_b (ttnn.Tensor or Number): the input tensor.

    Keyword Args:
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.
        sub_device_id (ttnn.SubDeviceId, optional): sub device ID for core resolution. Mutually exclusive with sub_core_grids. Defaults to ``None``.

    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
              - TILE, ROW_MAJOR

        If the input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.

        Operands must have the same dtype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: int | int | float, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, *, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, sub_device_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class pow_t:
    """
    Perform element-wise pow operation on :attr:`input_tensor` with :attr:`exponent`.

    .. math::
        \\mathrm{output\\_tensor}_i = (\\mathrm{input\\_tensor}_i ** \\mathrm{exponent}_i)

    Args:
        input_tensor (ttnn.Tensor, float): the input tensor.
        exponent (float, int, ttnn.Tensor): the exponent value.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.


    Binary elementwise operations, C=op(A,B), support input tensors A and B in tile and row major layouts (unless dtype requires specific layout, e.g. BFLOAT8_B or BFLOAT4_B), in interleaved or sharded format (height, width or block sharded), in DRAM or L1. A and B are independent, and can have different tensor specs, with restrictions as in notes below.

    Broadcast of A and B operands is supported up to dimension 5 (DNCHW). Any dimensions of size 1 in either A or B will be expanded to match the other input, and data will be duplicated along that dimension. For example, if the shape of A is [2,1,1,32] and B is [1,16,8,1], the output shape will be [2,16,8,32]. The size of dimensions higher than 5 must match between A and B.

    The output C supports the same layouts and formats as A and B, under the same dtype restriction. For operations that return a new tensor, the layout and memory configuration of C are independent of A and B. The memory configuration can be set with memory_config, and the full tensor spec with output_tensor where the operation takes one; if neither is given, the operation will attempt a best decision at an appropriate tensor spec. The dimensions of C, or of output_tensor if given, must match the broadcast-matched size of A and B. By default, C takes the dtype of A unless an operation-specific rule applies: comparison ops return a boolean mask, and a mixed float pair follows A rather than the wider dtype. There is no boolean dtype, so the mask is carried as 1 for true and 0 for false in the output dtype. Where supported, the output dtype can be overridden by the dtype argument or output_tensor. In-place operations write into A, so C is A and keeps its layout, memory configuration and dtype.

    Performance considerations:
    Elementwise operations operate natively in tile format, tiled tensors are preferred as an input, and row-major tensors are tilized and untilized during the operation.
    L1 sharded layout is preferred, with no broadcast and matching tensor specs for A, B and C.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32
             - TILE, ROW_MAJOR
           * - INT32, UINT32, UINT16 (non-negative integer scalar exponent)
             - TILE

        If a floating-point input tensor is ROW_MAJOR layout, it will be internally converted to TILE layout.
        Integer inputs with exponent 0 or 1 may use ROW_MAJOR or TILE layout. For larger exponents, integer inputs
        must use the default 32x32 TILE layout. Integer inputs require a scalar exponent with an integral value;
        tensor exponents and non-integral exponents are rejected for them.
        Integer exponents larger than 1 are not supported on Quasar.
        Integer results wrap modulo 2^32 (2^16 for UINT16) on overflow.

        When :attr:`exponent` is a Tensor, both input tensors must have the same dtype from: BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, exponent: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor: float, exponent: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_a_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = [], input_tensor_b_activations: Sequence[ttnn._ttnn.activation.EltwiseUnaryWithParam] = []) -> ttnn._ttnn.tensor.Tensor: ...

pow: pow_t = ...
