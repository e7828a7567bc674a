"""TTNN feed-forward: SwiGLU, ``down(silu(gate(x)) * up(x))`` with transposed TILE weights."""

from __future__ import annotations

from torch import nn

from tttv2.errors import ConfigError
from tttv2.parallel import ShardPlan
from tttv2.registry import default_registry
from tttv2.ttnn.linear import DeviceProjection, project, project_combined
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import WeightSlots


@default_registry.register_module(
    name="ttnn-swiglu", category="ffn", implements="swiglu",
    description="SwiGLU MLP on a Tenstorrent device (ttnn.linear, silu, mul); never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "gated", "ttnn"])
class SwiGLU(nn.Module):
    """Position-wise, so prefill ``[1, 1, seq, hidden]`` and decode ``[1, 1, batch, hidden]`` share one path.

    Under tensor parallelism on a mesh (the torch SwiGLU's plan) each chip holds its share of the intermediate
    features: rows of gate and up, columns of down, whose partial outputs ``ttnn.all_reduce`` sums.
    """

    shard_plan = ShardPlan(divide={"intermediate_dim": "features"},
                           column={"gate": "intermediate_dim", "up": "intermediate_dim"},
                           row={"down": "intermediate_dim"})

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, bias: bool = False) -> None:
        super().__init__()
        if hidden_dim <= 0 or intermediate_dim <= 0:
            raise ConfigError(f"ffn needs positive dims, got hidden_dim={hidden_dim}, "
                              f"intermediate_dim={intermediate_dim}")
        self.gate = DeviceProjection("gate", hidden_dim, intermediate_dim, bias=bias)
        self.up = DeviceProjection("up", hidden_dim, intermediate_dim, bias=bias)
        self.down = DeviceProjection("down", intermediate_dim, hidden_dim, bias=bias)
        self._weights: WeightSlots | None = None

    def device_weights(self) -> WeightSlots:
        """Declared from the projections when first asked, so a tensor-parallel build's splits are in them."""
        if self._weights is None:
            self._weights = WeightSlots({**self.gate.declare(TensorGroup.FFN), **self.up.declare(TensorGroup.FFN),
                                         **self.down.declare(TensorGroup.FFN_DOWN)})
        return self._weights

    def forward(self, x: DeviceTensor) -> DeviceTensor:
        import ttnn

        dram = ttnn.DRAM_MEMORY_CONFIG
        w = self.device_weights()
        gate = project(x, w["gate.weight"], w.get("gate.bias"), dram)
        activated = ttnn.silu(gate, memory_config=dram)
        ttnn.deallocate(gate)
        up = project(x, w["up.weight"], w.get("up.bias"), dram)
        hidden = ttnn.multiply(activated, up, memory_config=dram)
        ttnn.deallocate(activated)
        ttnn.deallocate(up)
        out = project_combined(hidden, w["down.weight"], w.get("down.bias"), self.down.split, dram)
        ttnn.deallocate(hidden)
        return out
