"""Hidden states stage by stage (embedding, each layer, final norm, head) in tttv2 and transformers, to find
where a loaded family first diverges.

transformers' ``output_hidden_states`` ends with the final-normed state, so the last layer's own output
is read with forward hooks on its decoder layers instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import torch
from torch import Tensor, nn

from tttv2.model import DecoderModel
from tttv2.testing.numerics import pearson

if TYPE_CHECKING:
    from transformers import PreTrainedModel


def stage_pccs(ours: DecoderModel, reference: PreTrainedModel, token_ids: Tensor) -> tuple[tuple[str, float], ...]:
    """PCC of each stage in model order: ``embedding``, ``layer 0`` .. ``layer N-1``, ``final norm``, ``head``."""
    with torch.no_grad():
        states = ours.hidden_states(token_ids)
        mine = [*states, ours.head_forward(states[-1])]
        theirs = _reference_stages(reference, token_ids, len(ours.layers))
    names = ["embedding", *(f"layer {i}" for i in range(len(ours.layers))), "final norm", "head"]
    return tuple((name, pearson(a, b)) for name, a, b in zip(names, mine, theirs, strict=True))


def first_divergence(pccs: Sequence[tuple[str, float]], min_pcc: float) -> str | None:
    """The first stage whose PCC is below ``min_pcc``, or None when every stage agrees."""
    return next((stage for stage, pcc in pccs if pcc < min_pcc), None)


def _reference_stages(model: PreTrainedModel, token_ids: Tensor, num_layers: int) -> list[Tensor]:
    layers = _decoder_layers(model, num_layers)
    outputs: list[Tensor] = []

    def keep(_module: nn.Module, _inputs: object, output: object) -> None:
        outputs.append(output[0] if isinstance(output, tuple) else output)  # type: ignore[arg-type]  # a Tensor or (Tensor, ...)

    handles = [layer.register_forward_hook(keep) for layer in layers]
    try:
        result = model(input_ids=token_ids, output_hidden_states=True)
    finally:
        for handle in handles:
            handle.remove()
    hidden = result.hidden_states  # a transformers ModelOutput: untyped library edge
    return [hidden[0], *outputs, hidden[-1], result.logits]


def _decoder_layers(model: nn.Module, num_layers: int) -> nn.ModuleList:
    """The model's list of decoder layers: the first ModuleList holding ``num_layers`` modules."""
    for _name, module in model.named_modules():
        if isinstance(module, nn.ModuleList) and len(module) == num_layers:
            return module
    raise TypeError(f"{type(model).__name__} has no list of {num_layers} decoder layers to read hidden states from")
