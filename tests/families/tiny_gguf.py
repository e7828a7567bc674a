"""A tiny Llama GGUF file written with gguf's own writer, its metadata editable, for tests of bad GGUF input."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
from gguf import GGMLQuantizationType, GGUFWriter
from gguf.quants import quantize

MISSING = object()
"""A config or metadata value meaning: remove the key."""

GGUF_SIZES: Mapping[str, int] = {"vocab": 128, "hidden": 64, "heads": 4, "kv_heads": 2, "head_dim": 16,
                                 "intermediate": 96, "layers": 2}


def gguf_tensors() -> dict[str, tuple[int, ...]]:
    """Tensor names and (torch-order) shapes of a tiny llama GGUF file, written out independently of tttv2."""
    s = GGUF_SIZES
    q, kv = s["heads"] * s["head_dim"], s["kv_heads"] * s["head_dim"]
    shapes: dict[str, tuple[int, ...]] = {"token_embd.weight": (s["vocab"], s["hidden"]),
                                          "output_norm.weight": (s["hidden"],),
                                          "output.weight": (s["vocab"], s["hidden"])}
    for i in range(s["layers"]):
        shapes |= {f"blk.{i}.attn_norm.weight": (s["hidden"],), f"blk.{i}.ffn_norm.weight": (s["hidden"],),
                   f"blk.{i}.attn_q.weight": (q, s["hidden"]), f"blk.{i}.attn_k.weight": (kv, s["hidden"]),
                   f"blk.{i}.attn_v.weight": (kv, s["hidden"]), f"blk.{i}.attn_output.weight": (s["hidden"], q),
                   f"blk.{i}.ffn_gate.weight": (s["intermediate"], s["hidden"]),
                   f"blk.{i}.ffn_up.weight": (s["intermediate"], s["hidden"]),
                   f"blk.{i}.ffn_down.weight": (s["hidden"], s["intermediate"])}
    return shapes


def gguf_metadata() -> dict[str, object]:
    s = GGUF_SIZES
    return {"llama.vocab_size": s["vocab"], "llama.embedding_length": s["hidden"], "llama.block_count": s["layers"],
            "llama.attention.head_count": s["heads"], "llama.attention.head_count_kv": s["kv_heads"],
            "llama.feed_forward_length": s["intermediate"], "llama.context_length": 128,
            "llama.attention.layer_norm_rms_epsilon": 1e-5, "llama.rope.freq_base": 10000.0}


def write_gguf(path: Path, change: Mapping[str, object] | None = None,
               tensors: Mapping[str, np.ndarray | object] | None = None,
               quantized: Mapping[str, GGMLQuantizationType] | None = None) -> Path:
    """A tiny llama GGUF file; ``change`` edits its metadata (MISSING removes a key), ``tensors`` its weights,
    ``quantized`` the type some tensors are stored in (by name; the rest are F32). A tensor given as MISSING is
    left out (``output.weight``: a tied head)."""
    writer = GGUFWriter(path, arch="llama")
    metadata = {**gguf_metadata(), **(change or {})}
    for key, value in metadata.items():
        if value is MISSING:
            continue
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            (writer.add_uint64 if value >= 0 else writer.add_int32)(key, value)
        elif isinstance(value, float):
            writer.add_float32(key, value)
        else:
            writer.add_string(key, str(value))
    generator = np.random.default_rng(0)
    for name, shape in gguf_tensors().items():
        values = (tensors or {}).get(name)
        if values is MISSING:
            continue
        if values is None:
            values = generator.standard_normal(shape).astype(np.float32)
        stored_type = (quantized or {}).get(name)
        if stored_type is None:
            writer.add_tensor(name, values)
        else:
            blocks = quantize(values, stored_type)
            writer.add_tensor(name, blocks, raw_shape=blocks.shape, raw_dtype=stored_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
