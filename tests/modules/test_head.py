"""LM heads: linear and tied projections, soft-capped logits."""

from __future__ import annotations

import pytest
import torch

from tests.helpers.tolerance import assert_reordered_close
from tttv2 import native
from tttv2.errors import ConfigError
from tttv2.modules import LinearHead, TiedHead, TokenEmbedding
from tttv2.protocols import LMHead

from .helpers import randn, randomize_, seeded

VOCAB, HIDDEN = 53, 48


def hidden(seed: int) -> torch.Tensor:
    return randn(seeded(seed), 2, 7, HIDDEN) * 3  # logits beyond the soft-cap below


def test_linear_head_projects_with_its_weight() -> None:
    head = randomize_(LinearHead(hidden_dim=HIDDEN, vocab_size=VOCAB), seeded(0))
    h = hidden(1)
    logits = head(h)
    assert logits.shape == (2, 7, VOCAB)
    assert_reordered_close(logits, torch.einsum("bsh,vh->bsv", h.double(), head.proj.weight.double()).float(), HIDDEN)


@pytest.mark.parametrize("softcap", [5.0, 30.0])
def test_linear_head_soft_caps_logits(softcap: float) -> None:
    head = randomize_(LinearHead(hidden_dim=HIDDEN, vocab_size=VOCAB, softcap=softcap), seeded(2))
    h = hidden(3)
    raw = torch.einsum("bsh,vh->bsv", h.double(), head.proj.weight.double())
    logits = head(h)
    assert_reordered_close(logits, (softcap * torch.tanh(raw / softcap)).float(), HIDDEN)
    assert logits.abs().max() < softcap
    if softcap == 5.0:
        assert raw.abs().max() > softcap  # the cap was active


def test_tied_head_uses_the_embedding_table_itself() -> None:
    embedding = randomize_(TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(4))
    head = TiedHead(embedding=embedding)  # type: ignore[arg-type]  # randomize_ returns the embedding
    h = hidden(5)
    assert_reordered_close(head(h), torch.einsum("bsh,vh->bsv", h.double(), embedding.weight.double()).float(), HIDDEN)
    assert all(p is embedding.weight for p in head.parameters())  # no table of its own
    with torch.no_grad():
        embedding.weight.mul_(2.0)
    assert_reordered_close(head(h), torch.einsum("bsh,vh->bsv", h.double(), embedding.weight.double()).float(), HIDDEN)


@pytest.mark.parametrize("native_gemv", [False, True], ids=["torch-linear", "native-gemv"])
def test_tied_head_decode_step_projects_onto_the_table(native_gemv: bool) -> None:
    """A decode step's rows (two of them) through torch's linear, or the native GEMV where it builds."""
    if native_gemv and not native.kernels_available():
        pytest.skip("the native kernels could not be built")
    embedding = randomize_(TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(8))
    head = TiedHead(embedding=embedding, softcap=30.0)  # type: ignore[arg-type]  # as above
    head.native_gemv = native_gemv
    h = hidden(9)[:, -1:]
    raw = torch.einsum("bsh,vh->bsv", h.double(), embedding.weight.double())
    assert_reordered_close(head(h), (30.0 * torch.tanh(raw / 30.0)).float(), HIDDEN)


def test_tied_head_soft_caps_logits() -> None:
    embedding = randomize_(TokenEmbedding(vocab_size=VOCAB, hidden_dim=HIDDEN), seeded(6))
    head = TiedHead(embedding=embedding, softcap=4.0)  # type: ignore[arg-type]  # as above
    h = hidden(7)
    raw = torch.einsum("bsh,vh->bsv", h.double(), embedding.weight.double())
    assert_reordered_close(head(h), (4.0 * torch.tanh(raw / 4.0)).float(), HIDDEN)


def test_heads_conform_to_the_contract() -> None:
    assert isinstance(LinearHead(hidden_dim=4, vocab_size=5), LMHead)
    assert isinstance(TiedHead(embedding=TokenEmbedding(vocab_size=5, hidden_dim=4)), LMHead)


@pytest.mark.parametrize("softcap", [0.0, -2.0])
def test_non_positive_softcap_is_rejected(softcap: float) -> None:
    with pytest.raises(ConfigError, match=f"softcap must be positive, got {softcap}"):
        LinearHead(hidden_dim=4, vocab_size=5, softcap=softcap)
    with pytest.raises(ConfigError, match=f"softcap must be positive, got {softcap}"):
        TiedHead(embedding=TokenEmbedding(vocab_size=5, hidden_dim=4), softcap=softcap)
