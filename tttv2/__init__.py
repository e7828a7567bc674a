"""tttv2: transformer building blocks wired by contracts, a registry and a DI container."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from tttv2.spec_validator import install_spec_validator

if TYPE_CHECKING:
    from tttv2.conformance import Problem, check_conformance
    from tttv2.container import ModelContainer, build_model, override_slot
    from tttv2.errors import (
        CheckpointError,
        ConfigError,
        ConformanceError,
        DeviceCoverageError,
        DuplicateModuleError,
        GenerationError,
        SpecError,
        TTTError,
        UnknownModuleError,
    )
    from tttv2.factory import ModelFactory
    from tttv2.model import DecoderModel
    from tttv2.pretrained import PretrainedModel, load_pretrained
    from tttv2.spec import Dimensions, LayerOverride, ModelSpec, ModuleRef, SlotPatch
    from tttv2.validation import SpecProblem

_HOMES = {
    "tttv2.conformance": ("Problem", "check_conformance"),
    "tttv2.container": ("ModelContainer", "build_model", "override_slot"),
    "tttv2.errors": ("CheckpointError", "ConfigError", "ConformanceError", "DeviceCoverageError",
                     "DuplicateModuleError", "GenerationError", "SpecError", "TTTError", "UnknownModuleError"),
    "tttv2.factory": ("ModelFactory",),
    "tttv2.model": ("DecoderModel",),
    "tttv2.pretrained": ("PretrainedModel", "load_pretrained"),
    "tttv2.spec": ("Dimensions", "LayerOverride", "ModelSpec", "ModuleRef", "SlotPatch"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "CheckpointError", "ConfigError", "ConformanceError", "DecoderModel", "DeviceCoverageError", "Dimensions",
    "DuplicateModuleError", "GenerationError", "LayerOverride", "ModelContainer", "ModelFactory", "ModelSpec",
    "ModuleRef", "PretrainedModel", "Problem", "SlotPatch", "SpecError", "TTTError", "UnknownModuleError", "build_model",
    "check_conformance", "load_pretrained", "override_slot",
]


def __getattr__(name: str) -> object:
    """Import a public name's module on first use: ``import tttv2`` (and ``ttt --help``) loads no torch."""
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module 'tttv2' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _validate_spec(spec: ModelSpec, device: str) -> list[SpecProblem]:
    """ModelSpec.validate's delegate, installed here because spec (data) must not import the graph builder."""
    from tttv2.validation import validate_spec  # imported on first use: ``import tttv2`` stays light

    return validate_spec(spec, device=device)


install_spec_validator(_validate_spec)
