"""The seed's ``ModelFactory.from_config``: build a list of named modules from registry names or classes."""

from __future__ import annotations

from collections.abc import Mapping

import torch

from tttv2.backend import backend_for, hardware_names
from tttv2.build import parameter_names
from tttv2.errors import SpecError
from tttv2.registry import current_registry
from tttv2.resolve import ResolutionError, import_class, lookup
from tttv2.schema import schema_of, validate_config
from tttv2.suggestions import close_matches, did_you_mean


class ModelFactory:
    """Seed API: ``ModelFactory.from_config({"layers": [{"name", "module", "config"}]}, device=None)``."""

    @staticmethod
    def from_config(config: Mapping[str, object], device: str | torch.device | None = None) -> dict[str, object]:
        """Instantiate each named entry (registry name/alias, ``pkg.mod:Class`` or class) with its config.

        ``device`` None means CPU, as in the seed; a constructor with a ``device`` keyword receives it
        (``meta`` for ``"ttnn"``, where the factory only builds the torch side). Every problem (unknown
        module, bad config, device not supported) is collected and raised once as :class:`SpecError`;
        nothing is built unless all entries are valid.
        """
        entries = config.get("layers")
        if not isinstance(entries, list):
            raise SpecError(["layers: expected a list of {name, module, config} entries"])
        hardware, placement = _placement(device)
        problems: list[str] = []
        plan: list[tuple[str, type, Mapping[str, object]]] = []
        for index, entry in enumerate(entries):
            path = f"layers[{index}]"
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str) or "module" not in entry:
                problems.append(f"{path}: expected a mapping with 'name', 'module' and optional 'config'")
                continue
            module_config = entry.get("config", {})
            if not isinstance(module_config, Mapping):
                problems.append(f"{path}.config: expected a mapping, got {type(module_config).__name__}")
                continue
            cls = _resolve(entry["module"], hardware, f"{path}.module", problems)
            if cls is None:
                continue
            problems += [str(p) for p in validate_config(schema_of(cls), module_config, path=f"{path}.config")]
            plan.append((str(entry["name"]), cls, module_config))
        names = [name for name, _, _ in plan]
        problems += [f"layers: duplicate name {n!r}" for n in sorted({n for n in names if names.count(n) > 1})]
        if problems:
            raise SpecError(problems, source="ModelFactory config")
        with placement:
            return {name: _construct(cls, module_config, placement) for name, cls, module_config in plan}


def _construct(cls: type, config: Mapping[str, object], placement: torch.device) -> object:
    """``cls(**config)``, plus ``device=`` where the constructor takes it, as the seed's factory passes it."""
    if "device" in parameter_names(cls):
        return cls(**config, device=placement)
    return cls(**config)


def _placement(device: str | torch.device | None) -> tuple[str, torch.device]:
    """The hardware name and the torch device its backend builds on (``meta`` for ttnn); a bad one is a SpecError."""
    if device is None:
        return "cpu", torch.device("cpu")
    text = str(device)
    hardware = text.partition(":")[0]
    known = hardware_names()
    if hardware not in known:
        raise SpecError([f"device: unknown device {text!r}; choose from {', '.join(known)}"
                         f"{did_you_mean(close_matches(hardware.lower(), known))}"], source="ModelFactory config")
    try:
        return hardware, backend_for(text).build_device(text, on_meta=False)
    except RuntimeError as exc:
        raise SpecError([f"device: {text!r} is not a valid device ({exc})"], source="ModelFactory config") from exc


def _resolve(module: object, hardware: str, path: str, problems: list[str]) -> type | None:
    if isinstance(module, type):
        return module
    if not isinstance(module, str):
        problems.append(f"{path}: expected a registry name, 'pkg.mod:Class' or a class, got {type(module).__name__}")
        return None
    if ":" in module:
        try:
            return import_class(module)
        except ResolutionError as exc:
            problems.append(f"{path}: {exc}")
            return None
    registry = current_registry()
    try:
        info = lookup(module, registry)
    except ResolutionError as exc:
        problems.append(f"{path}: {exc}")
        return None
    chosen = registry.for_hardware(info.name, hardware)
    if chosen is None:
        problems.append(f"{path}: {info.name!r} does not run on {hardware} (supports {', '.join(info.hardware_support)})")
        return None
    return chosen.cls
