"""The Gemma 2 family: sandwich norms, (1 + w) RMSNorm, GeGLU, scaled embedding, soft-capped attention and logits,
sliding and global attention alternating layer by layer."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping

from tttv2.errors import UnsupportedArchitectureError
from tttv2.families.base import (
    Config,
    ParityConfig,
    config_bool,
    config_float,
    config_int,
    hf_config_from_gguf,
    layer_types,
    llama_dimensions,
    position_ref,
    rope_parameters,
)
from tttv2.families.gemma3 import Gemma3Family
from tttv2.registry import default_registry
from tttv2.spec import LayerOverride, ModelSpec, ModuleRef, SlotPatch

GELU_TANH = ("gelu_pytorch_tanh", "gelu_new", "gelu_python_tanh")
"""transformers' names for GELU with the tanh approximation, the activation GeGLU computes."""

GGUF_27B_LAYERS = 46
"""llama.cpp scales Gemma 2 27B's queries by 1/sqrt(hidden / heads) and every other size by 1/sqrt(head_dim)
(GGUF has no query_pre_attn_scalar); it tells 27B by its layer count."""

SLIDING, FULL = "sliding_attention", "full_attention"


def gemma2_spec(config: Config) -> ModelSpec:
    """The spec of a Gemma 2 model from its HF config (``gemma2``)."""
    _check_supported(config)
    dims = llama_dimensions(config)
    scalar = config_float(config, "query_pre_attn_scalar", dims.head_dim)
    bias = config_bool(config, "attention_bias", False)
    attention_config: dict[str, object] = {"query_scale": math.sqrt(dims.head_dim) / math.sqrt(scalar),
                                           "bias": bias, "output_bias": bias}
    layers = []
    if config.get("sliding_window") is not None:
        window = config_int(config, "sliding_window")
        sliding = [i for i, kind in enumerate(_layer_types(config, dims.num_layers)) if kind == SLIDING]
        if sliding:
            layers.append(LayerOverride(select=",".join(map(str, sliding)),
                                        slots={"attention_layer": SlotPatch(config={"window": window})}))
    head = "tied-head" if config_bool(config, "tie_word_embeddings", True) else "linear-head"
    head_config = ({"softcap": config_float(config, "final_logit_softcapping")}
                   if config.get("final_logit_softcapping") is not None else {})
    rope, where = rope_parameters(config)
    modules: dict[str, str | ModuleRef] = {
        "embedding": "scaled-embedding",
        "attention_layer": ModuleRef(module="grouped-query-attention", config=attention_config),
        "position": position_ref(rope, dims.max_seq_len, where),
        "ffn": "geglu",
        "norm": "gemma-rms-norm",
        "block": "sandwich-norm-block",
        "head": ModuleRef(module=head, config=head_config),
    }
    if config.get("attn_logit_softcapping") is not None:  # scores become cap * tanh(scores / cap) before the mask
        modules["attention"] = ModuleRef(module="soft-capped-attention",
                                         config={"cap": config_float(config, "attn_logit_softcapping")})
    return ModelSpec.create(dims=dims, name=str(config.get("_name_or_path") or "gemma2") or None,
                            architecture="gemma2", modules=modules, layers=layers)


@default_registry.register_module(
    name="gemma2", category="family", alias=("gemma-2",),
    description="Gemma 2: soft-capped attention and logits, sliding/global attention 1:1, sandwich norms, GeGLU.",
    hardware_support=["cpu", "cuda"], tags=["gemma", "sliding-window", "soft-capping"])
class Gemma2Family(Gemma3Family):
    """Gemma 2 checkpoints (HF ``gemma2``, GGUF ``gemma2``): Gemma 3's tensor names and stored ``1 + w`` norms."""

    hf_model_types: tuple[str, ...] = ("gemma2",)
    gguf_architectures: tuple[str, ...] = ("gemma2",)
    parity_configs: tuple[ParityConfig, ...] = (
        # Gemma 2's own layout (window 4 < the prompt on layers 0 and 2), soft caps small enough to bind; GGUF
        # can carry it (no query_pre_attn_scalar in GGUF: llama.cpp assumes head_dim below 27B)
        ParityConfig("gemma2", {"head_dim": 16, "sliding_window": 4, "query_pre_attn_scalar": 16,
                                "attn_logit_softcapping": 2.0, "final_logit_softcapping": 0.5},
                     initializer_range=0.02, embedding_row_norm=0.3),
        ParityConfig("gemma2-untied-bias-global-first", {
            "head_dim": 16, "sliding_window": 3, "query_pre_attn_scalar": 24, "attn_logit_softcapping": 3.0,
            "final_logit_softcapping": 5.0, "tie_word_embeddings": False, "attention_bias": True,
            "layer_types": [FULL, SLIDING, SLIDING],
            "rope_parameters": {"rope_type": "linear", "rope_theta": 10000.0, "factor": 2.0}}),
    )

    def parity_gguf_metadata(self, config: Mapping[str, object]) -> Mapping[str, object]:
        """The soft caps llama.cpp's converter writes beside the common keys (for ``check_family``'s GGUF copy)."""
        return {f"gemma2.{key}": float(value) for key in ("attn_logit_softcapping", "final_logit_softcapping")
                if isinstance(value := config.get(key), (int, float))}

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return gemma2_spec(config)

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        config = hf_config_from_gguf(metadata, tensor_names)
        arch = metadata["general.architecture"]
        for key in ("attn_logit_softcapping", "final_logit_softcapping"):
            if metadata.get(f"{arch}.{key}") is not None:
                config[key] = config_float(metadata, f"{arch}.{key}")
        if config["num_hidden_layers"] == GGUF_27B_LAYERS:
            config["query_pre_attn_scalar"] = config_int(config, "hidden_size") // config_int(config, "num_attention_heads")
        return gemma2_spec(config)  # elsewhere query_pre_attn_scalar defaults to head_dim, as llama.cpp has it


def _check_supported(config: Config) -> None:
    key = "hidden_activation" if config.get("hidden_activation") is not None else "hidden_act"  # transformers 4.41
    activation = config.get(key) or GELU_TANH[0]
    if activation not in GELU_TANH:
        raise UnsupportedArchitectureError(
            f"{key}: Gemma 2 with {activation!r} is not supported (GeGLU computes {', '.join(GELU_TANH)})")
    if config_bool(config, "use_bidirectional_attention", False):
        raise UnsupportedArchitectureError("use_bidirectional_attention: bidirectional Gemma 2 (an encoder) is not "
                                           "supported; tttv2 decoders attend causally")


def _layer_types(config: Config, num_layers: int) -> list[str]:
    """``layer_types``, or Gemma 2's fixed layout (older configs list none): sliding on even layers, global on odd."""
    listed = layer_types(config, num_layers)
    if listed is not None:
        return listed
    return [SLIDING if i % 2 == 0 else FULL for i in range(num_layers)]
