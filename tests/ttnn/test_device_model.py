"""SmolLM2 on a Tenstorrent device against the CPU model: prefill logits and teacher-forced decode logits.

Needs a Tenstorrent device; everywhere else every test here skips, naming what is missing. These
tests have never run: no device was available where they were written.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import torch

from tttv2 import load_pretrained
from tttv2.errors import DeviceUnavailableError
from tttv2.loading import Checkpoint
from tttv2.pretrained import PretrainedModel
from tttv2.ttnn import TTNNDecoderModel, close_device

pytestmark = pytest.mark.ttnn

MIN_PCC = 0.99  # bfloat16 weights and activations on the device against an fp32 CPU reference
PROMPT = "The capital of France is"
CONTINUATION = " Paris. It is known for"


@pytest.fixture(scope="module")
def on_device(smollm2: Checkpoint) -> Iterator[PretrainedModel]:
    try:
        loaded = load_pretrained(str(smollm2.source.path), device="ttnn")
    except DeviceUnavailableError as exc:
        pytest.skip(f"needs a Tenstorrent device: {exc}")
    yield loaded
    assert isinstance(loaded.model, TTNNDecoderModel) and loaded.model.mesh_device is not None
    close_device(loaded.model.mesh_device)


@pytest.fixture(scope="module")
def on_cpu(smollm2: Checkpoint) -> PretrainedModel:
    return load_pretrained(str(smollm2.source.path))


def test_prefill_logits_follow_the_cpu_model(on_device: PretrainedModel, on_cpu: PretrainedModel) -> None:
    ids = torch.tensor([on_cpu.encode(PROMPT)])
    with torch.inference_mode():
        expected = on_cpu.model(ids)
    actual = on_device.model(ids)
    assert actual.shape == expected.shape
    assert _pcc(actual, expected) >= MIN_PCC


def test_decode_logits_follow_the_cpu_model(on_device: PretrainedModel, on_cpu: PretrainedModel) -> None:
    prompt = on_cpu.encode(PROMPT)
    following = on_cpu.encode(CONTINUATION)
    with torch.inference_mode():
        expected = on_cpu.model(torch.tensor([prompt + following]))[0]
    model = on_device.model
    assert isinstance(model, TTNNDecoderModel)
    cache = model.new_cache(batch_size=1, capacity=len(prompt) + len(following))
    steps = [model.prefill(prompt, cache=cache)]
    steps += [model.decode([token], cache=cache)[0] for token in following[:-1]]
    for offset, logits in enumerate(steps):
        assert _pcc(logits, expected[len(prompt) - 1 + offset]) >= MIN_PCC, f"step {offset}"


def _pcc(actual: torch.Tensor, expected: torch.Tensor) -> float:
    pair = torch.stack((actual.flatten().double(), expected.flatten().double()))
    return float(torch.corrcoef(pair)[0, 1])
