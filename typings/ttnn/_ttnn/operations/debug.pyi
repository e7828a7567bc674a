# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""debug operations"""

from collections.abc import Sequence

import ttnn._ttnn.device
import ttnn._ttnn.multi_device


def apply_device_delay(mesh_device: ttnn._ttnn.multi_device.MeshDevice, delays: Sequence[Sequence[int]], *, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> None:
    """
    Applies per-device delays by launching a single-core kernel on each device in the mesh that spins
    for the specified number of cycles. The shape of `delays` must match the mesh view shape
    (rows x cols), e.g. for an 8x4 mesh, delays.size()==8 and delays[r].size()==4.
    If `subdevice_id` is provided, the kernel will be scheduled on a worker core belonging to that subdevice.
    This will only guarantee a minimum skew, not a specific skew due to variation and host-side overhead.

    Args:
        mesh_device (ttnn.MeshDevice): The mesh device to apply delays to.
        delays (List[List[int]]): A 2D list of delay cycles, where delays[row][col] specifies the delay for device at position (row, col) in the mesh.
        subdevice_id (ttnn.SubDeviceId, optional): The subdevice ID for the subdevice on which we schedule the worker core. Defaults to `None`.

    Returns:
        None: This function does not return a value.

    Example:
        >>> # For a 2x2 mesh, apply different delays to each device
        >>> delays = [[1000, 2000], [3000, 4000]]  # cycles
        >>> ttnn.apply_device_delay(mesh_device, delays)
    """
