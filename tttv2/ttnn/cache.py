"""TTNN KV cache: per-layer device buffers ``[batch, kv_heads, capacity, head_dim]`` filled by
``ttnn.fill_cache`` (prefill, one row per sequence) and ``ttnn.update_cache`` (decode, one slot for all rows)."""

from __future__ import annotations

from collections.abc import Sequence

import torch

from tttv2.errors import GenerationError
from tttv2.registry import default_registry
from tttv2.ttnn.precision import DeviceDType, ttnn_dtype
from tttv2.ttnn.tensor_types import DeviceTensor, MeshDevice
from tttv2.ttnn.weights import TILE


@default_registry.register_module(
    name="ttnn-static-kv-cache", category="cache", implements="static-kv-cache",
    description="Preallocated KV cache in device DRAM (fill_cache / update_cache); never run on hardware here.",
    hardware_support=["ttnn"], tags=["static", "ttnn"])
class DeviceKVCache:
    """Keys and values for every layer in device DRAM; call :meth:`allocate` before use.

    Every row holds one sequence and all rows advance together: prefill fills rows one sequence at
    a time from slot 0 (equal lengths), decode writes slot ``length`` of every row at once
    (``update_cache`` takes one index). ``capacity`` is rounded up to a multiple of 32 (the tile).
    Sliding-window layers keep full-length buffers; the kernel masks by window.
    """

    def __init__(self, *, num_layers: int, batch_size: int, num_kv_heads: int, head_dim: int, capacity: int,
                 windows: Sequence[int | None] = (), kv_dtype: DeviceDType = "bfloat16",
                 mesh_device: MeshDevice | None = None) -> None:
        if min(num_layers, batch_size, num_kv_heads, head_dim, capacity) <= 0:
            raise GenerationError(f"cache sizes must be positive, got layers={num_layers}, batch={batch_size}, "
                                  f"kv_heads={num_kv_heads}, head_dim={head_dim}, capacity={capacity}")
        if windows and len(windows) != num_layers:
            raise GenerationError(f"cache got {len(windows)} windows for {num_layers} layers")
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.num_kv_heads = num_kv_heads
        self.head_dim = head_dim
        self.capacity = -(-capacity // TILE) * TILE
        self.kv_dtype = kv_dtype
        self.mesh_device = mesh_device
        self._keys: list[DeviceTensor] = []
        self._values: list[DeviceTensor] = []
        self._lengths = [0] * num_layers
        self._filled_rows: list[set[int]] = [set() for _ in range(num_layers)]

    def allocate(self) -> None:
        """Create the zeroed device buffers (``ttnn.zeros`` in DRAM, TILE layout)."""
        import ttnn

        device = self._device()
        shape = [self.batch_size, self.num_kv_heads, self.capacity, self.head_dim]
        dtype = ttnn_dtype(self.kv_dtype)
        self._keys, self._values = ([ttnn.zeros(shape, dtype=dtype, layout=ttnn.TILE_LAYOUT, device=device,
                                                memory_config=ttnn.DRAM_MEMORY_CONFIG) for _ in range(self.num_layers)]
                                    for _ in range(2))

    def length(self, layer: int) -> int:
        """Slots written in every row of ``layer``."""
        return self._lengths[layer]

    def fill(self, layer: int, k: DeviceTensor, v: DeviceTensor, *, row: int,
             valid: int | None = None) -> tuple[DeviceTensor, DeviceTensor]:
        """Prefill: write k/v ``[1, kv_heads, seq, head_dim]`` into ``row`` from slot 0; returns the layer's buffers.

        ``valid`` counts the real tokens when ``seq`` includes tile padding; decode continues after them.
        """
        import ttnn

        keys, values = self._buffers(layer)
        seq = k.shape[2]
        length = seq if valid is None else valid
        if not 0 <= row < self.batch_size:
            raise GenerationError(f"cache row {row} is out of range (batch_size {self.batch_size})")
        if seq > self.capacity or not 0 < length <= seq:
            raise GenerationError(f"layer {layer}: cannot prefill {seq} slots ({length} real) into capacity "
                                  f"{self.capacity}")
        if self._filled_rows[layer] and (row in self._filled_rows[layer] or length != self._lengths[layer]):
            raise GenerationError(
                f"layer {layer}: rows are prefilled once each, all to the same length ({self._lengths[layer]}); "
                f"got row {row} with {length} tokens. Start a new cache for a new prompt")
        ttnn.fill_cache(keys, k, row)
        ttnn.fill_cache(values, v, row)
        self._lengths[layer] = length
        self._filled_rows[layer].add(row)
        return keys, values

    def append(self, layer: int, k: DeviceTensor, v: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor, int]:
        """Decode: write k/v ``[1, batch, kv_heads, head_dim]`` at slot ``length`` of every row; returns new length."""
        import ttnn

        keys, values = self._buffers(layer)
        slot = self._lengths[layer]
        if slot >= self.capacity:
            raise GenerationError(f"KV cache overflow on layer {layer}: {slot} tokens cached + 1 new > capacity "
                                  f"{self.capacity}")
        for buffer, new in ((keys, k), (values, v)):
            # update_cache takes [1, kv_heads, batch, head_dim] in interleaved memory
            rows_last = ttnn.permute(ttnn.sharded_to_interleaved(new, ttnn.L1_MEMORY_CONFIG), (0, 2, 1, 3))
            ttnn.update_cache(buffer, rows_last, slot)
            ttnn.deallocate(rows_last)
        self._lengths[layer] = slot + 1
        return keys, values, slot + 1

    def update(self, layer: int, k: DeviceTensor, v: DeviceTensor,
               positions: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor]:
        """The KVCache contract: prefill k/v ``[batch, kv_heads, seq, head_dim]`` into rows ``0 .. batch - 1``.

        Returns the whole buffers; :meth:`key_positions` marks the unwritten slots with -1.
        """
        import ttnn

        batch, heads, seq, dim = (k.shape[i] for i in range(4))
        for row in range(batch):
            start, end = [row, 0, 0, 0], [row + 1, heads, seq, dim]
            self.fill(layer, ttnn.slice(k, start, end), ttnn.slice(v, start, end), row=row)
        return self._buffers(layer)

    def key_positions(self, layer: int) -> DeviceTensor:
        """Absolute positions ``[batch, capacity]`` (int32, row-major) of the slots; -1 for unwritten ones."""
        import ttnn

        slots = torch.arange(self.capacity, dtype=torch.int32)
        written = torch.where(slots < self._lengths[layer], slots, torch.tensor(-1, dtype=torch.int32))
        device = self._device()
        return ttnn.from_torch(written.expand(self.batch_size, -1).contiguous(), dtype=ttnn.int32,
                               layout=ttnn.ROW_MAJOR_LAYOUT, device=device,
                               mesh_mapper=ttnn.replicate_tensor_to_mesh_mapper(device))

    def _device(self) -> MeshDevice:
        if self.mesh_device is None:
            raise GenerationError("the ttnn KV cache needs the device it lives on: build it with mesh_device=")
        return self.mesh_device

    def _buffers(self, layer: int) -> tuple[DeviceTensor, DeviceTensor]:
        if not self._keys:
            raise GenerationError("the ttnn KV cache is not allocated: call allocate() first")
        return self._keys[layer], self._values[layer]


class DeviceLayerCache:
    """One layer (and, for prefill, one row) of a :class:`DeviceKVCache`, handed to an attention layer."""

    def __init__(self, cache: DeviceKVCache, layer: int, row: int = 0, valid: int | None = None) -> None:
        self._cache = cache
        self._layer = layer
        self._row = row
        self._valid = valid

    def update(self, k: DeviceTensor, v: DeviceTensor, positions: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor]:
        """Prefill this row with k/v ``[1, kv_heads, seq, head_dim]`` (``valid`` of them real)."""
        return self._cache.fill(self._layer, k, v, row=self._row, valid=self._valid)

    def key_positions(self) -> DeviceTensor:
        return self._cache.key_positions(self._layer)

    def append(self, k: DeviceTensor, v: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor, int]:
        return self._cache.append(self._layer, k, v)
