"""Device dtypes per tensor group: a small frozen value the weight loader reads."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Literal, get_args

import attrs

from tttv2.errors import ConfigError

if TYPE_CHECKING:
    import ttnn

DeviceDType = Literal["bfloat16", "bfloat8_b", "bfloat4_b", "float32"]
"""ttnn dtypes a weight may take; ``bfloat8_b`` and ``bfloat4_b`` are block floats (TILE layout only)."""

BLOCK_FLOATS: frozenset[str] = frozenset({"bfloat8_b", "bfloat4_b"})


class TensorGroup(enum.Enum):
    """Weights that share a precision setting (tt-metal's ``TensorGroup`` idea, without its string keys)."""

    EMBEDDING = "embedding"
    NORM = "norm"
    ATTENTION_QKV = "attention_qkv"
    ATTENTION_OUTPUT = "attention_output"
    FFN = "ffn"
    FFN_DOWN = "ffn_down"
    HEAD = "head"
    ROTARY = "rotary"
    KV_CACHE = "kv_cache"


ROW_MAJOR_GROUPS = frozenset({TensorGroup.EMBEDDING, TensorGroup.NORM})
"""Groups stored row-major (``ttnn.embedding``'s table, ``rms_norm``'s gamma): no block floats."""


@attrs.frozen(kw_only=True)
class TTNNPrecision:
    """The device dtype of each weight group; activations are always bfloat16.

    ``TTNNPrecision(ffn="bfloat8_b", ffn_down="bfloat8_b")`` halves the MLP's weight memory.
    Rotary tables are always bfloat16 (``rotary_embedding_llama`` requires it).
    """

    embedding: DeviceDType = "bfloat16"
    norm: DeviceDType = "bfloat16"
    attention_qkv: DeviceDType = "bfloat16"
    attention_output: DeviceDType = "bfloat16"
    ffn: DeviceDType = "bfloat16"
    ffn_down: DeviceDType = "bfloat16"
    head: DeviceDType = "bfloat16"
    kv_cache: DeviceDType = "bfloat16"

    def __attrs_post_init__(self) -> None:
        allowed = get_args(DeviceDType)
        problems = [f"TTNNPrecision.{f.name}: {getattr(self, f.name)!r} is not one of {', '.join(allowed)}"
                    for f in attrs.fields(TTNNPrecision) if getattr(self, f.name) not in allowed]
        problems += [f"TTNNPrecision.{group.value}: {getattr(self, group.value)!r} is a block float, which needs "
                     f"TILE layout, but this group is stored row-major; use bfloat16 or float32"
                     for group in sorted(ROW_MAJOR_GROUPS, key=lambda g: g.value)
                     if getattr(self, group.value) in BLOCK_FLOATS]
        if problems:
            raise ConfigError("; ".join(problems))

    def dtype_of(self, group: TensorGroup) -> DeviceDType:
        """The dtype name for ``group``."""
        if group is TensorGroup.ROTARY:
            return "bfloat16"
        value: DeviceDType = getattr(self, group.value)
        return value


def ttnn_dtype(name: DeviceDType) -> ttnn.DataType:
    """The ``ttnn.DataType`` named ``name`` (imports ttnn)."""
    import ttnn

    table = {"bfloat16": ttnn.bfloat16, "bfloat8_b": ttnn.bfloat8_b, "bfloat4_b": ttnn.bfloat4_b,
             "float32": ttnn.float32}
    return table[name]
