"""Custom modules that inherit nothing, for tests that reference them by import path."""

from __future__ import annotations

import math

import torch
from torch import Tensor


class EagerKernel:
    """A conforming attention kernel written independently of tttv2's built-ins."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
        q_len, kv_len = q.shape[-2], k.shape[-2]
        if mask is None:
            allowed = torch.ones(q_len, kv_len, dtype=torch.bool, device=q.device).tril(kv_len - q_len)
            scores = scores.masked_fill(~allowed, float("-inf"))
        elif mask.dtype == torch.bool:
            scores = scores.masked_fill(~mask, float("-inf"))
        else:
            scores = scores + mask
        return torch.softmax(scores, dim=-1) @ v


class ScaledNorm(torch.nn.Module):
    """A conforming norm with a config value and a dimension it receives by name."""

    def __init__(self, *, hidden_dim: int, eps: float = 1e-6, gain: float = 1.0) -> None:
        super().__init__()
        self.eps = eps
        self.gain = gain
        self.weight = torch.nn.Parameter(torch.ones(hidden_dim))

    def forward(self, x: Tensor) -> Tensor:
        return self.gain * self.weight * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)


class WrongKernel:
    """Does not conform: the mask parameter is missing."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor) -> Tensor:
        return q
