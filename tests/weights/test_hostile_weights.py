"""Hostile or careless weight files: shard paths leaving the checkpoint, non-float or non-finite weights."""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors.torch import load_file, save_file

from tests.families.tiny_checkpoints import FAMILIES, save_checkpoint
from tests.families.tiny_gguf import gguf_tensors, write_gguf
from tttv2.errors import CheckpointError
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.pretrained import load_pretrained
from tttv2.weights import open_gguf, open_safetensors_dir
from tttv2.weights.safetensors import MAX_JSON_BYTES

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


def test_a_shard_symlink_loop_is_named(tmp_path: Path) -> None:
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "a.safetensors"})
    os.symlink("b.safetensors", directory / "a.safetensors")
    os.symlink("a.safetensors", directory / "b.safetensors")
    with pytest.raises(CheckpointError, match=r"'a' -> 'a\.safetensors' \(a symlink loop\)"):
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


# --- weight values: integer or boolean tensors for float parameters, NaN and infinity ------------------------

UP = "model.layers.1.mlp.up_proj.weight"


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("tiny-llama")
    return save_checkpoint(FAMILIES["llama"].build(seed=0), directory, with_tokenizer=False)


def with_tensors(tiny: Path, target: Path, edit: Callable[[dict[str, torch.Tensor]], None]) -> Path:
    """A copy of the tiny checkpoint with ``edit`` applied to its tensors."""
    shutil.copytree(tiny, target)
    tensors = load_file(target / "model.safetensors")
    edit(tensors)
    save_file(tensors, str(target / "model.safetensors"), metadata={"format": "pt"})
    return target


def load(path: Path, dtype: torch.dtype = torch.float32, *, check_finite: bool = True) -> DecoderModel:
    checkpoint = open_checkpoint(path)
    try:
        return build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", dtype, check_finite=check_finite)
    finally:
        checkpoint.source.close()


@pytest.mark.parametrize(("stored", "dtype_name"), [
    (torch.randint(-3, 3, (96, 64)), "I64"),
    (torch.randint(-3, 3, (96, 64), dtype=torch.int8), "I8"),
    (torch.randint(0, 3, (96, 64), dtype=torch.uint8), "U8"),
    (torch.rand(96, 64) > 0.5, "BOOL"),
])
def test_an_integer_or_boolean_tensor_for_a_float_weight_is_named(tiny_llama: Path, tmp_path: Path,
                                                                   stored: torch.Tensor, dtype_name: str) -> None:
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", lambda tensors: tensors.__setitem__(UP, stored))
    with pytest.raises(CheckpointError) as caught:
        load(directory)
    assert (f"tensor {UP!r} holds {dtype_name} values, but parameter 'layers.1.ffn.up.weight' is a floating-point "
            "weight") in str(caught.value)
    assert caught.value.tensors == (UP,)


@pytest.mark.parametrize("stored", [torch.float16, torch.bfloat16])
def test_half_precision_tensors_still_load(tiny_llama: Path, tmp_path: Path, stored: torch.dtype) -> None:
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", lambda tensors: tensors.__setitem__(UP, tensors[UP].to(stored)))
    weight = dict(load(directory).named_parameters())["layers.1.ffn.up.weight"]
    assert weight.dtype == torch.float32


def poke(name: str, index: tuple[int, ...], value: float) -> Callable[[dict[str, torch.Tensor]], None]:
    def edit(tensors: dict[str, torch.Tensor]) -> None:
        tensors[name][index] = value
    return edit


@pytest.mark.parametrize(("name", "parameter", "index", "value", "count"), [
    (UP, "layers.1.ffn.up.weight", (3, 5), math.nan, "holds 1 NaN and 0 infinite value(s) (the first at index [3, 5])"),
    (UP, "layers.1.ffn.up.weight", (0, 0), math.inf, "holds 0 NaN and 1 infinite value(s) (the first at index [0, 0])"),
    ("model.norm.weight", "final_norm.weight", (7,), -math.inf, "holds 0 NaN and 1 infinite value(s) (the first at index [7])"),
])
def test_nan_or_infinity_in_a_weight_is_named(tiny_llama: Path, tmp_path: Path, name: str, parameter: str,
                                              index: tuple[int, ...], value: float, count: str) -> None:
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", poke(name, index, value))
    with pytest.raises(CheckpointError) as caught:
        load(directory)
    assert str(caught.value).startswith(f"{directory}: tensor {name!r} (for parameter {parameter!r}) {count}")
    assert "check_finite=False" in str(caught.value)
    assert caught.value.tensors == (name,)


def test_check_finite_false_loads_the_values_as_stored(tiny_llama: Path, tmp_path: Path) -> None:
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", poke(UP, (3, 5), math.nan))
    weight = dict(load(directory, check_finite=False).named_parameters())["layers.1.ffn.up.weight"]
    assert math.isnan(float(weight[3, 5])) and int(weight.isnan().sum()) == 1


def test_load_pretrained_scans_for_nan_unless_told_not_to(tiny_llama: Path, tmp_path: Path) -> None:
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", poke(UP, (3, 5), math.nan))
    with pytest.raises(CheckpointError, match=r"holds 1 NaN .*check_finite=False"):
        load_pretrained(str(directory))
    loaded = load_pretrained(str(directory), check_finite=False)
    assert int(dict(loaded.model.named_parameters())["layers.1.ffn.up.weight"].isnan().sum()) == 1


def test_a_value_the_target_dtype_cannot_hold_is_named(tiny_llama: Path, tmp_path: Path) -> None:
    """1e6 is a fine float32 weight, but float16 tops out at 65504: the conversion, not the file, is at fault."""
    directory = with_tensors(tiny_llama, tmp_path / "ckpt", poke(UP, (2, 2), 1e6))
    load(directory, torch.float32)
    with pytest.raises(CheckpointError, match=rf"tensor {UP!r} .* has values beyond the range of torch\.float16 "
                                              r"\(largest magnitude 1e\+06\): load it in a wider dtype"):
        load(directory, torch.float16)


def test_gguf_integer_tensor_and_nan_are_named(tmp_path: Path) -> None:
    shapes = gguf_tensors()
    integers = np.ones(shapes["blk.1.ffn_up.weight"], dtype=np.int32)
    with pytest.raises(CheckpointError, match=r"tensor 'blk\.1\.ffn_up\.weight' holds I32 values, but parameter "
                                              r"'layers\.1\.ffn\.up\.weight' is a floating-point weight"):
        load(write_gguf(tmp_path / "int.gguf", tensors={"blk.1.ffn_up.weight": integers}))
    nan = np.zeros(shapes["blk.0.ffn_down.weight"], dtype=np.float32)
    nan[1, 2] = np.nan
    with pytest.raises(CheckpointError, match=r"tensor 'blk\.0\.ffn_down\.weight' \(for parameter "
                                              r"'layers\.0\.ffn\.down\.weight'\) holds 1 NaN"):
        load(write_gguf(tmp_path / "nan.gguf", tensors={"blk.0.ffn_down.weight": nan}))


def test_the_finite_scan_covers_tensors_larger_than_one_scan_step(tmp_path: Path) -> None:
    """The scan goes in slices; a NaN in the last slice of a tensor longer than one slice is still found."""
    from tttv2.loading import _SCAN_VALUES, _all_finite

    values = torch.zeros(_SCAN_VALUES + 3)
    assert _all_finite(values)
    values[-1] = math.nan
    assert not _all_finite(values)


# --- files that are not what they claim: devices, FIFOs, huge or deeply nested JSON ----------------------------

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(),
                                 reason="needs /dev/zero and FIFOs (POSIX)")


def single_file_checkpoint(directory: Path) -> Path:
    directory.mkdir()
    (directory / "config.json").write_text(json.dumps({"model_type": "llama"}))
    write_shard(directory / "model.safetensors", "a")
    return directory


@needs_posix
@pytest.mark.parametrize("name", ["config.json", "model.safetensors"])
def test_a_device_in_place_of_a_checkpoint_file_is_never_read(tmp_path: Path, name: str) -> None:
    directory = single_file_checkpoint(tmp_path / "ckpt")
    (directory / name).unlink()
    os.symlink("/dev/zero", directory / name)
    with pytest.raises(CheckpointError, match=rf"{name}: not a regular file|{name} \(a symlink to /dev/zero\)"):
        open_safetensors_dir(directory)


@needs_posix
def test_a_fifo_in_place_of_the_config_or_a_shard_is_never_opened(tmp_path: Path) -> None:
    """Opening a FIFO blocks until someone writes to it: this test would hang if either were opened."""
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "a.safetensors"})
    os.mkfifo(directory / "a.safetensors")
    with pytest.raises(CheckpointError, match=r"a\.safetensors: not a regular file \(a device, FIFO or socket\)"):
        open_safetensors_dir(directory)
    (directory / "config.json").unlink()
    os.mkfifo(directory / "config.json")
    with pytest.raises(CheckpointError, match=r"config\.json: not a regular file"):
        open_safetensors_dir(directory)
    os.mkfifo(tmp_path / "model.gguf")
    with pytest.raises(CheckpointError, match=r"model\.gguf: not a regular file"):
        open_gguf(tmp_path / "model.gguf")


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000])
@pytest.mark.parametrize("name", ["config.json", INDEX])
def test_deeply_nested_json_is_a_checkpoint_error(tmp_path: Path, name: str, text: str) -> None:
    directory = sharded_checkpoint(tmp_path / "ckpt", {"a": "a.safetensors"})
    write_shard(directory / "a.safetensors", "a")
    (directory / name).write_text(text)
    with pytest.raises(CheckpointError, match=rf"{name}: JSON nested too deeply"):
        open_safetensors_dir(directory)


def test_an_oversized_config_is_refused_unread(tmp_path: Path) -> None:
    directory = single_file_checkpoint(tmp_path / "ckpt")
    with (directory / "config.json").open("r+b") as stream:
        stream.truncate(MAX_JSON_BYTES + 1)  # sparse: no disk used, and never read
    with pytest.raises(CheckpointError, match=rf"config\.json: {MAX_JSON_BYTES + 1} bytes, more than any config"):
        open_safetensors_dir(directory)
