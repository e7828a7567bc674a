"""SmolLM3 beyond check_family's parity configs: llama.cpp-named GGUF, NoPE layers that matter, config forms, errors."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from transformers import PreTrainedModel

from tttv2.errors import CheckpointError, DeviceCoverageError
from tttv2.families.base import ParityConfig
from tttv2.families.smollm3 import SmolLM3Family
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.spec import LayerOverride, SlotPatch

from .family_parity import (
    PROMPT_LENGTH,
    assert_cached_decode_matches_full_forward,
    assert_same_greedy_tokens,
    assert_same_logits,
    base_metadata,
    full_logits,
    llama_cpp_permute,
    load,
    write_gguf,
)
from .tiny_checkpoints import TinyFamily, prompt_ids, save_checkpoint

CONFIGS = {config.name: config for config in SmolLM3Family.parity_configs}


def build(config: ParityConfig, seed: int = 0, **options: object) -> PreTrainedModel:
    return TinyFamily("SmolLM3Config", "SmolLM3ForCausalLM", {**config.options, **options}, config.initializer_range,
                      config.embedding_row_norm).build(seed=seed)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> Path:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))
    return directory


@pytest.mark.parametrize(("name", "without", "windows"), [
    ("smollm3-nope-default", "3", (None, None, None, None)),
    ("smollm3-nope-interval", "1", (None, None, None)),
    ("smollm3-nope-list-window", "0,2", (4, None, 4)),
])
def test_layers_without_rotary_are_read_and_matter(name: str, without: str, windows: tuple[int | None, ...],
                                                   tmp_path: Path) -> None:
    hf = build(CONFIGS[name], seed=4)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    spec = open_checkpoint(directory).spec
    nope = LayerOverride(select=without, slots={"position": SlotPatch(module="no-position")})
    assert nope in spec.layers
    assert load(directory).windows() == windows
    # the same weights with rotary on every layer: the logits must change, or this test could not fail
    everywhere = attrs.evolve(spec, layers=tuple(o for o in spec.layers if o != nope))
    ids = prompt_ids(PROMPT_LENGTH, seed=5)
    assert not torch.allclose(full_logits(load(directory, everywhere), ids)[-1], full_logits(hf, ids)[-1], atol=1e-3)


def test_the_window_changes_the_logits(tmp_path: Path) -> None:
    hf = build(CONFIGS["smollm3-nope-list-window"], seed=6)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    spec = open_checkpoint(directory).spec
    unwindowed = attrs.evolve(spec, layers=tuple(o for o in spec.layers if "attention_layer" not in o.slots))
    ids = prompt_ids(PROMPT_LENGTH, seed=7)
    assert not torch.allclose(full_logits(load(directory, unwindowed), ids)[-1], full_logits(hf, ids)[-1], atol=1e-3)


def test_older_config_forms_read_alike(tmp_path: Path) -> None:
    """Without the derived lists (no_rope_layers, layer_types) and without any rope setting (SmolLM3's 2e6 base)."""
    hf = build(CONFIGS["smollm3-nope-interval"], seed=8)
    assert hf.config.rope_parameters["rope_theta"] == 2000000.0  # SmolLM3Config's default base
    new_style = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = _rewrite_config(save_checkpoint(hf, tmp_path / "old", with_tokenizer=False), {},
                                    drop=("no_rope_layers", "layer_types", "rope_parameters", "rope_theta",
                                          "tie_word_embeddings"))
    old = open_checkpoint(old_directory)
    assert old.spec == new_style
    assert_same_logits(build_for_checkpoint(old, old.spec, {}, "cpu", torch.float32).eval(), hf,
                       prompt_ids(PROMPT_LENGTH, seed=9))


def test_a_sliding_window_without_use_sliding_window_is_not_applied(tmp_path: Path) -> None:
    hf = build(CONFIGS["smollm3-nope-interval"], seed=10, sliding_window=4)
    assert hf.config.layer_types == ["full_attention"] * 3
    ours = load(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    assert ours.windows() == (None, None, None)
    assert_same_logits(ours, hf, prompt_ids(PROMPT_LENGTH, seed=11))


@pytest.mark.parametrize(("change", "message"), [
    ({"no_rope_layers": [1, 0]}, r"no_rope_layers: has 2 entries, but num_hidden_layers is 3"),
    ({"no_rope_layers": [1, 2, 1]}, r"no_rope_layers: expected a list of 0 \(no rotary\) or 1 \(rotary\)"),
    ({"no_rope_layers": None, "no_rope_layer_interval": 0}, r"no_rope_layer_interval: must be at least 1, got 0"),
], ids=["length", "entry", "interval"])
def test_malformed_no_rope_settings_are_named(change: dict[str, object], message: str, tmp_path: Path) -> None:
    directory = _rewrite_config(save_checkpoint(build(CONFIGS["smollm3-nope-interval"], seed=12), tmp_path,
                                                with_tokenizer=False), change)
    with pytest.raises(CheckpointError, match=message):
        open_checkpoint(directory)


def gguf_tensors(hf: PreTrainedModel) -> dict[str, torch.Tensor]:
    """llama.cpp's names for a Llama-layout model; its converter permutes Q/K rows for its rotary (as Llama's)."""
    state, config = hf.state_dict(), hf.config
    tensors = {"token_embd.weight": state["model.embed_tokens.weight"], "output_norm.weight": state["model.norm.weight"]}
    names = {"input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm", "self_attn.q_proj": "attn_q",
             "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
             "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down"}
    for i in range(config.num_hidden_layers):
        for theirs, ours in names.items():
            tensor = state[f"model.layers.{i}.{theirs}.weight"]
            if ours in ("attn_q", "attn_k"):
                tensor = llama_cpp_permute(tensor, config.num_attention_heads if ours == "attn_q"
                                           else config.num_key_value_heads)
            tensors[f"blk.{i}.{ours}.weight"] = tensor
    return tensors


def test_gguf_matches_transformers_with_every_fourth_layer_without_rotary(tmp_path: Path) -> None:
    """llama.cpp hard-codes SmolLM3's interval (4, no GGUF key): four layers, the last without rotary."""
    hf = build(CONFIGS["smollm3-nope-default"], seed=13)
    assert hf.config.no_rope_layers == [1, 1, 1, 0]
    metadata = {**base_metadata("smollm3", hf), "smollm3.attention.layer_norm_rms_epsilon": hf.config.rms_norm_eps}
    ours = load(write_gguf(tmp_path / "smollm3.gguf", "smollm3", metadata, gguf_tensors(hf)))
    assert_same_logits(ours, hf, prompt_ids(PROMPT_LENGTH, seed=14))
    assert_same_greedy_tokens(ours, hf, prompt_ids(PROMPT_LENGTH, seed=15))
    assert_cached_decode_matches_full_forward(ours, prompt_ids(16, seed=16), prefix=5)


def test_building_for_ttnn_names_the_uncovered_no_position_layers(tmp_path: Path) -> None:
    checkpoint = open_checkpoint(save_checkpoint(build(CONFIGS["smollm3-nope-interval"], seed=17), tmp_path,
                                                 with_tokenizer=False))
    with pytest.raises(DeviceCoverageError, match=r"layers\[1\]\.position\.module: no implementation of "
                                                  r"'no-position' runs on ttnn"):
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "ttnn", torch.float32)
