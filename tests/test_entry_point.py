"""The console script's entry point: an interrupt while the CLI is still importing exits 130 without a traceback."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

INTERRUPT_DURING_CLI_IMPORT = textwrap.dedent("""
    import sys

    class InterruptingFinder:  # Ctrl-C arriving exactly while tttv2.cli is being imported
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name == "tttv2.cli":
                raise KeyboardInterrupt
            return None

    sys.meta_path.insert(0, InterruptingFinder)
    from tttv2.__main__ import run
    run()
""")


def test_interrupt_while_the_cli_imports_exits_130_quietly() -> None:
    done = subprocess.run([sys.executable, "-c", INTERRUPT_DURING_CLI_IMPORT], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and "[interrupted]" in done.stderr


def test_the_console_script_is_the_guarded_entry_point() -> None:
    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["ttt"] == "tttv2.__main__:run"
