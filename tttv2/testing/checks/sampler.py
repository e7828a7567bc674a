"""Checks for samplers: ids of the right shape and range, reproducible, never a masked-out token."""

from __future__ import annotations

from typing import cast

import torch
from torch import Tensor

from tttv2.protocols import Sampler
from tttv2.testing.checks.harness import (
    Call,
    Context,
    Expected,
    Probe,
    determinism,
    device_placement,
    run_property,
    shape_dtype,
)
from tttv2.testing.report import PropertyResult

DRAWS = 8
"""Samples drawn per range / masking check: a stochastic sampler gets several chances to go wrong."""

INTEGER_DTYPES = (torch.int64, torch.int32)


def _logits(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    return Call((3 * ctx.randn((batch, ctx.dim("vocab_size")), dtype, seed),))


def _ids(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    logits = call.args[0]
    assert logits is not None
    return (Expected((logits.shape[0],), INTEGER_DTYPES),)


SAMPLER = Probe("sample", _logits, _ids, (("batch",),), seq_axis=None)
"""``sample(logits)`` with logits ``[batch, vocab]`` -> ids ``[batch]``."""


def check_sampler(ctx: Context) -> list[PropertyResult]:
    """No batch-independence check: a stochastic sampler draws rows from one generator, so a row's token
    legitimately depends on how many rows came before it."""
    return [
        shape_dtype(ctx, SAMPLER),
        device_placement(ctx, SAMPLER),
        determinism(ctx, SAMPLER, fresh_instances=True),
        run_property(ctx, "ids-in-range", lambda: _in_range(ctx)),
        run_property(ctx, "respects-masked-logits", lambda: _respects_mask(ctx)),
    ]


def _in_range(ctx: Context) -> tuple[bool, str]:
    sampler = cast(Sampler[Tensor], ctx.subject.make(torch.float32))
    vocab = ctx.dim("vocab_size")
    for draw in range(DRAWS):
        logits = _logits(ctx, torch.float32, ctx.batch, draw).args[0]
        assert logits is not None
        ids = sampler.sample(logits)
        outside = (ids < 0) | (ids >= vocab)
        if bool(outside.any()):
            row = int(torch.nonzero(outside).flatten()[0])
            return False, f"draw {draw}: row {row} got id {int(ids[row])}, outside [0, {vocab})"
    return True, f"{DRAWS} draws of {ctx.batch} rows, all ids in [0, {vocab})"


def _respects_mask(ctx: Context) -> tuple[bool, str]:
    """Logits of -inf (probability zero) are never chosen: each row allows 3 tokens only."""
    sampler = cast(Sampler[Tensor], ctx.subject.make(torch.float32))
    vocab = ctx.dim("vocab_size")
    generator = torch.Generator().manual_seed(5)
    allowed = torch.stack([torch.randperm(vocab, generator=generator)[:3] for _ in range(ctx.batch)]).to(ctx.device)
    for draw in range(DRAWS):
        logits = _logits(ctx, torch.float32, ctx.batch, 50 + draw).args[0]
        assert logits is not None
        masked = torch.full_like(logits, float("-inf")).scatter(1, allowed, logits.gather(1, allowed))
        ids = sampler.sample(masked)
        chosen_ok = (allowed == ids[:, None].to(allowed.dtype)).any(dim=1)
        if not bool(chosen_ok.all()):
            row = int(torch.nonzero(~chosen_ok).flatten()[0])
            return False, (f"draw {draw}: row {row} got id {int(ids[row])}, whose logit is -inf "
                           f"(allowed: {allowed[row].tolist()})")
    return True, f"{DRAWS} draws with all but 3 logits per row at -inf: only allowed ids chosen"
