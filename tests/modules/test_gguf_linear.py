"""The ``gguf`` linear: GGUF 4-bit blocks decoded exactly (against gguf.quants) and kept as int4 codes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize, quantize

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tests.families.tiny_gguf import gguf_tensors, write_gguf
from tttv2.errors import ConfigError
from tttv2.modules.gguf_blocks import DECODERS
from tttv2.modules.quantized_linear import GGUFLinear
from tttv2.pretrained import load_pretrained

Q4_0, Q4_1, Q8_0 = GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q4_1, GGMLQuantizationType.Q8_0


def _expanded(name: str, blocks: np.ndarray, rows: int, columns: int) -> torch.Tensor:
    codes, scale, minimum = DECODERS[name](torch.from_numpy(blocks), rows, columns)
    return (codes.float().reshape(rows, -1, 32) * scale[..., None] + minimum[..., None]).reshape(rows, columns)


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


def test_gguf_linear_keeps_4_bit_blocks_and_matches_the_dense_load(tmp_path: Path) -> None:
    path = _quantized_llama(tmp_path / "tiny-q4.gguf")
    dense = load_pretrained(str(path))
    kept = load_pretrained(str(path), quantize="gguf")
    q_proj, down = kept.model.get_submodule("layers.0.attention.q_proj"), kept.model.get_submodule("layers.1.ffn.down")
    head = kept.model.get_submodule("head.proj")
    assert isinstance(q_proj, GGUFLinear) and q_proj.stored_type == "Q4_0" and q_proj.dense_weight is None
    assert isinstance(down, GGUFLinear) and down.stored_type == "Q4_1" and down.nibbles.dtype == torch.uint8
    assert isinstance(head, GGUFLinear) and head.stored_type == "Q8_0" and head.dense_weight is not None
    assert not [name for name, tensor in kept.model.state_dict().items() if tensor.is_meta]
    tokens = torch.tensor([[1, 5, 9, 14, 3, 7, 22, 8, 40, 2, 11, 60, 31, 17, 4, 9, 12, 5]])  # 18 positions: GEMM path
    with torch.no_grad():
        # the same weights, expanded in fp32 either way: only summation order differs
        torch.testing.assert_close(kept.model(tokens), dense.model(tokens), rtol=1e-4, atol=1e-4)
        decode = kept.model(tokens[:, :4])  # the int4 kernel with bf16 activations and scales
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
