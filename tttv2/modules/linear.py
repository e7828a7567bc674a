"""Projections (category ``linear``): the dense built-in every module uses unless the spec names another."""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2 import native
from tttv2.protocols import LinearFactory
from tttv2.registry import default_registry

NATIVE_GEMV_MAX_ROWS = {torch.float32: native.DENSE_MAX_ROWS, torch.bfloat16: 8}
"""Up to how many activation rows the native GEMV beats torch's linear, by dtype (a 2-core Zen 5, a model's
weights from DRAM: float32 2.5x at 1 row, 1.7x at 16; bfloat16 3x at 1, 1.1x at 8, and torch's avx512_bf16
GEMM ahead at 16)."""


class NativeGemv:
    """What the built-ins that multiply by a dense weight share: with ``native_gemv`` set (by
    :func:`use_native_gemv`, as ``load_pretrained`` does on the CPU), a decode step's product runs tttv2's native
    GEMV instead of torch's linear."""

    native_gemv: bool = False

    def project(self, x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
        """``F.linear(x, weight, bias)``; through :func:`tttv2.native.dense_matmul` for a few rows (see
        ``NATIVE_GEMV_MAX_ROWS``) of float32 or bfloat16 on the CPU where ``native_gemv`` is set, and the weight
        is contiguous."""
        if (self.native_gemv and x.device.type == "cpu" and x.dtype == weight.dtype
                and x.numel() <= NATIVE_GEMV_MAX_ROWS.get(x.dtype, 0) * x.shape[-1] and weight.is_contiguous()
                and (bias is None or bias.is_contiguous())):
            rows = x.reshape(-1, x.shape[-1]).contiguous()
            return native.dense_matmul(rows, weight, bias).reshape(*x.shape[:-1], weight.shape[0])
        return F.linear(x, weight, bias)


def use_native_gemv(model: nn.Module, enabled: bool = True) -> int:
    """Send the decode-step products of ``model``'s built-in dense projections and tied heads through tttv2's
    native GEMV where its kernels build (:func:`tttv2.native.kernels_available`), or with ``enabled=False``
    back through torch's linear; returns how many modules were switched."""
    if enabled and not native.kernels_available():
        return 0
    switched = [module for module in model.modules() if isinstance(module, NativeGemv)]
    for module in switched:
        module.native_gemv = enabled
    return len(switched)


@default_registry.register_module(
    name="linear", category="linear", alias=("dense", "dense-linear"),
    description="Dense projection x @ weight.T + bias, torch.nn.Linear's parameters (weight [out, in], optional bias).",
    hardware_support=["cpu", "cuda"], tags=["dense"])
class DenseLinear(nn.Linear, NativeGemv):
    """``torch.nn.Linear`` with a contract-shaped ``forward(x)``; no bias unless asked (decoder projections rarely have one)."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(in_features, out_features, bias=bias, device=device, dtype=dtype)

    def forward(self, x: Tensor) -> Tensor:
        return self.project(x, self.weight, self.bias)


def dense_factory(device: torch.device | str | None, dtype: torch.dtype | None) -> LinearFactory[Tensor]:
    """The projections of a module built directly in Python (no container): dense, on ``device``/``dtype``."""
    return functools.partial(DenseLinear, device=device, dtype=dtype)
