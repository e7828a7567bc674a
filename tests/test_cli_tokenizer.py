"""`ttt generate --tokenizer PATH` gives a checkpoint saved without tokenizer files the tokenizer it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tttv2.cli import main


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same tiny Llama saved with and without tokenizer files."""
    root = tmp_path_factory.mktemp("cli-tokenizer")
    model = FAMILIES["llama"].build()
    return (save_checkpoint(model, root / "with", with_tokenizer=True),
            save_checkpoint(model, root / "bare", with_tokenizer=False))


def test_generate_without_a_tokenizer_says_to_pass_one(checkpoints: tuple[Path, Path]) -> None:
    _, bare = checkpoints
    result = CliRunner().invoke(main, ["generate", "--model", str(bare), "--max-new-tokens", "3", "ab"])
    assert result.exit_code == 1
    assert "has no tokenizer" in result.output and "--tokenizer PATH" in result.output


def test_generate_with_tokenizer_option_matches_the_checkpoint_with_its_own(checkpoints: tuple[Path, Path]) -> None:
    with_tokenizer, bare = checkpoints
    own = CliRunner().invoke(main, ["generate", "--model", str(with_tokenizer), "--max-new-tokens", "4", "ab"])
    given = CliRunner().invoke(main, ["generate", "--model", str(bare), "--tokenizer", str(with_tokenizer),
                                      "--max-new-tokens", "4", "ab"])
    assert own.exit_code == 0, own.output
    assert given.exit_code == 0, given.output
    assert given.stdout == own.stdout
