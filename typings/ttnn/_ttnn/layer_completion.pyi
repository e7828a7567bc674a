# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Pipelined-prefill layer-completion ring/router."""



class LayerCompletionQueue:
    @staticmethod
    def create(shm_name: str, completions_per_chunk: int) -> LayerCompletionQueue:
        """Create the SHM ring as OWNER. Throws if the segment already exists."""

    @staticmethod
    def connect(shm_name: str, connect_timeout_ms: int = 30000) -> LayerCompletionQueue:
        """
        Attach to an owner-created ring by name (polls until present or timeout).
        """

    def try_push(self, slot_id: int, pos_start: int, pos_end: int, layer_start: int, layer_end: int) -> bool:
        """
        Producer push, stamped with the host time. Returns False (no write) when the ring is full.
        """

    def try_pop(self) -> tuple[int, int, int, int, int, int] | None:
        """
        Consumer pop. Returns (slot_id, pos_start, pos_end, layer_start, layer_end, host_timestamp_ns) or None when empty.
        """

    def shutdown(self) -> None:
        """Idempotent teardown. Owner unlinks; connector unmaps."""

    @property
    def shm_name(self) -> str: ...

    @property
    def completions_per_chunk(self) -> int: ...

class LayerCompletionRouter:
    def __init__(self, rank: int, world_size: int, master_rank: int, ring_shm_name: str, scheduler_shm_name: str = '', completions_per_chunk: int = ..., poll_idle_us: int = 100, teardown_timeout_ms: int = 5000) -> None:
        """
        Create the host's router: owns the local ring, spawns the listener thread, and on the master rank owns the scheduler-facing ring at scheduler_shm_name, forwarding self-describing messages as they arrive.
        """

    def stop(self) -> None:
        """
        Idempotent: stop and join the listener thread, then raise a listener failure once.
        """

    @property
    def processed(self) -> int: ...

    @property
    def is_master(self) -> bool: ...
