"""The Qwen3 family: Llama layout with an RMSNorm on each query and key head (over head_dim)."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from tttv2.families.base import ParityConfig
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec, ModuleRef


@default_registry.register_module(
    name="qwen3", category="family",
    description="Qwen3 (dense): Llama layout plus q/k RMSNorm over the head dimension.",
    hardware_support=["cpu", "cuda"], tags=["qwen", "qk-norm"])
class Qwen3Family(LlamaFamily):
    """Qwen3 checkpoints (HF ``qwen3``, GGUF ``qwen3``); llama.cpp does not permute their Q/K rows."""

    hf_model_types = ("qwen3",)
    gguf_architectures = ("qwen3",)
    rotary_rows_permuted_in_gguf = False
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("qwen3", {"head_dim": 24}),  # heads * head_dim != hidden
        ParityConfig("qwen3-sliding-layers", {"head_dim": 24, "use_sliding_window": True, "sliding_window": 4,
                                              "max_window_layers": 1}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        spec = llama_spec(config, architecture="qwen3")
        # differs from Llama: q and k are RMS-normalised per head before rotary
        return attrs.evolve(spec, modules={**spec.modules, "qk_norm": ModuleRef(module="rms-norm")})
