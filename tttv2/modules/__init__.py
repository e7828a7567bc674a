"""Built-in torch modules; importing this package registers them on the default registry."""

from __future__ import annotations

from tttv2.modules.attention_kernels import EagerAttention, SDPAAttention, SlidingWindowAttention, SoftCappedAttention
from tttv2.modules.attention_layer import GroupedQueryAttention
from tttv2.modules.block import PreNormBlock, SandwichNormBlock
from tttv2.modules.cache import BoundLayerCache, StaticKVCache
from tttv2.modules.embedding import ScaledEmbedding, TokenEmbedding
from tttv2.modules.ffn import GeGLU, GeluMLP, MixtureOfExperts, SwiGLU
from tttv2.modules.gguf_embedding import GGUFEmbedding
from tttv2.modules.head import LinearHead, TiedHead
from tttv2.modules.linear import DenseLinear
from tttv2.modules.multiplied_embedding import MultipliedEmbedding
from tttv2.modules.norm import LayerNorm, OffsetRMSNorm, RMSNorm
from tttv2.modules.post_norm_block import PostNormBlock
from tttv2.modules.projection_qk_norm_attention import ProjectionQKNormAttention
from tttv2.modules.quantized_linear import Int4Linear, Int8Linear
from tttv2.modules.rope import (
    LinearScaledRotaryEmbedding,
    Llama3RotaryEmbedding,
    LongRotaryEmbedding,
    NoPositionEncoding,
    RotaryEmbedding,
    YarnRotaryEmbedding,
)
from tttv2.modules.sampler import GreedySampler, TopPSampler
from tttv2.modules.scaled_logits_head import ScaledLinearHead, ScaledTiedHead
from tttv2.modules.scaled_residual_block import ScaledResidualBlock
from tttv2.modules.stacked_experts import StackedExpertMoE

__all__ = [
    "BoundLayerCache", "DenseLinear", "EagerAttention", "GGUFEmbedding", "GeGLU", "GeluMLP", "GreedySampler", "GroupedQueryAttention",
    "Int4Linear", "Int8Linear", "LayerNorm", "LinearHead", "LinearScaledRotaryEmbedding", "Llama3RotaryEmbedding",
    "LongRotaryEmbedding", "MixtureOfExperts", "MultipliedEmbedding", "NoPositionEncoding", "OffsetRMSNorm",
    "PostNormBlock", "PreNormBlock", "ProjectionQKNormAttention", "RMSNorm", "RotaryEmbedding", "SDPAAttention",
    "SandwichNormBlock", "ScaledEmbedding", "ScaledLinearHead", "ScaledResidualBlock", "ScaledTiedHead",
    "SlidingWindowAttention", "SoftCappedAttention", "StackedExpertMoE", "StaticKVCache", "SwiGLU", "TiedHead",
    "TokenEmbedding", "TopPSampler", "YarnRotaryEmbedding",
]
