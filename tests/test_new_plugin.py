"""``ttt new-plugin``: the package it writes installs, is discovered, conforms, passes its own tests and mypy --strict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from click.testing import CliRunner

from tttv2.cli import main

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def _new_plugin(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["new-plugin", *args])
    return result.exit_code, result.output


def test_the_package_has_its_entry_point_module_test_and_strict_mypy(tmp_path: Path) -> None:
    code, output = _new_plugin("acme_norms", "--directory", str(tmp_path))
    assert code == 0, output
    package = tmp_path / "acme_norms"
    assert sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file()) == [
        "README.md", "acme_norms/__init__.py", "acme_norms/norms.py", "acme_norms/py.typed", "pyproject.toml",
        "tests/test_norms.py"]
    project = tomllib.loads((package / "pyproject.toml").read_text())
    assert project["project"]["name"] == "acme-norms"
    assert project["project"]["entry-points"]["tttv2.modules"] == {"acme_norms": "acme_norms"}
    assert project["tool"]["mypy"]["strict"] is True
    assert 'name="acme-norms-rms-norm", category="norm"' in (package / "acme_norms" / "norms.py").read_text()
    assert "tttv2_assert_conforms(\"acme-norms-rms-norm\", \"norm\")" in (package / "tests" / "test_norms.py").read_text()


@pytest.mark.parametrize(("name", "message"), [
    ("Acme-Norms", "must be a Python package name.*did you mean 'acme_norms'"),
    ("2norms", "must be a Python package name"),
    ("import", "not a keyword"),
    ("torch", "already taken by an importable package"),
])
def test_a_bad_name_is_refused_and_nothing_is_written(tmp_path: Path, name: str, message: str) -> None:
    code, output = _new_plugin(name, "--directory", str(tmp_path))
    assert code == 1
    assert re.search(message, output), output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_non_empty_directory_is_refused_and_an_empty_one_used(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    code, output = _new_plugin("taken", "--directory", str(tmp_path))
    assert code == 1 and "taken already exists and is a directory that is not empty" in output
    assert [p.name for p in (tmp_path / "taken").iterdir()] == ["notes.txt"]
    (tmp_path / "empty").mkdir()
    code, output = _new_plugin("empty", "--directory", str(tmp_path))
    assert code == 0, output
    assert (tmp_path / "empty" / "pyproject.toml").is_file()


@pytest.mark.slow  # a virtual environment, a pip install, a pytest run and mypy over torch's annotations
def test_the_plugin_installs_and_is_found_checked_tested_and_typed(tmp_path: Path) -> None:
    code, output = _new_plugin("acme_norms", "--directory", str(tmp_path))
    assert code == 0, output
    package = tmp_path / "acme_norms"
    python = _environment(tmp_path / "venv")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's tttv2, not an installed copy

    def run(*args: str, cwd: Path = tmp_path) -> str:
        done = subprocess.run([str(python), *args], cwd=cwd, env=environment, capture_output=True, text=True,
                              timeout=600, check=False)
        assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    run("-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index", str(package))
    assert "acme-norms-rms-norm" in run("-m", "tttv2", "list-modules", "--category", "norm")
    assert "passed" in run("-m", "tttv2", "check", "acme-norms-rms-norm", "--category", "norm")
    assert "2 passed" in run("-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=package)
    assert "Success" in run("-m", "mypy", "--no-incremental", cwd=package)


def _environment(where: Path) -> Path:
    """A fresh virtual environment that also sees this one's packages (torch, setuptools, pytest, mypy): no network."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=120)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True, timeout=60).stdout.strip()
    ours = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (Path(purelib) / "_outer_environment.pth").write_text("\n".join(ours) + "\n")
    subprocess.run([str(python), "-m", "pip", "--version"], check=True, timeout=60, capture_output=True)
    return python
