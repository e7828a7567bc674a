"""A token embedding that keeps a GGUF file's table as stored blocks (category ``embedding``).

A tied model reads its embedding table twice per decoded token's worth of work: one row for the lookup and
the whole table as the LM head. Kept as Q8_0 or Q4 blocks, the table takes a quarter to an eighth of its
float32 memory, a lookup expands only the rows it reads, and a tied head multiplies the blocks by the native
kernel (:class:`~tttv2.protocols.ProjectsOntoTable`). ``load_pretrained(quantize="gguf")`` puts it in place
of the built-in embeddings, keeping their scale.
"""

from __future__ import annotations

from collections.abc import Mapping

import torch
from torch import Tensor, nn

from tttv2.errors import ConfigError
from tttv2.modules.quantized_linear import GGUFLinear
from tttv2.protocols import StoredTensor
from tttv2.registry import default_registry


@default_registry.register_module(
    name="gguf-embedding", category="embedding", alias=("gguf-table",),
    description="Token embedding keeping a GGUF file's Q8_0/Q4_0/Q4_1/Q4_K table as stored: a lookup expands only "
                "its rows, a tied head multiplies the blocks by the native kernel; optional constant multiplier.",
    hardware_support=["cpu"], tags=["quantized", "gguf", "tied"])
class GGUFEmbedding(nn.Module):
    """``table[token_ids] * multiplier``, the table held by a :class:`GGUFLinear` ``[vocab, hidden]``.

    ``multiplier_in_dtype`` rounds the multiplier to the activation dtype first, as Gemma's
    ``sqrt(hidden_dim)`` scale is; Granite's multiplier is applied unrounded. Other stored types (F16, Q6_K)
    load dense, as the ``gguf`` linear does.
    """

    def __init__(self, *, vocab_size: int, hidden_dim: int, multiplier: float = 1.0, multiplier_in_dtype: bool = False,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None) -> None:
        super().__init__()
        if multiplier <= 0:
            raise ConfigError(f"gguf-embedding: multiplier must be positive, got {multiplier}")
        self.vocab_size, self.hidden_dim = vocab_size, hidden_dim
        self.multiplier, self.multiplier_in_dtype = multiplier, multiplier_in_dtype
        self.activation_dtype = dtype or torch.get_default_dtype()
        self.table = GGUFLinear(hidden_dim, vocab_size, device=device, dtype=dtype)

    @property
    def weight(self) -> Tensor:
        """The whole table, dense (``[vocab, hidden]``): a new tensor of the float table's full size."""
        return self.table.dequantized(self.activation_dtype)

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        return {"weight": (self.vocab_size, self.hidden_dim)}

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        self.table.load_checkpoint(name, tensor)

    def forward(self, token_ids: Tensor) -> Tensor:
        embedded = self.table.rows(token_ids, self.activation_dtype)
        if self.multiplier == 1.0:
            return embedded
        if self.multiplier_in_dtype:
            return embedded * torch.tensor(self.multiplier, dtype=embedded.dtype, device=embedded.device)
        return embedded * self.multiplier

    def project(self, hidden: Tensor) -> Tensor:
        return self.table.forward(hidden)

    def extra_repr(self) -> str:
        return f"vocab_size={self.vocab_size}, hidden_dim={self.hidden_dim}, multiplier={self.multiplier}"
