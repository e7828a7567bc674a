"""OLMo 2's post-norm block and whole-projection q/k norm attention against transformers' Olmo2 modules."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor, nn
from transformers import Olmo2Config
from transformers.models.olmo2.modeling_olmo2 import Olmo2Attention, Olmo2DecoderLayer, Olmo2RotaryEmbedding

from tests.helpers.tolerance import block_reduction_length, reordered
from tttv2.modules import (
    BoundLayerCache,
    GroupedQueryAttention,
    PostNormBlock,
    ProjectionQKNormAttention,
    RMSNorm,
    RotaryEmbedding,
    SDPAAttention,
    StaticKVCache,
    SwiGLU,
)

from .helpers import randn, randomize_, seeded

HIDDEN, INTERMEDIATE, HEADS, KV_HEADS = 48, 80, 6, 2  # GQA: the k norm is narrower than the q norm
HEAD_DIM = HIDDEN // HEADS  # OLMo 2 has no head_dim setting
BATCH, SEQ, EPS, THETA = 2, 9, 1e-6, 5000.0
# fp32 both sides; SDPA vs transformers' eager softmax, or decode vs full forward, sum in other orders
REDUCTION = block_reduction_length(hidden=HIDDEN, heads=HEADS, head_dim=HEAD_DIM, intermediate=INTERMEDIATE, keys=SEQ)


def olmo2_config() -> Olmo2Config:
    config = Olmo2Config(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, num_attention_heads=HEADS,
                         num_key_value_heads=KV_HEADS, rms_norm_eps=EPS,
                         rope_parameters={"rope_type": "default", "rope_theta": THETA})
    config._attn_implementation = "eager"
    return config


def copy_linear(target: nn.Module, source: nn.Module) -> None:
    target.weight.copy_(source.weight)  # type: ignore[operator]  # both are nn.Linear


def our_attention(theirs: Olmo2Attention) -> ProjectionQKNormAttention:
    ours = ProjectionQKNormAttention(hidden_dim=HIDDEN, num_heads=HEADS, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                                     kernel=SDPAAttention(), position=RotaryEmbedding(head_dim=HEAD_DIM,
                                                                                      rope_theta=THETA), eps=EPS)
    with torch.no_grad():
        for name in ("q", "k", "v", "o"):
            copy_linear(getattr(ours, f"{name}_proj"), getattr(theirs, f"{name}_proj"))
        ours.q_proj_norm.weight.copy_(theirs.q_norm.weight)
        ours.k_proj_norm.weight.copy_(theirs.k_norm.weight)
    return ours.eval()


def additive_mask(seq: int) -> Tensor:
    causal = torch.ones(seq, seq, dtype=torch.bool).tril()
    return torch.zeros(seq, seq).masked_fill(~causal, torch.finfo(torch.float32).min)[None, None].expand(BATCH, 1, -1, -1)


def test_attention_matches_olmo2_attention() -> None:
    config = olmo2_config()
    theirs = randomize_(Olmo2Attention(config, layer_idx=0), seeded(0)).eval()
    ours = our_attention(theirs)
    x = randn(seeded(1), BATCH, SEQ, HIDDEN)
    positions = torch.stack((torch.arange(SEQ), torch.arange(SEQ) + 3))
    with torch.no_grad():
        embeddings = Olmo2RotaryEmbedding(config)(x, positions)
        expected, _ = theirs(x, position_embeddings=embeddings, attention_mask=additive_mask(SEQ))
        out = ours.forward(x, positions=positions)
    torch.testing.assert_close(out, expected, **reordered(expected, REDUCTION))


def test_whole_projection_norm_differs_from_a_per_head_norm() -> None:
    """Normalising each head on its own is a different model (unit scales on both): the comparison above can fail."""
    ours = our_attention(randomize_(Olmo2Attention(olmo2_config(), layer_idx=0), seeded(2)).eval())
    per_head = GroupedQueryAttention(hidden_dim=HIDDEN, num_heads=HEADS, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                                     kernel=SDPAAttention(), position=ours.position,
                                     q_norm=RMSNorm(hidden_dim=HEAD_DIM, eps=EPS),
                                     k_norm=RMSNorm(hidden_dim=HEAD_DIM, eps=EPS)).eval()
    with torch.no_grad():
        ours.q_proj_norm.weight.fill_(1.0)
        ours.k_proj_norm.weight.fill_(1.0)
        for name in ("q", "k", "v", "o"):
            copy_linear(getattr(per_head, f"{name}_proj"), getattr(ours, f"{name}_proj"))
        x = randn(seeded(3), BATCH, SEQ, HIDDEN)
        positions = torch.arange(SEQ).expand(BATCH, SEQ)
        assert not torch.allclose(per_head.forward(x, positions=positions), ours.forward(x, positions=positions),
                                  atol=1e-3)


def block_pair() -> tuple[PostNormBlock, Olmo2DecoderLayer, Olmo2Config]:
    config = olmo2_config()
    theirs = randomize_(Olmo2DecoderLayer(config, layer_idx=0), seeded(4)).eval()
    ffn = SwiGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE)
    ours = PostNormBlock(attention=our_attention(theirs.self_attn), ffn=ffn,
                         post_attention_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS),
                         post_ffn_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS))
    with torch.no_grad():
        for ours_name, their_name in (("gate", "gate_proj"), ("up", "up_proj"), ("down", "down_proj")):
            copy_linear(getattr(ffn, ours_name), getattr(theirs.mlp, their_name))
        ours.post_attention_norm.weight.copy_(theirs.post_attention_layernorm.weight)  # type: ignore[operator]
        ours.post_ffn_norm.weight.copy_(theirs.post_feedforward_layernorm.weight)  # type: ignore[operator]
    return ours.eval(), theirs, config


def test_post_norm_block_matches_olmo2_decoder_layer() -> None:
    ours, theirs, config = block_pair()
    x = randn(seeded(5), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    with torch.no_grad():
        embeddings = Olmo2RotaryEmbedding(config)(x, positions)
        expected = theirs(x, attention_mask=additive_mask(SEQ), position_ids=positions, position_embeddings=embeddings)
        expected = expected[0] if isinstance(expected, tuple) else expected
        out = ours.forward(x, positions=positions)
    torch.testing.assert_close(out, expected, **reordered(expected, REDUCTION))


@pytest.mark.parametrize("prefill", [1, 5])
def test_post_norm_block_decodes_with_a_cache_like_the_full_forward(prefill: int) -> None:
    block, _, _ = block_pair()
    x = randn(seeded(6), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    cache = BoundLayerCache(StaticKVCache(num_layers=1, batch_size=BATCH, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                                          capacity=SEQ), 0)
    with torch.no_grad():
        full = block.forward(x, positions=positions)
        steps = [block.forward(x[:, :prefill], positions=positions[:, :prefill], cache=cache)]
        steps += [block.forward(x[:, i:i + 1], positions=positions[:, i:i + 1], cache=cache)
                  for i in range(prefill, SEQ)]
    torch.testing.assert_close(torch.cat(steps, dim=1), full, **reordered(full, REDUCTION))
