"""The post-norm decoder block (category ``block``): each sub-layer's output is normalised before the residual add."""

from __future__ import annotations

from torch import Tensor, nn

from tttv2.protocols import AttentionLayer, FeedForward, LayerCache, Norm
from tttv2.registry import default_registry


@default_registry.register_module(
    name="post-norm-block", category="block", alias=("olmo2-block", "postnorm"),
    description="x + norm(attn(x)), then x + norm(ffn(x)): no norm before a sub-layer (OLMo 2).",
    hardware_support=["cpu", "cuda"], tags=["olmo"])
class PostNormBlock(nn.Module):
    """Residual block with norms on the sub-layer outputs only, inside the residual (OLMo 2's reordered norm)."""

    def __init__(self, *, attention: AttentionLayer[Tensor], ffn: FeedForward[Tensor],
                 post_attention_norm: Norm[Tensor], post_ffn_norm: Norm[Tensor]) -> None:
        super().__init__()
        self.attention = attention
        self.ffn = ffn
        self.post_attention_norm = post_attention_norm
        self.post_ffn_norm = post_ffn_norm

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        x = x + self.post_attention_norm.forward(self.attention.forward(x, positions=positions, cache=cache))
        return x + self.post_ffn_norm.forward(self.ffn.forward(x))
