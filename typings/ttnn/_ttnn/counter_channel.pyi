# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn cross-process producer-counter channel"""



class InterProcessCounterChannel:
    def __init__(self, shm_name: str) -> None:
        """
        Create a new SHM-backed counter channel as the OWNER.

        The owner is the producer side: it creates the
        /dev/shm segment, holds its lifetime, and atomic-adds
        to the counter via `inject(n)`. A separate connector
        process attaches to the same segment via
        `InterProcessCounterChannel.connect(shm_name)` and
        drains events.

        Args:
            shm_name (str): POSIX-shm name. Must start with a
                single '/' and contain no other slashes.
                Domain naming policy is the caller's
                responsibility — pick a name unique to this
                channel's role (e.g. layer-ack channel,
                migration-resp channel) keyed by your
                service id.

        Raises:
            RuntimeError: A segment with this name already
                exists. The owner is responsible for
                unlinking a stale segment from a prior
                crashed run (e.g. `os.unlink('/dev/shm' +
                shm_name)`) before retrying.
        """

    @staticmethod
    def connect(shm_name: str, connect_timeout_ms: int = 30000) -> InterProcessCounterChannel:
        """
        Attach to an owner-exported segment as the CONNECTOR.

        Polls /dev/shm/<shm_name> until the owner has
        exported it (or the timeout elapses), mmaps the
        segment, atomically reads + clears
        `prior_clean_shutdown` so subsequent connectors only
        see the immediately-previous one's exit state.

        Args:
            shm_name (str): Same name the owner passed at
                construction.
            connect_timeout_ms (int, optional): How long to
                wait for /dev/shm/<shm_name> to appear before
                throwing. Default: 30 000 ms.

        Returns:
            InterProcessCounterChannel: A new connector-role
                instance.

        Raises:
            RuntimeError: The owner did not export within
                `connect_timeout_ms`, or another POSIX
                failure occurred (e.g. permission denied).
        """

    def inject(self, n: int) -> None:
        """
        Atomic-add `n` events to the channel's counter.

        OWNER-ONLY. Calling this on a connector instance
        raises RuntimeError.

        Args:
            n (int): Number of events to publish. Typically
                called once per produced event (n=1) but
                batched values are also valid.
        """

    def try_consume_all(self) -> int:
        """
        Drain every event produced since the last call.

        CONNECTOR-ONLY. Returns 0 if nothing new since the
        last drain; otherwise returns the count and advances
        the consumer cursor. Non-blocking; safe to poll in a
        hot loop.

        Returns:
            int: Number of events drained.
        """

    def pending(self) -> int:
        """
        Non-destructive snapshot of unconsumed events — i.e.
        what the next `try_consume_all()` would return.

        CONNECTOR-ONLY. Diagnostic only; the value can change
        between this call and the caller acting on it.

        Returns:
            int: Currently unconsumed event count.
        """

    def had_clean_prior_shutdown(self) -> bool:
        """
        Snapshot of `prior_clean_shutdown` taken at attach
        time (before this connector cleared it).

        CONNECTOR-ONLY. True iff the immediately-previous
        connector exited cleanly via `shutdown()` (i.e. its
        destructor ran to completion). False on first attach
        to a fresh segment, or after a connector that
        crashed without running its dtor. Informational —
        the SHM imposes no recovery policy.

        Returns:
            bool: True if the previous connector exited
                cleanly.
        """

    def shutdown(self) -> None:
        """
        Tear down the channel. Idempotent.

        Behaviour is role-dispatched:
          * Owner    : munmap + shm_unlink. The segment is
                       removed from /dev/shm; any
                       still-attached connector keeps its
                       mapping until it itself unmaps, but
                       no new connector can find the name.
          * Connector: stamps prior_clean_shutdown=1 in the
                       segment, then munmaps. The segment
                       itself survives (the owner side owns
                       unlinking), and the next connector
                       sees a clean prior.

        Subsequent calls on either role are no-ops. The
        destructor calls this if the caller didn't.
        """

    @property
    def shm_name(self) -> str:
        """
        The /dev/shm-relative name the channel was created or
        connected with. Read-only.
        """
