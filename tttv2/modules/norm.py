"""Normalisation layers (category ``norm``): RMSNorm, Gemma's RMSNorm(1 + w), LayerNorm."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.registry import default_registry


@default_registry.register_module(
    name="rms-norm", category="norm", alias="rmsnorm",
    description="RMS norm with a learned scale (Llama, Qwen, Mistral).",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen", "mistral"])
class RMSNorm(nn.Module):
    """``x / rms(x) * weight`` over the last axis, computed in fp32."""

    def __init__(self, *, hidden_dim: int, eps: float = 1e-6, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__()
        _check(hidden_dim, eps)
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(hidden_dim, device=device, dtype=dtype))

    def forward(self, x: Tensor) -> Tensor:
        if x.dtype == self.weight.dtype == torch.float32:
            return F.rms_norm(x, (x.shape[-1],), self.weight, self.eps)  # one fused op; same math in fp32
        # fp32 variance: squaring bf16 activations overflows and loses precision
        normed = _rms_normalize(x, self.eps)
        return (self.weight * normed.to(x.dtype)).to(x.dtype)  # as HF when weight and x share a dtype


@default_registry.register_module(
    name="gemma-rms-norm", category="norm", alias=("rms-norm-offset", "gemma-rmsnorm"),
    description="RMS norm scaled by (1 + weight), as in Gemma; weight starts at zero.",
    hardware_support=["cpu", "cuda"], tags=["gemma"])
class OffsetRMSNorm(nn.Module):
    """``x / rms(x) * (1 + weight)`` over the last axis, all in fp32 (Gemma casts only at the end)."""

    def __init__(self, *, hidden_dim: int, eps: float = 1e-6, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__()
        _check(hidden_dim, eps)
        self.eps = eps
        self.weight = nn.Parameter(torch.zeros(hidden_dim, device=device, dtype=dtype))

    def forward(self, x: Tensor) -> Tensor:
        return (_rms_normalize(x, self.eps) * (1.0 + self.weight.float())).to(x.dtype)


@default_registry.register_module(
    name="layer-norm", category="norm", alias="layernorm",
    description="LayerNorm: mean-centred, variance-normalised, learned scale and bias.",
    hardware_support=["cpu", "cuda"], tags=["gpt", "bert"])
class LayerNorm(nn.Module):
    """Standard LayerNorm over the last axis."""

    def __init__(self, *, hidden_dim: int, eps: float = 1e-5, bias: bool = True,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        _check(hidden_dim, eps)
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(hidden_dim, device=device, dtype=dtype))
        self.bias = nn.Parameter(torch.zeros(hidden_dim, device=device, dtype=dtype)) if bias else None

    def forward(self, x: Tensor) -> Tensor:
        return nn.functional.layer_norm(x, (x.shape[-1],), self.weight, self.bias, self.eps)


def _rms_normalize(x: Tensor, eps: float) -> Tensor:
    x32 = x.float()
    return x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + eps)


def _check(hidden_dim: int, eps: float) -> None:
    if hidden_dim <= 0 or eps <= 0:
        raise ConfigError(f"norm needs hidden_dim > 0 and eps > 0, got hidden_dim={hidden_dim}, eps={eps}")
