"""Shard plans and parts of checkpoint tensors, in one process: the arithmetic of splitting, the refusals, and
that a rank's part read from the file equals the same part cut from the whole tensor."""

from __future__ import annotations

import gc
import os
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
from click.testing import CliRunner
from gguf import GGMLQuantizationType
from safetensors.torch import save_file
from torch.distributed.device_mesh import init_device_mesh

from tests.backends.float64_backend import Float64OwnHardware
from tests.families.tiny_gguf import write_gguf
from tttv2.backend import register_backend, tensor_parallel_for, unregister_backend
from tttv2.backends.torch.parallel import tensor_parallel
from tttv2.cli import main
from tttv2.errors import TensorParallelError
from tttv2.loading import CheckpointTensor, open_checkpoint
from tttv2.modules.attention_layer import GroupedQueryAttention
from tttv2.modules.projection_qk_norm_attention import ProjectionQKNormAttention
from tttv2.parallel import ShardPlan, divide_sizes, local_size, shard_plan_of, share, valid_rank_counts
from tttv2.pretrained import load_pretrained
from tttv2.weights import PartCutsBlocksError, open_gguf, open_safetensors_dir


@pytest.mark.parametrize(("kind", "value", "world", "local"), [
    ("heads", 8, 2, 4), ("heads", 9, 3, 3), ("heads", 9, 2, None), ("features", 96, 3, 32),
    ("kv_heads", 4, 2, 2), ("kv_heads", 1, 2, 1), ("kv_heads", 2, 4, 1), ("kv_heads", 3, 2, None),
    ("features", 3, 6, None),
])
def test_local_size(kind: str, value: int, world: int, local: int | None) -> None:
    assert local_size(kind, value, world) == local  # type: ignore[arg-type]  # the kinds as literals


def test_share_of_replicated_kv_heads_follows_the_query_heads() -> None:
    # 8 query heads, 2 KV heads, 4 ranks: ranks 0-1 hold query heads 0-3, which read KV head 0
    assert [share(2, 1, rank, 4) for rank in range(4)] == [(0, 2), (0, 2), (1, 2), (1, 2)]
    assert [share(8, 2, rank, 4) for rank in range(4)] == [(0, 4), (1, 4), (2, 4), (3, 4)]


def test_valid_rank_counts() -> None:
    assert valid_rank_counts({"num_heads": ("heads", 9), "num_kv_heads": ("kv_heads", 3)}) == [1, 3, 9]
    assert valid_rank_counts({"num_heads": ("heads", 32), "num_kv_heads": ("kv_heads", 8)}) == [1, 2, 4, 8, 16, 32]


def test_divide_sizes_replaces_the_sizes_and_returns_the_whole_ones() -> None:
    plan = shard_plan_of(GroupedQueryAttention)
    assert plan is not None
    kwargs: dict[str, object] = {"num_heads": 9, "num_kv_heads": 3, "hidden_dim": 576}
    assert divide_sizes(plan, kwargs, 3, "layers[0].attention") == {"num_heads": 9, "num_kv_heads": 3}
    assert kwargs == {"num_heads": 3, "num_kv_heads": 1, "hidden_dim": 576}


def test_divide_sizes_names_the_module_the_sizes_and_the_rank_counts_that_work() -> None:
    plan = shard_plan_of(GroupedQueryAttention)
    assert plan is not None
    with pytest.raises(TensorParallelError) as raised:
        divide_sizes(plan, {"num_heads": 9, "num_kv_heads": 3}, 2, "layers[4].attention")
    assert str(raised.value) == ("layers[4].attention: num_heads=9 does not divide among 2 ranks; num_kv_heads=3 "
                                 "does not divide among 2 ranks; this module splits over 1, 3 or 9 ranks")
    with pytest.raises(TensorParallelError, match=r"num_kv_heads=2 cannot be split over 3 ranks, nor replicated"):
        divide_sizes(plan, {"num_heads": 6, "num_kv_heads": 2}, 3, "attention")


def test_a_plan_must_divide_what_its_projections_follow() -> None:
    with pytest.raises(ValueError, match=r"sizes it does not divide: \['num_heads'\]"):
        ShardPlan(divide={"intermediate_dim": "features"}, column={"q_proj": "num_heads"})


def test_a_subclass_switches_its_inherited_plan_off() -> None:
    assert shard_plan_of(GroupedQueryAttention) is not None
    assert shard_plan_of(ProjectionQKNormAttention) is None


# -- parts of checkpoint tensors ------------------------------------------------------------------------------
def test_safetensors_part_reads_equal_cutting_the_whole(tmp_path: Path) -> None:
    weight = torch.randn(6, 8)
    save_file({"w": weight}, str(tmp_path / "model.safetensors"))
    (tmp_path / "config.json").write_text("{}")
    with open_safetensors_dir(tmp_path) as source:
        assert torch.equal(source.load_part("w", 0, 2, 4), weight[2:4])
        assert torch.equal(source.load_part("w", 1, 4, 8), weight[:, 4:8])


@pytest.mark.parametrize("stored", [GGMLQuantizationType.F32, GGMLQuantizationType.Q4_0, GGMLQuantizationType.Q8_0])
def test_gguf_part_reads_equal_cutting_the_whole(tmp_path: Path, stored: GGMLQuantizationType) -> None:
    path = write_gguf(tmp_path / "tiny.gguf", quantized={"blk.0.ffn_down.weight": stored})  # [64, 96]
    with open_gguf(path) as source:
        whole = source.load("blk.0.ffn_down.weight")
        assert torch.equal(source.load_part("blk.0.ffn_down.weight", 0, 32, 64), whole[32:])
        assert torch.equal(source.load_part("blk.0.ffn_down.weight", 1, 32, 64), whole[:, 32:64])
        raw = source.load_raw("blk.0.ffn_down.weight")
        assert torch.equal(source.load_part("blk.0.ffn_down.weight", 0, 0, 32, raw=True), raw[:32])


def test_a_gguf_part_that_cuts_blocks_says_so(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "tiny.gguf", quantized={"blk.0.ffn_down.weight": GGMLQuantizationType.Q4_0})
    with open_gguf(path) as source, pytest.raises(PartCutsBlocksError, match="blocks of 32 values"):
        source.load_part("blk.0.ffn_down.weight", 1, 0, 48)


@pytest.mark.parametrize("parameter", ["layers.0.attention.q_proj.weight", "layers.0.attention.k_proj.weight",
                                       "layers.0.ffn.down.weight"])
@pytest.mark.parametrize(("dim", "count"), [(0, 2), (1, 2)])
def test_checkpoint_tensor_part_is_the_part_of_the_converted_whole(tmp_path: Path, parameter: str, dim: int,
                                                                    count: int) -> None:
    # a llama GGUF's q/k rows are in llama.cpp's rotary order: the family converts them, per head
    checkpoint = open_checkpoint(write_gguf(tmp_path / "tiny.gguf"))
    name = checkpoint.family.weight_name(parameter, "gguf")
    assert name is not None
    whole = CheckpointTensor(checkpoint=checkpoint, parameter=parameter, name=name, device=torch.device("cpu"),
                             dtype=torch.float32, check_finite=True)
    dense = whole.dense()
    for index in range(count):
        part = whole.shard(dim, index, count)
        length = dense.shape[dim] // count
        expected = dense.narrow(dim, index * length, length)
        assert part.shape == tuple(expected.shape)
        held = part.dense()
        assert torch.equal(held, expected)
        assert held.is_contiguous() and held.untyped_storage().nbytes() == expected.numel() * 4  # not the whole's
        if dim == 0:  # the row order a block-keeping linear learns from convert() maps the part's own rows
            stored = whole.raw().float()
            assert torch.equal(part.convert(stored.narrow(0, index * length, length)), expected)
    checkpoint.source.close()


def test_a_part_is_cut_once(tmp_path: Path) -> None:
    checkpoint = open_checkpoint(write_gguf(tmp_path / "tiny.gguf"))
    tensor = CheckpointTensor(checkpoint=checkpoint, parameter="layers.0.ffn.up.weight", name="blk.0.ffn_up.weight",
                              device=torch.device("cpu"), dtype=torch.float32, check_finite=True)
    with pytest.raises(Exception, match="a tensor is split once"):
        tensor.shard(0, 0, 2).shard(1, 0, 2)
    with pytest.raises(Exception, match="has no part 0 of 5 along axis 0"):
        tensor.shard(0, 0, 5)
    checkpoint.source.close()


# -- meshes and backends --------------------------------------------------------------------------------------
@pytest.fixture
def one_rank(tmp_path: Path) -> Iterator[None]:
    """A real one-process gloo group, for meshes of size 1."""
    dist.init_process_group("gloo", init_method=f"file://{tmp_path / 'store'}", rank=0, world_size=1)
    try:
        yield
    finally:
        dist.destroy_process_group()


@pytest.mark.usefixtures("one_rank")
def test_a_mesh_must_be_one_dimensional_and_of_the_model_device() -> None:
    with pytest.raises(TensorParallelError, match=r"mesh has 2 dimensions \(1, 1\); tensor parallelism splits over a 1-D"):
        tensor_parallel(init_device_mesh("cpu", (1, 1)), "cpu")
    with pytest.raises(TensorParallelError, match="mesh is a 'cpu' mesh but the model loads on 'cuda'"):
        tensor_parallel(init_device_mesh("cpu", (1,)), "cuda")
    assert tensor_parallel(init_device_mesh("cpu", (1,)), "cpu").world == 1


def test_only_the_model_keeps_the_process_group_so_destroying_it_ends_gloos_threads(tmp_path: Path) -> None:
    """A build's bookkeeping is cyclic garbage until a full collection (disabled here, as it may not have come
    by the time a script ends); were the group in it, gloo's worker threads would outlive
    ``destroy_process_group()`` into Python's shutdown, where a rank aborted (docs/parallel.md, "Ending a run")."""
    path = write_gguf(tmp_path / "tiny.gguf")
    dist.init_process_group("gloo", init_method=f"file://{tmp_path / 'store'}", rank=0, world_size=1)
    gc.disable()
    try:
        mesh = init_device_mesh("cpu", (1,))
        group = weakref.ref(mesh.get_group())
        loaded = load_pretrained(str(path), mesh=mesh)
        loaded.generate_ids([5, 9, 33], max_new_tokens=2)  # all-reduces through the group's worker threads
        del loaded, mesh
        assert group() is not None  # the default group is also the world's, until it is destroyed
        threads_with_the_group = len(os.listdir("/proc/self/task"))
    finally:
        dist.destroy_process_group()
        gc.enable()
    assert group() is None
    assert len(os.listdir("/proc/self/task")) <= threads_with_the_group - 2  # its two worker threads ended


def test_a_mesh_must_be_a_device_mesh() -> None:
    with pytest.raises(TensorParallelError, match=r"mesh= takes a torch\.distributed\.device_mesh\.DeviceMesh"):
        tensor_parallel((2,), "cpu")


def test_a_backend_without_collectives_is_refused() -> None:
    backend = Float64OwnHardware()
    register_backend(backend)
    try:
        with pytest.raises(TensorParallelError, match="has no tensor-parallel support"):
            tensor_parallel_for("f64", object())
    finally:
        unregister_backend(backend.name)



def test_ttt_generate_tensor_parallel_outside_torchrun_says_how_to_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    result = CliRunner().invoke(main, ["generate", "--tensor-parallel", "hello"])
    assert result.exit_code == 1
    assert "run `torchrun --nproc-per-node N -m tttv2 generate --tensor-parallel PROMPT`" in result.output
