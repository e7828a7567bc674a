"""tttv2: transformer building blocks wired by contracts, a registry and a DI container."""

from __future__ import annotations

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

__all__ = [
    "CheckpointError", "ConfigError", "ConformanceError", "DecoderModel", "DeviceCoverageError", "Dimensions",
    "DuplicateModuleError", "GenerationError", "LayerOverride", "ModelContainer", "ModelFactory", "ModelSpec",
    "ModuleRef", "PretrainedModel", "Problem", "SlotPatch", "SpecError", "TTTError", "UnknownModuleError", "build_model",
    "check_conformance", "load_pretrained", "override_slot",
]
