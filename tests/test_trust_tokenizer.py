"""Checkpoint code never runs; checkpoints without tokenizer files load, and text methods say how to give one."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from tests.families.tiny_checkpoints import FAMILIES, char_tokenizer, prompt_ids, save_checkpoint
from tests.test_tokenizer import _write_gguf_tokenizer
from tttv2.errors import CheckpointError, GenerationError
from tttv2.pretrained import PretrainedModel, load_pretrained
from tttv2.tokenizer import find_tokenizer, load_tokenizer

EVIL_CLASS = "evil_code.EvilTokenizer"
NEW_TOKENS = 6


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tiny llama and mistral checkpoint each, saved once with and once without tokenizer files."""
    root = tmp_path_factory.mktemp("checkpoints")
    found: dict[str, Path] = {}
    for family in ("llama", "mistral-window-5"):
        model = FAMILIES[family].build()
        found[family] = save_checkpoint(model, root / family, with_tokenizer=True)
        found[f"{family}-bare"] = save_checkpoint(model, root / f"{family}-bare", with_tokenizer=False)
    return found


def copy_of(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def plant_code(directory: Path, config_name: str, auto_map: object, marker: Path) -> None:
    """Put a Python file that writes ``marker`` when imported beside ``config_name``, whose auto_map names it."""
    (directory / "evil_code.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('checkpoint code ran')\n"
        "from transformers import PreTrainedTokenizerFast, PretrainedConfig\n"
        "class EvilTokenizer(PreTrainedTokenizerFast):\n    pass\n"
        "class EvilConfig(PretrainedConfig):\n    model_type = 'llama'\n")
    file = directory / config_name
    config = json.loads(file.read_text()) if file.exists() else {}
    config["auto_map"] = auto_map
    file.write_text(json.dumps(config))


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdin answers "y" to any question, as `yes | ttt chat` would: transformers' prompt reads it through input()."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n" * 10))


# --- checkpoint code never runs ------------------------------------------------------------------


@pytest.mark.parametrize("auto_map", [{"AutoTokenizer": [EVIL_CLASS, None]}, [EVIL_CLASS, None]],
                         ids=["mapping", "legacy-list"])
def test_auto_map_in_tokenizer_config_is_refused_and_its_code_never_runs(
        saved: dict[str, Path], tmp_path: Path, auto_map: object, answer_yes: None,
        capsys: pytest.CaptureFixture[str]) -> None:
    checkpoint = copy_of(saved["llama"], tmp_path / "checkpoint")
    marker = tmp_path / "marker"
    plant_code(checkpoint, "tokenizer_config.json", auto_map, marker)
    with pytest.raises(CheckpointError, match="auto_map") as caught:
        load_pretrained(str(checkpoint))
    assert str(checkpoint / "tokenizer_config.json") in str(caught.value)
    assert EVIL_CLASS in str(caught.value)
    assert caught.value.path == checkpoint / "tokenizer_config.json"
    assert not marker.exists()
    assert "[y/N]" not in capsys.readouterr().out


def test_auto_map_in_config_json_is_refused(saved: dict[str, Path], tmp_path: Path, answer_yes: None) -> None:
    checkpoint = copy_of(saved["mistral-window-5"], tmp_path / "checkpoint")
    marker = tmp_path / "marker"
    plant_code(checkpoint, "config.json", {"AutoConfig": "evil_code.EvilConfig"}, marker)
    with pytest.raises(CheckpointError, match=r"config\.json: its auto_map .*evil_code\.EvilConfig"):
        load_pretrained(str(checkpoint))
    assert not marker.exists()


def test_tokenizer_transformers_would_ask_about_is_refused_without_asking(
        tmp_path: Path, answer_yes: None, capsys: pytest.CaptureFixture[str]) -> None:
    """No config.json and an unknown tokenizer_class: transformers asked "run custom code? [y/N]" and "y" ran it."""
    directory = tmp_path / "tokenizer"
    char_tokenizer().save_pretrained(directory)
    marker = tmp_path / "marker"
    plant_code(directory, "tokenizer_config.json", {"AutoTokenizer": [EVIL_CLASS, None]}, marker)
    config = json.loads((directory / "tokenizer_config.json").read_text())
    (directory / "tokenizer_config.json").write_text(json.dumps({**config, "tokenizer_class": "EvilTokenizer"}))
    with pytest.raises(CheckpointError, match=r"tokenizer_config\.json: its auto_map .*evil_code\.EvilTokenizer"):
        load_tokenizer(directory)
    assert not marker.exists()
    assert "[y/N]" not in capsys.readouterr().out


def test_auto_map_beside_a_gguf_file_is_refused(tmp_path: Path, answer_yes: None) -> None:
    """transformers reads a tokenizer_config.json lying next to the .gguf it converts."""
    gguf = _write_gguf_tokenizer(tmp_path / "model.gguf", add_bos=True)
    marker = tmp_path / "marker"
    plant_code(tmp_path, "tokenizer_config.json", {"AutoTokenizer": [EVIL_CLASS, None]}, marker)
    with pytest.raises(CheckpointError, match=r"tokenizer_config\.json: its auto_map"):
        load_tokenizer(gguf, cache_dir=tmp_path / "cache")
    assert not marker.exists()


def test_an_empty_auto_map_asks_for_nothing(saved: dict[str, Path], tmp_path: Path) -> None:
    checkpoint = copy_of(saved["llama"], tmp_path / "checkpoint")
    plant_code(checkpoint, "tokenizer_config.json", {}, tmp_path / "marker")
    assert load_tokenizer(checkpoint)("ab")["input_ids"] == char_tokenizer()("ab")["input_ids"]


# --- checkpoints without a tokenizer -----------------------------------------------------------


@pytest.mark.parametrize("family", ["llama", "mistral-window-5"])
def test_checkpoint_without_tokenizer_files_loads_and_generates_ids(saved: dict[str, Path], family: str) -> None:
    loaded = load_pretrained(str(saved[f"{family}-bare"]))
    assert loaded.tokenizer is None
    assert loaded.eos_ids == (2,)  # config.json / generation_config.json's eos_token_id
    reference = FAMILIES[family].build()  # the same seed: the weights that were saved
    ids = prompt_ids()
    with torch.no_grad():
        torch.testing.assert_close(loaded.model(torch.tensor([ids])), reference(torch.tensor([ids])).logits,
                                   atol=1e-4, rtol=1e-4)  # fp32, a different reduction order
    expected: list[int] = []
    with torch.no_grad():
        for _ in range(NEW_TOKENS):  # greedy by hand on transformers' full forward, no cache
            token = int(reference(torch.tensor([ids + expected])).logits[0, -1].argmax())
            if token == 2:
                break
            expected.append(token)
    assert loaded.generate_ids(ids, max_new_tokens=NEW_TOKENS) == expected
    assert loaded.last_stats.prompt_tokens == len(ids)


TEXT_CALLS: dict[str, Callable[[PretrainedModel], object]] = {
    "generate": lambda m: m.generate("Hello"),
    "stream": lambda m: m.stream("Hello"),
    "generate_batch": lambda m: m.generate_batch(["Hello", "Hi"]),
    "chat": lambda m: m.chat([{"role": "user", "content": "Hello"}]),
    "chat_prompt": lambda m: m.chat_prompt([{"role": "user", "content": "Hello"}]),
    "encode": lambda m: m.encode("Hello"),
}


@pytest.mark.parametrize("method", TEXT_CALLS)
def test_text_methods_say_the_checkpoint_has_no_tokenizer_and_how_to_give_one(saved: dict[str, Path],
                                                                               method: str) -> None:
    loaded = load_pretrained(str(saved["llama-bare"]))
    with pytest.raises(GenerationError, match=r"has no tokenizer.*load_pretrained\(\.\.\., tokenizer=") as caught:
        TEXT_CALLS[method](loaded)
    assert str(saved["llama-bare"]) in str(caught.value)


@pytest.mark.parametrize("given", ["path", "instance"])
def test_tokenizer_argument_gives_a_checkpoint_its_tokenizer(saved: dict[str, Path], tmp_path: Path,
                                                             given: str) -> None:
    tokenizer = char_tokenizer()
    tokenizer.save_pretrained(tmp_path / "tokenizer")
    loaded = load_pretrained(str(saved["llama-bare"]), tokenizer=tmp_path / "tokenizer" if given == "path" else tokenizer)
    with_own = load_pretrained(str(saved["llama"]))
    assert loaded.tokenizer is not None
    assert loaded.encode("Hello") == with_own.encode("Hello") == tokenizer("Hello")["input_ids"]
    assert loaded.generate("Hello", max_new_tokens=NEW_TOKENS) == with_own.generate("Hello", max_new_tokens=NEW_TOKENS)


def test_tokenizer_argument_of_the_wrong_type_is_named(saved: dict[str, Path]) -> None:
    with pytest.raises(GenerationError, match=r"tokenizer= takes .* got int"):
        load_pretrained(str(saved["llama-bare"]), tokenizer=42)  # type: ignore[arg-type]


def test_tokenizer_argument_without_tokenizer_files_is_an_error(saved: dict[str, Path]) -> None:
    with pytest.raises(CheckpointError, match="cannot build a tokenizer: no tokenizer files"):
        load_pretrained(str(saved["llama-bare"]), tokenizer=saved["llama-bare"])


def test_eos_ids_come_from_generation_config_first(saved: dict[str, Path], tmp_path: Path) -> None:
    free = load_pretrained(str(saved["llama-bare"])).generate_ids(prompt_ids(), max_new_tokens=NEW_TOKENS)
    checkpoint = copy_of(saved["llama-bare"], tmp_path / "checkpoint")
    generation_config = json.loads((checkpoint / "generation_config.json").read_text())
    generation_config["eos_token_id"] = [free[3], 127]
    (checkpoint / "generation_config.json").write_text(json.dumps(generation_config))
    loaded = load_pretrained(str(checkpoint))
    assert loaded.eos_ids == (free[3], 127)
    assert loaded.generate_ids(prompt_ids(), max_new_tokens=NEW_TOKENS) == free[:free.index(free[3])]


def test_a_malformed_eos_id_names_the_file(saved: dict[str, Path], tmp_path: Path) -> None:
    checkpoint = copy_of(saved["llama-bare"], tmp_path / "checkpoint")
    (checkpoint / "generation_config.json").write_text(json.dumps({"eos_token_id": "</s>"}))
    with pytest.raises(CheckpointError, match=r"generation_config\.json: eos_token_id must be a token id"):
        load_pretrained(str(checkpoint))


BROKEN: dict[str, tuple[str, str, str]] = {  # file written, its content, what follows the directory in the error
    "tokenizer.json not JSON": ("tokenizer.json", "{not json", "/tokenizer.json: "),
    "tokenizer.json truncated": ("tokenizer.json", '{"version": "1.0", "added_tokens": [', "/tokenizer.json: "),
    "tokenizer.json of the wrong shape": ("tokenizer.json", '{"version": "1.0", "truncation": null, "padding": null, '
                                          '"added_tokens": [], "normalizer": null, "pre_tokenizer": null, '
                                          '"post_processor": null, "decoder": null, "model": {"type": "Nope"}}',
                                          " (tokenizer files: tokenizer.json): "),
    "tokenizer_config.json not JSON": ("tokenizer_config.json", "[1, 2", "/tokenizer_config.json: "),
}


@pytest.mark.parametrize("case", BROKEN)
def test_tokenizer_files_present_but_broken_are_an_error_naming_the_file(saved: dict[str, Path], tmp_path: Path,
                                                                         case: str) -> None:
    name, content, named = BROKEN[case]
    checkpoint = copy_of(saved["llama-bare"], tmp_path / "checkpoint")
    (checkpoint / name).write_text(content)
    with pytest.raises(CheckpointError) as caught:
        load_pretrained(str(checkpoint))
    assert f"{checkpoint}{named}" in str(caught.value)


def test_a_gguf_without_a_vocabulary_has_no_tokenizer(tmp_path: Path) -> None:
    from gguf import GGUFWriter

    path = tmp_path / "weights-only.gguf"
    writer = GGUFWriter(path, arch="llama")
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", torch.zeros(4, 32).numpy())
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    assert find_tokenizer(path) is None
    with pytest.raises(CheckpointError, match=r"weights-only\.gguf: cannot build a tokenizer: no tokenizer\.ggml"):
        load_tokenizer(path)
