"""Perplexity of SmolLM2 on a fixed text, quantized and in bf16, against tttv2's own fp32 on the same file.

Bounds (issue 15): int8 within 1 %, int4 within 5 %, gguf within 2 %, bf16 within 2 %. The text is scored twice for the
quantized linears: through the prefill path (dequantized GEMM) and through the decode kernels (torch's packed
kernels with bf16 activations, tttv2's block kernel with int8 activations), by giving every row to one path.
"""

from __future__ import annotations

import importlib.util
import math

import pytest
import torch

from tttv2 import native
from tttv2.modules import GGUFEmbedding, quantized_linear
from tttv2.modules.quantized_linear import GGUFLinear
from tttv2.pretrained import PretrainedModel, load_pretrained
from tttv2.shipped import SHIPPED

pytestmark = pytest.mark.slow

TEXT = (
    "The city of Paris is the capital and most populous city of France. Situated on the river Seine, in the north "
    "of the country, it is at the heart of the Ile-de-France region. The city is a major railway, highway and "
    "air-transport hub served by two international airports. Opened in 1900, the city's subway system, the Paris "
    "Metro, serves more than five million passengers daily. Paris is especially known for its museums and "
    "architectural landmarks: the Louvre received more than eight million visitors, making it the most-visited "
    "art museum in the world."
)
BOUNDS = {"int8": 0.01, "int4": 0.05, "gguf": 0.02}


def _perplexity(loaded: PretrainedModel) -> float:
    assert loaded.tokenizer is not None
    ids = torch.tensor([loaded.tokenizer(TEXT)["input_ids"]])
    with torch.no_grad():
        logits = loaded.model(ids).float()
    loss = torch.nn.functional.cross_entropy(logits[0, :-1], ids[0, 1:])
    return math.exp(float(loss))


@pytest.fixture(scope="module")
def fp32_perplexity() -> float:
    if importlib.util.find_spec(SHIPPED["smollm2-135m"].package) is None:
        pytest.skip(f"smollm2-135m needs {SHIPPED['smollm2-135m'].install}")
    return _perplexity(load_pretrained("smollm2-135m"))


def _every_row_through(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``"prefill"``: the dequantized GEMM takes every row; ``"decode-kernels"``: the kernels do."""
    limit = 1 << 30 if path == "decode-kernels" else 0
    monkeypatch.setattr(quantized_linear, "PACKED_KERNEL_MAX_TOKENS", limit)
    monkeypatch.setattr(quantized_linear, "BLOCK_KERNEL_MAX_TOKENS", limit)


@pytest.mark.parametrize("quantize", sorted(BOUNDS))
@pytest.mark.parametrize("path", ["prefill", "decode-kernels"])
def test_quantized_perplexity_stays_close_to_fp32(fp32_perplexity: float, quantize: str, path: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _every_row_through(path, monkeypatch)
    perplexity = _perplexity(load_pretrained("smollm2-135m", quantize=quantize))
    assert abs(perplexity / fp32_perplexity - 1) < BOUNDS[quantize], (perplexity, fp32_perplexity)


def test_bf16_perplexity_stays_within_two_percent(fp32_perplexity: float) -> None:
    perplexity = _perplexity(load_pretrained("smollm2-135m", dtype=torch.bfloat16))
    assert abs(perplexity / fp32_perplexity - 1) < 0.02, (perplexity, fp32_perplexity)


@pytest.mark.parametrize("quantize", sorted(BOUNDS))
def test_quantized_greedy_text_stays_coherent(quantize: str, fp32_perplexity: float) -> None:
    text = load_pretrained("smollm2-135m", quantize=quantize).generate("The capital of France is", max_new_tokens=4)
    assert "Paris" in text


@pytest.mark.parametrize("path", ["prefill", "decode-kernels"])
def test_gemma3_gguf_blocks_stay_close_to_fp32(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gemma 3 270M's file mixes Q4_K, Q5_0, Q6_K and Q8_0 (its tied embedding): all kept as blocks."""
    if importlib.util.find_spec(SHIPPED["gemma3-270m"].package) is None:
        pytest.skip(f"gemma3-270m needs {SHIPPED['gemma3-270m'].install}")
    fp32 = _perplexity(load_pretrained("gemma3-270m"))
    _every_row_through(path, monkeypatch)
    kept = load_pretrained("gemma3-270m", quantize="gguf")
    linears = [module for module in kept.model.modules() if isinstance(module, GGUFLinear)]
    assert {"Q4_K", "Q5_0", "Q6_K", "Q8_0"} <= {module.stored_type for module in linears}
    assert isinstance(kept.model.embedding, GGUFEmbedding)
    if native.kernels_available() and native.gguf_has_avx2():
        assert {module.layout for module in linears} == {"q4", "q8"}
    assert abs(_perplexity(kept) / fp32 - 1) < BOUNDS["gguf"]
