"""Checks for position encodings: shapes and dtypes, plus the relative-position property of declared rotaries."""

from __future__ import annotations

from typing import cast

import torch
from torch import Tensor

from tttv2.protocols import PositionEncoding
from tttv2.testing.checks.harness import (
    Call,
    Context,
    Expected,
    Probe,
    batch_independence,
    determinism,
    device_placement,
    matches_reference,
    run_property,
    shape_dtype,
)
from tttv2.testing.numerics import closeness
from tttv2.testing.report import PropertyResult

ROTARY_TAG = "rotary"
"""A registered position encoding tagged ``rotary`` declares that it rotates q/k by position (RoPE)."""

OFFSET = 11
"""How far the rotary check shifts every position."""

_AXES = (("batch", "head", "position", "feature"), ("batch", "kv_head", "position", "feature"))


def _heads(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    q = ctx.randn((batch, ctx.dim("num_heads"), ctx.seq_len, ctx.dim("head_dim")), dtype, seed)
    k = ctx.randn((batch, ctx.dim("num_kv_heads"), ctx.seq_len, ctx.dim("head_dim")), dtype, seed + 1000)
    generator = torch.Generator().manual_seed(seed)
    starts = torch.randint(0, 20, (batch, 1), generator=generator).to(ctx.device)  # rows at different offsets
    return Call((q, k, ctx.positions(batch, ctx.seq_len) + starts))


def _like_qk(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    q, k = call.args[0], call.args[1]
    assert q is not None and k is not None
    return Expected(tuple(q.shape), (dtype,)), Expected(tuple(k.shape), (dtype,))


POSITION = Probe("apply", _heads, _like_qk, _AXES, seq_axis=2)
"""``apply(q, k, positions)``: q ``[batch, heads, seq, head_dim]``, k with ``kv_heads``, positions ``[batch, seq]``."""


def check_position(ctx: Context) -> list[PropertyResult]:
    """Shape, dtype, device, determinism and batch independence for every encoding; positions mean
    different things to different encodings, so only a declared rotary gets the relative-position check."""
    results = [
        shape_dtype(ctx, POSITION),
        device_placement(ctx, POSITION),
        determinism(ctx, POSITION),
        batch_independence(ctx, POSITION),
    ]
    info = ctx.subject.info
    if info is not None and ROTARY_TAG in info.tags:
        results.append(relative_position(ctx))
    if ctx.reference is not None:
        results.append(matches_reference(ctx, POSITION, PositionEncoding, ctx.tolerances.reference_fp32))
    return results


def relative_position(ctx: Context) -> PropertyResult:
    """Rotary scores depend on relative position only: shifting every position by the same offset leaves
    each query-key dot product ``q_m . k_n`` unchanged."""

    def body() -> tuple[bool, str]:
        encoding = cast(PositionEncoding[Tensor], ctx.subject.make(torch.float32))
        q, k, positions = _heads(ctx, torch.float32, ctx.batch, 1).args
        assert q is not None and k is not None and positions is not None
        groups = ctx.dim("num_heads") // ctx.dim("num_kv_heads")

        def scores(at: Tensor) -> Tensor:
            rotated_q, rotated_k = encoding.apply(q, k, at)
            return rotated_q @ rotated_k.repeat_interleave(groups, dim=1).transpose(-1, -2)

        ok, message = closeness(scores(positions + OFFSET), scores(positions), ctx.tolerances.rotary,
                                ("batch", "head", "query", "key"))
        return ok, f"scores with every position shifted by {OFFSET}: {message}"

    return run_property(ctx, "relative-position", body)
