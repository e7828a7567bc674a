"""Tensor parallelism on a ``ttnn.MeshDevice``: one host process drives every chip of a 1-D mesh.

The shard plans are the core's (:mod:`tttv2.parallel`): a build under :class:`MeshTensorParallel` divides the
heads and FFN features by the chips (refusing sizes that do not split, as on torch) and hands each planned
projection (a :class:`~tttv2.ttnn.linear.DeviceProjection`) to :meth:`MeshTensorParallel.shard`, which marks it
with a :class:`~tttv2.ttnn.mesh.MeshSplit`; :mod:`tttv2.ttnn.mesh` prepares and combines the parts.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from tttv2.errors import TensorParallelError
from tttv2.parallel import Split
from tttv2.ttnn.linear import DeviceProjection
from tttv2.ttnn.mesh import MeshSplit
from tttv2.ttnn.tensor_types import MeshDevice


class MeshTensorParallel:
    """A 1-D ``ttnn.MeshDevice`` as the core's :class:`~tttv2.parallel.TensorParallel`.

    One host process drives all the chips, so the build runs once, as rank 0 of ``world`` chips; the split is
    recorded on each projection and every chip's part is prepared from it. ``accelerator`` is the mesh itself:
    the build uses it instead of opening a device (:class:`~tttv2.parallel.HoldsAccelerator`). Without a mesh
    device (None) a build only plans: shapes, splits and host-side parts, as the tests and host checks do.
    """

    def __init__(self, mesh_device: MeshDevice | None, *, chips: int, axis: int) -> None:
        self.mesh_device = mesh_device
        self.chips = chips
        self.axis = axis

    @property
    def rank(self) -> int:
        return 0

    @property
    def world(self) -> int:
        return self.chips

    @property
    def accelerator(self) -> object:
        return self.mesh_device

    def shard(self, projection: object, *, split: Split, index: int, count: int) -> object:
        if not isinstance(projection, DeviceProjection):
            raise TensorParallelError(f"cannot split a {type(projection).__qualname__} over a ttnn mesh: TTNN modules "
                                      "split projections they declare as tttv2.ttnn.linear.DeviceProjection")
        return attrs.evolve(projection, split=MeshSplit(split, count, self.chips, self.axis))

    def __repr__(self) -> str:
        return f"MeshTensorParallel(chips={self.chips}, axis={self.axis})"


def mesh_axis(shape: Sequence[int]) -> tuple[int, int]:
    """(chips, axis) of a 1-D mesh shape (``(1, 8)`` -> (8, 1), ``(2, 1)`` -> (2, 0)); anything else is refused."""
    long = [axis for axis, size in enumerate(shape) if size > 1]
    if len(long) > 1:
        flat = 1
        for size in shape:
            flat *= size
        shown = "x".join(map(str, shape))
        raise TensorParallelError(f"the mesh is {shown}; tensor parallelism on ttnn splits over a 1-D mesh (1xN or "
                                  f"Nx1): reshape it first, e.g. mesh_device.reshape(ttnn.MeshShape(1, {flat})), or "
                                  f"open it 1x{flat} (tttv2.ttnn.open_mesh({flat}))")
    if not long:
        return 1, len(shape) - 1
    return shape[long[0]], long[0]


def tensor_parallel(mesh: object, device: str) -> MeshTensorParallel:
    """Check ``mesh`` for a model on ``device``: an opened 1-D ``ttnn.MeshDevice``, and ``device`` plain ``"ttnn"``."""
    if device.lower() != "ttnn":
        raise TensorParallelError(f"device {device!r} names one chip, but mesh= brings its own chips: load with "
                                  "device='ttnn' and the mesh")
    try:
        import ttnn
    except ImportError as exc:
        raise TensorParallelError(f"mesh= on ttnn takes a ttnn.MeshDevice, but ttnn is not installed ({exc})") from exc
    if not isinstance(mesh, ttnn.MeshDevice):
        raise TensorParallelError(f"mesh= on ttnn takes an opened ttnn.MeshDevice (tttv2.ttnn.open_mesh(N) or "
                                  f"ttnn.open_mesh_device(ttnn.MeshShape(1, N))), got {type(mesh).__name__}")
    chips, axis = mesh_axis(tuple(mesh.shape))
    return MeshTensorParallel(mesh, chips=chips, axis=axis)
