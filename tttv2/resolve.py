"""Turn a module reference (registry name, ``pkg.mod:Class`` or class) into a class for a device."""

from __future__ import annotations

import importlib

import attrs

from tttv2.conformance import check_conformance
from tttv2.protocols import CONTRACTS
from tttv2.registry import ModuleMetadata, Registry
from tttv2.suggestions import close_matches, did_you_mean


class ResolutionError(Exception):
    """A reference that cannot be turned into a usable class; the caller adds the spec path."""


class NoImplementationError(ResolutionError):
    """The module exists, but nothing registered runs it on the target hardware."""


@attrs.frozen
class Resolved:
    """A resolved reference: the class, how it was found, and its registry entry if any."""

    cls: type
    how: str
    info: ModuleMetadata | None = None


def resolve(module: str | type, *, category: str, hardware: str, registry: Registry) -> Resolved:
    """Find the class for ``module`` that runs on ``hardware`` and satisfies ``category``'s contract."""
    if isinstance(module, type):
        return _checked(Resolved(module, "class object"), category)
    if ":" in module:
        return _checked(Resolved(import_class(module), f"import path {module!r}"), category)
    info = lookup(module, registry)
    if info.category != category:
        raise ResolutionError(f"{info.name!r} is a {info.category!r} module, but this slot needs a {category!r} module")
    chosen = registry.for_hardware(info.name, hardware)
    if chosen is None:
        raise NoImplementationError(
            f"no implementation of {info.name!r} runs on {hardware} (it supports {', '.join(info.hardware_support)}; "
            f"register one with implements={info.name!r}, hardware_support=[{hardware!r}])")
    how = f"registry name {info.name!r}"
    if chosen is not info:
        how += f" via its {hardware} implementation {chosen.name!r}"
    return Resolved(chosen.cls, how, chosen)


def lookup(name: str, registry: Registry) -> ModuleMetadata:
    """The registry entry for ``name``; an unknown name raises ResolutionError with close names."""
    info = registry.find(name)
    if info is None:
        raise ResolutionError(f"unknown module {name!r}{did_you_mean(registry.suggest(name))} "
                              "(or give an import path 'pkg.module:Class')")
    return info


def import_class(path: str) -> type:
    """Import ``package.module:Class`` (nested ``Outer.Inner`` allowed).

    Importing runs the module's code, as Hydra's ``_target_`` does. Only absolute module names are
    accepted, found on ``sys.path`` as it is: nothing here adds a spec file's directory to it.
    """
    module_name, _, attribute = path.partition(":")
    dotted = [*module_name.split("."), *attribute.split(".")]
    if not module_name or not attribute or not all(part.isidentifier() for part in dotted):
        raise ResolutionError(f"import path {path!r} must look like 'package.module:Class' "
                              "(an absolute module name; file paths and relative imports are not accepted)")
    try:
        target: object = importlib.import_module(module_name)
    except ImportError as exc:
        raise ResolutionError(f"cannot import module {module_name!r} (from {path!r}): {exc}") from exc
    for part in attribute.split("."):
        if not hasattr(target, part):
            hint = did_you_mean(close_matches(part, (n for n in dir(target) if not n.startswith("_"))))
            raise ResolutionError(f"{module_name!r} has no attribute {part!r} (from {path!r}){hint}")
        target = getattr(target, part)
    if not isinstance(target, type):
        raise ResolutionError(f"{path!r} is a {type(target).__name__}, not a class")
    return target


def _checked(resolved: Resolved, category: str) -> Resolved:
    contract = CONTRACTS.get(category)
    if contract is not None:
        problems = check_conformance(resolved.cls, contract)
        if problems:
            details = "; ".join(str(p) for p in problems)
            raise ResolutionError(f"{resolved.cls.__module__}:{resolved.cls.__qualname__} does not conform to "
                                  f"{contract.__name__}: {details}")
    return resolved
