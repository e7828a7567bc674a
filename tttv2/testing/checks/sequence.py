"""Checks for sequence contracts: attention layers and decoder blocks (causality, KV-cache decode)."""

from __future__ import annotations

from typing import cast

import torch
from torch import Tensor

from tttv2.modules.cache import BoundLayerCache, StaticKVCache
from tttv2.protocols import AttentionLayer, Block
from tttv2.testing.checks.harness import (
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
    matches_reference,
    run_property,
    shape_dtype,
)
from tttv2.testing.report import PropertyResult

PREFILL = 3
"""Tokens written by the first (prefill) call in the chunked cache-consistency run."""


def _sequence(ctx: Context, dtype: torch.dtype, batch: int, seed: int) -> Call:
    x = ctx.randn((batch, ctx.seq_len, ctx.dim("hidden_dim")), dtype, seed)
    return Call((x,), {"positions": ctx.positions(batch, ctx.seq_len)})


def _same_as_input(ctx: Context, call: Call, dtype: torch.dtype) -> tuple[Expected, ...]:
    x = call.args[0]
    assert x is not None
    return (Expected(tuple(x.shape), (dtype,)),)


SEQUENCE = Probe("forward", _sequence, _same_as_input, (("batch", "position", "feature"),))
"""``forward(x, positions=...)`` with ``x`` ``[batch, seq, hidden]``, positions ``0 .. seq - 1``."""


def check_attention_layer(ctx: Context) -> list[PropertyResult]:
    return _sequence_checks(ctx, AttentionLayer)


def check_block(ctx: Context) -> list[PropertyResult]:
    return _sequence_checks(ctx, Block)


def _sequence_checks(ctx: Context, contract: type) -> list[PropertyResult]:
    results = [
        shape_dtype(ctx, SEQUENCE),
        device_placement(ctx, SEQUENCE),
        determinism(ctx, SEQUENCE),
        batch_independence(ctx, SEQUENCE),
        causality(ctx, SEQUENCE),
        cache_consistency(ctx),
    ]
    if ctx.reference is not None:
        results.append(matches_reference(ctx, SEQUENCE, contract, ctx.tolerances.reference_fp32))
    return results


def cache_consistency(ctx: Context) -> PropertyResult:
    """Decoding through ``StaticKVCache`` + ``BoundLayerCache`` gives the full-sequence forward's outputs.

    Two schedules: one token at a time from position 0, and a 3-token prefill followed by single tokens
    (which exercises ``q_len < kv_len``).
    """

    def body() -> tuple[bool, str]:
        module = ctx.subject.make(torch.float32)
        call = _sequence(ctx, torch.float32, ctx.batch, 1)
        x, positions = call.args[0], call.kwargs["positions"]
        assert x is not None
        full = SEQUENCE.call(module, call)
        messages = []
        for first in (1, PREFILL):
            cache = StaticKVCache(num_layers=1, batch_size=ctx.batch, num_kv_heads=ctx.dim("num_kv_heads"),
                                  head_dim=ctx.dim("head_dim"), capacity=ctx.seq_len, device=ctx.device,
                                  dtype=torch.float32)
            bound = BoundLayerCache(cache, 0)
            steps = [(0, first), *((t, t + 1) for t in range(first, ctx.seq_len))]
            layer = cast(AttentionLayer[Tensor], module)  # a block's forward has the same signature
            pieces = [as_outputs(layer.forward(x[:, a:b], positions=positions[:, a:b], cache=bound))[0]
                      for a, b in steps]
            decoded = (torch.cat(pieces, dim=1),)
            schedule = "token by token" if first == 1 else f"prefill {first} tokens, then token by token"
            ok, message = compare_outputs(decoded, full, ctx.tolerances.cache, SEQUENCE.axes,
                                          f"{schedule} through StaticKVCache vs full forward: ")
            if not ok:
                return False, message
            messages.append(message)
        return True, "; ".join(messages)

    return run_property(ctx, "cache-consistency", body)
