# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""experimental distributed operations"""

from collections.abc import Mapping, Sequence
import enum
from typing import overload

import ttnn._ttnn.fabric
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor
import ttnn._ttnn.types


def set_configure_only(mesh_device: ttnn._ttnn.multi_device.MeshDevice, enable: bool) -> None:
    """
    Slow Dispatch only: while enabled, dispatching a program writes its kernel binaries,
    circular-buffer configs, runtime args and launch message to L1 but never sends the go
    signal -- so nothing runs. Used to capture a reloadable image off L1 without executing
    it, and therefore without tearing the pipeline down to do it.

    Experimental API; may change.
    """

def read_core_l1(mesh_device: ttnn._ttnn.multi_device.MeshDevice, logical_core: ttnn._ttnn.tensor.CoreCoord, address: int, size: int, coord: ttnn._ttnn.multi_device.MeshCoordinate | None = None) -> list[int]:
    """
    Read raw L1 words from one core.

    For capturing state the device wrote and the host has no other view of --
    the runtime binary reload uses it to copy a stage's kernel-config block
    (CB configs, runtime args, semaphores and text) after that stage has run
    once, and to read the launch message describing it.

    Args:
        mesh_device (MeshDevice): The mesh.
        logical_core (CoreCoord): Core whose L1 to read.
        address (int): Byte address in L1.
        size (int): Bytes to read; must be a multiple of 4.

    Returns:
        List[int]: The words read.
    """

def write_core_l1(mesh_device: ttnn._ttnn.multi_device.MeshDevice, logical_core: ttnn._ttnn.tensor.CoreCoord, address: int, words: Sequence[int], coord: ttnn._ttnn.multi_device.MeshCoordinate | None = None) -> None:
    """
    Write raw L1 words to one core.

    The writer for read_core_l1: host-set state that is not a tensor and not part
    of a program's kernel-config block. The semaphore pool uses it to give a slot
    its initial value without rewriting the whole pool region, whose other slots
    may belong to a program that is running.

    Args:
        mesh_device (MeshDevice): The mesh.
        logical_core (CoreCoord): Core whose L1 to write.
        address (int): Byte address in L1; 4-byte aligned.
        words (List[int]): The words to write.
        coord (MeshCoordinate, optional): Which device of the mesh; the first when omitted.
    """

def capture_kernel_config(mesh_device: ttnn._ttnn.multi_device.MeshDevice, logical_core: ttnn._ttnn.tensor.CoreCoord, coord: ttnn._ttnn.multi_device.MeshCoordinate | None = None) -> dict:
    """
    Capture the kernel config a core is running.

    Returns the L1 base and size of the relocatable kernel-config block plus an
    opaque copy of the launch kernel config. Its detailed layout remains private
    to Metal.
    """

@overload
def get_worker_noc_hop_distance(mesh_device: ttnn._ttnn.multi_device.MeshDevice, logical_src: ttnn._ttnn.tensor.CoreCoord, logical_dst: ttnn._ttnn.tensor.CoreCoord, noc: ttnn._ttnn.types.NOC) -> int:
    """
    Hop distance between two logical worker coordinates on the given NOC.

    When ``mesh_device`` spans multiple chips, use the overload that takes
    ``mesh_coord`` so the query targets a specific mesh slot.

    Experimental API; may change.

    Args:
        mesh_device (MeshDevice): Unit mesh or mesh whose devices share identical worker topology.
        logical_src (CoreCoord): Source logical coordinate.
        logical_dst (CoreCoord): Destination logical coordinate.
        noc (NOC): ``ttnn.NOC.NOC_0`` or ``ttnn.NOC.NOC_1``.

    Returns:
        int: Hop count on the selected NOC.
    """

@overload
def get_worker_noc_hop_distance(mesh_device: ttnn._ttnn.multi_device.MeshDevice, mesh_coord: ttnn._ttnn.multi_device.MeshCoordinate, logical_src: ttnn._ttnn.tensor.CoreCoord, logical_dst: ttnn._ttnn.tensor.CoreCoord, noc: ttnn._ttnn.types.NOC) -> int:
    """
    Hop distance on a specific mesh device at ``mesh_coord``.

    Use this for multi-device meshes (``mesh_device.get_num_devices() > 1``).

    Experimental API; may change.

    Args:
        mesh_device (MeshDevice): Mesh device.
        mesh_coord (MeshCoordinate): Coordinate of the chip to query.
        logical_src (CoreCoord): Source logical coordinate on that chip.
        logical_dst (CoreCoord): Destination logical coordinate on that chip.
        noc (NOC): ``ttnn.NOC.NOC_0`` or ``ttnn.NOC.NOC_1``.

    Returns:
        int: Hop count on the selected NOC.
    """

def worker_core_from_logical_core(mesh_device: ttnn._ttnn.multi_device.MeshDevice, mesh_coord: ttnn._ttnn.multi_device.MeshCoordinate, logical_core: ttnn._ttnn.tensor.CoreCoord) -> ttnn._ttnn.tensor.CoreCoord:
    """
    Virtual NoC coordinate of a logical worker core on the device at ``mesh_coord``.

    Unlike ``MeshDevice.worker_core_from_logical_core``, this does not require every device in
    the mesh to share a logical-to-virtual mapping, so it is exact on a heterogeneously
    harvested mesh.

    Experimental API; may change.

    Args:
        mesh_device (MeshDevice): Mesh device.
        mesh_coord (MeshCoordinate): Coordinate of the chip to query.
        logical_core (CoreCoord): Logical worker-core coordinate on that chip.

    Returns:
        CoreCoord: The virtual NoC coordinate for the selected device.

    Raises:
        RuntimeError: If ``mesh_coord`` is outside the mesh's shape, or names a device this
            rank does not drive.
    """

class BlitzDecodePipelineStage:
    @property
    def stage_index(self) -> int: ...

    @property
    def entry_node_coord(self) -> ttnn._ttnn.multi_device.MeshCoordinate: ...

    @property
    def exit_node_coord(self) -> ttnn._ttnn.multi_device.MeshCoordinate: ...

    def __repr__(self) -> str: ...

class BlitzDecodeStageHostBinding:
    @property
    def rank(self) -> int: ...

    @property
    def mesh_host_rank(self) -> int: ...

    def __repr__(self) -> str: ...

class BlitzDecodeEndpointPlacement:
    @property
    def host_binding(self) -> BlitzDecodeStageHostBinding: ...

    @property
    def mesh_coord(self) -> ttnn._ttnn.multi_device.MeshCoordinate: ...

    def __repr__(self) -> str: ...

class ResolvedBlitzDecodeStageAllocation:
    @property
    def logical_stage_index(self) -> int: ...

    @property
    def mesh_id(self) -> int: ...

    @property
    def host_bindings(self) -> list[BlitzDecodeStageHostBinding]: ...

    @property
    def entry_endpoint(self) -> BlitzDecodeEndpointPlacement: ...

    @property
    def exit_endpoint(self) -> BlitzDecodeEndpointPlacement | None: ...

    def __repr__(self) -> str: ...

class ResolvedBlitzDecodePipelineAllocation:
    @property
    def initialize_loopback(self) -> bool: ...

    @property
    def stages(self) -> list[ResolvedBlitzDecodeStageAllocation]: ...

    @property
    def loopback_entry_stage_index(self) -> int | None: ...

    @property
    def loopback_entry_endpoint(self) -> BlitzDecodeEndpointPlacement | None: ...

    @property
    def host_egress_stage_index(self) -> int: ...

    @property
    def host_egress_endpoint(self) -> BlitzDecodeEndpointPlacement: ...

    def __repr__(self) -> str: ...

def generate_blitz_decode_pipeline(initialize_loopback: bool = True) -> list[BlitzDecodePipelineStage]:
    """
    Generate the Blitz decode pipeline stages.

    Pipeline topology is derived from the control plane's inter-mesh connectivity.

    Args:
        initialize_loopback: When True (default), includes the loopback stage from the
            last mesh back to mesh 0. When False, generates a linear pipeline with no
            return path.

    Returns:
        List[BlitzDecodePipelineStage]: Ordered pipeline stages for Blitz decode.
    """

def resolve_blitz_decode_pipeline_allocation(initialize_loopback: bool = True) -> ResolvedBlitzDecodePipelineAllocation:
    """
    Resolve the Blitz decode pipeline allocation.

    Returns the logical stage-to-host bindings plus the chosen entry/exit endpoint
    placements for each stage. The legacy `generate_blitz_decode_pipeline()` API is a
    projection of this richer resolved allocation.

    Args:
        initialize_loopback: When True (default), includes the loopback entry and host
            egress placements for the return path onto stage 0. When False, resolves a
            linear pipeline with host egress on the last stage.

    Returns:
        ResolvedBlitzDecodePipelineAllocation: Resolved stage allocations and pipeline-level
        endpoint placements for Blitz decode.
    """

class RoutingDirection(enum.Enum):
    """
    Cardinal routing direction used by the fabric control plane.

    Values:
        N: North
        E: East
        S: South
        W: West
        Z: Z-dimension (inter-galaxy)
        C: Centre — source and destination are the same chip
        NONE: No route exists between source and destination
    """

    N = 0

    E = 1

    S = 2

    W = 3

    Z = 4

    C = 5

    NONE = 6

def get_forwarding_direction(src: ttnn._ttnn.fabric.FabricNodeId, dst: ttnn._ttnn.fabric.FabricNodeId) -> RoutingDirection | None:
    """
    Return the direction in which data should be forwarded from *src* to reach *dst*.

    Returns ``None`` if *dst* is not reachable from *src*.  When *src* and *dst* are
    directly connected by a single ethernet cable, this is the direction of that cable.
    For multi-hop paths the first-hop direction is returned; callers that need to verify
    a *direct* (single-hop) connection should follow up with ``get_chip_neighbors``.

    Args:
        src: FabricNodeId of the source chip.
        dst: FabricNodeId of the destination chip.

    Returns:
        RoutingDirection or None.
    """

class ResolvedEdge:
    """
    Physical coordinates discovered for one directed edge.

    Attributes:
        src:        Source node name.
        dst:        Destination node name.
        is_loopback: True for the return edge (last stage → stage 0).
        exit_row:   Row of the exit chip in *src*'s submesh.
        exit_col:   Column of the exit chip in *src*'s submesh.
        entry_row:  Row of the entry chip in *dst*'s submesh.
        entry_col:  Column of the entry chip in *dst*'s submesh.
        exit_core_slot: Abstract pipeline-core slot on the exit chip, assigned by the resolver.
        entry_core_slot: Abstract pipeline-core slot on the entry chip, assigned by the resolver.
    """

    @property
    def src(self) -> str: ...

    @property
    def dst(self) -> str: ...

    @property
    def is_loopback(self) -> bool: ...

    @property
    def exit_row(self) -> int: ...

    @property
    def exit_col(self) -> int: ...

    @property
    def entry_row(self) -> int: ...

    @property
    def entry_col(self) -> int: ...

    @property
    def exit_core_slot(self) -> int | None: ...

    @property
    def entry_core_slot(self) -> int | None: ...

    def __repr__(self) -> str: ...

class GraphLayoutResult:
    """
    Result of topology-based graph layout resolution.

    Attributes:
        stage_order:     Node names in topological pipeline stage order (index == stage_idx).
        node_to_submesh: Maps each node name to its submesh index.
        resolved_edges:  One ResolvedEdge per input edge, with discovered physical coords.
        h2d_entry_row:   Row of the H2D entry chip in stage-0's submesh.
        h2d_entry_col:   Column of the H2D entry chip in stage-0's submesh.
        h2d_core_slot:   Abstract pipeline-core slot for H2D, assigned by the resolver.
        d2h_exit_row:    Row of the D2H exit chip in stage-0's submesh.
        d2h_exit_col:    Column of the D2H exit chip in stage-0's submesh.
        d2h_core_slot:   Abstract pipeline-core slot for D2H, assigned by the resolver.
    """

    @property
    def stage_order(self) -> list[str]: ...

    @property
    def node_to_submesh(self) -> dict[str, int]: ...

    @property
    def resolved_edges(self) -> list[ResolvedEdge]: ...

    @property
    def h2d_entry_row(self) -> int: ...

    @property
    def h2d_entry_col(self) -> int: ...

    @property
    def h2d_core_slot(self) -> int | None: ...

    @property
    def d2h_exit_row(self) -> int: ...

    @property
    def d2h_exit_col(self) -> int: ...

    @property
    def d2h_core_slot(self) -> int | None: ...

def resolve_graph_layout(nodes: Sequence[str] = [], edges: Sequence[tuple[str, str, bool]] = ..., submesh_chips: Sequence[Sequence[tuple[int, int, int, int]]] = ..., node_chip_counts: Mapping[str, int] = {}, node_pipeline_core_counts: Mapping[str, int] = {}, pipeline_core_count: int | None = None) -> GraphLayoutResult:
    """
    Auto-discover the physical layout of a pipeline graph.

    Uses ``get_forwarding_direction`` and ``get_chip_neighbors`` to find the
    direct ethernet link for each logical edge in the graph, then performs a
    topological sort and backtracking submesh assignment.

    Args:
        nodes:         List of all node names in declaration order.  Authoritative
                       node list, so graphs whose nodes are not all covered by
                       edges (e.g. a single-stage pipeline with no edges) are
                       handled.  Every endpoint referenced by ``edges`` must appear
                       here or a RuntimeError is raised.
        edges:         List of (src_name, dst_name, is_loopback) tuples describing
                       the pipeline graph.  Set is_loopback=True for the return
                       edge from the last stage back to stage 0.  A self-loop
                       (src == dst) is allowed and satisfied trivially.
        submesh_chips: For each submesh, a list of (mesh_id, chip_id, row, col)
                       tuples (obtained from submesh.get_fabric_node_id()).
        node_chip_counts: Optional {node_name: expected_chip_count} map. When a
                       node is present, it may only be assigned to a submesh with
                       exactly that many chips (rows*cols of its declared shape),
                       so e.g. a 4x2 stage cannot land on a 1x2 submesh. Nodes
                       absent from the map are unconstrained; an empty map (default)
                       disables the shape filter.
        node_pipeline_core_counts: Optional {node_name: cores_per_chip} map. When
                       supplied, the resolver jointly assigns links and abstract
                       endpoint slots while enforcing each node's per-chip capacity.
                       Overrides pipeline_core_count for the listed nodes.
        pipeline_core_count: Optional uniform available pipeline-core slots per chip.
                       Unspecified capacities default to 1 slot per chip on the
                       chosen submesh if it has at least 8 chips, or 2 otherwise.
                       Core-slot results are always assigned.

    Returns:
        GraphLayoutResult with physical coordinates and
        abstract core slots for every edge and H2D/D2H.
    """

def get_chip_neighbors(src: ttnn._ttnn.fabric.FabricNodeId, direction: RoutingDirection) -> dict[int, list[int]]:
    """
    Return the chips directly connected to *src* via an ethernet cable in *direction*.

    Includes both intra-mesh and inter-mesh neighbors.  The result is a ``dict``
    mapping ``mesh_id`` (int) to a list of ``chip_id`` (int) values for chips that
    share a direct ethernet link with *src* in the given direction.

    Use together with ``get_forwarding_direction`` to test direct (single-hop)
    adjacency between two chips:

        direction = ttnn.fabric.get_forwarding_direction(fid_a, fid_b)
        if direction is not None:
            neighbors = ttnn.fabric.get_chip_neighbors(fid_a, direction)
            if int(fid_b.mesh_id) in neighbors and fid_b.chip_id in neighbors[int(fid_b.mesh_id)]:
                # fid_a and fid_b are directly connected

    Args:
        src:       FabricNodeId of the chip to query.
        direction: RoutingDirection to look in.

    Returns:
        dict[int, list[int]] — {mesh_id: [chip_id, ...]} of direct neighbors.
    """
