"""The decoder model a container builds: embedding, blocks, final norm, head; remembers its spec."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

import torch
from torch import Tensor, nn

from tttv2.errors import GenerationError, SpecError
from tttv2.parallel import TensorParallel
from tttv2.protocols import Block, BoundLayerCache, Embedding, KVCache, LMHead, Norm

if TYPE_CHECKING:
    from tttv2.build import SlotRecord
    from tttv2.spec import ModelSpec


class DecoderModel(nn.Module):
    """A decoder-only language model: ``model(token_ids)`` ``[batch, seq]`` -> logits ``[batch, seq, vocab]``.

    Collaborators are called through their contract's ``forward`` by name, so mypy keeps result
    types; torch forward hooks on sub-modules therefore do not fire (hooks on this model do).
    """

    def __init__(self, *, embedding: object, blocks: Sequence[object], final_norm: object, head: object,
                 spec: ModelSpec, records: tuple[SlotRecord, ...], hardware: str) -> None:
        super().__init__()
        not_modules = [name for name, part in (("embedding", embedding), ("final_norm", final_norm), ("head", head))
                       if not isinstance(part, nn.Module)]
        not_modules += [f"layers[{i}]" for i, block in enumerate(blocks) if not isinstance(block, nn.Module)]
        if not_modules:
            raise SpecError([f"{path}: holds weights, so it must be a torch.nn.Module" for path in not_modules])
        self.embedding = cast(nn.Module, embedding)
        self.layers = nn.ModuleList(cast(Sequence[nn.Module], blocks))
        self.final_norm = cast(nn.Module, final_norm)
        self.head = cast(nn.Module, head)
        self.spec = spec
        self.records = records
        self.hardware = hardware
        self.tensor_parallel: TensorParallel | None = None  # set by a backend that split the model across ranks
        self.compile_decode = False  # decode through one compiled graph (load_pretrained(compile=True))

    def forward(self, token_ids: Tensor, *, positions: Tensor | None = None,
                cache: KVCache[Tensor] | None = None) -> Tensor:
        """Logits ``[batch, seq, vocab]``. ``positions`` ``[batch, seq]`` default to 0..seq-1 without a cache."""
        return self.head_forward(self.final_hidden(token_ids, positions=positions, cache=cache))

    def hidden_states(self, token_ids: Tensor, *, positions: Tensor | None = None,
                      cache: KVCache[Tensor] | None = None) -> list[Tensor]:
        """Embedding output, then each block's output, then the final norm's: ``num_layers + 2`` tensors."""
        return self._run(token_ids, positions, cache, keep_states=True)

    def final_hidden(self, token_ids: Tensor, *, positions: Tensor | None = None,
                     cache: KVCache[Tensor] | None = None) -> Tensor:
        """The final norm's output ``[batch, seq, hidden]`` (what the head reads); each layer's output is freed as the
        next one runs (a 512-token prefill would otherwise hold every layer's: 38 MB for SmolLM2)."""
        return self._run(token_ids, positions, cache, keep_states=False)[-1]

    def _run(self, token_ids: Tensor, positions: Tensor | None, cache: KVCache[Tensor] | None,
             keep_states: bool) -> list[Tensor]:
        """The embedding, the blocks and the final norm; every output in order, or only the last."""
        if token_ids.dim() != 2:
            raise ValueError(f"token_ids must be [batch, seq], got shape {tuple(token_ids.shape)}")
        if positions is None and cache is not None:
            raise GenerationError("with a cache, pass positions= (the absolute index of each new token): "
                                  "0..seq-1 would be wrong after the first call")
        if positions is None:
            positions = torch.arange(token_ids.shape[1], device=token_ids.device).expand(token_ids.shape[0], -1)
        x = cast("Embedding[Tensor]", self.embedding).forward(token_ids)
        states = []
        for index, layer in enumerate(self.layers):
            if keep_states:
                states.append(x)
            layer_cache = BoundLayerCache(cache, index) if cache is not None else None
            x = cast("Block[Tensor]", layer).forward(x, positions=positions, cache=layer_cache)
        if keep_states:
            states.append(x)
        return [*states, cast("Norm[Tensor]", self.final_norm).forward(x)]

    def head_forward(self, hidden: Tensor) -> Tensor:
        """Logits from final-normed hidden states."""
        return cast("LMHead[Tensor]", self.head).forward(hidden)

    def windows(self) -> tuple[int | None, ...]:
        """Each layer's sliding window (None: full attention), for sizing caches."""
        found = []
        for index in range(len(self.layers)):
            ref = self.spec.ref("attention_layer", index)
            window = ref.config.get("window") if ref is not None else None
            found.append(window if isinstance(window, int) else None)
        return tuple(found)

    def to_spec(self) -> ModelSpec:
        """The spec this model was built from; building it again gives the same graph unless container
        providers were overridden (``explain()`` lists those), which a spec does not record."""
        return self.spec

    def explain(self) -> str:
        """Which implementation fills each place of the graph, and why (registry name, import path, override)."""
        width = max((len(r.path) for r in self.records), default=0)
        return "\n".join(f"{r.path:<{width}}  {r.implementation}  ({r.how})" for r in self.records)
