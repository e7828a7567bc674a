"""The dependency-injector container that turns a ModelSpec into a decoder graph, slot by slot."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar, cast

import torch
from dependency_injector import containers, providers
from torch import Tensor

from tttv2.backend import ModelParts, backend_for
from tttv2.build import (
    BuildState,
    SlotRecord,
    build_slot,
    building,
    current_state,
    enter_layer,
    instantiate,
    is_linear_slot,
    with_path,
)
from tttv2.conformance import check_conformance
from tttv2.errors import DeviceCoverageError, SpecError
from tttv2.model import DecoderModel
from tttv2.parallel import TensorParallel
from tttv2.protocols import (
    CONTRACTS,
    AttentionKernel,
    AttentionLayer,
    Block,
    Embedding,
    FeedForward,
    KVCache,
    LinearFactory,
    LMHead,
    Norm,
    PositionEncoding,
)
from tttv2.registry import current_registry
from tttv2.spec import SLOT_CATEGORIES, ModelSpec

C = TypeVar("C")


class SlotBuilder(Generic[C]):
    """The default provider body of a slot: build what the spec names for the current layer."""

    def __init__(self, slot: str) -> None:
        self.slot = slot

    def __call__(self, container: containers.Container) -> C:
        state = current_state()
        if state is None:  # called directly, outside container.model(): build the base (layer-less) module
            with building(new_state(container)) as fresh:
                return cast(C, build_slot(fresh, self.slot))  # the spec resolved it against this slot's contract
        return cast(C, build_slot(state, self.slot))  # as above


class LinearSlotBuilder(SlotBuilder[C]):
    """The ``linear`` provider: a factory for the slot being called (``linear`` or a ``linear.<group>`` slot)."""

    def __call__(self, container: containers.Container) -> C:
        state = current_state()
        if state is None or state.current_slot is None or not is_linear_slot(state.current_slot):
            return super().__call__(container)
        return cast(C, build_slot(state, state.current_slot))  # the spec resolved it against the Linear contract


class ModelContainer(containers.DeclarativeContainer):
    """Turns a ModelSpec into a decoder graph; every slot is a provider that tests can override.

    ``ModelContainer(spec=spec, device="cpu")``; ``container.model()`` builds the model.
    ``container.attention.override(providers.Factory(MyKernel))`` swaps the kernel in every layer;
    :func:`override_slot` does the same with a mypy-checked replacement and dimension binding.
    """

    __self__ = providers.Self()
    spec = providers.Dependency(instance_of=ModelSpec)
    device = providers.Object("cpu")
    dtype = providers.Object(torch.float32)
    on_meta = providers.Object(False)
    accelerator: providers.Object[object] = providers.Object(None)
    tensor_parallel: providers.Object[TensorParallel | None] = providers.Object(None)
    """This rank's place among tensor-parallel ranks (:func:`tttv2.load_pretrained` sets it from ``mesh=``)."""

    embedding: providers.Factory[Embedding[Tensor]] = providers.Factory(SlotBuilder[Embedding[Tensor]]("embedding"), __self__)
    attention_layer: providers.Factory[AttentionLayer[Tensor]] = providers.Factory(
        SlotBuilder[AttentionLayer[Tensor]]("attention_layer"), __self__)
    attention: providers.Factory[AttentionKernel[Tensor]] = providers.Factory(
        SlotBuilder[AttentionKernel[Tensor]]("attention"), __self__)
    position: providers.Factory[PositionEncoding[Tensor]] = providers.Factory(
        SlotBuilder[PositionEncoding[Tensor]]("position"), __self__)
    ffn: providers.Factory[FeedForward[Tensor]] = providers.Factory(SlotBuilder[FeedForward[Tensor]]("ffn"), __self__)
    norm: providers.Factory[Norm[Tensor]] = providers.Factory(SlotBuilder[Norm[Tensor]]("norm"), __self__)
    qk_norm: providers.Factory[Norm[Tensor] | None] = providers.Factory(
        SlotBuilder[Norm[Tensor] | None]("qk_norm"), __self__)
    block: providers.Factory[Block[Tensor]] = providers.Factory(SlotBuilder[Block[Tensor]]("block"), __self__)
    head: providers.Factory[LMHead[Tensor]] = providers.Factory(SlotBuilder[LMHead[Tensor]]("head"), __self__)
    cache: providers.Factory[KVCache[Tensor]] = providers.Factory(SlotBuilder[KVCache[Tensor]]("cache"), __self__)
    linear: providers.Factory[LinearFactory[Tensor]] = providers.Factory(
        LinearSlotBuilder[LinearFactory[Tensor]]("linear"), __self__)
    """Every projection's factory; one override swaps them all, whatever group slot the spec fills."""

    model: providers.Factory[DecoderModel] = providers.Factory(lambda container: assemble_model(container), __self__)


def override_slot(provider: providers.Provider[C], replacement: Callable[..., C],
                  /, **config: object) -> providers.OverridingContext[providers.Provider[C]]:
    """Override a slot's provider with ``replacement``, checked by mypy against the slot's contract.

    A class is built like a spec-named module: ``config`` first, then model dimensions and
    collaborators by keyword name, plus device and dtype. Any other callable is called with
    ``config``. Use the result as a context manager to undo the override at the end of a block.
    """
    bound: providers.Provider[C] = providers.Factory(_bind_replacement, replacement, dict(config))
    return cast("providers.OverridingContext[providers.Provider[C]]", provider.override(bound))  # stub lacks the parameter


MAX_BUILT_LAYERS = 100_000
"""The most blocks one build makes, even on meta: real decoders have a few hundred; a spec claiming 10^9
would otherwise spend hours creating Python objects before any allocation could fail."""


def assemble_model(container: containers.Container, layers: Sequence[int] | None = None) -> DecoderModel:
    """Build embedding, every block, the final norm and the head through the container's providers.

    ``layers`` builds only those blocks (validation's dry run: one layer per distinct configuration).
    """
    outer = current_state()
    state = new_state(container) if outer is None else outer
    if layers is None and state.spec.dims.num_layers > MAX_BUILT_LAYERS:
        raise SpecError([f"dims.num_layers: {state.spec.dims.num_layers:,} layers is more than a model build makes "
                         f"({MAX_BUILT_LAYERS:,}); validate() checks such a spec without building every layer"])
    with building(state):
        embedding = with_path(state, "embedding", lambda: call_slot(container, state, "embedding"))
        state.embedding = cast(Embedding[Tensor], embedding)
        blocks = []
        for index in range(state.spec.dims.num_layers) if layers is None else layers:
            enter_layer(state, index)
            blocks.append(with_path(state, f"layers[{index}]", lambda: call_slot(container, state, "block")))
        enter_layer(state, None)
        final_norm = with_path(state, "final_norm", lambda: call_slot(container, state, "norm"))
        head = with_path(state, "head", lambda: call_slot(container, state, "head"))
    parts = ModelParts(embedding=embedding, blocks=blocks, final_norm=final_norm, head=head, spec=state.spec,
                       records=tuple(state.records), hardware=state.hardware, handle=state.accelerator,
                       tensor_parallel=state.tensor_parallel)
    return backend_for(state.hardware).assemble(parts, dtype=state.dtype, on_meta=state.torch_device.type == "meta")


def new_state(container: containers.Container) -> BuildState:
    """A fresh build over ``container``'s spec and target."""
    device = str(container.device())
    on_meta = bool(container.on_meta())
    backend = backend_for(device)
    spec = container.spec()
    dtype = container.dtype()
    if not isinstance(spec, ModelSpec) or not isinstance(dtype, torch.dtype):
        raise TypeError("ModelContainer needs spec=ModelSpec and dtype=torch.dtype")
    accelerator = container.accelerator()
    state = BuildState(spec=spec, hardware=device.partition(":")[0].lower(),
                       torch_device=backend.build_device(device, on_meta=on_meta), dtype=dtype,
                       registry=current_registry(), slots=lambda slot: None, accelerator=accelerator,
                       runtime=backend.runtime_arguments(accelerator), tensor_parallel=container.tensor_parallel())
    state.slots = lambda slot: call_slot(container, state, slot)
    return state


def call_slot(container: containers.Container, state: BuildState, slot: str) -> object:
    """Call a slot's provider (the spec's module or a test's override) and check what it returned."""
    provider = getattr(container, "linear" if is_linear_slot(slot) else slot)
    state_slot, state.current_slot = state.current_slot, slot
    try:
        built = provider()
    finally:
        state.current_slot = state_slot
    if provider.overridden:
        _check_override(built, slot, state)
        implementation = f"{type(built).__module__}:{type(built).__qualname__}"
        state.records.append(SlotRecord(state.path or slot, slot, implementation, "override of the container's provider"))
    return built


def _check_override(built: object, slot: str, state: BuildState) -> None:
    contract = LinearFactory if is_linear_slot(slot) else CONTRACTS.get(SLOT_CATEGORIES[slot])
    if contract is None or built is None:
        return
    problems = check_conformance(built, contract)
    if problems:
        raise SpecError([f"{state.path or slot}: override {type(built).__qualname__} does not conform to "
                         f"{contract.__name__}: {'; '.join(str(p) for p in problems)}"])


def _bind_replacement(replacement: Callable[..., C], config: Mapping[str, object]) -> C:
    state = current_state()
    if state is None or not isinstance(replacement, type):
        return replacement(**config)
    return cast(C, instantiate(replacement, config, state, state.current_slot or ""))  # instantiate calls replacement


def build_model(spec: ModelSpec, device: str = "cpu", dtype: torch.dtype = torch.float32,
                *, on_meta: bool = False) -> DecoderModel:
    """Validate ``spec`` for ``device`` (raising one SpecError listing every problem), then build it.

    Parameters are initialised randomly on ``device``; ``on_meta=True`` builds without memory
    (shapes only), as loaders do before assigning checkpoint weights.
    """
    problems = spec.validate(device=device)
    if any(p.uncovered_device for p in problems):
        raise DeviceCoverageError(problems, source=f"{spec.name or 'spec'} on {device}")
    if problems:
        raise SpecError(problems, source=spec.name or "spec")
    accelerator = open_accelerator(device)
    container = ModelContainer(spec=spec, device=device, dtype=dtype, on_meta=on_meta, accelerator=accelerator)
    try:
        return container.model()
    except BaseException:
        close_accelerator(accelerator, device)  # a failed build must not keep the device open
        raise


def close_accelerator(accelerator: object, device: str) -> None:
    """Close what :func:`open_accelerator` opened for ``device``."""
    backend_for(device).close_device(accelerator)


def open_accelerator(device: str) -> object:
    """The device ``device`` names, opened by its backend (None for torch devices).

    Raises :class:`~tttv2.errors.DeviceUnavailableError` at once when the backend cannot open it:
    ttnn or a chip missing, or CUDA asked for where torch sees no GPU.
    """
    return backend_for(device).open_device(device)
