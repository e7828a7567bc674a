"""What one generation keeps while it runs (tokens seen, counts and timings), shared by the torch and TTNN loops."""

from __future__ import annotations

import attrs
import torch
from torch import Tensor


@attrs.define
class GenerationStats:
    """Counts and timings of one generation, for the CLI's stats line and benchmarks."""

    prompt_tokens: int = 0
    new_tokens: int = 0
    prefill_seconds: float = 0.0
    decode_seconds: float = 0.0
    first_step_seconds: float = 0.0  # the first decode step alone: a compiled model compiles (or reads its cache) there

    @property
    def prefill_tokens_per_second(self) -> float:
        return self.prompt_tokens / self.prefill_seconds if self.prefill_seconds else 0.0

    @property
    def decode_tokens_per_second(self) -> float:
        decoded = max(self.new_tokens - 1, 0)  # the first new token comes out of prefill
        return decoded / self.decode_seconds if self.decode_seconds else 0.0

    @property
    def steady_decode_tokens_per_second(self) -> float:
        """Decode rate after the first step (which compiles, for a compiled model); 0 with fewer than 3 tokens."""
        decoded, seconds = self.new_tokens - 2, self.decode_seconds - self.first_step_seconds
        return decoded / seconds if decoded > 0 and seconds > 0 else 0.0



class SeenTokens:
    """Which tokens each row has seen (prompt without padding, then its new tokens), for the repetition penalty."""

    def __init__(self, mask: Tensor) -> None:
        self.mask = mask

    @classmethod
    def of(cls, token_ids: Tensor, valid: Tensor, vocab_size: int) -> SeenTokens:
        """From ``[batch, seq]`` ids where ``valid`` marks real (non-padding) tokens."""
        # padding goes to an extra column, dropped after: scatter never writes False over a seen token
        mask = torch.zeros(token_ids.shape[0], vocab_size + 1, dtype=torch.bool, device=token_ids.device)
        mask.scatter_(1, torch.where(valid, token_ids, vocab_size), True)
        return cls(mask[:, :vocab_size].contiguous())

    def add(self, token: Tensor) -> None:
        """Record one new token per row (``[batch]``)."""
        self.mask[torch.arange(token.shape[0], device=token.device), token] = True

    def penalize(self, logits: Tensor, penalty: float) -> Tensor:
        """HF's repetition penalty: divide positive and multiply negative logits of tokens already seen."""
        if penalty == 1.0:
            return logits
        penalized = torch.where(logits > 0, logits / penalty, logits * penalty)
        return torch.where(self.mask, penalized, logits)
