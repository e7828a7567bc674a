"""The ``gguf-embedding``: a GGUF table kept in blocks, looked up row by row and multiplied by a tied head."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize, quantize

from tests.families.tiny_gguf import MISSING, write_gguf
from tests.modules.test_gguf_linear import _random_q4_k, _random_q6_k, _Stored
from tests.native.block_reference import FP32_UNIT, accumulation_bound, assert_within, quantized_activations, rounding_bound
from tttv2 import native
from tttv2.modules import GGUFEmbedding, ScaledEmbedding, TiedHead, quantized_linear
from tttv2.modules.quantized_linear import GGUFLinear
from tttv2.pretrained import load_pretrained
from tttv2.protocols import LoadsCheckpoint, ProjectsOntoTable, WeightedEmbedding

Q4_0, Q4_1, Q4_K, Q8_0, F16 = (GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q4_1, GGMLQuantizationType.Q4_K,
                               GGMLQuantizationType.Q8_0, GGMLQuantizationType.F16)
Q5_0, Q6_K = GGMLQuantizationType.Q5_0, GGMLQuantizationType.Q6_K
NATIVE = native.kernels_available() and native.gguf_has_avx2()
IDS = torch.tensor([[3, 0, 36, 3], [17, 8, 1, 29]])


def _stored(stored_type: GGMLQuantizationType, rows: int = 37, columns: int = 512) -> _Stored:
    if stored_type == Q4_K:
        return _Stored(_random_q4_k(rows, columns), Q4_K, (rows, columns))
    if stored_type == Q6_K:
        return _Stored(_random_q6_k(rows, columns), Q6_K, (rows, columns))
    values = np.random.default_rng(6).standard_normal((rows, columns)).astype(np.float32)
    blocks = values.astype(np.float16) if stored_type == F16 else quantize(values, stored_type)
    return _Stored(blocks, stored_type, (rows, columns))


@pytest.mark.parametrize("stored_type", [Q4_0, Q4_1, Q4_K, Q8_0, Q5_0, Q6_K, F16])
def test_rows_expand_exactly_the_rows_the_file_holds(stored_type: GGMLQuantizationType) -> None:
    """Every layout (native q4/q8, int4pack, dense) gives the file's own values for the rows asked, in the ids' shape."""
    stored = _stored(stored_type)
    layer = GGUFLinear(512, 37)
    layer.load_checkpoint("weight", stored)
    reference = stored.dense()
    torch.testing.assert_close(layer.rows(IDS, torch.float32), reference[IDS], rtol=0, atol=0)
    torch.testing.assert_close(layer.dequantized(torch.float32), reference, rtol=0, atol=0)


def test_the_embedding_satisfies_the_contracts_a_tied_head_and_the_loader_use() -> None:
    embedding = GGUFEmbedding(vocab_size=37, hidden_dim=64)
    assert isinstance(embedding, WeightedEmbedding) and isinstance(embedding, ProjectsOntoTable)
    assert isinstance(embedding, LoadsCheckpoint) and embedding.checkpoint_shapes() == {"weight": (37, 64)}


@pytest.mark.parametrize("stored_type", [Q8_0, Q4_1])
def test_lookup_scale_and_tied_logits_match_a_dense_embedding_of_the_same_table(stored_type: GGMLQuantizationType
                                                                                 ) -> None:
    """Against Gemma's scaled embedding on the expanded table: lookups equal exactly; the tied head's logits
    through the block kernel stay within its derived bound of the float64 product."""
    stored = _stored(stored_type, rows=37, columns=64)
    table = stored.dense()
    blocks = GGUFEmbedding(vocab_size=37, hidden_dim=64, multiplier=math.sqrt(64), multiplier_in_dtype=True)
    blocks.load_checkpoint("weight", stored)
    dense = ScaledEmbedding(vocab_size=37, hidden_dim=64)
    dense.weight = torch.nn.Parameter(table, requires_grad=False)
    torch.testing.assert_close(blocks(IDS), dense(IDS), rtol=0, atol=0)
    torch.testing.assert_close(blocks.weight, table, rtol=0, atol=0)

    head = TiedHead(embedding=blocks)
    assert head.table_projects
    hidden = torch.randn(2, 3, 64, generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        logits = head(hidden).reshape(-1, 37)
    rows, weight = hidden.reshape(-1, 64), table.double()
    bound = rounding_bound(rows, weight)
    if NATIVE:  # int8 activations per block of 32, as llama.cpp; int4pack rounds them to bf16 instead
        bound = bound + accumulation_bound(quantized_activations(rows), weight)
    else:
        bound = bound + 2**-7 * (rows.double().abs() @ weight.abs().T)  # bf16 activations, scales
    assert_within(logits, rows.double() @ weight.T, bound)


def _tied_llama(path: Path) -> Path:
    """The tiny llama GGUF with no output.weight (a tied head) and a Q8_0 embedding table."""
    return write_gguf(path, tensors={"output.weight": MISSING}, quantized={"token_embd.weight": Q8_0})


def test_quantize_gguf_keeps_a_tied_table_in_blocks_and_matches_the_dense_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _tied_llama(tmp_path / "tiny-tied.gguf")
    dense, kept = load_pretrained(str(path)), load_pretrained(str(path), quantize="gguf")
    embedding = kept.model.embedding
    assert isinstance(embedding, GGUFEmbedding) and embedding.table.stored_type == "Q8_0"
    assert embedding.table.layout == ("q8" if NATIVE else "dense")
    assert "gguf-embedding" in kept.model.explain()
    state = kept.model.state_dict()
    assert not [name for name, tensor in state.items() if tensor.is_floating_point() and tensor.numel() >= 128 * 64]
    monkeypatch.setattr(quantized_linear, "BLOCK_KERNEL_MAX_TOKENS", 16)  # the tiny model holds fewer positions
    tokens = torch.tensor([[1, 5, 9, 14, 3, 7, 22, 8, 40, 2, 11, 60, 31, 17, 4, 9, 12, 5]])  # 18 positions: GEMM path
    with torch.no_grad():
        torch.testing.assert_close(kept.model(tokens), dense.model(tokens), rtol=1e-4, atol=1e-4)
        decode, reference = kept.model(tokens[:, :4]), dense.model(tokens[:, :4])
    assert torch.corrcoef(torch.stack((decode.flatten(), reference.flatten())))[0, 1] > 0.999


def test_an_embedding_the_caller_overrides_is_left_alone(tmp_path: Path) -> None:
    path = _tied_llama(tmp_path / "tiny-tied.gguf")
    kept = load_pretrained(str(path), quantize="gguf", overrides={"embedding": "token-embedding"})
    assert type(kept.model.embedding).__name__ == "TokenEmbedding"


def test_a_table_of_another_type_loads_dense_and_still_projects() -> None:
    values = np.random.default_rng(8).standard_normal((37, 64)).astype(np.float32)
    stored = _Stored(quantize(values, GGMLQuantizationType.Q5_1), GGMLQuantizationType.Q5_1, (37, 64))
    embedding = GGUFEmbedding(vocab_size=37, hidden_dim=64)
    embedding.load_checkpoint("weight", stored)
    assert embedding.table.layout == "dense"
    hidden, weight = torch.randn(5, 64), stored.dense().double()
    # one float32 product of 64 terms: within (64 + 1) u of sum |x| |w|
    assert_within(embedding.project(hidden), hidden.double() @ weight.T, 65 * FP32_UNIT * (hidden.double().abs() @ weight.abs().T))
    assert torch.equal(embedding(IDS), torch.from_numpy(dequantize(stored.blocks, GGMLQuantizationType.Q5_1))[IDS])
