"""A user's own project, outside this repository, type-checks custom modules against tttv2's contracts.

This proves ``py.typed`` ships and that mypy finds tttv2 through the (editable) install: slow,
because mypy reads torch's annotations.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

USER_CODE = '''
from torch import Tensor
from tttv2.protocols import AttentionKernel, Norm


class Good:
    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return q


class MissingMask:
    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor) -> Tensor:
        return q


good: AttentionKernel[Tensor] = Good()
bad: AttentionKernel[Tensor] = MissingMask()
not_a_norm: Norm[Tensor] = Good()
'''


def test_mypy_in_a_user_project_checks_against_the_contracts(tmp_path: Path) -> None:
    (tmp_path / "user_modules.py").write_text(USER_CODE)
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "user_modules.py"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["17", "18"], result.stdout
    assert all("[assignment]" in line for line in errors)
