"""Checkpoint -> model: pick the family, build the spec, build on meta, check then assign every weight."""

from __future__ import annotations

import ctypes
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs
import torch
from dependency_injector import providers
from torch import nn

from tttv2.backend import backend_for
from tttv2.container import ModelContainer, open_accelerator
from tttv2.errors import CheckpointError, DeviceCoverageError, SlotConfigError, SpecError, TTTError
from tttv2.families.base import find_family, size_keys
from tttv2.model import DecoderModel
from tttv2.parallel import HoldsAccelerator, TensorParallel
from tttv2.protocols import LINEAR_GROUPS, Family, LoadsCheckpoint
from tttv2.spec import SLOT_CATEGORIES, Dimensions, ModelSpec, ModuleRef, parse_module_ref
from tttv2.suggestions import close_matches, did_you_mean
from tttv2.validation import validate_spec
from tttv2.weights import PartCutsBlocksError, TensorInfo, WeightSource, open_gguf, open_safetensors_dir

SlotOverride = str | type | ModuleRef | Mapping[str, object] | Callable[[], object]
"""A slot override: a registry name, ``pkg.mod:Class``, a class, ``{"module": ..., "config": {...}}`` as in a
spec file (or a ModuleRef), or a zero-argument factory of configured instances."""


@attrs.frozen
class Checkpoint:
    """An opened checkpoint with its format (``gguf`` or ``hf``), family and spec."""

    source: WeightSource
    checkpoint_format: str
    family: Family
    spec: ModelSpec
    config_file: Path  # where the sizes are stated: config.json, or the .gguf file itself
    size_keys: Mapping[str, str]  # Dimensions field -> the key config_file names it by (for errors)

    def converted_shape(self, parameter: str, tensor_name: str) -> tuple[int, ...]:
        """The shape of ``tensor_name`` once the family converts it for ``parameter`` (its slice of a fused
        tensor, say), found by running the conversion on a :func:`shape_probe`, so no data is read."""
        stored = shape_probe(tuple(self.source.tensor_infos()[tensor_name].shape))
        try:
            return tuple(self.family.transform(parameter, stored, self.spec, self.checkpoint_format).shape)
        except RuntimeError:  # a conversion this shape does not fit (rows the heads do not divide): the caller
            return tuple(stored.shape)  # reports the stored shape as wrong, naming the tensor or the config key


SMALL_PROBE_ELEMENTS = 1 << 16
"""Tensors up to this size (norms, biases) are probed with real memory, larger ones on ``meta``."""


def shape_probe(shape: tuple[int, ...]) -> torch.Tensor:
    """An uninitialised tensor of ``shape`` to run a family's conversion on, for the result's shape or identity.

    A small one is real CPU memory: torch's Python meta kernels (Gemma's ``w - 1`` on a norm) import
    ``torch._dynamo`` and sympy on first use, 70 MB resident for the rest of the process. A large one is on
    ``meta``, so a conversion never allocates a weight's size to be probed (large weights are converted by views).
    """
    return torch.empty(shape, device="cpu" if math.prod(shape) <= SMALL_PROBE_ELEMENTS else "meta")


def open_checkpoint(path: Path) -> Checkpoint:
    """Open a ``.gguf`` file, a directory holding one, or an HF directory; read its spec without loading data.

    Sizes no tensor in the checkpoint could hold (10**9 layers, a hidden size of 1e30) are refused
    here, naming the key, before the family expands them into per-layer settings.
    """
    if path.is_dir():
        if (path / "config.json").exists():
            hf = open_safetensors_dir(path)
            return _describe(hf, "hf", path / "config.json", hf.config,
                             lambda: find_family(hf_model_type=str(hf.config.get("model_type", ""))),
                             lambda family: family.spec_from_hf(hf.config))
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) != 1:
            found = ", ".join(p.name for p in ggufs) or "none"
            raise CheckpointError(f"{path}: expected config.json or exactly one .gguf file, found {found}")
        path = ggufs[0]
    gguf = open_gguf(path)
    return _describe(gguf, "gguf", path, gguf.metadata,
                     lambda: find_family(gguf_architecture=str(gguf.metadata.get("general.architecture", ""))),
                     lambda family: family.spec_from_gguf(gguf.metadata, list(gguf.tensor_infos())))


def _describe(source: WeightSource, checkpoint_format: str, config_file: Path, settings: Mapping[str, object],
              family_of: Callable[[], Family], read: Callable[[Family], ModelSpec]) -> Checkpoint:
    """Family, size check and spec of an opened source; the source is closed again if any of them fails."""
    try:
        family = family_of()
        keys = size_keys(settings, checkpoint_format)
        _check_sizes_fit(config_file, settings, keys, source.tensor_infos())
        spec = _read_spec(config_file, lambda: read(family))
    except BaseException:
        source.close()
        raise
    return Checkpoint(source, checkpoint_format, family, spec, config_file=config_file, size_keys=keys)


def _check_sizes_fit(config_file: Path, settings: Mapping[str, object], keys: Mapping[str, str],
                     infos: Mapping[str, TensorInfo]) -> None:
    """Refuse sizes no tensor could hold: every layer has a tensor, every other size is some tensor's axis.

    Read from tensor headers only; the exact comparison waits for the spec (`_check_dimensions`).
    """
    largest = max((d for info in infos.values() for d in info.shape), default=0)
    problems = []
    for field, key in keys.items():
        value = settings.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue  # absent, or not a number: the family's reader names it
        if field == "num_layers" and value > len(infos):
            problems.append(f"{key} is {value}, but the checkpoint holds only {len(infos)} tensors")
        elif field != "num_layers" and value > largest:
            problems.append(f"{key} is {value}, larger than any tensor dimension in the checkpoint (at most {largest})")
    if problems:
        raise CheckpointError(f"{config_file}: {'; '.join(problems)}", path=config_file)


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
    """Module references (a name, ``pkg.mod:Class``, a class, ``{"module", "config"}``) replace the slot's module
    in every layer, validated with the spec; factories become provider overrides, called once per instance."""
    factories: dict[str, Callable[[], object]] = {}
    modules = dict(spec.modules)
    replaced: set[str] = set()
    problems: list[str] = []
    for slot, value in (overrides or {}).items():
        if slot not in SLOT_CATEGORIES:
            hint = did_you_mean(close_matches(slot, SLOT_CATEGORIES, n=2))
            problems.append(f"overrides.{slot}: unknown slot{hint} (slots: {', '.join(SLOT_CATEGORIES)})")
        elif isinstance(value, (str, type, Mapping, ModuleRef)):
            ref = parse_module_ref(value, f"overrides.{slot}", problems)
            if ref is not None:
                modules[slot] = ref
                replaced.add(slot)
                if slot == "linear":  # every projection: the spec's group slots give way too
                    groups = {f"linear.{group}" for group in LINEAR_GROUPS} - set(overrides or {})
                    for group in groups:
                        modules.pop(group, None)
                    replaced |= groups
        elif callable(value):
            factories[slot] = value
        else:
            problems.append(f"overrides.{slot}: expected a name, 'pkg.mod:Class', a class, {{\"module\": ..., "
                            f"\"config\": {{...}}}} or a factory, got {type(value).__name__}")
    if problems:
        raise SpecError(problems, source="overrides")
    layers = tuple(attrs.evolve(o, slots={k: v for k, v in o.slots.items() if k not in replaced}) for o in spec.layers)
    return attrs.evolve(spec, modules=modules, layers=tuple(o for o in layers if o.slots)), factories


Progress = Callable[[int, int], None]
"""Called after each tensor is loaded with (tensors done, tensors in all)."""


def build_for_checkpoint(checkpoint: Checkpoint, spec: ModelSpec, factories: Mapping[str, Callable[[], object]],
                         device: str, dtype: torch.dtype, progress: Progress | None = None, *,
                         check_finite: bool = True, tensor_parallel: TensorParallel | None = None) -> DecoderModel:
    """Validate, build on meta, then load every weight; nothing is read until every tensor is checked.

    The spec's sizes are first compared with the tensors' headers, so a config the weights contradict
    fails naming its key before anything is built. ``check_finite`` refuses a weight holding NaN or
    infinity (a scan of each tensor as it is read; ``False`` skips it for speed). The device's backend
    loads the weights (the TTNN backend does not scan yet). Under ``tensor_parallel`` the graph is built at
    this rank's share and each split projection reads only its part of the checkpoint.
    """
    _check_dimensions(checkpoint, spec.dims)
    problems = validate_spec(spec, device=device, trust_builtins=True)
    if any(p.uncovered_device for p in problems):
        raise DeviceCoverageError(problems, source=f"{checkpoint.source.path} on {device}")
    if problems:
        raise SpecError(problems, source=str(checkpoint.source.path))
    accelerator = (tensor_parallel.accelerator if isinstance(tensor_parallel, HoldsAccelerator)
                   else open_accelerator(device))
    container = ModelContainer(spec=spec, device=device, dtype=dtype, on_meta=True,
                               accelerator=accelerator, tensor_parallel=tensor_parallel)
    for slot, factory in factories.items():
        getattr(container, slot).override(providers.Factory(factory))
    try:
        model = container.model()
    except SlotConfigError as exc:  # a constructor refused its settings: reported as the dry run reports it
        raise SpecError([f"{exc.path}: {exc.reason}"], source=str(checkpoint.source.path)) from exc
    backend_for(device).load_weights(model, checkpoint, device=device, dtype=dtype, progress=progress,
                                     check_finite=check_finite)
    return model


def load_weights(model: DecoderModel, checkpoint: Checkpoint, *, device: torch.device | str, dtype: torch.dtype,
                 progress: Progress | None = None, check_finite: bool = True) -> None:
    """Load every weight of ``checkpoint`` into ``model`` (built on meta) through the backend that built it."""
    backend_for(model.hardware).load_weights(model, checkpoint, device=str(device), dtype=dtype, progress=progress,
                                             check_finite=check_finite)


def assign_weights(model: nn.Module, checkpoint: Checkpoint, *, device: torch.device, dtype: torch.dtype,
                   progress: Progress | None = None, check_finite: bool = True) -> None:
    """Assign each torch parameter from the checkpoint after checking every name, shape and dtype first.

    With ``check_finite``, each tensor is scanned for NaN and infinity once it is read and converted.
    A module that :class:`~tttv2.protocols.LoadsCheckpoint` (a quantized linear) is handed its tensors
    instead. This is how the torch backend (and any backend of torch modules) loads a model.
    """
    plan = _plan(model, checkpoint)
    infos = checkpoint.source.tensor_infos()
    unreturned = 0  # float32 bytes read since the C heap last handed its freed pages back
    for done, (parameter, tensor_name) in enumerate(plan, start=1):
        owner_name, _, leaf = parameter.rpartition(".")
        owner = model.get_submodule(owner_name)
        stored = CheckpointTensor(checkpoint=checkpoint, parameter=parameter, name=tensor_name, device=device,
                                  dtype=dtype, check_finite=check_finite)
        if isinstance(owner, LoadsCheckpoint):
            owner.load_checkpoint(leaf, stored)
        else:
            setattr(owner, leaf, nn.Parameter(stored.dense(), requires_grad=False))
        unreturned += 4 * math.prod(infos[tensor_name].shape)
        if unreturned >= RETURN_FREED_EVERY:
            return_freed_memory()
            unreturned = 0
        if progress is not None:
            progress(done, len(plan))
    leftovers = [name for name, value in [*model.named_parameters(), *model.named_buffers()] if value.is_meta]
    if leftovers:
        raise CheckpointError(f"{checkpoint.source.path}: no weights for {', '.join(leftovers[:8])}"
                              f"{' ...' if len(leftovers) > 8 else ''} (a module with parameters the checkpoint lacks)")


RETURN_FREED_EVERY = 64 << 20
"""Bytes (as float32) a load reads between two :func:`return_freed_memory` calls. A quantizing load frees a
float32 copy of each weight, and glibc kept those pages: SmolLM2's int8 load peaked at 1101 MB, 694 MB with a
trim every 64 MB read (no slower); after every tensor it was 598 MB but 1 s slower."""


def return_freed_memory() -> None:
    """Hand the C heap's free pages back to the operating system (glibc's ``malloc_trim``): glibc keeps what a
    parse or a copy freed resident in the process; where the C library has no ``malloc_trim``, nothing."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # None: the symbols of the process and its C library
    except (AttributeError, OSError, TypeError):  # no glibc (macOS, musl), or no CDLL(None) (Windows)
        return
    trim(0)


@attrs.frozen
class TensorPart:
    """Part ``index`` of ``count`` equal parts along axis ``dim``: what one tensor-parallel rank holds."""

    dim: int
    index: int
    count: int

    def bounds(self, size: int) -> tuple[int, int]:
        length = size // self.count
        return self.index * length, (self.index + 1) * length


@attrs.frozen(kw_only=True)
class CheckpointTensor:
    """One checkpoint tensor for one of our parameters; read only when :meth:`dense` or :meth:`raw` is called.

    With ``part`` set (see :meth:`shard`) it stands for that part only, and reads only that part where the
    family's conversion leaves the tensor as stored.
    """

    checkpoint: Checkpoint
    parameter: str
    name: str
    device: torch.device
    dtype: torch.dtype
    check_finite: bool
    part: TensorPart | None = None

    @property
    def stored_type(self) -> str:
        return self.checkpoint.source.tensor_infos()[self.name].dtype

    @property
    def shape(self) -> tuple[int, ...]:
        shape = self.checkpoint.converted_shape(self.parameter, self.name)
        if self.part is None:
            return shape
        return tuple(size // self.part.count if axis == self.part.dim else size for axis, size in enumerate(shape))

    def shard(self, dim: int, index: int, count: int) -> CheckpointTensor:
        """Part ``index`` of ``count`` equal parts of this tensor (of this part, if already one) along ``dim``."""
        full = self.checkpoint.converted_shape(self.parameter, self.name)
        if not 0 <= dim < len(full) or not 0 <= index < count or full[dim] % count:
            raise CheckpointError(f"{self.checkpoint.source.path}: tensor {self.name!r} {list(full)} has no part "
                                  f"{index} of {count} along axis {dim}", tensors=[self.name])
        if self.part is not None:
            raise CheckpointError(f"tensor {self.name!r} is already part {self.part.index} of {self.part.count}: "
                                  "a tensor is split once")
        return attrs.evolve(self, part=TensorPart(dim, index, count))

    def dense(self) -> torch.Tensor:
        """Family-converted, contiguous, in the model's dtype and device; NaN or infinity is an error naming the
        tensor."""
        checkpoint = self.checkpoint
        stored = self._stored_part() if self.part is not None and not self._converted() else None
        if stored is not None:
            tensor = stored
        else:  # whole, converted by the family, or cut across blocks: convert the whole tensor, then keep the part
            stored = checkpoint.source.load(self.name)
            tensor = self._part_of(checkpoint.family.transform(self.parameter, stored, checkpoint.spec,
                                                               checkpoint.checkpoint_format))
        # contiguous: a part cut along the columns is a view that would keep the whole tensor alive (and strided
        # weights miss the fast GEMMs and the native GEMV)
        tensor = tensor.to(device=self.device, dtype=self.dtype).contiguous()
        if self.check_finite and not _all_finite(tensor):
            raise _non_finite_error(checkpoint.source.path, self.name, self.parameter, stored, self.dtype)
        return tensor

    def convert(self, values: torch.Tensor) -> torch.Tensor:
        """The family's conversion of this parameter, applied to ``values``.

        For a part: ``values`` are placed where the part lies in a zero tensor of the whole shape, converted,
        and the part taken back, which is exact for conversions that keep each row in its part (llama.cpp's
        rotary order stays within each head); a probe shows whether that holds.
        """
        checkpoint = self.checkpoint
        if self.part is None or not self._converted():
            return checkpoint.family.transform(self.parameter, values, checkpoint.spec, checkpoint.checkpoint_format)
        full = checkpoint.converted_shape(self.parameter, self.name)
        whole = values.new_zeros(full)
        start, stop = self.part.bounds(full[self.part.dim])
        whole.narrow(self.part.dim, start, stop - start).copy_(values)
        return self._part_of(checkpoint.family.transform(self.parameter, whole, checkpoint.spec,
                                                         checkpoint.checkpoint_format))

    def raw(self) -> torch.Tensor:
        """The file's own data (GGUF blocks as ``uint8`` rows), without conversion; for a part, only its bytes."""
        if self.part is None:
            return self.checkpoint.source.load_raw(self.name)
        start, stop = self.part.bounds(self.checkpoint.source.tensor_infos()[self.name].shape[self.part.dim])
        return self.checkpoint.source.load_part(self.name, self.part.dim, start, stop, raw=True)

    def _stored_part(self) -> torch.Tensor | None:
        """Only this part's values read from the file, or None where the part cuts the file's blocks."""
        assert self.part is not None
        start, stop = self.part.bounds(self.checkpoint.source.tensor_infos()[self.name].shape[self.part.dim])
        try:
            return self.checkpoint.source.load_part(self.name, self.part.dim, start, stop)
        except PartCutsBlocksError:
            return None

    def _converted(self) -> bool:
        """Whether the family changes this tensor on loading (a conversion returns a new tensor, even on meta)."""
        checkpoint = self.checkpoint
        probe = shape_probe(tuple(checkpoint.source.tensor_infos()[self.name].shape))
        return checkpoint.family.transform(self.parameter, probe, checkpoint.spec, checkpoint.checkpoint_format) \
            is not probe

    def _part_of(self, tensor: torch.Tensor) -> torch.Tensor:
        if self.part is None:
            return tensor
        start, stop = self.part.bounds(tensor.shape[self.part.dim])
        return tensor.narrow(self.part.dim, start, stop - start).clone()  # not a view keeping the whole alive


@attrs.frozen
class _Size:
    """A size (the product of some Dimensions fields) and the tensor axes that show it, in our parameter names."""

    fields: tuple[str, ...]
    axes: tuple[tuple[str, int], ...]


_LAYER = "layers.{i}."
_SIZES = (
    _Size(("vocab_size",), (("embedding.weight", 0), ("head.weight", 0), ("head.proj.weight", 0))),
    _Size(("hidden_dim",), (("embedding.weight", 1), ("final_norm.weight", 0), (_LAYER + "attention_norm.weight", 0),
                            (_LAYER + "attention.q_proj.weight", 1), (_LAYER + "ffn.gate.weight", 1))),
    _Size(("num_heads", "head_dim"), ((_LAYER + "attention.q_proj.weight", 0), (_LAYER + "attention.o_proj.weight", 1))),
    _Size(("num_kv_heads", "head_dim"), ((_LAYER + "attention.k_proj.weight", 0),
                                         (_LAYER + "attention.v_proj.weight", 0))),
    _Size(("head_dim",), ((_LAYER + "attention.q_norm.weight", 0), (_LAYER + "attention.k_norm.weight", 0))),
    _Size(("intermediate_dim",), ((_LAYER + "ffn.gate.weight", 0), (_LAYER + "ffn.up.weight", 0),
                                  (_LAYER + "ffn.down.weight", 1))),
)
"""Where the weights show each size; a family whose tensors lack one of these parameters is simply not checked on it."""

_LAYER_MARKERS = tuple(_LAYER + name for name in ("attention_norm.weight", "attention.q_proj.weight", "ffn.gate.weight"))
"""A layer is present when the checkpoint holds any of these."""


def _check_dimensions(checkpoint: Checkpoint, dims: Dimensions) -> None:
    """Compare the spec's sizes with the tensor headers; a size no tensor agrees with is the config's fault.

    A size some tensors agree with and others do not is left to `_plan`, which names each tensor.
    """
    infos = checkpoint.source.tensor_infos()

    def find(parameter: str, layer: int = 0) -> tuple[str, tuple[int, ...]] | None:
        parameter = parameter.replace("{i}", str(layer))
        name = checkpoint.family.weight_name(parameter, checkpoint.checkpoint_format)
        info = infos.get(name) if name is not None else None
        return (info.name, checkpoint.converted_shape(parameter, info.name)) if info is not None else None

    def has_layer(layer: int) -> bool:
        return any(find(marker, layer) is not None for marker in _LAYER_MARKERS)

    keys = checkpoint.size_keys
    problems = _check_layer_count(dims.num_layers, keys["num_layers"], has_layer) if has_layer(0) else []
    layers = range(dims.num_layers) if not problems else range(0)
    culprits: list[str] = []
    for size in _SIZES:
        expected = math.prod(getattr(dims, field) for field in size.fields)
        shown = [(found[0], found[1], found[1][axis]) for parameter, axis in size.axes
                 for layer in (layers if parameter.startswith(_LAYER) else (0,))
                 if (found := find(parameter, layer)) is not None and len(found[1]) > axis]
        if shown and all(value != expected for _, _, value in shown):
            name, shape, value = shown[0]
            stated = " * ".join(keys[field] for field in size.fields)
            product = " * ".join(str(getattr(dims, field)) for field in size.fields)
            problems.append(f"{stated} is {product if len(size.fields) == 1 else f'{product} = {expected}'}, "
                            f"but the weights have {value}: {name!r} has shape {list(shape)}")
            culprits.append(name)
    if problems:
        details = "\n".join(f"  - {p}" for p in problems)
        raise CheckpointError(f"{checkpoint.config_file}: sizes the weights contradict:\n{details}",
                              path=checkpoint.config_file, tensors=culprits)


def _check_layer_count(num_layers: int, key: str, has_layer: Callable[[int], bool]) -> list[str]:
    """The problem, if any, with the stated layer count: the last layer missing, or one more present."""
    if has_layer(num_layers - 1) and not has_layer(num_layers):
        return []
    held = 0
    while has_layer(held):
        held += 1
    return [f"{key} is {num_layers}, but the checkpoint holds {held} layer(s) (0 to {held - 1})"]


_NOT_FLOAT = re.compile(r"BOOL|[IU]\d+|C\d+")
"""Header dtypes (safetensors ``I64``, ``U8``, ``BOOL``; GGUF ``I32``) that would silently become 0/1 or whole-number weights."""

_SCAN_VALUES = 1 << 22
"""Values checked per step of the finite scan: its temporary mask stays ~4 MB however large the tensor."""


def _all_finite(tensor: torch.Tensor) -> bool:
    """No NaN or infinity in ``tensor``, scanned in slices so the check allocates little."""
    flat = tensor.reshape(-1)
    return all(bool(torch.isfinite(flat[start:start + _SCAN_VALUES]).all())
               for start in range(0, flat.numel(), _SCAN_VALUES))


def _non_finite_error(path: Path, tensor_name: str, parameter: str, stored: torch.Tensor,
                      dtype: torch.dtype) -> CheckpointError:
    """Name the tensor, say what is wrong with it (and whether the file or the conversion to ``dtype`` is to blame)."""
    values = stored.float()
    nan, infinite = int(values.isnan().sum()), int(values.isinf().sum())
    if nan or infinite:
        first = [int(i) for i in torch.nonzero(~torch.isfinite(values))[0]]
        what = (f"holds {nan} NaN and {infinite} infinite value(s) (the first at index {first}): a corrupt or "
                "diverged checkpoint? Load with check_finite=False to skip this check")
    else:
        what = (f"has values beyond the range of {dtype} (largest magnitude {float(values.abs().max()):.6g}): "
                "load it in a wider dtype such as torch.bfloat16 or torch.float32")
    return CheckpointError(f"{path}: tensor {tensor_name!r} (for parameter {parameter!r}) {what}",
                           path=path, tensors=[tensor_name])


def _plan(model: nn.Module, checkpoint: Checkpoint) -> list[tuple[str, str]]:
    """(parameter, checkpoint tensor) pairs, after checking every name, shape and dtype; one error lists all."""
    infos = checkpoint.source.tensor_infos()
    plan: list[tuple[str, str]] = []
    problems: list[str] = []
    culprits: list[str] = []
    for parameter, shape, floating in _expected_tensors(model):
        tensor_name = checkpoint.family.weight_name(parameter, checkpoint.checkpoint_format)
        info = infos.get(tensor_name) if tensor_name is not None else None
        if tensor_name is None:
            problems.append(f"parameter {parameter!r} has no checkpoint name in family {type(checkpoint.family).__name__}")
        elif info is None:
            problems.append(f"missing tensor {tensor_name!r} (for parameter {parameter!r})")
            culprits.append(tensor_name)
        elif (converted := checkpoint.converted_shape(parameter, tensor_name)) != shape:
            culprits.append(tensor_name)
            problems.append(f"tensor {tensor_name!r} has shape {_shape_for(info.shape, converted)}, but parameter "
                            f"{parameter!r} expects {list(shape)}")
        elif floating and _NOT_FLOAT.fullmatch(info.dtype):
            culprits.append(tensor_name)
            problems.append(f"tensor {tensor_name!r} holds {info.dtype} values, but parameter {parameter!r} "
                            "is a floating-point weight")
        else:
            plan.append((parameter, tensor_name))
    if problems:
        details = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CheckpointError(f"{checkpoint.source.path} does not match the model:\n{details}{more}",
                              path=checkpoint.source.path, tensors=culprits)
    return plan


def _shape_for(stored: tuple[int, ...], converted: tuple[int, ...]) -> str:
    """A stored shape, with the part the family takes from it when that differs (a slice of a fused tensor)."""
    if tuple(stored) == converted:
        return str(list(stored))
    return f"{list(stored)} (converted for this parameter: {list(converted)})"


def _expected_tensors(model: nn.Module) -> list[tuple[str, tuple[int, ...], bool]]:
    """(parameter path, dense shape, floating) of every weight the checkpoint must supply.

    A module that loads its own tensors declares them (dense, so floating); what it holds is its business.
    """
    expected: list[tuple[str, tuple[int, ...], bool]] = []
    own: list[str] = []
    seen: set[int] = set()  # a parameter two modules share (a tied weight) is loaded once
    for prefix, module in model.named_modules():
        if any(prefix.startswith(f"{outer}.") for outer in own):
            continue
        if isinstance(module, LoadsCheckpoint):
            own.append(prefix)
            expected += [(f"{prefix}.{name}", tuple(shape), True) for name, shape in module.checkpoint_shapes().items()]
            continue
        for name, value in module.named_parameters(recurse=False):
            if id(value) not in seen:
                seen.add(id(value))
                expected.append((f"{prefix}.{name}" if prefix else name, tuple(value.shape), value.is_floating_point()))
    return expected
