"""Modules that try to end or stall the kit: SystemExit, KeyboardInterrupt and hangs fail their step, with a message."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from torch import Tensor, nn

from tttv2.cli import DEFAULT_CHECK_TIMEOUT, main
from tttv2.modules import RMSNorm
from tttv2.registry import Registry, register_module
from tttv2.testing import DEFAULT_TIMEOUT, CheckReport, check_module

RELEASE = threading.Event()
"""Hung modules wait on this; set after each test so that no abandoned thread outlives it."""

BEHAVIOUR = ("shape-dtype", "device", "determinism", "batch-independence", "position-independence")
"""The norm suite's properties after signature and build."""


@pytest.fixture(autouse=True)
def release_hung_threads() -> Iterator[None]:
    RELEASE.clear()
    yield
    RELEASE.set()


class ExitingNorm(nn.Module):
    def __init__(self, *, hidden_dim: int) -> None:
        super().__init__()
        self.hidden_dim = hidden_dim

    def forward(self, x: Tensor) -> Tensor:
        sys.exit(0)


class InterruptingNorm(ExitingNorm):
    def forward(self, x: Tensor) -> Tensor:
        raise KeyboardInterrupt


class HangingNorm(ExitingNorm):
    def forward(self, x: Tensor) -> Tensor:
        RELEASE.wait()
        return x


class ExitingConstructorNorm(ExitingNorm):
    def __init__(self, *, hidden_dim: int) -> None:
        sys.exit(2)


class HangingConstructorNorm(ExitingNorm):
    def __init__(self, *, hidden_dim: int) -> None:
        RELEASE.wait()
        super().__init__(hidden_dim=hidden_dim)


def messages(report: CheckReport) -> dict[str, str]:
    return {r.name: r.message for r in report.results if not r.passed}


@pytest.mark.parametrize(("module", "raised"), [(ExitingNorm, "SystemExit(0)"), (InterruptingNorm, "KeyboardInterrupt")])
def test_system_exit_and_keyboard_interrupt_in_forward_fail_each_property(module: type, raised: str) -> None:
    report = check_module(module, "norm")
    failures = messages(report)
    assert not report.passed and set(failures) == set(BEHAVIOUR), str(report)
    for message in failures.values():
        assert message.startswith(f"raised {raised} (at test_kit_hostile.py:"), message
        assert "in forward), which would stop the caller instead of reporting an error" in message


def test_a_hanging_property_times_out_and_the_rest_are_not_run() -> None:
    start = time.perf_counter()
    report = check_module(HangingNorm, "norm", timeout=0.5)
    elapsed = time.perf_counter() - start
    failures = messages(report)
    assert failures["shape-dtype"] == "timed out after 0.5 s (the call was abandoned; its thread may still run)"
    for name in BEHAVIOUR[1:]:
        assert failures[name] == "not run: 'shape-dtype' timed out and its thread still runs"
    assert elapsed < 10, elapsed  # one time limit, not one per property


def test_a_constructor_that_exits_or_hangs_fails_the_build() -> None:
    report = check_module(ExitingConstructorNorm, "norm")
    assert report.result("build").message.startswith("raised SystemExit(2) (at test_kit_hostile.py:")
    report = check_module(HangingConstructorNorm, "norm", timeout=0.5)
    assert report.result("build").message.startswith("timed out after 0.5 s")
    assert [r.name for r in report.results] == ["signature", "build"]


def test_an_import_path_whose_module_exits_on_import_fails_resolve(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "exits_on_import_kit.py").write_text("import sys\nsys.exit(5)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    report = check_module("exits_on_import_kit:Norm", "norm")
    assert report.result("resolve").message.startswith("raised SystemExit(5) (at exits_on_import_kit.py:2")
    sys.modules.pop("exits_on_import_kit", None)


def test_the_worker_sees_the_callers_registry(isolated_registry: Registry) -> None:
    """Steps run in a worker thread with the caller's context: a name registered in use_registry resolves."""
    register_module(name="kit-thread-norm", category="norm", description="RMS norm.")(type(
        "KitThreadNorm", (RMSNorm,), {"__module__": __name__}))
    assert check_module("kit-thread-norm", "norm").passed


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan"), float("inf"), True, "5"])
def test_a_bad_timeout_is_refused(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds or None"):
        check_module(RMSNorm, "norm", timeout=timeout)  # type: ignore[arg-type]  # what a careless caller passes


def test_check_command_reports_a_module_that_exits_instead_of_exiting_0() -> None:
    result = CliRunner().invoke(main, ["check", f"{__name__}:ExitingNorm", "--category", "norm"])
    assert result.exit_code == 1, result.output
    assert "shape-dtype\tFAIL\traised SystemExit(0)" in result.stdout and "FAILED: 2 of 7" in result.stdout


def test_check_command_timeout_option() -> None:
    assert DEFAULT_CHECK_TIMEOUT == DEFAULT_TIMEOUT
    result = CliRunner().invoke(main, ["check", f"{__name__}:HangingNorm", "--category", "norm", "--timeout", "0.3"])
    assert result.exit_code == 1 and "timed out after 0.3 s" in result.stdout
    result = CliRunner().invoke(main, ["check", "rms-norm", "--category", "norm", "--timeout", "nan"])
    assert result.exit_code == 2 and "nan is not a positive, finite number of seconds" in result.stderr


SPINNING = '''
import sys
import torch
from torch import nn

class SpinningNorm(nn.Module):
    def __init__(self, *, hidden_dim: int) -> None:
        super().__init__()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        print("forward entered", file=sys.stderr, flush=True)
        while True:  # a hang that holds the CPU and, between switches, the GIL
            pass
'''


@pytest.fixture
def spinning(tmp_path: Path) -> Path:
    (tmp_path / "spinning_kit.py").write_text(SPINNING)
    return tmp_path


@pytest.mark.slow
def test_the_process_exits_after_a_spinning_property_times_out(spinning: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "tttv2", "check", "spinning_kit:SpinningNorm", "--category", "norm",
                           "--timeout", "1"], cwd=spinning, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert "timed out after 1 s" in done.stdout and "not run: 'shape-dtype' timed out" in done.stdout


@pytest.mark.slow
def test_a_real_ctrl_c_still_stops_a_check(spinning: Path) -> None:
    """SIGINT goes to the main thread, which is waiting for the module: exit 130, not a failed property."""
    process = subprocess.Popen([sys.executable, "-m", "tttv2", "check", "spinning_kit:SpinningNorm", "--category",
                                "norm"], cwd=spinning, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    assert process.stderr.readline() == "forward entered\n"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "[interrupted]" in err and "Traceback" not in err
    assert "FAIL" not in out

