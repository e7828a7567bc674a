"""ModelSpec: parsing with every problem and its path, round-trips through every format, validate()."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.custom_modules import ScaledNorm
from tttv2 import ModelSpec, SpecError
from tttv2.spec import Dimensions, LayerOverride, LayerSelector, ModuleRef, SlotPatch

DIMS = {"vocab_size": 97, "hidden_dim": 48, "num_layers": 6, "num_heads": 6, "num_kv_heads": 2, "head_dim": 8,
        "intermediate_dim": 80, "max_seq_len": 64}


def gemma_like() -> dict[str, object]:
    return {
        "name": "tiny-gemma",
        "dims": DIMS,
        "modules": {"attention_layer": {"module": "gqa", "config": {"window": 4}}, "norm": "gemma-rms-norm",
                    "ffn": "geglu",
                    "block": "sandwich-norm-block", "qk_norm": "gemma-rms-norm"},
        "layers": [{"select": "5::6", "attention_layer": {"config": {"window": None}},
                    "position": {"module": "rope", "config": {"rope_theta": 1000000.0}}},
                   {"select": "0,2", "ffn": {"module": "moe", "config": {"num_experts": 4, "top_k": 2}}}],
    }


def test_layer_selectors() -> None:
    assert LayerSelector(text="3").indices(6) == [3]
    assert LayerSelector(text="2:5").indices(6) == [2, 3, 4]
    assert LayerSelector(text="5::6").indices(18) == [5, 11, 17]
    assert LayerSelector(text="0, 7").indices(8) == [0, 7]
    with pytest.raises(ValueError, match="out of range"):
        LayerSelector(text="9").indices(6)


def test_per_layer_refs_follow_overrides() -> None:
    spec = ModelSpec.from_dict(gemma_like())
    assert spec.ref("attention_layer", 4) == ModuleRef(module="gqa", config={"window": 4})
    assert spec.ref("attention_layer", 5) == ModuleRef(module="gqa", config={"window": None})
    assert spec.ref("position", 5) == ModuleRef(module="rope", config={"rope_theta": 1000000.0})
    assert spec.ref("ffn", 2) is not None and spec.ref("ffn", 2).module == "moe"  # type: ignore[union-attr]  # checked
    assert spec.ref("ffn", 1) == ModuleRef(module="geglu")


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".toml", ".json"])
def test_round_trip_through_every_format(tmp_path: Path, suffix: str) -> None:
    spec = ModelSpec.from_dict(gemma_like())
    path = tmp_path / f"spec{suffix}"
    spec.to_file(path)
    assert ModelSpec.from_file(path) == spec
    assert ModelSpec.from_dict(spec.to_dict()) == spec
    assert not list(tmp_path.glob(".*.tmp"))


def test_class_objects_round_trip_as_import_paths(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"norm": ScaledNorm})
    assert spec.to_dict()["modules"]["norm"] == {"module": "tests.helpers.custom_modules:ScaledNorm"}  # type: ignore[index]  # a dict here
    assert ModelSpec.from_dict(spec.to_dict()) == spec


def test_parse_errors_are_collected_with_paths() -> None:
    bad = {
        "dims": {**DIMS, "num_heads": "six", "hiden_dim": 3},
        "modules": {"atention": "sdpa", "ffn": {"modul": "swiglu"}, "norm": 3},
        "layers": [{"ffn": {"config": {}}}, {"select": "99", "position": "rope"}],
        "colour": "blue",
    }
    with pytest.raises(SpecError) as raised:
        ModelSpec.from_dict(bad)
    text = str(raised.value)
    for expected in ["colour: unknown key", "dims.num_heads: expected int, got str ('six')",
                     "dims.hiden_dim: unknown key", "modules.atention: unknown slot; did you mean 'attention'",
                     "modules.ffn.modul: unknown key", "modules.ffn.module: missing",
                     "modules.norm: expected a module name", "layers[0].select: missing"]:
        assert expected in text, (expected, text)
    assert len(raised.value.problems) >= 8


def test_dims_cross_checks() -> None:
    with pytest.raises(SpecError, match="not a multiple of num_kv_heads"):
        ModelSpec.from_dict({"dims": {**DIMS, "num_kv_heads": 4}})
    with pytest.raises(SpecError, match="must be positive"):
        Dimensions(**{**DIMS, "head_dim": 0})  # type: ignore[arg-type]  # mixed-type dict on purpose


def test_from_file_errors_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("dims: [1, 2\n")
    with pytest.raises(SpecError, match=r"broken\.yaml: not valid YAML"):
        ModelSpec.from_file(broken)
    with pytest.raises(SpecError, match=r"unsupported spec format \.ini"):
        ModelSpec.from_file(tmp_path / "spec.ini")
    with pytest.raises(SpecError, match=r"missing\.toml: cannot read"):
        ModelSpec.from_file(tmp_path / "missing.toml")


def test_validate_reports_every_problem_with_paths() -> None:
    data = gemma_like()
    data["modules"] = {**data["modules"], "attention": "flash-atention",  # type: ignore[dict-item]  # a dict here
                       "ffn": {"module": "swiglu", "config": {"bias": "yes"}},
                       "norm": "tests.helpers.custom_modules:Missing"}
    data["layers"] = [{"select": "3", "attention_layer": {"config": {"window": "8"}}}]
    problems = [str(p) for p in ModelSpec.from_dict(data).validate()]
    assert any(p.startswith("attention.module: unknown module 'flash-atention'") for p in problems), problems
    assert "ffn.config.bias: expected bool, got str ('yes')" in problems
    assert any(p.startswith("norm.module: 'tests.helpers.custom_modules' has no attribute 'Missing'") for p in problems)
    assert "layers[3].attention_layer.config.window: expected int | None, got str ('8')" in problems


def test_validate_catches_non_conforming_and_device_gaps(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"attention": "tests.helpers.custom_modules:WrongKernel",
                                                      "ffn": "moe"})
    problems = [str(p) for p in spec.validate(device="cuda")]
    assert any("does not conform to AttentionKernel" in p and "mask" in p for p in problems)
    moe = ModelSpec.create(dims=small_dims, modules={"ffn": ModuleRef(module="moe", config={"num_experts": 2})})
    ttnn = [str(p) for p in moe.validate(device="ttnn")]
    assert any(p.startswith("ffn.module: no implementation of 'moe' runs on ttnn") for p in ttnn), ttnn


def test_validate_catches_shape_mismatch_on_meta(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"ffn": ModuleRef(module="swiglu", config={"hidden_dim": 40})})
    problems = [str(p) for p in spec.validate()]
    assert len(problems) == 1 and problems[0].startswith("layers[0].ffn: running the graph on meta tensors failed")


def test_overrides_are_evolved_copies(small_dims: Dimensions) -> None:
    override = LayerOverride(select="1", slots={"ffn": SlotPatch(config={"bias": True})})
    spec = ModelSpec.create(dims=small_dims, layers=[override])
    assert spec.ref("ffn", 1) == ModuleRef(module="swiglu", config={"bias": True})
    assert spec.ref("ffn", 0) == ModuleRef(module="swiglu")


def test_toml_keeps_the_string_none_apart_from_none(tmp_path: Path, small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, name="none", modules={
        "ffn": ModuleRef(module="gelu-mlp", config={"approximate": "none"})},
        layers=[LayerOverride(select="1", slots={"attention_layer": SlotPatch(config={"window": None})})])
    path = tmp_path / "spec.toml"
    spec.to_file(path)
    assert ModelSpec.from_file(path) == spec


def test_unresolvable_config_annotations_name_the_culprit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tttv2.schema import schema_of, validate_config

    (tmp_path / "hint_module.py").write_text(
        "from __future__ import annotations\nfrom typing import TYPE_CHECKING\n"
        "from tttv2.protocols import AttentionKernel\nif TYPE_CHECKING:\n    from torch import Tensor\n"
        "class Layer:\n    def __init__(self, *, hidden_dim: int, eps: float = 1e-6, kernel: AttentionKernel[Tensor]) -> None:\n"
        "        pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import hint_module

    problems = [str(p) for p in validate_config(schema_of(hint_module.Layer), {"eps": "tiny"}, provided=frozenset({"hidden_dim"}))]
    assert "config.eps: expected float, got str ('tiny')" in problems  # the resolvable annotations still check
    assert any(p.startswith("config.kernel: missing required key") and "import that name at module level" in p
               for p in problems)
