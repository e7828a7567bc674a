"""The ttt command: catalog browsing, spec validation and graphs, clear errors with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tttv2.cli import main
from tttv2.spec import Dimensions, ModelSpec


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_list_modules_filters_and_json() -> None:
    code, out, _ = run("list-modules", "--category", "norm")
    assert code == 0 and "rms-norm" in out and "swiglu" not in out
    code, out, _ = run("list-modules", "--hardware", "cuda", "--tag", "gemma", "--json")
    names = {entry["name"] for entry in json.loads(out)}
    assert code == 0 and {"gemma-rms-norm", "geglu"} <= names
    code, _, err = run("list-modules", "--category", "atention")
    assert code == 1 and "unknown category 'atention'" in err


def test_search_info_and_unknown_names() -> None:
    code, out, _ = run("search", "sliding window")
    assert code == 0 and out.splitlines()[1].startswith("sliding-window-attention")
    code, out, _ = run("info", "gqa")
    assert code == 0 and "grouped-query-attention" in out and "contract:  AttentionLayer" in out
    assert "window: int | None (default None)" in out
    code, _, err = run("info", "rms-nrom")
    assert code == 1 and "did you mean 'rms-norm'" in err and "Traceback" not in err


def test_docs_writes_markdown_atomically(tmp_path: Path) -> None:
    target = tmp_path / "modules.md"
    code, _, _ = run("docs", "-o", str(target))
    assert code == 0 and target.read_text().startswith("# tttv2 module catalog")
    code, out, _ = run("docs", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_validate_and_graph(tmp_path: Path) -> None:
    dims = Dimensions(vocab_size=40, hidden_dim=16, num_layers=2, num_heads=4, num_kv_heads=2, head_dim=4,
                      intermediate_dim=32)
    good = tmp_path / "good.yaml"
    ModelSpec.create(dims=dims).to_file(good)
    code, out, _ = run("validate", str(good))
    assert code == 0 and "ok" in out
    code, out, _ = run("graph", str(good))
    assert code == 0 and "layers[1].attention.kernel" in out and "registry name 'sdpa'" in out
    assert "total parameters" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text(good.read_text().replace("sdpa", "sdpaa").replace("num_heads: 4", "num_heads: four"))
    code, _, err = run("validate", str(bad))
    assert code == 1 and "dims.num_heads: expected int, got str ('four')" in err


def test_generate_with_unknown_model_is_a_clear_error() -> None:
    code, _, err = run("generate", "--model", "smollm3-135m", "hello")
    assert code == 1 and "did you mean 'smollm2-135m'" in err and "Traceback" not in err
    code, _, err = run("generate", "--max-new-tokens", "0", "--model", "/nonexistent/model.gguf", "hi")
    assert code == 1 and "no model named" in err
