"""The ``gguf`` linear: GGUF 4-bit blocks decoded exactly (against gguf.quants) and kept as int4 codes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize, quantize

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tests.families.tiny_gguf import gguf_tensors, write_gguf
from tests.native.block_reference import FP32_UNIT, accumulation_bound, assert_within, quantized_activations, rounding_bound
from tttv2 import native
from tttv2.errors import ConfigError
from tttv2.modules import quantized_linear
from tttv2.modules.gguf_blocks import DECODERS, INT8_DECODERS
from tttv2.modules.quantized_linear import GGUFLinear
from tttv2.pretrained import load_pretrained

Q4_0, Q4_1, Q8_0 = GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q4_1, GGMLQuantizationType.Q8_0


def _expanded(name: str, blocks: np.ndarray, rows: int, columns: int) -> torch.Tensor:
    codes, scale, minimum = DECODERS[name](torch.from_numpy(blocks), rows, columns)
    return (codes.float().reshape(rows, -1, 32) * scale[..., None] + minimum[..., None]).reshape(rows, columns)


def test_q5_0_and_q6_k_decode_to_int8_codes_exactly_as_gguf_dequantizes() -> None:
    """Q5_0 from gguf's quantizer; Q6_K (which gguf cannot quantize) from random bytes with a small finite d."""
    values = np.random.default_rng(0).standard_normal((24, 256)).astype(np.float32)
    q5 = quantize(values, GGMLQuantizationType.Q5_0)
    generator = np.random.default_rng(1)
    q6 = generator.integers(0, 256, size=(16, 2, 210), dtype=np.uint8)
    q6[..., 208:210] = generator.uniform(0.001, 0.05, size=(16, 2, 1)).astype(np.float16).view(np.uint8)
    for stored_type, blocks, (rows, columns), group in ((GGMLQuantizationType.Q5_0, q5, (24, 256), 32),
                                                         (GGMLQuantizationType.Q6_K, q6.reshape(16, -1), (16, 512), 16)):
        codes, scale = INT8_DECODERS[stored_type.name](torch.from_numpy(blocks), rows, columns)
        assert codes.dtype == torch.int8 and scale.shape == (rows, columns // group)
        expanded = (codes.float().reshape(rows, -1, group) * scale[..., None]).reshape(rows, columns)
        torch.testing.assert_close(expanded, torch.from_numpy(dequantize(blocks, stored_type)), rtol=0, atol=0)


@pytest.mark.parametrize("stored_type", [Q4_0, Q4_1])
def test_q4_0_and_q4_1_decode_exactly_as_gguf_dequantizes(stored_type: GGMLQuantizationType) -> None:
    values = np.random.default_rng(0).standard_normal((24, 256)).astype(np.float32)
    blocks = quantize(values, stored_type)
    reference = torch.from_numpy(dequantize(blocks, stored_type))
    torch.testing.assert_close(_expanded(stored_type.name, blocks, 24, 256), reference, rtol=0, atol=0)


def test_q4_k_decodes_exactly_as_gguf_dequantizes() -> None:
    """gguf cannot quantize Q4_K, so the blocks are random bytes with small finite float16 d and dmin."""
    generator = np.random.default_rng(1)
    blocks = generator.integers(0, 256, size=(16, 2, 144), dtype=np.uint8)
    halves = generator.uniform(0.001, 0.05, size=(16, 2, 2)).astype(np.float16)
    blocks[..., 0:4] = halves.view(np.uint8)
    blocks = blocks.reshape(16, 288)
    reference = torch.from_numpy(dequantize(blocks, GGMLQuantizationType.Q4_K))
    torch.testing.assert_close(_expanded("Q4_K", blocks, 16, 512), reference, rtol=0, atol=0)


def _quantized_llama(path: Path) -> Path:
    """The tiny llama GGUF with attention (permuted q/k rows included) in Q4_0, FFN in Q4_1, the head in Q8_0."""
    types = {}
    for name in gguf_tensors():
        if ".attn_" in name and not name.endswith("norm.weight"):
            types[name] = Q4_0
        elif ".ffn_" in name and not name.endswith("norm.weight"):
            types[name] = Q4_1
    return write_gguf(path, quantized={**types, "output.weight": Q8_0})


def test_gguf_linear_keeps_4_bit_blocks_and_matches_the_dense_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _quantized_llama(tmp_path / "tiny-q4.gguf")
    dense = load_pretrained(str(path))
    kept = load_pretrained(str(path), quantize="gguf")
    q_proj, down = kept.model.get_submodule("layers.0.attention.q_proj"), kept.model.get_submodule("layers.1.ffn.down")
    head = kept.model.get_submodule("head.proj")
    native_kernel = native.kernels_available() and native.gguf_has_avx2()
    assert isinstance(q_proj, GGUFLinear) and q_proj.stored_type == "Q4_0" and q_proj.dense_weight is None
    assert isinstance(down, GGUFLinear) and down.stored_type == "Q4_1" and down.nibbles.dtype == torch.uint8
    assert down.layout == ("q4" if native_kernel else "int4pack")
    assert isinstance(head, GGUFLinear) and head.stored_type == "Q8_0"
    assert head.layout == ("q8" if native_kernel else "dense") and (head.dense_weight is None) == native_kernel
    assert not [name for name, tensor in kept.model.state_dict().items() if tensor.is_meta]
    monkeypatch.setattr(quantized_linear, "BLOCK_KERNEL_MAX_TOKENS", 16)  # the tiny model holds fewer positions
    tokens = torch.tensor([[1, 5, 9, 14, 3, 7, 22, 8, 40, 2, 11, 60, 31, 17, 4, 9, 12, 5]])  # 18 positions: GEMM path
    with torch.no_grad():
        # the same weights, expanded in fp32 either way: only summation order differs
        torch.testing.assert_close(kept.model(tokens), dense.model(tokens), rtol=1e-4, atol=1e-4)
        decode = kept.model(tokens[:, :4])  # the block kernel with int8 (or int4pack's bf16) activations
        reference = dense.model(tokens[:, :4])
    pcc = torch.corrcoef(torch.stack((decode.flatten(), reference.flatten())))[0, 1]
    assert pcc > 0.999


def test_quantize_gguf_refuses_a_safetensors_checkpoint(tmp_path: Path) -> None:
    directory = save_checkpoint(FAMILIES["llama"].build(seed=0), tmp_path / "llama")
    with pytest.raises(ConfigError, match=r"quantize='gguf' keeps a GGUF file's blocks, but .* is a hf checkpoint"):
        load_pretrained(str(directory), quantize="gguf")


class _FusedRows:
    """A Q4_0 tensor holding two projections' rows (as Phi-3's fused qkv does) offered for the first half."""

    name, stored_type = "blk.0.attn_qkv.weight", "Q4_0"

    def __init__(self) -> None:
        self.values = np.random.default_rng(2).standard_normal((64, 64)).astype(np.float32)

    @property
    def shape(self) -> tuple[int, ...]:
        return (32, 64)

    def dense(self) -> torch.Tensor:
        return torch.from_numpy(dequantize(quantize(self.values, Q4_0), Q4_0))[:32]

    def raw(self) -> torch.Tensor:
        return torch.from_numpy(quantize(self.values, Q4_0))

    def convert(self, values: torch.Tensor) -> torch.Tensor:
        return values[:32]


def test_a_fused_stored_tensor_loads_dense_instead_of_misreading_its_blocks() -> None:
    layer = GGUFLinear(64, 32)
    layer.load_checkpoint("weight", _FusedRows())
    assert layer.dense_weight is not None and layer.stored_type == "Q4_0"
    torch.testing.assert_close(layer.dense_weight, _FusedRows().dense())


class _Stored:
    """A whole GGUF tensor of ``stored_type`` as a checkpoint offers it (no family conversion)."""

    name = "blk.0.ffn_up.weight"

    def __init__(self, blocks: np.ndarray, stored_type: GGMLQuantizationType, shape: tuple[int, int]) -> None:
        self.blocks, self.stored_type, self.shape = blocks, stored_type.name, shape
        self.gguf_type = stored_type

    def dense(self) -> torch.Tensor:
        return torch.from_numpy(dequantize(self.blocks, self.gguf_type))

    def raw(self) -> torch.Tensor:
        return torch.from_numpy(self.blocks)

    def convert(self, values: torch.Tensor) -> torch.Tensor:
        return values


def _random_q4_k(rows: int, columns: int) -> np.ndarray:
    generator = np.random.default_rng(3)
    blocks = generator.integers(0, 256, size=(rows, columns // 256, 144), dtype=np.uint8)
    blocks[..., 0:4] = generator.uniform(0.001, 0.05, size=(rows, columns // 256, 2)).astype(np.float16).view(np.uint8)
    return blocks.reshape(rows, -1)


def _random_q6_k(rows: int, columns: int) -> np.ndarray:
    """Random Q6_K blocks (gguf cannot quantize Q6_K) with a small finite float16 d."""
    generator = np.random.default_rng(9)
    blocks = generator.integers(0, 256, size=(rows, columns // 256, 210), dtype=np.uint8)
    blocks[..., 208:210] = generator.uniform(0.001, 0.05, size=(rows, columns // 256, 1)).astype(np.float16).view(np.uint8)
    return blocks.reshape(rows, -1)


def _random_blocks(stored_type: GGMLQuantizationType, rows: int, columns: int, seed: int) -> np.ndarray:
    """Blocks of ``stored_type``: random super-blocks (Q4_K, Q6_K), else gguf's quantization of random values."""
    if stored_type == GGMLQuantizationType.Q4_K:
        return _random_q4_k(rows, columns)
    if stored_type == GGMLQuantizationType.Q6_K:
        return _random_q6_k(rows, columns)
    return quantize(np.random.default_rng(seed).standard_normal((rows, columns)).astype(np.float32), stored_type)


@pytest.mark.skipif(not (native.kernels_available() and native.gguf_has_avx2()), reason="no native kernel here")
@pytest.mark.parametrize("stored_type", [Q4_0, Q4_1, GGMLQuantizationType.Q4_K, Q8_0, GGMLQuantizationType.Q5_0,
                                         GGMLQuantizationType.Q6_K])
def test_native_layouts_multiply_the_files_own_blocks(stored_type: GGMLQuantizationType) -> None:
    """Decode (few positions) runs the block kernel within its derived bound; prefill multiplies the same weights."""
    super_blocks = stored_type in (GGMLQuantizationType.Q4_K, GGMLQuantizationType.Q6_K)
    out, columns = (37, 512) if super_blocks else (37, 160)
    blocks = _random_blocks(stored_type, out, columns, seed=4)
    stored = _Stored(blocks, stored_type, (out, columns))
    layer = GGUFLinear(columns, out)
    layer.load_checkpoint("weight", stored)
    assert layer.layout == ("q4" if stored_type.name in DECODERS else "q8") and layer.dense_weight is None
    assert layer.packed.numel() == 0 and layer.scales_and_zeros.numel() == 0  # no int4pack copy beside the codes
    weight = stored.dense().double()
    x = torch.randn(2, 3, columns, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        long_prompt = torch.cat([x] * (quantized_linear.BLOCK_KERNEL_MAX_TOKENS // 3 + 1), dim=1)  # the GEMM's
        decode, prefill = layer(x).reshape(-1, out), layer(long_prompt)[:, :3].reshape(-1, out)
    rows = x.reshape(-1, columns)
    bound = accumulation_bound(quantized_activations(rows), weight) + rounding_bound(rows, weight)
    assert_within(decode, rows.double() @ weight.T, bound)
    # fp32 dequantization (two roundings) and GEMM (columns more): within (columns + 2) u of sum |x| |w|
    assert_within(prefill, rows.double() @ weight.T, (columns + 2) * FP32_UNIT * (rows.double().abs() @ weight.abs().T))


@pytest.mark.skipif(not (native.kernels_available() and native.gguf_has_avx2()), reason="no native kernel here")
@pytest.mark.parametrize("stored_type", [Q4_1, Q8_0])
def test_a_prefill_dequantizes_a_slab_of_rows_at_a_time(stored_type: GGMLQuantizationType,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the kernel's positions the weight is dequantized in slabs of whole tiles, never whole; the result
    is the dequantized weight's GEMM (bias and a last slab with padding rows included)."""
    out, columns = 37, 160
    layer = GGUFLinear(columns, out, bias=True)
    layer.load_checkpoint("weight", _Stored(_random_blocks(stored_type, out, columns, seed=10), stored_type, (out, columns)))
    with torch.no_grad():
        layer.bias.copy_(torch.randn(out, generator=torch.Generator().manual_seed(11)))
    monkeypatch.setattr(quantized_linear, "BLOCK_KERNEL_MAX_TOKENS", 2)
    monkeypatch.setattr(quantized_linear, "DEQUANTIZED_SLAB_ROWS", 8)  # 10 tiles of 4 rows: 5 slabs, the last padded
    slabs: list[int] = []
    for name in ("q4_dequantize", "q8_dequantize"):
        monkeypatch.setattr(native, name, _recording_rows(getattr(native, name), slabs))
    x = torch.randn(2, 5, columns, generator=torch.Generator().manual_seed(12))
    with torch.no_grad():
        result = layer(x)
        slabs_read = list(slabs)
        expected = torch.nn.functional.linear(x, layer.dequantized(torch.float32), layer.bias)
        in_bfloat16 = layer.to(torch.bfloat16)(x.to(torch.bfloat16))
    assert slabs_read == [8] * 5
    weight = layer.dequantized(torch.float32).double()
    magnitude = x.double().abs() @ weight.abs().T + layer.bias.double().abs()
    assert_within(result.reshape(-1, out), expected.double().reshape(-1, out), 2 * (columns + 1) * FP32_UNIT
                  * magnitude.reshape(-1, out))
    assert in_bfloat16.dtype == torch.bfloat16 and in_bfloat16.shape == (2, 5, out)


def _recording_rows(dequantize: Callable[..., torch.Tensor], rows: list[int]) -> Callable[..., torch.Tensor]:
    """``dequantize``, appending the rows of each result to ``rows``."""
    def recording(*args: torch.Tensor) -> torch.Tensor:
        result = dequantize(*args)
        rows.append(result.shape[0])
        return result
    return recording


class _Parts(_Stored):
    """A stored tensor that records which rows were read: a part's :meth:`raw` reads only its rows."""

    def __init__(self, blocks: np.ndarray, stored_type: GGMLQuantizationType, shape: tuple[int, int],
                 reads: list[int]) -> None:
        super().__init__(blocks, stored_type, shape)
        self.reads = reads

    def raw(self) -> torch.Tensor:
        self.reads.append(self.shape[0])
        return super().raw()

    def shard(self, dim: int, index: int, count: int) -> _Parts:
        assert dim == 0 and self.shape[0] % count == 0
        rows = self.shape[0] // count
        return _Parts(self.blocks[index * rows:(index + 1) * rows], self.gguf_type, (rows, self.shape[1]), self.reads)


@pytest.mark.skipif(not (native.kernels_available() and native.gguf_has_avx2()), reason="no native kernel here")
@pytest.mark.parametrize("stored_type", [Q4_1, GGMLQuantizationType.Q4_K, Q8_0, GGMLQuantizationType.Q6_K])
def test_a_large_tensor_is_read_in_parts_and_held_exactly_as_when_read_whole(
        stored_type: GGMLQuantizationType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gemma 3's 178 MB table stood in memory twice (as read and as tiled); parts of whole tiles change nothing."""
    out, columns = 48, 512
    blocks = _random_blocks(stored_type, out, columns, seed=8)
    whole, in_parts = GGUFLinear(columns, out), GGUFLinear(columns, out)
    whole.load_checkpoint("weight", _Stored(blocks, stored_type, (out, columns)))
    monkeypatch.setattr(quantized_linear, "READ_PART_BYTES", blocks.nbytes // 5)  # 6 parts of 8 rows (2 tiles)
    reads: list[int] = []
    in_parts.load_checkpoint("weight", _Parts(blocks, stored_type, (out, columns), reads))
    assert reads == [8] * 6
    assert in_parts.layout == whole.layout
    for name in ("nibbles", "qcodes", "scale", "minimum"):
        held, expected = getattr(in_parts, name), getattr(whole, name)
        assert held.dtype == expected.dtype and torch.equal(held, expected), name
    monkeypatch.setattr(quantized_linear, "READ_PART_BYTES", 1)  # 37 rows split into no whole tiles: read whole
    reads.clear()
    GGUFLinear(columns, 37).load_checkpoint("weight", _Parts(blocks[:37], stored_type, (37, columns), reads))
    assert reads == [37]


class _ReversedRows(_Stored):
    """A tensor whose family conversion reverses its rows, counting the conversions of real (not meta) values."""

    def __init__(self, blocks: np.ndarray, stored_type: GGMLQuantizationType, shape: tuple[int, int]) -> None:
        super().__init__(blocks, stored_type, shape)
        self.probes = 0

    def convert(self, values: torch.Tensor) -> torch.Tensor:
        self.probes += values.device.type != "meta"
        return values.flip(0)


@pytest.mark.skipif(not (native.kernels_available() and native.gguf_has_avx2()), reason="no native kernel here")
def test_a_large_reordered_tensor_is_probed_for_its_row_order_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A float32 probe of a weight's size is the costly step of finding the order: large tensors took it twice."""
    out, columns = 48, 512
    blocks = _random_blocks(Q4_1, out, columns, seed=13)
    monkeypatch.setattr(quantized_linear, "READ_PART_BYTES", blocks.nbytes // 5)
    stored = _ReversedRows(blocks, Q4_1, (out, columns))
    layer = GGUFLinear(columns, out)
    layer.load_checkpoint("weight", stored)
    assert stored.probes == 1 and layer.layout == "q4"
    torch.testing.assert_close(layer.dequantized(torch.float32), stored.dense().flip(0), rtol=0, atol=0)


@pytest.mark.skipif(not (native.kernels_available() and native.gguf_has_avx2()), reason="no native kernel here")
def test_scales_stay_float16_where_the_file_has_them_so_and_a_bfloat16_model_still_runs_the_kernel() -> None:
    out, columns = 37, 160
    q4_1 = quantize(np.random.default_rng(6).standard_normal((out, columns)).astype(np.float32), Q4_1)
    q4_k = _random_q4_k(out, 512)
    layer, k_layer = GGUFLinear(columns, out), GGUFLinear(512, out)
    layer.load_checkpoint("weight", _Stored(q4_1, Q4_1, (out, columns)))
    k_layer.load_checkpoint("weight", _Stored(q4_k, GGMLQuantizationType.Q4_K, (out, 512)))
    assert layer.scale.dtype == layer.minimum.dtype == torch.float16  # Q4_1's d and m are float16 in the file
    assert k_layer.scale.dtype == torch.float32  # Q4_K's d * sub-scale needs more bits than float16 has
    x = torch.randn(1, 2, columns, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        layer.to(torch.bfloat16)  # converts the float buffers too: the kernel reads them back as float32
        assert layer.scale.dtype == torch.bfloat16
        result = layer(x.to(torch.bfloat16))
    assert result.dtype == torch.bfloat16
    # against the exact product: the kernel's bound, plus bfloat16's rounding (unit 2**-8) of the scales and
    # minimums (so of |q d| + |m| per weight), of the activations and of the output
    codes, scale, minimum = DECODERS["Q4_1"](torch.from_numpy(q4_1), out, columns)
    parts = ((codes.double().reshape(out, -1, 32) * scale.double()[..., None]).abs() + minimum.double().abs()[..., None])
    rows, weight = x.reshape(-1, columns), _expanded("Q4_1", q4_1, out, columns).double()
    exact, bf16 = rows.double() @ weight.T, 2.0 ** -8
    before_output = (accumulation_bound(quantized_activations(rows), weight) + (1 + bf16) * rounding_bound(rows, weight)
                     + bf16 * (rows.double().abs() @ parts.reshape(out, columns).T + rows.double().abs() @ weight.abs().T))
    assert_within(result.float().reshape(-1, out), exact, before_output + bf16 * (exact.abs() + before_output))


def test_without_a_compiler_gguf_falls_back_to_the_int4_kernel_with_one_notice(tmp_path: Path) -> None:
    """A fresh cache and a C++ compiler that does not exist: one warning, int4pack layouts, torch's dense linear,
    and generation works."""
    path = _quantized_llama(tmp_path / "tiny-q4.gguf")
    script = (
        "import logging, torch\n"
        "logging.basicConfig(format='%(levelname)s %(message)s')\n"
        "from tttv2.pretrained import load_pretrained\n"
        f"lm = load_pretrained({str(path)!r}, quantize='gguf')\n"
        "layouts = {m.layout for m in lm.model.modules() if hasattr(m, 'layout')}\n"
        "gemv = any(getattr(m, 'native_gemv', False) for m in lm.model.modules())\n"
        "ids = lm.model(torch.tensor([[1, 5, 9]])).argmax(-1)\n"
        "print('LAYOUTS', sorted(layouts), ids.shape[-1], 'GEMV', gemv)\n"
    )
    environment = {**os.environ, "CXX": str(tmp_path / "no-such-compiler"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    notices = [line for line in result.stderr.splitlines() if "native kernels could not be built" in line]
    assert len(notices) == 1, result.stderr
    assert "LAYOUTS ['dense', 'int4pack'] 3 GEMV False" in result.stdout  # the dense head is torch's linear too
