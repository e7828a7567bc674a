"""The Mistral family: Llama layout plus a sliding attention window on every layer."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from tttv2.families.base import ParityConfig, config_int
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec


@default_registry.register_module(
    name="mistral", category="family",
    description="Mistral: Llama layout with sliding-window attention on every layer.",
    hardware_support=["cpu", "cuda"], tags=["mistral", "sliding-window"])
class MistralFamily(LlamaFamily):
    """Mistral checkpoints (HF model_type ``mistral``); GGUF Mistral files use architecture ``llama``."""

    hf_model_types = ("mistral",)
    gguf_architectures = ()
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("mistral-window-5", {"sliding_window": 5}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        spec = llama_spec(config, architecture="mistral")
        window = config.get("sliding_window")
        if window is None:
            return spec
        attention = spec.modules["attention_layer"]
        assert attention is not None  # llama_spec always fills it
        # differs from Llama: every layer attends within the last `sliding_window` tokens
        windowed = attrs.evolve(attention, config={**attention.config, "window": config_int(config, "sliding_window")})
        return attrs.evolve(spec, modules={**spec.modules, "attention_layer": windowed})
