# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn mesh socket"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.device
import ttnn._ttnn.fabric
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class SocketEndpoint(enum.Enum):
    SENDER = 0
    """Sender endpoint"""

    RECEIVER = 1
    """Receiver endpoint"""

class MeshCoreCoord:
    def __init__(self, device_coord: ttnn._ttnn.multi_device.MeshCoordinate, core_coord: ttnn._ttnn.tensor.CoreCoord) -> None:
        """
        Initialize a MeshCoreCoord with device and core coordinates.

        Args:
            device_coord (MeshCoordinate): The device coordinate of the core
            core_coord (CoreCoord): The core coordinate of the core
        """

    @property
    def device_coord(self) -> ttnn._ttnn.multi_device.MeshCoordinate:
        """Device coordinate"""

    @device_coord.setter
    def device_coord(self, arg: ttnn._ttnn.multi_device.MeshCoordinate, /) -> None: ...

    @property
    def core_coord(self) -> ttnn._ttnn.tensor.CoreCoord:
        """Core coordinate"""

    @core_coord.setter
    def core_coord(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    def __eq__(self, arg: MeshCoreCoord, /) -> bool: ...

    def __ne__(self, arg: MeshCoreCoord, /) -> bool: ...

    def __repr__(self) -> str: ...

class SocketConnection:
    def __init__(self, sender_core: MeshCoreCoord, receiver_core: MeshCoreCoord) -> None:
        """
        Initialize a SocketConnection with sender and receiver core coordinates.

        Args:
            sender_core (MeshCoreCoord): The mesh core coordinate of the sender
            receiver_core (MeshCoreCoord): The mesh core coordinate of the receiver
        """

    @property
    def sender_core(self) -> MeshCoreCoord:
        """Sender core coordinate"""

    @sender_core.setter
    def sender_core(self, arg: MeshCoreCoord, /) -> None: ...

    @property
    def receiver_core(self) -> MeshCoreCoord:
        """Receiver core coordinate"""

    @receiver_core.setter
    def receiver_core(self, arg: MeshCoreCoord, /) -> None: ...

class SocketMemoryConfig:
    def __init__(self, socket_storage_type: ttnn._ttnn.tensor.BufferType, fifo_size: int, sender_sub_device: ttnn._ttnn.device.SubDeviceId | None = None, receiver_sub_device: ttnn._ttnn.device.SubDeviceId | None = None, per_core_allocation: bool = False) -> None:
        """
        Initialize a SocketMemoryConfig with socket storage type, fifo size, sender sub device and receiver sub device.

        Args:
            socket_storage_type (BufferType): The type of buffer to use for the socket
            fifo_size (int): The size of the fifo
            sender_sub_device (SubDeviceId, optional): The sub device of the sender
            receiver_sub_device (SubDeviceId, optional): The sub device of the receiver
            per_core_allocation (bool, optional): When True and socket_storage_type is L1, allocate the
                receiver data (FIFO) buffer with the per-core (HYBRID) allocator so it only occupies L1 on
                the receiver connection core instead of every worker core. Requires the device to be opened
                with TT_METAL_ALLOCATOR_MODE_HYBRID=1. Defaults to False (no behavior change).
        """

    @property
    def per_core_allocation(self) -> bool:
        """Whether the receiver data buffer uses per-core (HYBRID) allocation"""

    @per_core_allocation.setter
    def per_core_allocation(self, arg: bool, /) -> None: ...

    @property
    def socket_storage_type(self) -> ttnn._ttnn.tensor.BufferType:
        """The buffer type used for the socket data buffer"""

    @socket_storage_type.setter
    def socket_storage_type(self, arg: ttnn._ttnn.tensor.BufferType, /) -> None: ...

    @property
    def fifo_size(self) -> int:
        """The size of the socket FIFO"""

    @fifo_size.setter
    def fifo_size(self, arg: int, /) -> None: ...

class SocketConfig:
    @overload
    def __init__(self, connections: Sequence[SocketConnection], memory_config: SocketMemoryConfig, sender_rank: int | None = None, receiver_rank: int | None = None) -> None:
        """
        Initialize a SocketConfig with connections and memory config.

        Args:
            connections (List[SocketConnection]): The connections of the socket
            memory_config (SocketMemoryConfig): The memory config of the socket
            sender_rank (int, optional): The rank of the sender host in a multi-host context
            receiver_rank (int, optional): The rank of the receiver host in a multi-host context
        """

    @overload
    def __init__(self, connections: Sequence[SocketConnection], memory_config: SocketMemoryConfig, sender_mesh_id: int, receiver_mesh_id: int) -> None:
        """
        Initialize a SocketConfig with connections, memory config, and mesh IDs.

        Args:
            connections (List[SocketConnection]): The connections of the socket
            memory_config (SocketMemoryConfig): The memory config of the socket
            sender_mesh_id (int): The system mesh ID of the sender mesh
            receiver_mesh_id (int): The system mesh ID of the receiver mesh
        """

class MeshSocket:
    def __init__(self, device: ttnn._ttnn.multi_device.MeshDevice, config: SocketConfig) -> None:
        """
        Initialize a MeshSocket with a device and socket configuration.

        Args:
            device (MeshDevice): The mesh device on which to create the socket
            config (SocketConfig): The configuration for the socket

        Note:
            Sockets should typically be created in pairs using create_socket_pair()
            rather than using this constructor directly.
        """

    def get_config_buffer_address(self) -> int:
        """
        Returns the L1 address of the socket configuration buffer on the device.
        This address is passed to device kernels to access socket metadata.
        """

    def get_active_cores(self) -> list[MeshCoreCoord]:
        """Returns the active cores of the socket."""

    def get_mesh_device(self) -> ttnn._ttnn.multi_device.MeshDevice:
        """Returns the mesh device of the socket."""

    def get_connection_config(self) -> list[SocketConnection]:
        """Returns the connection config of the socket."""

    def get_socket_endpoint_type(self) -> SocketEndpoint:
        """
        Returns the socket endpoint type (SENDER or RECEIVER).

        Returns:
            SocketEndpoint: The endpoint type of this socket.
        """

    def get_fabric_node_id(self, endpoint: SocketEndpoint, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> ttnn._ttnn.fabric.FabricNodeId:
        """
        Returns the fabric node ID for a given endpoint and device coordinate.

        Args:
            endpoint (SocketEndpoint): The endpoint type (SENDER or RECEIVER).
            coord (MeshCoordinate): The device coordinate to look up.

        Returns:
            FabricNodeId: The fabric node ID for the given endpoint and coordinate.
        """

def create_socket_pair(sender_mesh_device: ttnn._ttnn.multi_device.MeshDevice, receiver_mesh_device: ttnn._ttnn.multi_device.MeshDevice, socket_config: SocketConfig) -> tuple[MeshSocket, MeshSocket]:
    """
    Create a pair of sockets between two mesh devices.

    Args:
        sender_mesh_device (MeshDevice): The mesh device on which to create the sender socket.
        receiver_mesh_device (MeshDevice): The mesh device on which to create the receiver socket.
        socket_config (SocketConfig): The config of the socket pair.

    Returns:
        Tuple[MeshSocket, MeshSocket]: The pair of sockets.
    """
