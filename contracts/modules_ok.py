"""Conforming modules: built-ins and duck-typed custom classes satisfy the contracts under mypy --strict."""

from __future__ import annotations

import math

import torch
from torch import Tensor

from tttv2.modules import (
    DenseLinear,
    EagerAttention,
    GeGLU,
    GGUFEmbedding,
    GreedySampler,
    GroupedQueryAttention,
    LinearHead,
    MixtureOfExperts,
    OffsetRMSNorm,
    PreNormBlock,
    RMSNorm,
    RotaryEmbedding,
    SandwichNormBlock,
    SDPAAttention,
    StaticKVCache,
    SwiGLU,
    TiedHead,
    TokenEmbedding,
    TopPSampler,
)
from tttv2.protocols import (
    AttentionKernel,
    AttentionLayer,
    Block,
    Embedding,
    FeedForward,
    KVCache,
    Linear,
    LinearFactory,
    LMHead,
    Norm,
    PositionEncoding,
    ProjectsOntoTable,
    Sampler,
    WeightedEmbedding,
)


class MyAttention:
    """A custom kernel that inherits nothing: ten lines, checked by mypy against AttentionKernel."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        scores = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
        if mask is None:
            causal = torch.ones(q.shape[-2], k.shape[-2], dtype=torch.bool, device=q.device).tril(k.shape[-2] - q.shape[-2])
            scores = scores.masked_fill(~causal, float("-inf"))
        elif mask.dtype == torch.bool:
            scores = scores.masked_fill(~mask, float("-inf"))
        else:
            scores = scores + mask
        return torch.softmax(scores, dim=-1) @ v


class MyNorm:
    def forward(self, x: Tensor) -> Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6)


class MyLinear:
    """A projection that inherits nothing: the attributes and method the Linear contract names."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False) -> None:
        self.in_features = in_features
        self.out_features = out_features
        self.weight = torch.zeros(out_features, in_features)

    def forward(self, x: Tensor) -> Tensor:
        return x @ self.weight.T


linears: list[Linear[Tensor]] = [DenseLinear(8, 16), DenseLinear(8, 16, bias=True), MyLinear(8, 16)]
linear_factories: list[LinearFactory[Tensor]] = [DenseLinear, MyLinear]
kernels: list[AttentionKernel[Tensor]] = [SDPAAttention(), EagerAttention(), MyAttention()]
norms: list[Norm[Tensor]] = [RMSNorm(hidden_dim=8), OffsetRMSNorm(hidden_dim=8), MyNorm()]
ffns: list[FeedForward[Tensor]] = [SwiGLU(hidden_dim=8, intermediate_dim=16), GeGLU(hidden_dim=8, intermediate_dim=16),
                                   MixtureOfExperts(hidden_dim=8, intermediate_dim=16, num_experts=2)]
position: PositionEncoding[Tensor] = RotaryEmbedding(head_dim=4)
embedding: WeightedEmbedding[Tensor] = TokenEmbedding(vocab_size=10, hidden_dim=8)
plain_embedding: Embedding[Tensor] = embedding
block_table = GGUFEmbedding(vocab_size=10, hidden_dim=32)
table_embeddings: list[WeightedEmbedding[Tensor]] = [block_table]  # a tied head takes it like any embedding
table_projections: list[ProjectsOntoTable[Tensor]] = [block_table]
heads: list[LMHead[Tensor]] = [LinearHead(hidden_dim=8, vocab_size=10), TiedHead(embedding=embedding),
                               TiedHead(embedding=block_table)]
layer: AttentionLayer[Tensor] = GroupedQueryAttention(hidden_dim=8, num_heads=2, num_kv_heads=1, head_dim=4,
                                                      kernel=MyAttention(), position=position,
                                                      qkv_linear=MyLinear, out_linear=DenseLinear)
blocks: list[Block[Tensor]] = [
    PreNormBlock(attention=layer, ffn=ffns[0], attention_norm=norms[0], ffn_norm=norms[2]),
    SandwichNormBlock(attention=layer, ffn=ffns[1], attention_norm=norms[0], post_attention_norm=norms[1],
                      ffn_norm=norms[1], post_ffn_norm=norms[2]),
]
cache: KVCache[Tensor] = StaticKVCache(num_layers=1, batch_size=1, num_kv_heads=1, head_dim=4, capacity=8)
samplers: list[Sampler[Tensor]] = [GreedySampler(), TopPSampler(temperature=0.7, top_p=0.9)]
