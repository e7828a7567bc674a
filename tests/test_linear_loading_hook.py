"""Linears that store weights their own way take checkpoint tensors through the LoadsCheckpoint hook."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType, GGUFReader
from gguf.quants import dequantize
from torch import Tensor, nn

from tests.families.tiny_checkpoints import FAMILIES, prompt_ids, save_checkpoint
from tests.families.tiny_gguf import gguf_tensors, write_gguf
from tttv2.errors import CheckpointError
from tttv2.modules.linear import use_native_gemv
from tttv2.pretrained import load_pretrained
from tttv2.protocols import Linear, LoadsCheckpoint, StoredTensor


class RowInt8Linear(nn.Module):
    """Weight-only int8, one scale per output row; never holds a float weight."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.in_features, self.out_features, self.has_bias = in_features, out_features, bias
        self.register_buffer("qweight", torch.zeros(out_features, in_features, dtype=torch.int8, device=device))
        self.register_buffer("scale", torch.ones(out_features, 1, device=device, dtype=dtype))
        self.bias = nn.Parameter(torch.zeros(out_features, device=device, dtype=dtype)) if bias else None
        self.seen: list[str] = []

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        shapes = {"weight": (self.out_features, self.in_features)}
        return {**shapes, "bias": (self.out_features,)} if self.has_bias else shapes

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        self.seen.append(tensor.name)
        dense = tensor.dense()
        if name == "bias":
            self.bias = nn.Parameter(dense, requires_grad=False)
            return
        scale = dense.abs().amax(dim=1, keepdim=True).clamp(min=1e-12) / 127
        self.qweight = torch.round(dense / scale).to(torch.int8)
        self.scale = scale

    def forward(self, x: Tensor) -> Tensor:
        return nn.functional.linear(x, self.qweight.to(x.dtype) * self.scale, self.bias)


class Q8BlockLinear(nn.Module):
    """Keeps a GGUF Q8_0 tensor's blocks as stored (uint8 rows) and expands them at each call."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.register_buffer("blocks", torch.zeros(out_features, in_features // 32 * 34, dtype=torch.uint8,
                                                   device=device))
        self.stored_types: list[str] = []

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        return {"weight": (self.out_features, self.in_features)}

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        self.stored_types.append(tensor.stored_type)
        self.blocks = tensor.raw()

    def forward(self, x: Tensor) -> Tensor:
        if self.blocks.is_meta:  # validation's dry run on meta: shapes only (a torch op's fake kernel does this)
            return x.new_empty(*x.shape[:-1], self.out_features)
        weight = torch.from_numpy(dequantize(self.blocks.numpy(), GGMLQuantizationType.Q8_0))
        return nn.functional.linear(x, weight.to(x.dtype))


def _pcc(a: Tensor, b: Tensor) -> float:
    return float(torch.corrcoef(torch.stack((a.flatten().double(), b.flatten().double())))[0, 1])


def test_the_hook_classes_conform() -> None:
    for cls in (RowInt8Linear, Q8BlockLinear):
        layer = cls(64, 32)
        assert isinstance(layer, Linear) and isinstance(layer, LoadsCheckpoint)


def test_an_int8_linear_takes_dense_tensors_and_keeps_no_float_weight(tmp_path: Path) -> None:
    directory = save_checkpoint(FAMILIES["llama-biases"].build(seed=0), tmp_path / "llama")
    dense = load_pretrained(str(directory))
    quantized = load_pretrained(str(directory), overrides={"linear": RowInt8Linear})
    q_proj = quantized.model.get_submodule("layers.0.attention.q_proj")
    assert isinstance(q_proj, RowInt8Linear) and q_proj.qweight.dtype == torch.int8
    assert q_proj.seen == ["model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.q_proj.bias"]
    assert not [name for name, _ in quantized.model.named_parameters() if name.endswith("proj.weight")]
    tokens = torch.tensor([prompt_ids()])
    with torch.no_grad():
        ours, reference = quantized.model(tokens), dense.model(tokens)
    assert _pcc(ours, reference) > 0.999  # int8 rounding, ~0.4 % of each row's largest weight
    assert not torch.equal(ours, reference)


def _write_q8_gguf(path: Path) -> dict[str, np.ndarray]:
    """The tiny llama GGUF with every FFN weight stored as Q8_0 blocks; returns those blocks by name."""
    ffn = [name for name in gguf_tensors() if ".ffn_" in name and not name.endswith("norm.weight")]
    write_gguf(path, quantized=dict.fromkeys(ffn, GGMLQuantizationType.Q8_0))
    return {tensor.name: np.array(tensor.data) for tensor in GGUFReader(path).tensors if tensor.name in ffn}


def test_a_block_linear_takes_gguf_blocks_as_stored(tmp_path: Path) -> None:
    blocks = _write_q8_gguf(tmp_path / "tiny-q8.gguf")
    dense = load_pretrained(str(tmp_path / "tiny-q8.gguf"))
    ffn_only = {"linear.ffn.up": Q8BlockLinear, "linear.ffn.down": Q8BlockLinear}
    kept = load_pretrained(str(tmp_path / "tiny-q8.gguf"), overrides=ffn_only)
    down = kept.model.get_submodule("layers.1.ffn.down")
    assert isinstance(down, Q8BlockLinear) and down.stored_types == ["Q8_0"]
    assert down.blocks.dtype == torch.uint8 and np.array_equal(down.blocks.numpy(), blocks["blk.1.ffn_down.weight"])
    tokens = torch.tensor([[1, 5, 9, 14, 3]])
    for model in (dense.model, kept.model):  # torch's linear for every dense product, so the logits are bit-equal
        use_native_gemv(model, enabled=False)
    with torch.no_grad():
        torch.testing.assert_close(kept.model(tokens), dense.model(tokens), rtol=0, atol=0)  # the same dequantization


def test_a_hook_declaring_a_wrong_shape_is_refused_naming_the_tensor(tmp_path: Path) -> None:
    class Transposed(RowInt8Linear):
        def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
            return {"weight": (self.in_features, self.out_features)}

    directory = save_checkpoint(FAMILIES["llama"].build(seed=0), tmp_path / "llama")
    with pytest.raises(CheckpointError, match=r"tensor 'model\.layers\.0\.self_attn\.k_proj\.weight' has shape "
                                              r"\[32, 64\], but parameter 'layers\.0\.attention\.k_proj\.weight' "
                                              r"expects \[64, 32\]"):
        load_pretrained(str(directory), overrides={"linear.attention.qkv": Transposed})
