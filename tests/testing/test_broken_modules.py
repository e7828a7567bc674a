"""Deliberately broken modules: the kit catches each, naming the property that failed and by how much."""

from __future__ import annotations

import re

import pytest
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from tttv2.modules import GroupedQueryAttention, SDPAAttention, SwiGLU, TokenEmbedding
from tttv2.protocols import LayerCache
from tttv2.registry import Registry
from tttv2.testing import CheckReport, check_module

NUMBERS = re.compile(r"max abs diff [0-9.e+-]+ > atol [0-9.e+-]+ \+ rtol [0-9.e+-]+·\|expected\| at \[")


def failed(report: CheckReport) -> set[str]:
    return {r.name for r in report.failures}


def assert_caught(report: CheckReport, prop: str, numbers: bool = True) -> str:
    """``prop`` failed (and, when ``numbers``, says by how much and where); returns its message."""
    assert not report.passed, str(report)
    assert prop in failed(report), str(report)
    message = report.result(prop).message
    if numbers:
        assert NUMBERS.search(message), message
    return message


# -- attention kernels ------------------------------------------------------------------------------

class BidirectionalKernel:
    """Bug: mask=None attends everywhere instead of causally."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


class MaskIgnoringKernel:
    """Bug: always causal, whatever mask it is given."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return SDPAAttention().compute_attention(q, k, v, None)


class TopLeftCausalKernel:
    """Bug: SDPA's is_causal aligns to the top-left, so a decode step sees only the first key."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        if mask is None:
            return F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


class Float32Kernel:
    """Bug: upcasts and forgets to cast back."""

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        return SDPAAttention().compute_attention(q.float(), k.float(), v.float(), mask)


class GroupedKernel:
    """Handles grouped K/V natively; ``interleave=False`` plants the bug of tiling heads (0,1,0,1 not 0,0,1,1)."""

    accepts_grouped_kv = True

    def __init__(self, *, interleave: bool = True) -> None:
        self.interleave = interleave

    def compute_attention(self, q: Tensor, k: Tensor, v: Tensor, mask: Tensor | None = None) -> Tensor:
        groups = q.shape[1] // k.shape[1]
        if self.interleave:
            k, v = k.repeat_interleave(groups, dim=1), v.repeat_interleave(groups, dim=1)
        else:
            k, v = k.repeat(1, groups, 1, 1), v.repeat(1, groups, 1, 1)
        return SDPAAttention().compute_attention(q, k, v, mask)


def test_non_causal_kernel_is_caught() -> None:
    report = check_module(BidirectionalKernel, "attention")
    message = assert_caught(report, "causality")
    assert "positions 0..0 when only positions 1.. changed" in message
    assert_caught(report, "reference-causal-float32")
    assert "reference-boolean-mask-float32" not in failed(report)  # explicit masks are honoured


def test_kernel_ignoring_the_mask_is_caught() -> None:
    report = check_module(MaskIgnoringKernel, "attention")
    for prop in ("reference-boolean-mask-float32", "reference-additive-mask-float32",
                 "reference-boolean-mask-bfloat16"):
        assert_caught(report, prop)
    assert {"causality", "reference-causal-float32"}.isdisjoint(failed(report))


def test_top_left_causal_alignment_is_caught_at_q_len_below_kv_len() -> None:
    report = check_module(TopLeftCausalKernel, "attention")
    message = assert_caught(report, "reference-causal-float32")
    assert "q_len 3, kv_len 7" in message
    assert "causality" not in failed(report)  # q_len == kv_len is fine: only decode-shaped calls are wrong


def test_kernel_returning_the_wrong_dtype_is_caught() -> None:
    message = assert_caught(check_module(Float32Kernel, "attention"), "shape-dtype", numbers=False)
    assert "bfloat16 inputs: dtype float32, expected bfloat16" in message


def test_grouped_kv_kernel_is_checked_against_its_own_expanded_form() -> None:
    good = check_module(GroupedKernel, "attention")
    assert good.passed, str(good)
    assert good.result("grouped-kv").passed
    assert "grouped-kv" in failed(check_module(GroupedKernel, "attention", {"interleave": False}))
    assert_caught(check_module(GroupedKernel, "attention", {"interleave": False}), "grouped-kv")


# -- attention layers -------------------------------------------------------------------------------

class CachelessAttention(GroupedQueryAttention):
    """Bug: ignores the cache, so a decode step attends to its own token only."""

    def forward(self, x: Tensor, *, positions: Tensor, cache: LayerCache[Tensor] | None = None) -> Tensor:
        return super().forward(x, positions=positions, cache=None)


def test_non_causal_attention_layer_is_caught() -> None:
    report = check_module(GroupedQueryAttention, "attention-layer", {"kernel": BidirectionalKernel()})
    assert_caught(report, "causality")
    assert_caught(report, "cache-consistency")


def test_attention_layer_ignoring_the_cache_is_caught() -> None:
    report = check_module(CachelessAttention, "attention-layer")
    message = assert_caught(report, "cache-consistency")
    assert "through StaticKVCache vs full forward" in message
    assert "causality" not in failed(report)


def test_block_with_a_non_causal_kernel_is_caught() -> None:
    attention = GroupedQueryAttention(hidden_dim=24, num_heads=4, num_kv_heads=2, head_dim=8,
                                      kernel=BidirectionalKernel(), position=_rope())
    report = check_module("pre-norm-block", "block", {"attention": attention})
    assert_caught(report, "causality")


def _rope() -> object:
    from tttv2.modules import RotaryEmbedding

    return RotaryEmbedding(head_dim=8)


# -- position-wise modules --------------------------------------------------------------------------

class SequenceRMSNorm(nn.Module):
    """Bug: normalises over positions (axis -2) instead of features."""

    def __init__(self, *, hidden_dim: int, eps: float = 1e-6) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(hidden_dim))

    def forward(self, x: Tensor) -> Tensor:
        return self.weight * x * torch.rsqrt(x.pow(2).mean(-2, keepdim=True) + self.eps)


class BatchCentredSwiGLU(SwiGLU):
    """Bug: centres activations over the batch, mixing rows."""

    def forward(self, x: Tensor) -> Tensor:
        return super().forward(x - x.mean(dim=0, keepdim=True))


class NoisySwiGLU(SwiGLU):
    """Bug: adds unseeded noise (forgotten dropout)."""

    def forward(self, x: Tensor) -> Tensor:
        return super().forward(x) + 1e-3 * torch.randn_like(x)


class ContextEmbedding(TokenEmbedding):
    """Bug: leaks the previous token into each position."""

    def forward(self, token_ids: Tensor) -> Tensor:
        embedded = super().forward(token_ids)
        return embedded + torch.roll(embedded, 1, dims=1)


def test_norm_over_the_wrong_axis_is_caught() -> None:
    report = check_module(SequenceRMSNorm, "norm")
    message = assert_caught(report, "position-independence")
    assert "position 3 when every other position changed" in message
    assert "batch-independence" not in failed(report)


def test_norm_disagreeing_with_a_reference_is_caught() -> None:
    norm = SequenceRMSNorm(hidden_dim=24)
    report = check_module(norm, "norm", reference=lambda x: F.rms_norm(x, (24,), norm.weight, 1e-6))
    assert_caught(report, "matches-reference")


def test_ffn_mixing_batch_rows_is_caught() -> None:
    message = assert_caught(check_module(BatchCentredSwiGLU, "ffn"), "batch-independence")
    assert message.startswith("row 0 with other neighbours")


def test_nondeterministic_ffn_is_caught() -> None:
    assert_caught(check_module(NoisySwiGLU, "ffn"), "determinism")


def test_embedding_leaking_neighbours_is_caught() -> None:
    assert_caught(check_module(ContextEmbedding, "embedding"), "position-independence")


# -- caches -----------------------------------------------------------------------------------------

class ToyCache:
    """A list-backed KV cache; ``fault`` plants one bug (``"none"``: a correct cache)."""

    def __init__(self, *, num_layers: int, capacity: int, fault: str = "none") -> None:
        self.capacity = capacity
        self.fault = fault
        self._keys: list[list[Tensor]] = [[] for _ in range(num_layers)]
        self._values: list[list[Tensor]] = [[] for _ in range(num_layers)]
        self._positions: list[list[Tensor]] = [[] for _ in range(num_layers)]
        self._returned: list[Tensor | None] = [None] * num_layers

    def update(self, layer: int, k: Tensor, v: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        written = sum(t.shape[2] for t in self._keys[layer])
        if written + k.shape[2] > self.capacity:
            if self.fault != "wraps-silently":
                raise OverflowError(f"{written} + {k.shape[2]} tokens > capacity {self.capacity}")
            for store in (self._keys, self._values, self._positions):
                store[layer].pop(0)
        self._keys[layer].append(k)
        self._values[layer].append(v)
        self._positions[layer].append(positions.expand(k.shape[0], -1))
        keys, values = torch.cat(self._keys[layer], dim=2), torch.cat(self._values[layer], dim=2)
        returned = torch.cat(self._positions[layer], dim=1)
        if self.fault == "drops-newest":
            keys, values, returned = keys[:, :, :-1], values[:, :, :-1], returned[:, :-1]
        elif self.fault == "forgets-oldest" and len(self._keys[layer]) > 1:
            keys, values, returned = keys[:, :, 1:], values[:, :, 1:], returned[:, 1:]
        elif self.fault == "mislabels-positions":
            returned = returned.flip(1)
        self._returned[layer] = returned
        return keys, values

    def key_positions(self, layer: int) -> Tensor:
        returned = self._returned[layer]
        assert returned is not None
        return returned


def test_correct_toy_cache_passes() -> None:
    report = check_module(ToyCache, "cache")
    assert report.passed, str(report)


@pytest.mark.parametrize(("fault", "prop", "phrase"), [
    ("drops-newest", "update-returns-written", "just-written position 3 of row 0 is missing from the 3 returned keys"),
    ("forgets-oldest", "retains-earlier-tokens", "earlier position 0 of row 0 is missing"),
    ("mislabels-positions", "key-positions", "claims position"),
    ("wraps-silently", "overflow-raises", "wrote 17 tokens into capacity 16 without an error"),
])
def test_broken_cache_is_caught(fault: str, prop: str, phrase: str) -> None:
    report = check_module(ToyCache, "cache", {"fault": fault})
    message = assert_caught(report, prop, numbers=False)
    assert phrase in message, message


# -- position encodings and samplers ---------------------------------------------------------------

class AbsoluteOffset:
    """Not rotary at all: adds the position to every feature, yet tagged ``rotary`` in its registry."""

    def apply(self, q: Tensor, k: Tensor, positions: Tensor) -> tuple[Tensor, Tensor]:
        shift = 0.1 * positions[:, None, :, None].to(q.dtype)
        return q + shift, k + shift


def test_rotary_claim_is_checked() -> None:
    registry = Registry()
    registry.register(AbsoluteOffset, name="fake-rope", category="position", tags=["rotary"])
    report = check_module("fake-rope", "position", registry=registry)
    message = assert_caught(report, "relative-position")
    assert message.startswith("scores with every position shifted by 11")
    untagged = check_module(AbsoluteOffset, "position")  # not declared rotary: no such check
    assert untagged.passed and "relative-position" not in {r.name for r in untagged.results}


class BatchArgmaxSampler:
    """Bug: argmax over the wrong axis."""

    def sample(self, logits: Tensor) -> Tensor:
        return torch.argmax(logits, dim=0)


class UniformSampler:
    """Bug: ignores the logits."""

    def sample(self, logits: Tensor) -> Tensor:
        return torch.randint(0, logits.shape[-1], logits.shape[:-1], device=logits.device)


def test_sampler_with_wrong_shape_is_caught() -> None:
    message = assert_caught(check_module(BatchArgmaxSampler, "sampler"), "shape-dtype", numbers=False)
    assert "shape [61], expected [3]" in message


def test_sampler_ignoring_logits_is_caught() -> None:
    report = check_module(UniformSampler, "sampler")
    assert "whose logit is -inf" in assert_caught(report, "respects-masked-logits", numbers=False)
    assert "determinism" in failed(report)


# -- device placement (needs a second device) --------------------------------------------------------

class HostNorm(nn.Module):
    """Bug: returns its result on the CPU."""

    def __init__(self, *, hidden_dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(hidden_dim))

    def forward(self, x: Tensor) -> Tensor:
        return (F.rms_norm(x, (x.shape[-1],), self.weight)).cpu()


@pytest.mark.skipif(not torch.cuda.is_available(), reason="device placement needs a CUDA device to differ from")
def test_module_returning_on_the_wrong_device_is_caught() -> None:
    message = assert_caught(check_module(HostNorm, "norm", device="cuda"), "device", numbers=False)
    assert message == "output on cpu, input on cuda"
