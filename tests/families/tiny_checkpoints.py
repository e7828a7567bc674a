"""Tiny randomly initialised transformers checkpoints per family, saved as safetensors with a character tokenizer."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import torch
import transformers
from tokenizers import Tokenizer, decoders, models
from transformers import PreTrainedModel, PreTrainedTokenizerFast

SPECIALS = ["<pad>", "<bos>", "<eos>"]
CHARACTERS = list(string.ascii_letters + string.digits + string.punctuation + " ")
VOCAB = 128
"""Model and tokenizer vocabulary: three specials, 95 printable characters, 30 unused tokens."""

COMMON: Mapping[str, object] = {
    "vocab_size": VOCAB, "hidden_size": 64, "intermediate_size": 96, "num_hidden_layers": 3,
    "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 128,
    "pad_token_id": 0, "bos_token_id": 1, "eos_token_id": 2,
}


@dataclass(frozen=True)
class TinyFamily:
    """One family variant: its transformers config and model classes, and what differs from COMMON."""

    config_class: str
    model_class: str
    options: Mapping[str, object] = field(default_factory=dict)
    initializer_range: float = 0.2
    embedding_row_norm: float | None = None  # tied heads: equal row norms, or one token wins every argmax

    def build(self, seed: int = 0) -> PreTrainedModel:
        """The transformers model with seeded random weights, every parameter (norms, biases) perturbed."""
        torch.manual_seed(seed)
        config = getattr(transformers, self.config_class)(
            **{**COMMON, "initializer_range": self.initializer_range, **self.options})
        model: PreTrainedModel = getattr(transformers, self.model_class)(config).eval()
        generator = torch.Generator().manual_seed(seed + 1)
        with torch.no_grad():
            for parameter in model.parameters():
                parameter.add_(torch.randn(parameter.shape, generator=generator) * 0.1)
            if self.embedding_row_norm is not None:
                table = model.get_input_embeddings().weight
                table.copy_(table / table.norm(dim=1, keepdim=True) * self.embedding_row_norm)
        return model


SLIDING = "sliding_attention"
FULL = "full_attention"

FAMILIES: Mapping[str, TinyFamily] = {
    "llama": TinyFamily("LlamaConfig", "LlamaForCausalLM"),
    "llama-llama3-rope": TinyFamily("LlamaConfig", "LlamaForCausalLM", {"rope_parameters": {
        "rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0, "low_freq_factor": 1.0,
        "high_freq_factor": 4.0, "original_max_position_embeddings": 32}}),
    "llama-yarn-rope": TinyFamily("LlamaConfig", "LlamaForCausalLM", {"rope_parameters": {
        "rope_type": "yarn", "rope_theta": 10000.0, "factor": 4.0, "original_max_position_embeddings": 32}}),
    "llama-linear-rope": TinyFamily("LlamaConfig", "LlamaForCausalLM", {"rope_parameters": {
        "rope_type": "linear", "rope_theta": 10000.0, "factor": 3.0}}),
    "llama-tied": TinyFamily("LlamaConfig", "LlamaForCausalLM", {"tie_word_embeddings": True}),
    "llama-biases": TinyFamily("LlamaConfig", "LlamaForCausalLM", {"attention_bias": True, "mlp_bias": True}),
    "qwen2": TinyFamily("Qwen2Config", "Qwen2ForCausalLM"),
    "qwen3": TinyFamily("Qwen3Config", "Qwen3ForCausalLM", {"head_dim": 24}),  # heads * head_dim != hidden
    "mistral-window-5": TinyFamily("MistralConfig", "MistralForCausalLM", {"sliding_window": 5}),
    "gemma3-text": TinyFamily("Gemma3TextConfig", "Gemma3ForCausalLM", {
        "head_dim": 16, "num_hidden_layers": 4, "sliding_window": 4, "query_pre_attn_scalar": 24,
        "layer_types": [SLIDING, FULL, SLIDING, SLIDING],
        "rope_parameters": {SLIDING: {"rope_type": "default", "rope_theta": 10000.0},
                            FULL: {"rope_type": "linear", "rope_theta": 1000000.0, "factor": 2.0}}},
        initializer_range=0.02, embedding_row_norm=0.3),
    "gemma3-final-softcap": TinyFamily("Gemma3TextConfig", "Gemma3ForCausalLM", {
        "head_dim": 16, "sliding_window": 3, "final_logit_softcapping": 4.0,
        "layer_types": [SLIDING, SLIDING, FULL]}, initializer_range=0.02, embedding_row_norm=0.3),
}


def char_tokenizer() -> PreTrainedTokenizerFast:
    """A character-level tokenizer built offline: BPE without merges over single characters."""
    unused = [f"<unused{i}>" for i in range(VOCAB - len(SPECIALS) - len(CHARACTERS))]
    vocab = {token: index for index, token in enumerate(SPECIALS + CHARACTERS + unused)}
    backend = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    backend.decoder = decoders.Fuse()
    return PreTrainedTokenizerFast(tokenizer_object=backend, pad_token="<pad>", bos_token="<bos>", eos_token="<eos>")


def save_checkpoint(model: PreTrainedModel, directory: Path, *, with_tokenizer: bool = True,
                    max_shard_size: str | None = None) -> Path:
    """``save_pretrained`` as safetensors (sharded when ``max_shard_size`` is given), plus the tokenizer."""
    options = {"max_shard_size": max_shard_size} if max_shard_size is not None else {}
    model.save_pretrained(directory, safe_serialization=True, **options)
    if with_tokenizer:
        char_tokenizer().save_pretrained(directory)
    return directory


def prompt_ids(length: int = 11, seed: int = 0) -> list[int]:
    """Token ids of ordinary characters (no specials), seeded."""
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(len(SPECIALS), len(SPECIALS) + len(CHARACTERS), (length,), generator=generator).tolist()
