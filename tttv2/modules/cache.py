"""KV caches (category ``cache``): preallocated per layer; sliding-window layers keep only their window."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.protocols import BoundLayerCache as BoundLayerCache  # its home before the core needed it
from tttv2.registry import default_registry


@default_registry.register_module(
    name="static-kv-cache", category="cache", alias=("static-cache", "kv-cache"),
    description="Preallocated KV cache sized to the request; sliding-window layers use a ring of their window.",
    hardware_support=["cpu", "cuda"], tags=["static", "sliding-window", "ring"])
class StaticKVCache:
    """Keys and values for every layer, preallocated: ``capacity`` slots, or ``window`` for windowed layers.

    Slots fill in call order for all rows at once, so left-padded batches share one write index;
    each slot also stores its token's absolute position per row (-1 for padding and empty slots),
    which layers turn into masks. Keys always come back oldest first: a full layer returns its
    filled prefix, a windowed layer its ring (unrolled) followed by the new keys.
    """

    def __init__(self, *, num_layers: int, batch_size: int, num_kv_heads: int, head_dim: int, capacity: int,
                 windows: Sequence[int | None] = (), device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        if min(num_layers, batch_size, num_kv_heads, head_dim, capacity) <= 0:
            raise GenerationError(f"cache sizes must be positive, got layers={num_layers}, batch={batch_size}, "
                                  f"kv_heads={num_kv_heads}, head_dim={head_dim}, capacity={capacity}")
        windows = tuple(windows) or (None,) * num_layers
        if len(windows) != num_layers:
            raise GenerationError(f"cache got {len(windows)} windows for {num_layers} layers")
        self.capacity = capacity
        self.windows = windows
        self._keys: list[Tensor] = []
        self._values: list[Tensor] = []
        self._positions: list[Tensor] = []
        for window in windows:
            slots = capacity if window is None else min(window, capacity)
            shape = (batch_size, num_kv_heads, slots, head_dim)
            self._keys.append(torch.zeros(shape, device=device, dtype=dtype))
            self._values.append(torch.zeros(shape, device=device, dtype=dtype))
            self._positions.append(torch.full((batch_size, slots), -1, dtype=torch.long, device=device))
        self._written = [0] * num_layers
        self._returned_positions: list[Tensor | None] = [None] * num_layers

    def update(self, layer: int, k: Tensor, v: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        seq = k.shape[2]
        start = self._written[layer]
        if start + seq > self.capacity:
            raise GenerationError(
                f"KV cache overflow on layer {layer}: {start} tokens cached + {seq} new > capacity {self.capacity}")
        positions = positions.expand(k.shape[0], seq)
        if self.windows[layer] is None:
            keys, values, stored = self._keys[layer], self._values[layer], self._positions[layer]
            keys[:, :, start:start + seq] = k
            values[:, :, start:start + seq] = v
            stored[:, start:start + seq] = positions
            self._written[layer] = start + seq
            self._returned_positions[layer] = stored[:, :start + seq]
            return keys[:, :, :start + seq], values[:, :, :start + seq]
        return self._update_ring(layer, k, v, positions)

    def _update_ring(self, layer: int, k: Tensor, v: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        keys, values, stored = self._keys[layer], self._values[layer], self._positions[layer]
        slots, seq, start = keys.shape[2], k.shape[2], self._written[layer]
        # oldest first: once the ring has wrapped, its oldest slot is the next one to be written
        order = (torch.arange(min(start, slots), device=k.device) + (start if start > slots else 0)) % slots
        all_keys = torch.cat((keys[:, :, order], k), dim=2)
        all_values = torch.cat((values[:, :, order], v), dim=2)
        self._returned_positions[layer] = torch.cat((stored[:, order], positions), dim=1)
        keep = min(seq, slots)
        index = torch.arange(start + seq - keep, start + seq, device=k.device) % slots
        keys[:, :, index] = k[:, :, seq - keep:]
        values[:, :, index] = v[:, :, seq - keep:]
        stored[:, index] = positions[:, seq - keep:]
        self._written[layer] = start + seq
        return all_keys, all_values

    def key_positions(self, layer: int) -> Tensor:
        returned = self._returned_positions[layer]
        if returned is None:
            raise GenerationError(f"key_positions({layer}) called before any update of layer {layer}")
        return returned

    def fixed_shape(self) -> FixedShapeKVCache:
        """This cache seen whole from the slot the updates so far reached, for a compiled decode step."""
        if len(set(self._written)) != 1:
            raise GenerationError(f"fixed_shape() needs every layer at the same slot, got {self._written}")
        return FixedShapeKVCache(self)


class FixedShapeKVCache:
    """A :class:`StaticKVCache` written at a slot held in a tensor, so every decode step runs the same code.

    ``update`` writes with ``index_copy_`` at ``slot`` (``slot % window`` in a windowed layer's ring) and
    returns the whole preallocated buffer; ``key_positions`` the position stored in each slot (-1: empty or
    padding), so layers must mask by position (they do when compiled). Nothing here reads a Python int that
    changes per step: ``torch.compile`` traces it once. The caller checks room and advances between steps.
    """

    def __init__(self, cache: StaticKVCache) -> None:
        self._cache = cache
        self.written = cache._written[0]
        self.slot = torch.tensor(self.written, dtype=torch.long, device=cache._positions[0].device)

    def buffers(self) -> list[Tensor]:
        """Every tensor a step writes in place (keys, values, positions, slot), e.g. to pin for CUDA graphs."""
        return [*self._cache._keys, *self._cache._values, *self._cache._positions, self.slot]

    def update(self, layer: int, k: Tensor, v: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        keys, values, stored = self._cache._keys[layer], self._cache._values[layer], self._cache._positions[layer]
        index = self.slot + torch.arange(k.shape[2], device=k.device)
        if self._cache.windows[layer] is not None:
            index = index % keys.shape[2]  # a step writes fewer tokens than the window: indices stay distinct
        keys.index_copy_(2, index, k)
        values.index_copy_(2, index, v)
        stored.index_copy_(1, index, positions.expand(k.shape[0], k.shape[2]))
        return keys, values

    def key_positions(self, layer: int) -> Tensor:
        return self._cache._positions[layer]

    def check_room(self, seq: int) -> None:
        """Refuse a step of ``seq`` tokens that would write past the capacity (before it runs, not inside it)."""
        if self.written + seq > self._cache.capacity:
            raise GenerationError(f"KV cache overflow: {self.written} tokens cached + {seq} new > capacity "
                                  f"{self._cache.capacity}")
        ring = min((keys.shape[2] for keys, w in zip(self._cache._keys, self._cache.windows, strict=True) if w is not None),
                   default=seq)
        if seq > ring:
            raise GenerationError(f"a fixed-shape step writes at most a ring's {ring} slots, got {seq} tokens")

    def advance(self, seq: int) -> None:
        """Record a step of ``seq`` tokens on every layer (here and in the cache's own counts)."""
        self.written += seq
        self.slot += seq
        self._cache._written = [self.written] * len(self._cache._written)


