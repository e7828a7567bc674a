"""GroupedQueryAttention against a float64 per-head reference; cached decode equals the full forward."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor

from tests.helpers.tolerance import assert_reordered_close
from tttv2.errors import ConfigError
from tttv2.modules import (
    BoundLayerCache,
    EagerAttention,
    GroupedQueryAttention,
    RMSNorm,
    RotaryEmbedding,
    SDPAAttention,
    SlidingWindowAttention,
    StaticKVCache,
)
from tttv2.protocols import AttentionKernel, AttentionLayer

from .helpers import complex_rope, default_inverse_frequencies, randn, randomize_, seeded

HIDDEN, HEAD_DIM, THETA = 40, 12, 10000.0  # head_dim * heads != hidden on purpose
BATCH, SEQ = 2, 9
# fp32 against a float64 reference, or cached against uncached: q/k/v projections, scores, the weighted sum over
# keys and the output projection over at most 6 heads round in other orders
REDUCTION = HIDDEN + HEAD_DIM + SEQ + 6 * HEAD_DIM

HEAD_LAYOUTS = [(4, 4), (6, 2), (4, 1)]
HEAD_IDS = ["mha", "gqa", "mqa"]


def make_layer(*, num_heads: int = 6, num_kv_heads: int = 2, kernel: AttentionKernel[Tensor] | None = None,
               qk_norm: bool = False, bias: bool = False, output_bias: bool = False, window: int | None = None,
               query_scale: float = 1.0, seed: int = 0) -> GroupedQueryAttention:
    layer = GroupedQueryAttention(
        hidden_dim=HIDDEN, num_heads=num_heads, num_kv_heads=num_kv_heads, head_dim=HEAD_DIM,
        kernel=kernel or SDPAAttention(), position=RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=THETA),
        q_norm=RMSNorm(hidden_dim=HEAD_DIM) if qk_norm else None,
        k_norm=RMSNorm(hidden_dim=HEAD_DIM) if qk_norm else None,
        bias=bias, output_bias=output_bias, window=window, query_scale=query_scale)
    return randomize_(layer, seeded(seed)).eval()  # type: ignore[return-value]  # randomize_ returns its argument


def reference(layer: GroupedQueryAttention, x: Tensor, positions: Tensor, key_x: Tensor | None = None,
              key_positions: Tensor | None = None) -> Tensor:
    """The layer written out per head in float64 from its own weights; keys may come from another sequence."""
    key_x = x if key_x is None else key_x
    key_positions = positions if key_positions is None else key_positions
    d, heads, kv_heads = layer.head_dim, layer.num_heads, layer.num_kv_heads

    def project(linear: torch.nn.Linear, source: Tensor, count: int) -> Tensor:
        out = source.double() @ linear.weight.double().T
        if linear.bias is not None:
            out = out + linear.bias.double()
        return out.reshape(*source.shape[:2], count, d).permute(0, 2, 1, 3)

    def rms(t: Tensor, norm: object) -> Tensor:
        if norm is None:
            return t
        assert isinstance(norm, RMSNorm)
        return t / torch.sqrt((t * t).mean(-1, keepdim=True) + norm.eps) * norm.weight.double()

    inverse = default_inverse_frequencies(d, THETA)
    q = complex_rope(rms(project(layer.q_proj, x, heads), layer.q_norm), positions, inverse)
    k = complex_rope(rms(project(layer.k_proj, key_x, kv_heads), layer.k_norm), key_positions, inverse)
    v = project(layer.v_proj, key_x, kv_heads)
    out = torch.zeros(x.shape[0], heads, x.shape[1], d, dtype=torch.float64)
    for b in range(x.shape[0]):
        for h in range(heads):
            g = h // (heads // kv_heads)
            scores = q[b, h] @ k[b, g].T * layer.query_scale / math.sqrt(d)
            qp, kp = positions[b][:, None], key_positions[b][None, :]
            allowed = (kp <= qp) & (kp >= 0)
            if layer.window is not None:
                allowed &= qp - kp < layer.window
            out[b, h] = torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1) @ v[b, g]
    merged = out.permute(0, 2, 1, 3).reshape(x.shape[0], x.shape[1], heads * d)
    result = merged @ layer.o_proj.weight.double().T
    if layer.o_proj.bias is not None:
        result = result + layer.o_proj.bias.double()
    return result.float()


def inputs(seed: int, seq: int = SEQ) -> tuple[Tensor, Tensor]:
    x = randn(seeded(seed), BATCH, seq, HIDDEN)
    return x, torch.arange(seq).expand(BATCH, seq)


@pytest.mark.parametrize(("num_heads", "num_kv_heads"), HEAD_LAYOUTS, ids=HEAD_IDS)
@pytest.mark.parametrize("kernel", [SDPAAttention(), EagerAttention()], ids=["sdpa", "eager"])
def test_head_layouts_match_reference(num_heads: int, num_kv_heads: int, kernel: AttentionKernel[Tensor]) -> None:
    layer = make_layer(num_heads=num_heads, num_kv_heads=num_kv_heads, kernel=kernel)
    x, positions = inputs(1)
    assert_reordered_close(layer.forward(x, positions=positions), reference(layer, x, positions), REDUCTION)


VARIANTS = {
    "qk-norm": {"qk_norm": True},
    "qkv-bias": {"bias": True},
    "all-biases": {"bias": True, "output_bias": True},
    "window": {"window": 3},
    "query-scale": {"query_scale": 0.37},
    "everything": {"qk_norm": True, "bias": True, "window": 4, "query_scale": 1.6},
}


@pytest.mark.parametrize("options", list(VARIANTS.values()), ids=list(VARIANTS))
def test_variants_match_reference(options: dict[str, object]) -> None:
    layer = make_layer(**options)  # type: ignore[arg-type]  # keyword names and types come from VARIANTS
    x, positions = inputs(2)
    assert_reordered_close(layer.forward(x, positions=positions), reference(layer, x, positions), REDUCTION)


def test_bias_flags_create_exactly_the_biases_asked_for() -> None:
    layer = make_layer(bias=True, output_bias=False)
    assert all(p.bias is not None for p in (layer.q_proj, layer.k_proj, layer.v_proj))
    assert layer.o_proj.bias is None
    assert all(p.bias is None for p in (make_layer().q_proj, make_layer().o_proj))


def test_positions_are_absolute_token_indices() -> None:
    layer = make_layer(qk_norm=True)
    x, _ = inputs(3)
    positions = torch.stack((torch.arange(5, 5 + SEQ), torch.arange(100, 100 + SEQ)))
    assert_reordered_close(layer.forward(x, positions=positions), reference(layer, x, positions), REDUCTION)


def test_window_on_the_layer_equals_a_sliding_window_kernel() -> None:
    windowed_layer = make_layer(window=3, seed=4)
    windowed_kernel = make_layer(kernel=SlidingWindowAttention(window=3), seed=4)
    x, positions = inputs(5)
    assert_reordered_close(windowed_layer.forward(x, positions=positions),
                           windowed_kernel.forward(x, positions=positions), REDUCTION)
    assert not torch.allclose(windowed_layer.forward(x, positions=positions),
                              make_layer(seed=4).forward(x, positions=positions), atol=1e-3)


class GroupedEagerKernel:
    """A kernel that takes grouped K/V itself (so the layer must not expand them) and records what it got."""

    accepts_grouped_kv = True

    def __init__(self) -> None:
        self.kv_heads_seen: list[int] = []

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        self.kv_heads_seen.append(k.shape[1])
        groups = q.shape[1] // k.shape[1]
        k, v = k.repeat_interleave(groups, 1), v.repeat_interleave(groups, 1)
        return EagerAttention().compute_attention(q, k, v, mask)


def test_a_grouped_kv_kernel_receives_unexpanded_keys() -> None:
    kernel = GroupedEagerKernel()
    grouped = make_layer(num_heads=6, num_kv_heads=2, kernel=kernel, seed=6)
    plain = make_layer(num_heads=6, num_kv_heads=2, kernel=EagerAttention(), seed=6)
    x, positions = inputs(7)
    assert_reordered_close(grouped.forward(x, positions=positions), plain.forward(x, positions=positions), REDUCTION)
    assert kernel.kv_heads_seen == [2]


def _cache_for(layer: GroupedQueryAttention, capacity: int, window: int | None) -> BoundLayerCache:
    cache = StaticKVCache(num_layers=1, batch_size=BATCH, num_kv_heads=layer.num_kv_heads, head_dim=HEAD_DIM,
                          capacity=capacity, windows=(window,))
    return BoundLayerCache(cache, 0)


# chunk sizes: prefill then token by token; prefill then a multi-token chunk that wraps a ring
SCHEDULES = {"prefill-then-decode": [4, 1, 1, 1, 1, 1], "chunks": [4, 3, 2], "chunk-wider-than-window": [2, 5, 1, 1],
             "decode-only": [1] * 9}


@pytest.mark.parametrize("schedule", list(SCHEDULES.values()), ids=list(SCHEDULES))
@pytest.mark.parametrize("window", [None, 3], ids=["full", "ring-window-3"])
@pytest.mark.parametrize("kernel", [SDPAAttention(), EagerAttention()], ids=["sdpa", "eager"])
def test_cached_steps_equal_the_full_forward(schedule: list[int], window: int | None,
                                             kernel: AttentionKernel[Tensor]) -> None:
    layer = make_layer(window=window, qk_norm=True, kernel=kernel, seed=8)
    x, positions = inputs(9)
    full = layer.forward(x, positions=positions)
    cache = _cache_for(layer, capacity=SEQ, window=window)
    start = 0
    for size in schedule:
        step = layer.forward(x[:, start:start + size], positions=positions[:, start:start + size], cache=cache)
        assert_reordered_close(step, full[:, start:start + size], REDUCTION)
        start += size
    assert start == SEQ


def test_ring_layer_attends_to_at_most_window_cached_keys() -> None:
    layer = make_layer(window=3, seed=10)
    x, positions = inputs(11)
    cache = _cache_for(layer, capacity=SEQ, window=3)
    layer.forward(x[:, :6], positions=positions[:, :6], cache=cache)
    layer.forward(x[:, 6:7], positions=positions[:, 6:7], cache=cache)
    assert cache.key_positions()[0].tolist() == [3, 4, 5, 6]  # ring of 3 oldest first, plus the key just written


def test_left_padded_row_matches_the_unpadded_sequence() -> None:
    layer = make_layer(window=4, qk_norm=True, seed=12)
    x, _ = inputs(13)
    pad = 3
    positions = torch.stack((torch.arange(SEQ), torch.cat((torch.full((pad,), -1), torch.arange(SEQ - pad)))))
    cache = _cache_for(layer, capacity=SEQ + 2, window=4)
    padded = layer.forward(x, positions=positions, cache=cache)
    alone = layer.forward(x[1:, pad:], positions=torch.arange(SEQ - pad)[None])
    assert_reordered_close(padded[1:, pad:], alone, REDUCTION)
    assert torch.isfinite(padded).all()  # padding queries produce ignored but finite outputs
    extra = randn(seeded(14), BATCH, 1, HIDDEN)
    next_positions = positions[:, -1:] + 1
    decoded = layer.forward(extra, positions=next_positions, cache=cache)
    both = torch.cat((x[1:, pad:], extra[1:]), dim=1)
    assert_reordered_close(decoded[1:], layer.forward(both, positions=torch.arange(SEQ - pad + 1)[None])[:, -1:], REDUCTION)


def test_left_padded_row_without_a_cache_ignores_the_padding() -> None:
    layer = make_layer(seed=12)
    x, _ = inputs(13)
    pad = 3
    positions = torch.stack((torch.arange(SEQ), torch.cat((torch.full((pad,), -1), torch.arange(SEQ - pad)))))
    padded = layer.forward(x, positions=positions)
    alone = layer.forward(x[1:, pad:], positions=torch.arange(SEQ - pad)[None])
    assert_reordered_close(padded[1:, pad:], alone, REDUCTION)


def test_cached_decode_matches_reference_with_keys_from_the_cache() -> None:
    layer = make_layer(num_heads=4, num_kv_heads=1, window=5, bias=True, seed=15)
    x, positions = inputs(16)
    cache = _cache_for(layer, capacity=SEQ, window=5)
    layer.forward(x[:, :-1], positions=positions[:, :-1], cache=cache)
    last = layer.forward(x[:, -1:], positions=positions[:, -1:], cache=cache)
    expected = reference(layer, x[:, -1:], positions[:, -1:], key_x=x, key_positions=positions)
    assert_reordered_close(last, expected, REDUCTION)


def test_built_layer_conforms_to_the_contract() -> None:
    assert isinstance(make_layer(), AttentionLayer)


@pytest.mark.parametrize(("num_heads", "num_kv_heads", "head_dim", "hidden_dim"),
                         [(6, 4, 8, 32), (0, 1, 8, 32), (4, 2, 0, 32), (4, 2, 8, -1)])
def test_bad_dims_raise_config_error_naming_the_values(num_heads: int, num_kv_heads: int, head_dim: int,
                                                       hidden_dim: int) -> None:
    with pytest.raises(ConfigError, match=f"num_heads={num_heads}, num_kv_heads={num_kv_heads}"):
        GroupedQueryAttention(hidden_dim=hidden_dim, num_heads=num_heads, num_kv_heads=num_kv_heads, head_dim=head_dim,
                              kernel=SDPAAttention(), position=RotaryEmbedding(head_dim=8))


def test_window_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="window must be positive, got 0"):
        make_layer(window=0)
