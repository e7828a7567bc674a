"""The Gemma 3 (text) family: sandwich norms, (1 + w) RMSNorm, GeGLU, scaled embedding, 5:1 local/global attention."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping

import attrs
import torch

from tttv2.families.base import (
    LLAMA_WEIGHTS,
    Config,
    ParityConfig,
    WeightRule,
    checkpoint_name,
    config_bool,
    config_float,
    config_int,
    hf_config_from_gguf,
    layer_types,
    llama_dimensions,
    position_ref,
    rope_parameters,
)
from tttv2.registry import default_registry
from tttv2.spec import LayerOverride, ModelSpec, ModuleRef, SlotPatch

GEMMA3_WEIGHTS: tuple[WeightRule, ...] = (
    WeightRule("layers.{i}.post_attention_norm.weight", "model.layers.{i}.post_attention_layernorm.weight",
               "blk.{i}.post_attention_norm.weight"),
    WeightRule("layers.{i}.ffn_norm.weight", "model.layers.{i}.pre_feedforward_layernorm.weight", "blk.{i}.ffn_norm.weight"),
    WeightRule("layers.{i}.post_ffn_norm.weight", "model.layers.{i}.post_feedforward_layernorm.weight",
               "blk.{i}.post_ffw_norm.weight"),
    *LLAMA_WEIGHTS,
)
"""Gemma 3 names: its four block norms, then the Llama table for everything else."""

SLIDING_PATTERN = 6
"""Gemma 3's default layout when a config lists no layer types: five sliding layers, then one global."""

GGUF_LOCAL_ROPE_THETA = 10000.0
"""GGUF stores only the global rope base; llama.cpp (and transformers' GGUF loader) use 10 000 for local layers."""


def gemma3_spec(config: Config) -> ModelSpec:
    """The spec of a Gemma 3 text model from its HF config (``gemma3_text``)."""
    global_rope, global_where = rope_parameters(config, "full_attention")
    dims = attrs.evolve(llama_dimensions(config),
                        rope_theta=config_float(global_rope, "rope_theta", 1000000.0, where=global_where))
    layer_types = _layer_types(config, dims.num_layers)
    sliding_rope, sliding_where = rope_parameters(config, "sliding_attention")
    if "rope_local_base_freq" in config:  # transformers 4 kept the local base beside the global rope settings
        sliding_rope = {"rope_type": "default", "rope_theta": config_float(config, "rope_local_base_freq")}
    scalar = config_float(config, "query_pre_attn_scalar", dims.head_dim)
    attention_config: dict[str, object] = {"query_scale": math.sqrt(dims.head_dim) / math.sqrt(scalar)}
    if config.get("sliding_window") is not None:
        attention_config["window"] = config_int(config, "sliding_window")
    # Gemma 3 configs still carry attn_logit_softcapping, but its attention never applies it (nor do we)
    final_cap = config.get("final_logit_softcapping")
    head = "tied-head" if config_bool(config, "tie_word_embeddings", True) else "linear-head"
    global_layers = [i for i, kind in enumerate(layer_types) if kind == "full_attention"]
    overrides = []
    if global_layers:
        overrides.append(LayerOverride(select=",".join(str(i) for i in global_layers), slots={
            "attention_layer": SlotPatch(config={"window": None}),
            "position": _patch(position_ref(global_rope, dims.max_seq_len, global_where)),
        }))
    return ModelSpec.create(
        dims=dims,
        name=str(config.get("_name_or_path") or "gemma3") or None,
        architecture="gemma3",
        modules={
            "embedding": "scaled-embedding",
            "attention_layer": ModuleRef(module="grouped-query-attention", config=attention_config),
            "attention": "sdpa",
            "position": position_ref(sliding_rope, dims.max_seq_len, sliding_where),
            "ffn": "geglu",
            "norm": "gemma-rms-norm",
            "qk_norm": "gemma-rms-norm",
            "block": "sandwich-norm-block",
            "head": ModuleRef(module=head, config={"softcap": config_float(config, "final_logit_softcapping")})
            if final_cap is not None else head,
        },
        layers=overrides,
    )


@default_registry.register_module(
    name="gemma3", category="family", alias=("gemma-3", "gemma3-text"),
    description="Gemma 3 text models: sliding/global attention 5:1, q/k norm, sandwich norms, GeGLU, tied head.",
    hardware_support=["cpu", "cuda"], tags=["gemma", "sliding-window", "qk-norm"])
class Gemma3Family:
    """Gemma 3 text checkpoints (HF ``gemma3_text``, GGUF ``gemma3``); multimodal ``gemma3`` is not supported."""

    hf_model_types: tuple[str, ...] = ("gemma3_text",)
    gguf_architectures: tuple[str, ...] = ("gemma3",)
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("gemma3-text", {
            "head_dim": 16, "num_hidden_layers": 4, "sliding_window": 4, "query_pre_attn_scalar": 24,
            "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "sliding_attention"],
            "rope_parameters": {
                "sliding_attention": {"rope_type": "default", "rope_theta": 10000.0},
                "full_attention": {"rope_type": "linear", "rope_theta": 1000000.0, "factor": 2.0}}},
            initializer_range=0.02, embedding_row_norm=0.3),
        ParityConfig("gemma3-final-softcap", {
            "head_dim": 16, "sliding_window": 3, "final_logit_softcapping": 4.0,
            "layer_types": ["sliding_attention", "sliding_attention", "full_attention"]},
            initializer_range=0.02, embedding_row_norm=0.3),
        # transformers' Gemma 3 never applies attn_logit_softcapping, and neither may we; every layer local and
        # the query scalar at its GGUF default, so llama.cpp's metadata carries this config (norms stored as 1 + w)
        ParityConfig("gemma3-untied-local", {
            "head_dim": 16, "sliding_window": 3, "query_pre_attn_scalar": 16, "tie_word_embeddings": False,
            "attn_logit_softcapping": 2.0, "layer_types": ["sliding_attention"] * 3},
            initializer_range=0.02, embedding_row_norm=0.3),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return gemma3_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        config = hf_config_from_gguf(metadata, tensor_names)
        config["rope_local_base_freq"] = GGUF_LOCAL_ROPE_THETA
        return gemma3_spec(config)

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return checkpoint_name(GEMMA3_WEIGHTS, parameter, checkpoint_format)

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        if checkpoint_format == "gguf" and parameter.endswith("norm.weight"):
            return tensor - 1.0  # llama.cpp's converter stores Gemma's (1 + w) norm scales with the 1 added
        return tensor


def _layer_types(config: Config, num_layers: int) -> list[str]:
    listed = layer_types(config, num_layers)
    if listed is not None:
        return listed
    pattern = config_int(config, "sliding_window_pattern", SLIDING_PATTERN)
    return ["full_attention" if (i + 1) % pattern == 0 else "sliding_attention" for i in range(num_layers)]


def _patch(ref: ModuleRef) -> SlotPatch:
    return SlotPatch(module=ref.module, config=ref.config)
