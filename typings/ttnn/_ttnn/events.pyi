# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn events"""

from collections.abc import Sequence

import ttnn._ttnn.device
import ttnn._ttnn.multi_device
import ttnn._ttnn.types


class MeshEvent:
    def __repr__(self) -> str: ...

def record_event(mesh_device: ttnn._ttnn.multi_device.MeshDevice, cq_id: ttnn._ttnn.types.QueueId | None = None, sub_device_ids: Sequence[ttnn._ttnn.device.SubDeviceId] = [], device_range: ttnn._ttnn.multi_device.MeshCoordinateRange | None = None) -> MeshEvent:
    """
    Records the completion of commands on this CQ, preceding this call.

    Args:
        mesh_device (ttnn.MeshDevice*): The device on which the event is being recorded.
        cq_id (int): The Command Queue on which event completion will be recorded.
        sub_device_ids (List[ttnn.SubDeviceId], optional): The sub-device IDs to record completion for. Defaults to sub-devices set by set_sub_device_stall_group.
        device_range (ttnn.MeshCoordinateRange, optional): The range of devices to record completion for. Defaults to all devices.

    Returns:
        MeshEvent: The event used to record completion of preceding commands.
    """

def wait_for_event(cq_id: ttnn._ttnn.types.QueueId | None = None, mesh_event: MeshEvent = ...) -> None:
    """
    Inserts a barrier - makes a CQ wait until an event is recorded.

    Args:
        cq_id (int): The Command Queue on which the barrier is being issued.
        mesh_event (MeshEvent): The Command Queue will stall until this event is completed.
    """

def event_synchronize(mesh_event: MeshEvent) -> None:
    """
    Synchronizes a mesh event, blocking until the event is completed.

    Args:
        mesh_event (MeshEvent): The mesh event to synchronize.
    """
