"""A compiled decode step: one ``torch.compile(fullgraph=True)`` graph over a fixed-shape cache, eager prefill.

Decode runs the same code at every position (the cache is written at a slot held in a tensor), so the
graph is traced once per model, batch size and cache size. Capacities are rounded up to a power of two
so requests of different lengths share graphs. Inductor's cache lives under the user's cache directory,
so a second process reuses the generated kernels instead of compiling them again.
"""

from __future__ import annotations

import os
import types
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import cast

import attrs
import torch
from torch import Tensor, nn

from tttv2 import native
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


def compiled_decode(model: DecoderModel, device: torch.device) -> DecodeFunction:
    """``decode_step`` compiled for ``model`` alone on ``device``'s type; CUDA replays it as a CUDA graph.

    The function is checked against :func:`model_structure` once per request, and compiled anew when the model
    changed, so its graphs keep no dynamo guard on the model's ~1,500 tensors and attributes: on two CPU cores
    those guards cost 1.7 ms of a 9 ms SmolLM2 gguf step, at every step. Guards on the step's own inputs (tokens,
    positions, the cache view) stay: another batch size or cache capacity compiles another graph. Inductor's
    size assertions (another 0.6 ms: every input's shape and the custom operators' outputs against their fake
    implementations) are off too; the kernels' tests check those implementations.
    """
    from torch._inductor import list_mode_options  # inductor's package is slow to import (1 s)

    mode = "reduce-overhead" if device.type == "cuda" else "default"
    structure = model_structure(model)
    held = _compiled.get(model)
    if held is None or held.mode != mode or held.structure != structure:
        # inductor reads the variable when it first needs its cache; the default under /tmp is lost on reboot
        os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(inductor_cache_dir())
        options = {**list_mode_options(mode), "size_asserts": False,
                   "guard_filter_fn": torch.compiler.skip_guard_on_all_nn_modules_unsafe}
        if device.type == "cpu" and native.kernels_available():
            from tttv2.backends.torch.sibling_products import SiblingBlockProducts  # imports inductor's passes

            options["post_grad_custom_post_pass"] = SiblingBlockProducts()
        # dynamic=False: a second batch (or cache size) gets a graph of its own; automatic dynamic shapes would
        # trace sizes such as head counts as symbols, which SDPA's enable_gqa cannot take
        # torch's typed overloads predate recompile_limit
        function: DecodeFunction = torch.compile(  # type: ignore[call-overload]
            _own_copy(decode_step), fullgraph=True, dynamic=False, options=options, recompile_limit=RECOMPILE_LIMIT)
        held = _CompiledStep(mode=mode, structure=structure, function=function)
        _compiled[model] = held
    return held.function


RECOMPILE_LIMIT = 32
"""Graphs one model's compiled step may hold, one per batch size and cache capacity in use; one more raises
dynamo's recompile-limit error (``fullgraph=True`` does not fall back to eager)."""


def _own_copy(function: DecodeFunction) -> DecodeFunction:
    """``function`` with a code object of its own. Dynamo keeps compiled graphs on the code object, and without
    guards on the model nothing would tell it to drop a model's graphs: on a copy they go when the model does,
    and they count against this model's recompile limit alone."""
    code = function.__code__.replace()  # an equal code object, not the same one
    return cast(DecodeFunction, types.FunctionType(code, function.__globals__, function.__name__,
                                                   function.__defaults__, function.__closure__))


def model_structure(model: nn.Module) -> tuple[object, ...]:
    """What a compiled step was traced for: every module's path, type and attributes, every tensor's type, dtype,
    shape, strides and device (not its values: the graph reads those at each call), and which tensors are one
    (a tied weight). Other objects count by identity: their contents, and class attributes, are not compared."""
    modules = tuple((name, type(module), _traced_value(vars(module))) for name, module in model.named_modules())
    first: dict[int, str] = {}
    shared = [(name, first.setdefault(id(tensor), name))
              for name, tensor in (*model.named_parameters(remove_duplicate=False),
                                   *model.named_buffers(remove_duplicate=False))]
    return (modules, tuple((name, alias) for name, alias in shared if alias != name))


_PLAIN = frozenset({type(None), bool, int, float, str, torch.dtype, torch.device})


def _traced_value(value: object) -> object:
    if type(value) in _PLAIN:  # most of the ~30 attributes a module has
        return value
    if isinstance(value, dict):
        return tuple((key, _traced_value(item)) for key, item in value.items()) if value else ()
    if isinstance(value, Tensor):
        return (type(value), value.dtype, tuple(value.shape), value.stride(), value.device, value.requires_grad)
    if isinstance(value, nn.Module):  # a child: described under its own path
        return (type(value), id(value))
    if isinstance(value, (bool, int, float, str)):  # subclasses: enums, say
        return (type(value), value)
    if isinstance(value, (tuple, list)):
        return (type(value), tuple(_traced_value(item) for item in value))
    if isinstance(value, (set, frozenset)):
        return (type(value), frozenset(_traced_value(item) for item in value))
    return (type(value), id(value))


@attrs.frozen
class _CompiledStep:
    mode: str
    structure: tuple[object, ...]
    function: DecodeFunction


_compiled: weakref.WeakKeyDictionary[nn.Module, _CompiledStep] = weakref.WeakKeyDictionary()


@attrs.define
class CompiledSteps:
    """Prefill eagerly into a :class:`StaticKVCache`, then decode through one compiled graph per shape."""

    model: DecoderModel
    ids: Tensor
    positions: Tensor
    cache: StaticKVCache
    _view: FixedShapeKVCache | None = None
    _step: DecodeFunction | None = None

    def prefill(self) -> Tensor:
        self._step = compiled_decode(self.model, self.positions.device)
        logits = prefill(self.model, self.ids, self.positions, self.cache)
        self.positions = self.positions[:, -1:] + 1
        self._view = self.cache.fixed_shape()
        if self.positions.device.type == "cuda":  # CUDA graphs replay on fixed addresses: pin what steps write
            for tensor in self._view.buffers():
                torch._dynamo.mark_static_address(tensor)
        return logits

    def decode(self, tokens: Tensor) -> Tensor:
        view, step = self._view, self._step
        if view is None or step is None:
            raise GenerationError("decode() called before prefill()")
        view.check_room(1)
        logits = step(self.model, tokens[:, None], self.positions, view)
        view.advance(1)
        self.positions += 1  # in place: the graph sees the same tensor at every step
        return logits.clone()  # a CUDA graph overwrites its output at the next replay
