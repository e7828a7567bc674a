"""``load_pretrained``: a checkpoint by path or short name to a model, its tokenizer and text generation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import torch

from tttv2.errors import GenerationError
from tttv2.generation import GenerationStats, SamplingSettings, generate_ids
from tttv2.loading import Progress, SlotOverride, apply_overrides, build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.protocols import Sampler
from tttv2.shipped import resolve_checkpoint
from tttv2.spec import ModelSpec
from tttv2.tokenizer import load_tokenizer

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase


@attrs.define
class PretrainedModel:
    """A loaded checkpoint: ``.model`` (a torch module), ``.tokenizer``, ``.spec``, and text generation.

    Prompts are continued as given: no chat template, and a BOS only if the checkpoint's
    tokenizer adds one itself. :meth:`chat` applies the checkpoint's chat template.
    """

    model: DecoderModel
    tokenizer: PreTrainedTokenizerBase
    spec: ModelSpec
    path: Path
    eos_ids: tuple[int, ...]
    last_stats: GenerationStats = attrs.field(factory=GenerationStats)

    def generate(self, prompt: str, *, max_new_tokens: int = 64, temperature: float = 0.0, top_k: int = 0,
                 top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
                 stop: Sequence[str] = (), sampler: Sampler[torch.Tensor] | None = None) -> str:
        """The new text only (the prompt is not repeated); ``temperature=0`` is greedy."""
        return "".join(self.stream(prompt, max_new_tokens=max_new_tokens, temperature=temperature, top_k=top_k,
                                   top_p=top_p, repetition_penalty=repetition_penalty, seed=seed, stop=stop,
                                   sampler=sampler))

    def stream(self, prompt: str, *, max_new_tokens: int = 64, temperature: float = 0.0, top_k: int = 0,
               top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
               stop: Sequence[str] = (), sampler: Sampler[torch.Tensor] | None = None) -> Iterator[str]:
        """Yield pieces of new text as tokens are decoded; stops at EOS, a stop string or ``max_new_tokens``."""
        settings = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p,
                                    repetition_penalty=repetition_penalty, seed=seed)
        prompt_ids = self.encode(prompt)
        return self._stream_text(prompt_ids, max_new_tokens, settings, stop, sampler)

    def generate_batch(self, prompts: Sequence[str], *, max_new_tokens: int = 64, temperature: float = 0.0,
                       top_k: int = 0, top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
                       sampler: Sampler[torch.Tensor] | None = None) -> list[str]:
        """The new text for each prompt, decoded together as one left-padded batch."""
        settings = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p,
                                    repetition_penalty=repetition_penalty, seed=seed)
        encoded = [self.encode(prompt) for prompt in prompts]
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else (self.eos_ids or (0,))[0]
        self.last_stats = GenerationStats()
        rows: list[list[int]] = [[] for _ in prompts]
        done = [False] * len(prompts)
        for tokens in generate_ids(self.model, encoded, max_new_tokens=max_new_tokens, settings=settings,
                                   sampler=sampler, eos_ids=self.eos_ids, pad_id=int(pad), stats=self.last_stats):
            for row, token in enumerate(tokens.tolist()):
                done[row] = done[row] or token in self.eos_ids
                if not done[row]:
                    rows[row].append(token)
        return [str(self.tokenizer.decode(row, skip_special_tokens=True)) for row in rows]

    def chat(self, messages: Sequence[Mapping[str, str]], **options: object) -> str:
        """Reply to ``messages`` (``[{"role": "user", "content": ...}]``) through the checkpoint's chat template."""
        return self.generate(self.chat_prompt(messages), **options)  # type: ignore[arg-type]  # same keywords as generate

    def chat_prompt(self, messages: Sequence[Mapping[str, str]]) -> str:
        """The prompt text the checkpoint's chat template makes of ``messages``."""
        if not self.tokenizer.chat_template:
            raise GenerationError(f"{self.path.name} has no chat template (it is a base model): "
                                  "use generate() with a plain-text prompt instead")
        conversation = [dict(message) for message in messages]
        text = self.tokenizer.apply_chat_template(conversation, tokenize=False, add_generation_prompt=True)
        return str(text)

    def encode(self, prompt: str) -> list[int]:
        """Token ids of ``prompt``, with a BOS only where the checkpoint's tokenizer adds one."""
        ids = list(self.tokenizer(prompt)["input_ids"])
        if not ids:
            raise GenerationError("the prompt is empty: give at least one token of text")
        return ids

    def _stream_text(self, prompt_ids: list[int], max_new_tokens: int, settings: SamplingSettings,
                     stop: Sequence[str], sampler: Sampler[torch.Tensor] | None) -> Iterator[str]:
        self.last_stats = GenerationStats()
        new_ids: list[int] = []
        text = emitted = ""
        for token in generate_ids(self.model, [prompt_ids], max_new_tokens=max_new_tokens, settings=settings,
                                  sampler=sampler, eos_ids=self.eos_ids, stats=self.last_stats):
            token_id = int(token[0])
            if token_id in self.eos_ids:
                break
            new_ids.append(token_id)
            text = str(self.tokenizer.decode(new_ids, skip_special_tokens=True))
            if text.endswith("\ufffd"):
                continue  # a multi-byte character is still incomplete
            cut = _stop_index(text, stop)
            if cut is not None:
                if cut > len(emitted):
                    yield text[len(emitted):cut]
                return
            safe = len(text) - _stop_prefix_length(text, stop)  # hold back what may become a stop string
            if safe > len(emitted):
                yield text[len(emitted):safe]
                emitted = text[:safe]
        if len(text) > len(emitted) and not text.endswith("\ufffd"):
            yield text[len(emitted):]


def load_pretrained(path_or_name: str, device: str = "cpu", overrides: Mapping[str, SlotOverride] | None = None,
                    dtype: torch.dtype = torch.float32, progress: Progress | None = None) -> PretrainedModel:
    """Load a ``.gguf`` file, a directory holding one, an HF directory, or a shipped model by short name.

    ``overrides`` maps slots (``attention``, ``ffn``, ``norm``, ...) to a registry name, ``pkg.mod:Class``,
    a class, or a zero-argument factory; checkpoint weights still load into the slots that have them.
    """
    path = resolve_checkpoint(path_or_name)
    checkpoint = open_checkpoint(path)
    spec, factories = apply_overrides(checkpoint.spec, overrides)
    try:
        model = build_for_checkpoint(checkpoint, spec, factories, device, dtype, progress)
    finally:
        checkpoint.source.close()  # every weight is copied out: release the file's memory map
    model.eval()
    tokenizer_path = checkpoint.source.path if checkpoint.checkpoint_format == "gguf" else path
    tokenizer = load_tokenizer(tokenizer_path)
    return PretrainedModel(model=model, tokenizer=tokenizer, spec=spec, path=path, eos_ids=_eos_ids(tokenizer))


def _eos_ids(tokenizer: PreTrainedTokenizerBase) -> tuple[int, ...]:
    eos = tokenizer.eos_token_id
    if eos is None:
        return ()
    return tuple(eos) if isinstance(eos, list) else (int(eos),)


def _stop_prefix_length(text: str, stop: Sequence[str]) -> int:
    """Length of the longest end of ``text`` that is the start of a stop string (still undecided)."""
    return max((k for s in stop for k in range(1, len(s)) if text.endswith(s[:k])), default=0)


def _stop_index(text: str, stop: Sequence[str]) -> int | None:
    found = [text.find(s) for s in stop if s and s in text]
    return min(found) if found else None
