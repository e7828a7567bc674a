"""``check_family``: a registered family's tiny random checkpoints, loaded through ``load_pretrained``, against
transformers: logits, greedy tokens and cached decode, naming the first diverging stage on failure.

A family declares ``parity_configs`` (a tuple of :class:`~tttv2.families.base.ParityConfig`); each one
becomes a transformers model of the family's own config class, saved as safetensors (and, where the
family names a GGUF architecture, as GGUF) and loaded by tttv2 with only that family answering to its
model type, so the family under test is the one that loads it.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import torch
from torch import Tensor

from tttv2.backend import backend_for
from tttv2.errors import TTTError
from tttv2.families.base import ParityConfig
from tttv2.generation import SamplingSettings, generate_ids
from tttv2.model import DecoderModel
from tttv2.pretrained import load_pretrained
from tttv2.protocols import Family
from tttv2.registry import ModuleMetadata, Registry, current_registry, use_registry
from tttv2.suggestions import close_matches, did_you_mean
from tttv2.testing.compare import DEFAULT_PCC
from tttv2.testing.family_gguf import GGUFUnavailable, write_parity_gguf
from tttv2.testing.family_report import ConfigResult, FamilyReport, ParityCheck
from tttv2.testing.family_stages import first_divergence, stage_pccs
from tttv2.testing.numerics import Tolerance, closeness, pearson
from tttv2.testing.tiny_checkpoints import prompt_ids, quiet_transformers, save_checkpoint, tiny_model

if TYPE_CHECKING:
    from transformers import PreTrainedModel

PROMPT_LENGTH = 11
"""Prompt tokens: odd, and longer than the sliding windows parity configs use, so windows matter."""
NEW_TOKENS = 12
"""Greedy tokens compared with transformers' ``generate``; decoding them wraps small ring caches."""
MIN_DISTINCT_TOKENS = 3
"""A greedy continuation with fewer distinct tokens is a config too weak to catch cache or window bugs."""
DECODE_HEADROOM = 16
"""Rounding steps allowed per sqrt(reduction length) per layer in the cached-decode tolerance."""


class FamilyCheckError(TTTError, ValueError):
    """``check_family`` cannot run: the name is no family, or the family declares no parity configs."""


def check_family(name: str, *, configs: Sequence[str] | None = None, gguf: bool = True, seed: int = 0,
                 registry: Registry | None = None) -> FamilyReport:
    """Check the family registered as ``name`` against transformers on each of its ``parity_configs``.

    Per config: PCC >= 0.9999 of the logits at every position, the same argmax at every position,
    :data:`NEW_TOKENS` greedy tokens equal to transformers' ``generate``, and a cached decode (prefill,
    then one token at a time) equal to the full forward within :func:`decode_tolerance`. With ``gguf``
    and a family that names a GGUF architecture, the same checkpoint is also written as GGUF and checked.
    ``configs`` picks parity configs by name (default: all); ``seed`` seeds the weights and prompts;
    ``registry`` defaults to the current one.
    Returns a :class:`FamilyReport`; raises :class:`FamilyCheckError` when the family declares no configs.
    """
    registry = registry if registry is not None else current_registry()
    info = _family_info(registry, name)
    family = info.cls()
    assert isinstance(family, Family)  # registration checked the family contract
    chosen = _chosen(info.name, _parity_configs(info.name, family), configs)
    alone = _only_family_answering(registry, info.name, family)
    results: list[ConfigResult] = []
    with use_registry(alone), quiet_transformers():
        for config in chosen:
            results += _check_config(family, config, seed, gguf)
    return FamilyReport(info.name, tuple(results))


def decode_tolerance(dtype: torch.dtype, reduction_length: int, num_layers: int) -> Tolerance:
    """How far cached-decode logits may stray from the full forward's: both compute the same sums in another order.

    Each reduction of ``n`` terms rounds by about ``eps * sqrt(n)``; every layer adds its own, so the
    bound is ``DECODE_HEADROOM * eps * sqrt(n) * (num_layers + 1)``, absolute and relative.
    """
    bound = DECODE_HEADROOM * torch.finfo(dtype).eps * math.sqrt(reduction_length) * (num_layers + 1)
    return Tolerance(bound, bound, f"{dtype}: sums of up to {reduction_length} terms in another order, over "
                                   f"{num_layers} layers")


def _family_info(registry: Registry, name: str) -> ModuleMetadata:
    """The family registered as ``name`` (or an alias); an error with the close family names otherwise."""
    families = registry.list_modules(category="family")
    info = registry.find(name)
    if info is not None and info.category == "family":
        return info
    known = [each for f in families for each in (f.name, *f.aliases)]
    what = f"{name!r} is a {info.category!r} module, not a family" if info is not None else f"no family {name!r}"
    raise FamilyCheckError(f"{what}{did_you_mean(close_matches(name, known))} (families: "
                           f"{', '.join(f.name for f in families) or 'none registered'})")


def _parity_configs(name: str, family: Family) -> tuple[ParityConfig, ...]:
    configs = getattr(family, "parity_configs", ())
    if not configs:
        raise FamilyCheckError(
            f"family {name!r} ({type(family).__module__}:{type(family).__qualname__}) declares no parity_configs: "
            "add `parity_configs: tuple[ParityConfig, ...] = (ParityConfig(\"<name>\", {<config options>}), ...)` "
            "to the class (from tttv2.families.base import ParityConfig), with small configs of its transformers "
            "config class that exercise each of its features")
    if not all(isinstance(c, ParityConfig) for c in configs):
        raise FamilyCheckError(f"family {name!r}: parity_configs must be a tuple of ParityConfig, got {configs!r}")
    names = [c.name for c in configs]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise FamilyCheckError(f"family {name!r}: parity config names must be unique; repeated: {', '.join(repeated)}")
    return tuple(configs)


def _chosen(family: str, declared: tuple[ParityConfig, ...], names: Sequence[str] | None) -> tuple[ParityConfig, ...]:
    if names is None:
        return declared
    known = [c.name for c in declared]
    if not names:
        raise FamilyCheckError(f"family {family!r}: configs is empty; name some of {', '.join(known)}, or pass None "
                               "for all")
    unknown = [n for n in names if n not in known]
    if unknown:
        raise FamilyCheckError(f"family {family!r} declares no parity config {unknown[0]!r}"
                               f"{did_you_mean(close_matches(unknown[0], known))} (declared: {', '.join(known)})")
    return tuple(c for c in declared if c.name in names)


def _only_family_answering(registry: Registry, name: str, family: Family) -> Registry:
    """A copy of ``registry`` without the families other than ``name`` that answer to its model types or architectures."""
    alone = registry.copy()
    for other in alone.list_modules(category="family"):
        if other.name == name:
            continue
        rival = other.cls()
        if (set(getattr(rival, "hf_model_types", ())) & set(family.hf_model_types)
                or set(getattr(rival, "gguf_architectures", ())) & set(family.gguf_architectures)):
            alone.unregister(other.name)
    return alone


@attrs.frozen
class _Expected:
    """transformers' side of one config, computed once for every format: the prompt's logits and greedy tokens."""

    reference: PreTrainedModel
    ids: list[int]
    logits: Tensor
    greedy: list[int]

    @classmethod
    def of(cls, reference: PreTrainedModel, seed: int) -> _Expected:
        ids = prompt_ids(PROMPT_LENGTH, seed=seed + 1)
        with torch.no_grad():
            logits = reference(torch.tensor([ids])).logits[0]
        return cls(reference, ids, logits, _transformers_greedy(reference, ids))


def _check_config(family: Family, config: ParityConfig, seed: int, gguf: bool) -> list[ConfigResult]:
    model_type = config.model_type or (family.hf_model_types[0] if family.hf_model_types else "")
    if model_type not in family.hf_model_types:
        why = (f"model_type {model_type!r} is not among the family's hf_model_types "
               f"({', '.join(family.hf_model_types) or 'none'}), so another family would load it")
        return [ConfigResult(config.name, model_type, "safetensors", error=why)]
    try:
        expected = _Expected.of(tiny_model(config, model_type, seed), seed)
    except Exception as exc:  # the config's options are the family author's: report, do not crash the run
        return [ConfigResult(config.name, model_type, "safetensors", error=f"building the transformers model: {exc}")]
    with tempfile.TemporaryDirectory(prefix=f"tttv2-parity-{config.name}-") as scratch:
        directory = save_checkpoint(expected.reference, Path(scratch) / "hf")
        result, loaded = _check_load(config.name, model_type, "safetensors", str(directory), None, expected)
        results = [result]
        if gguf and family.gguf_architectures and loaded is not None:
            results.append(_check_gguf(family, config.name, model_type, directory, loaded, expected))
    return results


def _check_gguf(family: Family, config: str, model_type: str, directory: Path, loaded: DecoderModel,
                expected: _Expected) -> ConfigResult:
    path = directory.parent / f"{config}.gguf"
    try:
        write_parity_gguf(family, directory, loaded, path)
    except GGUFUnavailable as exc:
        return ConfigResult(config, model_type, "gguf", skipped=str(exc))
    return _check_load(config, model_type, "gguf", str(path), directory, expected)[0]


def _check_load(config: str, model_type: str, checkpoint_format: str, path: str, tokenizer: Path | None,
                expected: _Expected) -> tuple[ConfigResult, DecoderModel | None]:
    try:
        ours = load_pretrained(path, tokenizer=tokenizer).model
    except Exception as exc:  # a family's own loading error is the finding: name it in the report
        error = f"load_pretrained: {type(exc).__name__}: {exc}"
        return ConfigResult(config, model_type, checkpoint_format, error=error), None
    checks, figures = _compare(ours, expected)
    divergence: str | None = None
    pccs: tuple[tuple[str, float], ...] = ()
    if not all(c.passed for c in checks):
        pccs = stage_pccs(ours, expected.reference, torch.tensor([expected.ids]))
        divergence = first_divergence(pccs, DEFAULT_PCC) or ("cached decode" if not checks[-1].passed else None)
    return ConfigResult(config, model_type, checkpoint_format, tuple(checks), figures, divergence, pccs), ours


def _compare(ours: DecoderModel, expected: _Expected) -> tuple[list[ParityCheck], dict[str, float]]:
    """The four checks on one prompt: its logits, its greedy continuation, and that continuation decoded with a cache."""
    ids, theirs = expected.ids, expected.greedy
    with torch.no_grad():
        actual = ours(torch.tensor([ids]))[0]
    pccs = [pearson(a, e) for a, e in zip(actual, expected.logits, strict=True)]
    worst = min(range(len(pccs)), key=pccs.__getitem__)
    max_error = float((actual - expected.logits).abs().max())
    logits = ParityCheck("logits", pccs[worst] >= DEFAULT_PCC,
                         f"min PCC {pccs[worst]:.6f} (position {worst} of {len(ids)}), max abs error {max_error:.2g}")
    agree = actual.argmax(-1) == expected.logits.argmax(-1)
    disagree = [int(i) for i in torch.nonzero(~agree).flatten()]
    argmax = ParityCheck("argmax", not disagree, f"{int(agree.sum())}/{len(ids)} positions agree"
                         + (f" (first differs at position {disagree[0]})" if disagree else ""))
    mine = [int(t[0]) for t in generate_ids(ours, [ids], max_new_tokens=NEW_TOKENS, settings=SamplingSettings())]
    greedy = _greedy_check(mine, theirs)
    decode, decode_error, tolerance = _cached_decode_check(ours, ids, theirs)
    same = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b), min(len(mine), len(theirs)))
    figures = {"min_pcc": pccs[worst], "max_abs_error": max_error, "argmax_agreeing": float(agree.sum()),
               "positions": float(len(ids)), "greedy_agreeing": float(same), "new_tokens": float(len(theirs)),
               "decode_max_error": decode_error, "decode_tolerance": tolerance}
    return [logits, argmax, greedy, decode], figures


def _transformers_greedy(reference: PreTrainedModel, ids: list[int]) -> list[int]:
    with torch.no_grad():
        out = reference.generate(  # type: ignore[operator]  # transformers types generate through nn.Module
            torch.tensor([ids]), do_sample=False, max_new_tokens=NEW_TOKENS, eos_token_id=None, pad_token_id=0)
    return [int(t) for t in out[0, len(ids):]]


def _greedy_check(mine: Sequence[int], theirs: Sequence[int]) -> ParityCheck:
    if len(set(theirs)) < MIN_DISTINCT_TOKENS:
        return ParityCheck("greedy", False, f"transformers' continuation {list(theirs)} has under {MIN_DISTINCT_TOKENS} "
                           "distinct tokens: the config cannot catch cache or window bugs (raise initializer_range, "
                           "or set embedding_row_norm for a tied head)")
    differ = next((i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b), None)
    if differ is None and len(mine) == len(theirs):
        return ParityCheck("greedy", True, f"{len(theirs)}/{len(theirs)} tokens agree")
    at = differ if differ is not None else min(len(mine), len(theirs))
    return ParityCheck("greedy", False, f"{at}/{len(theirs)} tokens agree, then tttv2 gives "
                       f"{list(mine[at:at + 3])} where transformers gives {list(theirs[at:at + 3])}")


def _cached_decode_check(model: DecoderModel, prompt: list[int],
                         continuation: list[int]) -> tuple[ParityCheck, float, float]:
    """Prefill ``prompt``, then feed ``continuation`` one token at a time: each step's logits equal the full forward's."""
    sequence = prompt + continuation
    dims = model.spec.dims
    steps = backend_for(model.hardware).start_generation(model, [prompt], capacity=len(sequence), pad_id=0)
    with torch.no_grad():
        full = model(torch.tensor([sequence]))[0, len(prompt) - 1:]
        stepped = torch.stack([steps.prefill()[0], *(steps.decode(torch.tensor([t]))[0] for t in continuation)])
    tolerance = decode_tolerance(full.dtype, max(dims.hidden_dim, dims.intermediate_dim, len(sequence)),
                                 dims.num_layers)
    passed, message = closeness(stepped, full, tolerance, axes=("step", "vocab"))
    error = float((stepped - full).abs().max())
    return ParityCheck("cached decode", passed, f"{len(continuation)} steps after a {len(prompt)}-token prefill: "
                       f"{message}"), error, tolerance.atol
