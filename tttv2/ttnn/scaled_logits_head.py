"""TTNN LM heads whose logits are divided by ``logits_scaling`` (Granite), untied or tied."""

from __future__ import annotations

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.head import LinearHead, TiedHead
from tttv2.ttnn.tensor_types import DeviceTensor


@default_registry.register_module(
    name="ttnn-scaled-linear-head", category="head", implements="scaled-linear-head",
    description="Untied LM head dividing its logits by logits_scaling on a Tenstorrent device (Granite); "
                "never run on hardware here.",
    hardware_support=["ttnn"], tags=["granite", "ttnn"])
class ScaledLinearHead(LinearHead):
    """Its own ``[vocab, hidden]`` weight; logits times ``1 / logits_scaling`` on the device."""

    def __init__(self, *, hidden_dim: int, vocab_size: int, logits_scaling: float) -> None:
        super().__init__(hidden_dim=hidden_dim, vocab_size=vocab_size)
        self.logits_scaling = _checked(logits_scaling)

    def forward(self, hidden: DeviceTensor) -> DeviceTensor:
        return _divided(super().forward(hidden), self.logits_scaling)


@default_registry.register_module(
    name="ttnn-scaled-tied-head", category="head", implements="scaled-tied-head",
    description="Tied LM head dividing its logits by logits_scaling on a Tenstorrent device (Granite); "
                "never run on hardware here.",
    hardware_support=["ttnn"], tags=["granite", "tied", "ttnn"])
class ScaledTiedHead(TiedHead):
    """The embedding table read again as a TILE matrix; logits times ``1 / logits_scaling`` on the device."""

    def __init__(self, *, hidden_dim: int, vocab_size: int, logits_scaling: float) -> None:
        super().__init__(hidden_dim=hidden_dim, vocab_size=vocab_size)
        self.logits_scaling = _checked(logits_scaling)

    def forward(self, hidden: DeviceTensor) -> DeviceTensor:
        return _divided(super().forward(hidden), self.logits_scaling)


def _checked(logits_scaling: float) -> float:
    if logits_scaling <= 0:
        raise ConfigError(f"head logits_scaling must be positive, got {logits_scaling}")
    return logits_scaling


def _divided(logits: DeviceTensor, logits_scaling: float) -> DeviceTensor:
    import ttnn

    return ttnn.multiply(logits, 1.0 / logits_scaling, memory_config=ttnn.DRAM_MEMORY_CONFIG)
