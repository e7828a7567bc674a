"""The code examples of the README and the guide pages, extracted so the tests run every one of them.

A page's ```` ```python ```` blocks run in order in one namespace, so a later block uses what an earlier one
defined. An HTML comment on the line just above a fence (invisible on the site and on GitHub) says more:

- ``<!-- example: slow -->``: needs a shipped real model; runs in the slow tier only.
- ``<!-- example: ttnn -->``: needs a Tenstorrent device; runs everywhere and, where none is found,
  skips the rest of its page naming the block and the error.
- ``<!-- example: file PATH -->``: not run; written to ``PATH`` in the examples' working directory, which is
  on ``sys.path`` (a YAML spec the next block reads, a module a spec names by import path).
- ``<!-- example: pytest PATH -->``: a test file, written to ``PATH`` and run by pytest in a fresh process,
  which must pass.
- ``<!-- example: torchrun N -->``: run as a script by ``torchrun --nproc-per-node N`` (tensor parallelism), in
  the slow tier; every process must succeed.

Any other fence is not code to run (a shell session, a fragment of ``pyproject.toml``). A ``python`` fence
that the extractor does not see (indented, say) is an error, not a silently skipped example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE_PAGES = (ROOT / "README.md", ROOT / "docs" / "index.md", *sorted((ROOT / "docs" / "guide").glob("*.md")),
               ROOT / "docs" / "ttnn.md", ROOT / "docs" / "parallel.md")
"""Every page whose examples the tests run: the README, the site's home, the guide, the TTNN and parallel pages."""

TIERS = ("fast", "slow", "ttnn")
_FENCE = re.compile(r"^```(?P<language>[\w+-]*)[^\n]*\n(?P<code>.*?)^```[ \t]*$", re.S | re.M)
_MARKER = re.compile(r"<!--\s*example:\s*(?P<what>.*?)\s*-->\s*$")
_ANY_PYTHON_FENCE = re.compile(r"^[ \t>]*```python", re.M)


@dataclass(frozen=True)
class Example:
    """One fenced block: where it is, its code, its tier, and the file it becomes (``None``: it runs)."""

    page: Path
    line: int
    language: str
    code: str
    tier: str = "fast"
    file: str | None = None
    pytest: bool = False
    ranks: int = 0  # > 0: a script for torchrun with this many processes

    @property
    def where(self) -> str:
        return f"{_shown(self.page)}:{self.line}"


def _shown(page: Path) -> str:
    return str(page.relative_to(ROOT)) if page.is_relative_to(ROOT) else str(page)


def examples(page: Path) -> list[Example]:
    """The page's examples in order: every ``python`` block, and every block marked as a file."""
    text = page.read_text(encoding="utf-8")
    found: list[Example] = []
    for fence in _FENCE.finditer(text):
        line = text.count("\n", 0, fence.start()) + 1
        previous = text[:fence.start()].rstrip("\n").rpartition("\n")[2]
        marker = _MARKER.search(previous)
        tier, file, pytest, ranks = "fast", None, False, 0
        if marker is not None:
            what = marker.group("what").split(maxsplit=1)
            if what[0] in ("file", "pytest") and len(what) == 2:
                file, pytest = what[1], what[0] == "pytest"
            elif what[0] == "torchrun" and len(what) == 2 and what[1].isdigit():
                tier, ranks = "slow", int(what[1])
            elif what[0] in TIERS and len(what) == 1:
                tier = what[0]
            else:
                raise ValueError(f"{_shown(page)}:{line - 1}: unknown example marker {marker.group(0)!r}; "
                                 f"use 'example: slow', 'example: ttnn', 'example: file PATH', 'example: pytest PATH' "
                                 "or 'example: torchrun N'")
        if fence.group("language") == "python" or file is not None:
            found.append(Example(page, line + 1, fence.group("language"), fence.group("code"), tier, file, pytest,
                                 ranks))
    python_fences = len(_ANY_PYTHON_FENCE.findall(text))
    extracted = sum(1 for example in found if example.language == "python")
    if python_fences != extracted:
        raise ValueError(f"{_shown(page)}: {python_fences} python fences but {extracted} extracted; "
                         f"start every fence at the beginning of its line")
    return found


def compiled(example: Example) -> object:
    """The example's code compiled so a traceback names the page and its own line numbers."""
    return compile("\n" * (example.line - 1) + example.code, str(example.page), "exec")
