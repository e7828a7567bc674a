# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn global semaphore"""

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class global_semaphore:
    pass

def create_global_semaphore(mesh_device: ttnn._ttnn.multi_device.MeshDevice, cores: ttnn._ttnn.tensor.CoreRangeSet, initial_value: int, buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1) -> global_semaphore:
    """
    Create a GlobalSemaphore Object on a device.

    Args:
        mesh_device (MeshDevice): The mesh device on which to create the global semaphore.
        cores (CoreRangeSet): The cores on which the global semaphore will be used for synchronization.
        initial_value (int): The initial value of the global semaphore.
        buffer_type (BufferType): The type of buffer to use for the global semaphore.
    """

def get_global_semaphore_address(global_semaphore: global_semaphore) -> int:
    """
    Get the address of the global semaphore.

    Args:
        global_semaphore (GlobalSemaphore): The global semaphore object.
    """

def reset_global_semaphore_value(global_semaphore: global_semaphore, reset_value: int) -> None:
    """
    Reset the value of the global semaphore.

    Args:
        global_semaphore (GlobalSemaphore): The global semaphore object.
        reset_value (int): The value to reset the global semaphore to.
    """
