"""TTNN token embeddings: a row-major table looked up with ``ttnn.embedding``, optionally scaled (Gemma)."""

from __future__ import annotations

import math

from torch import nn

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import DeviceWeight, Preparation, WeightSlots, WeightSource


@default_registry.register_module(
    name="ttnn-token-embedding", category="embedding", implements="token-embedding",
    description="Token embedding on a Tenstorrent device (ttnn.embedding); never run on hardware here.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "ttnn"])
class TokenEmbedding(nn.Module):
    """Token ids ``[1, n]`` (uint32, row-major) to activations ``[1, 1, n, hidden]`` (bfloat16, TILE)."""

    def __init__(self, *, vocab_size: int, hidden_dim: int) -> None:
        super().__init__()
        if vocab_size <= 0 or hidden_dim <= 0:
            raise ConfigError(f"embedding needs positive sizes, got vocab_size={vocab_size}, hidden_dim={hidden_dim}")
        self.weights = WeightSlots({"weight": DeviceWeight(Preparation.EMBEDDING, TensorGroup.EMBEDDING,
                                                           (WeightSource("weight", (vocab_size, hidden_dim)),))})

    def device_weights(self) -> WeightSlots:
        return self.weights

    def forward(self, token_ids: DeviceTensor) -> DeviceTensor:
        import ttnn

        embedded = ttnn.embedding(token_ids, self.weights["weight"], layout=ttnn.TILE_LAYOUT,
                                  memory_config=ttnn.DRAM_MEMORY_CONFIG)
        return ttnn.unsqueeze_to_4D(embedded)


@default_registry.register_module(
    name="ttnn-scaled-embedding", category="embedding", implements="scaled-embedding",
    description="Token embedding times sqrt(hidden_dim) on a Tenstorrent device (Gemma); never run on hardware here.",
    hardware_support=["ttnn"], tags=["gemma", "ttnn"])
class ScaledEmbedding(TokenEmbedding):
    """Embedding times ``sqrt(hidden_dim)``, multiplied on the device in bfloat16."""

    def __init__(self, *, vocab_size: int, hidden_dim: int) -> None:
        super().__init__(vocab_size=vocab_size, hidden_dim=hidden_dim)
        self.scale = math.sqrt(hidden_dim)

    def forward(self, token_ids: DeviceTensor) -> DeviceTensor:
        import ttnn

        return ttnn.multiply(super().forward(token_ids), self.scale, memory_config=ttnn.DRAM_MEMORY_CONFIG)
