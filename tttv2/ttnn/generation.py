"""Generation steps on a TTNN model: prefill each prompt into its cache row, then decode every row at once.

The loop (sampling, EOS, statistics) is :func:`tttv2.generation.generate_ids`, shared by every
backend; these steps add the device's limits: prompts of equal length (rows advance together), no
left padding. Sampling runs on the host over the logits each step copies back. Never run on
Tenstorrent hardware.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs
import torch
from torch import Tensor

from tttv2.errors import GenerationError
from tttv2.generation import GenerationStats, SamplingSettings
from tttv2.generation import generate_ids as generate_on_backend
from tttv2.protocols import Sampler
from tttv2.ttnn.cache import DeviceKVCache
from tttv2.ttnn.model import TTNNDecoderModel


@attrs.define
class TTNNSteps:
    """Each prompt prefilled into its own cache row; then one token per row per :meth:`decode`."""

    model: TTNNDecoderModel
    prompts: Sequence[Sequence[int]]
    cache: DeviceKVCache

    @classmethod
    def start(cls, model: TTNNDecoderModel, prompts: Sequence[Sequence[int]], *, capacity: int) -> TTNNSteps:
        lengths = sorted({len(p) for p in prompts})
        if len(lengths) > 1:
            raise GenerationError(f"on ttnn every prompt must have the same length (rows share the cache's write "
                                  f"slot), got lengths {lengths}")
        return cls(model=model, prompts=prompts, cache=model.new_cache(batch_size=len(prompts), capacity=capacity))

    def prefill(self) -> Tensor:
        return torch.stack([self.model.prefill(prompt, cache=self.cache, row=row)
                            for row, prompt in enumerate(self.prompts)])

    def decode(self, tokens: Tensor) -> Tensor:
        return self.model.decode(tokens.tolist(), cache=self.cache)


def generate_ids(model: TTNNDecoderModel, prompts: Sequence[Sequence[int]], *, max_new_tokens: int,
                 settings: SamplingSettings, sampler: Sampler[Tensor] | None = None, eos_ids: Sequence[int] = (),
                 stats: GenerationStats | None = None) -> Iterator[Tensor]:
    """Yield the next token id of every row (``[batch]``) until ``max_new_tokens`` or every row hit EOS."""
    return generate_on_backend(model, prompts, max_new_tokens=max_new_tokens, settings=settings, sampler=sampler,
                               eos_ids=eos_ids, stats=stats)
