"""Phi-3 beyond check_family's parity configs: llama.cpp-named GGUF, LongRoPE's switch, settings that matter, errors."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from safetensors.torch import load_file, save_file
from transformers import PreTrainedModel

from tttv2.errors import CheckpointError, DeviceCoverageError, UnsupportedArchitectureError
from tttv2.families.base import ParityConfig
from tttv2.families.phi3 import Phi3Family
from tttv2.generation import SamplingSettings, generate_ids
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.pretrained import load_pretrained
from tttv2.spec import ModuleRef

from .family_parity import (
    NEW_TOKENS,
    PROMPT_LENGTH,
    assert_cached_decode_matches_full_forward,
    assert_same_greedy_tokens,
    assert_same_logits,
    base_metadata,
    full_logits,
    hf_greedy,
    load,
    pcc,
    write_gguf,
)
from .tiny_checkpoints import TinyFamily, prompt_ids, save_checkpoint

CONFIGS = {config.name: config for config in Phi3Family.parity_configs}
INT8_MIN_PCC = 0.99  # int8 per output channel rounds each weight by up to 1/254 of its row's largest; seen 0.999
SHORT = [1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0]
LONG = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0]


def build(options: dict[str, object], seed: int = 0) -> PreTrainedModel:
    return TinyFamily("Phi3Config", "Phi3ForCausalLM", options).build(seed=seed)


def build_parity(config: ParityConfig, seed: int = 0) -> PreTrainedModel:
    return TinyFamily("Phi3Config", "Phi3ForCausalLM", config.options, config.initializer_range,
                      config.embedding_row_norm).build(seed=seed)


def hf_cached_greedy(hf: PreTrainedModel, ids: list[int], new_tokens: int) -> list[int]:
    """Greedy tokens from transformers' forward with its cache, one call per token (no generate() hooks)."""
    tokens: list[int] = []
    with torch.no_grad():
        out = hf(torch.tensor([ids]), use_cache=True)
        for _ in range(new_tokens):
            tokens.append(int(out.logits[0, -1].argmax()))
            out = hf(torch.tensor([tokens[-1:]]), cache=out.past_key_values, use_cache=True)
    return tokens


def test_generation_crossing_the_original_length_switches_factors_as_transformers_forward(tmp_path: Path) -> None:
    """An 11-token prompt under original_max_position_embeddings 16: short factors, then long from position 16.

    transformers' forward picks the factors per call, as ours; its generate() also recomputes the cache with
    the long factors at the crossing, which our loop does not: the two agree up to the crossing only.
    """
    hf = build({"original_max_position_embeddings": 16, "rope_parameters": {
        "rope_type": "longrope", "rope_theta": 10000.0, "short_factor": SHORT, "long_factor": LONG}}, seed=4)
    ours = load(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    ids = prompt_ids(PROMPT_LENGTH, seed=5)
    expected = hf_cached_greedy(hf, ids, NEW_TOKENS)
    assert len(set(expected)) > 2
    assert [int(t[0]) for t in generate_ids(ours, [ids], max_new_tokens=NEW_TOKENS,
                                            settings=SamplingSettings())] == expected
    crossing = 16 - PROMPT_LENGTH + 1  # tokens generated before the first one whose step runs at position 16
    assert hf_greedy(hf, ids, NEW_TOKENS)[:crossing] == expected[:crossing]


@pytest.mark.parametrize(("name", "position"), [
    ("phi3-longrope-long", ModuleRef(module="rope")),
    ("phi3-longrope-short", ModuleRef(module="rope")),
    ("phi3-longrope-long", "short factors"),
    ("phi3-longrope-long", "no attention factor"),
], ids=["long-vs-plain", "short-vs-plain", "long-vs-short", "attention-factor"])
def test_each_longrope_setting_changes_the_logits(name: str, position: ModuleRef | str, tmp_path: Path) -> None:
    hf = build_parity(CONFIGS[name], seed=6)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    spec = open_checkpoint(directory).spec
    rope = spec.modules["position"]
    assert rope is not None and rope.module == "rope-longrope"
    if position == "short factors":
        position = attrs.evolve(rope, config={**rope.config, "long_factor": rope.config["short_factor"]})
    elif position == "no attention factor":
        position = attrs.evolve(rope, config={**rope.config, "attention_factor": 1.0})
    assert isinstance(position, ModuleRef)
    changed = load(directory, attrs.evolve(spec, modules={**spec.modules, "position": position}))
    ids = prompt_ids(PROMPT_LENGTH, seed=7)
    assert not torch.allclose(full_logits(changed, ids)[-1], full_logits(hf, ids)[-1], atol=1e-3)


def test_the_window_changes_the_logits(tmp_path: Path) -> None:
    hf = build_parity(CONFIGS["phi3-window"], seed=8)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    spec = open_checkpoint(directory).spec
    attention = spec.modules["attention_layer"]
    assert attention is not None and attention.config == {"window": 5}
    unwindowed = attrs.evolve(spec, modules={**spec.modules, "attention_layer": attrs.evolve(attention, config={})})
    ids = prompt_ids(PROMPT_LENGTH, seed=9)
    assert not torch.allclose(full_logits(load(directory, unwindowed), ids)[-1], full_logits(hf, ids)[-1], atol=1e-3)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> Path:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))
    return directory


@pytest.mark.parametrize("old_type", ["longrope", "su", "yarn"])
def test_transformers_4_rope_scaling_form_reads_like_rope_parameters(old_type: str, tmp_path: Path) -> None:
    """Older configs: rope_scaling with ``type`` (``su`` and ``yarn`` mean LongRoPE to Phi-3), rope_theta beside it."""
    hf = build_parity(CONFIGS["phi3-longrope-long"], seed=10)
    new_style = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = _rewrite_config(save_checkpoint(hf, tmp_path / "old", with_tokenizer=False), {
        "rope_theta": 10000.0, "original_max_position_embeddings": 4,
        "rope_scaling": {"type": old_type, "short_factor": SHORT, "long_factor": LONG}}, drop=("rope_parameters",))
    old = open_checkpoint(old_directory)
    assert old.spec == new_style
    assert_same_logits(build_for_checkpoint(old, old.spec, {}, "cpu", torch.float32).eval(), hf,
                       prompt_ids(PROMPT_LENGTH, seed=11))


def test_original_length_outside_rope_parameters_wins_as_in_transformers(tmp_path: Path) -> None:
    hf = build_parity(CONFIGS["phi3-longrope-long"], seed=12)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    config = json.loads((directory / "config.json").read_text())
    assert config["original_max_position_embeddings"] == 4
    _rewrite_config(directory, {"rope_parameters": {**config["rope_parameters"],
                                                    "original_max_position_embeddings": 1000}})
    rope = open_checkpoint(directory).spec.modules["position"]
    assert rope is not None and rope.config["original_max_seq_len"] == 4


@pytest.mark.parametrize(("change", "error", "message"), [
    ({"partial_rotary_factor": 0.5}, CheckpointError,
     r"rope_parameters\.short_factor: expected a list of 4 numbers \(one per rotated pair"),
    ({"rope_type": "linear", "factor": 2.0}, UnsupportedArchitectureError,
     r"rope_parameters\.rope_type 'linear' is not supported for phi3 \(supported: default, longrope\)"),
    ({"short_factor": SHORT[:-1]}, CheckpointError, r"rope_parameters\.short_factor: expected a list of 8 numbers"),
    ({"long_factor": [*LONG[:-1], "x"]}, CheckpointError, r"rope_parameters\.long_factor: expected a number"),
], ids=["partial-rotary-factor-count", "rope-type", "short-length", "long-value"])
def test_unsupported_or_malformed_rope_settings_are_named(change: dict[str, object], error: type[Exception],
                                                          message: str, tmp_path: Path) -> None:
    hf = build_parity(CONFIGS["phi3-longrope-long"], seed=13)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    config = json.loads((directory / "config.json").read_text())
    _rewrite_config(directory, {"rope_parameters": {**config["rope_parameters"], **change}})
    with pytest.raises(error, match=message):
        open_checkpoint(directory)


def test_partial_rotary_with_default_rope_is_refused_by_name(tmp_path: Path) -> None:
    hf = build({"rope_parameters": {"rope_type": "default", "rope_theta": 10000.0}}, seed=22)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    config = json.loads((directory / "config.json").read_text())
    _rewrite_config(directory, {"rope_parameters": {**config["rope_parameters"], "partial_rotary_factor": 0.5}})
    with pytest.raises(UnsupportedArchitectureError, match=r"partial_rotary_factor 0\.5 with default rope .* not "
                                                           r"supported for phi3; only with longrope"):
        open_checkpoint(directory)


def test_another_activation_is_refused_by_name(tmp_path: Path) -> None:
    directory = _rewrite_config(save_checkpoint(build({}, seed=14), tmp_path, with_tokenizer=False),
                                {"hidden_act": "gelu"})
    with pytest.raises(UnsupportedArchitectureError, match=r"hidden_act 'gelu' is not supported for phi3"):
        open_checkpoint(directory)


def test_a_fused_tensor_the_config_contradicts_is_named(tmp_path: Path) -> None:
    directory = _rewrite_config(save_checkpoint(build({}, seed=15), tmp_path, with_tokenizer=False),
                                {"num_key_value_heads": 1})
    checkpoint = open_checkpoint(directory)
    with pytest.raises(CheckpointError, match=r"'layers\.0\.attention\.q_proj\.weight' is a slice of a fused tensor "
                                              r"of 96 rows .* but the checkpoint's has 128"):
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32)


def test_a_fused_tensor_of_the_wrong_width_is_named_with_the_slice_it_gives(tmp_path: Path) -> None:
    """One layer's qkv_proj one column short: the loader names it, its stored shape and the slice q_proj gets."""
    directory = save_checkpoint(build({}, seed=23), tmp_path, with_tokenizer=False)
    weights = load_file(directory / "model.safetensors")
    weights["model.layers.1.self_attn.qkv_proj.weight"] = weights["model.layers.1.self_attn.qkv_proj.weight"][:, :63].clone()
    save_file(weights, directory / "model.safetensors", metadata={"format": "pt"})
    checkpoint = open_checkpoint(directory)
    with pytest.raises(CheckpointError, match=r"tensor 'model\.layers\.1\.self_attn\.qkv_proj\.weight' has shape "
                                              r"\[128, 63\] \(converted for this parameter: \[64, 63\]\), but "
                                              r"parameter 'layers\.1\.attention\.q_proj\.weight' expects \[64, 64\]"):
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32)


def test_quantized_projections_take_their_slices_of_the_fused_tensors(tmp_path: Path) -> None:
    """int8 linears load through LoadsCheckpoint: each quantizes its own slice of qkv_proj and gate_up_proj."""
    hf = build_parity(CONFIGS["phi3-window"], seed=24)
    ours = load_pretrained(str(save_checkpoint(hf, tmp_path, with_tokenizer=False)), quantize="int8")
    ids = prompt_ids(PROMPT_LENGTH, seed=25)
    assert pcc(full_logits(ours.model, ids).float(), full_logits(hf, ids)) >= INT8_MIN_PCC


def gguf_tensors(hf: PreTrainedModel) -> dict[str, torch.Tensor]:
    """llama.cpp's phi3 names; q/k/v and gate/up stay fused, rows in HF's order (phi3 uses NeoX rotary)."""
    state = hf.state_dict()
    tensors = {"token_embd.weight": state["model.embed_tokens.weight"], "output_norm.weight": state["model.norm.weight"],
               "output.weight": state["lm_head.weight"]}
    for i in range(hf.config.num_hidden_layers):
        layer = f"model.layers.{i}."
        tensors |= {f"blk.{i}.attn_norm.weight": state[layer + "input_layernorm.weight"],
                    f"blk.{i}.attn_qkv.weight": state[layer + "self_attn.qkv_proj.weight"],
                    f"blk.{i}.attn_output.weight": state[layer + "self_attn.o_proj.weight"],
                    f"blk.{i}.ffn_norm.weight": state[layer + "post_attention_layernorm.weight"],
                    f"blk.{i}.ffn_up.weight": state[layer + "mlp.gate_up_proj.weight"],
                    f"blk.{i}.ffn_down.weight": state[layer + "mlp.down_proj.weight"]}
    return tensors


def gguf_metadata(hf: PreTrainedModel) -> dict[str, object]:
    return {**base_metadata("phi3", hf), "phi3.attention.layer_norm_rms_epsilon": hf.config.rms_norm_eps,
            "phi3.rope.dimension_count": hf.config.hidden_size // hf.config.num_attention_heads,
            "phi3.attention.sliding_window": hf.config.sliding_window}


def test_gguf_with_fused_weights_matches_transformers(tmp_path: Path) -> None:
    hf = build_parity(CONFIGS["phi3-window"], seed=16)
    path = write_gguf(tmp_path / "phi3.gguf", "phi3", gguf_metadata(hf), gguf_tensors(hf))
    ours = load(path)
    assert ours.windows() == (5, 5, 5)
    assert_same_logits(ours, hf, prompt_ids(PROMPT_LENGTH, seed=17))
    assert_same_greedy_tokens(ours, hf, prompt_ids(PROMPT_LENGTH, seed=18))
    assert_cached_decode_matches_full_forward(ours, prompt_ids(16, seed=19), prefix=9)


def test_gguf_with_longrope_factor_tensors_is_refused_in_words(tmp_path: Path) -> None:
    hf = build_parity(CONFIGS["phi3-window"], seed=20)
    factors = {"rope_factors_long.weight": torch.tensor(LONG), "rope_factors_short.weight": torch.tensor(SHORT)}
    path = write_gguf(tmp_path / "phi3.gguf", "phi3", gguf_metadata(hf), {**gguf_tensors(hf), **factors})
    with pytest.raises(UnsupportedArchitectureError, match=r"scales its rotary \(rope_factors_long/short tensors\): "
                                                           r"LongRoPE's factors, which llama\.cpp stores as tensors"):
        open_checkpoint(path)


def test_building_for_ttnn_names_longrope_as_uncovered(tmp_path: Path) -> None:
    checkpoint = open_checkpoint(save_checkpoint(build_parity(CONFIGS["phi3-longrope-long"], seed=21), tmp_path,
                                                 with_tokenizer=False))
    with pytest.raises(DeviceCoverageError, match=r"no implementation of 'rope-longrope' runs on ttnn"):
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "ttnn", torch.float32)
