"""The attention layer (category ``attention-layer``): MHA, GQA and MQA around a pluggable kernel."""

from __future__ import annotations

import math
from typing import ClassVar

import torch
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.modules.linear import dense_factory
from tttv2.modules.masks import position_mask
from tttv2.parallel import ShardPlan
from tttv2.protocols import AttentionKernel, GroupedKVKernel, LayerCache, LinearFactory, Norm, PositionEncoding
from tttv2.registry import default_registry


@default_registry.register_module(
    name="grouped-query-attention", category="attention-layer", alias=("gqa", "mha", "mqa", "attention-layer"),
    description="Q/K/V projections, optional q/k norm and bias, rotary, KV cache, sliding window, any kernel.",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen", "mistral", "gemma", "gqa", "mqa", "sliding-window"])
class GroupedQueryAttention(nn.Module):
    """Attention layer: project, normalise q/k, rotate, cache, call the kernel, project back.

    ``num_kv_heads`` equal to ``num_heads`` is MHA, 1 is MQA, anything dividing it is GQA.
    ``window`` limits each query to the last ``window`` keys (sliding-window layers).
    ``query_scale`` multiplies queries before the kernel's 1/sqrt(head_dim), for models whose
    score scale differs (Gemma's query_pre_attn_scalar). ``qkv_linear`` makes q/k/v_proj and
    ``out_linear`` o_proj (tensor groups ``attention.qkv`` and ``attention.out``); dense when not given.
    Under tensor parallelism each rank holds a share of the heads (KV heads replicated when fewer than the
    ranks): q/k/v split by output rows, o_proj by input columns.
    """

    shard_plan: ClassVar[ShardPlan | None] = ShardPlan(divide={"num_heads": "heads", "num_kv_heads": "kv_heads"},
                           column={"q_proj": "num_heads", "k_proj": "num_kv_heads", "v_proj": "num_kv_heads"},
                           row={"o_proj": "num_heads"})

    def __init__(self, *, hidden_dim: int, num_heads: int, num_kv_heads: int, head_dim: int,
                 kernel: AttentionKernel[Tensor], position: PositionEncoding[Tensor],
                 q_norm: Norm[Tensor] | None = None, k_norm: Norm[Tensor] | None = None,
                 bias: bool = False, output_bias: bool = False, window: int | None = None,
                 query_scale: float = 1.0, qkv_linear: LinearFactory[Tensor] | None = None,
                 out_linear: LinearFactory[Tensor] | None = None, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__()
        if min(hidden_dim, num_heads, num_kv_heads, head_dim) <= 0 or num_heads % num_kv_heads:
            raise ConfigError(
                f"attention needs positive dims and num_heads divisible by num_kv_heads, got hidden_dim={hidden_dim}, "
                f"num_heads={num_heads}, num_kv_heads={num_kv_heads}, head_dim={head_dim}")
        if window is not None and window <= 0:
            raise ConfigError(f"attention window must be positive, got {window}")
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.head_dim = head_dim
        self.window = window
        self.query_scale = query_scale
        make_qkv = qkv_linear or dense_factory(device, dtype)
        make_out = out_linear or dense_factory(device, dtype)
        self.q_proj = make_qkv(hidden_dim, num_heads * head_dim, bias)
        self.k_proj = make_qkv(hidden_dim, num_kv_heads * head_dim, bias)
        self.v_proj = make_qkv(hidden_dim, num_kv_heads * head_dim, bias)
        self.o_proj = make_out(num_heads * head_dim, hidden_dim, output_bias)
        self.kernel = kernel
        self.position = position
        self.q_norm = q_norm
        self.k_norm = k_norm

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        batch, seq, _ = x.shape
        q, k, v = self.project_heads(x)
        q, k = self.position.apply(q, k, positions)
        if self.query_scale != 1.0:
            q = q * self.query_scale
        key_positions = positions
        if cache is not None:
            k, v = cache.update(k, v, positions)
            key_positions = cache.key_positions()
        mask: Tensor | None = None
        if self.window is not None or torch.compiler.is_compiling() or _has_padding(key_positions):
            mask = position_mask(positions, key_positions, self.window)
        # otherwise keys are the contiguous positions up to the last query: plain causal, the kernels' fast path;
        # a compiled graph cannot branch on values, so it always masks (exact either way)
        if self.num_kv_heads != self.num_heads and not _accepts_grouped_kv(self.kernel):
            groups = self.num_heads // self.num_kv_heads
            k = k.repeat_interleave(groups, dim=1)
            v = v.repeat_interleave(groups, dim=1)
        out = self.kernel.compute_attention(q, k, v, mask)
        return self.o_proj.forward(out.transpose(1, 2).reshape(batch, seq, self.num_heads * self.head_dim))

    def project_heads(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        """q ``[batch, heads, seq, head_dim]``, k and v ``[batch, kv_heads, seq, head_dim]``; q/k normalised per head.

        The step before rotary that a variant may change (OLMo 2 normalises the whole projection).
        """
        batch, seq, _ = x.shape
        q = self.q_proj.forward(x).view(batch, seq, self.num_heads, self.head_dim).transpose(1, 2)
        k = self.k_proj.forward(x).view(batch, seq, self.num_kv_heads, self.head_dim).transpose(1, 2)
        v = self.v_proj.forward(x).view(batch, seq, self.num_kv_heads, self.head_dim).transpose(1, 2)
        if self.q_norm is not None:
            q = self.q_norm.forward(q)
        if self.k_norm is not None:
            k = self.k_norm.forward(k)
        return q, k, v


def query_scale_for(head_dim: int, score_scale: float) -> float:
    """The query multiplier that turns the kernel's 1/sqrt(head_dim) into ``score_scale``."""
    return score_scale * math.sqrt(head_dim)


def _has_padding(key_positions: Tensor) -> bool:
    # meta tensors (spec validation) have no values; the mask would not change any shape
    return not key_positions.is_meta and bool((key_positions < 0).any())


def _accepts_grouped_kv(kernel: object) -> bool:
    return isinstance(kernel, GroupedKVKernel) and bool(kernel.accepts_grouped_kv)
