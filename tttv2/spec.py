"""Declarative model specs: dimensions, a module per slot, per-layer overrides; file round-trips."""

from __future__ import annotations

import functools
import itertools
import json
import math
import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, cast

import attrs
import yaml

from tttv2.errors import SpecError
from tttv2.protocols import LINEAR_GROUPS, cache_request
from tttv2.registry import Registry, current_registry
from tttv2.resolve import ResolutionError, lookup, resolve
from tttv2.schema import ConfigProblem, cached_schema, check_value, validate_config
from tttv2.spec_validator import spec_validator
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
    "linear": "linear",
    **{f"linear.{group}": "linear" for group in LINEAR_GROUPS},
}
"""Each slot of a decoder and the registry category that fills it (``qk_norm`` is the per-head q/k norm).

``linear`` makes every projection (the built-in dense ``linear`` when the spec names none); a
``linear.<group>`` slot, when given, makes the projections of that tensor group instead
(:data:`tttv2.protocols.LINEAR_GROUPS`)."""

OPTIONAL_SLOTS = frozenset({"qk_norm", "linear", *(f"linear.{group}" for group in LINEAR_GROUPS)})

MAX_SPEC_BYTES = 1 << 20
"""The largest spec file read (1 MiB); real specs are a few kilobytes."""

MAX_LAYER_OVERRIDES = 1024
"""The most entries a spec's ``layers`` list may have; each layer's configuration costs time per entry."""

MAX_SPEC_NESTING = 32
"""The deepest nesting of lists and mappings a spec file may have; real specs nest about six deep."""


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

    def ranges(self, num_layers: int) -> tuple[range, ...]:
        """The selection as ranges, never expanded (a spec may claim 10^9 layers); ValueError on bad syntax."""
        return _selector_ranges(self.text, num_layers)

    def contains(self, layer: int, num_layers: int) -> bool:
        """Whether ``layer`` is selected, in time independent of ``num_layers``."""
        return any(layer in selected for selected in self.ranges(num_layers))

    def indices(self, num_layers: int) -> list[int]:
        """The selected layer indices as a list (as long as the selection: prefer :meth:`ranges`)."""
        return sorted({index for selected in self.ranges(num_layers) for index in selected})


@attrs.frozen
class LayerGroup:
    """Layers the same overrides apply to, so they share one configuration: ``first`` stands for all ``count``."""

    first: int
    count: int
    overrides: tuple[int, ...]


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
        problems: list[object] = list(check_value(attrs.asdict(self), Dimensions, "dims"))
        problems += _grouping_problems(self.num_heads, self.num_kv_heads)
        if problems:
            raise SpecError(problems)


def _grouping_problems(heads: object, kv_heads: object) -> list[str]:
    """Query heads must split evenly over key/value heads (checked once both are positive ints)."""
    if _is_positive_int(heads) and _is_positive_int(kv_heads) and heads % kv_heads:
        return [f"dims.num_heads: {heads} is not a multiple of num_kv_heads {kv_heads}"]
    return []


def _is_positive_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


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
        if len(self.layers) > MAX_LAYER_OVERRIDES:
            problems.append(f"layers: {len(self.layers):,} overrides, more than the {MAX_LAYER_OVERRIDES:,} a spec may have")
        for index, override in enumerate(self.layers[:MAX_LAYER_OVERRIDES]):
            try:
                override.select.ranges(self.dims.num_layers)
            except ValueError as exc:
                problems.append(f"layers[{index}].select: {exc}")
            problems += [f"layers[{index}].{slot}: unknown slot{_did_you_mean(slot, SLOT_CATEGORIES)}"
                         for slot in override.slots if slot not in SLOT_CATEGORIES]
        if problems:
            raise SpecError(problems)

    # -- per-layer view -------------------------------------------------------------------------
    def ref(self, slot: str, layer: int | None = None) -> ModuleRef | None:
        """The module reference for ``slot`` on ``layer`` after every matching override (None: the base)."""
        return self.modules.get(slot) if layer is None else self.group_ref(slot, self.overrides_at(layer))

    def overrides_at(self, layer: int) -> tuple[int, ...]:
        """Indices (into ``layers``) of the overrides that select ``layer``."""
        return tuple(i for i, o in enumerate(self.layers) if o.select.contains(layer, self.dims.num_layers))

    def group_ref(self, slot: str, overrides: Iterable[int]) -> ModuleRef | None:
        """The module reference for ``slot`` after the given overrides (a :class:`LayerGroup`'s), in spec order."""
        ref = self.modules.get(slot)
        for index in sorted(overrides):
            patch = self.layers[index].slots.get(slot)
            if patch is not None:
                ref = patch.apply(ref)
        return ref

    def layer_groups(self) -> tuple[LayerGroup, ...]:
        """The layers split by which overrides apply, in order of first layer; work per group, not per layer.

        Raises ValueError when the selectors are too intricate to split within a fixed budget.
        """
        return _split_layers([o.select.ranges(self.dims.num_layers) for o in self.layers], self.dims.num_layers)

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
        text = _read_spec_text(file)
        try:
            data = _FORMATS[suffix][0](text)
        except (yaml.YAMLError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
            raise SpecError([f"{file}: not valid {suffix[1:].upper()}: {exc}"]) from exc
        except RecursionError:  # the JSON and TOML parsers recurse once per nesting level
            raise SpecError([f"{file}: nested more than {MAX_SPEC_NESTING} levels deep"]) from None
        if _nesting_exceeds(data, MAX_SPEC_NESTING):
            raise SpecError([f"{file}: nested more than {MAX_SPEC_NESTING} levels deep"])
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
        """Dry-run the whole graph for ``device``: every problem with its path; [] means it builds.

        Delegates to the graph builder (:func:`tttv2.validation.validate_spec`), which builds on this module.
        """
        return spec_validator()(self, device)


def module_label(module: object) -> str:
    """How a module reference is written in a file: its name, or ``pkg.mod:Class`` for a class."""
    if isinstance(module, type):
        return f"{module.__module__}:{module.__qualname__}"
    return str(module)


_SELECTOR_SYNTAX = "expected a layer index, 'start:stop' or 'start:stop:step'"
_SPLIT_BUDGET = 1_000_000
"""Steps :func:`_split_layers` may take; far above any real model, it bounds a hostile spec's selectors."""


@functools.lru_cache(maxsize=4 * MAX_LAYER_OVERRIDES)
def _selector_ranges(text: str, num_layers: int) -> tuple[range, ...]:
    """Parse a selector once per model size (cached: builds ask for every layer)."""
    selected: list[range] = []
    for part in text.replace(" ", "").split(","):
        pieces = part.split(":")
        if len(pieces) > 3:
            raise ValueError(f"bad layer selector {_shown(part)}: {_SELECTOR_SYNTAX}")
        try:
            numbers = [int(p) if p else None for p in pieces]
        except ValueError:
            raise ValueError(f"bad layer selector {_shown(part)}: {_SELECTOR_SYNTAX}") from None
        if len(numbers) == 1:
            index = numbers[0]
            if index is None:
                raise ValueError(f"bad layer selector {_shown(text)}: an empty entry ({_SELECTOR_SYNTAX})")
            if not 0 <= index < num_layers:
                raise ValueError(f"layer {_shown(index)} is out of range (the model has {num_layers} layers)")
            selected.append(range(index, index + 1))
            continue
        start, stop, step = [*numbers, None][:3]
        if step is not None and step <= 0:
            raise ValueError(f"bad layer selector {_shown(part)}: step must be positive")
        chosen = range(num_layers)[slice(start, stop, step)]
        if not chosen:
            raise ValueError(f"layer selector {_shown(part)} selects no layer (the model has {num_layers} layers)")
        selected.append(chosen)
    return tuple(selected)


def _shown(value: str | int) -> str:
    """A selector or index for a message, cut to 40 characters: a hostile selector can be a megabyte long."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else f"{text[:37]}..."


def _split_layers(selections: Sequence[tuple[range, ...]], num_layers: int) -> tuple[LayerGroup, ...]:
    """Group layers ``0..num_layers-1`` by the set of selections holding them, without visiting every layer.

    Between consecutive range ends the same ranges are active, and membership repeats with the lcm of
    their steps; so one period of each stretch shows every pattern it holds.
    """
    starts: dict[int, list[tuple[range, int]]] = {}
    stops: dict[int, list[tuple[range, int]]] = {}
    for owner, ranges in enumerate(selections):
        for selected in ranges:
            starts.setdefault(selected.start, []).append((selected, owner))
            stops.setdefault(selected.stop, []).append((selected, owner))
    cuts = sorted({0, num_layers, *starts, *stops})
    active: dict[tuple[range, int], None] = {}
    groups: dict[tuple[int, ...], list[int]] = {}
    budget = _SPLIT_BUDGET
    for low, high in itertools.pairwise(cuts):
        for key in stops.get(low, []):
            active.pop(key, None)
        active.update(dict.fromkeys(starts.get(low, [])))
        period = math.lcm(*(selected.step for selected, _ in active))
        budget -= max(len(active), 1) * min(high - low, period)
        if budget < 0:
            raise ValueError(f"the layer selectors split {num_layers} layers into too many patterns to check; "
                             "use fewer, simpler selectors")
        for layer in range(low, min(high, low + period)):
            owners = tuple(sorted({owner for selected, owner in active if layer in selected}))
            found = groups.setdefault(owners, [layer, 0])
            found[1] += (high - layer + period - 1) // period
    return tuple(sorted((LayerGroup(first, count, owners) for owners, (first, count) in groups.items()),
                        key=lambda group: group.first))


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


class _SpecYAMLLoader(yaml.SafeLoader):
    """``safe_load`` that refuses aliases and deep nesting.

    An alias repeats a node: a few hundred bytes of nested aliases (a "billion laughs" file) expand
    to gigabytes. The composer recurses once per level, so nesting is bounded before Python's stack is.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in spec files: "
                                              "write the value out", self._mark())
        if self.depth >= MAX_SPEC_NESTING:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_SPEC_NESTING} levels deep",
                                              self._mark())
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def _mark(self) -> yaml.Mark:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in the stubs
        return cast(yaml.Mark, event.start_mark)  # a parsed event always has its position


def _yaml_load(text: str) -> object:
    return yaml.load(text, Loader=_SpecYAMLLoader)  # a SafeLoader subclass: no arbitrary objects


_FORMATS: dict[str, tuple[Callable[[str], object], Callable[[Mapping[str, object]], str]]] = {
    ".yaml": (_yaml_load, _yaml_dump),
    ".yml": (_yaml_load, _yaml_dump),
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


def _read_spec_text(file: Path) -> str:
    """The file's text; devices, pipes, directories and files over :data:`MAX_SPEC_BYTES` are refused unread."""
    try:
        info = file.stat()
    except OSError as exc:
        raise SpecError([f"{file}: cannot read ({exc.strerror or exc})"]) from exc
    if not stat.S_ISREG(info.st_mode):
        raise SpecError([f"{file}: not a regular file (a device, pipe or directory); give a spec file"])
    too_large = f"{file}: larger than {MAX_SPEC_BYTES:,} bytes, the limit for a spec file"
    if info.st_size > MAX_SPEC_BYTES:
        raise SpecError([too_large])
    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_SPEC_BYTES + 1)  # a size of 0 proves nothing (/proc files)
    except OSError as exc:
        raise SpecError([f"{file}: cannot read ({exc.strerror or exc})"]) from exc
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError([too_large])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError([f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})"]) from exc


def _nesting_exceeds(data: object, limit: int) -> bool:
    """Whether lists and mappings nest deeper than ``limit``; iterative, so any depth is safe to ask about."""
    pending: list[tuple[object, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, Mapping):
            children: Iterable[object] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


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
    if len(raw_layers) > MAX_LAYER_OVERRIDES:
        problems.append(f"layers: {len(raw_layers):,} overrides, more than the {MAX_LAYER_OVERRIDES:,} a spec may have")
        raw_layers = []
    for index, raw in enumerate(raw_layers):
        override = _parse_override(raw, f"layers[{index}]", problems, dims)
        if override is not None:
            layers.append(override)
    for key in ("name", "architecture"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            problems.append(f"{key}: expected str, got {type(data.get(key)).__name__}")
    if problems or dims is None:
        raise SpecError([*problems, *_module_problems(modules, layers)], source=source)
    try:
        return ModelSpec(dims=dims, modules=modules, layers=tuple(layers),
                         name=_optional_str(data.get("name")), architecture=_optional_str(data.get("architecture")))
    except SpecError as exc:
        raise SpecError(exc.problems, source=source) from exc


def _module_problems(modules: Mapping[str, ModuleRef | None], layers: Sequence[LayerOverride]) -> list[str]:
    """Module and config problems of a spec that cannot be built (bad dims): reported now, not after a fix."""
    refs = [(f"modules.{slot}", slot, ref) for slot, ref in modules.items()]
    refs += [(f"layers[{index}].{slot}", slot, ModuleRef(module=patch.module, config=patch.config))
             for index, override in enumerate(layers) for slot, patch in override.slots.items()
             if patch.module is not None]
    return _slot_problems(refs, current_registry())


def _slot_problems(refs: Iterable[tuple[str, str, ModuleRef | None]], registry: Registry) -> list[str]:
    """Resolve each ``(path, slot, ref)`` and check its config, taking every dimension name as given.

    Hardware coverage is left to :meth:`ModelSpec.validate`, which knows the device.
    """
    provided = frozenset(f.name for f in attrs.fields(Dimensions)) | frozenset(
        cache_request(batch_size=1, capacity=1, windows=()))
    problems: list[str] = []
    for path, slot, ref in refs:
        if ref is None or slot not in SLOT_CATEGORIES:
            continue
        try:
            cls = _any_implementation(ref.module, SLOT_CATEGORIES[slot], registry)
        except ResolutionError as exc:
            problems.append(f"{path}.module: {exc}")
            continue
        problems += [f"{p.path}: {p.message}" for p in validate_config(cached_schema(cls), ref.config, f"{path}.config", provided)]
    return problems


def _any_implementation(module: str | type, category: str, registry: Registry) -> type:
    """The class a reference names, whatever hardware it runs on."""
    if isinstance(module, str) and ":" not in module:
        info = lookup(module, registry)
        if info.category != category:
            raise ResolutionError(f"{info.name!r} is a {info.category!r} module, but this slot needs a {category!r} module")
        return info.cls
    return resolve(module, category=category, hardware="cpu", registry=registry).cls


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _parse_dims(raw: object, problems: list[str]) -> Dimensions | None:
    if raw is None:
        problems.append("dims: missing (vocab_size, hidden_dim, num_layers, num_heads, num_kv_heads, head_dim, intermediate_dim)")
        return None
    found: list[ConfigProblem] = check_value(raw, Dimensions, "dims")
    if found:
        problems.extend(str(p) for p in found)
        if isinstance(raw, Mapping):
            problems.extend(_grouping_problems(raw.get("num_heads"), raw.get("num_kv_heads")))
        return None
    assert isinstance(raw, Mapping)  # check_value accepted it as a mapping
    try:
        return Dimensions(**{str(k): v for k, v in raw.items()})
    except SpecError as exc:
        problems.extend(str(p) for p in exc.problems)
        return None


def parse_module_ref(raw: object, path: str, problems: list[str]) -> ModuleRef | None:
    """Read a slot's module as a spec file writes it: a name, ``pkg.mod:Class``, a class, or ``{module, config}``.

    Problems are appended to ``problems``, each starting with ``path``; None when there were any.
    """
    if isinstance(raw, ModuleRef):
        return raw
    parsed = _parse_ref(raw, path, problems, require_module=True)
    return parsed if isinstance(parsed, ModuleRef) else None


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
            selector.ranges(dims.num_layers)
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
