"""Broken or unsupported checkpoints fail with errors that name the architecture or the tensor at fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file
from transformers import GPT2Config, GPT2LMHeadModel

from tttv2.errors import CheckpointError, UnsupportedArchitectureError
from tttv2.loading import open_checkpoint
from tttv2.pretrained import load_pretrained

from .tiny_checkpoints import FAMILIES, save_checkpoint

SUPPORTED_MODEL_TYPES = ("gemma3", "gemma3_text", "llama", "mistral", "qwen2", "qwen3")


def llama_checkpoint(directory: Path) -> Path:
    return save_checkpoint(FAMILIES["llama"].build(seed=0), directory)


def edit_tensors(directory: Path, *, drop: tuple[str, ...] = (),
                 replace: dict[str, torch.Tensor] | None = None) -> None:
    path = directory / "model.safetensors"
    tensors = load_file(path)
    for name in drop:
        del tensors[name]
    tensors.update(replace or {})
    save_file(tensors, path, metadata={"format": "pt"})


def test_unsupported_model_type_names_it_and_lists_the_supported_ones(tmp_path: Path) -> None:
    torch.manual_seed(0)
    GPT2LMHeadModel(GPT2Config(n_embd=32, n_layer=1, n_head=2, vocab_size=64)).save_pretrained(tmp_path)
    with pytest.raises(UnsupportedArchitectureError) as caught:
        load_pretrained(str(tmp_path))
    message = str(caught.value)
    assert "'gpt2'" in message
    for model_type in SUPPORTED_MODEL_TYPES:
        assert model_type in message


def test_unsupported_rope_type_is_named(tmp_path: Path) -> None:
    directory = llama_checkpoint(tmp_path)
    config = json.loads((directory / "config.json").read_text())
    config["rope_parameters"] = {"rope_type": "longrope", "rope_theta": 10000.0, "short_factor": [1.0] * 8,
                                 "long_factor": [1.0] * 8, "original_max_position_embeddings": 64}
    (directory / "config.json").write_text(json.dumps(config))
    with pytest.raises(UnsupportedArchitectureError, match="rope type 'longrope' is not supported"):
        load_pretrained(str(directory))


def test_missing_tensor_is_named_with_its_parameter(tmp_path: Path) -> None:
    directory = llama_checkpoint(tmp_path)
    edit_tensors(directory, drop=("model.layers.1.mlp.down_proj.weight",))
    with pytest.raises(CheckpointError, match=r"missing tensor 'model\.layers\.1\.mlp\.down_proj\.weight' "
                                              r"\(for parameter 'layers\.1\.ffn\.down\.weight'\)") as caught:
        load_pretrained(str(directory))
    assert caught.value.tensors == ("model.layers.1.mlp.down_proj.weight",)
    assert caught.value.path == directory


def test_wrong_shape_names_the_tensor_and_both_shapes(tmp_path: Path) -> None:
    directory = llama_checkpoint(tmp_path)
    edit_tensors(directory, replace={"model.layers.0.self_attn.k_proj.weight": torch.zeros(16, 64)})
    with pytest.raises(CheckpointError, match=r"tensor 'model\.layers\.0\.self_attn\.k_proj\.weight' has shape "
                                              r"\[16, 64\], but parameter 'layers\.0\.attention\.k_proj\.weight' "
                                              r"expects \[32, 64\]"):
        load_pretrained(str(directory))


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    directory = llama_checkpoint(tmp_path)
    edit_tensors(directory, drop=("model.norm.weight",),
                 replace={"model.embed_tokens.weight": torch.zeros(100, 64)})
    with pytest.raises(CheckpointError) as caught:
        load_pretrained(str(directory))
    message = str(caught.value)
    assert "missing tensor 'model.norm.weight'" in message
    assert "tensor 'model.embed_tokens.weight' has shape [100, 64]" in message
    assert str(directory) in message


@pytest.mark.parametrize(("change", "expected"), [
    ({"hidden_size": None}, r"config\.json: the model config lacks 'hidden_size'"),
    ({"sliding_window": 4.5, "layer_types": ["sliding_attention"] * 2}, r"config\.json: .*whole number.*4\.5"),
])
def test_malformed_config_names_the_file(tmp_path: Path, change: dict[str, object], expected: str) -> None:
    config = {"model_type": "llama", "vocab_size": 32, "hidden_size": 16, "num_hidden_layers": 2,
              "num_attention_heads": 2, "intermediate_size": 32}
    config.update({k: v for k, v in change.items() if v is not None})
    for key in [k for k, v in change.items() if v is None]:
        del config[key]
    (tmp_path / "config.json").write_text(json.dumps(config))
    # tensors big enough for the stated sizes, so the config reader (not the size check) speaks
    save_file({"model.norm.weight": torch.ones(16), "model.embed_tokens.weight": torch.zeros(32, 16)},
              str(tmp_path / "model.safetensors"))
    with pytest.raises(CheckpointError, match=expected):
        open_checkpoint(tmp_path)
