"""The multiplied embedding (Granite) against plain torch."""

from __future__ import annotations

import pytest
import torch

from tttv2.errors import ConfigError
from tttv2.modules import MultipliedEmbedding

from .helpers import seeded

VOCAB, HIDDEN = 61, 24
MULTIPLIER = 12.0  # Granite 3's value


def test_multiplied_embedding_scales_the_looked_up_rows() -> None:
    embedding = MultipliedEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN, multiplier=MULTIPLIER)
    ids = torch.randint(0, VOCAB, (2, 7), generator=seeded(0))
    expected = torch.stack([torch.stack([embedding.weight[i] for i in row]) for row in ids]) * MULTIPLIER
    # one rounding of one product per element, the same on both sides
    torch.testing.assert_close(embedding.forward(ids), expected, atol=0.0, rtol=0.0)


@pytest.mark.parametrize("multiplier", [0.0, -2.0])
def test_a_multiplier_that_is_not_positive_is_refused(multiplier: float) -> None:
    with pytest.raises(ConfigError, match="multiplied-embedding: multiplier must be positive"):
        MultipliedEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN, multiplier=multiplier)
