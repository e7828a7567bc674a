"""The backend seam: a :class:`Backend` runs models on the hardware names it serves, and registers here.

The core (container, loading, generation, validation, the CLI) asks :func:`backend_for` and never
imports a backend package. The built-in backends are declared by import path and imported on first
use, so registering modules, validating specs and ``ttt --help`` load none of them. Other backends
call :func:`register_backend` (from a ``tttv2.backends`` entry point, a registry plugin, or a test).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from tttv2.errors import DeviceUnavailableError, RegistrationError, TensorParallelError
from tttv2.parallel import TensorParallel
from tttv2.suggestions import close_matches, did_you_mean

if TYPE_CHECKING:  # annotations only: these modules sit above the seam and import it
    import torch
    from torch import Tensor

    from tttv2.build import SlotRecord
    from tttv2.loading import Checkpoint, Progress
    from tttv2.model import DecoderModel
    from tttv2.spec import ModelSpec

ENTRY_POINT_GROUP = "tttv2.backends"
"""Entry points in this group name a :class:`Backend` object (or a zero-argument callable returning one)."""

BUILD_KEYWORDS = frozenset({"device", "dtype"})
"""Constructor keywords every backend gives a module that accepts them: the torch device and dtype to build on."""


@attrs.frozen(kw_only=True)
class ModelParts:
    """What the container built for one model, for a backend to assemble; ``handle`` is the opened device."""

    embedding: object
    blocks: Sequence[object]
    final_norm: object
    head: object
    spec: ModelSpec
    records: tuple[SlotRecord, ...]
    hardware: str
    handle: object
    tensor_parallel: TensorParallel | None = None


@runtime_checkable
class GenerationSteps(Protocol):
    """One generation request on a backend: fill the cache with the prompts, then one token per row at a time."""

    def prefill(self) -> Tensor:
        """Run the prompts; logits ``[batch, vocab]`` of each prompt's last token."""
        ...

    def decode(self, tokens: Tensor) -> Tensor:
        """Append ``tokens`` ``[batch]`` (one per row); logits ``[batch, vocab]`` for the next position."""
        ...


@runtime_checkable
class Backend(Protocol):
    """Runs models on some hardware: opens devices, assembles, loads weights, runs prefill and decode.

    ``hardware`` are the device names it serves (``"cpu"`` and ``"cuda"`` for torch); a device string
    is ``<hardware>`` or ``<hardware>:<index>``. ``runtime_keywords`` are constructor keywords, besides
    ``device`` and ``dtype``, that modules for this hardware may take (TTNN: ``mesh_device``);
    :meth:`runtime_arguments` gives their values. ``checks_on_meta`` says whether validation may build
    the graph's torch modules on torch's ``meta`` device and run them, to catch shape mismatches.
    """

    name: str
    hardware: tuple[str, ...]
    runtime_keywords: frozenset[str]
    checks_on_meta: bool

    def open_device(self, device: str) -> object:
        """The opened device (None when there is nothing to open); raise DeviceUnavailableError at once."""
        ...

    def close_device(self, handle: object) -> None:
        """Release what :meth:`open_device` returned."""
        ...

    def build_device(self, device: str, *, on_meta: bool) -> torch.device:
        """The torch device modules are built on for ``device`` (``meta`` where weights live elsewhere)."""
        ...

    def runtime_arguments(self, handle: object) -> Mapping[str, object]:
        """Values of :attr:`runtime_keywords` for modules built while ``handle`` is open."""
        ...

    def assemble(self, parts: ModelParts, *, dtype: torch.dtype, on_meta: bool) -> DecoderModel:
        """The model holding ``parts``, in ``dtype`` unless built on meta."""
        ...

    def load_weights(self, model: DecoderModel, checkpoint: Checkpoint, *, device: str, dtype: torch.dtype,
                     progress: Progress | None, check_finite: bool) -> None:
        """Put every weight of ``checkpoint`` into ``model`` (built on meta), checking names and shapes first."""
        ...

    def start_generation(self, model: DecoderModel, prompts: Sequence[Sequence[int]], *, capacity: int,
                         pad_id: int) -> GenerationSteps:
        """A request over ``prompts`` with room for ``capacity`` positions per row."""
        ...


@runtime_checkable
class ParallelBackend(Backend, Protocol):
    """A backend that can split a model across the ranks of a mesh (tensor parallelism)."""

    def tensor_parallel(self, mesh: object, device: str) -> TensorParallel:
        """This process's place in ``mesh`` for models on ``device``; refuse a mesh it cannot use, saying why."""
        ...


def tensor_parallel_for(device: str, mesh: object) -> TensorParallel:
    """The tensor-parallel context of ``device``'s backend over ``mesh``; a backend without one is refused."""
    backend = backend_for(device)
    if not isinstance(backend, ParallelBackend):
        raise TensorParallelError(f"the {backend.name!r} backend (device {device!r}) has no tensor-parallel support: "
                                  "load without mesh=, or on a device whose backend has it (cpu, cuda)")
    return backend.tensor_parallel(mesh, device)


@attrs.frozen
class _Declared:
    """A backend known by import path ("package.module:attribute"), imported the first time it is used."""

    name: str
    hardware: tuple[str, ...]
    runtime_keywords: frozenset[str]
    target: str

    def load(self) -> Backend:
        module, _, attribute = self.target.partition(":")
        backend = getattr(importlib.import_module(module), attribute)
        return _checked(backend() if isinstance(backend, type) else backend)


_BUILTINS = (
    _Declared("torch", ("cpu", "cuda"), frozenset(), "tttv2.backends.torch:TorchBackend"),
    _Declared("ttnn", ("ttnn",), frozenset({"mesh_device"}), "tttv2.backends.ttnn:TTNNBackend"),
)

_lock = threading.RLock()
_backends: dict[str, Backend | _Declared] = {each.name: each for each in _BUILTINS}
_entry_points_loaded = False


def register_backend(backend: Backend, *, replace: bool = False) -> Backend:
    """Make ``backend`` serve its hardware names.

    A name or hardware another backend has needs ``replace=True``: the newest registration then serves
    that hardware, and :func:`unregister_backend` hands it back (an instrumented ``cpu`` backend in a test).
    """
    backend = _checked(backend)
    with _lock:
        taken = {h: other.name for other in _backends.values() if other.name != backend.name for h in other.hardware}
        clash = sorted(h for h in backend.hardware if h in taken)
        if not replace and (clash or backend.name in _backends):
            what = f"hardware {clash[0]!r} is" if clash else "the name is"
            owner = taken[clash[0]] if clash else backend.name
            raise RegistrationError(f"backend {backend.name!r}: {what} already served by backend {owner!r}; "
                                    "pass replace=True to take it over")
        _backends.pop(backend.name, None)
        _backends[backend.name] = backend  # last: the newest registration serves a shared hardware name
    return backend


def unregister_backend(name: str) -> None:
    """Forget the backend ``name``; hardware it took over goes back to the backend that served it before."""
    with _lock:
        _backends.pop(name, None)
        for builtin in _BUILTINS:
            if builtin.name == name:
                _backends[name] = builtin


def hardware_names() -> tuple[str, ...]:
    """Every hardware name a registered backend serves, in registration order."""
    return tuple(dict.fromkeys(h for backend in _all() for h in backend.hardware))


def runtime_keywords() -> frozenset[str]:
    """Every constructor keyword a backend may pass to a module besides its config and dimensions."""
    return BUILD_KEYWORDS.union(*(backend.runtime_keywords for backend in _all()))


def backend_for(device: str) -> Backend:
    """The backend serving ``device`` (``"cpu"``, ``"cuda:1"``, ``"ttnn"``), imported on first use."""
    hardware = device.partition(":")[0].lower()
    with _lock:
        for name, backend in reversed(_backends.items()):  # the newest registration wins
            if hardware in backend.hardware:
                if isinstance(backend, _Declared):
                    backend = _backends[name] = backend.load()
                return backend
    known = hardware_names()
    raise DeviceUnavailableError(f"device {device!r}: no backend serves {hardware!r}; choose from "
                                 f"{', '.join(known)}{did_you_mean(close_matches(hardware, known))}")


def _all() -> Iterable[Backend | _Declared]:
    _load_entry_points()
    with _lock:
        return tuple(_backends.values())


def _load_entry_points() -> None:
    """Register each ``tttv2.backends`` entry point once; one that fails is named in a warning."""
    global _entry_points_loaded
    with _lock:
        if _entry_points_loaded:
            return
        _entry_points_loaded = True  # first: a backend's own import may ask for hardware names
        for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            try:
                loaded = entry_point.load()
                make = isinstance(loaded, type) or (callable(loaded) and not isinstance(loaded, Backend))
                register_backend(loaded() if make else loaded)  # a class or factory, or the backend itself
            except (Exception, SystemExit) as exc:  # a broken plugin must not break tttv2
                warnings.warn(f"tttv2 backend {entry_point.name!r} ({entry_point.value}) failed to load: {exc!r}",
                              RuntimeWarning, stacklevel=3)


def _checked(backend: object) -> Backend:
    """``backend`` if it has the Backend contract's names and sane hardware names, else a RegistrationError."""
    if not isinstance(backend, Backend):
        missing = [name for name in ("name", "hardware", "runtime_keywords", "checks_on_meta", "open_device",
                                     "close_device", "build_device", "runtime_arguments", "assemble", "load_weights",
                                     "start_generation") if not hasattr(backend, name)]
        raise RegistrationError(f"{type(backend).__qualname__} is not a Backend: it lacks {', '.join(missing)}")
    if not backend.hardware or not all(isinstance(h, str) and h and h == h.lower() and ":" not in h
                                       for h in backend.hardware):
        raise RegistrationError(f"backend {backend.name!r}: hardware must be lower-case names without ':', "
                                f"got {backend.hardware!r}")
    return backend
