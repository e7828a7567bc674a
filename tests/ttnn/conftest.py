"""Fixtures for the TTNN tests: the shipped SmolLM2 checkpoint and a way to tell what this machine lacks.

This folder has no ``__init__.py`` on purpose: with one, pytest would import it as a package
named ``ttnn`` and shadow the real ttnn.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tttv2.errors import CheckpointError
from tttv2.loading import Checkpoint, open_checkpoint
from tttv2.shipped import resolve_checkpoint


@pytest.fixture(scope="session")
def smollm2() -> Iterator[Checkpoint]:
    """SmolLM2-135M's GGUF, opened (header and tensor table only)."""
    try:
        path = resolve_checkpoint("smollm2-135m")
    except CheckpointError as exc:
        pytest.skip(f"the SmolLM2 checkpoint is not installed: {exc}")
    checkpoint = open_checkpoint(path)
    yield checkpoint
    checkpoint.source.close()
