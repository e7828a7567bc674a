"""A mixture of experts whose checkpoint stacks every expert's projection in one tensor (llama.cpp's ``*_exps``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs
import torch
from torch import Tensor, nn

from tttv2.modules.ffn import MixtureOfExperts, SwiGLU
from tttv2.protocols import LinearFactory, LoadsCheckpoint, StoredTensor
from tttv2.registry import default_registry

EXPERT_PROJECTIONS = ("gate", "up", "down")
"""Each expert's projections; the bank takes one stacked checkpoint tensor per name."""


@default_registry.register_module(
    name="stacked-expert-moe", category="ffn", alias=("moe-stacked", "moe-exps"),
    description="Top-k mixture of SwiGLU experts loaded from stacked [experts, out, in] tensors "
                "(GGUF ffn_gate_exps / ffn_up_exps / ffn_down_exps); routing as in 'moe'.",
    hardware_support=["cpu", "cuda"], tags=["moe", "sparse", "mixtral", "qwen", "gguf"])
class StackedExpertMoE(MixtureOfExperts):
    """``moe`` with the same routing and parameters, its experts loaded from one tensor per projection.

    The checkpoint names ``experts.gate``, ``experts.up`` ``[experts, intermediate, hidden]`` and
    ``experts.down`` ``[experts, hidden, intermediate]``; each expert's linears still come from the linear slot.
    """

    def __init__(self, *, hidden_dim: int, intermediate_dim: int, num_experts: int, top_k: int = 2,
                 normalize_top_k: bool = True, up_linear: LinearFactory[Tensor] | None = None,
                 down_linear: LinearFactory[Tensor] | None = None, device: torch.device | str | None = None,
                 dtype: torch.dtype | None = None) -> None:
        super().__init__(hidden_dim=hidden_dim, intermediate_dim=intermediate_dim, num_experts=num_experts,
                         top_k=top_k, normalize_top_k=normalize_top_k, up_linear=up_linear,
                         down_linear=down_linear, device=device, dtype=dtype)
        self.experts = ExpertBank(self.experts)


class ExpertBank(nn.ModuleList):
    """SwiGLU experts that load from stacked checkpoint tensors, handing expert ``e`` its slice ``[e]``.

    A dense linear gets the slice as its ``weight``; a linear that loads its own tensors (quantized,
    :class:`~tttv2.protocols.LoadsCheckpoint`) gets it as a :class:`~tttv2.protocols.StoredTensor`.
    """

    def checkpoint_shapes(self) -> Mapping[str, tuple[int, ...]]:
        first = self._expert(0)
        shapes = {}
        for name in EXPERT_PROJECTIONS:
            linear = getattr(first, name)
            shapes[name] = (len(self), linear.out_features, linear.in_features)
        return shapes

    def load_checkpoint(self, name: str, tensor: StoredTensor) -> None:
        whole = _Once(tensor.dense)  # read and converted once, sliced per expert
        for index in range(len(self)):
            linear = getattr(self._expert(index), name)
            part = ExpertSlice(stacked=tensor, index=index, experts=len(self), whole=whole)
            if isinstance(linear, LoadsCheckpoint):
                linear.load_checkpoint("weight", part)
            else:
                linear.weight = nn.Parameter(part.dense(), requires_grad=False)

    def _expert(self, index: int) -> SwiGLU:
        expert = self[index]
        assert isinstance(expert, SwiGLU)  # built by MixtureOfExperts
        return expert


@attrs.frozen(kw_only=True)
class ExpertSlice:
    """Expert ``index``'s part of a stacked checkpoint tensor, offered as a tensor of its own."""

    stacked: StoredTensor
    index: int
    experts: int
    whole: _Once

    @property
    def name(self) -> str:
        return f"{self.stacked.name}[{self.index}]"

    @property
    def stored_type(self) -> str:
        return self.stacked.stored_type

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.stacked.shape[1:])

    def dense(self) -> Tensor:
        return self.whole()[self.index]

    def convert(self, values: Tensor) -> Tensor:
        # the family converts the stacked tensor: run it on ``values`` broadcast to every expert (a view, not a
        # copy, unless the conversion itself copies) and keep this expert's part
        return self.stacked.convert(values.expand(self.experts, *values.shape))[self.index]

    def raw(self) -> Tensor:
        # GGUF blocks run along the last axis, so the file's rows split evenly by expert
        raw = self.stacked.raw()
        return raw.reshape(self.experts, -1, raw.shape[-1])[self.index]

    def shard(self, dim: int, index: int, count: int) -> StoredTensor:
        # the same part of every expert: the stacked tensor's part one axis further in
        part = self.stacked.shard(dim + 1, index, count)
        return ExpertSlice(stacked=part, index=self.index, experts=self.experts, whole=_Once(part.dense))


class _Once:
    """A zero-argument function called at most once; later calls return the first result."""

    def __init__(self, make: Callable[[], Tensor]) -> None:
        self._make = make
        self._value: Tensor | None = None

    def __call__(self) -> Tensor:
        if self._value is None:
            self._value = self._make()
        return self._value
