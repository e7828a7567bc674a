"""The kit's reference kernel against torch's scaled_dot_product_attention in float64, mask by mask."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from tttv2.testing import reference_attention

ATOL = RTOL = 1e-10  # both in float64; only summation order differs

BATCH, HEADS, HEAD_DIM = 2, 4, 8


def _qkv(q_len: int, kv_len: int, kv_heads: int = HEADS) -> tuple[torch.Tensor, ...]:
    generator = torch.Generator().manual_seed(q_len * 100 + kv_len)
    q = torch.randn(BATCH, HEADS, q_len, HEAD_DIM, generator=generator, dtype=torch.float64)
    k = torch.randn(BATCH, kv_heads, kv_len, HEAD_DIM, generator=generator, dtype=torch.float64)
    v = torch.randn(BATCH, kv_heads, kv_len, HEAD_DIM, generator=generator, dtype=torch.float64)
    return q, k, v


def _end_aligned_causal(q_len: int, kv_len: int) -> torch.Tensor:
    # built with tril's diagonal offset, unlike the reference's position arithmetic
    return torch.ones(q_len, kv_len, dtype=torch.bool).tril(diagonal=kv_len - q_len)


@pytest.mark.parametrize(("q_len", "kv_len"), [(7, 7), (3, 7), (1, 7)])
def test_none_is_causal_aligned_to_the_end(q_len: int, kv_len: int) -> None:
    q, k, v = _qkv(q_len, kv_len)
    expected = F.scaled_dot_product_attention(q, k, v, attn_mask=_end_aligned_causal(q_len, kv_len))
    torch.testing.assert_close(reference_attention(q, k, v), expected, atol=ATOL, rtol=RTOL)


def test_boolean_and_additive_masks_follow_sdpa() -> None:
    q, k, v = _qkv(5, 9)
    generator = torch.Generator().manual_seed(0)
    boolean = torch.rand(BATCH, 1, 5, 9, generator=generator) < 0.7
    boolean[..., -1] = True
    additive = torch.randn(5, 9, generator=generator, dtype=torch.float64)
    torch.testing.assert_close(reference_attention(q, k, v, boolean),
                               F.scaled_dot_product_attention(q, k, v, attn_mask=boolean), atol=ATOL, rtol=RTOL)
    torch.testing.assert_close(reference_attention(q, k, v, additive),
                               F.scaled_dot_product_attention(q, k, v, attn_mask=additive), atol=ATOL, rtol=RTOL)


def test_grouped_kv_reads_head_h_over_groups() -> None:
    q, k, v = _qkv(4, 6, kv_heads=2)
    expected = F.scaled_dot_product_attention(q, k.repeat_interleave(2, dim=1), v.repeat_interleave(2, dim=1),
                                              attn_mask=_end_aligned_causal(4, 6))
    torch.testing.assert_close(reference_attention(q, k, v), expected, atol=ATOL, rtol=RTOL)


def test_window_and_softcap() -> None:
    q, k, v = _qkv(3, 8)
    window = 2
    # query i (absolute position i + 5) sees keys i + 5 - window + 1 .. i + 5
    allowed = _end_aligned_causal(3, 8) & ~torch.ones(3, 8, dtype=torch.bool).tril(diagonal=5 - window)
    torch.testing.assert_close(reference_attention(q, k, v, window=window),
                               F.scaled_dot_product_attention(q, k, v, attn_mask=allowed), atol=ATOL, rtol=RTOL)
    cap = 0.5
    scores = torch.tanh(q @ k.transpose(-1, -2) / math.sqrt(HEAD_DIM) / cap) * cap
    scores = scores.masked_fill(~_end_aligned_causal(3, 8), float("-inf"))
    expected = torch.softmax(scores, dim=-1) @ v
    torch.testing.assert_close(reference_attention(q, k, v, softcap=cap), expected, atol=ATOL, rtol=RTOL)


def test_result_keeps_q_dtype() -> None:
    q, k, v = (t.to(torch.bfloat16) for t in _qkv(2, 2))
    assert reference_attention(q, k, v).dtype == torch.bfloat16
