# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn global circular buffer"""

from collections.abc import Sequence

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class global_circular_buffer:
    def size(self) -> int: ...

    def sender_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def receiver_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def sender_core_type(self) -> str: ...

def create_global_circular_buffer(mesh_device: ttnn._ttnn.multi_device.MeshDevice, sender_receiver_core_mapping: Sequence[tuple[ttnn._ttnn.tensor.CoreCoord, ttnn._ttnn.tensor.CoreRangeSet]], size: int, buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1) -> global_circular_buffer:
    """
    Create a GlobalCircularBuffer Object on a device.

    Args:
        mesh_device (MeshDevice): The mesh device on which to create the global circular buffer.
        sender_receiver_core_mapping (List[Tuple[CoreCoord, CoreRangeSet]]): The mapping of remote sender to remote receiver cores for the circular buffer.
        size (int): Size of the global circular buffer per core in bytes.
        buffer_type (BufferType): The type of buffer to use for the global circular buffer.
    """
