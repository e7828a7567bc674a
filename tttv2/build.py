"""Binding a module class to its config, the model's dimensions and its collaborators."""

from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol, cast

import attrs
import torch

from tttv2.errors import ConfigError, SlotConfigError, SpecError, TensorParallelError
from tttv2.parallel import Split, TensorParallel, divide_sizes, shard_plan_of, share
from tttv2.protocols import Linear, cache_request
from tttv2.registry import Registry
from tttv2.resolve import ResolutionError, resolve
from tttv2.schema import Collaborator, ConfigSchema, cached_schema, validate_config
from tttv2.spec import SLOT_CATEGORIES, ModelSpec, ModuleRef

if TYPE_CHECKING:
    from tttv2.protocols import Embedding

QK_NORM_PARAMETERS = frozenset({"q_norm", "k_norm"})
"""Norm collaborators with these names come from the ``qk_norm`` slot, sized to head_dim."""

LINEAR_PARAMETERS: Mapping[str, str] = {
    "qkv_linear": "attention.qkv",
    "out_linear": "attention.out",
    "up_linear": "ffn.up",
    "down_linear": "ffn.down",
    "head_linear": "head",
}
"""Linear-factory collaborators with these names make the projections of that tensor group (slot
``linear.<group>`` when the spec fills it, else ``linear``); any other name gets ``linear``."""

DEFAULT_LINEAR = ModuleRef(module="linear")
"""The projection a spec gets when it names no ``linear``: the built-in dense one."""

SHARED_SLOTS = frozenset({"position"})
"""Slots whose modules hold no per-layer state: layers with the same reference share one instance."""


class SlotSource(Protocol):
    """Anything that builds the module of a slot on demand: the container's providers."""

    def __call__(self, slot: str) -> object: ...


@attrs.frozen
class SlotRecord:
    """Which implementation filled one place of the graph, and why (for ``model.explain()``)."""

    path: str
    slot: str
    implementation: str
    how: str


@attrs.define
class BuildState:
    """Everything a model build shares: the spec, the target, the current layer and the records."""

    spec: ModelSpec
    hardware: str
    torch_device: torch.device
    dtype: torch.dtype
    registry: Registry
    slots: SlotSource
    layer: int | None = None
    layer_overrides: tuple[int, ...] = ()  # spec.overrides_at(layer), found once per layer
    path: str = ""
    current_slot: str | None = None
    accelerator: object = None  # the device the backend opened (None for torch devices)
    runtime: Mapping[str, object] = attrs.field(factory=dict)  # the backend's runtime keywords and their values
    tensor_parallel: TensorParallel | None = None  # this rank's place when the model is split across ranks
    embedding: Embedding[torch.Tensor] | None = None
    shared: dict[tuple[str, type, str], object] = attrs.field(factory=dict)
    linear_factories: dict[str, tuple[SlotLinearFactory, str]] = attrs.field(factory=dict)  # by repr(ref)
    records: list[SlotRecord] = attrs.field(factory=list)


_STATE: contextvars.ContextVar[BuildState | None] = contextvars.ContextVar("tttv2_build", default=None)


@contextmanager
def building(state: BuildState) -> Iterator[BuildState]:
    """Make ``state`` the current build for slot providers called inside the block."""
    token = _STATE.set(state)
    try:
        yield state
    finally:
        _STATE.reset(token)


def current_state() -> BuildState | None:
    return _STATE.get()


def dimension_values(spec: ModelSpec, slot: str) -> dict[str, object]:
    """The model dimensions a constructor keyword may receive by name (q/k norms get hidden_dim=head_dim)."""
    values: dict[str, object] = attrs.asdict(spec.dims)
    if slot == "qk_norm":
        values["hidden_dim"] = spec.dims.head_dim
    if is_linear_slot(slot):  # each projection's sizes come with the factory's call; these stand in for checks
        values.update(in_features=spec.dims.hidden_dim, out_features=spec.dims.hidden_dim, bias=False)
    if slot == "cache":  # a cache built outside generation holds one full-length sequence
        values.update(cache_request(batch_size=1, capacity=spec.dims.max_seq_len, windows=()))
    return values


def enter_layer(state: BuildState, layer: int | None) -> None:
    """Make ``layer`` (None: outside the blocks) the one slots are built for."""
    state.layer = layer
    state.layer_overrides = () if layer is None else state.spec.overrides_at(layer)


def slot_ref(state: BuildState, slot: str) -> ModuleRef | None:
    """The spec's reference for ``slot`` on the state's current layer."""
    return state.spec.ref(slot) if state.layer is None else state.spec.group_ref(slot, state.layer_overrides)


def build_slot(state: BuildState, slot: str) -> object:
    """Build the module the spec puts in ``slot`` for the state's current layer."""
    ref = slot_ref(state, slot)
    if ref is None and is_linear_slot(slot):
        ref = DEFAULT_LINEAR
    if ref is None:
        return None
    if is_linear_slot(slot):
        return _linear_factory(state, slot, ref)
    try:
        resolved = resolve(ref.module, category=SLOT_CATEGORIES[slot], hardware=state.hardware, registry=state.registry)
    except ResolutionError as exc:
        raise SpecError([f"{state.path or slot}: {exc}"]) from exc
    implementation = f"{resolved.cls.__module__}:{resolved.cls.__qualname__}"
    if slot in SHARED_SLOTS:
        key = (slot, resolved.cls, repr(sorted(ref.config.items())))
        shared = state.shared.get(key)
        if shared is not None:
            state.records.append(SlotRecord(state.path or slot, slot, implementation, f"{resolved.how}, shared"))
            return shared
    record = SlotRecord(state.path or slot, slot, implementation, resolved.how)
    state.records.append(record)
    at = len(state.records) - 1
    built = instantiate(resolved.cls, ref.config, state, slot)
    if state.tensor_parallel is not None and (note := parallel_note(resolved.cls, state.tensor_parallel)):
        state.records[at] = attrs.evolve(record, how=f"{record.how}; {note}")
    if slot in SHARED_SLOTS:
        state.shared[key] = built
    return built


def instantiate(cls: type, config: Mapping[str, object], state: BuildState, slot: str,
                extra: Mapping[str, object] | None = None) -> object:
    """Call ``cls`` with its config, matching model dimensions (``extra`` first), collaborators, device, dtype."""
    schema = cached_schema(cls)
    dims = {**dimension_values(state.spec, slot), **(extra or {})}
    problems = validate_config(schema, config, path=f"{state.path or slot}.config", provided=frozenset(dims))
    if problems:
        raise SpecError(problems)
    kwargs = bind_fields(schema, config, dims)
    for collaborator in schema.collaborators:
        kwargs[collaborator.name] = _collaborator(collaborator, state)
    kwargs.update(runtime_arguments(cls, state))
    plan = shard_plan_of(cls) if state.tensor_parallel is not None else None
    if plan is None and state.tensor_parallel is not None and slot == "attention_layer":
        raise TensorParallelError(f"{state.path or slot}: {cls.__qualname__} declares no shard plan, but under tensor "
                                  "parallelism every attention layer must split its heads (each rank caches only its "
                                  "share of the KV heads); give the class a shard_plan, or load without a mesh")
    full = divide_sizes(plan, kwargs, state.tensor_parallel.world, state.path or slot) \
        if plan is not None and state.tensor_parallel is not None else {}
    with torch.device(state.torch_device):
        try:
            built = cls(**kwargs)
        except SlotConfigError:  # a collaborator's constructor, already named by its own path
            raise
        except ConfigError as exc:  # the constructor refused its values: say where, keep the kind of error
            raise SlotConfigError(state.path or slot, str(exc)) from exc
        except (TypeError, ValueError) as exc:
            raise SpecError([f"{state.path or slot}: {type(exc).__name__}: {exc}"]) from exc
    if plan is not None and state.tensor_parallel is not None:
        _shard_projections(built, plan.projections(), full, kwargs, state.tensor_parallel, state.path or slot)
    return built


def parallel_note(cls: type, parallel: TensorParallel) -> str:
    """How ``cls`` is split across the ranks, for ``explain()``: its plan, or replicated when it has projections."""
    plan = shard_plan_of(cls)
    if plan is not None:
        column, row = ", ".join(plan.column), ", ".join(plan.row)
        return f"split over {parallel.world} ranks (column: {column or '-'}; row: {row or '-'})"
    if any(c.category == "linear" for c in cached_schema(cls).collaborators):
        return "replicated on every rank (no shard plan)"
    return ""


def _shard_projections(module: object, projections: Mapping[str, tuple[Split, str]], full: Mapping[str, int],
                       local: Mapping[str, object], parallel: TensorParallel, where: str) -> None:
    """Hand each projection a shard plan names to the backend, to hold this rank's part of its checkpoint tensor."""
    for name, (split, key) in projections.items():
        projection = getattr(module, name, None)
        if projection is None:
            raise TensorParallelError(f"{where}: its shard plan splits {name!r}, but {type(module).__qualname__} "
                                      f"has no attribute {name!r}")
        index, count = share(full[key], cast(int, local[key]), parallel.rank, parallel.world)
        setattr(module, name, parallel.shard(projection, split=split, index=index, count=count))


def bind_fields(schema: ConfigSchema, config: Mapping[str, object], dims: Mapping[str, object]) -> dict[str, object]:
    """Constructor keywords for a schema's plain fields: the config's value, else the dimension of that name."""
    kwargs: dict[str, object] = {}
    for field in schema.fields:
        if field.name in config:
            kwargs[field.name] = convert_value(config[field.name], field.annotation)
        elif field.name in dims:
            kwargs[field.name] = dims[field.name]
    if schema.accepts_any:
        kwargs.update({k: v for k, v in config.items() if k not in kwargs})
    return kwargs


def runtime_arguments(cls: type, state: BuildState) -> dict[str, object]:
    """The build's device, dtype and backend runtime values (``mesh_device``) that ``cls``'s constructor takes."""
    offered = {"device": state.torch_device, "dtype": state.dtype, **state.runtime}
    accepted = parameter_names(cls)
    return {name: value for name, value in offered.items() if name in accepted}


@functools.cache
def parameter_names(cls: type) -> frozenset[str]:
    """The keywords ``cls``'s constructor names (none when its signature cannot be read)."""
    try:
        return frozenset(inspect.signature(cls).parameters)
    except (TypeError, ValueError):
        return frozenset()


def convert_value(value: object, annotation: object) -> object:
    """Turn file-friendly values into what annotations ask for: lists to tuples, dtype names to dtypes."""
    origin = typing.get_origin(annotation)
    if origin is tuple and isinstance(value, list):
        return tuple(value)
    if isinstance(value, str) and getattr(annotation, "__name__", "") == "dtype":
        return getattr(torch, value)
    if isinstance(annotation, type) and attrs.has(annotation) and isinstance(value, Mapping):
        return annotation(**value)
    return value


def is_linear_slot(slot: str) -> bool:
    """Whether ``slot`` makes projections: ``linear`` or one of its ``linear.<group>`` slots."""
    return slot == "linear" or slot.startswith("linear.")


@attrs.frozen
class SlotLinearFactory:
    """The projections one module gets from a ``linear`` slot: the slot's class, built on demand at each size.

    The config is checked and bound once, when the factory is made; each call adds the sizes (a config
    value of the same name wins, as for any dimension) and the target's device and dtype.
    """

    cls: type
    state: BuildState
    path: str
    kwargs: Mapping[str, object]
    config: Mapping[str, object]

    @classmethod
    def bind(cls, linear: type, config: Mapping[str, object], state: BuildState, path: str) -> SlotLinearFactory:
        schema = cached_schema(linear)
        problems = validate_config(schema, config, path=f"{path}.config",
                                   provided=frozenset(dimension_values(state.spec, "linear")))
        if problems:
            raise SpecError(problems)
        kwargs = bind_fields(schema, config, attrs.asdict(state.spec.dims))
        kwargs.update(runtime_arguments(linear, state))
        return cls(cls=linear, state=state, path=path, kwargs=kwargs, config=config)

    def __call__(self, in_features: int, out_features: int, bias: bool = False) -> Linear[torch.Tensor]:
        sizes = {"in_features": in_features, "out_features": out_features, "bias": bias}
        if cached_schema(self.cls).collaborators:  # a linear with collaborators of its own: build them per projection
            built = with_path(self.state, self.path,
                              lambda: instantiate(self.cls, self.config, self.state, "linear", extra=sizes))
            return cast("Linear[torch.Tensor]", built)  # resolve() checked the class against the Linear contract
        kwargs = {**{k: v for k, v in sizes.items() if k not in self.config}, **self.kwargs}
        # a class taking device= gets it; nesting another torch.device mode would slow every init op
        placement = contextlib.nullcontext() if "device" in kwargs else torch.device(self.state.torch_device)
        with placement:
            try:
                return cast("Linear[torch.Tensor]", self.cls(**kwargs))  # as above
            except ConfigError as exc:
                raise SlotConfigError(self.path, str(exc)) from exc
            except (TypeError, ValueError) as exc:
                raise SpecError([f"{self.path}: {type(exc).__name__}: {exc}"]) from exc


def _linear_factory(state: BuildState, slot: str, ref: ModuleRef) -> SlotLinearFactory:
    """The factory for ``ref``: resolved and bound once per build, then reused (with its path) by every layer."""
    path = state.path or slot
    key = repr(ref)
    cached = state.linear_factories.get(key)
    if cached is None:
        try:
            resolved = resolve(ref.module, category="linear", hardware=state.hardware, registry=state.registry)
        except ResolutionError as exc:
            raise SpecError([f"{path}: {exc}"]) from exc
        cached = state.linear_factories[key] = (SlotLinearFactory.bind(resolved.cls, ref.config, state, path),
                                                resolved.how)
    factory, how = cached
    state.records.append(SlotRecord(path, slot, f"{factory.cls.__module__}:{factory.cls.__qualname__}", how))
    return factory if factory.path == path else attrs.evolve(factory, path=path)


def linear_slot(state: BuildState, name: str) -> str:
    """The slot a linear-factory collaborator ``name`` comes from on the current layer: its group's, else ``linear``."""
    group = LINEAR_PARAMETERS.get(name)
    if group is not None and slot_ref(state, f"linear.{group}") is not None:
        return f"linear.{group}"
    return "linear"


def slot_for(collaborator: Collaborator) -> str:
    """The spec slot that supplies a collaborator keyword (a linear factory: ``linear``, see :func:`linear_slot`)."""
    if collaborator.category == "norm" and collaborator.name in QK_NORM_PARAMETERS:
        return "qk_norm"
    if collaborator.category == "linear":
        return "linear"
    return next(slot for slot, category in SLOT_CATEGORIES.items() if category == collaborator.category)


def _collaborator(collaborator: Collaborator, state: BuildState) -> object:
    slot = linear_slot(state, collaborator.name) if collaborator.category == "linear" else slot_for(collaborator)
    if slot == "embedding" and state.embedding is not None:
        return state.embedding  # a tied head shares the model's own embedding
    if slot_ref(state, slot) is None and not is_linear_slot(slot):
        if collaborator.optional:
            return None
        raise SpecError([f"{state.path}.{collaborator.name}: needs a {collaborator.category!r} module but slot {slot!r} is empty"])
    path = f"{state.path}.{collaborator.name}" if state.path else collaborator.name
    return with_path(state, path, lambda: state.slots(slot))


def with_path(state: BuildState, path: str, make: Callable[[], object]) -> object:
    """Run ``make`` with ``path`` as the current graph path."""
    parent = state.path
    state.path = path
    try:
        return make()
    finally:
        state.path = parent
