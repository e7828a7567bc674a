"""Feed-forward networks against transformers' MLPs and plain torch: MoE as a dense einsum with a top-k mask."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor
from transformers import Gemma3TextConfig, LlamaConfig
from transformers.models.gemma3.modeling_gemma3 import Gemma3MLP
from transformers.models.llama.modeling_llama import LlamaMLP

from tests.helpers.tolerance import assert_reordered_close
from tttv2.errors import ConfigError
from tttv2.modules import GeGLU, GeluMLP, MixtureOfExperts, SwiGLU
from tttv2.protocols import FeedForward

from .helpers import randn, randomize_, seeded

HF_ATOL, HF_RTOL = 1e-6, 1e-6  # same fp32 ops as transformers' MLPs; allow last-bit matmul differences

HIDDEN, INTERMEDIATE = 48, 80
REDUCTION = HIDDEN + INTERMEDIATE  # fp32 vs float64: an up/gate projection, then the down projection
SHAPE = (2, 7, HIDDEN)


def copy_gated(ours: SwiGLU | GeGLU, theirs: torch.nn.Module) -> None:
    with torch.no_grad():
        theirs.gate_proj.weight.copy_(ours.gate.weight)
        theirs.up_proj.weight.copy_(ours.up.weight)
        theirs.down_proj.weight.copy_(ours.down.weight)


def test_swiglu_matches_llama_mlp() -> None:
    ours = randomize_(SwiGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE), seeded(0))
    theirs = LlamaMLP(LlamaConfig(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, hidden_act="silu",
                                 num_attention_heads=4))
    copy_gated(ours, theirs)  # type: ignore[arg-type]  # randomize_ returns the SwiGLU it was given
    x = randn(seeded(1), *SHAPE)
    torch.testing.assert_close(ours(x), theirs(x), atol=HF_ATOL, rtol=HF_RTOL)


def test_geglu_matches_gemma3_mlp() -> None:
    ours = randomize_(GeGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE), seeded(2))
    theirs = Gemma3MLP(Gemma3TextConfig(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE,
                                        hidden_activation="gelu_pytorch_tanh"))
    copy_gated(ours, theirs)  # type: ignore[arg-type]  # as above
    x = randn(seeded(3), *SHAPE)
    torch.testing.assert_close(ours(x), theirs(x), atol=HF_ATOL, rtol=HF_RTOL)


def _linear(x: Tensor, linear: torch.nn.Linear) -> Tensor:
    out = x @ linear.weight.double().T
    return out + linear.bias.double() if linear.bias is not None else out


def silu(x: Tensor) -> Tensor:
    return x / (1 + torch.exp(-x))


def gelu_tanh(x: Tensor) -> Tensor:
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))


def gelu_exact(x: Tensor) -> Tensor:
    return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))


@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize(("cls", "activation"), [(SwiGLU, silu), (GeGLU, gelu_tanh)], ids=["swiglu", "geglu"])
def test_gated_mlps_match_float64_formula(cls: type, activation: object, bias: bool) -> None:
    module = randomize_(cls(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, bias=bias), seeded(4))
    assert (module.gate.bias is not None) == bias
    x = randn(seeded(5), *SHAPE)
    x64 = x.double()
    hidden = activation(_linear(x64, module.gate)) * _linear(x64, module.up)  # type: ignore[operator]  # a function
    assert_reordered_close(module(x), _linear(hidden, module.down).float(), REDUCTION)


@pytest.mark.parametrize(("approximate", "activation"), [("none", gelu_exact), ("tanh", gelu_tanh)])
@pytest.mark.parametrize("bias", [True, False])
def test_gelu_mlp_matches_float64_formula(approximate: str, activation: object, bias: bool) -> None:
    module = randomize_(GeluMLP(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE, bias=bias, approximate=approximate),
                        seeded(6))
    x = randn(seeded(7), *SHAPE).double()
    expected = _linear(activation(_linear(x, module.up)), module.down)  # type: ignore[operator]  # a function
    assert_reordered_close(module(x.float()), expected.float(), REDUCTION)


def dense_moe(module: MixtureOfExperts, x: Tensor, top_k: int, normalize: bool) -> Tensor:
    """Every expert on every token (einsum over stacked weights), then a top-k mask on the router weights."""
    tokens = x.reshape(-1, x.shape[-1]).double()
    gate = torch.stack([e.gate.weight.double() for e in module.experts])  # [experts, intermediate, hidden]
    up = torch.stack([e.up.weight.double() for e in module.experts])
    down = torch.stack([e.down.weight.double() for e in module.experts])  # [experts, hidden, intermediate]
    hidden = silu(torch.einsum("th,eih->eti", tokens, gate)) * torch.einsum("th,eih->eti", tokens, up)
    per_expert = torch.einsum("eti,ehi->eth", hidden, down)  # [experts, tokens, hidden]
    probabilities = torch.softmax(tokens @ module.router.weight.double().T, dim=-1)  # [tokens, experts]
    kth_largest = probabilities.sort(dim=-1, descending=True).values[:, top_k - 1:top_k]
    weights = torch.where(probabilities >= kth_largest, probabilities, torch.zeros_like(probabilities))
    if normalize:
        weights = weights / weights.sum(dim=-1, keepdim=True)
    return torch.einsum("te,eth->th", weights, per_expert).reshape(x.shape)


@pytest.mark.parametrize(("num_experts", "top_k"), [(4, 2), (4, 1), (6, 3), (3, 3)])
@pytest.mark.parametrize("normalize", [True, False])
def test_moe_matches_dense_einsum_with_top_k_mask(num_experts: int, top_k: int, normalize: bool) -> None:
    module = MixtureOfExperts(hidden_dim=HIDDEN, intermediate_dim=32, num_experts=num_experts, top_k=top_k,
                              normalize_top_k=normalize)
    randomize_(module, seeded(8))
    x = randn(seeded(9), *SHAPE)
    out = module(x)
    assert out.shape == x.shape and out.dtype == x.dtype
    assert_reordered_close(out, dense_moe(module, x, top_k, normalize).float(), REDUCTION)


def test_moe_with_an_expert_that_gets_no_token() -> None:
    module = MixtureOfExperts(hidden_dim=HIDDEN, intermediate_dim=16, num_experts=8, top_k=1)
    randomize_(module, seeded(10))
    x = randn(seeded(11), 1, 3, HIDDEN)  # 3 tokens, 8 experts: at least 5 idle
    assert_reordered_close(module(x), dense_moe(module, x, 1, True).float(), REDUCTION)


@pytest.mark.parametrize("module", [
    SwiGLU(hidden_dim=8, intermediate_dim=16), GeGLU(hidden_dim=8, intermediate_dim=16),
    GeluMLP(hidden_dim=8, intermediate_dim=16), MixtureOfExperts(hidden_dim=8, intermediate_dim=16, num_experts=2),
], ids=["swiglu", "geglu", "gelu-mlp", "moe"])
def test_built_ins_conform_to_the_contract(module: object) -> None:
    assert isinstance(module, FeedForward)


@pytest.mark.parametrize(("num_experts", "top_k"), [(4, 5), (4, 0)])
def test_moe_rejects_top_k_outside_one_to_num_experts(num_experts: int, top_k: int) -> None:
    with pytest.raises(ConfigError, match=f"top_k={top_k}, num_experts={num_experts}"):
        MixtureOfExperts(hidden_dim=8, intermediate_dim=16, num_experts=num_experts, top_k=top_k)


@pytest.mark.parametrize("cls", [SwiGLU, GeGLU])
def test_gated_mlps_reject_non_positive_dims(cls: type) -> None:
    with pytest.raises(ConfigError, match="hidden_dim=8, intermediate_dim=0"):
        cls(hidden_dim=8, intermediate_dim=0)
