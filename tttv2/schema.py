"""Config schemas read from ``__init__`` signatures, typed validation and JSON Schema export."""

from __future__ import annotations

import collections.abc
import functools
import inspect
import math
import types
import typing
from collections.abc import Mapping
from typing import Literal, Union

import attrs

from tttv2.backend import runtime_keywords
from tttv2.protocols import CONTRACTS, Linear, LinearFactory
from tttv2.suggestions import close_matches, did_you_mean

_MISSING = inspect.Parameter.empty

_CATEGORY_OF_CONTRACT: dict[type, str] = {contract: category for category, contract in CONTRACTS.items()
                                          if contract is not Linear}
_CATEGORY_OF_CONTRACT[LinearFactory] = "linear"  # a module takes projections as factories: it picks their sizes

POSITIVE_KEYS = frozenset({"vocab_size", "hidden_dim", "num_layers", "num_heads", "num_kv_heads", "head_dim",
                           "intermediate_dim", "max_seq_len", "eps", "rope_theta", "window", "num_experts",
                           "top_k", "batch_size", "capacity"})
"""Keys that are sizes or scales in every module that takes them (the shared dimension vocabulary): a value
must be > 0 there. Checked by name before any constructor runs, so a zero is an error naming the key rather
than a ``ZeroDivisionError``. Every ``float`` must also be finite, whatever its name."""


@attrs.frozen
class ConfigField:
    """One constructor keyword a config may set."""

    name: str
    annotation: object
    default: object = _MISSING

    @property
    def required(self) -> bool:
        return self.default is _MISSING


@attrs.frozen
class Collaborator:
    """A constructor keyword filled with another module: the slot's category and whether it may be None."""

    name: str
    category: str
    optional: bool


@attrs.frozen
class ConfigSchema:
    """What a module's constructor accepts: plain config fields and injected collaborators."""

    owner: str
    fields: tuple[ConfigField, ...]
    collaborators: tuple[Collaborator, ...]
    accepts_any: bool = False

    def field(self, name: str) -> ConfigField | None:
        return next((f for f in self.fields if f.name == name), None)


@attrs.frozen
class ConfigProblem:
    """A config value that does not fit: ``str()`` starts with the dotted path to it."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def schema_of(cls: type) -> ConfigSchema:
    """Read the config schema of ``cls`` from its ``__init__`` (annotations resolved with get_type_hints)."""
    owner = f"{cls.__module__}:{cls.__qualname__}"
    if _inherits_bare_constructor(cls):
        return ConfigSchema(owner=owner, fields=(), collaborators=())
    init = cls.__init__  # type: ignore[misc]  # reading, not assigning, the constructor
    try:
        signature = inspect.signature(init)
    except (TypeError, ValueError):
        return ConfigSchema(owner=owner, fields=(), collaborators=(), accepts_any=True)
    hints = _type_hints(init)
    fields: list[ConfigField] = []
    collaborators: list[Collaborator] = []
    accepts_any = False
    runtime = runtime_keywords()
    for index, parameter in enumerate(signature.parameters.values()):
        if index == 0 and parameter.name == "self":
            continue
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            accepts_any = accepts_any or parameter.kind is inspect.Parameter.VAR_KEYWORD
            continue
        if parameter.name in runtime:  # filled by the build target, never by a config
            continue
        annotation = hints.get(parameter.name, typing.Any)
        collaborator = _collaborator(parameter.name, annotation)
        if collaborator is not None:
            collaborators.append(collaborator)
        else:
            fields.append(ConfigField(name=parameter.name, annotation=annotation, default=parameter.default))
    return ConfigSchema(owner=owner, fields=tuple(fields), collaborators=tuple(collaborators), accepts_any=accepts_any)


@functools.cache
def cached_schema(cls: type) -> ConfigSchema:
    """schema_of, read once per class: building and validation ask again for every layer."""
    return schema_of(cls)


def validate_config(schema: ConfigSchema, config: Mapping[str, object], path: str = "config",
                    provided: frozenset[str] = frozenset()) -> list[ConfigProblem]:
    """Every problem with ``config`` against ``schema``: unknown keys, missing required keys, wrong types.

    ``provided`` names keys that the caller fills from elsewhere (model dimensions), so they are not missing.
    """
    problems: list[ConfigProblem] = []
    names = [f.name for f in schema.fields]
    for key in config:
        if not isinstance(key, str):
            problems.append(ConfigProblem(f"{path}.<key {key!r}>", f"config keys are names, got {_describe(key)}"))
        elif schema.field(key) is None and not schema.accepts_any:
            known = ", ".join(names) or "none"
            hint = did_you_mean(close_matches(key, names))
            problems.append(ConfigProblem(f"{path}.{key}", f"unknown key (accepted keys: {known}){hint}"))
    for field in schema.fields:
        if field.name in config:
            problems.extend(check_field(field.name, config[field.name], field.annotation, f"{path}.{field.name}"))
        elif field.required and field.name not in provided:
            hint = (f"; its annotation {field.annotation!r} could not be resolved: import that name at module level "
                    "(not under TYPE_CHECKING) so tttv2 can tell a collaborator from a config key"
                    if isinstance(field.annotation, str) else "")
            problems.append(ConfigProblem(f"{path}.{field.name}",
                                          f"missing required key ({render_annotation(field.annotation)}){hint}"))
    return problems


def check_value(value: object, annotation: object, path: str) -> list[ConfigProblem]:
    """Check ``value`` against a real annotation; returns every mismatch with its path."""
    if _matches(value, annotation):
        nested = _nested_problems(value, annotation, path)
        return nested
    return [ConfigProblem(path, f"expected {render_annotation(annotation)}, got {_describe(value)}")]


def check_field(name: str, value: object, annotation: object, path: str) -> list[ConfigProblem]:
    """:func:`check_value`, then the rule for the key's name (:data:`POSITIVE_KEYS` must be > 0)."""
    problems = check_value(value, annotation, path)
    if (not problems and name in POSITIVE_KEYS and isinstance(value, (int, float)) and not isinstance(value, bool)
            and value <= 0):
        problems.append(ConfigProblem(path, f"must be positive, got {value}"))
    return problems


def render_annotation(annotation: object) -> str:
    """Human- and Markdown-friendly rendering: ``int | None``, ``list[int]``, ``Literal['a', 'b']``."""
    if annotation is typing.Any or annotation is _MISSING:
        return "Any"
    if annotation is type(None) or annotation is None:
        return "None"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (Union, types.UnionType):
        return " | ".join(render_annotation(a) for a in args)
    if origin is Literal:
        return "Literal[" + ", ".join(repr(a) for a in args) + "]"
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        if args:
            rendered = ", ".join("..." if a is Ellipsis else render_annotation(a) for a in args)
            return f"{name}[{rendered}]"
        return str(name)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins",):
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return str(annotation)


def json_schema(schema: ConfigSchema) -> dict[str, object]:
    """Export a config schema as JSON Schema (draft 2020-12) for editors checking YAML specs."""
    properties = {f.name: _json_type(f.annotation, positive=f.name in POSITIVE_KEYS) for f in schema.fields}
    for field in schema.fields:
        if not field.required and _is_json_scalar(field.default):
            properties[field.name] = {**properties[field.name], "default": field.default}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": schema.owner,
        "type": "object",
        "properties": properties,
        "required": [f.name for f in schema.fields if f.required],
        "additionalProperties": schema.accepts_any,
    }


def _type_hints(function: object) -> dict[str, object]:
    """Resolved annotations; one that cannot be resolved stays its string (checked as Any), the rest still resolve."""
    try:
        return dict(typing.get_type_hints(function))
    except (NameError, TypeError):
        pass  # an annotation names something imported only under TYPE_CHECKING: resolve them one by one
    hints: dict[str, object] = {}
    annotations: dict[str, object] = dict(getattr(function, "__annotations__", {}))
    namespace: dict[str, object] = dict(getattr(function, "__globals__", {}))
    for name, annotation in annotations.items():
        probe = _annotation_probe()
        probe.__annotations__ = {name: annotation}
        try:
            hints[name] = typing.get_type_hints(probe, globalns=namespace)[name]
        except (NameError, TypeError):
            hints[name] = annotation if isinstance(annotation, str) else typing.Any
    return hints


_BARE_CONSTRUCTORS = frozenset({"builtins.object", "torch.nn.modules.module.Module"})
"""Constructors that take ``*args, **kwargs`` in their signature but accept no configuration."""


def _inherits_bare_constructor(cls: type) -> bool:
    """Whether ``cls`` has no ``__init__`` of its own but object's, nn.Module's or a Protocol's: it takes no keys."""
    owner = next(klass for klass in cls.__mro__ if "__init__" in vars(klass))
    return (f"{owner.__module__}.{owner.__qualname__}" in _BARE_CONSTRUCTORS
            or bool(getattr(owner, "_is_protocol", False)))


def _annotation_probe() -> typing.Callable[[], None]:
    def probe() -> None:
        """Carries one annotation for get_type_hints."""

    return probe


def _collaborator(name: str, annotation: object) -> Collaborator | None:
    optional = False
    candidates = [annotation]
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = typing.get_args(annotation)
        optional = type(None) in args
        candidates = [a for a in args if a is not type(None)]
    if len(candidates) != 1:
        return None
    target = typing.get_origin(candidates[0]) or candidates[0]
    category = _CATEGORY_OF_CONTRACT.get(target) if isinstance(target, type) else None
    if category is None and isinstance(target, type):
        category = next((c for k, c in _CATEGORY_OF_CONTRACT.items() if target is not k and _is_sub_protocol(target, k)), None)
    return Collaborator(name=name, category=category, optional=optional) if category else None


def _is_sub_protocol(candidate: type, contract: type) -> bool:
    return bool(getattr(candidate, "_is_protocol", False)) and contract in candidate.__mro__


def _matches(value: object, annotation: object) -> bool:
    if annotation is typing.Any or annotation is object or annotation is _MISSING or isinstance(annotation, str):
        return True
    if annotation is None or annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (Union, types.UnionType):
        return any(_matches(value, a) for a in args)
    if origin is Literal:
        return any(value == a and type(value) is type(a) for a in args)
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if _is_dtype(annotation):
        return _is_dtype_value(value)
    if origin in (list, tuple, collections.abc.Sequence):
        return isinstance(value, (list, tuple))
    if origin in (dict, collections.abc.Mapping):
        return isinstance(value, Mapping)
    if isinstance(annotation, type) and attrs.has(annotation):
        return isinstance(value, (annotation, Mapping))
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True


def _nested_problems(value: object, annotation: object, path: str) -> list[ConfigProblem]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (Union, types.UnionType):
        branch = next(a for a in args if _matches(value, a))
        return _nested_problems(value, branch, path)
    if origin in (list, collections.abc.Sequence) and args and isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in check_value(item, args[0], f"{path}[{i}]")]
    if origin is tuple and args and isinstance(value, (list, tuple)):
        if len(args) == 2 and args[1] is Ellipsis:
            return [p for i, item in enumerate(value) for p in check_value(item, args[0], f"{path}[{i}]")]
        if len(value) != len(args):
            return [ConfigProblem(path, f"expected {len(args)} items ({render_annotation(annotation)}), got {len(value)}")]
        return [p for i, (item, arg) in enumerate(zip(value, args, strict=True)) for p in check_value(item, arg, f"{path}[{i}]")]
    if origin in (dict, collections.abc.Mapping) and len(args) == 2 and isinstance(value, Mapping):
        problems = [p for k in value for p in check_value(k, args[0], f"{path}.<key {k!r}>")]
        return problems + [p for k, v in value.items() for p in check_value(v, args[1], f"{path}.{k}")]
    if isinstance(annotation, type) and attrs.has(annotation) and isinstance(value, Mapping):
        return _attrs_problems(annotation, value, path)
    if annotation is float and isinstance(value, float) and not math.isfinite(value):
        return [ConfigProblem(path, f"must be a finite number, got {value}")]
    return []


def _attrs_problems(cls: type, value: Mapping[str, object], path: str) -> list[ConfigProblem]:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in attrs.fields(cls)}
    problems = [ConfigProblem(f"{path}.{k}", f"unknown key (accepted keys: {', '.join(fields)})")
                for k in value if k not in fields]
    for name, field in fields.items():
        if name in value:
            problems.extend(check_field(name, value[name], hints.get(name, typing.Any), f"{path}.{name}"))
        elif field.default is attrs.NOTHING:
            problems.append(ConfigProblem(f"{path}.{name}", "missing required key"))
    return problems


def _is_dtype(annotation: object) -> bool:
    return getattr(annotation, "__module__", "") == "torch" and getattr(annotation, "__name__", "") == "dtype"


def _is_dtype_value(value: object) -> bool:
    import torch

    return isinstance(value, torch.dtype) or (isinstance(value, str) and isinstance(getattr(torch, value, None), torch.dtype))


def _describe(value: object) -> str:
    text = repr(value)
    shown = text if len(text) <= 40 else text[:37] + "..."
    return f"{type(value).__name__} ({shown})"


def _is_json_scalar(value: object) -> bool:
    return value is None or isinstance(value, (bool, int, float, str))


def _json_type(annotation: object, *, positive: bool = False) -> dict[str, object]:
    """JSON Schema for an annotation; ``positive`` numbers (:data:`POSITIVE_KEYS`) get ``exclusiveMinimum: 0``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is type(None) or annotation is None:
        return {"type": "null"}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_json_type(a, positive=positive) for a in args]}
    if origin is Literal:
        return {"enum": list(args)}
    simple = {bool: "boolean", int: "integer", float: "number", str: "string"}
    if isinstance(annotation, type) and annotation in simple:
        bound = {"exclusiveMinimum": 0} if positive and annotation in (int, float) else {}
        return {"type": simple[annotation], **bound}
    if origin in (list, tuple, collections.abc.Sequence):
        items = _json_type(args[0]) if args and (origin is not tuple or args[-1] is Ellipsis or len(args) == 1) else {}
        return {"type": "array", "items": items} if items else {"type": "array"}
    if origin in (dict, collections.abc.Mapping):
        return {"type": "object", "additionalProperties": _json_type(args[1]) if len(args) == 2 else {}}
    if isinstance(annotation, type) and attrs.has(annotation):
        hints = typing.get_type_hints(annotation)
        return {"type": "object", "properties": {f.name: _json_type(hints.get(f.name, typing.Any)) for f in attrs.fields(annotation)}}
    if _is_dtype(annotation):
        return {"type": "string", "description": "a torch dtype name, e.g. float32"}
    return {}
