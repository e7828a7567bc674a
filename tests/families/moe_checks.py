"""Checks shared by the MoE family tests: parity with transformers (for the GGUF forms check_family does not
write), cached decode, and routing margins (for check_family's own checkpoints too)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import torch
from torch import Tensor, nn
from transformers import PreTrainedModel

from tests.helpers.tolerance import assert_reordered_close, model_reduction_length
from tttv2.families.base import ParityConfig
from tttv2.generation import decode_step, make_cache, prefill
from tttv2.loading import build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.testing import family_check
from tttv2.testing.tiny_checkpoints import tiny_model

from .test_random_checkpoints import assert_same_logits, hf_greedy, our_greedy
from .tiny_checkpoints import TinyFamily, prompt_ids

NEW_TOKENS = 12
PROMPT_LENGTH = 11  # odd, and longer than every sliding window used

MIN_ROUTING_MARGIN = 1e-4
"""The least gap between the k-th and (k+1)-th router logit of any token transformers routes in these tests.

Softmax keeps the order, so top-k flips only if the two implementations' router logits differ by more than
this gap. They differ by reordered fp32 sums only: at most 2e-6 measured on these configs (logits up to
~6), and 8 * sqrt(64) * eps * 6 ~ 6e-6 by the bound of tests/helpers/tolerance.py for any thread count.
A gap of 1e-4 is over 15 times that, so no expert choice can flip; a closer call fails here by name instead
of failing a parity assertion at random. With 4 experts and logits of spread ~2, a token-layer falls within
1e-4 with probability ~1e-4, so the ~100 routed per check rarely trip it."""


def tiny(config_class: str, model_class: str, parity: ParityConfig, **options: object) -> TinyFamily:
    """The tiny transformers model a family's ParityConfig describes (``options`` laid over its own)."""
    return TinyFamily(config_class, model_class, {**parity.options, **options},
                      initializer_range=parity.initializer_range, embedding_row_norm=parity.embedding_row_norm)


def load_model(path: Path) -> DecoderModel:
    """A checkpoint directory or GGUF file through open_checkpoint and the loader, in fp32 on the CPU."""
    checkpoint = open_checkpoint(path)
    try:
        return build_for_checkpoint(checkpoint, checkpoint.spec, {}, "cpu", torch.float32).eval()
    finally:
        checkpoint.source.close()


def assert_parity(ours: DecoderModel, hf: PreTrainedModel, *, seed: int) -> None:
    """Logits (PCC, argmax, elementwise), 12 greedy tokens and the cached decode, each on its own prompt.

    Every token transformers routes on the way has a top-k margin of at least MIN_ROUTING_MARGIN.
    """
    logits_ids, greedy_ids, decode_ids = (prompt_ids(PROMPT_LENGTH, seed=seed + i) for i in range(3))
    with routing_margins(hf) as margins:
        assert_same_logits(ours, hf, logits_ids)
        expected = hf_greedy(hf, greedy_ids, NEW_TOKENS)
    assert min(margins) >= MIN_ROUTING_MARGIN, f"a near tie in the router: margin {min(margins):.2e}"
    assert len(set(expected)) > 2  # a model stuck on one token would hide cache and window bugs
    assert our_greedy(ours, greedy_ids, NEW_TOKENS) == expected
    assert_cached_decode_matches_forward(ours, decode_ids)


def check_family_routing_margin(config: ParityConfig, model_type: str) -> float:
    """The least top-k logit margin of every token transformers routes in ``check_family``'s run of ``config``:
    the same seeded model (seed 0), its prompt (seed 1), and the greedy continuation."""
    hf = tiny_model(config, model_type, seed=0)
    ids = prompt_ids(family_check.PROMPT_LENGTH, seed=1)
    with routing_margins(hf) as margins:
        with torch.no_grad():
            hf(torch.tensor([ids]))
        hf_greedy(hf, ids, family_check.NEW_TOKENS)
    return min(margins)


def assert_cached_decode_matches_forward(model: DecoderModel, ids: Sequence[int], prompt: int = 4) -> None:
    """Prefill ``prompt`` tokens, then decode the rest one at a time: each step's logits equal the full forward's."""
    tokens = torch.tensor([list(ids)])
    with torch.no_grad():
        full = model(tokens)[0]
        cache = make_cache(model, batch_size=1, capacity=len(ids), device=torch.device("cpu"), dtype=torch.float32)
        steps = [prefill(model, tokens[:, :prompt], torch.arange(prompt)[None], cache)]
        for position in range(prompt, len(ids)):
            steps.append(decode_step(model, tokens[:, position:position + 1], torch.tensor([[position]]), cache))
    reduction = model_reduction_length(model.spec.dims, keys=len(ids))
    assert_reordered_close(torch.cat(steps), full[prompt - 1:], reduction)


@contextmanager
def routing_margins(hf: PreTrainedModel) -> Iterator[list[float]]:
    """Collect, per router call inside the block, the least gap between its tokens' k-th and (k+1)-th logits."""
    margins: list[float] = []
    routers = [m for name, m in hf.named_modules() if name.endswith((".mlp.gate", ".block_sparse_moe.gate"))
               and not isinstance(m, nn.Linear)]
    assert routers, "no MoE router found in the transformers model"

    def record(module: nn.Module, inputs: object, output: tuple[Tensor, ...]) -> None:
        top_k = int(module.top_k)  # type: ignore[arg-type]  # transformers' routers keep it as an int
        ranked = output[0].float().sort(dim=-1, descending=True).values
        if top_k < ranked.shape[-1]:
            margins.append(float((ranked[:, top_k - 1] - ranked[:, top_k]).min()))

    handles = [router.register_forward_hook(record) for router in routers]  # type: ignore[arg-type]
    try:
        yield margins
    finally:
        for handle in handles:
            handle.remove()
