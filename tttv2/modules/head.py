"""Language-model heads (category ``head``): untied or tied to the embedding, optional soft-capping."""

from __future__ import annotations

from typing import cast

import torch
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.modules.linear import NativeGemv, dense_factory
from tttv2.protocols import LinearFactory, ProjectsOntoTable, WeightedEmbedding
from tttv2.registry import default_registry


@default_registry.register_module(
    name="linear-head", category="head", alias="lm-head",
    description="Untied linear projection from hidden states to vocabulary logits, optional soft-cap.",
    hardware_support=["cpu", "cuda"], tags=["llama", "qwen"])
class LinearHead(nn.Module):
    """``proj(hidden)``, ``proj.weight`` ``[vocab, hidden]``; with ``softcap`` c, logits become c * tanh(logits / c).

    ``head_linear`` makes the projection (tensor group ``head``); dense when not given.
    """

    def __init__(self, *, hidden_dim: int, vocab_size: int, softcap: float | None = None,
                 head_linear: LinearFactory[Tensor] | None = None,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        _check_softcap(softcap)
        self.softcap = softcap
        self.proj = (head_linear or dense_factory(device, dtype))(hidden_dim, vocab_size, False)

    def forward(self, hidden: Tensor) -> Tensor:
        return _cap(self.proj.forward(hidden), self.softcap)


@default_registry.register_module(
    name="tied-head", category="head", alias="tied-lm-head",
    description="LM head sharing the token embedding's table (tied embeddings), optional soft-cap.",
    hardware_support=["cpu", "cuda"], tags=["tied", "smollm", "gemma"])
class TiedHead(nn.Module, NativeGemv):
    """Projects with the embedding's own weight; holds no parameter of its own.

    An embedding that :class:`~tttv2.protocols.ProjectsOntoTable` (a ``gguf-embedding`` keeping its blocks)
    multiplies by its table itself, so the table is never expanded to a dense weight.
    """

    def __init__(self, *, embedding: WeightedEmbedding[Tensor], softcap: float | None = None) -> None:
        super().__init__()
        _check_softcap(softcap)
        self.softcap = softcap
        self.embedding = embedding
        self.table_projects = isinstance(embedding, ProjectsOntoTable)  # checked once: forward stays compile-clean

    def forward(self, hidden: Tensor) -> Tensor:
        if self.table_projects:
            return _cap(cast("ProjectsOntoTable[Tensor]", self.embedding).project(hidden), self.softcap)
        return _cap(self.project(hidden, self.embedding.weight), self.softcap)


def _cap(logits: Tensor, softcap: float | None) -> Tensor:
    if softcap is None:
        return logits
    return torch.tanh(logits / softcap) * softcap


def _check_softcap(softcap: float | None) -> None:
    if softcap is not None and softcap <= 0:
        raise ConfigError(f"head softcap must be positive, got {softcap}")
