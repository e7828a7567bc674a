"""Weight sources: lazily read GGUF files and Hugging Face safetensors directories."""

from __future__ import annotations

from tttv2.weights.gguf import GGUFSource, open_gguf
from tttv2.weights.safetensors import SafetensorsSource, open_safetensors_dir
from tttv2.weights.source import PartCutsBlocksError, TensorInfo, WeightSource

__all__ = [
    "GGUFSource",
    "PartCutsBlocksError",
    "SafetensorsSource",
    "TensorInfo",
    "WeightSource",
    "open_gguf",
    "open_safetensors_dir",
]
