# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""trace operations"""

import ttnn._ttnn.types

import ttnn
import ttnn._ttnn.multi_device


class MeshTraceId:
    def __init__(self, arg: int, /) -> None: ...

    def __int__(self) -> int: ...

    def __repr__(self) -> str: ...

    def __eq__(self, arg: MeshTraceId, /) -> bool: ...

def trace_allocation_tracking_enabled() -> bool: ...

def trace_allocation_diagnostics_enabled() -> bool: ...

def begin_trace_capture(mesh_device: ttnn._ttnn.multi_device.MeshDevice, *, cq_id: ttnn._ttnn.types.QueueId | None = None) -> ttnn._ttnn.operations.trace.MeshTraceId:
    """
    Begins recording commands for a trace on the mesh device.

    The trace is created under the currently active sub-device manager. The returned trace ID is scoped to
    that manager. If another manager is loaded later, reload the original manager before ending, executing,
    or releasing this trace.

    Args:
        mesh_device (ttnn.MeshDevice): Mesh device on which to capture the trace.

    Keyword Args:
        cq_id (Optional[ttnn.QueueId]): Command queue to capture. Defaults to the current command queue.

    Returns:
        ttnn.MeshTraceId: ID of the trace under the active sub-device manager.
    """

def end_trace_capture(mesh_device: ttnn._ttnn.multi_device.MeshDevice, trace_id: ttnn._ttnn.operations.trace.MeshTraceId, *, cq_id: ttnn._ttnn.types.QueueId | None = None) -> None:
    """
    Ends recording commands for a trace.

    ``trace_id`` is interpreted under the currently active sub-device manager. The same manager that was
    active when capture began must be active for this call.

    Args:
        mesh_device (ttnn.MeshDevice): Mesh device on which the trace was captured.
        trace_id (ttnn.MeshTraceId): ID of the trace under the active sub-device manager.

    Keyword Args:
        cq_id (Optional[ttnn.QueueId]): Command queue being captured. Defaults to the current command queue.
    """

def execute_trace(mesh_device: ttnn._ttnn.multi_device.MeshDevice, trace_id: ttnn._ttnn.operations.trace.MeshTraceId, *, cq_id: ttnn._ttnn.types.QueueId | None = None, blocking: bool = True) -> None:
    """
    Replays a captured trace.

    ``trace_id`` is interpreted under the currently active sub-device manager. The manager under which the
    trace was captured must be active for this call.

    Args:
        mesh_device (ttnn.MeshDevice): Mesh device on which the trace was captured.
        trace_id (ttnn.MeshTraceId): ID of the trace under the active sub-device manager.

    Keyword Args:
        cq_id (Optional[ttnn.QueueId]): Command queue on which to replay. Defaults to the current command queue.
        blocking (bool): Whether to wait for trace execution to complete. Defaults to ``True``.
    """

def release_trace(mesh_device: ttnn._ttnn.multi_device.MeshDevice, trace_id: MeshTraceId) -> None:
    """
    Releases a captured trace and its storage.

    ``trace_id`` is interpreted under the currently active sub-device manager. The manager under which the
    trace was captured must be active for this call.

    Args:
        mesh_device (ttnn.MeshDevice): Mesh device on which the trace was captured.
        trace_id (ttnn.MeshTraceId): ID of the trace under the active sub-device manager.
    """

def get_unsafe_tracked_ids(mesh_device: ttnn._ttnn.multi_device.MeshDevice, trace_id: MeshTraceId) -> dict[int, str]: ...

def remove_unsafe_tracked_id(mesh_device: ttnn._ttnn.multi_device.MeshDevice, buffer_unique_id: int) -> None: ...

def drain_pending_traceback_ids() -> list[int]: ...

def get_all_unsafe_tracked_ids() -> set[int]: ...

def push_corruptible_allocation_scope(mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> None: ...

def pop_corruptible_allocation_scope(mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> None: ...

def push_allocation_context(context: str) -> None: ...

def pop_allocation_context() -> None: ...
