"""The native GGUF block kernels against a plain-torch float64 reference written blockwise, not as the kernel is.

Two bounds, both derived rather than guessed. Against a reference that quantizes the activations the same way
(per block of 32: ``d = max|x| / 127``, codes ``round(x / d)``), only float32 accumulation differs: the integer
dot products are exact, the AVX2 path converts each lane's 4-product partial sum to float and multiplies it by
the block's two scales (two roundings), then sums at most ``blocks + 6`` times, so the error is within
``(blocks + 8) * 2**-24`` times the sum of the partial sums' magnitudes (the portable loop's terms are whole blocks,
which that bounds too). Against the exact product of the unquantized
activations, each activation moves by at most half its block's step ``d / 2``, which adds ``sum_i |w_i| d_i / 2``.
"""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from tttv2 import native

pytestmark = pytest.mark.skipif(not native.gguf_kernels_available(), reason="the native kernels could not be built")

BLOCK = 32
FP32_UNIT = 2.0 ** -24
SHAPES = [(1, 96, 7), (3, 160, 13), (16, 544, 37), (5, 32, 1), (2, 1536, 576)]
"""(rows, in_features, out_features): in a multiple of 32 but mostly not of 256; out not a multiple of 8 or 16."""


def _activations(rows: int, columns: int, seed: int) -> Tensor:
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(rows, columns, generator=generator) * torch.rand(rows, columns // BLOCK, 1, generator=generator).mul(
        4).repeat_interleave(BLOCK, dim=1).reshape(rows, columns)
    x[0, :BLOCK] = 0  # an all-zero block: scale 0, codes 0
    return x


def _q4_blocks(out: int, columns: int, seed: int) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """Random codes (and their weight [out, in]), packed GGUF-style: byte j is code j | code j + 16 << 4."""
    generator = torch.Generator().manual_seed(seed)
    codes = torch.randint(0, 16, (out, columns // BLOCK, BLOCK), generator=generator, dtype=torch.uint8)
    scale = torch.rand(out, columns // BLOCK, generator=generator) * 0.05 + 1e-3
    offset = -torch.rand(out, columns // BLOCK, generator=generator) * 16 * scale
    packed = (codes[..., :16] | (codes[..., 16:] << 4)).reshape(out, columns // 2)
    weight = codes.double() * scale.double()[..., None] + offset.double()[..., None]
    return packed, scale, offset, weight.reshape(out, columns)


def _q8_blocks(out: int, columns: int, seed: int) -> tuple[Tensor, Tensor, Tensor]:
    generator = torch.Generator().manual_seed(seed)
    codes = torch.randint(-128, 128, (out, columns), generator=generator, dtype=torch.int8)
    scale = torch.rand(out, columns // BLOCK, generator=generator) * 0.01 + 1e-4
    weight = codes.double().reshape(out, -1, BLOCK) * scale.double()[..., None]
    return codes, scale, weight.reshape(out, columns)


def _quantized_activations(x: Tensor) -> Tensor:
    """What the kernel multiplies by, in float64: each block's int8 codes times its scale, computed in float32."""
    blocks = x.reshape(x.shape[0], -1, BLOCK)
    amax = blocks.abs().amax(dim=-1)
    scale = amax / torch.full_like(amax, 127)  # a true division: torch multiplies by 1/127 for a Python scalar
    inverse = torch.where(scale != 0, 1 / scale, torch.zeros_like(scale))
    codes = torch.round(blocks * inverse[..., None])
    return (codes.double() * scale.double()[..., None]).reshape(x.shape)


def _accumulation_bound(xq: Tensor, weight: Tensor) -> Tensor:
    """float32 summation error of the kernel: ``(blocks + 8) u`` times the sum of |4-product partial sums|."""
    blocks, lanes = weight.shape[1] // BLOCK, weight.shape[1] // 4
    terms = (xq.reshape(xq.shape[0], 1, lanes, 4) * weight.reshape(1, weight.shape[0], lanes, 4)).sum(-1)
    return (blocks + 8) * FP32_UNIT * terms.abs().sum(-1) + 1e-30


def _rounding_bound(x: Tensor, weight: Tensor) -> Tensor:
    """How far int8 activations move the product: half a block step per activation, times |w|."""
    step = (x.reshape(x.shape[0], -1, BLOCK).abs().amax(-1) / 127).double().repeat_interleave(BLOCK, dim=1)
    return (step / 2) @ weight.abs().T


def _assert_within(actual: Tensor, expected: Tensor, bound: Tensor) -> None:
    excess = (actual.double() - expected).abs() - bound
    assert float(excess.max()) <= 0, f"error exceeds the bound by {float(excess.max()):.3g} at {int(excess.argmax())}"


@pytest.mark.parametrize(("rows", "columns", "out"), SHAPES)
@pytest.mark.parametrize("portable", [False, True], ids=["avx2", "portable"])
def test_q4_kernel_matches_the_blockwise_reference(rows: int, columns: int, out: int, portable: bool) -> None:
    packed, scale, offset, weight = _q4_blocks(out, columns, seed=rows + columns)
    x = _activations(rows, columns, seed=out)
    y = native.q4_matmul(x, packed, scale, offset, portable=portable)
    xq = _quantized_activations(x)
    _assert_within(y, xq @ weight.T, _accumulation_bound(xq, weight))
    _assert_within(y, x.double() @ weight.T, _accumulation_bound(xq, weight) + _rounding_bound(x, weight))


@pytest.mark.parametrize(("rows", "columns", "out"), SHAPES)
@pytest.mark.parametrize("portable", [False, True], ids=["avx2", "portable"])
def test_q8_kernel_matches_the_blockwise_reference(rows: int, columns: int, out: int, portable: bool) -> None:
    codes, scale, weight = _q8_blocks(out, columns, seed=rows * columns)
    x = _activations(rows, columns, seed=out + 1)
    y = native.q8_matmul(x, codes, scale, portable=portable)
    xq = _quantized_activations(x)
    _assert_within(y, xq @ weight.T, _accumulation_bound(xq, weight))
    _assert_within(y, x.double() @ weight.T, _accumulation_bound(xq, weight) + _rounding_bound(x, weight))


def test_the_avx2_and_portable_paths_agree() -> None:
    if not native.gguf_has_avx2():
        pytest.skip("this CPU has no AVX2: only the portable path runs")
    packed, scale, offset, weight = _q4_blocks(37, 544, seed=3)
    x = _activations(4, 544, seed=4)
    bound = 2 * _accumulation_bound(_quantized_activations(x), weight)  # each path within one bound of the reference
    _assert_within(native.q4_matmul(x, packed, scale, offset), native.q4_matmul(x, packed, scale, offset,
                                                                                 portable=True).double(), bound)


def test_dequantize_gives_the_blocks_weights() -> None:
    packed, scale, offset, weight = _q4_blocks(13, 160, seed=5)
    # code * scale + offset in float32: two roundings, each within u of what it rounds
    bound = FP32_UNIT * (2 * (weight - offset.double().repeat_interleave(BLOCK, dim=1)).abs() + weight.abs())
    _assert_within(native.q4_dequantize(packed, scale, offset), weight, bound)
    codes, q8_scale, q8_weight = _q8_blocks(13, 160, seed=6)
    _assert_within(native.q8_dequantize(codes, q8_scale), q8_weight, FP32_UNIT * q8_weight.abs())  # one rounding


def test_a_wrong_layout_is_refused_with_the_expected_shape() -> None:
    packed, scale, offset, _ = _q4_blocks(7, 96, seed=7)
    with pytest.raises(RuntimeError, match=r"codes must be contiguous Byte \[out, 48\]"):
        native.q4_matmul(torch.zeros(1, 96), packed[:, :40].contiguous(), scale, offset)
    with pytest.raises(RuntimeError, match="x must be a contiguous float32"):
        native.q4_matmul(torch.zeros(1, 96, dtype=torch.bfloat16), packed, scale, offset)


def test_torch_compile_traces_the_operators_in_one_graph() -> None:
    packed, scale, offset, _ = _q4_blocks(13, 96, seed=8)
    codes, q8_scale, _ = _q8_blocks(13, 96, seed=9)

    def project(x: Tensor) -> Tensor:
        return native.q4_matmul(x, packed, scale, offset) + native.q8_matmul(x, codes, q8_scale)

    x = _activations(2, 96, seed=10)
    compiled = torch.compile(project, fullgraph=True, backend="aot_eager")
    torch.testing.assert_close(compiled(x), project(x), rtol=0, atol=0)
