"""Tokenizers for checkpoints: transformers' own, built offline from a .gguf file or a Hugging Face directory."""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from tttv2.errors import CheckpointError
from tttv2.weights.gguf import open_gguf

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase


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
    Raises CheckpointError naming the path.
    """
    source = Path(path)
    if source.is_dir():
        return _from_pretrained(source, source, gguf_file=None)
    if not source.is_file():
        raise CheckpointError(f"{source}: no such file or directory (expected a .gguf file or a checkpoint directory)")
    # Reading the header first turns a corrupt file into our error, not a struct traceback.
    open_gguf(source).close()
    cached = (cache_dir or default_cache_dir()) / _cache_key(source)
    if (cached / "tokenizer_config.json").exists():
        return _from_pretrained(cached, source, gguf_file=None)
    tokenizer = _from_pretrained(source.parent, source, gguf_file=source.name)
    _save_atomically(tokenizer, cached)
    return tokenizer


def _from_pretrained(directory: Path, source: Path, gguf_file: str | None) -> PreTrainedTokenizerBase:
    from transformers import AutoTokenizer, PreTrainedTokenizerBase  # imported on use: it takes a second

    try:
        # local_files_only keeps transformers off the network for this call only; no global switch.
        tokenizer = AutoTokenizer.from_pretrained(str(directory), gguf_file=gguf_file, local_files_only=True)
    except (OSError, ValueError, KeyError, struct.error) as exc:
        raise CheckpointError(f"{source}: cannot build a tokenizer: {exc}") from exc
    if not isinstance(tokenizer, PreTrainedTokenizerBase):
        raise CheckpointError(f"{source}: transformers returned {type(tokenizer).__name__}, not a tokenizer")
    return tokenizer


def _cache_key(source: Path) -> str:
    import transformers

    status = source.stat()
    identity = f"{source.resolve()}|{status.st_size}|{status.st_mtime_ns}|transformers {transformers.__version__}"
    return f"{source.stem}-{hashlib.sha256(identity.encode()).hexdigest()[:16]}"


def _save_atomically(tokenizer: PreTrainedTokenizerBase, target: Path) -> None:
    """Write into a temporary directory, then rename: a reader never sees half a cache entry."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".staging-"))
    except OSError:
        return  # a read-only cache only costs speed next time; the tokenizer itself is fine
    try:
        tokenizer.save_pretrained(str(staging))
        staging.rename(target)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk, or another process won the rename
