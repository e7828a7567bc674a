# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn persistent device-to-host streaming service"""

import ttnn._ttnn.hd_socket
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class D2HStreamService:
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, global_spec: ttnn._ttnn.tensor.TensorSpec | None, fifo_size_bytes: int, max_socket_page_size_bytes: int = 0, mapper: ttnn._ttnn.multi_device.CppTensorToMesh | None = None, composer_config: ttnn._ttnn.multi_device.MeshComposerConfig | None = None, worker_cores: ttnn._ttnn.tensor.CoreRange | None = None, metadata_master_core: ttnn._ttnn.tensor.CoreCoord | None = None, metadata_size_bytes: int = 0, parallel_host_read: bool = True, host_read_thread_count: int = 0, metadata_ring: bool = False) -> None: ...

    def read_metadata(self) -> bytes:
        """
        Metadata-only read: returns the per-transfer record as bytes; asserts cross-chip equality. Metadata-only mode only.
        """

    def read_from_tensor(self, host_tensor: ttnn._ttnn.tensor.Tensor) -> bytes:
        """
        Drain one transfer into host_tensor (per-shard spec); returns trailing metadata bytes. Not in metadata-only mode.
        """

    def read_from_tensor_bytes(self) -> bytes:
        """
        Drain one transfer; return the composed global payload as bytes. Not in metadata-only mode.
        """

    def read_from_tensor_bytes_with_metadata(self) -> tuple:
        """
        Like read_from_tensor_bytes but returns (payload_bytes, metadata_bytes).
        """

    def notify_backing_ready(self) -> None:
        """
        Host-only path: bump each device's write-ack to release one transfer. Owner-only; raises if worker_cores set.
        """

    def barrier(self, timeout_ms: int | None = None) -> None:
        """
        Block until all sockets have drained; with timeout_ms, raise once it expires.
        """

    def get_backing_tensor(self) -> ttnn._ttnn.tensor.Tensor:
        """
        Service-owned device payload tensor. Owner-only; unused in metadata-only mode.
        """

    def get_per_shard_spec(self) -> ttnn._ttnn.tensor.TensorSpec:
        """Per-device shard spec a host read tensor must match."""

    def payload_size_bytes(self) -> int:
        """Packed payload byte size; 0 in metadata-only mode."""

    def metadata_size_bytes(self) -> int:
        """Metadata record size in bytes (0 if disabled)."""

    def get_slot_count(self) -> int:
        """Data-CB depth in socket-page slots (owner-only)."""

    def get_metadata_ring_slots(self) -> int:
        """
        Record slots in the service-core metadata ring; 1 without metadata_ring (owner-only, metadata mode).
        """

    def get_sockets(self) -> list[ttnn._ttnn.hd_socket.D2HSocket]:
        """Underlying per-device D2H sockets (diagnostic)."""

    def get_worker_cores(self) -> ttnn._ttnn.tensor.CoreRange:
        """Configured worker CoreRange; raises if worker-sync unset."""

    def get_metadata_master_core(self) -> ttnn._ttnn.tensor.CoreCoord:
        """Worker core that forwards the metadata record (metadata mode only)."""

    def get_transfer_done_sem_addr(self) -> int:
        """Global-sem address multicast to workers per transfer (owner-only)."""

    def get_write_ack_counter_addr(self, arg: ttnn._ttnn.multi_device.MeshCoordinate, /) -> int:
        """Service-core L1 write-ack counter addr for coord (owner-only)."""

    def get_worker_metadata_addr(self) -> int:
        """Worker-side metadata staging L1 base (owner-only)."""

    def get_service_core(self, arg: ttnn._ttnn.multi_device.MeshCoordinate, /) -> ttnn._ttnn.tensor.CoreCoord:
        """Logical service core claimed at coord (owner-only)."""

    def get_metadata_input_addr(self, arg: ttnn._ttnn.multi_device.MeshCoordinate, /) -> int:
        """
        Service-core L1 addr the metadata record lands at for coord (owner-only).
        """

    def get_metadata_addr(self, arg: ttnn._ttnn.multi_device.MeshCoordinate, /) -> int:
        """Alias of get_metadata_input_addr (owner-only)."""

    def export_descriptor(self, service_id: str) -> str:
        """
        Write this service's socket descriptor to /dev/shm and return its path for connect(). Owner-only.
        """

    @staticmethod
    def connect(service_id: str, timeout_ms: int | None = None, parallel_host_read: bool = True, host_read_thread_count: int = 0) -> D2HStreamService:
        """
        Attach (connector side) by service_id; reconstructs metadata-only mode when num_socket_pages==0. Read-only, no MeshDevice.
        """
