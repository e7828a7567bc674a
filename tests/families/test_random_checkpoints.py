"""Tiny random checkpoints beyond what ``check_family`` covers: sampling settings, the tokenizer path, windows that
matter, sharded files, older config forms, lower-level loading, refused checkpoints.

Logits, greedy tokens and cached decode of every family's parity configs are checked by
tests/testing/test_check_family.py through ``tttv2.testing.check_family``.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
import torch
from torch import Tensor
from transformers import Gemma3Config, Gemma3ForConditionalGeneration, PreTrainedModel

from tttv2.errors import UnsupportedArchitectureError
from tttv2.generation import SamplingSettings, generate_ids
from tttv2.loading import apply_overrides, build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.pretrained import PretrainedModel, load_pretrained

from .tiny_checkpoints import COMMON, FAMILIES, TinyFamily, prompt_ids, save_checkpoint

ATOL, RTOL = 1e-4, 1e-4  # fp32 both sides, logits up to ~10; seen <= 5e-6 (llama3/yarn frequencies round differently)
MIN_PCC = 0.9999
NEW_TOKENS = 12  # past every sliding window below, so generation wraps the ring caches
PROMPT_LENGTH = 11  # odd, and longer than every sliding window


@attrs.frozen
class Loaded:
    hf: PreTrainedModel
    ours: PretrainedModel


@pytest.fixture(scope="module", params=list(FAMILIES), ids=list(FAMILIES))
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    family: TinyFamily = FAMILIES[request.param]
    hf = family.build(seed=0)
    directory = save_checkpoint(hf, tmp_path_factory.mktemp(request.param))
    return Loaded(hf=hf, ours=load_pretrained(str(directory)))


def pcc(a: Tensor, b: Tensor) -> float:
    return float(torch.corrcoef(torch.stack((a.flatten().double(), b.flatten().double())))[0, 1])


def assert_same_logits(ours: DecoderModel, hf: PreTrainedModel, ids: list[int]) -> None:
    tokens = torch.tensor([ids])
    with torch.no_grad():
        expected = hf(tokens).logits[0]
        actual = ours(tokens)[0]
    assert pcc(actual[-1], expected[-1]) >= MIN_PCC
    assert int(actual[-1].argmax()) == int(expected[-1].argmax())
    torch.testing.assert_close(actual, expected, atol=ATOL, rtol=RTOL)


def hf_greedy(hf: PreTrainedModel, ids: list[int], new_tokens: int) -> list[int]:
    with torch.no_grad():
        out = hf.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=new_tokens,
                          eos_token_id=None, pad_token_id=0)
    return [int(t) for t in out[0, len(ids):]]


def our_greedy(model: DecoderModel, ids: list[int], new_tokens: int) -> list[int]:
    return [int(t[0]) for t in generate_ids(model, [ids], max_new_tokens=new_tokens, settings=SamplingSettings())]


def test_repetition_penalty_matches_transformers(loaded: Loaded) -> None:
    ids = prompt_ids(PROMPT_LENGTH, seed=3)
    with torch.no_grad():
        out = loaded.hf.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=NEW_TOKENS, eos_token_id=None,
                                 pad_token_id=0, repetition_penalty=1.5)
    steps = generate_ids(loaded.ours.model, [ids], max_new_tokens=NEW_TOKENS,
                         settings=SamplingSettings(repetition_penalty=1.5))
    assert [int(t[0]) for t in steps] == [int(t) for t in out[0, len(ids):]]


def test_text_generation_matches_transformers_through_the_tokenizer(loaded: Loaded) -> None:
    tokenizer = loaded.ours.tokenizer  # AutoTokenizer's choice: qwen2 directories get Qwen2Tokenizer, for one
    prompt = "Hello, tiny model"
    ids = loaded.ours.encode(prompt)
    assert ids == tokenizer(prompt)["input_ids"]
    expected = hf_greedy(loaded.hf, ids, 8)
    eos = tokenizer.eos_token_id
    expected = expected[:expected.index(eos)] if eos in expected else expected
    assert loaded.ours.generate(prompt, max_new_tokens=8) == tokenizer.decode(expected, skip_special_tokens=True)


WINDOWED = {"mistral-window-5": (5, 5, 5), "gemma3-text": (4, None, 4, 4), "gemma3-final-softcap": (3, 3, None)}


@pytest.mark.parametrize("name", list(WINDOWED))
def test_sliding_windows_are_read_per_layer_and_matter(name: str, tmp_path: Path) -> None:
    hf = FAMILIES[name].build(seed=3)
    checkpoint = open_checkpoint(save_checkpoint(hf, tmp_path, with_tokenizer=False))
    spec, factories = apply_overrides(checkpoint.spec, None)
    model = build_for_checkpoint(checkpoint, spec, factories, "cpu", torch.float32).eval()
    assert model.windows() == WINDOWED[name]
    ids = prompt_ids(PROMPT_LENGTH, seed=4)
    assert_same_logits(model, hf, ids)
    # the same weights without any window: the last position must change, or this test could not fail
    base = spec.modules["attention_layer"]
    assert base is not None
    unwindowed = attrs.evolve(spec, modules={**spec.modules, "attention_layer": attrs.evolve(
        base, config={k: v for k, v in base.config.items() if k != "window"})}, layers=())
    plain = build_for_checkpoint(checkpoint, unwindowed, factories, "cpu", torch.float32).eval()
    with torch.no_grad():
        assert not torch.allclose(plain(torch.tensor([ids]))[0, -1], model(torch.tensor([ids]))[0, -1], atol=1e-3)


def test_sharded_checkpoint_with_index_loads_the_same(tmp_path: Path) -> None:
    hf = FAMILIES["qwen3"].build(seed=5)
    directory = save_checkpoint(hf, tmp_path, max_shard_size="40KB")
    shards = sorted(p.name for p in directory.glob("*.safetensors"))
    assert len(shards) > 2 and (directory / "model.safetensors.index.json").exists()
    ours = load_pretrained(str(directory))
    assert_same_logits(ours.model, hf, prompt_ids(PROMPT_LENGTH, seed=6))
    assert our_greedy(ours.model, prompt_ids(7, seed=7), 8) == hf_greedy(hf, prompt_ids(7, seed=7), 8)


def _rewrite_config(directory: Path, change: dict[str, object], drop: tuple[str, ...]) -> None:
    path = directory / "config.json"
    config = json.loads(path.read_text())
    for key in drop:
        config.pop(key, None)
    path.write_text(json.dumps({**config, **change}))


def test_transformers_4_rope_scaling_form_reads_like_rope_parameters(tmp_path: Path) -> None:
    hf = FAMILIES["llama-llama3-rope"].build(seed=8)
    new_style = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = save_checkpoint(hf, tmp_path / "old", with_tokenizer=False)
    _rewrite_config(old_directory, {"rope_theta": 500000.0, "rope_scaling": {
        "type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
        "original_max_position_embeddings": 32}}, drop=("rope_parameters",))
    old = open_checkpoint(old_directory)
    assert old.spec == new_style
    model = build_for_checkpoint(old, old.spec, {}, "cpu", torch.float32).eval()
    assert_same_logits(model, hf, prompt_ids(PROMPT_LENGTH, seed=9))


def test_gemma3_transformers_4_local_base_frequency_form(tmp_path: Path) -> None:
    hf = FAMILIES["gemma3-final-softcap"].build(seed=10)  # default rope on both layer types
    new_style = open_checkpoint(save_checkpoint(hf, tmp_path / "new", with_tokenizer=False)).spec
    old_directory = save_checkpoint(hf, tmp_path / "old", with_tokenizer=False)
    _rewrite_config(old_directory, {"rope_theta": 1000000.0, "rope_local_base_freq": 10000.0, "rope_scaling": None},
                    drop=("rope_parameters",))
    old = open_checkpoint(old_directory)
    # dims.rope_theta is not compared: no single theta exists in the nested form, and no Gemma module reads it
    assert (old.spec.modules, old.spec.layers) == (new_style.modules, new_style.layers)
    model = build_for_checkpoint(old, old.spec, {}, "cpu", torch.float32).eval()
    assert_same_logits(model, hf, prompt_ids(PROMPT_LENGTH, seed=11))


def test_a_directory_without_tokenizer_loads_through_the_lower_level_api(tmp_path: Path) -> None:
    hf = FAMILIES["llama"].build(seed=12)
    directory = save_checkpoint(hf, tmp_path, with_tokenizer=False)
    checkpoint = open_checkpoint(directory)
    spec, factories = apply_overrides(checkpoint.spec, None)
    model = build_for_checkpoint(checkpoint, spec, factories, "cpu", torch.float32).eval()
    assert_same_logits(model, hf, prompt_ids(PROMPT_LENGTH, seed=13))
    assert load_pretrained(str(directory)).tokenizer is None  # no tokenizer files: it loads without one


def test_gemma3_multimodal_checkpoint_is_refused_naming_supported_types(tmp_path: Path) -> None:
    torch.manual_seed(20)
    text = {**COMMON, "vocab_size": 300, "head_dim": 16, "num_hidden_layers": 2, "sliding_window": 4,
            "layer_types": ["sliding_attention", "full_attention"]}
    vision = {"hidden_size": 32, "intermediate_size": 48, "num_hidden_layers": 1, "num_attention_heads": 2,
              "image_size": 28, "patch_size": 14}
    config = Gemma3Config(text_config=text, vision_config=vision, mm_tokens_per_image=4, image_token_index=299,
                          boi_token_index=297, eoi_token_index=298)
    hf = Gemma3ForConditionalGeneration(config).eval()
    with pytest.raises(UnsupportedArchitectureError, match=r"'gemma3'.*supported: .*gemma3_text"):
        load_pretrained(str(save_checkpoint(hf, tmp_path)))
