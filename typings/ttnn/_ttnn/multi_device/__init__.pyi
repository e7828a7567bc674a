# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn multi_device"""

from collections.abc import Iterator, Sequence
from typing import overload

import ttnn._ttnn.device
import ttnn._ttnn.fabric
from ttnn._ttnn.multi_device import experimental as experimental
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class Rank:
    """Rank of a process in the distributed context"""

    def __init__(self, arg: int, /) -> None: ...

    def __int__(self) -> int: ...

    def __repr__(self) -> str: ...

    def __str__(self) -> str: ...

    def __eq__(self, arg: Rank, /) -> bool: ...

    def __ne__(self, arg: Rank, /) -> bool: ...

    def __lt__(self, arg: Rank, /) -> bool: ...

    def __le__(self, arg: Rank, /) -> bool: ...

    def __gt__(self, arg: Rank, /) -> bool: ...

    def __ge__(self, arg: Rank, /) -> bool: ...

class Size:
    """Size (number of processes) in the distributed context"""

    def __init__(self, arg: int, /) -> None: ...

    def __int__(self) -> int: ...

    def __repr__(self) -> str: ...

    def __str__(self) -> str: ...

    def __eq__(self, arg: Size, /) -> bool: ...

    def __ne__(self, arg: Size, /) -> bool: ...

    def __lt__(self, arg: Size, /) -> bool: ...

    def __le__(self, arg: Size, /) -> bool: ...

    def __gt__(self, arg: Size, /) -> bool: ...

    def __ge__(self, arg: Size, /) -> bool: ...

class SubcontextId:
    """Sub-context id in a split MPI job"""

    def __init__(self, arg: int, /) -> None: ...

    def __int__(self) -> int: ...

    def __repr__(self) -> str: ...

    def __str__(self) -> str: ...

    def __eq__(self, arg: SubcontextId, /) -> bool: ...

    def __ne__(self, arg: SubcontextId, /) -> bool: ...

class CppMeshToTensor:
    pass

class CppTensorToMesh:
    def config(self) -> MeshMapperConfig:
        """
        Returns the MeshMapperConfig used to construct this mapper.

        Use ``mapper.config().placements`` to introspect how the mapper
        distributes a tensor across each mesh axis (e.g. to decide a
        non-conflicting shard dim when layering FSDP on top of TP).
        """

class MeshMapperConfig:
    @overload
    def __init__(self, placements: Sequence[PlacementReplicate | PlacementShard], mesh_shape_override: MeshShape | None = None, mesh_offset_override: MeshCoordinate = ...) -> None:
        """
        Creates a MeshMapperConfig object with the given placements and mesh shape override.

        Args:
            placements (List[Placement]): A set of placements to use for the mapper.
            mesh_shape_override (MeshShape): If provided, overrides distribution shape of the mesh device.
            Used for distributing a tensor over ND shape that doesn't match the shape of the mesh device:
            when the shape fits within a mesh device, the tensor shards are distributed within the submesh
            region. Otherwise, the tensor shards are distributed across mesh in row-major order.
            mesh_offset_override (MeshCoordinate): Anchors the submesh distribution at this coordinate within
            the mesh device. Defaults to the origin of the mesh it is applied to. Only supported when the
            distribution fits within the mesh device per-dimension (SUBMESH mode).
        """

    @overload
    def __init__(self, row_dim: int | None = None, col_dim: int | None = None, mesh_shape_override: MeshShape | None = None, mesh_offset_override: MeshCoordinate = ...) -> None:
        """
        Creates a 2D MeshMapperConfig with the given placements and mesh shape override.

        Placements are supplied as optional integers: when set to None, the mapper will replicate over the dimension.
        Otherwise, the mapper will shard over the dimension.

        Args:
            row_dim Optional[int]: The row dimension to shard / replicate over.
            col_dim Optional[int]: The column dimension to shard / replicate over.
            mesh_shape_override Optional[MeshShape]: If provided, overrides distribution shape of the mesh device.
            mesh_offset_override MeshCoordinate: Anchors the submesh at this coordinate within the mesh device.
            Defaults to the origin of the mesh it is applied to. Only supported in SUBMESH mode.
        """

    def __repr__(self) -> str: ...

    @property
    def placements(self) -> list: ...

class MeshComposerConfig:
    @overload
    def __init__(self, dims: Sequence[int], mesh_shape_override: MeshShape | None = None, mesh_offset_override: MeshCoordinate = ...) -> None:
        """
        Creates a MeshComposerConfig object with the given dimensions.

        Args:
            dims (List[int]): The dimensions to concat over.
            mesh_shape_override Optional[MeshShape]: If provided, overrides distribution shape of the mesh device.
            mesh_offset_override MeshCoordinate: Gathers shards from this coordinate within the mesh device.
            Defaults to the origin of the mesh it is applied to. Only supported in SUBMESH mode.
        """

    @overload
    def __init__(self, row_dim: int, col_dim: int, mesh_shape_override: MeshShape | None = None, mesh_offset_override: MeshCoordinate = ...) -> None:
        """
        Creates a 2D MeshComposerConfig object with the given dimensions.

        Args:
            row_dim (int): The dimension to concat over.
            col_dim (int): The dimension to concat over.
            mesh_shape_override Optional[MeshShape]: If provided, overrides distribution shape of the mesh device.
            mesh_offset_override MeshCoordinate: Gathers shards from this coordinate within the mesh device.
            Defaults to the origin of the mesh it is applied to. Only supported in SUBMESH mode.
        """

    def __repr__(self) -> str: ...

class PlacementReplicate:
    def __init__(self) -> None: ...

    def __repr__(self) -> str: ...

    def __eq__(self, arg: PlacementReplicate, /) -> bool: ...

    def __ne__(self, arg: PlacementReplicate, /) -> bool: ...

class PlacementShard:
    def __init__(self, arg: int, /) -> None: ...

    def __repr__(self) -> str: ...

    @property
    def dim(self) -> int: ...

class MeshDevice:
    def get_num_devices(self) -> int: ...

    def id(self) -> int: ...

    def get_device_ids(self) -> list[int]: ...

    def get_device_id(self, arg: MeshCoordinate, /) -> int: ...

    def get_fabric_node_id(self, coord: MeshCoordinate) -> ttnn._ttnn.fabric.FabricNodeId: ...

    def create_submesh(self, submesh_shape: MeshShape, offset: MeshCoordinate | None = None) -> MeshDevice: ...

    def create_submeshes(self, submesh_shape: MeshShape) -> list[MeshDevice]: ...

    def get_submeshes(self) -> list[MeshDevice]:
        """
        Get the submeshes created on this MeshDevice.

          Returns:
              List[MeshDevice]: The submeshes created on this MeshDevice.
        """

    def quiesce_devices(self) -> None:
        """
        Drain all command queues of this MeshDevice and its submeshes and reset their
        in-use state. Call before closing a mesh that has carved submeshes so the shared
        command queue is idle, otherwise close throws "cq is in use by child submesh".
        """

    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Get the compute grid size (x, y) of the first device in the device mesh denoting region that can be targeted by ops.


        Returns:
            CoreCoord: The compute grid size of the first device in the device mesh.
        """

    @property
    def core_grid(self) -> ttnn._ttnn.types.CoreGrid: ...

    def dram_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Get the dram grid size (x, y) of the first device in the device mesh.


        Returns:
            CoreCoord: The dram grid size of the first device in the device mesh.
        """

    def arch(self) -> ttnn._ttnn.device.Arch:
        """
        Get the arch of the first device in the device mesh.


        Returns:
            Arch: The arch of the first device in the device mesh.
        """

    def enable_program_cache(self) -> None:
        """Enable program cache across all devices in the mesh."""

    def clear_program_cache(self) -> None:
        """Clear program cache across all devices in the mesh."""

    def disable_and_clear_program_cache(self) -> None:
        """Disable program cache across all devices in the mesh."""

    def set_program_cache_misses_allowed(self, arg: bool, /) -> None:
        """
        Set whether program cache misses are allowed across all devices in the mesh.
        """

    @property
    def shape(self) -> MeshShape:
        """
        Get the shape of the device mesh.


        Returns:
            Tuple[int, int]: The shape of the device mesh as (num_rows, num_cols).
        """

    def reshape(self, new_shape: MeshShape) -> None:
        """
        Reshapes the logical mesh and re-maps the physical devices to the new logical coordinates.


        Reshaping Rules:
        1. The old_shape volume must equal the new_shape volume (i.e. number of devices must remain constant)
        2. Line-to-Line Reshaping (when either dimension is 1):
           - Always possible between 1xN and Nx1 shapes (e.g.: 1x8 <-> 8x1)
        3. Grid-to-Grid Reshaping:
           - Only possible if the devices can form a connected physical mesh in the new shape
           - Must maintain physical connectivity between adjacent devices
        4. Line-to-Grid Reshaping:
           - Only possible if the physical devices can form a connected physical mesh in the new shape
           - Example: 1x8 -> 2x4 is possible only if physical mesh permits a 2x4 configuration


        Args:
            new_shape (MeshShape): The new shape of the mesh.


        Raises:
            RuntimeError: If the reshaping constraints are not met:
            1. The old_shape volume must equal the new_shape volume (i.e. number of devices must remain constant)
            2. For Grid-to-Grid or Line-to-Grid reshaping: physical connectivity must be possible with current devices
        """

    def get_view(self) -> MeshDeviceView: ...

    def get_system_mesh_id(self) -> int:
        """
        Get the system mesh ID assigned by the control plane.

        This ID uniquely identifies the mesh in the system and is used for
        inter-mesh communication and fabric routing.

        Returns:
            int: The system mesh ID as an unsigned integer.
        """

    def __repr__(self) -> str: ...

    def create_sub_device_manager(self, sub_devices: Sequence[ttnn._ttnn.device.SubDevice], local_l1_size: int) -> ttnn._ttnn.device.SubDeviceManagerId:
        """
        Creates a sub-device manager for the given mesh device.


        Args:
            sub_devices (List[ttnn.SubDevice]): The sub-devices to include in the sub-device manager.
            This configuration will be used for each device in the MeshDevice.
            local_l1_size (int): The size of the local allocators of each sub-device. The global allocator will be shrunk by this amount.


        Returns:
            SubDeviceManagerId: The ID of the created sub-device manager.
        """

    def load_sub_device_manager(self, sub_device_manager_id: ttnn._ttnn.device.SubDeviceManagerId) -> None:
        """
        Loads the sub-device manager with the given ID.


        Args:
            sub_device_manager_id (SubDeviceManagerId): The ID of the sub-device manager to load.
        """

    def clear_loaded_sub_device_manager(self) -> None:
        """Clears the loaded sub-device manager for the given mesh device."""

    def remove_sub_device_manager(self, sub_device_manager_id: ttnn._ttnn.device.SubDeviceManagerId) -> None:
        """
        Removes the sub-device manager with the given ID.


        Args:
            sub_device_manager_id (SubDeviceManagerId): The ID of the sub-device manager to remove.
        """

    def set_sub_device_stall_group(self, sub_device_ids: Sequence[ttnn._ttnn.device.SubDeviceId]) -> None:
        """
        Set the SubDevice IDs that will be stalled on by default for Fast Dispatch commands such as reading, writing, synchronizing.
        Stalling here refers to the Fast Dispatch cores waiting for programs to complete execution on the specified SubDevices before proceeding with the specified instruction.
        The default SubDevice IDs to stall on are set to all SubDevice IDs, and whenever a new SubDevice Manager is loaded.


        Args:
            sub_device_ids (List[SubDeviceId]): The IDs of the SubDevices to stall on.
        """

    def reset_sub_device_stall_group(self) -> None:
        """
        Resets the sub_device_ids that will be stalled on by default for Fast Dispatch commands such as reading, writing, synchronizing
        back to all SubDevice IDs.
        """

    def num_program_cache_entries(self) -> int:
        """Number of entries in the program cache for this device"""

    def sfpu_eps(self) -> float:
        """Returns machine epsilon value for current architecture."""

    def sfpu_nan(self) -> float:
        """Returns NaN value for current architecture."""

    def sfpu_inf(self) -> float:
        """Returns Infinity value for current architecture."""

    def worker_core_from_logical_core(self, logical_core: ttnn._ttnn.tensor.CoreCoord) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Convert a logical coordinate to a virtual coordinate for a worker core.

        Args:
            logical_core (CoreCoord): The logical coordinate to convert.

        Returns:
            CoreCoord: The virtual coordinate of the worker core.

        Example:
            >>> device = ttnn.open_device(device_id=0)
            >>> logical_core = ttnn.CoreCoord(0, 0)
            >>> worker_core = device.worker_core_from_logical_core(logical_core)
            >>> print(f"Worker core: x={worker_core.x}, y={worker_core.y}")
        """

    def dram_core_from_logical_core(self, logical_core: ttnn._ttnn.tensor.CoreCoord) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Convert a logical DRAM coordinate to a virtual (NoC) coordinate.

        The DRAM counterpart of worker_core_from_logical_core, for building NoC
        addresses on the host -- e.g. the runtime binary-reload stage table, whose
        entries name a source by NoC coordinates and an address.

        Args:
            logical_core (CoreCoord): Logical DRAM coordinate, x = bank index.

        Returns:
            CoreCoord: The virtual coordinate of that DRAM bank.
        """

    def logical_core_from_worker_core(self, virtual_core: ttnn._ttnn.tensor.CoreCoord) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Convert a virtual/translated worker coordinate to a logical coordinate.

        The inverse of worker_core_from_logical_core.

        Args:
            virtual_core (CoreCoord): The virtual/translated coordinate to convert.

        Returns:
            CoreCoord: The logical coordinate of the worker core.

        Example:
            >>> device = ttnn.open_device(device_id=0)
            >>> virtual_core = ttnn.CoreCoord(1, 1)
            >>> logical_core = device.logical_core_from_worker_core(virtual_core)
            >>> print(f"Logical core: x={logical_core.x}, y={logical_core.y}")
        """

    @overload
    def get_optimal_dram_bank_to_logical_worker_assignment(self, noc: ttnn._ttnn.types.NOC, coord: MeshCoordinate) -> dict[int, ttnn._ttnn.tensor.CoreCoord]:
        """
        Returns the optimal DRAM bank to logical worker assignment for the device at ``coord``.

        The assignment is a device-local physical property (it depends on that device's
        harvesting and DRAM configuration), so it may differ per device on a heterogeneous
        mesh. If ``coord`` maps to a remote device, this falls back to an arbitrary local
        device's assignment (best-effort, exact only on homogeneous meshes); it raises only
        when the mesh has no local device to fall back to.

        Args:
            noc (NOC): The NOC to use for optimal assignment (ttnn.NOC.NOC_0 or ttnn.NOC.NOC_1).
            coord (MeshCoordinate): The mesh coordinate of the device to query.

        Returns:
            Dict[int, CoreCoord]: Map from DRAM bank id to the logical worker coordinate
            optimally mapped to that bank.

        Example:
            >>> mesh_device = ttnn.open_mesh_device(...)
            >>> coord = ttnn.MeshCoordinate(0, 0)
            >>> assignment = mesh_device.get_optimal_dram_bank_to_logical_worker_assignment(
            ...     ttnn.NOC.NOC_0, coord)
            >>> for bank_id, core in assignment.items():
            ...     print(f"DRAM bank {bank_id} -> worker core ({core.x}, {core.y})")
        """

    @overload
    def get_optimal_dram_bank_to_logical_worker_assignment(self, noc: ttnn._ttnn.types.NOC) -> list[ttnn._ttnn.tensor.CoreCoord]:
        """
        Deprecated: prefer ``get_optimal_dram_bank_to_logical_worker_assignment(noc, coord)``.

        Returns the optimal DRAM bank to logical worker assignment for the mesh's reference
        (front) device only. On a mesh with heterogeneous harvesting the optimal placement
        differs per device, so this returns the correct cores only for the reference device.

        The mapping is optimized for minimizing NOC hops when reading/writing to DRAM.

        Args:
            noc (NOC): The NOC to use for optimal assignment (ttnn.NOC.NOC_0 or ttnn.NOC.NOC_1).

        Returns:
            List[CoreCoord]: List of logical worker coordinates optimally mapped to DRAM banks.

        Example:
            >>> device = ttnn.open_device(device_id=0)
            >>> # Get optimal worker cores for DRAM reads (NOC_0 is typically preferred)
            >>> worker_cores = device.get_optimal_dram_bank_to_logical_worker_assignment(ttnn.NOC.NOC_0)
            >>> print(f"Number of optimal worker cores: {len(worker_cores)}")
            >>> for i, core in enumerate(worker_cores):
            ...     print(f"DRAM bank {i} -> worker core ({core.x}, {core.y})")
        """

class MeshDeviceView:
    def shape(self) -> MeshShape: ...

    def num_devices(self) -> int: ...

    def is_local(self, coord: MeshCoordinate) -> bool: ...

    def get_local_mesh_coord_range(self) -> MeshCoordinateRange:
        """
        Returns the bounding box of the coordinates of the devices that this process owns.

        The range is the smallest box that holds every local coordinate. If the local
        devices do not form a box, the range also holds coordinates of remote devices.

        Raises:
            RuntimeError: If no device in the view is local.
        """

class MeshShape:
    """Shape of a mesh device."""

    @overload
    def __init__(self, s0: int, s1: int) -> None:
        """
        Constructor with the specified 2D shape. The value s0 is assumed to be the outer dimension.
        """

    @overload
    def __init__(self, s0: int, s1: int, s2: int) -> None:
        """
        Constructor with the specified 3D shape. The values s0...s2 are assumed to be supplied in row-major order (from outer dim to inner dim).
        """

    @overload
    def __init__(self, shape: Sequence[int]) -> None:
        """
        Constructor with the specified ND shape. The values s0...sn are assumed to be supplied in row-major order (from outer dim to inner dim).
        """

    def __repr__(self) -> str: ...

    def __iter__(self) -> Iterator[int]: ...

    def __getitem__(self, index: int) -> int: ...

    def dims(self) -> int: ...

    def mesh_size(self) -> int: ...

    def __eq__(self, arg: MeshShape, /) -> bool: ...

    def __ne__(self, arg: MeshShape, /) -> bool: ...

class MeshCoordinate:
    """Coordinate within a mesh device."""

    @overload
    def __init__(self, c0: int, c1: int) -> None:
        """
        Constructor with the specified 2D coordinate. The value c0 is assumed to be the outer dimension.
        """

    @overload
    def __init__(self, c0: int, c1: int, c2: int) -> None:
        """
        Constructor with the specified 3D coordinate. The values c0...c2 are assumed to be supplied in row-major order (from outer dim to inner dim).
        """

    @overload
    def __init__(self, coords: Sequence[int]) -> None:
        """
        Constructor with the specified ND coordinate. The values c0...cn are assumed to be supplied in row-major order (from outer dim to inner dim).
        """

    def __repr__(self) -> str: ...

    def __iter__(self) -> Iterator[int]: ...

    def __getitem__(self, index: int) -> int: ...

    def dims(self) -> int: ...

    def __hash__(self) -> int: ...

    def __eq__(self, arg: MeshCoordinate, /) -> bool: ...

class MeshCoordinateRange:
    """Range of coordinates within a mesh device."""

    @overload
    def __init__(self, start: MeshCoordinate, end: MeshCoordinate) -> None:
        """Constructor with specified start and end coordinates."""

    @overload
    def __init__(self, shape: MeshShape) -> None:
        """Constructor that spans the entire mesh."""

    def __repr__(self) -> str: ...

    def __iter__(self) -> Iterator[MeshCoordinate]: ...

class MeshCoordinateRangeSet:
    """Set of coordinate ranges within a mesh device."""

    @overload
    def __init__(self) -> None:
        """Default constructor for an empty MeshCoordinateRangeSet."""

    @overload
    def __init__(self, range: MeshCoordinateRange) -> None:
        """Constructor with specified range."""

    def merge(self, range: MeshCoordinateRange) -> None: ...

    def __repr__(self) -> str: ...

class SystemMeshDescriptor:
    def __init__(self) -> None: ...

    def shape(self) -> MeshShape: ...

    def local_shape(self) -> MeshShape: ...

    def get_device_id(self, arg: MeshCoordinate, /) -> int: ...

    def is_local(self, arg: MeshCoordinate, /) -> bool: ...

    def all_local(self) -> bool: ...

class DistributedHostBuffer:
    def is_local(self, coord: MeshCoordinate) -> bool: ...

    def shape(self) -> MeshShape: ...

    def get_shard(self, coord: MeshCoordinate) -> ttnn._ttnn.tensor.HostBuffer | None:
        """
        Returns the HostBuffer shard at the given coordinate, or None if not local/populated.
        """

class TensorTopology:
    def __init__(self, distribution_shape: MeshShape, placements: Sequence[PlacementReplicate | PlacementShard], mesh_coords: Sequence[MeshCoordinate]) -> None:
        """Constructor for TensorTopology"""

    def distribution_shape(self) -> MeshShape: ...

    def placements(self) -> list[PlacementReplicate | PlacementShard]: ...

    def mesh_coords(self) -> list[MeshCoordinate]: ...

    def __eq__(self, arg: TensorTopology, /) -> bool: ...

    def __ne__(self, arg: TensorTopology, /) -> bool: ...

    def __repr__(self) -> str: ...

def open_mesh_device(*, l1_small_size: int, trace_region_size: int, num_command_queues: int, dispatch_core_config: ttnn._ttnn.device.DispatchCoreConfig, mesh_shape: MeshShape | None = None, offset: MeshCoordinate | None = None, physical_device_ids: Sequence[int] = [], worker_l1_size: int = 0) -> MeshDevice: ...

def close_mesh_device(mesh_device: MeshDevice) -> None: ...

def get_device_tensors(tensor: ttnn._ttnn.tensor.Tensor) -> list[ttnn._ttnn.tensor.Tensor]:
    """
    Get a list of tensor shards from a multidevice tensor.

    Args:
        tensor (Tensor): The tensor to get the shards from.

    Returns:
        List[Tensor]: The shards of the tensor corresponding to the devices.
    """

def replicate_tensor_to_mesh_mapper(mesh_device: MeshDevice) -> CppTensorToMesh:
    """
    Returns a mapper replicating a tensor over the given mesh.

    Args:
        mesh_device (MeshDevice): The mesh to replicate over.


    Returns:
        TensorToMesh: A mapper providing the desired sharding.
    """

def shard_tensor_to_mesh_mapper(mesh_device: MeshDevice, dim: int) -> CppTensorToMesh:
    """
    Returns a mapper sharding a tensor over the given dimension for the given mesh.

    Args:
        mesh_device (MeshDevice): The mesh to replicate over.
        dim (int): The dimension to shard over.

    Returns:
        TensorToMesh: A mapper providing the desired sharding.
    """

@overload
def create_mesh_mapper(mesh_device: MeshDevice, config: MeshMapperConfig) -> CppTensorToMesh:
    """
    Returns an ND mapper for sharding and replicating a tensor over the given dimensions for the given mesh.

    Args:
        mesh_device (MeshDevice): The mesh to create the mapper for.
        config (MeshMapperConfig): A config object representing a set of placements.

    Returns:
        TensorToMesh: A mapper providing the desired sharding.
    """

@overload
def create_mesh_mapper(mesh_shape: MeshShape, config: MeshMapperConfig) -> CppTensorToMesh:
    """
    Returns an ND mapper that constructs every host shard without a device.

    Args:
        mesh_shape (MeshShape): The full logical mesh shape.
        config (MeshMapperConfig): The placements, distribution shape, and mesh offset.

    Returns:
        TensorToMesh: A mapper providing the desired sharding.
    """

def compute_distribution_to_mesh_mapping(distribution_shape: MeshShape, mesh_shape: MeshShape) -> list[MeshCoordinate]:
    """
    Compute ordered mesh coordinates for distribution coordinate mapping.

    This function computes how distribution coordinates should map to mesh coordinates
    based on the distribution mode. For ROW_MAJOR mode, it returns mesh coordinates
    in row-major order. For SUBMESH mode, coordinates map directly.

    Args:
        distribution_shape (MeshShape): The distribution (override) mesh shape.
        mesh_shape (MeshShape): The physical device mesh shape.

    Returns:
        list[MeshCoordinate]: Vector of mesh coordinates in the order they should be mapped to distribution coordinates.
    """

def concat_mesh_to_tensor_composer(mesh_device: MeshDevice, dim: int) -> CppMeshToTensor: ...

def create_mesh_composer(mesh_device: MeshDevice, config: MeshComposerConfig) -> CppMeshToTensor:
    """
    Returns an ND composer that concatenates a tensor across the given dimensions.

    Args:
        mesh_device (MeshDevice): The mesh device to create the composer for.
        config (MeshComposerConfig): A config object representing the dimensions to concat over.
        shape (MeshShape): If provided, overrides the logical shape of the mesh.

    Returns:
        TensorToMesh: A composer providing the desired concatenation.
    """

def distribute_tensor(tensor: ttnn._ttnn.tensor.Tensor, mapper: CppTensorToMesh, mesh_device: MeshDevice | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Distributes a tensor across a mesh device according to provided mapper.

    Args:
        tensor (Tensor): The tensor to distribute.
        mapper (TensorToMesh): The mapper to use for distribution.
        mesh_device (MeshDevice): The mesh device to distribute the tensor over.

    Returns:
        Tensor: The distributed tensor.
    """

def aggregate_tensor(tensor: ttnn._ttnn.tensor.Tensor, composer: CppMeshToTensor) -> ttnn._ttnn.tensor.Tensor:
    """
    Aggregates a set of shard tensors into a single host tensor using the provided composer.

    Args:
        tensor (Tensor): The tensor to aggregate.
        composer (MeshToTensor): The composer to use for aggregation.

    Returns:
        Tensor: The aggregated tensor.
    """

def from_host_shards(tensors: Sequence[ttnn._ttnn.tensor.Tensor], mesh_shape: MeshShape) -> ttnn._ttnn.tensor.Tensor:
    """
    Creates a multi-device host tensor from a set of individual host shards.

    Args:
        tensors (List[Tensor]): The tensor shards to aggregate.
        mesh_shape (MeshShape): The shape of the mesh to aggregate the shards over.

    Returns:
        Tensor: The multi-device host tensor.
    """

def combine_device_tensors(*, tensors: Sequence[ttnn._ttnn.tensor.Tensor]) -> ttnn._ttnn.tensor.Tensor:
    """
    Combines tensor shards allocated on individual devices into a single multi-device tensor. All tensors shards must be allocated on the same mesh buffer.

    Args:
        tensors (List[Tensor]): The tensor shards to combine.

    Returns:
        Tensor: The combined tensor.
    """

def using_distributed_env() -> bool: ...

def init_distributed_context() -> None:
    """
    Initialize the distributed context with default settings.

    This is a convenience function for Python that initializes the distributed
    context without requiring command-line arguments.

    Example:
        >>> import ttnn
        >>> ttnn.init_distributed_context()
        >>> rank = ttnn.distributed_context_get_rank()
        >>> size = ttnn.distributed_context_get_size()
        >>> print(f"Rank {int(rank)} of {int(size)}")
    """

def is_initialized() -> bool:
    """
    Check if the distributed context has been initialized.

    Returns:
        bool: True if initialized, False otherwise.

    Example:
        >>> import ttnn
        >>> if ttnn.distributed_context_is_initialized():
        >>>     rank = ttnn.distributed_context_get_rank()
    """

def get_rank() -> Rank:
    """
    Get the rank of the current process.

    Returns:
        Rank: The rank of the current process (0-indexed).

    Raises:
        RuntimeError: If the distributed context has not been initialized.

    Example:
        >>> import ttnn
        >>> rank = ttnn.distributed_context_get_rank()
        >>> print(f"This is rank {rank}")
        >>> # Convert to int if needed
        >>> rank_int = int(rank)
    """

def get_size() -> Size:
    """
    Get the total number of processes.

    Returns:
        Size: The total number of processes.

    Raises:
        RuntimeError: If the distributed context has not been initialized.

    Example:
        >>> import ttnn
        >>> size = ttnn.distributed_context_get_size()
        >>> print(f"Total processes: {size}")
        >>> # Convert to int if needed
        >>> size_int = int(size)
    """

def barrier() -> None:
    """
    Synchronize all processes.

    This function blocks until all processes have reached this point.

    Raises:
        RuntimeError: If the distributed context has not been initialized.

    Example:
        >>> import ttnn
        >>> # Do some work...
        >>> ttnn.distributed_context_barrier()
        >>> # All processes continue from here
    """

def allgather_int(value: int) -> list[int]:
    """
    Allgather a single integer value from all processes.

    Returns a list of length ``num_ranks`` where element ``i`` is the value
    contributed by rank ``i``.

    Raises:
        RuntimeError: If the distributed context has not been initialized.
    """

def send_bytes(data: bytes, dest: int, tag: int = 0) -> None:
    """
    Blocking MPI send of raw bytes to rank ``dest``.

    Args:
        data (bytes): The bytes to send.
        dest (int): Destination rank.
        tag (int): Message tag (default 0).

    Raises:
        RuntimeError: If the distributed context has not been initialized.
    """

def recv_bytes(size: int, source: int, tag: int = 0) -> bytes:
    """
    Blocking MPI receive of ``size`` bytes from rank ``source``; returns the bytes.

    Args:
        size (int): Number of bytes to receive.
        source (int): Source rank.
        tag (int): Message tag (default 0).

    Returns:
        bytes: The received data.

    Raises:
        RuntimeError: If the distributed context has not been initialized.
    """

def subcontext_id() -> int | None:
    """
    Return this process's sub-context id, or None if the job is not split.

    Set by tt-run via TT_RUN_SUBCONTEXT_ID when ``--rank-bindings-mapping``
    composes multiple overlays.  The returned int matches the sub-context
    order declared in the rank-bindings-mapping YAML.

    Returns:
        Optional[int]: sub-context id, or None.
    """

def subcontext_count() -> int:
    """Number of sub-contexts in this MPI world (1 when not split)."""

def subcontext_sizes() -> list[int]:
    """List of sub-context sizes in ascending sub-context id order."""

def subcontext_size(subcontext_id: int) -> Size:
    """
    Number of MPI ranks in the given sub-context.

    Args:
        subcontext_id (int): sub-context id.
    Returns:
        Size: number of ranks.
    """

def local_to_world_rank(subcontext_id: int, local_rank: int) -> Rank:
    """
    Translate a (subcontext_id, local_rank) pair to the world Rank.

    Args:
        subcontext_id (int): sub-context id.
        local_rank (int): rank within that sub-context (0-based).
    Returns:
        Rank: corresponding rank in MPI_COMM_WORLD.
    """

def world_rank() -> Rank:
    """
    Global rank in MPI_COMM_WORLD (the un-split world).

    Differs from get_rank() when the job is split into sub-contexts:
    get_rank() returns the local rank within this process's sub-context.
    """

def world_size() -> Size:
    """Total number of ranks in MPI_COMM_WORLD (the un-split world)."""
