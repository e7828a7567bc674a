# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Experimental KDA operations"""

from collections.abc import Sequence

import ttnn._ttnn.global_semaphore
import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor


class affine_exclusive_scan_t:
    """
    Compute the recurrent-state entry for every ordered group of chunks.

    Each input pair represents one group-level affine transition:

        F_g(S) = A_g @ S + B_g

    The leading dimension is flattened batch-head-group order:

        index = batch_head * groups_per_head + group

    The scan is exclusive: the first group receives ``initial_state``. On an
    unsplit rank, each later group receives the state produced by all preceding
    groups:

        entry[0] = initial_state
        entry[g] = A_{g-1} @ entry[g-1] + B_{g-1}

    On the rank containing both the chronological beginning and end of the
    sequence, the tail restarts from ``tail_entry_states`` after the intervening
    ranks. For a group-aligned split, the first tail group receives this seed
    directly. For a split inside a group, that group's entry still belongs to
    the head; its tail summary is applied to the tail seed to produce the next
    group's entry. The chunk scan handles the reset inside the split group.
    Subsequent groups use ``tail_a`` and ``tail_b`` instead of the head summaries.

    Optional ``actual_end`` is a replicated UINT32 row-major scalar, with
    the same lifetime as ``actual_start``. It defines a nonempty interval within
    physical capacity and need not be 32-aligned: a partial last chunk is
    valid, and its rows past the end must be identity steps, as produced by
    ``prepare_chunk_recurrence``. Omission uses the full capacity.
    Bounds may change during trace replay. Padded group outputs are unspecified.
    Bounds are caller preconditions and are not read back on the host.

    Args:
        a (ttnn.Tensor): Group multipliers ``[B*H*G, K, K]``. Must be a
            TILE-layout FLOAT32 or BFLOAT16 device tensor.
        b (ttnn.Tensor): Group offsets ``[B*H*G, K, V]``. Must have the same
            dtype, device, and leading dimension as ``a``.
        initial_state (ttnn.Tensor): Entry state ``[B*H, K, V]`` for the first
            group of each batch-head. Must be a TILE-layout FLOAT32 device tensor.
        groups_per_head (int): Number of consecutive groups ``G`` belonging to
            each batch-head. Must be positive and divide the leading dimension.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar
            containing the absolute position of the chunk's first token; pass [0]
            for zero-offset execution. Its
            value must be nonnegative and 32-aligned. Keep its address stable
            and update its contents before replay of a captured trace.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the
            sequence. Native mesh coordinates supply each device's rank.
        local_rows (int): Positive, 32-aligned token rows per SP device. Summary tensor
            shapes do not encode this sequence length.
        tail_a, tail_b (ttnn.Tensor): Tail-segment affine summaries.
            The kernel
            derives the local split and chooses the live head/tail transforms.
        tail_entry_states (ttnn.Tensor): FLOAT32 tail seed ``[B*H,K,V]``.
            Ignored when the local sequence is unsplit; may alias initial_state.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration. Defaults to exact HiFi2 math with
            FP32 destination accumulation.

    Returns:
        ttnn.Tensor: New FLOAT32 TILE-layout group-entry states
            ``[B*H*G, K, V]`` in flattened batch-head-group order.

    Note:
        ``K`` and ``V`` must be positive and tile-aligned, and each ``A_g`` must
        be square. All inputs must be allocated on the same device and are not
        modified. Output memory must be interleaved.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, a: ttnn._ttnn.tensor.Tensor, b: ttnn._ttnn.tensor.Tensor, initial_state: ttnn._ttnn.tensor.Tensor, groups_per_head: int, *, actual_start: ttnn._ttnn.tensor.Tensor, local_rows: int, tail_a: ttnn._ttnn.tensor.Tensor, tail_b: ttnn._ttnn.tensor.Tensor, tail_entry_states: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, actual_end: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

affine_exclusive_scan: affine_exclusive_scan_t = ...

class chain_affine_transforms_t:
    """
    Apply one affine state transition per sequence-parallel rank in chronological order.

    ``transforms`` holds every rank's packed transition ``[A | B]`` gathered along the
    sequence-parallel axis in physical rank order. Starting from ``initial_state``, the
    transitions are applied in chronological order, the order of ranks starting at the
    rank that holds the first token of the chunk:

        S_{s+1} = A_{rank(s)} @ S_s + B_{rank(s)},   rank(s) = (first_rank + s) mod P

    Each step is a matmul that accumulates the whole key dimension in FP32, followed by an
    FP32 add. Returns this rank's entry state ``S_c``, where ``c`` is the
    rank's chronological index, and the completed carry ``S_P``.

    Args:
        transforms (ttnn.Tensor): Packed transitions ``[P, B*H, K, K + V]`` with ``P`` the
            sequence-parallel mesh size. TILE-layout BFLOAT16 interleaved device tensor.
        initial_state (ttnn.Tensor): FLOAT32 TILE-layout ``[B*H, K, V]`` interleaved state.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar with the absolute
            position of the chunk's first token; pass [0] for zero-offset execution. Its value must
            be nonnegative and 32-aligned. Keep its address stable and update its contents before
            replay of a captured trace.
        local_rows (int): Positive, 32-aligned token rows per SP device.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute-kernel configuration.
            Defaults to HiFi2 with FP32 destination accumulation, which is required.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the sequence. Native mesh
            coordinates supply each device's rank.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor]: FLOAT32 TILE-layout ``[B*H, K, V]`` entry state
            and final carry.

    Note:
        K and V must be positive and tile-aligned, with one core per ``B*H`` head. Inputs are
        not modified.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, transforms: ttnn._ttnn.tensor.Tensor, initial_state: ttnn._ttnn.tensor.Tensor, *, actual_start: ttnn._ttnn.tensor.Tensor, local_rows: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

chain_affine_transforms: chain_affine_transforms_t = ...

class QkvCausalConv1dSiluProgramConfig:
    def __init__(self, *, channel_chunk_size: int) -> None: ...

    @property
    def channel_chunk_size(self) -> int: ...

    def __repr__(self) -> str: ...

class qkv_causal_conv1d_silu_t:
    """
    Apply a four-tap depthwise causal convolution with SiLU and split the
    result directly into Q, K, and V tensors.

    Let ``x[-3:0]`` be the supplied history and ``x[0:T]`` the current input.
    For each token and channel:

        convolved[t] =
            tap0 * x[t-3] + tap1 * x[t-2] + tap2 * x[t-1] + tap3 * x[t]
        q, k, v = split(silu(convolved), [q_width, k_width, v_width])

    At the logical sequence start, preceding tokens come from the caller's
    incoming ``history``. Other ranks begin with ``predecessor_carry``. On a
    rank containing both the chronological head and tail, the tail also
    restarts from ``predecessor_carry`` instead of the adjacent local head
    rows. The kernel derives these boundaries from ``actual_start`` and its
    mesh coordinate.

    Args:
        input (ttnn.Tensor): Interleaved TILE BFLOAT16 ``[1, T, W]`` whose
            channels from ``input_column_offset`` are the convolution input,
            read in place (such as a fused projection). A ROW_MAJOR input is
            tilized first.
        history (ttnn.Tensor): Interleaved ROW_MAJOR BFLOAT16 history.
            Shape ``[1,3,Q+K+V]``. SP calls supply the predecessor's three-row
            history separately. The kernel derives when each history is needed
            from actual_start and its mesh coordinate.
        tap0, tap1, tap2, tap3 (ttnn.Tensor): Per-channel convolution taps.
            Each must have logical volume ``Q+K+V`` and be an interleaved
            TILE-layout BFLOAT16 device tensor.
        q_width (int): Output Q width.
        k_width (int): Output K width.
        v_width (int): Output V width.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar
            containing the absolute position of the chunk's first token; pass [0]
            for zero-offset execution. Its
            value must be nonnegative and 32-aligned. Keep its address stable
            and update its contents before replay of a captured trace.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the
            sequence. Native mesh coordinates supply each device's rank.
        predecessor_carry (ttnn.Tensor): Three-row history from the
            preceding rank, matching history. For local execution, alias history.
        program_config (QkvCausalConv1dSiluProgramConfig): Required program tuning;
            ``channel_chunk_size`` is expressed in logical channels.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration.
        input_column_offset (int, optional): First convolution channel of
            ``input``; tile aligned. Defaults to 0.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: New TILE-layout BFLOAT16
            tensors ``q[1,T,Q]``, ``k[1,T,K]``, and ``v[1,T,V]``.

    Note:
        ``T``, ``Q``, ``K``, and ``V`` must be positive and tile-aligned.
        All inputs must be allocated on the same device. Inputs, including
        ``history``, are not modified; the caller owns history updates.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, history: ttnn._ttnn.tensor.Tensor, tap0: ttnn._ttnn.tensor.Tensor, tap1: ttnn._ttnn.tensor.Tensor, tap2: ttnn._ttnn.tensor.Tensor, tap3: ttnn._ttnn.tensor.Tensor, q_width: int, k_width: int, v_width: int, *, program_config: QkvCausalConv1dSiluProgramConfig, actual_start: ttnn._ttnn.tensor.Tensor, predecessor_carry: ttnn._ttnn.tensor.Tensor, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, input_column_offset: int = 0) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

qkv_causal_conv1d_silu: qkv_causal_conv1d_silu_t = ...

def qkv_causal_conv1d_silu_exchange_core(grid: ttnn._ttnn.tensor.CoreCoord) -> ttnn._ttnn.tensor.CoreCoord:
    """
    The core of a ``grid``-sized compute grid that runs
    ``qkv_causal_conv1d_silu_with_carry``'s fabric history exchange, and so
    the core its ``exchange_semaphores`` must cover.
    """

class qkv_causal_conv1d_silu_with_carry_t:
    """
    ``qkv_causal_conv1d_silu`` that also exchanges the sequence-parallel
    histories itself and returns the replacement carry. Every rank must call
    it.

    ``exchange_buffer`` is a persistent ``[1, 12, Q+K+V]`` ROW_MAJOR BFLOAT16
    DRAM tensor and ``exchange_semaphores`` three persistent global semaphores
    on ``qkv_causal_conv1d_silu_exchange_core``, zero before the first call. Each segment
    that does not start the logical sequence reads the preceding rank's last
    three rows, which arrive over the fabric. The fourth output is the
    three-token history ending at the logical end of the interval
    (``actual_end``, default full capacity), for the next call.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: ``q``, ``k``,
            ``v`` as ``qkv_causal_conv1d_silu``, and the ROW_MAJOR BFLOAT16
            ``[1, 3, Q+K+V]`` replacement carry, replicated across SP.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, history: ttnn._ttnn.tensor.Tensor, tap0: ttnn._ttnn.tensor.Tensor, tap1: ttnn._ttnn.tensor.Tensor, tap2: ttnn._ttnn.tensor.Tensor, tap3: ttnn._ttnn.tensor.Tensor, q_width: int, k_width: int, v_width: int, *, program_config: QkvCausalConv1dSiluProgramConfig, actual_start: ttnn._ttnn.tensor.Tensor, exchange_buffer: ttnn._ttnn.tensor.Tensor, exchange_semaphores: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], actual_end: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, input_column_offset: int = 0) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

qkv_causal_conv1d_silu_with_carry: qkv_causal_conv1d_silu_with_carry_t = ...

class recurrent_chunk_scan_t:
    """
    Apply the KDA recurrence over an ordered sequence of prepared 32-token chunks.

    For each chunk ``n``:

        U_n     = t_inv_n @ (v_beta_n - kd_n @ S_n)
        Y_n     = q_decay_n @ S_n + intra_n @ U_n
        S_{n+1} = final_decay_n * S_n + k_dec_t_n @ U_n

    If the chronological head/tail split falls inside a group, the running
    state is replaced with ``tail_entry_states`` before the first tail chunk.
    If the split falls between groups, no internal reset is needed: the caller
    supplies the correct tail seed through ``group_entry_states``, as produced
    by ``affine_exclusive_scan`` in the grouped recurrence pipeline.

    Optional ``actual_end`` is a replicated UINT32 row-major scalar, with
    the same lifetime as ``actual_start``. It defines a nonempty interval within
    physical capacity and need not be 32-aligned: a partial last chunk is
    valid, and its rows past the end must be identity steps, as produced by
    ``prepare_chunk_recurrence``. Omission uses the full capacity.
    Bounds may change during trace replay. Padded group outputs are unspecified.
    Bounds are caller preconditions and are not read back on the host.

    Args:
        v_beta (ttnn.Tensor): Prepared values ``[B*H*G, N, 32, V]``.
        kd (ttnn.Tensor): Prepared decayed keys ``[B*H*G, N, 32, K]``.
        q_decay (ttnn.Tensor): Prepared decayed queries ``[B*H*G, N, 32, K]``.
        intra (ttnn.Tensor): Causal within-chunk interactions
            ``[B*H*G, N, 32, 32]`` in FLOAT32.
        k_dec_t (ttnn.Tensor): Prepared transposed key term
            ``[B*H*G, N, K, 32]``.
        final_decay (ttnn.Tensor): End-of-chunk state decay
            ``[B*H*G, N, K, 1]``.
        t_inv (ttnn.Tensor): Triangular correction inverse
            ``[B*H*G, N, 32, 32]`` in FLOAT32.
        group_entry_states (ttnn.Tensor): Initial recurrent state ``[B*H*G, K, V]``
            in FLOAT32, with group folded into the leading dimension.
            Tail state is unfolded: one ``[K,V]`` matrix per ``B*H``.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar
            containing the absolute position of the chunk's first token; pass [0]
            for zero-offset execution. Its
            value must be nonnegative and 32-aligned. Keep its address stable
            and update its contents before replay of a captured trace.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the
            sequence. Native mesh coordinates supply each device's rank.
        tail_entry_states (ttnn.Tensor): FLOAT32 carry ``[B*H,K,V]``
            to reload at the locally derived split. Ignored when unsplit.
            No input tensor is modified.
        groups_per_head (int, optional): Groups folded into the leading
            dimension. Defaults to 1.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor]: New tensors containing BFLOAT16 token
            outputs ``Y[B*H*G,N,32,V]`` and FLOAT32 final state ``S[B*H*G,K,V]``.
            Each valid group's state remains at its group index. For a nonempty
            padded rank, the last valid group's state is also copied to group
            ``G-1`` for fixed-slot carry selection. Other padded slots are unspecified.

    Note:
        ``v_beta``, ``kd``, ``q_decay``, ``k_dec_t``, and ``final_decay`` may be
        FLOAT32 or BFLOAT16. ``intra``, ``t_inv``, and ``group_entry_states`` must be
        FLOAT32. ``K`` and ``V`` must be positive and tile-aligned. All inputs
        must be interleaved TILE-layout tensors on the same device and are not
        modified.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, v_beta: ttnn._ttnn.tensor.Tensor, kd: ttnn._ttnn.tensor.Tensor, q_decay: ttnn._ttnn.tensor.Tensor, intra: ttnn._ttnn.tensor.Tensor, k_dec_t: ttnn._ttnn.tensor.Tensor, final_decay: ttnn._ttnn.tensor.Tensor, t_inv: ttnn._ttnn.tensor.Tensor, group_entry_states: ttnn._ttnn.tensor.Tensor, *, actual_start: ttnn._ttnn.tensor.Tensor, tail_entry_states: ttnn._ttnn.tensor.Tensor, groups_per_head: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, actual_end: ttnn._ttnn.tensor.Tensor | None = None) -> list[ttnn._ttnn.tensor.Tensor]: ...

recurrent_chunk_scan: recurrent_chunk_scan_t = ...

class summarize_chunk_recurrence_t:
    """
    Summarize each group's chronological head and tail segments into separate
    affine state transitions.

    In grouped execution, groups are flattened into the leading dimension:

        leading = B * H * G

    The operation applies the same state update as ``recurrent_chunk_scan`` without
    producing token outputs. Each defined head or tail pair describes its
    segment's state transition:

        S_after = A @ S_before + B

    A group crossing the chronological wrap has both head and tail summaries,
    allowing other ranks' transitions to be applied between them. Groups wholly
    before or after the split define only their head or tail pair, respectively.
    Unsplit ranks define only head pairs; inactive slots are unspecified.

    It derives the transform through two parallel recurrence evaluations:

        B = F(0)
        A = F(I) - B

    Optional ``actual_end`` is a replicated UINT32 row-major scalar, with
    the same lifetime as ``actual_start``. It defines a nonempty interval within
    physical capacity and need not be 32-aligned: a partial last chunk is
    valid, and its rows past the end must be identity steps, as produced by
    ``prepare_chunk_recurrence``. Omission uses the full capacity.
    Bounds may change during trace replay. Padded group outputs are unspecified.
    Bounds are caller preconditions and are not read back on the host.

    Args:
        v_beta (ttnn.Tensor): Prepared values ``[B*H*G, N, 32, V]``.
        kd (ttnn.Tensor): Prepared decayed keys ``[B*H*G, N, 32, K]``.
        q_decay (ttnn.Tensor): Prepared decayed queries ``[B*H*G, N, 32, K]``.
        intra (ttnn.Tensor): Causal within-chunk interactions
            ``[B*H*G, N, 32, 32]`` in FLOAT32.
        k_dec_t (ttnn.Tensor): Prepared transposed key term
            ``[B*H*G, N, K, 32]``.
        final_decay (ttnn.Tensor): End-of-chunk state decay
            ``[B*H*G, N, K, 1]``.
        t_inv (ttnn.Tensor): Triangular correction inverse
            ``[B*H*G, N, 32, 32]`` in FLOAT32.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar
            containing the absolute position of the chunk's first token; pass [0]
            for zero-offset execution. Its
            value must be nonnegative and 32-aligned. Keep its address stable
            and update its contents before replay of a captured trace.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the
            sequence. Native mesh coordinates supply each device's rank.
        groups_per_head (int, optional): Groups folded into the leading
            dimension. Defaults to 1.
        memory_config (ttnn.MemoryConfig, optional): Output memory configuration.
            Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration.

        packed_head (bool, optional): With one group per head, return only the head
            transform as one ``[1,B*H,K,K+V]`` tensor whose rows are ``[A | B]``, the
            layout the distributed prefix gathers. A rank with no valid chunk writes the
            identity ``(I, 0)``; the tail is not written.
            Requires an interleaved ``memory_config``. Defaults to False.

    Returns:
        tuple[ttnn.Tensor, ...]: Four BFLOAT16 TILE tensors: head A/B followed by
            tail A/B. A has shape ``[B*H*G,K,K]`` and B ``[B*H*G,K,V]``. With
            ``packed_head``, the single packed head transform.

    Note:
        Summaries accumulate in FLOAT32 and pack directly to BFLOAT16 for transport.
        Unsplit execution defines only the head pair. Inactive head/tail slots
        are unspecified; consumers must use the same chronology and geometry.

        The current summary path requires ``K=V``. ``q_decay`` and ``intra`` are
        accepted as part of the shared prepared-chunk protocol but do not contribute
        to the state-only summary. All inputs must be interleaved TILE-layout tensors
        on the same device and are not modified.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, v_beta: ttnn._ttnn.tensor.Tensor, kd: ttnn._ttnn.tensor.Tensor, q_decay: ttnn._ttnn.tensor.Tensor, intra: ttnn._ttnn.tensor.Tensor, k_dec_t: ttnn._ttnn.tensor.Tensor, final_decay: ttnn._ttnn.tensor.Tensor, t_inv: ttnn._ttnn.tensor.Tensor, *, actual_start: ttnn._ttnn.tensor.Tensor, groups_per_head: int = 1, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, actual_end: ttnn._ttnn.tensor.Tensor | None = None, packed_head: bool = False) -> list[ttnn._ttnn.tensor.Tensor]: ...

summarize_chunk_recurrence: summarize_chunk_recurrence_t = ...

class reduce_affine_transforms_t:
    """
    Compose ordered group-level affine state transitions into one transition
    per batch-head.

    Each input pair represents one group of chunks for one batch-head:

        F_g(S) = A_g @ S + B_g

    The leading dimension is flattened batch-head-group order:

        index = batch_head * groups_per_head + group

    Groups are composed in sequence order:

        A_total = A_g @ A_total
        B_total = A_g @ B_total + B_g

    On the rank containing both the chronological beginning and end of the
    sequence, only the head groups are composed. Other ranks compose all
    groups. If the head ends inside a group, that group's input must contain
    its head-only summary, as produced by ``summarize_chunk_recurrence``.
    The separated tail is handled later in the recurrence pipeline.

    Optional ``actual_end`` is a replicated UINT32 row-major scalar, with
    the same lifetime as ``actual_start``. It defines a nonempty interval within
    physical capacity and need not be 32-aligned: a partial last chunk is
    valid, and its rows past the end must be identity steps, as produced by
    ``prepare_chunk_recurrence``. Omission uses the full capacity.
    Bounds may change during trace replay. Padded group outputs are unspecified.
    Bounds are caller preconditions and are not read back on the host.

    Args:
        a (ttnn.Tensor): Group multipliers ``[B*H*G, K, K]``. Each leading
            entry represents one batch-head-group. Must be a TILE-layout
            FLOAT32 or BFLOAT16 device tensor.
        b (ttnn.Tensor): Group offsets ``[B*H*G, K, V]``. Must have the same
            dtype, device, and leading dimension as ``a``.
        groups_per_head (int): Number of consecutive groups ``G`` belonging
            to each batch-head. Must be positive and divide the leading
            dimension.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar
            containing the absolute position of the chunk's first token; pass [0]
            for zero-offset execution. Its
            value must be nonnegative and 32-aligned. Keep its address stable
            and update its contents before replay of a captured trace.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the
            sequence. Native mesh coordinates supply each device's rank.
        local_rows (int): Positive, 32-aligned token rows per SP device. Summary tensor
            shapes do not encode this sequence length.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration.

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor]: New FLOAT32 TILE-layout tensors
            ``A[B*H,K,K]`` and ``B[B*H,K,V]``, containing one composed
            transition per batch-head:

                S_after = A @ S_before + B

    Note:
        ``K`` and ``V`` must be positive and tile-aligned, and each ``A_g``
        must be square. Inputs may be interleaved or height-sharded and are
        not modified. Output memory must be interleaved.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, a: ttnn._ttnn.tensor.Tensor, b: ttnn._ttnn.tensor.Tensor, groups_per_head: int, *, actual_start: ttnn._ttnn.tensor.Tensor, local_rows: int, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, sequence_parallel_axis: int = 0, actual_end: ttnn._ttnn.tensor.Tensor | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

reduce_affine_transforms: reduce_affine_transforms_t = ...

class prepare_chunk_recurrence_t:
    """
    Convert flat KDA Q, K, V, gate, and beta tensors into the seven chunk-local
    terms consumed by ``recurrent_chunk_scan``.

    The operation partitions the sequence into 32-token chunks, normalizes Q and
    K, accumulates the log-decay gate, constructs causal within-chunk interactions,
    and computes the triangular correction used by the recurrence.

    Optional ``actual_start`` and ``actual_end`` are replicated device UINT32
    row-major scalars defining a nonempty global interval. ``actual_start`` is
    32-token aligned; ``actual_end`` need not be. Rows of a partial last chunk
    past ``actual_end`` become identity recurrence steps: their gate, beta-logit,
    key, and value inputs are replaced by zeros, so any padding, including
    NaN, is ignored. ``actual_end`` requires ``actual_start``. Omitting both bounds preserves the
    original unbounded call without allocating a scalar.
    Omitting ``actual_end`` retains full physical
    capacity. Their contents may change during trace replay. Padded chunk/group
    outputs are unspecified. Bounds are caller preconditions, not read on host.

    Args:
        q (ttnn.Tensor): Flat queries ``[1, T, H*K]`` in BFLOAT16.
        k (ttnn.Tensor): Flat keys ``[1, T, H*K]`` in BFLOAT16.
        v (ttnn.Tensor): Flat values ``[1, T, H*V]`` in BFLOAT16.
        g (ttnn.Tensor): Flat per-key log decays ``[1, T, H*K]`` in BFLOAT16.
        beta (ttnn.Tensor): Pre-sigmoid per-token update strengths: a token-major BFLOAT16 tensor
            ``[1, T, columns]`` whose ``H`` columns from ``beta_logits_column_offset`` hold the logits,
            such as the fused input projection. Preparation reads them in place and applies the
            sigmoid in FP32.
        num_heads (int): Number of heads ``H``. Flat Q/K/G and V widths must be
            divisible by ``H``.

    Keyword Args:
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration. Defaults to HiFi4 with approximate
            math and FP32 destination accumulation.
        output_bf16_mask (int): Bit mask selecting BFLOAT16 storage for outputs.
            Bits 0, 1, 2, 4, and 5 are supported; unselected outputs use FLOAT32.
            Defaults to 0.
        gate_scale (float): Multiplies ``g`` before its within-chunk cumulative sum, so a
            caller can fold a constant gate scale into preparation. The device product is exact for
            any BF16-representable scale, so it is bit-identical to host-scaled ``g`` whenever that
            host product is itself exact in BF16. Defaults to 1.0.
        beta_logits_column_offset (int): Tile-aligned first column of the beta logits in ``beta``.
            Defaults to 0.

    Returns:
        list[ttnn.Tensor]: Seven new TILE-layout tensors, where ``N = T / 32``, in order:

            * ``v_beta[H,N,32,V]``
            * ``kd[H,N,32,K]``
            * ``q_decay[H,N,32,K]``
            * ``intra[H,N,32,32]``
            * ``k_dec_t[H,N,K,32]``
            * ``final_decay[H,N,K,1]``
            * ``t_inv[H,N,32,32]``

    Note:
        ``T`` must be positive and divisible by 32; ``K`` and ``V`` must be
        positive and tile-aligned. All inputs must be interleaved TILE-layout
        device tensors on the same device and are not modified.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, v: ttnn._ttnn.tensor.Tensor, g: ttnn._ttnn.tensor.Tensor, beta: ttnn._ttnn.tensor.Tensor, num_heads: int, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, output_bf16_mask: int = 0, actual_start: ttnn._ttnn.tensor.Tensor | None = None, actual_end: ttnn._ttnn.tensor.Tensor | None = None, sequence_parallel_axis: int = 0, gate_scale: float = 1.0, beta_logits_column_offset: int = 0) -> list[ttnn._ttnn.tensor.Tensor]: ...

prepare_chunk_recurrence: prepare_chunk_recurrence_t = ...

class select_final_carry_t:
    """
    Distribute the recurrent state after the chronologically last valid token.

    When the valid interval ends in a separated tail, the answer is the final state of the rank
    that owns that tail: that rank multicasts its ``rank_final`` along the sequence-parallel line
    over the fabric. Otherwise every rank copies its replicated ``prefix_final``, with no
    collective traffic. The chronology is derived on device from ``actual_start`` and the
    optional ``actual_end``, exactly as the other KDA operations derive it, so the choice
    follows the bounds on every trace replay.

    Args:
        rank_final (ttnn.Tensor): FLOAT32 TILE-layout ``[B*H, K, V]`` final state of this rank's
            local scan, or ``[B*H, groups, K, V]`` group states whose last group is read in place.
        prefix_final (ttnn.Tensor): FLOAT32 TILE-layout ``[B*H, K, V]`` completed prefix carry.

    Keyword Args:
        actual_start (ttnn.Tensor): Replicated UINT32 row-major scalar with the chunk's first
            absolute position.
        local_rows (int): Positive, 32-aligned token rows per SP device.
        actual_end (ttnn.Tensor, optional): Replicated UINT32 row-major exclusive valid end.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory. Defaults to DRAM.
        sequence_parallel_axis (int, optional): Mesh axis partitioning the sequence.
        num_links (int, optional): Fabric links used by the owner's multicast. Defaults to the
            links available on the sequence-parallel axis.

    Returns:
        ttnn.Tensor: FLOAT32 TILE-layout ``[B*H, K, V]`` final state, replicated along the line.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, rank_final: ttnn._ttnn.tensor.Tensor, prefix_final: ttnn._ttnn.tensor.Tensor, *, actual_start: ttnn._ttnn.tensor.Tensor, local_rows: int, actual_end: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, sequence_parallel_axis: int = 0, num_links: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

select_final_carry: select_final_carry_t = ...

class sigmoid_gated_rms_norm_t:
    """
    Apply per-head RMS normalization followed by sigmoid gating.

    For input head ``h``:

        normalized = input / sqrt(mean(input², dim=V) + epsilon)
        output = normalized * weight * sigmoid(gate)

    The operation converts head-first input ``[B*H, T, V]`` into time-first
    output ``[B, T, H*V]`` for the following output projection.

    Args:
        input (ttnn.Tensor): Input tensor ``[B*H, T, V]``. Must be an
            interleaved TILE-layout device tensor with FLOAT32 or BFLOAT16 dtype.
        gate (ttnn.Tensor): Sigmoid gate ``[B, T, W]`` with ``W >= gate_column_offset + H*V``.
            Must be an interleaved TILE-layout BFLOAT16 device tensor.
        weight (ttnn.Tensor): Per-value RMSNorm weight ``[V]``. Must be an
            interleaved TILE-layout BFLOAT16 device tensor.
        num_heads (int): Number of heads ``H``. The input leading dimension
            must be divisible by ``H``.

    Keyword Args:
        epsilon (float): Finite positive RMSNorm epsilon. Defaults to ``1e-5``.
        memory_config (ttnn.MemoryConfig, optional): Interleaved output memory
            configuration. Defaults to DRAM.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):
            Compute-kernel configuration.
        output_dtype (ttnn.DataType): Output dtype, either FLOAT32 or BFLOAT16.
            Defaults to FLOAT32.
        gate_column_offset (int): Tile-aligned first gate column; the gate is read from
            columns ``[offset, offset + H*V)``, so a fused projection's gate columns need not
            be sliced out first. Defaults to 0.

    Returns:
        ttnn.Tensor: A new TILE-layout tensor with shape ``[B, T, H*V]``.

    Note:
        ``T`` and ``V`` must be positive and tile-aligned. All input tensors
        must be allocated on the same device. Inputs are not modified.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input: ttnn._ttnn.tensor.Tensor, gate: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, num_heads: int, *, epsilon: float = 9.999999747378752e-06, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, output_dtype: ttnn._ttnn.tensor.DataType = ttnn._ttnn.tensor.DataType.FLOAT32, gate_column_offset: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

sigmoid_gated_rms_norm: sigmoid_gated_rms_norm_t = ...
