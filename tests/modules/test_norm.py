"""RMSNorm, Gemma's RMSNorm(1 + w) and LayerNorm against transformers' norms and float64 formulas."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor, nn
from transformers.models.gemma3.modeling_gemma3 import Gemma3RMSNorm
from transformers.models.llama.modeling_llama import LlamaRMSNorm

from tttv2.errors import ConfigError
from tttv2.modules import LayerNorm, OffsetRMSNorm, RMSNorm
from tttv2.protocols import Norm

from .helpers import randn, seeded

ATOL, RTOL = 1e-6, 1e-5  # fp32 vs float64: one mean over 48 squares and an rsqrt
HF_ATOL, HF_RTOL = 0.0, 0.0  # same fp32 ops in the same order as transformers: bit-identical
BF16_ATOL, BF16_RTOL = 0.0, 0.0  # bf16: both upcast to fp32 and round once at the same point

HIDDEN = 48
SHAPE = (2, 7, HIDDEN)


def weights(seed: int, offset: float) -> Tensor:
    return randn(seeded(seed), HIDDEN) * 0.5 + offset


def with_weight(norm: nn.Module, weight: Tensor) -> nn.Module:
    with torch.no_grad():
        norm.weight.copy_(weight)
    return norm


def rms_reference(x: Tensor, scale: Tensor, eps: float) -> Tensor:
    x64 = x.double()
    return x64 / torch.sqrt(x64.pow(2).sum(-1, keepdim=True) / x.shape[-1] + eps) * scale.double()


@pytest.mark.parametrize("eps", [1e-6, 1e-2])
def test_rms_norm_matches_float64_formula(eps: float) -> None:
    weight = weights(0, 1.0)
    norm = with_weight(RMSNorm(hidden_dim=HIDDEN, eps=eps), weight)
    x = randn(seeded(1), *SHAPE) * 3
    torch.testing.assert_close(norm(x), rms_reference(x, weight, eps).float(), atol=ATOL, rtol=RTOL)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_rms_norm_matches_llama_rms_norm(dtype: torch.dtype) -> None:
    weight = weights(2, 1.0)
    ours = with_weight(RMSNorm(hidden_dim=HIDDEN, eps=1e-5, dtype=dtype), weight.to(dtype))
    theirs = with_weight(LlamaRMSNorm(HIDDEN, eps=1e-5).to(dtype), weight.to(dtype))
    x = randn(seeded(3), *SHAPE, dtype=dtype)
    out = ours(x)
    assert out.dtype == dtype and out.shape == x.shape
    torch.testing.assert_close(out, theirs(x), atol=HF_ATOL, rtol=HF_RTOL)


def test_offset_rms_norm_matches_float64_formula() -> None:
    weight = weights(4, 0.0)
    norm = with_weight(OffsetRMSNorm(hidden_dim=HIDDEN, eps=1e-6), weight)
    x = randn(seeded(5), *SHAPE)
    torch.testing.assert_close(norm(x), rms_reference(x, 1.0 + weight.double(), 1e-6).float(), atol=ATOL, rtol=RTOL)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_offset_rms_norm_matches_gemma3_rms_norm(dtype: torch.dtype) -> None:
    weight = weights(6, 0.0).to(dtype)
    ours = with_weight(OffsetRMSNorm(hidden_dim=HIDDEN, eps=1e-6, dtype=dtype), weight)
    theirs = with_weight(Gemma3RMSNorm(HIDDEN, eps=1e-6).to(dtype), weight)
    x = randn(seeded(7), *SHAPE, dtype=dtype) * 5
    out = ours(x)
    assert out.dtype == dtype and out.shape == x.shape
    torch.testing.assert_close(out, theirs(x), atol=BF16_ATOL if dtype == torch.bfloat16 else HF_ATOL,
                               rtol=BF16_RTOL if dtype == torch.bfloat16 else HF_RTOL)


def test_fresh_offset_norm_equals_fresh_rms_norm() -> None:
    x = randn(seeded(8), *SHAPE)
    torch.testing.assert_close(OffsetRMSNorm(hidden_dim=HIDDEN)(x), RMSNorm(hidden_dim=HIDDEN)(x), atol=ATOL, rtol=RTOL)


def test_norms_act_on_the_last_axis_of_head_shaped_input() -> None:
    x = randn(seeded(9), 2, 3, 5, 8)  # [batch, heads, seq, head_dim], as q/k norm uses it
    weight = randn(seeded(10), 8) + 1.0
    norm = with_weight(RMSNorm(hidden_dim=8), weight)
    torch.testing.assert_close(norm(x), rms_reference(x, weight, 1e-6).float(), atol=ATOL, rtol=RTOL)


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_layer_norm_matches_float64_formula(bias: bool, dtype: torch.dtype) -> None:
    norm = LayerNorm(hidden_dim=HIDDEN, eps=1e-5, bias=bias)
    with torch.no_grad():
        norm.weight.copy_(weights(11, 1.0))
        if norm.bias is not None:
            norm.bias.copy_(weights(12, 0.0))
    assert (norm.bias is not None) == bias
    norm = norm.to(dtype)
    x = randn(seeded(13), *SHAPE) * 2 + 0.7  # a non-zero mean, so centring matters
    x64 = x.to(dtype).double()
    centred = x64 - x64.mean(-1, keepdim=True)
    expected = centred / torch.sqrt(centred.pow(2).mean(-1, keepdim=True) + 1e-5) * norm.weight.double()
    if norm.bias is not None:
        expected = expected + norm.bias.double()
    out = norm(x.to(dtype))
    assert out.dtype == dtype
    tolerance = {"atol": 3e-2, "rtol": 1e-2} if dtype == torch.bfloat16 else {"atol": 1e-5, "rtol": 1e-5}
    torch.testing.assert_close(out.double(), expected, **tolerance)  # bf16: output rounding of values up to ~4


@pytest.mark.parametrize("cls", [RMSNorm, OffsetRMSNorm, LayerNorm])
def test_fp32_weights_keep_a_bf16_input_in_bf16(cls: type) -> None:
    norm = cls(hidden_dim=HIDDEN)
    with torch.no_grad():
        norm.weight.copy_(weights(14, 0.0 if cls is OffsetRMSNorm else 1.0))
    x = randn(seeded(15), *SHAPE, dtype=torch.bfloat16)
    out = norm(x)
    assert out.dtype == torch.bfloat16
    torch.testing.assert_close(out.float(), norm(x.float()), atol=3e-2, rtol=1e-2)  # bf16 rounding, values up to ~4


@pytest.mark.parametrize("norm", [RMSNorm(hidden_dim=4), OffsetRMSNorm(hidden_dim=4), LayerNorm(hidden_dim=4)])
def test_built_ins_conform_to_the_contract(norm: object) -> None:
    assert isinstance(norm, Norm)


@pytest.mark.parametrize("cls", [RMSNorm, OffsetRMSNorm, LayerNorm])
@pytest.mark.parametrize(("hidden_dim", "eps"), [(0, 1e-6), (8, 0.0), (-3, 1e-6)])
def test_bad_settings_raise_config_error_with_values(cls: type, hidden_dim: int, eps: float) -> None:
    with pytest.raises(ConfigError, match=f"hidden_dim={hidden_dim}, eps={eps}"):
        cls(hidden_dim=hidden_dim, eps=eps)
