"""docs/modules.md and the families table of docs/families.md are generated from the registry, kept current
(regenerate with `just docs`)."""

from __future__ import annotations

from pathlib import Path

from tttv2.families.catalog import TABLE_END, TABLE_START, families_table
from tttv2.registry import default_registry

DOCS = Path(__file__).resolve().parents[1] / "docs" / "modules.md"


def test_module_reference_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == default_registry.generate_docs(), "run `just docs` and commit"


FAMILIES_DOC = DOCS.parent / "families.md"


def test_families_table_is_current() -> None:
    text = FAMILIES_DOC.read_text(encoding="utf-8")
    table = text.partition(TABLE_START)[2].partition(TABLE_END)[0]
    assert table.strip() == families_table(default_registry).strip(), "run `just docs` and commit"
