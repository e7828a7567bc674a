"""Declarative model specs: dimensions, a module per slot, per-layer overrides; file round-trips."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import yaml

from tttv2.errors import SpecError
from tttv2.schema import ConfigProblem, check_value
from tttv2.suggestions import close_matches, did_you_mean

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    from tttv2.validation import SpecProblem

SLOT_CATEGORIES: Mapping[str, str] = {
    "embedding": "embedding",
    "attention_layer": "attention-layer",
    "attention": "attention",
    "position": "position",
    "ffn": "ffn",
    "norm": "norm",
    "qk_norm": "norm",
    "block": "block",
    "head": "head",
    "cache": "cache",
}
"""Each slot of a decoder and the registry category that fills it (``qk_norm`` is the per-head q/k norm)."""

OPTIONAL_SLOTS = frozenset({"qk_norm"})


def _copy_config(value: Mapping[str, object] | None) -> Mapping[str, object]:
    # a private copy, so the caller's dict cannot change the spec; attrs' frozen is shallow, and a
    # read-only mapping proxy would make specs (and models holding them) impossible to deepcopy
    return dict(value or {})


def _slot_refs(value: Mapping[str, ModuleRef | None]) -> Mapping[str, ModuleRef | None]:
    return dict(value)


def _slot_patches(value: Mapping[str, SlotPatch]) -> Mapping[str, SlotPatch]:
    return dict(value)


def _selector(value: LayerSelector | str | int) -> LayerSelector:
    return value if isinstance(value, LayerSelector) else LayerSelector(text=str(value))


def _module_key(module: object) -> object:
    """Compare class objects by import path, so a spec equals its file round-trip."""
    return module_label(module) if isinstance(module, type) else module


@attrs.frozen(kw_only=True)
class ModuleRef:
    """Which module fills a slot: a registry name or alias, ``"pkg.mod:Class"`` or a class, plus its config."""

    module: str | type = attrs.field(eq=_module_key)
    config: Mapping[str, object] = attrs.field(factory=dict, converter=_copy_config)

    @property
    def label(self) -> str:
        return module_label(self.module)


@attrs.frozen(kw_only=True)
class SlotPatch:
    """A per-layer change to one slot: another module (with its own config) or config keys patched over the base."""

    module: str | type | None = attrs.field(default=None, eq=_module_key)
    config: Mapping[str, object] = attrs.field(factory=dict, converter=_copy_config)

    def apply(self, base: ModuleRef | None) -> ModuleRef | None:
        if self.module is not None:
            return ModuleRef(module=self.module, config=self.config)
        if base is None:
            return None
        return attrs.evolve(base, config={**base.config, **self.config})


@attrs.frozen(kw_only=True)
class LayerSelector:
    """Which layers an override touches: ``"3"``, ``"2:5"`` (a range), ``"5::6"`` (every 6th from 5), ``"0,7"``."""

    text: str

    def indices(self, num_layers: int) -> list[int]:
        """The selected layer indices; raises ValueError on bad syntax or out-of-range layers."""
        chosen: set[int] = set()
        for part in self.text.replace(" ", "").split(","):
            if ":" in part:
                pieces = part.split(":")
                if len(pieces) > 3:
                    raise ValueError(f"bad layer selector {part!r}")
                start, stop, step = (int(p) if p else None for p in [*pieces, "", ""][:3])
                if step is not None and step <= 0:
                    raise ValueError(f"bad layer selector {part!r}: step must be positive")
                selected = range(num_layers)[slice(start, stop, step)]
                if not selected:
                    raise ValueError(f"layer selector {part!r} selects no layer (the model has {num_layers} layers)")
                chosen.update(selected)
            else:
                index = int(part)
                if not 0 <= index < num_layers:
                    raise ValueError(f"layer {index} is out of range (the model has {num_layers} layers)")
                chosen.add(index)
        return sorted(chosen)


@attrs.frozen(kw_only=True)
class LayerOverride:
    """Slots that differ on the selected layers (e.g. Gemma 3's global-attention layers)."""

    select: LayerSelector = attrs.field(converter=_selector)
    slots: Mapping[str, SlotPatch] = attrs.field(factory=dict, converter=_slot_patches)


@attrs.frozen(kw_only=True)
class Dimensions:
    """Model-wide sizes; a module's constructor keyword with one of these names receives its value."""

    vocab_size: int
    hidden_dim: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    intermediate_dim: int
    max_seq_len: int = 2048
    eps: float = 1e-6
    rope_theta: float = 10000.0

    def __attrs_post_init__(self) -> None:
        problems = [f"dims.{f.name}: must be positive, got {getattr(self, f.name)}"
                    for f in attrs.fields(Dimensions) if getattr(self, f.name) <= 0]
        if not problems and self.num_heads % self.num_kv_heads:
            problems.append(f"dims.num_heads: {self.num_heads} is not a multiple of num_kv_heads {self.num_kv_heads}")
        if problems:
            raise SpecError(problems)


DEFAULT_MODULES: Mapping[str, str] = {
    "embedding": "token-embedding",
    "attention_layer": "grouped-query-attention",
    "attention": "sdpa",
    "position": "rope",
    "ffn": "swiglu",
    "norm": "rms-norm",
    "block": "pre-norm-block",
    "head": "linear-head",
    "cache": "static-kv-cache",
}
"""A Llama-style decoder: what a slot holds when a spec does not say."""


@attrs.frozen(kw_only=True)
class ModelSpec:
    """A whole decoder as data: dimensions, the module in each slot, and per-layer overrides."""

    dims: Dimensions
    modules: Mapping[str, ModuleRef | None] = attrs.field(converter=_slot_refs)
    layers: tuple[LayerOverride, ...] = ()
    name: str | None = None
    architecture: str | None = None

    def __attrs_post_init__(self) -> None:
        problems = [f"modules.{slot}: unknown slot{_did_you_mean(slot, SLOT_CATEGORIES)}"
                    for slot in self.modules if slot not in SLOT_CATEGORIES]
        problems += [f"modules.{slot}: missing" for slot in SLOT_CATEGORIES
                     if slot not in self.modules and slot not in OPTIONAL_SLOTS]
        for index, override in enumerate(self.layers):
            try:
                override.select.indices(self.dims.num_layers)
            except ValueError as exc:
                problems.append(f"layers[{index}].select: {exc}")
            problems += [f"layers[{index}].{slot}: unknown slot{_did_you_mean(slot, SLOT_CATEGORIES)}"
                         for slot in override.slots if slot not in SLOT_CATEGORIES]
        if problems:
            raise SpecError(problems)

    # -- per-layer view -------------------------------------------------------------------------
    def ref(self, slot: str, layer: int | None = None) -> ModuleRef | None:
        """The module reference for ``slot`` on ``layer`` after every matching override (None: the base)."""
        ref = self.modules.get(slot)
        if layer is None:
            return ref
        for override in self.layers:
            patch = override.slots.get(slot)
            if patch is not None and layer in override.select.indices(self.dims.num_layers):
                ref = patch.apply(ref)
        return ref

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def create(cls, *, dims: Dimensions, modules: Mapping[str, str | type | ModuleRef | None] | None = None,
               layers: Sequence[LayerOverride] = (), name: str | None = None,
               architecture: str | None = None) -> ModelSpec:
        """Build a spec in code; slots not given hold :data:`DEFAULT_MODULES`."""
        refs: dict[str, ModuleRef | None] = {slot: ModuleRef(module=m) for slot, m in DEFAULT_MODULES.items()}
        for slot, value in (modules or {}).items():
            refs[slot] = value if value is None or isinstance(value, ModuleRef) else ModuleRef(module=value)
        return cls(dims=dims, modules=refs, layers=tuple(layers), name=name, architecture=architecture)

    @classmethod
    def from_dict(cls, data: Mapping[str, object], *, source: str = "spec") -> ModelSpec:
        """Parse a mapping; every problem is collected with its key path and raised once as SpecError."""
        return _parse_spec(data, source)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ModelSpec:
        """Load a spec from ``.yaml``/``.yml``, ``.toml`` or ``.json`` (format by suffix)."""
        file = Path(path)
        suffix = file.suffix.lower()
        if suffix not in _FORMATS:
            raise SpecError([f"{file}: unsupported spec format {suffix or '(none)'}; use .yaml, .yml, .toml or .json"])
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise SpecError([f"{file}: cannot read ({exc.strerror or exc})"]) from exc
        try:
            data = _FORMATS[suffix][0](text)
        except (yaml.YAMLError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
            raise SpecError([f"{file}: not valid {suffix[1:].upper()}: {exc}"]) from exc
        if not isinstance(data, Mapping):
            raise SpecError([f"{file}: expected a mapping at the top level, got {type(data).__name__}"])
        return _parse_spec(data, str(file))

    def to_dict(self) -> dict[str, object]:
        """A plain mapping (class objects become ``pkg.mod:Class``) that :meth:`from_dict` reads back equal."""
        out: dict[str, object] = {}
        if self.name is not None:
            out["name"] = self.name
        if self.architecture is not None:
            out["architecture"] = self.architecture
        out["dims"] = attrs.asdict(self.dims)
        out["modules"] = {slot: _ref_to_dict(ref) for slot, ref in self.modules.items()}
        if self.layers:
            out["layers"] = [
                {"select": o.select.text, **{slot: _ref_to_dict(p) for slot, p in o.slots.items()}}
                for o in self.layers
            ]
        return out

    def to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the spec; the format follows the suffix. Written to a temp file, then renamed."""
        file = Path(path)
        suffix = file.suffix.lower()
        if suffix not in _FORMATS:
            raise SpecError([f"{file}: unsupported spec format {suffix or '(none)'}; use .yaml, .yml, .toml or .json"])
        text = _FORMATS[suffix][1](self.to_dict())
        temporary = file.with_name(f".{file.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(file)

    def validate(self, device: str = "cpu") -> list[SpecProblem]:
        """Dry-run the whole graph for ``device``: every problem with its path; [] means it builds."""
        from tttv2.validation import validate_spec

        return validate_spec(self, device=device)


def module_label(module: object) -> str:
    """How a module reference is written in a file: its name, or ``pkg.mod:Class`` for a class."""
    if isinstance(module, type):
        return f"{module.__module__}:{module.__qualname__}"
    return str(module)


def _ref_to_dict(ref: ModuleRef | SlotPatch | None) -> object:
    if ref is None:
        return None
    out: dict[str, object] = {}
    if ref.module is not None:
        out["module"] = module_label(ref.module)
    if ref.config:
        out["config"] = {k: _plain(v) for k, v in ref.config.items()}
    return out


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in attrs.asdict(value, recurse=False).items()}  # type: ignore[arg-type]  # attrs.has checked
    return value


def _toml_dump(data: Mapping[str, object]) -> str:
    import tomli_w

    stripped = _strip_none(data)
    assert isinstance(stripped, dict)  # a mapping stays a mapping
    return tomli_w.dumps(stripped)


def _strip_none(value: object) -> object:
    """TOML has no null: None is written as the inline table ``{none = true}`` and read back as None."""
    if isinstance(value, Mapping):
        return {k: _strip_none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strip_none(v) for v in value]
    return dict(_TOML_NONE) if value is None else value


_TOML_NONE = {"none": True}

def _yaml_dump(data: Mapping[str, object]) -> str:
    return yaml.safe_dump(dict(data), sort_keys=False)


def _json_dump(data: Mapping[str, object]) -> str:
    return json.dumps(data, indent=2) + "\n"


def _toml_load(text: str) -> object:
    return _restore_none(tomllib.loads(text))


_FORMATS: dict[str, tuple[Callable[[str], object], Callable[[Mapping[str, object]], str]]] = {
    ".yaml": (yaml.safe_load, _yaml_dump),
    ".yml": (yaml.safe_load, _yaml_dump),
    ".json": (json.loads, _json_dump),
    ".toml": (_toml_load, _toml_dump),
}


def _restore_none(value: object) -> object:
    if isinstance(value, Mapping):
        if dict(value) == _TOML_NONE:
            return None
        return {k: _restore_none(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_none(v) for v in value]
    return value


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    return did_you_mean(close_matches(word, choices))


_TOP_KEYS = ("name", "architecture", "dims", "modules", "layers")


def _parse_spec(data: Mapping[str, object], source: str) -> ModelSpec:
    problems: list[str] = []
    for key in data:
        if key not in _TOP_KEYS:
            problems.append(f"{key}: unknown key{_did_you_mean(str(key), _TOP_KEYS)} (accepted: {', '.join(_TOP_KEYS)})")
    dims = _parse_dims(data.get("dims"), problems)
    modules: dict[str, ModuleRef | None] = {slot: ModuleRef(module=m) for slot, m in DEFAULT_MODULES.items()}
    raw_modules = data.get("modules", {})
    if not isinstance(raw_modules, Mapping):
        problems.append(f"modules: expected a mapping of slot to module, got {type(raw_modules).__name__}")
        raw_modules = {}
    for slot, raw in raw_modules.items():
        if slot not in SLOT_CATEGORIES:
            problems.append(f"modules.{slot}: unknown slot{_did_you_mean(str(slot), SLOT_CATEGORIES)}")
            continue
        if raw is None:
            modules[slot] = None
            continue
        parsed = _parse_ref(raw, f"modules.{slot}", problems, require_module=True)
        if isinstance(parsed, ModuleRef):
            modules[slot] = parsed
    layers: list[LayerOverride] = []
    raw_layers = data.get("layers", [])
    if not isinstance(raw_layers, list):
        problems.append(f"layers: expected a list of overrides, got {type(raw_layers).__name__}")
        raw_layers = []
    for index, raw in enumerate(raw_layers):
        override = _parse_override(raw, f"layers[{index}]", problems, dims)
        if override is not None:
            layers.append(override)
    for key in ("name", "architecture"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            problems.append(f"{key}: expected str, got {type(data.get(key)).__name__}")
    if problems or dims is None:
        raise SpecError(problems, source=source)
    try:
        return ModelSpec(dims=dims, modules=modules, layers=tuple(layers),
                         name=_optional_str(data.get("name")), architecture=_optional_str(data.get("architecture")))
    except SpecError as exc:
        raise SpecError(exc.problems, source=source) from exc


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _parse_dims(raw: object, problems: list[str]) -> Dimensions | None:
    if raw is None:
        problems.append("dims: missing (vocab_size, hidden_dim, num_layers, num_heads, num_kv_heads, head_dim, intermediate_dim)")
        return None
    found: list[ConfigProblem] = check_value(raw, Dimensions, "dims")
    if found:
        problems.extend(str(p) for p in found)
        return None
    assert isinstance(raw, Mapping)  # check_value accepted it as a mapping
    try:
        return Dimensions(**{str(k): v for k, v in raw.items()})
    except SpecError as exc:
        problems.extend(str(p) for p in exc.problems)
        return None


def _parse_ref(raw: object, path: str, problems: list[str], *, require_module: bool) -> ModuleRef | SlotPatch | None:
    if isinstance(raw, (str, type)):
        return ModuleRef(module=raw)
    if not isinstance(raw, Mapping):
        problems.append(f"{path}: expected a module name or {{module, config}}, got {type(raw).__name__}")
        return None
    unknown = [k for k in raw if k not in ("module", "config")]
    problems += [f"{path}.{k}: unknown key (accepted: module, config)" for k in unknown]
    module = raw.get("module")
    config = raw.get("config", {})
    if module is not None and not isinstance(module, (str, type)):
        problems.append(f"{path}.module: expected a name, 'pkg.mod:Class' or a class, got {type(module).__name__}")
        return None
    if not isinstance(config, Mapping):
        problems.append(f"{path}.config: expected a mapping, got {type(config).__name__}")
        return None
    if module is None:
        if require_module:
            problems.append(f"{path}.module: missing")
            return None
        return SlotPatch(config=config)
    if require_module:
        return ModuleRef(module=module, config=config)
    return SlotPatch(module=module, config=config)


def _parse_override(raw: object, path: str, problems: list[str], dims: Dimensions | None) -> LayerOverride | None:
    if not isinstance(raw, Mapping):
        problems.append(f"{path}: expected a mapping with 'select' and slots, got {type(raw).__name__}")
        return None
    if "select" not in raw:
        problems.append(f"{path}.select: missing (e.g. \"3\", \"2:5\", \"5::6\")")
        return None
    selector = LayerSelector(text=str(raw["select"]))
    if dims is not None:
        try:
            selector.indices(dims.num_layers)
        except ValueError as exc:
            problems.append(f"{path}.select: {exc}")
    slots: dict[str, SlotPatch] = {}
    for slot, patch in raw.items():
        if slot == "select":
            continue
        if slot not in SLOT_CATEGORIES:
            problems.append(f"{path}.{slot}: unknown slot{_did_you_mean(str(slot), SLOT_CATEGORIES)}")
            continue
        parsed = _parse_ref(patch, f"{path}.{slot}", problems, require_module=False)
        if isinstance(parsed, SlotPatch):
            slots[slot] = parsed
        elif isinstance(parsed, ModuleRef):
            slots[slot] = SlotPatch(module=parsed.module, config=parsed.config)
    return LayerOverride(select=selector, slots=slots)
