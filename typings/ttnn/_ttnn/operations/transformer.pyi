# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""transformer operations"""

from collections.abc import Sequence
import enum
from typing import overload

import ttnn._ttnn.device
import ttnn._ttnn.global_semaphore
import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.ccl
import ttnn._ttnn.operations.core
import ttnn._ttnn.operations.normalization
import ttnn._ttnn.tensor


class SDPAProgramConfig:
    def __init__(self, *, compute_with_storage_grid_size: ttnn._ttnn.tensor.CoreCoord, sub_core_grids: ttnn._ttnn.tensor.CoreRangeSet | None = None, q_chunk_size: int, k_chunk_size: int, exp_approx_mode: bool | None = None, max_cores_per_head_batch: int = 16, max_k_splits: int = 1, matmul_math_fidelity: ttnn._ttnn.tensor.MathFidelity | None = None, segmented_accumulation: bool = False) -> None: ...

    @property
    def compute_with_storage_grid_size(self) -> ttnn._ttnn.tensor.CoreCoord: ...

    @compute_with_storage_grid_size.setter
    def compute_with_storage_grid_size(self, arg: ttnn._ttnn.tensor.CoreCoord, /) -> None: ...

    @property
    def sub_core_grids(self) -> ttnn._ttnn.tensor.CoreRangeSet | None: ...

    @sub_core_grids.setter
    def sub_core_grids(self, arg: ttnn._ttnn.tensor.CoreRangeSet | None) -> None: ...

    @property
    def q_chunk_size(self) -> int: ...

    @q_chunk_size.setter
    def q_chunk_size(self, arg: int, /) -> None: ...

    @property
    def k_chunk_size(self) -> int: ...

    @k_chunk_size.setter
    def k_chunk_size(self, arg: int, /) -> None: ...

    @property
    def exp_approx_mode(self) -> bool | None: ...

    @exp_approx_mode.setter
    def exp_approx_mode(self, arg: bool | None) -> None: ...

    @property
    def max_cores_per_head_batch(self) -> int: ...

    @max_cores_per_head_batch.setter
    def max_cores_per_head_batch(self, arg: int, /) -> None: ...

    @property
    def max_k_splits(self) -> int: ...

    @max_k_splits.setter
    def max_k_splits(self, arg: int, /) -> None: ...

    @property
    def matmul_math_fidelity(self) -> ttnn._ttnn.tensor.MathFidelity | None: ...

    @matmul_math_fidelity.setter
    def matmul_math_fidelity(self, arg: ttnn._ttnn.tensor.MathFidelity | None) -> None: ...

    @property
    def segmented_accumulation(self) -> bool: ...

    @segmented_accumulation.setter
    def segmented_accumulation(self, arg: bool, /) -> None: ...

    def __repr__(self) -> str: ...

class PagedCacheGeometryOverride:
    @overload
    def __init__(self) -> None: ...

    @overload
    def __init__(self, *, block_size: int = 0, num_kv_heads: int = 0) -> None: ...

    @property
    def block_size(self) -> int: ...

    @block_size.setter
    def block_size(self, arg: int, /) -> None: ...

    @property
    def num_kv_heads(self) -> int: ...

    @num_kv_heads.setter
    def num_kv_heads(self, arg: int, /) -> None: ...

    def active(self) -> bool: ...

    def __repr__(self) -> str: ...

class attention_softmax_t:
    """
    Divides :attr:`tensor` by the square root of :attr:`head_size`, adds :attr:`attention_mask` (optionally) and computes softmax.


    Args:
        input_tensor (ttnn.Tensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        head_size (int, optional): Number of heads. Defaults to `None`.
        attention_mask(ttnn.Tensor, optional): Attention Mask. Defaults to `None`.
        program_config (SoftmaxProgramConfig): Program Config of the output tensor. Defaults to `SoftmaxDefaultProgramConfig()`.
        causal_mask (bool, optional): the attention mask is causal. Defaults to `false`.


    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, *, head_size: int | None = None, attention_mask: ttnn._ttnn.tensor.Tensor | None = None, program_config: ttnn._ttnn.operations.normalization.SoftmaxDefaultProgramConfig | ttnn._ttnn.operations.normalization.SoftmaxShardedMultiCoreProgramConfig = ..., causal_mask: bool | None = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

attention_softmax: attention_softmax_t = ...

class attention_softmax__t:
    """
    In-Place divides :attr:`tensor` by the square root of :attr:`head_size`, adds :attr:`attention_mask` (optionally) and computes softmax.


    Args:
        input_tensor (ttnn.Tensor): the input tensor.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        head_size (int, optional): Number of heads. Defaults to `None`.
        attention_mask(ttnn.Tensor, optional): Attention Mask. Defaults to `None`.
        program_config (SoftmaxProgramConfig): Program Config of the output tensor. Defaults to `SoftmaxDefaultProgramConfig()`.
        causal_mask (bool, optional): the attention mask is causal. Defaults to `false`.


    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, tensor: ttnn._ttnn.tensor.Tensor, *, head_size: int | None = None, attention_mask: ttnn._ttnn.tensor.Tensor | None = None, program_config: ttnn._ttnn.operations.normalization.SoftmaxDefaultProgramConfig | ttnn._ttnn.operations.normalization.SoftmaxShardedMultiCoreProgramConfig = ..., causal_mask: bool | None = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class concatenate_heads_t:
    """
    Takes in a tensor of shape ``[batch_size, num_heads, sequence_size, head_size]``, concatenates heads back along the width dimension and returns the tensor of shape ``[batch_size, sequence_size, num_heads * head_size]``

    Args:
        input_tensor (ttnn.Tensor): the input tensor.

    Keyword Args:
        memory_config: Memory Config of the output tensor, if `None` then it gets set to input_tensor.memory_config(). Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, *, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

concatenate_heads: concatenate_heads_t = ...

class split_query_key_value_and_split_heads_t:
    """
    Splits :attr:`input_tensor` of shape ``[batch_size, sequence_size, 3 * hidden_size]`` into 3 tensors (Query, Key, Value) of shape ``[batch_size, sequence_size, hidden_size]``.
    Then, reshapes and permutes the output tensors, to make them ready for computing attention scores.

    If :attr:`kv_input_tensor` is passed in, then :attr:`input_tensor` of shape ``[batch_size, sequence_size, hidden_size]`` is only used for Query,
    and :attr:`kv_input_tensor` of shape ``[batch_size, sequence_size, 2 * hidden_size]`` is used for Key and Value.

    For the sharded implementation, the input query, key and value are expected to be concatenated such that the heads are interleaved (q1 k1 v1...qn kn vn).

    Equivalent pytorch code:

    .. code-block:: python

        if kv_input_tensor is not None:
            input_tensor = torch.cat([input_tensor, kv_input_tensor], dim=-1)

        if num_kv_heads is None:
            num_kv_heads = num_heads

        batch_size, sequence_size, hidden_size = input_tensor.shape
        # Subtract head sizes for key and value
        head_size = (hidden_size) // (num_heads + num_kv_heads * 2)
        tensor = torch.reshape(input_tensor, (batch_size, sequence_size, num_heads + num_kv_heads * 2, head_size))
        query, key, value = (
            tensor[..., :num_heads, :],
            tensor[..., num_heads:num_heads + num_kv_heads, :],
            tensor[..., num_heads + num_kv_heads:, :],
        )

        query = torch.reshape(query, (batch_size, sequence_size, num_heads, head_size))
        key = torch.reshape(key, (batch_size, sequence_size, num_kv_heads, head_size))
        value = torch.reshape(value, (batch_size, sequence_size, num_kv_heads, head_size))

        query = torch.permute(query, (0, 2, 1, 3)).contiguous().clone()
        key = torch.permute(key, (0, 2, 1, 3)).contiguous().clone()
        value = torch.permute(value, (0, 2, 1, 3)).contiguous().clone()
        if transpose_key:
            key = torch.permute(key, (0, 1, 3, 2)).contiguous().clone()

        return query, key, value

    Args:
        input_tensor (ttnn.Tensor): Input Tensor for Query, Key and Value. If :attr:`kv_input_tensor` is not None, then :attr:`input_tensor` is only used for Query.
        kv_input_tensor (ttnn.Tensor): Input Tensor for Key and Value. If passed in, :attr:`input_tensor` has to be used only for Query. Defaults to `None`.

    Keyword args:
        num_heads (int): num heads to split into.
        num_kv_heads (int, optional): num heads of Key and num heads of Value. If not passed in, then :attr:`num_kv_heads` is set to :attr:`num_heads`. Defaults to `None`.
        transpose_key (bool): Whether to transpose the Key tensor on the last two dimensions. Defaults to `true`
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        use_falcon7b_backend (bool): Whether to use the specialized Falcon7B backend for splitting QKV heads. Defaults to `false`.

    Returns:
       Tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, kv_input_tensor: ttnn._ttnn.tensor.Tensor | None = None, *, num_heads: int, num_kv_heads: int | None = None, transpose_key: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, use_falcon7b_backend: bool = False) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

split_query_key_value_and_split_heads: split_query_key_value_and_split_heads_t = ...

class SparseKVFormat(enum.Enum):
    BF16 = 0

    FP8_E4M3 = 1

    SCALED_FP8 = 2

class scaled_dot_product_attention_t:
    """
    Causal scaled dot product attention. `is_causal` defaults to `true` and is mutually exclusive
    with `attn_mask`, so pass `is_causal=False` when supplying a mask.
    The implementation is FlashAttention-2."

    Accepts a `SDPAProgramConfig` which specifies the grid size and chunk tiles in the Q and K sequence lengths. The op parallelizes over `b`, `nqh`, and Q's `s` dimension.

    Args:
        input_tensor_q (ttnn.Tensor): the input tensor.          [b x nqh x s x dh]
        input_tensor_k (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]
        input_tensor_v (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]

    Keyword args:
        attn_mask (ttnn.Tensor, optional): Defaults to `None`. Shape [b x nqh x s x s] where batch and head dims can each be 1 for broadcasting.
        is_causal (bool): Defaults to `true`.
        scale (float, optional): Defaults to `None`.
        sliding_window_size (int, optional): Defaults to `None`. Size of sliding window for attention. If provided && is_causal, only attends to the last `sliding_window_size` tokens. If provided && !is_causal, attends to a window of size `sliding_window_size` centered at the current position.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        attention_sink (ttnn.Tensor, optional): Defaults to `None`. [1 x nqh x 1 x 1]. Single attention sink value per head. The kernel will efficiently replicate this value across all query positions.
        cu_window_seqlens (ttnn.Tensor, optional): Defaults to `None`. 1D int32/uint32 ROW_MAJOR tensor of cumulative window boundaries [0, w1, w1+w2, ..., s]. When provided, computes block-diagonal (windowed) attention where each token attends only within its window; the mask is built on-device. With `is_causal=False` a token attends to its whole window; with `is_causal=True` token t in window [cu[i], cu[i+1]) attends to cu[i]..t (packed variable-length causal sequences). Mutually exclusive with attn_mask/sliding_window_size.
        windowed_q_token_offset (int): Defaults to `0`. Windowed mode only. Global row index of Q row 0, for a Q holding a contiguous slice of a longer sequence: Q and the output are indexed locally while `cu_window_seqlens` and K/V stay global, so this locates the slice among the windows. Must be a multiple of TILE_HEIGHT, and `offset + Sq` must not exceed `Sk`. Use it to split the Q dimension across devices under sequence parallelism.
        windowed_q_token_offset_tensor (ttnn.Tensor, optional): Defaults to `None`. Windowed mode only. The per-device form of `windowed_q_token_offset`: a 1-element int32/uint32 ROW_MAJOR on-device tensor holding the same global row index; when provided it overrides the scalar. Every device runs the same cached program, so a scalar cannot differ across a mesh -- shard this tensor on the sequence-parallel mesh axis (e.g. `arange(sp) * local_seq_len`) so each device reads its own shard's origin. The scalar's constraints apply to each device's value (a multiple of TILE_HEIGHT; `offset + Sq <= Sk`) but cannot be validated host-side -- they are the caller's responsibility.
        output_concat_heads (bool): Defaults to `False`. Write the heads side by side as [b x 1 x s x nqh*dh] (what `nlp_concat_heads` produces from the default layout) without that op. Plain SDPA only.
        attn_mask_block_map (ttnn.Tensor, optional): Defaults to `None`. Non causal with `attn_mask` only. [Bm x Hm x ceil(Sq / q_chunk) x ceil(Sk / k_chunk)] int32/uint32 ROW_MAJOR with the mask's batch and head dims, nonzero where a (q chunk, k chunk) block of the mask has a visible entry. Blocks flagged 0 are not read or computed; rows whose every block is 0 are unspecified. Heads whose K/V chunks are forwarded between their cores keep those chains, and stream every block, while fewer than 40 percent of the blocks in a sample of the map's rows are masked; skipping blocks pays only past that.


    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh] (or [b x 1 x s x nqh*dh] with output_concat_heads).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, cu_window_seqlens: ttnn._ttnn.tensor.Tensor | None = None, windowed_q_token_offset: int = 0, windowed_q_token_offset_tensor: ttnn._ttnn.tensor.Tensor | None = None, output_concat_heads: bool = False, attn_mask_block_map: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

scaled_dot_product_attention: scaled_dot_product_attention_t = ...

class sparse_sdpa_t:
    """
    Sparse MLA prefill (DeepSeek DSA), Blackhole single-chip. softmax(Q@Kᵀ·scale masked)@V over the
    top-k selected latents per query token; V = kv[..., :v_dim]. Masking is baked into `indices`
    (0xFFFFFFFF = masked; sentinels are a contiguous tail). Inputs are ROW-MAJOR DRAM-interleaved.
    K_DIM (the q/kv head dim) is taken from the tensors.

    Args:
        q (ttnn.Tensor):       [1, H, S, K_DIM] bf16 or fp8_e4m3 (H a multiple of 32)
        kv (ttnn.Tensor):      [1, 1, T, K_DIM] bf16/raw fp8, or one packed scaled-FP8 row per token;
                               interpretation is selected only by `kv_format`, never inferred from width.
                               The packed DSA row is [512 FP8 | 4 FP32 scales | 64 BF16 RoPE] = 656 bytes.
                               When cache_batch_idx is set, B may exceed 1 and kv may be ND-sharded.
        indices (ttnn.Tensor): [1, 1, S, TOPK] uint32
        v_dim (int):           width of V (leading v_dim cols of the K_DIM-wide cache); the output width.

    Keyword args:
        kv_format (SparseKVFormat): explicit physical/logical format of `kv`.
        attention_sink (ttnn.Tensor, optional): [1, 1, 1, H] unpadded interleaved ROW_MAJOR BF16
            tensor in DRAM. One scalar per head, shared across tokens. As in classic SDPA, the sink
            is multiplied by scale and contributes only to the softmax denominator. DeepSeek-V4
            sinks are already scaled logits: pass (model_sink / scale).reshape(1, 1, 1, H)
            (scale != 0) to contribute exp(model_sink). Defaults to None.
        scale (float, optional): defaults to K_DIM**-0.5.
        k_chunk_size (int): defaults to 128 (must divide TOPK, multiple of 32).
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional).
        cache_batch_idx (int, optional): select the batch slot of a shared [B, 1, T, K_DIM] kv cache.
            It is a dynamic runtime arg, so changing the slot does not recompile. Changing T also reuses the
            program for a plain interleaved cache, but recompiles for sharded or block-cyclic caches.
        block_cyclic_sp_axis (int, optional): when set (with block_cyclic_chunk_local), `indices` are NATURAL
            token positions and kv is stored block-cyclic across an SP-sharded cache; the kernel remaps each
            index natural->physical page on the fly (no host reorder needed). This is the MESH axis the cache
            was striped over: `sp` is read from the mesh shape on that axis (the op derives it, so it cannot
            disagree with the device). T % sp == 0 required. Both must be set together.
        block_cyclic_chunk_local (int, optional): the per-shard chunk length (chunk_size_global / sp).
            Required iff block_cyclic_sp_axis is set. Cross-checked against q's per-chip seq length: must be
            q_isl or tp*q_isl (tp = mesh_size/sp) — the only two values it can legally take.
        block_cyclic_cache_tp_sharded (bool): True = the cache is striped across ALL sp*tp devices (linear chip =
            sp_coord*tp + tp_coord), so stripes = sp*tp and per-stripe chunk = block_cyclic_chunk_local/tp.
    Returns:
        ttnn.Tensor: [1, H, S, v_dim] ROW-MAJOR, DRAM interleaved; dtype matches q (bf16->bf16, fp8->fp8).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, kv: ttnn._ttnn.tensor.Tensor, indices: ttnn._ttnn.tensor.Tensor, v_dim: int, *, kv_format: SparseKVFormat, scale: float | None = None, k_chunk_size: int = 128, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, cache_batch_idx: int | None = None, block_cyclic_sp_axis: int | None = None, block_cyclic_chunk_local: int | None = None, block_cyclic_cache_tp_sharded: bool = False, attention_sink: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

sparse_sdpa: sparse_sdpa_t = ...

class sparse_sdpa_msa_t:
    """
    MSA block-sparse prefill (MiniMax Sparse Attention), Blackhole single-chip.
            Attends the block_size-token K/V blocks named in `indices`; -1 (0xFFFFFFFF) sentinels mask a contiguous
            tail. Block selection bounds causality to block granularity; pass `chunk_start_idx` to additionally
            enforce a token-level causal mask on the diagonal block (required for correct causal prefill). RoPE and
            QK-norm are applied upstream.

            Args:
                q (ttnn.Tensor):       [1, H, S, d] bf16 | fp8_e4m3 ROW_MAJOR.
                                       H must be divisible by n_kv; H/n_kv may be 16 or a multiple of 32.
                k (ttnn.Tensor):       [B, n_kv, T, d] TILE bf16|bfloat8_b (B>1 only when indexed)
                v (ttnn.Tensor):       [B, n_kv, T, v_dim] TILE bf16|bfloat8_b
                indices (ttnn.Tensor): [1, n_kv, S, TOPK] uint32 block-ids (-1 = sentinel, contiguous tail).
                                       Each row must contain a valid block, and valid block ids must be < T / block_size.

            Keyword args:
                scale (float, optional): defaults to d to the power of -0.5.
                block_size (int): KV block size in tokens; defaults to 128. Must be a multiple of 32 and divide T.
                compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional). fp8 q requires fp32_dest_acc_en.
                cache_batch_idx (int, optional): select the batch slot of a shared [B, n_kv, T, feature_dim] K/V cache.
                    It is a dynamic runtime arg, so changing it (or T) does not recompile the kernels.
                chunk_start_idx (int, optional): global position of query row 0. When set, enforces a token-level
                    causal mask on the diagonal block (the query's own block); toggling set/unset (None vs int)
    		selects a different cached program. Requires bf16 q; fp8 q with this set is rejected.
                cluster_axis (int, optional): SP mesh axis used to derive the per-device chunk_start under
                    sequence parallelism. Host-side only. Without a block-cyclic cache: chunk_start_idx + rank*S.
                    With one: the KV writer's rotated per-device position, exact for a mid-slab (non-chunk-aligned)
                    chunk_start_idx -- which must then be a multiple of 32 -- and the same geometry indexer_score_msa
                    uses; a q also seq-sharded over the other mesh axis (block_cyclic_chunk_local == tp*S) takes its
                    TP rank's S-row slice. Must equal block_cyclic_sp_axis.
                block_cyclic_sp_axis (int, optional): when set (with block_cyclic_chunk_local), the K/V cache is
                    striped block-cyclic across SP on this mesh axis; the gather remaps each logical block id to its
                    physical block in-kernel (invP), so no host reorder is needed. sp is read from the mesh.
                block_cyclic_chunk_local (int, optional): per-shard chunk length (chunk_size_global / sp). Required
                    iff block_cyclic_sp_axis is set; cross-checked against q (must equal q_isl or tp*q_isl).
                enable_kv_block_cache (bool): per-core L1 cache for the gathered K/V blocks: a block selected again by
                    a later query on the same core is read from L1 instead of DRAM; output is byte-identical either
                    way. The slot count is sized per call from the free L1 (an estimate, not a reservation) and baked
                    into the program, so a trace replays the count it captured unchecked. Default False.

            Returns:
                ttnn.Tensor: [1, H, S, v_dim] ROW-MAJOR, dtype = q.

            Additional preconditions: d and v_dim must be multiples of 32; TOPK times 4 and output row bytes must meet
            device DRAM alignment.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, v: ttnn._ttnn.tensor.Tensor, indices: ttnn._ttnn.tensor.Tensor, *, scale: float | None = None, block_size: int = 128, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, cache_batch_idx: int | None = None, chunk_start_idx: int | None = None, cluster_axis: int | None = None, block_cyclic_sp_axis: int | None = None, block_cyclic_chunk_local: int | None = None, enable_kv_block_cache: bool = False) -> ttnn._ttnn.tensor.Tensor: ...

sparse_sdpa_msa: sparse_sdpa_msa_t = ...

class chunked_scaled_dot_product_attention_t:
    """
    Chunked causal scaled dot product attention for paged KV cache and long sequences.
    Processes one Q chunk at a time; K/V are provided as paged cache. The page table
    maps virtual block indices to physical blocks. Two calling conventions:

    **Legacy (chunk_start_idx as int):**
    Pass ``chunk_start_idx`` (integer). The offset is fixed at dispatch time. Use when
    iterating chunks from Python and passing a new scalar each call. Program is cached
    per (config, chunk_start_idx) for the first chunk; later chunks reuse when possible.

    **Flexible (chunk_start_idx_tensor):**
    Pass ``chunk_start_idx_tensor`` (ttnn.Tensor of shape [1], dtype int32) on device.
    The kernel reads the start index from device memory at runtime. Use for:

    - Trace capture/replay: capture one SDPA call, then replay with different
      chunk_start_idx by updating the tensor on device (no recompile).
      One program handles variable prefix lengths by updating the tensor each step.

    The program is compiled once (fixed max page table size); the trace key does not
    include the runtime offset.

    Args:
        input_tensor_q (ttnn.Tensor): Q chunk.          [b x nqh x chunk_s x dh]
        input_tensor_k (ttnn.Tensor): Paged K cache.    [max_blocks x nkv x block_s x dh]
        input_tensor_v (ttnn.Tensor): Paged V cache.    [max_blocks x nkv x block_s x dh]
        page_table_tensor (ttnn.Tensor): Page table.    [b x num_pages], int32.
        chunk_start_idx (int, optional): Legacy: absolute sequence index for this chunk.
            Must be a multiple of program_config.q_chunk_size.
            Must be a multiple of program_config.k_chunk_size (workaround for https://github.com/tenstorrent/tt-metal/issues/35225)
            Omit when using chunk_start_idx_tensor.
        chunk_start_idx_tensor (ttnn.Tensor, optional): Flexible: device tensor [1] int32
            holding the chunk start index; read at runtime. Use for trace or prefix caching.
            Must be a multiple of program_config.q_chunk_size.
            Must be a multiple of program_config.k_chunk_size (workaround for https://github.com/tenstorrent/tt-metal/issues/35225)

    Keyword args:
        scale (float, optional): Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        paged_cache_geometry (PagedCacheGeometryOverride, optional): Geometry override for
            an HMA-shared paged cache. When the K/V cache was allocated for a different
            layer's view, pass this call's view with both `block_size` and `num_kv_heads`
            set; Q drives head_dim and the per-block element count must be invariant.
            Defaults to the cache's declared shape.
        sliding_window_size (int, optional): Sliding window in absolute positions; each query
            at absolute position p attends to keys in (p - window, p]. Defaults to `None`.
        attention_sink (ttnn.Tensor, optional): Per-head learned sink logit [1 x nqh x 1 x 1],
            as for `scaled_dot_product_attention`. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, page_table_tensor: ttnn._ttnn.tensor.Tensor, chunk_start_idx: int | None = None, *, chunk_start_idx_tensor: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, paged_cache_geometry: PagedCacheGeometryOverride | None = None, sliding_window_size: int | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

chunked_scaled_dot_product_attention: chunked_scaled_dot_product_attention_t = ...

class joint_scaled_dot_product_attention_t:
    """
    JointAttention operation that efficiently performs non-causal attention over two
    sets of query, key, and value tensors. Internally, these are concatenated in the sequence
    dimension (joint_strategy = "rear"), then attention is computed once. The
    output is split ("sliced") into two parts: one for the original Q/K/V chunk,
    and one for the joint Q/K/V chunk.

    This op handles optional padding via an attention mask to omit padded tokens from
    both the "original" and "joint" sequences.

    Args:
        input_tensor_q (ttnn.Tensor): Original queries  [b x nh x N x dh].
        input_tensor_k (ttnn.Tensor): Original keys     [b x nh x N x dh].
        input_tensor_v (ttnn.Tensor): Original values   [b x nh x N x dh].

        joint_tensor_q (ttnn.Tensor): Joint queries     [b x nh x L x dh].
        joint_tensor_k (ttnn.Tensor): Joint keys        [b x nh x L x dh].
        joint_tensor_v (ttnn.Tensor): Joint values      [b x nh x L x dh].

    Keyword args:
        joint_strategy (str): Strategy for joint attention. Must be "rear".
        program_config (ttnn.SDPAProgramConfig)
        scale (float, optional): Scale factor for QK^T. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional):Defaults to None.

    Returns:
        (ttnn.Tensor, ttnn.Tensor):
          - The attention output for the original Q/K/V shape [b x nh x N x dh].
          - The attention output for the joint Q/K/V shape    [b x nh x L x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, joint_tensor_q: ttnn._ttnn.tensor.Tensor, joint_tensor_k: ttnn._ttnn.tensor.Tensor, joint_tensor_v: ttnn._ttnn.tensor.Tensor, *, joint_strategy: str, program_config: SDPAProgramConfig, scale: float | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

joint_scaled_dot_product_attention: joint_scaled_dot_product_attention_t = ...

class ring_joint_scaled_dot_product_attention_t:
    """
    RingJointAttention operation supports both:

    - efficient non-causal attention over two sets of query, key, and value tensors, where the first set is sharded across devices in the sequence dimension.
      Internally, these are concatenated in the sequence dimension (joint_strategy = "rear"),
      then attention is computed once. The output is split ("sliced") into two parts: one for the original Q/K/V chunk,
      and one for the joint Q/K/V chunk.
    - funtional causal attention over a single set of query, key and value tensors with the option of handling zig-zag load balancing across devices.

    This op handles optional padding via an attention mask to omit padded tokens from
    both the "original" and "joint" sequences.

    Since N must be divisible by the number of devices, the logical N must be passed in.

    Args:
        input_tensor_q (ttnn.Tensor): Original queries  [b x nh x N/num_devices x dh].
        input_tensor_k (ttnn.Tensor): Original keys     [b x nh x N/num_devices x dh].
        input_tensor_v (ttnn.Tensor): Original values [b x nhv x N/num_devices x dv].

        joint_tensor_q (ttnn.Tensor, optional): Joint queries     [b x nh x L x dh]. Defaults to None.
        joint_tensor_k (ttnn.Tensor, optional): Joint keys        [b x nh x L x dh]. Defaults to None.
        joint_tensor_v (ttnn.Tensor, optional): Joint values [b x nhv x L x dv].
            Defaults to None when L == 0.

    Keyword args:
        persistent_output_buffer_k (ttnn.Tensor): Persistent buffer for gathered K tensor.
        persistent_output_buffer_v (ttnn.Tensor): Persistent buffer for gathered V tensor.
        joint_strategy (str): Strategy for joint attention. Must be "rear".
        logical_n (int or ttnn.Tensor): The logical sequence length N before sharding across devices.
            A single-valued int32/uint32 device tensor is read on-device each dispatch, so one captured
            trace can replay at different lengths (rewrite the tensor between replays). Not supported
            with sliding-window attention, chunked-shaped prefill, or the kv_actual_isl KV-pad path.
        logical_l (int or ttnn.Tensor, optional): The full prompt (joint) sequence length L before sharding.
            Pass the full L when joint_tensor_q/k/v are sharded L/P per device.
            Omit (or pass 0) when the joint is replicated; that is the default, backward-compatible path.
            The scalar form infers sharded only when per-device joint seq < logical_l (a scalar equal to
            the per-device length still resolves to replicated). The tensor form makes the value
            trace-dynamic and ALWAYS selects the sharded path (its placeholder is the padded ring total),
            so never pass a tensor with a replicated joint. Requires joint tensors present and ring_size > 1.
        program_config (ttnn.SDPAProgramConfig): Program configuration for the operation.
        scale (float, optional): Scale factor for QK^T. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to None.
        dim (int): Dimension along which to perform the ring all-gather operation.
        multi_device_global_semaphore (List[ttnn.GlobalSemaphore]): Global semaphores for multi-device synchronization.
        num_links (int): Number of communication links to use for ring all-gather.
        cluster_axis (int): Axis of the mesh device along which to perform the all-gather.
        mesh_device (ttnn.MeshDevice): Multi-device mesh for distributed computation.
        topology (ttnn.ccl.Topology): Communication topology (Ring or Linear).
        subdevice_id (Optional[tt.tt_metal.SubDeviceId]): Sub-device identifier. Defaults to None.
        ccl_core_grid_offset (ttnn.CoreCoord): Core grid offset for CCL operations.
        use_column_major_ccl (bool, optional): If True, allocate CCL worker cores in column-major order.
            This places CCL workers in a column (useful when reserving the last column for CCL).
            If False (default), uses row-major allocation. Defaults to False.
        is_causal (bool): Whether to use causal attention masking. Defaults to False.
        is_balanced (bool): Whether to use balanced attention computation. Defaults to False.
        is_cross (bool): Whether to use non-causal cross-attention (short Q, long K/V). Defaults to False.
        kv_cache_batch_idx (int, optional): Selects the shared K/V cache batch slot when K and V are full caches.
        kv_actual_isl (int, optional): Prior valid global KV length before this fixed-size chunk.
            When passed, enables KV-pad-aware rotation and derives current valid tokens as
            logical_n - kv_actual_isl.
        attention_sink (ttnn.Tensor, optional): Per-query-head attention sink with logical shape
            [1 x nqh x 1 x 1], sharded across the tensor-parallel head axis and replicated across
            the sequence-parallel ring. The ring-attention sink path requires BF16, streaming
            compute, causal separate-K/V attention, and supports both full-causal and
            sliding-window attention. Defaults to None.
        sliding_window_size (int, optional): Causal attention window in tokens. The ring reader and
            compute kernels prune K chunks outside the window. Ring attention currently supports the
            SP4/SP8 chunked prefill with BF16 Q, BFP8_B K/V, matching K/V heads, Q blocks 64/128,
            K blocks 128, and no joint tokens. The rounded window must fit one local Q slab.
            KV-pad rotation supports tile-aligned starts and partial groups natively. Compact K/V
            buffers need two predecessor-halo slots for wrapped Q. Metadata traces that may wrap Q
            must reserve both slots; one-slot traces must never require a second tail on replay.
            Each slot holds ceil((window - 1) / 128) * 128 tokens. Violating the one-slot contract
            triggers a device assertion when enabled. With assertions disabled, all metadata consumers
            fall back to prefix zero to keep accesses in bounds; outputs from that invalid replay
            must be discarded.
        circular_kv_cache (bool): The sliding KV cache is a circular buffer of whole chunk-sized
            slabs (chunk group g lives in local slab g % n_slabs; the writer wraps host-side). The
            slab count is derived on-device from the cache/Q geometry (>= 2 whole slabs required).
            logical_n / kv_actual_isl stay TRUE ABSOLUTE values. Requires sliding_window_size +
            kv_actual_isl with complete aligned groups. The metadata path is unsupported.
            Defaults to False.
        persistent_output_buffer_joint_k (ttnn.Tensor, optional): Persistent buffer for the
            gathered joint K tensor [b x nhv x L x dv]. Allocated internally when omitted.
        persistent_output_buffer_joint_v (ttnn.Tensor, optional): Persistent buffer for the
            gathered joint V tensor [b x nhv x L x dv]. Allocated internally when omitted.
        slot_id (ttnn.Tensor, optional): Cache-user slot read on-device during trace replay.
            Must be a one-element UINT32 ROW_MAJOR DRAM tensor on the same mesh device as Q.
            Must be supplied together with kv_actual_isl_tensor. Defaults to None.
        kv_actual_isl_tensor (ttnn.Tensor, optional): Prior valid global KV length read on-device
            during trace replay. Has the same one-element UINT32 ROW_MAJOR DRAM contract as slot_id
            and must be supplied together with it. Its value must be tile-aligned and below cache
            capacity. Padded Q rows beyond the cache boundary are ignored. Defaults to None.
        kv_cache_num_layers (int, optional): Number of layers packed into each cache-user slot.
            None uses 1. The selected cache batch is
            slot_id[0] * kv_cache_num_layers + kv_cache_layer_idx.
        kv_cache_layer_idx (int, optional): Layer within the cache-user slot. None uses 0 and the
            value must be less than kv_cache_num_layers.
        kv_valid_end_tensor (ttnn.Tensor, optional): Global count of real tokens, read on-device;
            attention stops at the tile holding the last real token of a partially filled chunk. Output
            rows in the tiles past it are not written and hold unspecified values. Same one-element
            UINT32 contract as slot_id; requires the metadata path (slot_id / kv_actual_isl_tensor on
            chunked-shaped prefill) and no sliding window. Defaults to None.

    Chunked-prefill mode is entered implicitly when input_tensor_q's per-device seq
    length is less than input_tensor_k's (Q is the latest slab; K is the populated
    prefix from chunk 0 through the current chunk). The op derives chunk_size and
    the absolute Q-row offset from the shapes plus sp_size — no extra args needed.
    Chunked prefill is mathematically causal; callers must pass is_causal=True.
    When kv_cache_batch_idx is provided, input_tensor_k and input_tensor_v may be whole caches.
    The same kv_cache_batch_idx selects the K and V cache slot, and the full K/V sequence
    dimension is treated as valid. When kv_actual_isl is provided, the chunked path switches
    to KV-pad-aware rotation: logical_n remains the total valid KV length after this iteration,
    while kv_actual_isl marks the prior valid cache length before the current chunk.

    Metadata (trace-safe) path: slot_id / kv_actual_isl_tensor replace the host kv_cache_batch_idx /
    kv_actual_isl (mixing the two forms is rejected) and the cache batch is slot * kv_cache_num_layers +
    kv_cache_layer_idx on both forms. On chunked shapes the kernels derive the padded logical extent
    as min(kv_actual_isl[0] + chunk, cache_capacity). The current chunk's actual end is not supplied;
    callers discard padded outputs. Causality protects real query rows from future padding. One
    program and one trace serve aligned and rotated chunks at every depth.

    Returns:
        (ttnn.Tensor, ttnn.Tensor, ttnn.Tensor):
          - The attention output for the original Q/K/V shape [b x nh x N/num_devices x dv].
          - The attention output for the joint Q/K/V shape [b x nh x L/num_devices x dv] (or [b x nh x L x dv] on the replicated path).
          - The final log-sum-exp of the operation.           [b x nh x (N/num_devices + L/num_devices) x 1]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, joint_tensor_q: ttnn._ttnn.tensor.Tensor | None = None, joint_tensor_k: ttnn._ttnn.tensor.Tensor | None = None, joint_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, *, persistent_output_buffer_k: ttnn._ttnn.tensor.Tensor, persistent_output_buffer_v: ttnn._ttnn.tensor.Tensor, joint_strategy: str, logical_n: int | ttnn._ttnn.tensor.Tensor, logical_l: int | ttnn._ttnn.tensor.Tensor = 0, program_config: SDPAProgramConfig, scale: float | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], num_links: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, ccl_core_grid_offset: ttnn._ttnn.tensor.CoreCoord, use_column_major_ccl: bool = False, is_causal: bool = False, is_balanced: bool = False, is_cross: bool = False, kv_cache_batch_idx: int | None = None, kv_actual_isl: int | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, sliding_window_size: int | None = None, circular_kv_cache: bool = False, persistent_output_buffer_joint_k: ttnn._ttnn.tensor.Tensor | None = None, persistent_output_buffer_joint_v: ttnn._ttnn.tensor.Tensor | None = None, slot_id: ttnn._ttnn.tensor.Tensor | None = None, kv_actual_isl_tensor: ttnn._ttnn.tensor.Tensor | None = None, kv_cache_num_layers: int | None = None, kv_cache_layer_idx: int | None = None, kv_valid_end_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

ring_joint_scaled_dot_product_attention: ring_joint_scaled_dot_product_attention_t = ...

class ring_mla_t:
    """
    Causal Ring MLA attention over a single KV tensor.

    K and V are represented by one tensor. QK uses the full KV head dimension and
    QKT@V uses the first head_dim_v columns as V. The V dimension must be smaller
    than K and tile aligned. The KV tensor must have one shared KV head.

    Args:
        input_tensor_q (ttnn.Tensor): Queries [b x nqh x N/num_devices x dh] (N/S under split KV).
        input_tensor_kv (ttnn.Tensor): Shared KV tensor [b x nkv x N/num_devices x dh].

    Keyword args:
        persistent_output_buffer_kv (ttnn.Tensor): Persistent buffer for gathered KV tensor.
        head_dim_v (int): Tile-aligned V hidden dimension, read from KV's prefix.
        logical_n (int): Logical global sequence length before sharding.
        program_config (ttnn.SDPAProgramConfig): Program configuration for the operation.
        scale (float, optional): Scale factor for QK^T. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to None.
        dim (int): Dimension for ring all-gather.
        multi_device_global_semaphore (List[ttnn.GlobalSemaphore]): Global semaphores for CCL synchronization.
        num_links (int): Number of CCL links.
        cluster_axis (int, optional): Mesh axis for an axis ring. Pass None for one full-mesh snake ring.
        mesh_device (ttnn.MeshDevice): Multi-device mesh.
        topology (ttnn.ccl.Topology): Communication topology.
        subdevice_id (Optional[tt.tt_metal.SubDeviceId]): Sub-device identifier. Defaults to None.
        ccl_core_grid_offset (ttnn.CoreCoord): Core grid offset for CCL workers.
        use_column_major_ccl (bool): If true, allocate CCL workers column-major. Defaults to False.
        is_balanced (bool): Whether to use balanced causal work distribution. Defaults to False.
        kv_cache_batch_idx (int, optional): Selects one batch slot from an indexed K/V cache. Defaults to None.
        kv_actual_isl (int, optional): Prior valid global KV length before this fixed-size chunk.
            When passed, enables KV-pad-aware rotation and derives current valid tokens as
            logical_n - kv_actual_isl.
        slot_id (ttnn.Tensor, optional): Cache-user slot read on-device during trace replay.
            Must be a one-element UINT32 ROW_MAJOR DRAM tensor on the same mesh device as Q.
            Must be supplied together with kv_actual_isl_tensor. Defaults to None.
        kv_actual_isl_tensor (ttnn.Tensor, optional): Prior valid global KV length read on-device
            during trace replay. Has the same one-element UINT32 ROW_MAJOR DRAM contract as slot_id
            and must be supplied together with it. Its value must be tile-aligned and below cache
            capacity. Padded Q rows beyond the cache boundary are ignored. Defaults to None.
        kv_cache_num_layers (int, optional): Number of layers packed into each cache-user slot.
            None uses 1. The selected cache batch is
            slot_id[0] * kv_cache_num_layers + kv_cache_layer_idx.
        kv_cache_layer_idx (int, optional): Layer within the cache-user slot. None uses 0 and the
            value must be less than kv_cache_num_layers.
        kv_valid_end_tensor (ttnn.Tensor, optional): Global count of real tokens, read on-device; attention
            stops at the tile holding the last real token of a partially filled chunk. Output rows in
            the tiles past it are not written and hold unspecified values. Same one-element UINT32
            contract as slot_id; requires the metadata path and no sliding window. Defaults to None.

    Metadata path and cache fold: as ring_joint_scaled_dot_product_attention (see its docstring).

    Split KV (cluster_axis=None only): Q is sequence-sharded over the S devices of mesh axis 0
    only (heads may be split over axis 1) while KV is sequence-sharded over all R devices;
    R/S must equal the size of mesh axis 1. Q and the output then hold N/S rows per device.
    A Q slab of s tiles spans R/S KV regions of s*S/R tiles per global chunk of s*S tiles,
    laid out block-cyclically: global region g lives on row-major device g % R at local
    offset (g // R) * region. Attention covers the full causal prefix across all sources.
    Supported for dense causal chunked prefill only (no balancing, joint tokens, sliding
    window or circular cache) with fp32_dest_acc_en=False. The gathered KV buffer must hold
    at least R times the local KV extent, and logical_n must not exceed R times the local
    KV extent (not the gathered buffer size). Without
    kv_actual_isl or kv_actual_isl_tensor, logical_n must be a nonzero whole number of
    global chunks.

    Returns:
        (ttnn.Tensor, ttnn.Tensor):
          - Attention output [b x nqh x N/num_devices x head_dim_v] (N/S rows under split KV).
          - Streaming statistics scratch [b x nqh x 2*N/num_devices x 1] (2*N/S rows under split KV).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_kv: ttnn._ttnn.tensor.Tensor, *, persistent_output_buffer_kv: ttnn._ttnn.tensor.Tensor, head_dim_v: int, logical_n: int, program_config: SDPAProgramConfig, scale: float | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], num_links: int, cluster_axis: int | None, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, ccl_core_grid_offset: ttnn._ttnn.tensor.CoreCoord, use_column_major_ccl: bool = False, is_balanced: bool = False, kv_cache_batch_idx: int | None = None, kv_actual_isl: int | None = None, slot_id: ttnn._ttnn.tensor.Tensor | None = None, kv_actual_isl_tensor: ttnn._ttnn.tensor.Tensor | None = None, kv_cache_num_layers: int | None = None, kv_cache_layer_idx: int | None = None, kv_valid_end_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

ring_mla: ring_mla_t = ...

class exp_ring_joint_scaled_dot_product_attention_t:
    """
    ExpRingJointAttention operation that efficiently performs non-causal attention over two
    sets of query, key, and value tensors, where the first set is sharded across devices in the sequence dimension.
    Internally, these are concatenated in the sequence dimension (joint_strategy = "rear"),
    then attention is computed once. The output is split ("sliced") into two parts: one for the original Q/K/V chunk,
    and one for the joint Q/K/V chunk.

    This op handles optional padding via an attention mask to omit padded tokens from
    both the "original" and "joint" sequences.

    Since N must be divisible by the number of devices, the logical N must be passed in.

    Args:
        input_tensor_q (ttnn.Tensor): Original queries  [b x nh x N/num_devices x dh].
        input_tensor_k (ttnn.Tensor): Original keys     [b x nh x N/num_devices x dh].
        input_tensor_v (ttnn.Tensor): Original values   [b x nh x N/num_devices x dh].

        joint_tensor_q (ttnn.Tensor, optional): Joint queries [b x nh x L x dh]. Defaults to None (self-attention).
        joint_tensor_k (ttnn.Tensor, optional): Joint keys    [b x nh x L x dh]. Defaults to None (self-attention).
        joint_tensor_v (ttnn.Tensor, optional): Joint values  [b x nh x L x dh]. Defaults to None (self-attention).
        Pass all three joints together or omit all; an empty (zero-length) joint is treated as None.

    Keyword args:
        persistent_output_buffer_k (ttnn.Tensor): Persistent buffer for gathered K tensor.
        persistent_output_buffer_v (ttnn.Tensor): Persistent buffer for gathered V tensor.
        joint_strategy (str): Strategy for joint attention. Must be "rear".
        logical_n (int or ttnn.Tensor): The logical sequence length N before sharding across devices.
            A single-valued int32/uint32 device tensor is read on-device each dispatch, so one captured
            trace can replay at different lengths (rewrite the tensor between replays).
        program_config (ttnn.SDPAProgramConfig): Program configuration for the operation.
        scale (float, optional): Scale factor for QK^T. Defaults to None.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to None.
        dim (int): Dimension along which to perform the ring all-gather operation.
        multi_device_global_semaphore (List[ttnn.GlobalSemaphore]): Global semaphores for multi-device synchronization.
        num_links (int): Number of communication links to use for ring all-gather.
        cluster_axis (int): Axis of the mesh device along which to perform the all-gather.
        mesh_device (ttnn.MeshDevice): Multi-device mesh for distributed computation.
        topology (ttnn.ccl.Topology): Communication topology (Ring or Linear).
        subdevice_id (Optional[tt.tt_metal.SubDeviceId]): Sub-device identifier. Defaults to None.

    Returns:
        (ttnn.Tensor, ttnn.Tensor, ttnn.Tensor):
          - The attention output for the original Q/K/V shape [b x nh x N/num_devices x dh].
          - The attention output for the joint Q/K/V shape    [b x nh x L x dh].
          - The final log-sum-exp of the operation.           [b x nh x (N/num_devices + L) x 1]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, joint_tensor_q: ttnn._ttnn.tensor.Tensor | None = None, joint_tensor_k: ttnn._ttnn.tensor.Tensor | None = None, joint_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, *, persistent_output_buffer_k: ttnn._ttnn.tensor.Tensor, persistent_output_buffer_v: ttnn._ttnn.tensor.Tensor, joint_strategy: str, logical_n: int | ttnn._ttnn.tensor.Tensor, program_config: SDPAProgramConfig, scale: float | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, dim: int, multi_device_global_semaphore: Sequence[ttnn._ttnn.global_semaphore.global_semaphore], num_links: int, cluster_axis: int, mesh_device: ttnn._ttnn.multi_device.MeshDevice, topology: ttnn._ttnn.operations.ccl.Topology, subdevice_id: ttnn._ttnn.device.SubDeviceId | None = None, num_workers_per_link: int = 1, num_buffers_per_channel: int = 8) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

exp_ring_joint_scaled_dot_product_attention: exp_ring_joint_scaled_dot_product_attention_t = ...

class flash_mla_prefill_t:
    """
    Causal MLA attention."

    Accepts a `SDPAProgramConfig` which specifies the grid size and chunk tiles in the Q and K sequence lengths. The op parallelizes over `b`, `nqh`, and Q's `s` dimension.

    Args:
        input_tensor_q (ttnn.Tensor): the input tensor.          [b x nqh x s x dh]
        input_tensor_k (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]
        head_dim_v (uint32_t): the head dimension of V.

    Keyword args:
        attn_mask (ttnn.Tensor, optional): Defaults to `None`. [b x 1 x s x s]. Head broadcasting is implied.
        is_causal (bool): Defaults to `true`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        scale (float, optional): Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    @overload
    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, head_dim_v: int, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

flash_mla_prefill: flash_mla_prefill_t = ...

class chunked_flash_mla_prefill_t:
    """
    Chunked causal scaled dot product attention for processing long sequences in chunks.
    This variant allows processing of sequences longer than the maximum supported length
    by splitting the input into chunks and maintaining KV cache state.
    The KV cache is page-based, and the page table tensor is used to map the page indices to the corresponding KV cache indices.

    Args:
        input_tensor_q (ttnn.Tensor): the input tensor.          [b x nqh x s x dh]
        input_tensor_k (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]
        page_table_tensor (ttnn.Tensor): the page table tensor.  [b x num_pages]
        chunk_start_idx (int): Absolute position in the sequence where this chunk starts.
            Must be a multiple of program_config.q_chunk_size.
        head_dim_v (uint32_t): the head dimension of V.

    Keyword args:
        scale (float, optional): Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, head_dim_v: int, page_table_tensor: ttnn._ttnn.tensor.Tensor, chunk_start_idx: int, *, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

chunked_flash_mla_prefill: chunked_flash_mla_prefill_t = ...

class ring_distributed_scaled_dot_product_attention_t:
    """
    Ring-distributed causal scaled dot product attention for multi-device execution.
    This optimization distributes query computation across multiple devices in a ring topology,
    with each device computing only a subset of queries to reduce redundant computation
    caused by causal masking. Each device gets two query chunks (one early, one late)
    to balance computational load.

    This operation is CAUSAL-ONLY and generates causal masks internally for each device's
    non-contiguous query assignments. Custom attention masks are not supported.

    Note: This operation outputs results contiguously for the device's assigned queries.
    Model-level code must perform all-gather and reshuffling to restore sequence order.

    Args:
        input_tensor_q (ttnn.Tensor): the input tensor.          [b x nqh x s x dh]
            The sequence length 's' must be divisible by 2*ring_size. Additionally, for proper tile alignment,
            's' should be divisible by TILE_HEIGHT * 2 * ring_size (typically 256 for ring_size=4).
        input_tensor_k (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]
            When using paged KV cache (page_table is provided), this represents paged KV cache blocks with shape
            [max_num_blocks x nkv x block_size x dh], where block_size is the page block size.
        input_tensor_v (ttnn.Tensor): the input tensor.          [b x nkv x s x dh]
            When using paged KV cache (page_table is provided), this represents paged KV cache blocks with shape
            [max_num_blocks x nkv x block_size x dh], where block_size is the page block size.
        ring_size (uint32_t): Number of devices in the ring topology.
        ring_id (uint32_t, optional): This device's position in the ring (0 to ring_size-1).
                                     If None, automatically infers from device coordinate. Defaults to `None`.

    Keyword args:
        scale (float, optional): Attention scaling factor. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Program configuration. Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Compute kernel configuration. Defaults to `None`.
        page_table (ttnn.Tensor, optional): Page table tensor for paged KV cache access [b x num_pages]. Defaults to `None`.
        chunk_start_idx (int, optional): Absolute position in the sequence where this chunk starts (for prefix caching).
            Must be a multiple of program_config.q_chunk_size. Defaults to `None`.
        queue_id (int, optional): command queue id. Defaults to `0`.

    Returns:
        ttnn.Tensor: the output tensor with results for this device's assigned queries [b x nqh x local_s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, ring_size: int, ring_id: int | None = None, *, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, page_table: ttnn._ttnn.tensor.Tensor | None = None, chunk_start_idx: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

ring_distributed_scaled_dot_product_attention: ring_distributed_scaled_dot_product_attention_t = ...

class scaled_dot_product_attention_decode_t:
    """
    A version of scaled dot product attention specifically for decode.
    The implementation is Flash-Decode and it currently only supports MQA on decoding single token.


    Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension.


    Shape identifiers used below: `b` is the batch size, `nh` the number of Q heads on this device
    (`pnh` the same count padded up to the tile height), `nkv` the number of KV heads, `s` the KV
    sequence length and `dh` the head dimension.


    Args:
        input_tensor_q (ttnn.Tensor): the input tensor [1 x b x nh x dh]
        input_tensor_k (ttnn.Tensor): the input tensor [b x nkv x   s x dh]
        input_tensor_v (ttnn.Tensor): the input tensor [b x nkv x   s x dh]


    Keyword args:
        is_causal (bool): whether the attention is is_causal. Defaults to `True`.
        attn_mask (ttnn.Tensor, optional): the input tensor [1 x b x nh x s]; `nh` must match Q's.
            `s` must be a multiple of `k_chunk_size`: unpaged decode defaults it to
            `min(512, largest power-of-two divisor of s)`. Paged decode uses 32 when `program_config`
            is omitted; a custom config for paged non-causal attention must set a positive
            `k_chunk_size`. Only valid with `is_causal=False`. Defaults to `None`.
        cur_pos (List of int, optional): list of integers of length b. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        cur_pos_tensor (ttnn.Tensor, optional): [b] tensor of integers of length b. Defaults to `None`.
        scale (float, optional): Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        sliding_window_size (int, optional): The size of sliding window for sliding window attention. Defaults to `None`.
        share_cache (bool, optional): KV cache sharing across batch for decode. `True` enables, `False` disables. Defaults to `None` (distinct program-cache key from explicit `False`).


    Returns:
        ttnn.Tensor: the output tensor [1 x b x pnh x dh].


    "Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension."
    "If a position is given as (-1), compute for the corresponding index in the batch is skipped.\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos: Sequence[int] = [], cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, share_cache: bool | None = None) -> ttnn._ttnn.tensor.Tensor: ...

scaled_dot_product_attention_decode: scaled_dot_product_attention_decode_t = ...

class paged_scaled_dot_product_attention_decode_t:
    """
    A version of scaled dot product attention specifically for decode.
    The implementation is Flash-Decode and it currently only supports MQA on decoding single token.


    Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension.


    Shape identifiers used below: `b` is the batch size, `nh` the number of Q heads on this device
    (`pnh` the same count padded up to the tile height), `nkv` the number of KV heads, `s` the KV
    sequence length and `dh` the head dimension.


    Args:
        input_tensor_q (ttnn.Tensor): the input tensor [1 x b x nh x dh]
        input_tensor_k (ttnn.Tensor): the input tensor [b x nkv x   s x dh]
        input_tensor_v (ttnn.Tensor): the input tensor [b x nkv x   s x dh]


    Keyword args:
        is_causal (bool): whether the attention is is_causal. Defaults to `True`.
        attn_mask (ttnn.Tensor, optional): the input tensor [1 x b x nh x s]; `nh` must match Q's.
            `s` must be a multiple of `k_chunk_size`: unpaged decode defaults it to
            `min(512, largest power-of-two divisor of s)`. Paged decode uses 32 when `program_config`
            is omitted; a custom config for paged non-causal attention must set a positive
            `k_chunk_size`. Only valid with `is_causal=False`. Defaults to `None`.
        cur_pos (List of int, optional): list of integers of length b. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        cur_pos_tensor (ttnn.Tensor, optional): [b] tensor of integers of length b. Defaults to `None`.
        scale (float, optional): Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        sliding_window_size (int, optional): The size of sliding window for sliding window attention. Defaults to `None`.
        share_cache (bool, optional): KV cache sharing across batch for decode. `True` enables, `False` disables. Defaults to `None` (distinct program-cache key from explicit `False`).


    Returns:
        ttnn.Tensor: the output tensor [1 x b x pnh x dh].


    "Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension."
    "If a position is given as (-1), compute for the corresponding index in the batch is skipped.\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, page_table_tensor: ttnn._ttnn.tensor.Tensor, *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, paged_cache_geometry: PagedCacheGeometryOverride | None = None, cache_position_modulo: int | None = None, spec_multi_pos_tiles: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

paged_scaled_dot_product_attention_decode: paged_scaled_dot_product_attention_decode_t = ...

class flash_multi_latent_attention_decode_t:
    """
    A version of scaled dot product attention specifically for decode.
    The implementation is Flash-Decode and it currently only supports MQA on decoding single token.


    Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension.


    Shape identifiers used below: `b` is the batch size, `nh` the number of Q heads on this device
    (`pnh` the same count padded up to the tile height), `nkv` the number of KV heads, `s` the KV
    sequence length and `dh` the head dimension.


    Args:
        input_tensor_q (ttnn.Tensor): the input tensor [1 x b x nh x dh]
        input_tensor_k (ttnn.Tensor): the input tensor [b x nkv x   s x dh]
        input_tensor_v (ttnn.Tensor): the input tensor [b x nkv x   s x dh]


    Keyword args:
        is_causal (bool): whether the attention is is_causal. Defaults to `True`.
        attn_mask (ttnn.Tensor, optional): the input tensor [1 x b x nh x s]; `nh` must match Q's.
            `s` must be a multiple of `k_chunk_size`: unpaged decode defaults it to
            `min(512, largest power-of-two divisor of s)`. Paged decode uses 32 when `program_config`
            is omitted; a custom config for paged non-causal attention must set a positive
            `k_chunk_size`. Only valid with `is_causal=False`. Defaults to `None`.
        cur_pos (List of int, optional): list of integers of length b. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        cur_pos_tensor (ttnn.Tensor, optional): [b] tensor of integers of length b. Defaults to `None`.
        scale (float, optional): Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        sliding_window_size (int, optional): The size of sliding window for sliding window attention. Defaults to `None`.
        share_cache (bool, optional): KV cache sharing across batch for decode. `True` enables, `False` disables. Defaults to `None` (distinct program-cache key from explicit `False`).


    Returns:
        ttnn.Tensor: the output tensor [1 x b x pnh x dh].


    "Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension."
    "If a position is given as (-1), compute for the corresponding index in the batch is skipped.\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, head_dim_v: int = ..., *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos: Sequence[int] = [], cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

flash_multi_latent_attention_decode: flash_multi_latent_attention_decode_t = ...

class paged_flash_multi_latent_attention_decode_t:
    """
    A version of scaled dot product attention specifically for decode.
    The implementation is Flash-Decode and it currently only supports MQA on decoding single token.


    Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension.


    Shape identifiers used below: `b` is the batch size, `nh` the number of Q heads on this device
    (`pnh` the same count padded up to the tile height), `nkv` the number of KV heads, `s` the KV
    sequence length and `dh` the head dimension.


    Args:
        input_tensor_q (ttnn.Tensor): the input tensor [1 x b x nh x dh]
        input_tensor_k (ttnn.Tensor): the input tensor [b x nkv x   s x dh]
        input_tensor_v (ttnn.Tensor): the input tensor [b x nkv x   s x dh]


    Keyword args:
        is_causal (bool): whether the attention is is_causal. Defaults to `True`.
        attn_mask (ttnn.Tensor, optional): the input tensor [1 x b x nh x s]; `nh` must match Q's.
            `s` must be a multiple of `k_chunk_size`: unpaged decode defaults it to
            `min(512, largest power-of-two divisor of s)`. Paged decode uses 32 when `program_config`
            is omitted; a custom config for paged non-causal attention must set a positive
            `k_chunk_size`. Only valid with `is_causal=False`. Defaults to `None`.
        cur_pos (List of int, optional): list of integers of length b. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.
        cur_pos_tensor (ttnn.Tensor, optional): [b] tensor of integers of length b. Defaults to `None`.
        scale (float, optional): Defaults to `None`.
        program_config (SDPAProgramConfig, optional): Defaults to `None`.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): Defaults to `None`.
        sliding_window_size (int, optional): The size of sliding window for sliding window attention. Defaults to `None`.
        share_cache (bool, optional): KV cache sharing across batch for decode. `True` enables, `False` disables. Defaults to `None` (distinct program-cache key from explicit `False`).


    Returns:
        ttnn.Tensor: the output tensor [1 x b x pnh x dh].


    "Accepts a `SDPAMultiCoreProgramConfig` which specifies the grid size and chunk tiles in the K/V/Mask sequence lengths (Q chunk tiles is not used). The op parallelizes over `b` and K/V/Mask's `s` dimension."
    "If a position is given as (-1), compute for the corresponding index in the batch is skipped.\"
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, head_dim_v: int = ..., page_table_tensor: ttnn._ttnn.tensor.Tensor = ..., *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

paged_flash_multi_latent_attention_decode: paged_flash_multi_latent_attention_decode_t = ...

class gated_delta_attn_seq_t:
    """
    Gated DeltaNet attention — sequential inter-chunk scan (Path A).

    All inputs must be float32. Python pre-normalises L_unit to unit-diagonal
    form and precomputes L_inv (diagonal block inverses). The C++ kernel performs
    blocked forward substitution and the sequential inter-chunk state update.

    Args:
        L_unit (ttnn.Tensor):      [BH, NC, C, C]    unit-diagonal lower-tri
        v_beta_sc (ttnn.Tensor):   [BH, NC, C, Dv]   D^{-1} @ v_beta
        k_bd_sc (ttnn.Tensor):     [BH, NC, C, Dk]   D^{-1} @ k_beta_decay
        intra_attn (ttnn.Tensor):  [BH, NC, C, C]    intra-chunk attention
        q_decay (ttnn.Tensor):     [BH, NC, C, Dk]   queries with decay
        k_decay_t (ttnn.Tensor):   [BH, NC, Dk, C]   transposed keys with decay
        dl_exp (ttnn.Tensor):      [BH, NC, 1, 1]    state decay scalar (fp32)
        L_inv (ttnn.Tensor):       [BH, NC, C, 32]   4 diagonal block inverses per chunk

    Keyword Args:
        initial_state (ttnn.Tensor, optional): [BH, Dk, Dv] initial state (zeros if absent).
        memory_config (ttnn.MemoryConfig, optional): output memory config.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional).

    Returns:
        tuple[ttnn.Tensor, ttnn.Tensor]:
            output [BH, NC, C, Dv], final_state [BH, Dk, Dv]
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, L_unit: ttnn._ttnn.tensor.Tensor, v_beta_sc: ttnn._ttnn.tensor.Tensor, k_bd_sc: ttnn._ttnn.tensor.Tensor, intra_attn: ttnn._ttnn.tensor.Tensor, q_decay: ttnn._ttnn.tensor.Tensor, k_decay_t: ttnn._ttnn.tensor.Tensor, dl_exp: ttnn._ttnn.tensor.Tensor, L_inv: ttnn._ttnn.tensor.Tensor, *, initial_state: ttnn._ttnn.tensor.Tensor | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

gated_delta_attn_seq: gated_delta_attn_seq_t = ...

class ChunkGdnWyInverse(enum.Enum):
    """
    How chunk_gated_delta_rule computes each chunk's WY inverse T_inv = (I + N)^-1.
    """

    AUTO = 0
    """
    the forward-substitution solve wherever it is supported (Blackhole, chunk_size == 32), Horner everywhere else
    """

    HORNER = 1
    """
    quadrant-split Horner inverses on the matrix engine; every architecture and chunk size
    """

    FORWARD_SUBSTITUTION = 2
    """
    one forward-substitution solve on the SFPU, reading the factor as fp32 in place; Blackhole-only, chunk_size == 32, and refused (not downgraded) where unsupported
    """

class ChunkGdnMonoProgramConfig:
    """
    chunk_gated_delta_rule on a simple single-kernel path: one core per head for every chunk.
            The slowest path, kept as the benchmark/debug reference; it does not accept
            flat (token-major) q/k/v, and it computes the WY inverse with Horner only (wy_inverse AUTO
            resolves to it; an explicit FORWARD_SUBSTITUTION is refused).
    """

    def __init__(self) -> None: ...

    def __repr__(self) -> str: ...

class ChunkGdnPhasedProgramConfig:
    """
    chunk_gated_delta_rule on the two-phase path: prep phase fanned over the grid, seven fp32
            intermediates stored in DRAM, followed by the scan phase.

            Keyword Args:
                use_mcast (bool): default True. One sender core per head multicasts the scan's six shared
                    inputs to that head's sibling core; False makes every core read them from DRAM.
                scan_serial (bool): default False. One core per head (NV=1, the full V) instead of the
                    V-block split. Used for validation only.
                prep_serial (bool): default False. BH prep cores (one per head) instead of the whole grid.
                    Validation only.
    """

    def __init__(self, *, use_mcast: bool = True, scan_serial: bool = False, prep_serial: bool = False) -> None: ...

    @property
    def use_mcast(self) -> bool: ...

    @use_mcast.setter
    def use_mcast(self, arg: bool, /) -> None: ...

    @property
    def scan_serial(self) -> bool: ...

    @scan_serial.setter
    def scan_serial(self, arg: bool, /) -> None: ...

    @property
    def prep_serial(self) -> bool: ...

    @prep_serial.setter
    def prep_serial(self, arg: bool, /) -> None: ...

    def __repr__(self) -> str: ...

class ChunkGdnFusedProgramConfig:
    """
    chunk_gated_delta_rule on the fused path: one program in which, per head, NP producer
            cores run prep and NoC-write the seven intermediates into NV receiver cores' CBs.
            The geometry fields default to the calibrated cost model's pick for
            (grid, BH, NC, Vt) (see chunk_gdn_fused_geometry); pinning some of num_producers /
            num_receivers / handoff_depth / producer_pool makes the model fill the others so the pair still
            fits the grid. A config with every field unset is the fused side of the op's default dispatch.

            Keyword Args:
                num_producers (int, optional): NP per head, clamped to the chunk count.
                num_receivers (int, optional): NV per head; must divide Vt = V / 32.
                row_local (bool, optional): core map. True: one head per row with its producers east of
                    its receivers, so no two heads share a NoC link. False: row-major 1xNV receiver
                    rectangles with the producers on the remaining cores. None: row-local whenever the
                    geometry has such a layout.
                handoff_depth (int, optional): hand-off ring slots per CB (1..8): how many chunks a
                    producer may run ahead of its receivers. None: the model's pick (2 or 3).
                unicast (bool): default True. Per-receiver unicast writes; False sends the linked
                    multicast chain.
                posted (bool): default False. Posted unicast data writes with the VALID flag ordered by
                    in-order delivery; requires unicast.
                producer_pool (bool, optional): True: one producer pool for every head: the receivers and
                    BH*NPH home producers take the row-local layout of the largest NPH the pool size allows,
                    every other core of the pool is an extra producer serving all heads. num_producers is
                    then the pool size P (default: every core the receivers leave free, at most BH*NC);
                    row_local is ignored. False: NP producers per head. None: whichever of the two the
                    model predicts faster for (grid, BH, NC, Vt).
                pool_extra_share (float, optional): the share of every head's chunks the pool's extras take,
                    in [0, 1]; None = the model's choice between the balanced NX / P and 0.
                handoff_checks (bool): default False. Debug: compile the hand-off protocol's run-time
                    checks into the kernels (sequence-valued VALID flags, a per-slot data canary); they
                    report through the watcher's ASSERT, so run with TT_METAL_WATCHER set.
                handoff_fault (int): default 0. Debug, needs handoff_checks: compile one deliberate protocol
                    breach into the kernels (1 double credit, 2 wrong canary, 3 short push, 4 wrong owner,
                    5 no credit) so the fault test can prove the named check trips.
    """

    def __init__(self, *, num_producers: int | None = None, num_receivers: int | None = None, row_local: bool | None = None, handoff_depth: int | None = None, unicast: bool = True, posted: bool = False, producer_pool: bool | None = None, pool_extra_share: float | None = None, handoff_checks: bool = False, handoff_fault: int = 0) -> None: ...

    @property
    def num_producers(self) -> int | None: ...

    @num_producers.setter
    def num_producers(self, arg: int | None) -> None: ...

    @property
    def num_receivers(self) -> int | None: ...

    @num_receivers.setter
    def num_receivers(self, arg: int | None) -> None: ...

    @property
    def row_local(self) -> bool | None: ...

    @row_local.setter
    def row_local(self, arg: bool | None) -> None: ...

    @property
    def handoff_depth(self) -> int | None: ...

    @handoff_depth.setter
    def handoff_depth(self, arg: int | None) -> None: ...

    @property
    def unicast(self) -> bool: ...

    @unicast.setter
    def unicast(self, arg: bool, /) -> None: ...

    @property
    def posted(self) -> bool: ...

    @posted.setter
    def posted(self, arg: bool, /) -> None: ...

    @property
    def producer_pool(self) -> bool | None: ...

    @producer_pool.setter
    def producer_pool(self, arg: bool | None) -> None: ...

    @property
    def pool_extra_share(self) -> float | None: ...

    @pool_extra_share.setter
    def pool_extra_share(self, arg: float | None) -> None: ...

    @property
    def handoff_checks(self) -> bool: ...

    @handoff_checks.setter
    def handoff_checks(self, arg: bool, /) -> None: ...

    @property
    def handoff_fault(self) -> int: ...

    @handoff_fault.setter
    def handoff_fault(self, arg: int, /) -> None: ...

    def __repr__(self) -> str: ...

def chunk_gdn_fused_geometry(grid_x: int, grid_y: int, BH: int, NC: int, Vt: int = 4, fixed_nv: int = 0, fixed_np: int = 0, fixed_nbuf: int = 0, candidates: int = 2, fixed_share: float = -1.0, fixed_placement: int = -1) -> tuple[int, int, int, int, float, float, bool, int]:
    """
    Fused prep->scan geometry the op picks for (grid_x, grid_y, BH, NC, Vt) when the fused
            program config leaves it free (fixed_nv / fixed_np / fixed_nbuf = a pinned num_receivers /
            num_producers / handoff_depth, 0 = free; fixed_share = a pinned pool_extra_share, < 0 = free):
            (nv, np, placement, handoff_depth, T_fused_us, T_phased_us, fused_pays, pool_extra_num). nv == 0
            means no fused geometry fits the grid; pool_extra_num / np is the extras' share of the items of a
            pool with extras (0 otherwise). candidates: 0 = NP producers per head (what producer_pool=False
            resolves to), 1 = the producer pool (placement 2, np = the pool size; what producer_pool=True
            resolves to), 2 = both (what producer_pool=None and the op's default dispatch resolve to).
            fixed_placement: -1 = free, 0 = row-major, 1 = row-local; a pinned per-head placement excludes
            the pool.
    """

def chunk_gdn_fused_row_local_feasible(grid_x: int, grid_y: int, BH: int, NV: int, NP: int) -> bool: ...

def chunk_gdn_fused_pool_feasible(grid_x: int, grid_y: int, BH: int, NV: int, P: int) -> bool: ...

def chunk_gdn_fused_pool_home_producers(grid_x: int, grid_y: int, BH: int, NV: int, P: int) -> int:
    """
    Home producers per head of a producer pool of P: the largest NPH with BH*NPH <= P that has
            a row-local layout; 0 when the pool does not fit.
    """

def chunk_gdn_fused_item_map(BH: int, NC: int, NPH: int, NX: int, num: int, den: int) -> tuple[list[list[tuple[int, int]]], list[list[int]]]:
    """
    The fused program's producer map (chunk_gdn_fused_map.hpp) for BH heads, NC chunks, NPH home
            producers per head, NX extras taking the share num/den of every head's chunks: (items, owner) —
            items[p] = the (head, chunk) list of producer p in its order, owner[h][c] = the producer of chunk c
            of head h, as the kernels compute them. Raises outside the map's contract (NPH = 0; with extras,
            den = 0 or num > den).
    """

def chunk_gdn_fused_placement(grid_x: int, grid_y: int, BH: int, NV: int, NP: int, placement: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """
    The fused program's core map for (grid_x, grid_y, BH, NV, NP, placement), computed by the
            same function the program factory calls: (receivers, producers), lists of logical (x, y);
            receivers[h*NV + v], producers[h*NP + j]. Raises when the layout does not fit.
    """

class chunk_gated_delta_rule_t:
    """
    Standalone chunked Gated Delta Rule forward (flash-linear-attention algorithm).

    Args:
        q (ttnn.Tensor):    [B, T, H,  K]  or flat [B, T, H*K]   (cast to bf16; see Input layouts)
        k (ttnn.Tensor):    [B, T, H,  K]  or flat [B, T, H*K]   (cast to bf16)
        v (ttnn.Tensor):    [B, T, HV, V]  or flat [B, T, HV*V]  (cast to bf16)
        g (ttnn.Tensor):    [B, T, HV]   log-space decay        (fp32 or bf16, read as is)
        beta (ttnn.Tensor): [B, T, HV]                          (fp32 or bf16, read as is)
        All of them, and every optional tensor below, must be device tensors in TILE layout: the
        op casts dtypes but never relayouts, and a ROW_MAJOR input fails the device op's validation.
        g and beta are never touched on the host: the kernels read each head's column out of the
        token-major tiles (any other dtype is widened to fp32 first).

    Input layouts (selected by the rank of q/k/v; there is no flag):
        Rank 4, head-split: q/k/v carry an explicit head axis. q/k are expected L2-normalized
            (use_qk_l2norm stays False); the op applies `scale` to q, casts q/k/v to bf16, permutes
            them head-major, expands H -> HV for GQA and pads T to a multiple of chunk_size on the
            host. chunk_size 32 or 64; every device path.
        Rank 3, flat token-major: q/k/v are the per-head concatenations a projection or the causal
            conv emits, passed RAW (unnormalized, unscaled). No host relayout: the prep reader
            tile-addresses each head's chunk out of the flat grid, maps value heads to key heads for
            GQA at read time, and applies the L2 norm over K and `scale` in the kernel. Requires
            K == V (assumed, not verifiable from a flat width: K = V, H = flat q width / V, HV =
            beta's last dim), chunk_size == 32 and T a multiple of chunk_size; fused and phased paths
            only (mono rejects it). The rank of q/k and of v is checked independently, but pass all
            three the same way. g, beta and initial_state keep the shapes above on both paths. This is
            the zero-relayout entry point for callers whose q/k/v are already token-major.

    Keyword Args:
        scale (float, optional): defaults to K**-0.5; multiplied into q on the host (rank 4) or in
            the kernel (rank 3).
        initial_state (ttnn.Tensor, optional): [B, HV, K, V] fp32 TILE on device (the dtype is cast
            if not, the layout is not); zeros when omitted.
        output_final_state (bool): default False.
        chunk_size (int): 32 or 64, default 64; 32 is what the models use and the only value the
            rank-3 path accepts.
        use_qk_l2norm (bool): default False and currently the only accepted value: the rank-4 path
            expects host-normalized q/k, the rank-3 path always normalizes in the kernel.
        output_head_major (bool): default False. When True, o is returned head-major as
            [B*HV, T, V] in TILE layout; otherwise token-major [B, T, HV, V] ROW_MAJOR.
        program_config (ChunkGdnFusedProgramConfig | ChunkGdnPhasedProgramConfig |
            ChunkGdnMonoProgramConfig, optional): which device implementation runs and how it is
            laid out on the chip — the alternative you pass selects the path, its fields the
            geometry (see each class). None: the fused path or the phased path depending on the cost model.
        wy_inverse (ttnn.ChunkGdnWyInverse): default AUTO. How each chunk's WY inverse is
            computed: HORNER on the matrix engine (every architecture),
            FORWARD_SUBSTITUTION (one solve on the SFPU, Blackhole and chunk_size 32 only, refused
            where unsupported) or AUTO (FORWARD_SUBSTITUTION wherever supported, else Horner). The
            mono program is Horner-only: AUTO resolves to it there and an explicit
            FORWARD_SUBSTITUTION is refused.
        memory_config (ttnn.MemoryConfig, optional): default DRAM interleaved. Placement of the
            device op's outputs (the head-major o and final_state) and, on the phased path, of its
            seven DRAM intermediates; not passed to the token-major post-processing.
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional): every path runs HiFi4 with
            fp32 destination accumulation and no approx mode; a config asking for other arithmetic
            is rejected rather than applied.
        eye, tril, ones (ttnn.Tensor, optional): [1,1,C,C] fp32 TILE constant tiles (identity,
            lower-triangular ones, all-ones). Caller-supplied, all four together with masks or none:
            a partial set is ignored and all four are rebuilt, a host upload on every call, so traced
            callers MUST pass them. Only dtype and layout are validated, not the shape against
            chunk_size.
        masks (ttnn.Tensor, optional): [1,1,32,96] fp32 TILE quadrant masks; supplied with eye/
            tril/ones.

    Returns:
        tuple[ttnn.Tensor, Optional[ttnn.Tensor]]:
            o [B, T, HV, V] (or [B*HV, T, V] if output_head_major), fp32 on the fused and phased
            paths, bf16 on mono;
            final_state [B, HV, K, V] fp32 (if output_final_state).
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, v: ttnn._ttnn.tensor.Tensor, g: ttnn._ttnn.tensor.Tensor, beta: ttnn._ttnn.tensor.Tensor, *, scale: float | None = None, initial_state: ttnn._ttnn.tensor.Tensor | None = None, output_final_state: bool = False, chunk_size: int = 64, use_qk_l2norm: bool = False, output_head_major: bool = False, program_config: ChunkGdnMonoProgramConfig | ChunkGdnPhasedProgramConfig | ChunkGdnFusedProgramConfig | None = None, wy_inverse: ChunkGdnWyInverse = ChunkGdnWyInverse.AUTO, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, eye: ttnn._ttnn.tensor.Tensor | None = None, tril: ttnn._ttnn.tensor.Tensor | None = None, ones: ttnn._ttnn.tensor.Tensor | None = None, masks: ttnn._ttnn.tensor.Tensor | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]: ...

chunk_gated_delta_rule: chunk_gated_delta_rule_t = ...

def chunk_gdn_prep(q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, v: ttnn._ttnn.tensor.Tensor, g: ttnn._ttnn.tensor.Tensor, beta: ttnn._ttnn.tensor.Tensor, eye: ttnn._ttnn.tensor.Tensor, tril: ttnn._ttnn.tensor.Tensor, ones: ttnn._ttnn.tensor.Tensor, masks: ttnn._ttnn.tensor.Tensor, *, chunk_size: int = 32, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, v_flat: bool = False, HV: int = 0, qk_norm: bool = False, scale: float = 1.0, qk_flat: bool = False, Hk: int = 0, prep_serial: bool = False, wy_inverse: ChunkGdnWyInverse = ChunkGdnWyInverse.AUTO) -> list[ttnn._ttnn.tensor.Tensor]:
    """
    Phased-GDN PREP prim — testing/debug surface for the phased path's first stage
    (the public op composes prep -> DRAM hand-off -> scan; this exposes prep alone).

    All state-independent per-(head,chunk) work of chunk_gated_delta_rule, fanned across
    cores. q/k/v are HEAD-MAJOR per-chunk tensors [BH, NC, C, *] (or flat), g/beta token-major
    [B, T, HV]; exact shapes/dtypes are ChunkGdnPrepInputs, device/chunk_gdn_phased.hpp.

    Args:
        q (ttnn.Tensor):     [BH, NC, C, K] bf16
        k (ttnn.Tensor):     [BH, NC, C, K] bf16
        v (ttnn.Tensor):     [BH, NC, C, V] bf16 (or FLAT [B, T, HV*V] when v_flat)
        g (ttnn.Tensor):     [B, T, HV] fp32 or bf16 (log-space decay), B * HV == BH
        beta (ttnn.Tensor):  [B, T, HV] fp32 or bf16
        eye (ttnn.Tensor):   [1,1,C,C] fp32 TILE identity
        tril (ttnn.Tensor):  [1,1,C,C] fp32 TILE lower-triangular ones
        ones (ttnn.Tensor):  [1,1,C,C] fp32 TILE all-ones
        masks (ttnn.Tensor): [1,1,32,96] fp32 TILE WY-inverse quadrant masks (Qtl|Qbr|Q10)

    Keyword Args:
        chunk_size (int): default 32 (C; Ct==1 is the only qk_norm-capable config).
        memory_config (ttnn.MemoryConfig, optional): default DRAM interleaved (the public
            op's default).
        compute_kernel_config (optional): default HiFi4 + fp32 dest acc, no approx — built
            by the same helper as the public op's default; other arithmetic is rejected.
        v_flat (bool) / HV (int): OPT-A flat token-major v, chunk_gdn_phased.hpp:34-40.
        qk_norm (bool) / scale (float): OPT-B in-kernel q/k L2 norm with scale folded into
            q's norm, chunk_gdn_phased.hpp:45-48.
        qk_flat (bool) / Hk (int): OPT-A flat token-major q/k, chunk_gdn_phased.hpp:41-44.
        prep_serial (bool): default False. ChunkGdnPhasedProgramConfig.prep_serial: BH cores
            (one per head) instead of the whole grid. Measurement only.
        wy_inverse (ttnn.ChunkGdnWyInverse): default AUTO — the WY-inverse method, as on the
            public op (HORNER / FORWARD_SUBSTITUTION / AUTO).

    Returns:
        list[ttnn.Tensor]: the 7 fp32 per-chunk DRAM intermediates the scan consumes —
            [v_beta, nkd, q_decay, intra, k_dec_t, dl, t_inv]; shapes/dtypes are
            ChunkGdnScanInputs, device/chunk_gdn_phased.hpp:133-142 (dl is a per-chunk
            scalar in tile position [0,0]).
    """

def chunk_gdn_scan(v_beta: ttnn._ttnn.tensor.Tensor, nkd: ttnn._ttnn.tensor.Tensor, q_decay: ttnn._ttnn.tensor.Tensor, intra: ttnn._ttnn.tensor.Tensor, k_dec_t: ttnn._ttnn.tensor.Tensor, dl: ttnn._ttnn.tensor.Tensor, t_inv: ttnn._ttnn.tensor.Tensor, *, initial_state: ttnn._ttnn.tensor.Tensor, chunk_size: int = 32, output_final_state: bool = True, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, use_mcast: bool = True, force_serial: bool = False) -> list[ttnn._ttnn.tensor.Tensor]:
    """
    Phased-GDN SCAN prim — testing/debug surface for the phased path's second stage
    (sequential over chunks, carrying the recurrent state S [K,V]; parallel over heads).

    Consumes the 7 fp32 HEAD-MAJOR per-chunk intermediates chunk_gdn_prep produced; exact
    shapes/dtypes are ChunkGdnScanInputs, device/chunk_gdn_phased.hpp:133-142.

    Args:
        v_beta (ttnn.Tensor):  [BH, NC, C, V] fp32 (= v * beta)
        nkd (ttnn.Tensor):      [BH, NC, C, K] fp32 (= -(k_beta * decay_exp): negated, the scan accumulates v_beta + nkd@S in DST)
        q_decay (ttnn.Tensor): [BH, NC, C, K] fp32
        intra (ttnn.Tensor):   [BH, NC, C, C] fp32
        k_dec_t (ttnn.Tensor): [BH, NC, K, C] fp32
        dl (ttnn.Tensor):      [BH, NC, 32, 32] fp32: dl*I, the per-chunk decay exp(g_sum) on the diagonal
        t_inv (ttnn.Tensor):   [BH, NC, C, C] fp32 (WY inverse)

    Keyword Args:
        initial_state (ttnn.Tensor): [BH, K, V] fp32, required. The scan reader streams it
            unconditionally (no in-kernel zeroing): pass a zero state for a fresh sequence, or a
            persistent state buffer from a trace. The public op builds the zeros itself when its
            own initial_state is omitted.
        chunk_size (int): default 32 (C).
        output_final_state (bool): default True; when False the final_state slot's
            contents are unspecified.
        memory_config (ttnn.MemoryConfig, optional): default DRAM interleaved (the public
            op's default).
        compute_kernel_config (optional): default HiFi4 + fp32 dest acc, no approx — built
            by the same helper as the public op's default; other arithmetic is rejected.
        use_mcast (bool) / force_serial (bool): ChunkGdnPhasedProgramConfig.use_mcast /
            scan_serial — the shared-input multicast (default True) and the one-core-per-head
            NV=1 layout (default False; measurement only).

    Returns:
        list[ttnn.Tensor]: [o [BH, NC, C, V] fp32, final_state [BH, K, V] fp32]
            (o is fp32 — see the factory's compute_output_specs, which is authoritative).
    """

class fused_recurrent_gated_delta_rule_t:
    """
    Fused recurrent Gated Delta Rule forward (flash-linear-attention algorithm).

    Single-token decode (T=1) and K+1-token speculative verify are the same op: one Tensix core
    per head walks the T token axis sequentially, holding the recurrent state on-core. Matches
    FLA `naive_recurrent_gated_delta_rule` (fp32/HiFi4). q/k must be L2-normalized over K on host.

    Args:
        q (ttnn.Tensor):    [B, T, H,  K]  (L2-normalized over K)
        k (ttnn.Tensor):    [B, T, H,  K]  (L2-normalized over K)
        v (ttnn.Tensor):    [B, T, HV, V]
        g (ttnn.Tensor):    [B, T, HV]     log-space decay (exp(g) applied internally)
        beta (ttnn.Tensor): [B, T, HV]     gate (already sigmoid'd)

    Keyword Args:
        scale (float, optional): query scale, defaults to K**-0.5.
        initial_state (ttnn.Tensor, optional): [B, HV, K, V]; in "ring" mode the [T*BH, K, V] ring
            (see initial_state_block_idx).
        initial_state_block_idx (ttnn.Tensor, optional): enables "ring" mode: head h starts from ring
            block idx[h] instead of block h, and its per-token states are written back in place.
            [BH] or [1, BH] uint32/int32, ROW_MAJOR, interleaved on device; BH = B*HV, h = b*HV + hv.
            Requires output_per_token_state=True and an fp32 TILE interleaved initial_state of exact shape
            [T*BH, K, V] (block t*BH + h is head h's state after token t). The returned state is that
            same tensor (same buffer), not a copy.
            Caller contract: idx[h] % BH == h for every h. Each core then reads only blocks it wrote itself,
            and reads its whole initial state before its first per-token write, so no cross-core
            ordering is needed.
        output_final_state (bool): default False.
        output_per_token_state (bool): default False. When True, returns the state AFTER every
            token as [B, T, HV, K, V] (speculative-verify slots); overrides output_final_state.
        use_qk_l2norm (bool): must be False (L2-norm is done on host).
        memory_config (ttnn.MemoryConfig, optional).
        compute_kernel_config (ttnn.DeviceComputeKernelConfig, optional).

    Returns:
        tuple[ttnn.Tensor, Optional[ttnn.Tensor]]:
            o [B, T, HV, V],
            state [B, T, HV, K, V] (per-token) or [B, HV, K, V] (final), if requested.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, q: ttnn._ttnn.tensor.Tensor, k: ttnn._ttnn.tensor.Tensor, v: ttnn._ttnn.tensor.Tensor, g: ttnn._ttnn.tensor.Tensor, beta: ttnn._ttnn.tensor.Tensor, *, scale: float | None = None, initial_state: ttnn._ttnn.tensor.Tensor | None = None, initial_state_block_idx: ttnn._ttnn.tensor.Tensor | None = None, output_final_state: bool = False, output_per_token_state: bool = False, use_qk_l2norm: bool = False, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor | None]: ...

fused_recurrent_gated_delta_rule: fused_recurrent_gated_delta_rule_t = ...
