"""A GGUF copy of a tiny HF checkpoint, written from the family's own weight-name tables and transforms.

Metadata carries the sizes, epsilon, rope and window keys that llama.cpp writes for every text model
(plus what a family's optional ``parity_gguf_metadata(config)`` adds); the file is only used when the
family reads back the same spec from it. Each GGUF tensor is the inverse of the family's ``transform``:
the transform is probed with index tensors, and if it moves and offsets elements (llama.cpp's permuted
Q/K rows, Gemma's ``1 + w`` norms, fused projections sliced apart) that map is inverted and verified.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import torch
from torch import Tensor

from tttv2.families.base import SIZE_KEYS, rope_parameters
from tttv2.model import DecoderModel
from tttv2.protocols import Family
from tttv2.spec import ModelSpec


class GGUFUnavailable(Exception):
    """The family's parity checkpoint cannot be written as GGUF; the message says why."""


def write_parity_gguf(family: Family, directory: Path, model: DecoderModel, path: Path) -> Path:
    """Write ``directory``'s safetensors checkpoint (which loaded as ``model``) to ``path`` as GGUF.

    Raises :class:`GGUFUnavailable` naming the parameter or setting that cannot be carried.
    """
    from gguf import GGUFWriter
    from safetensors.torch import load_file

    architecture = family.gguf_architectures[0]
    config = json.loads((directory / "config.json").read_text())
    stored: dict[str, Tensor] = {}
    for shard in sorted(directory.glob("*.safetensors")):
        stored.update(load_file(str(shard)))
    tensors = _gguf_tensors(family, model, stored)
    metadata = {**_metadata(architecture, config), **_family_metadata(family, config)}
    _check_same_spec(family, model.spec, {"general.architecture": architecture, **metadata}, list(tensors))
    writer = GGUFWriter(path, arch=architecture)  # writes general.architecture itself
    for key, value in metadata.items():
        _add(writer, key, value)
    for name, tensor in tensors.items():
        writer.add_tensor(name, tensor.contiguous().numpy())
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _gguf_tensors(family: Family, model: DecoderModel, stored: Mapping[str, Tensor]) -> dict[str, Tensor]:
    """Each GGUF tensor such that ``transform(..., "gguf")`` gives what ``transform(..., "hf")`` gives."""
    spec = model.spec
    by_gguf: dict[str, list[tuple[str, str]]] = {}  # GGUF name -> (parameter, HF name) pairs reading it
    for parameter, _value in model.named_parameters():
        hf_name = family.weight_name(parameter, "hf")
        if hf_name is None or hf_name not in stored:
            continue  # a weight this checkpoint does not hold (a tied head's own name)
        gguf_name = family.weight_name(parameter, "gguf")
        if gguf_name is None:
            raise GGUFUnavailable(f"{parameter}: the family names no GGUF tensor for it")
        by_gguf.setdefault(gguf_name, []).append((parameter, hf_name))
    return {name: _inverse(family, spec, name, readers, stored) for name, readers in by_gguf.items()}


def _inverse(family: Family, spec: ModelSpec, gguf_name: str, readers: list[tuple[str, str]],
             stored: Mapping[str, Tensor]) -> Tensor:
    """The GGUF tensor (shaped like the HF one) that each reader's GGUF transform maps to its HF value."""
    shape = stored[readers[0][1]].shape
    flat = torch.full((shape.numel(),), float("nan"), dtype=torch.float64)
    for parameter, hf_name in readers:
        wanted = family.transform(parameter, stored[hf_name].double(), spec, "hf")
        source, offset = _probe(family, spec, parameter, shape)
        if source is None or source.shape != wanted.shape:
            raise GGUFUnavailable(f"{parameter}: the family's GGUF transform does not just move and offset elements "
                                  f"of {gguf_name!r}, so its inverse cannot be derived")
        flat[source.flatten()] = (wanted - offset).flatten()
    if bool(flat.isnan().any()):
        raise GGUFUnavailable(f"{gguf_name}: the parameters reading it do not cover every element")
    tensor = flat.reshape(shape)
    for parameter, hf_name in readers:
        wanted = family.transform(parameter, stored[hf_name].double(), spec, "hf")
        if not torch.allclose(family.transform(parameter, tensor, spec, "gguf"), wanted):
            raise GGUFUnavailable(f"{parameter}: the derived GGUF tensor does not transform back to the HF weight")
    return tensor.float()


def _probe(family: Family, spec: ModelSpec, parameter: str, shape: torch.Size) -> tuple[Tensor | None, Tensor]:
    """Where each element of the transformed tensor comes from in the stored one, and what is added to it."""
    offset = family.transform(parameter, torch.zeros(shape, dtype=torch.float64), spec, "gguf")
    index = torch.arange(shape.numel(), dtype=torch.float64).reshape(shape)
    moved = family.transform(parameter, index, spec, "gguf") - offset
    source = moved.round()
    whole = bool((moved == source).all()) and bool(((source >= 0) & (source < shape.numel())).all())
    return (source.long(), offset) if whole else (None, offset)


def _metadata(architecture: str, config: Mapping[str, object]) -> dict[str, object]:
    """The keys llama.cpp's converter writes for a text model, from an HF config."""
    heads = _whole(config, "num_attention_heads")
    head_dim = config.get("head_dim") or _whole(config, "hidden_size") // heads
    metadata: dict[str, object] = {f"{architecture}.{gguf}": config[hf] for hf, gguf in
                                   (keys for keys in SIZE_KEYS.values()) if config.get(hf) is not None}
    metadata[f"{architecture}.attention.key_length"] = head_dim
    metadata[f"{architecture}.attention.value_length"] = head_dim
    metadata[f"{architecture}.context_length"] = config.get("max_position_embeddings", 2048)
    if config.get("rms_norm_eps") is not None:
        metadata[f"{architecture}.attention.layer_norm_rms_epsilon"] = float(_real(config, "rms_norm_eps"))
    if config.get("sliding_window") is not None:
        metadata[f"{architecture}.attention.sliding_window"] = config["sliding_window"]
    rope, _where = rope_parameters(config, "full_attention")
    metadata[f"{architecture}.rope.freq_base"] = float(_real(rope, "rope_theta"))
    if rope.get("rope_type", "default") != "default":
        metadata[f"{architecture}.rope.scaling.type"] = rope["rope_type"]
        if rope.get("factor") is not None:  # longrope has none: the spec read back then names what is lost
            metadata[f"{architecture}.rope.scaling.factor"] = float(_real(rope, "factor"))
        if rope.get("original_max_position_embeddings") is not None:
            metadata[f"{architecture}.rope.scaling.original_context_length"] = rope["original_max_position_embeddings"]
    return metadata


def _family_metadata(family: Family, config: Mapping[str, object]) -> Mapping[str, object]:
    """Extra GGUF keys a family declares for its parity checkpoints (``parity_gguf_metadata(config)``), if any."""
    extra = getattr(family, "parity_gguf_metadata", None)
    if extra is None:
        return {}
    keys = extra(config)
    if not isinstance(keys, Mapping):
        raise TypeError(f"{type(family).__name__}.parity_gguf_metadata must return a mapping of GGUF keys, "
                        f"got {type(keys).__name__}")
    return keys


def _check_same_spec(family: Family, expected: ModelSpec, metadata: Mapping[str, object], names: list[str]) -> None:
    """The family must read the spec it read from config.json back from this GGUF metadata, or the file is useless."""
    try:
        spec = family.spec_from_gguf(metadata, names)
    except Exception as exc:  # the family refused the metadata: say so instead of failing the check
        raise GGUFUnavailable(f"the family cannot read the GGUF metadata written for this config ({exc})") from exc
    differences = [f"dims.{field}" for field in ("vocab_size", "hidden_dim", "num_layers", "num_heads", "num_kv_heads",
                                                 "head_dim", "intermediate_dim", "eps", "rope_theta")
                   if getattr(spec.dims, field) != getattr(expected.dims, field)]
    differences += [f"modules.{slot}" for slot in sorted(set(spec.modules) | set(expected.modules))
                    if spec.modules.get(slot) != expected.modules.get(slot)]
    if spec.layers != expected.layers:
        differences.append("layers")
    if differences:
        raise GGUFUnavailable(f"GGUF metadata does not carry this config: the spec read back differs in "
                              f"{', '.join(differences)}")


def _add(writer: object, key: str, value: object) -> None:
    from gguf import GGUFWriter

    assert isinstance(writer, GGUFWriter)
    if isinstance(value, bool):
        writer.add_bool(key, value)
    elif isinstance(value, int):
        writer.add_uint32(key, value)
    elif isinstance(value, float):
        writer.add_float32(key, value)
    elif isinstance(value, str):
        writer.add_string(key, value)
    else:
        raise GGUFUnavailable(f"GGUF key {key}: cannot write a {type(value).__name__} value")


def _whole(config: Mapping[str, object], key: str) -> int:
    value = config.get(key)
    if not isinstance(value, int):
        raise GGUFUnavailable(f"config.json: {key} is not a whole number ({value!r})")
    return value


def _real(config: Mapping[str, object], key: str) -> float:
    value = config.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise GGUFUnavailable(f"config.json: {key} is not a number ({value!r})")
    return float(value)
