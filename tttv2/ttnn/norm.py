"""TTNN norms: RMSNorm and Gemma's RMSNorm(1 + w), which differs only in how its weight is prepared."""

from __future__ import annotations

from torch import nn

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import TILE, DeviceWeight, Preparation, WeightSlots, WeightSource


class _DeviceRMSNorm(nn.Module):
    """``ttnn.rms_norm`` over the last axis with a row-major gamma ``[1, 1, hidden / 32, 32]``."""

    preparation = Preparation.NORM

    def __init__(self, *, hidden_dim: int, eps: float = 1e-6) -> None:
        super().__init__()
        if hidden_dim <= 0 or eps <= 0 or hidden_dim % TILE:
            raise ConfigError(f"ttnn rms norm needs hidden_dim > 0, a multiple of {TILE} (its gamma layout), and "
                              f"eps > 0, got hidden_dim={hidden_dim}, eps={eps}")
        self.eps = eps
        self.weights = WeightSlots({"weight": DeviceWeight(self.preparation, TensorGroup.NORM,
                                                           (WeightSource("weight", (hidden_dim,)),))})

    def device_weights(self) -> WeightSlots:
        return self.weights

    def forward(self, x: DeviceTensor) -> DeviceTensor:
        import ttnn

        return ttnn.rms_norm(x, epsilon=self.eps, weight=self.weights["weight"], memory_config=ttnn.DRAM_MEMORY_CONFIG)


@default_registry.register_module(
    name="ttnn-rms-norm", category="norm", implements="rms-norm", alias="ttnn-rmsnorm",
    description="RMS norm on a Tenstorrent device (ttnn.rms_norm); never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "ttnn"])
class RMSNorm(_DeviceRMSNorm):
    """``x / rms(x) * weight`` on the device."""


@default_registry.register_module(
    name="ttnn-gemma-rms-norm", category="norm", implements="gemma-rms-norm",
    description="Gemma's RMS norm scaled by (1 + weight) on a Tenstorrent device: 1 is added when the weight "
                "is prepared.",
    hardware_support=["ttnn"], tags=["gemma", "ttnn"])
class OffsetRMSNorm(_DeviceRMSNorm):
    """``x / rms(x) * (1 + weight)``: the loader stores ``1 + weight`` (fp32 add, then the group's dtype)."""

    preparation = Preparation.OFFSET_NORM
