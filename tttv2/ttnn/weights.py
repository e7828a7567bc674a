"""Device weights: what each TTNN module declares, and how a checkpoint tensor becomes a ttnn tensor.

A TTNN module declares its device tensors as :class:`DeviceWeight` values in a
:class:`WeightSlots` at construction (no I/O there). The loader
(:func:`tttv2.ttnn.loading.load_device_weights`) reads the checkpoint tensors each declaration
names, arranges them on the host (:func:`arrange_on_host`, plain torch) and converts them with
:func:`prepare_weight` (``ttnn.from_torch`` with the group's dtype, TILE or ROW_MAJOR layout, DRAM).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs
import torch

from tttv2.errors import ConfigError, TTTError
from tttv2.ttnn.precision import BLOCK_FLOATS, TensorGroup, TTNNPrecision, ttnn_dtype
from tttv2.ttnn.tensor_types import DeviceTensor, MeshDevice

if TYPE_CHECKING:  # mesh.py arranges weights with this module's functions
    from tttv2.ttnn.mesh import MeshSplit

TILE = 32
"""ttnn's tile edge; TILE tensors are padded to multiples of it in the last two dims."""


class Preparation(enum.Enum):
    """How a host tensor is arranged before it goes to the device."""

    LINEAR = "linear"  # [out, in] -> [1, 1, in, out], TILE: ttnn.linear computes x @ w
    BIAS = "bias"  # [out] -> [1, 1, 1, out], TILE
    NORM = "norm"  # [hidden] -> [1, 1, hidden / 32, 32], ROW_MAJOR: rms_norm's gamma layout
    OFFSET_NORM = "offset-norm"  # Gemma's (1 + w), then as NORM
    EMBEDDING = "embedding"  # [vocab, hidden] -> [1, 1, vocab, hidden], ROW_MAJOR: ttnn.embedding's table
    TABLE = "table"  # a computed [1, 1, rows, cols] table (rotary cos/sin, transformation matrix), TILE

    @property
    def is_row_major(self) -> bool:
        return self in (Preparation.NORM, Preparation.OFFSET_NORM, Preparation.EMBEDDING)


@attrs.frozen
class WeightSource:
    """One checkpoint tensor a device weight is made from.

    ``parameter`` is the torch model's parameter name, relative to the declaring module unless
    ``from_root`` (a tied head reads ``embedding.weight``). ``shape`` is what the checkpoint must
    hold. ``interleave_heads`` reorders the rows of a Q or K projection from Hugging Face's
    rotate-half layout to the interleaved pairs ``rotary_embedding_llama`` rotates. ``split`` says which part
    of it each chip of a mesh holds (None: all of it); ``shape`` is still the whole checkpoint tensor's.
    """

    parameter: str
    shape: tuple[int, ...]
    interleave_heads: int | None = None
    from_root: bool = False
    split: MeshSplit | None = None


@attrs.frozen
class DeviceWeight:
    """A device tensor a module needs: made from checkpoint ``sources`` (concatenated along dim 0) or computed."""

    preparation: Preparation
    group: TensorGroup
    sources: tuple[WeightSource, ...] = ()
    compute: Callable[[], torch.Tensor] | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if bool(self.sources) == (self.compute is not None):
            raise ConfigError("a DeviceWeight needs either checkpoint sources or a compute function, not both")


class WeightsNotLoadedError(TTTError, RuntimeError):
    """A TTNN module ran before its device weights were loaded."""


class WeightSlots:
    """The device tensors of one module: declared at construction, filled by the loader, read by ``forward``."""

    def __init__(self, declared: Mapping[str, DeviceWeight]) -> None:
        self._declared = dict(declared)
        self._tensors: dict[str, DeviceTensor] = {}

    def declared(self) -> Mapping[str, DeviceWeight]:
        return dict(self._declared)

    def assign(self, name: str, tensor: DeviceTensor) -> None:
        if name not in self._declared:
            raise KeyError(f"no device weight {name!r} is declared here (declared: {', '.join(self._declared)})")
        self._tensors[name] = tensor

    def missing(self) -> list[str]:
        return [name for name in self._declared if name not in self._tensors]

    def __getitem__(self, name: str) -> DeviceTensor:
        tensor = self._tensors.get(name)
        if tensor is None:
            raise WeightsNotLoadedError(
                f"device weight {name!r} is not loaded: load a checkpoint with tttv2.ttnn.load_device_weights "
                "(load_pretrained(..., device='ttnn') does this)")
        return tensor

    def get(self, name: str) -> DeviceTensor | None:
        """The tensor for an optional weight (a bias), or None when none is declared."""
        return self[name] if name in self._declared else None


@runtime_checkable
class HoldsDeviceWeights(Protocol):
    """A TTNN module whose device tensors the loader fills (tested with ``isinstance``)."""

    def device_weights(self) -> WeightSlots:
        """The module's declared device weights."""
        ...


@runtime_checkable
class HasDeviceCollaborators(Protocol):
    """A TTNN module holding collaborators that are not ``torch.nn.Module`` children (a rotary with tables).

    The loader walks ``named_modules()``; these are the parts that walk cannot see.
    """

    def device_collaborators(self) -> Mapping[str, object]:
        """Collaborators by attribute name; those that hold device weights get them under ``<path>.<name>``."""
        ...


def interleave_rotary_rows(weight: torch.Tensor, num_heads: int) -> torch.Tensor:
    """Reorder each head's rows from rotate-half halves ``(x0..x_{d/2-1}, x_{d/2}..)`` to interleaved pairs.

    Inverse of :func:`tttv2.families.base.unpermute_rotary_rows`; works for weights ``[rows, in]``
    and biases ``[rows]``. Permuting Q and K rows alike leaves every q.k product unchanged.
    """
    rows = weight.shape[0]
    if rows % (2 * num_heads):
        raise ConfigError(f"cannot interleave {rows} rows over {num_heads} heads: head_dim must be even")
    return (weight.reshape(num_heads, 2, rows // num_heads // 2, *weight.shape[1:])
            .transpose(1, 2).reshape(weight.shape))


def arrange_on_host(tensor: torch.Tensor, preparation: Preparation) -> torch.Tensor:
    """The 4-D host tensor ``ttnn.from_torch`` receives for ``preparation`` (see :class:`Preparation`)."""
    if preparation is Preparation.LINEAR:
        _check_rank(tensor, 2, preparation)
        return tensor.transpose(0, 1).contiguous()[None, None]
    if preparation is Preparation.BIAS:
        _check_rank(tensor, 1, preparation)
        return tensor.reshape(1, 1, 1, -1)
    if preparation in (Preparation.NORM, Preparation.OFFSET_NORM):
        _check_rank(tensor, 1, preparation)
        if tensor.shape[0] % TILE:
            raise ConfigError(f"norm weight of size {tensor.shape[0]} is not a multiple of {TILE} (ttnn.rms_norm)")
        gamma = tensor.float() + 1.0 if preparation is Preparation.OFFSET_NORM else tensor
        return gamma.reshape(1, 1, -1, TILE)
    if preparation is Preparation.EMBEDDING:
        _check_rank(tensor, 2, preparation)
        return tensor[None, None]
    _check_rank(tensor, 4, preparation)
    return tensor


def prepare_weight(tensor: torch.Tensor, weight: DeviceWeight, precision: TTNNPrecision,
                   mesh_device: MeshDevice | None = None) -> DeviceTensor:
    """Arrange ``tensor`` for ``weight`` and convert it: on the host when ``mesh_device`` is None, else into DRAM
    on every chip (replicated)."""
    return convert_arranged(arrange_on_host(tensor, weight.preparation), weight, precision, mesh_device)


def convert_arranged(arranged: torch.Tensor, weight: DeviceWeight, precision: TTNNPrecision,
                     mesh_device: MeshDevice | None, *, shard_dim: int | None = None) -> DeviceTensor:
    """``ttnn.from_torch`` of an arranged host tensor in the group's dtype and layout; on a device, replicated
    to every chip, or with ``shard_dim`` cut along it into one equal part per chip (``shard_tensor_to_mesh_mapper``)."""
    import ttnn

    name = precision.dtype_of(weight.group)
    if weight.preparation.is_row_major and name in BLOCK_FLOATS:
        raise ConfigError(f"{weight.group.value} weights are row-major, so they cannot be {name}")
    # block floats and float32 are packed from fp32; bfloat16 goes over as is
    host = arranged.to(torch.bfloat16 if name == "bfloat16" else torch.float32)
    layout = ttnn.ROW_MAJOR_LAYOUT if weight.preparation.is_row_major else ttnn.TILE_LAYOUT
    if mesh_device is None:
        if shard_dim is not None:
            raise ConfigError("a weight split over a mesh needs the mesh device to go to")
        return ttnn.from_torch(host, dtype=ttnn_dtype(name), layout=layout)
    mapper = (ttnn.replicate_tensor_to_mesh_mapper(mesh_device) if shard_dim is None
              else ttnn.shard_tensor_to_mesh_mapper(mesh_device, dim=shard_dim))
    return ttnn.from_torch(host, dtype=ttnn_dtype(name), layout=layout, device=mesh_device,
                           memory_config=ttnn.DRAM_MEMORY_CONFIG, mesh_mapper=mapper)


def _check_rank(tensor: torch.Tensor, rank: int, preparation: Preparation) -> None:
    if tensor.dim() != rank:
        raise ConfigError(f"{preparation.value} preparation expects a {rank}-D tensor, got shape {list(tensor.shape)}")
