"""Token samplers (category ``sampler``): greedy and temperature / top-k / top-p, seedable."""

from __future__ import annotations

import math
from numbers import Integral, Real

import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.registry import default_registry


@default_registry.register_module(
    name="greedy", category="sampler", alias="argmax",
    description="Always the most likely token.", hardware_support=["cpu", "cuda"], tags=["deterministic"])
class GreedySampler:
    """argmax over the vocabulary."""

    def sample(self, logits: Tensor) -> Tensor:
        return torch.argmax(logits, dim=-1)


@default_registry.register_module(
    name="top-p-sampler", category="sampler", alias=("temperature", "nucleus", "top-k-sampler"),
    description="Temperature scaling, then top-k and top-p (nucleus) filtering; seeded generator.",
    hardware_support=["cpu", "cuda"], tags=["stochastic", "top-k", "top-p"])
class TopPSampler:
    """Samples from ``softmax(logits / temperature)`` restricted to the top-k tokens and the top-p mass.

    ``top_k=0`` keeps every token; ``top_p=1`` keeps the whole mass. Seeded: the same seed and
    logits give the same tokens.
    """

    def __init__(self, *, temperature: float = 1.0, top_k: int = 0, top_p: float = 1.0, seed: int = 0) -> None:
        check_sampling(temperature=temperature, top_k=top_k, top_p=top_p, seed=seed)
        if temperature == 0:
            raise GenerationError("temperature 0 is greedy: use the 'greedy' sampler")
        self.temperature = temperature
        self.top_k = top_k
        self.top_p = top_p
        self.seed = seed
        self._generators: dict[torch.device, torch.Generator] = {}

    def sample(self, logits: Tensor) -> Tensor:
        scores = logits.float() / self.temperature
        if 0 < self.top_k < scores.shape[-1]:
            threshold = torch.topk(scores, self.top_k, dim=-1).values[..., -1:]
            scores = scores.masked_fill(scores < threshold, float("-inf"))
        if self.top_p < 1.0:
            ordered, order = torch.sort(scores, dim=-1, descending=True)
            cumulative = torch.softmax(ordered, dim=-1).cumsum(dim=-1)
            drop = cumulative - torch.softmax(ordered, dim=-1) >= self.top_p  # keep the token that crosses top_p
            scores = scores.scatter(-1, order, ordered.masked_fill(drop, float("-inf")))
        probabilities = torch.softmax(scores, dim=-1)
        return torch.multinomial(probabilities, 1, generator=self._generator(logits.device)).squeeze(-1)

    def _generator(self, device: torch.device) -> torch.Generator:
        generator = self._generators.get(device)
        if generator is None:
            generator = torch.Generator(device=device).manual_seed(self.seed)
            self._generators[device] = generator
        return generator


SEED_LIMIT = 2**64
"""Seeds are 0 .. 2**64 - 1: torch's generator state is 64 bits, and -1 would silently wrap to 2**64 - 1."""


def check_sampling(*, temperature: float, top_k: int, top_p: float, seed: int = 0) -> None:
    """Reject settings of the wrong type (NaN, ``2.5`` for an integer) or outside their ranges, naming the setting."""
    for name, value in (("temperature", temperature), ("top_p", top_p)):
        check_finite(name, value)
    check_integer("top_k", top_k)
    check_seed(seed)
    if temperature < 0:
        raise GenerationError(f"temperature must be >= 0 (0 = greedy), got {temperature}")
    if top_k < 0:
        raise GenerationError(f"top_k must be >= 0 (0 = no limit), got {top_k}")
    if not 0 < top_p <= 1:
        raise GenerationError(f"top_p must be in (0, 1], got {top_p}")


def check_seed(seed: object) -> None:
    """Reject a seed that is not an integer in 0 .. 2**64 - 1, before any sampling."""
    if isinstance(seed, bool) or not isinstance(seed, Integral) or not 0 <= int(seed) < SEED_LIMIT:
        raise GenerationError(f"seed must be an integer in 0 .. 2**64-1, got {seed!r}")


def check_finite(name: str, value: object) -> None:
    """Reject a setting that is not a real, finite number (NaN, inf, a bool, a string)."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise GenerationError(f"{name} must be a finite number, got {value!r}")


def check_integer(name: str, value: object) -> None:
    """Reject a setting that is not an integer (``2.5``, ``True``, ``"3"``)."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise GenerationError(f"{name} must be an integer, got {value!r}")
