"""Token generation with a TTNN model: prefill each prompt into its cache row, then decode every row at once.

Same contract as :func:`tttv2.generation.generate_ids` (one token id per row per step), with the
device's limits: prompts of equal length (rows advance together), no left padding. Sampling
runs on the host over the logits each step copies back. Never run on Tenstorrent hardware.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.generation_state import GenerationStats, SeenTokens
from tttv2.protocols import Sampler
from tttv2.ttnn.model import TTNNDecoderModel

if TYPE_CHECKING:  # tttv2.generation calls this module: importing it back would be a cycle
    from tttv2.generation import SamplingSettings


def generate_ids(model: TTNNDecoderModel, prompts: Sequence[Sequence[int]], *, max_new_tokens: int,
                 settings: SamplingSettings, sampler: Sampler[Tensor] | None = None, eos_ids: Sequence[int] = (),
                 stats: GenerationStats | None = None) -> Iterator[Tensor]:
    """Yield the next token id of every row (``[batch]``) until ``max_new_tokens`` or every row hit EOS."""
    if max_new_tokens <= 0:
        raise GenerationError(f"max_new_tokens must be positive, got {max_new_tokens}")
    lengths = sorted({len(p) for p in prompts})
    if not prompts or lengths[0] == 0:
        raise GenerationError("every prompt needs at least one token")
    if len(lengths) > 1:
        raise GenerationError(f"on ttnn every prompt must have the same length (rows share the cache's write slot), "
                              f"got lengths {lengths}")
    if lengths[0] + max_new_tokens > model.spec.dims.max_seq_len:
        raise GenerationError(f"prompt ({lengths[0]} tokens) + max_new_tokens ({max_new_tokens}) exceeds the model's "
                              f"context of {model.spec.dims.max_seq_len} tokens")
    stats = stats if stats is not None else GenerationStats()
    sampler = sampler or settings.sampler()
    cache = model.new_cache(batch_size=len(prompts), capacity=lengths[0] + max_new_tokens)
    prompt_ids = torch.tensor([list(p) for p in prompts])
    seen = SeenTokens.of(prompt_ids, torch.ones_like(prompt_ids, dtype=torch.bool), model.spec.dims.vocab_size)
    eos = torch.tensor(list(eos_ids) or [-1])
    finished = torch.zeros(len(prompts), dtype=torch.bool)
    started = time.perf_counter()
    logits = torch.stack([model.prefill(prompt, cache=cache, row=row) for row, prompt in enumerate(prompts)])
    stats.prompt_tokens = lengths[0] * len(prompts)
    stats.prefill_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for step in range(max_new_tokens):
        token = sampler.sample(seen.penalize(logits, settings.repetition_penalty))
        token = torch.where(finished, eos[0], token)
        finished |= torch.isin(token, eos)
        stats.new_tokens = step + 1
        yield token
        if bool(finished.all()) or step + 1 == max_new_tokens:
            break
        seen.add(token)
        logits = model.decode(token.tolist(), cache=cache)
    stats.decode_seconds = time.perf_counter() - started
