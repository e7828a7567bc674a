"""pytest plugin (entry point ``pytest11: tttv2``): the conformance kit as fixtures, and container hygiene.

Loaded by every pytest run in an environment where tttv2 is installed, so it only defines fixtures.

    def test_my_norm(tttv2_check):
        assert tttv2_check(MyNorm, "norm").passed

    def test_swap(tttv2_container):
        container = tttv2_container(spec)             # overrides and singletons reset after the test
        container.attention.override(providers.Factory(MyKernel))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import torch

from tttv2.container import ModelContainer
from tttv2.spec import ModelSpec
from tttv2.testing.check import assert_conforms, check_module
from tttv2.testing.compare import Comparer, compare
from tttv2.testing.report import CheckReport


@pytest.fixture
def tttv2_check() -> Callable[..., CheckReport]:
    """:func:`tttv2.testing.check_module`: ``tttv2_check(target, category, config)`` returns a report."""
    return check_module


@pytest.fixture
def tttv2_assert_conforms() -> Callable[..., CheckReport]:
    """:func:`tttv2.testing.assert_conforms`: fails the test listing every property that failed."""
    return assert_conforms


@pytest.fixture
def tttv2_compare() -> Comparer:
    """:data:`tttv2.testing.compare`: ``tttv2_compare(candidate, reference, inputs)`` and ``.against``."""
    return compare


@pytest.fixture(autouse=True)
def _tttv2_reset_container_class() -> Iterator[None]:
    """Undo overrides made on ``ModelContainer``'s class providers, which would leak into every later container."""
    yield
    ModelContainer.reset_override()
    for provider in ModelContainer.providers.values():
        provider.reset_override()


@pytest.fixture
def tttv2_container() -> Iterator[Callable[..., ModelContainer]]:
    """Make ``ModelContainer``s whose overrides and singletons are reset when the test ends."""
    made: list[ModelContainer] = []

    def make(spec: ModelSpec, device: str = "cpu", dtype: torch.dtype = torch.float32) -> ModelContainer:
        container = ModelContainer(spec=spec, device=device, dtype=dtype)
        made.append(container)
        return container

    yield make
    for container in made:
        container.reset_override()
        container.reset_singletons()
