"""Calls into ttnn that mypy --strict must reject, each with its expected error.

Every wrong line ends with `# type: ignore[<code>]` naming the error mypy must
report there. Under --strict (warn_unused_ignores) this file passes only if
each of those errors really occurs: a stub that stopped catching one of them
turns its ignore into an "unused type: ignore" error. ttnn is imported for type
checking only; this file is never run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch
    import ttnn


def wrong_keyword_names(x: ttnn.Tensor, w: ttnn.Tensor, q: ttnn.Tensor) -> None:
    ttnn.rms_norm(x, eps=1e-6, weight=w)  # type: ignore[call-arg]
    ttnn.linear(x, w, transpose_weight=True)  # type: ignore[call-arg]
    ttnn.transformer.scaled_dot_product_attention(q, q, q, causal=True)  # type: ignore[call-arg]
    ttnn.experimental.rotary_embedding_llama(x, w, w, w, decode=True)  # type: ignore[call-arg]
    ttnn.softmax(x, axis=-1)  # type: ignore[call-arg]
    ttnn.add(x, w, out=x)  # type: ignore[call-overload]
    ttnn.open_device(id=0)  # type: ignore[call-arg]


def missing_arguments(x: ttnn.Tensor, w: ttnn.Tensor) -> None:
    ttnn.linear(x)  # type: ignore[call-arg]
    ttnn.experimental.rotary_embedding_llama(x, w, w)  # type: ignore[call-arg]
    ttnn.experimental.nlp_create_qkv_heads(x)  # type: ignore[call-arg]
    ttnn.update_cache(x, w)  # type: ignore[call-arg]
    ttnn.open_device()  # type: ignore[call-arg]


def keyword_only_passed_by_position(x: ttnn.Tensor, w: ttnn.Tensor) -> None:
    ttnn.rms_norm(x, 1e-6)  # type: ignore[call-arg]
    ttnn.open_device(0)  # type: ignore[call-arg]


def misspelled_or_misplaced_ops(x: ttnn.Tensor) -> None:
    ttnn.rmsnorm(x)  # type: ignore[attr-defined]
    ttnn.experimental.rotary_embedding_lama(x)  # type: ignore[attr-defined]
    ttnn.experimental.update_cache(x, x, 0)  # type: ignore[attr-defined]
    ttnn.transformer.sdpa(x, x, x)  # type: ignore[attr-defined]
    _ = ttnn.bfloat32  # type: ignore[attr-defined]


def wrong_types(x: ttnn.Tensor, t: torch.Tensor) -> None:
    ttnn.from_torch(x)  # type: ignore[call-overload]
    ttnn.to_torch(t)  # type: ignore[arg-type]
    ttnn.to_layout(x, ttnn.bfloat16)  # type: ignore[arg-type]
    ttnn.permute(x, 0, 2, 1, 3)  # type: ignore[call-overload]


def ttnn_result_as_torch(x: ttnn.Tensor) -> torch.Tensor:
    y: torch.Tensor = ttnn.add(x, x)  # type: ignore[assignment]
    return y


def torch_to_ttnn_returned_as_torch(t: torch.Tensor) -> torch.Tensor:
    return ttnn.from_torch(t)  # type: ignore[return-value]
