"""The spec-file JSON Schema accepts real specs and rejects bad module configs, as an editor would."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from tttv2.cli import main
from tttv2.spec import ModelSpec
from tttv2.spec_schema import spec_json_schema

SPEC = {
    "dims": {"vocab_size": 50, "hidden_dim": 16, "num_layers": 6, "num_heads": 4, "num_kv_heads": 2, "head_dim": 4,
             "intermediate_dim": 32},
    "modules": {"attention_layer": {"module": "gqa", "config": {"window": 3}}, "norm": "rms-norm",
                "ffn": "tests.helpers.custom_modules:ScaledNorm"},
    "layers": [{"select": "5::6", "attention_layer": {"config": {"window": None}}}],
}


def test_real_spec_validates() -> None:
    schema = spec_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(SPEC, schema)
    jsonschema.validate(ModelSpec.from_dict(SPEC).to_dict(), schema)


@pytest.mark.parametrize("change", [
    {"modules": {"ffn": {"module": "swiglu", "config": {"bias": "yes"}}}},
    {"modules": {"ffn": {"module": "swiglu", "config": {"biass": True}}}},
    {"modules": {"atention": "sdpa"}},
    {"dims": {"vocab_size": "fifty"}},
])
def test_mistakes_are_rejected(change: dict[str, dict[str, object]]) -> None:
    spec = json.loads(json.dumps(SPEC))
    for key, value in change.items():
        spec[key] = {**spec[key], **value}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(spec, spec_json_schema())


def test_cli_writes_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "spec.schema.json"
    result = CliRunner().invoke(main, ["schema", "-o", str(target)])
    assert result.exit_code == 0 and json.loads(target.read_text())["title"] == "tttv2 model spec"
