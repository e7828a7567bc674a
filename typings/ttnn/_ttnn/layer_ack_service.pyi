# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn per-layer completion ack service"""

from collections.abc import Sequence

import ttnn._ttnn.d2h_stream_service


class LayerAckService:
    def __init__(self, d2h_service: ttnn._ttnn.d2h_stream_service.D2HStreamService, ring_shm_name: str, first_record: int, record_count: int, connect_timeout_ms: int = 30000, layer_ids: Sequence = []) -> None:
        """
        Bridge a metadata-only D2HStreamService to the host-local layer-completion ring.

        Args:
            d2h_service: the ack records' D2H service; this object must not outlive it.
            ring_shm_name (str): router-owned ring to connect to (leading '/', no other '/').
            first_record (int): index of this rank's first record in a chunk's record sequence.
            record_count (int): ack records this rank emits per chunk.
            connect_timeout_ms (int): how long start() polls for the ring.
            layer_ids (list[int]): global layer of each local record, in emission
                order; empty for a dense model (record index == layer).
        """

    def start(self) -> None:
        """
        Launch the reader thread. Idempotent — calling start() again
        while already running is a no-op.
        """

    def stop(self) -> None:
        """
        Stop and join the reader thread, then raise a stored failure once. Idempotent; call before the router stops.
        """

    def check(self) -> None:
        """
        Raise a stored failure (lost D2H record, reader-thread error) without stopping.
        """
