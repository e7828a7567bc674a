"""Mixtral beyond check_family (which covers the safetensors parity configs): llama GGUF files with stacked,
per-expert and quantized experts match transformers, routing stays clear of ties, each feature changes the
logits, and unsupported configs are refused by key."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from gguf import GGMLQuantizationType
from safetensors.torch import load_file, save_file
from transformers import MixtralConfig

from tests.helpers.tolerance import assert_reordered_close, model_reduction_length
from tests.test_linear_loading_hook import Q8BlockLinear
from tttv2 import DeviceCoverageError
from tttv2.container import build_model
from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.families.llama import LlamaFamily
from tttv2.families.mixtral import MixtralFamily
from tttv2.loading import apply_overrides, build_for_checkpoint, open_checkpoint
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
from .test_random_checkpoints import pcc
from .tiny_checkpoints import COMMON, TinyFamily, prompt_ids, save_checkpoint

CLASSES = ("MixtralConfig", "MixtralForCausalLM")
PARITY = {parity.name: parity for parity in MixtralFamily.parity_configs}
NO_WINDOW = tiny(*CLASSES, PARITY["mixtral-top2-window"], sliding_window=None)  # llama GGUF files carry no window
CHANGED = 1e-3  # a feature "matters" when dropping it moves some last-position logit by more than this
BF16_PCC = 0.999  # int4 kernels with bf16 activations (8 mantissa bits) against fp32 dense: ~1 % per value


def mixtral(name: str) -> TinyFamily:
    return tiny(*CLASSES, PARITY[name])


@pytest.mark.parametrize("name", list(PARITY))
def test_check_family_routes_clear_of_ties(name: str) -> None:
    """check_family (tests/testing/test_check_family.py runs it for every family) compares these configs with
    transformers; no token it routes sits within MIN_ROUTING_MARGIN of a different expert choice."""
    assert check_family_routing_margin(PARITY[name], "mixtral") >= MIN_ROUTING_MARGIN


@pytest.mark.slow
@pytest.mark.parametrize("stacked", [True, False], ids=["ffn_gate_exps", "ffn_gate.E"])
def test_gguf_llama_file_with_experts_matches_transformers(stacked: bool, tmp_path: Path) -> None:
    hf = NO_WINDOW.build(seed=2)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "mixtral.gguf",
                          arch="llama", stacked=stacked)
    checkpoint = open_checkpoint(path)
    checkpoint.source.close()
    assert isinstance(checkpoint.family, LlamaFamily) and not isinstance(checkpoint.family, MixtralFamily)
    ffn = checkpoint.spec.modules["ffn"]
    assert ffn is not None and ffn.module == ("stacked-expert-moe" if stacked else "moe")
    assert (checkpoint.spec.architecture, ffn.config["normalize_top_k"]) == ("mixtral", True)
    assert_parity(load_model(path), hf, seed=3)


def test_every_feature_changes_the_logits(tmp_path: Path) -> None:
    """Without its window, its renormalisation or its second expert, the same weights give other logits."""
    hf = mixtral("mixtral-top2-window").build(seed=4)
    checkpoint = open_checkpoint(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    spec = checkpoint.spec
    attention, ffn = spec.modules["attention_layer"], spec.modules["ffn"]
    assert attention is not None and ffn is not None and ffn.config["top_k"] == 2
    variants = {
        "window": {"attention_layer": attrs.evolve(attention, config={"window": None})},
        "renormalisation": {"ffn": attrs.evolve(ffn, config={**ffn.config, "normalize_top_k": False})},
        "top-2": {"ffn": attrs.evolve(ffn, config={**ffn.config, "top_k": 1})},
    }
    ids = torch.tensor([prompt_ids(PROMPT_LENGTH, seed=5)])

    def last_logits(changed: ModelSpec) -> torch.Tensor:
        with torch.no_grad():
            return build_for_checkpoint(checkpoint, changed, {}, "cpu", torch.float32).eval()(ids)[0, -1]

    try:
        reference = last_logits(spec)
        for feature, modules in variants.items():
            difference = (last_logits(attrs.evolve(spec, modules={**spec.modules, **modules})) - reference).abs().max()
            assert difference > CHANGED, f"dropping the {feature} leaves the logits unchanged"
    finally:
        checkpoint.source.close()


def test_transformers_4_config_form_reads_the_same(tmp_path: Path) -> None:
    """transformers 4 wrote rope_theta at the top level, with no rope_parameters."""
    hf = mixtral("mixtral-top3").build(seed=6)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    new_style = MixtralFamily().spec_from_hf(json.loads((directory / "config.json").read_text()))
    config = json.loads((directory / "config.json").read_text())
    config["rope_theta"] = config.pop("rope_parameters")["rope_theta"]
    (directory / "config.json").write_text(json.dumps(config))
    old = open_checkpoint(directory)
    old.source.close()
    assert old.spec == new_style


@pytest.mark.parametrize(("change", "expected"), [
    ({"hidden_act": "gelu"}, "hidden_act: 'gelu' is not supported"),
    ({"num_experts_per_tok": 5}, r"num_experts_per_tok \(5\) is more than num_local_experts \(4\)"),
    ({"num_local_experts": 0}, "num_local_experts: must be at least 1, got 0"),
    ({"num_local_experts": "8"}, "num_local_experts: expected a whole number"),
])
def test_unsupported_configs_are_refused_by_key(change: dict[str, object], expected: str) -> None:
    config = {**MixtralConfig(**COMMON, **PARITY["mixtral-top3"].options).to_dict(), **change}
    with pytest.raises(CheckpointError, match=expected) as raised:
        MixtralFamily().spec_from_hf(config)
    assert isinstance(raised.value, UnsupportedArchitectureError) == ("hidden_act" in change)


def test_a_missing_expert_tensor_is_named(tmp_path: Path) -> None:
    hf = mixtral("mixtral-top3").build(seed=8)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    weights = load_file(directory / "model.safetensors")
    del weights["model.layers.1.block_sparse_moe.experts.2.w3.weight"]
    save_file(weights, directory / "model.safetensors", metadata={"format": "pt"})
    with pytest.raises(CheckpointError, match=r"missing tensor 'model\.layers\.1\.block_sparse_moe\.experts\.2\.w3"
                                              r"\.weight' \(for parameter 'layers\.1\.ffn\.experts\.2\.up\.weight'\)"):
        load_model(directory)


def test_quantized_stacked_experts_reach_a_block_linear_expert_by_expert(tmp_path: Path) -> None:
    """Q8_0 ffn_*_exps blocks, split by expert, feed a linear that keeps the file's blocks: the same logits
    as the loader's own dequantization into dense experts."""
    hf = NO_WINDOW.build(seed=10)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "q8.gguf",
                          arch="llama", stacked=True, experts_as=GGMLQuantizationType.Q8_0)
    ids = torch.tensor([prompt_ids(PROMPT_LENGTH, seed=11)])
    checkpoint = open_checkpoint(path)
    try:
        blocks, _ = apply_overrides(checkpoint.spec, {"linear.ffn.up": Q8BlockLinear, "linear.ffn.down": Q8BlockLinear})
        kept = build_for_checkpoint(checkpoint, blocks, {}, "cpu", torch.float32).eval()
        dense = build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()
    finally:
        checkpoint.source.close()
    expert = kept.layers[1].ffn.experts[3].down
    assert isinstance(expert, Q8BlockLinear) and expert.stored_types == ["Q8_0"]
    with torch.no_grad():
        expected = dense(ids)
        assert_reordered_close(kept(ids), expected, model_reduction_length(dense.spec.dims, keys=PROMPT_LENGTH))


def test_q4_0_stacked_experts_run_on_the_gguf_linear(tmp_path: Path) -> None:
    """The gguf linear decodes each expert's Q4_0 rows (its slice of ffn_*_exps) into 4-bit codes; its kernels
    take int8 (native) or bf16 (int4pack) activations, so logits follow the loader's dense dequantization closely,
    not exactly: the greedy token agrees except at near ties."""
    hf = NO_WINDOW.build(seed=12)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "q4.gguf",
                          arch="llama", stacked=True, experts_as=GGMLQuantizationType.Q4_0)
    ids = torch.tensor([prompt_ids(PROMPT_LENGTH, seed=13)])
    checkpoint = open_checkpoint(path)
    try:
        blocks, _ = apply_overrides(checkpoint.spec, {"linear.ffn.up": "gguf", "linear.ffn.down": "gguf"})
        kept = build_for_checkpoint(checkpoint, blocks, {}, "cpu", torch.float32).eval()
        dense = build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()
    finally:
        checkpoint.source.close()
    assert {expert.gate.stored_type for layer in kept.layers for expert in layer.ffn.experts} == {"Q4_0"}
    with torch.no_grad():
        actual, expected = kept(ids)[0], dense(ids)[0]
    assert pcc(actual, expected) >= BF16_PCC
    # a near tie (top two within 2 % of the row's largest logit, about the error 8-bit activations leave after
    # two layers of this random model) may flip; every other position keeps its greedy token
    top_two = expected.topk(2, dim=-1).values
    decisive = top_two[:, 0] - top_two[:, 1] > 0.02 * expected.abs().amax(-1)
    assert torch.equal(actual.argmax(-1)[decisive], expected.argmax(-1)[decisive])


@pytest.mark.parametrize("stacked", [False, True], ids=["moe", "stacked-expert-moe"])
def test_building_for_ttnn_names_the_expert_module_it_lacks(stacked: bool, tmp_path: Path) -> None:
    hf = NO_WINDOW.build(seed=9)
    path = write_moe_gguf(save_checkpoint(hf, tmp_path / "hf", with_tokenizer=False), tmp_path / "mixtral.gguf",
                          arch="llama", stacked=stacked)
    checkpoint = open_checkpoint(path)
    checkpoint.source.close()
    with pytest.raises(DeviceCoverageError) as raised:
        build_model(checkpoint.spec, device="ttnn")
    module = "stacked-expert-moe" if stacked else "moe"
    assert f"no implementation of {module!r} runs on ttnn" in str(raised.value)
    assert [p.path for p in raised.value.problems if p.uncovered_device] == ["ffn.module"]  # type: ignore[attr-defined]  # SpecProblems
