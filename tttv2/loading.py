"""Checkpoint -> model: pick the family, build the spec, build on meta, check then assign every weight."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import attrs
import torch
from dependency_injector import providers
from torch import nn

from tttv2.container import ModelContainer, open_accelerator
from tttv2.errors import CheckpointError, DeviceCoverageError, SpecError, TTTError
from tttv2.families.base import find_family
from tttv2.model import DecoderModel
from tttv2.protocols import Family
from tttv2.spec import SLOT_CATEGORIES, ModelSpec, ModuleRef
from tttv2.suggestions import close_matches, did_you_mean
from tttv2.weights import WeightSource, open_gguf, open_safetensors_dir

SlotOverride = str | type | Callable[[], object]
"""A slot override: a registry name, ``pkg.mod:Class``, a class, or a zero-argument factory of instances."""


@attrs.frozen
class Checkpoint:
    """An opened checkpoint with its format (``gguf`` or ``hf``), family and spec."""

    source: WeightSource
    checkpoint_format: str
    family: Family
    spec: ModelSpec


def open_checkpoint(path: Path) -> Checkpoint:
    """Open a ``.gguf`` file, a directory holding one, or an HF directory; read its spec without loading data."""
    if path.is_dir():
        if (path / "config.json").exists():
            hf = open_safetensors_dir(path)
            model_type = str(hf.config.get("model_type", ""))
            family = find_family(hf_model_type=model_type)
            return Checkpoint(hf, "hf", family, _read_spec(path / "config.json", lambda: family.spec_from_hf(hf.config)))
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) != 1:
            found = ", ".join(p.name for p in ggufs) or "none"
            raise CheckpointError(f"{path}: expected config.json or exactly one .gguf file, found {found}")
        path = ggufs[0]
    gguf = open_gguf(path)
    architecture = str(gguf.metadata.get("general.architecture", ""))
    family = find_family(gguf_architecture=architecture)
    spec = _read_spec(path, lambda: family.spec_from_gguf(gguf.metadata, list(gguf.tensor_infos())))
    return Checkpoint(gguf, "gguf", family, spec)


def _read_spec(source: Path, read: Callable[[], ModelSpec]) -> ModelSpec:
    """Run a family's spec builder; a missing or malformed setting becomes a CheckpointError naming the file."""
    try:
        return read()
    except CheckpointError as exc:
        if exc.path is not None:
            raise
        raise type(exc)(f"{source}: {exc}", path=source, tensors=exc.tensors) from exc
    except TTTError:
        raise
    except KeyError as exc:
        raise CheckpointError(f"{source}: the model config lacks {exc.args[0]!r}", path=source) from exc
    except (TypeError, ValueError) as exc:
        raise CheckpointError(f"{source}: invalid model config: {exc}", path=source) from exc


def apply_overrides(spec: ModelSpec, overrides: Mapping[str, SlotOverride] | None) -> tuple[ModelSpec, dict[str, Callable[[], object]]]:
    """Names, import paths and classes replace the slot's module in every layer; factories become provider overrides."""
    factories: dict[str, Callable[[], object]] = {}
    modules = dict(spec.modules)
    replaced: set[str] = set()
    problems = []
    for slot, value in (overrides or {}).items():
        if slot not in SLOT_CATEGORIES:
            hint = did_you_mean(close_matches(slot, SLOT_CATEGORIES, n=2))
            problems.append(f"overrides.{slot}: unknown slot{hint} (slots: {', '.join(SLOT_CATEGORIES)})")
        elif isinstance(value, (str, type)):
            modules[slot] = ModuleRef(module=value)
            replaced.add(slot)
        elif callable(value):
            factories[slot] = value
        else:
            problems.append(f"overrides.{slot}: expected a name, 'pkg.mod:Class', a class or a factory, got {type(value).__name__}")
    if problems:
        raise SpecError(problems, source="overrides")
    layers = tuple(attrs.evolve(o, slots={k: v for k, v in o.slots.items() if k not in replaced}) for o in spec.layers)
    return attrs.evolve(spec, modules=modules, layers=tuple(o for o in layers if o.slots)), factories


Progress = Callable[[int, int], None]
"""Called after each tensor is loaded with (tensors done, tensors in all)."""


def build_for_checkpoint(checkpoint: Checkpoint, spec: ModelSpec, factories: Mapping[str, Callable[[], object]],
                         device: str, dtype: torch.dtype, progress: Progress | None = None) -> DecoderModel:
    """Validate, build on meta, then load every weight; nothing is read until every tensor is checked."""
    problems = spec.validate(device=device)
    if any(p.uncovered_device for p in problems):
        raise DeviceCoverageError(problems, source=f"{checkpoint.source.path} on {device}")
    if problems:
        raise SpecError(problems, source=str(checkpoint.source.path))
    container = ModelContainer(spec=spec, device=device, dtype=dtype, on_meta=True,
                               accelerator=open_accelerator(device))
    for slot, factory in factories.items():
        getattr(container, slot).override(providers.Factory(factory))
    model = container.model()
    from tttv2.ttnn.model import TTNNDecoderModel

    if isinstance(model, TTNNDecoderModel):  # its weights become ttnn tensors; "ttnn" is no torch.device
        from tttv2.ttnn.loading import load_device_weights

        load_device_weights(model, checkpoint, progress=progress)
    else:
        load_weights(model, checkpoint, device=torch.device(device), dtype=dtype, progress=progress)
    return model


def load_weights(model: nn.Module, checkpoint: Checkpoint, *, device: torch.device, dtype: torch.dtype,
                 progress: Progress | None = None) -> None:
    """Assign each parameter from the checkpoint after checking every name and shape first."""
    from tttv2.ttnn.model import TTNNDecoderModel

    if isinstance(model, TTNNDecoderModel):  # it has no torch parameters: its weights are device tensors
        from tttv2.ttnn.loading import load_device_weights

        load_device_weights(model, checkpoint, progress=progress)
        return
    plan = _plan(model, checkpoint)
    for done, (parameter, tensor_name) in enumerate(plan, start=1):
        tensor = checkpoint.source.load(tensor_name)
        tensor = checkpoint.family.transform(parameter, tensor, checkpoint.spec, checkpoint.checkpoint_format)
        owner_name, _, leaf = parameter.rpartition(".")
        owner = model.get_submodule(owner_name)
        setattr(owner, leaf, nn.Parameter(tensor.to(device=device, dtype=dtype), requires_grad=False))
        if progress is not None:
            progress(done, len(plan))
    leftovers = [name for name, value in [*model.named_parameters(), *model.named_buffers()] if value.is_meta]
    if leftovers:
        raise CheckpointError(f"{checkpoint.source.path}: no weights for {', '.join(leftovers[:8])}"
                              f"{' ...' if len(leftovers) > 8 else ''} (a module with parameters the checkpoint lacks)")


def _plan(model: nn.Module, checkpoint: Checkpoint) -> list[tuple[str, str]]:
    infos = checkpoint.source.tensor_infos()
    plan: list[tuple[str, str]] = []
    problems: list[str] = []
    culprits: list[str] = []
    for parameter, value in model.named_parameters():
        tensor_name = checkpoint.family.weight_name(parameter, checkpoint.checkpoint_format)
        info = infos.get(tensor_name) if tensor_name is not None else None
        if tensor_name is None:
            problems.append(f"parameter {parameter!r} has no checkpoint name in family {type(checkpoint.family).__name__}")
        elif info is None:
            problems.append(f"missing tensor {tensor_name!r} (for parameter {parameter!r})")
            culprits.append(tensor_name)
        elif tuple(info.shape) != tuple(value.shape):
            culprits.append(tensor_name)
            problems.append(f"tensor {tensor_name!r} has shape {list(info.shape)}, but parameter {parameter!r} "
                            f"expects {list(value.shape)}")
        else:
            plan.append((parameter, tensor_name))
    if problems:
        details = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CheckpointError(f"{checkpoint.source.path} does not match the model:\n{details}{more}",
                              path=checkpoint.source.path, tensors=culprits)
    return plan
