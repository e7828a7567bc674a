"""``compare_layers``: PCC of hidden states stage by stage, to find where two models start to disagree."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import torch
from torch import Tensor, nn

from tttv2.model import DecoderModel
from tttv2.testing.compare import DEFAULT_PCC, Comparison, compare_tensors

LAYER_ROW_HEADER = ("stage", "pcc", "max abs error", "mean abs error", "result")
"""Column names of :meth:`LayerComparison.as_rows`."""


@attrs.frozen
class StageComparison:
    """One stage (``embedding``, ``layers[i]``, ``final_norm``, ``logits``): its comparison, or why there is none."""

    stage: str
    comparison: Comparison | None
    note: str = ""

    @property
    def compared(self) -> bool:
        return self.comparison is not None


@attrs.frozen
class LayerComparison:
    """Per-stage comparisons in model order; ``first_mismatch`` names the first stage that fails."""

    stages: tuple[StageComparison, ...]
    min_pcc: float

    @property
    def passed(self) -> bool:
        return all(s.comparison.passed for s in self.stages if s.comparison is not None)

    @property
    def first_mismatch(self) -> str | None:
        return next((s.stage for s in self.stages if s.comparison is not None and not s.comparison.passed), None)

    def stage(self, name: str) -> StageComparison:
        for each in self.stages:
            if each.stage == name:
                return each
        raise KeyError(f"no stage {name!r}; stages: {', '.join(s.stage for s in self.stages)}")

    def as_rows(self) -> list[tuple[str, str, str, str, str]]:
        """One row per stage under :data:`LAYER_ROW_HEADER`."""
        rows = []
        for s in self.stages:
            c = s.comparison
            if c is None:
                rows.append((s.stage, "-", "-", "-", f"not compared: {s.note}"))
            else:
                rows.append((s.stage, f"{c.pcc:.6f}", f"{c.max_abs_error:.3g}", f"{c.mean_abs_error:.3g}",
                             "pass" if c.passed else "FAIL"))
        return rows

    def __str__(self) -> str:
        where = f"first mismatch at {self.first_mismatch}" if self.first_mismatch else "every compared stage matches"
        lines = [f"layer comparison (PCC >= {self.min_pcc}): {where}"]
        lines += ["  " + "  ".join(row) for row in self.as_rows()]
        return "\n".join(lines)


def compare_layers(model_a: nn.Module, model_b: nn.Module, token_ids: Tensor, *, pcc: float = DEFAULT_PCC,
                   atol: float | None = None, rtol: float = 0.0) -> LayerComparison:
    """Run both models on ``token_ids`` ``[batch, seq]`` and compare their hidden states stage by stage.

    Each model is a tttv2 :class:`DecoderModel` or a ``transformers`` model (called with
    ``output_hidden_states=True``). Stages are aligned explicitly:

    - tttv2's ``hidden_states`` gives ``num_layers + 2`` tensors: the embedding output, each
      block's output, then the final norm's output.
    - transformers gives ``num_layers + 1``: the embedding output, the outputs of blocks
      ``0 .. num_layers - 2``, and then the last block's output *already passed through the final
      norm*. So ``hidden_states[i]`` is ``layers[i - 1]`` for ``1 <= i < num_layers`` and the last
      entry is ``final_norm``; the last block's own output is not exposed, and that stage is
      reported as not compared.

    Logits are compared too when both models give them (a tttv2 model always does; a
    transformers ``*ForCausalLM`` does). A stage passes on PCC alone unless ``atol`` is given.
    """
    stages_a = _stages(model_a, token_ids)
    stages_b = _stages(model_b, token_ids)
    layers_a, layers_b = _layer_count(stages_a), _layer_count(stages_b)
    if layers_a != layers_b:
        raise ValueError(f"model_a has {layers_a} layers but model_b has {layers_b}: stages cannot be aligned")
    tolerance = float("inf") if atol is None else atol
    results = []
    for name in stages_a:
        a, b = stages_a[name], stages_b.get(name)
        if a is None or b is None:
            missing = "model_a" if a is None else "model_b"
            results.append(StageComparison(name, None, f"{missing} does not expose it ({_why(name)})"))
            continue
        results.append(StageComparison(name, compare_tensors(a, b, atol=tolerance, rtol=rtol, pcc=pcc)))
    return LayerComparison(tuple(results), pcc)


def _stages(model: nn.Module, token_ids: Tensor) -> dict[str, Tensor | None]:
    ids = token_ids.to(_device_of(model))
    with torch.no_grad():
        if isinstance(model, DecoderModel):
            states = model.hidden_states(ids)
            named: dict[str, Tensor | None] = {"embedding": states[0]}
            named.update({f"layers[{i}]": s for i, s in enumerate(states[1:-1])})
            named["final_norm"] = states[-1]
            named["logits"] = model.head_forward(states[-1])
            return named
        return _transformers_stages(model, ids)


def _transformers_stages(model: nn.Module, ids: Tensor) -> dict[str, Tensor | None]:
    output = model(input_ids=ids, output_hidden_states=True)
    hidden = getattr(output, "hidden_states", None)  # a transformers ModelOutput: untyped library edge
    if not isinstance(hidden, Sequence) or len(hidden) < 2 or not all(isinstance(h, Tensor) for h in hidden):
        raise TypeError(f"{type(model).__name__} returned no hidden_states; pass a tttv2 DecoderModel or a "
                        f"transformers model that accepts output_hidden_states=True")
    num_layers = len(hidden) - 1
    named: dict[str, Tensor | None] = {"embedding": hidden[0]}
    named.update({f"layers[{i}]": hidden[i + 1] for i in range(num_layers - 1)})
    named[f"layers[{num_layers - 1}]"] = None  # transformers exposes only its final-normed version
    named["final_norm"] = hidden[num_layers]
    logits = getattr(output, "logits", None)
    named["logits"] = logits if isinstance(logits, Tensor) else None
    return named


def _layer_count(stages: dict[str, Tensor | None]) -> int:
    return sum(1 for name in stages if name.startswith("layers["))


def _why(stage: str) -> str:
    if stage == "logits":
        return "a base model without an LM head"
    return "transformers' last hidden state is already final-normed"


def _device_of(model: nn.Module) -> torch.device:
    parameter = next(model.parameters(), None)
    return parameter.device if parameter is not None else torch.device("cpu")
