"""Tokenizers for checkpoints: transformers' own, built offline from a .gguf file or a Hugging Face directory."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tttv2.errors import CheckpointError
from tttv2.weights.gguf import open_gguf

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "tokenizer.model", "tekken.json", "vocab.json",
                   "merges.txt", "vocab.txt", "spiece.model", "special_tokens_map.json", "added_tokens.json")
"""Files transformers builds a tokenizer from; a directory with none of them has no tokenizer."""

CODE_CONFIG_FILES = ("tokenizer_config.json", "config.json")
"""Files whose ``auto_map`` would make transformers import Python code shipped with the checkpoint."""


def default_cache_dir() -> Path:
    """Where converted GGUF tokenizers are kept: ``$XDG_CACHE_HOME/tttv2/tokenizers`` (``~/.cache`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tttv2" / "tokenizers"


def load_tokenizer(path: str | os.PathLike[str], cache_dir: Path | None = None) -> PreTrainedTokenizerBase:
    """The tokenizer of a .gguf file or a Hugging Face checkpoint directory, read from disk only.

    It behaves as transformers builds it: whether a BOS is prepended follows the checkpoint
    (a GGUF's `tokenizer.ggml.add_bos_token`), and `tokenizer.chat_template` is the
    checkpoint's own template, or None when it has none. Converting a GGUF vocabulary takes
    seconds, so the converted tokenizer is saved under ``cache_dir`` (keyed by the file's path,
    size, modification time and the transformers version) and reloaded from there next time.
    Code shipped with a checkpoint never runs (see :func:`refuse_custom_code`). Raises
    CheckpointError naming the path, also when the checkpoint has no tokenizer at all.
    """
    tokenizer = find_tokenizer(path, cache_dir)
    if tokenizer is None:
        source = Path(path)
        what = ("no tokenizer.ggml.* vocabulary in the file" if source.is_file()
                else f"no tokenizer files ({', '.join(TOKENIZER_FILES[:4])}, ...)")
        raise CheckpointError(f"{source}: cannot build a tokenizer: {what}", path=source)
    return tokenizer


def find_tokenizer(path: str | os.PathLike[str], cache_dir: Path | None = None) -> PreTrainedTokenizerBase | None:
    """:func:`load_tokenizer`, but None when the checkpoint has no tokenizer at all.

    "No tokenizer" is a directory holding none of TOKENIZER_FILES, or a .gguf without a
    ``tokenizer.ggml.model`` key (a random checkpoint, a fine-tune saved without one). Tokenizer
    files that are present but broken are still an error naming the file.
    """
    source = Path(path)
    if source.is_dir():
        refuse_custom_code(source, CODE_CONFIG_FILES)
        if not any((source / name).is_file() for name in TOKENIZER_FILES):
            return None
        return _from_pretrained(source, source, gguf_file=None)
    if not source.is_file():
        raise CheckpointError(f"{source}: no such file or directory (expected a .gguf file or a checkpoint directory)",
                              path=source)
    # Reading the header first turns a corrupt file into our error, not a struct traceback.
    with open_gguf(source) as gguf:
        has_vocabulary = "tokenizer.ggml.model" in gguf.metadata
    if not has_vocabulary:
        return None
    cached = (cache_dir or default_cache_dir()) / _cache_key(source)
    if (cached / "tokenizer_config.json").exists():
        return _load_converted(cached, source)
    # transformers also reads a tokenizer_config.json lying beside the .gguf file
    refuse_custom_code(source.parent, ("tokenizer_config.json",))
    tokenizer = _from_pretrained(source.parent, source, gguf_file=source.name)
    if not _save_atomically(tokenizer, cached):
        return tokenizer
    del tokenizer  # the same tokenizer, without the Python copies of its vocabulary
    return _load_converted(cached, source)


def refuse_custom_code(directory: Path, names: tuple[str, ...]) -> None:
    """Raise CheckpointError if one of the files ``names`` in ``directory`` has an ``auto_map`` naming a class.

    An ``auto_map`` asks transformers to import a Python file shipped with the checkpoint. tttv2
    never runs checkpoint code: we also pass ``trust_remote_code=False``, but transformers then
    quietly falls back to its own class for known architectures, and a checkpoint asking for
    code should be refused loudly, before transformers reads anything.
    """
    for name in names:
        file = directory / name
        if not file.is_file():
            continue
        classes = _class_references(_read_json_object(file).get("auto_map"))
        if classes:
            raise CheckpointError(
                f"{file}: its auto_map asks transformers to run code shipped with the checkpoint "
                f"({', '.join(classes)}); tttv2 never runs checkpoint code. Remove the auto_map entry if the "
                "architecture is one transformers ships, or build the tokenizer yourself and pass it with "
                "load_pretrained(..., tokenizer=...)", path=file)


def _class_references(auto_map: object) -> list[str]:
    """Every ``module.Class`` reference in an ``auto_map`` (a mapping of lists or strings, or a legacy list)."""
    if isinstance(auto_map, str):
        return [auto_map]
    if isinstance(auto_map, dict):
        return [ref for value in auto_map.values() for ref in _class_references(value)]
    if isinstance(auto_map, list):
        return [ref for value in auto_map for ref in _class_references(value)]
    return []


def _read_json_object(file: Path) -> dict[str, object]:
    try:
        loaded = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CheckpointError(f"{file}: cannot read the file: {exc.strerror}", path=file) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CheckpointError(f"{file}: not valid JSON: {exc}", path=file) from exc
    if not isinstance(loaded, dict):
        raise CheckpointError(f"{file}: expected a JSON object, got {type(loaded).__name__}", path=file)
    return loaded


def _from_pretrained(directory: Path, source: Path, gguf_file: str | None) -> PreTrainedTokenizerBase:
    from transformers import AutoTokenizer, PreTrainedTokenizerBase  # imported on use: it takes a second

    try:
        # local_files_only keeps transformers off the network for this call only; no global switch.
        # trust_remote_code=False: never import checkpoint code, and never ask on stdin whether to.
        tokenizer = AutoTokenizer.from_pretrained(str(directory), gguf_file=gguf_file, local_files_only=True,
                                                  trust_remote_code=False)
    except Exception as exc:  # tokenizers raises a bare Exception for a malformed tokenizer.json
        raise CheckpointError(f"{_culprit(directory, source, gguf_file)}: cannot build a tokenizer: {exc}",
                              path=source) from exc
    if not isinstance(tokenizer, PreTrainedTokenizerBase):
        raise CheckpointError(f"{source}: transformers returned {type(tokenizer).__name__}, not a tokenizer", path=source)
    return tokenizer


KEPT_CLASS_SETTINGS = ("padding_side", "truncation_side", "model_input_names")
"""What a tokenizer class that only builds its pipeline still sets: recorded in the cache for the generic class."""


def _load_converted(directory: Path, source: Path) -> PreTrainedTokenizerBase:
    """A converted GGUF tokenizer from the cache, as the class its ``tokenizer_config.json`` names.

    :func:`_record_for_reloading` names transformers' generic fast tokenizer where the converting class only
    builds its pipeline; that class loads directly, without ``AutoTokenizer``, whose class lookup imports every
    model's tokenizer module (0.3 s of each load).
    """
    from transformers import PreTrainedTokenizerFast

    if _read_json_object(directory / "tokenizer_config.json").get("tokenizer_class") != PreTrainedTokenizerFast.__name__:
        return _from_pretrained(directory, source, gguf_file=None)
    try:
        tokenizer: PreTrainedTokenizerBase = PreTrainedTokenizerFast.from_pretrained(str(directory),
                                                                                       local_files_only=True)
    except Exception as exc:  # tokenizers raises a bare Exception for a malformed tokenizer.json
        raise CheckpointError(f"{source}: cannot build a tokenizer from its converted copy in {directory}: {exc}",
                              path=source) from exc
    return tokenizer


def _only_builds_a_pipeline(cls: type, generic: type) -> bool:
    """Whether ``cls`` (a subclass of ``generic``) adds nothing to it but ``__init__`` and plain class settings."""
    if not issubclass(cls, generic):
        return False
    for klass in cls.__mro__[:cls.__mro__.index(generic)]:
        for name, value in vars(klass).items():
            behaviour = inspect.isfunction(value) or isinstance(value, (property, classmethod, staticmethod))
            if behaviour and name != "__init__":
                return False
    return True


def _culprit(directory: Path, source: Path, gguf_file: str | None) -> str:
    """Whom a failed build blames: a tokenizer JSON file that does not parse, else the tokenizer files present."""
    if gguf_file is not None or directory != source:
        return str(source)
    present = [name for name in TOKENIZER_FILES if (directory / name).is_file()]
    for name in present:
        if name.endswith(".json"):
            try:
                json.loads((directory / name).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError):
                return str(directory / name)
    return f"{directory} (tokenizer files: {', '.join(present)})"


CACHE_FORMAT = 3
"""Bumped when what the cache holds changes (2: the added tokens are recorded in tokenizer_config.json; 3: so is
the generic class where it serves)."""


def _cache_key(source: Path) -> str:
    import transformers

    status = source.stat()
    identity = (f"{source.resolve()}|{status.st_size}|{status.st_mtime_ns}|transformers {transformers.__version__}"
                f"|cache {CACHE_FORMAT}")
    return f"{source.stem}-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"


def _save_atomically(tokenizer: PreTrainedTokenizerBase, target: Path) -> bool:
    """Write into a temporary directory, then rename: a reader never sees half a cache entry. True when
    ``target`` holds the tokenizer afterwards (written here, or by another process that won the rename)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".staging-"))
    except OSError:
        return False  # a read-only cache only costs speed next time; the tokenizer itself is fine
    try:
        tokenizer.save_pretrained(str(staging))
        _record_for_reloading(tokenizer, staging / "tokenizer_config.json")
        staging.rename(target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk, or another process won the rename
    return (target / "tokenizer_config.json").exists()


def _record_for_reloading(tokenizer: PreTrainedTokenizerBase, config_file: Path) -> None:
    """Write into ``tokenizer_config.json`` what makes reloading lean: the added tokens, and the generic class.

    transformers saves no added tokens there, and loading without them parses all of ``tokenizer.json`` in Python
    only to find them: for Gemma 3 (33 MB of JSON) a 280 MB step in the load's peak. Where the tokenizer's class
    only builds its pipeline (Gemma's, Llama's, Qwen2's, GPT-2's), the cache names transformers' generic fast
    tokenizer with that class's padding and truncation sides and input names: the named class rebuilds the same
    pipeline from Python copies of the vocabulary and merges and keeps them (155 MB for Gemma 3's 262k tokens).
    """
    from transformers import PreTrainedTokenizerFast

    config = _read_json_object(config_file)
    config["added_tokens_decoder"] = {
        str(index): {"content": token.content, "single_word": token.single_word, "lstrip": token.lstrip,
                     "rstrip": token.rstrip, "normalized": token.normalized, "special": token.special}
        for index, token in tokenizer.added_tokens_decoder.items()}
    if _only_builds_a_pipeline(type(tokenizer), PreTrainedTokenizerFast):
        config.update({setting: getattr(tokenizer, setting) for setting in KEPT_CLASS_SETTINGS},
                      tokenizer_class=PreTrainedTokenizerFast.__name__, converted_by=type(tokenizer).__name__)
    config_file.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
