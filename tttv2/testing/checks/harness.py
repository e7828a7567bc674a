"""The machinery every category's checks share: inputs, calls, and the generic behavioural properties."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import attrs
import torch
from torch import Tensor

from tttv2.testing.guard import ModuleEscaped, TimedOut, call_guarded, where
from tttv2.testing.numerics import Tolerance, Tolerances, closeness
from tttv2.testing.report import PropertyResult
from tttv2.testing.subjects import SEQ_LEN, Subject

Outputs = tuple[Tensor, ...]
CheckBody = Callable[[], tuple[bool, str]]
DTYPES = (torch.float32, torch.bfloat16)
"""The activation dtypes whose shape and dtype the kit checks."""


@attrs.define
class Guard:
    """The time limit of each property, and the first property that overran it: later properties are not run.

    A timed-out property's thread cannot be stopped and may still be changing the module's state or
    holding the CPU, so later results would mean little, and each would cost another full time limit.
    """

    timeout: float | None
    abandoned: str | None = None


@attrs.frozen
class Context:
    """Everything a category's checks need: the subject, sizes, device, tolerances and the optional reference."""

    subject: Subject
    dims: Mapping[str, int | float]
    device: torch.device
    tolerances: Tolerances
    guard: Guard
    reference: object | None = None
    seq_len: int = SEQ_LEN

    def dim(self, name: str) -> int:
        return int(self.dims[name])

    @property
    def batch(self) -> int:
        return self.dim("batch_size")

    def randn(self, shape: Sequence[int], dtype: torch.dtype, seed: int) -> Tensor:
        """Standard normal values from a seeded CPU generator (same numbers on every device), on the device."""
        generator = torch.Generator().manual_seed(seed)
        return torch.randn(tuple(shape), generator=generator, dtype=torch.float32).to(self.device, dtype)

    def randint(self, high: int, shape: Sequence[int], seed: int) -> Tensor:
        generator = torch.Generator().manual_seed(seed)
        return torch.randint(0, high, tuple(shape), generator=generator).to(self.device)

    def positions(self, batch: int, seq: int, start: int = 0) -> Tensor:
        """Absolute positions ``[batch, seq]``: ``start .. start + seq - 1`` in every row."""
        return torch.arange(start, start + seq, device=self.device).expand(batch, seq).contiguous()


@attrs.frozen
class Call:
    """Arguments for one call of a contract method: positional tensors (None allowed) and keyword tensors."""

    args: tuple[Tensor | None, ...]
    kwargs: Mapping[str, Tensor] = attrs.field(factory=dict)

    def rows(self, start: int, stop: int) -> Call:
        """The same call restricted to batch rows ``start:stop``."""
        return self._map(lambda t: t[start:stop])

    def splice(self, other: Call, axis: int, chosen: Tensor) -> Call:
        """This call with the entries ``chosen`` (a boolean vector) along ``axis`` taken from ``other``."""
        others = iter([t for t in (*other.args, *other.kwargs.values()) if t is not None])

        def take(mine: Tensor) -> Tensor:
            theirs = next(others)
            assert theirs is not None and theirs.shape == mine.shape  # both made by the same input factory
            if mine.dim() <= axis:
                return mine
            shape = [1] * mine.dim()
            shape[axis] = -1
            return torch.where(chosen.to(mine.device).view(shape), theirs, mine)

        return self._map(take)

    def _map(self, change: Callable[[Tensor], Tensor]) -> Call:
        args = tuple(None if a is None else change(a) for a in self.args)
        return Call(args, {k: change(v) for k, v in self.kwargs.items()})


@attrs.frozen
class Expected:
    """The shape an output must have and the dtypes it may have."""

    shape: tuple[int, ...]
    dtypes: tuple[torch.dtype, ...]


@attrs.frozen
class Probe:
    """How the kit exercises one category's contract: make inputs, call the method, what comes out."""

    method: str
    inputs: Callable[[Context, torch.dtype, int, int], Call]
    """``(context, dtype, batch, seed)`` -> arguments."""
    expect: Callable[[Context, Call, torch.dtype], tuple[Expected, ...]]
    axes: tuple[tuple[str, ...], ...]
    """Axis names of each output, for messages."""
    seq_axis: int | None = 1
    """The axis of positions in the inputs and outputs (None: the contract has no sequence)."""

    def call(self, target: object, call: Call, contract: type | None = None) -> Outputs:
        """Call the contract method on ``target``; a plain callable (a reference) is called directly."""
        if contract is not None and not isinstance(target, contract) and callable(target):
            return as_outputs(target(*call.args, **call.kwargs))
        method = getattr(target, self.method)
        return as_outputs(method(*call.args, **call.kwargs))


def run_property(ctx: Context, name: str, body: CheckBody) -> PropertyResult:
    """Run one property check in a worker thread (:mod:`tttv2.testing.guard`); whatever the module under
    test does, raising SystemExit or KeyboardInterrupt or hanging included, is itself the failure reported."""
    if ctx.guard.abandoned is not None:
        return PropertyResult(name, False, f"not run: {ctx.guard.abandoned!r} timed out and its thread still runs")
    try:
        passed, message = call_guarded(body, ctx.guard.timeout)
    except TimedOut as exc:
        ctx.guard.abandoned = name
        return PropertyResult(name, False, str(exc))
    except ModuleEscaped as exc:
        return PropertyResult(name, False, f"raised {exc}, which would stop the caller instead of reporting an error")
    except Exception as exc:  # the kit's job is to report what the module did, raising included
        return PropertyResult(name, False, f"raised {type(exc).__name__}: {exc}{where(exc)}")
    return PropertyResult(name, passed, message)


def as_outputs(result: object) -> Outputs:
    """A tensor or a tuple/list of tensors, as a tuple; anything else is a contract violation."""
    if isinstance(result, Tensor):
        return (result,)
    if isinstance(result, (tuple, list)) and all(isinstance(r, Tensor) for r in result):
        return tuple(result)
    raise TypeError(f"returned {type(result).__name__}, not a tensor")


def compare_outputs(actual: Outputs, expected: Outputs, tolerance: Tolerance, axes: tuple[tuple[str, ...], ...],
                    what: str = "") -> tuple[bool, str]:
    """Compare output tuples elementwise; the message names which output failed when there are several."""
    if len(actual) != len(expected):
        return False, f"returned {len(actual)} tensors, expected {len(expected)}"
    messages = []
    for index, (a, e) in enumerate(zip(actual, expected, strict=True)):
        ok, message = closeness(a, e, tolerance, axes[index] if index < len(axes) else ())
        label = f"output {index}: " if len(actual) > 1 else ""
        if not ok:
            return False, f"{what}{label}{message}"
        messages.append(f"{label}{message}")
    return True, what + "; ".join(messages)


def restrict(changed: Outputs, reference: Outputs, axis: int, kept: Tensor) -> Outputs:
    """``changed`` at the positions ``kept`` (a boolean vector along ``axis``), ``reference`` elsewhere.

    Comparing the result with ``reference`` looks at the kept positions only, and reports indices
    of the full tensor.
    """
    def one(new: Tensor, old: Tensor) -> Tensor:
        if new.shape != old.shape:
            return new  # the comparison reports the shape mismatch
        shape = [1] * new.dim()
        shape[axis] = -1
        return torch.where(kept.to(new.device).view(shape), new, old)

    return tuple(one(new, old) for new, old in zip(changed, reference, strict=False))


# -- generic properties ---------------------------------------------------------------------------

def shape_dtype(ctx: Context, probe: Probe, dtypes: Sequence[torch.dtype] = DTYPES) -> PropertyResult:
    """Outputs have the contract's shapes and dtypes, for fp32 and bf16 modules and inputs."""

    def body() -> tuple[bool, str]:
        seen = []
        for dtype in dtypes:
            module = ctx.subject.make(dtype)
            call = probe.inputs(ctx, dtype, ctx.batch, 1)
            outputs = probe.call(module, call)
            expected = probe.expect(ctx, call, dtype)
            if len(outputs) != len(expected):
                return False, f"{_dtype_name(dtype)}: returned {len(outputs)} tensors, expected {len(expected)}"
            for output, want in zip(outputs, expected, strict=True):
                if tuple(output.shape) != want.shape:
                    return False, f"{_dtype_name(dtype)}: shape {list(output.shape)}, expected {list(want.shape)}"
                if output.dtype not in want.dtypes:
                    allowed = " or ".join(_dtype_name(d) for d in want.dtypes)
                    return False, f"{_dtype_name(dtype)} inputs: dtype {_dtype_name(output.dtype)}, expected {allowed}"
            shown = ", ".join(f"{list(o.shape)} {_dtype_name(o.dtype)}" for o in outputs)
            seen.append(f"{_dtype_name(dtype)} -> {shown}")
        return True, "; ".join(seen)

    return run_property(ctx, "shape-dtype", body)


def device_placement(ctx: Context, probe: Probe) -> PropertyResult:
    """Every output lives on the inputs' device."""

    def body() -> tuple[bool, str]:
        module = ctx.subject.make(torch.float32)
        outputs = probe.call(module, probe.inputs(ctx, torch.float32, ctx.batch, 1))
        wrong = [o.device for o in outputs if not same_device(o.device, ctx.device)]
        if wrong:
            return False, f"output on {wrong[0]}, input on {ctx.device}"
        return True, f"outputs on {ctx.device}, as the inputs"

    return run_property(ctx, "device", body)


def determinism(ctx: Context, probe: Probe, *, fresh_instances: bool = False) -> PropertyResult:
    """The same inputs give the same outputs (from two fresh copies when the module is stateful, e.g. seeded)."""

    def body() -> tuple[bool, str]:
        call = probe.inputs(ctx, torch.float32, ctx.batch, 1)
        first_module = ctx.subject.make(torch.float32)
        second_module = ctx.subject.make(torch.float32) if fresh_instances else first_module
        first = probe.call(first_module, call)
        second = probe.call(second_module, call)
        how = "two fresh copies" if fresh_instances else "two calls"
        return compare_outputs(second, first, ctx.tolerances.invariance, probe.axes, f"{how}: ")

    return run_property(ctx, "determinism", body)


def batch_independence(ctx: Context, probe: Probe) -> PropertyResult:
    """Row 0's output is the same alone and beside other neighbours."""

    def body() -> tuple[bool, str]:
        module = ctx.subject.make(torch.float32)
        base = probe.inputs(ctx, torch.float32, ctx.batch, 1)
        other = probe.inputs(ctx, torch.float32, ctx.batch, 2)
        neighbours = torch.arange(ctx.batch) > 0
        reference = probe.call(module, base)
        row0 = tuple(o[:1] for o in reference)
        changed = tuple(o[:1] for o in probe.call(module, base.splice(other, 0, neighbours)))
        ok, message = compare_outputs(changed, row0, ctx.tolerances.invariance, probe.axes,
                                      "row 0 with other neighbours: ")
        if not ok:
            return False, message
        alone = probe.call(module, base.rows(0, 1))
        ok_alone, message_alone = compare_outputs(alone, row0, ctx.tolerances.invariance, probe.axes,
                                                  "row 0 alone vs in a batch: ")
        return ok_alone, message_alone if not ok_alone else f"{message}; {message_alone}"

    return run_property(ctx, "batch-independence", body)


def position_independence(ctx: Context, probe: Probe) -> PropertyResult:
    """A position's output depends on that position's input only (position-wise contracts)."""
    assert probe.seq_axis is not None  # only position-wise probes ask for this check

    def body() -> tuple[bool, str]:
        axis = probe.seq_axis
        assert axis is not None
        module = ctx.subject.make(torch.float32)
        base = probe.inputs(ctx, torch.float32, ctx.batch, 1)
        other = probe.inputs(ctx, torch.float32, ctx.batch, 2)
        middle = ctx.seq_len // 2
        at_middle = torch.arange(ctx.seq_len) == middle
        reference = probe.call(module, base)
        others_changed = probe.call(module, base.splice(other, axis, ~at_middle))
        ok, message = compare_outputs(restrict(others_changed, reference, axis, at_middle), reference,
                                      ctx.tolerances.invariance, probe.axes,
                                      f"position {middle} when every other position changed: ")
        if not ok:
            return False, message
        middle_changed = probe.call(module, base.splice(other, axis, at_middle))
        ok_rest, message_rest = compare_outputs(restrict(middle_changed, reference, axis, ~at_middle), reference,
                                                ctx.tolerances.invariance, probe.axes,
                                                f"other positions when position {middle} changed: ")
        return ok_rest, message_rest if not ok_rest else f"{message}; {message_rest}"

    return run_property(ctx, "position-independence", body)


def causality(ctx: Context, probe: Probe) -> PropertyResult:
    """Outputs at positions <= t do not change when only later positions change, for every t."""

    def body() -> tuple[bool, str]:
        axis = probe.seq_axis
        assert axis is not None
        module = ctx.subject.make(torch.float32)
        base = probe.inputs(ctx, torch.float32, ctx.batch, 1)
        other = probe.inputs(ctx, torch.float32, ctx.batch, 2)
        reference = probe.call(module, base)
        worst = ""
        for t in range(ctx.seq_len - 1):
            later = torch.arange(ctx.seq_len) > t
            changed = probe.call(module, base.splice(other, axis, later))
            ok, message = compare_outputs(restrict(changed, reference, axis, ~later), reference,
                                          ctx.tolerances.invariance, probe.axes,
                                          f"positions 0..{t} when only positions {t + 1}.. changed: ")
            if not ok:
                return False, message
            worst = worst or message
        return True, f"checked every split point t = 0..{ctx.seq_len - 2}; e.g. {worst}"

    return run_property(ctx, "causality", body)


def matches_reference(ctx: Context, probe: Probe, contract: type | None, tolerance: Tolerance) -> PropertyResult:
    """Outputs equal the given reference's on the same inputs (fp32)."""

    def body() -> tuple[bool, str]:
        module = ctx.subject.make(torch.float32)
        call = probe.inputs(ctx, torch.float32, ctx.batch, 1)
        expected = probe.call(ctx.reference, call, contract)
        return compare_outputs(probe.call(module, call), expected, tolerance, probe.axes)

    return run_property(ctx, "matches-reference", body)


def same_device(a: torch.device, b: torch.device) -> bool:
    """Whether two devices are the same (``cuda`` and ``cuda:0`` are)."""
    return a.type == b.type and (a.index or 0) == (b.index or 0)


def _dtype_name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")
