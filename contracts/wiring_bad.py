"""Wiring mistakes mypy must reject, each with its expected error code."""

from __future__ import annotations

from torch import Tensor

from tttv2 import ModelContainer, ModelSpec, override_slot
from tttv2.spec import Dimensions


class NotAKernel:
    def compute(self, q: Tensor) -> Tensor:
        return q


class NotANorm:
    def forward(self, x: int) -> int:
        return x


dims = Dimensions(vocab_size=16, hidden_dim=8, num_layers=1, num_heads=2, num_kv_heads=1, head_dim=4, intermediate_dim=8)
container = ModelContainer(spec=ModelSpec.create(dims=dims))
override_slot(container.attention, NotAKernel)  # type: ignore[arg-type]
override_slot(container.norm, NotANorm)  # type: ignore[arg-type]
bad_dims = Dimensions(vocab_size=16, hidden_dim=8)  # type: ignore[call-arg]
