"""Hostile spec files and values: huge layer counts, alias bombs, deep nesting, devices, bad numbers."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.deadline import deadline
from tttv2 import ModelSpec, SpecError, build_model
from tttv2.spec import MAX_LAYER_OVERRIDES, MAX_SPEC_BYTES, LayerSelector

DIMS: dict[str, object] = {"vocab_size": 97, "hidden_dim": 48, "num_layers": 3, "num_heads": 6, "num_kv_heads": 2,
                           "head_dim": 8, "intermediate_dim": 80, "max_seq_len": 64}
HUGE = 1_000_000_000
DEADLINE_S = 60  # generous for a loaded 2-core machine; before the fix these ran for hours or forever


def spec_with(num_layers: int, layers: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {"dims": {**DIMS, "num_layers": num_layers}, "layers": layers or []}


# -- a billion layers -----------------------------------------------------------------------------
@pytest.mark.parametrize("layers", [
    [],
    [{"select": "0:100000000", "ffn": {"module": "geglu"}}],
    [{"select": "5::6", "attention_layer": {"config": {"window": 4}}}, {"select": "0,7", "ffn": "geglu"}],
], ids=["no-selectors", "long-range", "pattern-and-list"])
def test_a_billion_layers_validate_without_visiting_each(layers: list[dict[str, object]]) -> None:
    with deadline(DEADLINE_S):
        spec = ModelSpec.from_dict(spec_with(HUGE, layers))
        assert spec.validate() == []


def test_a_bad_override_on_a_billion_layers_names_its_first_layer() -> None:
    with deadline(DEADLINE_S):
        spec = ModelSpec.from_dict(spec_with(HUGE, [{"select": "999999990::3", "ffn": {"config": {"hiden_dim": 4}}}]))
        problems = [str(p) for p in spec.validate()]
    assert len(problems) == 1 and problems[0].startswith("layers[999999990].ffn.config.hiden_dim: unknown key"), problems


def test_building_a_billion_layers_is_refused_naming_the_key() -> None:
    spec = ModelSpec.from_dict(spec_with(HUGE))
    with deadline(DEADLINE_S), pytest.raises(SpecError, match=r"dims\.num_layers: 1,000,000,000 layers is more than a model build"):
        build_model(spec, on_meta=True)


def test_the_most_overrides_a_spec_may_have_validate_quickly() -> None:
    layers = [{"select": str(i % 1000), "norm": {"config": {"eps": 1e-5}}} for i in range(MAX_LAYER_OVERRIDES)]
    with deadline(DEADLINE_S):
        assert ModelSpec.from_dict(spec_with(1000, layers)).validate() == []


def test_more_overrides_than_allowed_are_refused() -> None:
    layers = [{"select": "0", "ffn": "geglu"}] * (MAX_LAYER_OVERRIDES + 1)
    with pytest.raises(SpecError, match=r"layers: 1,025 overrides, more than the 1,024 a spec may have"):
        ModelSpec.from_dict(spec_with(8, layers))


def test_a_config_key_that_is_not_a_name_is_a_problem_not_a_type_error() -> None:
    spec = ModelSpec.from_dict({"dims": DIMS, "modules": {"ffn": {"module": "swiglu", "config": {1: 2}}}})
    assert [str(p) for p in spec.validate()] == ["ffn.config.<key 1>: config keys are names, got int (1)"]


def test_layer_groups_match_a_layer_by_layer_split() -> None:
    """Seeded random selectors on small models: the grouping equals the brute-force one."""
    rng = random.Random(1234)
    for _ in range(200):
        num_layers = rng.randint(1, 40)
        texts = []
        for _ in range(rng.randint(0, 4)):
            parts = []
            for _ in range(rng.randint(1, 3)):
                start = rng.randrange(num_layers)
                parts.append(rng.choice([str(start), f"{start}:{rng.randint(start + 1, num_layers)}",
                                         f"{start}::{rng.randint(1, 7)}", f"{start}:{num_layers}:{rng.randint(1, 5)}"]))
            texts.append(",".join(parts))
        spec = ModelSpec.from_dict(spec_with(num_layers, [{"select": t, "ffn": "geglu"} for t in texts]))
        expected: dict[tuple[int, ...], list[int]] = {}
        for layer in range(num_layers):
            owners = tuple(i for i, t in enumerate(texts) if layer in LayerSelector(text=t).indices(num_layers))
            expected.setdefault(owners, []).append(layer)
        got = {g.overrides: (g.first, g.count) for g in spec.layer_groups()}
        assert got == {k: (v[0], len(v)) for k, v in expected.items()}, texts


def test_too_intricate_selectors_are_refused_not_searched() -> None:
    # coprime steps make the membership pattern repeat only every ~10^17 layers
    steps = [999_983, 999_979, 999_961, 999_959]
    overrides = [{"select": f"0::{step}", "ffn": "geglu"} for step in steps]
    with deadline(DEADLINE_S):
        spec = ModelSpec.from_dict(spec_with(10**18, overrides))
        problems = [str(p) for p in spec.validate()]
    assert problems and problems[0].startswith("layers: the layer selectors split"), problems


@pytest.mark.parametrize("text", ["1,", "a:b", "1:2:3:4", ":::"])
def test_malformed_selectors_name_the_override(text: str) -> None:
    with pytest.raises(SpecError, match=r"layers\[0\]\.select: bad layer selector"):
        ModelSpec.from_dict(spec_with(8, [{"select": text, "ffn": "geglu"}]))


def test_a_megabyte_selector_is_quoted_short() -> None:
    with pytest.raises(SpecError) as raised:
        ModelSpec.from_dict(spec_with(8, [{"select": "9" * 100_000, "ffn": "geglu"}]))
    assert len(str(raised.value)) < 200 and "bad layer selector '999" in str(raised.value)


# -- files ----------------------------------------------------------------------------------------
def alias_bomb() -> str:
    """Nine levels of nine aliases each: 9^9 strings once expanded, from a few hundred bytes."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        previous, current = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{current}: &{current} [{', '.join(['*' + previous] * 9)}]")
    dims = ", ".join(f"{k}: {v}" for k, v in DIMS.items())
    return f"dims: {{{dims}}}\nmodules:\n  ffn:\n    module: swiglu\n    config:\n" + "".join(f"      {line}\n" for line in lines)


def test_a_yaml_alias_bomb_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(alias_bomb())
    assert path.stat().st_size < 1000
    with deadline(DEADLINE_S), pytest.raises(SpecError) as raised:
        ModelSpec.from_file(path)
    assert str(path) in str(raised.value) and "aliases (*name) are not allowed" in str(raised.value)


def test_a_plain_anchor_without_alias_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "anchor.yaml"
    path.write_text("dims: &d {" + ", ".join(f"{k}: {v}" for k, v in DIMS.items()) + "}\n")
    assert ModelSpec.from_file(path).dims.num_layers == 3


DEPTH = 20_000


def nested(depth: int) -> list[object]:
    value: list[object] = []
    for _ in range(depth - 1):
        value = [value]
    return value



@pytest.mark.parametrize(("suffix", "text"), [
    (".json", '{"dims": ' + "[" * DEPTH + "]" * DEPTH + "}"),
    (".yaml", "dims: " + "[" * DEPTH + "]" * DEPTH + "\n"),
    (".toml", "dims = " + "[" * DEPTH + "]" * DEPTH + "\n"),
    (".toml", "dims = " + "{a = " * DEPTH + "1" + "}" * DEPTH + "\n"),
    (".json", json.dumps({"dims": DIMS, "modules": {"ffn": {"module": "swiglu", "config": {"x": nested(30)}}}})),
], ids=["json-arrays", "yaml-flow", "toml-arrays", "toml-tables", "json-just-too-deep"])
def test_deep_nesting_is_a_clear_error(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text(text)
    with pytest.raises(SpecError) as raised:
        ModelSpec.from_file(path)
    assert str(path) in str(raised.value) and "nested more than 32 levels deep" in str(raised.value)


def test_deep_yaml_block_nesting_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("".join(f"{'  ' * level}k{level}:\n" for level in range(300)) + "  " * 300 + "x: 1\n")
    with pytest.raises(SpecError, match="nested more than 32 levels deep"):
        ModelSpec.from_file(path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_behind_a_spec_name_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "zero.yaml"
    path.symlink_to("/dev/zero")
    with deadline(DEADLINE_S), pytest.raises(SpecError, match=r"zero\.yaml: not a regular file"):
        ModelSpec.from_file(path)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    with deadline(DEADLINE_S), pytest.raises(SpecError, match=r"pipe\.json: not a regular file"):
        ModelSpec.from_file(path)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "specs.yaml"
    path.mkdir()
    with pytest.raises(SpecError, match=r"specs\.yaml: not a regular file"):
        ModelSpec.from_file(path)


def test_an_absurdly_large_file_is_refused_unparsed(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"dims": DIMS, "name": "x" * MAX_SPEC_BYTES}))
    with pytest.raises(SpecError, match=r"big\.json: larger than 1,048,576 bytes"):
        ModelSpec.from_file(path)


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"name: caf\xe9\n")
    with pytest.raises(SpecError, match=r"latin\.yaml: not UTF-8 text"):
        ModelSpec.from_file(path)



# -- import paths ---------------------------------------------------------------------------------
PLANTED = '''"""Planted beside a spec file: importing it leaves a marker."""
from pathlib import Path

Path(__file__).with_name("imported.marker").write_text("ran")


class PlantedNorm:
    def forward(self, x):
        return x
'''


def plant_spec(directory: Path) -> Path:
    """A spec naming a module that exists only as a file beside the spec."""
    (directory / "planted_beside_spec.py").write_text(PLANTED)
    path = directory / "spec.yaml"
    dims = ", ".join(f"{k}: {v}" for k, v in DIMS.items())
    path.write_text(f"dims: {{{dims}}}\nmodules:\n  norm: planted_beside_spec:PlantedNorm\n")
    return path


def test_a_spec_never_makes_its_own_directory_importable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec_dir, elsewhere = tmp_path / "specs", tmp_path / "elsewhere"
    spec_dir.mkdir()
    elsewhere.mkdir()
    path = plant_spec(spec_dir)
    monkeypatch.chdir(elsewhere)
    before = list(sys.path)
    problems = [str(p) for p in ModelSpec.from_file(path).validate()]
    assert sys.path == before
    assert not (spec_dir / "imported.marker").exists()
    assert problems == ["norm.module: cannot import module 'planted_beside_spec' (from 'planted_beside_spec:PlantedNorm'): "
                        "No module named 'planted_beside_spec'"]


def test_the_planted_module_imports_once_its_directory_is_on_sys_path(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The control for the test above: the planted module is real and runs when it is importable."""
    path = plant_spec(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        problems = [str(p) for p in ModelSpec.from_file(path).validate()]
    finally:
        sys.modules.pop("planted_beside_spec", None)
    assert (tmp_path / "imported.marker").read_text() == "ran"
    assert not any("cannot import" in p for p in problems), problems


def test_the_cli_never_makes_a_spec_directory_importable(tmp_path: Path) -> None:
    spec_dir, elsewhere = tmp_path / "specs", tmp_path / "elsewhere"
    spec_dir.mkdir()
    elsewhere.mkdir()
    path = plant_spec(spec_dir)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-m", "tttv2", "validate", str(path)], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and "cannot import module 'planted_beside_spec'" in done.stderr, done.stderr
    assert not (spec_dir / "imported.marker").exists()


@pytest.mark.parametrize("reference", [".planted:PlantedNorm", "..:PlantedNorm", "/tmp/planted:PlantedNorm",
                                       "planted/mod:PlantedNorm", "C:\\planted:PlantedNorm"])
def test_import_paths_are_absolute_module_names(reference: str) -> None:
    problems = [str(p) for p in ModelSpec.from_dict({"dims": DIMS, "modules": {"norm": reference}}).validate()]
    assert len(problems) == 1 and "must look like 'package.module:Class' (an absolute module name" in problems[0], problems
