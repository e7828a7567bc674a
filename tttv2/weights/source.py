"""The weight-source contract: tensor names and shapes up front, data one tensor at a time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Protocol, runtime_checkable

import attrs
import torch
from typing_extensions import Self

from tttv2.errors import CheckpointError
from tttv2.suggestions import close_matches, did_you_mean


@attrs.frozen
class TensorInfo:
    """One tensor as a checkpoint describes it, read without touching its data."""

    name: str
    shape: tuple[int, ...]  # torch (row-major) order; GGUF's reversed `ne` order is already undone
    dtype: str  # the checkpoint's own type name: "Q4_1", "F32", "BF16", ...


@runtime_checkable
class WeightSource(Protocol):
    """A lazily read checkpoint: names and shapes without reading data; one tensor at a time.

    Use it as a context manager, or call `close` when done; `tensor_infos` keeps working
    after `close`, `load` does not.
    """

    path: Path

    def tensor_infos(self) -> Mapping[str, TensorInfo]:
        """Every tensor in the checkpoint by name, in the checkpoint's order."""
        ...

    def load(self, name: str) -> torch.Tensor:
        """Read one tensor as a float tensor of shape `tensor_infos()[name].shape`.

        Raises CheckpointError, with close names suggested, for a name the checkpoint lacks.
        """
        ...

    def load_raw(self, name: str) -> torch.Tensor:
        """Read one tensor as stored, never converted: a GGUF quantized type (Q4_1, Q8_0, ...) as its ``uint8``
        block rows ``[..., bytes per row]``, anything else in its own dtype. For linears that keep blocks."""
        ...

    def load_part(self, name: str, dim: int, start: int, stop: int, *, raw: bool = False) -> torch.Tensor:
        """Read only ``start:stop`` along ``dim`` of one tensor (a tensor-parallel rank's shard), as :meth:`load`
        gives it, or as :meth:`load_raw` does with ``raw=True``. A GGUF block type splits only at whole blocks
        along its last axis: any other cut raises CheckpointError naming the tensor and the block size."""
        ...

    def close(self) -> None:
        """Release the file handles and memory maps; calling it twice is harmless."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class PartCutsBlocksError(CheckpointError):
    """A part of a block-quantized tensor asked for across a block boundary; the whole tensor can still be read."""


def unknown_tensor_error(path: Path, name: str, known: Iterable[str]) -> CheckpointError:
    """The error for a tensor name a checkpoint lacks, suggesting the closest names it has."""
    hint = did_you_mean(close_matches(name, known))
    return CheckpointError(f"{path}: no tensor named {name!r}{hint}", path=path, tensors=[name])


def closed_source_error(path: Path, name: str) -> CheckpointError:
    """The error for `load` on a source whose files were already closed."""
    return CheckpointError(f"{path}: cannot load {name!r}, the weight source is closed", path=path, tensors=[name])
