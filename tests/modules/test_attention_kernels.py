"""Attention kernels against a float64 reference written with loops: DESIGN.md's masking semantics, shapes, dtypes."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor

from tests.helpers.tolerance import assert_reordered_close
from tttv2.errors import ConfigError
from tttv2.modules import EagerAttention, SDPAAttention, SlidingWindowAttention, SoftCappedAttention
from tttv2.protocols import AttentionKernel, GroupedKVKernel

from .helpers import randn, seeded

BF16_ATOL, BF16_RTOL = 2e-2, 2e-2  # bf16 in and out: ~3 significant digits, the output rounding alone is 4e-3

BATCH, HEADS, HEAD_DIM = 2, 3, 16
REDUCTION = HEAD_DIM + 16  # fp32 vs float64: a head_dim dot product, then a sum over at most 16 keys
PLAIN_KERNELS = [SDPAAttention(), EagerAttention()]
KERNEL_IDS = ["sdpa", "eager"]


def reference(q: Tensor, k: Tensor, v: Tensor, allowed: Tensor | None = None, additive: Tensor | None = None,
              *, window: int | None = None, cap: float | None = None) -> Tensor:
    """softmax(q k^T / sqrt(d) [capped] + mask) v in float64; ``allowed=None`` means causal aligned to the end."""
    q64, k64, v64 = q.double(), k.double(), v.double()
    q_len, kv_len = q.shape[-2], k.shape[-2]
    scores = torch.einsum("bhqd,bhkd->bhqk", q64, k64) / math.sqrt(q.shape[-1])
    if cap is not None:
        scores = cap * torch.tanh(scores / cap)
    if allowed is None:
        allowed = torch.zeros(q_len, kv_len, dtype=torch.bool)
        for i in range(q_len):
            for j in range(kv_len):
                allowed[i, j] = j <= i + kv_len - q_len
    allowed = allowed.expand(scores.shape).clone()
    if window is not None:
        for i in range(q_len):
            for j in range(kv_len):
                if i + kv_len - q_len - j >= window:
                    allowed[..., i, j] = False
    if additive is not None:
        scores = scores + additive.double()
    scores = scores.masked_fill(~allowed, float("-inf"))
    weights = torch.exp(scores - scores.amax(dim=-1, keepdim=True))
    weights = weights / weights.sum(dim=-1, keepdim=True)
    return torch.einsum("bhqk,bhkd->bhqd", weights, v64)


def qkv(seed: int, q_len: int, kv_len: int, dtype: torch.dtype = torch.float32) -> tuple[Tensor, Tensor, Tensor]:
    generator = seeded(seed)
    return (randn(generator, BATCH, HEADS, q_len, HEAD_DIM, dtype=dtype),
            randn(generator, BATCH, HEADS, kv_len, HEAD_DIM, dtype=dtype),
            randn(generator, BATCH, HEADS, kv_len, HEAD_DIM, dtype=dtype))


def random_bool_mask(seed: int, shape: tuple[int, ...]) -> Tensor:
    """Random True/False with at least one True per row (a fully masked row has no defined softmax)."""
    mask = torch.rand(shape, generator=seeded(seed)) < 0.6
    mask[..., 0] = True
    return mask


# q_len == kv_len (prefill), q_len < kv_len (a chunk after cached tokens), q_len == 1 (decode); odd lengths
LENGTHS = [(7, 7), (3, 9), (1, 9)]


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
@pytest.mark.parametrize(("q_len", "kv_len"), LENGTHS)
def test_mask_none_is_causal_aligned_to_the_end(kernel: AttentionKernel[Tensor], q_len: int, kv_len: int) -> None:
    q, k, v = qkv(0, q_len, kv_len)
    out = kernel.compute_attention(q, k, v)
    assert_reordered_close(out, reference(q, k, v).float(), REDUCTION)


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
def test_one_query_sees_the_whole_cache(kernel: AttentionKernel[Tensor]) -> None:
    q, k, v = qkv(1, 1, 9)
    everything = torch.ones(1, 9, dtype=torch.bool)
    assert_reordered_close(kernel.compute_attention(q, k, v), reference(q, k, v, everything).float(), REDUCTION)


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
@pytest.mark.parametrize("mask_shape", [(5, 9), (BATCH, 1, 5, 9), (BATCH, HEADS, 5, 9)],
                         ids=["2d", "per-batch", "full"])
def test_boolean_mask_true_means_may_attend(kernel: AttentionKernel[Tensor], mask_shape: tuple[int, ...]) -> None:
    q, k, v = qkv(2, 5, 9)
    mask = random_bool_mask(3, mask_shape)
    out = kernel.compute_attention(q, k, v, mask)
    assert_reordered_close(out, reference(q, k, v, mask).float(), REDUCTION)


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
def test_additive_float_mask_is_added_to_scores(kernel: AttentionKernel[Tensor]) -> None:
    q, k, v = qkv(4, 5, 9)
    additive = randn(seeded(5), BATCH, 1, 5, 9)
    blocked = ~random_bool_mask(6, (BATCH, 1, 5, 9))
    additive = additive.masked_fill(blocked, float("-inf"))
    out = kernel.compute_attention(q, k, v, additive)
    expected = reference(q, k, v, ~blocked, additive.masked_fill(blocked, 0.0))
    assert_reordered_close(out, expected.float(), REDUCTION)


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
def test_boolean_and_equivalent_additive_mask_agree(kernel: AttentionKernel[Tensor]) -> None:
    q, k, v = qkv(7, 6, 6)
    mask = random_bool_mask(8, (6, 6))
    additive = torch.zeros(6, 6).masked_fill(~mask, float("-inf"))
    assert_reordered_close(kernel.compute_attention(q, k, v, mask), kernel.compute_attention(q, k, v, additive), REDUCTION)


@pytest.mark.parametrize(("q_len", "kv_len"), LENGTHS)
@pytest.mark.parametrize("masked", [False, True], ids=["causal", "boolean-mask"])
def test_sdpa_attends_grouped_kv_like_expanded_heads(q_len: int, kv_len: int, masked: bool) -> None:
    kernel = SDPAAttention()
    assert isinstance(kernel, GroupedKVKernel) and kernel.accepts_grouped_kv
    generator = seeded(20)
    q = randn(generator, BATCH, 6, q_len, HEAD_DIM)
    k, v = randn(generator, BATCH, 2, kv_len, HEAD_DIM), randn(generator, BATCH, 2, kv_len, HEAD_DIM)
    mask = random_bool_mask(21, (BATCH, 1, q_len, kv_len)) if masked else None
    out = kernel.compute_attention(q, k, v, mask)
    # query head h reads K/V head h // (heads / kv_heads), as the layer's expansion would give it
    expected = reference(q, k.repeat_interleave(3, dim=1), v.repeat_interleave(3, dim=1), mask)
    assert out.shape == q.shape
    assert_reordered_close(out, expected.float(), REDUCTION)


ALL_KERNELS = [SDPAAttention(), EagerAttention(), SlidingWindowAttention(window=3), SoftCappedAttention(cap=2.0)]
ALL_IDS = ["sdpa", "eager", "sliding-window", "soft-capped"]


@pytest.mark.parametrize("kernel", ALL_KERNELS, ids=ALL_IDS)
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_result_has_q_shape_and_dtype(kernel: AttentionKernel[Tensor], dtype: torch.dtype) -> None:
    q, k, v = qkv(9, 5, 9, dtype)
    out = kernel.compute_attention(q, k, v)
    assert out.shape == q.shape
    assert out.dtype == dtype


@pytest.mark.parametrize("kernel", ALL_KERNELS[1:], ids=ALL_IDS[1:])
def test_eager_kernels_return_q_dtype_even_when_kv_differ(kernel: AttentionKernel[Tensor]) -> None:
    q, _, _ = qkv(19, 5, 9, torch.bfloat16)
    _, k, v = qkv(19, 5, 9)
    assert kernel.compute_attention(q, k, v).dtype == torch.bfloat16


@pytest.mark.parametrize("kernel", PLAIN_KERNELS, ids=KERNEL_IDS)
@pytest.mark.parametrize(("q_len", "kv_len"), LENGTHS)
def test_bf16_matches_reference_within_bf16_precision(kernel: AttentionKernel[Tensor], q_len: int, kv_len: int) -> None:
    q, k, v = qkv(10, q_len, kv_len, torch.bfloat16)
    out = kernel.compute_attention(q, k, v)
    torch.testing.assert_close(out.float(), reference(q, k, v).float(), atol=BF16_ATOL, rtol=BF16_RTOL)


@pytest.mark.parametrize("mask_kind", ["none", "bool", "additive"])
def test_sdpa_attends_a_single_bf16_query_in_fp32_and_rounds_once(mask_kind: str) -> None:
    """A decode step in bfloat16 on the CPU goes through float32 (torch's bfloat16 kernel is 2-6x slower for one
    query): exactly the float32 kernel's result on the same inputs, rounded to bfloat16 once."""
    q, k, v = qkv(14, 1, 9, torch.bfloat16)
    allowed = random_bool_mask(15, (BATCH, 1, 1, 9))
    allowed[..., -1] = True
    mask = {"none": None, "bool": allowed,
            "additive": torch.zeros(allowed.shape, dtype=torch.bfloat16).masked_fill(~allowed, float("-inf"))}[mask_kind]
    out = SDPAAttention().compute_attention(q, k, v, mask)
    expected = SDPAAttention().compute_attention(q.float(), k.float(), v.float(),
                                                 mask.float() if mask_kind == "additive" else mask)
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(out, expected.to(torch.bfloat16), rtol=0, atol=0)


@pytest.mark.parametrize(("q_len", "kv_len"), LENGTHS)
@pytest.mark.parametrize("window", [1, 3, 20])
def test_sliding_window_limits_each_query_to_its_last_window_keys(q_len: int, kv_len: int, window: int) -> None:
    q, k, v = qkv(11, q_len, kv_len)
    out = SlidingWindowAttention(window=window).compute_attention(q, k, v)
    assert_reordered_close(out, reference(q, k, v, window=window).float(), REDUCTION)


def test_sliding_window_also_applies_the_given_mask() -> None:
    q, k, v = qkv(12, 5, 9)
    mask = random_bool_mask(13, (BATCH, 1, 5, 9))
    mask[..., -1] = True  # the newest key is in every window, so no row ends up fully masked
    out = SlidingWindowAttention(window=4).compute_attention(q, k, v, mask)
    assert_reordered_close(out, reference(q, k, v, mask, window=4).float(), REDUCTION)


def test_sliding_window_wider_than_the_keys_is_plain_causal() -> None:
    q, k, v = qkv(14, 7, 7)
    assert_reordered_close(SlidingWindowAttention(window=7).compute_attention(q, k, v),
                           EagerAttention().compute_attention(q, k, v), REDUCTION)


@pytest.mark.parametrize(("q_len", "kv_len"), LENGTHS)
def test_soft_capped_attention_caps_scores_before_the_softmax(q_len: int, kv_len: int) -> None:
    q, k, v = qkv(15, q_len, kv_len)
    q = q * 4  # scores well past the cap, so capping changes the result
    out = SoftCappedAttention(cap=2.0).compute_attention(q, k, v)
    assert_reordered_close(out, reference(q, k, v, cap=2.0).float(), REDUCTION)
    assert not torch.allclose(out, reference(q, k, v).float(), atol=1e-3)


def test_soft_capped_attention_with_a_boolean_mask() -> None:
    q, k, v = qkv(16, 5, 9)
    mask = random_bool_mask(17, (5, 9))
    out = SoftCappedAttention(cap=1.5).compute_attention(q * 3, k, v, mask)
    assert_reordered_close(out, reference(q * 3, k, v, mask, cap=1.5).float(), REDUCTION)


@pytest.mark.parametrize("kernel", ALL_KERNELS, ids=ALL_IDS)
def test_built_in_kernels_conform_to_the_contract(kernel: object) -> None:
    assert isinstance(kernel, AttentionKernel)


@pytest.mark.parametrize("window", [0, -2])
def test_sliding_window_must_be_positive(window: int) -> None:
    with pytest.raises(ConfigError, match=f"window must be positive, got {window}"):
        SlidingWindowAttention(window=window)


@pytest.mark.parametrize("cap", [0.0, -1.0])
def test_soft_cap_must_be_positive(cap: float) -> None:
    with pytest.raises(ConfigError, match="cap must be positive"):
        SoftCappedAttention(cap=cap)
