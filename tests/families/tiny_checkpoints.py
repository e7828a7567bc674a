"""The built-in families' parity configs as tiny random transformers checkpoints, by config name, for other tests.

The building itself lives in :mod:`tttv2.testing.tiny_checkpoints`; this module keeps the names tests import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import transformers
from transformers import CONFIG_MAPPING, PreTrainedModel
from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

from tttv2.families.base import ParityConfig
from tttv2.protocols import Family
from tttv2.registry import default_registry
from tttv2.testing.tiny_checkpoints import COMMON, VOCAB, char_tokenizer, perturb, prompt_ids, save_checkpoint

__all__ = ["COMMON", "FAMILIES", "VOCAB", "TinyFamily", "char_tokenizer", "prompt_ids", "save_checkpoint"]


@dataclass(frozen=True)
class TinyFamily:
    """One family variant: its transformers config and model classes, and what differs from COMMON."""

    config_class: str
    model_class: str
    options: Mapping[str, object] = field(default_factory=dict)
    initializer_range: float = 0.2
    embedding_row_norm: float | None = None  # tied heads: equal row norms, or one token wins every argmax

    @classmethod
    def of(cls, config: ParityConfig, model_type: str) -> TinyFamily:
        """The recipe of a family's parity config, with its model type's transformers classes."""
        return cls(CONFIG_MAPPING[model_type].__name__, MODEL_FOR_CAUSAL_LM_MAPPING_NAMES[model_type],
                   dict(config.options), config.initializer_range, config.embedding_row_norm)

    def build(self, seed: int = 0) -> PreTrainedModel:
        """The transformers model with seeded random weights, every parameter (norms, biases) perturbed."""
        import torch

        torch.manual_seed(seed)
        config = getattr(transformers, self.config_class)(
            **{**COMMON, "initializer_range": self.initializer_range, **self.options})
        model: PreTrainedModel = getattr(transformers, self.model_class)(config).eval()
        return perturb(model, seed, self.embedding_row_norm)


def _built_in_variants() -> dict[str, TinyFamily]:
    variants: dict[str, TinyFamily] = {}
    for info in default_registry.list_modules(category="family"):
        family = info.cls()
        assert isinstance(family, Family)
        for config in getattr(family, "parity_configs", ()):
            variants[config.name] = TinyFamily.of(config, config.model_type or family.hf_model_types[0])
    return variants


FAMILIES: Mapping[str, TinyFamily] = _built_in_variants()
"""Every registered family's parity configs by name (``llama``, ``llama-tied``, ``gemma3-text``, ...)."""
