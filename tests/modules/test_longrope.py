"""LongRoPE against transformers' longrope frequencies and Phi-3 rotary module, and a float64 complex rotation."""

from __future__ import annotations

import math

import pytest
import torch
from transformers import Phi3Config
from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
from transformers.models.phi3.modeling_phi3 import Phi3RotaryEmbedding, apply_rotary_pos_emb

from tttv2.errors import ConfigError
from tttv2.modules import LongRotaryEmbedding
from tttv2.modules.rope import longrope_attention_factor
from tttv2.protocols import PositionEncoding

from .helpers import complex_rope, default_inverse_frequencies, randn, seeded

FREQ_ATOL, FREQ_RTOL = 0.0, 1e-6  # fp32 both sides; ours divides the default frequency, HF multiplies then inverts
ATOL, RTOL = 1e-4, 1e-4  # fp32 angles at positions ~300: one ulp of a frequency moves an angle by ~2e-5

HEAD_DIM, HEADS, KV_HEADS, SEQ = 16, 4, 2, 9
ORIGINAL, MAX_POSITIONS, THETA = 32, 256, 10000.0
SHORT = [1.0, 1.1, 1.3, 1.6, 2.0, 2.5, 3.0, 4.0]
LONG = [1.0, 2.0, 4.0, 8.0, 16.0, 24.0, 32.0, 48.0]


def phi3_config(attention_factor: float | None = None) -> Phi3Config:
    rope: dict[str, object] = {"rope_type": "longrope", "rope_theta": THETA, "short_factor": SHORT, "long_factor": LONG}
    if attention_factor is not None:
        rope["attention_factor"] = attention_factor
    return Phi3Config(hidden_size=HEAD_DIM * HEADS, num_attention_heads=HEADS, num_key_value_heads=KV_HEADS,
                      max_position_embeddings=MAX_POSITIONS, original_max_position_embeddings=ORIGINAL,
                      rope_parameters=rope)


def ours(attention_factor: float | None = None) -> LongRotaryEmbedding:
    return LongRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=THETA, short_factor=SHORT, long_factor=LONG,
                               original_max_seq_len=ORIGINAL, max_seq_len=MAX_POSITIONS,
                               attention_factor=attention_factor)


@pytest.mark.parametrize(("seq_len", "which"), [(None, "short"), (ORIGINAL, "short"), (ORIGINAL + 1, "long")])
def test_frequencies_and_attention_factor_match_transformers(seq_len: int | None, which: str) -> None:
    expected, attention_factor = ROPE_INIT_FUNCTIONS["longrope"](phi3_config(), torch.device("cpu"), seq_len=seq_len)
    rope = ours()
    rotary = rope.short if which == "short" else rope.long
    torch.testing.assert_close(torch.tensor(rotary.inverse_frequencies), expected.float(), atol=FREQ_ATOL,
                               rtol=FREQ_RTOL)
    assert rotary.attention_factor == pytest.approx(attention_factor, rel=1e-12)
    assert attention_factor > 1.0  # the context is 8x the original: the factor must matter here


def test_given_attention_factor_wins() -> None:
    _, expected = ROPE_INIT_FUNCTIONS["longrope"](phi3_config(attention_factor=1.5), torch.device("cpu"))
    assert expected == 1.5
    assert ours(attention_factor=1.5).long.attention_factor == 1.5


def test_default_attention_factor_formula() -> None:
    # sqrt(1 + ln(s) / ln(original)) from the LongRoPE paper, written out: s = 8, original = 32
    assert longrope_attention_factor(8.0, 32) == pytest.approx(math.sqrt(1 + 3 / 5), rel=1e-12)
    assert longrope_attention_factor(1.0, 32) == 1.0


@pytest.mark.parametrize("start", [0, ORIGINAL - SEQ, ORIGINAL - SEQ + 1, 300], ids=["start", "last-short",
                                                                                    "first-long", "far"])
def test_apply_matches_transformers_phi3_rotary(start: int) -> None:
    generator = seeded(0)
    q = randn(generator, 2, HEADS, SEQ, HEAD_DIM)
    k = randn(generator, 2, KV_HEADS, SEQ, HEAD_DIM)
    positions = torch.arange(start, start + SEQ).expand(2, SEQ)
    cos, sin = Phi3RotaryEmbedding(phi3_config())(q, positions)  # picks short or long by the furthest position
    expected_q, expected_k = apply_rotary_pos_emb(q, k, cos, sin)
    actual_q, actual_k = ours().apply(q, k, positions)
    torch.testing.assert_close(actual_q, expected_q, atol=ATOL, rtol=RTOL)
    torch.testing.assert_close(actual_k, expected_k, atol=ATOL, rtol=RTOL)


def test_partial_rotary_matches_transformers_phi3_rotary() -> None:
    """Phi-4-mini's layout: the first half of each head rotates (its own frequencies), the rest passes through."""
    rope_parameters = {"rope_type": "longrope", "rope_theta": THETA, "partial_rotary_factor": 0.5,
                       "short_factor": SHORT[:4], "long_factor": LONG[:4]}
    config = Phi3Config(hidden_size=HEAD_DIM * HEADS, num_attention_heads=HEADS, num_key_value_heads=KV_HEADS,
                        max_position_embeddings=MAX_POSITIONS, original_max_position_embeddings=ORIGINAL,
                        rope_parameters=rope_parameters)
    rope = LongRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=THETA, short_factor=SHORT[:4], long_factor=LONG[:4],
                               original_max_seq_len=ORIGINAL, max_seq_len=MAX_POSITIONS, partial_rotary_factor=0.5)
    generator = seeded(2)
    q = randn(generator, 2, HEADS, SEQ, HEAD_DIM)
    k = randn(generator, 2, KV_HEADS, SEQ, HEAD_DIM)
    for start in (0, 300):  # short, then long factors
        positions = torch.arange(start, start + SEQ).expand(2, SEQ)
        cos, sin = Phi3RotaryEmbedding(config)(q, positions)
        expected_q, expected_k = apply_rotary_pos_emb(q, k, cos, sin)
        actual_q, actual_k = rope.apply(q, k, positions)
        torch.testing.assert_close(actual_q, expected_q, atol=ATOL, rtol=RTOL)
        torch.testing.assert_close(actual_k, expected_k, atol=ATOL, rtol=RTOL)
        assert torch.equal(actual_q[..., HEAD_DIM // 2:], q[..., HEAD_DIM // 2:])


@pytest.mark.parametrize(("last", "factors"), [(ORIGINAL - 1, SHORT), (ORIGINAL, LONG)], ids=["short", "long"])
def test_the_furthest_position_chooses_the_factors(last: int, factors: list[float]) -> None:
    """Positions 0..original-1 fit the original context (short factors); one more switches every position to long."""
    generator = seeded(1)
    q = randn(generator, 1, HEADS, SEQ, HEAD_DIM)
    positions = torch.arange(last - SEQ + 1, last + 1)[None]
    inverse = default_inverse_frequencies(HEAD_DIM, THETA) / torch.tensor(factors, dtype=torch.float64)
    scale = math.sqrt(1 + math.log(MAX_POSITIONS / ORIGINAL) / math.log(ORIGINAL))
    actual_q, _ = ours().apply(q, q[:, :KV_HEADS], positions)
    torch.testing.assert_close(actual_q, complex_rope(q, positions, inverse, scale).float(), atol=ATOL, rtol=RTOL)


def test_meta_positions_keep_shapes() -> None:
    q = torch.empty(1, HEADS, SEQ, HEAD_DIM, device="meta")
    k = torch.empty(1, KV_HEADS, SEQ, HEAD_DIM, device="meta")
    out_q, out_k = ours().apply(q, k, torch.empty(1, SEQ, dtype=torch.long, device="meta"))
    assert (out_q.shape, out_k.shape) == (q.shape, k.shape)


def test_conforms_to_the_contract() -> None:
    assert isinstance(ours(), PositionEncoding)


@pytest.mark.parametrize(("change", "message"), [
    ({"short_factor": SHORT[:-1]}, r"short_factor needs 8 finite positive numbers .*of the 16 rotated features"),
    ({"partial_rotary_factor": 0.1}, r"partial_rotary_factor 0\.1 of head_dim 16 must rotate an even number of "
                                     r"features, at least 2, got 1"),
    ({"long_factor": [*LONG[:-1], 0.0]}, r"long_factor needs 8 finite positive numbers"),
    ({"long_factor": [*LONG[:-1], float("nan")]}, r"long_factor needs 8 finite positive numbers"),
    ({"original_max_seq_len": 1}, r"original_max_seq_len must be at least 2, got 1"),
])
def test_bad_settings_raise_config_error_naming_them(change: dict[str, object], message: str) -> None:
    settings: dict[str, object] = {"head_dim": HEAD_DIM, "short_factor": SHORT, "long_factor": LONG,
                                   "original_max_seq_len": ORIGINAL, "max_seq_len": MAX_POSITIONS, **change}
    with pytest.raises(ConfigError, match=message):
        LongRotaryEmbedding(**settings)  # type: ignore[arg-type]  # the settings vary by case
