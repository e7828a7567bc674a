"""Load one checkpoint in tttv2 and in transformers (fp32, CPU) and compare them stage by stage."""

from __future__ import annotations

import torch

from tttv2.errors import CheckpointError
from tttv2.pretrained import load_pretrained
from tttv2.shipped import resolve_checkpoint
from tttv2.testing.layers import LayerComparison, compare_layers

_LOCAL_CODE_ONLY = {"trust_remote_code": False, "local_files_only": True}
"""transformers never runs checkpoint code nor reaches for the network (load_pretrained refused auto_map already)."""


def compare_with_transformers(path_or_name: str, prompt: str) -> LayerComparison:
    """Hidden-state PCC per stage between tttv2 and ``transformers`` on ``prompt``; names the first mismatch."""
    from transformers import AutoModelForCausalLM

    ours = load_pretrained(path_or_name)
    path = resolve_checkpoint(path_or_name)
    if path.is_dir() and (path / "config.json").exists():
        reference = AutoModelForCausalLM.from_pretrained(str(path), dtype=torch.float32, **_LOCAL_CODE_ONLY)
    else:
        gguf = path if path.is_file() else next(path.glob("*.gguf"), None)
        if gguf is None:
            raise CheckpointError(f"{path}: no checkpoint transformers can read")
        reference = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32,
                                                         **_LOCAL_CODE_ONLY)
    token_ids = torch.tensor([ours.encode(prompt)])
    with torch.inference_mode():
        return compare_layers(ours.model, reference, token_ids)
