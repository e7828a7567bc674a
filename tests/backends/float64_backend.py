"""A third backend, written as a user would, outside tttv2: CPU in float64, counting every module call.

It takes over ``cpu`` while registered (``register_backend(..., replace=True)``), so every built-in
module resolves as usual; models it assembles hold and compute everything in float64, and it counts
devices opened and generation steps run, with the dtype of the logits each step gave. Nothing under
``tttv2/`` knows it exists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import attrs
import torch
from torch import Tensor

from tttv2.backend import GenerationSteps, ModelParts
from tttv2.backends.torch import TorchBackend
from tttv2.loading import Checkpoint, Progress, assign_weights
from tttv2.model import DecoderModel


@attrs.define
class CountingSteps:
    """The torch backend's steps, counted."""

    inner: GenerationSteps
    calls: Counter[str]

    def prefill(self) -> Tensor:
        return self._counted("prefill", self.inner.prefill())

    def decode(self, tokens: Tensor) -> Tensor:
        return self._counted("decode", self.inner.decode(tokens))

    def _counted(self, step: str, logits: Tensor) -> Tensor:
        self.calls[f"{step} {logits.dtype}"] += 1
        return logits


class Float64Backend:
    """CPU, every weight and activation in float64; ``calls`` counts devices opened and generation steps."""

    name: str = "float64-cpu"
    hardware: tuple[str, ...] = ("cpu",)
    runtime_keywords: frozenset[str] = frozenset()
    checks_on_meta: bool = True

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self._torch = TorchBackend()

    def open_device(self, device: str) -> object:
        self.calls["open_device"] += 1
        return None

    def close_device(self, handle: object) -> None:
        """Nothing to release."""

    def build_device(self, device: str, *, on_meta: bool) -> torch.device:
        return torch.device("meta") if on_meta else torch.device("cpu")

    def runtime_arguments(self, handle: object) -> Mapping[str, object]:
        return {}

    def assemble(self, parts: ModelParts, *, dtype: torch.dtype, on_meta: bool) -> DecoderModel:
        self.calls["assemble"] += 1
        return self._torch.assemble(parts, dtype=torch.float64, on_meta=on_meta)

    def load_weights(self, model: DecoderModel, checkpoint: Checkpoint, *, device: str, dtype: torch.dtype,
                     progress: Progress | None, check_finite: bool) -> None:
        assign_weights(model, checkpoint, device=torch.device("cpu"), dtype=torch.float64, progress=progress,
                       check_finite=check_finite)

    def start_generation(self, model: DecoderModel, prompts: Sequence[Sequence[int]], *, capacity: int,
                         pad_id: int) -> GenerationSteps:
        inner = self._torch.start_generation(model, prompts, capacity=capacity, pad_id=pad_id)
        return CountingSteps(inner=inner, calls=self.calls)


class Float64OwnHardware(Float64Backend):
    """The same backend under a hardware name of its own, as an entry point would add one."""

    name: str = "float64"
    hardware: tuple[str, ...] = ("f64",)
