"""The container: specs naming registered, import-path and class modules build and run; overrides swap slots."""

from __future__ import annotations

import pytest
import torch
from dependency_injector import providers

from tests.helpers.custom_modules import EagerKernel, ScaledNorm, WrongKernel
from tests.helpers.tolerance import assert_reordered_close, model_reduction_length
from tttv2 import ModelContainer, ModelFactory, ModelSpec, SpecError, build_model, override_slot
from tttv2.modules import EagerAttention, SDPAAttention
from tttv2.registry import ModuleRegistry, register_module, use_registry
from tttv2.spec import Dimensions, ModuleRef


def _tokens(vocab: int, batch: int = 2, seq: int = 7) -> torch.Tensor:
    return torch.randint(0, vocab, (batch, seq), generator=torch.Generator().manual_seed(0))


@pytest.mark.parametrize("norm", ["rms-norm", "tests.helpers.custom_modules:ScaledNorm", ScaledNorm])
def test_registered_import_path_and_class_references_build_and_run(small_dims: Dimensions, norm: object) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"norm": ModuleRef(module=norm)})  # type: ignore[arg-type]  # parametrised
    torch.manual_seed(0)
    model = build_model(spec)
    logits = model(_tokens(small_dims.vocab_size))
    assert logits.shape == (2, 7, small_dims.vocab_size) and torch.isfinite(logits).all()
    assert model.to_spec() == spec


def test_overriding_the_kernel_provider_swaps_every_layer(small_spec: ModelSpec) -> None:
    torch.manual_seed(0)
    container = ModelContainer(spec=small_spec)
    reference = container.model()
    tokens = _tokens(small_spec.dims.vocab_size)
    with container.attention.override(providers.Factory(EagerKernel)):
        swapped = container.model()
    swapped.load_state_dict(reference.state_dict())
    assert all(isinstance(layer.attention.kernel, EagerKernel) for layer in swapped.layers)
    # fp32; eager vs fused attention differ only in reduction order
    assert_reordered_close(swapped(tokens), reference(tokens), model_reduction_length(small_spec.dims, keys=7))
    assert "override of the container's provider" in swapped.explain()
    assert all(isinstance(layer.attention.kernel, SDPAAttention) for layer in container.model().layers)


def test_typed_override_binds_dimensions_and_config(small_spec: ModelSpec) -> None:
    container = ModelContainer(spec=small_spec)
    with override_slot(container.norm, ScaledNorm, gain=2.0):
        model = container.model()
    assert isinstance(model.final_norm, ScaledNorm) and model.final_norm.gain == 2.0
    assert model.final_norm.weight.shape == (small_spec.dims.hidden_dim,)


def test_non_conforming_override_is_rejected(small_spec: ModelSpec) -> None:
    container = ModelContainer(spec=small_spec)
    with container.attention.override(providers.Factory(WrongKernel)), pytest.raises(SpecError) as raised:
        container.model()
    assert "layers[0].attention.kernel" in str(raised.value) and "does not conform" in str(raised.value)


def test_slot_provider_called_directly_builds_the_base_module(small_spec: ModelSpec) -> None:
    container = ModelContainer(spec=small_spec)
    assert isinstance(container.attention(), SDPAAttention)
    container.check_dependencies()
    with pytest.raises(Exception, match="undefined dependencies"):
        ModelContainer().check_dependencies()


def test_invalid_spec_raises_every_problem_and_builds_nothing(small_dims: Dimensions) -> None:
    spec = ModelSpec.create(dims=small_dims, modules={"attention": "sdpaa", "ffn": ModuleRef(module="swiglu", config={"bias": 1})})
    with pytest.raises(SpecError) as raised:
        build_model(spec)
    assert len(raised.value.problems) == 2
    assert "did you mean 'sdpa'" in str(raised.value)


def test_per_layer_overrides_reach_the_right_layers(small_dims: Dimensions) -> None:
    spec = ModelSpec.from_dict({
        "dims": {**{k: getattr(small_dims, k) for k in ("vocab_size", "hidden_dim", "num_heads", "num_kv_heads",
                                                        "head_dim", "intermediate_dim")}, "num_layers": 4},
        "modules": {"attention_layer": {"module": "gqa", "config": {"window": 3}}},
        "layers": [{"select": "1::2", "attention_layer": {"config": {"window": None}}, "attention": "eager",
                    "ffn": {"module": "moe", "config": {"num_experts": 3, "top_k": 2}}}],
    })
    model = build_model(spec)
    assert [layer.attention.window for layer in model.layers] == [3, None, 3, None]
    assert [type(layer.attention.kernel) for layer in model.layers] == [SDPAAttention, EagerAttention] * 2
    assert model.windows() == (3, None, 3, None)
    assert "layers[1].ffn" in model.explain() and "registry name 'moe'" in model.explain()
    assert model(_tokens(small_dims.vocab_size)).shape[-1] == small_dims.vocab_size


def test_tied_head_shares_the_embedding(small_dims: Dimensions) -> None:
    model = build_model(ModelSpec.create(dims=small_dims, modules={"head": "tied-head"}))
    assert model.head.embedding is model.embedding
    assert sum(1 for _ in model.parameters()) == sum(1 for _ in model.named_parameters())


def test_thirty_layer_graph_builds_on_meta_quickly() -> None:
    dims = Dimensions(vocab_size=49152, hidden_dim=576, num_layers=30, num_heads=9, num_kv_heads=3, head_dim=64,
                      intermediate_dim=1536)
    spec = ModelSpec.create(dims=dims, modules={"head": "tied-head"})
    model = build_model(spec, on_meta=True)
    assert len(model.layers) == 30 and next(model.parameters()).is_meta


def test_seed_model_factory_from_config() -> None:
    with use_registry():
        @register_module(name="flash-attention-v3", category="attention", hardware_support=["cpu", "cuda"], alias="flash3")
        class FlashAttentionV3(EagerKernel):
            def __init__(self, *, hidden_dim: int, num_heads: int) -> None:
                self.hidden_dim = hidden_dim

        built = ModelFactory.from_config({"layers": [
            {"name": "attention_0", "module": "flash-attention-v3", "config": {"hidden_dim": 64, "num_heads": 4}},
            {"name": "norm_0", "module": ScaledNorm, "config": {"hidden_dim": 64}},
        ]}, device="cpu")
        assert isinstance(built["attention_0"], FlashAttentionV3) and isinstance(built["norm_0"], ScaledNorm)
        with pytest.raises(SpecError) as raised:
            ModelFactory.from_config({"layers": [
                {"name": "a", "module": "flash-atention-v3", "config": {}},
                {"name": "b", "module": "flash3", "config": {"hidden_dim": "x"}},
            ]}, device="ttnn")
        text = str(raised.value)
        assert "did you mean 'flash-attention-v3'" in text and "does not run on ttnn" in text
        assert ModuleRegistry.get_module("flash3") is FlashAttentionV3


def test_uncovered_device_raises_device_coverage_error_listing_slots(small_dims: Dimensions) -> None:
    from tttv2 import DeviceCoverageError

    spec = ModelSpec.create(dims=small_dims, modules={"ffn": ModuleRef(module="moe", config={"num_experts": 2}),
                                                      "attention": "eager-attention"})
    with pytest.raises(DeviceCoverageError) as raised:
        build_model(spec, device="ttnn")
    uncovered = [p.path for p in raised.value.problems if p.uncovered_device]  # type: ignore[attr-defined]  # SpecProblems
    assert uncovered == ["attention.module", "ffn.module"]
    assert "no implementation of 'moe' runs on ttnn" in str(raised.value)


def test_cuda_without_a_gpu_is_a_clear_error(small_spec: ModelSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    from tttv2.errors import DeviceUnavailableError

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(DeviceUnavailableError, match="CUDA is not available"):
        build_model(small_spec, device="cuda")
