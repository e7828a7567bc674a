"""``compare``: run a candidate and a reference on the same inputs and measure how far apart they are.

TT-Transformers' ``validate_against`` idea: PCC, max and mean absolute error, pass/fail against
tolerances, and a decorator that checks a function (a module's ``forward``) on every call while
debugging.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from typing import Literal, ParamSpec, TypeVar

import attrs
import torch
from torch import Tensor

from tttv2.errors import TTTError
from tttv2.testing.checks.harness import as_outputs
from tttv2.testing.numerics import Tolerance, closeness, pearson

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_PCC = 0.9999
"""The PCC threshold TT-Transformers uses for whole-model logits."""

logger = logging.getLogger("tttv2.testing")

# torch.testing.assert_close's defaults per dtype: the precision a dtype can be expected to keep
_DEFAULT_TOLERANCES: dict[torch.dtype, tuple[float, float]] = {
    torch.float64: (1e-7, 1e-7),
    torch.float32: (1e-5, 1.3e-6),
    torch.float16: (1e-5, 1e-3),
    torch.bfloat16: (1e-5, 1.6e-2),
}


@attrs.frozen
class Comparison:
    """How close a candidate's outputs are to a reference's: PCC, absolute errors, and the verdict.

    ``passed`` needs matching shapes, ``pcc >= min_pcc`` and every element within
    ``atol + rtol * |expected|``; ``detail`` says where the worst element is when it is not.
    """

    pcc: float
    max_abs_error: float
    mean_abs_error: float
    atol: float
    rtol: float
    min_pcc: float
    within_tolerance: bool
    detail: str

    @property
    def passed(self) -> bool:
        return self.within_tolerance and self.pcc >= self.min_pcc

    def __str__(self) -> str:
        verdict = "pass" if self.passed else "FAIL"
        pcc_relation = ">=" if self.pcc >= self.min_pcc else "<"
        return (f"{verdict}: PCC {self.pcc:.6f} ({pcc_relation} {self.min_pcc}), max abs error "
                f"{self.max_abs_error:.3g}, mean abs error {self.mean_abs_error:.3g}; {self.detail}")


class MismatchError(TTTError, AssertionError):
    """A function checked with ``compare.against`` disagreed with its reference."""

    def __init__(self, message: str, comparison: Comparison) -> None:
        super().__init__(message)
        self.comparison = comparison


def compare_tensors(actual: Tensor | Sequence[Tensor], expected: Tensor | Sequence[Tensor], *,
                    atol: float | None = None, rtol: float | None = None, pcc: float = DEFAULT_PCC) -> Comparison:
    """Compare computed outputs (a tensor or a sequence of them; shapes must match pairwise).

    ``atol``/``rtol`` default to ``torch.testing.assert_close``'s for the less precise dtype of the
    two (fp32: 1e-5 / 1.3e-6; bf16: 1e-5 / 1.6e-2). Several outputs are judged together: the
    lowest PCC, the largest error, the mean over all elements.
    """
    actuals, expecteds = as_outputs(actual), as_outputs(expected)
    if not actuals:
        raise ValueError("nothing to compare: the candidate returned no tensors")
    if len(actuals) != len(expecteds):
        raise ValueError(f"candidate returned {len(actuals)} tensors, reference {len(expecteds)}")
    default_atol, default_rtol = _defaults(actuals + expecteds)
    tolerance = Tolerance(default_atol if atol is None else atol, default_rtol if rtol is None else rtol)
    correlations: list[float] = []
    maxima: list[float] = []
    total, count = 0.0, 0
    first_detail, failure = "", None
    for index, (a, e) in enumerate(zip(actuals, expecteds, strict=True)):
        label = f"output {index}: " if len(actuals) > 1 else ""
        if tuple(a.shape) != tuple(e.shape):
            return Comparison(float("nan"), float("inf"), float("inf"), tolerance.atol, tolerance.rtol, pcc, False,
                              f"{label}shape {list(a.shape)} differs from the reference's {list(e.shape)}")
        close, message = closeness(a, e, tolerance)
        first_detail = first_detail or label + message
        if not close and failure is None:
            failure = label + message
        errors = (a.detach().double() - e.detach().double()).abs().cpu()
        errors = errors[errors.isfinite()]
        correlations.append(pearson(a, e))
        maxima.append(float(errors.max()) if errors.numel() else 0.0)
        total += float(errors.sum())
        count += errors.numel()
    return Comparison(min(correlations), max(maxima), total / max(count, 1), tolerance.atol, tolerance.rtol, pcc,
                      failure is None, failure or first_detail)


class Comparer:
    """``compare(candidate, reference, inputs)``, and ``@compare.against(reference)`` for a function."""

    def __call__(self, candidate: Callable[..., object], reference: Callable[..., object],
                 inputs: Tensor | tuple[object, ...], *, atol: float | None = None, rtol: float | None = None,
                 pcc: float = DEFAULT_PCC) -> Comparison:
        """Call both with ``inputs`` (a tensor, or a tuple of positional arguments) without autograd and compare.

        Each must return a tensor or a tuple/list of tensors; see :func:`compare_tensors` for tolerances.
        """
        arguments = inputs if isinstance(inputs, tuple) else (inputs,)
        with torch.no_grad():
            actual = as_outputs(candidate(*arguments))
            expected = as_outputs(reference(*arguments))
        return compare_tensors(actual, expected, atol=atol, rtol=rtol, pcc=pcc)

    def against(self, reference: Callable[P, object], *, atol: float | None = None, rtol: float | None = None,
                pcc: float = DEFAULT_PCC, on_mismatch: Literal["raise", "log"] = "raise",
                ) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorate a function so every call is also checked against ``reference``: a debugging aid.

        The reference gets the same arguments (``self`` too, for a method, so it can read the
        module's weights) and runs without autograd; the function's own result is returned
        unchanged. A mismatch raises :class:`MismatchError` (an AssertionError), or with
        ``on_mismatch="log"`` logs a warning on the ``tttv2.testing`` logger and goes on.
        """

        def decorate(function: Callable[P, R]) -> Callable[P, R]:
            name = getattr(function, "__qualname__", repr(function))

            @functools.wraps(function)
            def checked(*args: P.args, **kwargs: P.kwargs) -> R:
                result = function(*args, **kwargs)
                with torch.no_grad():
                    expected = reference(*args, **kwargs)
                comparison = compare_tensors(as_outputs(result), as_outputs(expected), atol=atol, rtol=rtol, pcc=pcc)
                if not comparison.passed:
                    message = f"{name} differs from its reference: {comparison}"
                    if on_mismatch == "raise":
                        raise MismatchError(message, comparison)
                    logger.warning(message)
                return result

            return checked

        return decorate


compare = Comparer()
"""Compare a candidate with a reference on the same inputs; ``@compare.against(ref)`` checks every call."""


def _defaults(tensors: Sequence[Tensor]) -> tuple[float, float]:
    chosen = [_DEFAULT_TOLERANCES.get(t.dtype, _DEFAULT_TOLERANCES[torch.float32]) for t in tensors]
    return max(c[0] for c in chosen), max(c[1] for c in chosen)
