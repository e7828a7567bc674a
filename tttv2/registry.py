"""Optional module registry: names, aliases, metadata, search, config validation, docs."""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import functools
import importlib
import importlib.metadata
import json
import re
import threading
import types
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import attrs

from tttv2.backend import hardware_names
from tttv2.conformance import Problem, check_conformance
from tttv2.errors import ConformanceError, DuplicateModuleError, RegistrationError, UnknownModuleError
from tttv2.protocols import CONTRACTS, LINEAR_GROUPS
from tttv2.provenance import distribution_of
from tttv2.schema import ConfigProblem, ConfigSchema, json_schema, render_annotation, schema_of, validate_config
from tttv2.suggestions import close_matches, did_you_mean

C = TypeVar("C", bound=type)

PerformanceHints = Mapping[str, "str | int | float"]
"""The seed's ``performance_hints``: free-form notes such as ``{"speedup": "1.5-2x", "memory": "30% less"}``."""

ENTRY_POINT_GROUP = "tttv2.modules"
"""Third-party packages list modules (or ``register(registry)`` callables) under this group."""

_NAME_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9.]+)*")
"""Module names and categories: kebab-case, whole string (``fullmatch``: ``$`` would let a newline through)."""
_ALIAS_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""Aliases: letters, digits, ``-``, ``_``, ``.``, starting with a letter or digit (so never empty once normalised)."""
_TAG_PATTERN = re.compile(r"[^\s](?:[^\n\r]*[^\s])?")
_CATEGORY_CUTOFF = 0.8
"""A new category this close to a built-in one ("ffns", "norms") is taken for a typo of it."""


def _read_only(hints: PerformanceHints) -> PerformanceHints:
    """A read-only copy, so frozen metadata stays frozen."""
    return types.MappingProxyType(dict(hints))


@attrs.frozen
class ModuleMetadata:
    """What the registry knows about one module: identity, discovery metadata and provenance."""

    name: str
    category: str
    cls: type = attrs.field(eq=False)
    description: str = ""
    author: str = ""
    version: str = ""
    hardware_support: tuple[str, ...] = ("cpu",)
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    implements: str | None = None
    defined_in: str = ""
    performance_hints: PerformanceHints = attrs.field(factory=dict, hash=False, converter=_read_only)

    @functools.cached_property
    def distribution(self) -> str | None:
        """``"name version"`` of the installed distribution providing :attr:`defined_in`, or None for local code.

        Looked up when first read, not at registration: reading every installed distribution's file records took
        0.23 s and 5 MB of every ``load_pretrained`` that registered the built-ins.
        """
        return distribution_of(self.defined_in)

    @property
    def module_class(self) -> type:
        """The seed's name for :attr:`cls`."""
        return self.cls

    @property
    def config_schema(self) -> dict[str, dict[str, object]]:
        """The seed's view of :meth:`schema`: ``{key: {"type", "default", "required"}}`` for each config key.

        Collaborators (filled from other slots) and runtime keywords (``device``, ``dtype``) are not config keys.
        """
        return {field.name: {"type": field.annotation, "default": None if field.required else field.default,
                             "required": field.required}
                for field in self.schema().fields}

    @property
    def import_path(self) -> str:
        """``package.module:Class``, usable anywhere a module reference is accepted."""
        return f"{self.cls.__module__}:{self.cls.__qualname__}"

    @property
    def contract(self) -> type | None:
        """The Protocol of this module's category, or None for a category without one."""
        return CONTRACTS.get(self.category)

    def schema(self) -> ConfigSchema:
        """The config schema read from the class's ``__init__``."""
        return schema_of(self.cls)

    def supports(self, hardware: str) -> bool:
        return hardware.lower() in self.hardware_support

    def to_json(self) -> dict[str, object]:
        """A JSON-ready description, config schema included."""
        return {
            "name": self.name,
            "category": self.category,
            "aliases": list(self.aliases),
            "description": self.description,
            "author": self.author,
            "version": self.version,
            "hardware_support": list(self.hardware_support),
            "tags": list(self.tags),
            "implements": self.implements,
            "import_path": self.import_path,
            "defined_in": self.defined_in,
            "distribution": self.distribution,
            "performance_hints": dict(self.performance_hints),
            "config_schema": json_schema(self.schema()),
        }


def normalize_name(name: str) -> str:
    """Lookup key: case, ``-``, ``_`` and spaces are ignored."""
    return re.sub(r"[-_\s]+", "", name.lower())


class Registry:
    """A set of registered modules; an instance, so tests can build their own and pass it around.

    Lookups ignore case, ``-``, ``_`` and spaces. Duplicate names or aliases raise
    :class:`DuplicateModuleError` unless ``replace=True``. Registration checks the class against
    its category's contract (signatures included) and raises :class:`ConformanceError` if it misses.
    """

    def __init__(self, *, load_plugins: bool = False, builtins: Sequence[str] = ()) -> None:
        self._lock = threading.RLock()
        self._entries: dict[str, ModuleMetadata] = {}
        self._aliases: dict[str, str] = {}
        self._replaced: dict[str, list[ModuleMetadata]] = {}
        self._load_plugins = load_plugins
        self._builtins = tuple(builtins)
        self._loading = False
        self._ready = not (builtins or load_plugins)

    # -- registration -------------------------------------------------------------------------
    def register(self, cls: type, *, name: str, category: str, description: str = "", author: str = "",
                 version: str = "", hardware_support: Iterable[str] = ("cpu",), tags: Iterable[str] = (),
                 alias: str | Iterable[str] | None = None, implements: str | None = None,
                 performance_hints: PerformanceHints | None = None, replace: bool = False) -> ModuleMetadata:
        """Record ``cls`` under ``name`` (and aliases) after checking it against its category's contract.

        Also sets ``cls._registry_metadata`` (the seed's marker), visible on ``cls`` but not on its subclasses.
        """
        if not isinstance(cls, type):
            raise TypeError(f"only classes can be registered, got {type(cls).__name__} for {name!r}")
        _check_name(name)
        _check_category(name, category)
        aliases = _names_of(name, "alias", () if alias is None else alias)
        for each in aliases:
            if not _ALIAS_PATTERN.fullmatch(each):
                raise RegistrationError(f"{name!r}: alias {each!r} must be letters, digits, '-', '_' or '.', "
                                        "starting with a letter or digit")
        hardware = _checked_hardware(name, hardware_support)
        tags = _names_of(name, "tags", tags)
        for tag in tags:
            if not _TAG_PATTERN.fullmatch(tag):
                raise RegistrationError(f"{name!r}: tag {tag!r} must be non-empty, one line, without outer spaces")
        for label, text in (("description", description), ("author", author), ("version", version)):
            if not isinstance(text, str):
                raise RegistrationError(f"{name!r}: {label} must be a string, got {type(text).__name__} {text!r}")
        if not _within(cls.__module__, self._builtins):
            self._load_pending()  # a user's name meets the built-ins here, not at some unrelated later lookup
        contract = CONTRACTS.get(category)
        if contract is not None:
            problems: list[Problem] = check_conformance(cls, contract)
            if problems:
                raise ConformanceError(f"{cls.__module__}:{cls.__qualname__} (registered as {name!r})",
                                       f"{contract.__name__} (category {category!r})", problems)
        info = ModuleMetadata(
            name=name, category=category, cls=cls, description=description or _first_line(cls.__doc__),
            author=author, version=version, hardware_support=hardware, tags=tags, aliases=aliases,
            implements=implements, defined_in=cls.__module__,
            performance_hints=_checked_hints(name, performance_hints or {}),
        )
        with self._lock:
            self._check_free(info, replace)
            _mark(info)
            old = self._entries.get(normalize_name(name))
            if old is not None:
                self._replaced.setdefault(normalize_name(name), []).append(old)
                for old_alias in old.aliases:
                    self._aliases.pop(normalize_name(old_alias), None)
                _unmark(old)
            self._entries[normalize_name(name)] = info
            for each in aliases:
                self._aliases[normalize_name(each)] = normalize_name(name)
        return info

    def register_module(self, name: str, category: str, *, description: str = "", author: str = "",
                        version: str = "", hardware_support: Iterable[str] = ("cpu",), tags: Iterable[str] = (),
                        alias: str | Iterable[str] | None = None, implements: str | None = None,
                        performance_hints: PerformanceHints | None = None,
                        replace: bool = False) -> Callable[[C], C]:
        """Decorator form of :meth:`register`; returns the class (marked with ``_registry_metadata``)."""

        def decorate(cls: C) -> C:
            self.register(cls, name=name, category=category, description=description, author=author,
                          version=version, hardware_support=hardware_support, tags=tags, alias=alias,
                          implements=implements, performance_hints=performance_hints, replace=replace)
            return cls

        return decorate

    def copy(self) -> Registry:
        """A new registry holding the same entries (built-ins and plugins loaded first); edits stay local."""
        self._load_pending()
        clone = Registry()
        with self._lock:
            clone._entries = dict(self._entries)
            clone._aliases = dict(self._aliases)
            clone._replaced = {k: list(v) for k, v in self._replaced.items()}
        return clone

    def unregister(self, name: str) -> None:
        """Remove a module and its aliases."""
        with self._lock:
            info = self.get(name)
            del self._entries[normalize_name(info.name)]
            for each in info.aliases:
                self._aliases.pop(normalize_name(each), None)
            _unmark(info)

    # -- lookup -------------------------------------------------------------------------------
    def find(self, name: str) -> ModuleMetadata | None:
        """The module registered under ``name`` or an alias, or None."""
        if not isinstance(name, str):
            raise TypeError(f"a module name is a string, got {type(name).__name__} {name!r}")
        self._load_pending()
        key = normalize_name(name)
        with self._lock:
            return self._entries.get(self._aliases.get(key, key))

    def get(self, name: str) -> ModuleMetadata:
        """Like :meth:`find`, but an unknown name raises :class:`UnknownModuleError` with suggestions."""
        info = self.find(name)
        if info is None:
            raise UnknownModuleError(name, self.suggest(name))
        return info

    def get_module(self, name: str) -> type:
        """The class registered under ``name`` or an alias."""
        return self.get(name).cls

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Registered names and aliases close to ``name``."""
        self._load_pending()
        with self._lock:
            by_key = {normalize_name(a): i.name for i in self._entries.values() for a in i.aliases}
            by_key.update({normalize_name(i.name): i.name for i in self._entries.values()})
        close = difflib.get_close_matches(normalize_name(name), list(by_key), n=n * 2, cutoff=0.6)
        return list(dict.fromkeys(by_key[c] for c in close))[:n]

    def list_modules(self, category: str | None = None, tags: Iterable[str] | None = None,
                     hardware: str | None = None) -> list[ModuleMetadata]:
        """Registered modules, filtered by category, all of ``tags`` and hardware; sorted by name."""
        self._load_pending()
        wanted_tags = {normalize_name(t) for t in tags or ()}
        with self._lock:
            entries = list(self._entries.values())
        return sorted(
            (i for i in entries
             if (category is None or i.category == category)
             and wanted_tags <= {normalize_name(t) for t in i.tags}
             and (hardware is None or i.supports(hardware))),
            key=lambda i: (i.category, i.name),
        )

    def categories(self) -> list[str]:
        """Categories in use, built-in contracts first."""
        used = {i.category for i in self.list_modules()}
        return [c for c in CONTRACTS if c in used] + sorted(used - set(CONTRACTS))

    def search(self, query: str, limit: int | None = None) -> list[ModuleMetadata]:
        """Rank modules by how well ``query`` matches name, aliases, tags and description.

        Case, hyphens, underscores and word order do not matter: "sliding window" finds a module
        tagged ``sliding-window``; near-misses ("attnetion") still score, below exact words.
        """
        terms = _words(query)
        if not terms:
            return []
        scored = [(score, info) for info in self.list_modules() if (score := _score(info, terms, query)) > 0]
        scored.sort(key=lambda pair: (-pair[0], pair[1].name))
        results = [info for _, info in scored]
        return results[:limit] if limit is not None else results

    def variants(self, name: str) -> list[ModuleMetadata]:
        """The module ``name`` and every registered implementation of it for other hardware."""
        info = self.get(name)
        return [info] + [i for i in self.list_modules(category=info.category) if i.implements == info.name]

    def for_hardware(self, name: str, hardware: str) -> ModuleMetadata | None:
        """The implementation of ``name`` that runs on ``hardware``: itself, or a variant declaring it implements it."""
        return next((i for i in self.variants(name) if i.supports(hardware)), None)

    # -- configs and docs -----------------------------------------------------------------------
    def validate_config(self, name: str, config: Mapping[str, object]) -> list[ConfigProblem]:
        """Every problem with ``config`` for module ``name`` (unknown, missing, mistyped keys); [] if valid."""
        info = self.get(name)
        return validate_config(info.schema(), config, path=f"{info.name}.config")

    def explain(self, name: str) -> str:
        """How ``name`` resolves: alias chain, provenance, and which registration won."""
        info = self.get(name)
        key = normalize_name(name)
        lines = []
        if key != normalize_name(info.name):
            lines.append(f"{name!r} is an alias of {info.name!r}")
        lines.append(f"{info.name} [{info.category}] -> {info.import_path}")
        origin = f"distribution {info.distribution}" if info.distribution else "no installed distribution (local code)"
        lines.append(f"  defined in module {info.defined_in} ({origin})")
        if info.aliases:
            lines.append(f"  aliases: {', '.join(info.aliases)}")
        if info.implements:
            lines.append(f"  implements {info.implements!r} for {', '.join(info.hardware_support)}")
        for old in self._replaced.get(normalize_name(info.name), []):
            lines.append(f"  replaced an earlier registration: {old.import_path}")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The whole catalog as JSON, for tools."""
        return json.dumps([i.to_json() for i in self.list_modules()], indent=2, default=str)

    def generate_docs(self) -> str:
        """Markdown reference of every module, grouped by category, with config tables."""
        out = ["# tttv2 module catalog", ""]
        for category in self.categories():
            contract = CONTRACTS.get(category)
            out += [f"## {category}", ""]
            if contract is not None:
                out += [f"Contract: `tttv2.protocols.{contract.__name__}`. {_first_line(contract.__doc__)}", ""]
            if category == "linear":
                out += _linear_groups_doc()
            for info in self.list_modules(category=category):
                out += _module_doc(info)
        return "\n".join(out).rstrip() + "\n"

    # -- internals ------------------------------------------------------------------------------
    def _check_free(self, info: ModuleMetadata, replace: bool) -> None:
        for each in (info.name, *info.aliases):
            key = normalize_name(each)
            holder = self._entries.get(self._aliases.get(key, key))
            if holder is None or (holder.name == info.name and (replace or holder.import_path == info.import_path)):
                continue
            raise DuplicateModuleError(
                f"{each!r} is already registered by {holder.import_path} (as {holder.name!r}); "
                f"cannot register {info.import_path}. Pick another name, or pass replace=True to replace it."
            )

    def _load_pending(self) -> None:
        """Import the built-in packages, then the plugins, once; other threads wait for the whole catalog."""
        if self._ready:
            return
        with self._lock:
            if self._ready or self._loading:
                return  # loaded meanwhile, or this thread is loading and a built-in or plugin is registering
            self._loading = True
            try:
                for module in self._builtins:
                    importlib.import_module(module)  # built-ins register on default_registry directly
                if self._load_plugins:
                    with use_registry(self):
                        _load_entry_points(self)
            finally:
                self._loading = False
            self._ready = True


def _load_entry_points(registry: Registry) -> None:
    """Import or call each plugin; one that fails (even with ``SystemExit``) is named in a warning, the rest load.

    ``KeyboardInterrupt`` propagates: Ctrl-C during start-up is the user's, not the plugin's.
    """
    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry_point.load()
            if callable(loaded) and not isinstance(loaded, type):
                loaded(registry)
        except (Exception, SystemExit) as exc:  # a broken plugin must not break (or exit) tttv2: warn, name it, go on
            warnings.warn(
                f"tttv2 plugin {entry_point.name!r} ({entry_point.value}) failed to load: {exc!r}",
                RuntimeWarning, stacklevel=2,
            )


default_registry = Registry(load_plugins=True, builtins=("tttv2.modules", "tttv2.families", "tttv2.ttnn"))
"""The registry that ``register_module`` and ``ModuleRegistry`` use unless a test swaps it."""

_current: contextvars.ContextVar[Registry] = contextvars.ContextVar("tttv2_registry", default=default_registry)


def current_registry() -> Registry:
    """The registry in effect: the default one, or the one a ``use_registry`` block installed."""
    return _current.get()


@contextlib.contextmanager
def use_registry(registry: Registry | None = None) -> Iterator[Registry]:
    """Make ``registry`` (a fresh empty one by default) current inside the block; isolates tests.

    The current registry is a context variable, so it follows ``asyncio`` tasks but not threads: a
    ``threading.Thread`` or executor worker started inside the block starts with ``default_registry``
    and registers there. Run the worker in a copy of the context to keep the block's registry:
    ``threading.Thread(target=contextvars.copy_context().run, args=(work,))`` or
    ``executor.submit(contextvars.copy_context().run, work)``; or pass the registry itself.
    """
    registry = registry if registry is not None else Registry()
    token = _current.set(registry)
    try:
        yield registry
    finally:
        _current.reset(token)


def register_module(name: str, category: str, *, description: str = "", author: str = "", version: str = "",
                    hardware_support: Iterable[str] = ("cpu",), tags: Iterable[str] = (),
                    alias: str | Iterable[str] | None = None, implements: str | None = None,
                    performance_hints: PerformanceHints | None = None, replace: bool = False) -> Callable[[C], C]:
    """Register the decorated class in the current registry and return it (marked with ``_registry_metadata``)."""

    def decorate(cls: C) -> C:
        current_registry().register(cls, name=name, category=category, description=description, author=author,
                                    version=version, hardware_support=hardware_support, tags=tags,
                                    alias=alias, implements=implements, performance_hints=performance_hints,
                                    replace=replace)
        return cls

    return decorate


class ModuleRegistry:
    """The seed's class-level API, kept working; every call acts on the current registry."""

    register = staticmethod(register_module)
    """The seed's decorator: ``@ModuleRegistry.register(name=..., category=..., ...)``, same as ``register_module``."""

    @staticmethod
    def get_module(name: str) -> type:
        return current_registry().get_module(name)

    @staticmethod
    def get_metadata(name: str) -> ModuleMetadata:
        return current_registry().get(name)

    @staticmethod
    def find(name: str) -> ModuleMetadata | None:
        return current_registry().find(name)

    @staticmethod
    def list_modules(category: str | None = None, tags: Iterable[str] | None = None,
                     hardware: str | None = None) -> list[ModuleMetadata]:
        return current_registry().list_modules(category=category, tags=tags, hardware=hardware)

    @staticmethod
    def search(query: str, limit: int | None = None) -> list[ModuleMetadata]:
        return current_registry().search(query, limit=limit)

    @staticmethod
    def validate_config(name: str, config: Mapping[str, object]) -> list[ConfigProblem]:
        return current_registry().validate_config(name, config)

    @staticmethod
    def generate_docs() -> str:
        return current_registry().generate_docs()

    @staticmethod
    def explain(name: str) -> str:
        return current_registry().explain(name)

    @staticmethod
    def to_json() -> str:
        return current_registry().to_json()


def _linear_groups_doc() -> list[str]:
    lines = ["Spec slot `linear` makes every projection (this built-in `linear` when a spec names none); "
             "slot `linear.<group>`, when given, makes one tensor group's projections instead:", ""]
    lines += [f"- `linear.{group}`: {what}" for group, what in LINEAR_GROUPS.items()]
    return [*lines, ""]


def render_hints(hints: PerformanceHints) -> str:
    """``speedup: 1.5-2x; memory: 30% reduction``, in the order given."""
    return "; ".join(f"{key}: {value}" for key, value in hints.items())


class _RegistryMetadataMarker:
    """``cls._registry_metadata`` (the seed's marker): the metadata on the registered class, absent on subclasses.

    A plain class attribute would be inherited, and an unregistered subclass would pass for its parent.
    """

    def __init__(self, info: ModuleMetadata) -> None:
        self.info = info

    def __get__(self, instance: object, owner: type) -> ModuleMetadata:
        if owner is not self.info.cls:
            raise AttributeError(f"{owner.__qualname__} is not registered (its base {self.info.cls.__qualname__} is)")
        return self.info


def _mark(info: ModuleMetadata) -> None:
    try:
        info.cls._registry_metadata = _RegistryMetadataMarker(info)  # type: ignore[attr-defined]  # any class may carry it
    except TypeError as exc:  # builtin and extension types refuse new attributes
        raise RegistrationError(f"cannot register {info.import_path} as {info.name!r}: {exc}") from exc


def _unmark(info: ModuleMetadata) -> None:
    marker = info.cls.__dict__.get("_registry_metadata")
    if isinstance(marker, _RegistryMetadataMarker) and marker.info is info:
        delattr(info.cls, "_registry_metadata")


def _checked_hints(name: str, hints: PerformanceHints) -> PerformanceHints:
    if not isinstance(hints, Mapping):
        raise RegistrationError(f"{name!r}: performance_hints must be a mapping such as "
                                f"{{'speedup': '2x'}}, got {type(hints).__name__}")
    for key, value in hints.items():
        if not isinstance(key, str) or not isinstance(value, (str, int, float)):
            raise RegistrationError(f"{name!r}: performance_hints[{key!r}] must map a string to a string or "
                                    f"number, got {type(key).__name__} -> {type(value).__name__}")
    return hints


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not _NAME_PATTERN.fullmatch(name):
        kebab = re.sub(r"[^a-z0-9.]+", "-", str(name).strip().lower()).strip("-")
        hint = did_you_mean([kebab]) if isinstance(name, str) and _NAME_PATTERN.fullmatch(kebab) else ""
        raise RegistrationError(f"module name {name!r} must be kebab-case: lowercase letters and digits in words "
                                f"joined by '-', no spaces or newlines{hint}")


def _check_category(name: str, category: object) -> None:
    """A contract's category, or a new kebab-case one that is not a near-miss of a contract's ("ffns")."""
    if isinstance(category, str) and category in CONTRACTS:
        return
    near = close_matches(str(category).strip().lower(), CONTRACTS, cutoff=_CATEGORY_CUTOFF)
    if not isinstance(category, str) or not _NAME_PATTERN.fullmatch(category):
        raise RegistrationError(f"{name!r}: category {category!r} must be kebab-case{did_you_mean(near)}")
    if near:
        raise RegistrationError(f"{name!r}: unknown category {category!r}{did_you_mean(near)} (a new category "
                                f"must not be this close to a built-in one: {', '.join(CONTRACTS)})")


def _names_of(name: str, label: str, given: str | Iterable[str]) -> tuple[str, ...]:
    """``given`` as a tuple of strings: one string is one name, never its letters."""
    if isinstance(given, str):
        return (given,)
    names = tuple(given) if isinstance(given, Iterable) else None
    if names is None or not all(isinstance(each, str) for each in names):
        raise RegistrationError(f"{name!r}: {label} must be a string or a list of strings, got {given!r}")
    return names


def _checked_hardware(name: str, hardware_support: str | Iterable[str]) -> tuple[str, ...]:
    """Lower-cased, deduplicated hardware names, each served by a registered backend."""
    hardware = tuple(dict.fromkeys(h.lower() for h in _names_of(name, "hardware_support", hardware_support)))
    known = hardware_names()
    if not hardware:
        raise RegistrationError(f"{name!r}: hardware_support is empty; name at least one of {', '.join(known)}")
    for each in hardware:
        if each not in known:
            raise RegistrationError(f"{name!r}: unknown hardware {each!r} in hardware_support; choose from "
                                    f"{', '.join(known)}{did_you_mean(close_matches(each, known))} "
                                    "(register_backend adds hardware)")
    return hardware


def _within(module: str, packages: Sequence[str]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def _first_line(text: str | None) -> str:
    return (text or "").strip().split("\n")[0].strip()


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w]


_FIELD_WEIGHTS = (("name", 5.0), ("aliases", 4.0), ("tags", 3.0), ("category", 2.0), ("description", 1.0))


def _score(info: ModuleMetadata, terms: list[str], query: str) -> float:
    fields = {
        "name": _words(info.name),
        "aliases": [w for a in info.aliases for w in _words(a)],
        "tags": [w for t in info.tags for w in _words(t)],
        "category": _words(info.category),
        "description": _words(info.description),
    }
    score = 0.0
    matched = 0
    for term in terms:
        best = 0.0
        for field, weight in _FIELD_WEIGHTS:
            for word in fields[field]:
                if word == term:
                    best = max(best, weight)
                elif len(term) >= 3 and word.startswith(term):
                    best = max(best, weight * 0.6)
                elif len(term) >= 4 and difflib.SequenceMatcher(None, word, term).ratio() >= 0.8:
                    best = max(best, weight * 0.4)
        if best > 0.0:
            matched += 1
            score += best
    if matched == 0:
        return 0.0
    score *= matched / len(terms)  # words that match nothing lower the rank, wherever they stand
    joined = normalize_name(query)
    names = [normalize_name(n) for n in (info.name, *info.aliases)]
    if joined in names:
        score += 6.0 if joined == names[0] else 4.0
    elif joined and any(joined in n for n in (*names, *(normalize_name(t) for t in info.tags))):
        score += 2.0
    return score


def _module_doc(info: ModuleMetadata) -> list[str]:
    schema = info.schema()
    lines = [f"### `{info.name}`", "", info.description or "(no description)", ""]
    lines.append(f"- class: `{info.import_path}`")
    if info.aliases:
        lines.append(f"- aliases: {', '.join(f'`{a}`' for a in info.aliases)}")
    lines.append(f"- hardware: {', '.join(info.hardware_support)}")
    if info.tags:
        lines.append(f"- tags: {', '.join(info.tags)}")
    if info.implements:
        lines.append(f"- implements: `{info.implements}`")
    if info.version or info.author:
        lines.append(f"- version: {info.version or '-'}; author: {info.author or '-'}")
    if info.performance_hints:
        lines.append(f"- performance: {render_hints(info.performance_hints)}")
    if schema.collaborators:
        lines.append("- collaborators: " + ", ".join(f"`{c.name}` ({c.category}{', optional' if c.optional else ''})"
                                                     for c in schema.collaborators))
    lines.append("")
    if schema.fields:
        lines += ["| key | type | default |", "| --- | --- | --- |"]
        for field in schema.fields:
            default = "required" if field.required else f"`{field.default!r}`"
            rendered = render_annotation(field.annotation).replace("|", "\\|")
            lines.append(f"| `{field.name}` | `{rendered}` | {default} |")
        lines.append("")
    return lines
