# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ternary operations"""

from typing import overload

import ttnn._ttnn.tensor


class addcmul_t:
    """
    Multiplies :attr:`input_tensor_b` by a scalar, multiplies the result
        element-wise by :attr:`input_tensor_c`, and adds it to
        :attr:`input_tensor_a`.
        Returns a tensor with the same layout as :attr:`input_tensor_a`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i + (value * \\mathrm{input\\_tensor\\_b}_i * \\mathrm{input\\_tensor\\_c}_i)

    Args:
        input_a (ttnn.Tensor): the first input tensor.
        input_b (ttnn.Tensor): the second input tensor.
        input_c (ttnn.Tensor): the third input tensor.

    Keyword Args:
        value (float, optional): scalar value used in the operation. Defaults to 1.0.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B, INT32, UINT32
             - TILE

        Only TTT (tensor-tensor-tensor) variant is supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, input_c: ttnn._ttnn.tensor.Tensor, *, value: float | int | int = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

addcmul: addcmul_t = ...

class addcdiv_t:
    """
    Multiplies :attr:`input_tensor_b` by a scalar, divides the result
        element-wise by :attr:`input_tensor_c`, and adds it to
        :attr:`input_tensor_a`.
        Returns a tensor with the same layout as :attr:`input_tensor_a`.

    .. math::
        \\mathrm{{output\\_tensor}}_i = \\mathrm{{input\\_tensor\\_a}}_i + \\frac{(value * \\mathrm{input\\_tensor\\_b}_i)}{\\mathrm{input\\_tensor\\_c}_i}

    Args:
        input_a (ttnn.Tensor): the first input tensor.
        input_b (ttnn.Tensor): the second input tensor.
        input_c (ttnn.Tensor): the third input tensor.

    Keyword Args:
        value (float, optional): scalar value used in the operation. Defaults to 1.0.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - FLOAT32, BFLOAT16, BFLOAT8_B
             - TILE

        Only TTT (tensor-tensor-tensor) variant is supported.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_a: ttnn._ttnn.tensor.Tensor, input_b: ttnn._ttnn.tensor.Tensor, input_c: ttnn._ttnn.tensor.Tensor, *, value: float = 1.0, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

addcdiv: addcdiv_t = ...

class where_t:
    """
    Selects elements from :attr:`true_value` or :attr:`false_value` depending on the corresponding value in :attr:`predicate`. For each element, if the corresponding entry in :attr:`predicate` is 1, the output element is taken from :attr:`true_value`; otherwise, it is taken from :attr:`false_value`.

    Args:
        predicate (ttnn.Tensor): the predicate tensor must contain only 0's or 1's.
        true_value (ttnn.Tensor or Number): The value selected if the corresponding element in predicate is 1.
        false_value (ttnn.Tensor or Number): The value selected if the corresponding element in predicate is 0.


    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): sub core grids for the operation. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, INT32, UINT32 (range: [0, 4294967295])
             - TILE

        bfloat8_b/bfloat4_b supports only on TILE_LAYOUT
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, predicate: ttnn._ttnn.tensor.Tensor, true_value: float | int | ttnn._ttnn.tensor.Tensor, false_value: float | int | ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, predicate: ttnn._ttnn.tensor.Tensor, true_value: int, false_value: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, predicate: ttnn._ttnn.tensor.Tensor, true_value: int, false_value: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

where: where_t = ...

class lerp_t:
    """
    Computes Lerp on :attr:`input`, :attr:`end` and :attr:`weight` and returns the tensor with the same layout as :attr:`input`

    .. math::
        \\mathrm{output\\_tensor} = \\verb|lerp|(\\mathrm{input, end, weight})

    Args:
        input  (ttnn.Tensor): the input tensor with the starting points.
        end    (ttnn.Tensor): the tensor with the ending points.
        weight (ttnn.Tensor or float): the weight for the interpolation formula.


    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to `None`.


    Note:
        Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE

        bfloat8_b/bfloat4_b supports only on TILE_LAYOUT

        end, weight tensors should have same dtype as input

        output_tensor dtype must match input dtype, or be FLOAT32 when inputs are BFLOAT16, or be BFLOAT16 when inputs are FLOAT32
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input: ttnn._ttnn.tensor.Tensor, end: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input: ttnn._ttnn.tensor.Tensor, end: ttnn._ttnn.tensor.Tensor, weight: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

lerp: lerp_t = ...

class mac_t:
    """
    Computes Mac on :attr:`input_tensor_a`, :attr:`input_tensor_b` and :attr:`input_tensor_c` and returns the tensor with the same layout as :attr:`input_tensor_a`

    Supported call signatures (all return ``a * b + c``):

    .. code-block:: python

        # TTT — all tensors
        ttnn.mac(a, b, c, *, memory_config=None, output_tensor=None, sub_core_grids=None)
        # TTS — a * b + scalar
        ttnn.mac(a, b, value, *, memory_config=None)
        # TST — a * scalar + c
        ttnn.mac(a, value, c, *, memory_config=None)
        # TSS — a * scalar1 + scalar2
        ttnn.mac(a, value1, value2, *, memory_config=None)

    Args:
        input_tensor_a (ttnn.Tensor): the first input tensor (always a tensor).
        input_tensor_b (ttnn.Tensor or float): the second input — tensor (TTT/TTS) or scalar (TST/TSS).
        input_tensor_c (ttnn.Tensor or float): the third input — tensor (TTT/TST) or scalar (TTS/TSS).

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the operation. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor to write into. TTT only. Defaults to `None`.
        sub_core_grids (ttnn.CoreRangeSet, optional): restrict execution to this set of cores. TTT only. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        Supported dtypes and layouts:

        .. list-table::
           :header-rows: 1

           * - Dtypes
             - Layouts
           * - BFLOAT16, BFLOAT8_B, FLOAT32
             - TILE

        bfloat8_b/bfloat4_b supports only on TILE_LAYOUT.

        ``output_tensor`` and ``sub_core_grids`` are only supported on the TTT native LLK path.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, input_tensor_c: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, input_tensor_b: ttnn._ttnn.tensor.Tensor, value: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value: float, input_tensor_c: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_a: ttnn._ttnn.tensor.Tensor, value1: float, value2: float, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

mac: mac_t = ...

class snake_beta_t:
    """
    Computes the SnakeBeta activation element-wise on :attr:`input_tensor`:

    .. math::

        \\text{output}_i = \\text{input}_i + \\frac{\\sin^2(\\text{alpha}_i \\cdot \\text{input}_i)}{\\text{beta}_i}

    This is the BigVGAN-style Snake activation with separate learnable ``alpha`` and ``beta`` parameters.

    Args:
        input_tensor (ttnn.Tensor): the input tensor. Must be rank >= 2 and in TILE layout.
        alpha (ttnn.Tensor): the frequency parameter tensor. Broadcastable on the last dimension.
        beta (ttnn.Tensor): the denominator parameter tensor. Same shape as ``alpha``.
            Caller is responsible for ensuring ``beta != 0`` (no internal epsilon).

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the output. Defaults to ``None``.
        output_tensor (ttnn.Tensor, optional): preallocated output tensor. Defaults to ``None``.

    Note:
        - ``alpha``, ``beta``, and ``input_tensor`` must all be TILE layout and share the same dtype (BFLOAT16 or FLOAT32).
        - ``alpha.shape == beta.shape``; both may only have non-1 size on the last dimension, which must equal ``input_tensor.shape[-1]``.

    Example:
        >>> alpha = ttnn.from_torch(torch.ones(48, dtype=torch.bfloat16), layout=ttnn.TILE_LAYOUT, device=device)
        >>> beta = ttnn.from_torch(torch.ones(48, dtype=torch.bfloat16), layout=ttnn.TILE_LAYOUT, device=device)
        >>> output = ttnn.snake_beta(input_tensor, alpha, beta)
    Computes the SnakeBeta activation `y = x + sin^2(alpha * x) / beta` element-wise on :attr:`input_tensor` with broadcastable per-channel :attr:`alpha` and :attr:`beta`, and returns a tensor with the same layout as :attr:`input_tensor`.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, alpha: ttnn._ttnn.tensor.Tensor, beta: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

snake_beta: snake_beta_t = ...
