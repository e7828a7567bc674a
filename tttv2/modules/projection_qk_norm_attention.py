"""Attention with q/k RMSNorm over the whole projection (category ``attention-layer``), as in OLMo 2."""

from __future__ import annotations

import torch
from torch import Tensor

from tttv2.modules.attention_layer import GroupedQueryAttention
from tttv2.modules.norm import RMSNorm
from tttv2.protocols import AttentionKernel, LinearFactory, PositionEncoding
from tttv2.registry import default_registry


@default_registry.register_module(
    name="projection-qk-norm-attention", category="attention-layer", alias=("olmo2-attention",),
    description="GQA whose q and k projections are RMS-normalised across all heads at once, before rotary (OLMo 2).",
    hardware_support=["cpu", "cuda"], tags=["olmo", "qk-norm", "gqa"])
class ProjectionQKNormAttention(GroupedQueryAttention):
    """Grouped-query attention with ``q_proj_norm`` ``[heads * head_dim]`` and ``k_proj_norm`` ``[kv_heads * head_dim]``.

    Each normalises its whole projection, not one head. The norms are RMSNorms built here: the
    ``qk_norm`` slot makes per-head norms (sized head_dim), one size for q and k alike. A norm over every
    head needs every head, so this layer has no shard plan (tensor parallelism refuses it, naming it).
    """

    shard_plan = None

    def __init__(self, *, hidden_dim: int, num_heads: int, num_kv_heads: int, head_dim: int,
                 kernel: AttentionKernel[Tensor], position: PositionEncoding[Tensor], eps: float = 1e-6,
                 bias: bool = False, output_bias: bool = False, window: int | None = None,
                 qkv_linear: LinearFactory[Tensor] | None = None, out_linear: LinearFactory[Tensor] | None = None,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(
            hidden_dim=hidden_dim, num_heads=num_heads, num_kv_heads=num_kv_heads, head_dim=head_dim, kernel=kernel,
            position=position, bias=bias, output_bias=output_bias, window=window, qkv_linear=qkv_linear,
            out_linear=out_linear, device=device, dtype=dtype)
        self.q_proj_norm = RMSNorm(hidden_dim=num_heads * head_dim, eps=eps, device=device, dtype=dtype)
        self.k_proj_norm = RMSNorm(hidden_dim=num_kv_heads * head_dim, eps=eps, device=device, dtype=dtype)

    def project_heads(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        batch, seq, _ = x.shape
        q = self.q_proj_norm.forward(self.q_proj.forward(x))
        k = self.k_proj_norm.forward(self.k_proj.forward(x))
        v = self.v_proj.forward(x)
        return (q.view(batch, seq, self.num_heads, self.head_dim).transpose(1, 2),
                k.view(batch, seq, self.num_kv_heads, self.head_dim).transpose(1, 2),
                v.view(batch, seq, self.num_kv_heads, self.head_dim).transpose(1, 2))
