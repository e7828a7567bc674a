"""A compiled decode step: one ``torch.compile(fullgraph=True)`` graph over a fixed-shape cache, eager prefill.

Decode runs the same code at every position (the cache is written at a slot held in a tensor), so the
graph is traced once per model, batch size and cache size. Capacities are rounded up to a power of two
so requests of different lengths share graphs. Inductor's cache lives under the user's cache directory,
so a second process reuses the generated kernels instead of compiling them again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import attrs
import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.generation import decode_step, prefill
from tttv2.model import DecoderModel
from tttv2.modules.cache import FixedShapeKVCache, StaticKVCache
from tttv2.protocols import KVCache

MIN_CAPACITY = 128
"""The smallest cache a compiled request gets: short requests share one graph."""

DecodeFunction = Callable[[DecoderModel, Tensor, Tensor, KVCache[Tensor]], Tensor]


def compiled_capacity(capacity: int, limit: int) -> int:
    """``capacity`` rounded up to a power of two (at least :data:`MIN_CAPACITY`), never past ``limit``."""
    return min(max(MIN_CAPACITY, 1 << (capacity - 1).bit_length()), max(limit, capacity))


def inductor_cache_dir() -> Path:
    """Where inductor keeps generated kernels: ``$TORCHINDUCTOR_CACHE_DIR`` if set, else ``~/.cache/tttv2/inductor``."""
    from torch._inductor.runtime.cache_dir_utils import default_cache_dir  # inductor's package is slow to import

    given = os.environ.get("TORCHINDUCTOR_CACHE_DIR")
    # inductor writes its own default (under /tmp) into the variable the first time anything asks for it
    if given and os.path.abspath(given) != os.path.abspath(default_cache_dir()):
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tttv2" / "inductor"


def compiled_decode(device: torch.device) -> DecodeFunction:
    """``decode_step`` compiled once per process for ``device``'s type; CUDA replays it as a CUDA graph."""
    mode = "reduce-overhead" if device.type == "cuda" else None
    if mode not in _compiled:
        # inductor reads the variable when it first needs its cache; the default under /tmp is lost on reboot
        os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(inductor_cache_dir())
        # dynamic=False: a second model (or batch, or cache size) gets a graph of its own; automatic dynamic
        # shapes would trace sizes such as head counts as symbols, which SDPA's enable_gqa cannot take
        _compiled[mode] = torch.compile(decode_step, fullgraph=True, mode=mode, dynamic=False)
    return _compiled[mode]


_compiled: dict[str | None, DecodeFunction] = {}


@attrs.define
class CompiledSteps:
    """Prefill eagerly into a :class:`StaticKVCache`, then decode through one compiled graph per shape."""

    model: DecoderModel
    ids: Tensor
    positions: Tensor
    cache: StaticKVCache
    _view: FixedShapeKVCache | None = None

    def prefill(self) -> Tensor:
        logits = prefill(self.model, self.ids, self.positions, self.cache)
        self.positions = self.positions[:, -1:] + 1
        self._view = self.cache.fixed_shape()
        if self.positions.device.type == "cuda":  # CUDA graphs replay on fixed addresses: pin what steps write
            for tensor in self._view.buffers():
                torch._dynamo.mark_static_address(tensor)
        return logits

    def decode(self, tokens: Tensor) -> Tensor:
        view = self._view
        if view is None:
            raise GenerationError("decode() called before prefill()")
        view.check_room(1)
        logits = compiled_decode(tokens.device)(self.model, tokens[:, None], self.positions, view)
        view.advance(1)
        self.positions += 1  # in place: the graph sees the same tensor at every step
        return logits.clone()  # a CUDA graph overwrites its output at the next replay
