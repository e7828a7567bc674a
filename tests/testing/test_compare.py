"""compare / compare_tensors / @compare.against: PCC, absolute errors, verdicts and the debugging decorator."""

from __future__ import annotations

import logging

import pytest
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.modules import RotaryEmbedding
from tttv2.testing import MismatchError, compare, compare_tensors, pearson


def _x(*shape: int, seed: int = 0) -> Tensor:
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def test_identical_functions_pass_with_perfect_scores() -> None:
    x = _x(2, 5, 8)
    result = compare(torch.tanh, lambda t: torch.tanh(t.double()).float(), x)
    assert result.passed and result.pcc == pytest.approx(1.0) and result.max_abs_error < 1e-6
    assert str(result).startswith("pass: PCC 1.000000 (>= 0.9999)")


def test_small_noise_keeps_pcc_but_fails_the_elementwise_tolerance() -> None:
    x = _x(4, 64)
    result = compare(lambda t: t + 1e-3 * _x(4, 64, seed=1), lambda t: t, x)
    assert result.pcc > 0.9999 and not result.within_tolerance and not result.passed
    assert result.max_abs_error == pytest.approx(float((1e-3 * _x(4, 64, seed=1)).abs().max()), rel=1e-5)
    assert "max abs diff" in result.detail and "> atol 1e-05" in result.detail
    assert compare(lambda t: t + 1e-3 * _x(4, 64, seed=1), lambda t: t, x, atol=1e-2).passed


def test_uncorrelated_outputs_fail_on_pcc() -> None:
    result = compare(lambda t: t.flip(-1), lambda t: t, _x(4, 64), atol=10.0)
    assert result.within_tolerance and result.pcc < 0.5 and not result.passed
    assert "(< 0.9999)" in str(result)


def test_default_tolerances_follow_the_less_precise_dtype() -> None:
    x = _x(3, 16)
    result = compare(lambda t: F.silu(t.bfloat16()), F.silu, x)
    assert (result.atol, result.rtol) == (1e-5, 1.6e-2)
    assert result.passed, str(result)
    assert compare(F.silu, F.silu, x).rtol == 1.3e-6


def test_tuple_outputs_and_positional_inputs() -> None:
    rope = RotaryEmbedding(head_dim=8)
    q, k = _x(1, 4, 5, 8), _x(1, 2, 5, 8, seed=1)
    positions = torch.arange(5)[None]
    result = compare(rope.apply, lambda a, b, p: (a, b), (q, k, positions), atol=10.0, pcc=0.0)
    assert result.passed
    assert not compare(rope.apply, lambda a, b, p: (a, b), (q, k, positions)).passed


def test_shape_and_nan_mismatches_fail() -> None:
    shape = compare(lambda t: t[:, :3], lambda t: t, _x(2, 4))
    assert not shape.passed and "shape [2, 3] differs from the reference's [2, 4]" in shape.detail
    x = _x(2, 4)
    nan = compare_tensors(torch.where(x > 1, float("nan"), x), x)
    assert not nan.passed and "non-finite" in nan.detail


def test_pearson_edge_cases() -> None:
    assert pearson(torch.ones(4), torch.ones(4)) == 1.0
    assert pearson(torch.ones(4), torch.zeros(4)) == 0.0
    assert pearson(torch.arange(5.0), -torch.arange(5.0)) == pytest.approx(-1.0)


class ScaledNorm(nn.Module):
    """A module whose forward is checked on every call against a formula reading the same weights."""

    def __init__(self, bug: float = 0.0) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.linspace(0.5, 1.5, 8))
        self.bug = bug

    @compare.against(lambda self, x: F.rms_norm(x, (8,), self.weight, 1e-6))
    def forward(self, x: Tensor) -> Tensor:
        return self.weight * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6 + self.bug)


def test_against_returns_the_functions_own_result() -> None:
    x = _x(2, 3, 8)
    out = ScaledNorm().forward(x)
    torch.testing.assert_close(out, F.rms_norm(x, (8,), torch.linspace(0.5, 1.5, 8), 1e-6))
    assert out.requires_grad  # the function runs with autograd; only the reference does not


def test_against_raises_on_mismatch_with_the_numbers() -> None:
    with pytest.raises(MismatchError, match=r"ScaledNorm\.forward differs from its reference: FAIL: PCC") as caught:
        ScaledNorm(bug=0.5).forward(_x(2, 3, 8))
    assert caught.value.comparison.max_abs_error > 0.01
    assert isinstance(caught.value, AssertionError)


def test_against_can_log_instead(caplog: pytest.LogCaptureFixture) -> None:
    @compare.against(torch.tanh, on_mismatch="log")
    def not_quite_tanh(x: Tensor) -> Tensor:
        return torch.tanh(x) + 0.1

    with caplog.at_level(logging.WARNING, logger="tttv2.testing"):
        out = not_quite_tanh(_x(3))
    assert out.shape == (3,)
    assert "not_quite_tanh differs from its reference" in caplog.text
