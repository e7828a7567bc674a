"""Prefill and decode with a preallocated KV cache, sampling settings, streaming of token ids and text."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from numbers import Integral

import attrs
import torch
from torch import Tensor

from tttv2.backend import GenerationSteps, backend_for
from tttv2.build import BuildState, instantiate
from tttv2.errors import GenerationError, SpecError

# the loop's state lives below this module (the TTNN loop shares it); its names stay public here
from tttv2.generation_state import GenerationStats as GenerationStats
from tttv2.generation_state import SeenTokens as SeenTokens
from tttv2.model import DecoderModel
from tttv2.modules.sampler import SEED_LIMIT as SEED_LIMIT
from tttv2.modules.sampler import GreedySampler, TopPSampler, check_finite, check_sampling
from tttv2.parallel import local_size
from tttv2.protocols import KVCache, Sampler, cache_request
from tttv2.registry import current_registry
from tttv2.resolve import ResolutionError, resolve


@attrs.frozen(kw_only=True)
class SamplingSettings:
    """How to pick tokens: ``temperature=0`` is greedy; ``top_k=0`` and ``top_p=1`` disable those filters.

    Every setting is checked on construction (type, NaN, range), so a bad one fails before any work.
    """

    temperature: float = 0.0
    top_k: int = 0
    top_p: float = 1.0
    repetition_penalty: float = 1.0
    seed: int = 0

    def __attrs_post_init__(self) -> None:
        check_finite("repetition_penalty", self.repetition_penalty)
        check_sampling(temperature=self.temperature, top_k=self.top_k, top_p=self.top_p, seed=self.seed)
        if self.repetition_penalty <= 0:
            raise GenerationError(f"repetition_penalty must be > 0 (1 = off), got {self.repetition_penalty}")

    def sampler(self) -> Sampler[Tensor]:
        """The built-in sampler for these settings."""
        if self.temperature == 0:
            return GreedySampler()
        # plain Python numbers: torch's generator refuses a numpy seed
        return TopPSampler(temperature=float(self.temperature), top_k=int(self.top_k), top_p=float(self.top_p),
                           seed=int(self.seed))


def check_max_new_tokens(max_new_tokens: object) -> None:
    """Reject a token budget that is not a positive integer (``2.5``, ``True``, ``"3"``, ``0``)."""
    if isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, Integral):
        raise GenerationError(f"max_new_tokens must be an integer, got {max_new_tokens!r}")
    if max_new_tokens <= 0:
        raise GenerationError(f"max_new_tokens must be positive, got {max_new_tokens}")


def make_cache(model: DecoderModel, *, batch_size: int, capacity: int, device: torch.device,
               dtype: torch.dtype) -> KVCache[Tensor]:
    """The spec's cache module, sized to this request (windowed layers keep only their window)."""
    spec = model.spec
    ref = spec.ref("cache")
    if ref is None:
        raise SpecError(["modules.cache: generation needs a cache module"])
    try:
        resolved = resolve(ref.module, category="cache", hardware=model.hardware, registry=current_registry())
    except ResolutionError as exc:
        raise SpecError([f"modules.cache: {exc}"]) from exc
    state = BuildState(spec=spec, hardware=model.hardware, torch_device=device, dtype=dtype,
                       registry=current_registry(), slots=lambda slot: None, path="cache")
    extra = cache_request(batch_size=batch_size, capacity=capacity, windows=model.windows())
    if model.tensor_parallel is not None:  # each rank caches the KV heads its attention layers hold
        extra["num_kv_heads"] = local_size("kv_heads", spec.dims.num_kv_heads, model.tensor_parallel.world)
    cache = instantiate(resolved.cls, ref.config, state, "cache", extra=extra)
    if not isinstance(cache, KVCache):
        raise SpecError([f"modules.cache: {type(cache).__qualname__} is not a KVCache"])
    return cache


def left_pad(prompts: Sequence[Sequence[int]], pad_id: int, device: torch.device) -> tuple[Tensor, Tensor]:
    """Token ids and positions ``[batch, seq]`` for prompts of different lengths; padding gets position -1."""
    if not prompts or any(len(p) == 0 for p in prompts):
        raise GenerationError("every prompt needs at least one token")
    width = max(len(p) for p in prompts)
    ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    positions = torch.full((len(prompts), width), -1, dtype=torch.long)
    for row, prompt in enumerate(prompts):
        ids[row, width - len(prompt):] = torch.tensor(list(prompt), dtype=torch.long)
        positions[row, width - len(prompt):] = torch.arange(len(prompt))
    return ids.to(device), positions.to(device)


def prefill(model: DecoderModel, token_ids: Tensor, positions: Tensor, cache: KVCache[Tensor]) -> Tensor:
    """Run the whole prompt through the model, filling the cache; returns last-position logits ``[batch, vocab]``."""
    hidden = model.final_hidden(token_ids, positions=positions, cache=cache)
    return model.head_forward(hidden[:, -1:, :])[:, -1, :]


def decode_step(model: DecoderModel, token_ids: Tensor, positions: Tensor, cache: KVCache[Tensor]) -> Tensor:
    """One new token per row (``[batch, 1]`` ids and positions); returns logits ``[batch, vocab]``."""
    return model.forward(token_ids, positions=positions, cache=cache)[:, -1, :]


def generate_ids(model: DecoderModel, prompts: Sequence[Sequence[int]], *, max_new_tokens: int,
                 settings: SamplingSettings, sampler: Sampler[Tensor] | None = None,
                 eos_ids: Sequence[int] = (), pad_id: int = 0, stats: GenerationStats | None = None) -> Iterator[Tensor]:
    """Yield the next token id of every row (``[batch]``), until ``max_new_tokens`` or every row hit EOS.

    Settings are checked when this is called, before any work; rows that already finished keep
    yielding their EOS id so the batch stays rectangular.
    """
    check_max_new_tokens(max_new_tokens)
    _check_token_ids(prompts)
    longest = max((len(p) for p in prompts), default=0)
    limit = model.spec.dims.max_seq_len
    if longest + max_new_tokens > limit:
        raise GenerationError(f"prompt ({longest} tokens) + max_new_tokens ({max_new_tokens}) exceeds the model's "
                              f"context of {limit} tokens")
    vocab = model.spec.dims.vocab_size
    outside = sorted({t for p in prompts for t in p if not 0 <= t < vocab})
    if outside:
        raise GenerationError(f"token ids {outside[:5]} are outside the model's vocabulary (0 .. {vocab - 1})")
    if not prompts or any(len(p) == 0 for p in prompts):
        raise GenerationError("every prompt needs at least one token")
    steps = backend_for(model.hardware).start_generation(model, prompts, capacity=longest + max_new_tokens,
                                                         pad_id=pad_id)
    return _generate(model, prompts, steps, max_new_tokens, settings, sampler, eos_ids,
                     stats if stats is not None else GenerationStats())


def _check_token_ids(prompts: Sequence[Sequence[int]]) -> None:
    """Each prompt a sequence of integer ids: a str or a float id is an error, not characters or a truncation."""
    if isinstance(prompts, str) or any(isinstance(p, str) for p in prompts):
        raise GenerationError("prompts must be sequences of token ids, got a str: encode text with a tokenizer first")
    wrong = [t for p in prompts for t in p if isinstance(t, bool) or not isinstance(t, Integral)]
    if wrong:
        raise GenerationError(f"token ids must be integers, got {wrong[:5]!r}")


def _generate(model: DecoderModel, prompts: Sequence[Sequence[int]], steps: GenerationSteps, max_new_tokens: int,
              settings: SamplingSettings, sampler: Sampler[Tensor] | None, eos_ids: Sequence[int],
              stats: GenerationStats) -> Iterator[Tensor]:
    """The loop every backend shares: its steps give logits, sampling and stopping happen here."""
    sampler = sampler or settings.sampler()
    with torch.inference_mode():
        started = time.perf_counter()
        logits = steps.prefill()
        stats.prompt_tokens = sum(len(p) for p in prompts)
        stats.prefill_seconds = time.perf_counter() - started
        device = logits.device
        ids, positions = left_pad(prompts, 0, device)
        seen = SeenTokens.of(ids, positions >= 0, model.spec.dims.vocab_size)
        eos = torch.tensor(list(eos_ids) or [-1], device=device)
        finished = torch.zeros(len(prompts), dtype=torch.bool, device=device)
        started = time.perf_counter()
        for step in range(max_new_tokens):
            token = sampler.sample(seen.penalize(logits, settings.repetition_penalty))
            token = torch.where(finished, eos[0], token)
            finished |= torch.isin(token, eos)
            stats.new_tokens = step + 1
            stats.decode_seconds = time.perf_counter() - started  # kept current: a Ctrl-C may end the loop
            if step == 1:
                stats.first_step_seconds = stats.decode_seconds
            yield token
            if bool(finished.all()) or step + 1 == max_new_tokens:
                break
            seen.add(token)
            logits = steps.decode(token)
