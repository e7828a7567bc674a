"""TTNN pre-norm block whose residual branches are multiplied by ``residual_multiplier`` (Granite)."""

from __future__ import annotations

from tttv2.errors import ConfigError
from tttv2.protocols import AttentionLayer, FeedForward, LayerCache, Norm
from tttv2.registry import default_registry
from tttv2.ttnn.block import PreNormBlock
from tttv2.ttnn.capabilities import DecodingLayerCache
from tttv2.ttnn.tensor_types import DeviceTensor


@default_registry.register_module(
    name="ttnn-scaled-residual-block", category="block", implements="scaled-residual-block",
    description="x + m * attn(norm(x)), then x + m * ffn(norm(x)) on a Tenstorrent device (Granite); "
                "never run on hardware here.",
    hardware_support=["ttnn"], tags=["granite", "ttnn"])
class ScaledResidualBlock(PreNormBlock):
    """Pre-norm block with both branches scaled; ``forward`` is prefill, ``decode`` one token per row."""

    def __init__(self, *, attention: AttentionLayer[DeviceTensor], ffn: FeedForward[DeviceTensor],
                 attention_norm: Norm[DeviceTensor], ffn_norm: Norm[DeviceTensor], residual_multiplier: float) -> None:
        super().__init__(attention=attention, ffn=ffn, attention_norm=attention_norm, ffn_norm=ffn_norm)
        if residual_multiplier <= 0:
            raise ConfigError(f"scaled-residual-block: residual_multiplier must be positive, got {residual_multiplier}")
        self.residual_multiplier = residual_multiplier

    def forward(self, x: DeviceTensor, *, positions: DeviceTensor,
                cache: LayerCache[DeviceTensor] | None = None) -> DeviceTensor:
        normed = self.attention_norm.forward(x)
        x = self._add_scaled(x, self.attention.forward(normed, positions=positions, cache=cache), normed)
        return self._ffn_residual(x)

    def decode(self, x: DeviceTensor, *, positions: DeviceTensor, cache: DecodingLayerCache) -> DeviceTensor:
        normed = self.attention_norm.forward(x)
        x = self._add_scaled(x, self.attention.decode(normed, positions=positions, cache=cache), normed)
        return self._ffn_residual(x)

    def _ffn_residual(self, x: DeviceTensor) -> DeviceTensor:
        normed = self.ffn_norm.forward(x)
        return self._add_scaled(x, self.ffn.forward(normed), normed)

    def _add_scaled(self, x: DeviceTensor, branch: DeviceTensor, normed: DeviceTensor) -> DeviceTensor:
        """``x + m * branch``, freeing the branch and its normed input (``x`` may still be held by the caller)."""
        import ttnn

        dram = ttnn.DRAM_MEMORY_CONFIG
        scaled = ttnn.multiply(branch, self.residual_multiplier, memory_config=dram)
        out = ttnn.add(x, scaled, memory_config=dram)
        for done in (scaled, branch, normed):
            ttnn.deallocate(done)
        return out
