"""Checks for position-wise contracts: feed-forward, norm, embedding, LM head and linear."""

from __future__ import annotations

import torch

from tttv2.protocols import Embedding, FeedForward, Linear, LMHead, Norm
from tttv2.testing.checks.harness import (
    Call,
    Context,
    Expected,
    Probe,
    batch_independence,
    determinism,
    device_placement,
    matches_reference,
    position_independence,
    shape_dtype,
)
from tttv2.testing.report import PropertyResult

_ACTIVATION_AXES = (("batch", "position", "feature"),)


def _activations(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    return Call((ctx.randn((batch, ctx.seq_len, ctx.dim("hidden_dim")), dtype, seed),))


def _same_as_input(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    x = call.args[0]
    assert x is not None
    return (Expected(tuple(x.shape), (dtype,)),)


def _token_ids(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    return Call((ctx.randint(ctx.dim("vocab_size"), (batch, ctx.seq_len), seed),))


def _embedded(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    ids = call.args[0]
    assert ids is not None
    return (Expected((*ids.shape, ctx.dim("hidden_dim")), (dtype,)),)


def _logits(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    hidden = call.args[0]
    assert hidden is not None
    return (Expected((*hidden.shape[:-1], ctx.dim("vocab_size")), (dtype,)),)


def _features(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    return Call((ctx.randn((batch, ctx.seq_len, ctx.dim("in_features")), dtype, seed),))


def _projected(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    x = call.args[0]
    assert x is not None
    return (Expected((*x.shape[:-1], ctx.dim("out_features")), (dtype,)),)


ACTIVATIONS = Probe("forward", _activations, _same_as_input, _ACTIVATION_AXES)
"""``forward(x)`` with ``x`` ``[batch, seq, hidden]`` and a result of the same shape and dtype (ffn, norm)."""
TOKENS = Probe("forward", _token_ids, _embedded, _ACTIVATION_AXES)
"""``forward(token_ids)`` -> ``[batch, seq, hidden]`` in the module's dtype (embedding)."""
LOGITS = Probe("forward", _activations, _logits, (("batch", "position", "token"),))
"""``forward(hidden)`` -> ``[batch, seq, vocab]`` (head)."""
PROJECTION = Probe("forward", _features, _projected, (("batch", "position", "feature"),))
"""``forward(x)`` with ``x`` ``[batch, seq, in_features]`` -> ``[batch, seq, out_features]`` (linear)."""


def check_ffn(ctx: Context) -> list[PropertyResult]:
    return _positionwise(ctx, ACTIVATIONS, FeedForward)


def check_norm(ctx: Context) -> list[PropertyResult]:
    """A norm acts on the last axis of each position: position- and batch-independence prove it is not
    normalising over positions or rows; a reference (if given) pins the values."""
    return _positionwise(ctx, ACTIVATIONS, Norm)


def check_embedding(ctx: Context) -> list[PropertyResult]:
    return _positionwise(ctx, TOKENS, Embedding)


def check_head(ctx: Context) -> list[PropertyResult]:
    return _positionwise(ctx, LOGITS, LMHead)


def check_linear(ctx: Context) -> list[PropertyResult]:
    """A projection acts on each position's last axis alone; a reference (if given) pins the values."""
    return _positionwise(ctx, PROJECTION, Linear)


def _positionwise(ctx: Context, probe: Probe, contract: type) -> list[PropertyResult]:
    results = [
        shape_dtype(ctx, probe),
        device_placement(ctx, probe),
        determinism(ctx, probe),
        batch_independence(ctx, probe),
        position_independence(ctx, probe),
    ]
    if ctx.reference is not None:
        results.append(matches_reference(ctx, probe, contract, ctx.tolerances.reference_fp32))
    return results
