"""Choosing TTNN modules for a spec, checking it against a checkpoint, and failing clearly without a device.

Runs anywhere: nothing here imports ttnn or needs a Tenstorrent device.
"""

from __future__ import annotations

import importlib.util

import attrs
import pytest
import torch

from tttv2 import ModelContainer, ModelSpec, build_model, load_pretrained
from tttv2.errors import ConfigError, DeviceUnavailableError, GenerationError, SpecError
from tttv2.families.base import unpermute_rotary_rows
from tttv2.generation import SamplingSettings
from tttv2.loading import Checkpoint
from tttv2.modules.rope import RotaryEmbedding as TorchRotaryEmbedding
from tttv2.protocols import LINEAR_GROUPS
from tttv2.registry import default_registry
from tttv2.resolve import resolve
from tttv2.spec import DEFAULT_MODULES, SLOT_CATEGORIES, Dimensions, LayerOverride, ModuleRef, SlotPatch
from tttv2.ttnn import TensorGroup, TTNNDecoderModel, TTNNPrecision
from tttv2.ttnn.device import open_device
from tttv2.ttnn.generation import generate_ids
from tttv2.ttnn.loading import host_tensor, plan_device_weights
from tttv2.ttnn.rotary import rotary_tables, transformation_matrix
from tttv2.ttnn.weights import Preparation, arrange_on_host, interleave_rotary_rows
from tttv2.weights import GGUFSource

ATOL, RTOL = 1e-5, 1e-5  # fp32 on both sides; the rotations differ only in the order of operations

NO_TTNN_MESSAGE = "ttnn is not installed: pip install 'tttv2[ttnn]' on Python 3.10 or 3.12"
NO_CHIP_MESSAGE = "no Tenstorrent device found: "
EXPECTED_DEVICE_ERROR = NO_TTNN_MESSAGE if importlib.util.find_spec("ttnn") is None else NO_CHIP_MESSAGE


@pytest.fixture
def llama_dims() -> Dimensions:
    # GQA 4/2 heads; head_dim and hidden_dim are tile multiples (ttnn's rms_norm and rotary need 32)
    return Dimensions(vocab_size=96, hidden_dim=64, num_layers=3, num_heads=4, num_kv_heads=2, head_dim=32,
                      intermediate_dim=96, max_seq_len=128)


@pytest.fixture
def no_mock_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let ttnn (where installed) look for real chips, not the mock descriptor the weight tests use."""
    monkeypatch.delenv("TT_METAL_MOCK_CLUSTER_DESC_PATH", raising=False)


def test_the_registry_lists_a_ttnn_implementation_of_every_default_module() -> None:
    on_ttnn = default_registry.list_modules(hardware="ttnn")
    implemented = {info.implements: info for info in on_ttnn if info.implements}
    assert set(DEFAULT_MODULES.values()) <= set(implemented)
    for name, info in implemented.items():
        assert info.hardware_support == ("ttnn",)
        assert info.cls.__module__.startswith("tttv2.ttnn.")
        assert info.category == default_registry.get(name).category
        assert default_registry.for_hardware(name, "ttnn") == info


def test_smollm2_resolves_every_slot_to_a_ttnn_module(smollm2: Checkpoint) -> None:
    spec = smollm2.spec
    assert spec.validate(device="ttnn") == []
    for slot, category in SLOT_CATEGORIES.items():
        ref = spec.ref(slot)
        if ref is not None:
            chosen = resolve(ref.module, category=category, hardware="ttnn", registry=default_registry)
            assert chosen.cls.__module__.startswith("tttv2.ttnn."), (slot, chosen)


@pytest.mark.parametrize("ffn", [ModuleRef(module="moe", config={"num_experts": 4}), ModuleRef(module="gelu-mlp"),
                                 ModuleRef(module="stacked-expert-moe", config={"num_experts": 4})])
def test_slots_without_a_ttnn_implementation_are_listed(llama_dims: Dimensions, ffn: ModuleRef) -> None:
    spec = ModelSpec.create(dims=llama_dims, modules={"ffn": ffn})
    assert spec.validate(device="cpu") == []
    problems = spec.validate(device="ttnn")
    assert [p.path for p in problems] == ["ffn.module"]
    assert f"no implementation of {ffn.module!r} runs on ttnn" in problems[0].message
    with pytest.raises(SpecError) as raised:  # before any device is opened
        build_model(spec, device="ttnn")
    assert "ffn.module" in str(raised.value)


def test_an_uncovered_per_layer_slot_is_named_by_its_layer(llama_dims: Dimensions) -> None:
    moe_on_layer_1 = LayerOverride(select="1", slots={"ffn": SlotPatch(module="moe", config={"num_experts": 4})})
    spec = ModelSpec.create(dims=llama_dims, layers=[moe_on_layer_1])
    assert [p.path for p in spec.validate(device="ttnn")] == ["layers[1].ffn.module"]


def test_opening_a_device_says_what_is_missing(no_mock_cluster: None) -> None:
    with pytest.raises(DeviceUnavailableError) as raised:
        open_device(0)
    assert str(raised.value).startswith(EXPECTED_DEVICE_ERROR)


def test_build_model_for_ttnn_fails_with_the_device_error(smollm2: Checkpoint, no_mock_cluster: None) -> None:
    with pytest.raises(DeviceUnavailableError) as raised:
        build_model(smollm2.spec, device="ttnn")
    assert str(raised.value).startswith(EXPECTED_DEVICE_ERROR)


def test_load_pretrained_for_ttnn_fails_before_reading_any_weight(
        smollm2: Checkpoint, no_mock_cluster: None, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = GGUFSource.load

    def recording_load(self: GGUFSource, name: str) -> torch.Tensor:
        read.append(name)
        return original(self, name)

    monkeypatch.setattr(GGUFSource, "load", recording_load)
    with pytest.raises(DeviceUnavailableError) as raised:
        load_pretrained(str(smollm2.source.path), device="ttnn")
    assert str(raised.value).startswith(EXPECTED_DEVICE_ERROR)
    assert read == []


def test_the_ttnn_graph_builds_without_a_device_and_matches_the_checkpoint(smollm2: Checkpoint) -> None:
    model = ModelContainer(spec=smollm2.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel) and model.mesh_device is None
    assert all(record.implementation.startswith("tttv2.ttnn.") for record in model.records)
    plan = {f"{p.path}.{p.name}": p for p in plan_device_weights(model, smollm2)}  # names and shapes only
    per_layer = ("attention_norm.weight", "ffn_norm.weight", "attention.qkv_proj.weight", "attention.o_proj.weight",
                 "ffn.gate.weight", "ffn.up.weight", "ffn.down.weight", "attention.position.cos",
                 "attention.position.sin", "attention.position.transformation")
    expected = {"embedding.weight", "final_norm.weight", "head.weight"}
    expected |= {f"layers.{i}.{name}" for i in range(smollm2.spec.dims.num_layers) for name in per_layer}
    assert set(plan) == expected
    assert plan["head.weight"].tensor_names == ("token_embd.weight",)  # SmolLM2 ties its head to the embedding
    assert plan["layers.0.attention.qkv_proj.weight"].tensor_names == (
        "blk.0.attn_q.weight", "blk.0.attn_k.weight", "blk.0.attn_v.weight")


def test_interleaved_qk_rows_are_the_gguf_rows_again(smollm2: Checkpoint) -> None:
    # llama.cpp stores Q/K rows in interleaved pairs, the layout rotary_embedding_llama rotates; the
    # family un-permutes them to Hugging Face's halves, and the ttnn loader interleaves them back
    model = ModelContainer(spec=smollm2.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    plan = {f"{p.path}.{p.name}": p for p in plan_device_weights(model, smollm2)}
    fused = host_tensor(plan["layers.0.attention.qkv_proj.weight"], smollm2)
    raw = [smollm2.source.load(f"blk.0.attn_{part}.weight") for part in ("q", "k", "v")]
    torch.testing.assert_close(fused, torch.cat(raw), atol=0, rtol=0)


def test_interleaving_undoes_the_family_unpermutation() -> None:
    weight = torch.randn(6 * 32, 10, generator=torch.Generator().manual_seed(0))
    bias = torch.randn(6 * 32, generator=torch.Generator().manual_seed(1))
    for tensor in (weight, bias):
        assert torch.equal(interleave_rotary_rows(unpermute_rotary_rows(tensor, 6), 6), tensor)


def test_rotary_tables_and_transformation_matrix_rotate_like_the_torch_rope() -> None:
    # rotary_embedding_llama's documented formula, x * cos + (x @ T) * sin per 32-wide tile, written
    # in torch over interleaved heads, against tttv2's rotate-half RoPE over the same heads
    heads, seq, head_dim, theta = 3, 11, 64, 10000.0
    q = torch.randn(1, heads, seq, head_dim, generator=torch.Generator().manual_seed(0))
    positions = torch.arange(seq)[None]
    torch_rope = TorchRotaryEmbedding(head_dim=head_dim, rope_theta=theta)
    expected, _ = torch_rope.apply(q, q, positions)
    pairs = _interleave_last_axis(q)
    cos, sin = rotary_tables(torch_rope.inverse_frequencies, max_seq_len=seq)
    transformation = transformation_matrix()[0, 0]
    turned = (pairs.reshape(*pairs.shape[:-1], -1, 32) @ transformation).reshape(pairs.shape)
    torch.testing.assert_close(pairs * cos + turned * sin, _interleave_last_axis(expected), atol=ATOL, rtol=RTOL)


def test_host_arrangements_match_what_the_ttnn_ops_take() -> None:
    weight = torch.arange(12.0).reshape(3, 4)
    assert torch.equal(arrange_on_host(weight, Preparation.LINEAR)[0, 0], weight.T)
    assert arrange_on_host(torch.ones(3), Preparation.BIAS).shape == (1, 1, 1, 3)
    gamma = torch.arange(64.0)
    assert torch.equal(arrange_on_host(gamma, Preparation.NORM).flatten(), gamma)
    assert arrange_on_host(gamma, Preparation.NORM).shape == (1, 1, 2, 32)
    assert torch.equal(arrange_on_host(gamma, Preparation.OFFSET_NORM).flatten(), gamma + 1)
    assert arrange_on_host(weight, Preparation.EMBEDDING).shape == (1, 1, 3, 4)
    with pytest.raises(ConfigError, match="multiple of 32"):
        arrange_on_host(torch.ones(48), Preparation.NORM)


def test_block_floats_are_refused_for_row_major_groups() -> None:
    assert TTNNPrecision(ffn="bfloat8_b").dtype_of(TensorGroup.FFN) == "bfloat8_b"
    with pytest.raises(ConfigError) as raised:
        TTNNPrecision(embedding="bfloat8_b", norm="bfloat4_b")
    assert "TTNNPrecision.embedding" in str(raised.value) and "TTNNPrecision.norm" in str(raised.value)


def test_qk_norm_specs_fail_when_the_ttnn_graph_is_built(llama_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=llama_dims, modules={"qk_norm": "rms-norm"})  # Qwen3's layout
    with pytest.raises(ConfigError, match="qk_norm"):
        ModelContainer(spec=spec, device="ttnn").model()


def _interleave_last_axis(x: torch.Tensor) -> torch.Tensor:
    """Rotate-half halves ``(a0 .. a_{d/2-1}, b0 ..)`` to pairs ``(a0, b0, a1, b1, ...)``."""
    half = x.shape[-1] // 2
    return torch.stack((x[..., :half], x[..., half:]), dim=-1).flatten(-2)


def test_ttnn_generation_refuses_prompts_of_different_lengths(smollm2: Checkpoint) -> None:
    model = ModelContainer(spec=smollm2.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    with pytest.raises(GenerationError, match="same length"):  # refused when called, before any device work
        generate_ids(model, [[1, 2, 3], [4, 5]], max_new_tokens=2, settings=SamplingSettings())


def test_separate_qkv_projections_are_planned_per_projection(smollm2: Checkpoint) -> None:
    attention = ModuleRef(module="grouped-query-attention", config={"fused_qkv": False})
    spec = attrs.evolve(smollm2.spec, modules={**smollm2.spec.modules, "attention_layer": attention})
    assert spec.validate(device="ttnn") == []
    model = ModelContainer(spec=spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    plan = {f"{p.path}.{p.name}": p for p in plan_device_weights(model, smollm2)}
    assert "layers.0.attention.qkv_proj.weight" not in plan
    for part in ("q", "k", "v"):
        planned = plan[f"layers.0.attention.{part}_proj.weight"]
        assert planned.tensor_names == (f"blk.0.attn_{part}.weight",)
        torch.testing.assert_close(host_tensor(planned, smollm2), smollm2.source.load(f"blk.0.attn_{part}.weight"),
                                   atol=0, rtol=0)


def test_ttnn_precision_groups_use_the_linear_slots_group_names() -> None:
    assert set(LINEAR_GROUPS) <= {group.value for group in TensorGroup}
    precision = TTNNPrecision.for_groups({"ffn.up": "bfloat8_b", "ffn.down": "bfloat4_b", "attention.qkv": "float32"})
    assert precision == TTNNPrecision(ffn="bfloat8_b", ffn_down="bfloat4_b", attention_qkv="float32")
    assert precision.dtype_of(TensorGroup("ffn.down")) == "bfloat4_b" and precision.dtype_of(TensorGroup.HEAD) == "bfloat16"
    with pytest.raises(ConfigError, match=r"unknown tensor group 'ffn\.dwn'.*did you mean 'ffn\.down'"):
        TTNNPrecision.for_groups({"ffn.dwn": "bfloat8_b"})
