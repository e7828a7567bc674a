"""ttnn's tensor and device types under names that also resolve where ttnn is not installed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ttnn import MeshDevice
    from ttnn import Tensor as DeviceTensor
else:

    class DeviceTensor:
        """Stands in for ``ttnn.Tensor`` at run time.

        mypy checks every annotation against the real class (``typings/ttnn``). At run time the
        registry reads constructor annotations with ``typing.get_type_hints`` to find
        collaborators, and that must work on Python 3.11, where ttnn cannot be installed.
        """

    class MeshDevice:
        """Stands in for ``ttnn.MeshDevice`` at run time, for the same reason."""


__all__ = ["DeviceTensor", "MeshDevice"]
