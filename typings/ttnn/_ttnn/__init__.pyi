# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Python bindings for TTNN"""

from ttnn._ttnn import (
    activation as activation,
    bfp_utils as bfp_utils,
    cluster as cluster,
    core as core,
    counter_channel as counter_channel,
    d2d_stream_service as d2d_stream_service,
    d2h_stream_service as d2h_stream_service,
    deprecated as deprecated,
    device as device,
    events as events,
    fabric as fabric,
    global_circular_buffer as global_circular_buffer,
    global_semaphore as global_semaphore,
    graph as graph,
    h2d_stream_service as h2d_stream_service,
    hd_socket as hd_socket,
    layer_ack_service as layer_ack_service,
    layer_completion as layer_completion,
    mcast_host as mcast_host,
    mesh_socket as mesh_socket,
    multi_device as multi_device,
    operations as operations,
    prefetcher_pipe as prefetcher_pipe,
    profiler as profiler,
    program_descriptor as program_descriptor,
    reports as reports,
    tensor as tensor,
    tensor_accessor_args as tensor_accessor_args,
    types as types
)


CONFIG: core.Config = ...

def get_python_operation_id() -> int:
    """Get operation id"""

def set_python_operation_id(arg: int, /) -> None:
    """Set operation id"""

def fetch_and_increment_python_operation_id() -> int:
    """Increment tensor id and return the previously held id"""

def get_tensor_id() -> int:
    """Get the current tensor ID counter value"""

def set_tensor_id(id: int) -> None:
    """Set the tensor ID counter to a specific value"""

def fetch_and_increment_tensor_id() -> int:
    """Atomically fetch and increment the tensor ID counter"""

def get_device_operation_id() -> int:
    """Get device operation id"""

def set_device_operation_id(arg: int, /) -> None:
    """Set device operation id"""

def fetch_and_increment_device_operation_id() -> int:
    """Increment device operation id and return the previously held id"""
