"""Device dtypes per tensor group: a small frozen value the weight loader reads."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, get_args

import attrs

from tttv2.errors import ConfigError
from tttv2.suggestions import close_matches, did_you_mean

if TYPE_CHECKING:
    import ttnn

DeviceDType = Literal["bfloat16", "bfloat8_b", "bfloat4_b", "float32"]
"""ttnn dtypes a weight may take; ``bfloat8_b`` and ``bfloat4_b`` are block floats (TILE layout only)."""

BLOCK_FLOATS: frozenset[str] = frozenset({"bfloat8_b", "bfloat4_b"})


class TensorGroup(enum.Enum):
    """Weights that share a precision setting (tt-metal's ``TensorGroup`` idea).

    The projection groups' values are the ``linear`` slot's tensor groups (``attention.qkv``, ``ffn.up``, ...,
    :data:`tttv2.protocols.LINEAR_GROUPS`), so one name picks a projection on torch and its dtype on TTNN.
    """

    EMBEDDING = "embedding"
    NORM = "norm"
    ATTENTION_QKV = "attention.qkv"
    ATTENTION_OUTPUT = "attention.out"
    FFN = "ffn.up"
    FFN_DOWN = "ffn.down"
    HEAD = "head"
    ROTARY = "rotary"
    KV_CACHE = "kv_cache"


_FIELD_OF: dict[TensorGroup, str] = {
    TensorGroup.EMBEDDING: "embedding", TensorGroup.NORM: "norm", TensorGroup.ATTENTION_QKV: "attention_qkv",
    TensorGroup.ATTENTION_OUTPUT: "attention_output", TensorGroup.FFN: "ffn", TensorGroup.FFN_DOWN: "ffn_down",
    TensorGroup.HEAD: "head", TensorGroup.KV_CACHE: "kv_cache",
}
"""The :class:`TTNNPrecision` field holding each group's dtype (rotary tables are always bfloat16)."""


ROW_MAJOR_GROUPS = frozenset({TensorGroup.EMBEDDING, TensorGroup.NORM})
"""Groups stored row-major (``ttnn.embedding``'s table, ``rms_norm``'s gamma): no block floats."""


@attrs.frozen(kw_only=True)
class TTNNPrecision:
    """The device dtype of each weight group; activations are always bfloat16.

    ``TTNNPrecision(ffn="bfloat8_b", ffn_down="bfloat8_b")`` halves the MLP's weight memory; so does
    ``TTNNPrecision.for_groups({"ffn.up": "bfloat8_b", "ffn.down": "bfloat8_b"})``, by the group names specs use.
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
        problems += [f"TTNNPrecision.{_FIELD_OF[group]}: {getattr(self, _FIELD_OF[group])!r} is a block float, which "
                     f"needs TILE layout, but this group is stored row-major; use bfloat16 or float32"
                     for group in sorted(ROW_MAJOR_GROUPS, key=lambda g: g.value)
                     if getattr(self, _FIELD_OF[group]) in BLOCK_FLOATS]
        if problems:
            raise ConfigError("; ".join(problems))

    def dtype_of(self, group: TensorGroup) -> DeviceDType:
        """The dtype name for ``group``."""
        if group is TensorGroup.ROTARY:
            return "bfloat16"
        value: DeviceDType = getattr(self, _FIELD_OF[group])
        return value

    @classmethod
    def for_groups(cls, dtypes: Mapping[str, str]) -> TTNNPrecision:
        """Dtypes by group name (``attention.qkv``, ``ffn.up``, ``head``, ``embedding``, ...); the rest bfloat16."""
        by_name = {group.value: group for group in _FIELD_OF}
        unknown = [name for name in dtypes if name not in by_name]
        if unknown:
            raise ConfigError(f"TTNNPrecision: unknown tensor group {unknown[0]!r}; choose from "
                              f"{', '.join(by_name)}{did_you_mean(close_matches(unknown[0], by_name))}")
        return cls(**{_FIELD_OF[by_name[name]]: dtype for name, dtype in dtypes.items()})  # type: ignore[arg-type]


def ttnn_dtype(name: DeviceDType) -> ttnn.DataType:
    """The ``ttnn.DataType`` named ``name`` (imports ttnn)."""
    import ttnn

    table = {"bfloat16": ttnn.bfloat16, "bfloat8_b": ttnn.bfloat8_b, "bfloat4_b": ttnn.bfloat4_b,
             "float32": ttnn.float32}
    return table[name]
