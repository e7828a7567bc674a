"""What TTNN modules need from each other beyond the shared contracts: decode paths, device rotary, kernels.

Each capability is a smaller Protocol on top of a contract in :mod:`tttv2.protocols`, tested with
``isinstance`` when a TTNN module is constructed, so a collaborator that lacks it fails at build
time, before any weight is read, naming the slot's module.

Layouts (all ttnn tensors bfloat16, TILE, unless said otherwise):

- prefill runs one sequence: activations ``[1, 1, seq, hidden]``, heads ``[1, heads, seq, head_dim]``;
- decode runs one token per row: activations ``[1, 1, batch, hidden]`` (rows on the seq axis, as
  tt-metal does), heads ``[1, batch, heads, head_dim]`` (height-sharded in L1);
- token ids and positions are uint32 ROW_MAJOR ``[1, seq]`` (prefill) or ``[1, batch]`` (decode,
  padded to 32 columns).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from tttv2.protocols import AttentionKernel, AttentionLayer, Block, LayerCache, PositionEncoding
from tttv2.ttnn.tensor_types import DeviceTensor


@runtime_checkable
class DeviceAttentionKernel(AttentionKernel[DeviceTensor], Protocol):
    """A kernel with separate prefill (causal over fresh K/V) and decode (over a KV cache) entry points."""

    def prefill(self, q: DeviceTensor, k: DeviceTensor, v: DeviceTensor, *, scale: float,
                window: int | None) -> DeviceTensor:
        """q ``[1, heads, seq, head_dim]``, k/v ``[1, kv_heads, seq, head_dim]``; causal; returns q's shape."""
        ...

    def decode(self, q: DeviceTensor, keys: DeviceTensor, values: DeviceTensor, *, current: Sequence[int],
               scale: float, window: int | None) -> DeviceTensor:
        """q ``[1, batch, heads, head_dim]``, keys/values ``[batch, kv_heads, capacity, head_dim]``.

        Row ``b`` attends to cache slots ``0 .. current[b]``; returns ``[1, batch, heads, head_dim]``.
        """
        ...


@runtime_checkable
class DeviceRotary(PositionEncoding[DeviceTensor], Protocol):
    """Rotary encoding with a decode entry point (``apply`` is the prefill one)."""

    def apply_decode(self, q: DeviceTensor, k: DeviceTensor,
                     positions: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor]:
        """q ``[1, batch, heads, head_dim]``, k ``[1, batch, kv_heads, head_dim]``, positions ``[1, batch]``."""
        ...


@runtime_checkable
class DecodingLayerCache(LayerCache[DeviceTensor], Protocol):
    """One layer of a device KV cache that also takes one new token per row."""

    def append(self, k: DeviceTensor, v: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor, int]:
        """Write k/v ``[1, batch, kv_heads, head_dim]`` at the next slot; return keys, values and the new length."""
        ...


@runtime_checkable
class DecodingAttentionLayer(AttentionLayer[DeviceTensor], Protocol):
    """An attention layer with a decode path (``forward`` is prefill)."""

    def decode(self, x: DeviceTensor, *, positions: DeviceTensor, cache: DecodingLayerCache) -> DeviceTensor:
        """x ``[1, 1, batch, hidden]``; returns the same shape."""
        ...


@runtime_checkable
class DecodingBlock(Block[DeviceTensor], Protocol):
    """A decoder block with a decode path (``forward`` is prefill)."""

    def decode(self, x: DeviceTensor, *, positions: DeviceTensor, cache: DecodingLayerCache) -> DeviceTensor:
        """x ``[1, 1, batch, hidden]``; returns the same shape."""
        ...
