"""check_conformance compares signatures: names, kinds, defaults and arity, not just attribute names."""

from __future__ import annotations

from torch import Tensor

from tests.helpers.custom_modules import EagerKernel, WrongKernel
from tttv2 import check_conformance
from tttv2.protocols import AttentionKernel, AttentionLayer, GroupedKVKernel, Norm


def test_conforming_class_without_inheritance_passes() -> None:
    assert check_conformance(EagerKernel, AttentionKernel) == []
    assert check_conformance(EagerKernel(), AttentionKernel) == []


def test_missing_parameter_is_named() -> None:
    problems = check_conformance(WrongKernel, AttentionKernel)
    assert len(problems) == 1
    assert problems[0].member == "compute_attention"
    assert "missing parameter 'mask'" in str(problems[0])
    assert "compute_attention(q, k, v, mask=None)" in str(problems[0])


def test_missing_method_and_renamed_parameter() -> None:
    class NoMethod:
        pass

    class Renamed:
        def compute_attention(self, query: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
            return query

    assert "none" in str(check_conformance(NoMethod, AttentionKernel)[0])
    assert "named 'query', not 'q'" in str(check_conformance(Renamed, AttentionKernel)[0])


def test_default_and_keyword_only_rules() -> None:
    class NoDefault:
        def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None) -> Tensor:
            return q

    class ExtraRequired:
        def forward(self, x: Tensor, *, positions: Tensor, cache: object = None, scale: float) -> Tensor:
            return x

    class NotKeyword:
        def forward(self, x: Tensor) -> Tensor:
            return x

    assert "'mask' has no default" in str(check_conformance(NoDefault, AttentionKernel)[0])
    assert "extra required parameter 'scale'" in str(check_conformance(ExtraRequired, AttentionLayer)[0])
    message = str(check_conformance(NotKeyword, AttentionLayer)[0])
    assert "missing keyword parameter 'positions'" in message


def test_kwargs_accept_anything() -> None:
    class Flexible:
        def forward(self, *args: object, **kwargs: object) -> object:
            return None

    assert check_conformance(Flexible, Norm) == []


def test_data_members_checked_on_instances() -> None:
    class Grouped(EagerKernel):
        accepts_grouped_kv = True

    assert check_conformance(Grouped, GroupedKVKernel) == []
    problems = check_conformance(EagerKernel(), GroupedKVKernel)
    assert [p.member for p in problems] == ["accepts_grouped_kv"]
