"""Weights and activations split over the chips of a 1-D ``ttnn.MeshDevice`` (tensor parallelism).

A build under :class:`~tttv2.ttnn.mesh_parallel.MeshTensorParallel` marks each planned projection with a
:class:`MeshSplit`. The loader then cuts each checkpoint tensor into every chip's part on the host
(:func:`arrange_for_mesh`), joins the parts along one axis of the arranged tensor and sends the result with
``ttnn.shard_tensor_to_mesh_mapper`` (each chip receives its own part); everything else is replicated. A
row-split projection's partial outputs are summed over the mesh with ``ttnn.all_reduce``
(:func:`reduce_partial`), so every chip holds the whole hidden state again. None of this has run on hardware.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import torch

from tttv2.errors import ConfigError
from tttv2.parallel import Split, share
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import Preparation, arrange_on_host

if TYPE_CHECKING:
    import ttnn


@attrs.frozen
class MeshSplit:
    """How a projection spreads over the chips: ``count`` equal parts of the checkpoint tensor along ``split``.

    ``chips`` chips on mesh axis ``axis``; chip ``c`` holds part :meth:`part` (with fewer parts than chips, as for
    KV heads replicated in groups, neighbouring chips hold the same part).
    """

    split: Split
    count: int
    chips: int
    axis: int

    def part(self, chip: int) -> int:
        """The part chip ``chip`` holds: the core's :func:`~tttv2.parallel.share` for rank ``chip``."""
        return share(self.count, 1, chip, self.chips)[0]


def chip_parts(sources: Sequence[torch.Tensor], splits: Sequence[MeshSplit | None], chip: int) -> torch.Tensor:
    """Chip ``chip``'s share of a device weight: each source's part (rows for a column split, columns for a
    row split, the whole of an unsplit one) joined along dim 0, as the sources themselves are joined."""
    parts = []
    for tensor, split in zip(sources, splits, strict=True):
        if split is None:
            parts.append(tensor)
            continue
        axis = 0 if split.split == "column" else 1
        if tensor.dim() <= axis or tensor.shape[axis] % split.count:
            raise ConfigError(f"cannot cut a tensor of shape {list(tensor.shape)} into {split.count} {split.split} "
                              f"parts along dim {axis}")
        parts.append(tensor.chunk(split.count, dim=axis)[split.part(chip)])
    return parts[0] if len(parts) == 1 else torch.cat(parts, dim=0)


def shard_dim(preparation: Preparation, split: Split) -> int:
    """The axis of the arranged 4-D tensor along which the chips' parts are joined and then sharded."""
    if preparation is Preparation.LINEAR:
        return 3 if split == "column" else 2  # [1, 1, in, out]: column parts are output columns, row parts input rows
    if preparation is Preparation.BIAS and split == "column":
        return 3
    raise ConfigError(f"a {preparation.value} weight cannot be split {split}-wise over a mesh")


def arrange_for_mesh(sources: Sequence[torch.Tensor], splits: Sequence[MeshSplit | None],
                     preparation: Preparation) -> tuple[torch.Tensor, int]:
    """(host tensor, shard dim): every chip's arranged part, joined so that ``shard_tensor_to_mesh_mapper(dim)``
    hands chip ``c`` exactly part ``c``."""
    placed = [split for split in splits if split is not None]
    if not placed:
        raise ConfigError("arrange_for_mesh got a weight none of whose sources is split; replicate it instead")
    if len({(s.split, s.chips) for s in placed}) != 1:
        raise ConfigError(f"the sources of one device weight split differently: {placed}")
    split, chips = placed[0].split, placed[0].chips
    dim = shard_dim(preparation, split)
    arranged = [arrange_on_host(chip_parts(sources, splits, chip), preparation) for chip in range(chips)]
    return torch.cat(arranged, dim=dim), dim


def reduce_partial(partial: DeviceTensor, split: MeshSplit | None, memory_config: ttnn.MemoryConfig) -> DeviceTensor:
    """Sum a row-split projection's partial outputs over the mesh axis (``ttnn.all_reduce``); others pass through."""
    import ttnn

    if split is None or split.split != "row" or split.chips == 1:
        return partial
    summed = ttnn.all_reduce(partial, cluster_axis=split.axis, memory_config=memory_config,
                             topology=ttnn.Topology.Linear)
    ttnn.deallocate(partial)
    return summed


def replica(tensor: DeviceTensor) -> torch.Tensor:
    """A replicated device tensor's value on the host: the first chip's copy (``ttnn.get_device_tensors``)."""
    import ttnn

    return ttnn.to_torch(ttnn.get_device_tensors(tensor)[0])
