"""The TTNN backend: Tenstorrent devices, models of the TTNN modules in :mod:`tttv2.ttnn`."""

from __future__ import annotations

from tttv2.backends.ttnn.backend import TTNNBackend

__all__ = ["TTNNBackend"]
