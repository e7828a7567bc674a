"""Parity with transformers of a GGUF file written here with llama.cpp's own tensor names (independently of the
family's weight tables), for the families whose ``check_family`` GGUF copy is derived from those tables.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import numpy as np
import torch
from gguf import MODEL_ARCH_NAMES, GGUFWriter, get_tensor_name_map
from transformers import PreTrainedModel

from tttv2.model import DecoderModel
from tttv2.modules import StaticKVCache
from tttv2.testing import pearson
from tttv2.testing.compare import DEFAULT_PCC
from tttv2.testing.family_check import PROMPT_LENGTH
from tttv2.testing.tiny_checkpoints import prompt_ids

from .family_parity import ATOL, RTOL, assert_same_greedy_tokens, hf_greedy, llama_cpp_permute


def assert_logits_match(ours: DecoderModel, hf: PreTrainedModel, ids: list[int]) -> None:
    """PCC >= DEFAULT_PCC at every position, the same argmax at every position, and elementwise closeness."""
    tokens = torch.tensor([ids])
    with torch.no_grad():
        expected = hf(tokens).logits[0]
        actual = ours(tokens)[0]
    for position in range(len(ids)):
        assert pearson(actual[position], expected[position]) >= DEFAULT_PCC, f"position {position}"
    assert actual.argmax(-1).tolist() == expected.argmax(-1).tolist()
    torch.testing.assert_close(actual, expected, atol=ATOL, rtol=RTOL)


def assert_cached_decode_matches_full_forward(model: DecoderModel, ids: list[int], new_tokens: list[int]) -> None:
    """Prefill ``ids``, then decode ``new_tokens`` one at a time: each step's logits equal the full forward's."""
    sequence = ids + new_tokens
    dims = model.spec.dims
    cache = StaticKVCache(num_layers=dims.num_layers, batch_size=1, num_kv_heads=dims.num_kv_heads,
                          head_dim=dims.head_dim, capacity=len(sequence), windows=model.windows())
    with torch.no_grad():
        full = model(torch.tensor([sequence]))[0]
        steps = [model(torch.tensor([ids]), positions=torch.arange(len(ids))[None], cache=cache)[0]]
        for index, token in enumerate(new_tokens, start=len(ids)):
            steps.append(model(torch.tensor([[token]]), positions=torch.tensor([[index]]), cache=cache)[0])
    torch.testing.assert_close(torch.cat(steps), full, atol=ATOL, rtol=RTOL)


def check_against_transformers(ours: DecoderModel, hf: PreTrainedModel, seed: int = 1) -> None:
    """Every comparison of the issue's bar on seeded prompts: logits, 12 greedy tokens, cached decode."""
    ids = prompt_ids(PROMPT_LENGTH, seed=seed)
    assert_logits_match(ours, hf, ids)
    assert_same_greedy_tokens(ours, hf, prompt_ids(PROMPT_LENGTH, seed=seed + 1))
    assert_cached_decode_matches_full_forward(ours, ids, hf_greedy(hf, ids))


@attrs.frozen
class GGUFLayout:
    """How llama.cpp's converter stores one architecture: extra metadata and per-tensor changes."""

    architecture: str
    metadata: Mapping[str, str | int | float] = attrs.field(factory=dict)  # keys after "{architecture}."
    permute_rotary_rows: bool = False  # Llama-style (interleaved) rotary rows for Q and K
    norm_offset: float = 0.0  # added to every norm scale (Gemma's (1 + w))


def write_gguf_from_hf(hf: PreTrainedModel, path: str, layout: GGUFLayout) -> str:
    """``hf``'s weights as a float32 GGUF file with llama.cpp's tensor names (from gguf's own name map)."""
    config = hf.config
    arch = layout.architecture
    writer = GGUFWriter(path, arch=arch)
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    writer.add_vocab_size(config.vocab_size)
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_key_length(head_dim)
    writer.add_value_length(head_dim)
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    writer.add_rope_freq_base(config.rope_parameters["rope_theta"])
    for key, value in layout.metadata.items():
        if isinstance(value, str):
            writer.add_string(f"{arch}.{key}", value)
        elif isinstance(value, int):
            writer.add_uint32(f"{arch}.{key}", value)
        else:
            writer.add_float32(f"{arch}.{key}", value)
    names = get_tensor_name_map(next(a for a, n in MODEL_ARCH_NAMES.items() if n == arch), config.num_hidden_layers)
    for name, tensor in hf.state_dict().items():
        if name == "lm_head.weight" and config.tie_word_embeddings:
            continue
        base, suffix = name.rsplit(".", 1)
        values = tensor.detach().float()
        if layout.permute_rotary_rows and base.endswith(("q_proj", "k_proj")):
            heads = config.num_attention_heads if base.endswith("q_proj") else config.num_key_value_heads
            values = llama_cpp_permute(values, heads)
        if base.endswith("norm"):
            values = values + layout.norm_offset
        writer.add_tensor(f"{names.get_name(base)}.{suffix}", values.numpy().astype(np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
