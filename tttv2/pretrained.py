"""``load_pretrained``: a checkpoint by path or short name to a model, its tokenizer and text generation."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import torch

from tttv2.backend import backend_for, tensor_parallel_for
from tttv2.errors import CheckpointError, ConfigError, GenerationError
from tttv2.generation import GenerationStats, SamplingSettings, check_max_new_tokens, generate_ids
from tttv2.loading import Checkpoint, Progress, SlotOverride, apply_overrides, build_for_checkpoint, open_checkpoint, return_freed_memory
from tttv2.model import DecoderModel
from tttv2.modules.embedding import ScaledEmbedding, TokenEmbedding
from tttv2.modules.linear import use_native_gemv
from tttv2.modules.multiplied_embedding import MultipliedEmbedding
from tttv2.protocols import Sampler
from tttv2.registry import default_registry
from tttv2.resolve import ResolutionError, resolve
from tttv2.shipped import resolve_checkpoint
from tttv2.spec import ModelSpec, ModuleRef
from tttv2.suggestions import close_matches, did_you_mean
from tttv2.tokenizer import find_tokenizer, load_tokenizer
from tttv2.weights import GGUFSource

if TYPE_CHECKING:
    from torch.distributed.device_mesh import DeviceMesh
    from transformers import PreTrainedTokenizerBase
    from ttnn import MeshDevice  # typings/ttnn: a type only, ttnn is never imported here


@attrs.define
class PretrainedModel:
    """A loaded checkpoint: ``.model`` (a torch module), ``.tokenizer``, ``.spec``, and text generation.

    Prompts are continued as given: no chat template, and a BOS only if the checkpoint's
    tokenizer adds one itself. :meth:`chat` applies the checkpoint's chat template.
    ``tokenizer`` is None for a checkpoint saved without one: ``model(ids)`` and
    :meth:`generate_ids` still work, and every text method says how to give a tokenizer.
    """

    model: DecoderModel
    tokenizer: PreTrainedTokenizerBase | None
    spec: ModelSpec
    path: Path
    eos_ids: tuple[int, ...]
    last_stats: GenerationStats = attrs.field(factory=GenerationStats)

    def generate(self, prompt: str, *, max_new_tokens: int = 64, temperature: float = 0.0, top_k: int = 0,
                 top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
                 stop: str | Sequence[str] = (), sampler: Sampler[torch.Tensor] | None = None) -> str:
        """The new text only (the prompt is not repeated); ``temperature=0`` is greedy."""
        return "".join(self.stream(prompt, max_new_tokens=max_new_tokens, temperature=temperature, top_k=top_k,
                                   top_p=top_p, repetition_penalty=repetition_penalty, seed=seed, stop=stop,
                                   sampler=sampler))

    def stream(self, prompt: str, *, max_new_tokens: int = 64, temperature: float = 0.0, top_k: int = 0,
               top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
               stop: str | Sequence[str] = (), sampler: Sampler[torch.Tensor] | None = None) -> Iterator[str]:
        """Yield pieces of new text as tokens are decoded; stops at EOS, a stop string or ``max_new_tokens``.

        ``stop`` is one stop string or a sequence of them. Every setting is checked now, before
        the first piece is asked for.
        """
        settings = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p,
                                    repetition_penalty=repetition_penalty, seed=seed)
        check_max_new_tokens(max_new_tokens)
        stops = stop_strings(stop)
        prompt_ids = self.encode(prompt)
        return self._stream_text(prompt_ids, max_new_tokens, settings, stops, sampler)

    def generate_ids(self, prompt_ids: Sequence[int], *, max_new_tokens: int = 64, temperature: float = 0.0,
                     top_k: int = 0, top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
                     sampler: Sampler[torch.Tensor] | None = None) -> list[int]:
        """The new token ids after ``prompt_ids``, up to (not including) the first EOS; needs no tokenizer."""
        if isinstance(prompt_ids, str):
            raise GenerationError("generate_ids() takes token ids, got a str: use generate() for text")
        settings = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p,
                                    repetition_penalty=repetition_penalty, seed=seed)
        self.last_stats = GenerationStats()
        new_ids: list[int] = []
        for token in generate_ids(self.model, [list(prompt_ids)], max_new_tokens=max_new_tokens, settings=settings,
                                  sampler=sampler, eos_ids=self.eos_ids, stats=self.last_stats):
            token_id = int(token[0])
            if token_id in self.eos_ids:
                break
            new_ids.append(token_id)
        return new_ids

    def generate_batch(self, prompts: Sequence[str], *, max_new_tokens: int = 64, temperature: float = 0.0,
                       top_k: int = 0, top_p: float = 1.0, repetition_penalty: float = 1.0, seed: int = 0,
                       sampler: Sampler[torch.Tensor] | None = None) -> list[str]:
        """The new text for each prompt, decoded together as one left-padded batch."""
        if isinstance(prompts, str):
            raise GenerationError("generate_batch() takes a list of prompts, got one str: use generate() for one prompt")
        tokenizer = self._text_tokenizer()
        settings = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p,
                                    repetition_penalty=repetition_penalty, seed=seed)
        encoded = [self.encode(prompt) for prompt in prompts]
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else (self.eos_ids or (0,))[0]
        self.last_stats = GenerationStats()
        rows: list[list[int]] = [[] for _ in prompts]
        done = [False] * len(prompts)
        for tokens in generate_ids(self.model, encoded, max_new_tokens=max_new_tokens, settings=settings,
                                   sampler=sampler, eos_ids=self.eos_ids, pad_id=int(pad), stats=self.last_stats):
            for row, token in enumerate(tokens.tolist()):
                done[row] = done[row] or token in self.eos_ids
                if not done[row]:
                    rows[row].append(token)
        return [str(tokenizer.decode(row, skip_special_tokens=True)) for row in rows]

    def chat(self, messages: Sequence[Mapping[str, str]], **options: object) -> str:
        """Reply to ``messages`` (``[{"role": "user", "content": ...}]``) through the checkpoint's chat template."""
        return self.generate(self.chat_prompt(messages), **options)  # type: ignore[arg-type]  # same keywords as generate

    def chat_prompt(self, messages: Sequence[Mapping[str, str]]) -> str:
        """The prompt text the checkpoint's chat template makes of ``messages``."""
        tokenizer = self._text_tokenizer()
        if not tokenizer.chat_template:
            raise GenerationError(f"{self.path.name} has no chat template (it is a base model): "
                                  "use generate() with a plain-text prompt instead")
        conversation = [dict(message) for message in messages]
        text = tokenizer.apply_chat_template(conversation, tokenize=False, add_generation_prompt=True)
        return str(text)

    def encode(self, prompt: str) -> list[int]:
        """Token ids of ``prompt``, with a BOS only where the checkpoint's tokenizer adds one."""
        if not isinstance(prompt, str):
            raise GenerationError(f"the prompt must be a str, got {type(prompt).__name__}: "
                                  "for token ids use generate_ids()")
        ids = list(self._text_tokenizer()(prompt)["input_ids"])
        if not ids:
            raise GenerationError("the prompt is empty: give at least one token of text")
        return ids

    def _text_tokenizer(self) -> PreTrainedTokenizerBase:
        """The tokenizer, or an error saying the checkpoint has none and how to give one."""
        if self.tokenizer is None:
            raise GenerationError(
                f"{self.path} has no tokenizer (the checkpoint ships no tokenizer files), so text methods cannot "
                "work: give one with load_pretrained(..., tokenizer=PATH_OR_TOKENIZER) (a tokenizer directory, "
                "a .gguf file or a transformers tokenizer; `ttt generate/chat --tokenizer PATH` on the command line), "
                "or generate from token ids with generate_ids()")
        return self.tokenizer

    def _stream_text(self, prompt_ids: list[int], max_new_tokens: int, settings: SamplingSettings,
                     stop: Sequence[str], sampler: Sampler[torch.Tensor] | None) -> Iterator[str]:
        tokenizer = self._text_tokenizer()
        self.last_stats = GenerationStats()
        new_ids: list[int] = []
        text = emitted = ""
        for token in generate_ids(self.model, [prompt_ids], max_new_tokens=max_new_tokens, settings=settings,
                                  sampler=sampler, eos_ids=self.eos_ids, stats=self.last_stats):
            token_id = int(token[0])
            if token_id in self.eos_ids:
                break
            new_ids.append(token_id)
            text = str(tokenizer.decode(new_ids, skip_special_tokens=True))
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


def load_pretrained(path_or_name: str | os.PathLike[str], device: str = "cpu",
                    overrides: Mapping[str, SlotOverride] | None = None,
                    dtype: torch.dtype = torch.float32, progress: Progress | None = None,
                    tokenizer: str | os.PathLike[str] | PreTrainedTokenizerBase | None = None,
                    check_finite: bool = True, quantize: str | None = None, compile: bool = False,
                    mesh: DeviceMesh | MeshDevice | None = None) -> PretrainedModel:
    """Load a ``.gguf`` file, a directory holding one, an HF directory, or a shipped model by short name.

    ``overrides`` maps slots (``attention``, ``ffn``, ``norm``, ...) to a registry name, ``pkg.mod:Class``,
    a class, ``{"module": ..., "config": {...}}`` as in spec files, or a zero-argument factory; checkpoint
    weights still load into the slots that have them.
    ``tokenizer`` replaces the checkpoint's own: a tokenizer directory, a ``.gguf`` file, or a transformers
    tokenizer. Without it, a checkpoint with no tokenizer files loads with ``.tokenizer`` None.
    ``check_finite`` refuses a weight holding NaN or infinity, naming it; ``False`` skips that scan for speed.
    ``quantize`` (``"int8"``, ``"int4"``) makes every projection that linear, quantized as the weights load;
    ``"gguf"`` keeps a GGUF file's 4-bit blocks as stored (other types load dense);
    a spec chooses per tensor group instead (``linear.ffn.down: int8``).
    ``compile`` decodes through one ``torch.compile`` graph on the torch backend (prefill stays eager): the
    first generation compiles for tens of seconds, later processes reuse inductor's cache; eager by default.
    ``mesh`` (a 1-D ``torch.distributed.device_mesh.DeviceMesh``, inside ``torchrun``) splits the model across
    its ranks (tensor parallelism): each rank builds its share of the heads and FFN features and reads only
    those parts of the checkpoint; ``model(ids)`` gives full logits and ``generate`` the same text on every rank.
    With ``device="ttnn"``, ``mesh`` is an opened 1-D ``ttnn.MeshDevice`` (one process drives every chip).
    """
    parallel = tensor_parallel_for(device, mesh) if mesh is not None else None
    if compile and not getattr(backend_for(device), "compiles_decode", False):
        raise ConfigError(f"compile=True compiles the torch backend's decode step (devices cpu, cuda); the backend "
                          f"of {device!r} runs its own way: load without compile=")
    overrides = quantized_overrides(quantize, overrides)
    path = resolve_checkpoint(path_or_name)
    checkpoint = open_checkpoint(path)
    try:
        if quantize == "gguf" and checkpoint.checkpoint_format != "gguf":
            raise ConfigError(f"quantize='gguf' keeps a GGUF file's blocks, but {path} is a "
                              f"{checkpoint.checkpoint_format} checkpoint: use quantize='int8' or 'int4'")
        chosen = _choose_tokenizer(tokenizer, checkpoint, path)  # before building: a refused checkpoint fails fast
        return_freed_memory()  # the tokenizer file's parse: Gemma 3's leaves 190 MB of freed heap resident
        if quantize == "gguf":
            overrides = gguf_table_overrides(checkpoint.spec, overrides)
        spec, factories = apply_overrides(checkpoint.spec, overrides)
        model = build_for_checkpoint(checkpoint, spec, factories, device, dtype, progress, check_finite=check_finite,
                                     tensor_parallel=parallel)
    finally:
        checkpoint.source.close()  # every weight is copied out: release the file's memory map
    model.eval()
    if model.hardware == "cpu":
        use_native_gemv(model)  # builds tttv2's kernels once per machine (about 10 s); without them, torch's linear
    model.compile_decode = compile
    return_freed_memory()  # the load's transient copies
    eos_ids = (_tokenizer_eos_ids(chosen) if chosen is not None else ()) or _checkpoint_eos_ids(checkpoint, path)
    return PretrainedModel(model=model, tokenizer=chosen, spec=spec, path=path, eos_ids=eos_ids)


QUANTIZED_LINEARS: Mapping[str, str] = {"int8": "int8", "int4": "int4", "gguf": "gguf"}
"""``load_pretrained(quantize=...)`` choices and the registered linear each one selects."""


def quantized_overrides(quantize: str | None, overrides: Mapping[str, SlotOverride] | None
                        ) -> Mapping[str, SlotOverride] | None:
    """``overrides`` with the ``linear`` slot set for ``quantize``; refuses an unknown choice or a second linear."""
    if quantize is None:
        return overrides
    if quantize not in QUANTIZED_LINEARS:
        hint = did_you_mean(close_matches(str(quantize), QUANTIZED_LINEARS, n=1))
        raise ConfigError(f"quantize={quantize!r} is not a choice{hint} (choices: None, "
                          f"{', '.join(map(repr, QUANTIZED_LINEARS))})")
    if overrides and "linear" in overrides:
        raise ConfigError("quantize= and overrides['linear'] both choose every projection: pass one of them")
    return {**(overrides or {}), "linear": QUANTIZED_LINEARS[quantize]}


def gguf_table_overrides(spec: ModelSpec, overrides: Mapping[str, SlotOverride] | None
                         ) -> Mapping[str, SlotOverride] | None:
    """``overrides`` with the spec's built-in embedding swapped for ``gguf-embedding`` with the same scale.

    The embedding table (a tied model's LM head too) then stays in the file's blocks. An embedding the caller
    overrides, or one that is not built in, is left as it is.
    """
    ref = spec.ref("embedding")
    if ref is None or (overrides and "embedding" in overrides):
        return overrides
    try:
        kind = resolve(ref.module, category="embedding", hardware="cpu", registry=default_registry).cls
    except ResolutionError:
        return overrides  # validation names the problem with the spec itself
    if kind is TokenEmbedding:
        config: dict[str, object] = {}
    elif kind is ScaledEmbedding:
        config = {"multiplier": math.sqrt(spec.dims.hidden_dim), "multiplier_in_dtype": True}
    elif kind is MultipliedEmbedding:
        config = {"multiplier": ref.config["multiplier"]}
    else:
        return overrides
    return {**(overrides or {}), "embedding": ModuleRef(module="gguf-embedding", config=config)}


def stop_strings(stop: str | Sequence[str]) -> tuple[str, ...]:
    """``stop`` as a tuple of non-empty strings: a single str is one stop string, not its characters."""
    if isinstance(stop, str):
        stop = (stop,)
    elif not isinstance(stop, Sequence):
        raise GenerationError(f"stop must be a string or a list of strings, got {type(stop).__name__}")
    for index, value in enumerate(stop):
        if not isinstance(value, str) or not value:
            raise GenerationError(f"stop[{index}] must be a non-empty string, got {value!r}")
    return tuple(stop)


def _choose_tokenizer(given: str | os.PathLike[str] | PreTrainedTokenizerBase | None, checkpoint: Checkpoint,
                      path: Path) -> PreTrainedTokenizerBase | None:
    """The tokenizer the caller gave, else the checkpoint's own, else None when it has no tokenizer files."""
    if given is None:
        return find_tokenizer(checkpoint.source.path if checkpoint.checkpoint_format == "gguf" else path)
    if isinstance(given, (str, os.PathLike)):
        return load_tokenizer(Path(given).expanduser())
    from transformers import PreTrainedTokenizerBase

    if not isinstance(given, PreTrainedTokenizerBase):
        raise GenerationError(f"tokenizer= takes a tokenizer directory or .gguf path, or a transformers tokenizer; "
                              f"got {type(given).__name__}")
    return given


def _tokenizer_eos_ids(tokenizer: PreTrainedTokenizerBase) -> tuple[int, ...]:
    eos = tokenizer.eos_token_id
    if eos is None:
        return ()
    return tuple(eos) if isinstance(eos, list) else (int(eos),)


def _checkpoint_eos_ids(checkpoint: Checkpoint, path: Path) -> tuple[int, ...]:
    """EOS ids the checkpoint's configs name: generation_config.json, then config.json, or the GGUF metadata."""
    if isinstance(checkpoint.source, GGUFSource):
        key = "tokenizer.ggml.eos_token_id"
        return _eos_value(checkpoint.source.metadata.get(key), f"{checkpoint.source.path}: {key}")
    for name in ("generation_config.json", "config.json"):
        file = path / name
        if file.is_file():
            try:
                config = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise CheckpointError(f"{file}: cannot read it as JSON: {exc}", path=file) from exc
            eos = _eos_value(config.get("eos_token_id") if isinstance(config, dict) else None, f"{file}: eos_token_id")
            if eos:
                return eos
    return ()


def _eos_value(value: object, where: str) -> tuple[int, ...]:
    """An ``eos_token_id`` setting (absent, one id or a list of ids) as a tuple; anything else names ``where``."""
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    ids = tuple(v for v in values if isinstance(v, int) and not isinstance(v, bool) and v >= 0)
    if len(ids) != len(values):
        raise CheckpointError(f"{where} must be a token id or a list of token ids, got {value!r}")
    return ids


def _stop_prefix_length(text: str, stop: Sequence[str]) -> int:
    """Length of the longest end of ``text`` that is the start of a stop string (still undecided)."""
    return max((k for s in stop for k in range(1, len(s)) if text.endswith(s[:k])), default=0)


def _stop_index(text: str, stop: Sequence[str]) -> int | None:
    found = [text.find(s) for s in stop if s and s in text]
    return min(found) if found else None
