"""The native dense GEMV (``tttv2::dense_mm``) against a float64 product, with bounds derived from the sums.

Every path sums float32 products (a bfloat16 weight or activation widens to float32 exactly, and a product of two
bfloat16 values is exact in float32), at most ``in`` additions a chain, so its error is within ``(in + 2) u``
times ``sum_i |w_i x_i|`` (Higham, §3.1), plus the bias's addition and the rounding of the result to the output
dtype (``u`` of that dtype times the result).
"""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from tests.native.block_reference import FP32_UNIT, assert_within
from tttv2 import native

pytestmark = pytest.mark.skipif(not native.kernels_available(), reason="the native kernels could not be built")

SHAPES = [(1, 576, 101), (2, 37, 9), (3, 1536, 64), (4, 16, 3), (1, 7, 1), (7, 64, 5), (16, 40, 17)]
"""(rows, in, out): in a multiple of 16 (the SIMD step) and not; rows 1 to DENSE_MAX_ROWS, in one pass of four
rows or several (the last one partial)."""
DTYPES = [torch.float32, torch.bfloat16]
OUTPUT_UNIT = {torch.float32: FP32_UNIT, torch.bfloat16: 2.0 ** -8}


def _path(path: str) -> bool:
    """The operator's ``portable`` switch for ``path``; skips the AVX2 path on a CPU without AVX2."""
    if path == "avx2" and not native.gguf_has_avx2():
        pytest.skip("this CPU has no AVX2")
    return path == "portable"


def _operands(rows: int, columns: int, out: int, dtype: torch.dtype, seed: int) -> tuple[Tensor, Tensor, Tensor]:
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(rows, columns, generator=generator).to(dtype)
    weight = (torch.randn(out, columns, generator=generator) * 0.1).to(dtype)
    bias = torch.randn(out, generator=generator).to(dtype)
    return x, weight, bias


def _bound(x: Tensor, weight: Tensor, exact: Tensor, dtype: torch.dtype) -> Tensor:
    terms = x.double().abs() @ weight.double().abs().T
    summed = (x.shape[1] + 2) * FP32_UNIT * (terms + exact.abs())
    return summed + OUTPUT_UNIT[dtype] * (exact.abs() + summed) + 1e-30


@pytest.mark.parametrize("path", ["avx2", "portable"])
@pytest.mark.parametrize("dtype", DTYPES, ids=["float32", "bfloat16"])
@pytest.mark.parametrize(("rows", "columns", "out"), SHAPES)
def test_dense_product_is_the_float64_product_within_its_rounding(rows: int, columns: int, out: int,
                                                                  dtype: torch.dtype, path: str) -> None:
    x, weight, bias = _operands(rows, columns, out, dtype, seed=rows * columns + out)
    for with_bias in (None, bias):
        result = native.dense_matmul(x, weight, with_bias, portable=_path(path))
        assert result.dtype == dtype and result.shape == (rows, out)
        exact = x.double() @ weight.double().T + (0 if with_bias is None else with_bias.double())
        assert_within(result.reshape(rows, out), exact, _bound(x, weight, exact, dtype))


def test_dense_product_traces_on_meta_with_its_shape() -> None:
    x, weight = torch.empty(3, 40, device="meta"), torch.empty(11, 40, device="meta")
    assert native.dense_matmul(x, weight).shape == (3, 11)


@pytest.mark.parametrize(("x", "weight", "bias", "message"), [
    (torch.zeros(17, 8), torch.zeros(3, 8), None,
     r"x must be a contiguous Float tensor \[1..16, 8\], got Float \[17, 8\]"),
    (torch.zeros(1, 8), torch.zeros(3, 8, dtype=torch.bfloat16), None, r"x must be a contiguous BFloat16 tensor"),
    (torch.zeros(1, 8), torch.zeros(3, 7), None, r"x must be a contiguous Float tensor \[1..16, 7\]"),
    (torch.zeros(1, 8, dtype=torch.float64), torch.zeros(3, 8, dtype=torch.float64), None,
     "weight must be a contiguous float32 or bfloat16 CPU tensor"),
    (torch.zeros(1, 8), torch.zeros(8, 3).T, None, "weight must be a contiguous"),
    (torch.zeros(1, 8), torch.zeros(3, 8), torch.zeros(4), r"bias must be a contiguous Float tensor \[3\], got Float \[4\]"),
])
def test_dense_product_refuses_operands_it_cannot_take(x: Tensor, weight: Tensor, bias: Tensor | None,
                                                       message: str) -> None:
    with pytest.raises(RuntimeError, match=rf"tttv2::dense_mm: {message}"):
        native.dense_matmul(x, weight, bias)
