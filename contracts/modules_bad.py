"""Non-conforming modules: mypy must reject each marked line with exactly the expected error code."""

from __future__ import annotations

from torch import Tensor

from tttv2.modules import RMSNorm, SwiGLU
from tttv2.protocols import (
    AttentionKernel,
    AttentionLayer,
    FeedForward,
    Linear,
    LinearFactory,
    LMHead,
    Norm,
    ProjectsOntoTable,
)


class MissingMask:
    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor) -> Tensor:
        return q


class WrongParameterType:
    def compute_attention(self, q: int, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return k


class WrongReturnType:
    def forward(self, x: Tensor) -> str:
        return "logits"


class NoMethod:
    pass


class RenamedPositions:
    def forward(self, x: Tensor, *, pos: Tensor, cache: object = None) -> Tensor:
        return x


class NoFeatures:
    def forward(self, x: Tensor) -> Tensor:
        return x


class SizesAsStrings:
    def __init__(self, in_features: str, out_features: str, bias: bool = False) -> None:
        self.in_features = int(in_features)
        self.out_features = int(out_features)

    def forward(self, x: Tensor) -> Tensor:
        return x


missing_mask: AttentionKernel[Tensor] = MissingMask()  # type: ignore[assignment]
wrong_parameter: AttentionKernel[Tensor] = WrongParameterType()  # type: ignore[assignment]
wrong_return: LMHead[Tensor] = WrongReturnType()  # type: ignore[assignment]
no_method: Norm[Tensor] = NoMethod()  # type: ignore[assignment]
no_projection: ProjectsOntoTable[Tensor] = RMSNorm(hidden_dim=8)  # type: ignore[assignment]
renamed_keyword: AttentionLayer[Tensor] = RenamedPositions()  # type: ignore[assignment]
norm_is_not_ffn_of_int: FeedForward[int] = SwiGLU(hidden_dim=8, intermediate_dim=16)  # type: ignore[assignment]
norm_missing_dim = RMSNorm()  # type: ignore[call-arg]
norm_wrong_keyword = RMSNorm(hidden_dim=8, epsilon=1e-6)  # type: ignore[call-arg]
norm_wrong_type = RMSNorm(hidden_dim="8")  # type: ignore[arg-type]
linear_without_sizes: Linear[Tensor] = NoFeatures()  # type: ignore[assignment]
factory_with_wrong_sizes: LinearFactory[Tensor] = SizesAsStrings  # type: ignore[assignment]
ffn_with_a_linear_not_a_factory = SwiGLU(hidden_dim=8, intermediate_dim=16, up_linear=NoFeatures())  # type: ignore[arg-type]
