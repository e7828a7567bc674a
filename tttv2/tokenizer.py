"""Tokenizers for checkpoints: transformers' own, built offline from a .gguf file or a Hugging Face directory."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from typing import TYPE_CHECKING

from tttv2.errors import CheckpointError
from tttv2.weights.gguf import open_gguf

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase


def load_tokenizer(path: str | os.PathLike[str]) -> PreTrainedTokenizerBase:
    """The tokenizer of a .gguf file or a Hugging Face checkpoint directory, read from disk only.

    It behaves as transformers builds it: whether a BOS is prepended follows the checkpoint
    (a GGUF's `tokenizer.ggml.add_bos_token`), and `tokenizer.chat_template` is the
    checkpoint's own template, or None when it has none. Raises CheckpointError naming the path.
    """
    from transformers import AutoTokenizer, PreTrainedTokenizerBase  # imported on use: it takes a second

    source = Path(path)
    if source.is_dir():
        directory, gguf_file = source, None
    elif source.is_file():
        # Reading the header first turns a corrupt file into our error, not a struct traceback.
        open_gguf(source).close()
        directory, gguf_file = source.parent, source.name
    else:
        raise CheckpointError(f"{source}: no such file or directory (expected a .gguf file or a checkpoint directory)")
    try:
        # local_files_only keeps transformers off the network for this call only; no global switch.
        tokenizer = AutoTokenizer.from_pretrained(str(directory), gguf_file=gguf_file, local_files_only=True)
    except (OSError, ValueError, KeyError, struct.error) as exc:
        raise CheckpointError(f"{source}: cannot build a tokenizer: {exc}") from exc
    if not isinstance(tokenizer, PreTrainedTokenizerBase):
        raise CheckpointError(f"{source}: transformers returned {type(tokenizer).__name__}, not a tokenizer")
    return tokenizer
