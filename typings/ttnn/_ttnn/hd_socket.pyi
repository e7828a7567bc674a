# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn host-device sockets"""

import enum
from typing import Annotated, overload

import torch
from typing_extensions import CapsuleType

import ttnn._ttnn.mesh_socket
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class H2DMode(enum.Enum):
    HOST_PUSH = 0
    """Host pushes data to device via UMD TLB writes."""

    DEVICE_PULL = 1
    """Device pulls data from pinned host memory via PCIe NOC reads."""

class H2DSocket:
    @overload
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, recv_core: ttnn._ttnn.mesh_socket.MeshCoreCoord, buffer_type: ttnn._ttnn.tensor.BufferType, fifo_size: int, h2d_mode: H2DMode) -> None:
        """
        Construct an H2DSocket for streaming data from host to a device core.

        Args:
            mesh_device (MeshDevice): The mesh device containing the target core.
            recv_core (MeshCoreCoord): The target core coordinate to receive data.
            buffer_type (BufferType): Memory type for the device-side FIFO buffer (L1 or DRAM).
            fifo_size (int): Size of the circular FIFO buffer in bytes. Must be PCIe-aligned.
            h2d_mode (H2DMode): Transfer mode: HOST_PUSH or DEVICE_PULL.
        """

    @overload
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, recv_l2cpu: ttnn._ttnn.mesh_socket.MeshCoreCoord, fifo_size: int, config_buffer_address: int, data_fifo_address: int, h2d_mode: H2DMode = H2DMode.HOST_PUSH) -> None:
        """
        Construct an H2DSocket targeting an L2CPU receiver.

        Behaves as the standard constructor, with an L2CPU tile as the receiver.
        L2CPU LIM has no allocator in tt-metal, so the config buffer and data FIFO
        addresses are caller-supplied rather than allocated here.

        Args:
            mesh_device (MeshDevice): Mesh containing the receiver L2CPU.
            recv_l2cpu (MeshCoreCoord): The receiving L2CPU tile. ``core_coord`` must
                be the TRANSLATED NOC coord of an L2CPU tile on the target device.
            fifo_size (int): Size of the circular FIFO buffer in bytes. Must be
                PCIe-aligned.
            config_buffer_address (int): LIM address for the socket metadata.
            data_fifo_address (int): LIM address for the data FIFO. In HOST_PUSH this
                is the ring itself and must fit with fifo_size inside the L2CPU's
                IoWindow; in DEVICE_PULL the ring lives in pinned host memory
                and this is the base the device computes ring offsets against.
            h2d_mode (H2DMode, optional): Transfer mode. Defaults to ``HOST_PUSH``.
        """

    def get_page_size(self) -> int:
        """Returns the currently configured page size."""

    def get_config_buffer_address(self) -> int:
        """
        Returns the L1 address of the socket configuration buffer on the device.
        This address is passed to the device kernel to access socket metadata.
        """

    def set_page_size(self, page_size: int) -> None:
        """
        Sets the page size for subsequent write operations.

        Args:
            page_size (int): Page size in bytes. Must be PCIe-aligned.
        """

    def write(self, data: CapsuleType, num_pages: int) -> None:
        """
        Writes data pages to the socket FIFO.

        Blocks if the FIFO does not have enough space, waiting for the device to
        acknowledge previously written data.

        Args:
            data (int): Pointer to the source data buffer (as an integer address).
            num_pages (int): Number of pages to write.
        """

    @overload
    def write_tensor(self, tensor: ttnn._ttnn.tensor.Tensor) -> None:
        """
        Writes a host tensor's data to the socket FIFO.

        The tensor must be on host (HostStorage). The page size must be set
        via set_page_size() before calling this method. The tensor's data size
        must be an exact multiple of the page size.

        Args:
            tensor (Tensor): A host-resident tensor whose data will be written to the socket.
        """

    @overload
    def write_tensor(self, tensor: Annotated[torch.Tensor, dict(order='C', device='cpu')]) -> None:
        """
        Writes a (CPU) torch tensor's data to the socket FIFO.

        The torch tensor must reside in CPU memory and be C-contiguous. The page
        size must be set via set_page_size() before calling this method. The
        tensor's total data size in bytes must be an exact multiple of the page
        size.

        Args:
            tensor (torch.Tensor): A CPU, contiguous torch tensor whose data will be
                written to the socket.
        """

    def barrier(self, timeout_ms: int | None = None) -> None:
        """
        Blocks until the device has acknowledged all written data.

        Args:
            timeout_ms (int, optional): Timeout in milliseconds. Throws if not met within timeout.
        """

    def get_active_cores(self) -> list[ttnn._ttnn.mesh_socket.MeshCoreCoord]:
        """
        Returns the list of active MeshCoreCoords used by this socket.

        Returns:
            List[MeshCoreCoord]: The active core coordinates.
        """

    def get_mesh_device(self) -> ttnn._ttnn.multi_device.MeshDevice:
        """
        Returns the MeshDevice associated with this socket.

        Returns:
            MeshDevice: The mesh device this socket is bound to.
        """

    def get_h2d_mode(self) -> H2DMode:
        """
        Returns the H2D transfer mode of this socket.

        Returns:
            H2DMode: The transfer mode (HOST_PUSH or DEVICE_PULL).
        """

    def export_descriptor(self, socket_id: str) -> str:
        """
        Exports a descriptor file for cross-process socket attachment.

        Args:
            socket_id (str): A user-provided identifier used in the descriptor filename.

        Returns:
            str: Full filesystem path to the exported descriptor file, typically
            ``/dev/shm/tt_h2d_<socket_id>.bin``.
        """

    @staticmethod
    def connect(socket_id: str, timeout_ms: int | None = None) -> H2DSocket:
        """Connects to an existing H2DSocket from another process."""

class D2HSocket:
    @overload
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, sender_core: ttnn._ttnn.mesh_socket.MeshCoreCoord, fifo_size: int) -> None:
        """
        Construct a D2HSocket for streaming data from a device core to host.

        Args:
            mesh_device (MeshDevice): The mesh device containing the sender core.
            sender_core (MeshCoreCoord): The source core coordinate that sends data.
            fifo_size (int): Size of the circular FIFO buffer in bytes. Must be PCIe-aligned.
        """

    @overload
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, sender_l2cpu: ttnn._ttnn.mesh_socket.MeshCoreCoord, fifo_size: int, config_buffer_address: int) -> None:
        """
        Construct a D2HSocket with an L2CPU sender.

        Behaves as the standard constructor, with an L2CPU tile as the sender.
        L2CPU LIM has no allocator in tt-metal, so the config buffer address is
        caller-supplied rather than allocated here.

        Args:
            mesh_device (MeshDevice): Mesh containing the sender L2CPU.
            sender_l2cpu (MeshCoreCoord): The sending L2CPU tile. ``core_coord`` must
                be the TRANSLATED NOC coord of an L2CPU tile on the target device.
            fifo_size (int): Size of the circular FIFO buffer in bytes. Must be
                PCIe-aligned.
            config_buffer_address (int): LIM address for the socket metadata.
        """

    def has_data(self) -> bool:
        """Whether the host-side FIFO holds at least one unread page."""

    def get_page_size(self) -> int:
        """Returns the currently configured page size."""

    def get_config_buffer_address(self) -> int:
        """
        Returns the L1 address of the socket configuration buffer on the device.
        This address should be passed to the device kernel so it can create a
        sender socket interface.
        """

    def set_page_size(self, page_size: int) -> None:
        """
        Sets the page size for subsequent read operations.

        Args:
            page_size (int): Page size in bytes. Must be PCIe-aligned.
        """

    def read(self, data: CapsuleType, num_pages: int, notify_sender: bool = True) -> None:
        """
        Reads data pages from the socket FIFO.

        Blocks until the requested number of pages are available.

        Args:
            data (int): Pointer to the destination buffer (as an integer address).
            num_pages (int): Number of pages to read.
            notify_sender (bool): If True, updates bytes_acked on the device to signal
                                  that buffer space is available. Default: True.
        """

    @overload
    def read_tensor(self, tensor: ttnn._ttnn.tensor.Tensor, notify_sender: bool = True) -> None:
        """
        Reads data from the socket FIFO into a host tensor.

        The tensor must be on host (HostStorage) and pre-allocated with the
        correct size. The page size must be set via set_page_size() before
        calling this method. The tensor's data size must be an exact multiple
        of the page size.

        Args:
            tensor (Tensor): A pre-allocated host-resident tensor to read data into.
            notify_sender (bool): If True, updates bytes_acked on the device to signal
                                  that buffer space is available. Default: True.
        """

    @overload
    def read_tensor(self, tensor: Annotated[torch.Tensor, dict(order='C', device='cpu')], notify_sender: bool = True) -> None:
        """
        Reads data from the socket FIFO into a (CPU) torch tensor.

        The torch tensor must reside in CPU memory, be C-contiguous, and be
        pre-allocated with the correct size. The page size must be set via
        set_page_size() before calling this method. The tensor's total data
        size in bytes must be an exact multiple of the page size.

        Args:
            tensor (torch.Tensor): A pre-allocated CPU, contiguous torch tensor to read
                data into.
            notify_sender (bool): If True, updates bytes_acked on the device to signal
                                  that buffer space is available. Default: True.
        """

    def barrier(self, timeout_ms: int | None = None) -> None:
        """
        Blocks until all sent data has been acknowledged.

        Args:
            timeout_ms (int, optional): Timeout in milliseconds. Throws if not met within timeout.
        """

    def discard_pending_pages(self) -> int:
        """
        Discards any currently-available pages WITHOUT reading the data region.

        Rebases the host's ``bytes_acked`` counter to the current ``bytes_sent``
        value (and notifies the device), which is the correct operation when
        the host wants to ignore any pending bytes -- e.g. before initiating a
        sync handshake.

        Unlike a sequence of ``read()`` calls, this does NOT touch the data
        region (which on Wormhole/Blackhole is mapped through PCIe and may
        contain undefined values from a prior device run or stale shmem
        counters).

        Returns:
            int: The number of pages that were discarded (0 if there was
            nothing pending).
        """

    def get_active_cores(self) -> list[ttnn._ttnn.mesh_socket.MeshCoreCoord]:
        """
        Returns the list of active MeshCoreCoords used by this socket.

        Returns:
            List[MeshCoreCoord]: The active core coordinates.
        """

    def get_mesh_device(self) -> ttnn._ttnn.multi_device.MeshDevice:
        """
        Returns the MeshDevice associated with this socket.

        Returns:
            MeshDevice: The mesh device this socket is bound to.
        """

    def export_descriptor(self, socket_id: str) -> str:
        """
        Exports a descriptor file for cross-process socket attachment.

        Args:
            socket_id (str): Identifier used to name the exported descriptor.

        Returns:
            str: Full filesystem path to the exported descriptor file, typically
            ``/dev/shm/tt_d2h_<socket_id>.bin``.
        """

    @staticmethod
    def connect(socket_id: str, timeout_ms: int | None = None) -> D2HSocket:
        """Connects to an existing D2HSocket from another process."""
