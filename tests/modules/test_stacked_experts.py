"""The MoE ffn modules against transformers' own sparse MoE blocks, and stacked expert tensors handed to each expert."""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import pytest
import torch
from torch import Tensor, nn
from transformers import MixtralConfig, Qwen3MoeConfig
from transformers.models.mixtral.modeling_mixtral import MixtralSparseMoeBlock
from transformers.models.qwen3_moe.modeling_qwen3_moe import Qwen3MoeSparseMoeBlock

from tests.helpers.tolerance import assert_reordered_close
from tttv2.modules import MixtureOfExperts, StackedExpertMoE
from tttv2.modules.stacked_experts import ExpertBank
from tttv2.protocols import FeedForward, LoadsCheckpoint, StoredTensor

from .helpers import randn, randomize_, seeded

HIDDEN, INTERMEDIATE, EXPERTS = 48, 40, 4
REDUCTION = HIDDEN + INTERMEDIATE  # fp32 both sides; the expert sums may run in another order
MIN_ROUTER_MARGIN = 1e-4  # router logits ~1, computed by the same fp32 matmul on both sides (differences ~1e-7)


def transformers_block(kind: str, top_k: int, normalize: bool) -> nn.Module:
    sizes = {"hidden_size": HIDDEN, "num_experts_per_tok": top_k}
    if kind == "mixtral":  # Mixtral always renormalises
        return MixtralSparseMoeBlock(MixtralConfig(**sizes, intermediate_size=INTERMEDIATE, num_local_experts=EXPERTS))
    return Qwen3MoeSparseMoeBlock(Qwen3MoeConfig(**sizes, moe_intermediate_size=INTERMEDIATE, num_experts=EXPERTS,
                                                norm_topk_prob=normalize))


def copy_into(ours: MixtureOfExperts, theirs: nn.Module) -> None:
    """transformers 5 fuses each expert's gate and up rows into gate_up_proj [experts, 2 * intermediate, hidden]."""
    with torch.no_grad():
        theirs.gate.weight.copy_(ours.router.weight)
        for index, expert in enumerate(ours.experts):
            theirs.experts.gate_up_proj[index].copy_(torch.cat((expert.gate.weight, expert.up.weight)))
            theirs.experts.down_proj[index].copy_(expert.down.weight)


@pytest.mark.parametrize("cls", [MixtureOfExperts, StackedExpertMoE], ids=["moe", "stacked-expert-moe"])
@pytest.mark.parametrize(("kind", "top_k", "normalize"), [
    ("mixtral", 2, True), ("mixtral", 3, True), ("qwen3_moe", 2, False), ("qwen3_moe", 2, True),
    ("qwen3_moe", 1, False)])
def test_matches_transformers_sparse_moe_block(cls: type[MixtureOfExperts], kind: str, top_k: int,
                                               normalize: bool) -> None:
    ours = cls(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, num_experts=EXPERTS, top_k=top_k,
               normalize_top_k=normalize)
    randomize_(ours, seeded(20))
    theirs = transformers_block(kind, top_k, normalize)
    copy_into(ours, theirs)
    x = randn(seeded(21), 2, 7, HIDDEN)
    with torch.no_grad():
        ranked = ours.router(x.reshape(-1, HIDDEN)).sort(dim=-1, descending=True).values
        assert float((ranked[:, top_k - 1] - ranked[:, top_k]).min()) > MIN_ROUTER_MARGIN  # no choice can flip
        assert_reordered_close(ours(x), theirs(x), REDUCTION)


@attrs.frozen
class HeldTensor:
    """A StoredTensor over a tensor in memory: ``dense()`` converted by ``scale`` (``convert``), ``raw()`` as given."""

    name: str
    stored: Tensor
    scale: float = 1.0
    stored_type: str = "F32"

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.stored.shape)

    def dense(self) -> Tensor:
        return self.convert(self.stored)

    def convert(self, values: Tensor) -> Tensor:
        return values * self.scale

    def raw(self) -> Tensor:
        return self.stored


class RecordingLinear(nn.Module):
    """A linear that loads its own weight, keeping the offered tensor's name, shape, dense and raw data."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.register_buffer("weight", torch.zeros(out_features, in_features, device=device, dtype=dtype))
        self.offered: dict[str, object] = {}

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        return {"weight": (self.out_features, self.in_features)}

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        self.offered = {"name": tensor.name, "shape": tensor.shape, "type": tensor.stored_type, "raw": tensor.raw(),
                        "converted": tensor.convert(torch.ones(tensor.shape))}
        self.weight = tensor.dense()

    def forward(self, x: Tensor) -> Tensor:
        return nn.functional.linear(x, self.weight)


def stacked(seed: int, *shape: int) -> Tensor:
    return randn(seeded(seed), *shape)


def test_the_bank_declares_one_stacked_tensor_per_projection() -> None:
    module = StackedExpertMoE(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, num_experts=EXPERTS, device="meta")
    assert isinstance(module.experts, LoadsCheckpoint)
    assert dict(module.experts.checkpoint_shapes()) == {
        "gate": (EXPERTS, INTERMEDIATE, HIDDEN), "up": (EXPERTS, INTERMEDIATE, HIDDEN),
        "down": (EXPERTS, HIDDEN, INTERMEDIATE)}


def test_dense_experts_get_their_slice_of_the_converted_tensor() -> None:
    module = StackedExpertMoE(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, num_experts=EXPERTS, device="meta")
    bank = module.experts
    assert isinstance(bank, ExpertBank)
    tensors = {"gate": stacked(1, EXPERTS, INTERMEDIATE, HIDDEN), "up": stacked(2, EXPERTS, INTERMEDIATE, HIDDEN),
               "down": stacked(3, EXPERTS, HIDDEN, INTERMEDIATE)}
    for name, tensor in tensors.items():
        bank.load_checkpoint(name, HeldTensor(f"blk.0.ffn_{name}_exps.weight", tensor, scale=2.0))
    for index, expert in enumerate(module.experts):
        for name, tensor in tensors.items():
            torch.testing.assert_close(getattr(expert, name).weight, tensor[index] * 2.0, atol=0, rtol=0)
    assert not any(p.is_meta for p in bank.parameters())


@pytest.mark.parametrize("raw_rows", [False, True], ids=["raw-3d", "raw-block-rows"])
def test_self_loading_experts_get_a_stored_tensor_of_their_own(raw_rows: bool) -> None:
    """A quantized linear sees expert e's name, shape, dense slice and raw rows (GGUF raw data may come as
    [experts * rows, bytes]: blocks run along a row, so the rows split evenly by expert)."""
    module = StackedExpertMoE(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, num_experts=EXPERTS,
                              up_linear=RecordingLinear, down_linear=RecordingLinear)
    tensor = stacked(4, EXPERTS, INTERMEDIATE, HIDDEN)
    raw = torch.arange(EXPERTS * INTERMEDIATE * 6, dtype=torch.uint8).reshape(EXPERTS, INTERMEDIATE, 6)

    class Blocks(HeldTensor):
        def raw(self) -> Tensor:
            return raw.reshape(-1, 6) if raw_rows else raw

    module.experts.load_checkpoint("up", Blocks("blk.3.ffn_up_exps.weight", tensor, scale=3.0, stored_type="Q8_0"))
    for index, expert in enumerate(module.experts):
        offered = expert.up.offered
        assert (offered["name"], offered["shape"], offered["type"]) == (
            f"blk.3.ffn_up_exps.weight[{index}]", (INTERMEDIATE, HIDDEN), "Q8_0")
        assert torch.equal(offered["raw"], raw[index])
        assert torch.equal(offered["converted"], torch.full((INTERMEDIATE, HIDDEN), 3.0))  # the family's conversion
        assert torch.equal(expert.up.weight, tensor[index] * 3.0)


@pytest.mark.parametrize("module", [
    StackedExpertMoE(hidden_dim=8, intermediate_dim=16, num_experts=2)], ids=["stacked-expert-moe"])
def test_conforms_to_the_ffn_contract(module: object) -> None:
    assert isinstance(module, FeedForward)
