"""check_family: every registered family passes its parity configs; a third-party family can use it; a broken one
is caught at the right stage; ``ttt check-family`` prints a table and exits non-zero on failure."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

import pytest
import torch
from click.testing import CliRunner

from tttv2.cli import main
from tttv2.families import LlamaFamily
from tttv2.families.base import ParityConfig
from tttv2.registry import Registry, default_registry, use_registry
from tttv2.spec import ModelSpec
from tttv2.testing import FamilyCheckError, check_family

FAMILIES = [info.name for info in default_registry.list_modules(category="family")]
"""Every registered family: a family added later is checked here without a new test."""


def declared(name: str) -> list[str]:
    return [config.name for config in getattr(default_registry.get(name).cls, "parity_configs", ())]


@pytest.mark.parametrize("name", FAMILIES)
def test_every_registered_family_matches_transformers_on_its_first_config(name: str) -> None:
    first = declared(name)[:1]
    report = check_family(name, configs=first, gguf=False)
    assert report.passed, str(report)
    assert [(r.config, r.status) for r in report.results] == [(first[0], "pass")]


@pytest.mark.slow
@pytest.mark.parametrize("name", FAMILIES)
def test_every_registered_family_matches_transformers_on_every_config_and_format(name: str) -> None:
    report = check_family(name)
    assert report.passed, str(report)
    passed = {r.config for r in report.results if r.checkpoint_format == "safetensors" and r.status == "pass"}
    assert passed == set(declared(name))
    # GGUF was tried wherever the family names an architecture; a skip says why
    formats = {(r.config, r.checkpoint_format) for r in report.results}
    assert all((c, "gguf") in formats for c in passed) == bool(default_registry.get(name).cls.gguf_architectures)
    assert all(r.skipped for r in report.results if r.status == "skipped")


class AcmeLlamaFamily(LlamaFamily):
    """A third-party family: the Llama layout under its own name, counting the configs it reads."""

    parity_configs = (ParityConfig("acme-tied", {"tie_word_embeddings": True, "num_hidden_layers": 2}),)
    specs_read = 0

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        type(self).specs_read += 1
        return super().spec_from_hf(config)


class BrokenLlamaFamily(LlamaFamily):
    """Reads layer 1's FFN down-projection with its rows reversed: right up to layer 0, wrong from layer 1 on."""

    parity_configs = (ParityConfig("broken"),)

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        if parameter == "layers.1.ffn.down.weight":
            return tensor.flip(0)
        return super().transform(parameter, tensor, spec, checkpoint_format)


class ScaledInGGUFLlamaFamily(LlamaFamily):
    """Doubles the GGUF FFN down-projections on loading: no permutation plus offset undoes that."""

    parity_configs = (ParityConfig("scaled"),)

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        if checkpoint_format == "gguf" and parameter.endswith("ffn.down.weight"):
            return tensor * 2
        return super().transform(parameter, tensor, spec, checkpoint_format)


class SilentFamily(LlamaFamily):
    parity_configs = ()


@pytest.fixture
def scratch() -> Iterator[Registry]:
    """The built-ins plus three families of this test, each answering to HF ``llama`` like the built-in one."""
    with use_registry(default_registry.copy()) as registry:
        registry.register(AcmeLlamaFamily, name="acme-llama", category="family")
        registry.register(BrokenLlamaFamily, name="broken-llama", category="family")
        registry.register(SilentFamily, name="silent-llama", category="family")
        registry.register(ScaledInGGUFLlamaFamily, name="scaled-llama", category="family")
        yield registry


def test_a_third_party_family_is_checked_and_is_the_one_that_loads(scratch: Registry) -> None:
    before = AcmeLlamaFamily.specs_read
    report = check_family("acme-llama", gguf=False)
    assert report.passed, str(report)
    assert [(r.config, r.checkpoint_format, r.status) for r in report.results] == [("acme-tied", "safetensors", "pass")]
    assert AcmeLlamaFamily.specs_read > before  # not the built-in llama family, which answers to the same type


def test_a_broken_family_fails_naming_the_first_diverging_layer(scratch: Registry) -> None:
    report = check_family("broken-llama", gguf=False)
    assert not report.passed
    result = report.result("broken")
    assert result.status == "FAIL" and not result.check("logits").passed
    assert result.first_divergence == "layer 1"
    pccs = dict(result.stage_pccs)
    assert pccs["layer 0"] >= 0.9999 > pccs["layer 1"]
    assert "first diverging stage: layer 1" in str(report)


def test_gguf_is_written_with_the_inverse_of_the_family_transform() -> None:
    report = check_family("llama", configs=["llama"])  # llama.cpp's permuted Q/K rows, undone by the family
    assert [(r.checkpoint_format, r.status) for r in report.results] == [("safetensors", "pass"), ("gguf", "pass")]


def test_gguf_is_skipped_naming_a_transform_whose_inverse_cannot_be_derived(scratch: Registry) -> None:
    report = check_family("scaled-llama")
    assert report.passed and report.result("scaled").status == "pass"
    skipped = report.result("scaled", "gguf")
    assert skipped.status == "skipped" and not skipped.checks
    assert skipped.skipped is not None and "layers.0.ffn.down.weight" in skipped.skipped
    assert "inverse cannot be derived" in skipped.skipped


def test_a_family_without_parity_configs_is_told_what_to_add(scratch: Registry) -> None:
    with pytest.raises(FamilyCheckError, match=r"'silent-llama' \(.*SilentFamily\) declares no parity_configs: "
                                               r"add `parity_configs: tuple\[ParityConfig, \.\.\.\]"):
        check_family("silent-llama")


def test_an_unknown_config_name_is_refused_naming_the_declared_ones() -> None:
    with pytest.raises(FamilyCheckError, match=r"family 'llama' declares no parity config 'llama-tide'; did you mean "
                                               r"'llama-tied'.*\(declared: llama, "):
        check_family("llama", configs=["llama-tide"])


def test_unknown_and_non_family_names_are_refused_with_suggestions() -> None:
    with pytest.raises(FamilyCheckError, match=r"no family 'mistrl'; did you mean 'mistral'\? \(families: .*llama"):
        check_family("mistrl")
    with pytest.raises(FamilyCheckError, match=r"'rms-norm' is a 'norm' module, not a family"):
        check_family("rms-norm")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_prints_a_table_and_exits_zero_when_the_family_passes() -> None:
    code, out, err = run("check-family", "mistral")
    assert code == 0, err
    assert out.splitlines()[0].split("\t")[:3] == ["config", "format", "result"]
    assert "mistral-window-5\tsafetensors\tpass\t" in out and "passed: 1 of 1" in out


def test_cli_json_report_for_chosen_configs() -> None:
    code, out, err = run("check-family", "llama", "--config", "llama-tied", "--no-gguf", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["family"] == "llama" and report["passed"] is True
    [result] = report["results"]
    assert (result["config"], result["format"], result["status"]) == ("llama-tied", "safetensors", "pass")
    assert [c["name"] for c in result["checks"]] == ["logits", "argmax", "greedy", "cached decode"]
    assert result["figures"]["min_pcc"] >= 0.9999 and result["figures"]["greedy_agreeing"] == 12


def test_cli_exits_non_zero_naming_the_diverging_stage(scratch: Registry) -> None:
    code, out, err = run("check-family", "broken-llama", "--no-gguf")
    assert code == 1 and "broken\tsafetensors\tFAIL" in out and "first diverging stage: layer 1" in out
    assert "FAIL  logits" in err and "Traceback" not in err


def test_cli_suggests_a_family_for_an_unknown_name() -> None:
    code, _, err = run("check-family", "gemma")
    assert code == 1 and "no family 'gemma'; did you mean 'gemma3'" in err and "Traceback" not in err
