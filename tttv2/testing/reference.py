"""The reference attention kernel: DESIGN.md's semantics written out op by op in float64."""

from __future__ import annotations

import math

import torch
from torch import Tensor


def reference_attention(q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None, *,
                        window: int | None = None, softcap: float | None = None) -> Tensor:
    """``softmax(q k^T / sqrt(head_dim) + mask) v`` in float64, returned in ``q``'s dtype.

    ``q`` ``[batch, heads, q_len, head_dim]``; ``k``/``v`` ``[batch, kv_heads, kv_len, head_dim]``
    (``heads`` a multiple of ``kv_heads``: query head h reads K/V head ``h // (heads // kv_heads)``).
    ``mask=None`` is causal aligned to the end of the keys (query i sees keys
    ``0 .. i + kv_len - q_len``); a boolean mask allows where True; a float mask is added to the
    scores. ``window`` w additionally limits query i to keys ``i + kv_len - q_len - w + 1 ..``;
    ``softcap`` c replaces scores s by ``c * tanh(s / c)`` before masking (Gemma 2).
    """
    heads, kv_heads = q.shape[1], k.shape[1]
    if heads % kv_heads:
        raise ValueError(f"query heads {heads} are not a multiple of key/value heads {kv_heads}")
    groups = heads // kv_heads
    q64, k64, v64 = q.double(), k.double().repeat_interleave(groups, dim=1), v.double().repeat_interleave(groups, dim=1)
    scores = q64 @ k64.transpose(-1, -2) / math.sqrt(q.shape[-1])
    if softcap is not None:
        scores = softcap * torch.tanh(scores / softcap)
    q_len, kv_len = q.shape[-2], k.shape[-2]
    # absolute query positions when the queries are the last q_len of kv_len tokens
    query_at = torch.arange(q_len, device=q.device)[:, None] + (kv_len - q_len)
    key_at = torch.arange(kv_len, device=q.device)[None, :]
    allowed = torch.ones(q_len, kv_len, dtype=torch.bool, device=q.device)
    if mask is None:
        allowed = key_at <= query_at
    elif mask.dtype == torch.bool:
        allowed = mask
    else:
        scores = scores + mask.double()
    if window is not None:
        allowed = allowed & (query_at - key_at < window)
    scores = scores.masked_fill(~allowed, float("-inf"))
    weights = torch.exp(scores - scores.amax(dim=-1, keepdim=True))
    weights = weights / weights.sum(dim=-1, keepdim=True)
    return (weights @ v64).to(q.dtype)
