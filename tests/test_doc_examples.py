"""Every code example of the README and the guide runs: fast ones here, real-model ones in the slow tier.

See tests/helpers/doc_examples.py for how a page marks its examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.doc_examples import GUIDE_PAGES, ROOT, Example, compiled, examples
from tttv2.errors import DeviceUnavailableError
from tttv2.registry import default_registry, use_registry


def _pages_with(tier: str) -> list[pytest.param]:
    marks = {"slow": [pytest.mark.slow], "ttnn": [pytest.mark.ttnn]}.get(tier, [])
    return [pytest.param(page, id=str(page.relative_to(ROOT)), marks=marks)
            for page in GUIDE_PAGES if tier == "fast" or any(example.tier == tier for example in examples(page))]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working directory on sys.path and a copy of the registry; modules imported from it are forgotten after."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    before = set(sys.modules)
    with use_registry(default_registry.copy()):
        yield tmp_path
    for name in set(sys.modules) - before:
        if str(tmp_path) in str(getattr(sys.modules[name], "__file__", None) or ""):
            del sys.modules[name]


def _run(page: Path, tiers: set[str], where: Path) -> None:
    """Run the page's examples of these tiers in order, in one namespace; write (and test) its files."""
    namespace: dict[str, object] = {"__name__": f"example_{page.stem.replace('-', '_')}"}
    for example in examples(page):
        if example.file is not None:
            _write(example, where)
            if example.pytest:
                _pytest(example, where)
        elif example.tier in tiers and example.ranks:
            _torchrun(example, where)
        elif example.tier in tiers:
            _execute(example, namespace)


def _write(example: Example, where: Path) -> None:
    target = where / example.file  # type: ignore[operator]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(example.code, encoding="utf-8")


def _pytest(example: Example, where: Path) -> None:
    """Run the written test file in a fresh pytest process (tttv2's plugin loads as a user's would)."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(where)])}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", example.file or ""],
                          cwd=where, env=environment, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"{example.where}: pytest failed\n{done.stdout}\n{done.stderr}"


def _torchrun(example: Example, where: Path) -> None:
    """Run the example as a script in ``example.ranks`` processes of torchrun; each must exit 0."""
    script = where / f"example_line_{example.line}.py"
    script.write_text(example.code, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(where)])}
    done = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node",
                           str(example.ranks), str(script)], cwd=where, env=environment, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, f"{example.where}: torchrun failed\n{done.stdout}\n{done.stderr[-4000:]}"


def _execute(example: Example, namespace: dict[str, object]) -> None:
    try:
        exec(compiled(example), namespace)
    except DeviceUnavailableError as exc:
        if example.tier != "ttnn":
            raise
        pytest.skip(f"{example.where} needs a Tenstorrent device, so it and the page's later examples did not run: "
                    f"{exc}")


@pytest.mark.parametrize("page", _pages_with("fast"))
def test_fast_examples_run(page: Path, sandbox: Path) -> None:
    _run(page, {"fast"}, sandbox)


@pytest.mark.parametrize("page", _pages_with("slow"))
def test_real_model_examples_run(page: Path, sandbox: Path) -> None:
    _run(page, {"fast", "slow"}, sandbox)


@pytest.mark.parametrize("page", _pages_with("ttnn"))
def test_device_examples_run_or_name_the_missing_device(page: Path, sandbox: Path) -> None:
    _run(page, {"fast", "ttnn"}, sandbox)


def test_a_block_the_extractor_cannot_place_is_an_error(tmp_path: Path) -> None:
    """An unknown marker or an indented python fence fails loudly instead of leaving its block unrun."""
    page = tmp_path / "page.md"
    page.write_text("<!-- example: slwo -->\n```python\nx = 1\n```\n")
    with pytest.raises(ValueError, match="unknown example marker"):
        examples(page)
    page.write_text("- a list item:\n\n  ```python\n  x = 1\n  ```\n")
    with pytest.raises(ValueError, match="1 python fences but 0 extracted"):
        examples(page)
    page.write_text("<!-- example: file pkg/m.py -->\n```python\nX = 1\n```\n\n<!-- example: slow -->\n```python\nimport pkg.m\n```\n")
    assert [(e.line, e.tier, e.file) for e in examples(page)] == [(3, "fast", "pkg/m.py"), (8, "slow", None)]


def test_every_guide_page_is_in_the_site() -> None:
    """The pages whose examples run are the pages the site shows (mkdocs.yml's nav), README aside."""
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in GUIDE_PAGES[1:]:
        assert f": {page.relative_to(ROOT / 'docs').as_posix()}\n" in nav, f"{page} is not in mkdocs.yml's nav"
