# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn persistent device-to-device streaming service"""

import enum

import ttnn._ttnn.fabric
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class D2DStageGateMode(enum.Enum):
    """
    What a transfer does at its stage gate. Written into the transfer's metadata.
    """

    KeepOpen = 0

    CloseOnTransit = 1

D2D_STAGE_GATE_UNGATED_SLOT: int = 4294967295

class D2DStageGateConfig:
    """
    Receiver stage gate: num_gates (enabled when > 0) and the metadata byte offsets of
    the slot id and gate mode.
    """

    def __init__(self, num_gates: int, slot_id_offset_bytes: int, gate_mode_offset_bytes: int) -> None: ...

    @property
    def num_gates(self) -> int: ...

    @num_gates.setter
    def num_gates(self, arg: int, /) -> None: ...

    @property
    def slot_id_offset_bytes(self) -> int: ...

    @slot_id_offset_bytes.setter
    def slot_id_offset_bytes(self, arg: int, /) -> None: ...

    @property
    def gate_mode_offset_bytes(self) -> int: ...

    @gate_mode_offset_bytes.setter
    def gate_mode_offset_bytes(self, arg: int, /) -> None: ...

class D2DStageGateDescriptor:
    """
    Location of one coord's stage gates. gate_addr(i) is the L1 address of gate i.
    """

    @property
    def fabric_node_id(self) -> ttnn._ttnn.fabric.FabricNodeId: ...

    @property
    def service_core_noc(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @property
    def gate_base_addr(self) -> int: ...

    def gate_addr(self, gate: int) -> int: ...

class D2DStreamServiceSender:
    def get_backing_tensor(self) -> ttnn._ttnn.tensor.Tensor:
        """
        The outbound device tensor a producing op writes into; the sender service
        forwards its contents over fabric once the op signals data_ready and the
        fabric-link lease is granted. Same instance across calls.
        """

    def get_per_shard_spec(self) -> ttnn._ttnn.tensor.TensorSpec:
        """
        The per-coord tt::tt_metal::TensorSpec of the backing tensor (mapper output).
        """

    def get_worker_cores(self) -> ttnn._ttnn.tensor.CoreRange:
        """
        Worker CoreRange the producing op runs on; sizes the data_ready ack count.
        """

    def get_service_core(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> ttnn._ttnn.tensor.CoreCoord:
        """Logical CoreCoord of the sender service core on this coord's device."""

    def get_data_ready_counter_addr(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> int:
        """
        L1 address (on this coord's service core) of the data_ready counter the
        producing op atomic-incs once per worker after writing the backing tensor;
        the sender forwards when it reaches num_workers and the lease is granted.
        """

    def get_consumed_sem_addr(self) -> int:
        """
        L1 address (on every worker core) of the consumed semaphore the sender
        multicasts after a forward drains. A separate gate op waits on it before
        the next iteration overwrites the backing tensor.
        """

    def get_metadata_addr(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> int:
        """
        L1 address of the metadata buffer on this coord's service core (metadata mode).
        """

    def wait_for_fabric_links(self) -> None:
        """
        Block until the sender service has released its fabric link(s) (its granted
        forward is complete). Pair with release_fabric_links to arbitrate the link
        against model-graph fabric ops on the same device.
        """

    def release_fabric_links(self) -> None:
        """
        Grant the sender service one transfer over its fabric link(s). The service
        forwards when it also sees data_ready, then releases the link back.
        """

class D2DStreamServiceReceiver:
    def get_backing_tensor(self) -> ttnn._ttnn.tensor.Tensor:
        """
        The inbound device tensor the receiver service writes incoming fabric data
        into; a consuming op reads it once data_ready is signaled. Same instance
        across calls.
        """

    def get_per_shard_spec(self) -> ttnn._ttnn.tensor.TensorSpec:
        """
        The per-coord tt::tt_metal::TensorSpec of the backing tensor (mapper output).
        """

    def get_worker_cores(self) -> ttnn._ttnn.tensor.CoreRange:
        """
        Worker CoreRange the consuming op runs on; sizes the consumed ack count.
        """

    def get_service_core(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> ttnn._ttnn.tensor.CoreCoord:
        """Logical CoreCoord of the receiver service core on this coord's device."""

    def get_data_ready_sem_addr(self) -> int:
        """
        L1 address (on every worker core) of the data_ready semaphore the receiver
        multicasts after a transfer lands. The consuming op polls it, then reads
        the backing tensor.
        """

    def get_consumed_counter_addr(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> int:
        """
        L1 address (on this coord's service core) of the consumed counter the
        consuming op atomic-incs once per worker after reading the backing tensor;
        the receiver may then accept the next transfer.
        """

    def get_metadata_addr(self) -> int:
        """
        L1 address of the metadata buffer on every worker core (metadata mode).
        """

    def wait_for_fabric_links(self) -> None:
        """Block until the receiver service has released its fabric link(s)."""

    def release_fabric_links(self) -> None:
        """Grant the receiver service one transfer over its fabric link(s)."""

    def get_num_stage_gates(self) -> int:
        """Number of stage gates (0 if disabled)."""

    def get_stage_gate_descriptor(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> D2DStageGateDescriptor:
        """Location of this coord's stage gates."""

    def set_stage_gate(self, coord: ttnn._ttnn.multi_device.MeshCoordinate, gate: int, open: bool) -> None:
        """Host write of one gate. Not ordered with the CQ."""

    def is_stage_gate_open(self, coord: ttnn._ttnn.multi_device.MeshCoordinate, gate: int) -> bool:
        """Host read of one gate."""

class D2DStreamService:
    @staticmethod
    def create_pair(sender_mesh: ttnn._ttnn.multi_device.MeshDevice, receiver_mesh: ttnn._ttnn.multi_device.MeshDevice, global_spec: ttnn._ttnn.tensor.TensorSpec, mapper: ttnn._ttnn.multi_device.CppTensorToMesh, fifo_size_bytes: int, sender_worker_cores: ttnn._ttnn.tensor.CoreRange, receiver_worker_cores: ttnn._ttnn.tensor.CoreRange, socket_buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, metadata_size_bytes: int = 0, share_fabric_links: bool = True, stage_gate: D2DStageGateConfig | None = None) -> tuple[D2DStreamServiceSender, D2DStreamServiceReceiver]:
        """
        Build a sender+receiver pair in a SINGLE process (both meshes owned here).

        Returns:
            Tuple[D2DStreamServiceSender, D2DStreamServiceReceiver]
        """

    @staticmethod
    def create_sender(sender_mesh: ttnn._ttnn.multi_device.MeshDevice, global_spec: ttnn._ttnn.tensor.TensorSpec, mapper: ttnn._ttnn.multi_device.CppTensorToMesh, fifo_size_bytes: int, sender_worker_cores: ttnn._ttnn.tensor.CoreRange, receiver_worker_cores: ttnn._ttnn.tensor.CoreRange, sender_rank: int, receiver_rank: int, socket_buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, metadata_size_bytes: int = 0, share_fabric_links: bool = True) -> D2DStreamServiceSender:
        """
        Build the SENDER endpoint in this (sender-rank) process. Must be called on
        the rank equal to `sender_rank`; the matching `create_receiver` runs in the
        `receiver_rank` process. Uses the current distributed world for the
        cross-process socket rendezvous.

        Returns:
            D2DStreamServiceSender
        """

    @staticmethod
    def create_receiver(receiver_mesh: ttnn._ttnn.multi_device.MeshDevice, global_spec: ttnn._ttnn.tensor.TensorSpec, mapper: ttnn._ttnn.multi_device.CppTensorToMesh, fifo_size_bytes: int, sender_worker_cores: ttnn._ttnn.tensor.CoreRange, receiver_worker_cores: ttnn._ttnn.tensor.CoreRange, sender_rank: int, receiver_rank: int, socket_buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, metadata_size_bytes: int = 0, share_fabric_links: bool = True, stage_gate: D2DStageGateConfig | None = None) -> D2DStreamServiceReceiver:
        """
        Build the RECEIVER endpoint in this (receiver-rank) process. Must be called
        on the rank equal to `receiver_rank`; the matching `create_sender` runs in
        the `sender_rank` process. Uses the current distributed world for the
        cross-process socket rendezvous.

        Returns:
            D2DStreamServiceReceiver
        """
