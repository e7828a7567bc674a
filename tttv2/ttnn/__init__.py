"""TTNN (Tenstorrent) implementations of the built-in modules, registered with ``hardware_support=["ttnn"]``.

Importing this package registers them; it never imports ``ttnn`` itself (every ttnn call is
inside a function), so registration and spec validation work on Python 3.11, where ttnn cannot be
installed. A spec that runs on CPU runs here unchanged: ``build_model(spec, device="ttnn")`` picks,
for each slot, the module registered with ``implements=<the CPU module's name>``. None of the
device code has run on Tenstorrent hardware yet; see ``docs/ttnn.md`` for what has been checked.
"""

from __future__ import annotations

from tttv2.ttnn.attention import GroupedQueryAttention, ScaledDotProductAttention
from tttv2.ttnn.block import PreNormBlock
from tttv2.ttnn.cache import DeviceKVCache, DeviceLayerCache
from tttv2.ttnn.device import close_device, close_mesh, open_device, open_mesh
from tttv2.ttnn.embedding import ScaledEmbedding, TokenEmbedding
from tttv2.ttnn.ffn import SwiGLU
from tttv2.ttnn.head import LinearHead, TiedHead
from tttv2.ttnn.loading import load_device_weights
from tttv2.ttnn.model import TTNNDecoderModel
from tttv2.ttnn.multiplied_embedding import MultipliedEmbedding
from tttv2.ttnn.norm import OffsetRMSNorm, RMSNorm
from tttv2.ttnn.precision import TensorGroup, TTNNPrecision
from tttv2.ttnn.rotary import (
    LinearScaledRotaryEmbedding,
    Llama3RotaryEmbedding,
    RotaryEmbedding,
    YarnRotaryEmbedding,
)
from tttv2.ttnn.scaled_logits_head import ScaledLinearHead, ScaledTiedHead
from tttv2.ttnn.scaled_residual_block import ScaledResidualBlock
from tttv2.ttnn.weights import DeviceWeight, Preparation, WeightSource, prepare_weight

__all__ = [
    "DeviceKVCache", "DeviceLayerCache", "DeviceWeight", "GroupedQueryAttention", "LinearHead",
    "LinearScaledRotaryEmbedding", "Llama3RotaryEmbedding", "MultipliedEmbedding", "OffsetRMSNorm", "PreNormBlock",
    "Preparation", "RMSNorm", "RotaryEmbedding", "ScaledDotProductAttention", "ScaledEmbedding", "ScaledLinearHead",
    "ScaledResidualBlock", "ScaledTiedHead", "SwiGLU", "TTNNDecoderModel", "TTNNPrecision",
    "TensorGroup", "TiedHead", "TokenEmbedding", "WeightSource", "YarnRotaryEmbedding", "close_device", "close_mesh",
    "load_device_weights", "open_device", "open_mesh", "prepare_weight",
]
