"""Backends that do not conform: mypy must reject each marked line with exactly the expected error code."""

from __future__ import annotations

from tttv2.backend import Backend, GenerationSteps
from tttv2.backends.torch import TorchBackend
from tttv2.model import DecoderModel


class NoStart(TorchBackend):
    """A start that takes no prompts and returns no steps."""

    def start_generation(self, model: DecoderModel) -> int:  # type: ignore[override]
        return 0


class HardwareAsString:
    name = "text"
    hardware = "cpu"


class DecodesNothing:
    def prefill(self) -> object:
        return None


wrong_steps: Backend = NoStart()  # type: ignore[assignment]
not_a_backend: Backend = HardwareAsString()  # type: ignore[assignment]
not_steps: GenerationSteps = DecodesNothing()  # type: ignore[assignment]
