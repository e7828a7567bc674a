"""Tiny random transformers checkpoints for parity checks: seeded, every parameter perturbed, a character tokenizer.

transformers and tokenizers are imported inside the functions that need them, so importing
``tttv2.testing`` (the pytest plugin does) stays cheap.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import torch

from tttv2.families.base import ParityConfig

if TYPE_CHECKING:
    from transformers import PretrainedConfig, PreTrainedModel, PreTrainedTokenizerFast

SPECIALS = ("<pad>", "<bos>", "<eos>")
CHARACTERS = tuple(string.ascii_letters + string.digits + string.punctuation + " ")
VOCAB = 128
"""Model and tokenizer vocabulary: three specials, 95 printable characters, 30 unused tokens."""

COMMON: Mapping[str, object] = MappingProxyType({
    "vocab_size": VOCAB, "hidden_size": 64, "intermediate_size": 96, "num_hidden_layers": 3,
    "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 128,
    "pad_token_id": 0, "bos_token_id": 1, "eos_token_id": 2,
})
"""Small dimensions every parity config starts from; a config's ``options`` override any of them."""

PERTURBATION = 0.1
"""Standard deviation of the noise added to every parameter, so ones-initialised norms and zero biases matter."""


def tiny_config(config: ParityConfig, model_type: str) -> PretrainedConfig:
    """The transformers config of ``model_type`` with :data:`COMMON` sizes and the parity config's options."""
    from transformers import AutoConfig

    return AutoConfig.for_model(model_type, **{**COMMON, "initializer_range": config.initializer_range,
                                               **config.options})


def tiny_model(config: ParityConfig, model_type: str, seed: int = 0) -> PreTrainedModel:
    """The causal-LM transformers model of ``model_type`` for ``config``: seeded weights, every parameter perturbed."""
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    model: PreTrainedModel = AutoModelForCausalLM.from_config(  # type: ignore[no-untyped-call]  # untyped library
        tiny_config(config, model_type)).eval()
    return perturb(model, seed, config.embedding_row_norm)


def perturb(model: PreTrainedModel, seed: int, embedding_row_norm: float | None = None) -> PreTrainedModel:
    """Add seeded noise to every parameter (norm scales, biases too), so each feature changes the logits.

    ``embedding_row_norm`` rescales every embedding row to that norm: with a tied head, unequal row
    norms let one token win every argmax.
    """
    generator = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.add_(torch.randn(parameter.shape, generator=generator) * PERTURBATION)
        if embedding_row_norm is not None:
            table = model.get_input_embeddings().weight
            assert isinstance(table, torch.Tensor)
            table.copy_(table / table.norm(dim=1, keepdim=True) * embedding_row_norm)
    return model


def char_tokenizer() -> PreTrainedTokenizerFast:
    """A character-level tokenizer built offline: BPE without merges over single characters."""
    from tokenizers import Tokenizer, decoders, models
    from transformers import PreTrainedTokenizerFast

    unused = [f"<unused{i}>" for i in range(VOCAB - len(SPECIALS) - len(CHARACTERS))]
    vocab = {token: index for index, token in enumerate([*SPECIALS, *CHARACTERS, *unused])}
    backend = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    backend.decoder = decoders.Fuse()
    return PreTrainedTokenizerFast(  # type: ignore[no-untyped-call]  # untyped library
        tokenizer_object=backend, pad_token="<pad>", bos_token="<bos>", eos_token="<eos>")


def save_checkpoint(model: PreTrainedModel, directory: Path, *, with_tokenizer: bool = True,
                    max_shard_size: str | None = None) -> Path:
    """``save_pretrained`` as safetensors (sharded when ``max_shard_size`` is given), plus the character tokenizer."""
    if max_shard_size is None:
        model.save_pretrained(directory)
    else:
        model.save_pretrained(directory, max_shard_size=max_shard_size)
    if with_tokenizer:
        char_tokenizer().save_pretrained(directory)
    return directory


@contextmanager
def quiet_transformers() -> Iterator[None]:
    """Without transformers' progress bars (``Writing model shards``) and its advice on tiny configs inside the
    block; both restored after it. Errors still show."""
    from transformers.utils import logging

    shown, verbosity = logging.is_progress_bar_enabled(), logging.get_verbosity()
    logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # untyped library
    logging.set_verbosity_error()  # type: ignore[no-untyped-call]  # untyped library
    try:
        yield
    finally:
        logging.set_verbosity(verbosity)
        if shown:
            logging.enable_progress_bar()  # type: ignore[no-untyped-call]  # untyped library


def prompt_ids(length: int = 11, seed: int = 0) -> list[int]:
    """Token ids of ordinary characters (no specials), seeded."""
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(len(SPECIALS), len(SPECIALS) + len(CHARACTERS), (length,), generator=generator).tolist()
