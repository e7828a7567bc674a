"""The built-in backends: ``torch`` (cpu, cuda) and ``ttnn`` (Tenstorrent); see :mod:`tttv2.backend` for the seam.

Nothing in the core imports these packages: :func:`tttv2.backend.backend_for` imports one by its
declared path the first time a model runs on its hardware.
"""
