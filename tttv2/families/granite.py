"""The Granite family: Llama layout with four multipliers: embedding, residual, attention scale and logits."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import attrs

from tttv2.errors import UnsupportedArchitectureError
from tttv2.families.base import Config, ParityConfig, config_bool, config_float, hf_config_from_gguf
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.modules.attention_layer import query_scale_for
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec, ModuleRef

GGUF_KEYS: Mapping[str, str] = {
    "embedding_multiplier": "embedding_scale",
    "residual_multiplier": "residual_scale",
    "attention_multiplier": "attention.scale",
    "logits_scaling": "logit_scale",
}
"""Each Granite multiplier's HF config key and the GGUF key (after ``granite.``) llama.cpp's converter writes it to."""


def granite_spec(config: Config) -> ModelSpec:
    """The spec of a Granite model from its HF config (``granite``)."""
    activation = config.get("hidden_act") or "silu"
    if activation != "silu":
        raise UnsupportedArchitectureError(f"hidden_act: Granite with {activation!r} is not supported (its MLP is "
                                           "SwiGLU: 'silu')")
    spec = llama_spec(config, architecture="granite")
    attention = spec.modules["attention_layer"]
    assert attention is not None  # llama_spec always fills it
    # differs from Llama: attention scores scaled by attention_multiplier (not 1/sqrt(head_dim)), embeddings and
    # residual branches multiplied, logits divided
    score_scale = config_float(config, "attention_multiplier", 1.0)
    scaled_head = "scaled-tied-head" if config_bool(config, "tie_word_embeddings", False) else "scaled-linear-head"
    return attrs.evolve(spec, modules={
        **spec.modules,
        "embedding": ModuleRef(module="multiplied-embedding",
                               config={"multiplier": config_float(config, "embedding_multiplier", 1.0)}),
        "attention_layer": attrs.evolve(attention, config={
            **attention.config, "query_scale": query_scale_for(spec.dims.head_dim, score_scale)}),
        "block": ModuleRef(module="scaled-residual-block",
                           config={"residual_multiplier": config_float(config, "residual_multiplier", 1.0)}),
        "head": ModuleRef(module=scaled_head, config={"logits_scaling": config_float(config, "logits_scaling", 1.0)}),
    })


@default_registry.register_module(
    name="granite", category="family", alias=("granite-3",),
    description="Granite (dense): Llama layout with embedding, residual and attention multipliers and logits scaling.",
    hardware_support=["cpu", "cuda"], tags=["granite", "ibm"])
class GraniteFamily(LlamaFamily):
    """Granite checkpoints (HF ``granite``, GGUF ``granite``); llama.cpp permutes their Q/K rows as Llama's."""

    hf_model_types = ("granite",)
    gguf_architectures = ("granite",)
    parity_configs: tuple[ParityConfig, ...] = (
        # multipliers far from 1, as Granite 3's (embedding 12, residual 0.22, attention 1/64 .. 1/128, logits 8)
        ParityConfig("granite", {"embedding_multiplier": 6.0, "residual_multiplier": 0.4,
                                 "attention_multiplier": 0.5, "logits_scaling": 0.25}),
        ParityConfig("granite-tied-biases", {
            "embedding_multiplier": 3.0, "residual_multiplier": 0.6, "attention_multiplier": 0.08,
            "logits_scaling": 0.5, "tie_word_embeddings": True, "attention_bias": True, "mlp_bias": True},
            embedding_row_norm=2.0),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return granite_spec(config)

    def parity_gguf_metadata(self, config: Mapping[str, object]) -> Mapping[str, object]:
        """The four multipliers under the GGUF keys llama.cpp's converter writes (for ``check_family``'s GGUF copy)."""
        return {f"granite.{gguf_key}": float(value) for hf_key, gguf_key in GGUF_KEYS.items()
                if isinstance(value := config.get(hf_key), (int, float))}

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        return granite_spec(hf_config(metadata, tensor_names))


def hf_config(metadata: Mapping[str, object], tensor_names: Collection[str]) -> dict[str, object]:
    """The HF-style config of a Granite GGUF file: the Llama keys plus the four multipliers where the file has them."""
    config = hf_config_from_gguf(metadata, tensor_names)
    arch = metadata["general.architecture"]
    for hf_key, gguf_key in GGUF_KEYS.items():
        if metadata.get(f"{arch}.{gguf_key}") is not None:
            config[hf_key] = config_float(metadata, f"{arch}.{gguf_key}")
    return config
