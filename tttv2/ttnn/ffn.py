"""TTNN feed-forward: SwiGLU, ``down(silu(gate(x)) * up(x))`` with transposed TILE weights."""

from __future__ import annotations

from torch import nn

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.linear import project
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import DeviceWeight, Preparation, WeightSlots, WeightSource


@default_registry.register_module(
    name="ttnn-swiglu", category="ffn", implements="swiglu",
    description="SwiGLU MLP on a Tenstorrent device (ttnn.linear, silu, mul); never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "gated", "ttnn"])
class SwiGLU(nn.Module):
    """Position-wise, so prefill ``[1, 1, seq, hidden]`` and decode ``[1, 1, batch, hidden]`` share one path."""

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, bias: bool = False) -> None:
        super().__init__()
        if hidden_dim <= 0 or intermediate_dim <= 0:
            raise ConfigError(f"ffn needs positive dims, got hidden_dim={hidden_dim}, "
                              f"intermediate_dim={intermediate_dim}")
        declared: dict[str, DeviceWeight] = {}
        for name, rows, columns, group in (("gate", intermediate_dim, hidden_dim, TensorGroup.FFN),
                                           ("up", intermediate_dim, hidden_dim, TensorGroup.FFN),
                                           ("down", hidden_dim, intermediate_dim, TensorGroup.FFN_DOWN)):
            declared[f"{name}.weight"] = DeviceWeight(Preparation.LINEAR, group,
                                                      (WeightSource(f"{name}.weight", (rows, columns)),))
            if bias:
                declared[f"{name}.bias"] = DeviceWeight(Preparation.BIAS, group,
                                                        (WeightSource(f"{name}.bias", (rows,)),))
        self.weights = WeightSlots(declared)

    def device_weights(self) -> WeightSlots:
        return self.weights

    def forward(self, x: DeviceTensor) -> DeviceTensor:
        import ttnn

        dram = ttnn.DRAM_MEMORY_CONFIG
        w = self.weights
        gate = project(x, w["gate.weight"], w.get("gate.bias"), dram)
        activated = ttnn.silu(gate, memory_config=dram)
        ttnn.deallocate(gate)
        up = project(x, w["up.weight"], w.get("up.bias"), dram)
        hidden = ttnn.multiply(activated, up, memory_config=dram)
        ttnn.deallocate(activated)
        ttnn.deallocate(up)
        out = project(hidden, w["down.weight"], w.get("down.bias"), dram)
        ttnn.deallocate(hidden)
        return out
