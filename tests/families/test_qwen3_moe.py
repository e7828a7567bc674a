"""Qwen3-MoE beyond check_family (which covers the parity configs, safetensors and per-expert GGUF): stacked
qwen3moe GGUF files match transformers, routing stays clear of ties, sparse and dense layers follow
mlp_only_layers and decoder_sparse_step as transformers decides, and unsupported configs are refused by key."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from transformers import Qwen3MoeConfig, Qwen3MoeForCausalLM

from tttv2 import DeviceCoverageError
from tttv2.container import build_model
from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.families.qwen3_moe import Qwen3MoeFamily
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.spec import ModelSpec

from .moe_checks import (
    MIN_ROUTING_MARGIN,
    PROMPT_LENGTH,
    assert_parity,
    check_family_routing_margin,
    load_model,
    tiny,
)
from .moe_gguf import write_moe_gguf
from .tiny_checkpoints import COMMON, TinyFamily, prompt_ids, save_checkpoint

CLASSES = ("Qwen3MoeConfig", "Qwen3MoeForCausalLM")
PARITY = {parity.name: parity for parity in Qwen3MoeFamily.parity_configs}
CHANGED = 1e-3  # a feature "matters" when dropping it moves some last-position logit by more than this


def qwen3_moe(name: str, **options: object) -> TinyFamily:
    return tiny(*CLASSES, PARITY[name], **options)


def hf_config(name: str, **change: object) -> dict[str, object]:
    """The config.json transformers writes for a parity config, with ``change`` laid over it."""
    return {**Qwen3MoeConfig(**COMMON, **PARITY[name].options).to_dict(), **change}


def ffn_modules(spec: ModelSpec) -> list[str]:
    refs = [spec.ref("ffn", layer) for layer in range(spec.dims.num_layers)]
    return [str(ref.module) if ref is not None else "" for ref in refs]


@pytest.mark.parametrize("name", list(PARITY))
def test_check_family_routes_clear_of_ties(name: str) -> None:
    """check_family (tests/testing/test_check_family.py runs it for every family) compares these configs with
    transformers; no token it routes sits within MIN_ROUTING_MARGIN of a different expert choice."""
    assert check_family_routing_margin(PARITY[name], "qwen3_moe") >= MIN_ROUTING_MARGIN


@pytest.mark.slow
@pytest.mark.parametrize(("name", "normalized"), [("qwen3_moe-normalized-mlp-only", True),
                                                  ("qwen3_moe-sparse-step-window", False)])
def test_gguf_file_matches_transformers(name: str, normalized: bool, tmp_path: Path) -> None:
    """Dense layers are those without a router tensor; expert_weights_norm (default on, as in llama.cpp) and a
    sliding window, when the file states them, are read."""
    hf = qwen3_moe(name).build(seed=2)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "qwen3moe.gguf",
                          arch="qwen3moe", stacked=True,
                          extra_metadata={} if normalized else {"qwen3moe.expert_weights_norm": False})
    checkpoint = open_checkpoint(path)
    checkpoint.source.close()
    hf_spec = Qwen3MoeFamily().spec_from_hf(hf.config.to_dict())
    assert ffn_modules(checkpoint.spec) == [m.replace("moe", "stacked-expert-moe") for m in ffn_modules(hf_spec)]
    assert_parity(load_model(path), hf, seed=3)


@pytest.mark.parametrize(("change", "expected"), [
    ({"mlp_only_layers": [1]}, ["moe", "swiglu", "moe"]),
    ({"mlp_only_layers": [], "decoder_sparse_step": 2}, ["swiglu", "moe", "swiglu"]),
    ({"mlp_only_layers": [0], "decoder_sparse_step": 1}, ["swiglu", "moe", "moe"]),
    ({"mlp_only_layers": [], "decoder_sparse_step": 1}, ["moe", "moe", "moe"]),
    ({"num_experts": 0, "mlp_only_layers": []}, ["swiglu", "swiglu", "swiglu"]),
])
def test_sparse_layers_follow_transformers(change: dict[str, object], expected: list[str]) -> None:
    """The layers transformers gives experts (it checks each one itself) are ours too."""
    options = {**PARITY["qwen3_moe-normalized-mlp-only"].options, **change}
    config = Qwen3MoeConfig(**COMMON, **options)
    spec = Qwen3MoeFamily().spec_from_hf(config.to_dict())
    assert ffn_modules(spec) == expected
    with torch.device("meta"):
        layers = Qwen3MoeForCausalLM(config).model.layers
    assert ["moe" if hasattr(layer.mlp, "experts") else "swiglu" for layer in layers] == expected


def test_every_feature_changes_the_logits(tmp_path: Path) -> None:
    """Renormalised or not, windowed or not: the same weights give other logits either way."""
    hf = qwen3_moe("qwen3_moe-sparse-step-window").build(seed=4)
    checkpoint = open_checkpoint(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    spec = checkpoint.spec
    attention = spec.modules["attention_layer"]
    assert attention is not None and attention.config["window"] == 5
    routed = spec.layers[-1].slots["ffn"]
    assert routed.config["normalize_top_k"] is False
    variants = {
        "window": attrs.evolve(spec, modules={**spec.modules,
                                              "attention_layer": attrs.evolve(attention, config={"window": None})}),
        "no renormalisation": attrs.evolve(spec, layers=(*spec.layers[:-1], attrs.evolve(
            spec.layers[-1], slots={"ffn": attrs.evolve(routed, config={**routed.config, "normalize_top_k": True})}))),
    }
    ids = torch.tensor([prompt_ids(PROMPT_LENGTH, seed=5)])

    def last_logits(changed: ModelSpec) -> torch.Tensor:
        with torch.no_grad():
            return build_for_checkpoint(checkpoint, changed, {}, "cpu", torch.float32).eval()(ids)[0, -1]

    try:
        reference = last_logits(spec)
        for feature, changed in variants.items():
            assert (last_logits(changed) - reference).abs().max() > CHANGED, f"the {feature} leaves the logits unchanged"
    finally:
        checkpoint.source.close()


def test_transformers_4_config_form_reads_the_same() -> None:
    """transformers 4 wrote num_experts (not num_local_experts), rope_theta at the top level, and kept
    sliding_window and max_window_layers while use_sliding_window was off."""
    new = hf_config("qwen3_moe-normalized-mlp-only")
    old = {k: v for k, v in new.items() if k not in ("num_local_experts", "rope_parameters")}
    old.update(num_experts=new["num_local_experts"], rope_theta=10000.0, sliding_window=4096, max_window_layers=2,
               use_sliding_window=False)
    assert Qwen3MoeFamily().spec_from_hf(old) == Qwen3MoeFamily().spec_from_hf(new)


def test_use_sliding_window_windows_every_layer_whatever_max_window_layers() -> None:
    config = hf_config("qwen3_moe-sparse-step-window", max_window_layers=1)
    spec = Qwen3MoeFamily().spec_from_hf(config)
    windows = [ref.config.get("window") for ref in (spec.ref("attention_layer", i) for i in range(3)) if ref]
    assert windows == [5, 5, 5]


@pytest.mark.parametrize(("change", "expected"), [
    ({"mlp_only_layers": [3]}, r"mlp_only_layers: expected a list of layer indices from 0 to 2, got \[3\]"),
    ({"mlp_only_layers": ["1"]}, "mlp_only_layers: expected a list of layer indices"),
    ({"decoder_sparse_step": 0}, "decoder_sparse_step: must be at least 1, got 0"),
    ({"num_experts_per_tok": 5}, r"num_experts_per_tok \(5\) is more than num_local_experts \(4\)"),
    ({"hidden_act": "gelu"}, "hidden_act: 'gelu' is not supported"),
    ({"moe_intermediate_size": None}, "lacks 'moe_intermediate_size'"),
])
def test_unsupported_configs_are_refused_by_key(change: dict[str, object], expected: str) -> None:
    with pytest.raises(CheckpointError, match=expected) as raised:
        Qwen3MoeFamily().spec_from_hf(hf_config("qwen3_moe-normalized-mlp-only", **change))
    assert isinstance(raised.value, UnsupportedArchitectureError) == ("hidden_act" in change)


def test_gguf_without_experts_is_refused_by_key(tmp_path: Path) -> None:
    hf = qwen3_moe("qwen3_moe-normalized-mlp-only").build(seed=6)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "qwen3moe.gguf",
                          arch="qwen3moe", stacked=True, extra_metadata={"qwen3moe.expert_count": 0})
    with pytest.raises(CheckpointError, match=r"qwen3moe\.expert_count: a qwen3moe file routes through experts, but it is 0"):
        open_checkpoint(path)


def test_a_saved_config_round_trips_through_json(tmp_path: Path) -> None:
    hf = qwen3_moe("qwen3_moe-normalized-mlp-only").build(seed=7)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    checkpoint = open_checkpoint(directory)
    checkpoint.source.close()
    assert checkpoint.spec == Qwen3MoeFamily().spec_from_hf(json.loads((directory / "config.json").read_text()))
    assert ModelSpec.from_dict(checkpoint.spec.to_dict()) == checkpoint.spec


def test_building_for_ttnn_names_the_expert_module_it_lacks() -> None:
    spec = Qwen3MoeFamily().spec_from_hf(hf_config("qwen3_moe-normalized-mlp-only"))
    with pytest.raises(DeviceCoverageError) as raised:
        build_model(spec, device="ttnn")
    assert "no implementation of 'moe' runs on ttnn" in str(raised.value)
    uncovered = {p.path for p in raised.value.problems if p.uncovered_device}  # type: ignore[attr-defined]  # SpecProblems
    assert any("ffn" in path for path in uncovered)
