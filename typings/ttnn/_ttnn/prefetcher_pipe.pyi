# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn prefetcher pipe (experimental)"""

from collections.abc import Sequence

import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class PrefetcherPipe:
    """
    One sender -> receivers PrefetcherPipe carved from a PrefetcherPipeSpace.

    A Program uses it through the Metal 2.0 host API (ProgramRunArgs.advanced_options.prefetcher_pipe_args)
    or through a ttnn operation that takes a pipe argument. Keep the pipe alive for as long
    as any program uses it; letting it go returns its cores to the space. A pipe holds a
    reference to its PrefetcherPipeSpace, so the space stays alive while the pipe does.
    """

    def buffer_address(self) -> int:
        """Base address of the data ring on every pipe core."""

    def config_address(self) -> int:
        """Base address of the config page on every pipe core."""

    def ring_size(self) -> int:
        """Per-core data ring size in bytes."""

    def initial_entry_size(self) -> int: ...

    def config_page_size(self) -> int:
        """Config page size in bytes."""

    def sender_core(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    def sender_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def receiver_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def all_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def sender_core_type(self) -> str: ...

class PrefetcherPipeSpace:
    """
    A reservation of persistent L1 (data ring + config page) on sender_cores ∪ receiver_domain
    from which PrefetcherPipes are carved. Every pipe carved from one space shares the space's
    buffer_address() and config_address(). The space owns the L1; every pipe carved from it
    keeps the space alive, so the L1 is released once the space and all its pipes are gone.
    """

    def buffer_address(self) -> int: ...

    def config_address(self) -> int: ...

    def ring_size(self) -> int: ...

    def config_page_size(self) -> int: ...

    def max_receivers_per_pipe(self) -> int: ...

    def num_dram_senders(self) -> int: ...

    def sender_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def receiver_domain(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def reservation_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet: ...

    def unclaimed_cores(self) -> ttnn._ttnn.tensor.CoreRangeSet:
        """Reservation cores not currently claimed by a live pipe."""

    def create_pipe(self, sender: ttnn._ttnn.tensor.CoreCoord, receivers: ttnn._ttnn.tensor.CoreRangeSet) -> PrefetcherPipe:
        """
        Carve one pipe. `sender` must be one of the space's sender_cores and `receivers` a
        non-empty subset of receiver_domain with at most max_receivers_per_pipe cores, none
        of which is claimed by a live pipe. Writes the pipe's config pages; allocates
        nothing.

        Args:
            sender (CoreCoord): the sender worker core.
            receivers (CoreRangeSet): the receiver worker cores.

        Returns:
            PrefetcherPipe
        """

    def create_pipes(self, pipes: Sequence[tuple[ttnn._ttnn.tensor.CoreCoord, ttnn._ttnn.tensor.CoreRangeSet]]) -> list:
        """
        Carve several disjoint pipes in one call. The batch is validated as a whole before
        anything is claimed.

        Args:
            pipes (List[Tuple[CoreCoord, CoreRangeSet]]): (sender, receivers) per pipe.

        Returns:
            List[PrefetcherPipe]
        """

def create_prefetcher_pipe_space(mesh_device: ttnn._ttnn.multi_device.MeshDevice, sender_cores: ttnn._ttnn.tensor.CoreRangeSet, receiver_domain: ttnn._ttnn.tensor.CoreRangeSet, ring_size: int, max_receivers_per_pipe: int, buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, *, num_dram_senders: int = 0) -> PrefetcherPipeSpace:
    """
    Reserve persistent L1 for PrefetcherPipes on sender_cores ∪ receiver_domain.

    Must run before any program places program-local L1 on those cores. receiver_domain is
    every core that MAY later be carved as a receiver, not the 1:N map; pipes are carved
    afterwards with PrefetcherPipeSpace.create_pipe / create_pipes.

    Args:
        mesh_device (MeshDevice): the mesh device to reserve on.
        sender_cores (CoreRangeSet): worker cores that may act as pipe senders.
        receiver_domain (CoreRangeSet): worker cores that may act as pipe receivers.
        ring_size (int): per-core data ring size in bytes (multiple of the L1 alignment).
        max_receivers_per_pipe (int): largest receiver count of any pipe carved here, at
            most receiver_domain.num_cores().
        buffer_type (BufferType): must be L1 (the default); the persistent arena lives in
            worker L1 and no other buffer type is accepted.

    Returns:
        PrefetcherPipeSpace
    """
