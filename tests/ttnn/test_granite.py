"""Granite on TTNN without a device: every slot resolves to a TTNN module, the graph builds, weights are planned.

Runs anywhere: nothing here imports ttnn or needs a Tenstorrent device.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import attrs
import pytest

from tttv2 import ModelContainer, build_model
from tttv2.errors import ConfigError, DeviceUnavailableError
from tttv2.families import GraniteFamily
from tttv2.loading import Checkpoint, open_checkpoint
from tttv2.testing.tiny_checkpoints import save_checkpoint, tiny_model
from tttv2.ttnn import MultipliedEmbedding, ScaledLinearHead, ScaledResidualBlock, ScaledTiedHead, TTNNDecoderModel
from tttv2.ttnn.loading import plan_device_weights

TILE_SIZES = {"hidden_size": 128, "num_attention_heads": 4, "num_key_value_heads": 2}  # head_dim 32: one tile
EXPECTED_DEVICE_ERROR = ("ttnn is not installed: pip install 'tttv2[ttnn]' on Python 3.10 or 3.12"
                         if importlib.util.find_spec("ttnn") is None else "no Tenstorrent device found: ")


@pytest.fixture(params=GraniteFamily.parity_configs, ids=[config.name for config in GraniteFamily.parity_configs])
def granite(request: pytest.FixtureRequest, tmp_path: Path) -> Checkpoint:
    config = attrs.evolve(request.param, options={**request.param.options, **TILE_SIZES})
    return open_checkpoint(save_checkpoint(tiny_model(config, "granite"), tmp_path, with_tokenizer=False))


def test_granite_resolves_every_slot_to_a_ttnn_module_and_plans_its_weights(granite: Checkpoint) -> None:
    assert granite.spec.validate(device="ttnn") == []
    model = ModelContainer(spec=granite.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    assert all(record.implementation.startswith("tttv2.ttnn.") for record in model.records)
    assert isinstance(model.embedding, MultipliedEmbedding)
    assert all(isinstance(block, ScaledResidualBlock) for block in model.layers)
    head = granite.spec.modules["head"]
    assert head is not None
    assert isinstance(model.head, ScaledTiedHead if head.module == "scaled-tied-head" else ScaledLinearHead)
    planned = {f"{p.path}.{p.name}" for p in plan_device_weights(model, granite)}  # names and shapes only
    assert {"embedding.weight", "final_norm.weight", "head.weight", "layers.2.attention.qkv_proj.weight"} <= planned


def test_building_granite_for_ttnn_fails_on_the_missing_device(granite: Checkpoint,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TT_METAL_MOCK_CLUSTER_DESC_PATH", raising=False)
    with pytest.raises(DeviceUnavailableError) as raised:
        build_model(granite.spec, device="ttnn")
    assert str(raised.value).startswith(EXPECTED_DEVICE_ERROR)


@pytest.mark.parametrize("make", [
    lambda: MultipliedEmbedding(vocab_size=64, hidden_dim=32, multiplier=0.0),
    lambda: ScaledLinearHead(hidden_dim=32, vocab_size=64, logits_scaling=-2.0),
    lambda: ScaledTiedHead(hidden_dim=32, vocab_size=64, logits_scaling=0.0),
], ids=["embedding", "linear-head", "tied-head"])
def test_multipliers_that_are_not_positive_are_refused(make: object) -> None:
    with pytest.raises(ConfigError, match="must be positive"):
        make()  # type: ignore[operator]  # a zero-argument lambda
