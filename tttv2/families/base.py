"""Shared machinery for checkpoint families: config readers, rope settings, weight-name tables, lookup."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from types import MappingProxyType

import attrs
import torch

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.protocols import Family
from tttv2.registry import Registry, current_registry
from tttv2.spec import Dimensions, ModuleRef
from tttv2.suggestions import close_matches, did_you_mean

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


@attrs.frozen
class ParityConfig:
    """A tiny random checkpoint that exercises some of a family's features, for ``check_family``.

    ``options`` are keyword arguments of the family's own transformers config class, laid over
    small common dimensions; ``model_type`` defaults to the family's first ``hf_model_types``.
    """

    name: str
    options: Mapping[str, object] = attrs.field(factory=dict)
    model_type: str | None = None
    initializer_range: float = 0.2
    embedding_row_norm: float | None = None  # tied heads: equal row norms, or one token wins every argmax


LLAMA_WEIGHTS: tuple[WeightRule, ...] = tuple(
    WeightRule(p, h, g) for p, h, g in [
        ("embedding.weight", "model.embed_tokens.weight", "token_embd.weight"),
        ("final_norm.weight", "model.norm.weight", "output_norm.weight"),
        ("head.weight", "lm_head.weight", "output.weight"),  # a head that owns its weight (TTNN's)
        ("head.proj.weight", "lm_head.weight", "output.weight"),  # the built-in head's projection
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


SIZE_KEYS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "vocab_size": ("vocab_size", "vocab_size"),
    "hidden_dim": ("hidden_size", "embedding_length"),
    "num_layers": ("num_hidden_layers", "block_count"),
    "num_heads": ("num_attention_heads", "attention.head_count"),
    "num_kv_heads": ("num_key_value_heads", "attention.head_count_kv"),
    "head_dim": ("head_dim", "attention.key_length"),
    "intermediate_dim": ("intermediate_size", "feed_forward_length"),
})
"""Each weight-shaped Dimensions field: its HF config key and its GGUF metadata key (after ``{architecture}.``)."""


def size_keys(settings: Mapping[str, object], checkpoint_format: str) -> dict[str, str]:
    """How this checkpoint's own config names each size (``llama.block_count`` in a GGUF file), for errors.

    A size the config leaves out is named by what it is derived from.
    """
    if checkpoint_format == "gguf":
        arch = settings.get("general.architecture")
        keys = {field: f"{arch}.{gguf}" for field, (_, gguf) in SIZE_KEYS.items()}
        if settings.get(keys["vocab_size"]) is None:
            keys["vocab_size"] = "the length of tokenizer.ggml.tokens"
    else:
        keys = {field: hf for field, (hf, _) in SIZE_KEYS.items()}
    if settings.get(keys["num_kv_heads"]) is None:
        keys["num_kv_heads"] = keys["num_heads"]
    if settings.get(keys["head_dim"]) is None:
        keys["head_dim"] = f"({keys['hidden_dim']} / {keys['num_heads']})"
    return keys


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


def rope_parameters(config: Config, layer_type: str | None = None) -> tuple[dict[str, object], str]:
    """Rope settings from either transformers 5's ``rope_parameters`` or the older ``rope_scaling`` + ``rope_theta``,
    and the config key they came from (for errors).

    Gemma 3 nests ``rope_parameters`` by layer type (``sliding_attention``, ``full_attention``).
    """
    params = config.get("rope_parameters")
    where = "rope_parameters"
    if isinstance(params, Mapping) and layer_type is not None and isinstance(params.get(layer_type), Mapping):
        params, where = params[layer_type], f"rope_parameters.{layer_type}"
    if isinstance(params, Mapping) and "rope_theta" in params:
        return dict(params), where
    scaling = config.get("rope_scaling")
    merged: dict[str, object] = dict(scaling) if isinstance(scaling, Mapping) else {}
    merged.setdefault("rope_type", merged.pop("type", "default"))
    merged["rope_theta"] = config_float(config, "rope_theta", 10000.0)  # checked here: it is a top-level key
    return merged, "rope_scaling"


def position_ref(params: Mapping[str, object], max_seq_len: int, where: str = "rope_parameters") -> ModuleRef:
    """The position module for HF rope parameters (default, linear, llama3, yarn); errors name ``where.key``."""
    rope_type = params.get("rope_type", params.get("type", "default"))
    if not isinstance(rope_type, str):
        raise CheckpointError(f"{where}.rope_type: expected a name, got {rope_type!r}")

    def real(key: str, default: float | None = None) -> float:
        return config_float(params, key, default, where=where)

    def whole(key: str, default: int | None = None) -> int:
        return config_int(params, key, default, where=where)

    theta = real("rope_theta", 10000.0)
    if rope_type == "default":
        return ModuleRef(module="rope", config={"rope_theta": theta})
    if rope_type == "linear":
        return ModuleRef(module="rope-linear", config={"rope_theta": theta, "factor": real("factor")})
    if rope_type == "llama3":
        return ModuleRef(module="rope-llama3", config={
            "rope_theta": theta, "factor": real("factor"), "low_freq_factor": real("low_freq_factor"),
            "high_freq_factor": real("high_freq_factor"),
            "original_max_seq_len": whole("original_max_position_embeddings")})
    if rope_type == "yarn":
        config: dict[str, object] = {
            "rope_theta": theta, "factor": real("factor"),
            "original_max_seq_len": whole("original_max_position_embeddings", max_seq_len)}
        for key in ("beta_fast", "beta_slow", "attention_factor"):
            if params.get(key) is not None:
                config[key] = real(key)
        if params.get("truncate") is not None:
            config["truncate"] = config_bool(params, "truncate", False, where=where)
        return ModuleRef(module="rope-yarn", config=config)
    raise UnsupportedArchitectureError(f"rope type {rope_type!r} is not supported (supported: default, linear, llama3, yarn)")


LAYER_TYPES = ("sliding_attention", "full_attention")
"""The ``layer_types`` entries the built-in families understand."""


def layer_types(config: Config, num_layers: int) -> list[str] | None:
    """The config's ``layer_types`` checked against ``num_layers``, or None when it has none."""
    listed = config.get("layer_types")
    if listed is None:
        return None
    if not isinstance(listed, (list, tuple)):
        raise CheckpointError(f"layer_types: expected a list of {' or '.join(LAYER_TYPES)}, got {listed!r}")
    if len(listed) != num_layers:
        raise CheckpointError(f"layer_types: has {len(listed)} entries, but num_hidden_layers is {num_layers}")
    unknown = [kind for kind in dict.fromkeys(map(str, listed)) if kind not in LAYER_TYPES]
    if unknown:
        hint = did_you_mean(close_matches(unknown[0], LAYER_TYPES, n=1, cutoff=0.4))
        raise CheckpointError(f"layer_types: unknown entries {', '.join(map(repr, unknown))}{hint} "
                              f"(known: {', '.join(LAYER_TYPES)})")
    return [str(kind) for kind in listed]


def sliding_layers(config: Config, num_layers: int) -> list[int]:
    """Layers that attend within ``sliding_window``: from ``layer_types``, or Qwen's ``use_sliding_window``
    (every layer from ``max_window_layers`` on, as transformers derives it)."""
    if config.get("sliding_window") is None:
        return []
    listed = layer_types(config, num_layers)
    if listed is not None:
        return [i for i, kind in enumerate(listed) if kind == "sliding_attention"]
    if config_bool(config, "use_sliding_window", False):
        first = config_int(config, "max_window_layers", 0, minimum=0)
        return list(range(first, num_layers))
    return []


def llama_dimensions(config: Config) -> Dimensions:
    """Dimensions from a Llama-style HF config (head_dim defaults to hidden / heads).

    Every value is checked and named by its key: whole positive numbers for sizes, finite positive
    ones for ``rms_norm_eps`` and the rope base, heads that divide evenly.
    """
    hidden = config_int(config, "hidden_size")
    heads = config_int(config, "num_attention_heads")
    kv_heads = config_int(config, "num_key_value_heads", heads)
    check_heads(heads, kv_heads, "num_attention_heads", "num_key_value_heads")
    head_dim = (config_int(config, "head_dim") if config.get("head_dim") is not None
                else default_head_dim(hidden, heads, "hidden_size", "num_attention_heads"))
    params, where = rope_parameters(config)
    return Dimensions(
        vocab_size=config_int(config, "vocab_size"),
        hidden_dim=hidden,
        num_layers=config_int(config, "num_hidden_layers"),
        num_heads=heads,
        num_kv_heads=kv_heads,
        head_dim=head_dim,
        intermediate_dim=config_int(config, "intermediate_size"),
        max_seq_len=config_int(config, "max_position_embeddings", 2048),
        eps=config_float(config, "rms_norm_eps", 1e-6),
        rope_theta=config_float(params, "rope_theta", 10000.0, where=where),
    )


def check_heads(heads: int, kv_heads: int, heads_key: str, kv_heads_key: str) -> None:
    """Grouped-query attention shares each key/value head among a whole number of query heads."""
    if heads % kv_heads:
        raise CheckpointError(f"{heads_key} ({heads}) is not a multiple of {kv_heads_key} ({kv_heads})")


def default_head_dim(hidden: int, heads: int, hidden_key: str, heads_key: str) -> int:
    """hidden / heads, the head size a config without ``head_dim`` means; it must divide evenly."""
    if hidden % heads:
        raise CheckpointError(f"{hidden_key} ({hidden}) is not divisible by {heads_key} ({heads}), "
                              "and no head dimension is given")
    return hidden // heads


def hf_config_from_gguf(metadata: Mapping[str, object], tensor_names: Collection[str]) -> dict[str, object]:
    """An HF-style config dict from GGUF metadata, so families share one spec builder for both formats.

    Each value is checked here, so an error names the GGUF key (``llama.block_count``), not the HF one.
    """
    arch = str(metadata["general.architecture"])

    def whole(key: str, default: int | None = None) -> int:
        return config_int(metadata, f"{arch}.{key}", default)

    def real(key: str, default: float | None = None) -> float:
        return config_float(metadata, f"{arch}.{key}", default)

    hidden = whole("embedding_length")
    heads = whole("attention.head_count")
    kv_heads = whole("attention.head_count_kv", heads)
    check_heads(heads, kv_heads, f"{arch}.attention.head_count", f"{arch}.attention.head_count_kv")
    config: dict[str, object] = {
        "vocab_size": _gguf_vocab_size(metadata, arch),
        "hidden_size": hidden,
        "num_hidden_layers": whole("block_count"),
        "num_attention_heads": heads,
        "num_key_value_heads": kv_heads,
        "head_dim": whole("attention.key_length", None) if metadata.get(f"{arch}.attention.key_length") is not None
        else default_head_dim(hidden, heads, f"{arch}.embedding_length", f"{arch}.attention.head_count"),
        "intermediate_size": whole("feed_forward_length"),
        "max_position_embeddings": whole("context_length", 2048),
        "rms_norm_eps": real("attention.layer_norm_rms_epsilon", 1e-6),
        "rope_theta": real("rope.freq_base", 10000.0),
        "tie_word_embeddings": "output.weight" not in tensor_names,
        # GGUF has no key for biases: a file holds the tensors or not (Granite, Llama with attention_bias)
        "attention_bias": "blk.0.attn_q.bias" in tensor_names,
        "mlp_bias": "blk.0.ffn_gate.bias" in tensor_names,
    }
    if metadata.get(f"{arch}.attention.sliding_window") is not None:
        config["sliding_window"] = whole("attention.sliding_window")
    scaling_type = metadata.get(f"{arch}.rope.scaling.type")
    if scaling_type not in (None, "none"):
        scaling: dict[str, object] = {"rope_type": scaling_type, "factor": real("rope.scaling.factor")}
        if metadata.get(f"{arch}.rope.scaling.original_context_length") is not None:
            scaling["original_max_position_embeddings"] = whole("rope.scaling.original_context_length")
        config["rope_scaling"] = scaling
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
        hint = did_you_mean(close_matches(hf_model_type, known, n=1))
        raise UnsupportedArchitectureError(
            f"unsupported architecture: HF model_type {hf_model_type!r}{hint}; supported: {', '.join(known)}")
    known = sorted(a for f in families if isinstance(f, Family) for a in f.gguf_architectures)
    hint = did_you_mean(close_matches(gguf_architecture or "", known, n=1))
    raise UnsupportedArchitectureError(
        f"unsupported architecture: GGUF general.architecture {gguf_architecture!r}{hint}; supported: {', '.join(known)}")


def config_int(config: Config, key: str, default: int | None = None, *, minimum: int = 1,
               where: str = "") -> int:
    """A whole-number setting (``512`` or ``512.0``) of at least ``minimum``; ``default`` when absent or null.

    Anything else (``32.5``, ``"32"``, ``true``, ``0`` heads, a missing key without a default) is a
    CheckpointError naming the key (``where.key`` inside a nested setting); the loader adds the file.
    """
    value = _setting(config, key, default, where)
    name = _key_name(where, key)
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise CheckpointError(f"{name}: expected a whole number, got {_shown(value)}")
    if value < minimum:
        raise CheckpointError(f"{name}: must be at least {minimum}, got {value}")
    return value


def config_float(config: Config, key: str, default: float | None = None, *, where: str = "") -> float:
    """A finite positive real setting (an epsilon, a rope base or factor, a scale); ``default`` when absent or null.

    NaN, infinity, zero, negatives, strings and booleans are a CheckpointError naming the key.
    """
    value = _setting(config, key, default, where)
    name = _key_name(where, key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CheckpointError(f"{name}: expected a number, got {_shown(value)}")
    if not math.isfinite(value) or value <= 0:
        raise CheckpointError(f"{name}: must be a finite number above 0, got {value}")
    return float(value)


def config_bool(config: Config, key: str, default: bool, *, where: str = "") -> bool:
    """A true/false setting; ``default`` when absent or null. ``"false"`` (a string) is an error, never true."""
    value = config.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise CheckpointError(f"{_key_name(where, key)}: expected true or false, got {_shown(value)}")
    return value


def _setting(config: Config, key: str, default: object, where: str) -> object:
    value = config.get(key)
    if value is not None:
        return value
    if default is None:
        raise CheckpointError(f"the model config lacks {_key_name(where, key)!r}")
    return default


def _key_name(where: str, key: str) -> str:
    """``key``, or ``where.key`` inside a nested setting such as ``rope_parameters``."""
    return f"{where}.{key}" if where else key


def _shown(value: object) -> str:
    """A config value as the error shows it, with its JSON kind when the repr alone could mislead."""
    if isinstance(value, str):
        return f"{value!r} (a string)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    return repr(value)


def _gguf_vocab_size(metadata: Mapping[str, object], arch: str) -> int:
    """``{arch}.vocab_size``, or the length of the tokenizer's token list when the file has no such key."""
    if metadata.get(f"{arch}.vocab_size") is not None:
        return config_int(metadata, f"{arch}.vocab_size")
    tokens = metadata.get("tokenizer.ggml.tokens")
    if isinstance(tokens, list) and tokens:
        return len(tokens)
    raise CheckpointError(f"the model config lacks {arch + '.vocab_size'!r} (and has no tokenizer.ggml.tokens to count)")
