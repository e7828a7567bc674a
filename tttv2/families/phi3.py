"""The Phi-3 family: Llama layout with fused q/k/v and gate/up weights, LongRoPE scaling, a window on every layer."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import torch

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
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
    llama_dimensions,
    position_ref,
    rope_parameters,
)
from tttv2.modules.rope import longrope_attention_factor
from tttv2.registry import default_registry
from tttv2.spec import Dimensions, ModelSpec, ModuleRef

PHI3_WEIGHTS: tuple[WeightRule, ...] = (
    *[WeightRule(f"layers.{{i}}.attention.{part}_proj.weight", "model.layers.{i}.self_attn.qkv_proj.weight",
                 "blk.{i}.attn_qkv.weight") for part in ("q", "k", "v")],
    *[WeightRule(f"layers.{{i}}.ffn.{part}.weight", "model.layers.{i}.mlp.gate_up_proj.weight", "blk.{i}.ffn_up.weight")
      for part in ("gate", "up")],
    *LLAMA_WEIGHTS,
)
"""Phi-3 names: q/k/v_proj read their rows of the fused qkv_proj, gate/up theirs of gate_up_proj (llama.cpp keeps
both fused too); everything else as in Llama."""

ORIGINAL_MAX_POSITIONS = 4096
"""transformers' Phi3Config default for ``original_max_position_embeddings``, which takes precedence over the
value inside ``rope_parameters``."""

LONGROPE_NAMES = ("longrope", "su", "yarn")
"""Rope types transformers reads as LongRoPE in a Phi-3 config (``su`` and ``yarn`` are its older names there)."""


def phi3_spec(config: Config) -> ModelSpec:
    """The spec of a Phi-3 model from its HF config (``phi3``)."""
    activation = config.get("hidden_act", "silu")
    if activation != "silu":
        raise UnsupportedArchitectureError(f"hidden_act {activation!r} is not supported for phi3 (supported: silu)")
    dims = llama_dimensions(config)
    attention: dict[str, object] = {}
    if config.get("sliding_window") is not None:  # as Mistral: every layer attends within the window
        attention["window"] = config_int(config, "sliding_window")
    tied = config_bool(config, "tie_word_embeddings", False)
    return ModelSpec.create(
        dims=dims,
        name=str(config.get("_name_or_path") or "phi3") or None,
        architecture="phi3",
        modules={
            "attention_layer": ModuleRef(module="grouped-query-attention", config=attention),
            "position": phi3_position(config, dims),
            "ffn": "swiglu",
            "head": "tied-head" if tied else "linear-head",
        },
    )


def phi3_position(config: Config, dims: Dimensions) -> ModuleRef:
    """Default rope, or LongRoPE with its short and long factors (errors name ``rope_parameters.<key>``)."""
    rope, where = rope_parameters(config)
    rotary_fraction = config_float(rope, "partial_rotary_factor", 1.0, where=where)
    if config.get("partial_rotary_factor") is not None and "partial_rotary_factor" not in rope:
        rotary_fraction = config_float(config, "partial_rotary_factor")  # transformers 4 kept it at the top level
    rope_type = rope.get("rope_type", "default")
    if rope_type not in LONGROPE_NAMES:
        if rope_type != "default":
            raise UnsupportedArchitectureError(
                f"{where}.rope_type {rope_type!r} is not supported for phi3 (supported: default, longrope)")
        if rotary_fraction != 1.0:
            raise UnsupportedArchitectureError(
                f"{where}.partial_rotary_factor {rotary_fraction} with default rope (rotary on part of each head) "
                "is not supported for phi3; only with longrope")
        return position_ref(rope, dims.max_seq_len, where)
    original = config_int(config, "original_max_position_embeddings", ORIGINAL_MAX_POSITIONS, minimum=2)
    if rope.get("attention_factor") is not None:
        attention_factor = config_float(rope, "attention_factor", where=where)
    else:
        scale = config_float(rope, "factor", dims.max_seq_len / original, where=where)
        attention_factor = longrope_attention_factor(scale, original)
    pairs = int(dims.head_dim * rotary_fraction) // 2
    settings: dict[str, object] = {
        "rope_theta": dims.rope_theta,
        "short_factor": _factors(rope, "short_factor", pairs, where),
        "long_factor": _factors(rope, "long_factor", pairs, where),
        "original_max_seq_len": original,
        "attention_factor": attention_factor,
    }
    if rotary_fraction != 1.0:
        settings["partial_rotary_factor"] = rotary_fraction
    return ModuleRef(module="rope-longrope", config=settings)


@default_registry.register_module(
    name="phi3", category="family", alias=("phi-3", "phi3.5"),
    description="Phi-3 / 3.5 / 4-mini: fused qkv and gate_up split on load, LongRoPE (partial too, HF only), sliding window.",
    hardware_support=["cpu", "cuda"], tags=["phi", "longrope", "sliding-window"])
class Phi3Family:
    """Phi-3 checkpoints (HF ``phi3``, GGUF ``phi3``); the fused projections load into separate q/k/v and gate/up."""

    hf_model_types: tuple[str, ...] = ("phi3",)
    gguf_architectures: tuple[str, ...] = ("phi3",)
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("phi3-window", {"sliding_window": 5}),
        # prompts of 5 tokens or more pass original_max_position_embeddings (4): the long factors throughout (a
        # generation crossing it would make transformers' generate recompute its cache; see rope-longrope)
        ParityConfig("phi3-longrope-long", {"original_max_position_embeddings": 4, "rope_parameters": {
            "rope_type": "longrope", "rope_theta": 10000.0,
            "short_factor": [1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0],
            "long_factor": [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0]}}),
        # prompt and generation within original_max_position_embeddings: the short factors throughout
        ParityConfig("phi3-longrope-short", {"original_max_position_embeddings": 64, "rope_parameters": {
            "rope_type": "longrope", "rope_theta": 10000.0,
            "short_factor": [1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0],
            "long_factor": [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0]}}),
        # Phi-4-mini's layout: rotary on the first half of each head only
        ParityConfig("phi3-longrope-partial", {"original_max_position_embeddings": 4, "rope_parameters": {
            "rope_type": "longrope", "rope_theta": 10000.0, "partial_rotary_factor": 0.5,
            "short_factor": [1.0, 2.0, 3.0, 4.0], "long_factor": [1.0, 4.0, 16.0, 64.0]}}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return phi3_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        scaling = metadata.get("phi3.rope.scaling.type")
        if "rope_factors_long.weight" in tensor_names or scaling not in (None, "none"):
            what = "rope_factors_long/short tensors" if scaling in (None, "none") else f"phi3.rope.scaling.type {scaling!r}"
            raise UnsupportedArchitectureError(
                f"this phi3 GGUF file scales its rotary ({what}): LongRoPE's factors, which llama.cpp stores as "
                "tensors, cannot reach a spec; load the Hugging Face checkpoint instead")
        config = hf_config_from_gguf(metadata, tensor_names)
        rotated = metadata.get("phi3.rope.dimension_count")
        if rotated is not None and rotated != config["head_dim"]:
            raise UnsupportedArchitectureError(
                f"phi3.rope.dimension_count {rotated} (rotary on part of each head of {config['head_dim']}) "
                "is not supported for phi3")
        return phi3_spec(config)

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return checkpoint_name(PHI3_WEIGHTS, parameter, checkpoint_format)

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        rows = _fused_rows(parameter, spec.dims)
        if rows is None:
            return tensor
        start, stop, fused = rows
        if tensor.shape[0] != fused:
            sizes = "heads and head size" if ".attention." in parameter else "intermediate size"
            raise CheckpointError(f"parameter {parameter!r} is a slice of a fused tensor of {fused} rows (from the "
                                  f"config's {sizes}), but the checkpoint's has {tensor.shape[0]}")
        return tensor[start:stop].clone()  # a copy: a view would keep the whole fused tensor alive


def _fused_rows(parameter: str, dims: Dimensions) -> tuple[int, int, int] | None:
    """(first row, end row, rows of the fused tensor) of a q/k/v or gate/up parameter, or None for any other."""
    q, kv, inner = dims.num_heads * dims.head_dim, dims.num_kv_heads * dims.head_dim, dims.intermediate_dim
    slices = {"attention.q_proj.weight": (0, q, q + 2 * kv), "attention.k_proj.weight": (q, q + kv, q + 2 * kv),
              "attention.v_proj.weight": (q + kv, q + 2 * kv, q + 2 * kv),
              "ffn.gate.weight": (0, inner, 2 * inner), "ffn.up.weight": (inner, 2 * inner, 2 * inner)}
    _, _, leaf = parameter.partition(".")  # layers.3.attention.q_proj.weight -> 3.attention.q_proj.weight
    _, _, leaf = leaf.partition(".")
    return slices.get(leaf) if parameter.startswith("layers.") else None


def _factors(rope: Mapping[str, object], key: str, pairs: int, where: str) -> list[float]:
    """A LongRoPE factor list: one finite positive number per rotated pair."""
    values = rope.get(key)
    if not isinstance(values, (list, tuple)) or len(values) != pairs:
        raise CheckpointError(f"{where}.{key}: expected a list of {pairs} numbers (one per rotated pair of each head), "
                              f"got {values!r}")
    return [config_float({key: value}, key, where=where) for value in values]
