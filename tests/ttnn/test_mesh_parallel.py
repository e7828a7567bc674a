"""Tensor parallelism on a ttnn mesh, planned without a device: SmolLM2's shard plan, per-chip parts, errors.

Runs on Python 3.11 without ttnn: the TTNN graph is built under a :class:`MeshTensorParallel` holding no
mesh device (planning only), every planned weight is checked against the GGUF by whole-tensor shape, and each
chip's host part (:func:`arrange_for_mesh`) is checked against the unsharded model's host tensors, cut by hand.
The plan's arithmetic is then run in float64 torch: the per-chip attention and SwiGLU, their row-split
partial outputs summed as ``ttnn.all_reduce`` would sum them, equal the unsharded layer.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import attrs
import pytest
import torch
from torch.nn import functional as F

from tttv2 import ModelContainer
from tttv2.backend import ParallelBackend, backend_for, tensor_parallel_for
from tttv2.errors import TensorParallelError
from tttv2.loading import Checkpoint
from tttv2.pretrained import load_pretrained
from tttv2.spec import ModelSpec
from tttv2.ttnn import TTNNDecoderModel
from tttv2.ttnn.loading import (
    PlannedWeight,
    host_sources,
    host_tensor,
    is_split,
    plan_device_weights,
    weight_holders,
)
from tttv2.ttnn.mesh import MeshSplit, arrange_for_mesh, chip_parts, shard_dim
from tttv2.ttnn.mesh_parallel import MeshTensorParallel, mesh_axis
from tttv2.ttnn.weights import Preparation

F64_ATOL = F64_RTOL = 1e-10  # float64: the sharded and whole computations differ only in summation order (the
#                              all-reduce adds per-chip partial sums), ~ reduction length x 2^-53 ~ 1e-13 here
HEADS, KV_HEADS, HEAD_DIM, HIDDEN, FEATURES = 9, 3, 64, 576, 1536  # SmolLM2-135M
SEQ = 7


def _build(checkpoint: Checkpoint, chips: int) -> TTNNDecoderModel:
    return _build_spec(checkpoint.spec, chips)


def _layer0(model: TTNNDecoderModel, checkpoint: Checkpoint) -> dict[str, PlannedWeight]:
    return {f"{p.path}.{p.name}": p for p in plan_device_weights(model, checkpoint) if p.path.startswith("layers.0.")}


@pytest.fixture(scope="module")
def whole(smollm2: Checkpoint) -> dict[str, torch.Tensor]:
    """Layer 0's host tensors in the unsharded TTNN model (fused QKV ``[960, 576]``, ...), as float64."""
    model = ModelContainer(spec=smollm2.spec, device="ttnn").model()
    assert isinstance(model, TTNNDecoderModel)
    return {name: host_tensor(p, smollm2).double() for name, p in _layer0(model, smollm2).items()}


def test_mesh_axis_takes_1xn_and_nx1_and_refuses_a_2d_mesh() -> None:
    assert mesh_axis((1, 8)) == (8, 1)
    assert mesh_axis((2, 1)) == (2, 0)
    assert mesh_axis((1, 1)) == (1, 1)
    with pytest.raises(TensorParallelError, match=r"the mesh is 2x4.*1-D mesh.*MeshShape\(1, 8\)"):
        mesh_axis((2, 4))


def test_the_ttnn_backend_is_a_parallel_backend_that_refuses_what_is_not_a_mesh_device() -> None:
    assert isinstance(backend_for("ttnn"), ParallelBackend)
    with pytest.raises(TensorParallelError, match=r"device 'ttnn:1' names one chip.*device='ttnn'"):
        tensor_parallel_for("ttnn:1", object())
    expected = "ttnn is not installed" if importlib.util.find_spec("ttnn") is None else "takes an opened ttnn.MeshDevice"
    with pytest.raises(TensorParallelError, match=expected):
        tensor_parallel_for("ttnn", object())


def test_load_pretrained_refuses_a_bad_mesh_before_opening_the_checkpoint() -> None:
    with pytest.raises(TensorParallelError, match="names one chip"):
        load_pretrained("/no/such/checkpoint.gguf", device="ttnn:0", mesh=object())  # type: ignore[arg-type]  # the refusal under test


@pytest.mark.parametrize("chips", [2, 8])
def test_smollm2_over_an_n300_or_a_t3k_is_refused_naming_the_chip_counts_that_work(
        smollm2: Checkpoint, chips: int) -> None:
    with pytest.raises(TensorParallelError, match=rf"attention.*num_heads=9 does not divide among {chips} ranks.*"
                                                  r"splits over 1, 3 or 9 ranks"):
        _build(smollm2, chips)


def test_smollm2_over_nine_chips_is_refused_by_its_ffn(smollm2: Checkpoint) -> None:
    with pytest.raises(TensorParallelError, match=r"layers\[0\].ffn: intermediate_dim=1536 does not divide among 9"):
        _build(smollm2, 9)


def test_split_weights_declare_whole_checkpoint_shapes_and_explain_names_the_split(smollm2: Checkpoint) -> None:
    chips = 3
    model = _build(smollm2, chips)
    planned = _layer0(model, smollm2)  # plan_device_weights checks every source's shape against the GGUF
    split = {name for name, p in planned.items() if is_split(p.weight)}
    assert split == {f"layers.0.{n}" for n in ("attention.qkv_proj.weight", "attention.o_proj.weight",
                                               "ffn.gate.weight", "ffn.up.weight", "ffn.down.weight")}
    assert model.kv_heads_per_chip == 1
    notes = [r.how for r in model.records if r.path in ("layers[0].attention", "layers[0].ffn")]
    assert len(notes) == 2 and all(f"split over {chips} ranks" in note for note in notes)


def test_each_chips_part_is_its_heads_and_features_of_the_whole_tensors(
        smollm2: Checkpoint, whole: dict[str, torch.Tensor]) -> None:
    chips = 3
    parts = _chip_weights(_build(smollm2, chips), lambda planned: host_sources(planned, smollm2), smollm2)
    q_rows, kv_rows = HEADS * HEAD_DIM // chips, KV_HEADS * HEAD_DIM // chips
    q, k, v = whole["layers.0.attention.qkv_proj.weight"].split([HEADS * HEAD_DIM, KV_HEADS * HEAD_DIM,
                                                                 KV_HEADS * HEAD_DIM])
    for chip in range(chips):
        rows = [t[chip * n:(chip + 1) * n] for t, n in ((q, q_rows), (k, kv_rows), (v, kv_rows))]
        torch.testing.assert_close(parts["attention.qkv_proj.weight"][chip], torch.cat(rows).T, rtol=0, atol=0)
        torch.testing.assert_close(parts["attention.o_proj.weight"][chip],
                                   whole["layers.0.attention.o_proj.weight"][:, chip * q_rows:(chip + 1) * q_rows].T,
                                   rtol=0, atol=0)
        features = slice(chip * FEATURES // chips, (chip + 1) * FEATURES // chips)
        for name in ("gate", "up"):
            torch.testing.assert_close(parts[f"ffn.{name}.weight"][chip],
                                       whole[f"layers.0.ffn.{name}.weight"][features].T, rtol=0, atol=0)
        torch.testing.assert_close(parts["ffn.down.weight"][chip], whole["layers.0.ffn.down.weight"][:, features].T,
                                   rtol=0, atol=0)


def test_smollm2_per_chip_layers_summed_over_three_chips_equal_the_whole_layer(
        smollm2: Checkpoint, whole: dict[str, torch.Tensor]) -> None:
    parts = _chip_weights(_build(smollm2, 3), lambda planned: host_sources(planned, smollm2), smollm2)
    _assert_layers_match(parts, whole, chips=3, heads=HEADS, kv_heads=KV_HEADS, head_dim=HEAD_DIM)


def test_kv_heads_replicated_over_more_chips_than_kv_heads_sum_to_the_whole_layer(smollm2: Checkpoint) -> None:
    """4 query heads, 2 KV heads, 4 chips: each chip one query head and the KV head of its group (chips 0, 1 hold
    KV head 0; 2, 3 KV head 1); random whole tensors of the declared checkpoint shapes stand in for a file."""
    dims = attrs.evolve(smollm2.spec.dims, num_heads=4, num_kv_heads=2, head_dim=32, intermediate_dim=256,
                        num_layers=1)
    spec = attrs.evolve(smollm2.spec, dims=dims)
    generator = torch.Generator().manual_seed(1)
    stored: dict[str, torch.Tensor] = {}

    def sources(planned: PlannedWeight) -> list[torch.Tensor]:
        return [stored.setdefault(s.parameter, torch.randn(s.shape, generator=generator, dtype=torch.float64))
                for s in planned.weight.sources]

    whole_model = ModelContainer(spec=spec, device="ttnn").model()
    assert isinstance(whole_model, TTNNDecoderModel)
    parts = _chip_weights(_build_spec(spec, 4), sources, None)
    whole = {f"layers.0.{name}": torch.cat(sources(planned)) for name, planned in _declared(whole_model).items()}
    _assert_layers_match(parts, whole, chips=4, heads=4, kv_heads=2, head_dim=32)


def test_shard_dims_and_chip_parts_follow_the_split() -> None:
    assert shard_dim(Preparation.LINEAR, "column") == 3  # [1, 1, in, out]: output columns
    assert shard_dim(Preparation.LINEAR, "row") == 2
    assert shard_dim(Preparation.BIAS, "column") == 3
    weight = torch.arange(24.0).reshape(4, 6)
    replicated_kv = MeshSplit("column", 2, 4, 1)  # 2 parts over 4 chips: chips 0, 1 hold part 0
    assert [replicated_kv.part(c) for c in range(4)] == [0, 0, 1, 1]
    torch.testing.assert_close(chip_parts([weight], [replicated_kv], 3), weight[2:], rtol=0, atol=0)
    torch.testing.assert_close(chip_parts([weight], [MeshSplit("row", 3, 3, 1)], 1), weight[:, 2:4], rtol=0, atol=0)
    arranged, dim = arrange_for_mesh([weight], [MeshSplit("row", 2, 2, 1)], Preparation.LINEAR)
    assert (dim, tuple(arranged.shape)) == (2, (1, 1, 6, 4))
    torch.testing.assert_close(arranged[0, 0], weight.T, rtol=0, atol=0)  # row parts stacked: the whole transposed


def _build_spec(spec: ModelSpec, chips: int) -> TTNNDecoderModel:
    model = ModelContainer(spec=spec, device="ttnn", tensor_parallel=MeshTensorParallel(None, chips=chips, axis=1)).model()
    assert isinstance(model, TTNNDecoderModel)
    return model


def _declared(model: TTNNDecoderModel) -> dict[str, PlannedWeight]:
    """Layer 0's attention and FFN weights as planned weights without a checkpoint (no tensor names)."""
    return {f"{path.removeprefix('layers.0.')}.{name}": PlannedWeight(path, name, slots, weight, (), ())
            for path, slots in weight_holders(model) if path in ("layers.0.attention", "layers.0.ffn")
            for name, weight in slots.declared().items()}


def _chip_weights(model: TTNNDecoderModel, sources: Callable[[PlannedWeight], list[torch.Tensor]],
                  checkpoint: Checkpoint | None) -> dict[str, list[torch.Tensor]]:
    """Layer 0's split weights as each chip receives them: ``[in, out]`` per chip, float64."""
    planned = (_declared(model) if checkpoint is None else
               {k.removeprefix("layers.0."): p for k, p in _layer0(model, checkpoint).items()})
    parts: dict[str, list[torch.Tensor]] = {}
    for name, weight in planned.items():
        if not is_split(weight.weight):
            continue
        arranged, dim = arrange_for_mesh(sources(weight), [s.split for s in weight.weight.sources],
                                         weight.weight.preparation)
        chips = next(s.split.chips for s in weight.weight.sources if s.split is not None)
        parts[name] = [p[0, 0].double() for p in arranged.chunk(chips, dim=dim)]
    return parts


def _assert_layers_match(parts: dict[str, list[torch.Tensor]], whole: dict[str, torch.Tensor], *, chips: int,
                         heads: int, kv_heads: int, head_dim: int) -> None:
    """Per-chip attention and SwiGLU, row-split outputs summed over the chips (the all-reduce), equal the whole."""
    hidden = whole["layers.0.attention.o_proj.weight"].shape[0]
    x = torch.randn(SEQ, hidden, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    local = (heads // chips, max(kv_heads // chips, 1), head_dim)
    attention = sum(_attention(x @ parts["attention.qkv_proj.weight"][c], *local)
                    @ parts["attention.o_proj.weight"][c] for c in range(chips))
    expected = (_attention(x @ whole["layers.0.attention.qkv_proj.weight"].T, heads, kv_heads, head_dim)
                @ whole["layers.0.attention.o_proj.weight"].T)
    torch.testing.assert_close(attention, expected, atol=F64_ATOL, rtol=F64_RTOL)
    ffn = sum((F.silu(x @ parts["ffn.gate.weight"][c]) * (x @ parts["ffn.up.weight"][c])) @ parts["ffn.down.weight"][c]
              for c in range(chips))
    w = {n: whole[f"layers.0.ffn.{n}.weight"] for n in ("gate", "up", "down")}
    torch.testing.assert_close(ffn, (F.silu(x @ w["gate"].T) * (x @ w["up"].T)) @ w["down"].T,
                               atol=F64_ATOL, rtol=F64_RTOL)


def _attention(qkv: torch.Tensor, heads: int, kv_heads: int, head_dim: int) -> torch.Tensor:
    """Causal GQA over fused ``[seq, (heads + 2 kv_heads) head_dim]`` projections (no rotary: interleaving Q and K
    rows alike leaves every q.k unchanged); ``[seq, heads * head_dim]``."""
    q, k, v = (t.reshape(SEQ, -1, head_dim).transpose(0, 1)
               for t in qkv.split([heads * head_dim, kv_heads * head_dim, kv_heads * head_dim], dim=-1))
    k, v = (t.repeat_interleave(heads // kv_heads, dim=0) for t in (k, v))
    out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    return out.transpose(0, 1).reshape(SEQ, heads * head_dim)
