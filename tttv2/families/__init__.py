"""Checkpoint families; importing this package registers the built-in ones (category ``family``)."""

from __future__ import annotations

from tttv2.families.base import find_family
from tttv2.families.gemma2 import Gemma2Family
from tttv2.families.gemma3 import Gemma3Family
from tttv2.families.granite import GraniteFamily
from tttv2.families.llama import LlamaFamily
from tttv2.families.mistral import MistralFamily
from tttv2.families.mixtral import MixtralFamily
from tttv2.families.olmo2 import OLMo2Family
from tttv2.families.phi3 import Phi3Family
from tttv2.families.qwen2 import Qwen2Family
from tttv2.families.qwen3 import Qwen3Family
from tttv2.families.qwen3_moe import Qwen3MoeFamily
from tttv2.families.smollm3 import SmolLM3Family
from tttv2.families.starcoder2 import StarCoder2Family

__all__ = ["Gemma2Family", "Gemma3Family", "GraniteFamily", "LlamaFamily", "MistralFamily", "MixtralFamily",
           "OLMo2Family", "Phi3Family", "Qwen2Family", "Qwen3Family", "Qwen3MoeFamily", "SmolLM3Family",
           "StarCoder2Family", "find_family"]
