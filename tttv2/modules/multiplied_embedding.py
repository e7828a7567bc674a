"""A token embedding multiplied by a configured constant (category ``embedding``), as Granite scales its inputs."""

from __future__ import annotations

import torch
from torch import Tensor

from tttv2.errors import ConfigError
from tttv2.modules.embedding import TokenEmbedding
from tttv2.registry import default_registry


@default_registry.register_module(
    name="multiplied-embedding", category="embedding", alias=("granite-embedding",),
    description="Token embedding times a constant multiplier from the config (Granite's embedding_multiplier).",
    hardware_support=["cpu", "cuda"], tags=["granite"])
class MultipliedEmbedding(TokenEmbedding):
    """``weight[token_ids] * multiplier``; unlike Gemma's scale, the factor is not rounded to the weight dtype first."""

    def __init__(self, *, vocab_size: int, hidden_dim: int, multiplier: float,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(vocab_size=vocab_size, hidden_dim=hidden_dim, device=device, dtype=dtype)
        if multiplier <= 0:
            raise ConfigError(f"multiplied-embedding: multiplier must be positive, got {multiplier}")
        self.multiplier = multiplier

    def forward(self, token_ids: Tensor) -> Tensor:
        return super().forward(token_ids) * self.multiplier
