# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn tensor"""

from collections.abc import Callable, Iterator, Sequence, Set
import enum
from typing import Annotated, Any, overload

from numpy.typing import NDArray
import torch

import ttnn._ttnn.multi_device
import ttnn._ttnn.types


class Layout(enum.Enum):
    ROW_MAJOR = 0

    TILE = 1

    INVALID = 2

class DataType(enum.Enum):
    BFLOAT16 = 0

    FLOAT32 = 1

    UINT32 = 2

    BFLOAT8_B = 3

    BFLOAT4_B = 4

    UINT8 = 5

    UINT16 = 6

    INT32 = 7

    FP8_E4M3 = 8

    INT8 = 9

    INVALID = 10

class StorageType(enum.Enum):
    HOST = 0

    DEVICE = 1

class MathFidelity(enum.Enum):
    """
    Number of mantissa-bit passes through the 5b×7b multiplier array.

    Higher fidelity consumes more mantissa bits from each operand and therefore produces more
    accurate results, at the cost of proportionally lower throughput. The matrix engine uses
    5 bits (1 hidden + 4) from SrcA and 7 bits (1 hidden + 6) from SrcB per pass:

    - ``LoFi``  (1 pass):  SrcA uses the 4 MSB mantissa bits; SrcB uses the 6 MSB mantissa bits.
    - ``HiFi2`` (2 passes): SrcA adds the next 4 LSB bits; SrcB keeps the 6 MSB bits.
    - ``HiFi3`` (3 passes): SrcA keeps the 4 MSB bits; SrcB adds the next 6 LSB bits.
    - ``HiFi4`` (4 passes): SrcA adds the next 4 LSB bits; SrcB keeps both 6 MSB and 6 LSB bits.

    Note: ``reduce_max`` and elementwise ``add``/``sub`` are unaffected by this setting.
    Elementwise ``mul`` and ``reduce_average``/``sum`` do respect this setting.
    """

    LoFi = 0

    HiFi2 = 2

    HiFi3 = 3

    HiFi4 = 4

    Invalid = 255

class TensorMemoryLayout(enum.Enum):
    INTERLEAVED = 0

    HEIGHT_SHARDED = 2

    WIDTH_SHARDED = 3

    BLOCK_SHARDED = 4

    ND_SHARDED = 5

class ShardOrientation(enum.Enum):
    ROW_MAJOR = 0

    COL_MAJOR = 1

class BufferType(enum.Enum):
    DRAM = 0

    L1 = 1

    L1_SMALL = 3

    TRACE = 4

class ShardShapeAlignment(enum.Enum):
    NONE = 0
    """
    No shard shape alignment will be performed. If the shard shape is not following the alignment requirements, an exception will be thrown.
    """

    REQUIRED = 1
    """
    Shard shape will be automatically aligned to the minimum required alignment. The Required alignment may cause higher memory usage and lower read/write performance for some use cases.
    """

    RECOMMENDED = 2
    """
    Shard shape will be automatically aligned to the recommended alignment, trying to achieve optimal performance and memory usage.
    """

class ShardDistributionStrategy(enum.Enum):
    ROUND_ROBIN_1D = 0
    """
    Distribute each shard to each of the cores in a linearized list in a round-robin manner.
    """

    GRID_2D = 1
    """
    Distribute a 2D grid of shards to a 2D grid of cores with one to one mapping.
    """

    CONTIGUOUS_1D = 2
    """
    Distribute shards contiguously over a linearized list of cores: adjacent shards go to the same core (shard s -> core s/shards_per_core, slot s%shards_per_core). Requires uniform shards-per-core.
    """

class CoreCoord:
    """Class defining core coordinate"""

    @overload
    def __init__(self, arg0: int, arg1: int, /) -> None: ...

    @overload
    def __init__(self, arg: tuple[int, int], /) -> None: ...

    @overload
    def __init__(self, arg: Any, /) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> CoreCoord: ...

    @overload
    def __repr__(self) -> str: ...

    @overload
    def __repr__(self) -> str: ...

    def __eq__(self, other: CoreCoord) -> bool: ...

    def __ne__(self, other: CoreCoord) -> bool: ...

    def __hash__(self) -> int: ...

    @property
    def x(self) -> int: ...

    @property
    def y(self) -> int: ...

class Tile:
    """Class defining tile dims"""

    @overload
    def __init__(self, tile_shape: Sequence[int], transpose_tile: bool = False) -> None: ...

    @overload
    def __init__(self, arg0: Sequence[int], arg1: bool, /) -> None: ...

    def __repr__(self) -> str: ...

    @property
    def tile_shape(self) -> list[int]: ...

    @property
    def face_shape(self) -> list[int]: ...

    @property
    def num_faces(self) -> int: ...

    @property
    def partial_face(self) -> int: ...

    @property
    def narrow_tile(self) -> int: ...

    @property
    def transpose_within_face(self) -> bool: ...

    @property
    def transpose_of_faces(self) -> bool: ...

    def get_tile_size(self, dtype: DataType) -> int:
        """Get tile size in bytes for the given data type"""

    def __eq__(self, arg: Tile, /) -> bool: ...

class TensorSpec:
    """Class defining the specification of Tensor"""

    @overload
    def __init__(self, shape: ttnn._ttnn.types.Shape, dtype: DataType, layout: Layout, buffer_type: BufferType = BufferType.DRAM, tile: Tile | None = None) -> None:
        """
        Create tt::tt_metal::TensorSpec class.
        This constructor is used to create tt::tt_metal::TensorSpec for tensors that are not sharded.
        """

    @overload
    def __init__(self, shape: ttnn._ttnn.types.Shape, dtype: DataType, layout: Layout, memory_layout: TensorMemoryLayout, shard_spec: ShardSpec | None = None, buffer_type: BufferType = BufferType.DRAM, tile: Tile | None = None) -> None:
        """
        Create tt::tt_metal::TensorSpec class.
        This constructor is used to create tt::tt_metal::TensorSpec for tensors that are sharded.
        """

    @overload
    def __init__(self, shape: ttnn._ttnn.types.Shape, dtype: DataType, layout: Layout, nd_shard_spec: NdShardSpec, buffer_type: BufferType = BufferType.DRAM, tile: Tile | None = None) -> None:
        """
        Create tt::tt_metal::TensorSpec class.
        This constructor is used to create tt::tt_metal::TensorSpec for ND sharded tensors.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
        """

    def sharded_across_dims(self, dims: Sequence[int], grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec:
        """
        Shards tt::tt_metal::TensorSpec across the specified dimensions.
        This would result in the shard shape to be minimal (typically 1 or tile size) in the sharded dimensions.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
        """

    def sharded_across_dims_except(self, dims: Sequence[int], grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec:
        """
        Shards tt::tt_metal::TensorSpec across all dimensions except for the specified ones.
        This would result in the shard shape to be minimal (typically 1 or tile size) in all dimensions except for the specified ones.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
        """

    def height_sharded(self, grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec:
        """
        Performs 2D height sharding for tt::tt_metal::TensorSpec.
        This flattens the tensor into a 2D shape and splits it along the height to achieve as close to equal distribution as possible, while maintaining just 1 shard per core.
        """

    def width_sharded(self, grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec:
        """
        Performs 2D width sharding for tt::tt_metal::TensorSpec.
        This flattens the tensor into a 2D shape and splits it along the width to achieve as close to equal distribution as possible, while maintaining just 1 shard per core.
        """

    @overload
    def block_sharded(self, grid: CoreRange, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec: ...

    @overload
    def block_sharded(self, grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR) -> TensorSpec:
        """
        Performs 2D block sharding for tt::tt_metal::TensorSpec.
        This flattens the tensor into a 2D shape and splits it into 2D contiguous blocks, putting each block onto the corresponding core in the 2D grid.
        """

    @overload
    def sharded(self, shard_shape: ttnn._ttnn.types.Shape, grid: CoreRangeSet, shard_alignment: ShardShapeAlignment = ShardShapeAlignment.RECOMMENDED, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR, shard_distribution_strategy: ShardDistributionStrategy = ShardDistributionStrategy.ROUND_ROBIN_1D) -> TensorSpec:
        """
        Performs arbitrary sharding for tt::tt_metal::TensorSpec using the specified shard shape, grid, shard shape alignment, and other optional parameters.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
        """

    @overload
    def sharded(self, nd_shard_spec: NdShardSpec, shard_alignment: ShardShapeAlignment = ShardShapeAlignment.RECOMMENDED) -> TensorSpec:
        """
        Performs arbitrary sharding for tt::tt_metal::TensorSpec using the specified shard spec and shard shape alignment.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
        """

    @property
    def shape(self) -> ttnn._ttnn.types.Shape:
        """Logical shape of a tensor"""

    @property
    def layout(self) -> Layout:
        """Layout of a tensor"""

    @property
    def dtype(self) -> DataType:
        """Dtype of a tensor"""

    @property
    def tile(self) -> Tile:
        """Tile of a tensor"""

    @property
    def memory_config(self) -> MemoryConfig:
        """Memory config of a tensor"""

    def __eq__(self, arg: TensorSpec, /) -> bool: ...

    def __ne__(self, arg: TensorSpec, /) -> bool: ...

class MemoryConfig:
    """
    Class defining memory configuration for storing tensor data on TT Accelerator device.
    There are eight DRAM memory banks on TT Accelerator device, indexed as 0, 1, 2, ..., 7.
    """

    @overload
    def __init__(self, memory_layout: TensorMemoryLayout = TensorMemoryLayout.INTERLEAVED, buffer_type: BufferType = BufferType.DRAM, shard_spec: ShardSpec | None = None) -> None:
        """
        Create MemoryConfig class.
        If interleaved is set to True, tensor data will be interleaved across multiple DRAM banks on TT Accelerator device.
        Otherwise, tensor data will be stored in a DRAM bank selected by dram_channel (valid values are 0, 1, ..., 7).

        Example of creating MemoryConfig specifying that tensor data should be stored in DRAM bank 3.

        .. code-block:: python

            mem_config = ttnn.MemoryConfig(ttnn.TensorMemoryLayout.INTERLEAVED)
        """

    @overload
    def __init__(self, buffer_type: BufferType, nd_shard_spec: NdShardSpec) -> None:
        """
        Create MemoryConfig class.
        This constructor is used to create MemoryConfig for ND sharded tensors.
        Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.

        Example of creating MemoryConfig for ND sharded tensors.

        .. code-block:: python

            mem_config = ttnn.MemoryConfig(ttnn.BufferType.L1, ttnn.NdShardSpec(ttnn.Shape([1, 1, 1, 1]), ttnn.CoreRangeSet([ttnn.CoreCoord(0, 0)])))
        """

    def to_json(self) -> str: ...

    def from_json(self) -> MemoryConfig: ...

    def __repr__(self) -> str: ...

    def __hash__(self) -> int: ...

    def is_sharded(self) -> bool:
        """Whether tensor data is sharded across multiple cores in L1"""

    def experimental_set_per_core_allocation(self, enable: bool) -> None:
        """
        Enable or disable experimental per-core L1 allocation on this MemoryConfig.
        """

    def experimental_set_range_lockstep_allocation(self, enable: bool) -> None:
        """
        Enable or disable experimental range lockstep L1 allocation on this MemoryConfig. The buffer still takes one address, but the allocator only keeps it clear of per-core allocations on the cores the buffer occupies, rather than every core. Only safe when nothing reaches the buffer on a core it was not allocated on -- a multicast writes to every core in its rectangle, for instance.
        """

    @property
    def interleaved(self) -> bool:
        """Whether tensor data is interleaved across multiple DRAM channels"""

    @property
    def buffer_type(self) -> BufferType:
        """Buffer type to store tensor data. Can be DRAM or L1"""

    @property
    def memory_layout(self) -> TensorMemoryLayout:
        """Memory layout of tensor data."""

    @property
    def shard_spec(self) -> ShardSpec | None:
        """Memory layout of tensor data."""

    @property
    def nd_shard_spec(self) -> NdShardSpec | None:
        """ND shard spec of tensor data."""

    def __eq__(self, arg: MemoryConfig, /) -> bool: ...

    def __ne__(self, arg: MemoryConfig, /) -> bool: ...

class ShardSpec:
    """Class defining the specs required for sharding."""

    def __init__(self, grid: CoreRangeSet, shard_shape: Sequence[int], shard_orientation: ShardOrientation) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> ShardSpec: ...

    def __repr__(self) -> str: ...

    @property
    def shape(self) -> list[int]:
        """Shape of shard."""

    @shape.setter
    def shape(self, arg: Sequence[int], /) -> None: ...

    @property
    def grid(self) -> CoreRangeSet:
        """Grid to layout shards."""

    @grid.setter
    def grid(self, arg: CoreRangeSet, /) -> None: ...

    @property
    def orientation(self) -> ShardOrientation:
        """Orientation of cores to read shards"""

    @orientation.setter
    def orientation(self, arg: ShardOrientation, /) -> None: ...

    def num_cores(self) -> int:
        """Number of cores"""

    def __eq__(self, arg: ShardSpec, /) -> bool: ...

    def __ne__(self, arg: ShardSpec, /) -> bool: ...

class NdShardSpec:
    """
    Class defining the specs required for ND sharding.
    Currently, the support for ND sharding is experimental and may not work with all of the tensor operations.
    """

    def __init__(self, shard_shape: ttnn._ttnn.types.Shape, grid: CoreRangeSet, orientation: ShardOrientation = ShardOrientation.ROW_MAJOR, shard_distribution_strategy: ShardDistributionStrategy = ShardDistributionStrategy.ROUND_ROBIN_1D) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> NdShardSpec: ...

    def __repr__(self) -> str: ...

    @property
    def shard_shape(self) -> ttnn._ttnn.types.Shape:
        """Shape of shard."""

    @shard_shape.setter
    def shard_shape(self, arg: ttnn._ttnn.types.Shape, /) -> None: ...

    @property
    def grid(self) -> CoreRangeSet:
        """Grid to layout shards."""

    @grid.setter
    def grid(self, arg: CoreRangeSet, /) -> None: ...

    @property
    def orientation(self) -> ShardOrientation:
        """Orientation of cores to distribute shards"""

    @orientation.setter
    def orientation(self, arg: ShardOrientation, /) -> None: ...

    @property
    def shard_distribution_strategy(self) -> ShardDistributionStrategy:
        """Strategy to distribute shards"""

    @shard_distribution_strategy.setter
    def shard_distribution_strategy(self, arg: ShardDistributionStrategy, /) -> None: ...

    def num_cores(self) -> int:
        """Number of cores"""

    def __eq__(self, arg: NdShardSpec, /) -> bool: ...

    def __ne__(self, arg: NdShardSpec, /) -> bool: ...

class CoreRange:
    """Class defining a range of cores"""

    def __init__(self, start: CoreCoord, end: CoreCoord) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> CoreRange: ...

    def __repr__(self) -> str: ...

    @property
    def start(self) -> CoreCoord: ...

    @property
    def end(self) -> CoreCoord: ...

    def grid_size(self) -> CoreCoord: ...

    @overload
    def contains(self, core: CoreCoord) -> bool:
        """Check if a core coordinate is contained in this CoreRange"""

    @overload
    def contains(self, core_range: CoreRange) -> bool:
        """Check if a core range is contained in this CoreRange"""

    @overload
    def contains(self, core_range_set: CoreRangeSet) -> bool:
        """Check if a core range set is contained in this CoreRange"""

    def __eq__(self, arg: CoreRange, /) -> bool: ...

    def __ne__(self, arg: CoreRange, /) -> bool: ...

class CoreRangeSet:
    """Class defining a set of CoreRanges required for sharding"""

    @overload
    def __init__(self, core_ranges: Sequence[CoreRange]) -> None: ...

    @overload
    def __init__(self, core_ranges: Set[CoreRange]) -> None: ...

    def to_json(self) -> str: ...

    def from_json(self) -> CoreRangeSet: ...

    def __repr__(self) -> str: ...

    def bounding_box(self) -> CoreRange:
        """
        Returns a CoreRange i.e. bounding box covering all the core ranges in the CoreRangeSet
        """

    def num_cores(self) -> int:
        """Returns total number of cores in the CoreRangeSet"""

    def size(self) -> int:
        """Returns number of core ranges in the CoreRangeSet"""

    def empty(self) -> bool:
        """Returns true if the CoreRangeSet has no core ranges"""

    def subtract(self, arg: CoreRangeSet, /) -> CoreRangeSet:
        """Subtract common CoreRanges from current i.e. it returns A - (AnB)"""

    def ranges(self) -> list[CoreRange]:
        """Returns the core ranges in the CoreRangeSet"""

    @overload
    def contains(self, core: CoreCoord) -> bool:
        """Check if a core coordinate is contained in this CoreRangeSet"""

    @overload
    def contains(self, core_range: CoreRange) -> bool:
        """Check if a core range is contained in this CoreRangeSet"""

    @overload
    def contains(self, core_range_set: CoreRangeSet) -> bool:
        """Check if a core range set is contained in this CoreRangeSet"""

    def merge(self, other: CoreRangeSet) -> CoreRangeSet:
        """
        Merge this CoreRangeSet with another CoreRangeSet and return the result
        """

    def __eq__(self, arg: CoreRangeSet, /) -> bool: ...

    def __ne__(self, arg: CoreRangeSet, /) -> bool: ...

class HostBuffer:
    @overload
    def __init__(self) -> None: ...

    @overload
    def __init__(self, arg: Sequence[Any], /) -> None: ...

    @overload
    def __init__(self, arg: Sequence[Any], /) -> None: ...

    def __getitem__(self, arg: int, /) -> Any: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Any]: ...

    def __array__(self) -> Annotated[Any, dict(dtype='uint8', shape=(None,), order='C', device='cpu')]: ...

    def __dlpack_device__(self) -> tuple[int, int]: ...

    def __dlpack__(self, **kwargs: Any) -> object: ...

class Tensor:
    """
    Class constructor supports tensors of any rank.
    The constructor takes following arguments:

    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    |  Argument  |                 Description                            |       Data type           |           Valid range              | Required |
    +============+========================================================+===========================+====================================+==========+
    | data       | Data to store in TT tensor                             | List[float/int]           |                                    | Yes      |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    | shape      | Shape of TT tensor                                     | List[int]                 |                                    | Yes      |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    | data_type  | Data type of numbers in TT tensor                      | ttnn.DataType             | ttnn.DataType.BFLOAT16             | Yes      |
    |            |                                                        |                           |                                    |          |
    |            |                                                        |                           | ttnn.DataType.FLOAT32              |          |
    |            |                                                        |                           |                                    |          |
    |            |                                                        |                           | ttnn.DataType.UINT32               |          |
    |            |                                                        |                           |                                    |          |
    |            |                                                        |                           | ttnn.DataType.BFLOAT8_B            |          |
    |            |                                                        |                           |                                    |          |
    |            |                                                        |                           | ttnn.DataType.BFLOAT4_B            |          |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    | layout     | Layout of tensor data in memory                        | ttnn.Layout               | ttnn.Layout.ROW_MAJOR              | Yes      |
    |            |                                                        |                           |                                    |          |
    |            |                                                        |                           | ttnn.Layout.TILE                   |          |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    | device     | Device on which tensor will be created                 | ttnn.Device               | Host or TT accelerator device      | No       |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    | mem_config | Layout of tensor in TT Accelerator device memory banks | ttnn.MemoryConfig         |                                    | No       |
    +------------+--------------------------------------------------------+---------------------------+------------------------------------+----------+
    """

    @overload
    def __init__(self, arg: Tensor) -> None: ...

    @overload
    def __init__(self, data: Sequence[float], shape: Sequence[int], data_type: DataType, layout: Layout, tile: Tile | None = None, pad_value: float = 0.0) -> None: ...

    @overload
    def __init__(self, data: Sequence[float], shape: Sequence[int], data_type: DataType, layout: Layout, device: ttnn._ttnn.multi_device.MeshDevice | None = None, tile: Tile | None = None, pad_value: float = 0.0) -> None: ...

    @overload
    def __init__(self, data: Sequence[float], shape: Sequence[int], data_type: DataType, layout: Layout, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: MemoryConfig = ..., tile: Tile | None = None, pad_value: float = 0.0) -> None: ...

    @overload
    def __init__(self, data: Sequence[int], shape: Sequence[int], data_type: DataType, layout: Layout, tile: Tile | None = None, pad_value: int = 0) -> None:
        """
        Create a TT Tensor on host from data vector.

        +---------------+----------------------+
        | Argument      | Description          |
        +===============+======================+
        | data          | Data vector          |
        +---------------+----------------------+
        | shape         | Tensor shape         |
        +---------------+----------------------+
        | data_type     | Data type            |
        +---------------+----------------------+
        | layout        | Memory layout        |
        +---------------+----------------------+
        | tile          | Tile spec (optional) |
        +---------------+----------------------+
        | pad_value     | Pad value (optional) |
        +---------------+----------------------+

        .. code-block:: python

            # Float tensor
            ttnn.Tensor([1.0, 2.0, 3.0, 4.0], [1, 1, 2, 2],
                        ttnn.DataType.FLOAT32, ttnn.Layout.ROW_MAJOR)

            # Integer tensor
            ttnn.Tensor([1, 2, 3, 4], [1, 1, 2, 2],
                        ttnn.DataType.INT32, ttnn.Layout.ROW_MAJOR)
        """

    @overload
    def __init__(self, data: Sequence[int], shape: Sequence[int], data_type: DataType, layout: Layout, device: ttnn._ttnn.multi_device.MeshDevice | None = None, tile: Tile | None = None, pad_value: int = 0) -> None:
        """
        Create a TT Tensor on device from data vector.

        +---------------+---------------------------+
        | Argument      | Description               |
        +===============+===========================+
        | data          | Data vector               |
        +---------------+---------------------------+
        | shape         | Tensor shape              |
        +---------------+---------------------------+
        | data_type     | Data type                 |
        +---------------+---------------------------+
        | layout        | Memory layout             |
        +---------------+---------------------------+
        | device        | Device ptr (optional)     |
        +---------------+---------------------------+
        | tile          | Tile spec (optional)      |
        +---------------+---------------------------+
        | pad_value     | Pad value (optional)      |
        +---------------+---------------------------+

        .. code-block:: python

            device = ttnn.open_device(0)
            ttnn.Tensor([1, 2, 3, 4], [1, 1, 2, 2],
                        ttnn.DataType.INT32, ttnn.Layout.ROW_MAJOR, device)
        """

    @overload
    def __init__(self, data: Sequence[int], shape: Sequence[int], data_type: DataType, layout: Layout, device: ttnn._ttnn.multi_device.MeshDevice | None = None, memory_config: MemoryConfig = ..., tile: Tile | None = None, pad_value: int = 0) -> None:
        """
        Create a TT Tensor on device with specified memory config.

        +---------------+---------------------------+
        | Argument      | Description               |
        +===============+===========================+
        | data          | Data vector               |
        +---------------+---------------------------+
        | shape         | Tensor shape              |
        +---------------+---------------------------+
        | data_type     | Data type                 |
        +---------------+---------------------------+
        | layout        | Memory layout             |
        +---------------+---------------------------+
        | device        | Device ptr (optional)     |
        +---------------+---------------------------+
        | mem_config    | Memory config             |
        +---------------+---------------------------+
        | tile          | Tile spec (optional)      |
        +---------------+---------------------------+
        | pad_value     | Pad value (optional)      |
        +---------------+---------------------------+

        .. code-block:: python

            device = ttnn.open_device(0)
            mem_config = ttnn.MemoryConfig(ttnn.TensorMemoryLayout.INTERLEAVED)
            ttnn.Tensor([1, 2, 3, 4], [1, 1, 2, 2],
                        ttnn.DataType.INT32, ttnn.Layout.ROW_MAJOR,
                        device, mem_config)
        """

    @overload
    def __init__(self, tensor: Any, data_type: DataType | None = None, device: ttnn._ttnn.multi_device.MeshDevice | None = None, layout: Layout | None = None, mem_config: MemoryConfig | None = None, tile: Tile | None = None, cq_id: ttnn._ttnn.types.QueueId | None = None, pad_value: float | None = None, mesh_mapper: ttnn._ttnn.multi_device.CppTensorToMesh | None = None, preserve_nan_values: bool = False, col_tilize: bool = False, enable_bfloat_opt: bool = False) -> None:
        """
        +--------------+--------------------------------+
        | Argument     | Description                    |
        +==============+================================+
        | tensor       | dlpack compliant Tensor        |
        +--------------+--------------------------------+
        | data_type    | TT Tensor data type (optional) |
        +--------------+--------------------------------+
        | device       | TT device ptr (optional)       |
        +--------------+--------------------------------+
        | layout       | TT layout (optional)           |
        +--------------+--------------------------------+
        | mem_config   | TT memory_config (optional)    |
        +--------------+--------------------------------+
        | tile         | TT Tile Spec (optional)        |
        +--------------+--------------------------------+
        | cq_id        | TT Command Queue ID (optional) |
        +--------------+--------------------------------+
        | pad_value    | Padding value (optional)       |
        +--------------+--------------------------------+
        | mesh_mapper  | TT-NN Mesh Mapper (optional)    |
        +--------------+--------------------------------+
        | col_tilize   | Column-wise BFP tilize (false)  |
        +--------------+--------------------------------+

        Example of creating a TT Tensor from numpy tensor:

        .. code-block:: python

            device = ttnn.open_device(device_id=0)
            py_tensor = np.zeros((1, 1, 32, 32))
            ttnn.Tensor(py_tensor, ttnn.bfloat16, device, ttnn.TILE_LAYOUT)
        """

    @property
    def spec(self) -> TensorSpec: ...

    @property
    def shape(self) -> ttnn._ttnn.types.Shape: ...

    @property
    def padded_shape(self) -> ttnn._ttnn.types.Shape: ...

    @property
    def dtype(self) -> DataType: ...

    @property
    def layout(self) -> Layout: ...

    @property
    def tile(self) -> Tile: ...

    def deallocate(self, force: bool = False) -> None:
        """
        Deallocates all data of a tensor. This either deletes all host data or deallocates tensor data from device memory.
        """

    @overload
    def to(self, device: ttnn._ttnn.multi_device.MeshDevice, mem_config: MemoryConfig | None = None, cq_id: ttnn._ttnn.types.QueueId | None = None) -> Tensor:
        """
        Move TT Tensor from host device to TT accelerator device.

        Only BFLOAT16 (in ROW_MAJOR or TILE layout) and BFLOAT8_B, BFLOAT4_B (in TILE layout) are supported on device.

        If ``arg1`` is not supplied, memory config from the source tensor will be used.

        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+
        | Argument  | Description                                     | Data type                  | Valid range           | Required |
        +===========+=================================================+============================+=======================+==========+
        | arg0      | MeshDevice to which tensor will be moved        | ttnn.MeshDevice            | TT accelerator device | Yes      |
        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+
        | arg1      | MemoryConfig of tensor of TT accelerator device | ttnn.MemoryConfig          |                       | No       |
        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+
        | arg2      | CQ ID of TT accelerator device to use           | uint8_t                    |                       | No       |
        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+

        .. code-block:: python

            tt_tensor = tt_tensor.to(tt_device)
        """

    @overload
    def to(self, target_layout: Layout) -> Tensor:
        """
        Convert TT Tensor to provided memory layout. Available layouts conversions are:

        * ROW_MAJOR to TILE
        * TILE to ROW_MAJOR

        +-----------+-------------------------------------------------+----------------------------+--------------------------------+----------+
        | Argument  | Description                                     | Data type                  | Valid range                    | Required |
        +===========+=================================================+============================+================================+==========+
        | arg0      | Target memory layout                            | ttnn.Layout                | ROW_MAJOR, TILE                | Yes      |
        +-----------+-------------------------------------------------+----------------------------+--------------------------------+----------+

        .. code-block:: python

            tt_tensor = tt_tensor.to(ttnn.Layout.TILE)
        """

    @overload
    def extract_shard(self, core: CoreCoord) -> Tensor:
        """
        Move TT Tensor from host device to TT accelerator device.

        Only BFLOAT16 (in ROW_MAJOR or TILE layout) and BFLOAT8_B, BFLOAT4_B (in TILE layout) are supported on device.

        If ``arg1`` is not supplied, default ``MemoryConfig`` with ``interleaved`` set to ``True``.

        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+
        | Argument  | Description                                     | Data type                  | Valid range           | Required |
        +===========+=================================================+============================+=======================+==========+
        | arg0      | Core who's shard we want                        | ttnn.CoreCoord             | TT accelerator device | Yes      |
        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+


        .. code-block:: python

            tt_tensor = tt_tensor.to(tt_device)
        """

    @overload
    def extract_shard(self, core_id: int) -> Tensor:
        """
        Move TT Tensor from host device to TT accelerator device.

        Only BFLOAT16 (in ROW_MAJOR or TILE layout) and BFLOAT8_B, BFLOAT4_B (in TILE layout) are supported on device.

        If ``arg1`` is not supplied, default ``MemoryConfig`` with ``interleaved`` set to ``True``.

        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+
        | Argument  | Description                                     | Data type                  | Valid range           | Required |
        +===========+=================================================+============================+=======================+==========+
        | arg0      | Core who's shard we want                        | uint32_t                   | TT accelerator device | Yes      |
        +-----------+-------------------------------------------------+----------------------------+-----------------------+----------+


        .. code-block:: python

            tt_tensor = tt_tensor.to(tt_device)
        """

    def cpu(self, blocking: bool = True, cq_id: ttnn._ttnn.types.QueueId | None = None) -> Tensor:
        """
        Move TT Tensor from TT accelerator device to host device.

        .. code-block:: python

            tt_tensor = tt_tensor.cpu()
        """

    def item(self) -> object:
        """
        Extract the scalar value from a tensor containing exactly one element.

        Similar to PyTorch's tensor.item(), this method returns the value of this tensor as a standard Python number.
        This only works for tensors with one element.

        Returns:
            Python scalar: The scalar value contained in the tensor.

        Raises:
            RuntimeError: If the tensor doesn't contain exactly one element.

        .. code-block:: python

            # Create a tensor with one element
            scalar_tensor = ttnn.from_torch(torch.tensor([3.14]), device=device)
            value = scalar_tensor.item()  # Returns 3.14
        """

    def pad(self, arg0: Sequence[int], arg1: Sequence[int], arg2: float, /) -> Tensor:
        """
        Pad TT Tensor with given pad value ``arg2``.

        The input tensor must be on host and in ROW_MAJOR layout.

        Returns an output tensor that contains the input tensor at the given input tensor start indices ``arg1`` and the padded value everywhere else.

        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+
        | Argument            | Description                                          | Data type    | Valid range                                         | Required |
        +=====================+======================================================+==============+=====================================================+==========+
        | arg0                | Shape of output tensor                               | List[int[4]] |                                                     | Yes      |
        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+
        | arg1                | Start indices to place input tensor in output tensor | List[int[4]] | Values along each dim must be                       | Yes      |
        |                     |                                                      |              |                                                     |          |
        |                     |                                                      |              | <= (output_tensor_shape[i] - input_tensor_shape[i]) |          |
        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+
        | arg2                | Value to pad input tensor                            | float        |                                                     | Yes      |
        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+

        .. code-block:: python

            input_tensor_shape = [1, 1, 3, 3]
            output_tensor_shape = [1, 2, 5, 5]
            input_tensor_start = [0, 1, 1, 1]
            pad_value = 0

            inp = torch.Tensor(
                [ 1, 2, 3,
                4, 5, 6,
                7, 8, 9 ]
            )
            tt_tensor = ttnn.Tensor(
                inp.tolist(),
                input_tensor_shape,
                ttnn.DataType.BFLOAT16,
                ttnn.Layout.ROW_MAJOR,
            )
            tt_tensor_padded = tt_tensor.pad(output_tensor_shape, input_tensor_start, pad_value)

            print("Input tensor:")
            print(tt_tensor)
            print("\\nPadded tensor:")
            print(tt_tensor_padded)

        Example output:

        .. code-block::

            Input tensor:
            [ [[[1, 2, 3],
                [4, 5, 6],
                [7, 8, 9]]] dtype=bfloat16 ]

            Padded tensor:
            [ [[[0, 0, 0, 0, 0],
                [0, 0, 0, 0, 0],
                [0, 0, 0, 0, 0],
                [0, 0, 0, 0, 0],
                [0, 0, 0, 0, 0]],

                [[0, 0, 0, 0, 0],
                [0, 1, 2, 3, 0],
                [0, 4, 5, 6, 0],
                [0, 7, 8, 9, 0],
                [0, 0, 0, 0, 0]]] dtype=bfloat16 ]
        """

    def unpad(self, arg0: Sequence[int], arg1: Sequence[int], /) -> Tensor:
        """
        Unpad this TT Tensor.

        This tensor must be on host and in ROW_MAJOR layout.

        Returns an output tensor from output tensor start indices ``arg0`` to output tensor end indices ``arg1`` (inclusive) of the input tensor.

        +---------------------+----------------------------------------------+--------------+-----------------------------------------------------+----------+
        | Argument            | Description                                  | Data type    | Valid range                                         | Required |
        +=====================+==============================================+==============+=====================================================+==========+
        | arg0                | Start indices of input tensor                | List[int]    | Values along each dim must be                       | Yes      |
        |                     |                                              |              |                                                     |          |
        |                     |                                              |              | < input_tensor_shape[i] and <= output_tensor_end[i] |          |
        +---------------------+----------------------------------------------+--------------+-----------------------------------------------------+----------+
        | arg1                | End indices of input tensor in output tensor | List[int]    | Values along each dim must be                       | Yes      |
        |                     |                                              |              |                                                     |          |
        |                     |                                              |              | < input_tensor_shape[i]                             |          |
        +---------------------+----------------------------------------------+--------------+-----------------------------------------------------+----------+

        .. code-block:: python

            input_tensor_shape = [1, 1, 5, 5]
            output_tensor_start = [0, 0, 1, 1]
            output_tensor_end = [0, 0, 3, 3]

            inp = torch.Tensor(
                [ 0, 0, 0, 0, 0,
                0, 1, 2, 3, 0,
                0, 4, 5, 6, 0,
                0, 7, 8, 9, 0,
                0, 0, 0, 0, 0 ]
            )
            tt_tensor = ttnn.Tensor(
                inp.tolist(),
                input_tensor_shape,
                ttnn.DataType.BFLOAT16,
                ttnn.Layout.ROW_MAJOR,
            )
            tt_tensor_unpadded = tt_tensor.unpad(output_tensor_start, output_tensor_end)

            print("Input tensor:")
            print(tt_tensor)
            print("\\nUnpadded tensor:")
            print(tt_tensor_unpadded)

        Example output:

        .. code-block::

            Input tensor:
            [ [[[0, 0, 0, 0, 0],
                [0, 1, 2, 3, 0],
                [0, 4, 5, 6, 0],
                [0, 7, 8, 9, 0],
                [0, 0, 0, 0, 0]]] dtype=bfloat16 ]

            Unpadded tensor:
            [ [[[1, 2, 3],
                [4, 5, 6],
                [7, 8, 9]]] dtype=bfloat16 ]
        """

    def pad_to_tile(self, arg: float, /) -> Tensor:
        """
        Pads TT Tensor with given pad value ``arg0``.

        The input tensor must be on host and in ROW_MAJOR layout.

        Returns an output tensor that contains the input tensor padded with the padded value in the last two dims to multiples of 32.

        Padding will be added to the right and bottom of the tensor.

        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+
        | Argument            | Description                                          | Data type    | Valid range                                         | Required |
        +=====================+======================================================+==============+=====================================================+==========+
        | arg0                | Value to pad input tensor                            | float        |                                                     | Yes      |
        +---------------------+------------------------------------------------------+--------------+-----------------------------------------------------+----------+

        .. code-block:: python

            input_tensor_shape = [1, 1, 3, 3]
            pad_value = 0

            inp = torch.Tensor(
                [ 1, 2, 3,
                4, 5, 6,
                7, 8, 9 ]
            )
            tt_tensor = ttnn.Tensor(
                inp.tolist(),
                input_tensor_shape,
                ttnn.DataType.BFLOAT16,
                ttnn.Layout.ROW_MAJOR,
            )
            tt_tensor_padded = tt_tensor.pad_to_tile(pad_value)

            print("Input tensor:")
            print(tt_tensor)
            print("\\nPadded tensor:")
            print(tt_tensor_padded)

        Example output:

        .. code-block::

            Input tensor:
            [ [[[1, 2, 3],
                [4, 5, 6],
                [7, 8, 9]]] dtype=bfloat16 ]

            Padded tensor:
            [ [[[1, 2, 3, 0, ..., 0],
                [4, 5, 6, 0, ..., 0],
                [7, 8, 9, 0, ..., 0],
                [0, 0, 0, 0, ..., 0],
                ...,
                [0, 0, 0, 0, ..., 0]]] dtype=bfloat16 ]
        """

    def unpad_from_tile(self, arg: Sequence[int], /) -> Tensor:
        """
        Unpads TT Tensor from given input tensor ``arg0``.

        The input tensor must be on host and in ROW_MAJOR layout.

        This function expects the real data to aligned on the top left of the tensor.

        Returns an output tensor with padding removed from the right and bottom of the input tensor.

        +---------------------+----------------------------------------------+--------------+------------------------------------------------------------------------------+----------+
        | Argument            | Description                                  | Data type    | Valid range                                                                  | Required |
        +=====================+==============================================+==============+==============================================================================+==========+
        | arg0                | Shape of output tensor                       | List[int[4]] | All dims must match the input tensor dims apart from the last two dims.      | Yes      |
        |                     |                                              |              |                                                                              |          |
        |                     |                                              |              | Last two dims have the following restrictions:                               |          |
        |                     |                                              |              |                                                                              |          |
        |                     |                                              |              | input_tensor_shape[i] must be a multiple of 32                               |          |
        |                     |                                              |              |                                                                              |          |
        |                     |                                              |              | input_tensor_shape[i] - 32 < output_tensor_shape[i] <= input_tensor_shape[i] |          |
        +---------------------+----------------------------------------------+--------------+------------------------------------------------------------------------------+----------+


        .. code-block:: python

            input_tensor_shape = [1, 1, 32, 32]
            output_tensor_shape = [1, 1, 3, 3]

            inp = torch.arange(start=1.0, end=10.0).reshape(1, 1, 3, 3)
            inp = torch.nn.functional.pad(inp, [0, input_tensor_shape[3] - inp.shape[3], 0, input_tensor_shape[2] - inp.shape[2]]).reshape(-1)
            tt_tensor = ttnn.Tensor(
                inp.tolist(),
                input_tensor_shape,
                ttnn.DataType.BFLOAT16,
                ttnn.Layout.ROW_MAJOR,
            )
            tt_tensor_unpadded = tt_tensor.unpad_from_tile(output_tensor_shape)

            print("Input tensor:")
            print(tt_tensor)
            print("\\nUnpadded tensor:")
            print(tt_tensor_unpadded)

        Example output:

        .. code-block::

            Input tensor:
            [ [[[1, 2, 3, 0, ..., 0],
                [4, 5, 6, 0, ..., 0],
                [7, 8, 9, 0, ..., 0],
                [0, 0, 0, 0, ..., 0],
                ...,
                [0, 0, 0, 0, ..., 0]]] dtype=bfloat16 ]

            Unpadded tensor:
            [ [[[1, 2, 3],
                [4, 5, 6],
                [7, 8, 9]]] dtype=bfloat16 ]
        """

    def __repr__(self) -> str:
        """
        Prints the tensor as list of nested lists. Number of levels of nesting is equal to tensor rank.

        .. code-block:: python

            print(tt_tensor)

        Example output for a rank 4 TT Tensor with shape (1, 1, 32, 32):

        .. code-block::

            [ [[[0.220703, 0.839844, 0.960938, ..., 0.378906, 0.507812],
            [0.03125, 0.511719, 0.0407715, ..., 0.945312, 0.671875],
            ...
            [0.433594, 0.165039, 0.980469, ..., , 0.349609]]] dtype=bfloat16 ]
        """

    def volume(self) -> int:
        """
        Get the volume of the tensor.

        .. code-block:: python

            volume = tt_tensor.physical_volume()
        """

    def logical_volume(self) -> int:
        """
        Get the logical volume of the tensor.

        .. code-block:: python

            volume = tt_tensor.logical_volume()
        """

    def storage_type(self) -> StorageType:
        """
        Check if the tensor is on host

        .. code-block:: python

            storage_type = tt_tensor.storage_type()
        """

    def device(self) -> ttnn._ttnn.multi_device.MeshDevice:
        """
        Get the device of the tensor.

        .. code-block:: python

            device = tt_tensor.device()
        """

    def devices(self) -> list[ttnn._ttnn.multi_device.MeshDevice]:
        """
        Get devices tensor is mapped on to.

        .. code-block:: python

            devices = tt_tensor.devices()
        """

    def to_torch_with_padded_shape(self) -> torch.Tensor:
        """
        Convert tensor to torch tensor using legacy padded shape.
        WARNING: Will be deprecated soon!

        The tensor must be on host when calling this function.

        .. code-block:: python

            data = tt_tensor.cpu().to_torch_with_padded_shape() # move TT Tensor to host and convert it to torch tensor
        """

    def to_torch(self, mesh_composer: ttnn._ttnn.multi_device.CppMeshToTensor | None = None) -> torch.Tensor:
        """
        Convert tensor to torch tensor.

        The tensor must be on host when calling this function.

        .. code-block:: python

            data = tt_tensor.cpu().to_torch() # move TT Tensor to host and convert it to torch tensor
        """

    def to_numpy(self, mesh_composer: ttnn._ttnn.multi_device.CppMeshToTensor | None = None) -> NDArray:
        """
        Convert tensor to numpy tensor.

        The tensor must be on host when calling this function.

        .. code-block:: python

            data = tt_tensor.cpu().to_numpy() # move TT Tensor to host and convert it to numpy tensor
        """

    def host_buffer(self) -> ttnn._ttnn.multi_device.DistributedHostBuffer:
        """
        Get the underlying host buffer.

        The tensor must be on the cpu when calling this function.

        .. code-block:: python

            buffer = tt_tensor.cpu().host_buffer() # move TT Tensor to host and get the buffer
        """

    def buffer_address(self) -> int:
        """
        Get the address of the underlying buffer.

        The tensor must be on the single device when calling this function.

        .. code-block:: python

            address = tt_tensor.buffer_address()
        """

    def device_coords(self) -> list[ttnn._ttnn.multi_device.MeshCoordinate]:
        """
        The mesh coordinates this tensor's storage spans.

        One entry for a single-device tensor (whichever coordinate it was built at), and one
        per device for a mesh tensor, in row-major order. Use it to name a device when
        querying per-(device, core) state:

        .. code-block:: python

            addr = t.experimental_per_core_buffer_address(t.device_coords()[0], core)
            per_dev = [t.experimental_per_core_buffer_address(c, core) for c in t.device_coords()]
        """

    def experimental_per_core_buffer_address(self, device_coord: ttnn._ttnn.multi_device.MeshCoordinate, core: CoreCoord) -> int:
        """
        Get the per-(device, core) L1 address for a core on a specific mesh device
        (experimental per-core allocation).

        Per-core allocation gives a different address per (device, core), so this is the
        correct query for a multi-device tensor.

        .. code-block:: python

            address = tt_tensor.experimental_per_core_buffer_address(
                ttnn.MeshCoordinate(0, 1), ttnn.CoreCoord(0, 0))
        """

    def is_per_core_allocated(self) -> bool:
        """
        Returns True if this tensor was allocated with experimental per-core L1 allocation.

        Per-core allocated tensors have a different physical address per (device, core), so
        they cannot be queried with ``buffer_address()``. Use this property to branch between
        ``buffer_address()`` and ``experimental_per_core_buffer_address(device_coord, core)``.

        .. code-block:: python

            if tensor.is_per_core_allocated():
                addr = tensor.experimental_per_core_buffer_address(tensor.device_coords()[0], core)
            else:
                addr = tensor.buffer_address()
        """

    def is_range_lockstep_allocated(self) -> bool:
        """
        Returns True if this tensor was allocated with experimental range lockstep allocation.

        The tensor still has one address, as with ordinary lockstep; the allocator only kept
        that address clear of per-core allocations on the cores the tensor occupies, rather
        than on every core. Reads the args the buffer was created with, so it reports what
        reached the allocator rather than what the memory config asked for.

        .. code-block:: python

            assert tensor.is_range_lockstep_allocated()
        """

    def buffer_page_size(self) -> int:
        """
        Get the page size of the underlying buffer in bytes.

        For tiled tensors, this is the tile size. For row-major tensors,
        this is the stick size (width * element_size).

        The tensor must be on device.
        """

    def buffer_num_pages(self) -> int:
        """
        Get the number of pages in the underlying buffer.

        For tiled tensors, this is the number of tiles.
        For row-major tensors, this is the number of sticks (rows).

        The tensor must be on device.
        """

    def buffer_aligned_page_size(self) -> int:
        """
        Get the aligned page size of the underlying buffer in bytes.

        This is the page size rounded up to the buffer's alignment requirement
        (e.g., DRAM alignment). Used for efficient DMA transfers.

        The tensor must be on device.
        """

    def element_size(self) -> int:
        """
        Get the size of a single element in bytes for this tensor's data type.

        Returns:
            int: Element size in bytes (e.g., 2 for bfloat16, 4 for float32).
        """

    def buffer_unique_id(self) -> int | None:
        """
        Get the unique ID of this tensor's root backing device buffer, or
        None if the tensor is not on device / not allocated. Views return
        the ID of the buffer that owns their device memory. This ID matches
        the IDs reported by the unsafe-allocation tracker.
        """

    def get_layout(self) -> Layout:
        """
        Get memory layout of TT Tensor.

        .. code-block:: python

            layout = tt_tensor.layout()
        """

    def get_tile(self) -> Tile:
        """
        Get tile dims of TT Tensor.

        .. code-block:: python

            tile = tt_tensor.get_tile()
        """

    def memory_config(self) -> MemoryConfig:
        """
        Get buffer type of TT Tensor.

        .. code-block:: python

            memory_config = tt_tensor.memory_config()
        """

    def is_allocated(self) -> bool:
        """
        Check if TT Tensor is allocated.

        .. code-block:: python

            is_sharded = tt_tensor.is_sharded()
        """

    def is_sharded(self) -> bool:
        """
        Check if TT Tensor is sharded.

        .. code-block:: python

            is_sharded = tt_tensor.is_sharded()
        """

    def get_dtype(self) -> DataType:
        """
        Get dtype of TT Tensor.

        .. code-block:: python

            dtype = tt_tensor.dtype()
        """

    @overload
    def reshape(self, arg0: int, arg1: int, arg2: int, arg3: int, /) -> Tensor:
        """
        Reshapes TT tensor

        .. code-block:: python

            reshaped_tensor = tt_tensor.reshape(N, C, H, W)
        """

    @overload
    def reshape(self, arg: ttnn._ttnn.types.Shape, /) -> Tensor:
        """
        Reshapes TT tensor

        .. code-block:: python

            reshaped_tensor = tt_tensor.reshape((4, 3, 32))
        """

    @overload
    def reshape(self, arg: Sequence[int], /) -> Tensor:
        """
        Reshapes TT tensor

        .. code-block:: python

            reshaped_tensor = tt_tensor.reshape((4, -1, 32))
        """

    def to_list(self) -> object:
        """
        Return TT tensor values as python list

        .. code-block:: python

            py_list = tt_tensor.to_list()
        """

    def tensor_topology(self) -> ttnn._ttnn.multi_device.TensorTopology:
        """
        Get the topology of the tensor.

        .. code-block:: python

            topology = tt_tensor.tensor_topology()
        """

    def update_tensor_topology(self, topology: ttnn._ttnn.multi_device.TensorTopology) -> None:
        """
        Update the topology of the tensor.

        .. code-block:: python

            tt_tensor.update_tensor_topology(new_topology)
        """

    @property
    def tensor_id(self) -> int: ...

    @tensor_id.setter
    def tensor_id(self, arg: int, /) -> None: ...

    def __add__(self, other: Tensor | float, /) -> Tensor: ...

    def __eq__(self, other: object, /) -> Tensor: ...

    def __ge__(self, other: Tensor | float, /) -> Tensor: ...

    def __getitem__(self, key: Any, /) -> Tensor: ...

    def __gt__(self, other: Tensor | float, /) -> Tensor: ...

    def __le__(self, other: Tensor | float, /) -> Tensor: ...

    def __lt__(self, other: Tensor | float, /) -> Tensor: ...

    def __matmul__(self, other: Tensor, /) -> Tensor: ...

    def __mul__(self, other: Tensor | float, /) -> Tensor: ...

    def __ne__(self, other: object, /) -> Tensor: ...

    def __radd__(self, other: Tensor | float, /) -> Tensor: ...

    def __rmul__(self, other: Tensor | float, /) -> Tensor: ...

    def __rsub__(self, other: Tensor | float, /) -> Tensor: ...

    def __rtruediv__(self, other: Tensor | float, /) -> Tensor: ...

    def __sub__(self, other: Tensor | float, /) -> Tensor: ...

    def __truediv__(self, other: Tensor | float, /) -> Tensor: ...

class DumpTensorMode(enum.Enum):
    DISTRIBUTED_GATHER = 0

    LOCAL = 1

def tile_size(dtype: DataType) -> int:
    """
    Get tile size in bytes for the given data type (standard 32x32 tile).

    Args:
        dtype: TTNN data type (e.g., ttnn.bfloat16, ttnn.float32).

    Returns:
        int: Tile size in bytes (e.g., 2048 for bfloat16, 4096 for float32).

    Example:
    >>> ttnn.tile_size(ttnn.bfloat16)  # Returns 2048
    >>> ttnn.tile_size(ttnn.float32)   # Returns 4096
    """

def element_size(dtype: DataType) -> int:
    """
    Get element size in bytes for the given data type.

    Args:
        dtype: TTNN data type (e.g., ttnn.bfloat16, ttnn.float32).

    Returns:
        int: Element size in bytes (e.g., 2 for bfloat16, 4 for float32).

    Example:
    >>> ttnn.element_size(ttnn.bfloat16)  # Returns 2
    >>> ttnn.element_size(ttnn.float32)   # Returns 4
    """

def corerange_to_cores(core_range_set: CoreRangeSet, max_cores: int | None = None, row_wise: bool = False) -> list[CoreCoord]:
    """Convert a CoreRangeSet to a vector of CoreCoords"""

def dump_tensor_flatbuffer(filename: str, tensor: Tensor, mode: DumpTensorMode = DumpTensorMode.DISTRIBUTED_GATHER) -> None:
    """Dump tensor to file using FlatBuffer format with inline file storage."""

def load_tensor_flatbuffer(file_name: str, device: ttnn._ttnn.multi_device.MeshDevice | None = None) -> Tensor:
    """Load tensor to file using FlatBuffer format with inline file storage."""

class OverlappedTensor:
    """
    A logical view of a sub-tensor within a fused (overlapped) device buffer.

    The fused tensor is a raw byte container whose own tensor properties
    (dtype, layout, shard spec) are generally meaningless for the individual
    sub-tensors.  This class carries the intended per-sub-tensor properties
    alongside a shared reference to the underlying fused buffer.
    """

    def __init__(self, fused_tensor: Tensor, tensor_shape: Sequence[int], shard_shape: Sequence[int], core_range_set: CoreRangeSet, dtype: DataType, tile_shape: Sequence[int], byte_offset: int = 0, total_size: int = 0) -> None: ...

    @property
    def fused_tensor(self) -> Tensor: ...

    @fused_tensor.setter
    def fused_tensor(self, arg: Tensor, /) -> None: ...

    @property
    def tensor_shape(self) -> tuple: ...

    @tensor_shape.setter
    def tensor_shape(self, arg: Sequence[int], /) -> None: ...

    @property
    def shard_shape(self) -> tuple: ...

    @shard_shape.setter
    def shard_shape(self, arg: Sequence[int], /) -> None: ...

    @property
    def core_range_set(self) -> CoreRangeSet: ...

    @core_range_set.setter
    def core_range_set(self, arg: CoreRangeSet, /) -> None: ...

    @property
    def dtype(self) -> DataType: ...

    @dtype.setter
    def dtype(self, arg: DataType, /) -> None: ...

    @property
    def tile_shape(self) -> tuple: ...

    @tile_shape.setter
    def tile_shape(self, arg: Sequence[int], /) -> None: ...

    @property
    def byte_offset(self) -> int: ...

    @byte_offset.setter
    def byte_offset(self, arg: int, /) -> None: ...

    @property
    def total_size(self) -> int: ...

    @total_size.setter
    def total_size(self, arg: int, /) -> None: ...

    def get_tile(self) -> Tile:
        """Return a Tile object constructed from the tile_shape."""

def dump_overlapped_tensors(file_name: str, views: dict) -> None:
    """
    Dump a dict of OverlappedTensor to a single file using FlatBuffer format.
    All views must reference the same fused tensor.
    """

def load_overlapped_tensors(file_name: str, device: ttnn._ttnn.multi_device.MeshDevice | None = None) -> dict:
    """
    Load a dict of OverlappedTensor from a file serialized with dump_overlapped_tensors.
    """

def decorate_external_operation(function: Callable, function_name: str | None = None) -> object:
    """
    Decorate external operation for purposes of reporting and profiling.

        +----------+----------------------+-----------+-------------+----------+
        | Argument | Description          | Data type | Valid range | Required |
        +==========+======================+===========+=============+==========+
        | function | Fallback Operation   | Function  |             | Yes      |
        +----------+----------------------+-----------+-------------+----------+
        | args     | Packed args          | tuple     |             | No       |
        +----------+----------------------+-----------+-------------+----------+
        | kwargs   | Packed kwargs        | dict      |             | No       |
        +----------+----------------------+-----------+-------------+----------+
    """

def experimental_to_single_device(host_tensor: Tensor, mesh_device: ttnn._ttnn.multi_device.MeshDevice, coord: ttnn._ttnn.multi_device.MeshCoordinate, memory_config: MemoryConfig) -> Tensor:
    """
    Write a host tensor to a single device within a mesh (experimental per-core allocation).
    Allocates on the target device's own allocator and writes data.
    """

def get_optimal_worker_cores_for_sharded_tensor(tensor: Tensor, noc: ttnn._ttnn.types.NOC = ttnn._ttnn.types.NOC.RISCV_0_default) -> list[CoreCoord]:
    """
    Returns the optimal worker cores on which to launch programs and kernels for a sharded tensor.
    These are the worker cores that will allow the program to maximize its use of shard data locality and reduce NoC traffic.

    For L1-sharded tensors, returns the cores that hold shards in shard-orientation order.
    For DRAM-sharded tensors, returns the optimal Tensix worker core for each DRAM bank
    (in shard-orientation order) that holds shards.

    Args:
        tensor: A sharded device tensor (legacy 2D or ND sharded).
        noc: Which NOC to use for optimal DRAM to worker core mapping (relevant only for DRAM-sharded tensors, default NOC_0).

    Returns:
        List of worker CoreCoords in shard-orientation order.

    Example:
        >>> cores = ttnn.get_optimal_worker_cores_for_sharded_tensor(sharded_tensor)
        >>> # cores will have a list of CoreCoords in shard-orientation order. These are the optimal worker cores on which programs/kernels can be launched for the sharded tensor.
    """
