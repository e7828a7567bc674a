"""A projection on the device: ``ttnn.linear`` with a transposed TILE weight, then an optional broadcast bias.

The bias is added with ``ttnn.add`` over a ``[1, 1, 1, out]`` tensor, as tt-metal's attention adds
its QKV bias, rather than through ``ttnn.linear(bias=...)``. :class:`DeviceProjection` is what a TTNN
module declares per projection, so that a tensor-parallel build can split it like a torch linear. Never
run on hardware.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from tttv2.ttnn.mesh import MeshSplit, reduce_partial
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import DeviceWeight, Preparation, WeightSource

if TYPE_CHECKING:
    import ttnn


@attrs.frozen
class DeviceProjection:
    """One projection of a TTNN module: this chip's sizes, the checkpoint parameter it reads, and its mesh split.

    ``name`` is the parameter prefix (``q_proj``: weight ``q_proj.weight [out, in]``). ``heads`` (this chip's)
    marks a Q or K projection whose rows are interleaved for ``rotary_embedding_llama``. Under tensor
    parallelism ``split`` (set by :class:`~tttv2.ttnn.mesh_parallel.MeshTensorParallel`) says which part of
    the whole checkpoint tensor each chip holds; the sizes here stay one chip's.
    """

    name: str
    in_features: int
    out_features: int
    bias: bool = False
    heads: int | None = None
    split: MeshSplit | None = None

    def source(self, kind: Literal["weight", "bias"]) -> WeightSource:
        """The whole checkpoint tensor of the weight ``[out, in]`` or bias ``[out]``, with this chip's part.

        A row split's bias is not split: it is added once, after the partial outputs are summed.
        """
        count = self.split.count if self.split is not None else 1
        column = self.split is not None and self.split.split == "column"
        out = self.out_features * count if column else self.out_features
        heads = self.heads * count if self.heads is not None and column else self.heads
        if kind == "weight":
            in_features = self.in_features if column or self.split is None else self.in_features * count
            return WeightSource(f"{self.name}.weight", (out, in_features), interleave_heads=heads, split=self.split)
        return WeightSource(f"{self.name}.bias", (out,), interleave_heads=heads, split=self.split if column else None)

    def declare(self, group: TensorGroup) -> dict[str, DeviceWeight]:
        """Its device weights, named ``<name>.weight`` and ``<name>.bias``."""
        declared = {f"{self.name}.weight": DeviceWeight(Preparation.LINEAR, group, (self.source("weight"),))}
        if self.bias:
            declared[f"{self.name}.bias"] = DeviceWeight(Preparation.BIAS, group, (self.source("bias"),))
        return declared


def project(x: DeviceTensor, weight: DeviceTensor, bias: DeviceTensor | None,
            memory_config: ttnn.MemoryConfig) -> DeviceTensor:
    """``x @ weight (+ bias)``: x ``[..., rows, in]``, weight ``[1, 1, in, out]``, bias ``[1, 1, 1, out]``."""
    import ttnn

    out = ttnn.linear(x, weight, memory_config=memory_config)
    if bias is None:
        return out
    biased = ttnn.add(out, bias, memory_config=memory_config)
    ttnn.deallocate(out)
    return biased


def project_combined(x: DeviceTensor, weight: DeviceTensor, bias: DeviceTensor | None, split: MeshSplit | None,
                     memory_config: ttnn.MemoryConfig) -> DeviceTensor:
    """:func:`project` for a projection that may be split over a mesh: a row split's partial outputs are summed
    over the chips (``ttnn.all_reduce``) before its bias is added, once."""
    import ttnn

    if split is None or split.split == "column":
        return project(x, weight, bias, memory_config)
    summed = reduce_partial(project(x, weight, None, memory_config), split, memory_config)
    if bias is None:
        return summed
    biased = ttnn.add(summed, bias, memory_config=memory_config)
    ttnn.deallocate(summed)
    return biased
