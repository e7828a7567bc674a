"""Checks for attention kernels: DESIGN.md's mask conventions against a float64 reference, grouped K/V."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import attrs
import torch
from torch import Tensor

from tttv2.protocols import AttentionKernel, GroupedKVKernel
from tttv2.testing.checks.harness import (
    DTYPES,
    Call,
    Context,
    Expected,
    Probe,
    as_outputs,
    batch_independence,
    causality,
    compare_outputs,
    determinism,
    device_placement,
    run_property,
    shape_dtype,
)
from tttv2.testing.reference import reference_attention
from tttv2.testing.report import PropertyResult

_AXES = (("batch", "head", "query", "feature"),)


def _qkv(ctx: Context, dtype: torch.dtype, batch: int, seed: int, *, q_len: int | None = None,
         kv_len: int | None = None, kv_heads: int | None = None) -> tuple[Tensor, Tensor, Tensor]:
    heads, head_dim = ctx.dim("num_heads"), ctx.dim("head_dim")
    kv_len = kv_len or ctx.seq_len
    q = ctx.randn((batch, heads, q_len or kv_len, head_dim), dtype, seed)
    k = ctx.randn((batch, kv_heads or heads, kv_len, head_dim), dtype, seed + 1000)
    v = ctx.randn((batch, kv_heads or heads, kv_len, head_dim), dtype, seed + 2000)
    return q, k, v


def _causal_call(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    return Call((*_qkv(ctx, dtype, batch, seed), None))


def _like_q(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    q = call.args[0]
    assert q is not None
    return (Expected(tuple(q.shape), (dtype,)),)


KERNEL = Probe("compute_attention", _causal_call, _like_q, _AXES, seq_axis=2)
"""``compute_attention(q, k, v, None)``: causal self-attention over ``seq`` tokens."""


@attrs.frozen
class MaskCase:
    """One mask convention at one query/key length."""

    convention: str
    q_len: int
    kv_len: int

    def mask(self, ctx: Context, batch: int, dtype: torch.dtype, seed: int) -> Tensor | None:
        """None (causal), boolean ``[batch, 1, q_len, kv_len]`` or additive ``[q_len, kv_len]`` in ``dtype``.

        Every query may always see the key at its own position, so no row is fully masked (the contract
        leaves that case undefined) and a sliding window of any size keeps it.
        """
        if self.convention == "causal":
            return None
        own = torch.arange(self.q_len)[:, None] + (self.kv_len - self.q_len) == torch.arange(self.kv_len)[None, :]
        generator = torch.Generator().manual_seed(seed)
        if self.convention == "boolean":
            allowed = torch.rand((batch, 1, self.q_len, self.kv_len), generator=generator) < 0.7
            return (allowed | own).to(ctx.device)
        additive = 2 * torch.randn((self.q_len, self.kv_len), generator=generator)
        blocked = (torch.rand((self.q_len, self.kv_len), generator=generator) < 0.25) & ~own
        return additive.masked_fill(blocked, float("-inf")).to(ctx.device, dtype)

    def describe(self) -> str:
        return f"q_len {self.q_len}, kv_len {self.kv_len}"

    @property
    def label(self) -> str:
        return "causal (mask=None)" if self.convention == "causal" else f"{self.convention} mask"


MASK_CASES: dict[str, tuple[MaskCase, ...]] = {
    "causal": (MaskCase("causal", 7, 7), MaskCase("causal", 3, 7), MaskCase("causal", 1, 7)),
    "boolean-mask": (MaskCase("boolean", 7, 7), MaskCase("boolean", 1, 7)),
    "additive-mask": (MaskCase("additive", 7, 7), MaskCase("additive", 3, 7)),
}
"""DESIGN.md's conventions: ``None`` = causal aligned to the end of the keys, boolean, additive float;
each at ``q_len == kv_len`` and ``q_len < kv_len`` (chunked prefill, one-token decode)."""


def check_attention(ctx: Context) -> list[PropertyResult]:
    results = [
        shape_dtype(ctx, KERNEL),
        device_placement(ctx, KERNEL),
        determinism(ctx, KERNEL),
        batch_independence(ctx, KERNEL),
        causality(ctx, KERNEL),
    ]
    results += [agrees_with_reference(ctx, name, cases, dtype)
                for name, cases in MASK_CASES.items() for dtype in DTYPES]
    kernel = ctx.subject.make(torch.float32)
    if isinstance(kernel, GroupedKVKernel) and kernel.accepts_grouped_kv:
        results.append(grouped_kv(ctx))
    return results


def agrees_with_reference(ctx: Context, name: str, cases: tuple[MaskCase, ...], dtype: torch.dtype) -> PropertyResult:
    """The kernel matches the reference kernel under one mask convention, at every length of ``cases``."""
    tolerance = ctx.tolerances.reference_fp32 if dtype == torch.float32 else ctx.tolerances.reference_bf16

    def body() -> tuple[bool, str]:
        reference = _reference(ctx)
        kernel = cast(AttentionKernel[Tensor], ctx.subject.make(dtype))
        messages = []
        for index, case in enumerate(cases):
            q, k, v = _qkv(ctx, dtype, ctx.batch, 10 + index, q_len=case.q_len, kv_len=case.kv_len)
            mask = case.mask(ctx, ctx.batch, dtype, 20 + index)
            ok, message = compare_outputs(as_outputs(kernel.compute_attention(q, k, v, mask)),
                                          as_outputs(reference(q, k, v, mask)), tolerance, _AXES,
                                          f"{case.describe()}: ")
            if not ok:
                return False, message
            messages.append(message)
        return True, "; ".join(messages)

    return run_property(ctx, f"reference-{name}-{str(dtype).removeprefix('torch.')}", body)


def grouped_kv(ctx: Context) -> PropertyResult:
    """A kernel declaring ``accepts_grouped_kv`` gives, for K/V with fewer heads, what it gives for K/V expanded
    so that query head h reads K/V head ``h // (heads // kv_heads)`` (the layer's repeat_interleave)."""

    def body() -> tuple[bool, str]:
        kernel = cast(AttentionKernel[Tensor], ctx.subject.make(torch.float32))
        groups = ctx.dim("num_heads") // ctx.dim("num_kv_heads")
        messages = []
        for index, case in enumerate((MaskCase("causal", 7, 7), MaskCase("causal", 1, 7), MaskCase("boolean", 3, 7))):
            q, k, v = _qkv(ctx, torch.float32, ctx.batch, 30 + index, q_len=case.q_len, kv_len=case.kv_len,
                           kv_heads=ctx.dim("num_kv_heads"))
            mask = case.mask(ctx, ctx.batch, torch.float32, 40 + index)
            grouped = kernel.compute_attention(q, k, v, mask)
            expanded = kernel.compute_attention(q, k.repeat_interleave(groups, dim=1),
                                                v.repeat_interleave(groups, dim=1), mask)
            ok, message = compare_outputs((grouped,), (expanded,), ctx.tolerances.invariance, _AXES,
                                          f"{case.label}, {case.describe()}, {ctx.dim('num_kv_heads')} K/V "
                                          f"heads for {ctx.dim('num_heads')} query heads: ")
            if not ok:
                return False, message
            messages.append(message)
        return True, "; ".join(messages)

    return run_property(ctx, "grouped-kv", body)


def _reference(ctx: Context) -> Callable[[Tensor, Tensor, Tensor, Tensor | None], object]:
    given = ctx.reference
    if given is None:
        return reference_attention
    if isinstance(given, AttentionKernel):
        return cast(AttentionKernel[Tensor], given).compute_attention
    if callable(given):
        return cast(Callable[[Tensor, Tensor, Tensor, Tensor | None], object], given)  # its result is checked
    raise TypeError(f"reference must be an attention kernel or a callable (q, k, v, mask), got {type(given).__name__}")
