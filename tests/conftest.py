"""Shared fixtures: a small but non-degenerate spec (GQA, odd sizes) and an isolated registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tttv2.registry import Registry, default_registry, use_registry
from tttv2.spec import Dimensions, ModelSpec

pytest_plugins = ["pytester"]


@pytest.fixture
def small_dims() -> Dimensions:
    return Dimensions(vocab_size=97, hidden_dim=48, num_layers=3, num_heads=6, num_kv_heads=2, head_dim=8,
                      intermediate_dim=80, max_seq_len=64)


@pytest.fixture
def small_spec(small_dims: Dimensions) -> ModelSpec:
    return ModelSpec.create(dims=small_dims, name="small")


@pytest.fixture
def isolated_registry() -> Iterator[Registry]:
    """A copy of the default registry (built-ins included) that the test may change freely."""
    with use_registry(default_registry.copy()) as registry:
        yield registry
