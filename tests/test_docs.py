"""docs/modules.md is the registry's own generated reference, kept current (regenerate with `just docs`)."""

from __future__ import annotations

from pathlib import Path

from tttv2.registry import default_registry

DOCS = Path(__file__).resolve().parents[1] / "docs" / "modules.md"


def test_module_reference_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == default_registry.generate_docs(), "run `just docs` and commit"
