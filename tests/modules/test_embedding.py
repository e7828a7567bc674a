"""Token embeddings: a table lookup, and Gemma's sqrt(hidden)-scaled lookup against transformers'."""

from __future__ import annotations

import math

import pytest
import torch
from transformers.models.gemma3.modeling_gemma3 import Gemma3TextScaledWordEmbedding

from tttv2.modules import ScaledEmbedding, TokenEmbedding
from tttv2.protocols import Embedding, WeightedEmbedding

from .helpers import randomize_, seeded

EXACT = {"atol": 0.0, "rtol": 0.0}  # a lookup and one multiply by the same rounded factor: bit-identical

VOCAB, HIDDEN = 37, 48  # sqrt(48) is irrational, so rounding the scale to bf16 matters


def ids(seed: int) -> torch.Tensor:
    return torch.randint(0, VOCAB, (2, 9), generator=seeded(seed))


def test_token_embedding_is_a_row_lookup() -> None:
    embedding = randomize_(TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(0))
    token_ids = ids(1)
    expected = torch.stack([torch.stack([embedding.weight[t] for t in row]) for row in token_ids.tolist()])
    out = embedding(token_ids)
    assert out.shape == (2, 9, HIDDEN)
    torch.testing.assert_close(out, expected, **EXACT)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16], ids=["fp32", "bf16"])
def test_scaled_embedding_matches_gemma3_scaled_word_embedding(dtype: torch.dtype) -> None:
    ours = randomize_(ScaledEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(2)).to(dtype)
    theirs = Gemma3TextScaledWordEmbedding(VOCAB, HIDDEN, padding_idx=0, embed_scale=math.sqrt(HIDDEN)).to(dtype)
    with torch.no_grad():
        theirs.weight.copy_(ours.weight)
    token_ids = ids(3)
    out = ours(token_ids)
    assert out.dtype == dtype
    torch.testing.assert_close(out, theirs(token_ids), **EXACT)


def test_scaled_embedding_multiplies_by_sqrt_hidden() -> None:
    plain = randomize_(TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(4))
    scaled = ScaledEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN)
    scaled.load_state_dict(plain.state_dict())
    token_ids = ids(5)
    torch.testing.assert_close(scaled(token_ids).double(), plain(token_ids).double() * math.sqrt(HIDDEN),
                               atol=1e-6, rtol=1e-6)  # fp32 factor vs exact sqrt: 1 ulp


@pytest.mark.parametrize("cls", [TokenEmbedding, ScaledEmbedding])
def test_built_ins_expose_their_table_for_a_tied_head(cls: type) -> None:
    embedding = cls(vocab_size=VOCAB, hidden_dim=HIDDEN)
    assert isinstance(embedding, Embedding) and isinstance(embedding, WeightedEmbedding)
    assert embedding.weight.shape == (VOCAB, HIDDEN)
