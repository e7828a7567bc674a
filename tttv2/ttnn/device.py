"""Opening a Tenstorrent device: fails at once, with what to do, when ttnn or a chip is missing."""

from __future__ import annotations

from tttv2.errors import DeviceUnavailableError
from tttv2.ttnn.tensor_types import MeshDevice

INSTALL_HINT = "pip install 'tttv2[ttnn]' on Python 3.10 or 3.12"


def open_device(device_id: int = 0) -> MeshDevice:
    """Open Tenstorrent device ``device_id`` with ``ttnn.open_device``; close it with :func:`close_device`.

    Raises :class:`DeviceUnavailableError` when ttnn cannot be imported ("ttnn is not installed: ...")
    or when no chip answers ("no Tenstorrent device found: ..."), before anything else is done.
    """
    try:
        import ttnn
    except ImportError as exc:
        raise DeviceUnavailableError(f"ttnn is not installed: {INSTALL_HINT} ({exc})") from exc
    try:
        return ttnn.open_device(device_id=device_id)
    except RuntimeError as exc:
        detail = _first_line(exc)
        if "No chips detected" in str(exc):
            raise DeviceUnavailableError(
                f"no Tenstorrent device found: ttnn.open_device(device_id={device_id}) reported {detail!r}; "
                "run on a machine with a Tenstorrent card (tt-smi lists it) or pick another device") from exc
        raise DeviceUnavailableError(f"could not open Tenstorrent device {device_id}: {detail}") from exc


def open_mesh(chips: int) -> MeshDevice:
    """Open ``chips`` chips as one 1 x ``chips`` ``ttnn.MeshDevice`` for tensor parallelism, with the 1-D fabric
    ``ttnn.all_reduce`` needs (an N300 is 2 chips, a T3K 8); close it with :func:`close_device`.

    Raises :class:`DeviceUnavailableError` like :func:`open_device`. Never run on hardware.
    """
    if chips < 1:
        raise DeviceUnavailableError(f"a mesh needs at least one chip, got {chips}")
    try:
        import ttnn
    except ImportError as exc:
        raise DeviceUnavailableError(f"ttnn is not installed: {INSTALL_HINT} ({exc})") from exc
    try:
        ttnn.set_fabric_config(ttnn.FabricConfig.FABRIC_1D)
        return ttnn.open_mesh_device(ttnn.MeshShape(1, chips))
    except RuntimeError as exc:
        raise DeviceUnavailableError(f"could not open a 1x{chips} Tenstorrent mesh: {_first_line(exc)}") from exc


def open_target_device(device: str) -> MeshDevice:
    """Open the device a target string names: ``"ttnn"`` is device 0, ``"ttnn:1"`` device 1."""
    _, _, index = device.partition(":")
    if index and not index.isdigit():
        raise DeviceUnavailableError(f"bad device {device!r}: expected 'ttnn' or 'ttnn:<index>'")
    return open_device(int(index) if index else 0)


def close_device(mesh_device: MeshDevice) -> None:
    """Release a device opened by :func:`open_device`."""
    import ttnn

    ttnn.close_device(mesh_device)


def close_mesh(mesh_device: MeshDevice) -> None:
    """Release a mesh opened by :func:`open_mesh` and switch the fabric off again."""
    import ttnn

    ttnn.close_mesh_device(mesh_device)
    ttnn.set_fabric_config(ttnn.FabricConfig.DISABLED)


def _first_line(exc: BaseException) -> str:
    """ttnn's errors carry a C++ backtrace; the message is the line after ``info:`` or the first line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if "info:" in lines:
        following = lines.index("info:") + 1
        if following < len(lines):
            return lines[following]
    return lines[0] if lines else type(exc).__name__
