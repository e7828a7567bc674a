"""Tensor parallelism on ``torch.distributed``: a 1-D DeviceMesh, and projections split by column or row.

A column-split projection holds a slice of the output rows and needs no communication: the heads or FFN
features it feeds are this rank's own. A row-split projection holds the matching slice of input columns;
its partial outputs are summed across the mesh with one all-reduce, after which every rank holds the
same hidden state (so every rank computes the same logits and picks the same tokens).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

import torch
import torch.distributed as dist
from torch import Tensor, nn
from torch.distributed.device_mesh import DeviceMesh

from tttv2.errors import TensorParallelError
from tttv2.parallel import Split
from tttv2.protocols import Linear, LoadsCheckpoint, StoredTensor


class TorchTensorParallel:
    """This process's rank in a 1-D ``DeviceMesh``; wraps projections in :class:`ColumnShard` / :class:`RowShard`.

    It holds the mesh and its process group weakly: a build's bookkeeping (the container and its build state)
    is cyclic garbage that lives until Python's next full collection, and must not keep the group alive. Only
    the row-split projections (the model) hold it, so once the model and the mesh are gone,
    ``destroy_process_group()`` ends gloo's worker threads at once, while Python still runs; a worker still
    holding the last all-reduce's tensor when the interpreter shuts down aborts the process.
    """

    def __init__(self, mesh: DeviceMesh) -> None:
        self._mesh = weakref.ref(mesh)
        self._group = weakref.ref(mesh.get_group())
        self._rank = mesh.get_local_rank()
        self._world = mesh.size()

    @property
    def rank(self) -> int:
        return self._rank

    @property
    def world(self) -> int:
        return self._world

    def shard(self, projection: object, *, split: Split, index: int, count: int) -> object:
        if not isinstance(projection, nn.Module) or not isinstance(projection, Linear):
            raise TensorParallelError(f"cannot split a {type(projection).__qualname__}: tensor parallelism on torch "
                                      "splits projections that are torch modules with forward(x)")
        if split == "column":
            return ColumnShard(projection, index=index, count=count)
        group = self._group()
        if group is None:
            raise TensorParallelError("the mesh's process group is gone (destroyed, or the mesh was dropped): keep the "
                                      "mesh until the model is built")
        return RowShard(projection, index=index, count=count, group=group, keeps_bias=self._rank == 0)

    def __repr__(self) -> str:
        return f"TorchTensorParallel(rank={self._rank}, world={self._world}, mesh={self._mesh()})"


def tensor_parallel(mesh: object, device: str) -> TorchTensorParallel:
    """Check ``mesh`` for a model on ``device``: a 1-D DeviceMesh of the same device type."""
    if not isinstance(mesh, DeviceMesh):
        raise TensorParallelError(f"mesh= takes a torch.distributed.device_mesh.DeviceMesh (init_device_mesh('cpu', "
                                  f"(N,)) inside torchrun), got {type(mesh).__name__}")
    if mesh.ndim != 1:
        raise TensorParallelError(f"mesh has {mesh.ndim} dimensions {tuple(mesh.shape)}; tensor parallelism splits "
                                  "over a 1-D mesh: init_device_mesh(device_type, (N,)), or pass mesh[name] for one "
                                  "dimension of it")
    if mesh.device_type != device.partition(":")[0]:
        raise TensorParallelError(f"mesh is a {mesh.device_type!r} mesh but the model loads on {device!r}: "
                                  "use the same device type for both")
    return TorchTensorParallel(mesh)


class _ProjectionShard(nn.Module):
    """One rank's part of a projection: the inner linear is built at the part's size and loads only its part."""

    weight_axis: int  # the axis of [out, in] this split cuts

    def __init__(self, inner: nn.Module, *, index: int, count: int) -> None:
        super().__init__()
        self.inner = inner
        self.index = index
        self.count = count

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        """The whole checkpoint tensors: the loader checks them against the file before any part is read."""
        return {name: self._whole(name, shape) for name, shape in _shapes_of(self.inner).items()}

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        axis = self._split_axis(name)
        part = tensor.shard(axis, self.index, self.count) if axis is not None else tensor
        if isinstance(self.inner, LoadsCheckpoint):
            self.inner.load_checkpoint(name, part)
        else:
            owner_name, _, leaf = name.rpartition(".")
            setattr(self.inner.get_submodule(owner_name), leaf, nn.Parameter(part.dense(), requires_grad=False))

    def _split_axis(self, name: str) -> int | None:
        """The axis of parameter ``name`` this rank holds a part of (None: the whole of it)."""
        if name == "weight":
            return self.weight_axis
        if name == "bias":
            return 0 if self.weight_axis == 0 else None
        raise TensorParallelError(f"cannot split parameter {name!r} of {type(self.inner).__qualname__}: a projection "
                                  "under tensor parallelism holds a weight [out, in] and optionally a bias [out]")

    def _whole(self, name: str, shape: tuple[int, ...]) -> tuple[int, ...]:
        axis = self._split_axis(name)
        return tuple(size * self.count if i == axis else size for i, size in enumerate(shape))

    def extra_repr(self) -> str:
        return f"part {self.index} of {self.count} along {'output rows' if self.weight_axis == 0 else 'input columns'}"


class ColumnShard(_ProjectionShard):
    """A slice of the output rows (q/k/v, gate/up): this rank's heads or features, no communication."""

    weight_axis = 0

    def forward(self, x: Tensor) -> Tensor:
        return _forward(self.inner, x)


class RowShard(_ProjectionShard):
    """A slice of the input columns (o, down): partial outputs summed across the ranks by one all-reduce.

    The bias is added once: rank 0 keeps it, the others hold zeros.
    """

    weight_axis = 1

    def __init__(self, inner: nn.Module, *, index: int, count: int, group: dist.ProcessGroup, keeps_bias: bool) -> None:
        super().__init__(inner, index=index, count=count)
        self.group = group
        self.keeps_bias = keeps_bias

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        super().load_checkpoint(name, tensor)
        if name == "bias" and not self.keeps_bias:
            bias = getattr(self.inner, "bias", None)
            if not isinstance(bias, Tensor):
                raise TensorParallelError(f"{type(self.inner).__qualname__} loaded a bias but has no .bias to zero "
                                          "on the ranks that must not add it again")
            with torch.no_grad():
                bias.zero_()

    def forward(self, x: Tensor) -> Tensor:
        out = _forward(self.inner, x)
        if not out.is_meta:  # validation runs the graph on meta, where there is nothing to sum
            dist.all_reduce(out, group=self.group)
        return out


def all_reduce_bytes_per_token(model: nn.Module, dtype: torch.dtype) -> int:
    """Bytes summed across the ranks for each token a split model processes: one all-reduce of each row-split
    projection's output. A ring all-reduce sends and receives about ``2 (N - 1) / N`` times this per rank."""
    element = torch.empty((), dtype=dtype).element_size()
    return sum(_shapes_of(m.inner)["weight"][0] * element for m in model.modules() if isinstance(m, RowShard))


def _forward(inner: nn.Module, x: Tensor) -> Tensor:
    result: Tensor = inner.forward(x)
    return result


def _shapes_of(module: nn.Module) -> Mapping[str, tuple[int, ...]]:
    if isinstance(module, LoadsCheckpoint):
        return module.checkpoint_shapes()
    return {name: tuple(value.shape) for name, value in module.named_parameters()}
