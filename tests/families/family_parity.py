"""Parity of a loaded tttv2 model with its transformers original: logits, greedy tokens and cached decode.

Also the GGUF side: writing a tiny GGUF file from a transformers model's tensors, under llama.cpp's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import torch
from gguf import GGUFWriter
from torch import Tensor
from transformers import PreTrainedModel

from tttv2.backend import backend_for
from tttv2.generation import SamplingSettings, generate_ids
from tttv2.loading import apply_overrides, build_for_checkpoint, open_checkpoint
from tttv2.model import DecoderModel
from tttv2.spec import ModelSpec
from tttv2.testing.family_check import MIN_DISTINCT_TOKENS, NEW_TOKENS
from tttv2.testing.family_check import PROMPT_LENGTH as PROMPT_LENGTH  # re-exported for the family tests

ATOL, RTOL = 1e-4, 1e-4  # fp32 both sides, logits up to ~10; the attention and rotary reductions differ in order
MIN_PCC = 0.9999


def pcc(a: Tensor, b: Tensor) -> float:
    return float(torch.corrcoef(torch.stack((a.flatten().double(), b.flatten().double())))[0, 1])


def full_logits(model: DecoderModel | PreTrainedModel, ids: list[int]) -> Tensor:
    with torch.no_grad():
        if isinstance(model, DecoderModel):
            return model(torch.tensor([ids]))[0]
        return model(torch.tensor([ids])).logits[0]


def assert_same_logits(ours: DecoderModel, hf: PreTrainedModel, ids: list[int]) -> None:
    """PCC over every position, the same argmax at every position, and elementwise closeness."""
    expected, actual = full_logits(hf, ids), full_logits(ours, ids)
    assert pcc(actual, expected) >= MIN_PCC
    assert actual.argmax(-1).tolist() == expected.argmax(-1).tolist()
    torch.testing.assert_close(actual, expected, atol=ATOL, rtol=RTOL)


def hf_greedy(hf: PreTrainedModel, ids: list[int], new_tokens: int = NEW_TOKENS) -> list[int]:
    with torch.no_grad():
        out = hf.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=new_tokens, eos_token_id=None,
                          pad_token_id=0)
    return [int(t) for t in out[0, len(ids):]]


def assert_same_greedy_tokens(ours: DecoderModel, hf: PreTrainedModel, ids: list[int]) -> None:
    expected = hf_greedy(hf, ids)
    assert len(set(expected)) >= MIN_DISTINCT_TOKENS  # a model stuck on one token would hide cache and window bugs
    steps = generate_ids(ours, [ids], max_new_tokens=NEW_TOKENS, settings=SamplingSettings())
    assert [int(t[0]) for t in steps] == expected


def assert_cached_decode_matches_full_forward(model: DecoderModel, ids: list[int], prefix: int) -> None:
    """Prefill ``ids[:prefix]``, then feed the rest one token at a time: each step's logits equal the full pass's."""
    steps = backend_for("cpu").start_generation(model, [ids[:prefix]], capacity=len(ids), pad_id=0)
    full = full_logits(model, ids)
    with torch.no_grad():
        stepped = [steps.prefill()[0]] + [steps.decode(torch.tensor([token]))[0] for token in ids[prefix:]]
    torch.testing.assert_close(torch.stack(stepped), full[prefix - 1:], atol=ATOL, rtol=RTOL)


def load(directory: Path, spec: ModelSpec | None = None) -> DecoderModel:
    """The checkpoint built through the lower-level API (no tokenizer needed), optionally with a changed spec."""
    checkpoint = open_checkpoint(directory)
    chosen, factories = apply_overrides(spec if spec is not None else checkpoint.spec, None)
    return build_for_checkpoint(checkpoint, chosen, factories, "cpu", torch.float32).eval()


def write_gguf(path: Path, architecture: str, metadata: Mapping[str, object], tensors: Mapping[str, Tensor]) -> Path:
    """A GGUF file written with gguf's own writer: ``metadata`` keys as given, ``tensors`` as float32."""
    writer = GGUFWriter(path, arch=architecture)
    for key, value in metadata.items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        elif isinstance(value, float):
            writer.add_float32(key, value)
        else:
            writer.add_string(key, str(value))
    for name, tensor in tensors.items():
        writer.add_tensor(name, np.ascontiguousarray(tensor.detach().float().numpy()))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def llama_cpp_permute(weight: Tensor, heads: int) -> Tensor:
    """llama.cpp's converter order for Q/K rows (LlamaModel.permute): each head's rotate-half halves interleaved."""
    return (weight.reshape(heads, 2, weight.shape[0] // heads // 2, *weight.shape[1:])
            .swapaxes(1, 2).reshape(weight.shape))


def base_metadata(architecture: str, hf: PreTrainedModel) -> dict[str, object]:
    """The size keys llama.cpp's converter writes for every text model, from the transformers config."""
    config = hf.config
    return {f"{architecture}.{key}": value for key, value in {
        "vocab_size": config.vocab_size, "context_length": config.max_position_embeddings,
        "embedding_length": config.hidden_size, "feed_forward_length": config.intermediate_size,
        "block_count": config.num_hidden_layers, "attention.head_count": config.num_attention_heads,
        "attention.head_count_kv": config.num_key_value_heads,
        "rope.freq_base": float(config.rope_parameters["rope_theta"]),
    }.items()}
