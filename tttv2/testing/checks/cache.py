"""Checks for KV caches: what ``update`` returns, what ``key_positions`` says, and overflow."""

from __future__ import annotations

from typing import cast

import attrs
import torch
from torch import Tensor

from tttv2.protocols import KVCache
from tttv2.testing.checks.harness import Context, run_property, same_device
from tttv2.testing.numerics import closeness
from tttv2.testing.report import PropertyResult

WRITES = (4, 1, 2)
"""Tokens per update: a prefill, one decode token, then a chunk."""

_AXES = ("kv_head", "feature")


@attrs.frozen
class Step:
    """One ``update`` of one layer: what was written, what came back."""

    layer: int
    start: int
    keys: Tensor
    values: Tensor
    returned_keys: Tensor
    returned_values: Tensor
    key_positions: Tensor

    def describe(self) -> str:
        end = self.start + self.keys.shape[2] - 1
        return f"layer {self.layer}, after writing positions {self.start}..{end}"


def check_cache(ctx: Context) -> list[PropertyResult]:
    return [
        run_property(ctx, "shape-dtype", lambda: _check_shapes(ctx, _session(ctx))),
        run_property(ctx, "device", lambda: _check_devices(ctx, _session(ctx))),
        run_property(ctx, "update-returns-written", lambda: _check_written(ctx, _session(ctx), earlier=False)),
        run_property(ctx, "retains-earlier-tokens", lambda: _check_written(ctx, _session(ctx), earlier=True)),
        run_property(ctx, "key-positions", lambda: _check_key_positions(ctx, _session(ctx))),
        run_property(ctx, "overflow-raises", lambda: _check_overflow(ctx)),
    ]


def _session(ctx: Context) -> list[Step]:
    """Write ``WRITES`` to layers 0 and 1 alternately (different data per layer, to catch shared storage)."""
    cache = cast(KVCache[Tensor], ctx.subject.make(torch.float32))
    layers = (0, 1) if ctx.dim("num_layers") >= 2 else (0,)
    steps = []
    start = 0
    for index, count in enumerate(WRITES):
        for layer in layers:
            keys, values, positions = _chunk(ctx, start, count, seed=100 * index + layer)
            returned_keys, returned_values = cache.update(layer, keys, values, positions)
            steps.append(Step(layer, start, keys, values, returned_keys, returned_values, cache.key_positions(layer)))
        start += count
    return steps


def _chunk(ctx: Context, start: int, count: int, seed: int) -> tuple[Tensor, Tensor, Tensor]:
    shape = (ctx.batch, ctx.dim("num_kv_heads"), count, ctx.dim("head_dim"))
    return (ctx.randn(shape, torch.float32, seed), ctx.randn(shape, torch.float32, seed + 1),
            ctx.positions(ctx.batch, count, start))


def _check_shapes(ctx: Context, steps: list[Step]) -> tuple[bool, str]:
    for step in steps:
        keys, values, positions = step.returned_keys, step.returned_values, step.key_positions
        expected = (ctx.batch, ctx.dim("num_kv_heads"), keys.shape[2] if keys.dim() == 4 else -1, ctx.dim("head_dim"))
        if tuple(keys.shape) != expected or tuple(values.shape) != expected:
            return False, (f"{step.describe()}: returned keys {list(keys.shape)}, values {list(values.shape)}; "
                           f"expected [batch, kv_heads, kv_len, head_dim] = {list(expected)}")
        if keys.dtype != step.keys.dtype or values.dtype != step.values.dtype:
            return False, f"{step.describe()}: returned {keys.dtype}/{values.dtype} for {step.keys.dtype} input"
        if tuple(positions.shape) != (ctx.batch, keys.shape[2]):
            return False, (f"{step.describe()}: key_positions has shape {list(positions.shape)}, expected "
                           f"[batch, kv_len] = {[ctx.batch, keys.shape[2]]}")
        if positions.is_floating_point() or positions.is_complex() or positions.dtype == torch.bool:
            return False, f"{step.describe()}: key_positions has dtype {positions.dtype}, expected an integer dtype"
    last = steps[-1]
    tokens = last.start + last.keys.shape[2]
    keys = last.returned_keys
    return True, (f"after {tokens} tokens: keys/values {list(keys.shape)} {_name(keys.dtype)}, "
                  f"key_positions {list(last.key_positions.shape)} {_name(last.key_positions.dtype)}")


def _check_devices(ctx: Context, steps: list[Step]) -> tuple[bool, str]:
    for step in steps:
        for name, tensor in (("keys", step.returned_keys), ("values", step.returned_values),
                             ("key_positions", step.key_positions)):
            if not same_device(tensor.device, ctx.device):
                return False, f"{step.describe()}: {name} on {tensor.device}, input on {ctx.device}"
    return True, f"keys, values and key_positions on {ctx.device}"


def _check_written(ctx: Context, steps: list[Step], *, earlier: bool) -> tuple[bool, str]:
    """Each position (just written, or written by an earlier update of the layer) comes back once, intact."""
    history: dict[int, list[Step]] = {}
    checked = 0
    for step in steps:
        history.setdefault(step.layer, []).append(step)
        sources = history[step.layer][:-1] if earlier else [step]
        for source in sources:
            for offset in range(source.keys.shape[2]):
                position = source.start + offset
                for row in range(ctx.batch):
                    problem = _find(step, row, position, source.keys[row, :, offset],
                                    source.values[row, :, offset], ctx)
                    if problem:
                        what = "earlier" if earlier else "just-written"
                        return False, f"{step.describe()}: {what} position {position} of row {row} {problem}"
                    checked += 1
    if earlier:
        return True, f"every earlier token came back intact after each update ({checked} token-rows checked)"
    return True, f"every update returned the tokens it wrote, intact ({checked} token-rows checked)"


def _find(step: Step, row: int, position: int, key: Tensor, value: Tensor, ctx: Context) -> str:
    slots = torch.nonzero(step.key_positions[row] == position).flatten().tolist()
    if not slots:
        return f"is missing from the {step.returned_keys.shape[2]} returned keys"
    if len(slots) > 1:
        return f"appears {len(slots)} times (slots {slots})"
    slot = slots[0]
    for name, stored, written in (("key", step.returned_keys[row, :, slot], key),
                                  ("value", step.returned_values[row, :, slot], value)):
        ok, message = closeness(stored, written, ctx.tolerances.invariance, _AXES)
        if not ok:
            return f"comes back at slot {slot} with a different {name}: {message}"
    return ""


def _check_key_positions(ctx: Context, steps: list[Step]) -> tuple[bool, str]:
    """Every returned slot is either padding (-1) or the token ``key_positions`` names, written to this layer."""
    written: dict[int, dict[int, tuple[Tensor, Tensor]]] = {}
    for step in steps:
        layer = written.setdefault(step.layer, {})
        for offset in range(step.keys.shape[2]):
            layer[step.start + offset] = (step.keys[:, :, offset], step.values[:, :, offset])
        for row in range(ctx.batch):
            for slot, position in enumerate(step.key_positions[row].tolist()):
                if position < 0:
                    continue
                if position not in layer:
                    return False, (f"{step.describe()}: slot {slot} of row {row} claims position {position}, "
                                   f"which was never written")
                key, value = layer[position]
                for name, stored, original in (("key", step.returned_keys[row, :, slot], key[row]),
                                               ("value", step.returned_values[row, :, slot], value[row])):
                    ok, message = closeness(stored, original, ctx.tolerances.invariance, _AXES)
                    if not ok:
                        return False, (f"{step.describe()}: slot {slot} of row {row} claims position {position} "
                                       f"but holds another {name}: {message}")
    return True, "every returned slot holds the token key_positions names (or is marked -1)"


def _check_overflow(ctx: Context) -> tuple[bool, str]:
    cache = cast(KVCache[Tensor], ctx.subject.make(torch.float32))
    capacity = ctx.dim("capacity")
    written = 0
    while written < capacity:
        count = min(ctx.seq_len, capacity - written)
        try:
            _write(cache, ctx, written, count)
        except Exception as exc:  # a cache refusing tokens it has room for is the finding
            return False, (f"raised {type(exc).__name__} writing tokens {written}..{written + count - 1} "
                           f"into capacity {capacity}: {exc}")
        written += count
    try:
        _write(cache, ctx, written, 1)
    except Exception as exc:  # the error this property wants
        return True, f"writing token {capacity + 1} into capacity {capacity} raised {type(exc).__name__}: {exc}"
    return False, (f"wrote {capacity + 1} tokens into capacity {capacity} without an error "
                   f"(a cache must not wrap silently)")


def _write(cache: KVCache[Tensor], ctx: Context, start: int, count: int) -> None:
    keys, values, positions = _chunk(ctx, start, count, seed=start)
    cache.update(0, keys, values, positions)



def _name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")
