"""LM heads whose logits are divided by a constant (category ``head``), as Granite's ``logits_scaling``."""

from __future__ import annotations

import torch
from torch import Tensor

from tttv2.errors import ConfigError
from tttv2.modules.head import LinearHead, TiedHead
from tttv2.protocols import LinearFactory, WeightedEmbedding
from tttv2.registry import default_registry


@default_registry.register_module(
    name="scaled-linear-head", category="head", alias=("granite-head",),
    description="Untied linear head whose logits are divided by logits_scaling (Granite).",
    hardware_support=["cpu", "cuda"], tags=["granite"])
class ScaledLinearHead(LinearHead):
    """``proj(hidden) / logits_scaling``; ``head_linear`` makes the projection (tensor group ``head``)."""

    def __init__(self, *, hidden_dim: int, vocab_size: int, logits_scaling: float,
                 head_linear: LinearFactory[Tensor] | None = None,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(hidden_dim=hidden_dim, vocab_size=vocab_size, head_linear=head_linear,
                         device=device, dtype=dtype)
        self.logits_scaling = _checked(logits_scaling)

    def forward(self, hidden: Tensor) -> Tensor:
        return super().forward(hidden) / self.logits_scaling


@default_registry.register_module(
    name="scaled-tied-head", category="head", alias=("granite-tied-head",),
    description="Head tied to the embedding whose logits are divided by logits_scaling (Granite).",
    hardware_support=["cpu", "cuda"], tags=["granite", "tied"])
class ScaledTiedHead(TiedHead):
    """``hidden @ embedding.weight.T / logits_scaling``; holds no parameter of its own."""

    def __init__(self, *, embedding: WeightedEmbedding[Tensor], logits_scaling: float) -> None:
        super().__init__(embedding=embedding)
        self.logits_scaling = _checked(logits_scaling)

    def forward(self, hidden: Tensor) -> Tensor:
        return super().forward(hidden) / self.logits_scaling


def _checked(logits_scaling: float) -> float:
    if logits_scaling <= 0:
        raise ConfigError(f"head logits_scaling must be positive, got {logits_scaling}")
    return logits_scaling
