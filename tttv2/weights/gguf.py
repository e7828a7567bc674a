"""GGUF checkpoints: metadata and shapes from a memory map, tensors dequantized one at a time."""

from __future__ import annotations

import mmap
import os
import stat
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt
import torch
from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType, GGUFValueType
from gguf.gguf_reader import GGUFReader, ReaderField, ReaderTensor
from gguf.quants import dequantize
from typing_extensions import Self

from tttv2.errors import CheckpointError
from tttv2.weights.source import PartCutsBlocksError, TensorInfo, closed_source_error, unknown_tensor_error

GGUF_MAGIC = b"GGUF"


class GGUFSource:
    """A GGUF file read lazily through a memory map (built on `gguf.GGUFReader`).

    `load` returns a fresh, writable float32 tensor for every tensor type: quantized ones
    (Q4_1, Q4_K, ...) are dequantized with gguf's reference code, and F32, F16 and BF16 ones
    are converted to float32 too. Tensors come back exactly as stored: Llama Q/K rows keep
    llama.cpp's rotary order and Gemma norms their stored `1 + w`; undoing either is the
    family's job. `metadata` holds every key-value field, decoded on first access.
    """

    def __init__(
        self,
        *,
        path: Path,
        metadata: Mapping[str, object],
        tensors: Mapping[str, ReaderTensor],
        infos: Mapping[str, TensorInfo],
        mapping: mmap.mmap | None = None,
    ) -> None:
        self.path = path
        self.metadata = metadata
        self._tensors: Mapping[str, ReaderTensor] | None = tensors
        self._infos = MappingProxyType(dict(infos))
        self._mapping = mapping

    def tensor_infos(self) -> Mapping[str, TensorInfo]:
        """Every tensor by name, in file order; shapes in torch order."""
        return self._infos

    def load(self, name: str) -> torch.Tensor:
        """Read one tensor as float32 with shape `tensor_infos()[name].shape`."""
        tensor = self._tensor(name)
        info = self._infos[name]
        try:
            values = _dequantize(tensor.data, tensor.tensor_type)
        except NotImplementedError as exc:
            raise CheckpointError(
                f"{self.path}: tensor {name!r} has type {info.dtype}, which gguf cannot convert to float"
            ) from exc
        self._release()
        return torch.from_numpy(values).reshape(info.shape)

    def load_raw(self, name: str) -> torch.Tensor:
        """The tensor's data as stored: F32/F16 values in their dtype; other types as ``uint8`` block rows."""
        tensor = self._tensor(name)
        data = np.array(tensor.data, copy=True)  # never a view of the read-only memory map
        self._release()
        return torch.from_numpy(data)

    def load_part(self, name: str, dim: int, start: int, stop: int, *, raw: bool = False) -> torch.Tensor:
        """``start:stop`` along ``dim``: whole block rows, or whole blocks of every row along the last axis."""
        tensor = self._tensor(name)
        info = self._infos[name]
        qtype = tensor.tensor_type
        data = tensor.data
        if qtype not in (GGMLQuantizationType.F32, GGMLQuantizationType.F16) and dim == len(info.shape) - 1:
            block_values, block_bytes = GGML_QUANT_SIZES[qtype]
            if start % block_values or stop % block_values:
                raise PartCutsBlocksError(
                    f"{self.path}: tensor {name!r} ({info.dtype}) holds blocks of {block_values} values along its "
                    f"last axis, so its part {start}:{stop} would cut a block")
            start, stop = start // block_values * block_bytes, stop // block_values * block_bytes
        part = np.array(data[(slice(None),) * dim + (slice(start, stop),)], copy=True)
        self._release()
        if raw:
            return torch.from_numpy(part)
        try:
            return torch.from_numpy(_dequantize(part, qtype))
        except NotImplementedError as exc:
            raise CheckpointError(
                f"{self.path}: tensor {name!r} has type {info.dtype}, which gguf cannot convert to float") from exc

    def _tensor(self, name: str) -> ReaderTensor:
        if self._tensors is None:
            raise closed_source_error(self.path, name)
        tensor = self._tensors.get(name)
        if tensor is None:
            raise unknown_tensor_error(self.path, name, self._tensors)
        return tensor

    def _release(self) -> None:
        """Drop every file page this process has mapped (they stay in the page cache, so a later read only
        maps them again).

        Each tensor is copied out when read, so no page needs to stay resident. All of them, not only the
        tensor just read: the kernel maps a large page-cache folio whole, so reading one small tensor also maps
        its neighbours, some of them read (and dropped) long before.
        """
        if self._mapping is not None and hasattr(mmap, "MADV_DONTNEED"):
            self._mapping.madvise(mmap.MADV_DONTNEED)

    def close(self) -> None:
        """Drop the tensor views; the memory map goes when the last view does.

        `metadata` and `tensor_infos` keep working after `close`.
        """
        self._tensors = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"GGUFSource({str(self.path)!r}, tensors={len(self._infos)}, metadata={len(self.metadata)})"


def open_gguf(path: str | os.PathLike[str]) -> GGUFSource:
    """Open a .gguf file: reads the header and tensor table now, tensor data on `load`.

    Raises CheckpointError naming the file when it is missing, not GGUF, truncated or corrupt.
    """
    file = Path(path)
    _check_header(file)
    try:
        reader = _Reader(file)
    except (ValueError, IndexError, KeyError, OverflowError, struct.error) as exc:
        # gguf reports a cut or garbled file as whatever numpy or struct tripped over first.
        size = file.stat().st_size
        raise CheckpointError(f"{file}: corrupt or truncated GGUF file ({size} bytes): {exc}", path=file) from exc
    fields = {key: field for key, field in reader.fields.items() if not key.startswith("GGUF.")}
    tensors = {tensor.name: tensor for tensor in reader.tensors}
    infos = {
        tensor.name: TensorInfo(
            name=tensor.name,
            # GGUF lists dimensions fastest-varying first (`ne`); torch lists them slowest first.
            shape=tuple(int(d) for d in reversed(tensor.shape.tolist())),
            dtype=tensor.tensor_type.name,
        )
        for tensor in reader.tensors
    }
    return GGUFSource(
        path=file,
        metadata=_Metadata(file, fields),
        tensors=tensors,
        infos=infos,
        # np.memmap keeps its mmap object as `_mmap`; without it pages are simply not released early
        mapping=getattr(reader.data, "_mmap", None),
    )


# gguf's dequantizer works on 16 rows per numpy call. For rows of a few hundred values
# (Gemma 3's Q8_0 embedding: 262 144 rows of 640) the per-call overhead dominates: 3.5 s for
# that one tensor. Rows are whole blocks, so joining neighbouring rows into ~16k-value rows
# gives identical values in a fifth of the time.
_ROW_VALUES = 16384
# gguf also keeps every group's result until it concatenates them (twice the tensor's float32
# size); handing it ~4M values at a time caps that extra memory at about 16 MB.
_CHUNK_VALUES = 1 << 22

_SCALAR_FORMATS: dict[GGUFValueType, str] = {
    GGUFValueType.UINT8: "B",
    GGUFValueType.INT8: "b",
    GGUFValueType.UINT16: "H",
    GGUFValueType.INT16: "h",
    GGUFValueType.UINT32: "I",
    GGUFValueType.INT32: "i",
    GGUFValueType.FLOAT32: "f",
    GGUFValueType.BOOL: "?",
    GGUFValueType.UINT64: "Q",
    GGUFValueType.INT64: "q",
    GGUFValueType.FLOAT64: "d",
}


_ARRAY_HEADER = struct.Struct("<IQ")  # item type, item count
_LENGTH = struct.Struct("<Q")  # a string's byte length


class _Reader(GGUFReader):
    """GGUFReader that keeps each array field as one block of bytes, decoded on demand.

    The stock reader makes two numpy views per array element while opening: 1.5 s for
    SmolLM2's 49k-token vocabulary and 9 s for Gemma 3's 262k one. Here an array field's
    single data part is a uint8 view of the whole value (type, length, items), which
    `_decode_array` reads when its key is asked for; `ReaderField.contents()` does not
    understand that layout, so only `_Metadata` reads these fields.
    """

    def _get_field_parts(
        self, orig_offs: int, raw_type: int
    ) -> tuple[int, list[npt.NDArray[Any]], list[int], list[GGUFValueType]]:
        if raw_type != GGUFValueType.ARRAY:
            return super()._get_field_parts(orig_offs, raw_type)
        end = _skip_array(self.data.data, orig_offs)
        return end - orig_offs, [self.data[orig_offs:end]], [0], [GGUFValueType.ARRAY]


class _Metadata(Mapping[str, object]):
    """GGUF key-value fields decoded to Python values on first access, then kept.

    An array comes back as a new list on every access, so callers may change it freely.
    """

    def __init__(self, path: Path, fields: Mapping[str, ReaderField]) -> None:
        self._path = path
        self._fields = fields
        self._values: dict[str, object] = {}

    def __getitem__(self, key: str) -> object:
        if key not in self._values:
            field = self._fields[key]
            try:
                self._values[key] = _decode_field(field)
            except (ValueError, struct.error) as exc:
                raise CheckpointError(f"{self._path}: metadata key {key!r} cannot be decoded: {exc}") from exc
        value = self._values[key]
        return list(value) if isinstance(value, list) else value

    def __contains__(self, key: object) -> bool:
        return key in self._fields

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"<GGUF metadata of {self._path.name}: {len(self._fields)} keys>"


def _check_header(file: Path) -> None:
    """Fail early, and in words, on a missing, empty, non-GGUF or big-endian file."""
    try:
        status = file.stat()
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(status.st_mode):  # opening a FIFO blocks; a device never ends
            raise CheckpointError(f"{file}: not a regular file (a device, FIFO or socket), expected a .gguf file")
        with file.open("rb") as stream:
            head = stream.read(8)
    except FileNotFoundError as exc:
        raise CheckpointError(f"{file}: no such file") from exc
    except IsADirectoryError as exc:
        raise CheckpointError(f"{file}: is a directory, expected a .gguf file") from exc
    except OSError as exc:
        raise CheckpointError(f"{file}: cannot read the file: {exc.strerror}") from exc
    if head[:4] != GGUF_MAGIC:
        found = "the file is empty" if not head else f"it starts with {head[:4]!r}"
        raise CheckpointError(f"{file}: not a GGUF file: {found}, a GGUF file starts with {GGUF_MAGIC!r}")
    # The version is a small number; read little-endian, a big-endian file's has zero low bytes.
    if len(head) == 8 and int.from_bytes(head[4:6], "little") == 0:
        raise CheckpointError(f"{file}: a big-endian GGUF file; tttv2 reads little-endian GGUF only")


def _dequantize(data: npt.NDArray[Any], qtype: GGMLQuantizationType) -> npt.NDArray[np.float32]:
    """A writable float32 array of the tensor's values, never a view of the file."""
    if qtype in (GGMLQuantizationType.F32, GGMLQuantizationType.F16):
        values = np.asarray(dequantize(data, qtype))
    else:
        rows = data.reshape(-1, data.shape[-1])
        count, row_bytes = rows.shape
        block_values, block_bytes = GGML_QUANT_SIZES[qtype]
        row_values = row_bytes // block_bytes * block_values
        joined = max(1, _ROW_VALUES // row_values)
        while count % joined:
            joined -= 1
        long_rows = rows.reshape(count // joined, joined * row_bytes)
        out = np.empty((long_rows.shape[0], joined * row_values), dtype=np.float32)
        step = max(1, _CHUNK_VALUES // out.shape[1])
        for start in range(0, long_rows.shape[0], step):
            out[start : start + step] = dequantize(long_rows[start : start + step], qtype)
        values = out.reshape(*data.shape[:-1], row_values)
    if not values.flags.writeable:
        # F32 comes back as a view of the read-only memory map.
        values = values.copy()
    return values.astype(np.float32, copy=False)


def _decode_field(field: ReaderField) -> object:
    part = field.parts[field.data[0]]
    kind = field.types[0]
    if kind == GGUFValueType.ARRAY:
        value, _ = _decode_array(part.tobytes(), 0)
        return value
    if kind == GGUFValueType.STRING:
        return part.tobytes().decode("utf-8")
    scalar: object = part.tolist()[0]
    return scalar


def _skip_array(buffer: memoryview, offset: int) -> int:
    """Offset just past the array value at `offset`, reading only lengths."""
    item_type, count = _ARRAY_HEADER.unpack_from(buffer, offset)
    offset += 12
    scalar = _SCALAR_FORMATS.get(GGUFValueType(item_type))
    if scalar is not None:
        offset += count * struct.calcsize(f"<{scalar}")
    elif item_type == GGUFValueType.STRING:
        read_length = _LENGTH.unpack_from
        for _ in range(count):
            offset += 8 + read_length(buffer, offset)[0]
    else:
        for _ in range(count):
            offset = _skip_array(buffer, offset)
    if offset > len(buffer):
        raise ValueError(f"an array runs past the end of the file (to byte {offset})")
    return offset


def _decode_array(buffer: bytes, offset: int) -> tuple[list[object], int]:
    """The array value at `offset` as a list, and the offset just past it."""
    item_type, count = _ARRAY_HEADER.unpack_from(buffer, offset)
    offset += 12
    scalar = _SCALAR_FORMATS.get(GGUFValueType(item_type))
    items: list[object]
    if scalar is not None:
        dtype = np.dtype(f"<{scalar}")
        items = np.frombuffer(buffer, dtype=dtype, count=count, offset=offset).tolist()
        offset += count * dtype.itemsize
    elif item_type == GGUFValueType.STRING:
        read_length = _LENGTH.unpack_from
        items = []
        for _ in range(count):
            length = read_length(buffer, offset)[0]
            items.append(buffer[offset + 8 : offset + 8 + length].decode("utf-8"))
            offset += 8 + length
    else:
        items = []
        for _ in range(count):
            item, offset = _decode_array(buffer, offset)
            items.append(item)
    return items, offset
