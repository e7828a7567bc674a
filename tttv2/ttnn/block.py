"""TTNN decoder block: pre-norm residual layout (Llama, Qwen, Mistral) with prefill and decode paths."""

from __future__ import annotations

from torch import nn

from tttv2.errors import ConfigError
from tttv2.protocols import AttentionLayer, FeedForward, LayerCache, Norm
from tttv2.registry import default_registry
from tttv2.ttnn.capabilities import DecodingAttentionLayer, DecodingLayerCache
from tttv2.ttnn.tensor_types import DeviceTensor


@default_registry.register_module(
    name="ttnn-pre-norm-block", category="block", implements="pre-norm-block",
    description="x + attn(norm(x)), then x + ffn(norm(x)) on a Tenstorrent device; never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "ttnn"])
class PreNormBlock(nn.Module):
    """Pre-norm residual block; ``forward`` is prefill ``[1, 1, seq, hidden]``, ``decode`` ``[1, 1, batch, hidden]``."""

    def __init__(self, *, attention: AttentionLayer[DeviceTensor], ffn: FeedForward[DeviceTensor],
                 attention_norm: Norm[DeviceTensor], ffn_norm: Norm[DeviceTensor]) -> None:
        super().__init__()
        if not isinstance(attention, DecodingAttentionLayer):
            raise ConfigError(f"attention {type(attention).__qualname__} has no decode path "
                              "(tttv2.ttnn.capabilities.DecodingAttentionLayer)")
        self.attention: DecodingAttentionLayer = attention
        self.ffn = ffn
        self.attention_norm = attention_norm
        self.ffn_norm = ffn_norm

    def forward(self, x: DeviceTensor, *, positions: DeviceTensor,
                cache: LayerCache[DeviceTensor] | None = None) -> DeviceTensor:
        normed = self.attention_norm.forward(x)
        x = _add_residual(x, self.attention.forward(normed, positions=positions, cache=cache), normed)
        return self._ffn_residual(x)

    def decode(self, x: DeviceTensor, *, positions: DeviceTensor, cache: DecodingLayerCache) -> DeviceTensor:
        normed = self.attention_norm.forward(x)
        x = _add_residual(x, self.attention.decode(normed, positions=positions, cache=cache), normed)
        return self._ffn_residual(x)

    def _ffn_residual(self, x: DeviceTensor) -> DeviceTensor:
        normed = self.ffn_norm.forward(x)
        return _add_residual(x, self.ffn.forward(normed), normed)


def _add_residual(x: DeviceTensor, branch: DeviceTensor, normed: DeviceTensor) -> DeviceTensor:
    """``x + branch``, freeing the branch and its normed input (not ``x``: the caller may still hold it)."""
    import ttnn

    out = ttnn.add(x, branch, memory_config=ttnn.DRAM_MEMORY_CONFIG)
    ttnn.deallocate(branch)
    ttnn.deallocate(normed)
    return out
