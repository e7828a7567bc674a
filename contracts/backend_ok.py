"""Backends that conform: mypy must accept each as a tttv2.backend.Backend."""

from __future__ import annotations

from tttv2.backend import Backend, GenerationSteps, register_backend
from tttv2.backends.torch import TorchBackend, TorchSteps
from tttv2.backends.ttnn import TTNNBackend


class RecordingBackend(TorchBackend):
    """A user's backend reusing the torch one: a new name, the same hardware."""

    name: str = "recording"


torch_backend: Backend = TorchBackend()
ttnn_backend: Backend = TTNNBackend()
recording: Backend = register_backend(RecordingBackend(), replace=True)


def steps_conform(steps: TorchSteps) -> GenerationSteps:
    return steps
