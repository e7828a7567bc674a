"""Feed-forward networks (category ``ffn``): SwiGLU, GeGLU, GELU MLP, top-k mixture of experts."""

from __future__ import annotations

from typing import Literal

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.modules.linear import dense_factory
from tttv2.parallel import ShardPlan
from tttv2.protocols import LinearFactory
from tttv2.registry import default_registry


class _GatedMLP(nn.Module):
    """``down(act(gate(x)) * up(x))``; subclasses pick the activation.

    ``up_linear`` makes gate and up, ``down_linear`` makes down (tensor groups ``ffn.up``, ``ffn.down``);
    dense when not given. Under tensor parallelism each rank holds a share of the intermediate features.
    """

    shard_plan = ShardPlan(divide={"intermediate_dim": "features"},
                           column={"gate": "intermediate_dim", "up": "intermediate_dim"},
                           row={"down": "intermediate_dim"})

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, bias: bool = False,
                 up_linear: LinearFactory[Tensor] | None = None, down_linear: LinearFactory[Tensor] | None = None,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        if hidden_dim <= 0 or intermediate_dim <= 0:
            raise ConfigError(f"ffn needs positive dims, got hidden_dim={hidden_dim}, intermediate_dim={intermediate_dim}")
        make_up = up_linear or dense_factory(device, dtype)
        make_down = down_linear or dense_factory(device, dtype)
        self.gate = make_up(hidden_dim, intermediate_dim, bias)
        self.up = make_up(hidden_dim, intermediate_dim, bias)
        self.down = make_down(intermediate_dim, hidden_dim, bias)

    def activation(self, x: Tensor) -> Tensor:
        raise NotImplementedError

    def forward(self, x: Tensor) -> Tensor:
        return self.down.forward(self.activation(self.gate.forward(x)) * self.up.forward(x))


@default_registry.register_module(
    name="swiglu", category="ffn", alias=("swiglu-mlp", "llama-mlp"),
    description="Gated MLP with SiLU: down(silu(gate(x)) * up(x)) (Llama, Qwen, Mistral).",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen", "mistral", "gated"])
class SwiGLU(_GatedMLP):
    """SiLU-gated MLP."""

    def activation(self, x: Tensor) -> Tensor:
        return F.silu(x)


@default_registry.register_module(
    name="geglu", category="ffn", alias="gelu-gated",
    description="Gated MLP with tanh-approximated GELU: down(gelu(gate(x)) * up(x)) (Gemma).",
    hardware_support=["cpu", "cuda"], tags=["gemma", "gated"])
class GeGLU(_GatedMLP):
    """GELU(tanh)-gated MLP."""

    def activation(self, x: Tensor) -> Tensor:
        return F.gelu(x, approximate="tanh")


@default_registry.register_module(
    name="gelu-mlp", category="ffn", alias="mlp",
    description="Two-layer MLP with GELU: down(gelu(up(x))) (GPT-2 style).",
    hardware_support=["cpu", "cuda"], tags=["gpt"])
class GeluMLP(nn.Module):
    """Ungated MLP with a GELU (exact or tanh-approximated); split by intermediate features like the gated ones."""

    shard_plan = ShardPlan(divide={"intermediate_dim": "features"}, column={"up": "intermediate_dim"},
                           row={"down": "intermediate_dim"})

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, bias: bool = True,
                 approximate: Literal["none", "tanh"] = "none",
                 up_linear: LinearFactory[Tensor] | None = None, down_linear: LinearFactory[Tensor] | None = None,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.approximate = approximate
        self.up = (up_linear or dense_factory(device, dtype))(hidden_dim, intermediate_dim, bias)
        self.down = (down_linear or dense_factory(device, dtype))(intermediate_dim, hidden_dim, bias)

    def forward(self, x: Tensor) -> Tensor:
        return self.down.forward(F.gelu(self.up.forward(x), approximate=self.approximate))


@default_registry.register_module(
    name="moe", category="ffn", alias=("mixture-of-experts", "top-k-moe"),
    description="Top-k mixture of SwiGLU experts with a softmax router (Mixtral, Qwen-MoE style).",
    hardware_support=["cpu", "cuda"], tags=["moe", "sparse", "mixtral"])
class MixtureOfExperts(nn.Module):
    """Routes each token to its ``top_k`` experts and sums their outputs weighted by router probabilities.

    Each expert's projections come from ``up_linear``/``down_linear``; the router stays dense.
    """

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, num_experts: int, top_k: int = 2,
                 normalize_top_k: bool = True, up_linear: LinearFactory[Tensor] | None = None,
                 down_linear: LinearFactory[Tensor] | None = None, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__()
        if not 0 < top_k <= num_experts:
            raise ConfigError(f"moe: need 0 < top_k <= num_experts, got top_k={top_k}, num_experts={num_experts}")
        self.top_k = top_k
        self.normalize_top_k = normalize_top_k
        self.router = nn.Linear(hidden_dim, num_experts, bias=False, device=device, dtype=dtype)
        self.experts = nn.ModuleList(
            SwiGLU(hidden_dim=hidden_dim, intermediate_dim=intermediate_dim, up_linear=up_linear,
                   down_linear=down_linear, device=device, dtype=dtype)
            for _ in range(num_experts)
        )

    def forward(self, x: Tensor) -> Tensor:
        tokens = x.reshape(-1, x.shape[-1])
        probabilities = torch.softmax(self.router.forward(tokens).float(), dim=-1)
        weights, chosen = torch.topk(probabilities, self.top_k, dim=-1)
        if self.normalize_top_k:
            weights = weights / weights.sum(dim=-1, keepdim=True)
        out = torch.zeros_like(tokens)
        for index, expert in enumerate(self.experts):
            rows, slot = torch.nonzero(chosen == index, as_tuple=True)
            if rows.numel():
                contribution = expert.forward(tokens[rows]) * weights[rows, slot, None].to(x.dtype)
                out.index_add_(0, rows, contribution)
        return out.reshape(x.shape)
