"""The Qwen3-MoE family: Qwen3's attention (q/k norm) with routed SwiGLU experts on the sparse layers."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import attrs

from tttv2.errors import CheckpointError
from tttv2.families.base import Config, ParityConfig, config_bool, config_int, hf_config_from_gguf
from tttv2.families.experts import (
    HFExpertNames,
    expert_count_key,
    expert_weight_name,
    gguf_experts,
    gguf_sparse_layers,
    hf_experts,
    with_experts,
)
from tttv2.families.qwen3 import Qwen3Family
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec

QWEN3_MOE_EXPERT_NAMES = HFExpertNames(prefix="mlp", gate="gate_proj", up="up_proj", down="down_proj")
"""Qwen-MoE's per-expert names (published checkpoints, and transformers 5's ``save_pretrained``)."""


@default_registry.register_module(
    name="qwen3-moe", category="family",
    description="Qwen3-MoE: Qwen3 attention with top-k routed SwiGLU experts (norm_topk_prob on or off); "
                "dense MLPs on mlp_only_layers and off the decoder_sparse_step.",
    hardware_support=["cpu", "cuda"], tags=["qwen", "moe", "qk-norm"])
class Qwen3MoeFamily(Qwen3Family):
    """Qwen3-MoE checkpoints (HF ``qwen3_moe``, GGUF ``qwen3moe``)."""

    hf_model_types = ("qwen3_moe",)
    gguf_architectures = ("qwen3moe",)
    parity_configs = (
        ParityConfig("qwen3_moe-normalized-mlp-only", {
            "num_experts": 4, "num_experts_per_tok": 2, "norm_topk_prob": True, "moe_intermediate_size": 48,
            "mlp_only_layers": [1], "head_dim": 24}),
        ParityConfig("qwen3_moe-sparse-step-window", {
            "num_experts": 4, "num_experts_per_tok": 2, "norm_topk_prob": False, "moe_intermediate_size": 48,
            "decoder_sparse_step": 2, "use_sliding_window": True, "sliding_window": 5}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        spec = self._attention_spec(config, windowed=config_bool(config, "use_sliding_window", False))
        sparse = sparse_layers(config, spec.dims.num_layers)
        if sparse:
            experts = hf_experts(config, normalize_top_k=config_bool(config, "norm_topk_prob", False),
                                 intermediate_key="moe_intermediate_size")
            spec = with_experts(spec, experts, sparse)
        return spec

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        # a window the file states applies to every layer, as transformers' use_sliding_window does
        spec = self._attention_spec(hf_config_from_gguf(metadata, tensor_names), windowed=True)
        # llama.cpp always renormalises qwen3moe's top k unless the file says otherwise
        experts = gguf_experts(metadata, tensor_names, normalize_top_k=True,
                               intermediate_key="expert_feed_forward_length")
        if experts is None:
            count = metadata.get("qwen3moe.expert_count")
            raise CheckpointError("qwen3moe.expert_count: a qwen3moe file routes through experts, but it is "
                                  f"{'missing' if count is None else count}")
        return with_experts(spec, experts, gguf_sparse_layers(tensor_names, spec.dims.num_layers))

    def parity_gguf_metadata(self, config: Mapping[str, object]) -> Mapping[str, object]:
        """The expert keys llama.cpp's converter writes for qwen3moe, for check_family's GGUF copy."""
        return {"qwen3moe.expert_count": config[expert_count_key(config)], "qwen3moe.expert_used_count": config["num_experts_per_tok"],
                "qwen3moe.expert_feed_forward_length": config["moe_intermediate_size"],
                "qwen3moe.expert_weights_norm": config_bool(config, "norm_topk_prob", False)}

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return super().weight_name(parameter, checkpoint_format) or expert_weight_name(
            parameter, checkpoint_format, QWEN3_MOE_EXPERT_NAMES)

    def _attention_spec(self, config: Config, *, windowed: bool) -> ModelSpec:
        """Qwen3's spec with dense MLPs; with ``windowed`` and a ``sliding_window``, every layer attends within it
        (transformers' Qwen3-MoE ignores max_window_layers and layer_types)."""
        spec = super().spec_from_hf({k: v for k, v in config.items() if k not in ("use_sliding_window", "layer_types")})
        spec = attrs.evolve(spec, architecture="qwen3_moe")
        if not windowed or config.get("sliding_window") is None:
            return spec
        attention = spec.modules["attention_layer"]
        assert attention is not None  # llama_spec always fills it
        window = config_int(config, "sliding_window")
        return attrs.evolve(spec, modules={**spec.modules, "attention_layer": attrs.evolve(
            attention, config={**attention.config, "window": window})})


def sparse_layers(config: Config, num_layers: int) -> list[int]:
    """Layers with experts, as transformers decides: not in ``mlp_only_layers``, and ``(i + 1)`` a multiple of
    ``decoder_sparse_step``; none when the config has no experts."""
    if config_int(config, expert_count_key(config), 0, minimum=0) == 0:
        return []
    step = config_int(config, "decoder_sparse_step", 1)
    dense = mlp_only_layers(config, num_layers)
    return [i for i in range(num_layers) if i not in dense and (i + 1) % step == 0]


def mlp_only_layers(config: Config, num_layers: int) -> set[int]:
    """``mlp_only_layers``: indices of layers that keep a dense MLP, each a whole number below ``num_layers``."""
    listed = config.get("mlp_only_layers") or []
    if not isinstance(listed, (list, tuple)) or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < num_layers for i in listed):
        raise CheckpointError(f"mlp_only_layers: expected a list of layer indices from 0 to {num_layers - 1}, "
                              f"got {listed!r}")
    return set(listed)
