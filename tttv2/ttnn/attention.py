"""TTNN attention: the SDPA kernel and the GQA layer (fused or separate QKV, rotary, KV cache, prefill and decode)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from torch import nn

from tttv2.errors import ConfigError
from tttv2.parallel import ShardPlan
from tttv2.protocols import AttentionKernel, LayerCache, Norm, PositionEncoding
from tttv2.registry import default_registry
from tttv2.ttnn.capabilities import DecodingLayerCache, DeviceAttentionKernel, DeviceRotary
from tttv2.ttnn.linear import DeviceProjection, project, project_combined
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor
from tttv2.ttnn.weights import TILE, DeviceWeight, Preparation, WeightSlots

if TYPE_CHECKING:
    import ttnn


@default_registry.register_module(
    name="ttnn-sdpa", category="attention", implements="sdpa",
    description="ttnn.transformer.scaled_dot_product_attention (prefill) and its _decode variant; "
                "never run on hardware.",
    hardware_support=["ttnn"], tags=["production", "fused", "ttnn"])
class ScaledDotProductAttention:
    """FlashAttention-style kernels on the device; grouped K/V heads are handled natively.

    ``compute_attention`` keeps the contract for equal query and key lengths: ``mask=None`` is
    causal, otherwise ``mask`` must be an additive bfloat16 TILE tensor (ttnn takes no boolean masks).
    """

    accepts_grouped_kv = True

    def compute_attention(self, q: DeviceTensor, k: DeviceTensor, v: DeviceTensor,
                          mask: DeviceTensor | None = None) -> DeviceTensor:
        import ttnn

        if mask is None:
            return ttnn.transformer.scaled_dot_product_attention(q, k, v, is_causal=True)
        return ttnn.transformer.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=False)

    def prefill(self, q: DeviceTensor, k: DeviceTensor, v: DeviceTensor, *, scale: float,
                window: int | None) -> DeviceTensor:
        import ttnn

        return ttnn.transformer.scaled_dot_product_attention(
            q, k, v, is_causal=True, scale=scale, sliding_window_size=window, memory_config=ttnn.DRAM_MEMORY_CONFIG)

    def decode(self, q: DeviceTensor, keys: DeviceTensor, values: DeviceTensor, *, current: Sequence[int],
               scale: float, window: int | None) -> DeviceTensor:
        import ttnn

        return ttnn.transformer.scaled_dot_product_attention_decode(
            q, keys, values, cur_pos=list(current), scale=scale, sliding_window_size=window,
            memory_config=ttnn.DRAM_MEMORY_CONFIG)


@default_registry.register_module(
    name="ttnn-grouped-query-attention", category="attention-layer", implements="grouped-query-attention",
    alias="ttnn-gqa",
    description="GQA/MHA/MQA on a Tenstorrent device: fused or separate QKV, nlp_create_qkv_heads, "
                "rotary_embedding_llama, fill_cache/update_cache, SDPA prefill and decode; never run on hardware.",
    hardware_support=["ttnn"], tags=["llama", "qwen", "mistral", "gqa", "mqa", "sliding-window", "ttnn"])
class GroupedQueryAttention(nn.Module):
    """Attention layer on the device; ``forward`` is prefill (one sequence), ``decode`` one token per row.

    Takes the torch layer's config (``bias``, ``output_bias``, ``window``, ``query_scale``) plus
    ``fused_qkv``: one ``[hidden, (heads + 2 kv_heads) head_dim]`` matmul (default) or three, whose
    outputs ``experimental.nlp_create_qkv_heads`` splits into heads either way. Q/K rows are stored
    interleaved for ``rotary_embedding_llama``. q/k norms (Qwen3, Gemma 3) are not implemented here:
    a spec that fills the ``qk_norm`` slot fails when this layer is built.
    Under tensor parallelism on a mesh (the torch layer's plan) each chip holds its share of the heads: its
    Q/K/V rows (fused per chip), its input columns of o_proj, whose partial outputs ``ttnn.all_reduce`` sums.
    """

    shard_plan: ClassVar[ShardPlan | None] = ShardPlan(divide={"num_heads": "heads", "num_kv_heads": "kv_heads"},
                                                       column={"q_proj": "num_heads", "k_proj": "num_kv_heads",
                                                               "v_proj": "num_kv_heads"},
                                                       row={"o_proj": "num_heads"})

    def __init__(self, *, hidden_dim: int, num_heads: int, num_kv_heads: int, head_dim: int,
                 kernel: AttentionKernel[DeviceTensor], position: PositionEncoding[DeviceTensor],
                 q_norm: Norm[DeviceTensor] | None = None, k_norm: Norm[DeviceTensor] | None = None,
                 bias: bool = False, output_bias: bool = False, window: int | None = None,
                 query_scale: float = 1.0, fused_qkv: bool = True) -> None:
        super().__init__()
        if min(hidden_dim, num_heads, num_kv_heads, head_dim) <= 0 or num_heads % num_kv_heads:
            raise ConfigError(
                f"attention needs positive dims and num_heads divisible by num_kv_heads, got hidden_dim={hidden_dim}, "
                f"num_heads={num_heads}, num_kv_heads={num_kv_heads}, head_dim={head_dim}")
        if head_dim % TILE:
            raise ConfigError(f"ttnn attention needs head_dim a multiple of {TILE}, got {head_dim}")
        if window is not None and window <= 0:
            raise ConfigError(f"attention window must be positive, got {window}")
        if q_norm is not None or k_norm is not None:
            raise ConfigError("q/k norm (the qk_norm slot: Qwen3, Gemma 3) has no TTNN implementation yet; "
                              "run this spec on cpu or cuda")
        if not isinstance(kernel, DeviceAttentionKernel):
            raise ConfigError(f"kernel {type(kernel).__qualname__} has no device prefill/decode methods "
                              "(tttv2.ttnn.capabilities.DeviceAttentionKernel); use 'sdpa'")
        if not isinstance(position, DeviceRotary):
            raise ConfigError(f"position {type(position).__qualname__} has no device decode path "
                              "(tttv2.ttnn.capabilities.DeviceRotary); use a rope module")
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.head_dim = head_dim
        self.window = window
        self.fused_qkv = fused_qkv
        self.scale = query_scale / math.sqrt(head_dim)
        self.kernel: DeviceAttentionKernel = kernel
        self.position: DeviceRotary = position
        self.q_proj = DeviceProjection("q_proj", hidden_dim, num_heads * head_dim, bias=bias, heads=num_heads)
        self.k_proj = DeviceProjection("k_proj", hidden_dim, num_kv_heads * head_dim, bias=bias, heads=num_kv_heads)
        self.v_proj = DeviceProjection("v_proj", hidden_dim, num_kv_heads * head_dim, bias=bias)
        self.o_proj = DeviceProjection("o_proj", num_heads * head_dim, hidden_dim, bias=output_bias)
        self._weights: WeightSlots | None = None

    def device_weights(self) -> WeightSlots:
        """Declared from the projections when first asked, so a tensor-parallel build's splits are in them."""
        if self._weights is None:
            self._weights = WeightSlots(_declare((self.q_proj, self.k_proj, self.v_proj), self.o_proj,
                                                 fused_qkv=self.fused_qkv))
        return self._weights

    def device_collaborators(self) -> Mapping[str, object]:
        return {"position": self.position, "kernel": self.kernel}

    def forward(self, x: DeviceTensor, *, positions: DeviceTensor,
                cache: LayerCache[DeviceTensor] | None = None) -> DeviceTensor:
        """Prefill: x ``[1, 1, seq, hidden]``, positions ``[1, seq]``; a cache gets this sequence's K/V."""
        import ttnn

        dram = ttnn.DRAM_MEMORY_CONFIG
        q, k, v = self._heads(x, dram)
        q, k = self.position.apply(q, k, positions)
        if cache is not None:
            cache.update(k, v, positions)
        out = self.kernel.prefill(q, k, v, scale=self.scale, window=self.window)
        for spent in (q, k, v):
            ttnn.deallocate(spent)
        joined = ttnn.experimental.nlp_concat_heads(out, memory_config=dram)  # [1, 1, seq, heads * head_dim]
        ttnn.deallocate(out)
        return self._project_out(joined, dram)

    def decode(self, x: DeviceTensor, *, positions: DeviceTensor, cache: DecodingLayerCache) -> DeviceTensor:
        """Decode: x ``[1, 1, batch, hidden]``, positions ``[1, batch]``; every row writes the cache's next slot."""
        import ttnn

        l1 = ttnn.L1_MEMORY_CONFIG
        fused = self._qkv(x, l1)
        q, k, v = ttnn.experimental.nlp_create_qkv_heads_decode(
            fused, num_heads=self.num_heads, num_kv_heads=self.num_kv_heads,
            memory_config=ttnn.L1_HEIGHT_SHARDED_MEMORY_CONFIG)  # [1, batch, heads, head_dim], one row per core
        ttnn.deallocate(fused)
        q, k = self.position.apply_decode(q, k, positions)
        keys, values, length = cache.append(k, v)
        batch = q.shape[1]
        out = self.kernel.decode(q, keys, values, current=[length - 1] * batch, scale=self.scale, window=self.window)
        ttnn.deallocate(q)
        padded_heads = -(-self.num_heads // TILE) * TILE
        by_row = ttnn.create_sharded_memory_config(
            shape=(padded_heads, self.head_dim), core_grid=ttnn.num_cores_to_corerangeset(
                batch, x.device().compute_with_storage_grid_size(), row_wise=True),
            strategy=ttnn.ShardStrategy.HEIGHT, orientation=ttnn.ShardOrientation.ROW_MAJOR,
            use_height_and_width_as_shard_shape=True)
        sharded = ttnn.to_memory_config(out, by_row)
        ttnn.deallocate(out)
        joined = ttnn.experimental.nlp_concat_heads_decode(sharded, num_heads=self.num_heads)  # [1, 1, batch, h*d]
        ttnn.deallocate(sharded)
        return self._project_out(ttnn.sharded_to_interleaved(joined, l1), l1)

    def _qkv(self, x: DeviceTensor, memory: ttnn.MemoryConfig) -> DeviceTensor:
        """The fused ``[..., (heads + 2 kv_heads) head_dim]`` projection (three matmuls joined when not fused)."""
        import ttnn

        w = self.device_weights()
        if self.fused_qkv:
            return project(x, w["qkv_proj.weight"], w.get("qkv_proj.bias"), memory)
        parts = [project(x, w[f"{p}_proj.weight"], w.get(f"{p}_proj.bias"), memory) for p in ("q", "k", "v")]
        joined = ttnn.concat(parts, dim=-1, memory_config=memory)
        for part in parts:
            ttnn.deallocate(part)
        return joined

    def _heads(self, x: DeviceTensor, memory: ttnn.MemoryConfig) -> tuple[DeviceTensor, DeviceTensor, DeviceTensor]:
        """q ``[1, heads, seq, head_dim]``, k and v ``[1, kv_heads, seq, head_dim]`` for prefill."""
        import ttnn

        fused = self._qkv(x, memory)
        q, k, v = ttnn.experimental.nlp_create_qkv_heads(
            fused, num_heads=self.num_heads, num_kv_heads=self.num_kv_heads, transpose_k_heads=False,
            memory_config=memory)
        ttnn.deallocate(fused)
        return q, k, v

    def _project_out(self, joined: DeviceTensor, memory: ttnn.MemoryConfig) -> DeviceTensor:
        import ttnn

        w = self.device_weights()
        out = project_combined(joined, w["o_proj.weight"], w.get("o_proj.bias"), self.o_proj.split, memory)
        ttnn.deallocate(joined)
        return out


def _declare(qkv: tuple[DeviceProjection, DeviceProjection, DeviceProjection], out: DeviceProjection, *,
             fused_qkv: bool) -> dict[str, DeviceWeight]:
    """Device weights of the layer; Q and K rows (and biases) are interleaved for rotary_embedding_llama.

    Fused, the three sources are joined along the output rows; on a mesh each chip's Q, K and V parts are
    joined first, so each chip holds ``[its q; its k; its v]`` (see :func:`tttv2.ttnn.mesh.arrange_for_mesh`).
    """
    kinds: list[tuple[Literal["weight", "bias"], Preparation]] = [("weight", Preparation.LINEAR)]
    if qkv[0].bias:
        kinds.append(("bias", Preparation.BIAS))
    declared: dict[str, DeviceWeight] = {}
    for kind, preparation in kinds:
        sources = tuple(p.source(kind) for p in qkv)
        if fused_qkv:
            declared[f"qkv_proj.{kind}"] = DeviceWeight(preparation, TensorGroup.ATTENTION_QKV, sources)
        else:
            declared.update({f"{p.name}.{kind}": DeviceWeight(preparation, TensorGroup.ATTENTION_QKV, (source,))
                             for p, source in zip(qkv, sources, strict=True)})
    declared.update(out.declare(TensorGroup.ATTENTION_OUTPUT))
    return declared
