"""Granite beyond check_family: GGUF files written with llama.cpp's own names (and Q/K row order) match transformers,
each multiplier changes the logits, older config forms, refused configs (safetensors parity:
tests/testing/test_check_family.py; TTNN: tests/ttnn/test_granite.py)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from transformers import PreTrainedModel

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.families import GraniteFamily
from tttv2.families.base import ParityConfig
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.spec import ModelSpec
from tttv2.testing.tiny_checkpoints import prompt_ids, save_checkpoint, tiny_model

from .llamacpp_gguf import GGUFLayout, check_against_transformers, write_gguf_from_hf

CONFIGS = {config.name: config for config in GraniteFamily.parity_configs}
BASE = CONFIGS["granite"]
CHANGED = 1e-2  # a multiplier set to 1 moves some last-position logit by more than this (100x the parity ATOL)


def _build(config: ParityConfig, seed: int = 0) -> PreTrainedModel:
    return tiny_model(config, "granite", seed)


@pytest.mark.parametrize("name", list(CONFIGS))
def test_gguf_checkpoint_matches_transformers(name: str, tmp_path: Path) -> None:
    hf = _build(CONFIGS[name])
    options = CONFIGS[name].options
    layout = GGUFLayout("granite", permute_rotary_rows=True, metadata={  # llama.cpp converts Granite as Llama
        "embedding_scale": options["embedding_multiplier"], "residual_scale": options["residual_multiplier"],
        "attention.scale": options["attention_multiplier"], "logit_scale": options["logits_scaling"]})
    checkpoint = open_checkpoint(Path(write_gguf_from_hf(hf, str(tmp_path / "granite.gguf"), layout)))
    check_against_transformers(build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval(), hf)


MULTIPLIERS = {"embedding": "multiplier", "block": "residual_multiplier", "attention_layer": "query_scale",
               "head": "logits_scaling"}


def _neutral(spec: ModelSpec, slot: str) -> ModelSpec:
    """The same spec with one slot's multiplier set to 1, what plain Llama computes (query_scale 1: 1/sqrt(head_dim))."""
    ref = spec.modules[slot]
    assert ref is not None
    return attrs.evolve(spec, modules={**spec.modules, slot: attrs.evolve(
        ref, config={**ref.config, MULTIPLIERS[slot]: 1.0})})


@pytest.mark.parametrize("slot", list(MULTIPLIERS))
def test_every_multiplier_changes_the_logits(slot: str, tmp_path: Path) -> None:
    checkpoint = open_checkpoint(save_checkpoint(_build(BASE, seed=5), tmp_path, with_tokenizer=False))
    full = build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()
    other = build_for_checkpoint(checkpoint, _neutral(checkpoint.spec, slot), {}, "cpu", torch.float32).eval()
    ids = torch.tensor([prompt_ids(11, seed=6)])
    with torch.no_grad():
        assert not torch.allclose(other(ids)[0, -1], full(ids)[0, -1], atol=CHANGED)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> None:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))


def test_transformers_4_rope_form_reads_the_same(tmp_path: Path) -> None:
    hf = _build(BASE, seed=7)
    new = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = save_checkpoint(hf, tmp_path / "old", with_tokenizer=False)
    _rewrite_config(old_directory, {"rope_theta": 10000.0, "rope_scaling": None}, drop=("rope_parameters",))
    assert open_checkpoint(old_directory).spec == new


@pytest.mark.parametrize(("change", "error", "message"), [
    ({"hidden_act": "gelu"}, UnsupportedArchitectureError, r"hidden_act: Granite with 'gelu' is not supported"),
    ({"logits_scaling": 0}, CheckpointError, r"logits_scaling: must be a finite number above 0, got 0"),
    ({"residual_multiplier": "0.2"}, CheckpointError, r"residual_multiplier: expected a number, got '0.2'"),
])
def test_bad_configs_are_refused_naming_the_key(change: dict[str, object], error: type[Exception], message: str,
                                                tmp_path: Path) -> None:
    directory = save_checkpoint(_build(BASE, seed=8), tmp_path, with_tokenizer=False)
    _rewrite_config(directory, change)
    with pytest.raises(error, match=message):
        open_checkpoint(directory)
