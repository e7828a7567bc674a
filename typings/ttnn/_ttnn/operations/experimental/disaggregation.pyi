# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Disaggregation APIs for KV cache management"""

from collections.abc import Callable, Mapping, Sequence
import enum
from typing import overload

import ttnn._ttnn.fabric
import ttnn._ttnn.tensor


class DeviceGroupIndex:
    """
    Strongly-typed index into the device group table.
    Used to reference device groups in KvCacheLocation.
    """

    def __init__(self, value: int) -> None:
        """Create a DeviceGroupIndex from an integer value."""

    def __int__(self) -> int:
        """Convert DeviceGroupIndex to integer."""

    def __eq__(self, other: DeviceGroupIndex) -> bool: ...

    def __repr__(self) -> str: ...

class DeviceGroup:
    """
    A unique group of fabric nodes that hold replicas of a KV cache chunk.
    FabricNodeIds are stored sorted for deduplication.
    """

    def __init__(self) -> None:
        """Create an empty DeviceGroup."""

    @property
    def fabric_node_ids(self) -> list[ttnn._ttnn.fabric.FabricNodeId]:
        """List of FabricNodeIds in this group (sorted)."""

    @fabric_node_ids.setter
    def fabric_node_ids(self, arg: Sequence[ttnn._ttnn.fabric.FabricNodeId], /) -> None: ...

    def __eq__(self, other: DeviceGroup) -> bool: ...

class KvCacheLocation:
    """
    Describes the physical location of a single KV cache chunk in device memory.
    Contains NOC address, size, and reference to the device group holding replicas.
    """

    def __init__(self) -> None:
        """Create a KvCacheLocation with default values."""

    @property
    def noc_addr(self) -> int:
        """NOC address of the KV cache chunk."""

    @noc_addr.setter
    def noc_addr(self, arg: int, /) -> None: ...

    @property
    def size_bytes(self) -> int:
        """Size of the KV cache chunk in bytes."""

    @size_bytes.setter
    def size_bytes(self, arg: int, /) -> None: ...

    @property
    def device_group_index(self) -> DeviceGroupIndex:
        """Index into the device group table."""

    @device_group_index.setter
    def device_group_index(self, arg: DeviceGroupIndex, /) -> None: ...

class KvChunkTensorType(enum.Enum):
    """
    What kind of cached tensor a config's chunks belong to.
    Each value corresponds to one TemporalPolicy alternative.
    """

    Kv = 0
    """Dense: full KV / MLA latent over [0, prefix_len)."""

    Snapshot = 1
    """
    None: fixed-size state keyed by the prefix_len it was snapshotted at (SSM / KDA state).
    """

class KvChunkAddressTableConfig:
    """
    Configuration for constructing a KvChunkAddressTable.
    Defines the dimensions and chunking parameters.
    """

    def __init__(self) -> None:
        """Create a config with default values."""

    @property
    def num_layers(self) -> int:
        """Number of transformer layers."""

    @num_layers.setter
    def num_layers(self, arg: int, /) -> None: ...

    @property
    def max_sequence_length(self) -> int:
        """Maximum sequence length in tokens."""

    @max_sequence_length.setter
    def max_sequence_length(self, arg: int, /) -> None: ...

    @property
    def num_slots(self) -> int:
        """Number of KV cache slots."""

    @num_slots.setter
    def num_slots(self, arg: int, /) -> None: ...

    @property
    def chunk_n_tokens(self) -> int:
        """Tokens per chunk (KV atomic block granularity). Default: 32"""

    @chunk_n_tokens.setter
    def chunk_n_tokens(self, arg: int, /) -> None: ...

    @property
    def chunk_size_bytes(self) -> int:
        """
        Physical size of one chunk in bytes. Default: 19584 (18 x 1088 bfp8 tiles)
        """

    @chunk_size_bytes.setter
    def chunk_size_bytes(self, arg: int, /) -> None: ...

    @property
    def tensor_type(self) -> KvChunkTensorType:
        """
        Cached tensor kind for this config's chunks. Default: KvChunkTensorType.Kv
        """

    @tensor_type.setter
    def tensor_type(self, arg: KvChunkTensorType, /) -> None: ...

class ChunkCompression(enum.Enum):
    """
    How a config's chunk map is represented: UNROLLED (one entry per chunk) or
    STRIDED_ROWS (per (slot, layer) row, a periodic base + stride per residue class).
    """

    UNROLLED = 0

    STRIDED_ROWS = 1

class KvChunkAddressTable:
    """
    Lookup table mapping (layer, position, slot) -> KvCacheLocation.

    Describes how a KV cache is allocated across a multi-host, multi-chip,
    multi-memory system. Used by the migration layer to locate KV cache chunks
    for transfer.
    """

    @overload
    def __init__(self, config: KvChunkAddressTableConfig) -> None:
        """Construct a single-config KvChunkAddressTable (config id 0, name "0")."""

    @overload
    def __init__(self, configs: Sequence[KvChunkAddressTableConfig]) -> None:
        """
        Construct a multi-config KvChunkAddressTable from a list of configs.
        Config i is named "i", so string accessors resolve "0".."N-1" to ids 0..N-1.
        """

    @overload
    def __init__(self, configs: Mapping[str, KvChunkAddressTableConfig]) -> None:
        """
        Construct a multi-config KvChunkAddressTable from a name->config map.
        Config ids are assigned in sorted key order; each config's name is its key.
        """

    @overload
    def __init__(self, configs: Mapping[str, KvChunkAddressTableConfig], compressions: Mapping[str, ChunkCompression]) -> None:
        """
        Construct a multi-config KvChunkAddressTable from a name->config map, choosing each
        config's representation from `compressions` (name -> ChunkCompression; configs not
        listed are UNROLLED). A STRIDED_ROWS config allocates no per-chunk grid and is
        authored with set_strided_row().
        """

    def add_device_group(self, fabric_node_ids: Sequence[ttnn._ttnn.fabric.FabricNodeId]) -> DeviceGroupIndex:
        """
        Register a device group (set of replica FabricNodeIds).
        The FabricNodeIds are sorted internally for deduplication.
        Returns the index for this group. If an identical sorted group
        already exists, returns the existing index.
        """

    def get_device_group(self, index: DeviceGroupIndex) -> DeviceGroup:
        """
        Lookup a device group by index. Returns a reference to the DeviceGroup.
        """

    def num_device_groups(self) -> int:
        """Number of unique device groups registered."""

    @overload
    def set(self, layer: int, position: int, slot: int, location: KvCacheLocation, config_id: int = 0) -> None:
        """
        Set the location for a specific (layer, position, slot, config_id).
        Position is in tokens and must be chunk-aligned (multiple of the config's chunk_n_tokens).
        config_id defaults to 0 (the single-config case).
        """

    @overload
    def set(self, layer: int, position: int, slot: int, location: KvCacheLocation, config: str) -> None:
        """Set the location for a specific (layer, position, slot, config-name)."""

    @overload
    def set_strided_row(self, layer: int, slot: int, size_bytes: int, bases: Sequence[int], strides: Sequence[int], device_group_indices: Sequence[int], config_id: int = 0) -> None:
        """
        Author one (slot, layer) row of a STRIDED_ROWS config: chunk c resolves to
        bases[c % step] + (c // step) * strides[c % step] on device group
        device_group_indices[c % step], where step = len(bases). device_group_indices
        takes ints or the DeviceGroupIndex objects add_device_group() returns.
        """

    @overload
    def set_strided_row(self, layer: int, slot: int, size_bytes: int, bases: Sequence[int], strides: Sequence[int], device_group_indices: Sequence[DeviceGroupIndex], config_id: int = 0) -> None:
        """
        Overload of set_strided_row taking the DeviceGroupIndex objects add_device_group() returns.
        """

    def set_fabric_node_host(self, node_id: ttnn._ttnn.fabric.FabricNodeId, host_name: str) -> None:
        """Register a mapping from FabricNodeId to its host name."""

    @overload
    def lookup(self, layer: int, position: int, slot: int, config_id: int = 0) -> KvCacheLocation:
        """
        Lookup a single entry by (layer, position, slot, config_id). Position is in tokens (chunk-aligned).
        config_id defaults to 0. Returns the KvCacheLocation by value.
        """

    @overload
    def lookup(self, layer: int, position: int, slot: int, config: str) -> KvCacheLocation:
        """Lookup a single entry by (layer, position, slot, config-name)."""

    @overload
    def lookup_range(self, layer: int, start_pos: int, end_pos: int, slot: int, config_id: int = 0) -> list[KvCacheLocation]:
        """
        Lookup a contiguous range of position chunks for a given (layer, slot, config_id).
        Returns a list of KvCacheLocation entries. config_id defaults to 0.
        start_pos must be chunk-aligned. end_pos need not be aligned.
        Returns entries for chunks covering positions [start_pos, end_pos).
        """

    @overload
    def lookup_range(self, layer: int, start_pos: int, end_pos: int, slot: int, config: str) -> list[KvCacheLocation]:
        """
        Lookup a contiguous range of position chunks for a given (layer, slot, config-name).
        """

    def get_host(self, node_id: ttnn._ttnn.fabric.FabricNodeId) -> str:
        """Resolve a FabricNodeId to its host name. Throws if not found."""

    def has_host(self, node_id: ttnn._ttnn.fabric.FabricNodeId) -> bool:
        """Check if a FabricNodeId has a registered host mapping."""

    def config(self, config_id: int = 0) -> KvChunkAddressTableConfig:
        """
        Get a config by id (default 0, the lone config of a single-config table).
        """

    def num_configs(self) -> int:
        """Number of configs ("groups") held by this table."""

    def config_name(self, config_id: int) -> str:
        """Name of a config by id."""

    def config_id_of(self, name: str) -> int:
        """Resolve a config name to its id (throws if unknown)."""

    def num_position_chunks(self, config_id: int = 0) -> int:
        """Number of position chunks for a config (default 0)."""

    def compression(self, config_id: int = 0) -> ChunkCompression:
        """Representation of a config's chunk map (ChunkCompression)."""

    def total_entries(self) -> int:
        """Total number of entries summed across all configs."""

    @overload
    def read_device_chunk(self, layer: int, position: int, slot: int, config_id: int = 0) -> bytes:
        """
        Read the raw bytes of a single chunk from the primary replica device.
        Resolves the device internally via the global ControlPlane.
        Position is in tokens (chunk-aligned). config_id defaults to 0.
        """

    @overload
    def read_device_chunk(self, layer: int, position: int, slot: int, config: str) -> bytes:
        """Read the raw bytes of a single chunk (config addressed by name)."""

def tensor_from_bfp8_bytes(raw_bytes: bytes, shape: Sequence[int]) -> ttnn._ttnn.tensor.Tensor:
    """
    Wrap raw bfp8-packed bytes (uint32-aligned, TILE layout) as a host-side ttnn.Tensor
    with the given shape — no quantization round-trip.
    Used to compare KV-table reads against the live KV cache byte-for-byte.
    """

def tensor_from_bf16_bytes(raw_bytes: bytes, shape: Sequence[int]) -> ttnn._ttnn.tensor.Tensor:
    """
    Wrap raw bfloat16 bytes (2 bytes/element, ROW_MAJOR layout) as a host-side ttnn.Tensor
    with the given shape — no quantization round-trip. The bf16/ROW_MAJOR analogue of
    tensor_from_bfp8_bytes, for uncompressed (bf16 ROW_MAJOR) KV caches.
    """

def export_to_protobuf_file(table: KvChunkAddressTable, path: str) -> None:
    """Serialize a KvChunkAddressTable to a protobuf file at `path`."""

def import_from_protobuf_file(path: str) -> KvChunkAddressTable:
    """Deserialize a KvChunkAddressTable from a protobuf file at `path`."""

def import_from_protobuf(data: str) -> KvChunkAddressTable:
    """
    Deserialize a KvChunkAddressTable from a serialized protobuf byte string.
    """

def get_or_build_kv_chunk_table(seed: str, key: object | None, build: Callable, out_path: str) -> bool:
    """
    Write the KV chunk table for (seed, key) to `out_path`, reusing the tt-metal cache on a hit.
    `build()` returns the KvChunkAddressTable and runs only on a miss. `seed` is the commit of the repo
    that owns the table layout ("" skips the cache); `key` is JSON-serializable and must cover every
    table input, including DRAM bases and fabric node ids. Returns True on a hit.
    """

def read_dram_umd(unique_id: int, noc_addr: int, size_bytes: int) -> bytes:
    """
    Read a KV chunk's raw bytes over UMD from a device-less process, CONCURRENT with the running
    server. Uses a bare tt::umd::Cluster, selecting the chip by ASIC unique_id and the DRAM
    view/offset from noc_addr = (dram_view << 32) | local_addr. Mirrors the migration worker's device_io
    read path.
    """
