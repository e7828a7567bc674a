"""Behavioural checks, one suite per contract category."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from tttv2.testing.checks.attention import check_attention
from tttv2.testing.checks.cache import check_cache
from tttv2.testing.checks.harness import Context
from tttv2.testing.checks.pointwise import check_embedding, check_ffn, check_head, check_linear, check_norm
from tttv2.testing.checks.position import check_position
from tttv2.testing.checks.sampler import check_sampler
from tttv2.testing.checks.sequence import check_attention_layer, check_block
from tttv2.testing.report import PropertyResult

Suite = Callable[[Context], list[PropertyResult]]

SUITES: Mapping[str, Suite] = {
    "attention": check_attention,
    "attention-layer": check_attention_layer,
    "position": check_position,
    "ffn": check_ffn,
    "norm": check_norm,
    "embedding": check_embedding,
    "head": check_head,
    "block": check_block,
    "cache": check_cache,
    "sampler": check_sampler,
    "linear": check_linear,
}
"""The categories the kit checks behaviourally, and how."""

ACCEPTS_REFERENCE = frozenset(SUITES) - {"cache", "sampler"}
"""Categories whose checks compare with a ``reference=`` (stateful caches and stochastic samplers do not)."""

__all__ = ["ACCEPTS_REFERENCE", "SUITES", "Context", "Suite"]
