"""Shard SmolLM2's layer-0 weights over chips of a mock T3K with real ttnn; run by test_mesh_weight_preparation.py.

A separate process because ttnn reads ``TT_METAL_MOCK_CLUSTER_DESC_PATH`` once per process, and the other
host checks use the one-chip n150 descriptor. ``python tests/ttnn/mesh_shards.py <descriptor> <chips>`` exits
0 after printing one line per checked weight, 1 naming the first mismatch.
"""

from __future__ import annotations

import os
import sys

import torch


def main(descriptor: str, chips: int) -> int:
    os.environ["TT_METAL_MOCK_CLUSTER_DESC_PATH"] = descriptor
    import ttnn

    from tttv2 import ModelContainer
    from tttv2.errors import TensorParallelError
    from tttv2.loading import open_checkpoint
    from tttv2.shipped import resolve_checkpoint
    from tttv2.ttnn import TTNNDecoderModel, TTNNPrecision
    from tttv2.ttnn.loading import host_sources, is_split, plan_device_weights
    from tttv2.ttnn.mesh import arrange_for_mesh
    from tttv2.ttnn.mesh_parallel import MeshTensorParallel, mesh_axis
    from tttv2.ttnn.precision import ttnn_dtype

    system = tuple(ttnn._ttnn.multi_device.SystemMeshDescriptor().shape())
    print(f"cluster {ttnn.cluster.get_cluster_type()}, {ttnn.get_num_devices()} chips, system mesh {system}")
    try:
        mesh_axis(system)
        print("FAIL: a 2-D system mesh was accepted for tensor parallelism")
        return 1
    except TensorParallelError as exc:
        print(f"refused as is: {str(exc).splitlines()[0][:90]}...")
    checkpoint = open_checkpoint(resolve_checkpoint("smollm2-135m"))
    model = ModelContainer(spec=checkpoint.spec, device="ttnn",
                           tensor_parallel=MeshTensorParallel(None, chips=chips, axis=1)).model()
    assert isinstance(model, TTNNDecoderModel)
    planned = [p for p in plan_device_weights(model, checkpoint) if p.path.startswith("layers.0.") and is_split(p.weight)]
    for dtype in ("bfloat16", "bfloat8_b"):
        precision = TTNNPrecision(attention_qkv=dtype, attention_output=dtype, ffn=dtype, ffn_down=dtype)
        for weight in planned:
            arranged, dim = arrange_for_mesh(host_sources(weight, checkpoint), [s.split for s in weight.weight.sources],
                                             weight.weight.preparation)
            # what shard_tensor_to_mesh_mapper(mesh_device, dim) builds (placements [Shard(dim)] over a 1-D
            # distribution of all the chips), made from the mesh shape alone: no device is opened
            mapper = ttnn.create_mesh_mapper(ttnn.MeshShape(1, chips), ttnn.MeshMapperConfig(
                [ttnn.PlacementShard(dim)], ttnn.MeshShape([chips])))
            name = precision.dtype_of(weight.weight.group)
            sharded = ttnn.from_torch(arranged.to(torch.bfloat16 if name == "bfloat16" else torch.float32),
                                      dtype=ttnn_dtype(name), layout=ttnn.TILE_LAYOUT, mesh_mapper=mapper)
            shards = ttnn.get_device_tensors(sharded)
            expected = arranged.float().chunk(chips, dim=dim)
            where = f"{weight.path}.{weight.name} {name}"
            if len(shards) != chips:
                print(f"FAIL: {where}: {len(shards)} shards for {chips} chips")
                return 1
            worst = 0.0
            for chip, (shard, part) in enumerate(zip(shards, expected, strict=True)):
                back = ttnn.to_torch(shard).float()
                if tuple(back.shape) != tuple(part.shape) or shard.dtype != ttnn_dtype(name):
                    print(f"FAIL: {where}: chip {chip} got {tuple(back.shape)} {shard.dtype}, expected "
                          f"{tuple(part.shape)}")
                    return 1
                worst = max(worst, _excess(back, part, name))
            if worst > 0.0:
                print(f"FAIL: {where}: a value is {worst} past its format's bound")
                return 1
            print(f"ok {where}: {chips} shards of {tuple(expected[0].shape)} (shard dim {dim}) within bounds")
    return 0


def _excess(back: torch.Tensor, expected: torch.Tensor, dtype: str) -> float:
    """How far the worst value lies past its format's rounding bound (<= 0 within it): bfloat16 keeps 8
    significant bits (2^-8 of each value); bfloat8_b shares an exponent over 16 values of a tile row, so each
    lies within 2^-6 of the largest magnitude in its block of 16."""
    if dtype == "bfloat16":
        return float(((back - expected).abs() - 2**-8 * expected.abs()).max())
    blocks = expected.reshape(-1, 16).abs().amax(dim=1, keepdim=True)
    return float(((back - expected).reshape(-1, 16).abs() - 2**-6 * blocks).max())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
