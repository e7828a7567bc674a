"""The Llama family (SmolLM2, TinyLlama, Llama 2/3.x): the base every Llama-layout family derives from."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import attrs
import torch

from tttv2.families.base import (
    LLAMA_WEIGHTS,
    Config,
    ParityConfig,
    checkpoint_name,
    config_bool,
    config_int,
    hf_config_from_gguf,
    llama_dimensions,
    position_ref,
    rope_parameters,
    sliding_layers,
    unpermute_rotary_rows,
)
from tttv2.families.experts import expert_weight_name, gguf_experts, gguf_sparse_layers, with_experts
from tttv2.registry import default_registry
from tttv2.spec import LayerOverride, ModelSpec, ModuleRef, SlotPatch


def llama_spec(config: Config, *, architecture: str = "llama") -> ModelSpec:
    """A Llama-layout spec: pre-norm blocks, RMSNorm, SwiGLU, rotary, GQA, optional biases and tied head."""
    dims = llama_dimensions(config)
    attention_bias = config_bool(config, "attention_bias", False)
    tied = config_bool(config, "tie_word_embeddings", False)
    windowed = sliding_layers(config, dims.num_layers)
    layers = [LayerOverride(select=",".join(map(str, windowed)), slots={
        "attention_layer": SlotPatch(config={"window": config_int(config, "sliding_window")})})] if windowed else []
    rope, where = rope_parameters(config)
    return ModelSpec.create(
        dims=dims,
        name=str(config.get("_name_or_path") or architecture) or None,
        architecture=architecture,
        modules={
            "attention_layer": ModuleRef(module="grouped-query-attention",
                                         config={"bias": attention_bias, "output_bias": attention_bias}),
            "position": position_ref(rope, dims.max_seq_len, where),
            "ffn": ModuleRef(module="swiglu", config={"bias": config_bool(config, "mlp_bias", False)}),
            "head": ModuleRef(module="tied-head" if tied else "linear-head"),
        },
        layers=layers,
    )


@default_registry.register_module(
    name="llama", category="family", alias=("smollm2", "tinyllama", "llama3"),
    description="Llama layout: RMSNorm, SwiGLU, rotary (default/linear/llama3/yarn), GQA, optional tied head.",
    hardware_support=["cpu", "cuda", "ttnn"], tags=["llama", "smollm2", "tinyllama"])
class LlamaFamily:
    """Llama checkpoints from HF (model_type ``llama``) or GGUF (architecture ``llama``)."""

    hf_model_types: tuple[str, ...] = ("llama",)
    gguf_architectures: tuple[str, ...] = ("llama",)
    rotary_rows_permuted_in_gguf = True  # llama.cpp's converter interleaves Q/K rows for its rotary layout
    parity_configs: tuple[ParityConfig, ...] = (
        ParityConfig("llama"),
        ParityConfig("llama-llama3-rope", {"rope_parameters": {
            "rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
            "high_freq_factor": 4.0, "original_max_position_embeddings": 32}}),
        ParityConfig("llama-yarn-rope", {"rope_parameters": {
            "rope_type": "yarn", "rope_theta": 10000.0, "factor": 4.0, "original_max_position_embeddings": 32}}),
        ParityConfig("llama-linear-rope", {"rope_parameters": {"rope_type": "linear", "rope_theta": 10000.0,
                                                               "factor": 3.0}}),
        ParityConfig("llama-tied", {"tie_word_embeddings": True}),
        ParityConfig("llama-biases", {"attention_bias": True, "mlp_bias": True}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        return llama_spec(config, architecture=self.hf_model_types[0])

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        spec = self.spec_from_hf(hf_config_from_gguf(metadata, tensor_names))
        # llama.cpp has no mixtral architecture: Mixtral is a llama file with experts (llama.expert_count),
        # its top-k router weights always renormalised, feed_forward_length the experts' size
        experts = gguf_experts(metadata, tensor_names, normalize_top_k=True, intermediate_key="feed_forward_length")
        if experts is None:
            return spec
        sparse = gguf_sparse_layers(tensor_names, spec.dims.num_layers)
        return attrs.evolve(with_experts(spec, experts, sparse), architecture="mixtral")

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return (checkpoint_name(LLAMA_WEIGHTS, parameter, checkpoint_format)
                or expert_weight_name(parameter, checkpoint_format, hf=None))

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        if checkpoint_format != "gguf" or not self.rotary_rows_permuted_in_gguf:
            return tensor
        # the converter permutes q/k biases too (Granite, Llama with attention_bias), row for row with the weights
        if parameter.endswith(("attention.q_proj.weight", "attention.q_proj.bias")):
            return unpermute_rotary_rows(tensor, spec.dims.num_heads)
        if parameter.endswith(("attention.k_proj.weight", "attention.k_proj.bias")):
            return unpermute_rotary_rows(tensor, spec.dims.num_kv_heads)
        return tensor
