"""OLMo 2 beyond check_family: GGUF files written with llama.cpp's own names match transformers, older config forms,
refused configs and files, TTNN coverage (safetensors parity: tests/testing/test_check_family.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from transformers import PreTrainedModel

from tttv2 import build_model
from tttv2.errors import DeviceCoverageError, UnsupportedArchitectureError
from tttv2.families import OLMo2Family
from tttv2.families.base import ParityConfig
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.testing.tiny_checkpoints import save_checkpoint, tiny_model

from .llamacpp_gguf import GGUFLayout, check_against_transformers, write_gguf_from_hf

CONFIGS = {config.name: config for config in OLMo2Family.parity_configs}
BASE = CONFIGS["olmo2"]


def _build(config: ParityConfig, seed: int = 0) -> PreTrainedModel:
    return tiny_model(config, "olmo2", seed)


GGUF_ROPE = {"olmo2": {}, "olmo2-tied-bias-yarn": {
    "rope.scaling.type": "yarn", "rope.scaling.factor": 4.0, "rope.scaling.original_context_length": 32}}


@pytest.mark.parametrize("name", list(CONFIGS))
def test_gguf_checkpoint_matches_transformers(name: str, tmp_path: Path) -> None:
    hf = _build(CONFIGS[name])
    layout = GGUFLayout("olmo2", metadata=GGUF_ROPE[name])  # llama.cpp does not permute OLMo 2's Q/K rows
    path = Path(write_gguf_from_hf(hf, str(tmp_path / "olmo2.gguf"), layout))
    checkpoint = open_checkpoint(path)
    check_against_transformers(build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval(), hf)


def test_gguf_with_sliding_window_layers_is_refused(tmp_path: Path) -> None:
    layout = GGUFLayout("olmo2", metadata={"attention.sliding_window": 4})
    path = Path(write_gguf_from_hf(_build(BASE, seed=1), str(tmp_path / "olmo3.gguf"), layout))
    with pytest.raises(UnsupportedArchitectureError, match=r"olmo2\.attention\.sliding_window: .*not supported"):
        open_checkpoint(path)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> None:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))


def test_transformers_4_rope_form_reads_the_same(tmp_path: Path) -> None:
    hf = _build(CONFIGS["olmo2-tied-bias-yarn"], seed=2)
    new = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = save_checkpoint(hf, tmp_path / "old", with_tokenizer=False)
    _rewrite_config(old_directory, {"rope_theta": 10000.0, "rope_scaling": {
        "type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32}}, drop=("rope_parameters",))
    assert open_checkpoint(old_directory).spec == new


def test_unsupported_activation_is_refused_naming_the_key(tmp_path: Path) -> None:
    directory = save_checkpoint(_build(BASE, seed=3), tmp_path, with_tokenizer=False)
    _rewrite_config(directory, {"hidden_act": "gelu"})
    with pytest.raises(UnsupportedArchitectureError, match=r"hidden_act: OLMo 2 with 'gelu' is not supported"):
        open_checkpoint(directory)


def test_building_for_ttnn_names_the_new_modules(tmp_path: Path) -> None:
    spec = open_checkpoint(save_checkpoint(_build(BASE, seed=4), tmp_path, with_tokenizer=False)).spec
    with pytest.raises(DeviceCoverageError) as raised:  # raised before any device is opened
        build_model(spec, device="ttnn")
    message = str(raised.value)
    assert "attention_layer.module: no implementation of 'projection-qk-norm-attention' runs on ttnn" in message
    assert "block.module: no implementation of 'post-norm-block' runs on ttnn" in message
