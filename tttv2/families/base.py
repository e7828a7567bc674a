"""Shared machinery for checkpoint families: config readers, rope settings, weight-name tables, lookup."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

import attrs
import torch

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.protocols import Family
from tttv2.registry import Registry, current_registry
from tttv2.spec import Dimensions, ModuleRef

Config = Mapping[str, object]


@attrs.frozen
class WeightRule:
    """One parameter-name pattern and its checkpoint names (``{i}`` is the layer index)."""

    parameter: str
    hf: str | None
    gguf: str | None

    def match(self, parameter: str) -> dict[str, str] | None:
        pattern = "^" + re.escape(self.parameter).replace(r"\{i\}", r"(?P<i>\d+)") + "$"
        found = re.match(pattern, parameter)
        return found.groupdict() if found else None


LLAMA_WEIGHTS: tuple[WeightRule, ...] = tuple(
    WeightRule(p, h, g) for p, h, g in [
        ("embedding.weight", "model.embed_tokens.weight", "token_embd.weight"),
        ("final_norm.weight", "model.norm.weight", "output_norm.weight"),
        ("head.weight", "lm_head.weight", "output.weight"),
        ("layers.{i}.attention_norm.weight", "model.layers.{i}.input_layernorm.weight", "blk.{i}.attn_norm.weight"),
        ("layers.{i}.ffn_norm.weight", "model.layers.{i}.post_attention_layernorm.weight", "blk.{i}.ffn_norm.weight"),
        *[(f"layers.{{i}}.attention.{ours}_proj.{kind}", f"model.layers.{{i}}.self_attn.{ours}_proj.{kind}",
           f"blk.{{i}}.attn_{theirs}.{kind}")
          for ours, theirs in (("q", "q"), ("k", "k"), ("v", "v"), ("o", "output")) for kind in ("weight", "bias")],
        ("layers.{i}.attention.q_norm.weight", "model.layers.{i}.self_attn.q_norm.weight", "blk.{i}.attn_q_norm.weight"),
        ("layers.{i}.attention.k_norm.weight", "model.layers.{i}.self_attn.k_norm.weight", "blk.{i}.attn_k_norm.weight"),
        *[(f"layers.{{i}}.ffn.{ours}.{kind}", f"model.layers.{{i}}.mlp.{ours}_proj.{kind}", f"blk.{{i}}.ffn_{ours}.{kind}")
          for ours in ("gate", "up", "down") for kind in ("weight", "bias")],
    ]
)
"""Llama-layout names shared by llama, qwen2, qwen3 and mistral checkpoints."""


def checkpoint_name(rules: Iterable[WeightRule], parameter: str, checkpoint_format: str) -> str | None:
    """The checkpoint tensor for ``parameter`` under the first matching rule, or None."""
    for rule in rules:
        groups = rule.match(parameter)
        if groups is not None:
            template = rule.hf if checkpoint_format == "hf" else rule.gguf
            return None if template is None else template.replace("{i}", groups.get("i") or "")
    return None


def unpermute_rotary_rows(weight: torch.Tensor, num_heads: int) -> torch.Tensor:
    """Undo llama.cpp's Q/K row permutation (interleaved rotary pairs back to HF's rotate-half halves)."""
    rows = weight.shape[0]
    return (weight.reshape(num_heads, rows // num_heads // 2, 2, *weight.shape[1:])
            .transpose(1, 2).reshape(weight.shape))


def rope_parameters(config: Config, layer_type: str | None = None) -> dict[str, object]:
    """Rope settings from either transformers 5's ``rope_parameters`` or the older ``rope_scaling`` + ``rope_theta``.

    Gemma 3 nests ``rope_parameters`` by layer type (``sliding_attention``, ``full_attention``).
    """
    params = config.get("rope_parameters")
    if isinstance(params, Mapping) and layer_type is not None and isinstance(params.get(layer_type), Mapping):
        params = params[layer_type]
    if isinstance(params, Mapping) and "rope_theta" in params:
        return dict(params)
    scaling = config.get("rope_scaling")
    merged: dict[str, object] = dict(scaling) if isinstance(scaling, Mapping) else {}
    merged.setdefault("rope_type", merged.pop("type", "default"))
    merged["rope_theta"] = config.get("rope_theta", 10000.0)
    return merged


def position_ref(params: Mapping[str, object], max_seq_len: int) -> ModuleRef:
    """The position module for HF rope parameters (default, linear, llama3, yarn)."""
    rope_type = str(params.get("rope_type", params.get("type", "default")))
    theta = float(_number(params.get("rope_theta", 10000.0)))
    if rope_type == "default":
        return ModuleRef(module="rope", config={"rope_theta": theta})
    if rope_type == "linear":
        return ModuleRef(module="rope-linear", config={"rope_theta": theta, "factor": float(_number(params["factor"]))})
    if rope_type == "llama3":
        return ModuleRef(module="rope-llama3", config={
            "rope_theta": theta, "factor": float(_number(params["factor"])),
            "low_freq_factor": float(_number(params["low_freq_factor"])),
            "high_freq_factor": float(_number(params["high_freq_factor"])),
            "original_max_seq_len": int(_number(params["original_max_position_embeddings"]))})
    if rope_type == "yarn":
        config: dict[str, object] = {
            "rope_theta": theta, "factor": float(_number(params["factor"])),
            "original_max_seq_len": int(_number(params.get("original_max_position_embeddings", max_seq_len)))}
        for ours, theirs in (("beta_fast", "beta_fast"), ("beta_slow", "beta_slow"), ("attention_factor", "attention_factor")):
            if params.get(theirs) is not None:
                config[ours] = float(_number(params[theirs]))
        if params.get("truncate") is not None:
            config["truncate"] = bool(params["truncate"])
        return ModuleRef(module="rope-yarn", config=config)
    raise UnsupportedArchitectureError(f"rope type {rope_type!r} is not supported (supported: default, linear, llama3, yarn)")


def sliding_layers(config: Config, num_layers: int) -> list[int]:
    """Layers that attend within ``sliding_window``: from ``layer_types``, or Qwen's ``use_sliding_window``
    (every layer from ``max_window_layers`` on, as transformers derives it)."""
    if config.get("sliding_window") is None:
        return []
    listed = config.get("layer_types")
    if isinstance(listed, (list, tuple)) and len(listed) == num_layers:
        return [i for i, kind in enumerate(listed) if kind == "sliding_attention"]
    if config.get("use_sliding_window"):
        first = int(_number(config.get("max_window_layers", 0)))
        return list(range(first, num_layers))
    return []


def llama_dimensions(config: Config) -> Dimensions:
    """Dimensions from a Llama-style HF config (head_dim defaults to hidden / heads)."""
    hidden = int(_number(config["hidden_size"]))
    heads = int(_number(config["num_attention_heads"]))
    head_dim = config.get("head_dim")
    kv_heads = config.get("num_key_value_heads")
    return Dimensions(
        vocab_size=int(_number(config["vocab_size"])),
        hidden_dim=hidden,
        num_layers=int(_number(config["num_hidden_layers"])),
        num_heads=heads,
        num_kv_heads=int(_number(kv_heads)) if kv_heads is not None else heads,
        head_dim=int(_number(head_dim)) if head_dim is not None else hidden // heads,
        intermediate_dim=int(_number(config["intermediate_size"])),
        max_seq_len=int(_number(config.get("max_position_embeddings", 2048))),
        eps=float(_number(config.get("rms_norm_eps", 1e-6))),
        rope_theta=float(_number(rope_parameters(config).get("rope_theta", 10000.0))),
    )


def hf_config_from_gguf(metadata: Mapping[str, object], tensor_names: Collection[str]) -> dict[str, object]:
    """An HF-style config dict from GGUF metadata, so families share one spec builder for both formats."""
    arch = str(metadata["general.architecture"])

    def get(key: str, default: object = None) -> object:
        return metadata.get(f"{arch}.{key}", default)

    tokens = metadata.get("tokenizer.ggml.tokens")
    vocab = get("vocab_size") or (len(tokens) if isinstance(tokens, (list, tuple)) else None)
    hidden = int(_number(get("embedding_length")))
    heads = int(_number(get("attention.head_count")))
    config: dict[str, object] = {
        "vocab_size": vocab,
        "hidden_size": hidden,
        "num_hidden_layers": get("block_count"),
        "num_attention_heads": heads,
        "num_key_value_heads": get("attention.head_count_kv", heads),
        "head_dim": get("attention.key_length", hidden // heads),
        "intermediate_size": get("feed_forward_length"),
        "max_position_embeddings": get("context_length", 2048),
        "rms_norm_eps": get("attention.layer_norm_rms_epsilon", 1e-6),
        "rope_theta": get("rope.freq_base", 10000.0),
        "tie_word_embeddings": "output.weight" not in tensor_names,
        "sliding_window": get("attention.sliding_window"),
    }
    scaling_type = get("rope.scaling.type")
    if scaling_type not in (None, "none"):
        config["rope_scaling"] = {"rope_type": scaling_type, "factor": get("rope.scaling.factor"),
                                  "original_max_position_embeddings": get("rope.scaling.original_context_length")}
    missing = [k for k, v in config.items() if v is None and k not in ("sliding_window",)]
    if missing:
        raise CheckpointError(f"GGUF metadata for architecture {arch!r} lacks {', '.join(missing)}")
    return config


def find_family(*, hf_model_type: str | None = None, gguf_architecture: str | None = None,
                registry: Registry | None = None) -> Family:
    """The registered family answering to an HF ``model_type`` or a GGUF ``general.architecture``."""
    registry = registry or current_registry()
    families = [info.cls() for info in registry.list_modules(category="family")]
    for family in families:
        if not isinstance(family, Family):
            continue
        if hf_model_type is not None and hf_model_type in family.hf_model_types:
            return family
        if gguf_architecture is not None and gguf_architecture in family.gguf_architectures:
            return family
    if hf_model_type is not None:
        known = sorted(t for f in families if isinstance(f, Family) for t in f.hf_model_types)
        raise UnsupportedArchitectureError(
            f"unsupported architecture: HF model_type {hf_model_type!r}; supported: {', '.join(known)}")
    known = sorted(a for f in families if isinstance(f, Family) for a in f.gguf_architectures)
    raise UnsupportedArchitectureError(
        f"unsupported architecture: GGUF general.architecture {gguf_architecture!r}; supported: {', '.join(known)}")


def config_int(value: object) -> int:
    """An integer setting from a checkpoint config (``512`` or ``512.0``); anything else is a CheckpointError."""
    number = _number(value)
    if number != int(number):
        raise CheckpointError(f"expected a whole number in the checkpoint config, got {value!r}")
    return int(number)


def config_float(value: object) -> float:
    """A real-number setting from a checkpoint config."""
    return float(_number(value))


def _number(value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CheckpointError(f"expected a number in the checkpoint config, got {value!r}")
    return value
