"""A plain-torch float64 reference for the native GGUF block kernels, written blockwise, and its error bounds.

Two bounds, both derived rather than guessed. Against a reference that quantizes the activations the same way
(per block of 32: ``d = max|x| / 127``, codes ``round(x / d)``), only float32 accumulation differs: the integer
dot products are exact, the AVX2 path converts each lane's 4-product partial sum to float and multiplies it by
the block's two scales (two roundings), then sums at most ``blocks + 6`` times, so the error is within
``(blocks + 8) * 2**-24`` times the sum of the partial sums' magnitudes (the portable loop's terms are whole blocks,
which that bounds too). Against the exact product of the unquantized activations, each activation moves by at
most half its block's step ``d / 2``, which adds ``sum_i |w_i| d_i / 2``.
"""

from __future__ import annotations

import torch
from torch import Tensor

BLOCK = 32
FP32_UNIT = 2.0 ** -24


def quantized_activations(x: Tensor) -> Tensor:
    """What the kernel multiplies by, in float64: each block's int8 codes times its scale, computed in float32."""
    blocks = x.reshape(x.shape[0], -1, BLOCK)
    amax = blocks.abs().amax(dim=-1)
    scale = amax / torch.full_like(amax, 127)  # a true division: torch multiplies by 1/127 for a Python scalar
    inverse = torch.where(scale != 0, 1 / scale, torch.zeros_like(scale))
    codes = torch.round(blocks * inverse[..., None])
    return (codes.double() * scale.double()[..., None]).reshape(x.shape)


def accumulation_bound(xq: Tensor, weight: Tensor) -> Tensor:
    """float32 summation error of the kernel: ``(blocks + 8) u`` times the sum of |4-product partial sums|."""
    blocks, lanes = weight.shape[1] // BLOCK, weight.shape[1] // 4
    terms = (xq.reshape(xq.shape[0], 1, lanes, 4) * weight.reshape(1, weight.shape[0], lanes, 4)).sum(-1)
    return (blocks + 8) * FP32_UNIT * terms.abs().sum(-1) + 1e-30


def rounding_bound(x: Tensor, weight: Tensor) -> Tensor:
    """How far int8 activations move the product: half a block step per activation, times |w|."""
    step = (x.reshape(x.shape[0], -1, BLOCK).abs().amax(-1) / 127).double().repeat_interleave(BLOCK, dim=1)
    return (step / 2) @ weight.abs().T


def assert_within(actual: Tensor, expected: Tensor, bound: Tensor) -> None:
    excess = (actual.double() - expected).abs() - bound
    assert float(excess.max()) <= 0, f"error exceeds the bound by {float(excess.max()):.3g} at {int(excess.argmax())}"
