"""Gemma 2 beyond check_family: a GGUF written with llama.cpp's own names matches transformers, each feature changes
the logits, older config forms, refused configs, TTNN coverage (safetensors parity: tests/testing/test_check_family.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import attrs
import pytest
import torch
from transformers import PreTrainedModel

from tttv2 import build_model
from tttv2.errors import DeviceCoverageError, UnsupportedArchitectureError
from tttv2.families import Gemma2Family
from tttv2.families.base import ParityConfig
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.spec import ModelSpec, ModuleRef
from tttv2.testing.tiny_checkpoints import prompt_ids, save_checkpoint, tiny_model

from .llamacpp_gguf import GGUFLayout, check_against_transformers, write_gguf_from_hf

CONFIGS = {config.name: config for config in Gemma2Family.parity_configs}
BASE = CONFIGS["gemma2"]
CHANGED = 1e-2  # a feature switched off moves some last-position logit by more than this (100x the parity ATOL)


def _build(config: ParityConfig, seed: int = 0) -> PreTrainedModel:
    return tiny_model(config, "gemma2", seed)


def _load(directory: Path) -> DecoderModel:
    checkpoint = open_checkpoint(directory)
    return build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()


def test_gguf_checkpoint_matches_transformers(tmp_path: Path) -> None:
    hf = _build(BASE)  # query_pre_attn_scalar = head_dim: GGUF has no key for it (llama.cpp's rule below 27B)
    layout = GGUFLayout("gemma2", norm_offset=1.0, metadata={
        "attention.sliding_window": 4, "attn_logit_softcapping": 2.0, "final_logit_softcapping": 0.5})
    path = write_gguf_from_hf(hf, str(tmp_path / "gemma2.gguf"), layout)
    model = _load(Path(path))
    assert model.windows() == (4, None, 4)
    check_against_transformers(model, hf)


def test_gguf_query_scale_follows_llama_cpp_for_27b() -> None:
    metadata = {"general.architecture": "gemma2", "gemma2.vocab_size": 128, "gemma2.embedding_length": 4608,
                "gemma2.block_count": 46, "gemma2.attention.head_count": 32, "gemma2.attention.head_count_kv": 16,
                "gemma2.attention.key_length": 128, "gemma2.feed_forward_length": 36864}
    spec = Gemma2Family().spec_from_gguf(metadata, ["token_embd.weight"])
    attention = spec.modules["attention_layer"]
    assert attention is not None
    assert attention.config["query_scale"] == pytest.approx(math.sqrt(128) / math.sqrt(4608 / 32))
    assert Gemma2Family().spec_from_gguf({**metadata, "gemma2.block_count": 26}, []).modules[
        "attention_layer"] == attrs.evolve(attention, config={**attention.config, "query_scale": 1.0})


def _without(spec: ModelSpec, feature: str) -> ModelSpec:
    """The same spec with one Gemma 2 feature switched off."""
    modules = dict(spec.modules)
    attention = modules["attention_layer"]
    head = modules["head"]
    assert attention is not None and head is not None
    if feature == "attention soft-cap":
        modules["attention"] = ModuleRef(module="eager-attention")
    elif feature == "final soft-cap":
        modules["head"] = ModuleRef(module=head.module)
    elif feature == "query scale":
        modules["attention_layer"] = attrs.evolve(attention, config={**attention.config, "query_scale": 1.0})
    elif feature == "sliding windows":
        return attrs.evolve(spec, layers=())
    elif feature == "sandwich norms":
        modules["block"] = ModuleRef(module="pre-norm-block")
    return attrs.evolve(spec, modules=modules)


@pytest.mark.parametrize("feature", ["attention soft-cap", "final soft-cap", "query scale", "sliding windows",
                                     "sandwich norms"])
def test_every_feature_changes_the_logits(feature: str, tmp_path: Path) -> None:
    hf = _build(CONFIGS["gemma2-untied-bias-global-first"] if feature == "query scale" else BASE, seed=3)
    checkpoint = open_checkpoint(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    full = build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()
    spec = _without(checkpoint.spec, feature)
    ids = torch.tensor([prompt_ids(11, seed=4)])
    with torch.no_grad():
        if feature == "sandwich norms":  # a pre-norm block has no post norms to load: same weights, other wiring
            other = build_model(spec, "cpu").eval()
            other.load_state_dict({k: v for k, v in full.state_dict().items() if k in other.state_dict()})
        else:
            other = build_for_checkpoint(checkpoint, spec, {}, "cpu", torch.float32).eval()
        assert not torch.allclose(other(ids)[0, -1], full(ids)[0, -1], atol=CHANGED)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> None:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))


def test_transformers_4_config_forms_read_the_same(tmp_path: Path) -> None:
    hf = _build(BASE, seed=5)
    new = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = save_checkpoint(hf, tmp_path / "old", with_tokenizer=False)
    # rope_theta beside rope_scaling, no layer_types (Gemma 2 alternated sliding and global from layer 0)
    _rewrite_config(old_directory, {"rope_theta": 10000.0, "rope_scaling": None},
                    drop=("rope_parameters", "layer_types"))
    assert open_checkpoint(old_directory).spec == new


@pytest.mark.parametrize(("change", "message"), [
    ({"hidden_activation": "gelu"}, r"hidden_activation: Gemma 2 with 'gelu' is not supported"),
    ({"use_bidirectional_attention": True}, r"use_bidirectional_attention: .*not supported"),
])
def test_unsupported_configs_are_refused_naming_the_key(change: dict[str, object], message: str,
                                                        tmp_path: Path) -> None:
    directory = save_checkpoint(_build(BASE, seed=6), tmp_path, with_tokenizer=False)
    _rewrite_config(directory, change)
    with pytest.raises(UnsupportedArchitectureError, match=message):
        open_checkpoint(directory)


def test_building_for_ttnn_names_the_soft_capped_kernel(tmp_path: Path) -> None:
    spec = open_checkpoint(save_checkpoint(_build(BASE, seed=7), tmp_path, with_tokenizer=False)).spec
    with pytest.raises(DeviceCoverageError) as raised:  # raised before any device is opened
        build_model(spec, device="ttnn")
    assert "attention.module: no implementation of 'soft-capped-attention' runs on ttnn" in str(raised.value)
