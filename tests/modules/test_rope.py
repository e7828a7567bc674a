"""Rotary embeddings against transformers' ROPE_INIT_FUNCTIONS and rotary modules, and a complex-number RoPE."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor
from transformers import LlamaConfig
from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS
from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding, apply_rotary_pos_emb

from tttv2.errors import ConfigError
from tttv2.modules import (
    LinearScaledRotaryEmbedding,
    Llama3RotaryEmbedding,
    NoPositionEncoding,
    RotaryEmbedding,
    YarnRotaryEmbedding,
)
from tttv2.modules.rope import _Rotary
from tttv2.protocols import PositionEncoding

from .helpers import complex_rope, default_inverse_frequencies, randn, seeded

FREQ_ATOL, FREQ_RTOL = 0.0, 1e-6  # both compute frequencies in fp32 from the same formula; allow 1-2 ulp
ATOL, RTOL = 1e-4, 1e-4  # fp32 angles at positions ~300: one ulp of a frequency (~6e-8) moves an angle by ~2e-5
BF16_ATOL, BF16_RTOL = 2e-2, 1e-2  # bf16 output rounding (8-bit mantissa) of values around 1-3

HEAD_DIM = 64  # wide enough that llama3's three frequency bands and yarn's ramp all have members
BATCH, HEADS, KV_HEADS, SEQ = 2, 4, 2, 11


def hf_config(rope_parameters: dict[str, object], max_position_embeddings: int = 512) -> LlamaConfig:
    return LlamaConfig(hidden_size=HEAD_DIM * HEADS, num_attention_heads=HEADS, num_key_value_heads=KV_HEADS,
                       head_dim=HEAD_DIM, max_position_embeddings=max_position_embeddings,
                       rope_parameters=rope_parameters)


CASES: dict[str, tuple[_Rotary, dict[str, object]]] = {
    "default": (RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=10000.0),
                {"rope_type": "default", "rope_theta": 10000.0}),
    "linear": (LinearScaledRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=10000.0, factor=4.0),
               {"rope_type": "linear", "rope_theta": 10000.0, "factor": 4.0}),
    "llama3": (Llama3RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=500000.0, factor=8.0, low_freq_factor=1.0,
                                     high_freq_factor=4.0, original_max_seq_len=8192),
               {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
                "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}),
    "llama3-short-context": (Llama3RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=10000.0, factor=4.0,
                                                   low_freq_factor=2.0, high_freq_factor=8.0, original_max_seq_len=256),
                             {"rope_type": "llama3", "rope_theta": 10000.0, "factor": 4.0, "low_freq_factor": 2.0,
                              "high_freq_factor": 8.0, "original_max_position_embeddings": 256}),
    "yarn": (YarnRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=10000.0, factor=4.0, original_max_seq_len=128),
             {"rope_type": "yarn", "rope_theta": 10000.0, "factor": 4.0, "original_max_position_embeddings": 128}),
    "yarn-untruncated-betas": (
        YarnRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=1000000.0, factor=8.0, original_max_seq_len=64,
                            beta_fast=16.0, beta_slow=2.0, truncate=False),
        {"rope_type": "yarn", "rope_theta": 1000000.0, "factor": 8.0, "original_max_position_embeddings": 64,
         "beta_fast": 16.0, "beta_slow": 2.0, "truncate": False}),
    "yarn-attention-factor": (
        YarnRotaryEmbedding(head_dim=HEAD_DIM, rope_theta=10000.0, factor=2.0, original_max_seq_len=128,
                            attention_factor=1.25),
        {"rope_type": "yarn", "rope_theta": 10000.0, "factor": 2.0, "original_max_position_embeddings": 128,
         "attention_factor": 1.25}),
}


def _hf_frequencies(rope_parameters: dict[str, object]) -> tuple[Tensor, float]:
    config = hf_config(rope_parameters)
    rope_type = str(rope_parameters["rope_type"])
    if rope_type == "default":
        return LlamaRotaryEmbedding.compute_default_rope_parameters(config)
    return ROPE_INIT_FUNCTIONS[rope_type](config, torch.device("cpu"))  # type: ignore[no-any-return]  # HF untyped


@pytest.mark.parametrize(("rope", "rope_parameters"), list(CASES.values()), ids=list(CASES))
def test_frequencies_and_attention_factor_match_transformers(rope: _Rotary, rope_parameters: dict[str, object]) -> None:
    expected, attention_factor = _hf_frequencies(rope_parameters)
    ours = torch.tensor(rope.inverse_frequencies, dtype=torch.float32)
    torch.testing.assert_close(ours, expected.float(), atol=FREQ_ATOL, rtol=FREQ_RTOL)
    assert rope.attention_factor == pytest.approx(attention_factor, rel=1e-12)


def test_llama3_cases_cover_all_three_bands() -> None:
    rope, _ = CASES["llama3"]
    base = default_inverse_frequencies(HEAD_DIM, 500000.0)
    ratio = base / torch.tensor(rope.inverse_frequencies, dtype=torch.float64)
    assert (ratio < 1.0001).any() and (ratio > 7.999).any() and ((ratio > 1.01) & (ratio < 7.99)).any()


@pytest.mark.parametrize(("rope", "rope_parameters"), list(CASES.values()), ids=list(CASES))
def test_apply_matches_transformers_rotary_module(rope: _Rotary, rope_parameters: dict[str, object]) -> None:
    generator = seeded(0)
    q = randn(generator, BATCH, HEADS, SEQ, HEAD_DIM)
    k = randn(generator, BATCH, KV_HEADS, SEQ, HEAD_DIM)
    positions = torch.stack((torch.arange(SEQ), torch.arange(300, 300 + SEQ)))  # absolute, and different per row
    cos, sin = LlamaRotaryEmbedding(hf_config(rope_parameters))(q, positions)
    expected_q, expected_k = apply_rotary_pos_emb(q, k, cos, sin)
    ours_q, ours_k = rope.apply(q, k, positions)
    torch.testing.assert_close(ours_q, expected_q, atol=ATOL, rtol=RTOL)
    torch.testing.assert_close(ours_k, expected_k, atol=ATOL, rtol=RTOL)


@pytest.mark.parametrize("theta", [10000.0, 1000000.0])
def test_default_rope_equals_complex_rotation(theta: float) -> None:
    generator = seeded(1)
    q = randn(generator, BATCH, HEADS, SEQ, HEAD_DIM)
    k = randn(generator, BATCH, KV_HEADS, SEQ, HEAD_DIM)
    positions = torch.stack((torch.arange(SEQ), torch.arange(SEQ) * 7 + 3))
    rope = RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=theta)
    ours_q, ours_k = rope.apply(q, k, positions)
    inverse = default_inverse_frequencies(HEAD_DIM, theta)
    torch.testing.assert_close(ours_q, complex_rope(q, positions, inverse).float(), atol=ATOL, rtol=RTOL)
    torch.testing.assert_close(ours_k, complex_rope(k, positions, inverse).float(), atol=ATOL, rtol=RTOL)


def test_yarn_attention_factor_scales_the_rotation() -> None:
    rope, _ = CASES["yarn-attention-factor"]
    generator = seeded(2)
    q = randn(generator, 1, HEADS, SEQ, HEAD_DIM)
    positions = torch.arange(SEQ)[None]
    inverse = torch.tensor(rope.inverse_frequencies, dtype=torch.float64)
    ours_q, _ = rope.apply(q, q[:, :KV_HEADS], positions)
    torch.testing.assert_close(ours_q, complex_rope(q, positions, inverse, 1.25).float(), atol=ATOL, rtol=RTOL)


def test_scores_depend_only_on_the_relative_position() -> None:
    generator = seeded(3)
    q = randn(generator, 1, 1, 1, HEAD_DIM)
    k = randn(generator, 1, 1, 1, HEAD_DIM)
    rope = RotaryEmbedding(head_dim=HEAD_DIM)

    def score(query_position: int, key_position: int) -> Tensor:
        rotated_q, _ = rope.apply(q, k, torch.tensor([[query_position]]))
        _, rotated_k = rope.apply(q, k, torch.tensor([[key_position]]))
        return (rotated_q * rotated_k).sum()

    torch.testing.assert_close(score(9, 4), score(105, 100), atol=1e-4, rtol=1e-4)
    assert not torch.allclose(score(9, 4), score(9, 5), atol=1e-3)


def test_bf16_inputs_keep_their_dtype() -> None:
    generator = seeded(4)
    q = randn(generator, BATCH, HEADS, SEQ, HEAD_DIM, dtype=torch.bfloat16)
    k = randn(generator, BATCH, KV_HEADS, SEQ, HEAD_DIM, dtype=torch.bfloat16)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    ours_q, ours_k = RotaryEmbedding(head_dim=HEAD_DIM).apply(q, k, positions)
    assert (ours_q.dtype, ours_k.dtype) == (torch.bfloat16, torch.bfloat16)
    assert ours_q.shape == q.shape and ours_k.shape == k.shape
    inverse = default_inverse_frequencies(HEAD_DIM, 10000.0)
    torch.testing.assert_close(ours_q.float(), complex_rope(q, positions, inverse).float(),
                               atol=BF16_ATOL, rtol=BF16_RTOL)


def test_no_position_encoding_is_the_identity() -> None:
    generator = seeded(5)
    q, k = randn(generator, 1, HEADS, SEQ, 8), randn(generator, 1, KV_HEADS, SEQ, 8)
    out_q, out_k = NoPositionEncoding().apply(q, k, torch.arange(SEQ)[None])
    assert out_q is q and out_k is k


@pytest.mark.parametrize("rope", [c[0] for c in CASES.values()] + [NoPositionEncoding()])
def test_built_ins_conform_to_the_contract(rope: object) -> None:
    assert isinstance(rope, PositionEncoding)


def test_odd_head_dim_is_rejected() -> None:
    with pytest.raises(ConfigError, match="even head_dim, got 7"):
        RotaryEmbedding(head_dim=7)


@pytest.mark.parametrize("make", [
    lambda: LinearScaledRotaryEmbedding(head_dim=8, factor=0.0),
    lambda: YarnRotaryEmbedding(head_dim=8, factor=-1.0, original_max_seq_len=32),
    lambda: Llama3RotaryEmbedding(head_dim=8, low_freq_factor=4.0, high_freq_factor=1.0),
], ids=["linear-factor", "yarn-factor", "llama3-freq-factors"])
def test_bad_scaling_settings_raise_config_error(make: object) -> None:
    with pytest.raises(ConfigError):
        make()  # type: ignore[operator]  # each case is a zero-argument lambda
