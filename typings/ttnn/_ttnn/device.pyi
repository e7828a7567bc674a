# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn devices"""

from typing import Any

from collections.abc import Callable, Mapping, Sequence
import enum
from typing import overload

import ttnn._ttnn.fabric
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor
import ttnn._ttnn.types



class Arch(enum.Enum):
    """Enum of types of Tenstorrent accelerator devices."""

    WORMHOLE_B0 = 2

    BLACKHOLE = 3

    QUASAR = 4

class DispatchCoreType(enum.Enum):
    """Enum of types of dispatch cores."""

    WORKER = 0

    ETH = 1

class DispatchCoreAxis(enum.Enum):
    """Enum of axis (row or col) of dispatch cores."""

    ROW = 0

    COL = 1

class DispatchCoreConfig:
    """Class representing dispatch core configuration."""

    @overload
    def __init__(self) -> None:
        """
        Default constructor initializing type to WORKER and axis to default value on platform architecture.
        """

    @overload
    def __init__(self, type: DispatchCoreType) -> None:
        """
        Constructor with specified dispatch core type and default axis on platform architecture.
        """

    @overload
    def __init__(self, type: DispatchCoreType, axis: DispatchCoreAxis) -> None:
        """Constructor with specified dispatch core type and axis."""

    @property
    def type(self) -> DispatchCoreType: ...

    @property
    def axis(self) -> DispatchCoreAxis: ...

class SubDevice:
    """Class describing a sub-device of a Tenstorrent accelerator device."""

    def __init__(self, cores: Sequence[ttnn._ttnn.tensor.CoreRangeSet]) -> None:
        """
        Creates a SubDevice object from a list of CoreRangeSet objects, where each CoreRangeSet object
        represents the cores from a specific CoreType.
        The order of cores is Tensix, then Ethernet.
        """

class SubDeviceId:
    """ID of a sub-device."""

    def __init__(self, id: int) -> None:
        """Creates a SubDeviceId object with the given ID."""

    def __repr__(self) -> str: ...

    def __eq__(self, arg: SubDeviceId, /) -> bool: ...

    def __ne__(self, arg: SubDeviceId, /) -> bool: ...

class SubDeviceManagerId:
    """ID of a sub-device manager."""

class ProgramRealtimeRecord:
    """Record containing real-time profiler data from a device."""

    @property
    def runtime_id(self) -> int:
        """Runtime ID"""

    @property
    def start_timestamp(self) -> int:
        """Device start timestamp (raw ticks)"""

    @property
    def end_timestamp(self) -> int:
        """Device end timestamp (raw ticks)"""

    @property
    def frequency(self) -> float:
        """Device clock frequency (cycles per ns)"""

    @property
    def chip_id(self) -> int:
        """Device chip ID"""

    @property
    def kernel_sources(self) -> list[str]:
        """
        Kernel source paths associated with this runtime ID; valid until the callback returns
        """

class ProgramRealtimeRecordBatch:
    """Batch of real-time profiler records delivered to a callback."""

    @property
    def records(self) -> list[ProgramRealtimeRecord]:
        """ProgramRealtimeRecord entries in this batch; non-empty, oldest first"""

    @property
    def dropped(self) -> int:
        """
        Records lost since this callback last ran; nonzero if the callback could not keep up with incoming profiler data
        """

class MemoryView:
    """
    Class representing view of the memory (dram, l1, l1_small, trace) of a device.
    """

    @property
    def num_banks(self) -> int: ...

    @property
    def total_bytes_per_bank(self) -> int: ...

    @property
    def total_bytes_allocated_per_bank(self) -> int: ...

    @property
    def total_bytes_free_per_bank(self) -> int: ...

    @property
    def largest_contiguous_bytes_free_per_bank(self) -> int: ...

    @property
    def block_table(self) -> list[dict[str, str]]: ...

def open_device(*, device_id: int, l1_small_size: int = ..., trace_region_size: int = ..., num_command_queues: int = ..., dispatch_core_config: ttnn._ttnn.device.DispatchCoreConfig | None = ..., worker_l1_size: int = ...) -> ttnn._ttnn.multi_device.MeshDevice:
    """
    Open a device with the given device_id. If the device is already open, return the existing device.

    Keyword Args:
        device_id (int): The device ID to open.
        l1_small_size (int, optional): The size of the L1 small buffer. Defaults to `ttnn.device.DEFAULT_L1_SMALL_SIZE`. The default is 0: ops that allocate from the L1_SMALL region (conv2d and pooling with kernel > 1, CCL semaphores) fail with an `L1_SMALL` out-of-memory error, or fall back to L1, unless this is large enough for their allocations. The conv and pool unit tests use 16384 or 32768; model demos under `models/` use 8192 to 131072.
        trace_region_size (int, optional): The size of the trace region. Defaults to `ttnn.device.DEFAULT_TRACE_REGION_SIZE`.
        num_command_queues (int, optional): The number of command queues to open. Defaults to 1.
        dispatch_core_config (ttnn.device.DispatchCoreConfig, optional): The dispatch core config to use. Defaults to a hardware-specific value.
        worker_l1_size (int, optional): The size of the user-allocatable L1 buffer. Defaults to a hardware-specific value.

    Returns:
        ttnn.Device: The device with the given device_id.

    Example:
        >>> device_id = 0
        >>> device = ttnn.open_device(device_id=device_id)
        >>> print(device)
        <ttnn._ttnn.device.Device object at 0x7fbac5bfc1b0>
    """

def close_device(device: ttnn._ttnn.multi_device.MeshDevice) -> None: ...

def deallocate_buffers(device: ttnn._ttnn.multi_device.MeshDevice) -> None:
    """Deallocate all buffers associated with Device handle"""

def create_dispatch_core_config(*, type: DispatchCoreType | None = None, axis: DispatchCoreAxis | None = None, fabric_tensix_config: ttnn._ttnn.fabric.FabricTensixConfig | None = None) -> DispatchCoreConfig:
    """
    Build a cluster/arch-aware DispatchCoreConfig (TTNN default that prefers maximum available worker cores).
    """

def CreateDevice(device_id: int, num_command_queues: int = 1, l1_small_size: int = 0, trace_region_size: int = 0, DispatchCoreConfig: DispatchCoreConfig | None = None, *, worker_l1_size: int = 0) -> ttnn._ttnn.multi_device.MeshDevice:
    """
    Creates an instance of TT device.

    +------------------+------------------------+---------------------+------------------------------+----------+
    | Argument         | Description            | Data type           | Valid range                  | Required |
    +==================+========================+=====================+==============================+==========+
    | device_id        | Device index           | int                 |                              | Yes      |
    +------------------+------------------------+---------------------+------------------------------+----------+
    """

def CreateDevices(device_ids: Sequence[int], num_command_queues: int = 1, l1_small_size: int = 0, trace_region_size: int = 0, DispatchCoreConfig: DispatchCoreConfig | None = None, *, worker_l1_size: int = 0) -> dict[int, ttnn._ttnn.multi_device.MeshDevice]:
    """
    Creates an instance of TT device.

    +------------------+------------------------+---------------------+------------------------------+----------+
    | Argument         | Description            | Data type           | Valid range                  | Required |
    +==================+========================+=====================+==============================+==========+
    | device_id        | Device index           | int                 |                              | Yes      |
    +------------------+------------------------+---------------------+------------------------------+----------+
    """

def CloseDevice(arg: ttnn._ttnn.multi_device.MeshDevice, /) -> None:
    """
    Reset an instance of TT accelerator device to default state and relinquish connection to device.

    +------------------+------------------------+-----------------------+-------------+----------+
    | Argument         | Description            | Data type             | Valid range | Required |
    +==================+========================+=======================+=============+==========+
    | device           | TT Device to close     | ttnn.Device           |             | Yes      |
    +------------------+------------------------+-----------------------+-------------+----------+
    """

def CloseDevices(arg: Mapping[int, ttnn._ttnn.multi_device.MeshDevice], /) -> None:
    """
    Reset an instance of TT accelerator device to default state and relinquish connection to device.

    +------------------+------------------------+-----------------------+-------------+----------+
    | Argument         | Description            | Data type             | Valid range | Required |
    +==================+========================+=======================+=============+==========+
    | device           | TT Device to close     | ttnn.Device           |             | Yes      |
    +------------------+------------------------+-----------------------+-------------+----------+
    """

def GetNumAvailableDevices() -> int:
    """Returns number of Tenstorrent devices that can be targeted."""

def GetNumPCIeDevices() -> int:
    """
    Returns number of Tenstorrent devices that are connected to host via PCIe and can be targeted.
    """

def GetPCIeDeviceID(arg: int, /) -> int:
    """Returns associated mmio device of give device id."""

def SetRootDir(root_dir: str) -> None:
    """
    Sets the root directory for TT Metal operations.
    Args:
        root_dir (str): Path to the root directory to set.
    Example:
        >>> ttnn.device.SetRootDir("/path/to/tt_metal_home")
    """

def SetDefaultDevice(device: ttnn._ttnn.multi_device.MeshDevice | None = None) -> None:
    """
    Sets the default device to use for operations when inputs are not on the device.

    Args:
        device (ttnn.Device): The TT device to use.

    Note:
        This functionality is planned for deprecation in the future.

    Example:
        >>> device_id = 0
        >>> device = ttnn.open_device(device_id = device_id)
        >>> ttnn.SetDefaultDevice(device)
    """

def ClearDefaultDevice() -> None:
    """Clears the default device (sets it to None)."""

def GetDefaultDevice() -> ttnn._ttnn.multi_device.MeshDevice:
    """
    Gets the default device to use for ops when inputs aren't on device.

    Returns:
        ttnn.Device: The default device to use.

    Note:
        This functionality is planned for deprecation in the future.

    Example:
        >>> device = ttnn.GetDefaultDevice()
    """

def pad_to_tile_shape(unpadded_shape: Sequence[int]) -> list:
    """
    Pads the given shape to tile shape (rounds last two dims up to multiples of 32).

    .. deprecated::
        This function is deprecated and will be removed in a future release.
        Use ``ttnn.to_layout(tensor, ttnn.TILE_LAYOUT)`` which handles
        tile-alignment automatically.

        If you only need the padded shape without converting layout, align
        dimensions manually::

            import math
            TILE = 32
            shape = list(original_shape)
            shape[-1] = math.ceil(shape[-1] / TILE) * TILE
            if len(shape) >= 2:
                shape[-2] = math.ceil(shape[-2] / TILE) * TILE

    Args:
        unpadded_shape (List of [int]): The original shape of the tensor to pad.

    Returns:
        List of [int]: The padded shape.

    Example:
        >>> padded_shape = ttnn.pad_to_tile_shape(unpadded_shape=[1, 2, 2, 2])
    """

def ClearKernelCache() -> None:
    """
    Clear the in-memory kernel compilation hash lookup cache.

    Note:
        This only clears the in-memory HashLookup cache.
        The compiler rebuilds binaries when:
        1. Kernel hash is NOT in HashLookup (cleared by this function), AND
        2. Binaries do not exist on disk (or persistent cache is disabled)

        To also clear disk-cached
            kernel binaries, you must delete the files in:
            ~/.cache/tt-metal-cache/<git_hash>/<build_id>/kernels/

    Example:
        >>> import ttnn
        >>> ttnn.device.ClearKernelCache()
    """

def get_dispatch_core_axis(device: ttnn._ttnn.multi_device.MeshDevice) -> DispatchCoreAxis:
    """
    Return the axis (ROW or COL) of the device's live dispatch-core configuration.

    COL means dispatch sits on the last column of the worker grid (the Blackhole default); ROW means
    the last row (Blackhole with fabric tensix enabled, or Wormhole). tt-blaze's two-phase upload uses
    it to find that edge: cargo shards off the edge are written under Fast Dispatch, and shards on it
    are written under Slow Dispatch after the session, because dispatch firmware occupies those cores
    during it.

    Args:
        device (ttnn.Device): The mesh device to query.

    Returns:
        ttnn.device.DispatchCoreAxis: ROW or COL.
    """

def initialize_fast_dispatch(device: ttnn._ttnn.multi_device.MeshDevice, allow_destructive: bool = False) -> None:
    """
    Dynamically enable Fast Dispatch on a MeshDevice that was opened in Slow Dispatch mode.

    Refuses, before any firmware is written, if an L1 or L1_SMALL allocation is resident on a core
    that Fast Dispatch will claim; dispatch cores may not hold L1 allocations while Fast Dispatch is
    active.

    Limitations:
        - Any interleaved L1 buffer resident when the session opens is refused, whatever its size:
          its pages are spread over every L1 bank.
        - A non-default sub-device manager still loaded on any view over an active chip is refused,
          even with allow_destructive: the check sees only the default manager's allocations.
          Sub-device managers aren't supported with manual Fast Dispatch; loading one during a
          session raises.
        - Every active device must be MMIO-attached; otherwise this raises before Fast Dispatch is
          enabled.

    Args:
        device (ttnn.Device): The mesh device to enable Fast Dispatch on.
        allow_destructive (bool): Warn and proceed instead of refusing. The resident L1 may be corrupted.
    """

def terminate_fast_dispatch(device: ttnn._ttnn.multi_device.MeshDevice) -> None:
    """
    Disable Fast Dispatch on a MeshDevice, returning it to Slow Dispatch mode.

    Args:
        device (ttnn.Device): The mesh device to disable Fast Dispatch on.
    """

def EnableMemoryReports() -> None:
    """Enables tt-metal to generate reports of memory allocation statistics"""

def DisableMemoryReports() -> None:
    """
    Disables generation of memory allocation statistics reports in tt-metal
    """

@overload
def DumpDeviceMemoryState(device: Any, prefix: str = '') -> None: ...

@overload
def DumpDeviceMemoryState(device: ttnn._ttnn.multi_device.MeshDevice, prefix: str = '') -> None:
    """
    Generates reports to dump device memory state. Three reports are generated:
    - `<prefix>l1_usage_summary.csv` has a table with an entry for each program indicating the minimum largest free L1 block and size of largest L1 buffer that can be interleaved across available free L1 blocks
    - `<prefix>memory_usage_summary.csv` for each program there is an entry indicating total allocatable, allocated, free, and largest free block sizes for each DRAM and L1 bank
    - `<prefix>detailed_memory_usage.csv` expands on the memory usage summary report by including each memory block address, size, and allocation status

    +------------------+----------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                      | Data type             | Valid range | Required |
    +==================+==================================+=======================+=============+==========+
    | device           | Device to dump memory state for  | ttnn.Device           |             | Yes      |
    | prefix           | Dumped report filename prefix    | str                   |             | No       |
    +------------------+----------------------------------+-----------------------+-------------+----------+
    """

@overload
def GetMemoryView(device: Any, buffer_type: ttnn._ttnn.tensor.BufferType) -> MemoryView: ...

@overload
def GetMemoryView(device: ttnn._ttnn.multi_device.MeshDevice, buffer_type: ttnn._ttnn.tensor.BufferType) -> MemoryView:
    """
    Populates MemoryView for BufferType [dram, l1, l1 small, trace]. Used when storing to disk is not an option.

    +------------------+----------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                      | Data type             | Valid range | Required |
    +==================+==================================+=======================+=============+==========+
    | device           | Device to dump memory state for  | ttnn.Device           |             | Yes      |
    | buffer_type      | Type of buffer for memory view   | ttnn.BufferType       |             | Yes      |
    +------------------+----------------------------------+-----------------------+-------------+----------+
    """

@overload
def GetAllocatorBaseAddress(device: Any, buffer_type: ttnn._ttnn.tensor.BufferType) -> int: ...

@overload
def GetAllocatorBaseAddress(device: ttnn._ttnn.multi_device.MeshDevice, buffer_type: ttnn._ttnn.tensor.BufferType) -> int:
    """
    Return the base address (in bytes) of the device's allocator region for the given buffer type.

    For ``ttnn.BufferType.L1`` this is the worker-L1 unreserved base, i.e. the lowest address
    that the allocator is allowed to hand out for tensor / buffer storage on Tensix worker
    cores. Combined with the worker-L1 size (queryable via :py:func:`ttnn.get_memory_view`), it
    defines the address range available for compute-time L1 allocations.

    +------------------+----------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                      | Data type             | Valid range | Required |
    +==================+==================================+=======================+=============+==========+
    | device           | Device to query                  | ttnn.Device           |             | Yes      |
    | buffer_type      | Allocator region (L1 / DRAM)     | ttnn.BufferType       |             | Yes      |
    +------------------+----------------------------------+-----------------------+-------------+----------+
    """

def synchronize_device(device: ttnn._ttnn.multi_device.MeshDevice, cq_id: ttnn._ttnn.types.QueueId | None = None, sub_device_ids: Sequence[SubDeviceId] = []) -> None:
    """
    Synchronize the device with host by waiting for all operations to complete.
    If cq_id is provided then only the operations associated with that cq_id are waited for,
    otherwise operations for all command queues are waited on.
    If the device has been configured with sub-devices, then sub_device_ids can be provided to only wait
    for the operations that ran on the specified sub-devices, otherwise all sub-devices (the entire chip) are waited on.

    Args:
        device (ttnn.device.Device): The device to synchronize with.
        cq_id (int, optional): The command queue ID to synchronize. Defaults to `None`.
        sub_device_ids (List[ttnn.SubDeviceId], optional): The sub-device IDs to synchronize. Defaults to sub-devices set by set_sub_device_stall_group.

    Returns:
        `None`: The op ensures that all operations are completed.

    Example:
        >>> device_id = 0
        >>> device = ttnn.open_device(device_id=device_id)
        >>> # Assume some operations are queued on the device
        >>> ttnn.synchronize_device(device)
    """

def is_trace_capture_active(device: ttnn._ttnn.multi_device.MeshDevice) -> bool:
    """
    Returns True if a metal trace is currently being captured on any command queue of the device.

    Operations that synchronize with host (event recording, reads, writes) are not supported while a
    trace is being captured, so callers that would otherwise synchronize must skip doing so.

    Args:
        device (ttnn.MeshDevice): The device to query.

    Returns:
        `bool`: whether a trace capture is in progress.
    """

def ReadDeviceProfiler(device: ttnn._ttnn.multi_device.MeshDevice) -> None:
    """
    Read device side profiling data.

    +------------------+----------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                      | Data type             | Valid range | Required |
    +==================+==================================+=======================+=============+==========+
    | device           | Device to read profiling data of | ttnn.Device           |             | Yes      |
    +------------------+----------------------------------+-----------------------+-------------+----------+
    """

def get_arch_name() -> str:
    """Return the name of the architecture present."""

DEFAULT_L1_SMALL_SIZE: int = 0

DEFAULT_TRACE_REGION_SIZE: int = 0

DEFAULT_WORKER_L1_SIZE: int = 0

def get_max_worker_l1_unreserved_size() -> int:
    """Return the maximum size of the worker L1 unreserved memory."""

def get_dram_alignment() -> int:
    """
    Return the DRAM alignment requirement in bytes for the current architecture.
    """

def get_l1_alignment() -> int:
    """
    Return the L1 alignment requirement in bytes for the current architecture.
    """

def get_optimal_dram_bank_to_logical_worker_assignment(device: ttnn._ttnn.multi_device.MeshDevice, noc: ttnn._ttnn.types.NOC) -> list[ttnn._ttnn.tensor.CoreCoord]:
    """
    [EXPERIMENTAL] Returns the optimal DRAM bank to logical worker core assignment.

    This function returns an ordered list of logical worker core coordinates that are optimally
    placed to interface with DRAM banks. Placing DRAM reader or writer kernels on these worker
    cores will minimize NOC congestion and the number of NOC hops required to complete a DRAM
    read or write.

    Args:
        device (ttnn.Device): The TT device to query.
        noc (ttnn.NOC): The Network-on-Chip to use (NOC_0 or NOC_1, or RISCV_0_default/RISCV_1_default).

    Returns:
        List[ttnn.CoreCoord]: A list of logical worker core coordinates, where index i corresponds
        to the optimal worker core for DRAM bank i.

    Example:
        >>> import ttnn
        >>> device = ttnn.open_device(device_id=0)
        >>> cores = ttnn.device.get_optimal_dram_bank_to_logical_worker_assignment(
        ...     device, ttnn.NOC.RISCV_0_default
        ... )
        >>> print(f"DRAM bank 0 maps to core: {cores[0]}")
    """

def enable_asynchronous_slow_dispatch(device: ttnn._ttnn.multi_device.MeshDevice) -> None:
    """
    Experimental: If Slow Dispatch is enabled, this function enables running multiple non-overlapping programs concurrently on the same device.
    """

def disable_asynchronous_slow_dispatch(device: ttnn._ttnn.multi_device.MeshDevice) -> None:
    """
    Experimental: If Slow Dispatch is enabled, this function disables the ability to run multiple non-overlapping programs concurrently on the same device.
    """

def is_asynchronous_slow_dispatch_enabled(device: ttnn._ttnn.multi_device.MeshDevice) -> bool:
    """
    Experimental: Returns whether asynchronous slow dispatch is currently enabled on the given device.
    """

def RegisterProgramRealtimeProfilerCallback(callback: Callable) -> int:
    """
    Register a callback to be invoked when real-time profiler data arrives from a device.
    The callback receives a ProgramRealtimeRecordBatch and is called from its own thread.
    Callbacks that are too slow to keep up with incoming profiler data may miss records;
    this is reported by ProgramRealtimeRecordBatch.dropped.

    Multiple callbacks can be registered.

    Args:
        callback: A callable that accepts a single ProgramRealtimeRecordBatch argument.

    Returns:
        int: A handle that can be passed to UnregisterProgramRealtimeProfilerCallback.

    Example:
        >>> def my_callback(batch):
        ...     for record in batch.records:
        ...         print(f"runtime_id={record.runtime_id} on chip {record.chip_id}")
        >>> handle = ttnn.device.RegisterProgramRealtimeProfilerCallback(my_callback)
    """

def UnregisterProgramRealtimeProfilerCallback(handle: int) -> None:
    """
    Unregister a previously registered real-time profiler callback.
    This call waits for any in-flight invocations of the callback to finish.

    Args:
        handle (int): The handle returned by RegisterProgramRealtimeProfilerCallback.
    """

def IsProgramRealtimeProfilerActive() -> bool:
    """
    Returns True if the real-time profiler is currently running on at least one chip.

    Returns False when the profiler was silently disabled for the current run
    (for example, ETH dispatch, remote-only mesh, or a platform that can't reserve
    a tensix dispatch core). Tests that want to collect RT records should call this
    after opening the device and skip their verification when it returns False —
    registered callbacks will simply never fire in that case.

    Example:
        >>> mesh_device = ttnn.open_mesh_device(...)
        >>> if not ttnn.device.IsProgramRealtimeProfilerActive():
        ...     pytest.skip("Real-time profiler not active on this configuration")
    """
