"""Seeded inputs and weights for module tests, and a float64 RoPE written as complex rotation."""

from __future__ import annotations

import torch
from torch import Tensor, nn


def seeded(seed: int) -> torch.Generator:
    """A CPU generator; every random tensor in these tests comes from one."""
    return torch.Generator().manual_seed(seed)


def randn(generator: torch.Generator, *shape: int, dtype: torch.dtype = torch.float32) -> Tensor:
    return torch.randn(*shape, generator=generator).to(dtype)


@torch.no_grad()
def randomize_(module: nn.Module, generator: torch.Generator, std: float = 0.3) -> nn.Module:
    """Overwrite every parameter with seeded noise (norm scales around 1, so none is a no-op)."""
    for name, parameter in module.named_parameters():
        noise = torch.randn(parameter.shape, generator=generator) * std
        if name.endswith("norm.weight") or (name == "weight" and parameter.dim() == 1):
            noise = noise + 1.0
        parameter.copy_(noise.to(parameter.dtype))
    return module


def complex_rope(x: Tensor, positions: Tensor, inverse_frequencies: Tensor, attention_factor: float = 1.0) -> Tensor:
    """RoPE as complex multiplication of (x[:half], x[half:]) pairs, in float64.

    ``x`` ``[batch, heads, seq, head_dim]``, ``positions`` ``[batch, seq]``; HF's rotate-half layout pairs
    element i with element i + head_dim/2, which is exactly a complex number ``a + ib`` per pair.
    """
    half = x.shape[-1] // 2
    pairs = torch.complex(x[..., :half].double(), x[..., half:].double())
    angles = positions.double()[:, None, :, None] * inverse_frequencies.double()
    rotated = pairs * torch.polar(torch.full_like(angles, attention_factor), angles)
    return torch.cat((rotated.real, rotated.imag), dim=-1)


def default_inverse_frequencies(head_dim: int, theta: float) -> Tensor:
    """theta ** (-2i / head_dim) in float64, written independently of tttv2's table."""
    return torch.tensor([theta ** (-2.0 * i / head_dim) for i in range(head_dim // 2)], dtype=torch.float64)
