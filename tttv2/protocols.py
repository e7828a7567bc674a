"""Extension-point contracts: one Protocol per category, generic over the tensor type."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:
    import torch

    from tttv2.spec import ModelSpec

T = TypeVar("T")


@runtime_checkable
class AttentionKernel(Protocol[T]):
    """Scaled dot-product attention over already-projected heads (category ``attention``).

    ``q`` is ``[batch, heads, q_len, head_dim]``; ``k`` and ``v`` are ``[batch, heads, kv_len,
    head_dim]`` with the same head count as ``q`` (the layer expands grouped K/V first, unless the
    kernel satisfies :class:`GroupedKVKernel`). Scores are scaled by ``1 / sqrt(head_dim)``.
    ``mask=None`` means causal aligned to the end of the keys: query ``i`` sees keys
    ``0 .. i + kv_len - q_len``. Otherwise ``mask`` is boolean (``True`` = may attend) or additive
    float, broadcastable to ``[batch, heads, q_len, kv_len]``. The result has ``q``'s shape and dtype.
    """

    def compute_attention(self, q: T, k: T, v: T, mask: T | None = None) -> T:
        """Attend ``q`` over ``k``/``v``; see the class docstring for shapes and masking."""
        ...


@runtime_checkable
class GroupedKVKernel(AttentionKernel[T], Protocol[T]):
    """A kernel that accepts ``k``/``v`` with fewer heads than ``q`` (``heads % kv_heads == 0``)."""

    accepts_grouped_kv: bool


@runtime_checkable
class LayerCache(Protocol[T]):
    """One layer's view of a :class:`KVCache`, handed to an attention layer."""

    def update(self, k: T, v: T, positions: T) -> tuple[T, T]:
        """Store ``k``/``v`` ``[batch, kv_heads, seq, head_dim]``; return every key and value to attend to."""
        ...

    def key_positions(self) -> T:
        """Absolute positions ``[batch, kv_len]`` of the keys the last ``update`` returned (-1: padding)."""
        ...


@runtime_checkable
class KVCache(Protocol[T]):
    """Keys and values of earlier tokens, per layer (category ``cache``).

    ``update`` writes ``k``/``v`` ``[batch, kv_heads, seq, head_dim]`` for absolute ``positions``
    ``[batch, seq]`` and returns the keys and values to attend to, including the ones just written,
    oldest first (so an unmasked causal kernel, aligned to the end, sees them in order).
    ``key_positions`` gives the absolute position of each returned key (-1 marks padding), so the
    layer can mask. Writing past the preallocated capacity is an error, never a silent wrap.
    """

    def update(self, layer: int, k: T, v: T, positions: T) -> tuple[T, T]:
        """Store this step's keys and values for ``layer``; return all keys and values to attend to."""
        ...

    def key_positions(self, layer: int) -> T:
        """Absolute positions ``[batch, kv_len]`` of the keys the last ``update`` of ``layer`` returned."""
        ...


class BoundLayerCache(Generic[T]):
    """One layer of a :class:`KVCache` as a :class:`LayerCache`, so layers need not know their own index."""

    def __init__(self, cache: KVCache[T], layer: int) -> None:
        self._cache = cache
        self._layer = layer

    def update(self, k: T, v: T, positions: T) -> tuple[T, T]:
        return self._cache.update(self._layer, k, v, positions)

    def key_positions(self) -> T:
        return self._cache.key_positions(self._layer)


def cache_request(*, batch_size: int, capacity: int, windows: tuple[int | None, ...]) -> dict[str, object]:
    """The keywords a cache constructor gets besides the model dimensions: the sizes of one generation request."""
    return {"batch_size": batch_size, "capacity": capacity, "windows": windows}


@runtime_checkable
class AttentionLayer(Protocol[T]):
    """A whole attention layer: project, rotate, cache, attend, project back (``attention-layer``).

    ``x`` is ``[batch, seq, hidden]``; ``positions`` ``[batch, seq]`` are absolute token indices.
    Without a cache the layer is causal over ``x``; with one it also attends to cached tokens.
    """

    def forward(self, x: T, *, positions: T, cache: LayerCache[T] | None = None) -> T:
        """Return ``[batch, seq, hidden]``."""
        ...


@runtime_checkable
class PositionEncoding(Protocol[T]):
    """Encodes absolute positions into queries and keys (category ``position``), e.g. RoPE.

    ``q`` is ``[batch, heads, seq, head_dim]``, ``k`` ``[batch, kv_heads, seq, head_dim]``,
    ``positions`` ``[batch, seq]``; the results keep the shapes and dtypes of ``q`` and ``k``.
    An encoding holds no per-layer state: the container shares one instance between layers
    whose references are equal.
    """

    def apply(self, q: T, k: T, positions: T) -> tuple[T, T]:
        """Return ``(q, k)`` with positions applied."""
        ...


@runtime_checkable
class FeedForward(Protocol[T]):
    """Position-wise feed-forward network (category ``ffn``): ``[batch, seq, hidden]`` in and out."""

    def forward(self, x: T) -> T:
        """Return ``[batch, seq, hidden]``."""
        ...


@runtime_checkable
class Linear(Protocol[T]):
    """An affine projection of the last axis (category ``linear``): ``[..., in_features]`` to ``[..., out_features]``.

    Every projection of the built-in modules is one: attention q/k/v/o, FFN gate/up/down, MoE experts, the
    untied LM head.
    A dense one holds ``weight`` ``[out_features, in_features]`` and an optional ``bias`` ``[out_features]``
    (``torch.nn.Linear``'s names), so checkpoint tensors load into it unchanged.
    """

    in_features: int
    out_features: int

    def forward(self, x: T) -> T:
        """x: ``[..., in_features]``; returns ``[..., out_features]``."""
        ...


LINEAR_GROUPS: Mapping[str, str] = {
    "attention.qkv": "the attention layer's q_proj, k_proj and v_proj",
    "attention.out": "the attention layer's o_proj",
    "ffn.up": "the FFN's gate and up projections (MoE: each expert's)",
    "ffn.down": "the FFN's down projection (MoE: each expert's)",
    "head": "the untied LM head (a tied head reuses the embedding table)",
}
"""Tensor groups whose projections a spec may choose apart from the rest (slot ``linear.<group>``)."""


@runtime_checkable
class LinearFactory(Protocol[T]):
    """Makes the projections of one tensor group (``attention.qkv``, ``ffn.down``, ...) for a module.

    A module's constructor takes one as a collaborator and calls it once per projection; the
    container's factories build the spec's ``linear`` module on the model's device and dtype.
    """

    def __call__(self, in_features: int, out_features: int, bias: bool = False) -> Linear[T]:
        """A new projection ``[..., in_features]`` to ``[..., out_features]``, with a bias when asked."""
        ...


@runtime_checkable
class StoredTensor(Protocol):
    """One checkpoint tensor offered to a module that loads its own weights (:class:`LoadsCheckpoint`).

    ``dense()`` is the tensor as any dense parameter gets it: converted by the family (llama.cpp's rotary
    row order undone, Gemma's stored ``1 + w``), in the model's dtype and device, NaN-checked. ``raw()`` is
    the file's own data, untouched: a GGUF quantized type as ``uint8`` block rows, anything else in its
    stored dtype, with no family conversion (a llama GGUF's q/k rows keep llama.cpp's rotary order).
    """

    @property
    def name(self) -> str:
        """The tensor's name in the checkpoint."""
        ...

    @property
    def stored_type(self) -> str:
        """The file's type name: ``Q4_1``, ``Q8_0``, ``F32``, ``BF16``, ..."""
        ...

    @property
    def shape(self) -> tuple[int, ...]:
        """The dense shape, torch order."""
        ...

    def dense(self) -> torch.Tensor:
        """The values as a dense tensor, ready to use as the parameter of this name."""
        ...

    def convert(self, values: torch.Tensor) -> torch.Tensor:
        """The family's conversion that :meth:`dense` applies, applied to ``values`` of the dense shape.

        A module keeping :meth:`raw` data learns from it what the family changes: probed with each row's
        index, it shows the row order llama.cpp's rotary permutation needs undone. Where the family leaves
        the tensor as stored it returns ``values`` itself, so a ``meta`` probe tells that for free.
        """
        ...

    def raw(self) -> torch.Tensor:
        """The data as stored in the file (see the class docstring)."""
        ...

    def shard(self, dim: int, index: int, count: int) -> StoredTensor:
        """Part ``index`` of ``count`` equal parts along ``dim`` (torch order), offered the same way: what a
        tensor-parallel rank holds. Its :meth:`dense` and :meth:`raw` read only that part where they can."""
        ...


@runtime_checkable
class LoadsCheckpoint(Protocol):
    """A module that takes its checkpoint tensors itself instead of having parameters assigned.

    For linears that store weights differently (quantized blocks, a tensor-parallel shard): the loader
    checks each name and dense shape :meth:`checkpoint_shapes` declares against the checkpoint, then
    calls :meth:`load_checkpoint` once per name. Parameters and buffers below such a module are its own
    business, but none may be left on the ``meta`` device afterwards. Validation runs the graph on ``meta``
    before loading, so ``forward`` must accept meta tensors (a torch operator with a fake kernel does).
    """

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        """The dense tensors this module takes, by parameter name (``weight``, ``bias``) and torch shape."""
        ...

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        """Take the checkpoint tensor for parameter ``name``."""
        ...


@runtime_checkable
class Norm(Protocol[T]):
    """Normalises over the last axis; the result keeps ``x``'s shape and dtype (category ``norm``)."""

    def forward(self, x: T) -> T:
        """x: ``[..., hidden]``."""
        ...


@runtime_checkable
class Embedding(Protocol[T]):
    """Token ids ``[batch, seq]`` to activations ``[batch, seq, hidden]`` (category ``embedding``)."""

    def forward(self, token_ids: T) -> T:
        """Return ``[batch, seq, hidden]``."""
        ...


@runtime_checkable
class WeightedEmbedding(Embedding[T], Protocol[T]):
    """An embedding whose table ``[vocab, hidden]`` a tied LM head can reuse."""

    @property
    def weight(self) -> T:
        """The embedding table ``[vocab, hidden]``."""
        ...


@runtime_checkable
class ProjectsOntoTable(Protocol[T]):
    """An embedding that multiplies hidden states by its own table (kept in quantized blocks, say): a tied
    head calls :meth:`project` instead of multiplying by a dense ``weight``."""

    def project(self, hidden: T) -> T:
        """``hidden @ table.T``: ``[..., hidden]`` to ``[..., vocab]``."""
        ...


@runtime_checkable
class LMHead(Protocol[T]):
    """Final hidden states ``[batch, seq, hidden]`` to logits ``[batch, seq, vocab]`` (``head``)."""

    def forward(self, hidden: T) -> T:
        """Return ``[batch, seq, vocab]``."""
        ...


@runtime_checkable
class Block(Protocol[T]):
    """One decoder layer: attention and feed-forward with their norms and residuals (``block``)."""

    def forward(self, x: T, *, positions: T, cache: LayerCache[T] | None = None) -> T:
        """x: ``[batch, seq, hidden]``; returns the same shape."""
        ...


@runtime_checkable
class Sampler(Protocol[T]):
    """Picks the next token from logits ``[batch, vocab]``, returning ids ``[batch]`` (``sampler``)."""

    def sample(self, logits: T) -> T:
        """Return one token id per row."""
        ...


@runtime_checkable
class Family(Protocol):
    """A checkpoint architecture: its own config to a :class:`ModelSpec`, its tensor names to ours.

    ``hf_model_types`` and ``gguf_architectures`` list the names it answers to. ``weight_name``
    maps a model parameter name (``layers.3.attention.q_proj.weight``) to the checkpoint's name
    for the given format (``"hf"`` or ``"gguf"``); ``transform`` adjusts a loaded tensor
    (e.g. GGUF's permuted Llama Q/K rows, a parameter's slice of a fused tensor) and returns it
    unchanged when nothing applies. The loader also runs ``transform`` on a ``meta`` tensor of the
    stored shape, to check the shape it makes before reading any data.
    """

    hf_model_types: tuple[str, ...]
    gguf_architectures: tuple[str, ...]

    def spec_from_hf(self, config: Mapping[str, object]) -> ModelSpec:
        """Build the spec from a Hugging Face ``config.json``."""
        ...

    def spec_from_gguf(self, metadata: Mapping[str, object], tensor_names: Collection[str]) -> ModelSpec:
        """Build the spec from GGUF metadata (tensor names tell, e.g., whether the head is tied)."""
        ...

    def weight_name(self, parameter: str, checkpoint_format: str) -> str | None:
        """The checkpoint tensor holding ``parameter``, or None when the checkpoint has none."""
        ...

    def transform(self, parameter: str, tensor: torch.Tensor, spec: ModelSpec, checkpoint_format: str) -> torch.Tensor:
        """Adjust a tensor read from the checkpoint before it is assigned to ``parameter``."""
        ...


CONTRACTS: Mapping[str, type] = {
    "attention": AttentionKernel,
    "attention-layer": AttentionLayer,
    "position": PositionEncoding,
    "ffn": FeedForward,
    "norm": Norm,
    "embedding": Embedding,
    "head": LMHead,
    "block": Block,
    "cache": KVCache,
    "sampler": Sampler,
    "linear": Linear,
    "family": Family,
}
"""The registry's built-in categories and the contract each one names."""
