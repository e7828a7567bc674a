"""The SmolLM3 family: Llama layout in which every few layers attend without rotary (NoPE)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import attrs

from tttv2.errors import CheckpointError
from tttv2.families.base import (
    Config,
    ParityConfig,
    config_bool,
    config_int,
    hf_config_from_gguf,
    layer_types,
)
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.registry import default_registry
from tttv2.spec import LayerOverride, ModelSpec, SlotPatch

NO_ROPE_INTERVAL = 4
"""transformers' default ``no_rope_layer_interval``, and the step llama.cpp hard-codes (GGUF has no key for it)."""

ROPE_THETA = 2000000.0
"""SmolLM3Config's rope base when a config gives none (Llama's is 10 000)."""


def smollm3_spec(config: Config) -> ModelSpec:
    """The spec of a SmolLM3 model from its HF config (``smollm3``): Llama's, with layers without rotary."""
    if config.get("rope_parameters") is None and config.get("rope_theta") is None:
        config = {**config, "rope_theta": ROPE_THETA}
    config = {**config, "tie_word_embeddings": config_bool(config, "tie_word_embeddings", True)}  # unlike Llama's
    num_layers = config_int(config, "num_hidden_layers")
    with_rope = _rope_layers(config, num_layers)
    listed = layer_types(config, num_layers) or _derived_layer_types(config, with_rope)
    # differs from Llama: windows follow layer_types, which (unless listed) only the no-rope layers get
    windowed = {**config, "layer_types": listed} if config.get("sliding_window") is not None else config
    spec = llama_spec(windowed, architecture="smollm3")
    without = [i for i, uses in enumerate(with_rope) if not uses]
    if not without:
        return spec
    nope = LayerOverride(select=",".join(map(str, without)), slots={"position": SlotPatch(module="no-position")})
    return attrs.evolve(spec, layers=(*spec.layers, nope))


@default_registry.register_module(
    name="smollm3", category="family", alias="smollm-3",
    description="SmolLM3: Llama layout, rotary skipped on every no_rope_layer_interval-th layer (NoPE), tied head.",
    hardware_support=["cpu", "cuda"], tags=["smollm", "nope"])
class SmolLM3Family(LlamaFamily):
    """SmolLM3 checkpoints (HF ``smollm3``, GGUF ``smollm3``); llama.cpp permutes their Q/K rows as Llama's."""

    hf_model_types = ("smollm3",)
    gguf_architectures = ("smollm3",)
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("smollm3-nope-default", {"num_hidden_layers": 4}),  # layer 3 without rotary, as llama.cpp's GGUF
        ParityConfig("smollm3-nope-interval", {"no_rope_layer_interval": 2}),  # layer 1 attends without rotary
        ParityConfig("smollm3-nope-list-window", {"no_rope_layers": [0, 1, 0], "use_sliding_window": True,
                                                  "sliding_window": 4}),  # layers 0 and 2: no rotary, windowed
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return smollm3_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        return smollm3_spec({**hf_config_from_gguf(metadata, tensor_names), "no_rope_layer_interval": NO_ROPE_INTERVAL})


def _rope_layers(config: Config, num_layers: int) -> list[bool]:
    """Whether each layer applies rotary: ``no_rope_layers`` (1 = rotary), else every interval-th layer skips it."""
    listed = config.get("no_rope_layers")
    if listed is None:
        interval = config_int(config, "no_rope_layer_interval", NO_ROPE_INTERVAL)
        return [(i + 1) % interval != 0 for i in range(num_layers)]
    if not isinstance(listed, (list, tuple)) or any(flag not in (0, 1) or isinstance(flag, float) for flag in listed):
        raise CheckpointError(f"no_rope_layers: expected a list of 0 (no rotary) or 1 (rotary), got {listed!r}")
    if len(listed) != num_layers:
        raise CheckpointError(f"no_rope_layers: has {len(listed)} entries, but num_hidden_layers is {num_layers}")
    return [bool(flag) for flag in listed]


def _derived_layer_types(config: Config, with_rope: list[bool]) -> list[str]:
    """transformers' default layer_types: sliding on the no-rope layers when use_sliding_window is on."""
    sliding = config_bool(config, "use_sliding_window", False) and config.get("sliding_window") is not None
    return ["sliding_attention" if sliding and not uses else "full_attention" for uses in with_rope]
