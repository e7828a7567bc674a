# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Program descriptors types"""

from typing import Any

from collections.abc import Iterable, Iterator, Sequence
import enum
import os
import pathlib
from typing import overload

import ttnn._ttnn.global_circular_buffer
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.experimental.fabric_mux
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class VectorUInt32:
    @overload
    def __init__(self) -> None:
        """Default constructor"""

    @overload
    def __init__(self, arg: VectorUInt32) -> None:
        """Copy constructor"""

    @overload
    def __init__(self, arg: Iterable[int], /) -> None:
        """Construct from an iterable object"""

    def __len__(self) -> int: ...

    def __bool__(self) -> bool:
        """Check whether the vector is nonempty"""

    def __repr__(self) -> str: ...

    def __iter__(self) -> Iterator[int]: ...

    @overload
    def __getitem__(self, arg: int, /) -> int: ...

    @overload
    def __getitem__(self, arg: slice, /) -> VectorUInt32: ...

    def clear(self) -> None:
        """Remove all items from list."""

    def append(self, arg: int, /) -> None:
        """Append `arg` to the end of the list."""

    def insert(self, arg0: int, arg1: int, /) -> None:
        """Insert object `arg1` before index `arg0`."""

    def pop(self, index: int = -1) -> int:
        """Remove and return item at `index` (default last)."""

    def extend(self, arg: VectorUInt32, /) -> None:
        """Extend `self` by appending elements from `arg`."""

    @overload
    def __setitem__(self, arg0: int, arg1: int, /) -> None: ...

    @overload
    def __setitem__(self, arg0: slice, arg1: VectorUInt32, /) -> None: ...

    @overload
    def __delitem__(self, arg: int, /) -> None: ...

    @overload
    def __delitem__(self, arg: slice, /) -> None: ...

    def __eq__(self, arg: object, /) -> bool: ...

    def __ne__(self, arg: object, /) -> bool: ...

    @overload
    def __contains__(self, arg: int, /) -> bool: ...

    @overload
    def __contains__(self, arg: object, /) -> bool: ...

    def count(self, arg: int, /) -> int:
        """Return number of occurrences of `arg`."""

    def remove(self, arg: int, /) -> None:
        """Remove first occurrence of `arg`."""

class RuntimeArgsColProxy:
    """
    Proxy class for getting/setting runtime args at a specific x-coordinate.
    Used internally to enable rtargs[x][y] = [args] syntax.
    """

    def __setitem__(self, y: int, values: VectorUInt32) -> None:
        """
        Set runtime args for a specific core coordinate (upsert).

        Args:
            y: Y coordinate of the core
            values: List of runtime argument values
        """

    def __getitem__(self, y: int) -> VectorUInt32:
        """
        Get runtime args for a specific y core coordinate.
        Returns mutable reference to the runtime args.
        """

    def extend(self, y: int, values: VectorUInt32) -> None:
        """Extend runtime args for a specific core coordinate."""

    def append(self, y: int, value: int) -> None:
        """Append a value to runtime args for a specific core coordinate."""

class RuntimeArgs:
    """
    Wrapper for kernel runtime arguments that supports 2D indexing.

    Enables Python syntax: rtargs[x][y] = [arg1, arg2, ...]
    This translates to storing runtime args for CoreCoord(x, y).

    Matches the legacy API convention where runtime_args[i][j] is for core(i, j).

    Example:
        >>> rtargs = ttnn.RuntimeArgs()
        >>> rtargs[0][0] = [1, 2, 3]  # Args for core (0, 0)
        >>> rtargs[0][1] = [4, 5, 6]  # Args for core (0, 1)
        >>> rtargs[1][0] = [7, 8, 9]  # Args for core (1, 0)
        >>> kernel_desc.runtime_args = rtargs
    """

    def __init__(self) -> None:
        """Create an empty RuntimeArgs container."""

    def __getitem__(self, x: int) -> RuntimeArgsColProxy:
        """
        Get a column proxy for setting args at a specific x-coordinate.

        Args:
            x: X coordinate

        Returns:
            RuntimeArgsColProxy for setting y values
        """

    def append(self, coord: ttnn._ttnn.tensor.CoreCoord, values: VectorUInt32) -> None:
        """
        Append runtime args for a specific core coordinate.

        Args:
            coord: CoreCoord specifying the core
            values: List of runtime argument values
        """

    def __len__(self) -> int: ...

    def get(self, idx: int) -> tuple[ttnn._ttnn.tensor.CoreCoord, VectorUInt32]:
        """
        Get runtime args entry by index.

        Args:
            idx: Index into the list of (CoreCoord, args) pairs

        Returns:
            Tuple of (CoreCoord, list of args)
        """

    def to_list(self) -> list[tuple[ttnn._ttnn.tensor.CoreCoord, VectorUInt32]]:
        """
        Get all runtime args as a list of (CoreCoord, args) pairs.

        Returns:
            List of (CoreCoord, list of args) tuples
        """

    def clear(self) -> None:
        """Clear all runtime args"""

    def __iter__(self) -> Iterator[tuple[ttnn._ttnn.tensor.CoreCoord, VectorUInt32]]:
        """Iterate over (CoreCoord, args) pairs"""

class RuntimeArgsView:
    def __getitem__(self, x: int) -> RuntimeArgsColProxy: ...

    def __len__(self) -> int: ...

class TileDescriptor:
    """
    Descriptor for tile dimensions.

    Defines the height and width of a tile, which can be standard (32x32)
    or tiny tiles (e.g., 16x32 for certain operations).
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for TileDescriptor (32x32 tile)."""

    @overload
    def __init__(self, height: int, width: int, transpose: bool = False) -> None:
        """
        Initialize a TileDescriptor with custom dimensions.

        Args:
            height: Height of the tile in elements
            width: Width of the tile in elements
            transpose: Whether the tile is transposed
        """

    @overload
    def __init__(self, tile: ttnn._ttnn.tensor.Tile) -> None:
        """
        Initialize a TileDescriptor from a Tile object.

        Args:
            tile: Tile object to create descriptor from
        """

    @overload
    def __init__(self, other: TileDescriptor) -> None:
        """
        Copy constructor for TileDescriptor.

        Args:
            other: TileDescriptor to copy from
        """

    @property
    def height(self) -> int:
        """Height of the tile in elements"""

    @height.setter
    def height(self, arg: int, /) -> None: ...

    @property
    def width(self) -> int:
        """Width of the tile in elements"""

    @width.setter
    def width(self, arg: int, /) -> None: ...

    @property
    def transpose(self) -> bool:
        """Whether the tile is transposed"""

    @transpose.setter
    def transpose(self, arg: bool, /) -> None: ...

    def __eq__(self, arg: TileDescriptor, /) -> bool: ...

    def __ne__(self, arg: TileDescriptor, /) -> bool: ...

class FaceGeometry:
    """
    Descriptor for the face layout of a tile.

    A tile is subdivided into equally sized faces. FaceGeometry records how many rows each
    face contains (face_r_dim) and how many faces make up the operand (num_faces). Use it to
    describe an operand whose geometry differs from the default full-tile layout.
    """

    @overload
    def __init__(self) -> None:
        """
        Default constructor for FaceGeometry (standard full tile: 16-row faces, 4 faces).
        """

    @overload
    def __init__(self, face_r_dim: int, num_faces: int) -> None:
        """
        Initialize a FaceGeometry.

        Args:
            face_r_dim: Number of rows in each face
            num_faces: Number of faces in the operand
        """

    @property
    def face_r_dim(self) -> int:
        """Number of rows in each face"""

    @face_r_dim.setter
    def face_r_dim(self, arg: int, /) -> None: ...

    @property
    def num_faces(self) -> int:
        """Number of faces in the operand"""

    @num_faces.setter
    def num_faces(self, arg: int, /) -> None: ...

    def __eq__(self, arg: FaceGeometry, /) -> bool: ...

class CBFormatDescriptor:
    """
    Descriptor for command buffer format configuration.

    Defines the format settings for sections of the command buffer,
    including buffer index, data format, and page size.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for CBFormatDescriptor."""

    @overload
    def __init__(self, buffer_index: int, data_format: Any, page_size: int, tile: TileDescriptor | None = None) -> None:
        """
        Initialize a CBFormatDescriptor with buffer index, data format and page size.

        Args:
            buffer_index: Index of the buffer within the command buffer
            data_format: Format of the data in the buffer
            page_size: Size of a page in bytes
            tile: Optional tile descriptor for custom tile dimensions (defaults to None)
        """

    @overload
    def __init__(self, buffer_index: int, data_format: ttnn._ttnn.tensor.DataType, page_size: int, tile: TileDescriptor | None = None) -> None:
        """
        Initialize a CBFormatDescriptor with buffer index, TTNN data type, page size, and optional tile descriptor.

        This constructor automatically converts TTNN DataType to TT-Metal DataFormat.

        Args:
            buffer_index: Index of the buffer within the command buffer
            data_format: TTNN data type to be converted to TT-Metal data format
            page_size: Size of a page in bytes
            tile: Optional tile descriptor for custom tile dimensions (defaults to None)
        """

    @property
    def buffer_index(self) -> int:
        """Index of the buffer within the command buffer"""

    @buffer_index.setter
    def buffer_index(self, arg: int, /) -> None: ...

    @property
    def data_format(self) -> Any:
        """Format of the data in the buffer"""

    @data_format.setter
    def data_format(self, arg: Any, /) -> None: ...

    @property
    def data_format_as_uint8(self) -> int:
        """
        Raw tt::DataFormat enum value as uint8 (reliable getter for all formats)
        """

    @property
    def page_size(self) -> int:
        """Size of a page in bytes"""

    @page_size.setter
    def page_size(self, arg: int, /) -> None: ...

    @property
    def tile(self) -> TileDescriptor | None:
        """Optional tile descriptor for custom tile dimensions"""

    @tile.setter
    def tile(self, arg: TileDescriptor | None) -> None: ...

    @property
    def face_geometry(self) -> FaceGeometry | None:
        """Optional FaceGeometry override for pack/unpack face layout"""

    @face_geometry.setter
    def face_geometry(self, arg: FaceGeometry | None) -> None: ...

class CBDescriptor:
    """
    Circular Buffer Descriptor.

    Describes the structure and configuration of a command buffer,
    including its size, core ranges, and format descriptors.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for CBDescriptor."""

    @overload
    def __init__(self, total_size: int, core_ranges: ttnn._ttnn.tensor.CoreRangeSet, format_descriptors: Sequence[CBFormatDescriptor]) -> None:
        """
        Initialize a CBDescriptor with total size, core ranges, and format descriptors.

        Args:
            total_size: Total size of the command buffer in bytes
            core_ranges: Set of core ranges where the command buffer is applicable
            format_descriptors: Collection of format descriptors for different sections of the buffer
        """

    @property
    def total_size(self) -> int:
        """Total size of the command buffer in bytes"""

    @total_size.setter
    def total_size(self, arg: int, /) -> None: ...

    @property
    def core_ranges(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """Set of core ranges where the command buffer is applicable"""

    @core_ranges.setter
    def core_ranges(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def format_descriptors(self) -> list[CBFormatDescriptor]:
        """Collection of format descriptors for different sections of the buffer"""

    @format_descriptors.setter
    def format_descriptors(self, arg: Sequence[CBFormatDescriptor], /) -> None: ...

    @property
    def remote_format_descriptors(self) -> list[CBFormatDescriptor]:
        """Remote format descriptors for GlobalCircularBuffer CBs"""

    @remote_format_descriptors.setter
    def remote_format_descriptors(self, arg: Sequence[CBFormatDescriptor], /) -> None: ...

    @property
    def address_offset(self) -> int:
        """Byte offset from buffer base address for CB placement (default 0)"""

    @address_offset.setter
    def address_offset(self, arg: int, /) -> None: ...

    def has_buffer(self) -> bool:
        """
        Check if this CB has a pinned L1 buffer.

        When True, the CB is bound to a specific L1 address (e.g., a sharded tensor's memory).
        Writes to this CB go directly to that tensor's L1 space.

        Returns:
            True if a buffer pointer is set, False otherwise.
        """

    def has_global_circular_buffer(self) -> bool:
        """
        Check if this CB uses a GlobalCircularBuffer.

        Returns:
            True if a global circular buffer pointer is set, False otherwise.
        """

    def set_global_circular_buffer(self, global_circular_buffer: ttnn._ttnn.global_circular_buffer.global_circular_buffer) -> None:
        """
        Set the GlobalCircularBuffer for this CB descriptor.

        The CB will use the GlobalCircularBuffer's address space for
        cross-core data transfer. The GlobalCircularBuffer must outlive
        this CBDescriptor.

        Args:
            global_circular_buffer: The GlobalCircularBuffer to associate with this CB.
        """

    def set_global_circular_buffer_from_cb(self, other: CBDescriptor) -> None:
        """
        Copy GlobalCircularBuffer pointer from another CBDescriptor.

        Args:
            other: The CBDescriptor to copy the GlobalCircularBuffer from.
        """

    def set_buffer_from_cb(self, other: CBDescriptor) -> None:
        """
        Copy buffer pointer from another CBDescriptor.

        Used by the build cache to update sharded CB buffer pointers
        on cache hit without rebuilding the entire descriptor.
        """

    def buffer_address(self) -> int | None:
        """
        Get the L1 address of the pinned buffer, or None if no buffer exists.

        Returns the base L1 address where this CB's data resides. For sharded
        tensors, this address is the same on all cores (each core has different
        data at the same L1 address).
        """

def cb_descriptor_from_sharded_tensor(cb_index: int, tensor: ttnn._ttnn.tensor.Tensor, address_offset: int = 0, total_size: int = 0, core_ranges: ttnn._ttnn.tensor.CoreRangeSet | None = None) -> CBDescriptor:
    """
    Create a CBDescriptor from a sharded tensor.

    This function simplifies CB creation for sharded tensors by automatically deriving
    all CB configuration fields from the tensor's shard specification.

    Args:
        cb_index: The circular buffer index (CB ID)
        tensor: A sharded tensor to derive CB configuration from
        address_offset: Byte offset from buffer base address for CB placement (default 0)
        total_size: Total CB size in bytes (default 0 = use tensor's full bank size)
        core_ranges: Optional CoreRangeSet override (default None = use tensor's shard grid)

    Returns:
        CBDescriptor with all fields (total_size, core_ranges, format_descriptors, buffer)
        automatically populated from the tensor

    Example:
        >>> # Basic usage (full tensor)
        >>> cb_desc = ttnn.cb_descriptor_from_sharded_tensor(0, device_input_tensor)
        >>>
        >>> # Place CB at offset within a pre-allocated buffer
        >>> cb_k = ttnn.cb_descriptor_from_sharded_tensor(
        ...     0, kv_cache, address_offset=0, total_size=k_size
        ... )
        >>> cb_v = ttnn.cb_descriptor_from_sharded_tensor(
        ...     1, kv_cache, address_offset=v_offset, total_size=v_size
        ... )

    Note:
        The tensor must be sharded (have a shard specification), otherwise this will raise an error.
    """

def get_cb_address(descriptor: CBDescriptor) -> int:
    """
    Get the L1 byte address a CB descriptor is programmed at.

    Returns the backing buffer's address on the descriptor's cores + address_offset,
    or just address_offset when no buffer or tensor is set.

    Args:
        descriptor: A CBDescriptor to get the address from

    Returns:
        The L1 byte address of the circular buffer

    Raises:
        RuntimeError: If a per-core-allocated buffer's address differs across the
            descriptor's cores, or one of them has no shard.
    """

class ReaderConfigDescriptor:
    """
    Configuration descriptor for reader components in a kernel.

    Defines how data should be read during kernel execution.
    """

    def __init__(self) -> None:
        """Default constructor for ReaderConfigDescriptor."""

class WriterConfigDescriptor:
    """
    Configuration descriptor for writer components in a kernel.

    Defines how data should be written during kernel execution.
    """

    def __init__(self) -> None:
        """Default constructor for WriterConfigDescriptor."""

class DataMovementConfigDescriptor:
    """
    Configuration descriptor for data movement operations.

    Controls processor selection, NOC routing, and NOC mode for data movement kernels.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for DataMovementConfigDescriptor."""

    @overload
    def __init__(self, processor: ttnn._ttnn.types.DataMovementProcessor = ttnn._ttnn.types.DataMovementProcessor.RISCV_0, noc: ttnn._ttnn.types.NOC = ttnn._ttnn.types.NOC.RISCV_0_default, noc_mode: ttnn._ttnn.types.NOC_MODE = ttnn._ttnn.types.NOC_MODE.DM_DEDICATED_NOC) -> None:
        """
        Constructor for DataMovementConfigDescriptor with parameters.

        Args:
            processor: Data movement processor to use (default: RISCV_0)
            noc: Network-on-chip to use (default: RISCV_0_default)
            noc_mode: NOC mode for data movement (default: DM_DEDICATED_NOC)
        """

    @property
    def processor(self) -> ttnn._ttnn.types.DataMovementProcessor:
        """Data movement processor to use"""

    @processor.setter
    def processor(self, arg: ttnn._ttnn.types.DataMovementProcessor, /) -> None: ...

    @property
    def noc(self) -> ttnn._ttnn.types.NOC:
        """Network-on-chip to use"""

    @noc.setter
    def noc(self, arg: ttnn._ttnn.types.NOC, /) -> None: ...

    @property
    def noc_mode(self) -> ttnn._ttnn.types.NOC_MODE:
        """NOC mode for data movement"""

    @noc_mode.setter
    def noc_mode(self, arg: ttnn._ttnn.types.NOC_MODE, /) -> None: ...

class UnpackToDestMode(enum.Enum):
    UnpackToDestFp32 = 0

    Default = 1

class VectorUnpackToDestMode:
    @overload
    def __init__(self) -> None:
        """Default constructor"""

    @overload
    def __init__(self, arg: VectorUnpackToDestMode) -> None:
        """Copy constructor"""

    @overload
    def __init__(self, arg: Iterable[UnpackToDestMode], /) -> None:
        """Construct from an iterable object"""

    def __len__(self) -> int: ...

    def __bool__(self) -> bool:
        """Check whether the vector is nonempty"""

    def __repr__(self) -> str: ...

    def __iter__(self) -> Iterator[UnpackToDestMode]: ...

    @overload
    def __getitem__(self, arg: int, /) -> UnpackToDestMode: ...

    @overload
    def __getitem__(self, arg: slice, /) -> VectorUnpackToDestMode: ...

    def clear(self) -> None:
        """Remove all items from list."""

    def append(self, arg: UnpackToDestMode, /) -> None:
        """Append `arg` to the end of the list."""

    def insert(self, arg0: int, arg1: UnpackToDestMode, /) -> None:
        """Insert object `arg1` before index `arg0`."""

    def pop(self, index: int = -1) -> UnpackToDestMode:
        """Remove and return item at `index` (default last)."""

    def extend(self, arg: VectorUnpackToDestMode, /) -> None:
        """Extend `self` by appending elements from `arg`."""

    @overload
    def __setitem__(self, arg0: int, arg1: UnpackToDestMode, /) -> None: ...

    @overload
    def __setitem__(self, arg0: slice, arg1: VectorUnpackToDestMode, /) -> None: ...

    @overload
    def __delitem__(self, arg: int, /) -> None: ...

    @overload
    def __delitem__(self, arg: slice, /) -> None: ...

    def __eq__(self, arg: object, /) -> bool: ...

    def __ne__(self, arg: object, /) -> bool: ...

    @overload
    def __contains__(self, arg: UnpackToDestMode, /) -> bool: ...

    @overload
    def __contains__(self, arg: object, /) -> bool: ...

    def count(self, arg: UnpackToDestMode, /) -> int:
        """Return number of occurrences of `arg`."""

    def remove(self, arg: UnpackToDestMode, /) -> None:
        """Remove first occurrence of `arg`."""

class ComputeConfigDescriptor:
    """
    Configuration descriptor for compute operations.

    Controls various aspects of computation precision, synchronization,
    and numerical behavior during kernel execution.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for ComputeConfigDescriptor."""

    @overload
    def __init__(self, math_fidelity: ttnn._ttnn.tensor.MathFidelity = ttnn._ttnn.tensor.MathFidelity.HiFi4, math_approx_mode: bool = False, fp32_dest_acc_en: bool = False, dst_full_sync_en: bool = False, bfp8_pack_precise: bool = False) -> None:
        """
        Constructor for ComputeConfigDescriptor with parameters.

        Args:
            math_fidelity: Mathematical precision level (default: HiFi4)
            math_approx_mode: Enable approximation mode (default: False)
            fp32_dest_acc_en: Enable FP32 destination accumulation (default: False)
            dst_full_sync_en: Enable full destination synchronization (default: False)
            bfp8_pack_precise: Enable precise BFP8 packing (default: False)
        """

    @property
    def math_fidelity(self) -> ttnn._ttnn.tensor.MathFidelity:
        """Controls mathematical precision during computation"""

    @math_fidelity.setter
    def math_fidelity(self, arg: ttnn._ttnn.tensor.MathFidelity, /) -> None: ...

    @property
    def fp32_dest_acc_en(self) -> bool:
        """Enable FP32 destination accumulation"""

    @fp32_dest_acc_en.setter
    def fp32_dest_acc_en(self, arg: bool, /) -> None: ...

    @property
    def dst_full_sync_en(self) -> bool:
        """Enable full synchronization for destinations"""

    @dst_full_sync_en.setter
    def dst_full_sync_en(self, arg: bool, /) -> None: ...

    @property
    def unpack_to_dest_mode(self) -> VectorUnpackToDestMode:
        """Mode for unpacking to destination"""

    @unpack_to_dest_mode.setter
    def unpack_to_dest_mode(self, arg: VectorUnpackToDestMode, /) -> None: ...

    @property
    def bfp8_pack_precise(self) -> bool:
        """Use precise packing for BFP8 format"""

    @bfp8_pack_precise.setter
    def bfp8_pack_precise(self, arg: bool, /) -> None: ...

    @property
    def math_approx_mode(self) -> bool:
        """Approximation mode for mathematical operations"""

    @math_approx_mode.setter
    def math_approx_mode(self, arg: bool, /) -> None: ...

    @property
    def enable_trisc2_rvv(self) -> bool:
        """
        Compile the TRISC2 (pack) binary with the RISC-V Vector (Zve32f) extension (Blackhole only)
        """

    @enable_trisc2_rvv.setter
    def enable_trisc2_rvv(self, arg: bool, /) -> None: ...

class KernelDescriptor:
    """
    Descriptor for a computational kernel.

    Contains all the information needed to compile and execute a kernel,
    including source code, compilation options, runtime arguments, and configuration.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for KernelDescriptor."""

    @overload
    def __init__(self, kernel_source: str, source_type: KernelDescriptor.SourceType = KernelDescriptor.SourceType.FILE_PATH, core_ranges: ttnn._ttnn.tensor.CoreRangeSet = ..., compile_time_args: VectorUInt32 = ..., named_compile_time_args: Sequence[tuple[str, int]] = [], defines: Sequence[tuple[str, str]] = [], runtime_args: object = [], common_runtime_args: VectorUInt32 = ..., opt_level: ttnn._ttnn.operations.experimental.fabric_mux.KernelBuildOptLevel | None = None, config: ReaderConfigDescriptor | WriterConfigDescriptor | DataMovementConfigDescriptor | ComputeConfigDescriptor = ..., compiler_include_paths: Sequence[str | os.PathLike] = [], *, blaze_named_compile_time_args: Sequence[tuple[str, int]] = []) -> None:
        """
        Initialize a KernelDescriptor with complete configuration.

        Args:
            kernel_source: Path to kernel source file or inline kernel source code
            source_type: Type of source (FILE_PATH or INLINE)
            core_ranges: Set of core ranges where the kernel will execute
            compile_time_args: Arguments provided at compile time
            named_compile_time_args: Named arguments provided at compile time
            defines: Preprocessor definitions for kernel compilation
            runtime_args: Arguments provided at runtime
            common_runtime_args: Common runtime arguments shared across kernels
            opt_level: Optimization level for kernel compilation
            config: Configuration descriptor for the kernel
            compiler_include_paths: Additional include paths passed to the kernel compiler as -I flags
            blaze_named_compile_time_args: Experimental Blaze arguments exposed through blaze_ct_args only
        """

    class SourceType(enum.Enum):
        """
        Source type for kernel source code.

        Defines whether the kernel source is provided as a file path or inline source code.
        """

        FILE_PATH = 0
        """Kernel source is a file path"""

        SOURCE_CODE = 1
        """Kernel source is inline code"""

    @property
    def kernel_source(self) -> str:
        """Path to kernel source file or inline kernel source code"""

    @kernel_source.setter
    def kernel_source(self, arg: str, /) -> None: ...

    @property
    def source_type(self) -> KernelDescriptor.SourceType:
        """Type of source (FILE_PATH or INLINE)"""

    @source_type.setter
    def source_type(self, arg: KernelDescriptor.SourceType, /) -> None: ...

    @property
    def core_ranges(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """Set of core ranges where the kernel will execute"""

    @core_ranges.setter
    def core_ranges(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def compile_time_args(self) -> VectorUInt32:
        """Arguments provided at compile time"""

    @compile_time_args.setter
    def compile_time_args(self, arg: VectorUInt32, /) -> None: ...

    @property
    def named_compile_time_args(self) -> list[tuple[str, int]]:
        """Named arguments provided at compile time"""

    @named_compile_time_args.setter
    def named_compile_time_args(self, arg: Sequence[tuple[str, int]], /) -> None: ...

    @property
    def defines(self) -> list[tuple[str, str]]:
        """Preprocessor definitions for kernel compilation"""

    @defines.setter
    def defines(self, arg: Sequence[tuple[str, str]], /) -> None: ...

    @property
    def runtime_args(self) -> RuntimeArgsView:
        """
        Runtime arguments for the kernel.

        Returns a RuntimeArgsView that supports 2D indexing:
            >>> args = kernel_desc.runtime_args[x][y]  # Get args for core (x, y)
            >>> args.append(42)  # Modify in place

        Can also be set using:
        1. A RuntimeArgs wrapper with 2D indexing: rtargs[i][j] = [args]
        2. A list of (CoreCoord, args) pairs directly

        Example using RuntimeArgs wrapper:
            >>> rtargs = ttnn.RuntimeArgs()
            >>> rtargs[0][0] = [1, 2, 3]
            >>> kernel_desc.runtime_args = rtargs

        Example using direct list:
            >>> kernel_desc.runtime_args = [(ttnn.CoreCoord(0, 0), [1, 2, 3])]
        """

    @runtime_args.setter
    def runtime_args(self, arg: object, /) -> None: ...

    @property
    def common_runtime_args(self) -> VectorUInt32:
        """Common runtime arguments shared across all cores"""

    @common_runtime_args.setter
    def common_runtime_args(self, arg: VectorUInt32, /) -> None: ...

    @property
    def blaze_named_compile_time_args(self) -> list[tuple[str, int]]:
        """
        [EXPERIMENTAL, BLAZE-ONLY, TEMPORARY - WILL BE DELETED, see issue #50953] Named compile-time arguments exposed through blaze_ct_args.
        """

    @blaze_named_compile_time_args.setter
    def blaze_named_compile_time_args(self, arg: Sequence[tuple[str, int]], /) -> None: ...

    @property
    def blaze_named_common_runtime_args(self) -> list:
        """
        [EXPERIMENTAL, BLAZE-ONLY, TEMPORARY - WILL BE DELETED, see issue #50953] Do NOT build new code on this API. Named common runtime arguments: ordered (name, value) pairs.
        """

    @blaze_named_common_runtime_args.setter
    def blaze_named_common_runtime_args(self, arg: list, /) -> None: ...

    @property
    def blaze_named_per_core_runtime_args(self) -> list:
        """
        [EXPERIMENTAL, BLAZE-ONLY, TEMPORARY - WILL BE DELETED, see issue #50953] Do NOT build new code on this API. Named per-core runtime args: list of (name, {CoreCoord: value}) pairs.
        """

    @blaze_named_per_core_runtime_args.setter
    def blaze_named_per_core_runtime_args(self, arg: list, /) -> None: ...

    @property
    def blaze_named_common_runtime_arg_arrays(self) -> list:
        """
        [EXPERIMENTAL, BLAZE-ONLY, TEMPORARY - WILL BE DELETED, see issue #50953] Do NOT build new code on this API. Named common runtime arg arrays: list of (name, [values]) pairs.
        """

    @blaze_named_common_runtime_arg_arrays.setter
    def blaze_named_common_runtime_arg_arrays(self, arg: list, /) -> None: ...

    @property
    def blaze_named_per_core_runtime_arg_arrays(self) -> list:
        """
        [EXPERIMENTAL, BLAZE-ONLY, TEMPORARY - WILL BE DELETED, see issue #50953] Do NOT build new code on this API. Named per-core runtime arg arrays: list of (name, {CoreCoord: [values]}) pairs.
        """

    @blaze_named_per_core_runtime_arg_arrays.setter
    def blaze_named_per_core_runtime_arg_arrays(self, arg: list, /) -> None: ...

    @property
    def config(self) -> ReaderConfigDescriptor | WriterConfigDescriptor | DataMovementConfigDescriptor | ComputeConfigDescriptor:
        """Configuration descriptor for the kernel"""

    @config.setter
    def config(self, arg: ReaderConfigDescriptor | WriterConfigDescriptor | DataMovementConfigDescriptor | ComputeConfigDescriptor, /) -> None: ...

    @property
    def compiler_include_paths(self) -> list[pathlib.Path]:
        """Additional include paths passed to the kernel compiler as -I flags"""

    @compiler_include_paths.setter
    def compiler_include_paths(self, arg: Sequence[str | os.PathLike], /) -> None: ...

    def clear_runtime_args(self) -> None:
        """Clear all per-core runtime arguments"""

    def append_runtime_args_from(self, other: KernelDescriptor) -> None:
        """
        Append another kernel's per-core runtime args with uniform padding.

        For each core in self, finds the matching core in other and extends
        self's args with other's args (padded to max_args for uniform offsets).
        If self.runtime_args is empty, initializes the core list from self.core_ranges.
        """

    def extend_runtime_args_uniform(self, values: VectorUInt32) -> None:
        """Extend all cores' runtime args with the same values"""

    def append_common_runtime_args_from(self, other: KernelDescriptor) -> None:
        """Append another kernel's common_runtime_args to this kernel's"""

class SemaphoreDescriptor:
    """
    Descriptor for synchronization semaphores.

    Used for coordinating execution between different kernels and operations.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for SemaphoreDescriptor."""

    @overload
    def __init__(self, id: int, core_type: ttnn._ttnn.types.CoreType = ttnn._ttnn.types.CoreType.WORKER, core_ranges: ttnn._ttnn.tensor.CoreRangeSet = ..., initial_value: int = ...) -> None:
        """
        Initialize a SemaphoreDescriptor with id, core type, core ranges, and initial value.
        """

    @property
    def id(self) -> int:
        """Semaphore ID"""

    @property
    def core_type(self) -> ttnn._ttnn.types.CoreType:
        """Type of core for the semaphore"""

    @core_type.setter
    def core_type(self, arg: ttnn._ttnn.types.CoreType, /) -> None: ...

    @property
    def core_ranges(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """Core ranges for the semaphore"""

    @core_ranges.setter
    def core_ranges(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

    @property
    def initial_value(self) -> int:
        """Initial value for the semaphore"""

    @initial_value.setter
    def initial_value(self, arg: int, /) -> None: ...

class ProgramDescriptor:
    """
    Descriptor for a complete program.

    A program is a collection of kernels, semaphores, and command buffers
    that work together to perform a computation task on the hardware.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor for ProgramDescriptor."""

    @overload
    def __init__(self, kernels: Sequence[KernelDescriptor] = [], semaphores: Sequence[SemaphoreDescriptor] = [], cbs: Sequence[CBDescriptor] = []) -> None:
        """
        Initialize a ProgramDescriptor with kernels, semaphores, and command buffers.

        Args:
            kernels: Collection of kernel descriptors
            semaphores: Collection of semaphore descriptors
            cbs: Collection of command buffer descriptors
        """

    @property
    def kernels(self) -> list[KernelDescriptor]:
        """Collection of kernel descriptors"""

    @kernels.setter
    def kernels(self, arg: Sequence[KernelDescriptor], /) -> None: ...

    @property
    def semaphores(self) -> list[SemaphoreDescriptor]:
        """Collection of semaphore descriptors"""

    @semaphores.setter
    def semaphores(self, arg: Sequence[SemaphoreDescriptor], /) -> None: ...

    @property
    def cbs(self) -> list[CBDescriptor]:
        """Collection of command buffer descriptors"""

    @cbs.setter
    def cbs(self, arg: Sequence[CBDescriptor], /) -> None: ...

    @property
    def custom_program_hash(self) -> int | None:
        """Optional memoized program hash (skips full descriptor walk when set)"""

    @custom_program_hash.setter
    def custom_program_hash(self, arg: int | None) -> None: ...

    @property
    def reload_table_addr(self) -> int | None:
        """
        L1 address of the runtime binary-reload stage table; None if this program does not reload
        """

    @reload_table_addr.setter
    def reload_table_addr(self, arg: int | None) -> None: ...

    @property
    def reload_core_ranges(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """
        Cores that walk the reload table; every other core in the program ignores it
        """

    @reload_core_ranges.setter
    def reload_core_ranges(self, arg: ttnn._ttnn.tensor.CoreRangeSet, /) -> None: ...

def merge_program_descriptors(descriptors: Sequence[ProgramDescriptor]) -> ProgramDescriptor:
    """
    Merge multiple ProgramDescriptors into a single one.

    The core ranges of all descriptors must not overlap with each other.
    This returns a new ProgramDescriptor containing all kernels, semaphores,
    and circular buffers from all input descriptors.

    Args:
        descriptors: List of ProgramDescriptors to merge.

    Returns:
        A new ProgramDescriptor containing all merged content.

    Raises:
        RuntimeError: If any kernel core ranges overlap between any of the descriptors.

    Example:
        >>> desc1 = ttnn.ProgramDescriptor()  # operates on cores (0,0)-(1,1)
        >>> desc2 = ttnn.ProgramDescriptor()  # operates on cores (2,2)-(3,3)
        >>> desc3 = ttnn.ProgramDescriptor()  # operates on cores (4,4)-(5,5)
        >>> merged = ttnn.merge_program_descriptors([desc1, desc2, desc3])
    """

class MeshProgramDescriptor:
    """
    Descriptor for a mesh program.

    A mesh program is a collection of ProgramDescriptors, one for each device in the mesh.
    This behaves like a list of (MeshCoordinateRange, ProgramDescriptor) pairs with dict-like access.
    """

    @overload
    def __init__(self) -> None:
        """Default constructor. Creates an empty MeshProgramDescriptor."""

    @overload
    def __init__(self, mesh_programs: dict) -> None:
        """
        Constructor that initializes from a Python dict.

        Args:
            mesh_programs: Dictionary mapping MeshCoordinateRange to ProgramDescriptor

        Example:
            desc = ttnn.MeshProgramDescriptor()
            desc[range] = program_descriptor
            # Positional argument:
            desc = ttnn.MeshProgramDescriptor({range1: prog1, range2: prog2})
            # Keyword argument:
            desc = ttnn.MeshProgramDescriptor(mesh_programs={range1: prog1, range2: prog2})
        """

    def __getitem__(self, key: ttnn._ttnn.multi_device.MeshCoordinateRange) -> ProgramDescriptor:
        """Get the ProgramDescriptor for a given MeshCoordinateRange."""

    def __setitem__(self, key: ttnn._ttnn.multi_device.MeshCoordinateRange, value: ProgramDescriptor) -> None:
        """Add a ProgramDescriptor for a given MeshCoordinateRange."""

    def __contains__(self, key: ttnn._ttnn.multi_device.MeshCoordinateRange) -> bool:
        """Check if a MeshCoordinateRange exists in the MeshProgramDescriptor."""

    def __iter__(self) -> Iterator[tuple[ttnn._ttnn.multi_device.MeshCoordinateRange, ProgramDescriptor]]:
        """Iterate over (MeshCoordinateRange, ProgramDescriptor) pairs."""

class CBIndex(enum.Enum):
    c_0 = 0

    c_1 = 1

    c_2 = 2

    c_3 = 3

    c_4 = 4

    c_5 = 5

    c_6 = 6

    c_7 = 7

    c_8 = 8

    c_9 = 9

    c_10 = 10

    c_11 = 11

    c_12 = 12

    c_13 = 13

    c_14 = 14

    c_15 = 15

    c_16 = 16

    c_17 = 17

    c_18 = 18

    c_19 = 19

    c_20 = 20

    c_21 = 21

    c_22 = 22

    c_23 = 23

    c_24 = 24

    c_25 = 25

    c_26 = 26

    c_27 = 27

    c_28 = 28

    c_29 = 29

    c_30 = 30

    c_31 = 31

    c_32 = 32

    c_33 = 33

    c_34 = 34

    c_35 = 35

    c_36 = 36

    c_37 = 37

    c_38 = 38

    c_39 = 39

    c_40 = 40

    c_41 = 41

    c_42 = 42

    c_43 = 43

    c_44 = 44

    c_45 = 45

    c_46 = 46

    c_47 = 47

    c_48 = 48

    c_49 = 49

    c_50 = 50

    c_51 = 51

    c_52 = 52

    c_53 = 53

    c_54 = 54

    c_55 = 55

    c_56 = 56

    c_57 = 57

    c_58 = 58

    c_59 = 59

    c_60 = 60

    c_61 = 61

    c_62 = 62

    c_63 = 63
