# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""ttnn persistent host-to-device streaming service"""

from typing import Annotated

from numpy.typing import NDArray

import ttnn._ttnn.hd_socket
import ttnn._ttnn.multi_device
import ttnn._ttnn.tensor


class H2DStreamService:
    def __init__(self, mesh_device: ttnn._ttnn.multi_device.MeshDevice, global_spec: ttnn._ttnn.tensor.TensorSpec, fifo_size_bytes: int = 0, max_socket_page_size_bytes: int = 0, mapper: ttnn._ttnn.multi_device.CppTensorToMesh | None = None, socket_buffer_type: ttnn._ttnn.tensor.BufferType = ttnn._ttnn.tensor.BufferType.L1, worker_cores: ttnn._ttnn.tensor.CoreRange | None = None, metadata_size_bytes: int = 0, parallel_host_push: bool = False, host_push_thread_count: int = 0) -> None:
        """
        Construct a persistent H2DStreamService on the given mesh.

        The service launches one persistent receiver kernel per participating
        mesh coord and owns a backing device tensor with the per-shard spec
        derived from `global_spec` + `mapper`. Subsequent `forward_to_tensor`
        / `forward_to_tensor_bytes` calls stream data into the kernels' FIFOs
        without any per-call program build or dispatch.

        Args:
            mesh_device (MeshDevice): The mesh device this service runs on.
            global_spec (tt::tt_metal::TensorSpec): Spec of the un-sharded source tensor.
                Drives the mapper input shape and (after distribution) the
                per-device tensor's layout.
            fifo_size_bytes (int, optional): Size of each H2D socket's host
                FIFO in bytes (PCIe-aligned). 0 (the default) auto-sizes it to
                a few socket pages of host headroom; an explicit value must be
                >= the derived socket page size.
            max_socket_page_size_bytes (int, optional): Upper bound on the
                socket page size (read-coalescing granularity) in bytes. 0 (the
                default) uses a burst-derived page. NOT a total scratch-CB size:
                the on-device CB slot depth is auto-sized to fill service-core
                L1 regardless.
            mapper (TensorToMesh, optional): How the global tensor is split /
                replicated across the mesh. Ownership transfers to the
                service; the Python object is invalidated after this call.
                Construct via
                `ttnn.create_mesh_mapper(mesh_device, mesh_mapper_config)`.
                If None (the default), the service synthesises a
                replicate-on-every-mesh-dim mapper internally — works for
                any mesh shape (1x1 mesh = identity, NxM mesh = full tensor
                on every device). Sharded distributions must supply an
                explicit mapper.
            socket_buffer_type (BufferType, optional): Memory type for the
                socket's device-side FIFO buffer (L1 or DRAM). Default: L1.
                The service is DEVICE_PULL-only (the data FIFO lives in host
                pinned memory and the reader pulls each page over PCIe), so the
                socket transfer mode is not configurable.
            worker_cores (CoreRange, optional): When set, after every
                transfer the persistent receiver kernel multicasts a
                data-ready inc to a GlobalSemaphore on every worker core
                in this CoreRange and then waits for one ack per worker
                before proceeding. Caller's worker kernel reads the sem
                at `get_data_ready_sem_addr()` and atomic-incs the
                counter at `get_consumed_counter_addr(coord)`. If None
                (the default), the kernel skips the handshake entirely.
            metadata_size_bytes (int, optional): When non-zero, every
                forward_to_tensor call must include exactly this many
                bytes of trailing metadata; the service kernel multi-
                casts them to a fixed L1 address on every worker core
                in `worker_cores` (retrievable via `get_metadata_addr()`).
                Requires `worker_cores` to be set; must be <= the
                derived socket page size (TT_FATAL'd at construction).
                Default: 0 (metadata path disabled).
            parallel_host_push (bool, optional): Experimental host-side
                feeder parallelism. When True and the service owns more
                than one socket, each forward_to_tensor fans its per-socket
                host writes out to a persistent pool of worker threads and
                blocks until all finish. No effect with a single socket.
                Default: False (writes run serially).
            host_push_thread_count (int, optional): Explicit host worker
                count, used only when `parallel_host_push` is enabled.
                0 is auto and starts the service's tuned default worker
                count, clamped by num_sockets. 1 forces serial; N > 1
                starts up to N grouped workers, each writing a
                contiguous socket range page-major.
        """

    def forward_to_tensor(self, host_tensor: ttnn._ttnn.tensor.Tensor, metadata: bytes = ...) -> None:
        """
        Stream a pre-distributed host tensor's per-coord shards through the
        sockets.

        Args:
            host_tensor (Tensor): A host tensor that has already been
                distributed by a mapper matching the one passed at
                construction. `host_tensor.tensor_spec()` must equal
                `get_per_shard_spec()`.
            metadata (bytes, optional): Inline metadata payload appended
                to this transfer. Length must equal
                `metadata_size_bytes` passed at construction; pass an
                empty bytes object when metadata was not enabled.
                Default: empty bytes.
        """

    def forward_to_tensor_bytes(self, data: Annotated[NDArray, dict(order='C', device='cpu')], metadata: bytes = ...) -> None:
        """
        Stream a contiguous CPU ndarray as the un-sharded global tensor. The
        service distributes internally via its owned mapper.

        Args:
            data (numpy.ndarray | torch.Tensor): A contiguous CPU ndarray
                whose total byte size equals
                `global_spec.compute_packed_buffer_size_bytes()`. Element
                dtype is irrelevant — the array is reinterpreted as raw
                bytes matching `global_spec`'s layout. Only the global
                spec's ROW_MAJOR layout is supported on this path today.
            metadata (bytes, optional): Inline metadata payload appended
                to this transfer. Length must equal
                `metadata_size_bytes` passed at construction; pass an
                empty bytes object when metadata was not enabled.
                Default: empty bytes.
        """

    def barrier(self) -> None:
        """
        Block until every forwarded transfer has fully landed in the backing
        tensor (committed to DRAM), then return. Safe to read the backing
        tensor afterward.
        """

    def get_backing_tensor(self) -> ttnn._ttnn.tensor.Tensor:
        """
        The device tensor the persistent kernels write into. Same instance
        across calls — its contents are overwritten by each forward_to_tensor.

        Returns:
            Tensor: A device-resident tensor with one shard per participating
            mesh coord.
        """

    def get_per_shard_spec(self) -> ttnn._ttnn.tensor.TensorSpec:
        """
        The per-coord tt::tt_metal::TensorSpec produced by the mapper at construction time.
        Same as `get_backing_tensor().tensor_spec()`.
        """

    def payload_size_bytes(self) -> int:
        """
        Bytes the caller must hand to `forward_to_tensor_bytes` per call —
        equal to the packed size of one full global tensor.

        Returns:
            int: Required payload size in bytes.
        """

    def metadata_size_bytes(self) -> int:
        """
        Bytes of metadata that must be attached to each `forward_to_tensor*`
        call. Zero means the metadata path is disabled and the no-metadata
        overload must be used.

        Returns:
            int: Required metadata size in bytes (0 if disabled).
        """

    def get_worker_cores(self) -> ttnn._ttnn.tensor.CoreRange:
        """
        Worker CoreRange the service synchronizes with — same grid passed
        via `worker_cores` at construction. Consumers building a peer
        MeshWorkload around the service use this to size their
        `pages_per_worker` partitioning and to multicast destinations.

        Raises:
            RuntimeError: If the service was constructed without
                `worker_cores`.

        Returns:
            CoreRange: The worker grid.
        """

    def get_sockets(self) -> list[ttnn._ttnn.hd_socket.H2DSocket]:
        """
        The list of H2DSocket pointers, one per participating mesh coord.
        The service owns the sockets; the returned pointers must not outlive
        the service.

        Returns:
            List[H2DSocket]: One socket per participating coord.
        """

    def get_data_ready_sem_addr(self) -> int:
        """
        L1 address of the data-ready GlobalSemaphore on every worker core
        in `worker_cores`. Same value across (device, worker core) by
        mesh-wide GlobalSemaphore construction. Workers poll their local
        copy here; the service kernel multicasts an atomic-inc after
        every transfer.

        Raises:
            RuntimeError: If the service was constructed without
                `worker_cores`.

        Returns:
            int: The L1 address.
        """

    def get_consumed_counter_addr(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> int:
        """
        L1 address of the per-coord consumed-counter on this coord's
        service core. Workers send NoC atomic-incs here (one per
        consumed iteration); the service kernel polls it locally to know
        when all workers have acknowledged the iteration.

        Args:
            coord (MeshCoordinate): The mesh coordinate whose service-core
                L1 address to look up.

        Raises:
            RuntimeError: If the service was constructed without
                `worker_cores`, or `coord` does not participate.

        Returns:
            int: The L1 address on the service core for this coord.
        """

    def get_service_core(self, coord: ttnn._ttnn.multi_device.MeshCoordinate) -> ttnn._ttnn.tensor.CoreCoord:
        """
        Logical CoreCoord of the service core on this coord's device.
        Combine with `get_consumed_counter_addr` to build the NoC
        destination workers atomic-inc into; the caller converts
        logical -> physical via the mesh device's
        `worker_core_from_logical_core` at workload setup time.

        Args:
            coord (MeshCoordinate): The mesh coordinate whose service
                core to look up.

        Raises:
            RuntimeError: If the coord does not participate in this
                service.

        Returns:
            CoreCoord: The logical service-core coordinate on that device.
        """

    def get_metadata_addr(self) -> int:
        """
        L1 address of the metadata destination on every worker core in
        `worker_cores`. Same address across (device, worker core) by
        mesh-wide L1-sharded Buffer construction. The service kernel
        multicasts the first `metadata_size_bytes` of every transfer's
        trailing metadata page here, BEFORE flipping the data-ready
        semaphore (so workers observing data-ready see consistent
        DRAM + L1 state).

        Raises:
            RuntimeError: If the service was constructed with
                `metadata_size_bytes = 0`.

        Returns:
            int: The L1 address.
        """

    def export_descriptor(self, service_id: str) -> str:
        """
        Write the service's flatbuffer descriptor to
        `/dev/shm/tt_h2d_stream_service_<service_id>.bin` so a
        co-process can attach to this service via
        `H2DStreamService.connect(service_id)` (C++ API). The
        descriptor embeds every per-coord socket's connection
        metadata; the connector reads a single file and attaches all
        sockets in one shot. Owner-side only — `RuntimeError` if
        called on a connector-side service.

        Args:
            service_id (str): Identifier used in the descriptor
                filename. The same value must be passed to
                `H2DStreamService::connect` on the connector side.

        Returns:
            str: Full path to the written descriptor file.
        """

    @staticmethod
    def connect(service_id: str, timeout_ms: int | None = None, parallel_host_push: bool = False, host_push_thread_count: int = 0) -> H2DStreamService:
        """
        Attach to an exported H2DStreamService from another process.

        Reads the descriptor file at
        `/dev/shm/tt_h2d_stream_service_<service_id>.bin`,
        reconstructs the mapper from the embedded mesh shape + mapper
        config, and attaches every per-coord H2DSocket inline. The
        returned service holds NO MeshDevice handle — it talks to the
        device only through the per-socket PCIeCoreWriter paths.

        The returned instance supports `forward_to_tensor`,
        `forward_to_tensor_bytes`, `barrier`, and `get_per_shard_spec`.
        Owner-only methods (`get_backing_tensor`, the worker-sync
        getters, `export_descriptor`) raise on a connector-side
        instance.

        Args:
            service_id (str): Identifier the owner passed to
                `export_descriptor`.
            timeout_ms (int, optional): Max wait time for the
                descriptor file. Defaults to the C++ default (10s).
            parallel_host_push (bool, optional): Connector-local host
                feeder choice; not carried by the descriptor.
            host_push_thread_count (int, optional): Connector-local
                explicit worker count, used only when
                `parallel_host_push` is enabled. 0 is auto and starts
                the service's tuned default worker count, clamped by
                num_sockets. 1 forces serial; N > 1 starts grouped
                workers.

        Returns:
            H2DStreamService: Connector-side service handle.
        """
