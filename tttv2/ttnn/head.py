"""TTNN LM heads: untied or tied (reading the embedding table again, transposed into TILE), optional soft-cap."""

from __future__ import annotations

from torch import nn

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.linear import project
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import DeviceWeight, Preparation, WeightSlots, WeightSource


class _DeviceHead(nn.Module):
    """``hidden @ weight.T``, the weight stored ``[1, 1, hidden, vocab]``; with ``softcap`` c, c * tanh(logits / c)."""

    def __init__(self, *, source: WeightSource, softcap: float | None) -> None:
        super().__init__()
        if softcap is not None and softcap <= 0:
            raise ConfigError(f"head softcap must be positive, got {softcap}")
        self.softcap = softcap
        self.weights = WeightSlots({"weight": DeviceWeight(Preparation.LINEAR, TensorGroup.HEAD, (source,))})

    def device_weights(self) -> WeightSlots:
        return self.weights

    def forward(self, hidden: DeviceTensor) -> DeviceTensor:
        import ttnn

        dram = ttnn.DRAM_MEMORY_CONFIG
        logits = project(hidden, self.weights["weight"], None, dram)
        if self.softcap is None:
            return logits
        capped = ttnn.tanh(ttnn.multiply(logits, 1.0 / self.softcap, memory_config=dram), memory_config=dram)
        return ttnn.multiply(capped, self.softcap, memory_config=dram)


@default_registry.register_module(
    name="ttnn-linear-head", category="head", implements="linear-head",
    description="Untied LM head on a Tenstorrent device (ttnn.linear); never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "ttnn"])
class LinearHead(_DeviceHead):
    """Its own ``[vocab, hidden]`` weight."""

    def __init__(self, *, hidden_dim: int, vocab_size: int, softcap: float | None = None) -> None:
        super().__init__(source=WeightSource("weight", (vocab_size, hidden_dim)), softcap=softcap)


@default_registry.register_module(
    name="ttnn-tied-head", category="head", implements="tied-head",
    description="Tied LM head on a Tenstorrent device: the embedding table again, as a TILE matrix; "
                "never run on hardware.",
    hardware_support=["ttnn"], tags=["tied", "smollm", "ttnn"])
class TiedHead(_DeviceHead):
    """Reads ``embedding.weight`` a second time: the lookup needs it row-major, the matmul TILE and transposed."""

    def __init__(self, *, hidden_dim: int, vocab_size: int, softcap: float | None = None) -> None:
        super().__init__(source=WeightSource("embedding.weight", (vocab_size, hidden_dim), from_root=True),
                         softcap=softcap)
