"""The Qwen2 family: Llama layout with biases on the Q/K/V projections (not on the output)."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from tttv2.families.base import ParityConfig
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec, ModuleRef


@default_registry.register_module(
    name="qwen2", category="family", alias="qwen2.5",
    description="Qwen2 / Qwen2.5: Llama layout with q/k/v projection biases.",
    hardware_support=["cpu", "cuda"], tags=["qwen", "bias"])
class Qwen2Family(LlamaFamily):
    """Qwen2 checkpoints (HF ``qwen2``, GGUF ``qwen2``); llama.cpp does not permute their Q/K rows."""

    hf_model_types = ("qwen2",)
    gguf_architectures = ("qwen2",)
    rotary_rows_permuted_in_gguf = False
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("qwen2"),
        ParityConfig("qwen2-sliding-layers", {"use_sliding_window": True, "sliding_window": 4, "max_window_layers": 1}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        spec = llama_spec(config, architecture="qwen2")
        # differs from Llama: q/k/v always carry a bias, o_proj never does
        attention = ModuleRef(module="grouped-query-attention", config={"bias": True, "output_bias": False})
        return attrs.evolve(spec, modules={**spec.modules, "attention_layer": attention})
