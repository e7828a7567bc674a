"""The pre-norm block with scaled residual branches (category ``block``), as Granite adds them."""

from __future__ import annotations

from torch import Tensor

from tttv2.errors import ConfigError
from tttv2.modules.block import PreNormBlock
from tttv2.protocols import AttentionLayer, FeedForward, LayerCache, Norm
from tttv2.registry import default_registry


@default_registry.register_module(
    name="scaled-residual-block", category="block", alias=("granite-block",),
    description="Pre-norm block whose attention and FFN outputs are multiplied by residual_multiplier (Granite).",
    hardware_support=["cpu", "cuda"], tags=["granite"])
class ScaledResidualBlock(PreNormBlock):
    """``x + m * attn(norm(x))``, then ``x + m * ffn(norm(x))`` with ``m = residual_multiplier``."""

    def __init__(self, *, attention: AttentionLayer[Tensor], ffn: FeedForward[Tensor],
                 attention_norm: Norm[Tensor], ffn_norm: Norm[Tensor], residual_multiplier: float) -> None:
        super().__init__(attention=attention, ffn=ffn, attention_norm=attention_norm, ffn_norm=ffn_norm)
        if residual_multiplier <= 0:
            raise ConfigError(f"scaled-residual-block: residual_multiplier must be positive, got {residual_multiplier}")
        self.residual_multiplier = residual_multiplier

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        attended = self.attention.forward(self.attention_norm.forward(x), positions=positions, cache=cache)
        x = x + attended * self.residual_multiplier
        return x + self.ffn.forward(self.ffn_norm.forward(x)) * self.residual_multiplier
