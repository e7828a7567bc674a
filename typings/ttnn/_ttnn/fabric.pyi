# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Fabric instantiation APIs"""

from collections.abc import Sequence
import enum

import ttnn._ttnn.program_descriptor
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class MeshId:
    """
    Mesh identifier wrapping a uint32_t value.
    Used to identify different meshes in a multi-mesh fabric topology.
    """

    def __init__(self, value: int) -> None:
        """Create a MeshId from an integer value."""

    def __int__(self) -> int:
        """Convert MeshId to integer."""

    def __eq__(self, other: MeshId) -> bool: ...

    def __repr__(self) -> str: ...

class FabricNodeId:
    """
    Identifies a node (chip) in the fabric topology.
    Combines a mesh_id and chip_id to uniquely identify a device.
    """

    def __init__(self, mesh_id: MeshId, chip_id: int) -> None:
        """Create a FabricNodeId from mesh_id and chip_id."""

    @property
    def mesh_id(self) -> MeshId:
        """The mesh identifier."""

    @property
    def chip_id(self) -> int:
        """The chip identifier within the mesh."""

    def __eq__(self, other: FabricNodeId) -> bool: ...

    def __repr__(self) -> str: ...

class FabricConfig(enum.Enum):
    DISABLED = 0

    FABRIC_1D = 2

    FABRIC_1D_RING = 3

    FABRIC_1D_NEIGHBOR_EXCHANGE = 1

    FABRIC_2D = 4

    FABRIC_2D_TORUS_XY = 7

    FABRIC_2D_TORUS_X = 5

    FABRIC_2D_TORUS_Y = 6

    CUSTOM = 8

class FabricType(enum.IntEnum):
    MESH = 1

    TORUS_X = 2

    TORUS_Y = 4

    TORUS_XY = 6

class FabricReliabilityMode(enum.Enum):
    """
    Specifies how the fabric initialization handles system health and configuration.
    Values:
        STRICT_INIT: Initialize fabric such that the live links/devices must exactly match the mesh graph descriptor. Any downed devices/links will result in errors.
        RELAXED_INIT: Initialize the fabric with flexibility towards downed links/devices. The fabric will initialize with fewer routing planes than in mesh graph descriptor, based on live links.
        DYNAMIC_RECONFIG: [Unsupported] Placeholder for dynamic (runtime) reconfiguration based on live system events (such as hardware failures).
    """

    STRICT_INIT = 0

    RELAXED_INIT = 1

    DYNAMIC_RECONFIG = 2

class FabricTensixConfig(enum.Enum):
    """
    Specifies the fabric tensix configuration mode for mux functionality. Enabling a FabricTensixConfig will result in fabric permanently reserving additional worker cores for the duration of the workload.
    Values:
        DISABLED: Fabric tensix mux functionality is disabled (default).
        MUX: Enable fabric tensix mux mode for worker → mux → fabric router routing.
    """

    DISABLED = 0

    MUX = 1

class FabricUDMMode(enum.Enum):
    """
    Specifies the Unified Datamovement mode for configuring fabric with different parameters.
    Values:
        DISABLED: UDM mode is disabled (default).
        ENABLED: UDM mode is enabled.
    """

    DISABLED = 0

    ENABLED = 1

class FabricManagerMode(enum.Enum):
    """
    Specifies the fabric manager mode configuration.
    Values:
        DEFAULT: Fabric is not managed by a separate process (default).
        ENABLED: Fabric is maintained by a separate fabric manager process.
        INIT_FABRIC: Initialize the fabric.
        TERMINATE_FABRIC: Terminate the fabric.
    """

    DEFAULT = 3

    ENABLED = 0

    INIT_FABRIC = 1

    TERMINATE_FABRIC = 2

class FabricRouterConfig:
    """
    Configuration for router-level parameters.
    Extensible for future router tuning (buffer counts, VC settings, etc.)
    """

    def __init__(self) -> None: ...

    @property
    def max_packet_payload_size_bytes(self) -> int | None:
        """
        Optional override for maximum packet payload size (bytes). If not set, uses architecture and routing mode defaults.
        """

    @max_packet_payload_size_bytes.setter
    def max_packet_payload_size_bytes(self, arg: int | None) -> None: ...

def set_fabric_config(config: FabricConfig, reliability_mode: FabricReliabilityMode = FabricReliabilityMode.STRICT_INIT, num_planes: int | None = None, fabric_tensix_config: FabricTensixConfig = FabricTensixConfig.DISABLED, fabric_udm_mode: FabricUDMMode = FabricUDMMode.DISABLED, fabric_manager_mode: FabricManagerMode = FabricManagerMode.DEFAULT, router_config: FabricRouterConfig = ...) -> None: ...

def get_fabric_config() -> FabricConfig:
    """Returns the currently active global fabric configuration."""

def setup_fabric_connection(src_fabric_node_id: FabricNodeId, dst_fabric_node_id: FabricNodeId, link_idx: int, program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, worker_core: ttnn._ttnn.tensor.CoreCoord, core_type: ttnn._ttnn.types.CoreType = ttnn._ttnn.types.CoreType.WORKER) -> list[int]:
    """
    Sets up fabric connection: returns necessary runtime args and appends SemaphoreDescriptors to
    the given ProgramDescriptor
    Args:
        src_fabric_node_id: FabricNodeId of the source chip
        dst_fabric_node_id: FabricNodeId of the destination chip
        link_idx: Link index (0..n) to use between src and dst chips
        program_descriptor: ProgramDescriptor to add semaphores to (mutated)
        worker_core: Logical core coordinate of the worker
        core_type: Core type (WORKER or ETH), defaults to WORKER
    """

def setup_routing_plane_connection(src_fabric_node_id: FabricNodeId, dst_nodes: Sequence[FabricNodeId], connection_link_indices: Sequence[int], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, kernel_idx: int, worker_core: ttnn._ttnn.tensor.CoreCoord) -> list[int]:
    """
    Sets up routing plane connection manager: returns necessary runtime args and appends
    SemaphoreDescriptors and defines to the given ProgramDescriptor.
    This API supports both 1D and 2D fabric routing.
    Args:
        src_fabric_node_id: FabricNodeId of the source chip
        dst_nodes: List of FabricNodeIds of destination chips (one per route)
        connection_link_indices: List of link indices (empty for auto-select, size 1 for all routes, or per-route)
        program_descriptor: ProgramDescriptor to add semaphores/defines to (mutated)
        kernel_idx: Index of the kernel in the program descriptor
        worker_core: Logical core coordinate of the worker
    """

def get_fabric_kernel_defines(api_type: str = 'Linear') -> list[tuple[str, str]]:
    """
    Query the kernel defines required by the current fabric configuration.
    Pure query — no PD mutation, no side effects. Safe to call before kernel compilation.

    Args:
        api_type: Fabric API type ("Linear" or "Mesh"). Defaults to "Linear".

    Returns:
        List of (name, value) tuples, e.g. [("FABRIC_2D", "1"), ("API_TYPE_Linear", "1")].
    """

def fabric_connection_rt_args(src_fabric_node_id: FabricNodeId, dst_nodes: Sequence[FabricNodeId], connection_link_indices: Sequence[int], program_descriptor: ttnn._ttnn.program_descriptor.ProgramDescriptor, kernel_idx: int, worker_core: ttnn._ttnn.tensor.CoreCoord) -> list[int]:
    """
    Set up fabric connections: allocate semaphores and compute runtime args.
    Does NOT inject kernel defines — use get_fabric_kernel_defines() for that.

    Use this when kernel defines must be set before compilation (e.g., blaze
    eager-compile model), and connection setup happens after compilation.

    Args:
        src_fabric_node_id: FabricNodeId of the source chip
        dst_nodes: List of FabricNodeIds of destination chips (one per route)
        connection_link_indices: List of link indices (empty for auto-select, size 1 for all routes, or per-route)
        program_descriptor: ProgramDescriptor to add semaphores to (mutated)
        kernel_idx: Index of the kernel in the program descriptor
        worker_core: Logical core coordinate of the worker

    Returns:
        List of runtime args to extend into per-core NCRISC runtime args.
    """

def fabric_connection_rt_args_size(num_connections: int) -> int:
    """
    Return the number of runtime-argument words required for a fabric connection
    block in the currently opened fabric context.
    """

def compute_fabric_connection_rt_args(src_fabric_node_id: FabricNodeId, dst_nodes: Sequence[FabricNodeId], connection_link_indices: Sequence[int], teardown_sem_args: Sequence[int], buffer_index_sem_args: Sequence[int], sem_args_are_l1_addresses: bool = False) -> list[int]:
    """
    Compute fabric connection RT args without any PD mutation.
    Pure computation — resolves routing and assembles the flat RT args vector from
    the caller's semaphore values. No PD needed.

    The two semaphore values are copied through verbatim; sem_args_are_l1_addresses
    says they are raw L1 addresses rather than program semaphore IDs, and must then
    be 16 B aligned.

    Args:
        src_fabric_node_id: FabricNodeId of the source chip
        dst_nodes: List of FabricNodeIds of destination chips
        connection_link_indices: List of link indices (empty for auto-select)
        teardown_sem_args: One per connection — IDs, or addresses when the flag is set
        buffer_index_sem_args: One per connection — same interpretation
        sem_args_are_l1_addresses: False (IDs, default) or True (L1 addresses)

    Returns:
        List of runtime args for RoutingPlaneConnectionManager::build_from_args().
    """

def get_tt_fabric_packet_header_size_bytes() -> int:
    """Returns the fabric packet header size in bytes."""

def get_tt_fabric_max_payload_size_bytes() -> int:
    """Returns the maximum fabric packet payload size in bytes."""

def get_physical_mesh_shapes() -> dict[int, list[int]]:
    """
    Physical shape of each mesh local to this rank, read from the active mesh graph descriptor.

    Returns a {mesh_id: (rows, cols)} map scoped to get_user_physical_mesh_ids() -- i.e. only
    this rank's local mesh(es). This is exactly the shape to pass to open_mesh_device, so it is
    safe to call before the device is opened (the control plane lazily inits from the MGD).
    """

def get_eth_forwarding_direction(src_fabric_node_id: FabricNodeId, dst_fabric_node_id: FabricNodeId) -> int | None:
    """
    Query the ethernet forwarding direction a fabric packet would take from src to dst.

    Returns the raw eth_chan_directions enum value (EAST=0, WEST=1, NORTH=2, SOUTH=3, Z=4),
    or None if no route exists between the two chips. The returned int matches the
    per-connection `tag` stored in RoutingPlaneConnectionManager, so it can be used by
    callers to dedup fabric connections by direction.
    """

def get_forwarding_link_indices(src_fabric_node_id: FabricNodeId, dst_fabric_node_id: FabricNodeId) -> list[int]:
    """
    Return the fabric link indices that can forward packets from src to dst.

    The returned indices are valid inputs to setup_routing_plane_connection.
    """

def get_all_fabric_mesh_ids() -> list[MeshId]:
    """
    Returns every compute mesh id declared in the active mesh graph descriptor.

    Unlike get_user_physical_mesh_ids (which is scoped to the local rank's meshes),
    this enumerates peer meshes as well, enabling multi-mesh topology discovery.
    """

def get_all_mgd_fabric_types() -> list[FabricType]:
    """
    Returns the FabricType each compute mesh's dim_types imply, one entry per mesh in
    the active mesh graph descriptor. Callers can map these to a FabricConfig to match
    the wired topology (RING/LINE) instead of inferring it from process count.
    """
