"""The ``linear`` slot: every projection of the built-in modules comes from it, globally, per group, per layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch
from dependency_injector import providers
from torch import Tensor, nn

from tests.helpers.tolerance import model_reduction_length, reordered
from tttv2 import ModelContainer, ModelSpec, SpecError, build_model, native
from tttv2.conformance import check_conformance
from tttv2.loading import apply_overrides
from tttv2.modules import DenseLinear, GeluMLP, GroupedQueryAttention, MixtureOfExperts, RotaryEmbedding, SDPAAttention, SwiGLU, linear
from tttv2.modules.linear import NativeGemv, use_native_gemv
from tttv2.pretrained import load_pretrained
from tttv2.protocols import LINEAR_GROUPS, Linear, LinearFactory
from tttv2.registry import default_registry
from tttv2.spec import SLOT_CATEGORIES, Dimensions, ModuleRef

from .families.tiny_checkpoints import FAMILIES, prompt_ids, save_checkpoint

PROJECTIONS_PER_LAYER = 7  # q, k, v, o, gate, up, down
HEAD_PROJECTIONS = 1  # an untied head's proj


class CountingLinear(nn.Module):
    """A duck-typed projection with nn.Linear's constructor and parameter names that counts its calls."""

    calls = 0

    def __init__(self, in_features: int, out_features: int, bias: bool = True,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = nn.Parameter(torch.zeros(out_features, in_features, device=device, dtype=dtype))
        self.bias = nn.Parameter(torch.zeros(out_features, device=device, dtype=dtype)) if bias else None

    def forward(self, x: Tensor) -> Tensor:
        type(self).calls += 1
        return nn.functional.linear(x, self.weight, self.bias)


class OtherLinear(CountingLinear):
    """A second class, to tell groups and layers apart."""


class ProjectingNorm(nn.Module):
    """A user module whose projection is a required collaborator: the container gives it the slot's factory."""

    def __init__(self, *, hidden_dim: int, proj: LinearFactory[Tensor]) -> None:
        super().__init__()
        self.proj = proj(hidden_dim, hidden_dim)

    def forward(self, x: Tensor) -> Tensor:
        return self.proj.forward(x)


@pytest.fixture(autouse=True)
def _reset_counts() -> Iterator[None]:
    CountingLinear.calls = 0
    yield


def _projections(model: nn.Module) -> dict[str, type]:
    return {name: type(module) for name, module in model.named_modules()
            if name.rsplit(".", 1)[-1] in {"q_proj", "k_proj", "v_proj", "o_proj", "gate", "up", "down", "proj"}}


def _tokens(vocab: int) -> Tensor:
    return torch.randint(0, vocab, (2, 7), generator=torch.Generator().manual_seed(0))


def test_the_dense_builtin_is_registered_and_conforms() -> None:
    info = default_registry.get("linear")
    assert info.cls is DenseLinear and info.category == "linear" and default_registry.get("dense").cls is DenseLinear
    assert check_conformance(DenseLinear(4, 6), Linear) == []
    assert isinstance(DenseLinear(4, 6), nn.Linear)
    layer = DenseLinear(4, 6, bias=True)
    assert {name: tuple(p.shape) for name, p in layer.named_parameters()} == {"weight": (6, 4), "bias": (6,)}
    assert DenseLinear(4, 6).bias is None


def test_modules_built_in_python_default_to_dense() -> None:
    attention = GroupedQueryAttention(hidden_dim=8, num_heads=2, num_kv_heads=1, head_dim=4, kernel=SDPAAttention(),
                                      position=RotaryEmbedding(head_dim=4), bias=True)
    assert set(_projections(attention).values()) == {DenseLinear}
    assert attention.q_proj.bias is not None and attention.o_proj.bias is None
    assert attention.k_proj.weight.shape == (4, 8)
    for ffn in (SwiGLU(hidden_dim=8, intermediate_dim=16), GeluMLP(hidden_dim=8, intermediate_dim=16)):
        assert isinstance(ffn.up, DenseLinear) and ffn.down.weight.shape == (8, 16)
    gated = SwiGLU(hidden_dim=8, intermediate_dim=16, up_linear=CountingLinear, down_linear=OtherLinear)
    assert (type(gated.gate), type(gated.up), type(gated.down)) == (CountingLinear, CountingLinear, OtherLinear)


def test_a_spec_without_linear_keeps_parameter_names_and_dense_projections(small_spec: ModelSpec) -> None:
    assert "linear" not in small_spec.modules
    model = build_model(small_spec)
    assert set(_projections(model).values()) == {DenseLinear}
    assert "layers.0.attention.q_proj.weight" in model.state_dict()
    assert "layers[0].attention.qkv_linear" in model.explain()


def test_the_global_slot_swaps_every_projection(small_spec: ModelSpec) -> None:
    torch.manual_seed(0)
    reference = build_model(small_spec)
    swapped = build_model(ModelSpec.create(dims=small_spec.dims, modules={"linear": CountingLinear}))
    assert set(_projections(swapped).values()) == {CountingLinear}
    assert list(swapped.state_dict()) == list(reference.state_dict())
    swapped.load_state_dict(reference.state_dict())
    tokens = _tokens(small_spec.dims.vocab_size)
    CountingLinear.calls = 0
    with torch.no_grad():
        torch.testing.assert_close(swapped(tokens), reference(tokens), rtol=0, atol=0)
    assert CountingLinear.calls == PROJECTIONS_PER_LAYER * small_spec.dims.num_layers + HEAD_PROJECTIONS


def test_the_head_group_chooses_the_untied_heads_projection(small_spec: ModelSpec) -> None:
    assert small_spec.modules["head"].module == "linear-head"
    spec = ModelSpec.create(dims=small_spec.dims, modules={"linear.head": CountingLinear})
    projections = _projections(build_model(spec))
    assert projections["head.proj"] is CountingLinear
    assert {kind for name, kind in projections.items() if name != "head.proj"} == {DenseLinear}


def test_group_slots_take_precedence_over_linear(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"linear": CountingLinear, "linear.ffn.down": OtherLinear,
                                                      "linear.attention.qkv": "dense"})
    projections = _projections(build_model(spec))
    assert projections["layers.0.attention.q_proj"] is DenseLinear
    assert projections["layers.0.attention.v_proj"] is DenseLinear
    assert projections["layers.0.attention.o_proj"] is CountingLinear
    assert projections["layers.2.ffn.gate"] is CountingLinear and projections["layers.2.ffn.up"] is CountingLinear
    assert projections["layers.2.ffn.down"] is OtherLinear


def test_group_names_are_slots() -> None:
    assert set(LINEAR_GROUPS) == {"attention.qkv", "attention.out", "ffn.up", "ffn.down", "head"}
    assert {slot for slot, category in SLOT_CATEGORIES.items() if category == "linear"} == {
        "linear", *(f"linear.{group}" for group in LINEAR_GROUPS)}


def test_per_layer_linear_from_a_spec_file(small_dims: Dimensions) -> None:
    spec = ModelSpec.from_dict({
        "dims": {k: getattr(small_dims, k) for k in ("vocab_size", "hidden_dim", "num_layers", "num_heads",
                                                     "num_kv_heads", "head_dim", "intermediate_dim")},
        "modules": {"linear": "dense"},
        "layers": [{"select": "1", "linear.ffn.up": "tests.test_linear_slot:CountingLinear",
                    "linear": {"module": "tests.test_linear_slot:OtherLinear", "config": {"bias": False}}}],
    })
    model = build_model(spec)
    projections = _projections(model)
    assert projections["layers.0.ffn.up"] is DenseLinear and projections["layers.2.attention.o_proj"] is DenseLinear
    assert projections["layers.1.ffn.up"] is CountingLinear and projections["layers.1.ffn.gate"] is CountingLinear
    assert projections["layers.1.ffn.down"] is OtherLinear and projections["layers.1.attention.q_proj"] is OtherLinear
    assert model(_tokens(small_dims.vocab_size)).shape[-1] == small_dims.vocab_size


def test_moe_experts_take_their_projections_from_the_slot(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={
        "linear": CountingLinear, "ffn": ModuleRef(module="moe", config={"num_experts": 3, "top_k": 2})})
    model = build_model(spec)
    ffn = model.layers[0].ffn
    assert isinstance(ffn, MixtureOfExperts)
    assert all(type(expert.down) is CountingLinear for expert in ffn.experts)
    assert type(ffn.router) is nn.Linear  # the router is no expert projection: it stays dense


def test_unknown_or_non_conforming_linear_is_a_spec_error(small_dims: Dimensions) -> None:
    with pytest.raises(SpecError, match="linear"):
        build_model(ModelSpec.create(dims=small_dims, modules={"linear": "densse"}))
    with pytest.raises(SpecError, match=r"linear\.ffn\.dwn"):
        ModelSpec.create(dims=small_dims, modules={"linear.ffn.dwn": "dense"})
    with pytest.raises(SpecError):
        build_model(ModelSpec.create(dims=small_dims, modules={"linear": SDPAAttention}))


def test_overriding_the_container_provider_swaps_every_projection(small_spec: ModelSpec) -> None:
    container = ModelContainer(spec=small_spec)
    with container.linear.override(providers.Object(CountingLinear)):
        model = container.model()
    assert set(_projections(model).values()) == {CountingLinear}
    assert "override of the container's provider" in model.explain()


def test_load_pretrained_swaps_every_projection_with_equal_logits(tmp_path: Path) -> None:
    directory = save_checkpoint(FAMILIES["llama-biases"].build(seed=0), tmp_path / "llama-biases")
    reference = load_pretrained(str(directory))
    use_native_gemv(reference.model, enabled=False)  # torch's linear on both sides, so the logits are bit-equal
    swapped = load_pretrained(str(directory), overrides={"linear": CountingLinear})
    assert set(_projections(swapped.model).values()) == {CountingLinear}
    assert list(swapped.model.state_dict()) == list(reference.model.state_dict())
    for (name, ours), theirs in zip(swapped.model.state_dict().items(), reference.model.state_dict().values(), strict=True):
        assert torch.equal(ours, theirs), name
    tokens = torch.tensor([prompt_ids()])
    CountingLinear.calls = 0
    with torch.no_grad():
        torch.testing.assert_close(swapped.model(tokens), reference.model(tokens), rtol=0, atol=0)
    assert CountingLinear.calls == PROJECTIONS_PER_LAYER * swapped.model.spec.dims.num_layers + HEAD_PROJECTIONS


def test_a_linear_override_replaces_the_group_slots_too(small_dims: Dimensions) -> None:
    spec = ModelSpec.from_dict({
        "dims": {k: getattr(small_dims, k) for k in ("vocab_size", "hidden_dim", "num_layers", "num_heads",
                                                     "num_kv_heads", "head_dim", "intermediate_dim")},
        "modules": {"linear.ffn.down": "dense"},
        "layers": [{"select": "1", "linear.attention.qkv": "dense"}],
    })
    overridden, factories = apply_overrides(spec, {"linear": CountingLinear})
    assert not factories
    assert set(_projections(build_model(overridden)).values()) == {CountingLinear}
    kept, _ = apply_overrides(spec, {"linear": CountingLinear, "linear.ffn.down": OtherLinear})
    assert {name: kind for name, kind in _projections(build_model(kept)).items() if kind is not CountingLinear} == {
        f"layers.{i}.ffn.down": OtherLinear for i in range(small_dims.num_layers)}


def test_a_user_module_with_a_required_linear_gets_the_slot_or_dense(small_dims: Dimensions) -> None:
    dense = ModelSpec.create(dims=small_dims, modules={"norm": ProjectingNorm})
    assert dense.validate() == []
    assert type(build_model(dense).final_norm.proj) is DenseLinear
    counted = ModelSpec.create(dims=small_dims, modules={"norm": ProjectingNorm, "linear": CountingLinear})
    assert type(build_model(counted).final_norm.proj) is CountingLinear


@pytest.mark.skipif(not native.kernels_available(), reason="the native kernels could not be built")
def test_load_pretrained_sends_decode_products_through_the_native_gemv(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    directory = save_checkpoint(FAMILIES["llama-biases"].build(seed=0), tmp_path / "llama-biases")
    model = load_pretrained(str(directory)).model
    switched = [module for module in model.modules() if isinstance(module, NativeGemv)]
    assert len(switched) == PROJECTIONS_PER_LAYER * model.spec.dims.num_layers + HEAD_PROJECTIONS
    assert all(module.native_gemv for module in switched)
    calls = []

    def counted(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
        calls.append(x.shape[0])
        return native.dense_matmul(x, weight, bias)

    monkeypatch.setattr(linear, "native", SimpleNamespace(dense_matmul=counted))
    token = torch.tensor([prompt_ids()[:1], prompt_ids()[1:2]])  # a decode step of two rows
    with torch.no_grad():
        fast = model(token)
        assert calls == [2] * len(switched)
        assert use_native_gemv(model, enabled=False) == len(switched)
        reference = model(token)
    assert len(calls) == len(switched)  # switched off: torch's linear
    keys = model_reduction_length(model.spec.dims, keys=1)  # the same float32 sums in another order
    torch.testing.assert_close(fast, reference, **reordered(reference, keys))


@pytest.mark.skipif(not native.kernels_available(), reason="the native kernels could not be built")
@pytest.mark.parametrize(("dtype", "shape", "native_rows"), [
    (torch.float32, (1, 1, 24), True), (torch.float32, (16, 24), True), (torch.float32, (2, 8, 24), True),
    (torch.float32, (1, 17, 24), False), (torch.bfloat16, (8, 24), True), (torch.bfloat16, (3, 3, 24), False),
])
def test_the_native_gemv_gives_torchs_linear_and_leaves_longer_inputs_to_it(
        dtype: torch.dtype, shape: tuple[int, ...], native_rows: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    generator = torch.Generator().manual_seed(len(shape))
    layer = DenseLinear(24, 10, bias=True, dtype=dtype)
    with torch.no_grad():
        for parameter in layer.parameters():
            parameter.copy_(torch.randn(parameter.shape, generator=generator))
    x = torch.randn(shape, generator=generator).to(dtype)
    reference = layer(x)
    calls = []
    monkeypatch.setattr(linear, "native", SimpleNamespace(dense_matmul=lambda *operands: calls.append(1) or
                                                          native.dense_matmul(*operands)))
    layer.native_gemv = True
    fast = layer(x)
    assert fast.shape == reference.shape and fast.dtype == dtype
    assert calls == ([1] if native_rows else [])  # up to 16 rows in float32, 8 in bfloat16
    if native_rows:
        torch.testing.assert_close(fast, reference, **reordered(reference, 24))
    else:
        assert torch.equal(fast, reference)  # more rows: a prefill, torch's GEMM
