"""The pytest plugin: kit fixtures exist, container overrides never leak into the next test."""

from __future__ import annotations

import pytest

INNER = '''
from dependency_injector import providers
from tttv2 import ModelContainer, ModelSpec
from tttv2.modules import EagerAttention, SDPAAttention
from tttv2.spec import Dimensions

SPEC = ModelSpec.create(dims=Dimensions(vocab_size=20, hidden_dim=8, num_layers=1, num_heads=2, num_kv_heads=1,
                                        head_dim=4, intermediate_dim=8))

def test_1_override_the_class_and_an_instance(tttv2_container):
    ModelContainer.attention.override(providers.Factory(EagerAttention))
    container = tttv2_container(SPEC)
    assert isinstance(container.attention(), EagerAttention)

def test_2_nothing_leaked(tttv2_check):
    assert isinstance(ModelContainer(spec=SPEC).attention(), SDPAAttention)
    assert tttv2_check("rms-norm", "norm").passed
'''


def test_overrides_are_reset_between_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-q")  # the plugin loads through its pytest11 entry point
    result.assert_outcomes(passed=2)
