"""StarCoder2 beyond check_family's parity configs: llama.cpp-named GGUF, features that matter, defaults, errors."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from transformers import PreTrainedModel

from tttv2.errors import DeviceCoverageError, UnsupportedArchitectureError
from tttv2.families.base import ParityConfig
from tttv2.families.starcoder2 import StarCoder2Family
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.spec import ModuleRef

from .family_parity import (
    ATOL,
    PROMPT_LENGTH,
    assert_cached_decode_matches_full_forward,
    assert_same_greedy_tokens,
    assert_same_logits,
    base_metadata,
    full_logits,
    load,
    write_gguf,
)
from .tiny_checkpoints import TinyFamily, prompt_ids, save_checkpoint

CONFIGS = {config.name: config for config in StarCoder2Family.parity_configs}


def build(config: ParityConfig, seed: int = 0, **options: object) -> PreTrainedModel:
    return TinyFamily("Starcoder2Config", "Starcoder2ForCausalLM", {**config.options, **options},
                      config.initializer_range, config.embedding_row_norm).build(seed=seed)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...] = ()) -> Path:
    path = directory / "config.json"
    config = {k: v for k, v in json.loads(path.read_text()).items() if k not in drop}
    path.write_text(json.dumps({**config, **change}))
    return directory


def _without(spec_ref: ModuleRef | None, key: str, value: object = None) -> ModuleRef:
    assert spec_ref is not None and key in spec_ref.config
    config = {k: v for k, v in spec_ref.config.items() if k != key}
    return attrs.evolve(spec_ref, config=config if value is None else {**config, key: value})


@pytest.mark.parametrize(("slot", "change", "moves"), [
    ("attention_layer", ("window", None), 1e-2),
    ("attention_layer", ("bias", False), 1e-2),
    ("ffn", ("approximate", "none"), ATOL),  # exact vs tanh GELU differ by < 1e-3: enough for the parity check
    ("norm", ("bias", False), 1e-2),
], ids=["window", "attention-bias", "exact-gelu", "norm-bias"])
def test_each_feature_changes_the_logits(slot: str, change: tuple[str, object], moves: float, tmp_path: Path) -> None:
    """The same weights with one feature off (its biases then have no parameter, so they are not loaded):
    the logits move by more than ``moves``, so the parity comparison would notice the feature missing."""
    hf = build(CONFIGS["starcoder2-window"], seed=4)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    spec = open_checkpoint(directory).spec
    changed = attrs.evolve(spec, modules={**spec.modules, slot: _without(spec.modules[slot], *change)})
    ids = prompt_ids(PROMPT_LENGTH, seed=5)
    assert float((full_logits(load(directory, changed), ids) - full_logits(hf, ids)).abs().max()) > moves


def test_transformers_4_rope_theta_form_reads_like_rope_parameters(tmp_path: Path) -> None:
    hf = build(CONFIGS["starcoder2-window"], seed=6)
    new_style = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = _rewrite_config(save_checkpoint(hf, tmp_path / "old", with_tokenizer=False),
                                    {"rope_theta": hf.config.rope_parameters["rope_theta"], "rope_scaling": None},
                                    drop=("rope_parameters",))
    assert open_checkpoint(old_directory).spec == new_style


def test_defaults_when_left_out_are_starcoder2s(tmp_path: Path) -> None:
    """Biases on, norm_epsilon 1e-5, tied head, tanh GELU: transformers' Starcoder2Config defaults."""
    hf = build(ParityConfig("defaults"), seed=7)
    directory = _rewrite_config(save_checkpoint(hf, tmp_path, with_tokenizer=False), {},
                                drop=("use_bias", "norm_epsilon", "tie_word_embeddings", "hidden_act"))
    spec = open_checkpoint(directory).spec
    assert spec.dims.eps == 1e-5
    assert spec.modules["head"] == ModuleRef(module="tied-head")
    assert spec.modules["ffn"] == ModuleRef(module="gelu-mlp", config={"bias": True, "approximate": "tanh"})
    assert_same_logits(load(directory), hf, prompt_ids(PROMPT_LENGTH, seed=8))


def test_another_activation_is_refused_by_name(tmp_path: Path) -> None:
    directory = _rewrite_config(save_checkpoint(build(ParityConfig("relu"), seed=9), tmp_path, with_tokenizer=False),
                                {"hidden_act": "relu"})
    with pytest.raises(UnsupportedArchitectureError, match=r"hidden_act 'relu' is not supported for starcoder2 "
                                                           r"\(supported: gelu_pytorch_tanh, "):
        open_checkpoint(directory)


def gguf_tensors(hf: PreTrainedModel) -> dict[str, torch.Tensor]:
    """llama.cpp's starcoder2 names, biases included; Q/K rows as in HF (starcoder2 uses NeoX rotary there)."""
    state = hf.state_dict()
    tensors = {"token_embd.weight": state["model.embed_tokens.weight"]}
    if "lm_head.weight" in state and not hf.config.tie_word_embeddings:
        tensors["output.weight"] = state["lm_head.weight"]
    names = {"model.norm": "output_norm"}
    for i in range(hf.config.num_hidden_layers):
        names |= {f"model.layers.{i}.{theirs}": f"blk.{i}.{ours}" for theirs, ours in {
            "input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm", "self_attn.q_proj": "attn_q",
            "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
            "mlp.c_fc": "ffn_up", "mlp.c_proj": "ffn_down"}.items()}
    for theirs, ours in names.items():
        for kind in ("weight", "bias"):
            if f"{theirs}.{kind}" in state:
                tensors[f"{ours}.{kind}"] = state[f"{theirs}.{kind}"]
    return tensors


@pytest.mark.parametrize("name", list(CONFIGS))
def test_gguf_matches_transformers(name: str, tmp_path: Path) -> None:
    hf = build(CONFIGS[name], seed=15)
    metadata = {**base_metadata("starcoder2", hf), "starcoder2.attention.layer_norm_epsilon": hf.config.norm_epsilon}
    if hf.config.sliding_window is not None:
        metadata["starcoder2.attention.sliding_window"] = hf.config.sliding_window
    ours = load(write_gguf(tmp_path / "starcoder2.gguf", "starcoder2", metadata, gguf_tensors(hf)))
    assert ours.windows() == (hf.config.sliding_window,) * 3
    assert_same_logits(ours, hf, prompt_ids(PROMPT_LENGTH, seed=11))
    assert_same_greedy_tokens(ours, hf, prompt_ids(PROMPT_LENGTH, seed=12))
    assert_cached_decode_matches_full_forward(ours, prompt_ids(16, seed=13), prefix=5)


def test_building_for_ttnn_names_the_uncovered_modules(tmp_path: Path) -> None:
    checkpoint = open_checkpoint(save_checkpoint(build(CONFIGS["starcoder2-window"], seed=14), tmp_path,
                                                 with_tokenizer=False))
    with pytest.raises(DeviceCoverageError) as raised:
        build_for_checkpoint(checkpoint, checkpoint.spec, {}, "ttnn", torch.float32)
    for module in ("layer-norm", "gelu-mlp"):
        assert f"no implementation of {module!r} runs on ttnn" in str(raised.value)
