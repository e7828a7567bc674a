# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn cluster"""

import enum

import ttnn._ttnn.multi_device


class ClusterType(enum.Enum):
    """Enum representing different cluster types"""

    INVALID = 0
    """Invalid cluster type"""

    N150 = 1
    """Production N150"""

    N300 = 2
    """Production N300"""

    T3K = 3
    """Production T3K, built with 4 N300s"""

    GALAXY = 4
    """Production Galaxy, all chips with mmio"""

    TG = 5
    """Will be deprecated"""

    P100 = 6
    """Blackhole single card, ethernet disabled"""

    P150 = 7
    """Blackhole single card, ethernet enabled"""

    P150_X2 = 8
    """2 Blackhole single card, ethernet connected"""

    P150_X4 = 9
    """4 Blackhole single card, ethernet connected"""

    P150_X8 = 13
    """8 Blackhole single card, ethernet connected"""

    SIMULATOR_WORMHOLE_B0 = 10
    """Simulator Wormhole B0"""

    SIMULATOR_BLACKHOLE = 11
    """Simulator Blackhole"""

    N300_2x2 = 12
    """2 N300 cards, ethernet connected to form 2x2"""

    P300 = 14
    """Production P300"""

    SIMULATOR_QUASAR = 15
    """Simulator Quasar"""

    BLACKHOLE_GALAXY = 16
    """Blackhole Galaxy, all chips with mmio"""

    P300_X2 = 17
    """2 P300 cards"""

    CUSTOM = 18
    """Custom cluster"""

def get_cluster_type() -> ClusterType:
    """
    Get the cluster type of the current cluster.

    Returns:
        ttnn.cluster.ClusterType: The type of the current cluster.

    Example:
        >>> import ttnn
        >>> cluster_type = ttnn.cluster.get_cluster_type()
        >>> print(cluster_type)
        ttnn.cluster.ClusterType.N150  # (example output)
        >>>
        >>> # You can also compare cluster types
        >>> if cluster_type == ttnn.cluster.ClusterType.T3K:
        ...     print("Running on T3K cluster")
        >>>
        >>> # Or use in conditional logic
        >>> is_galaxy = cluster_type in [ttnn.cluster.ClusterType.GALAXY, ttnn.cluster.ClusterType.TG]
    """

def serialize_cluster_descriptor() -> str:
    """
    Serialize cluster descriptor to a file.

    Returns:
        str: Path to the serialized cluster descriptor file.

    Example:
        >>> import ttnn
        >>> descriptor_path = ttnn.cluster.serialize_cluster_descriptor()
        >>> print(f"Cluster descriptor saved to: {descriptor_path}")
    """

def get_chip_unique_id_from_fabric_node_id(mesh_device: ttnn._ttnn.multi_device.MeshDevice, mesh_id: int, chip_id: int) -> int:
    """
    Resolve a FabricNodeId (mesh_id, chip_id) to the chip's hardware-stable 64-bit ASIC unique id.

    This is the chip's physical, host-global-unique identity (the same value fabric sockets
    route by and the migration worker keys per-chip state on). It is NOT the process-local
    logical device id (ttnn.MeshDevice.get_device_id), which collides across the meshes on a host.

    Args:
        mesh_device (ttnn.MeshDevice): Mesh device used to resolve the node.
        mesh_id (int): The fabric mesh id of the node.
        chip_id (int): The fabric chip id of the node within the mesh.

    Returns:
        int: The chip's 64-bit ASIC unique id.

    Example:
        >>> import ttnn
        >>> fnid = mesh_device.get_fabric_node_id(ttnn.MeshCoordinate(r, c))
        >>> unique_id = ttnn.cluster.get_chip_unique_id_from_fabric_node_id(
        ...     mesh_device, int(fnid.mesh_id), int(fnid.chip_id))
    """

def write_to_core(device_id: int, x: int, y: int, addr: int, data: bytes) -> None:
    """
    Write raw bytes to a device core over NOC.

    Args:
        device_id (int): Logical chip id.
        x (int): TRANSLATED NOC x coordinate of the target tile.
        y (int): TRANSLATED NOC y coordinate of the target tile.
        addr (int): Device-side address to write to (64-bit).
        data (bytes): Bytes to write.

    Notes:
        - For L2CPU targets, ``addr`` is a LIM address.
        - A partial-line write to LIM whose ECC has not been initialised
          can fault; write a full 64-byte line first at such addresses.
    """

def read_from_core(device_id: int, x: int, y: int, addr: int, size: int) -> bytes:
    """
    Read raw bytes from a device core over NOC.

    Args:
        device_id (int): Logical chip id.
        x (int): TRANSLATED NOC x coordinate of the target tile.
        y (int): TRANSLATED NOC y coordinate of the target tile.
        addr (int): Device-side address to read from (64-bit).
        size (int): Number of bytes to read.

    Returns:
        bytes: ``size`` bytes read from ``addr`` on the target tile.

    Notes: See ``write_to_core``.
    """

def write_to_core_immediate(device_id: int, x: int, y: int, addr: int, data: bytes) -> None:
    """
    UC-path write: same args as ``write_to_core`` but goes through
    UMD's UC TLB window with Strict ordering. No host-side write
    combining and no DMA fast path; every byte hits the chip in
    program order. Use for control registers and for LIM access
    that must not be merged into bursted lines.
    """

def read_reg(device_id: int, x: int, y: int, addr: int) -> int:
    """
    UC-path register read: returns one u32 from ``addr`` on the
    target tile via UMD's UC TLB window with Strict ordering.
    Companion to ``write_to_core_immediate``.
    """

def get_dram_bank_table(device_id: int) -> list:
    """
    Return BRISC-equivalent ``dram_bank_to_noc_xy[NOC0]`` +
    ``bank_to_dram_offset[]`` for an opened device.

    Each entry is a dict with the keys ``bank_id``, ``noc_x``,
    ``noc_y``, ``base_addr``, ``bank_size``. ``noc_x`` / ``noc_y``
    are TRANSLATED on virtualized-DRAM SKUs (Blackhole) and raw
    NOC0 elsewhere -- i.e. the same value the BRISC kernel uses
    when issuing a NOC transaction with NOC_INDEX=0. ``base_addr``
    is the per-bank offset (matches
    ``Allocator::get_bank_offset(BufferType::DRAM, bank_id)``);
    ``bank_size`` is the DRAM view size.

    Args:
        device_id (int): Logical chip id (matches
            ``IDevice::id()`` / the value used with
            ``ttnn.open_mesh_device``).

    Returns:
        list[dict]: ``allocator.get_num_banks(DRAM)`` entries,
        indexed by ``bank_id``.

    Notes:
        - The device must be opened first (e.g. via
          ``ttnn.open_mesh_device``); otherwise this throws.
    """
