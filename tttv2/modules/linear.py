"""Projections (category ``linear``): the dense built-in every module uses unless the spec names another."""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2 import native
from tttv2.protocols import LinearFactory
from tttv2.registry import default_registry

NATIVE_GEMV_DTYPES = (torch.float32, torch.bfloat16)


class NativeGemv:
    """What the built-ins that multiply by a dense weight share: with ``native_gemv`` set (by
    :func:`use_native_gemv`, as ``load_pretrained`` does on the CPU), a decode step's product runs tttv2's native
    GEMV instead of torch's linear."""

    native_gemv: bool = False

    def project(self, x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
        """``F.linear(x, weight, bias)``; through :func:`tttv2.native.dense_matmul` for at most
        ``DENSE_MAX_ROWS`` rows of float32 or bfloat16 on the CPU where ``native_gemv`` is set (and the weight is
        contiguous: a tensor-parallel part may be a strided view)."""
        if (self.native_gemv and x.device.type == "cpu" and x.dtype == weight.dtype and x.dtype in NATIVE_GEMV_DTYPES
                and x.numel() <= native.DENSE_MAX_ROWS * x.shape[-1] and weight.is_contiguous()
                and (bias is None or bias.is_contiguous())):
            rows = x.reshape(-1, x.shape[-1]).contiguous()
            return native.dense_matmul(rows, weight, bias).reshape(*x.shape[:-1], weight.shape[0])
        return F.linear(x, weight, bias)


def use_native_gemv(model: nn.Module) -> int:
    """Send the decode-step products of ``model``'s built-in dense projections and tied heads through tttv2's
    native GEMV where its kernels build (:func:`tttv2.native.kernels_available`); returns how many modules."""
    if not native.kernels_available():
        return 0
    switched = [module for module in model.modules() if isinstance(module, NativeGemv)]
    for module in switched:
        module.native_gemv = True
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
