"""Decoder blocks against transformers' LlamaDecoderLayer and Gemma3DecoderLayer with copied weights."""

from __future__ import annotations

import math

import pytest
import torch
from torch import Tensor, nn
from transformers import Gemma3TextConfig, LlamaConfig
from transformers.models.gemma3.modeling_gemma3 import Gemma3DecoderLayer, Gemma3RotaryEmbedding
from transformers.models.llama.modeling_llama import LlamaDecoderLayer, LlamaRotaryEmbedding

from tests.helpers.tolerance import block_reduction_length, reordered
from tttv2.modules import (
    BoundLayerCache,
    GeGLU,
    GroupedQueryAttention,
    OffsetRMSNorm,
    PreNormBlock,
    RMSNorm,
    RotaryEmbedding,
    SandwichNormBlock,
    SDPAAttention,
    StaticKVCache,
    SwiGLU,
)
from tttv2.protocols import Block

from .helpers import randn, randomize_, seeded

HIDDEN, INTERMEDIATE, HEADS, KV_HEADS, HEAD_DIM = 48, 80, 6, 2, 16  # heads * head_dim = 96 != hidden
BATCH, SEQ, EPS = 2, 9, 1e-6
# fp32 both sides; SDPA vs transformers' eager softmax, or decode vs full forward, sum in other orders
REDUCTION = block_reduction_length(hidden=HIDDEN, heads=HEADS, head_dim=HEAD_DIM, intermediate=INTERMEDIATE, keys=SEQ)


def additive_mask(seq: int, window: int | None = None) -> Tensor:
    """transformers' 4-D float mask for eager attention: 0 where allowed, the dtype minimum elsewhere."""
    rows = torch.arange(seq)[:, None]
    cols = torch.arange(seq)[None, :]
    allowed = cols <= rows
    if window is not None:
        allowed &= rows - cols < window
    mask = torch.zeros(seq, seq).masked_fill(~allowed, torch.finfo(torch.float32).min)
    return mask[None, None].expand(BATCH, 1, seq, seq)


def copy_linear(target: nn.Linear, source: nn.Linear) -> None:
    target.weight.copy_(source.weight)
    if source.bias is not None:
        target.bias.copy_(source.bias)


def llama_pair(attention_bias: bool) -> tuple[PreNormBlock, LlamaDecoderLayer, LlamaConfig]:
    config = LlamaConfig(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, num_attention_heads=HEADS,
                         num_key_value_heads=KV_HEADS, head_dim=HEAD_DIM, rms_norm_eps=EPS,
                         attention_bias=attention_bias, rope_parameters={"rope_type": "default", "rope_theta": 5000.0})
    config._attn_implementation = "eager"
    theirs = randomize_(LlamaDecoderLayer(config, layer_idx=0), seeded(0)).eval()
    attention = GroupedQueryAttention(
        hidden_dim=HIDDEN, num_heads=HEADS, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM, kernel=SDPAAttention(),
        position=RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=5000.0), bias=attention_bias, output_bias=attention_bias)
    ours = PreNormBlock(attention=attention, ffn=SwiGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE),
                        attention_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS),
                        ffn_norm=RMSNorm(hidden_dim=HIDDEN, eps=EPS))
    with torch.no_grad():
        for name in ("q", "k", "v", "o"):
            copy_linear(getattr(attention, f"{name}_proj"), getattr(theirs.self_attn, f"{name}_proj"))
        for ours_name, their_name in (("gate", "gate_proj"), ("up", "up_proj"), ("down", "down_proj")):
            copy_linear(getattr(ours.ffn, ours_name), getattr(theirs.mlp, their_name))
        ours.attention_norm.weight.copy_(theirs.input_layernorm.weight)
        ours.ffn_norm.weight.copy_(theirs.post_attention_layernorm.weight)
    return ours.eval(), theirs, config


@pytest.mark.parametrize("attention_bias", [False, True])
def test_pre_norm_block_matches_llama_decoder_layer(attention_bias: bool) -> None:
    ours, theirs, config = llama_pair(attention_bias)
    x = randn(seeded(1), BATCH, SEQ, HIDDEN)
    positions = torch.stack((torch.arange(SEQ), torch.arange(SEQ) + 4))
    with torch.no_grad():
        embeddings = LlamaRotaryEmbedding(config)(x, positions)
        expected = theirs(x, attention_mask=additive_mask(SEQ), position_ids=positions, position_embeddings=embeddings)
        expected = expected[0] if isinstance(expected, tuple) else expected
        out = ours.forward(x, positions=positions)
    torch.testing.assert_close(out, expected, **reordered(expected, REDUCTION))


SLIDING_WINDOW = 4
QUERY_PRE_ATTN_SCALAR = 24  # differs from head_dim, so the query scale matters


def gemma_pair(layer_type: str) -> tuple[SandwichNormBlock, Gemma3DecoderLayer, Gemma3TextConfig]:
    config = Gemma3TextConfig(hidden_size=HIDDEN, intermediate_size=INTERMEDIATE, num_attention_heads=HEADS,
                              num_key_value_heads=KV_HEADS, head_dim=HEAD_DIM, rms_norm_eps=EPS,
                              sliding_window=SLIDING_WINDOW, query_pre_attn_scalar=QUERY_PRE_ATTN_SCALAR,
                              layer_types=[layer_type, "full_attention"], num_hidden_layers=2)
    config._attn_implementation = "eager"
    theirs = Gemma3DecoderLayer(config, layer_idx=0).eval()
    randomize_(theirs, seeded(2), std=0.2)
    theta = config.rope_parameters[layer_type]["rope_theta"]
    window = SLIDING_WINDOW if layer_type == "sliding_attention" else None
    attention = GroupedQueryAttention(
        hidden_dim=HIDDEN, num_heads=HEADS, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM, kernel=SDPAAttention(),
        position=RotaryEmbedding(head_dim=HEAD_DIM, rope_theta=theta),
        q_norm=OffsetRMSNorm(hidden_dim=HEAD_DIM, eps=EPS), k_norm=OffsetRMSNorm(hidden_dim=HEAD_DIM, eps=EPS),
        window=window, query_scale=math.sqrt(HEAD_DIM) / math.sqrt(QUERY_PRE_ATTN_SCALAR))
    norms = {name: OffsetRMSNorm(hidden_dim=HIDDEN, eps=EPS)
             for name in ("attention_norm", "post_attention_norm", "ffn_norm", "post_ffn_norm")}
    ours = SandwichNormBlock(attention=attention, ffn=GeGLU(hidden_dim=HIDDEN, intermediate_dim=INTERMEDIATE), **norms)
    with torch.no_grad():
        for name in ("q", "k", "v", "o"):
            copy_linear(getattr(attention, f"{name}_proj"), getattr(theirs.self_attn, f"{name}_proj"))
        attention.q_norm.weight.copy_(theirs.self_attn.q_norm.weight)  # type: ignore[union-attr]  # set above
        attention.k_norm.weight.copy_(theirs.self_attn.k_norm.weight)  # type: ignore[union-attr]  # set above
        for ours_name, their_name in (("gate", "gate_proj"), ("up", "up_proj"), ("down", "down_proj")):
            copy_linear(getattr(ours.ffn, ours_name), getattr(theirs.mlp, their_name))
        for ours_name, their_name in (("attention_norm", "input_layernorm"),
                                      ("post_attention_norm", "post_attention_layernorm"),
                                      ("ffn_norm", "pre_feedforward_layernorm"),
                                      ("post_ffn_norm", "post_feedforward_layernorm")):
            getattr(ours, ours_name).weight.copy_(getattr(theirs, their_name).weight)
    return ours.eval(), theirs, config


@pytest.mark.parametrize("layer_type", ["sliding_attention", "full_attention"])
def test_sandwich_norm_block_matches_gemma3_decoder_layer(layer_type: str) -> None:
    ours, theirs, config = gemma_pair(layer_type)
    x = randn(seeded(3), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    window = SLIDING_WINDOW if layer_type == "sliding_attention" else None
    with torch.no_grad():
        embeddings = Gemma3RotaryEmbedding(config)(x, positions, layer_type=layer_type)
        expected = theirs(x, position_embeddings=embeddings, attention_mask=additive_mask(SEQ, window),
                          position_ids=positions)
        expected = expected[0] if isinstance(expected, tuple) else expected
        out = ours.forward(x, positions=positions)
    torch.testing.assert_close(out, expected, **reordered(expected, REDUCTION))


def test_sliding_and_full_gemma_layers_differ_on_long_inputs() -> None:
    """The window matters at SEQ > window, so the two comparisons above test different things."""
    sliding, _, _ = gemma_pair("sliding_attention")
    x = randn(seeded(4), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    with torch.no_grad():
        windowed = sliding.forward(x, positions=positions)
        sliding.attention.window = None  # type: ignore[union-attr]  # the GroupedQueryAttention built above
        unwindowed = sliding.forward(x, positions=positions)
    torch.testing.assert_close(windowed[:, :SLIDING_WINDOW], unwindowed[:, :SLIDING_WINDOW],
                               **reordered(unwindowed, REDUCTION))
    assert not torch.allclose(windowed[:, SLIDING_WINDOW:], unwindowed[:, SLIDING_WINDOW:], atol=1e-3)


@pytest.mark.parametrize("make", [lambda: llama_pair(False)[0], lambda: gemma_pair("sliding_attention")[0]],
                         ids=["pre-norm", "sandwich"])
def test_blocks_decode_with_a_cache_like_the_full_forward(make: object) -> None:
    block = make()  # type: ignore[operator]  # a zero-argument lambda
    assert isinstance(block, Block)
    x = randn(seeded(5), BATCH, SEQ, HIDDEN)
    positions = torch.arange(SEQ).expand(BATCH, SEQ)
    cache = BoundLayerCache(StaticKVCache(num_layers=1, batch_size=BATCH, num_kv_heads=KV_HEADS, head_dim=HEAD_DIM,
                                          capacity=SEQ, windows=(block.attention.window,)), 0)
    with torch.no_grad():
        full = block.forward(x, positions=positions)
        steps = [block.forward(x[:, :5], positions=positions[:, :5], cache=cache)]
        steps += [block.forward(x[:, i:i + 1], positions=positions[:, i:i + 1], cache=cache) for i in range(5, SEQ)]
    torch.testing.assert_close(torch.cat(steps, dim=1), full, **reordered(full, REDUCTION))  # same ops, other shapes
