"""Start-up time of the ``ttt`` command and of ``import tttv2``: wall seconds, best of N fresh processes.

Each run is a new Python process, as a user's shell starts it; the best of N hides other load on
the machine. Discovery commands should load torch (the modules are torch classes) but never
transformers or ttnn; ``ttt --help`` should load neither torch.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from pathlib import Path

COMMANDS: dict[str, list[str]] = {
    "ttt --help": ["-m", "tttv2", "--help"],
    "ttt list-modules": ["-m", "tttv2", "list-modules"],
    "ttt info rms-norm": ["-m", "tttv2", "info", "rms-norm"],
    'python -c "import tttv2"': ["-c", "import tttv2"],
    'python -c "import torch" (floor)': ["-c", "import torch"],
    'python -c "import transformers"': ["-c", "import transformers"],
}
"""What is timed, and the arguments to the Python interpreter that run it (the last two for scale)."""


def best_of(arguments: list[str], runs: int) -> float:
    """The shortest wall time of ``runs`` fresh interpreter processes running ``arguments``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *arguments], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_model() -> str:
    """The CPU's marketing name from /proc/cpuinfo (Linux), else what ``platform`` knows."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def l3_size() -> str:
    """The L3 cache size of CPU 0 as sysfs reports it (per instance), or "unknown"."""
    for index in sorted(Path("/sys/devices/system/cpu/cpu0/cache").glob("index*")):
        level = index / "level"
        if level.exists() and level.read_text().strip() == "3":
            return (index / "size").read_text().strip()
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="Processes per command; the best is reported.")
    args = parser.parse_args()
    print(f"{cpu_model()}, L3 {l3_size()}, Python {platform.python_version()}, best of {args.runs} runs")
    print(f"{'command':<36}{'wall s':>8}")
    for label, arguments in COMMANDS.items():
        print(f"{label:<36}{best_of(arguments, args.runs):>8.2f}", flush=True)


if __name__ == "__main__":
    main()
