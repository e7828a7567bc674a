"""Calls into ttnn that mypy --strict must accept (checked against typings/ttnn).

The stubs in typings/ttnn are generated from the real ttnn 0.81.1 wheel by
tools/ttnn_stubs.py. Every function below declares its return type, so under
--strict (warn_return_any) a call that came back as `Any` instead of a typed
ttnn.Tensor would be reported too. ttnn is imported for type checking only:
this file imports on Python 3.11, where ttnn is not installed, and is never run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch
    import ttnn


def open_single_device() -> ttnn.MeshDevice:
    return ttnn.open_device(device_id=0, l1_small_size=8192)


def open_mesh(num_devices: int) -> ttnn.MeshDevice:
    if ttnn.GetNumAvailableDevices() < num_devices:
        raise RuntimeError("not enough devices")
    return ttnn.open_mesh_device(ttnn.MeshShape(1, num_devices))


def close(device: ttnn.MeshDevice) -> None:
    ttnn.close_device(device)


def weight_to_device(w: torch.Tensor, device: ttnn.MeshDevice) -> ttnn.Tensor:
    return ttnn.from_torch(
        w,
        dtype=ttnn.bfloat8_b,
        layout=ttnn.TILE_LAYOUT,
        device=device,
        memory_config=ttnn.DRAM_MEMORY_CONFIG,
        mesh_mapper=ttnn.replicate_tensor_to_mesh_mapper(device),
    )


def sharded_weight(w: torch.Tensor, device: ttnn.MeshDevice) -> ttnn.Tensor:
    mapper = ttnn.shard_tensor_to_mesh_mapper(device, dim=-1)
    return ttnn.from_torch(w, dtype=ttnn.bfloat16, layout=ttnn.TILE_LAYOUT, device=device, mesh_mapper=mapper)


def to_host(x: ttnn.Tensor) -> torch.Tensor:
    host = ttnn.from_device(x)
    return ttnn.to_torch(ttnn.to_layout(host, ttnn.ROW_MAJOR_LAYOUT))


def embed(token_ids: ttnn.Tensor, table: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.embedding(token_ids, table, layout=ttnn.TILE_LAYOUT, dtype=ttnn.bfloat16)


def rms_norm(x: ttnn.Tensor, weight: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.rms_norm(x, epsilon=1e-6, weight=weight)


def swiglu(x: ttnn.Tensor, w_gate: ttnn.Tensor, w_up: ttnn.Tensor, w_down: ttnn.Tensor) -> ttnn.Tensor:
    gate = ttnn.linear(x, w_gate, memory_config=ttnn.L1_MEMORY_CONFIG)
    up = ttnn.matmul(x, w_up, transpose_b=False)
    hidden = ttnn.mul(ttnn.silu(gate), up)
    ttnn.deallocate(gate)
    ttnn.deallocate(up)
    return ttnn.linear(hidden, w_down, bias=None, transpose_b=False)


def gelu_mlp(x: ttnn.Tensor, w_in: ttnn.Tensor, b_in: ttnn.Tensor, w_out: ttnn.Tensor) -> ttnn.Tensor:
    hidden = ttnn.gelu(ttnn.linear(x, w_in, bias=b_in))
    return ttnn.multiply(ttnn.linear(hidden, w_out), 0.5)


def residual(x: ttnn.Tensor, y: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.add(x, y, memory_config=ttnn.DRAM_MEMORY_CONFIG)


def operators(x: ttnn.Tensor, y: ttnn.Tensor) -> ttnn.Tensor:
    return (x + y) * 2.0 - x @ y


def qkv_heads(fused_qkv: ttnn.Tensor, n_heads: int, n_kv_heads: int) -> tuple[ttnn.Tensor, ttnn.Tensor, ttnn.Tensor]:
    return ttnn.experimental.nlp_create_qkv_heads(
        fused_qkv, num_heads=n_heads, num_kv_heads=n_kv_heads, transpose_k_heads=False
    )


def rope(x: ttnn.Tensor, cos: ttnn.Tensor, sin: ttnn.Tensor, trans_mat: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.experimental.rotary_embedding_llama(x, cos, sin, trans_mat, is_decode_mode=False)


def prefill_attention(q: ttnn.Tensor, k: ttnn.Tensor, v: ttnn.Tensor, head_dim: int) -> ttnn.Tensor:
    out = ttnn.transformer.scaled_dot_product_attention(q, k, v, is_causal=True, scale=head_dim**-0.5)
    return ttnn.experimental.nlp_concat_heads(out)


def decode_attention(q: ttnn.Tensor, k_cache: ttnn.Tensor, v_cache: ttnn.Tensor, positions: list[int]) -> ttnn.Tensor:
    return ttnn.transformer.scaled_dot_product_attention_decode(q, k_cache, v_cache, cur_pos=positions, scale=0.125)


def write_cache(cache: ttnn.Tensor, k: ttnn.Tensor, position: int, user: int) -> None:
    ttnn.fill_cache(cache, k, user)
    ttnn.update_cache(cache, k, position, batch_offset=0)


def write_paged_cache(cache: ttnn.Tensor, k: ttnn.Tensor, positions: ttnn.Tensor, page_table: ttnn.Tensor) -> None:
    ttnn.experimental.paged_update_cache(cache, k, update_idxs_tensor=positions, page_table=page_table)


def reshape_heads(x: ttnn.Tensor, batch: int, seq: int, heads: int, head_dim: int) -> ttnn.Tensor:
    x = ttnn.reshape(x, (batch, seq, heads, head_dim))
    x = ttnn.permute(x, (0, 2, 1, 3))
    return ttnn.transpose(x, 1, 2)


def merge(a: ttnn.Tensor, b: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.concat([a, b], dim=-1)


def probabilities(logits: ttnn.Tensor) -> ttnn.Tensor:
    return ttnn.softmax(ttnn.typecast(logits, ttnn.float32), dim=-1)


def move(x: ttnn.Tensor, device: ttnn.MeshDevice) -> ttnn.Tensor:
    return ttnn.to_device(x, device, memory_config=ttnn.L1_MEMORY_CONFIG)


def layout_of(x: ttnn.Tensor) -> ttnn.Layout:
    return x.get_layout()


def dtype_of(x: ttnn.Tensor) -> ttnn.DataType:
    return x.get_dtype()


def index_dtype() -> ttnn.DataType:
    return ttnn.uint32


def memory(x: ttnn.Tensor) -> ttnn.MemoryConfig:
    return x.memory_config()


def device_ids() -> list[int]:
    return ttnn.get_device_ids()
