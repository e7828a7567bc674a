"""Tenstorrent devices through ttnn: torch parts built on ``meta``, weights prepared as device tensors.

Importing this never imports ``ttnn`` (every ttnn call is inside a function), so it loads on
Python 3.11, where ttnn cannot be installed; opening a device then fails with what to do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

import torch

from tttv2.backend import ModelParts
from tttv2.loading import Checkpoint, Progress
from tttv2.model import DecoderModel
from tttv2.ttnn.device import close_device, open_target_device
from tttv2.ttnn.generation import TTNNSteps
from tttv2.ttnn.loading import load_device_weights
from tttv2.ttnn.mesh_parallel import MeshTensorParallel, tensor_parallel
from tttv2.ttnn.model import TTNNDecoderModel
from tttv2.ttnn.tensor_types import MeshDevice


class TTNNBackend:
    """``"ttnn"`` is device 0, ``"ttnn:N"`` device N; modules taking ``mesh_device`` get the opened device.

    With ``mesh=`` (an opened 1-D ``ttnn.MeshDevice``) it is a tensor-parallel backend: the model is built once,
    split over the mesh's chips by the modules' shard plans, and the mesh is the device (nothing else is opened).
    """

    name: str = "ttnn"
    hardware: tuple[str, ...] = ("ttnn",)
    runtime_keywords: frozenset[str] = frozenset({"mesh_device"})
    checks_on_meta: bool = False  # TTNN modules hold no torch parameters to run on meta

    def open_device(self, device: str) -> object:
        return open_target_device(device)

    def close_device(self, handle: object) -> None:
        if handle is not None:
            close_device(cast(MeshDevice, handle))  # open_device made it

    def build_device(self, device: str, *, on_meta: bool) -> torch.device:
        return torch.device("meta")  # "ttnn" is no torch.device; only host-side shapes are built

    def runtime_arguments(self, handle: object) -> Mapping[str, object]:
        return {"mesh_device": handle}

    def tensor_parallel(self, mesh: object, device: str) -> MeshTensorParallel:
        return tensor_parallel(mesh, device)

    def assemble(self, parts: ModelParts, *, dtype: torch.dtype, on_meta: bool) -> DecoderModel:
        chips = parts.tensor_parallel.world if parts.tensor_parallel is not None else 1
        return TTNNDecoderModel(embedding=parts.embedding, blocks=parts.blocks, final_norm=parts.final_norm,
                                head=parts.head, spec=parts.spec, records=parts.records, hardware=parts.hardware,
                                mesh_device=cast("MeshDevice | None", parts.handle), chips=chips)

    def load_weights(self, model: DecoderModel, checkpoint: Checkpoint, *, device: str, dtype: torch.dtype,
                     progress: Progress | None, check_finite: bool) -> None:
        load_device_weights(_ttnn_model(model), checkpoint, progress=progress)

    def start_generation(self, model: DecoderModel, prompts: Sequence[Sequence[int]], *, capacity: int,
                         pad_id: int) -> TTNNSteps:
        return TTNNSteps.start(_ttnn_model(model), prompts, capacity=capacity)


def _ttnn_model(model: DecoderModel) -> TTNNDecoderModel:
    if not isinstance(model, TTNNDecoderModel):
        raise TypeError(f"the ttnn backend runs models it assembled, got {type(model).__qualname__}")
    return model
