"""Attention masks built from absolute positions, shared by layers and kernels."""

from __future__ import annotations

import torch
from torch import Tensor


def causal_mask(q_len: int, kv_len: int, device: torch.device) -> Tensor:
    """Boolean ``[q_len, kv_len]``: causal aligned to the end of the keys (query i sees keys 0 .. i + kv_len - q_len)."""
    rows = torch.arange(q_len, device=device)[:, None] + (kv_len - q_len)
    return torch.arange(kv_len, device=device)[None, :] <= rows


def position_mask(query_positions: Tensor, key_positions: Tensor, window: int | None) -> Tensor:
    """Boolean ``[batch, 1, q_len, kv_len]`` from absolute positions (negative = padding).

    A query sees keys at or before its own position and, with a ``window`` w, only the last w of
    them (HF's convention: query i sees keys i-w+1 .. i). Padding keys are never seen; padding
    queries see every real key, so their (ignored) outputs stay finite.
    """
    q = query_positions[:, :, None]
    k = key_positions[:, None, :]
    allowed = (k <= q) & (k >= 0)
    if window is not None:
        allowed &= q - k < window
    allowed |= (q < 0) & (k >= 0)
    return allowed[:, None, :, :]
