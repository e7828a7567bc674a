# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Contains graph capture functions"""

import enum
import os

import ttnn._ttnn.tensor
import ttnn._ttnn.types


class RunMode(enum.Enum):
    """
    Run mode for graph capture.

    NORMAL: Operations execute normally on the device while being traced.
            Programs are cached for future reuse.

    NO_DISPATCH: Operations are traced but NOT executed on the device.
                 Buffer allocations are mocked (address=0), and programs are
                 compiled but not dispatched. This mode is useful for:
                 - Measuring memory usage of models that don't fit in device memory
                 - Analyzing operation graphs without hardware execution

                 IMPORTANT: Programs are NOT cached during NO_DISPATCH mode because
                 they contain invalid buffer addresses. This ensures that subsequent
                 runs in NORMAL mode will create fresh programs with valid addresses.
    """

    NORMAL = 0
    """Execute operations normally while tracing"""

    NO_DISPATCH = 1
    """Trace operations without executing on device (no program caching)"""

class TensorInfo:
    @property
    def shape(self) -> ttnn._ttnn.types.Shape: ...

    @property
    def size(self) -> int: ...

    @property
    def type(self) -> ttnn._ttnn.tensor.BufferType: ...

    def __repr__(self) -> str: ...

class PeakMemoryUsagePerCore:
    @property
    def peak_cb(self) -> int:
        """Peak circular buffer usage per core in bytes"""

    @property
    def peak_l1(self) -> int:
        """Peak L1 buffer usage per core in bytes"""

    @property
    def peak_dataflow_buffer(self) -> int:
        """Peak Metal 2.0 dataflow buffer usage per core in bytes"""

    @property
    def peak_scratchpad(self) -> int:
        """Peak Metal 2.0 kernel scratchpad usage per core in bytes"""

    @property
    def peak_total(self) -> int:
        """
        Peak total memory per core in bytes: CB + L1 + dataflow buffers + scratchpads
        """

    def __repr__(self) -> str: ...

    def __str__(self) -> str: ...

def begin_graph_capture(run_mode: RunMode = RunMode.NORMAL) -> None:
    """
    Begin capturing a graph of operations.

    This function starts recording all ttnn operations into a graph that can be
    analyzed for memory usage, operation dependencies, and other metrics.

    Args:
        run_mode: Determines how operations are executed during capture.
            - RunMode.NORMAL (default): Operations execute on the device normally.
              Programs are compiled and cached for reuse.
            - RunMode.NO_DISPATCH: Operations are traced but NOT executed on device.
              Buffer allocations are mocked and programs are not dispatched.
              This allows profiling models that exceed device memory.

              NOTE: In NO_DISPATCH mode, programs are intentionally NOT cached
              because they contain invalid buffer addresses (address=0). This
              ensures that when you later run in NORMAL mode, fresh programs
              with valid addresses will be created.

    Example:
        >>> # Profile memory without execution
        >>> ttnn.graph.begin_graph_capture(ttnn.graph.RunMode.NO_DISPATCH)
        >>> output = model(input_tensor)
        >>> trace = ttnn.graph.end_graph_capture()
        >>> peak_memory = ttnn.graph.extract_peak_L1_memory_usage(trace)

        >>> # Normal execution with tracing
        >>> ttnn.graph.begin_graph_capture(ttnn.graph.RunMode.NORMAL)
        >>> output = model(input_tensor)
        >>> trace = ttnn.graph.end_graph_capture()
    """

def end_graph_capture() -> object:
    """
    end_graph_capture() -> list
            Ends graph capture and returns the captured graph trace.

            Returns:
                List of graph nodes, where each node is a dict with keys like
                'node_type', 'counter', 'params', 'connections', etc.
    """

def end_graph_capture_to_file(report_path: str | os.PathLike) -> str:
    """
    end_graph_capture_to_file(report_path) -> str
            Ends graph capture and writes a full report to a JSON file.

            The report file contains: graph trace, device info, and metadata.
            Useful for offline analysis without Python at capture time.

            Args:
                report_path: Path to write the JSON report file

            Returns:
                The captured graph trace as a JSON string
    """

REPORT_VERSION: int = 1

def extract_calltrace(trace: object) -> list[str]:
    """Extracts calltrace from the graph trace"""

def extract_levelized_graph(trace: object, max_level: int = 1) -> object:
    """Extracts levelized graph from the graph trace"""

def extract_peak_L1_memory_usage(trace: object) -> int:
    """Extracts peak L1 memory usage from the graph trace in bytes"""

def count_intermediate_and_output_tensors(trace: object) -> tuple[int, int]:
    """
    Counts intermediate and output tensors. Returns (intermediate_count, output_count)
    """

def extract_output_info(trace: object) -> list[TensorInfo]:
    """Extracts output tensor information. Returns list of TensorInfo objects"""

def extract_output_tensors(trace: object) -> set[int]:
    """Extracts output tensor IDs from the trace. Returns set of tensor IDs"""

def extract_resource_usage_per_core(trace: object, interleaved_storage_cores: int | None = None) -> PeakMemoryUsagePerCore:
    """
    Extract resource usage per core from graph trace.

    This function calculates the worst-case peak memory usage per core by reading
    the per-bank allocation size recorded in the trace at capture time.

    Args:
        trace: Captured graph trace from end_graph_capture()
        interleaved_storage_cores: Deprecated, no longer used. Removal by 2026-06-07.

    Returns:
        PeakMemoryUsagePerCore: Object with three fields:
            - peak_cb: Peak circular buffer usage per core (bytes)
            - peak_l1: Peak L1 buffer usage per core (bytes)
            - peak_dataflow_buffer: Peak Metal 2.0 dataflow buffer usage per core (bytes)
            - peak_scratchpad: Peak Metal 2.0 kernel scratchpad usage per core (bytes)
            - peak_total: Peak total memory per core (bytes), every kind above

    Example:
        >>> usage = ttnn.graph.extract_resource_usage_per_core(graph)
        >>> print(f"Peak per core: {usage.peak_total:,} bytes")
        >>> if usage.peak_total > 256 * 1024:
        ...     print("Warning: Exceeds 256KB L1 per core!")
    """

def is_graph_capture_active() -> bool:
    """
    is_graph_capture_active() -> bool

            Check if a graph capture session is currently active.

            Returns:
                True if begin_graph_capture() was called and capture is in progress.
    """

def track_function_start(function_name: str) -> None:
    """
    track_function_start(function_name: str) -> None

            Emit a function_start node into the active graph capture.

            This is used by Python-level operation decorators to wrap high-level
            operations (e.g. ttnn.fold, ttnn.conv2d) so that the graph trace
            correctly nests their internal C++ sub-operations.

            Args:
                function_name: The operation name (e.g. "ttnn.fold")
    """

def track_function_end() -> None:
    """
    track_function_end() -> None

            Emit a function_end node into the active graph capture.

            Must be paired with a prior track_function_start() call.
    """

def unwind_open_functions(reason: str = '') -> None:
    """
    unwind_open_functions(reason: str = "") -> None

            Close every function scope the active capture still holds open, marking each aborted.

            An operation that throws from a call site with no scope guard never emits its
            function_end, so the capture keeps recording inside a scope that is already dead.
            Call this when a new top-level operation is about to start, where nothing can
            legitimately still be open, to drop those scopes instead of nesting the rest of the
            capture under them.

            Args:
                reason: Attached to each closed scope as its abort reason.
    """

def enable_detailed_buffer_tracing() -> None:
    """
    enable_detailed_buffer_tracing() -> None

            Enable detailed per-page buffer tracing for graph reports.
    """

def disable_detailed_buffer_tracing() -> None:
    """
    disable_detailed_buffer_tracing() -> None

            Disable detailed per-page buffer tracing.
    """

def is_detailed_buffer_tracing_enabled() -> bool:
    """
    is_detailed_buffer_tracing_enabled() -> bool

            Check if detailed per-page buffer tracing is currently enabled.
    """
