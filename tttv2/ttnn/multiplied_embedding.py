"""TTNN token embedding times a configured multiplier (Granite's embedding_multiplier)."""

from __future__ import annotations

from tttv2.errors import ConfigError
from tttv2.registry import default_registry
from tttv2.ttnn.embedding import TokenEmbedding
from tttv2.ttnn.tensor_types import DeviceTensor


@default_registry.register_module(
    name="ttnn-multiplied-embedding", category="embedding", implements="multiplied-embedding",
    description="Token embedding times a configured multiplier on a Tenstorrent device (Granite); "
                "never run on hardware here.",
    hardware_support=["ttnn"], tags=["granite", "ttnn"])
class MultipliedEmbedding(TokenEmbedding):
    """Embedding times ``multiplier``, multiplied on the device in bfloat16."""

    def __init__(self, *, vocab_size: int, hidden_dim: int, multiplier: float) -> None:
        super().__init__(vocab_size=vocab_size, hidden_dim=hidden_dim)
        if multiplier <= 0:
            raise ConfigError(f"multiplied-embedding: multiplier must be positive, got {multiplier}")
        self.multiplier = multiplier

    def forward(self, token_ids: DeviceTensor) -> DeviceTensor:
        import ttnn

        return ttnn.multiply(super().forward(token_ids), self.multiplier, memory_config=ttnn.DRAM_MEMORY_CONFIG)
