# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""Quasar (metal 2.0) transformer operations"""

from collections.abc import Sequence
from typing import overload

import ttnn._ttnn.operations.core
import ttnn._ttnn.operations.transformer
import ttnn._ttnn.tensor


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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos: Sequence[int] = [], cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, share_cache: bool | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, page_table_tensor: ttnn._ttnn.tensor.Tensor, *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, paged_cache_geometry: ttnn._ttnn.operations.transformer.PagedCacheGeometryOverride | None = None, cache_position_modulo: int | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, head_dim_v: int = ..., *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos: Sequence[int] = [], cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor | None = None, head_dim_v: int = ..., page_table_tensor: ttnn._ttnn.tensor.Tensor = ..., *, is_causal: bool = True, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, cur_pos_tensor: ttnn._ttnn.tensor.Tensor | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

paged_flash_multi_latent_attention_decode: paged_flash_multi_latent_attention_decode_t = ...

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
        cu_window_seqlens (ttnn.Tensor, optional): Defaults to `None`. 1D int32/uint32 ROW_MAJOR tensor of cumulative window boundaries [0, w1, w1+w2, ..., s]. When provided, computes block-diagonal (windowed) attention where each token attends only within its window; the mask is built on-device. Non-causal; mutually exclusive with attn_mask/is_causal/sliding_window_size.
        windowed_q_token_offset (int): Defaults to `0`. Windowed mode only. Global row index of Q row 0, for a Q holding a contiguous slice of a longer sequence: Q and the output are indexed locally while `cu_window_seqlens` and K/V stay global, so this locates the slice among the windows. Must be a multiple of TILE_HEIGHT, and `offset + Sq` must not exceed `Sk`. Use it to split the Q dimension across devices under sequence parallelism.
        windowed_q_token_offset_tensor (ttnn.Tensor, optional): Defaults to `None`. Windowed mode only. The per-device form of `windowed_q_token_offset`: a 1-element int32/uint32 ROW_MAJOR on-device tensor holding the same global row index; when provided it overrides the scalar. Every device runs the same cached program, so a scalar cannot differ across a mesh -- shard this tensor on the sequence-parallel mesh axis (e.g. `arange(sp) * local_seq_len`) so each device reads its own shard's origin. The scalar's constraints apply to each device's value (a multiple of TILE_HEIGHT; `offset + Sq <= Sk`) but cannot be validated host-side -- they are the caller's responsibility.


    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, sliding_window_size: int | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, attention_sink: ttnn._ttnn.tensor.Tensor | None = None, cu_window_seqlens: ttnn._ttnn.tensor.Tensor | None = None, windowed_q_token_offset: int = 0, windowed_q_token_offset_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

scaled_dot_product_attention: scaled_dot_product_attention_t = ...

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

    Returns:
        ttnn.Tensor: the output tensor [b x nqh x s x dh].
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, page_table_tensor: ttnn._ttnn.tensor.Tensor, chunk_start_idx: int | None = None, *, chunk_start_idx_tensor: ttnn._ttnn.tensor.Tensor | None = None, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None, paged_cache_geometry: ttnn._ttnn.operations.transformer.PagedCacheGeometryOverride | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, joint_tensor_q: ttnn._ttnn.tensor.Tensor, joint_tensor_k: ttnn._ttnn.tensor.Tensor, joint_tensor_v: ttnn._ttnn.tensor.Tensor, *, joint_strategy: str, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig, scale: float | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> tuple[ttnn._ttnn.tensor.Tensor, ttnn._ttnn.tensor.Tensor]: ...

joint_scaled_dot_product_attention: joint_scaled_dot_product_attention_t = ...

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
    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, head_dim_v: int, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

    @overload
    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, input_tensor_v: ttnn._ttnn.tensor.Tensor, *, attn_mask: ttnn._ttnn.tensor.Tensor | None = None, is_causal: bool = True, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

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

    def __call__(self, input_tensor_q: ttnn._ttnn.tensor.Tensor, input_tensor_k: ttnn._ttnn.tensor.Tensor, head_dim_v: int, page_table_tensor: ttnn._ttnn.tensor.Tensor, chunk_start_idx: int, *, scale: float | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, program_config: ttnn._ttnn.operations.transformer.SDPAProgramConfig | None = None, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

chunked_flash_mla_prefill: chunked_flash_mla_prefill_t = ...
