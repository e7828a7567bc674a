"""The logits-scaling heads (Granite) against plain torch."""

from __future__ import annotations

import pytest
import torch

from tests.helpers.tolerance import reordered
from tttv2.errors import ConfigError
from tttv2.modules import ScaledLinearHead, ScaledTiedHead, TokenEmbedding

from .helpers import randn, seeded

VOCAB, HIDDEN = 61, 24
LOGITS_SCALING = 8.0  # Granite 3's value


def test_scaled_linear_head_divides_the_logits() -> None:
    head = ScaledLinearHead(hidden_dim=HIDDEN, vocab_size=VOCAB, logits_scaling=LOGITS_SCALING)
    hidden = randn(seeded(1), 2, 5, HIDDEN)
    expected = torch.einsum("bsh,vh->bsv", hidden, head.proj.weight) / LOGITS_SCALING  # type: ignore[arg-type]
    torch.testing.assert_close(head.forward(hidden), expected, **reordered(expected, HIDDEN))  # fp32, other sum order


def test_scaled_tied_head_divides_the_logits_of_the_embedding_table() -> None:
    embedding = TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN)
    head = ScaledTiedHead(embedding=embedding, logits_scaling=LOGITS_SCALING)
    hidden = randn(seeded(2), 2, 5, HIDDEN)
    expected = (hidden[..., None, :] * embedding.weight).sum(-1) / LOGITS_SCALING
    torch.testing.assert_close(head.forward(hidden), expected, **reordered(expected, HIDDEN))  # fp32, other sum order
    assert not any(True for _ in head.parameters(recurse=False))


@pytest.mark.parametrize("make", [
    lambda: ScaledLinearHead(hidden_dim=HIDDEN, vocab_size=VOCAB, logits_scaling=-1.0),
    lambda: ScaledTiedHead(embedding=TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), logits_scaling=0.0),
], ids=["linear-head", "tied-head"])
def test_a_scaling_that_is_not_positive_is_refused(make: object) -> None:
    with pytest.raises(ConfigError, match="head logits_scaling must be positive"):
        make()  # type: ignore[operator]  # a zero-argument lambda
