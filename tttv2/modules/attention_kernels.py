"""Attention kernels (category ``attention``): the swappable core of an attention layer."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor

from tttv2.errors import ConfigError
from tttv2.modules.masks import causal_mask
from tttv2.registry import default_registry


@default_registry.register_module(
    name="sdpa", category="attention", alias=("scaled-dot-product", "sdpa-attention"),
    description="torch's fused scaled_dot_product_attention; the default kernel.",
    hardware_support=["cpu", "cuda"], tags=["production", "fused"])
class SDPAAttention:
    """Calls ``torch.nn.functional.scaled_dot_product_attention`` with DESIGN.md's mask semantics.

    Grouped K/V go in unexpanded (``enable_gqa``): expanding them first costs a copy per step.
    """

    accepts_grouped_kv = True

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        q_len, kv_len = q.shape[-2], k.shape[-2]
        grouped = k.shape[1] != q.shape[1]
        if mask is None and q_len > 1:
            if q_len == kv_len:
                return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=grouped)
            # SDPA's is_causal aligns to the top-left; our contract aligns to the end of the keys
            mask = causal_mask(q_len, kv_len, q.device)
        if q_len == 1 and q.dtype == torch.bfloat16 and q.device.type == "cpu":
            # torch's CPU kernel takes 2-6x longer for one bfloat16 query than for a float32 one (a decode step
            # over 512 keys: 225 against 51 µs; over 4096: 1841 against 311): attend in float32, round once
            mask = mask.float() if mask is not None and mask.is_floating_point() else mask
            return F.scaled_dot_product_attention(q.float(), k.float(), v.float(), attn_mask=mask,
                                                  enable_gqa=grouped).to(q.dtype)
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask, enable_gqa=grouped)


@default_registry.register_module(
    name="eager-attention", category="attention", alias="eager",
    description="Plain softmax(QK^T / sqrt(d) + mask) V with an fp32 softmax; the reference kernel.",
    hardware_support=["cpu", "cuda"], tags=["reference"])
class EagerAttention:
    """Reference kernel written out op by op; scores and softmax in fp32."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        scores = _scores(q, k)
        return _softmax_values(_masked(scores, mask, q.shape[-2], k.shape[-2]), v, q.dtype)


@default_registry.register_module(
    name="sliding-window-attention", category="attention", alias="sliding-window",
    description="Eager attention that also limits each query to the last `window` keys (sliding window).",
    hardware_support=["cpu", "cuda"], tags=["sliding-window", "mistral", "gemma"])
class SlidingWindowAttention:
    """Each query sees at most ``window`` keys ending at its own position, on top of the given mask."""

    def __init__(self, *, window: int) -> None:
        if window <= 0:
            raise ConfigError(f"sliding-window-attention: window must be positive, got {window}")
        self.window = window

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        q_len, kv_len = q.shape[-2], k.shape[-2]
        rows = torch.arange(q_len, device=q.device)[:, None] + (kv_len - q_len)
        in_window = rows - torch.arange(kv_len, device=q.device)[None, :] < self.window
        scores = _masked(_scores(q, k), mask, q_len, kv_len)
        return _softmax_values(scores.masked_fill(~in_window, float("-inf")), v, q.dtype)


@default_registry.register_module(
    name="soft-capped-attention", category="attention", alias="softcap-attention",
    description="Eager attention with logits soft-capped as cap * tanh(scores / cap) (Gemma 2).",
    hardware_support=["cpu", "cuda"], tags=["gemma", "soft-capping"])
class SoftCappedAttention:
    """Soft-caps attention scores before masking and softmax."""

    def __init__(self, *, cap: float) -> None:
        if cap <= 0:
            raise ConfigError(f"soft-capped-attention: cap must be positive, got {cap}")
        self.cap = cap

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        scores = torch.tanh(_scores(q, k) / self.cap) * self.cap
        return _softmax_values(_masked(scores, mask, q.shape[-2], k.shape[-2]), v, q.dtype)


def _scores(q: Tensor, k: Tensor) -> Tensor:
    # fp32 scores: bf16 matmul accumulates, but the softmax input must not lose range
    return torch.matmul(q.float(), k.float().transpose(-1, -2)) / math.sqrt(q.shape[-1])


def _masked(scores: Tensor, mask: Tensor | None, q_len: int, kv_len: int) -> Tensor:
    if mask is None:
        return scores.masked_fill(~causal_mask(q_len, kv_len, scores.device), float("-inf"))
    if mask.dtype == torch.bool:
        return scores.masked_fill(~mask, float("-inf"))
    return scores + mask.float()


def _softmax_values(scores: Tensor, v: Tensor, dtype: torch.dtype) -> Tensor:
    weights = torch.softmax(scores, dim=-1)
    return torch.matmul(weights, v.float()).to(dtype)
