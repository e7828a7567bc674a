"""The shipped real models against transformers loading the same GGUF file: logits, greedy tokens, kernel swap."""

from __future__ import annotations

import importlib.util
import math

import attrs
import pytest
import torch
from torch import Tensor
from transformers import AutoModelForCausalLM, PreTrainedModel

from tttv2.generation import SamplingSettings, generate_ids
from tttv2.pretrained import PretrainedModel, load_pretrained
from tttv2.shipped import SHIPPED, resolve_checkpoint

pytestmark = pytest.mark.slow

MIN_PCC = 0.9999
NEW_TOKENS = 32
PROMPTS = {
    "smollm2-135m": "The capital of France is",  # its GGUF adds no BOS; a plain continuation still works
    "gemma3-270m": "The capital of Germany is",  # a base model: plain text, no chat template
}


@attrs.frozen
class Pair:
    name: str
    ours: PretrainedModel
    hf: PreTrainedModel
    ids: list[int]
    hf_tokens: list[int]  # transformers' 32 greedy tokens, computed once (its decode is the slow part)


def _require(name: str) -> None:
    package = SHIPPED[name].package
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"{name} needs the package {package!r} ({SHIPPED[name].install})")


@pytest.fixture(scope="module", params=list(PROMPTS))
def pair(request: pytest.FixtureRequest) -> Pair:
    name: str = request.param
    _require(name)
    path = resolve_checkpoint(name)
    ours = load_pretrained(name)
    hf = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name, dtype=torch.float32).eval()
    ids = ours.encode(PROMPTS[name])
    return Pair(name=name, ours=ours, hf=hf, ids=ids, hf_tokens=hf_greedy(hf, ids))


def pcc(a: Tensor, b: Tensor) -> float:
    return float(torch.corrcoef(torch.stack((a.double(), b.double())))[0, 1])


def hf_last_logits(pair: Pair) -> Tensor:
    with torch.no_grad():
        return pair.hf(torch.tensor([pair.ids])).logits[0, -1]


def test_last_position_logits_match_transformers(pair: Pair) -> None:
    expected = hf_last_logits(pair)
    with torch.no_grad():
        actual = pair.ours.model(torch.tensor([pair.ids]))[0, -1]
    assert pcc(actual, expected) >= MIN_PCC
    assert int(actual.argmax()) == int(expected.argmax())


def hf_greedy(hf: PreTrainedModel, ids: list[int]) -> list[int]:
    with torch.no_grad():
        out = hf.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=NEW_TOKENS, eos_token_id=None,
                          pad_token_id=0)
    return [int(t) for t in out[0, len(ids):]]


def test_greedy_tokens_match_transformers_generate(pair: Pair) -> None:
    expected = pair.hf_tokens
    assert len(expected) == NEW_TOKENS
    steps = generate_ids(pair.ours.model, [pair.ids], max_new_tokens=NEW_TOKENS, settings=SamplingSettings())
    assert [int(t[0]) for t in steps] == expected


def test_generated_text_matches_transformers(pair: Pair) -> None:
    ends = [i for i, t in enumerate(pair.hf_tokens) if t in pair.ours.eos_ids]
    expected = pair.hf_tokens[:ends[0]] if ends else pair.hf_tokens
    text = pair.ours.generate(PROMPTS[pair.name], max_new_tokens=NEW_TOKENS)
    assert text == pair.ours.tokenizer.decode(expected, skip_special_tokens=True)


class EagerSoftmaxKernel:
    """An unregistered attention kernel: softmax(q k^T / sqrt(d) + mask) v, causal aligned to the end by default."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        q_len, kv_len = q.shape[-2], k.shape[-2]
        scores = torch.einsum("bhqd,bhkd->bhqk", q.float(), k.float()) / math.sqrt(q.shape[-1])
        if mask is None:
            mask = torch.ones(q_len, kv_len, dtype=torch.bool, device=q.device).tril(kv_len - q_len)
        if mask.dtype == torch.bool:
            scores = scores.masked_fill(~mask, float("-inf"))
        else:
            scores = scores + mask.float()
        return torch.einsum("bhqk,bhkd->bhqd", torch.softmax(scores, dim=-1), v.float()).to(q.dtype)


def test_unregistered_attention_kernel_override_keeps_parity(pair: Pair) -> None:
    swapped = load_pretrained(pair.name, overrides={"attention": EagerSoftmaxKernel})
    kernels = {type(layer.attention.kernel) for layer in swapped.model.layers}  # type: ignore[union-attr]  # blocks
    assert kernels == {EagerSoftmaxKernel}
    expected = hf_last_logits(pair)
    with torch.no_grad():
        actual = swapped.model(torch.tensor([pair.ids]))[0, -1]
    assert pcc(actual, expected) >= MIN_PCC
    assert int(actual.argmax()) == int(expected.argmax())
