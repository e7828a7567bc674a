"""A GGUF file written from a saved tiny MoE checkpoint (Mixtral or Qwen3-MoE) with llama.cpp's tensor names.

Names come from ``gguf.constants`` (what llama.cpp reads), not from tttv2's tables, so a wrong name on either
side fails the load. Experts are written stacked (``ffn_gate_exps``, llama.cpp's form since 2024) or one tensor
per expert (``ffn_gate.{e}``, the form of early Mixtral conversions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

import torch
from gguf import GGMLQuantizationType, GGUFWriter
from gguf.constants import MODEL_TENSOR, TENSOR_NAMES
from gguf.quants import quantize
from safetensors.torch import load_file

PER_EXPERT = "blk.{bid}.ffn_{proj}.{xid}"
"""llama.cpp's per-expert name (LLM_TENSOR_FFN_*_EXP in early 2024), absent from today's gguf.constants."""

_ATTENTION = {"q_proj": MODEL_TENSOR.ATTN_Q, "k_proj": MODEL_TENSOR.ATTN_K, "v_proj": MODEL_TENSOR.ATTN_V,
              "o_proj": MODEL_TENSOR.ATTN_OUT, "q_norm": MODEL_TENSOR.ATTN_Q_NORM, "k_norm": MODEL_TENSOR.ATTN_K_NORM}
_DENSE = {"gate_proj": MODEL_TENSOR.FFN_GATE, "up_proj": MODEL_TENSOR.FFN_UP, "down_proj": MODEL_TENSOR.FFN_DOWN}
_STACKED = {"gate": MODEL_TENSOR.FFN_GATE_EXP, "up": MODEL_TENSOR.FFN_UP_EXP, "down": MODEL_TENSOR.FFN_DOWN_EXP}
_EXPERT_PROJECTIONS = {"w1": "gate", "w3": "up", "w2": "down", "gate_proj": "gate", "up_proj": "up",
                       "down_proj": "down"}


def write_moe_gguf(checkpoint: Path, path: Path, *, arch: str, stacked: bool,
                   extra_metadata: Mapping[str, object] | None = None,
                   experts_as: GGMLQuantizationType | None = None) -> Path:
    """``checkpoint`` (an HF directory saved by ``save_pretrained``) as a GGUF file of architecture ``arch``;
    ``experts_as`` quantizes the expert tensors (the router stays F32, as llama.cpp keeps it)."""
    config = json.loads((checkpoint / "config.json").read_text())
    weights = load_file(checkpoint / "model.safetensors")
    writer = GGUFWriter(path, arch=arch)
    for key, value in {**_metadata(config, arch), **(extra_metadata or {})}.items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        else:
            writer.add_float32(key, float(value))  # type: ignore[arg-type]  # only numbers are written
    for name, tensor in _tensors(weights, config, permute_rotary=arch == "llama", stacked=stacked).items():
        values = tensor.float().numpy()
        if experts_as is not None and name.endswith("_exps.weight"):
            writer.add_tensor(name, quantize(values, experts_as), raw_dtype=experts_as)
        else:
            writer.add_tensor(name, values)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _metadata(config: Mapping[str, object], arch: str) -> dict[str, object]:
    experts = config.get("num_local_experts", config.get("num_experts"))
    rope = config["rope_parameters"]
    assert isinstance(rope, Mapping)
    heads = config["num_attention_heads"]
    assert isinstance(heads, int) and isinstance(config["hidden_size"], int)
    metadata: dict[str, object] = {
        f"{arch}.vocab_size": config["vocab_size"], f"{arch}.context_length": config["max_position_embeddings"],
        f"{arch}.embedding_length": config["hidden_size"], f"{arch}.block_count": config["num_hidden_layers"],
        f"{arch}.feed_forward_length": config["intermediate_size"], f"{arch}.attention.head_count": heads,
        f"{arch}.attention.head_count_kv": config["num_key_value_heads"],
        f"{arch}.attention.key_length": config.get("head_dim") or config["hidden_size"] // heads,
        f"{arch}.attention.layer_norm_rms_epsilon": config["rms_norm_eps"], f"{arch}.rope.freq_base": rope["rope_theta"],
        f"{arch}.expert_count": experts, f"{arch}.expert_used_count": config["num_experts_per_tok"],
    }
    if config.get("sliding_window") is not None:
        metadata[f"{arch}.attention.sliding_window"] = config["sliding_window"]
    if "moe_intermediate_size" in config:
        metadata[f"{arch}.expert_feed_forward_length"] = config["moe_intermediate_size"]
    return metadata


def _tensors(weights: Mapping[str, torch.Tensor], config: Mapping[str, object], *, permute_rotary: bool,
             stacked: bool) -> dict[str, torch.Tensor]:
    heads, kv_heads = config["num_attention_heads"], config["num_key_value_heads"]
    assert isinstance(heads, int) and isinstance(kv_heads, int)
    out = {TENSOR_NAMES[MODEL_TENSOR.TOKEN_EMBD] + ".weight": weights["model.embed_tokens.weight"],
           TENSOR_NAMES[MODEL_TENSOR.OUTPUT_NORM] + ".weight": weights["model.norm.weight"],
           TENSOR_NAMES[MODEL_TENSOR.OUTPUT] + ".weight": weights["lm_head.weight"]}
    experts: dict[tuple[int, str], dict[int, torch.Tensor]] = {}
    for name, tensor in weights.items():
        found = re.fullmatch(r"model\.layers\.(\d+)\.(.+)\.weight", name)
        if found is None:
            continue
        bid, rest = int(found[1]), found[2]
        block, _, leaf = rest.rpartition(".")
        if rest == "input_layernorm":
            out[_name(MODEL_TENSOR.ATTN_NORM, bid)] = tensor
        elif rest == "post_attention_layernorm":
            out[_name(MODEL_TENSOR.FFN_NORM, bid)] = tensor
        elif block == "self_attn":
            if permute_rotary and leaf in ("q_proj", "k_proj"):
                tensor = _permute(tensor, heads if leaf == "q_proj" else kv_heads)
            out[_name(_ATTENTION[leaf], bid)] = tensor
        elif leaf == "gate" and block in ("mlp", "block_sparse_moe"):
            out[_name(MODEL_TENSOR.FFN_GATE_INP, bid)] = tensor
        elif block == "mlp":
            out[_name(_DENSE[leaf], bid)] = tensor
        else:
            expert = re.fullmatch(r"(?:mlp|block_sparse_moe)\.experts\.(\d+)", block)
            assert expert is not None, name
            experts.setdefault((bid, _EXPERT_PROJECTIONS[leaf]), {})[int(expert[1])] = tensor
    for (bid, proj), by_expert in experts.items():
        if stacked:
            out[_name(_STACKED[proj], bid)] = torch.stack([by_expert[e] for e in sorted(by_expert)])
        else:
            out |= {PER_EXPERT.format(bid=bid, proj=proj, xid=e) + ".weight": t for e, t in by_expert.items()}
    return out


def _name(tensor: MODEL_TENSOR, bid: int) -> str:
    return TENSOR_NAMES[tensor].format(bid=bid) + ".weight"


def _permute(weight: torch.Tensor, heads: int) -> torch.Tensor:
    """llama.cpp's converter: each head's rotate-half halves become interleaved pairs (convert_hf_to_gguf ``permute``)."""
    return weight.reshape(heads, 2, weight.shape[0] // heads // 2, *weight.shape[1:]).swapaxes(1, 2).reshape(weight.shape)


