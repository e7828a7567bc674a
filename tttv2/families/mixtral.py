"""The Mixtral family: Mistral's layout with a top-k mixture of SwiGLU experts in place of every MLP."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from tttv2.families.base import ParityConfig
from tttv2.families.experts import HFExpertNames, expert_weight_name, hf_experts, with_experts
from tttv2.families.mistral import MistralFamily
from tttv2.registry import default_registry
from tttv2.spec import ModelSpec

MIXTRAL_EXPERT_NAMES = HFExpertNames(prefix="block_sparse_moe", gate="w1", up="w3", down="w2")
"""Mixtral's per-expert names, as published and as transformers 5's ``save_pretrained`` still writes them."""


@default_registry.register_module(
    name="mixtral", category="family", alias=("mixtral-8x7b", "mixtral-moe"),
    description="Mixtral: Mistral layout (optional sliding window) with top-k routed SwiGLU experts, "
                "top-k weights renormalised; GGUF Mixtral loads through 'llama'.",
    hardware_support=["cpu", "cuda"], tags=["mixtral", "moe", "sliding-window"])
class MixtralFamily(MistralFamily):
    """Mixtral checkpoints (HF model_type ``mixtral``).

    GGUF Mixtral files are llama.cpp architecture ``llama`` with ``llama.expert_count``: the llama family
    reads them as this layout (see :meth:`LlamaFamily.spec_from_gguf`).
    """

    hf_model_types = ("mixtral",)
    gguf_architectures = ()
    parity_configs = (
        ParityConfig("mixtral-top2-window", {"num_local_experts": 4, "num_experts_per_tok": 2, "sliding_window": 5}),
        ParityConfig("mixtral-top3", {"num_local_experts": 4, "num_experts_per_tok": 3}),
    )

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        spec = super().spec_from_hf(config)
        # differs from Mistral: every layer routes through experts; Mixtral always renormalises the top k
        experts = hf_experts(config, normalize_top_k=True, intermediate_key="intermediate_size")
        return attrs.evolve(with_experts(spec, experts, range(spec.dims.num_layers)), architecture="mixtral")

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        return super().weight_name(parameter, checkpoint_format) or expert_weight_name(
            parameter, checkpoint_format, MIXTRAL_EXPERT_NAMES)
