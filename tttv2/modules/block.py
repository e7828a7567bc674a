"""Decoder blocks (category ``block``): pre-norm (Llama) and sandwich-norm (Gemma) residual layouts."""

from __future__ import annotations

from torch import Tensor, nn

from tttv2.protocols import AttentionLayer, FeedForward, LayerCache, Norm
from tttv2.registry import default_registry


@default_registry.register_module(
    name="pre-norm-block", category="block", alias=("llama-block", "prenorm"),
    description="x + attn(norm(x)), then x + ffn(norm(x)) (Llama, Qwen, Mistral).",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen", "mistral"])
class PreNormBlock(nn.Module):
    """Pre-norm residual block."""

    def __init__(self, *, attention: AttentionLayer[Tensor], ffn: FeedForward[Tensor],
                 attention_norm: Norm[Tensor], ffn_norm: Norm[Tensor]) -> None:
        super().__init__()
        self.attention = attention
        self.ffn = ffn
        self.attention_norm = attention_norm
        self.ffn_norm = ffn_norm

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        x = x + self.attention.forward(self.attention_norm.forward(x), positions=positions, cache=cache)
        return x + self.ffn.forward(self.ffn_norm.forward(x))


@default_registry.register_module(
    name="sandwich-norm-block", category="block", alias=("gemma-block", "sandwich-block"),
    description="Norms before and after both attention and FFN, inside the residual (Gemma 2/3).",
    hardware_support=["cpu", "cuda"], tags=["gemma"])
class SandwichNormBlock(nn.Module):
    """x + post_norm(attn(pre_norm(x))), then the same around the FFN."""

    def __init__(self, *, attention: AttentionLayer[Tensor], ffn: FeedForward[Tensor],
                 attention_norm: Norm[Tensor], post_attention_norm: Norm[Tensor],
                 ffn_norm: Norm[Tensor], post_ffn_norm: Norm[Tensor]) -> None:
        super().__init__()
        self.attention = attention
        self.ffn = ffn
        self.attention_norm = attention_norm
        self.post_attention_norm = post_attention_norm
        self.ffn_norm = ffn_norm
        self.post_ffn_norm = post_ffn_norm

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        attended = self.attention.forward(self.attention_norm.forward(x), positions=positions, cache=cache)
        x = x + self.post_attention_norm.forward(attended)
        return x + self.post_ffn_norm.forward(self.ffn.forward(self.ffn_norm.forward(x)))
