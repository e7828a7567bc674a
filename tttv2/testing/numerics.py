"""Tolerances with their reasons, and the closeness measures every check and comparison reports."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import torch
from torch import Tensor


@attrs.frozen
class Tolerance:
    """``|actual - expected| <= atol + rtol * |expected|`` elementwise, and why these numbers."""

    atol: float
    rtol: float
    reason: str = ""


INVARIANCE = Tolerance(
    1e-5, 1e-5, "fp32, outputs of order 1: the same arithmetic, but another batch size or input may change GEMM "
    "blocking and reduction order (built-ins on CPU: <= 1.2e-7)")
CACHE = Tolerance(
    1e-5, 1e-4, "fp32: decode calls the kernel with q_len 1 and an explicit mask where the full forward makes one "
    "causal call, so sums run in another order; a block adds norms and an FFN (built-ins on CPU: <= 1e-6)")
REFERENCE_FP32 = Tolerance(
    1e-5, 1e-5, "fp32 module against a reference (float64 for attention kernels): another rounding and reduction "
    "order, outputs of order 1 (built-in kernels on CPU: <= 3.6e-7)")
REFERENCE_BF16 = Tolerance(
    2e-2, 2e-2, "bf16: an 8-bit mantissa; kernel and reference outputs are each rounded to bf16 (one ulp is 7.8e-3 "
    "on [1, 2)) and fused kernels also round softmax weights (built-in kernels on CPU: <= 7.8e-3, one ulp)")
ROTARY = Tolerance(
    1e-4, 1e-4, "fp32 rotary angles: position x frequency rounds differently at another offset, about 1e-6 rad "
    "per unit of position; scores of order 3 (built-in rotaries on CPU: <= 1.9e-6)")


@attrs.frozen(kw_only=True)
class Tolerances:
    """The tolerances of :func:`tttv2.testing.check_module`; ``attrs.evolve`` one to loosen a single check."""

    invariance: Tolerance = INVARIANCE
    """Determinism, batch/position independence, causality, grouped K/V, cache contents."""
    cache: Tolerance = CACHE
    """Cache-consistency: decoding through a KV cache vs the full-sequence forward."""
    reference_fp32: Tolerance = REFERENCE_FP32
    """Agreement with a reference in fp32 (attention kernels: the float64 reference kernel)."""
    reference_bf16: Tolerance = REFERENCE_BF16
    """Attention kernels in bf16 against the reference."""
    rotary: Tolerance = ROTARY
    """Relative-position property of rotary encodings."""


def closeness(actual: Tensor, expected: Tensor, tolerance: Tolerance, axes: Sequence[str] = ()) -> tuple[bool, str]:
    """Whether ``actual`` is within ``tolerance`` of ``expected``, and a message with the numbers and where."""
    if tuple(actual.shape) != tuple(expected.shape):
        return False, f"shape {list(actual.shape)} differs from the expected {list(expected.shape)}"
    a = actual.detach().to("cpu", torch.float64)
    e = expected.detach().to("cpu", torch.float64)
    nonfinite = _nonfinite_mismatch(a, e, axes)
    if nonfinite is not None:
        return False, nonfinite
    same = (a == e) | (a.isnan() & e.isnan())  # equal infinities and matching NaNs count as equal
    diff = torch.where(same, torch.zeros_like(a), (a - e).abs())
    if diff.numel() == 0:
        return True, "empty output, nothing to compare"
    max_diff = float(diff.max())
    excess = diff - (tolerance.atol + tolerance.rtol * torch.where(same, torch.zeros_like(e), e.abs()))
    worst = int(torch.argmax(excess))
    if float(excess.flatten()[worst]) <= 0:
        return True, f"max abs diff {max_diff:.2g} (atol {tolerance.atol:g}, rtol {tolerance.rtol:g})"
    index = _unravel(worst, tuple(a.shape))
    return False, (f"max abs diff {max_diff:.2g} > atol {tolerance.atol:g} + rtol {tolerance.rtol:g}·|expected| "
                   f"at {describe_index(index, axes)} "
                   f"(got {float(a.flatten()[worst]):.4g}, expected {float(e.flatten()[worst]):.4g})")


def pearson(actual: Tensor, expected: Tensor) -> float:
    """Pearson correlation of two same-shaped tensors over their finite elements, in float64.

    Two constant tensors correlate 1.0 if equal and 0.0 otherwise (the coefficient is undefined
    there; this is TT-Transformers' ``comp_pcc`` convention).
    """
    a = actual.detach().to("cpu", torch.float64).flatten()
    e = expected.detach().to("cpu", torch.float64).flatten()
    finite = a.isfinite() & e.isfinite()
    a, e = a[finite], e[finite]
    if a.numel() == 0:
        return 1.0
    a_centred, e_centred = a - a.mean(), e - e.mean()
    a_norm, e_norm = float(a_centred.norm()), float(e_centred.norm())
    if a_norm == 0.0 or e_norm == 0.0:
        return 1.0 if torch.equal(a, e) else 0.0
    return float(torch.dot(a_centred, e_centred)) / (a_norm * e_norm)


def describe_index(index: Sequence[int], axes: Sequence[str] = ()) -> str:
    """``[batch 0, position 3, feature 5]`` when axis names fit the index, else ``[0, 3, 5]``."""
    if len(axes) == len(index):
        return "[" + ", ".join(f"{name} {i}" for name, i in zip(axes, index, strict=True)) + "]"
    return "[" + ", ".join(str(i) for i in index) + "]"


def _nonfinite_mismatch(actual: Tensor, expected: Tensor, axes: Sequence[str]) -> str | None:
    mismatch = (actual.isnan() != expected.isnan()) | (actual.isinf() & (actual != expected)) | (
        expected.isinf() & (actual != expected))
    if not bool(mismatch.any()):
        return None
    first = _unravel(int(torch.nonzero(mismatch.flatten())[0]), tuple(actual.shape))
    count = int(mismatch.sum())
    return (f"{count} non-finite value(s) differ, first at {describe_index(first, axes)}: "
            f"got {float(actual[first]):.4g}, expected {float(expected[first]):.4g}")


def _unravel(flat: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    index = []
    for size in reversed(shape):
        index.append(flat % size)
        flat //= size
    return tuple(reversed(index))
