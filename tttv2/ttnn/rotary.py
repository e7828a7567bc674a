"""TTNN rotary embeddings: ``experimental.rotary_embedding_llama`` with cos/sin tables and its transformation matrix.

``rotary_embedding_llama`` rotates interleaved pairs ``(x[2i], x[2i+1])`` (Meta's layout), computing
``x * cos + (x @ T) * sin`` with a 32x32 matrix ``T`` per tile. The loader therefore stores Q/K
projection rows interleaved (:func:`tttv2.ttnn.weights.interleave_rotary_rows`) and the tables here
repeat each frequency twice, ``cos(p * f0), cos(p * f0), cos(p * f1), ...``. The frequencies come from
the torch modules in :mod:`tttv2.modules.rope`, so every scaling rule (linear, llama3, yarn) is shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import torch

from tttv2.errors import ConfigError
from tttv2.modules import rope
from tttv2.registry import default_registry
from tttv2.ttnn.precision import TensorGroup
from tttv2.ttnn.tensor_types import DeviceTensor, MeshDevice
from tttv2.ttnn.weights import TILE, DeviceWeight, Preparation, WeightSlots

if TYPE_CHECKING:
    import ttnn


class RotaryFrequencies(Protocol):
    """What the torch rotary modules expose: the frequency of each rotated pair and a table scale (YaRN)."""

    inverse_frequencies: tuple[float, ...]
    attention_factor: float


def rotary_tables(inverse_frequencies: Sequence[float], max_seq_len: int,
                  attention_factor: float = 1.0) -> tuple[torch.Tensor, torch.Tensor]:
    """cos and sin ``[1, 1, max_seq_len, head_dim]`` with each frequency repeated for its interleaved pair."""
    # fp32 angles: position * frequency loses precision in bf16 past a few hundred tokens
    frequencies = torch.tensor(list(inverse_frequencies), dtype=torch.float32)
    angles = torch.arange(max_seq_len, dtype=torch.float32)[:, None] * frequencies[None, :]
    paired = torch.repeat_interleave(angles, 2, dim=-1)[None, None]
    return paired.cos() * attention_factor, paired.sin() * attention_factor


def transformation_matrix(copies: int = 1) -> torch.Tensor:
    """``T`` ``[1, 1, 32 * copies, 32]`` with ``x @ T = (-x1, x0, -x3, x2, ...)``, stacked ``copies`` times."""
    matrix = torch.zeros(TILE, TILE)
    matrix[torch.arange(0, TILE, 2), torch.arange(1, TILE, 2)] = 1.0
    matrix[torch.arange(1, TILE, 2), torch.arange(0, TILE, 2)] = -1.0
    return matrix.repeat(copies, 1)[None, None]


class _DeviceRotary:
    """Prefill (``apply``) gathers table rows by position and rotates ``[1, heads, seq, head_dim]``;
    decode (``apply_decode``) does the same per row for ``[1, batch, heads, head_dim]``, height-sharded."""

    def __init__(self, *, head_dim: int, max_seq_len: int, frequencies: RotaryFrequencies,
                 mesh_device: MeshDevice | None) -> None:
        if head_dim % TILE or max_seq_len <= 0:
            raise ConfigError(f"ttnn rotary needs head_dim a multiple of {TILE} (rotary_embedding_llama works per "
                              f"tile) and max_seq_len > 0, got head_dim={head_dim}, max_seq_len={max_seq_len}")
        self.head_dim = head_dim
        self.mesh_device = mesh_device
        inverse, factor = frequencies.inverse_frequencies, frequencies.attention_factor
        self.weights = WeightSlots({  # tables are computed when the loader prepares them, not here
            "cos": DeviceWeight(Preparation.TABLE, TensorGroup.ROTARY,
                                compute=lambda: rotary_tables(inverse, max_seq_len, factor)[0]),
            "sin": DeviceWeight(Preparation.TABLE, TensorGroup.ROTARY,
                                compute=lambda: rotary_tables(inverse, max_seq_len, factor)[1]),
            "transformation": DeviceWeight(Preparation.TABLE, TensorGroup.ROTARY, compute=transformation_matrix),
        })
        self._decode_transformations: dict[int, DeviceTensor] = {}

    def device_weights(self) -> WeightSlots:
        return self.weights

    def apply(self, q: DeviceTensor, k: DeviceTensor, positions: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor]:
        """q ``[1, heads, seq, head_dim]``, k ``[1, kv_heads, seq, head_dim]``, positions ``[1, seq]``."""
        import ttnn

        cos, sin = (ttnn.unsqueeze_to_4D(ttnn.embedding(positions, self.weights[name], layout=ttnn.TILE_LAYOUT))
                    for name in ("cos", "sin"))  # [1, 1, seq, head_dim]
        transformation = self.weights["transformation"]
        rotated_q = ttnn.experimental.rotary_embedding_llama(q, cos, sin, transformation, is_decode_mode=False)
        rotated_k = ttnn.experimental.rotary_embedding_llama(k, cos, sin, transformation, is_decode_mode=False)
        ttnn.deallocate(cos)
        ttnn.deallocate(sin)
        return rotated_q, rotated_k

    def apply_decode(self, q: DeviceTensor, k: DeviceTensor,
                     positions: DeviceTensor) -> tuple[DeviceTensor, DeviceTensor]:
        """q ``[1, batch, heads, head_dim]``, k ``[1, batch, kv_heads, head_dim]``, positions ``[1, batch]``, padded."""
        import ttnn

        batch = q.shape[1]
        cores = self._batch_cores(batch)
        sharded = ttnn.create_sharded_memory_config(
            shape=(TILE, self.head_dim), core_grid=cores, strategy=ttnn.ShardStrategy.HEIGHT,
            orientation=ttnn.ShardOrientation.ROW_MAJOR, use_height_and_width_as_shard_shape=True)
        tables = []
        for name in ("cos", "sin"):
            rows = ttnn.unsqueeze_to_4D(ttnn.embedding(positions, self.weights[name], layout=ttnn.TILE_LAYOUT))
            rows = ttnn.transpose(rows, 1, 2)  # [1, batch padded to 32, 1, head_dim]
            if rows.shape[1] != batch:
                rows = ttnn.slice(rows, [0, 0, 0, 0], [1, batch, 1, self.head_dim])
            tables.append(ttnn.interleaved_to_sharded(rows, sharded))
        transformation = self._decode_transformation(batch)
        cos, sin = tables
        rotated_q = ttnn.experimental.rotary_embedding_llama(q, cos, sin, transformation, is_decode_mode=True)
        rotated_k = ttnn.experimental.rotary_embedding_llama(k, cos, sin, transformation, is_decode_mode=True)
        for table in tables:
            ttnn.deallocate(table)
        return rotated_q, rotated_k

    def _device(self) -> MeshDevice:
        if self.mesh_device is None:
            raise ConfigError("ttnn rotary decode needs the device it runs on (mesh_device), which this module lacks")
        return self.mesh_device

    def _batch_cores(self, batch: int) -> ttnn.CoreRangeSet:
        import ttnn

        return ttnn.num_cores_to_corerangeset(batch, self._device().compute_with_storage_grid_size(), row_wise=True)

    def _decode_transformation(self, batch: int) -> DeviceTensor:
        """The transformation matrix once per core that holds a row, height-sharded like the decode heads."""
        import ttnn

        found = self._decode_transformations.get(batch)
        if found is None:
            sharded = ttnn.create_sharded_memory_config(
                shape=(TILE, TILE), core_grid=self._batch_cores(batch), strategy=ttnn.ShardStrategy.HEIGHT,
                orientation=ttnn.ShardOrientation.ROW_MAJOR, use_height_and_width_as_shard_shape=True)
            found = ttnn.from_torch(transformation_matrix(batch), dtype=ttnn.bfloat16, layout=ttnn.TILE_LAYOUT,
                                    device=self._device(), memory_config=sharded,
                                    mesh_mapper=ttnn.replicate_tensor_to_mesh_mapper(self._device()))
            self._decode_transformations[batch] = found
        return found


@default_registry.register_module(
    name="ttnn-rope", category="position", implements="rope",
    description="RoPE on a Tenstorrent device (experimental.rotary_embedding_llama); never run on hardware here.",
    hardware_support=["ttnn"], tags=["rotary", "llama", "qwen", "ttnn"])
class RotaryEmbedding(_DeviceRotary):
    """Standard RoPE."""

    def __init__(self, *, head_dim: int, max_seq_len: int, rope_theta: float = 10000.0,
                 mesh_device: MeshDevice | None = None) -> None:
        super().__init__(head_dim=head_dim, max_seq_len=max_seq_len, mesh_device=mesh_device,
                         frequencies=rope.RotaryEmbedding(head_dim=head_dim, rope_theta=rope_theta))


@default_registry.register_module(
    name="ttnn-rope-linear", category="position", implements="rope-linear",
    description="Linearly scaled RoPE on a Tenstorrent device; never run on hardware here.",
    hardware_support=["ttnn"], tags=["rotary", "long-context", "ttnn"])
class LinearScaledRotaryEmbedding(_DeviceRotary):
    """RoPE whose frequencies are divided by ``factor``."""

    def __init__(self, *, head_dim: int, max_seq_len: int, factor: float, rope_theta: float = 10000.0,
                 mesh_device: MeshDevice | None = None) -> None:
        super().__init__(head_dim=head_dim, max_seq_len=max_seq_len, mesh_device=mesh_device,
                         frequencies=rope.LinearScaledRotaryEmbedding(head_dim=head_dim, rope_theta=rope_theta,
                                                                      factor=factor))


@default_registry.register_module(
    name="ttnn-rope-llama3", category="position", implements="rope-llama3",
    description="Llama 3.1 RoPE scaling on a Tenstorrent device; never run on hardware here.",
    hardware_support=["ttnn"], tags=["rotary", "llama3", "long-context", "ttnn"])
class Llama3RotaryEmbedding(_DeviceRotary):
    """RoPE with Llama 3's frequency-dependent scaling."""

    def __init__(self, *, head_dim: int, max_seq_len: int, rope_theta: float = 500000.0, factor: float = 8.0,
                 low_freq_factor: float = 1.0, high_freq_factor: float = 4.0, original_max_seq_len: int = 8192,
                 mesh_device: MeshDevice | None = None) -> None:
        super().__init__(head_dim=head_dim, max_seq_len=max_seq_len, mesh_device=mesh_device,
                         frequencies=rope.Llama3RotaryEmbedding(
                             head_dim=head_dim, rope_theta=rope_theta, factor=factor, low_freq_factor=low_freq_factor,
                             high_freq_factor=high_freq_factor, original_max_seq_len=original_max_seq_len))


@default_registry.register_module(
    name="ttnn-rope-yarn", category="position", implements="rope-yarn",
    description="YaRN RoPE scaling on a Tenstorrent device; never run on hardware here.",
    hardware_support=["ttnn"], tags=["rotary", "yarn", "long-context", "qwen", "ttnn"])
class YarnRotaryEmbedding(_DeviceRotary):
    """RoPE with YaRN's ramp; its attention factor scales the cos/sin tables."""

    def __init__(self, *, head_dim: int, max_seq_len: int, factor: float, original_max_seq_len: int,
                 rope_theta: float = 10000.0, beta_fast: float = 32.0, beta_slow: float = 1.0,
                 attention_factor: float | None = None, truncate: bool = True,
                 mesh_device: MeshDevice | None = None) -> None:
        super().__init__(head_dim=head_dim, max_seq_len=max_seq_len, mesh_device=mesh_device,
                         frequencies=rope.YarnRotaryEmbedding(
                             head_dim=head_dim, rope_theta=rope_theta, factor=factor,
                             original_max_seq_len=original_max_seq_len, beta_fast=beta_fast, beta_slow=beta_slow,
                             attention_factor=attention_factor, truncate=truncate))
