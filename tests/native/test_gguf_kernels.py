"""The native GGUF block kernels against a plain-torch float64 reference (bounds: tests/native/block_reference.py)."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from tests.native.block_reference import FP32_UNIT, accumulation_bound, assert_within, quantized_activations, rounding_bound
from tttv2 import native

pytestmark = pytest.mark.skipif(not native.kernels_available(), reason="the native kernels could not be built")

BLOCK = 32
SHAPES = [(1, 96, 7), (3, 160, 13), (16, 544, 37), (5, 32, 1), (2, 1536, 576)]
"""(rows, in_features, out_features): in a multiple of 32 but mostly not of 256 and an odd number of blocks (the
SIMD paths take two blocks a step); out not a multiple of 8 or 16."""
PATHS = ["vnni", "avx2", "portable"]
"""The kernel paths: AVX512-VNNI dot products, AVX2's, plain C++; each is skipped on a CPU that lacks it."""


def _path(path: str) -> dict[str, bool]:
    """The operator's switches for ``path``; skips the test where this CPU cannot run it."""
    if path == "vnni" and not native.gguf_has_vnni():
        pytest.skip("this CPU has no AVX512-VNNI")
    if path in ("vnni", "avx2") and not native.gguf_has_avx2():
        pytest.skip("this CPU has no AVX2")
    return {"portable": path == "portable", "vnni": path == "vnni"}


def _activations(rows: int, columns: int, seed: int) -> Tensor:
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(rows, columns, generator=generator) * torch.rand(rows, columns // BLOCK, 1, generator=generator).mul(
        4).repeat_interleave(BLOCK, dim=1).reshape(rows, columns)
    x[0, :BLOCK] = 0  # an all-zero block: scale 0, codes 0
    return x


def _tiled(columns: int, *per_block: Tensor) -> list[Tensor]:
    """Row-ordered block data ``[out, blocks * k]`` of a weight with ``columns`` inputs, in the kernels' tiles."""
    return [native.tiled(t, columns // BLOCK) for t in per_block]


def _q4_blocks(out: int, columns: int, seed: int) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """Random codes (and their weight [out, in]), packed GGUF-style: byte j is code j | code j + 16 << 4."""
    generator = torch.Generator().manual_seed(seed)
    codes = torch.randint(0, 16, (out, columns // BLOCK, BLOCK), generator=generator, dtype=torch.uint8)
    scale = torch.rand(out, columns // BLOCK, generator=generator) * 0.05 + 1e-3
    offset = -torch.rand(out, columns // BLOCK, generator=generator) * 16 * scale
    packed = (codes[..., :16] | (codes[..., 16:] << 4)).reshape(out, columns // 2)
    return packed, scale, offset, _q4_weight(packed, scale, offset)


def _q4_weight(packed: Tensor, scale: Tensor, offset: Tensor) -> Tensor:
    """The float64 weight ``[out, in]`` of packed 4-bit codes with a scale and offset per block."""
    blocks = packed.reshape(packed.shape[0], -1, BLOCK // 2)
    codes = torch.cat((blocks & 15, blocks >> 4), dim=-1).double()
    return (codes * scale.double()[..., None] + offset.double()[..., None]).reshape(packed.shape[0], -1)


def _q8_blocks(out: int, columns: int, seed: int, group: int = BLOCK) -> tuple[Tensor, Tensor, Tensor]:
    """Random int8 codes with one scale per ``group`` weights (32: Q8_0, Q5_0; 16: Q6_K's sub-blocks)."""
    generator = torch.Generator().manual_seed(seed)
    codes = torch.randint(-128, 128, (out, columns), generator=generator, dtype=torch.int8)
    scale = torch.rand(out, columns // group, generator=generator) * 0.01 + 1e-4
    weight = codes.double().reshape(out, -1, group) * scale.double()[..., None]
    return codes, scale, weight.reshape(out, columns)


def _as_stored(dtype: torch.dtype, *scales: Tensor) -> list[Tensor]:
    """Scales rounded to ``dtype`` (so the float64 reference sees exactly what the kernel reads), in ``dtype``."""
    return [scale.to(dtype) for scale in scales]


SCALE_TYPES = [torch.float32, torch.float16]
"""The kernels read float32 scales, or float16 ones where a tensor's scales are exactly float16 (Q4_0, Q4_1, Q8_0)."""


@pytest.mark.parametrize(("rows", "columns", "out"), SHAPES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("scale_type", SCALE_TYPES, ids=["float32-scales", "float16-scales"])
def test_q4_kernel_matches_the_blockwise_reference(rows: int, columns: int, out: int, path: str,
                                                    scale_type: torch.dtype) -> None:
    packed, scale, offset, _ = _q4_blocks(out, columns, seed=rows + columns)
    scale, offset = _as_stored(scale_type, scale, offset)
    weight = _q4_weight(packed, scale, offset)
    x = _activations(rows, columns, seed=out)
    y = native.q4_matmul(x, *_tiled(columns, packed, scale, offset), **_path(path))[:, :out]
    xq = quantized_activations(x)
    assert_within(y, xq @ weight.T, accumulation_bound(xq, weight))
    assert_within(y, x.double() @ weight.T, accumulation_bound(xq, weight) + rounding_bound(x, weight))


@pytest.mark.parametrize(("rows", "columns", "out"), SHAPES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("group", [32, 16], ids=["scale-per-32", "scale-per-16"])
@pytest.mark.parametrize("scale_type", SCALE_TYPES, ids=["float32-scales", "float16-scales"])
def test_q8_kernel_matches_the_blockwise_reference(rows: int, columns: int, out: int, path: str, group: int,
                                                    scale_type: torch.dtype) -> None:
    codes, scale, _ = _q8_blocks(out, columns, seed=rows * columns, group=group)
    (scale,) = _as_stored(scale_type, scale)
    weight = (codes.double().reshape(out, -1, group) * scale.double()[..., None]).reshape(out, columns)
    x = _activations(rows, columns, seed=out + 1)
    y = native.q8_matmul(x, *_tiled(columns, codes, scale), **_path(path))[:, :out]
    xq = quantized_activations(x)
    assert_within(y, xq @ weight.T, accumulation_bound(xq, weight))
    assert_within(y, x.double() @ weight.T, accumulation_bound(xq, weight) + rounding_bound(x, weight))


def test_the_avx2_and_portable_paths_agree() -> None:
    if not native.gguf_has_avx2():
        pytest.skip("this CPU has no AVX2: only the portable path runs")
    packed, scale, offset, weight = _q4_blocks(37, 544, seed=3)
    x = _activations(4, 544, seed=4)
    bound = 2 * accumulation_bound(quantized_activations(x), weight)  # each path within one bound of the reference
    tiles = _tiled(544, packed, scale, offset)
    assert_within(native.q4_matmul(x, *tiles)[:, :37], native.q4_matmul(x, *tiles, portable=True)[:, :37].double(),
                  bound)


@pytest.mark.parametrize("scale_type", SCALE_TYPES, ids=["float32-scales", "float16-scales"])
def test_dequantize_gives_the_blocks_weights(scale_type: torch.dtype) -> None:
    packed, scale, offset, _ = _q4_blocks(13, 160, seed=5)
    scale, offset = _as_stored(scale_type, scale, offset)
    weight = _q4_weight(packed, scale, offset)
    # code * scale + offset in float32: two roundings, each within u of what it rounds
    bound = FP32_UNIT * (2 * (weight - offset.double().repeat_interleave(BLOCK, dim=1)).abs() + weight.abs())
    assert_within(native.q4_dequantize(*_tiled(160, packed, scale, offset))[:13, :160], weight, bound)
    for group in (32, 16):
        codes, q8_scale, _ = _q8_blocks(13, 160, seed=6, group=group)
        (q8_scale,) = _as_stored(scale_type, q8_scale)
        q8_weight = (codes.double().reshape(13, -1, group) * q8_scale.double()[..., None]).reshape(13, 160)
        dense = native.q8_dequantize(*_tiled(160, codes, q8_scale))[:13, :160]
        assert_within(dense, q8_weight, FP32_UNIT * q8_weight.abs())  # one rounding


def test_scales_become_float16_only_where_every_one_is_exactly_a_float16() -> None:
    exact = torch.tensor([0.5, 2.0 ** -20, -3.25, 0.0])
    assert all(t.dtype == torch.float16 for t in native.compact_scales(exact, -8 * exact))
    inexact = exact + 2.0 ** -30  # 1 + 2**-30 needs more than float16's 11 significant bits
    assert all(t.dtype == torch.float32 for t in native.compact_scales(exact, inexact))
    torch.testing.assert_close(native.compact_scales(inexact)[0], inexact, rtol=0, atol=0)


@pytest.mark.parametrize(("out", "columns"), [(13, 160), (8, 128), (1, 32)])
def test_tiled_rows_give_back_the_rows_in_order(out: int, columns: int) -> None:
    packed, scale, _, _ = _q4_blocks(out, columns, seed=11)
    for per_block in (packed, scale):
        tiles = native.tiled(per_block, columns // BLOCK)
        assert tiles.shape[1:3] == (-(-columns // 64), 4)
        assert torch.equal(native.tiled_rows(tiles, None, out, columns // BLOCK), per_block)
        index = torch.tensor([out - 1, 0, out // 2, out - 1])
        assert torch.equal(native.tiled_rows(tiles, index, out, columns // BLOCK), per_block[index])


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("rows", [1, 3])
def test_many_weights_at_once_give_each_ones_own_product_exactly(path: str, rows: int) -> None:
    """A layer's q, k and v (or gate and up) in one call: 4-bit and 8-bit weights of different heights (one a
    single tile, odd block counts), each exactly what its own call gives: the same quantized activations and
    the same tile kernels, only one parallel region."""
    columns = 160
    packed, scale, offset, _ = _q4_blocks(37, columns, seed=11)
    codes, q8_scale, _ = _q8_blocks(13, columns, seed=12)
    codes16, scale16, _ = _q8_blocks(3, columns, seed=13, group=16)
    small, small_scale, small_offset, _ = _q4_blocks(4, columns, seed=14)
    q4_tiles, small_tiles = _tiled(columns, packed, scale, offset), _tiled(columns, small, small_scale, small_offset)
    q8_tiles, q8_16_tiles = _tiled(columns, codes, q8_scale), _tiled(columns, codes16, scale16)
    x = _activations(rows, columns, seed=15)
    switches = _path(path)
    together = native.block_matmul_many(x, [(*q4_tiles,), (*q8_tiles, None), (*q8_16_tiles, None), (*small_tiles,)],
                                        **switches)
    alone = [native.q4_matmul(x, *q4_tiles, **switches), native.q8_matmul(x, *q8_tiles, **switches),
             native.q8_matmul(x, *q8_16_tiles, **switches), native.q4_matmul(x, *small_tiles, **switches)]
    for actual, expected in zip(together, alone, strict=True):
        torch.testing.assert_close(actual, expected, rtol=0, atol=0)


def test_many_weights_refuse_a_missing_offset_or_other_inputs() -> None:
    packed, scale, offset, _ = _q4_blocks(7, 96, seed=16)
    codes, q8_scale, _ = _q8_blocks(7, 96, seed=17)
    q4_tiles, q8_tiles = _tiled(96, packed, scale, offset), _tiled(96, codes, q8_scale)
    x = torch.zeros(1, 96)
    with pytest.raises(RuntimeError, match="weight 1 has 4-bit codes and needs an offset"):
        native.block_matmul_many(x, [(*q8_tiles, None), (*q4_tiles[:2], None)])
    with pytest.raises(RuntimeError, match="weight 0 has int8 codes and takes no offset"):
        native.block_matmul_many(x, [(*q8_tiles, q4_tiles[2])])
    with pytest.raises(RuntimeError, match=r"codes must be contiguous Char tiles \[tiles, 3, 4, 64\]"):
        native.block_matmul_many(torch.zeros(1, 160), [(*q8_tiles, None)])
    with pytest.raises(ValueError, match="block_matmul_many needs at least one weight"):
        native.block_matmul_many(x, [])


def test_a_wrong_layout_is_refused_with_the_expected_shape() -> None:
    packed, scale, offset, _ = _q4_blocks(7, 96, seed=7)
    tiles = _tiled(96, packed, scale, offset)
    with pytest.raises(RuntimeError, match=r"codes must be contiguous Byte tiles \[tiles, 2, 4, 32\]"):
        native.q4_matmul(torch.zeros(1, 96), packed, *tiles[1:])
    with pytest.raises(RuntimeError, match="x must be a contiguous float32"):
        native.q4_matmul(torch.zeros(1, 96, dtype=torch.bfloat16), *tiles)


def test_torch_compile_traces_the_operators_in_one_graph() -> None:
    packed, scale, offset, _ = _q4_blocks(13, 96, seed=8)
    codes, q8_scale, _ = _q8_blocks(13, 96, seed=9)
    q4_tiles, q8_tiles = _tiled(96, packed, scale, offset), _tiled(96, codes, q8_scale)

    def project(x: Tensor) -> Tensor:
        return native.q4_matmul(x, *q4_tiles) + native.q8_matmul(x, *q8_tiles)

    x = _activations(2, 96, seed=10)
    compiled = torch.compile(project, fullgraph=True, backend="aot_eager")
    torch.testing.assert_close(compiled(x), project(x), rtol=0, atol=0)
