"""Granite's scaled-residual block (with its attention multiplier as the query scale) against GraniteDecoderLayer."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor, nn
from transformers import GraniteConfig
from transformers.models.granite.modeling_granite import GraniteDecoderLayer, GraniteRotaryEmbedding

from tests.helpers.tolerance import block_reduction_length, reordered
from tttv2.errors import ConfigError
from tttv2.modules import GroupedQueryAttention, RMSNorm, RotaryEmbedding, ScaledResidualBlock, SDPAAttention, SwiGLU
from tttv2.modules.attention_layer import query_scale_for

from .helpers import randn, randomize_, seeded

HIDDEN, INTERMEDIATE, HEADS, KV_HEADS = 48, 80, 6, 2
HEAD_DIM = HIDDEN // HEADS
BATCH, SEQ, EPS, THETA = 2, 9, 1e-6, 5000.0
RESIDUAL, ATTENTION = 0.3, 0.05  # far from 1 and from 1/sqrt(head_dim), so both matter
# fp32 both sides; SDPA vs transformers' eager softmax sum in other orders
REDUCTION = block_reduction_length(hidden=HIDDEN, heads=HEADS, head_dim=HEAD_DIM, intermediate=INTERMEDIATE, keys=SEQ)


def granite_pair(residual: float = RESIDUAL) -> tuple[ScaledResidualBlock, GraniteDecoderLayer, GraniteConfig]:
    config = GraniteConfig(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, num_attention_heads=HEADS,
                           num_key_value_heads=KV_HEADS, rms_norm_eps=EPS, residual_multiplier=residual,
                           attention_multiplier=ATTENTION, rope_parameters={"rope_type": "default", "rope_theta": THETA})
    config._attn_implementation = "eager"
    theirs = randomize_(GraniteDecoderLayer(config, layer_idx=0), seeded(0)).eval()
    attention = GroupedQueryAttention(hidden_dim=HIDDEN, num_heads=HEADS, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                                      kernel=SDPAAttention(), position=RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=THETA),
                                      query_scale=query_scale_for(HEAD_DIM, ATTENTION))
    ffn = SwiGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE)
    ours = ScaledResidualBlock(attention=attention, ffn=ffn, attention_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS),
                               ffn_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS), residual_multiplier=residual)
    pairs: list[tuple[nn.Module, nn.Module]] = [
        *((getattr(attention, f"{n}_proj"), getattr(theirs.self_attn, f"{n}_proj")) for n in "qkvo"),
        *((getattr(ffn, n), getattr(theirs.mlp, f"{n}_proj")) for n in ("gate", "up", "down")),
        (ours.attention_norm, theirs.input_layernorm),  # type: ignore[list-item]  # RMSNorm modules
        (ours.ffn_norm, theirs.post_attention_layernorm),  # type: ignore[list-item]
    ]
    with torch.no_grad():
        for target, source in pairs:
            target.weight.copy_(source.weight)  # type: ignore[operator]
    return ours.eval(), theirs, config


def additive_mask(seq: int) -> Tensor:
    causal = torch.ones(seq, seq, dtype=torch.bool).tril()
    return torch.zeros(seq, seq).masked_fill(~causal, torch.finfo(torch.float32).min)[None, None].expand(BATCH, 1, -1, -1)


def test_scaled_residual_block_matches_granite_decoder_layer() -> None:
    ours, theirs, config = granite_pair()
    x = randn(seeded(1), BATCH, SEQ, HIDDEN)
    positions = torch.stack((torch.arange(SEQ), torch.arange(SEQ) + 2))
    with torch.no_grad():
        embeddings = GraniteRotaryEmbedding(config)(x, positions)
        expected = theirs(x, attention_mask=additive_mask(SEQ), position_ids=positions, position_embeddings=embeddings)
        expected = expected[0] if isinstance(expected, tuple) else expected
        out = ours.forward(x, positions=positions)
    torch.testing.assert_close(out, expected, **reordered(expected, REDUCTION))


def test_the_multiplier_is_applied_to_both_branches() -> None:
    """Written out: x + m * attn(norm(x)), then + m * ffn(norm(.)), against the block's own sub-modules."""
    ours, _, _ = granite_pair()
    x = randn(seeded(2), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    with torch.no_grad():
        middle = x + RESIDUAL * ours.attention.forward(ours.attention_norm.forward(x), positions=positions)
        expected = middle + RESIDUAL * ours.ffn.forward(ours.ffn_norm.forward(middle))
        torch.testing.assert_close(ours.forward(x, positions=positions), expected, **reordered(expected, 1))


@pytest.mark.parametrize("residual", [0.0, -0.5])
def test_a_multiplier_that_is_not_positive_is_refused(residual: float) -> None:
    with pytest.raises(ConfigError, match="residual_multiplier must be positive"):
        granite_pair(residual)
