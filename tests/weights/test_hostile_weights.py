"""Hostile or careless weight files: shard paths leaving the checkpoint, and the errors that name them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from tttv2.errors import CheckpointError
from tttv2.weights import open_safetensors_dir

INDEX = "model.safetensors.index.json"


def sharded_checkpoint(directory: Path, weight_map: dict[str, str]) -> Path:
    """A config, an index with ``weight_map``, and one shard holding ``a`` and one holding ``b``."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "config.json").write_text(json.dumps({"model_type": "llama"}))
    (directory / INDEX).write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    return directory


def write_shard(path: Path, name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({name: torch.ones(2)}, str(path))
    return path


@pytest.mark.parametrize(("entry", "why"), [
    ("../outside.safetensors", "goes up with '..'"),
    ("sub/../../outside.safetensors", "goes up with '..'"),
    ("ABSOLUTE", "an absolute path"),
    ("/dev/zero", "an absolute path"),
    ("C:\\Windows\\outside.safetensors", "an absolute path"),
    ("b\0.safetensors", "a NUL byte"),
])
def test_an_index_entry_leaving_the_directory_is_refused_naming_the_entry(tmp_path: Path, entry: str,
                                                                          why: str) -> None:
    outside = write_shard(tmp_path / "outside.safetensors", "b")
    entry = str(outside) if entry == "ABSOLUTE" else entry
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "a.safetensors", "b": entry})
    write_shard(directory / "a.safetensors", "a")
    with pytest.raises(CheckpointError) as caught:
        open_safetensors_dir(directory)
    message = str(caught.value)
    assert message.startswith(f"{directory / INDEX}: shard paths must stay inside the checkpoint directory")
    assert f"'b' -> {entry!r} ({why}" in message
    assert caught.value.tensors == ("b",)
    assert caught.value.path == directory / INDEX


def test_a_shard_symlinked_outside_the_directory_is_refused(tmp_path: Path) -> None:
    outside = write_shard(tmp_path / "elsewhere" / "b.safetensors", "b")
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "a.safetensors", "b": "b.safetensors"})
    write_shard(directory / "a.safetensors", "a")
    os.symlink(outside, directory / "b.safetensors")
    with pytest.raises(CheckpointError, match=rf"'b' -> 'b\.safetensors' \(a symlink to {outside}\)"):
        open_safetensors_dir(directory)


def test_a_single_file_symlinked_outside_the_directory_is_refused(tmp_path: Path) -> None:
    outside = write_shard(tmp_path / "elsewhere" / "model.safetensors", "a")
    directory = tmp_path / "ckpt"
    directory.mkdir()
    (directory / "config.json").write_text("{}")
    os.symlink(outside, directory / "model.safetensors")
    with pytest.raises(CheckpointError, match=rf"model\.safetensors \(a symlink to {outside}\), outside the "
                                              rf"checkpoint directory {directory}"):
        open_safetensors_dir(directory)


def test_shards_in_subfolders_and_symlinks_inside_the_directory_load(tmp_path: Path) -> None:
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "parts/a.safetensors", "b": "b.safetensors"})
    write_shard(directory / "parts" / "a.safetensors", "a")
    write_shard(directory / "real-b.safetensors", "b")
    os.symlink("real-b.safetensors", directory / "b.safetensors")
    with open_safetensors_dir(directory) as source:
        assert sorted(source.tensor_infos()) == ["a", "b"]
        assert source.load("b").tolist() == [1.0, 1.0]


def test_the_hugging_face_cache_layout_loads(tmp_path: Path) -> None:
    """The hub cache keeps every snapshot file as a symlink to ``../../blobs/<hash>``."""
    repo = tmp_path / "models--org--name"
    snapshot = sharded_checkpoint(repo / "snapshots" / "0123abc", {"a": "a.safetensors", "b": "b.safetensors"})
    for name in ("a", "b"):
        write_shard(repo / "blobs" / f"hash-{name}", name)
        os.symlink(f"../../blobs/hash-{name}", snapshot / f"{name}.safetensors")
    with open_safetensors_dir(snapshot) as source:
        assert sorted(source.tensor_infos()) == ["a", "b"]


def test_a_missing_shard_in_a_subfolder_is_named_by_its_index_path(tmp_path: Path) -> None:
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "parts/a.safetensors"})
    with pytest.raises(CheckpointError, match=r"missing from .*: parts/a\.safetensors"):
        open_safetensors_dir(directory)
