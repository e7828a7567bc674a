"""Hostile or careless checkpoint configs fail fast, allocate nothing, and name the key and the file at fault."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Mapping
from pathlib import Path

import pytest
import torch

from tests.helpers.deadline import deadline
from tttv2.errors import CheckpointError
from tttv2.loading import Checkpoint, build_for_checkpoint, open_checkpoint
from tttv2.shipped import resolve_checkpoint

from .tiny_checkpoints import FAMILIES, save_checkpoint
from .tiny_gguf import MISSING, write_gguf

FAST_SECONDS = 10
"""Every refusal here takes well under a second; a hang (10**9 layers built) takes minutes."""


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3 layers, hidden 64, 4 heads of 16, 2 kv heads, intermediate 96, vocab 128; saved once per module."""
    directory = tmp_path_factory.mktemp("tiny-llama")
    return save_checkpoint(FAMILIES["llama"].build(seed=0), directory, with_tokenizer=False)


def edited(tiny: Path, target: Path, change: Mapping[str, object]) -> Path:
    """A copy of the tiny checkpoint whose config.json has ``change`` applied (MISSING removes a key)."""
    shutil.copytree(tiny, target)
    config = json.loads((target / "config.json").read_text())
    for key, value in change.items():
        if value is MISSING:
            config.pop(key, None)
        else:
            config[key] = value
    (target / "config.json").write_text(json.dumps(config))
    return target


def open_and_build(path: Path) -> None:
    checkpoint = open_checkpoint(path)
    try:
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32)
    finally:
        checkpoint.source.close()


def refused(path: Path, file: Path) -> str:
    """The message of the CheckpointError loading ``path`` raises fast; it starts with the file at fault."""
    started = time.monotonic()
    with deadline(FAST_SECONDS), pytest.raises(CheckpointError) as caught:
        open_and_build(path)
    assert time.monotonic() - started < FAST_SECONDS
    message = str(caught.value)
    assert message.startswith(str(file)), message
    return message


# --- sizes checked against the tensors before anything is built ---------------------------------------------


@pytest.mark.parametrize(("change", "expected"), [
    ({"num_hidden_layers": 10**9}, "num_hidden_layers is 1000000000, but the checkpoint holds only 30 tensors"),
    ({"hidden_size": 1e30}, "hidden_size is 1e+30, larger than any tensor dimension in the checkpoint (at most 128)"),
    ({"intermediate_size": 10**12}, "intermediate_size is 1000000000000, larger than any tensor dimension"),
    ({"vocab_size": 1000}, "vocab_size is 1000, larger than any tensor dimension"),
    ({"vocab_size": 64}, "vocab_size is 64, but the weights have 128: 'model.embed_tokens.weight' has shape [128, 64]"),
    ({"intermediate_size": 97},
     "intermediate_size is 97, but the weights have 96: 'model.layers.0.mlp.gate_proj.weight' has shape [96, 64]"),
    ({"hidden_size": 32}, "hidden_size is 32, but the weights have 64: 'model.embed_tokens.weight' has shape [128, 64]"),
    ({"num_hidden_layers": 2}, "num_hidden_layers is 2, but the checkpoint holds 3 layer(s) (0 to 2)"),
    ({"num_hidden_layers": 4}, "num_hidden_layers is 4, but the checkpoint holds 3 layer(s) (0 to 2)"),
    ({"num_key_value_heads": 4}, "num_key_value_heads * head_dim is 4 * 16 = 64, but the weights have 32: "
                                 "'model.layers.0.self_attn.k_proj.weight' has shape [32, 64]"),
    ({"head_dim": MISSING, "num_attention_heads": 8},
     "num_key_value_heads * (hidden_size / num_attention_heads) is 2 * 8 = 16, but the weights have 32: "
     "'model.layers.0.self_attn.k_proj.weight'"),
])
def test_a_size_the_weights_contradict_is_named_by_its_key(tiny_llama: Path, tmp_path: Path,
                                                           change: Mapping[str, object], expected: str) -> None:
    directory = edited(tiny_llama, tmp_path / "ckpt", change)
    assert expected in refused(directory, directory / "config.json")


def test_one_bad_tensor_is_still_named_by_the_tensor_not_blamed_on_the_config(tiny_llama: Path,
                                                                             tmp_path: Path) -> None:
    """Where some tensors agree with the config, the odd one out is the culprit (the per-tensor check says so)."""
    from safetensors.torch import load_file, save_file

    directory = edited(tiny_llama, tmp_path / "ckpt", {})
    tensors = load_file(directory / "model.safetensors")
    tensors["model.layers.1.mlp.up_proj.weight"] = torch.zeros(80, 64)
    save_file(tensors, directory / "model.safetensors", metadata={"format": "pt"})
    message = refused(directory, directory)
    assert "tensor 'model.layers.1.mlp.up_proj.weight' has shape [80, 64]" in message
    assert "intermediate_size" not in message


# --- malformed values in config.json ---------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "expected"), [
    ({"hidden_size": 64.5}, "hidden_size: expected a whole number, got 64.5"),
    ({"hidden_size": "64"}, "hidden_size: expected a whole number, got '64' (a string)"),
    ({"hidden_size": True}, "hidden_size: expected a whole number, got true (a boolean)"),
    ({"num_hidden_layers": 3.5}, "num_hidden_layers: expected a whole number, got 3.5"),
    ({"vocab_size": -128}, "vocab_size: must be at least 1, got -128"),
    ({"rms_norm_eps": float("nan")}, "rms_norm_eps: must be a finite number above 0, got nan"),
    ({"rms_norm_eps": float("inf")}, "rms_norm_eps: must be a finite number above 0, got inf"),
    ({"rms_norm_eps": -1e-6}, "rms_norm_eps: must be a finite number above 0, got -1e-06"),
    ({"rms_norm_eps": "1e-6"}, "rms_norm_eps: expected a number, got '1e-6' (a string)"),
    ({"num_attention_heads": 0}, "num_attention_heads: must be at least 1, got 0"),
    ({"num_attention_heads": 0, "head_dim": MISSING}, "num_attention_heads: must be at least 1, got 0"),
    ({"num_key_value_heads": -2}, "num_key_value_heads: must be at least 1, got -2"),
    ({"num_key_value_heads": 3}, "num_attention_heads (4) is not a multiple of num_key_value_heads (3)"),
    ({"head_dim": MISSING, "hidden_size": 66, "num_attention_heads": 4},
     "hidden_size (66) is not divisible by num_attention_heads (4), and no head dimension is given"),
    ({"attention_bias": "false"}, "attention_bias: expected true or false, got 'false' (a string)"),
    ({"tie_word_embeddings": 0}, "tie_word_embeddings: expected true or false, got 0"),
    ({"max_position_embeddings": 0}, "max_position_embeddings: must be at least 1, got 0"),
    ({"rope_parameters": {"rope_type": "default", "rope_theta": float("nan")}},
     "rope_parameters.rope_theta: must be a finite number above 0, got nan"),
    ({"rope_parameters": {"rope_type": "linear", "rope_theta": 1e4, "factor": "2"}},
     "rope_parameters.factor: expected a number, got '2' (a string)"),
    ({"rope_parameters": {"rope_type": "linear", "rope_theta": 1e4}}, "the model config lacks 'rope_parameters.factor'"),
    ({"rope_parameters": MISSING, "rope_theta": -1.0}, "rope_theta: must be a finite number above 0, got -1.0"),
    ({"sliding_window": 4, "layer_types": ["sliding_attention"] * 2},
     "layer_types: has 2 entries, but num_hidden_layers is 3"),
    ({"sliding_window": 4, "layer_types": ["sliding", "full_attention", "full_attention"]},
     "layer_types: unknown entries 'sliding'; did you mean 'sliding_attention'?"),
    ({"sliding_window": 0, "layer_types": ["sliding_attention"] * 3}, "sliding_window: must be at least 1, got 0"),
])
def test_a_malformed_config_value_is_named_by_its_key(tiny_llama: Path, tmp_path: Path,
                                                      change: Mapping[str, object], expected: str) -> None:
    directory = edited(tiny_llama, tmp_path / "ckpt", change)
    assert expected in refused(directory, directory / "config.json")


def test_whole_numbers_written_as_floats_still_load(tiny_llama: Path, tmp_path: Path) -> None:
    directory = edited(tiny_llama, tmp_path / "ckpt", {"hidden_size": 64.0, "num_hidden_layers": 3.0})
    checkpoint = open_checkpoint(directory)
    assert (checkpoint.spec.dims.hidden_dim, checkpoint.spec.dims.num_layers) == (64, 3)
    checkpoint.source.close()


def test_gemma3_layer_pattern_is_not_expanded_for_a_huge_layer_count(tmp_path: Path) -> None:
    """Gemma 3 lists a type per layer; 10**9 layers must be refused before that list is made."""
    hf = FAMILIES["gemma3-final-softcap"].build(seed=0)
    directory = save_checkpoint(hf, tmp_path / "gemma", with_tokenizer=False)
    config = json.loads((directory / "config.json").read_text())
    del config["layer_types"]
    config["num_hidden_layers"] = 10**9
    (directory / "config.json").write_text(json.dumps(config))
    assert "num_hidden_layers is 1000000000" in refused(directory, directory / "config.json")


# --- GGUF metadata ---------------------------------------------------------------------------------------------

def test_the_tiny_gguf_file_loads(tmp_path: Path) -> None:
    """The file the GGUF tests below break is itself a valid checkpoint (or they could pass for another reason)."""
    open_and_build(write_gguf(tmp_path / "tiny.gguf"))


@pytest.mark.parametrize(("change", "expected"), [
    ({"llama.block_count": 10**9}, "llama.block_count is 1000000000, but the checkpoint holds only 21 tensors"),
    ({"llama.embedding_length": 10**15}, "llama.embedding_length is 1000000000000000, larger than any tensor"),
    ({"llama.block_count": 3}, "llama.block_count is 3, but the checkpoint holds 2 layer(s) (0 to 1)"),
    ({"llama.feed_forward_length": 80}, "llama.feed_forward_length is 80, but the weights have 96: "
                                        "'blk.0.ffn_gate.weight' has shape [96, 64]"),
    ({"llama.vocab_size": MISSING}, "the model config lacks 'llama.vocab_size' (and has no tokenizer.ggml.tokens"),
    ({"llama.block_count": MISSING}, "the model config lacks 'llama.block_count'"),
    ({"llama.embedding_length": MISSING}, "the model config lacks 'llama.embedding_length'"),
    ({"llama.attention.head_count": MISSING}, "the model config lacks 'llama.attention.head_count'"),
    ({"llama.feed_forward_length": MISSING}, "the model config lacks 'llama.feed_forward_length'"),
    ({"llama.embedding_length": 64.5}, "llama.embedding_length: expected a whole number, got 64.5"),
    ({"llama.block_count": "2"}, "llama.block_count: expected a whole number, got '2' (a string)"),
    ({"llama.attention.head_count": 0}, "llama.attention.head_count: must be at least 1, got 0"),
    ({"llama.attention.head_count_kv": 3},
     "llama.attention.head_count (4) is not a multiple of llama.attention.head_count_kv (3)"),
    ({"llama.attention.head_count": 5, "llama.attention.head_count_kv": 5},
     "llama.embedding_length (64) is not divisible by llama.attention.head_count (5)"),
    ({"llama.attention.layer_norm_rms_epsilon": float("nan")},
     "llama.attention.layer_norm_rms_epsilon: must be a finite number above 0, got nan"),
    ({"llama.rope.freq_base": -1.0}, "llama.rope.freq_base: must be a finite number above 0, got -1.0"),
    ({"llama.rope.scaling.type": "linear"}, "the model config lacks 'llama.rope.scaling.factor'"),
])
def test_bad_gguf_metadata_is_named_by_its_key(tmp_path: Path, change: Mapping[str, object], expected: str) -> None:
    path = write_gguf(tmp_path / "tiny.gguf", change)
    assert expected in refused(path, path)


def test_a_checkpoint_records_where_its_sizes_are_stated(tiny_llama: Path, tmp_path: Path) -> None:
    hf: Checkpoint = open_checkpoint(tiny_llama)
    gguf: Checkpoint = open_checkpoint(write_gguf(tmp_path / "tiny.gguf"))
    assert (hf.config_file, hf.size_keys["num_layers"]) == (tiny_llama / "config.json", "num_hidden_layers")
    assert (gguf.config_file, gguf.size_keys["num_layers"]) == (tmp_path / "tiny.gguf", "llama.block_count")
    hf.source.close()
    gguf.source.close()


@pytest.mark.parametrize(("model_type", "expected"), [
    ("lama", "HF model_type 'lama'; did you mean 'llama'?; supported: gemma2, gemma3_text, granite, llama"),
    ("", "HF model_type ''; supported: gemma2, gemma3_text, granite, llama"),
])
def test_an_unknown_model_type_suggests_the_closest(tiny_llama: Path, tmp_path: Path, model_type: str,
                                                    expected: str) -> None:
    directory = edited(tiny_llama, tmp_path / "ckpt", {"model_type": model_type})
    with pytest.raises(CheckpointError) as caught:
        open_checkpoint(directory)
    assert expected in str(caught.value)


@pytest.mark.parametrize("name", ["", "  ", "~no-such-user-tttv2/model.gguf", "x" * 5000, "a\0b"])
def test_an_odd_model_name_is_a_clear_error_not_a_traceback(name: str) -> None:
    """'' once meant the current directory; ~unknown-user, an over-long name or a NUL byte raised from the OS."""
    with pytest.raises(CheckpointError, match=r"^no model named .*\. Shipped models: "):
        resolve_checkpoint(name)


def test_a_name_close_to_a_shipped_one_is_suggested() -> None:
    with pytest.raises(CheckpointError, match=r"^no model named 'smollm2'; did you mean 'smollm2-135m'\? Shipped"):
        resolve_checkpoint("smollm2")


def test_an_auto_map_in_config_json_runs_nothing(tiny_llama: Path, tmp_path: Path) -> None:
    """Families read config.json as JSON: the checkpoint's own Python file is never imported."""
    directory = edited(tiny_llama, tmp_path / "ckpt", {"auto_map": {
        "AutoConfig": "evil.EvilConfig", "AutoModelForCausalLM": "evil.EvilModel"}})
    sentinel = tmp_path / "ran"
    (directory / "evil.py").write_text(f"open({str(sentinel)!r}, 'w').close()\nclass EvilConfig: ...\nclass EvilModel: ...\n")
    open_and_build(directory)
    assert not sentinel.exists()
