# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""collective communication operations"""

from collections.abc import Sequence
import enum

import ttnn._ttnn.device
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor


class Topology(enum.Enum):
    Ring = 2

    Linear = 1

    Mesh = 3

    Torus = 4

def get_usable_topology(tensor: ttnn._ttnn.tensor.Tensor, topology: Topology | None = None, cluster_axis: int | None = None) -> Topology:
    """
    Resolve the CCL topology that is actually usable for a tensor on the current fabric.

    When ``topology`` is ``None`` this defaults to the topology the fabric was brought up
    with (``tt::tt_fabric::get_fabric_topology()``). A ring/torus request is demoted to
    linear/mesh when the tensor's devices along ``cluster_axis`` do not form a full
    wraparound, so the returned topology is always valid for the given tensor placement.
    This is the same selection the CCL ops perform internally, exposed so model code can
    stop hand-rolling Ring-vs-Linear detection.

    Args:
        tensor (ttnn.Tensor): A device tensor whose mesh placement determines the usable topology.
        topology (ttnn.Topology, optional): Requested topology. Defaults to the fabric topology.
        cluster_axis (int, optional): Cluster axis the CCL operates along.

    Returns:
        ttnn.Topology: The topology usable for this tensor.

    Example:
        >>> import ttnn
        >>> topology = ttnn.get_usable_topology(input_tensor, cluster_axis=1)
        >>> output = ttnn.reduce_scatter(input_tensor, dim=3, cluster_axis=1, topology=topology)
    """

def get_num_links(mesh_device: ttnn._ttnn.multi_device.MeshDevice, cluster_axis: int | None = None) -> int:
    """
    Return the number of ethernet links CCL ops can use on the mesh device.

    Queries the fabric control plane for the usable routing planes between neighbouring
    devices on every row (``cluster_axis=1``) or column (``cluster_axis=0``) of the mesh,
    and returns the lowest count. Planes reserved for dispatch are excluded, and hops owned
    by another host are skipped. With ``cluster_axis=None`` the lowest count across both
    axes is returned.

    Falls back to 1 (with a warning) when no link could be measured, e.g. on a
    single-device mesh.

    Args:
        mesh_device (ttnn.MeshDevice): The mesh device the CCL runs on.
        cluster_axis (int, optional): Cluster axis the CCL operates along. Defaults to ``None``.

    Returns:
        int: The number of links usable along ``cluster_axis``.

    Example:
        >>> import ttnn
        >>> num_links = ttnn.get_num_links(mesh_device, cluster_axis=1)
        >>> output = ttnn.all_gather(input_tensor, dim=3, cluster_axis=1, num_links=num_links)
    """

class mesh_partition_t:
    """
    Partitions the input tensor across the mesh such that each device has the i/num_devices-th partition of the input tensor along the specified dimension. This is the inverse of all_gather. When cluster axis is specified, we partition along the cluster axis.

    Args:
        input_tensor (ttnn.Tensor): the input tensor.
        dim (int): the dimension to partition along.
        cluster_axis (int, optional): the cluster axis on the mesh. Defaults to `None`.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: The partitioned tensor, with output_shape = input_shape for all the unspecified dimensions, and output_shape[dim] = input_shape[dim] / num_devices, where num_devices is the number of devices along the `cluster_axis` if specified, else the total number of devices along the mesh.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        mesh_partition is a per-device slice (it does not use the fabric) and does not restrict the input dtype; the output preserves the input dtype. ``input_shape[dim]`` must be evenly divisible by the number of devices along the cluster axis.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: DRAM and L1
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, cluster_axis: int | None = None, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

mesh_partition: mesh_partition_t = ...

class all_broadcast_t:
    """
    All-broadcast operation across devices. This operation broadcasts data from all devices to all other devices in the mesh, returning a vector of tensors where each tensor contains the data from a corresponding device in the mesh. The output tensors are identical across all devices along the cluster axis if specified, otherwise they are identical across all devices in the mesh.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to be broadcast.

    Keyword Args:
        cluster_axis (int, optional): The axis on the mesh device to broadcast across. Defaults to `None`.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice id for worker cores.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration. Defaults to input tensor memory config.
        num_links (int, optional): The number of links to use for the all-broadcast operation. Defaults to `1`.
        topology (ttnn.Topology, optional): Fabric topology. Defaults to `ttnn.Topology.Linear`.
        use_l1_small_for_semaphores (bool, optional): If True, allocate internal global semaphores in L1_SMALL instead of L1 to reduce L1 fragmentation. Defaults to `False`.

    Returns:
        List[ttnn.Tensor]: A list of tensors, one from each device, where each tensor has the same shape as the input.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        All-broadcast is a data-movement collective and does not restrict the input dtype; each output tensor preserves the input dtype. When ``cluster_axis`` is not specified the tensor must have a line (1D) topology.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: WIDTH_SHARDED, HEIGHT_SHARDED, BLOCK_SHARDED (each may reside in DRAM or L1; the op places no buffer-type restriction)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, cluster_axis: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, num_links: int | None = 1, topology: Topology | None = Topology.Linear, use_l1_small_for_semaphores: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

all_broadcast: all_broadcast_t = ...

class all_gather_t:
    """
    Performs an all-gather collective operation that gathers data from all devices into a new output tensor, concatenated along the specified :attr:`dim`. If the :attr:`input_tensor` has unaligned row-major pages or padded tiles on the gather :attr:`dim`, a slower composite all-gather implementation is used.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to be gathered.
        dim (int): Dimension along which to concatenate.

    Keyword Args:
        cluster_axis (int, optional): Axis on the 2D mesh device grid to gather along. Each of the non-cluster_axis dimensions perform independent all-gathers along the devices on the cluster_axis. Irrelevant for 1D mesh grids.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the output tensor. Defaults to the input tensor's memory config.
        output_tensor (ttnn.Tensor, optional): Pre-allocated output tensor, can improve performance if provided. This must be allocated before invoking any op to avoid races. Defaults to None (op allocates a new output tensor).
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice id for worker cores. Defaults to the first subdevice on the mesh device.
        sub_core_grids (CoreRangeSet, optional): Restricts worker core selection to this sub-grid. Defaults to all cores on the chosen subdevice.
        num_links (int, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.
        topology (ttnn.Topology, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.
        chunks_per_sync (int, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.
        num_workers_per_link (int, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.
        num_buffers_per_channel (int, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.
        use_l1_small_for_semaphores (bool, optional): Deprecated and ignored; retained for backward compatibility. Will be removed in a future release.

    Returns:
        ttnn.Tensor: The gathered tensor, with output_shape = input_shape for all the unspecified dimensions, and output_shape[dim] = input_shape[dim] * num_devices, where num_devices is the number of devices along the `cluster_axis` if specified, else the total number of devices in the mesh.

    Supported dtypes and layouts:
        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - Any
              - TILE, ROW_MAJOR

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: WIDTH_SHARDED, HEIGHT_SHARDED, BLOCK_SHARDED (DRAM and L1)
        - Input and output memory configs are independent; any supported combination may be used.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, cluster_axis: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, num_links: int | None = None, topology: Topology | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, use_l1_small_for_semaphores: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

all_gather: all_gather_t = ...

class all_to_all_combine_t:
    """
    All to all combine operation for combining the output tokens from the experts, based on the expert metadata and expert mapping tensors. If cluster axis is specified then we combine the tokens only on that axis. This operation is the inverse of the all-to-all dispatch operation, used for returning the results of the experts back to the input tokens' originating devices.
    B = batch size
    S = sequence length
    H = hidden size
    K = selected experts per token
    D = total number of devices
    A = cluster axis to combine along
    D[A] = number of devices along the cluster axis, just D if cluster axis is not specified.
    E = number of experts
    T = total number of tokens = B * S

    Args:
        input_tensor (ttnn.Tensor): the input tensor containing the tokens to combine. The tensor is expected to be [B, S, 1, H] ([B/D[A], S, 1, H] per device) where each row is a token. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_metadata_tensor (ttnn.Tensor): the expert metadata tensor containing the ranking of the experts for each token. The tensor is expected to be [B, S, 1, K] ([B/D[A], S, 1, K] per device) where each value in the row is the expert index inside the mapping table. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_mapping_tensor (ttnn.Tensor): the one-hot encoded expert to device mapping tensor containing the location of the experts among each device and each mesh. The tensor is expected to be [D, 1, E, D] ([1, 1, E, D] per device) where each value in the row is 1 if the expert is on the device, 0 otherwise. The tensor is expected to be in Row Major, Interleaved format. This tensor is expected to be the same across all devices.

    Keyword Args:
        local_reduce (bool, optional): whether or not the tokens are locally reduce prior to combining. The expectation is that the expert output tokens corresponding to the dispatched token are already reduced. Defaults to `False`.
        num_links (number, optional): the number of cross-device links to use for combining the tokens. Defaults to `None`, for which the number of links is determined automatically.
        topology (ttnn.Topology, optional): the topology to use when combining the tokens. Defaults to `None`, for which the topology is determined automatically.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration for the output tensors. Defaults to `None`.
        cluster_axis (int, optional): the cluster axis to combine along. Defaults to `None`, though we assert out when it is not specified.
        subdevice_id (ttnn.SubDeviceId, optional): the subdevice id for the subdevice on which we allocate the worker cores. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): the optional output tensor to use for the combined tokens. Defaults to `None`.
        output_shard_dim (int, optional): the dimension to shard the output tokens along. Defaults to `1`, which is the batch dimension.

    Returns:
        ttnn.Tensor: The combined tokens tensor. The tensor is expected to be [K, B, S, H] sharded along the output_shard_dim dimension across the number of devices along the cluster axis if it was set, or all devices if it was not set, (e.g. [K, B/D[A], S, H] per device if output_shard_dim is 1 or [K, B, S/D[A], H] per device if output_shard_dim is 2). The tensor is expected to be in Row Major, Interleaved format. The rows are sparsely populated such that each row is either a token if that token was dispatched to that device, or a placeholder row if that token was not dispatched to that device.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Tensor
              - Dtypes
              - Layouts
            * - input_tensor
              - BFLOAT16
              - ROW_MAJOR
            * - expert_metadata_tensor
              - UINT16
              - ROW_MAJOR
            * - expert_mapping_tensor
              - UINT16
              - ROW_MAJOR

        All input tensors must be rank 4 and ``cluster_axis`` is required. ``expert_mapping_tensor`` must be fully replicated across the mesh. Additional input-spec constraints enforced by the op:

        - The number of experts must be evenly divisible by the number of devices.
        - Unless ``local_reduce`` is set, ``input_tensor``'s leading (expert) dimension must equal ``experts / num_devices``.
        - ``output_shard_dim`` must be 1 or 2. When it is 1, the metadata batch dimension must be divisible by the cluster-axis device count; when it is 2, the metadata sequence dimension must be divisible by the cluster-axis device count.

        The output preserves the input dtype (BFLOAT16) and is ROW_MAJOR.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: not supported (output memory config must not be sharded)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_metadata_tensor: ttnn._ttnn.tensor.Tensor, expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, *, local_reduce: bool = False, output_shard_dim: int | None = 1, cluster_axis: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, topology: Topology | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_to_all_combine: all_to_all_combine_t = ...

class reduce_to_root_t:
    """
    Reduce-to-root operation. Performs sdpa tree reduction across 4 devices and stores the output on the root device only.

    Args:
        input_tensor_l (ttnn.Tensor): the SDPA values (l) state tensor, sharded across the 4 devices.
        input_tensor_s (ttnn.Tensor): the SDPA running-sum (s) state tensor, sharded across the 4 devices.
        input_tensor_m (ttnn.Tensor): the SDPA running-max (m) state tensor, sharded across the 4 devices.
        root_coord (ttnn.MeshCoordinate): Coordinate of the root device. Should be (1, 0) for the 4-device setup.

    Keyword Args:
        scale_fp32 (float, optional): scale applied during the reduction. Defaults to `1.0`.
        topology (ttnn.Topology, optional): Fabric topology. Defaults to `ttnn.Topology.Linear`.
        output_tensor_l (ttnn.Tensor, optional): Preallocated output tensor for values. Defaults to `None`.
        output_tensor_s (ttnn.Tensor, optional): Preallocated output tensor for sum. Defaults to `None`.
        output_tensor_m (ttnn.Tensor, optional): Preallocated output tensor for max. Defaults to `None`.
        intermediate_tensor (ttnn.Tensor, optional): Preallocated intermediate tensor. Defaults to `None`.
        input_mux_cores (List[ttnn.CoreCoord], optional): the 4 mux core coordinates used for the reduction. Defaults to `None`.

    Returns:
        List[ttnn.Tensor]: the reduced (l, s, m) tensors, each with the same spec as the corresponding input. The results are valid only on the root device.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Tensor
              - Dtypes
              - Layouts
            * - input_tensor_l / _s / _m
              - BFLOAT16
              - TILE

        reduce_to_root operates on a fixed 4-device line topology with the root at (1, 0). All three input tensors must be sharded; each output preserves the spec of its corresponding input.

        Each shard core is moved in a single fabric packet holding its l shard plus one s and one m page, so ``l_shard_pages * page_size + 2 * page_size`` must not exceed the fabric maximum payload size (4352 B by default). Wider shards need ``max_packet_payload_size_bytes`` raised in the ``FabricRouterConfig``.

    Memory Support:
        - Sharded: required (L1)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_l: ttnn._ttnn.tensor.Tensor, input_tensor_s: ttnn._ttnn.tensor.Tensor, input_tensor_m: ttnn._ttnn.tensor.Tensor, root_coord: ttnn._ttnn.multi_device.MeshCoordinate, *, scale_fp32: float = 1.0, topology: Topology = Topology.Linear, output_tensor_l: ttnn._ttnn.tensor.Tensor | None = None, output_tensor_s: ttnn._ttnn.tensor.Tensor | None = None, output_tensor_m: ttnn._ttnn.tensor.Tensor | None = None, intermediate_tensor: ttnn._ttnn.tensor.Tensor | None = None, input_mux_cores: Sequence[ttnn._ttnn.tensor.CoreCoord] | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

reduce_to_root: reduce_to_root_t = ...

def reduce_to_root_tensor_spec(input_tensor_l: ttnn._ttnn.tensor.Tensor, input_tensor_s: ttnn._ttnn.tensor.Tensor, input_tensor_m: ttnn._ttnn.tensor.Tensor, root_coord: ttnn._ttnn.multi_device.MeshCoordinate, scale_fp32: float, topology: Topology, input_mux_cores: Sequence[ttnn._ttnn.tensor.CoreCoord] | None = None) -> list[ttnn._ttnn.tensor.TensorSpec]: ...

class all_to_all_dispatch_t:
    """
    All to all dispatch operation for dispatching the input tokens to devices with the selected experts, based on the expert indices and expert mapping tensors. If cluster axis is specified then we dispatch the tokens to the experts only on that axis. This operation sends tokens to their selected experts, with empty rows for tokens that did not select any experts on that device.
    B = local batch size/batch size per device
    S = local sequence length/sequence length per device
    H = hidden size
    K = selected experts per token
    D = total number of devices
    A = cluster axis to dispatch along
    D[A] = number of devices along the cluster axis, just D if cluster axis is not specified.
    E = local experts/experts per device
    T = total number of tokens per device = B * S

    Args:
        input_tensor (ttnn.Tensor): The input tensor containing the tokens to dispatch. The tensor is expected to be [B, S, 1, H] per device, sharded along either the batch dimension or the sequence dimension, such that the global shape is either [B*D[A], S, 1, H] or [B, S*D[A], 1, H]. Each row is a token. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_indices_tensor (ttnn.Tensor): The expert indices tensor containing the ranking of the experts for each token. The tensor is expected to be [B, S, 1, K] per device, sharded identically to the input_tensor. Each value in the row is an expert index, which corresponds to a row index in the expert mapping tensor. This tensor only contains the expert ranking for the tokens local to that device. The tensor is expected to be in Row Major, Interleaved format. It is duplicated on the non-cluster axis.
        expert_mapping_tensor (ttnn.Tensor): The one-hot encoded expert to device mapping tensor containing the location of the experts among each device and each mesh. The tensor is expected to be [1, 1, E, D] per device, fully replicated across all devices. Each row corresponds to an expert, and the value in each corresponding column is 1 if the expert is on the device, 0 otherwise. The tensor is expected to be in Row Major, Interleaved format. This tensor is expected to be the same across all devices.

    Keyword Args:
        cluster_axis (int, optional): the cluster axis to dispatch along. Defaults to `None`, in which case tokens are dispatched across the entire mesh.
        num_links (number, optional): the number of cross-device links to use for dispatching the tokens. Defaults to `None`, for which the number of links is determined automatically.
        topology (ttnn.Topology, optional): the topology to use when dispatching the tokens. Defaults to what the mesh topology is initialized with. CAREFUL: no guarantees that the topology is valid for the given Fabric Init unless it matches the topology of the mesh.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration for the output tensors. Defaults to `None`.
        subdevice_id (ttnn.SubDeviceId, optional): the subdevice id for the subdevice on which we allocate the worker cores. Defaults to `None`.
        output_concat_dim (int, optional): the dimension to concat the output tokens along. Defaults to `1`, which is the batch dimension.
        output_tensors (Tuple[ttnn.Tensor, ttnn.Tensor], optional): the optional output tensors to use for the dispatched tokens and the metadata. Defaults to `None`.

    Returns:
        Tuple[ttnn.Tensor, ttnn.Tensor]: The sparse output tokens tensor and the metadata tensor. The output tensor on each device is sparsely populated with all the tokens that are dispatched to that device. The non-dispatched tokens have placeholder rows populated with garbage. The metadata tensor is used to track the expert indices.

        output_tensor: The output tensor is expected to be [1, B*D[A], S, H] per device if output_concat_dim is 1 or [1, B, S*D[A], H] per device if output_concat_dim is 2, sharded fully such that we have [D, B*D[A], S, H] or [D, B, S*D[A], H] total when gathered along dimension 0. Each row is either a token if that token was dispatched to that device, or a placeholder row if that token was not dispatched to that device. The tensor is expected to be in Row Major, Interleaved format.
        expert_metadata_tensor: The metadata tensor is expected to be [1, B*D[A], S, K] per device if output_concat_dim is 1 or [1, B, S*D[A], K] per device if output_concat_dim is 2, replicated across all devices. Each row contains the all the expert indices selected for each token on the mesh. This is equivalent to an all-gather of the expert indices. The tensor is expected to be in Row Major, Interleaved format.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Tensor
              - Dtypes
              - Layouts
            * - input_tensor
              - BFLOAT16
              - ROW_MAJOR
            * - expert_indices_tensor
              - UINT16
              - ROW_MAJOR
            * - expert_mapping_tensor
              - UINT16
              - ROW_MAJOR

        All input tensors must be rank 4. ``input_tensor`` and ``expert_indices_tensor`` must share their shape on all dims except the last; ``expert_mapping_tensor`` must be fully replicated across the mesh. The output tokens tensor preserves the input dtype (BFLOAT16) and the metadata tensor preserves the indices dtype (UINT16); both are ROW_MAJOR.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: not supported (output memory config must not be sharded)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, expert_indices_tensor: ttnn._ttnn.tensor.Tensor, expert_mapping_tensor: ttnn._ttnn.tensor.Tensor, *, cluster_axis: int | None = None, output_tensors: Sequence[ttnn._ttnn.tensor.Tensor] | None = None, num_links: int | None = None, topology: Topology | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, output_concat_dim: int | None = 1) -> list[ttnn._ttnn.tensor.Tensor]: ...

all_to_all_dispatch: all_to_all_dispatch_t = ...

class reduce_scatter_t:
    """
    Reduce-scatter operation across devices along a selected dimension and optional cluster axis. This operation reduces the mesh tensor across the devices in the mesh, along the specified dimension. It then scatters the reduced tensor back to the devices in the mesh, along the same dimension. When cluster axis is specified, we reduce and scatter along the cluster axis. When it is not specified, then we reduce and scatter across all devices in the mesh. When the layout is row-major or the scatter breaks apart tiles, we use the composite reduce-scatter implementation that falls back to all-broadcast.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to be reduced and scattered.
        dim (int): Dimension along which to reduce.

    Keyword Args:
        cluster_axis (int, optional): The cluster axis to reduce across. Defaults to `None`.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice id for worker cores.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration.
        intermediate_memory_config (ttnn.MemoryConfig, optional): Memory configuration for intermediate buffer used within the operation.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor.
        num_links (int, optional): The number of links to use for the reduce-scatter operation. Defaults to `None`, for which the number of links is determined automatically.
        topology (ttnn.Topology, optional): Fabric topology. Defaults to `None`.
        chunks_per_sync (int, optional): Hyperparameter.
        num_workers_per_link (int, optional): Hyperparameter.
        num_buffers_per_channel (int, optional): Hyperparameter.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration for the reduction. Defaults to `None`.
        use_l1_small_for_semaphores (bool, optional): If True, allocate internal global semaphores in L1_SMALL instead of L1 to reduce L1 fragmentation. Defaults to `False`.

    Returns:
        ttnn.Tensor: The reduced and scattered tensor, with output_shape = input_shape for all the unspecified dimensions, and output_shape[dim] = input_shape[dim] / num_devices, where num_devices is the number of devices along the `cluster_axis` if specified, else the total number of devices along the mesh.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        Input must be rank 2 or greater and the scatter dim must be divisible by the number of devices (for tiled inputs scattered on the last two dims, by ``num_devices * tile_size``). The output preserves the input dtype. Row-major inputs, and tiled inputs whose scatter breaks a tile, are routed through the composite implementation.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: WIDTH_SHARDED, HEIGHT_SHARDED and ND_SHARDED may reside in DRAM or L1; BLOCK_SHARDED must be in L1.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, dim: int, *, cluster_axis: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, intermediate_memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, num_links: int | None = None, topology: Topology | None = None, chunks_per_sync: int | None = None, num_workers_per_link: int | None = None, num_buffers_per_channel: int | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, use_l1_small_for_semaphores: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

reduce_scatter: reduce_scatter_t = ...

class all_reduce_t:
    """
    All-reduce operation across devices with Sum reduction. If cluster axis is specified, the all-reduce is performed on tensor shards along the cluster axis, resulting in identical tensor shards across all devices along the cluster axis. If it is not specified, then we reduce across all devices in the mesh. All-reduce is a collective operation that reduces data from all devices using the Sum operation and returns the result to all devices.

    Args:
        input_tensor (ttnn.Tensor): Input tensor to be reduced.

    Keyword Args:
        cluster_axis (int, optional): The axis on the mesh device to reduce across. Defaults to `None`.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice id for worker cores.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration.
        num_links (int, optional): Number of links to use for the all_reduce operation. Defaults to `None`.
        topology (ttnn.Topology, optional): Fabric topology. Defaults to `None`.

    Returns:
        ttnn.Tensor: The reduced tensor with the same shape as the input tensor. The output tensor is identical across all devices along the cluster axis if specified, otherwise it is identical across all devices in the mesh.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        The reduction is performed in BFLOAT16; BFLOAT8_B inputs are up-cast to BFLOAT16 for the reduction and cast back, and FLOAT32 takes a dedicated reduction path. Input must be rank 2 or greater. The output preserves the input dtype and shape.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: supported in DRAM or L1. A sharded input is converted to interleaved internally (its buffer type is preserved), and the result is written back according to the requested output ``memory_config``.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, cluster_axis: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, num_links: int | None = None, topology: Topology | None = None) -> ttnn._ttnn.tensor.Tensor: ...

all_reduce: all_reduce_t = ...

class broadcast_t:
    """
    Performs a broadcast operation from a sender device to all other mesh devices across a cluster axis.

    Args:
        input_tensor (ttnn.Tensor): Input tensor. The data residing on ``sender_coord`` is the data that gets broadcast.
        sender_coord (ttnn.MeshCoordinate): Coordinate of the sender device in the mesh.

    Mesh Tensor Programming Guide : https://github.com/tenstorrent/tt-metal/blob/main/tech_reports/Programming_Mesh_of_Devices/Programming_Mesh_of_Devices_with_TT-NN.md

    Keyword Args:
        cluster_axis (int, optional): The mesh axis to broadcast across. Defaults to `None`, in which case the tensor must have a line (1D) topology.
        num_links (int, optional): Number of links to use for the broadcast operation. Defaults to `None`, for which the number of links is determined automatically.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration. Defaults to the input tensor memory config.
        topology (ttnn.Topology, optional): Fabric topology. Valid options are Ring and Linear. Defaults to `ttnn.Topology.Linear`.
        subdevice_id (ttnn.SubDeviceId, optional): Subdevice id for worker cores.

    Returns:
        ttnn.Tensor: The output tensor, same shape as the input, holding the sender device's data on every device along the cluster axis.

    Supported dtypes and layouts:

        .. list-table::
            :header-rows: 1

            * - Dtypes
              - Layouts
            * - BFLOAT16, BFLOAT8_B, FLOAT32
              - TILE, ROW_MAJOR

        Broadcast is a data-movement collective and does not restrict the input dtype; the output preserves the input dtype.

    Memory Support:
        - Interleaved: DRAM and L1
        - Sharded: WIDTH_SHARDED, HEIGHT_SHARDED, BLOCK_SHARDED (each may reside in DRAM or L1; the op places no buffer-type restriction)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, sender_coord: ttnn._ttnn.multi_device.MeshCoordinate, *, num_links: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, topology: Topology = Topology.Linear, cluster_axis: int | None = None, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None) -> ttnn._ttnn.tensor.Tensor: ...

broadcast: broadcast_t = ...
