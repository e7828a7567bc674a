"""Token embeddings (category ``embedding``), optionally scaled by sqrt(hidden_dim) as in Gemma."""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn

from tttv2.registry import default_registry


@default_registry.register_module(
    name="token-embedding", category="embedding", alias="embedding",
    description="Lookup table from token ids to hidden vectors.",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen", "mistral"])
class TokenEmbedding(nn.Module):
    """``weight[token_ids]``, weight ``[vocab, hidden]``."""

    def __init__(self, *, vocab_size: int, hidden_dim: int, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.empty(vocab_size, hidden_dim, device=device, dtype=dtype))
        if self.weight.device.type != "meta":  # a meta table has no values, and torch's meta normal_ imports dynamo
            nn.init.normal_(self.weight, std=0.02)

    def forward(self, token_ids: Tensor) -> Tensor:
        return nn.functional.embedding(token_ids, self.weight)


@default_registry.register_module(
    name="scaled-embedding", category="embedding", alias="gemma-embedding",
    description="Token embedding multiplied by sqrt(hidden_dim) (Gemma).",
    hardware_support=["cpu", "cuda"], tags=["gemma"])
class ScaledEmbedding(TokenEmbedding):
    """Embedding times ``sqrt(hidden_dim)``, the factor rounded to the activation dtype as Gemma does."""

    def __init__(self, *, vocab_size: int, hidden_dim: int, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__(vocab_size=vocab_size, hidden_dim=hidden_dim, device=device, dtype=dtype)
        self.scale = math.sqrt(hidden_dim)

    def forward(self, token_ids: Tensor) -> Tensor:
        embedded = super().forward(token_ids)
        return embedded * torch.tensor(self.scale, dtype=embedded.dtype, device=embedded.device)
