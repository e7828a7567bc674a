"""Models of torch modules on ``cpu`` and ``cuda``: parameters assigned from checkpoints, a preallocated cache."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import torch
from torch import Tensor

from tttv2.backend import ModelParts
from tttv2.backends.torch.compiled import CompiledSteps, compiled_capacity
from tttv2.backends.torch.parallel import TorchTensorParallel, tensor_parallel
from tttv2.errors import DeviceUnavailableError, GenerationError
from tttv2.generation import decode_step, left_pad, make_cache, prefill
from tttv2.loading import Checkpoint, Progress, assign_weights
from tttv2.model import DecoderModel
from tttv2.modules.attention_kernels import SlidingWindowAttention
from tttv2.modules.cache import StaticKVCache
from tttv2.protocols import KVCache


class TorchBackend:
    """The default backend: builds on the torch device itself, validates on ``meta``, runs eagerly."""

    name: str = "torch"
    hardware: tuple[str, ...] = ("cpu", "cuda")
    runtime_keywords: frozenset[str] = frozenset()
    checks_on_meta: bool = True
    compiles_decode: bool = True  # load_pretrained(compile=True) asks for this capability

    def open_device(self, device: str) -> object:
        if device.partition(":")[0] == "cuda" and not torch.cuda.is_available():
            raise DeviceUnavailableError(f"device {device!r}: CUDA is not available (this torch build has no CUDA, "
                                         "or no GPU is visible); use device='cpu'")
        return None

    def close_device(self, handle: object) -> None:
        """Nothing to release: torch manages its devices."""

    def build_device(self, device: str, *, on_meta: bool) -> torch.device:
        return torch.device("meta") if on_meta else torch.device(device)

    def runtime_arguments(self, handle: object) -> Mapping[str, object]:
        return {}

    def assemble(self, parts: ModelParts, *, dtype: torch.dtype, on_meta: bool) -> DecoderModel:
        model = DecoderModel(embedding=parts.embedding, blocks=parts.blocks, final_norm=parts.final_norm,
                             head=parts.head, spec=parts.spec, records=parts.records, hardware=parts.hardware)
        model.tensor_parallel = parts.tensor_parallel
        return model if on_meta else model.to(dtype=dtype)

    def load_weights(self, model: DecoderModel, checkpoint: Checkpoint, *, device: str, dtype: torch.dtype,
                     progress: Progress | None, check_finite: bool) -> None:
        assign_weights(model, checkpoint, device=torch.device(device), dtype=dtype, progress=progress,
                       check_finite=check_finite)

    def tensor_parallel(self, mesh: object, device: str) -> TorchTensorParallel:
        """Split models across a 1-D ``torch.distributed`` DeviceMesh (gloo on cpu, NCCL on cuda)."""
        return tensor_parallel(mesh, device)

    def start_generation(self, model: DecoderModel, prompts: Sequence[Sequence[int]], *, capacity: int,
                         pad_id: int) -> TorchSteps | CompiledSteps:
        parameter = next(model.parameters())
        ids, positions = left_pad(prompts, pad_id, parameter.device)
        if model.compile_decode:
            capacity = compiled_capacity(capacity, model.spec.dims.max_seq_len)
        cache = make_cache(model, batch_size=len(prompts), capacity=capacity, device=parameter.device,
                           dtype=parameter.dtype)
        if not model.compile_decode:
            return TorchSteps(model=model, ids=ids, positions=positions, cache=cache)
        if not isinstance(cache, StaticKVCache):
            raise GenerationError(f"compiled decode needs the static-kv-cache, but the spec's cache is "
                                  f"{type(cache).__qualname__}: load without compile, or use static-kv-cache")
        windowed = [name for name, module in model.named_modules()
                    if isinstance(getattr(module, "kernel", None), SlidingWindowAttention)]
        if windowed:  # it windows by key index, which the compiled step's whole-buffer cache does not keep in order
            raise GenerationError(f"compiled decode cannot run the sliding-window-attention kernel ({windowed[0]}): it "
                                  "windows by key index; give the attention layer window= instead (sdpa masks by "
                                  "position), or load without compile")
        return CompiledSteps(model=model, ids=ids, positions=positions, cache=cache)


@attrs.define
class TorchSteps:
    """Left-padded prompts (padding at position -1) prefilled in one batch, then one token per row per step."""

    model: DecoderModel
    ids: Tensor
    positions: Tensor
    cache: KVCache[Tensor]

    def prefill(self) -> Tensor:
        logits = prefill(self.model, self.ids, self.positions, self.cache)
        self.positions = self.positions[:, -1:] + 1
        return logits

    def decode(self, tokens: Tensor) -> Tensor:
        logits = decode_step(self.model, tokens[:, None], self.positions, self.cache)
        self.positions = self.positions + 1
        return logits
