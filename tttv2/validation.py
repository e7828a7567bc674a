"""Dry-run validation of a ModelSpec: resolve, bind, type-check, then build and run on ``meta``."""

from __future__ import annotations

import attrs
import torch

from tttv2.build import cached_schema, dimension_values, slot_for
from tttv2.errors import TTTError
from tttv2.registry import Registry, current_registry, use_registry
from tttv2.resolve import NoImplementationError, ResolutionError, resolve
from tttv2.schema import validate_config
from tttv2.spec import SLOT_CATEGORIES, ModelSpec, ModuleRef


@attrs.frozen
class SpecProblem:
    """One problem in a spec; ``str()`` begins with its path (``layers[3].attention.config.window``)."""

    path: str
    message: str
    uncovered_device: bool = False  # the module exists but has no implementation for the target device

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def validate_spec(spec: ModelSpec, device: str = "cpu", registry: Registry | None = None) -> list[SpecProblem]:
    """Every problem that would stop ``spec`` from building on ``device``; [] means it builds.

    Each distinct (slot, reference) is resolved and its config bound once; base slots report at
    ``<slot>``, layer overrides at ``layers[i].<slot>``. When all of that passes, the graph is built
    on torch's ``meta`` device and run on a short input, which catches shape mismatches between
    slots without allocating memory (skipped for ``ttnn``, whose modules do not run on meta).
    """
    registry = registry or current_registry()
    hardware = device.split(":")[0]
    problems: list[SpecProblem] = []
    seen: dict[tuple[str, object], list[SpecProblem]] = {}
    for slot in SLOT_CATEGORIES:
        base = spec.ref(slot)
        problems += _check_ref(spec, slot, base, slot, hardware, registry, seen)
        for layer in range(spec.dims.num_layers):
            ref = spec.ref(slot, layer)
            if ref != base:
                problems += _check_ref(spec, slot, ref, f"layers[{layer}].{slot}", hardware, registry, seen)
    if problems or hardware == "ttnn":
        return problems
    with use_registry(registry):
        return _meta_run(spec, device)


def _check_ref(spec: ModelSpec, slot: str, ref: ModuleRef | None, path: str, hardware: str,
               registry: Registry, seen: dict[tuple[str, object], list[SpecProblem]]) -> list[SpecProblem]:
    if ref is None:
        return []
    key = (slot, repr(ref))
    if key in seen:
        return []
    try:
        resolved = resolve(ref.module, category=SLOT_CATEGORIES[slot], hardware=hardware, registry=registry)
    except ResolutionError as exc:
        found = [SpecProblem(f"{path}.module", str(exc), isinstance(exc, NoImplementationError))]
    else:
        schema = cached_schema(resolved.cls)
        found = [SpecProblem(p.path, p.message) for p in
                 validate_config(schema, ref.config, path=f"{path}.config", provided=frozenset(dimension_values(spec, slot)))]
        for collaborator in schema.collaborators:
            needed = slot_for(collaborator)
            if spec.ref(needed) is None and not collaborator.optional and needed != "embedding":
                found.append(SpecProblem(f"{path}.{collaborator.name}", f"needs slot {needed!r}, which is empty"))
    seen[key] = found
    return found


def _meta_run(spec: ModelSpec, device: str) -> list[SpecProblem]:
    from torch.fx.experimental import _config as fx_config

    from tttv2.container import ModelContainer

    try:
        model = ModelContainer(spec=spec, device=device, on_meta=True).model()
        tokens = torch.zeros((1, 3), dtype=torch.long, device="meta")
        # data-dependent ops (MoE routing's nonzero) have no meta shape; assume every element is selected
        with fx_config.patch(meta_nonzero_assume_all_nonzero=True):  # type: ignore[attr-defined]  # installed by torch.utils._config_module
            logits = model(tokens)
    except TTTError as exc:
        return [SpecProblem("graph", str(exc))]
    except (RuntimeError, TypeError, ValueError, IndexError) as exc:
        return [SpecProblem("graph", f"building or running the graph on meta tensors failed: {exc}")]
    expected = (1, 3, spec.dims.vocab_size)
    if tuple(logits.shape) != expected:
        return [SpecProblem("graph", f"logits have shape {tuple(logits.shape)}, expected {expected}")]
    return []
