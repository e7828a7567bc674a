"""The torch backend: cpu and cuda devices, models of torch modules (see :class:`TorchBackend`)."""

from __future__ import annotations

from tttv2.backends.torch.backend import TorchBackend, TorchSteps

__all__ = ["TorchBackend", "TorchSteps"]
