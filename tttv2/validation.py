"""Dry-run validation of a ModelSpec: resolve, bind, type-check, then build and run on ``meta``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from types import TracebackType

import attrs
import torch
from torch import nn

from tttv2.backend import backend_for
from tttv2.build import dimension_values, slot_for
from tttv2.errors import DeviceUnavailableError, SlotConfigError, SpecError, TTTError
from tttv2.model import DecoderModel
from tttv2.registry import Registry, current_registry, use_registry
from tttv2.resolve import NoImplementationError, ResolutionError, resolve
from tttv2.schema import cached_schema, validate_config
from tttv2.spec import SLOT_CATEGORIES, LayerGroup, ModelSpec, ModuleRef


@attrs.frozen
class SpecProblem:
    """One problem in a spec; ``str()`` begins with its path (``layers[3].attention.config.window``)."""

    path: str
    message: str
    uncovered_device: bool = False  # the module exists but has no implementation for the target device

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def validate_spec(spec: ModelSpec, device: str = "cpu", registry: Registry | None = None, *,
                  trust_builtins: bool = False) -> list[SpecProblem]:
    """Every problem that would stop ``spec`` from building on ``device``; [] means it builds.

    Layers are checked per group sharing one configuration (:meth:`ModelSpec.layer_groups`), never
    one by one, so the time does not grow with ``num_layers``. Each distinct (slot, reference) is
    resolved and its config bound once; base slots report at ``<slot>``, layer overrides at
    ``layers[i].<slot>`` (``i`` the group's first layer), without repeating the base's problems.
    When all of that passes, one block per distinct configuration is built on torch's ``meta`` device with the
    embedding, final norm and head, and run on a short input: that catches shape mismatches between
    slots without allocating memory (where the device's backend ``checks_on_meta``; not ttnn's).

    ``trust_builtins`` skips that run when every module is one of tttv2's own (a checkpoint's family graph, as
    ``load_pretrained`` builds it: the families' parity tests run those graphs, and every weight's shape is
    compared with the file). The run costs more than its time: torch's Python meta kernels import
    ``torch._dynamo`` and sympy on first use, 70 MB resident for the rest of the process.
    """
    registry = registry or current_registry()
    hardware = device.split(":")[0]
    try:
        backend = backend_for(device)
    except DeviceUnavailableError as exc:
        return [SpecProblem("device", str(exc))]
    try:
        groups = spec.layer_groups()
    except ValueError as exc:
        return [SpecProblem("layers", str(exc))]
    problems: list[SpecProblem] = []
    seen: dict[tuple[str, str], list[SpecProblem]] = {}
    classes: set[type] = set()
    for slot in SLOT_CATEGORIES:
        base = spec.ref(slot)
        base_problems = _check_ref(spec, slot, base, slot, hardware, registry, seen, classes)
        problems += base_problems
        reported = {_relative(p, slot) for p in base_problems}
        for group in groups:
            ref = spec.group_ref(slot, group.overrides)
            if ref != base:
                path = f"layers[{group.first}].{slot}"
                problems += [p for p in _check_ref(spec, slot, ref, path, hardware, registry, seen, classes)
                             if _relative(p, path) not in reported]
    if problems or not backend.checks_on_meta or (trust_builtins and all(map(_built_in, classes))):
        return problems
    with use_registry(registry):
        return _meta_run(spec, device, _distinct_layers(spec, groups))


def _distinct_layers(spec: ModelSpec, groups: Iterable[LayerGroup]) -> list[int]:
    """One layer per distinct set of slot references: blocks built from the same references are alike."""
    chosen: dict[str, int] = {}
    for group in groups:
        chosen.setdefault(repr([spec.group_ref(slot, group.overrides) for slot in SLOT_CATEGORIES]), group.first)
    return list(chosen.values())


def _built_in(cls: type) -> bool:
    """Whether ``cls`` is one of tttv2's own modules, not a user's, a plugin's or a test's."""
    return cls.__module__.startswith("tttv2.")


def _relative(problem: SpecProblem, prefix: str) -> tuple[str, str]:
    """A problem's path below its slot, with its message: the same problem seen on the base and a layer."""
    return problem.path.removeprefix(prefix), problem.message


def _check_ref(spec: ModelSpec, slot: str, ref: ModuleRef | None, path: str, hardware: str,
               registry: Registry, seen: dict[tuple[str, str], list[SpecProblem]], classes: set[type]
               ) -> list[SpecProblem]:
    """``ref``'s problems, once per distinct (slot, reference); its class is added to ``classes``."""
    if ref is None:
        return []
    key = (slot, repr(ref))
    if key in seen:
        return []  # reported at the first layer group that has it
    try:
        resolved = resolve(ref.module, category=SLOT_CATEGORIES[slot], hardware=hardware, registry=registry)
    except ResolutionError as exc:
        found = [SpecProblem(f"{path}.module", str(exc), isinstance(exc, NoImplementationError))]
    else:
        classes.add(resolved.cls)
        schema = cached_schema(resolved.cls)
        found = [SpecProblem(p.path, p.message) for p in
                 validate_config(schema, ref.config, path=f"{path}.config", provided=frozenset(dimension_values(spec, slot)))]
        for collaborator in schema.collaborators:
            needed = slot_for(collaborator)
            if spec.ref(needed) is None and not collaborator.optional and needed not in ("embedding", "linear"):
                found.append(SpecProblem(f"{path}.{collaborator.name}", f"needs slot {needed!r}, which is empty"))
    seen[key] = found
    return found


def _meta_run(spec: ModelSpec, device: str, layers: list[int]) -> list[SpecProblem]:
    """Build ``layers`` (one per group) on meta and run them; a failure is reported at the slot that raised it."""
    from torch.fx.experimental import _config as fx_config

    from tttv2.container import ModelContainer, assemble_model

    try:
        model = assemble_model(ModelContainer(spec=spec, device=device, on_meta=True), layers=layers)
    except SpecError as exc:
        return [_graph_problem(str(p)) for p in exc.problems]
    except SlotConfigError as exc:
        return [SpecProblem(exc.path, exc.reason)]
    except TTTError as exc:
        return [SpecProblem("graph", str(exc))]
    except (RuntimeError, TypeError, ValueError, IndexError) as exc:
        return [SpecProblem("graph", f"building the graph on meta tensors failed: {exc}")]
    tokens = torch.zeros((1, 3), dtype=torch.long, device="meta")
    try:
        # data-dependent ops (MoE routing's nonzero) have no meta shape; assume every element is selected
        with fx_config.patch(meta_nonzero_assume_all_nonzero=True):  # type: ignore[attr-defined]  # installed by torch.utils._config_module
            logits = model(tokens)
    except (TTTError, RuntimeError, TypeError, ValueError, IndexError) as exc:
        where = _culprit(model, layers, exc.__traceback__)
        return [SpecProblem(where, f"running the graph on meta tensors failed: {exc}")]
    expected = (1, 3, spec.dims.vocab_size)
    if tuple(logits.shape) != expected:
        return [SpecProblem("graph", f"logits have shape {tuple(logits.shape)}, expected {expected}")]
    return []


def _graph_problem(text: str) -> SpecProblem:
    path, separator, message = text.partition(": ")
    return SpecProblem(path, message) if separator else SpecProblem("graph", text)


def _culprit(model: DecoderModel, layers: list[int], trace: TracebackType | None) -> str:
    """The slot path (``layers[3].ffn``) of the innermost slot module running when the dry run failed."""
    slots = {record.path for record in model.records}
    paths: dict[int, str] = {}
    for name, module in model.named_modules():
        path = re.sub(r"^layers\.(\d+)", lambda m: f"layers[{layers[int(m.group(1))]}]", name)
        paths[id(module)] = path
        for attribute, value in vars(module).items():  # kernels and position encodings are plain objects
            if not isinstance(value, (torch.Tensor, nn.Module)):
                paths.setdefault(id(value), f"{path}.{attribute}")
    found = "graph"
    while trace is not None:
        owner = trace.tb_frame.f_locals.get("self")
        if owner is not None and paths.get(id(owner)) in slots:
            found = paths[id(owner)]
        trace = trace.tb_next
    return found
