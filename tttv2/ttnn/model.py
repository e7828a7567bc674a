"""The TTNN decoder: DecoderModel's host API (torch ids in, torch logits out) computed on a Tenstorrent device.

Torch touches only host tensors here (token ids going up, logits and hidden states coming back);
every op on the device is a ttnn op. Device-level generation is :meth:`TTNNDecoderModel.prefill`
(one prompt into one cache row) and :meth:`TTNNDecoderModel.decode` (one token for every row).
None of this has run on Tenstorrent hardware yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import torch
from torch import Tensor

from tttv2.errors import GenerationError, SpecError, TensorParallelError
from tttv2.model import DecoderModel
from tttv2.parallel import local_size
from tttv2.protocols import Embedding, KVCache, LMHead, Norm
from tttv2.ttnn.cache import DeviceKVCache, DeviceLayerCache
from tttv2.ttnn.capabilities import DecodingBlock
from tttv2.ttnn.mesh import replica
from tttv2.ttnn.precision import TTNNPrecision
from tttv2.ttnn.tensor_types import DeviceTensor, MeshDevice
from tttv2.ttnn.weights import TILE

if TYPE_CHECKING:
    from tttv2.build import SlotRecord
    from tttv2.spec import ModelSpec


class TTNNDecoderModel(DecoderModel):
    """A decoder whose modules are TTNN modules; ``model(token_ids)`` works as on CPU, one row at a time.

    Prompts run one sequence at a time, padded with token 0 to a multiple of 32 (ttnn's tile);
    causal attention keeps the padding from reaching real tokens, and only real positions come back.
    Weights arrive through :func:`tttv2.ttnn.loading.load_device_weights`, which sets :attr:`precision`.
    Split over ``chips`` chips of a mesh (tensor parallelism), each chip caches its share of the KV heads;
    results are replicated on every chip and read from the first.
    """

    def __init__(self, *, embedding: object, blocks: Sequence[object], final_norm: object, head: object,
                 spec: ModelSpec, records: tuple[SlotRecord, ...], hardware: str,
                 mesh_device: MeshDevice | None, chips: int = 1) -> None:
        super().__init__(embedding=embedding, blocks=blocks, final_norm=final_norm, head=head, spec=spec,
                         records=records, hardware=hardware)
        lacking = [f"layers[{i}]: {type(b).__qualname__} has no decode path" for i, b in enumerate(blocks)
                   if not isinstance(b, DecodingBlock)]
        if lacking:
            raise SpecError(lacking)
        kv_heads = local_size("kv_heads", spec.dims.num_kv_heads, chips)
        if kv_heads is None:
            raise TensorParallelError(f"num_kv_heads={spec.dims.num_kv_heads} cannot be split over {chips} chips")
        self.mesh_device = mesh_device
        self.chips = chips
        self.kv_heads_per_chip = kv_heads
        self.precision: TTNNPrecision | None = None

    # -- DecoderModel's host API ------------------------------------------------------------------
    def forward(self, token_ids: Tensor, *, positions: Tensor | None = None,
                cache: KVCache[Tensor] | None = None) -> Tensor:
        """Logits ``[batch, seq, vocab]`` (host, float32); a :class:`DeviceKVCache` gets row ``b`` from row ``b``."""
        rows = self._rows(token_ids, positions)
        device_cache = _device_cache(cache)
        return torch.stack([self._logits(self._prefill(ids, places, device_cache, row, keep_states=False)[-1], len(ids))
                            for row, (ids, places) in enumerate(rows)])

    def hidden_states(self, token_ids: Tensor, *, positions: Tensor | None = None,
                      cache: KVCache[Tensor] | None = None) -> list[Tensor]:
        """Embedding output, each block's output, the final norm's, copied to the host: ``num_layers + 2`` tensors."""
        per_row = []
        device_cache = _device_cache(cache)
        for row, (ids, places) in enumerate(self._rows(token_ids, positions)):
            states = self._prefill(ids, places, device_cache, row, keep_states=True)
            per_row.append([replica(s).float().reshape(-1, s.shape[-1])[: len(ids)] for s in states])
        return [torch.stack([row[i] for row in per_row]) for i in range(len(per_row[0]))]

    def head_forward(self, hidden: Tensor) -> Tensor:
        """Logits ``[batch, seq, vocab]`` from host hidden states ``[batch, seq, hidden]``."""
        import ttnn

        outputs = []
        for row in hidden:
            seq = row.shape[0]
            padded = torch.nn.functional.pad(row.float(), (0, 0, 0, _padding(seq)))[None, None]
            on_device = ttnn.from_torch(padded.to(torch.bfloat16), dtype=ttnn.bfloat16, layout=ttnn.TILE_LAYOUT,
                                        device=self._device(), memory_config=ttnn.DRAM_MEMORY_CONFIG,
                                        mesh_mapper=ttnn.replicate_tensor_to_mesh_mapper(self._device()))
            outputs.append(self._logits(on_device, seq))
        return torch.stack(outputs)

    # -- device-level generation --------------------------------------------------------------------
    def new_cache(self, *, batch_size: int, capacity: int) -> DeviceKVCache:
        """An allocated device KV cache for ``batch_size`` rows of up to ``capacity`` tokens."""
        dims = self.spec.dims
        cache = DeviceKVCache(num_layers=dims.num_layers, batch_size=batch_size, num_kv_heads=self.kv_heads_per_chip,
                              head_dim=dims.head_dim, capacity=capacity + _padding(capacity),
                              kv_dtype=(self.precision or TTNNPrecision()).kv_cache, mesh_device=self._device())
        cache.allocate()
        return cache

    def prefill(self, token_ids: Sequence[int], *, cache: DeviceKVCache, row: int = 0) -> Tensor:
        """Run one prompt into cache ``row`` (positions from 0); returns the last token's logits ``[vocab]``."""
        states = self._prefill(list(token_ids), list(range(len(token_ids))), cache, row, keep_states=False)
        return self._logits(states[-1], len(token_ids))[-1]

    def decode(self, token_ids: Sequence[int], *, cache: DeviceKVCache) -> Tensor:
        """One new token per cache row (all rows at the same position); returns logits ``[batch, vocab]``."""
        if len(token_ids) != cache.batch_size:
            raise GenerationError(f"decode got {len(token_ids)} tokens for a cache of {cache.batch_size} rows")
        position = cache.length(0)
        if position + 1 > min(cache.capacity, self.spec.dims.max_seq_len):
            raise GenerationError(f"decode at position {position} is past the cache ({cache.capacity}) or the "
                                  f"model's context ({self.spec.dims.max_seq_len})")
        ids = self._upload([list(token_ids)])
        # rotary gathers one table row per core; positions are padded to a whole tile like tt-metal's
        positions = self._upload([[position] * (len(token_ids) + _padding(len(token_ids)))])
        x = cast(Embedding[DeviceTensor], self.embedding).forward(ids)
        for index, block in enumerate(self.layers):
            x = cast(DecodingBlock, block).decode(x, positions=positions, cache=DeviceLayerCache(cache, index))
        hidden = cast(Norm[DeviceTensor], self.final_norm).forward(x)
        logits = cast(LMHead[DeviceTensor], self.head).forward(hidden)
        return replica(logits).float().reshape(-1, logits.shape[-1])[: len(token_ids)]

    # -- internals ------------------------------------------------------------------------------------
    def _prefill(self, ids: list[int], places: list[int], cache: DeviceKVCache | None, row: int, *,
                 keep_states: bool) -> list[DeviceTensor]:
        """Device states after embedding, each block and the final norm (only the last unless ``keep_states``)."""
        padding = _padding(len(ids))
        if places[-1] + padding >= self.spec.dims.max_seq_len:
            raise GenerationError(f"{len(ids)} tokens (padded to {len(ids) + padding}) exceed the model's context "
                                  f"of {self.spec.dims.max_seq_len}")
        token_ids = self._upload([ids + [0] * padding])
        positions = self._upload([places + list(range(places[-1] + 1, places[-1] + 1 + padding))])
        x = cast(Embedding[DeviceTensor], self.embedding).forward(token_ids)
        states = [x]
        for index, block in enumerate(self.layers):
            layer_cache = DeviceLayerCache(cache, index, row, valid=len(ids)) if cache is not None else None
            x = cast(DecodingBlock, block).forward(x, positions=positions, cache=layer_cache)
            states = [*states, x] if keep_states else [x]
        x = cast(Norm[DeviceTensor], self.final_norm).forward(x)
        return [*states, x] if keep_states else [x]

    def _logits(self, hidden: DeviceTensor, seq: int) -> Tensor:
        """Host logits ``[seq, vocab]`` for the first ``seq`` (real) positions of ``hidden`` ``[1, 1, padded, h]``."""
        logits = cast(LMHead[DeviceTensor], self.head).forward(hidden)
        return replica(logits).float().reshape(-1, logits.shape[-1])[:seq]

    def _rows(self, token_ids: Tensor, positions: Tensor | None) -> list[tuple[list[int], list[int]]]:
        if token_ids.dim() != 2:
            raise ValueError(f"token_ids must be [batch, seq], got shape {tuple(token_ids.shape)}")
        if positions is None:
            positions = torch.arange(token_ids.shape[1]).expand(token_ids.shape[0], -1)
        if bool((positions < 0).any()):
            raise GenerationError("the ttnn model runs unpadded rows only: every position must be >= 0")
        return [(ids.tolist(), places.tolist()) for ids, places in zip(token_ids.cpu(), positions.cpu(), strict=True)]

    def _upload(self, rows: list[list[int]]) -> DeviceTensor:
        """Integers ``[rows, n]`` as a uint32 row-major device tensor (token ids, positions)."""
        import ttnn

        return ttnn.from_torch(torch.tensor(rows, dtype=torch.int32), dtype=ttnn.uint32, layout=ttnn.ROW_MAJOR_LAYOUT,
                               device=self._device(), mesh_mapper=ttnn.replicate_tensor_to_mesh_mapper(self._device()))

    def _device(self) -> MeshDevice:
        if self.mesh_device is None:
            raise GenerationError("this ttnn model was built without a device: build it with "
                                  "build_model(spec, device='ttnn') or load_pretrained(..., device='ttnn')")
        return self.mesh_device


def _padding(seq: int) -> int:
    """Tokens to add so ``seq`` fills whole tiles."""
    return -seq % TILE


def _device_cache(cache: object) -> DeviceKVCache | None:
    if cache is None:
        return None
    if not isinstance(cache, DeviceKVCache):
        raise GenerationError(f"a ttnn model keeps its KV cache on the device: pass a DeviceKVCache "
                              f"(model.new_cache(...)), not {type(cache).__qualname__}")
    return cache
