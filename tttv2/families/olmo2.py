"""The OLMo 2 family: Llama layout with norms after attention and FFN (none before) and q/k RMSNorm over
the whole projection."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import attrs

from tttv2.errors import UnsupportedArchitectureError
from tttv2.families.base import LLAMA_WEIGHTS, Config, ParityConfig, WeightRule, checkpoint_name
from tttv2.families.llama import LlamaFamily, llama_spec
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec, ModuleRef

OLMO2_WEIGHTS: tuple[WeightRule, ...] = (
    WeightRule("layers.{i}.post_attention_norm.weight", "model.layers.{i}.post_attention_layernorm.weight",
               "blk.{i}.post_attention_norm.weight"),
    WeightRule("layers.{i}.post_ffn_norm.weight", "model.layers.{i}.post_feedforward_layernorm.weight",
               "blk.{i}.post_ffw_norm.weight"),
    WeightRule("layers.{i}.attention.q_proj_norm.weight", "model.layers.{i}.self_attn.q_norm.weight",
               "blk.{i}.attn_q_norm.weight"),
    WeightRule("layers.{i}.attention.k_proj_norm.weight", "model.layers.{i}.self_attn.k_norm.weight",
               "blk.{i}.attn_k_norm.weight"),
    *(rule for rule in LLAMA_WEIGHTS if not rule.parameter.endswith(("q_norm.weight", "k_norm.weight"))),
)
"""OLMo 2 names: its two post norms (HF's post_attention_layernorm is not Llama's pre-FFN norm here) and its
whole-projection q/k norms, then Llama's without the per-head q/k norms (whose size would be read as head_dim)."""


def olmo2_spec(config: Config) -> ModelSpec:
    """The spec of an OLMo 2 model from its HF config (``olmo2``)."""
    _check_supported(config)
    spec = llama_spec(config, architecture="olmo2")
    attention = spec.modules["attention_layer"]
    assert attention is not None  # llama_spec always fills it
    # differs from Llama: q/k normalised across all heads before rotary, and norms after (not before) each sub-layer
    return attrs.evolve(spec, modules={
        **spec.modules,
        "attention_layer": ModuleRef(module="projection-qk-norm-attention", config=attention.config),
        "block": ModuleRef(module="post-norm-block"),
    })


@default_registry.register_module(
    name="olmo2", category="family", alias=("olmo-2",),
    description="OLMo 2: post-norm blocks (norms after attention and FFN), q/k RMSNorm over the whole projection.",
    hardware_support=["cpu", "cuda"], tags=["olmo", "qk-norm", "post-norm"])
class OLMo2Family(LlamaFamily):
    """OLMo 2 checkpoints (HF ``olmo2``, GGUF ``olmo2``); llama.cpp does not permute their Q/K rows."""

    hf_model_types = ("olmo2",)
    gguf_architectures = ("olmo2",)
    rotary_rows_permuted_in_gguf = False
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("olmo2"),
        ParityConfig("olmo2-tied-bias-yarn", {
            "tie_word_embeddings": True, "attention_bias": True,
            "rope_parameters": {"rope_type": "yarn", "rope_theta": 10000.0, "factor": 4.0,
                                "original_max_position_embeddings": 32}}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return olmo2_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        window_key = f"{metadata['general.architecture']}.attention.sliding_window"
        if metadata.get(window_key) is not None:  # llama.cpp files OLMo 3 (sliding layers) under olmo2
            raise UnsupportedArchitectureError(f"{window_key}: OLMo 2 files with sliding-window layers (OLMo 3) are "
                                               "not supported")
        return super().spec_from_gguf(metadata, tensor_names)

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return checkpoint_name(OLMO2_WEIGHTS, parameter, checkpoint_format)


def _check_supported(config: Config) -> None:
    activation = config.get("hidden_act") or "silu"
    if activation != "silu":
        raise UnsupportedArchitectureError(f"hidden_act: OLMo 2 with {activation!r} is not supported (its MLP is "
                                           "SwiGLU: 'silu')")
