"""Comparison tolerances derived from the dtype, the reduction length and the magnitude of the values compared.

A sum of ``n`` terms rounded in ``dtype`` carries an error of about ``sqrt(n) * eps * |terms|`` when the rounding
errors are independent (the worst case is ``n * eps``; Higham, *Accuracy and Stability of Numerical Algorithms*,
§3.1 and §2.8). Two computations of the same value that sum in different orders — another thread count, another
GEMM blocking, a decode step instead of a full forward — therefore differ by a few times that. A fixed ``1e-5``
ignores all three factors: it held single-threaded and failed with 2 threads on an output of magnitude 40.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor

from tttv2.spec import Dimensions

SAFETY = 8.0
"""Room above the ``sqrt(n)`` estimate: errors of chained reductions are not fully independent, and a tensor's
largest error sits in the tail of the distribution. Measured over the module, container and README tests: the
worst error was 0.053 of the bound, with 1 thread and with 2."""


def reordered(expected: Tensor, reduction_length: int, dtype: torch.dtype | None = None) -> dict[str, float]:
    """``atol``/``rtol`` keywords for ``torch.testing.assert_close`` when only the rounding order differs.

    ``reduction_length`` is the number of terms summed along the longest chain of reductions that feeds one output
    element (a linear layer over ``k`` inputs adds ``k``; a block adds each of its projections, the attention
    scores, the softmax-weighted sum over keys and the FFN). ``dtype`` is the dtype the computation ran in (by
    default ``expected``'s); the absolute part scales with the largest ``|expected|``, since intermediate values
    of that magnitude set the size of an ulp.
    """
    if reduction_length < 1:
        raise ValueError(f"reduction_length must be at least 1, got {reduction_length}")
    eps = torch.finfo(dtype or expected.dtype).eps
    relative = SAFETY * math.sqrt(reduction_length) * eps
    magnitude = float(expected.detach().abs().max()) if expected.numel() else 1.0
    return {"atol": relative * max(magnitude, 1.0), "rtol": relative}


def block_reduction_length(*, hidden: int, heads: int, head_dim: int, intermediate: int, keys: int) -> int:
    """The longest reduction chain through one decoder block: projections, scores, weighted sum, output, FFN."""
    return hidden + head_dim + keys + heads * head_dim + hidden + intermediate


def assert_reordered_close(actual: Tensor, expected: Tensor, reduction_length: int) -> None:
    """``torch.testing.assert_close`` with the tolerance of :func:`reordered`."""
    tolerance = reordered(expected, reduction_length, actual.dtype)
    torch.testing.assert_close(actual, expected, atol=tolerance["atol"], rtol=tolerance["rtol"])


def model_reduction_length(dims: Dimensions, *, keys: int) -> int:
    """The longest reduction chain through a whole decoder: every block, then the LM head over the hidden size."""
    per_block = block_reduction_length(hidden=dims.hidden_dim, heads=dims.num_heads, head_dim=dims.head_dim,
                                       intermediate=dims.intermediate_dim, keys=keys)
    return dims.num_layers * per_block + dims.hidden_dim
