"""Samplers: greedy is argmax; top-k / top-p restrict the support; seeds reproduce; bad settings are refused."""

from __future__ import annotations

import pytest
import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.modules import GreedySampler, TopPSampler
from tttv2.protocols import Sampler

from .helpers import randn, seeded

VOCAB = 23
DRAWS = 4000  # rows sampled at once; the rarest allowed token below has p >= 0.02, so ~80 draws expected


def logits(seed: int, rows: int = 1) -> Tensor:
    return randn(seeded(seed), rows, VOCAB) * 2


def draw(sampler: TopPSampler, row: Tensor) -> Tensor:
    return sampler.sample(row.expand(DRAWS, VOCAB))


def test_greedy_is_argmax_per_row() -> None:
    batch = logits(0, rows=5)
    assert GreedySampler().sample(batch).tolist() == [max(range(VOCAB), key=lambda i: r[i].item()) for r in batch]


def test_same_seed_same_tokens_other_seed_other_tokens() -> None:
    batch = logits(1, rows=64)
    first = TopPSampler(temperature=1.0, seed=7)
    second = TopPSampler(temperature=1.0, seed=7)
    run_a = [first.sample(batch) for _ in range(3)]
    run_b = [second.sample(batch) for _ in range(3)]
    assert all(torch.equal(a, b) for a, b in zip(run_a, run_b, strict=True))
    assert not torch.equal(run_a[0], run_a[1])  # the generator advances between calls
    assert not torch.equal(TopPSampler(temperature=1.0, seed=8).sample(batch), run_a[0])


@pytest.mark.parametrize("top_k", [1, 3, 7])
def test_top_k_samples_only_and_all_of_the_k_most_likely(top_k: int) -> None:
    row = logits(2)
    allowed = set(torch.topk(row[0], top_k).indices.tolist())
    seen = set(draw(TopPSampler(temperature=1.5, top_k=top_k, seed=1), row).tolist())
    assert seen == allowed


def nucleus(row: Tensor, top_p: float, temperature: float) -> set[int]:
    """The smallest set of most likely tokens whose probability reaches top_p (computed in float64)."""
    probabilities = torch.softmax(row.double() / temperature, dim=-1)
    order = sorted(range(VOCAB), key=lambda i: -probabilities[i].item())
    chosen, mass = set(), 0.0
    for token in order:
        chosen.add(token)
        mass += probabilities[token].item()
        if mass >= top_p:
            break
    return chosen


@pytest.mark.parametrize("top_p", [0.4, 0.6, 0.85])
def test_top_p_samples_only_and_all_of_the_nucleus(top_p: float) -> None:
    row = logits(3)
    allowed = nucleus(row[0], top_p, temperature=1.0)
    assert 1 < len(allowed) < VOCAB
    seen = set(draw(TopPSampler(top_p=top_p, seed=2), row).tolist())
    assert seen == allowed


def test_top_k_and_top_p_together_keep_the_smaller_set() -> None:
    row = logits(4)
    allowed = nucleus(row[0], 0.9, temperature=1.0) & set(torch.topk(row[0], 3).indices.tolist())
    seen = set(draw(TopPSampler(top_k=3, top_p=0.9, seed=3), row).tolist())
    assert seen == allowed


def test_low_temperature_concentrates_on_the_argmax() -> None:
    row = logits(5)
    tokens = draw(TopPSampler(temperature=0.01, seed=4), row)
    assert set(tokens.tolist()) == {int(row[0].argmax())}


def test_frequencies_follow_the_tempered_distribution() -> None:
    row = logits(6)
    tokens = draw(TopPSampler(temperature=2.0, seed=5), row)
    observed = torch.bincount(tokens, minlength=VOCAB).double() / DRAWS
    expected = torch.softmax(row[0].double() / 2.0, dim=-1)
    # 4000 draws: the standard error of a frequency p is sqrt(p(1-p)/4000) <= 0.008; allow ~4 of them
    torch.testing.assert_close(observed, expected, atol=0.03, rtol=0.0)


def test_samplers_conform_and_return_one_id_per_row() -> None:
    batch = logits(7, rows=3)
    for sampler in (GreedySampler(), TopPSampler(seed=0)):
        assert isinstance(sampler, Sampler)
        out = sampler.sample(batch)
        assert out.shape == (3,) and out.dtype == torch.long


@pytest.mark.parametrize(("settings", "message"), [
    ({"temperature": -0.5}, "temperature must be >= 0"),
    ({"temperature": 0.0}, "temperature 0 is greedy"),
    ({"top_k": -1}, "top_k must be >= 0"),
    ({"top_p": 0.0}, r"top_p must be in \(0, 1\], got 0.0"),
    ({"top_p": 1.5}, r"top_p must be in \(0, 1\], got 1.5"),
    ({"top_p": -0.1}, r"top_p must be in \(0, 1\]"),
])
def test_invalid_settings_raise_generation_error(settings: dict[str, float], message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        TopPSampler(**settings)  # type: ignore[arg-type]  # numbers of the right kinds
