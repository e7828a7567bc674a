# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Submodule defining the profiler"""

from collections.abc import Mapping, Sequence


class ProgramExecutionUID:
    def __init__(self) -> None: ...

    @property
    def runtime_id(self) -> int: ...

    @runtime_id.setter
    def runtime_id(self, arg: int, /) -> None: ...

    @property
    def trace_id(self) -> int: ...

    @trace_id.setter
    def trace_id(self, arg: int, /) -> None: ...

    @property
    def trace_id_counter(self) -> int: ...

    @trace_id_counter.setter
    def trace_id_counter(self, arg: int, /) -> None: ...

    def __eq__(self, arg: ProgramExecutionUID, /) -> bool: ...

    def __lt__(self, arg: ProgramExecutionUID, /) -> bool: ...

    def __repr__(self) -> str: ...

class ProgramSingleAnalysisResult:
    def __init__(self) -> None: ...

    @property
    def start_timestamp(self) -> int: ...

    @start_timestamp.setter
    def start_timestamp(self, arg: int, /) -> None: ...

    @property
    def end_timestamp(self) -> int: ...

    @end_timestamp.setter
    def end_timestamp(self, arg: int, /) -> None: ...

    @property
    def duration(self) -> int: ...

    @duration.setter
    def duration(self, arg: int, /) -> None: ...

    def __eq__(self, arg: ProgramSingleAnalysisResult, /) -> bool: ...

    def __ne__(self, arg: ProgramSingleAnalysisResult, /) -> bool: ...

    def __lt__(self, arg: ProgramSingleAnalysisResult, /) -> bool: ...

    def __repr__(self) -> str: ...

class ProgramAnalysisData:
    def __init__(self) -> None: ...

    @property
    def program_execution_uid(self) -> ProgramExecutionUID: ...

    @program_execution_uid.setter
    def program_execution_uid(self, arg: ProgramExecutionUID, /) -> None: ...

    @property
    def program_analyses_results(self) -> dict[str, ProgramSingleAnalysisResult]: ...

    @program_analyses_results.setter
    def program_analyses_results(self, arg: Mapping[str, ProgramSingleAnalysisResult], /) -> None: ...

    @property
    def core_count(self) -> int: ...

    @core_count.setter
    def core_count(self, arg: int, /) -> None: ...

    @property
    def num_available_cores(self) -> int: ...

    @num_available_cores.setter
    def num_available_cores(self, arg: int, /) -> None: ...

    def __eq__(self, arg: ProgramAnalysisData, /) -> bool: ...

    def __lt__(self, arg: ProgramAnalysisData, /) -> bool: ...

    def __repr__(self) -> str: ...

class DurationHistogram:
    def __init__(self) -> None: ...

    @property
    def min_ns(self) -> int: ...

    @min_ns.setter
    def min_ns(self, arg: int, /) -> None: ...

    @property
    def max_ns(self) -> int: ...

    @max_ns.setter
    def max_ns(self, arg: int, /) -> None: ...

    @property
    def num_buckets(self) -> int: ...

    @num_buckets.setter
    def num_buckets(self, arg: int, /) -> None: ...

    @property
    def bucket_edges_ns(self) -> list[int]: ...

    @bucket_edges_ns.setter
    def bucket_edges_ns(self, arg: Sequence[int], /) -> None: ...

    @property
    def bucket_counts(self) -> list[int]: ...

    @bucket_counts.setter
    def bucket_counts(self, arg: Sequence[int], /) -> None: ...

    @property
    def underflow(self) -> int: ...

    @underflow.setter
    def underflow(self, arg: int, /) -> None: ...

    @property
    def overflow(self) -> int: ...

    @overflow.setter
    def overflow(self, arg: int, /) -> None: ...

class KernelDurationSummary:
    def __init__(self) -> None: ...

    @property
    def count(self) -> int: ...

    @count.setter
    def count(self, arg: int, /) -> None: ...

    @property
    def min_ns(self) -> int: ...

    @min_ns.setter
    def min_ns(self, arg: int, /) -> None: ...

    @property
    def max_ns(self) -> int: ...

    @max_ns.setter
    def max_ns(self, arg: int, /) -> None: ...

    @property
    def avg_ns(self) -> float: ...

    @avg_ns.setter
    def avg_ns(self, arg: float, /) -> None: ...

    @property
    def histogram(self) -> DurationHistogram: ...

    @histogram.setter
    def histogram(self, arg: DurationHistogram, /) -> None: ...

def start_tracy_zone(source: str, functName: str, lineNum: int, color: int = 0) -> None:
    """
    Stop profiling op with tracy.
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                                    | Data type             | Valid range | Required |
    +==================+================================================+=======================+=============+==========+
    | source           | Source file for the zone                       | string                |             | Yes      |
    | functName        | Function of the zone                           | string                |             | Yes      |
    | lineNum          | Line number of the zone marker                 | int                   |             | Yes      |
    | color            | Zone color                                     | int                   |             | No       |
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    """

def stop_tracy_zone(name: str = '', color: int = 0) -> bool:
    """
    Stop profiling op with tracy.
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                                    | Data type             | Valid range | Required |
    +==================+================================================+=======================+=============+==========+
    | name             | Replace name for the zone                          | string                |             | No       |
    | color            | Replace zone color                             | int                   |             | No       |
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    """

def tracy_message(message: str, color: int = 15792383) -> None:
    """
    Emit a message signpost into the tracy profile.
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    | Argument         | Description                                    | Data type             | Valid range | Required |
    +==================+================================================+=======================+=============+==========+
    | message          | Message description for this signpost.         | string                |             | Yes      |
    | color            | Zone color                                     | int                   |             | No       |
    +------------------+------------------------------------------------+-----------------------+-------------+----------+
    """

def tracy_frame() -> None:
    """Emit a tracy frame signpost."""

def get_latest_programs_perf_data() -> dict:
    """
    Get performance results for all programs that were read in the most recent call to `ttnn.ReadDeviceProfiler()`.
    Returns a dictionary mapping chip IDs to lists of ProgramAnalysisData objects. The list contains only the latest entry for each program.
    TT_METAL_DEVICE_PROFILER=1, TT_METAL_PROFILER_MID_RUN_DUMP=1, and TT_METAL_PROFILER_CPP_POST_PROCESS=1 environment variables must be set.
    Returns an empty dictionary if the environment variables are not set.
    """

def get_all_programs_perf_data() -> dict:
    """
    Get performance results for all programs that have been read so far across all calls to `ttnn.ReadDeviceProfiler()`.
    Returns a dictionary mapping chip IDs to lists of ProgramAnalysisData objects. The list contains all entries for each program.
    TT_METAL_DEVICE_PROFILER=1, TT_METAL_PROFILER_MID_RUN_DUMP=1, and TT_METAL_PROFILER_CPP_POST_PROCESS=1 environment variables must be set.
    Returns an empty dictionary if the environment variables are not set.
    """

def get_latest_kernel_duration_summary() -> dict:
    """
    Get a summary (min/max/avg + histogram) of DEVICE KERNEL duration for the latest captured program set.
    Returns a dictionary mapping chip IDs to KernelDurationSummary objects.
    TT_METAL_DEVICE_PROFILER=1, TT_METAL_PROFILER_MID_RUN_DUMP=1, and TT_METAL_PROFILER_CPP_POST_PROCESS=1 environment variables must be set.
    Returns an empty dictionary if the environment variables are not set.
    """

def get_all_kernel_duration_summary() -> dict:
    """
    Get a summary (min/max/avg + histogram) of DEVICE KERNEL duration across all captured program sets so far.
    Returns a dictionary mapping chip IDs to KernelDurationSummary objects.
    TT_METAL_DEVICE_PROFILER=1, TT_METAL_PROFILER_MID_RUN_DUMP=1, and TT_METAL_PROFILER_CPP_POST_PROCESS=1 environment variables must be set.
    Returns an empty dictionary if the environment variables are not set.
    """
