# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""core operations"""

import enum
from typing import overload

import ttnn._ttnn.device
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor
import ttnn._ttnn.types


class ThrottleLevel(enum.Enum):
    """
    Enum for controlling compute throttling.

    Higher levels insert NOP instructions to reduce compute throughput:
    - LEVEL_1: Throttle to 73% of max performance
    - LEVEL_2: Throttle to 67% of max performance
    - LEVEL_3: Throttle to 50% of max performance
    - LEVEL_4: Throttle to 40% of max performance
    - LEVEL_5: Throttle to 33% of max performance

    Used to prevent di/dt (power supply current) issues on large core counts.
    """

    NO_THROTTLE = 0

    LEVEL_1 = 1

    LEVEL_2 = 2

    LEVEL_3 = 3

    LEVEL_4 = 4

    LEVEL_5 = 5

class DeviceComputeKernelConfig:
    """
    Abstract base type used in op signatures to accept any architecture-specific compute kernel config.

    Example concrete, instantiable class is :class:`ttnn.WormholeComputeKernelConfig`, which is valid for both
    Wormhole and Blackhole devices. Construct one of the concrete classes and pass it wherever a
    ``ttnn.DeviceComputeKernelConfig`` is expected.
    """

class WormholeComputeKernelConfig:
    """
    Compute kernel configuration for Wormhole devices. Note that ``BlackholeComputeKernelConfig``
    is a type alias for the same class (``WormholeComputeKernelConfig``).

    Controls the precision/throughput trade-offs of the on-chip matrix engine and SFPU.
    Pass an instance of this class as the ``compute_kernel_config`` argument to ops such as
    :func:`ttnn.matmul`, :func:`ttnn.linear`, and others that accept a
    :class:`ttnn.DeviceComputeKernelConfig`.

    See the per-attribute docs below for what each field does, and
    ``tech_reports/matrix_engine/matrix_engine.md`` for the full architectural background.
    """

    def __init__(self, *, math_fidelity: ttnn._ttnn.tensor.MathFidelity = ttnn._ttnn.tensor.MathFidelity.Invalid, math_approx_mode: bool = True, fp32_dest_acc_en: bool = False, packer_l1_acc: bool = False, dst_full_sync_en: bool = False, throttle_level: ThrottleLevel = ThrottleLevel.NO_THROTTLE) -> None: ...

    @property
    def math_fidelity(self) -> ttnn._ttnn.tensor.MathFidelity:
        """
        Controls the number of mantissa-bit passes through the 5b×7b multiplier array, trading
        throughput for precision. See :class:`ttnn.MathFidelity` for the available values.
        """

    @math_fidelity.setter
    def math_fidelity(self, arg: ttnn._ttnn.tensor.MathFidelity, /) -> None: ...

    @property
    def math_approx_mode(self) -> bool:
        """
        When ``True``, SFPU ops that have an approximate variant (e.g. ``exp``, ``gelu``, ``sqrt``)
        run in high-performance / lower-precision mode instead of high-precision / lower-performance mode.
        Has no effect on ops that do not have an approximate variant.
        """

    @math_approx_mode.setter
    def math_approx_mode(self, arg: bool, /) -> None: ...

    @property
    def fp32_dest_acc_en(self) -> bool:
        """
        When ``True``, the FPU accumulates results into the math destination (DST) register in FP32
        instead of BFLOAT16. This is required when the output dtype is ``FLOAT32`` and improves
        numerical accuracy for intermediate accumulations.

        Warning: enabling this halves the number of tiles that fit in DST. With ``DstSync::Half``,
        BFLOAT16 holds 8 tiles while FP32 holds only 4.
        """

    @fp32_dest_acc_en.setter
    def fp32_dest_acc_en(self, arg: bool, /) -> None: ...

    @property
    def packer_l1_acc(self) -> bool:
        """
        When ``True``, the packer reads the current value at the output SRAM address, adds the value
        from DST, and writes the result back (in-place accumulation in SRAM). This is useful for
        accumulating partial sums in higher precision circular buffer (e.g. FP32) across multiple kernel launches,
        and then doing a final pack to a lower-precision circular buffer (e.g. BFLOAT16).
        """

    @packer_l1_acc.setter
    def packer_l1_acc(self, arg: bool, /) -> None: ...

    @property
    def dst_full_sync_en(self) -> bool:
        """
        When ``True``, the math and pack units synchronize over the full DST register rather than
        the default half-DST split. Leave at ``False`` unless you explicitly need full-DST sync
        semantics.
        """

    @dst_full_sync_en.setter
    def dst_full_sync_en(self, arg: bool, /) -> None: ...

    @property
    def throttle_level(self) -> ThrottleLevel:
        """
        Inserts NOP instructions into the compute kernel to reduce throughput and limit di/dt
        (power-supply current transients) when running on large core grids. See
        :class:`ttnn.ThrottleLevel` for the available levels and their throughput percentages.
        """

    @throttle_level.setter
    def throttle_level(self, arg: ThrottleLevel, /) -> None: ...

def init_device_compute_kernel_config(arch: ttnn._ttnn.device.Arch, device_kernel_config: WormholeComputeKernelConfig | None = None, *, math_fidelity: ttnn._ttnn.tensor.MathFidelity = ttnn._ttnn.tensor.MathFidelity.LoFi, math_approx_mode: bool = True, fp32_dest_acc_en: bool = False, packer_l1_acc: bool = False, dst_full_sync_en: bool = False, throttle_level: ThrottleLevel = ThrottleLevel.NO_THROTTLE) -> WormholeComputeKernelConfig: ...

def unsqueeze_to_4D(tensor: ttnn._ttnn.tensor.Tensor) -> ttnn._ttnn.tensor.Tensor: ...

def to_device(tensor: ttnn._ttnn.tensor.Tensor, device: ttnn._ttnn.multi_device.MeshDevice, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, *, queue_id: ttnn._ttnn.types.QueueId | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Copy tensor from host to device.

    Args:
        tensor (ttnn.Tensor): The tensor to be copied from host to device.
        device (ttnn.Device | ttnn.MeshDevice): The target device where the tensor will be copied.
        memory_config (ttnn.MemoryConfig, optional): The memory configuration to use. Defaults to `None`, DRAM_MEMORY_CONFIG will be used.

    Keyword Args:
        queue_id (ttnn.QueueId, optional): The queue id to use. Defaults to `None`.

    Returns:
        ttnn.Tensor: The device tensor copy.
    """

def from_device(tensor: ttnn._ttnn.tensor.Tensor, blocking: bool = True, *, queue_id: ttnn._ttnn.types.QueueId | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Copy tensor from device to host.

    Args:
        tensor (ttnn.Tensor): the tensor to be copied from device to host.
        blocking (bool, optional): whether the operation should be blocked until the copy is complete. Defaults to `True`.

    Keyword Args:
        queue_id (ttnn.QueueId, optional): The queue id to use. Defaults to `None`.

    Returns:
        ttnn.Tensor: the host tensor copy.
    """

def deallocate(tensor: ttnn._ttnn.tensor.Tensor, force: bool = True) -> None:
    """
    Deallocates device tensor. Releases the resources for `ttnn.Tensor` :attr:`tensor` explicitly.

    Args:
        tensor (ttnn.Tensor): the input tensor.
        force (bool, optional): force deallocation even if the buffer may have multiple references. Defaults to `True`.

    Returns:
        `None`: deallocates the tensor.
    """

def reallocate(tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor:
    """
    Deallocates device tensor and returns a reallocated tensor.

    Args:
        tensor (ttnn.Tensor): the input tensor.
        memory_config (ttnn.MemoryConfig, optional): memory configuration for the reallocated tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the reallocated tensor.
    """

class to_memory_config_t:
    """
    Converts a tensor to the desired memory configuration. Used for converting tensors to sharded tensors, interleaved tensors, or converting between DRAM and L1 memory.

    Args:
        tensor (ttnn.Tensor): the input tensor to be converted.
        memory_config (ttnn.MemoryConfig): the desired memory configuration for the tensor.
        dtype (ttnn.DataType, optional): the optional `ttnn` data type. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): the optional output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the converted tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig, dtype: ttnn._ttnn.tensor.DataType | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

to_memory_config: to_memory_config_t = ...

class to_dtype_t:
    """
    Converts a host tensor to the desired dtype.

    Args:
        tensor (ttnn.Tensor): the tensor to be converted to the desired dtype.
        dtype (ttnn.DataType): the desired data type.

    Note:
        This operations supports tensors according to the following data types and layout:

        .. list-table:: tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT32, INT32, UINT16, UINT8, INT8
                - TILE
            * - BFLOAT16, FLOAT32, UINT32, INT32, UINT16, UINT8, INT8
                - ROW_MAJOR

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, Block, and ND Sharded: DRAM and L1

        Limitations:
            -  tensor must be on the host.
            -  INT8 (like UINT8) is host-only: device typecast/tilize are not yet supported for it,
               so INT8 conversions run on host.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, dtype: ttnn._ttnn.tensor.DataType) -> ttnn._ttnn.tensor.Tensor: ...

to_dtype: to_dtype_t = ...

@overload
def allocate_tensor_on_device(tensor_spec: ttnn._ttnn.tensor.TensorSpec, mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> ttnn._ttnn.tensor.Tensor: ...

@overload
def allocate_tensor_on_device(shape: ttnn._ttnn.types.Shape, dtype: ttnn._ttnn.tensor.DataType, layout: ttnn._ttnn.tensor.Layout, mesh_device: ttnn._ttnn.multi_device.MeshDevice, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

@overload
def allocate_tensor_on_host(tensor_spec: ttnn._ttnn.tensor.TensorSpec, mesh_device: ttnn._ttnn.multi_device.MeshDevice) -> ttnn._ttnn.tensor.Tensor: ...

@overload
def allocate_tensor_on_host(shape: ttnn._ttnn.types.Shape, dtype: ttnn._ttnn.tensor.DataType, layout: ttnn._ttnn.tensor.Layout, mesh_device: ttnn._ttnn.multi_device.MeshDevice, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

def copy_host_to_device_tensor(host_tensor: ttnn._ttnn.tensor.Tensor, device_tensor: ttnn._ttnn.tensor.Tensor, cq_id: ttnn._ttnn.types.QueueId | None = None) -> None:
    """
    Copies a tensor from host to device.

    Args:
        host_tensor (ttnn.Tensor): the tensor to be copied from host to device.
        device_tensor (ttnn.Tensor): the tensor to be copied to.
        cq_id (ttnn.QueueId, optional): The queue id to use. Defaults to `None`.

    Note:
        This operations supports tensors according to the following data types and layout:

        .. list-table:: host/device tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT32, INT32, UINT16, UINT8
                - TILE
            * - BFLOAT16, FLOAT32, UINT32, INT32, UINT16, UINT8
                - ROW_MAJOR

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, Block, and ND Sharded: DRAM and L1

        Limitations:
            -  Host and Device tensors must be the same shape, have the same datatype, and have the same data layout (ROW_MAJOR or TILE).
    """

def copy_host_to_device_tensor_partial(host_tensor: ttnn._ttnn.tensor.Tensor, device_tensor: ttnn._ttnn.tensor.Tensor, logical_core_filter: ttnn._ttnn.tensor.CoreRangeSet, cq_id: ttnn._ttnn.types.QueueId | None = None) -> None:
    """
    Copies host tensor data into the pre-allocated device tensor, writing only shards mapped to
    cores in ``logical_core_filter``. The device tensor must use a sharded buffer layout.

    - Empty ``logical_core_filter`` is a no-op (no shards are written).
    - Non-empty ``logical_core_filter`` with an interleaved device buffer raises an error.
    """

def copy_device_to_host_tensor(device_tensor: ttnn._ttnn.tensor.Tensor, host_tensor: ttnn._ttnn.tensor.Tensor, blocking: bool = True, cq_id: ttnn._ttnn.types.QueueId | None = None) -> None:
    """
    Copies a tensor from device to host.

    Args:
        device_tensor (ttnn.Tensor): the tensor to be copied from device to host.
        host_tensor (ttnn.Tensor): the tensor to be copied to.
        blocking (bool, optional): whether the operation should be blocked until the copy is complete. Defaults to `True`.
        cq_id (ttnn.QueueId, optional): The queue id to use. Defaults to `None`.

    Note:
        This operations supports tensors according to the following data types and layout:

        .. list-table:: device/host tensor
            :header-rows: 1

            * - dtype
                - layout
            * - BFLOAT16, BFLOAT8_B, BFLOAT4_B, FLOAT32, UINT32, INT32, UINT16, UINT8
                - TILE
            * - BFLOAT16, FLOAT32, UINT32, INT32, UINT16, UINT8
                - ROW_MAJOR

        Memory Support:
            - Interleaved: DRAM and L1
            - Height, Width, Block, and ND Sharded: DRAM and L1

        Limitations:
            -  Host and Device tensors must be the same shape, have the same datatype, and have the same data layout (ROW_MAJOR or TILE).
    """

class to_layout_t:
    """
    Organizes the `ttnn.Tensor` tensor into either `ttnn.ROW_MAJOR_LAYOUT` or `ttnn.TILE_LAYOUT`.

    When requesting `ttnn.ROW_MAJOR_LAYOUT`, the tensor will be returned unpadded in the last two dimensions.
    When requesting `ttnn.TILE_LAYOUT`, the tensor will be automatically padded where the width and height
    become multiples of 32. In the case where the layout is the same, the operation simply pads or unpads
    the last two dimensions depending on the requested layout.

    Args:
        tensor (ttnn.Tensor): the input tensor to be organized.
        layout (ttnn.Layout): the desired layout, either `ttnn.ROW_MAJOR_LAYOUT` or `ttnn.TILE_LAYOUT`.
        dtype (ttnn.DataType, optional): the optional output data type.
        memory_config (ttnn.MemoryConfig, optional): the optional output memory configuration.
        sub_core_grids (ttnn.CoreRangeSet, optional): the optional sub core grids. Defaults to `None`.
        pad_value (float, optional): the optional pad value. Defaults to `0.0f`.

    Returns:
        ttnn.Tensor: the tensor with the requested layout.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, layout: ttnn._ttnn.tensor.Layout, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, pad_value: float = 0.0) -> ttnn._ttnn.tensor.Tensor: ...

to_layout: to_layout_t = ...

def num_cores_to_corerangeset(arg0: int, arg1: ttnn._ttnn.tensor.CoreCoord, arg2: bool, /) -> ttnn._ttnn.tensor.CoreRangeSet:
    """Create a CoreRangeSet containing the specified number of cores"""

def num_cores_to_corerangeset_in_subcoregrids(arg0: ttnn._ttnn.tensor.CoreCoord, arg1: int, arg2: ttnn._ttnn.tensor.CoreRangeSet, arg3: bool, /) -> ttnn._ttnn.tensor.CoreRangeSet:
    """
    Create a CoreRangeSet containing the specified number of cores starting from start_core in given subcoregrids
    """

@overload
def split_work_to_cores(grid_size: ttnn._ttnn.tensor.CoreCoord, units_to_divide: int, row_wise: bool = False) -> tuple[int, ttnn._ttnn.tensor.CoreRangeSet, ttnn._ttnn.tensor.CoreRangeSet, ttnn._ttnn.tensor.CoreRangeSet, int, int]:
    """
    Split work units across cores in a grid.

    This function divides a specified number of work units across cores in a grid.
    It returns information about how the work is distributed, including core ranges
    for different groups if work cannot be evenly divided.

    Args:
        grid_size (ttnn.CoreCoord): The size of the core grid (x, y dimensions).
        units_to_divide (int): The total number of work units to distribute.
        row_wise (bool, optional): Whether to distribute work by iterating row-wise. Defaults to False.

    Returns:
        tuple: A tuple containing:
            - num_cores (int): Number of cores being used
            - all_cores (CoreRangeSet): All cores involved
            - core_group_1 (CoreRangeSet): Cores doing more work
            - core_group_2 (CoreRangeSet): Cores doing less work (empty if evenly divisible)
            - units_per_core_group_1 (int): Work units per core in group 1
            - units_per_core_group_2 (int): Work units per core in group 2

    Example:
    >>> # Split 100 tiles across an 8x8 core grid
    >>> num_cores, all_cores, core_group_1, core_group_2, units_1, units_2 = \\\\
    ...     ttnn.split_work_to_cores(ttnn.CoreCoord(8, 8), 100)
    >>> print(f"Using {num_cores} cores, {units_1} units per core in group 1, {units_2} in group 2")
    """

@overload
def split_work_to_cores(core_grid: ttnn._ttnn.tensor.CoreRangeSet, units_to_divide: int, row_wise: bool = False) -> tuple[int, ttnn._ttnn.tensor.CoreRangeSet, ttnn._ttnn.tensor.CoreRangeSet, ttnn._ttnn.tensor.CoreRangeSet, int, int]:
    """
    Split work units across cores in a CoreRangeSet.

    This function divides a specified number of work units across cores in a CoreRangeSet.
    It returns information about how the work is distributed, including core ranges
    for different groups if work cannot be evenly divided.

    Args:
        core_grid (ttnn.CoreRangeSet): The set of core ranges to distribute work across.
        units_to_divide (int): The total number of work units to distribute.
        row_wise (bool, optional): Whether to distribute work by iterating row-wise. Defaults to False.

    Returns:
        tuple: A tuple containing:
            - num_cores (int): Number of cores being used
            - all_cores (CoreRangeSet): All cores involved
            - core_group_1 (CoreRangeSet): Cores doing more work
            - core_group_2 (CoreRangeSet): Cores doing less work (empty if evenly divisible)
            - units_per_core_group_1 (int): Work units per core in group 1
            - units_per_core_group_2 (int): Work units per core in group 2

    Example:
    >>> # Split 100 tiles across an 8x8 core grid
    >>> core_rangeset = ttnn.CoreRangeSet(ttnn.CoreRange(ttnn.CoreCoord(0,0), ttnn.CoreCoord(7,7)))
    >>> num_cores, all_cores, core_group_1, core_group_2, units_1, units_2 = \\\\
    ...     ttnn.split_work_to_cores(core_rangeset, 100)
    >>> print(f"Using {num_cores} cores, {units_1} units per core in group 1, {units_2} in group 2")
    """

@overload
def grid_to_cores(num_cores: int, grid_size_x: int, grid_size_y: int, row_wise: bool = False) -> list[ttnn._ttnn.tensor.CoreCoord]:
    """
    Convert a grid specification to a list of CoreCoord objects.

    Args:
        num_cores (int): Number of cores to generate coordinates for.
        grid_size_x (int): Width of the core grid.
        grid_size_y (int): Height of the core grid.
        row_wise (bool, optional): Iterate row-wise. Defaults to False.

    Returns:
        list[CoreCoord]: List of core coordinates.

    Example:
    >>> cores = ttnn.grid_to_cores(4, 8, 8)
    """

@overload
def grid_to_cores(start: ttnn._ttnn.tensor.CoreCoord, end: ttnn._ttnn.tensor.CoreCoord, row_wise: bool = False) -> list[ttnn._ttnn.tensor.CoreCoord]:
    """
    Convert a core range to a list of CoreCoord objects.

    Args:
        start (CoreCoord): Start coordinate of the range.
        end (CoreCoord): End coordinate of the range (inclusive).
        row_wise (bool, optional): Iterate row-wise. Defaults to False.

    Returns:
        list[CoreCoord]: List of core coordinates.
    """
