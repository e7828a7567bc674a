"""Projections (category ``linear``): the dense built-in every module uses unless the spec names another."""

from __future__ import annotations

import functools

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.protocols import LinearFactory
from tttv2.registry import default_registry


@default_registry.register_module(
    name="linear", category="linear", alias=("dense", "dense-linear"),
    description="Dense projection x @ weight.T + bias, torch.nn.Linear's parameters (weight [out, in], optional bias).",
    hardware_support=["cpu", "cuda"], tags=["dense"])
class DenseLinear(nn.Linear):
    """``torch.nn.Linear`` with a contract-shaped ``forward(x)``; no bias unless asked (decoder projections rarely have one)."""

    def __init__(self, in_features: int, out_features: int, bias: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__(in_features, out_features, bias=bias, device=device, dtype=dtype)

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight, self.bias)


def dense_factory(device: torch.device | str | None, dtype: torch.dtype | None) -> LinearFactory[Tensor]:
    """The projections of a module built directly in Python (no container): dense, on ``device``/``dtype``."""
    return functools.partial(DenseLinear, device=device, dtype=dtype)
