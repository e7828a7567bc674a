"""The ttt command sees the user's code (--import, the current directory), starts light, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import pty
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tttv2.cli import main
from tttv2.registry import Registry

USER_MODULE = '''
import torch
from torch import nn
from tttv2.registry import register_module

@register_module(name="{name}-norm", category="norm", description="Scales by the inverse RMS, no weight.",
                 hardware_support=["cpu"], tags=["user"])
class UserNorm(nn.Module):
    def __init__(self, *, eps: float = 1e-6) -> None:
        super().__init__()
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.float().pow(2).mean(-1, keepdim=True) + self.eps).to(x.dtype)
'''

SPEC = """dims: {vocab_size: 40, hidden_dim: 16, num_layers: 2, num_heads: 4, num_kv_heads: 2, head_dim: 4,
       intermediate_dim: 32}
modules:
  norm: {module: %s}
"""


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_registry: Registry,
             request: pytest.FixtureRequest) -> Iterator[str]:
    """A current directory holding a user's module file (named after the test: imported once per process)."""
    name = f"usermods_{request.node.name.replace('[', '_').replace(']', '').replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(USER_MODULE.format(name=name.replace("_", "-")))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the CLI appends the current directory
    yield name
    sys.modules.pop(name, None)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_makes_a_users_module_visible_to_discovery(user_dir: str) -> None:
    registered = f"{user_dir.replace('_', '-')}-norm"
    code, out, err = run("--import", user_dir, "list-modules", "--category", "norm")
    assert code == 0 and registered in out, err
    code, out, _ = run("--import", user_dir, "search", "inverse rms")
    assert code == 0 and registered in out
    code, out, _ = run("--import", user_dir, "info", registered)
    assert code == 0 and f"{user_dir}:UserNorm" in out


def test_import_paths_resolve_from_the_current_directory_for_check_and_validate(user_dir: str, tmp_path: Path) -> None:
    code, out, err = run("check", f"{user_dir}:UserNorm", "--category", "norm")
    assert code == 0 and "passed" in out, out + err
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC % f"'{user_dir}:UserNorm'")
    code, out, err = run("validate", str(spec))
    assert code == 0 and "ok" in out, err
    spec.write_text(SPEC % f"{user_dir.replace('_', '-')}-norm")
    code, out, err = run("--import", user_dir, "graph", str(spec))
    assert code == 0 and f"{user_dir}:UserNorm" in out, err


def test_import_failures_name_the_module_without_a_traceback(user_dir: str, tmp_path: Path) -> None:
    code, _, err = run("--import", "no_such_module_here", "list-modules")
    assert code == 1 and "--import no_such_module_here: no module named 'no_such_module_here'" in err
    code, _, err = run("--import", f"{user_dir}.py", "list-modules")
    assert code == 1 and f"did you mean '{user_dir}'?" in err
    code, _, err = run("--import", user_dir[:-1], "list-modules")
    assert code == 1 and f"did you mean '{user_dir}'?" in err
    (tmp_path / "broken_user_mod.py").write_text("import json\nraise ValueError('half-written module')\n")
    code, _, err = run("--import", "broken_user_mod", "list-modules")
    assert code == 1 and "--import broken_user_mod: importing it raised ValueError: half-written module" in err
    assert "broken_user_mod.py:2" in err and "Traceback" not in err
    (tmp_path / "exiting_user_mod.py").write_text("import sys\nsys.exit(3)\n")
    code, _, err = run("--import", "exiting_user_mod", "list-modules")
    assert code == 1 and "--import exiting_user_mod: importing it raised SystemExit: 3" in err
    (tmp_path / "missing_dep_user_mod.py").write_text("import no_such_dependency_xyz\n")
    code, _, err = run("--import", "missing_dep_user_mod", "list-modules")
    assert code == 1 and "raised ModuleNotFoundError: No module named 'no_such_dependency_xyz'" in err
    for name in ("broken_user_mod", "exiting_user_mod", "missing_dep_user_mod"):
        sys.modules.pop(name, None)


def test_model_commands_never_make_the_current_directory_importable(user_dir: str) -> None:
    """A checkpoint directory may be the current directory: its .py files must stay unimportable."""
    before = list(sys.path)
    code, _, _ = run("models")
    assert code == 0 and sys.path == before
    run("list-modules", "--category", "norm")
    assert sys.path == [*before, str(Path.cwd())]


def test_validate_help_says_spec_paths_import_code() -> None:
    code, out, _ = run("validate", "--help")
    assert code == 0 and "import and run Python code" in out and "_target_" in out and "--import" in out


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "tttv2", "--help"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0 and done.stdout.startswith("Usage: python -m tttv2 ") and "--import" in done.stdout


DISCOVERY_PROBE = """
import json, sys
from tttv2.cli import main
seen = {}
for args in (["--help"], ["list-modules"], ["search", "norm"], ["info", "rms-norm"], ["docs"], ["models"],
             ["schema"]):
    try:
        main.main(args=args, standalone_mode=False)
    except SystemExit as exc:
        assert not exc.code, (args, exc.code)
    seen[" ".join(args)] = sorted(m for m in ("torch", "transformers", "ttnn") if m in sys.modules)
print(json.dumps(seen), file=sys.stderr)
"""


def test_help_and_discovery_commands_do_not_import_transformers_or_ttnn() -> None:
    """Start-up speed: transformers (~2 s) and ttnn load only in commands that need them; --help not even torch."""
    done = subprocess.run([sys.executable, "-c", DISCOVERY_PROBE], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stderr.strip().splitlines()[-1])
    assert seen.pop("--help") == []
    assert all(loaded == ["torch"] for loaded in seen.values()), seen


def test_ctrl_c_during_imports_exits_130_without_a_traceback() -> None:
    """SIGINT while the command is still importing torch: "[interrupted]", exit code 130, no traceback."""
    process = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "tttv2", "list-modules"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    lines: list[str] = []
    for line in process.stderr:  # -X importtime reports each module as it finishes importing
        lines.append(line)
        if line.rstrip().endswith(" torch._C") or "| torch." in line:
            break
    process.send_signal(signal.SIGINT)
    err = "".join(lines) + process.stderr.read()
    assert process.wait(timeout=60) == 130, err[-2000:]
    assert "[interrupted]" in err and "Traceback" not in err


class CtrlCOnRead(io.RawIOBase):
    """A terminal whose user presses Ctrl-C at the prompt: reading raises KeyboardInterrupt, as SIGINT does."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if len(buffer) == 0:
            return 0
        raise KeyboardInterrupt


@pytest.fixture(scope="module")
def chat_checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Llama with a character tokenizer and a one-line chat template."""
    from .families.tiny_checkpoints import FAMILIES, char_tokenizer, save_checkpoint

    directory = tmp_path_factory.mktemp("chat")
    save_checkpoint(FAMILIES["llama"].build(), directory, with_tokenizer=False)
    tokenizer = char_tokenizer()
    tokenizer.chat_template = "{% for m in messages %}{{ m['content'] }}\n{% endfor %}"
    tokenizer.save_pretrained(directory)
    return directory


def test_chat_ends_at_end_of_input_and_exits_130_on_ctrl_c_at_the_prompt(chat_checkpoint: Path) -> None:
    chat = ["chat", "--model", str(chat_checkpoint), "--max-new-tokens", "2"]
    result = CliRunner().invoke(main, chat, input="")
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, chat, input="hi\n")
    assert result.exit_code == 0 and result.stdout.endswith("\n") and len(result.stdout) > 1, result.output
    result = CliRunner().invoke(main, chat, input=CtrlCOnRead())
    assert result.exit_code == 130 and "[interrupted]" in result.stderr
    assert "Aborted" not in result.output


@pytest.mark.slow
def test_chat_on_a_terminal_ctrl_d_ends_the_line_and_ctrl_c_exits_130(chat_checkpoint: Path) -> None:
    """A real terminal (pty): Ctrl-D at the prompt prints a newline and exits 0; SIGINT at the prompt exits 130."""
    for key, expected in ((b"\x04", 0), (None, 130)):
        controller, terminal = pty.openpty()
        process = subprocess.Popen([sys.executable, "-m", "tttv2", "chat", "--model", str(chat_checkpoint)],
                                   stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(terminal)
        assert process.stderr is not None
        err = b""
        while not err.endswith(b"> "):
            chunk = process.stderr.read1(1024)  # type: ignore[attr-defined]  # BufferedReader
            assert chunk, err
            err += chunk
        if key is None:
            process.send_signal(signal.SIGINT)
        else:
            os.write(controller, key)
        _, rest = process.communicate(timeout=60)
        os.close(controller)
        assert process.returncode == expected, (err + rest)[-2000:]
        assert b"Traceback" not in rest
        if expected == 0:
            assert rest.startswith(b"\n")
        else:
            assert b"[interrupted]" in rest
