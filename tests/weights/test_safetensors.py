"""SafetensorsSource: single-file and sharded directories read back exactly, and every error named."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from tttv2.errors import CheckpointError
from tttv2.weights import SafetensorsSource, TensorInfo, WeightSource, open_safetensors_dir

CONFIG = {"model_type": "llama", "hidden_size": 64, "num_attention_heads": 4, "rope_theta": 10000.0}


def _tensors(seed: int) -> dict[str, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    return {
        f"model.layers.{seed}.self_attn.q_proj.weight": torch.randn(8, 16, generator=generator).to(torch.bfloat16),
        f"model.layers.{seed}.input_layernorm.weight": torch.randn(16, generator=generator),
    }


def _write_single(directory: Path) -> dict[str, torch.Tensor]:
    directory.mkdir(exist_ok=True)
    (directory / "config.json").write_text(json.dumps(CONFIG))
    tensors = _tensors(0) | _tensors(1)
    save_file(tensors, directory / "model.safetensors")
    return tensors


def _write_sharded(directory: Path, shards: int = 2) -> dict[str, torch.Tensor]:
    directory.mkdir(exist_ok=True)
    (directory / "config.json").write_text(json.dumps(CONFIG))
    weight_map: dict[str, str] = {}
    everything: dict[str, torch.Tensor] = {}
    for index in range(shards):
        shard = f"model-{index + 1:05d}-of-{shards:05d}.safetensors"
        tensors = _tensors(index)
        save_file(tensors, directory / shard)
        weight_map |= dict.fromkeys(tensors, shard)
        everything |= tensors
    (directory / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    return everything


def _assert_reads_back(source: SafetensorsSource, expected: dict[str, torch.Tensor]) -> None:
    assert set(source.tensor_infos()) == set(expected)
    for name, tensor in expected.items():
        info = source.tensor_infos()[name]
        assert info == TensorInfo(
            name=name, shape=tuple(tensor.shape), dtype="BF16" if tensor.dtype == torch.bfloat16 else "F32"
        )
        loaded = source.load(name)
        assert loaded.dtype == tensor.dtype  # stored dtype, converted later by the loader
        torch.testing.assert_close(loaded, tensor, atol=0.0, rtol=0.0)


def test_single_file_directory(tmp_path: Path) -> None:
    expected = _write_single(tmp_path)
    with open_safetensors_dir(tmp_path) as source:
        assert source.config == CONFIG
        _assert_reads_back(source, expected)


def test_sharded_directory(tmp_path: Path) -> None:
    expected = _write_sharded(tmp_path, shards=3)
    with open_safetensors_dir(str(tmp_path)) as source:
        assert source.path == tmp_path
        _assert_reads_back(source, expected)
        # shard order first: every tensor of shard 1 comes before any of shard 2
        assert list(source.tensor_infos())[:2] == sorted(_tensors(0))


def test_source_conforms_to_weight_source(tmp_path: Path) -> None:
    _write_single(tmp_path)
    source: WeightSource = open_safetensors_dir(tmp_path)
    assert isinstance(source, WeightSource)
    source.close()
    source.close()  # twice is harmless


def test_unknown_tensor_suggests_close_names(tmp_path: Path) -> None:
    _write_sharded(tmp_path)
    with open_safetensors_dir(tmp_path) as source, pytest.raises(CheckpointError) as caught:
        source.load("model.layers.1.self_attn.q_prj.weight")
    message = str(caught.value)
    assert str(tmp_path) in message
    assert "did you mean 'model.layers.1.self_attn.q_proj.weight'" in message


def test_load_after_close_is_an_error(tmp_path: Path) -> None:
    _write_single(tmp_path)
    with open_safetensors_dir(tmp_path) as source:
        pass
    with pytest.raises(CheckpointError, match="closed"):
        source.load("model.layers.0.input_layernorm.weight")


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(CheckpointError, match=r"nope: no such directory"):
        open_safetensors_dir(tmp_path / "nope")


def test_file_instead_of_directory(tmp_path: Path) -> None:
    _write_single(tmp_path)
    with pytest.raises(CheckpointError, match=r"model\.safetensors: is a file, expected a directory"):
        open_safetensors_dir(tmp_path / "model.safetensors")


def test_directory_without_config(tmp_path: Path) -> None:
    _write_single(tmp_path)
    (tmp_path / "config.json").unlink()
    with pytest.raises(CheckpointError, match=r"no config\.json") as caught:
        open_safetensors_dir(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_config_that_is_not_json(tmp_path: Path) -> None:
    _write_single(tmp_path)
    (tmp_path / "config.json").write_text("{'model_type': 'llama'}")
    with pytest.raises(CheckpointError, match=r"config\.json: not valid JSON") as caught:
        open_safetensors_dir(tmp_path)
    assert caught.value.__cause__ is not None


def test_config_that_is_not_an_object(tmp_path: Path) -> None:
    _write_single(tmp_path)
    (tmp_path / "config.json").write_text("[1, 2]")
    with pytest.raises(CheckpointError, match="expected a JSON object, got list"):
        open_safetensors_dir(tmp_path)


def test_directory_without_weights(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps(CONFIG))
    with pytest.raises(CheckpointError, match=r"neither model\.safetensors nor model\.safetensors\.index\.json"):
        open_safetensors_dir(tmp_path)


def test_index_referencing_a_missing_shard(tmp_path: Path) -> None:
    _write_sharded(tmp_path)
    (tmp_path / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(CheckpointError) as caught:
        open_safetensors_dir(tmp_path)
    message = str(caught.value)
    assert "model.safetensors.index.json" in message
    assert "model-00002-of-00002.safetensors" in message


def test_index_without_weight_map(tmp_path: Path) -> None:
    _write_sharded(tmp_path)
    (tmp_path / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}}))
    with pytest.raises(CheckpointError, match="'weight_map' must map tensor names to shard file names"):
        open_safetensors_dir(tmp_path)


def test_index_listing_a_tensor_its_shard_lacks(tmp_path: Path) -> None:
    _write_sharded(tmp_path)
    index_path = tmp_path / "model.safetensors.index.json"
    index = json.loads(index_path.read_text())
    index["weight_map"]["lm_head.weight"] = "model-00001-of-00002.safetensors"
    index_path.write_text(json.dumps(index))
    with pytest.raises(CheckpointError, match=r"'lm_head\.weight' \(in model-00001-of-00002\.safetensors\)"):
        open_safetensors_dir(tmp_path)


@pytest.mark.parametrize(
    "corrupt",
    [lambda raw: b"\x10\x00\x00\x00\x00\x00\x00\x00{not json......}", lambda raw: raw[:20], lambda raw: b""],
    ids=["garbled-header", "cut-in-header", "empty"],
)
def test_corrupt_shard_header(tmp_path: Path, corrupt: Callable[[bytes], bytes]) -> None:
    _write_sharded(tmp_path)
    shard = tmp_path / "model-00002-of-00002.safetensors"
    shard.write_bytes(corrupt(shard.read_bytes()))
    with pytest.raises(CheckpointError, match="corrupt safetensors file") as caught:
        open_safetensors_dir(tmp_path)
    assert str(shard) in str(caught.value)


def test_shard_cut_in_its_data(tmp_path: Path) -> None:
    _write_single(tmp_path)
    shard = tmp_path / "model.safetensors"
    raw = shard.read_bytes()
    shard.write_bytes(raw[: len(raw) - 16])
    with pytest.raises(CheckpointError) as caught:
        open_safetensors_dir(tmp_path)
    assert str(shard) in str(caught.value)
