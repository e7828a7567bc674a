"""The StarCoder2 family: LayerNorm with bias, a GELU MLP with bias, biased attention, a window on every layer."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Literal

import attrs
import torch

from tttv2.errors import UnsupportedArchitectureError
from tttv2.families.base import (
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
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec, ModuleRef

STARCODER2_WEIGHTS: tuple[WeightRule, ...] = tuple(
    WeightRule(p, h, g) for p, h, g in [
        ("embedding.weight", "model.embed_tokens.weight", "token_embd.weight"),
        ("head.weight", "lm_head.weight", "output.weight"),  # a head that owns its weight (TTNN's)
        ("head.proj.weight", "lm_head.weight", "output.weight"),  # the built-in head's projection
        *[(f"final_norm.{kind}", f"model.norm.{kind}", f"output_norm.{kind}") for kind in ("weight", "bias")],
        *[(f"layers.{{i}}.{ours}.{kind}", f"model.layers.{{i}}.{theirs}.{kind}", f"blk.{{i}}.{gguf}.{kind}")
          for ours, theirs, gguf in (("attention_norm", "input_layernorm", "attn_norm"),
                                     ("ffn_norm", "post_attention_layernorm", "ffn_norm"),
                                     ("attention.q_proj", "self_attn.q_proj", "attn_q"),
                                     ("attention.k_proj", "self_attn.k_proj", "attn_k"),
                                     ("attention.v_proj", "self_attn.v_proj", "attn_v"),
                                     ("attention.o_proj", "self_attn.o_proj", "attn_output"),
                                     ("ffn.up", "mlp.c_fc", "ffn_up"),
                                     ("ffn.down", "mlp.c_proj", "ffn_down"))
          for kind in ("weight", "bias")],
    ]
)
"""StarCoder2 names: LayerNorms with biases, the MLP's c_fc/c_proj as up/down, biases on every projection."""

GELU_APPROXIMATIONS: Mapping[str, Literal["none", "tanh"]] = {
    "gelu_pytorch_tanh": "tanh", "gelu_new": "tanh", "gelu_fast": "tanh", "gelu": "none"}
"""transformers' GELU activation names and the torch approximation each one computes (close enough for
``gelu_new``/``gelu_fast``, which are the tanh formula written differently)."""


def starcoder2_spec(config: Config) -> ModelSpec:
    """The spec of a StarCoder2 model from its HF config (``starcoder2``)."""
    activation = config.get("hidden_act", "gelu_pytorch_tanh")
    if not isinstance(activation, str) or activation not in GELU_APPROXIMATIONS:
        raise UnsupportedArchitectureError(f"hidden_act {activation!r} is not supported for starcoder2 "
                                           f"(supported: {', '.join(GELU_APPROXIMATIONS)})")
    dims = attrs.evolve(llama_dimensions(config), eps=config_float(config, "norm_epsilon", 1e-5))
    bias = config_bool(config, "use_bias", True)
    attention: dict[str, object] = {"bias": bias, "output_bias": bias}
    if config.get("sliding_window") is not None:  # as Mistral: every layer attends within the window
        attention["window"] = config_int(config, "sliding_window")
    rope, where = rope_parameters(config)
    tied = config_bool(config, "tie_word_embeddings", True)
    return ModelSpec.create(
        dims=dims,
        name=str(config.get("_name_or_path") or "starcoder2") or None,
        architecture="starcoder2",
        modules={
            "attention_layer": ModuleRef(module="grouped-query-attention", config=attention),
            "position": position_ref(rope, dims.max_seq_len, where),
            "ffn": ModuleRef(module="gelu-mlp", config={"bias": bias, "approximate": GELU_APPROXIMATIONS[activation]}),
            "norm": ModuleRef(module="layer-norm", config={"bias": True}),
            "head": "tied-head" if tied else "linear-head",
        },
    )


@default_registry.register_module(
    name="starcoder2", category="family", alias="starcoder-2",
    description="StarCoder2: LayerNorm with bias, GELU(tanh) MLP with bias, biased GQA, sliding window, tied head.",
    hardware_support=["cpu", "cuda"], tags=["starcoder", "code", "bias", "sliding-window"])
class StarCoder2Family:
    """StarCoder2 checkpoints (HF ``starcoder2``, GGUF ``starcoder2``); llama.cpp keeps their Q/K rows as HF's."""

    hf_model_types: tuple[str, ...] = ("starcoder2",)
    gguf_architectures: tuple[str, ...] = ("starcoder2",)
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("starcoder2-window", {"sliding_window": 5, "tie_word_embeddings": False}),
        ParityConfig("starcoder2-tied-no-bias", {"use_bias": False}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return starcoder2_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        config = hf_config_from_gguf(metadata, tensor_names)
        config["norm_epsilon"] = config_float(metadata, "starcoder2.attention.layer_norm_epsilon", 1e-5)
        config["use_bias"] = "blk.0.attn_q.bias" in tensor_names  # llama.cpp has no key for it: the tensors tell
        return starcoder2_spec(config)

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return checkpoint_name(STARCODER2_WEIGHTS, parameter, checkpoint_format)

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        return tensor
