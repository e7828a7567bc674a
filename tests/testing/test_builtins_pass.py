"""Every built-in module passes the conformance kit for its category (families have no behavioural contract)."""

from __future__ import annotations

import functools

import pytest
import torch

from tttv2.registry import default_registry
from tttv2.testing import check_module, reference_attention

# Keywords that are not model dimensions, so the kit does not supply them: small values a model would use.
CONFIGS: dict[str, dict[str, object]] = {
    "sliding-window-attention": {"window": 3},
    "soft-capped-attention": {"cap": 5.0},
    "rope-linear": {"factor": 2.0},
    "rope-yarn": {"factor": 4.0, "original_max_seq_len": 32},
    "rope-longrope": {"short_factor": [1.0, 2.0, 3.0, 4.0], "long_factor": [1.0, 4.0, 9.0, 16.0],
                      "original_max_seq_len": 4},  # the kit's positions all pass 4: the long factors
    "moe": {"num_experts": 4},
    "gguf": {"in_features": 64},
    "int4": {"in_features": 64},  # (and gguf) the kit's 24 inputs are no whole number of int4 groups
    "multiplied-embedding": {"multiplier": 2.5},
    "scaled-residual-block": {"residual_multiplier": 0.5},
    "scaled-linear-head": {"logits_scaling": 2.0},
    "scaled-tied-head": {"logits_scaling": 2.0},
}

# Kernels that differ from plain attention on purpose are compared with the reference made to match.
REFERENCES: dict[str, object] = {
    "sliding-window-attention": functools.partial(reference_attention, window=3),
    "soft-capped-attention": functools.partial(reference_attention, softcap=5.0),
}

BUILTINS = [info for info in default_registry.list_modules() if info.category != "family"]
DEVICES = ["cpu", *(["cuda"] if torch.cuda.is_available() else [])]


def test_every_checkable_category_has_a_builtin() -> None:
    assert {info.category for info in BUILTINS} == {
        "attention", "attention-layer", "position", "ffn", "norm", "embedding", "head", "block", "cache", "sampler",
        "linear"}


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name", [info.name for info in BUILTINS])
def test_builtin_passes(name: str, device: str) -> None:
    info = default_registry.get(name)
    if not info.supports(device):
        pytest.skip(f"{name} does not run on {device}")
    report = check_module(name, info.category, CONFIGS.get(name), reference=REFERENCES.get(name), device=device)
    assert report.passed, str(report)
    assert {"signature", "build", "shape-dtype", "device"} <= {r.name for r in report.results}


def test_windowed_attention_layer_passes() -> None:
    """A sliding-window layer stays causal and decodes through the cache like its full forward."""
    report = check_module("grouped-query-attention", "attention-layer", {"window": 3})
    assert report.passed, str(report)


def test_attention_layer_with_qk_norm_and_bias_passes() -> None:
    from tttv2.modules import RMSNorm

    config = {"bias": True, "q_norm": RMSNorm(hidden_dim=8), "k_norm": RMSNorm(hidden_dim=8)}
    report = check_module("grouped-query-attention", "attention-layer", config)
    assert report.passed, str(report)
