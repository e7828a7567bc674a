"""Checkpoint -> TTNN model: check every declared device weight against the checkpoint, then prepare each one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import torch

from tttv2.errors import CheckpointError
from tttv2.ttnn.mesh import arrange_for_mesh
from tttv2.ttnn.model import TTNNDecoderModel
from tttv2.ttnn.precision import TTNNPrecision
from tttv2.ttnn.weights import (
    DeviceWeight,
    HasDeviceCollaborators,
    HoldsDeviceWeights,
    WeightSlots,
    convert_arranged,
    interleave_rotary_rows,
    prepare_weight,
)

if TYPE_CHECKING:  # tttv2.loading calls this module: importing it back would be a cycle
    from tttv2.loading import Checkpoint

Progress = Callable[[int, int], None]
"""Called after each device weight is prepared with (weights done, weights in all)."""


@attrs.frozen
class PlannedWeight:
    """One device weight to make: where it goes, what it is made of, and the checkpoint tensor of each source."""

    path: str
    name: str
    slots: WeightSlots = attrs.field(eq=False)
    weight: DeviceWeight
    parameters: tuple[str, ...]
    tensor_names: tuple[str, ...]


def plan_device_weights(model: TTNNDecoderModel, checkpoint: Checkpoint) -> list[PlannedWeight]:
    """Every device weight the model declares, checked by name and shape against the checkpoint; reads no data."""
    infos = checkpoint.source.tensor_infos()
    plan: list[PlannedWeight] = []
    problems: list[str] = []
    for path, slots in weight_holders(model):
        for name, weight in slots.declared().items():
            parameters, tensor_names = [], []
            for source in weight.sources:
                parameter = source.parameter if source.from_root or not path else f"{path}.{source.parameter}"
                tensor_name = checkpoint.family.weight_name(parameter, checkpoint.checkpoint_format)
                info = infos.get(tensor_name) if tensor_name is not None else None
                if tensor_name is None:
                    problems.append(f"parameter {parameter!r} has no checkpoint name in family "
                                    f"{type(checkpoint.family).__name__}")
                elif info is None:
                    problems.append(f"missing tensor {tensor_name!r} (for parameter {parameter!r})")
                elif (converted := checkpoint.converted_shape(parameter, tensor_name)) != source.shape:
                    problems.append(f"tensor {tensor_name!r} has shape {list(converted)}, but parameter "
                                    f"{parameter!r} expects {list(source.shape)}")
                else:
                    parameters.append(parameter)
                    tensor_names.append(tensor_name)
            plan.append(PlannedWeight(path, name, slots, weight, tuple(parameters), tuple(tensor_names)))
    if problems:
        details = "\n".join(f"  - {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise CheckpointError(f"{checkpoint.source.path} does not match the ttnn model:\n{details}{more}")
    return plan


def weight_holders(model: TTNNDecoderModel) -> list[tuple[str, WeightSlots]]:
    """Each module path (``layers.3.attention``) with the device weights declared there."""
    found: list[tuple[str, WeightSlots]] = []
    for path, module in model.named_modules():
        if isinstance(module, HoldsDeviceWeights):
            found.append((path, module.device_weights()))
        if isinstance(module, HasDeviceCollaborators):
            found += [(f"{path}.{name}", part.device_weights()) for name, part in module.device_collaborators().items()
                      if isinstance(part, HoldsDeviceWeights)]
    return found


def host_sources(planned: PlannedWeight, checkpoint: Checkpoint) -> list[torch.Tensor]:
    """Each whole checkpoint tensor a planned weight is made from: loaded, transformed by the family, interleaved."""
    parts = []
    for source, parameter, tensor_name in zip(planned.weight.sources, planned.parameters, planned.tensor_names,
                                              strict=True):
        tensor = checkpoint.family.transform(parameter, checkpoint.source.load(tensor_name), checkpoint.spec,
                                             checkpoint.checkpoint_format)
        if source.interleave_heads is not None:
            tensor = interleave_rotary_rows(tensor, source.interleave_heads)
        parts.append(tensor)
    return parts


def host_tensor(planned: PlannedWeight, checkpoint: Checkpoint) -> torch.Tensor:
    """The torch tensor a planned weight is made from: computed, or its sources joined along dim 0."""
    if planned.weight.compute is not None:
        return planned.weight.compute()
    parts = host_sources(planned, checkpoint)
    return parts[0] if len(parts) == 1 else torch.cat(parts, dim=0)


def is_split(weight: DeviceWeight) -> bool:
    """Whether any source of ``weight`` is split over the chips of a mesh (tensor parallelism)."""
    return any(source.split is not None for source in weight.sources)


def load_device_weights(model: TTNNDecoderModel, checkpoint: Checkpoint, *, precision: TTNNPrecision | None = None,
                        progress: Progress | None = None) -> None:
    """Prepare every device weight of ``model`` from ``checkpoint`` onto its device; everything is checked first.

    A weight split over a mesh is cut on the host into every chip's part (:func:`tttv2.ttnn.mesh.arrange_for_mesh`)
    and sent with ``shard_tensor_to_mesh_mapper``; the others are replicated to every chip.
    """
    precision = precision or TTNNPrecision()
    plan = plan_device_weights(model, checkpoint)
    device = model.mesh_device
    if device is None:
        raise CheckpointError("this ttnn model was built without a device, so its weights have nowhere to go: "
                              "build it with build_model(spec, device='ttnn')")
    for done, planned in enumerate(plan, start=1):
        weight = planned.weight
        if is_split(weight):
            arranged, dim = arrange_for_mesh(host_sources(planned, checkpoint), [s.split for s in weight.sources],
                                             weight.preparation)
            prepared = convert_arranged(arranged, weight, precision, device, shard_dim=dim)
        else:
            prepared = prepare_weight(host_tensor(planned, checkpoint), weight, precision, device)
        planned.slots.assign(planned.name, prepared)
        if progress is not None:
            progress(done, len(plan))
    model.precision = precision
