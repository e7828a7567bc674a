"""What the kit checks: a target (class, instance, registry name, import path) turned into fresh instances."""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

import attrs
import torch
from torch import nn

from tttv2.build import QK_NORM_PARAMETERS, bind_fields, parameter_names
from tttv2.modules import (
    GreedySampler,
    GroupedQueryAttention,
    LinearHead,
    PreNormBlock,
    RMSNorm,
    RotaryEmbedding,
    SDPAAttention,
    StaticKVCache,
    SwiGLU,
    TokenEmbedding,
)
from tttv2.registry import ModuleMetadata, Registry
from tttv2.resolve import ResolutionError, import_class, lookup
from tttv2.schema import schema_of, validate_config

DEFAULT_DIMS: Mapping[str, int | float] = {
    "hidden_dim": 24,  # deliberately not num_heads * head_dim, as in Gemma
    "num_heads": 4,
    "num_kv_heads": 2,  # grouped: fewer K/V heads than query heads
    "head_dim": 8,
    "intermediate_dim": 40,
    "vocab_size": 61,
    "num_layers": 2,
    "max_seq_len": 64,
    "eps": 1e-6,
    "rope_theta": 10000.0,
    "batch_size": 3,  # the batch of every input, and a cache's rows
    "capacity": 16,  # a cache's slots: more than the kit's 7-token sequences
    "in_features": 24,  # a projection's input: hidden_dim
    "out_features": 40,  # and its output: intermediate_dim, wider than the input
}
"""Small, non-degenerate sizes the kit passes to constructor keywords of the same name (``dims=`` overrides)."""

DEFAULT_COLLABORATORS: Mapping[str, type] = {
    "attention": SDPAAttention, "attention-layer": GroupedQueryAttention, "position": RotaryEmbedding,
    "ffn": SwiGLU, "norm": RMSNorm, "embedding": TokenEmbedding, "head": LinearHead, "block": PreNormBlock,
    "cache": StaticKVCache, "sampler": GreedySampler,
}
"""The built-in class the kit builds for a required collaborator of each category (a layer gets SDPA and RoPE)."""

SEQ_LEN = 7
"""Tokens per input sequence: odd, so halves and windows do not line up by accident."""


class CannotBuild(Exception):
    """The kit could not make an instance of the target; the message says what it lacked."""


@attrs.frozen
class Subject:
    """A checkable module: ``make(dtype)`` returns a fresh instance (or a copy of the given one) on the device.

    A class is built anew on every call with the same seed, so two calls give identical weights.
    """

    label: str
    make: Callable[[torch.dtype], object]
    info: ModuleMetadata | None
    is_instance: bool
    built_with: str = ""


@attrs.frozen
class Target:
    """A resolved target: the class, the instance if one was given, its registry entry if any."""

    cls: type
    instance: object | None
    info: ModuleMetadata | None
    label: str


def resolve_target(target: object, category: str, registry: Registry) -> Target:
    """Find the class (and instance) ``target`` names; raises :class:`CannotBuild` saying why not."""
    if isinstance(target, str):
        if ":" in target:
            try:
                cls = import_class(target)
            except ResolutionError as exc:
                raise CannotBuild(str(exc)) from exc
            return Target(cls, None, _registered(cls, registry), _class_label(cls))
        try:
            info = lookup(target, registry)
        except ResolutionError as exc:
            raise CannotBuild(str(exc)) from exc
        if info.category != category:
            raise CannotBuild(f"{info.name!r} is a {info.category!r} module, not {category!r}")
        return Target(info.cls, None, info, f"{info.name} ({info.import_path})")
    if isinstance(target, type):
        return Target(target, None, _registered(target, registry), _class_label(target))
    cls = type(target)
    return Target(cls, target, _registered(cls, registry), f"instance of {_class_label(cls)}")


def make_subject(target: Target, config: Mapping[str, object], dims: Mapping[str, int | float],
                 device: torch.device, seed: int = 0) -> Subject:
    """A :class:`Subject` for ``target``; builds once up front so a class the kit cannot build fails here."""
    if target.instance is not None:
        instance = target.instance
        return Subject(target.label, lambda dtype: _copy_to(instance, device, dtype), target.info, True)
    cls = target.cls

    def make(dtype: torch.dtype) -> object:
        with _seeded(device, seed):
            return build(cls, config, dims, device, dtype)

    make(torch.float32)  # raises CannotBuild with the reason before any check runs
    shown = describe_arguments(cls, config, dims)
    return Subject(target.label, make, target.info, False, ", ".join(f"{k}={v}" for k, v in shown.items()))


def build(cls: type, config: Mapping[str, object], dims: Mapping[str, int | float], device: torch.device,
          dtype: torch.dtype) -> object:
    """Call ``cls`` with ``config``, then the kit's dimensions by keyword name, default collaborators, device, dtype.

    A collaborator keyword with a default keeps it (an optional q/k norm stays off); a required one gets
    the kit's built-in module of its category (:data:`DEFAULT_COLLABORATORS`), unless ``config`` names one.
    """
    schema = schema_of(cls)
    collaborators = {c.name for c in schema.collaborators}
    plain_config = {k: v for k, v in config.items() if k not in collaborators}
    problems = validate_config(schema, plain_config, path=_class_label(cls), provided=frozenset(dims))
    if problems:
        supplied = ", ".join(sorted(dims))
        raise CannotBuild("the kit cannot build it: " + "; ".join(str(p) for p in problems)
                          + f" (the kit supplies {supplied} and default collaborators; pass the rest in config=)")
    kwargs = bind_fields(schema, plain_config, dims)
    for collaborator in schema.collaborators:
        if collaborator.name in config:  # a private copy: building in bf16 must not convert the caller's module
            kwargs[collaborator.name] = copy.deepcopy(config[collaborator.name])
        elif _default_of(cls, collaborator.name) is not inspect.Parameter.empty:
            continue
        elif collaborator.optional:
            kwargs[collaborator.name] = None
        else:
            kwargs[collaborator.name] = _default_collaborator(collaborator.name, collaborator.category, dims,
                                                              device, dtype)
    accepted = parameter_names(cls)
    if "device" in accepted:
        kwargs["device"] = device
    if "dtype" in accepted:
        kwargs["dtype"] = dtype
    with torch.device(device):
        built = cls(**kwargs)
    if isinstance(built, nn.Module):
        built.to(device=device, dtype=dtype)
    return built


def describe_arguments(cls: type, config: Mapping[str, object], dims: Mapping[str, int | float]) -> dict[str, str]:
    """The constructor keywords the kit passes (values, or the collaborator class), for the report."""
    schema = schema_of(cls)
    shown: dict[str, str] = {}
    for field in schema.fields:
        if field.name in config:
            shown[field.name] = repr(config[field.name])
        elif field.name in dims:
            shown[field.name] = repr(dims[field.name])
    for collaborator in schema.collaborators:
        if collaborator.name in config:
            shown[collaborator.name] = type(config[collaborator.name]).__name__
        elif (not collaborator.optional and collaborator.category in DEFAULT_COLLABORATORS
              and _default_of(cls, collaborator.name) is inspect.Parameter.empty):
            shown[collaborator.name] = DEFAULT_COLLABORATORS[collaborator.category].__name__
    return shown


def _default_collaborator(name: str, category: str, dims: Mapping[str, int | float], device: torch.device,
                          dtype: torch.dtype) -> object:
    cls = DEFAULT_COLLABORATORS.get(category)
    if cls is None:
        raise CannotBuild(f"the kit cannot build it: collaborator {name!r} needs a {category!r} module and the kit "
                          f"has no default one; pass an instance in config={{{name!r}: ...}}")
    if name in QK_NORM_PARAMETERS:  # q/k norms act on one head: their hidden_dim is head_dim
        dims = {**dims, "hidden_dim": dims["head_dim"]}
    return build(cls, {}, dims, device, dtype)


def _default_of(cls: type, name: str) -> object:
    return inspect.signature(cls).parameters[name].default


def _copy_to(instance: object, device: torch.device, dtype: torch.dtype) -> object:
    """A private copy of ``instance`` (checks write to caches and advance generators), moved if it is a Module."""
    try:
        copied = copy.deepcopy(instance)
    except Exception:  # an object that cannot be copied (a device handle) is checked in place
        copied = instance
    if isinstance(copied, nn.Module):
        copied.to(device=device, dtype=dtype)
    return copied


@contextmanager
def _seeded(device: torch.device, seed: int) -> Iterator[None]:
    """Seed weight initialisation without disturbing the caller's global random state."""
    devices = [device.index or 0] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=devices):
        torch.manual_seed(seed)
        yield


def _registered(cls: type, registry: Registry) -> ModuleMetadata | None:
    return next((info for info in registry.list_modules() if info.cls is cls), None)


def _class_label(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"
