"""check_module's targets, construction, reports and errors; assert_conforms, run_check and the pytest fixtures."""

from __future__ import annotations

import json
from collections.abc import Callable

import attrs
import pytest
import torch
import torch.nn.functional as F
from torch import Tensor

from tttv2.errors import TTTError
from tttv2.modules import RMSNorm, StaticKVCache, SwiGLU
from tttv2.testing import (
    ROW_HEADER,
    CheckReport,
    Tolerance,
    Tolerances,
    UnknownCategoryError,
    assert_conforms,
    check_module,
    run_check,
)


@pytest.mark.parametrize("target", ["rms-norm", "rmsnorm", "tttv2.modules.norm:RMSNorm", RMSNorm,
                                    RMSNorm(hidden_dim=24)])
def test_every_kind_of_target_is_checked(target: object) -> None:
    report = check_module(target, "norm")
    assert report.passed, str(report)
    assert report.category == "norm"
    assert "RMSNorm" in report.target


def test_build_entry_shows_the_arguments_the_kit_supplied() -> None:
    report = check_module("grouped-query-attention", "attention-layer")
    assert report.result("build").message == (
        "GroupedQueryAttention(hidden_dim=24, num_heads=4, num_kv_heads=2, head_dim=8, kernel=SDPAAttention, "
        "position=RotaryEmbedding) on cpu")


def test_config_dimensions_resize_the_inputs_too() -> None:
    report = check_module(SwiGLU, "ffn", {"hidden_dim": 16, "intermediate_dim": 20})
    assert report.passed, str(report)
    assert "[3, 7, 16]" in report.result("shape-dtype").message


def test_an_instance_is_checked_with_matching_dims_and_left_untouched() -> None:
    assert check_module(RMSNorm(hidden_dim=16), "norm", dims={"hidden_dim": 16}).passed
    cache = StaticKVCache(num_layers=2, batch_size=3, num_kv_heads=2, head_dim=8, capacity=16)
    assert check_module(cache, "cache").passed
    with pytest.raises(TTTError, match="before any update"):
        cache.key_positions(0)  # the kit wrote into a copy


def test_an_instance_of_other_dims_fails_with_the_exception() -> None:
    report = check_module(RMSNorm(hidden_dim=16), "norm")
    assert not report.passed
    assert report.result("shape-dtype").message.startswith("raised RuntimeError: ")


def test_missing_arguments_are_reported_not_raised() -> None:
    report = check_module("sliding-window-attention", "attention")
    assert [r.name for r in report.results] == ["signature", "build"]
    message = report.failures[0].message
    assert "window: missing required key (int)" in message
    assert "pass the rest in config=" in message


def test_a_failing_constructor_is_reported() -> None:
    # valid keys each (the schema passes them), refused together by the constructor
    report = check_module("grouped-query-attention", "attention-layer", {"num_heads": 6, "num_kv_heads": 4})
    assert report.result("build").message.startswith("constructor raised ConfigError: ")


def test_a_value_the_schema_refuses_is_reported_before_construction() -> None:
    report = check_module("sliding-window-attention", "attention", {"window": -1})
    assert "window: must be positive, got -1" in report.result("build").message


def test_unknown_config_keys_are_reported() -> None:
    report = check_module("rms-norm", "norm", {"epsilon": 1e-5})
    assert "unknown key" in report.result("build").message
    assert "did you mean 'eps'" in report.result("build").message


class WrongSignatureNorm:
    def forward(self, x: Tensor, scale: float) -> Tensor:
        return x * scale


def test_signature_problems_are_a_failed_property_and_stop_the_checks() -> None:
    report = check_module(WrongSignatureNorm, "norm")
    assert [r.name for r in report.results] == ["signature"]
    assert "extra required parameter 'scale'" in report.results[0].message


def test_unknown_names_are_reported_with_suggestions() -> None:
    report = check_module("rms-nrom", "norm")
    assert report.results[0].name == "resolve"
    assert "did you mean 'rms-norm'" in report.results[0].message
    assert "'rms-norm' is a 'norm' module, not 'ffn'" in check_module("rms-norm", "ffn").results[0].message
    assert "cannot import" in check_module("no_such_package.mod:Class", "norm").results[0].message


def test_unknown_category_raises() -> None:
    with pytest.raises(UnknownCategoryError, match="no checks for category 'family'"):
        check_module("llama", "family")


def test_reference_is_refused_where_it_cannot_apply() -> None:
    with pytest.raises(ValueError, match="not supported for category 'cache'"):
        check_module("static-kv-cache", "cache", reference=lambda *args: None)


def test_reference_agreement_for_a_norm() -> None:
    norm = RMSNorm(hidden_dim=24)
    with torch.no_grad():
        norm.weight.uniform_(0.5, 1.5)
    report = check_module(norm, "norm", reference=lambda x: F.rms_norm(x, (24,), norm.weight, 1e-6))
    assert report.result("matches-reference").passed, str(report)


def test_reference_function_for_an_ffn() -> None:
    ffn = SwiGLU(hidden_dim=24, intermediate_dim=40)
    report = check_module(ffn, "ffn", reference=lambda x: F.linear(
        F.silu(F.linear(x, ffn.gate.weight)) * F.linear(x, ffn.up.weight), ffn.down.weight))
    assert report.result("matches-reference").passed, str(report)


def test_reference_module_for_a_class_target() -> None:
    # the kit builds RMSNorm with its initial weight (ones), which torch's RMSNorm shares
    report = check_module("rms-norm", "norm", reference=torch.nn.RMSNorm(24, eps=1e-6))
    assert report.result("matches-reference").passed, str(report)
    broken = check_module("rms-norm", "norm", reference=torch.nn.RMSNorm(24, eps=1e-1))
    assert "max abs diff" in broken.result("matches-reference").message


def test_tolerances_can_be_loosened_per_check() -> None:
    class JitteryFFN(SwiGLU):
        def forward(self, x: Tensor) -> Tensor:
            return super().forward(x) + 1e-7 * torch.randn_like(x)

    strict = Tolerances(invariance=Tolerance(0.0, 0.0, "bitwise"))
    assert "determinism" in {r.name for r in check_module(JitteryFFN, "ffn", tolerances=strict).failures}
    assert check_module(JitteryFFN, "ffn").passed


def test_the_callers_random_state_is_untouched() -> None:
    torch.manual_seed(123)
    before = torch.get_rng_state()
    check_module("swiglu", "ffn")
    assert torch.equal(before, torch.get_rng_state())


def test_report_rows_dict_and_text() -> None:
    report = check_module("rms-norm", "norm")
    rows = report.as_rows()
    assert ROW_HEADER == ("property", "result", "details")
    assert rows[0] == ("signature", "pass", "matches Norm")
    assert {row[1] for row in rows} == {"pass"}
    data = json.loads(json.dumps(report.as_dict()))
    assert data["passed"] is True and len(data["results"]) == len(rows)
    assert str(report).startswith("rms-norm (tttv2.modules.norm:RMSNorm) [norm]: conforms")
    with pytest.raises(KeyError, match="'causality' was not checked"):
        report.result("causality")
    assert attrs.has(CheckReport) and not CheckReport(target="x", category="norm", results=()).passed


def test_assert_conforms() -> None:
    assert assert_conforms("swiglu", "ffn").passed
    with pytest.raises(AssertionError, match=r"(?s)does not conform to 'norm'.*- signature: does not match Norm"):
        assert_conforms(WrongSignatureNorm, "norm")


def test_run_check_is_what_the_cli_calls() -> None:
    report = run_check("tttv2.modules.ffn:GeGLU", "ffn")
    assert report.passed and report.target == "tttv2.modules.ffn:GeGLU"


def test_pytest_plugin_fixtures(tttv2_check: Callable[..., CheckReport],
                                tttv2_assert_conforms: Callable[..., CheckReport]) -> None:
    assert tttv2_check is check_module
    assert tttv2_assert_conforms("rms-norm", "norm").passed
