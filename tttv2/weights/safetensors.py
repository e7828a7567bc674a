"""Hugging Face checkpoint directories: config.json plus one or more memory-mapped .safetensors shards."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import MappingProxyType, TracebackType
from typing import Protocol, cast

import torch
from safetensors import SafetensorError, safe_open
from typing_extensions import Self

from tttv2.errors import CheckpointError
from tttv2.weights.source import TensorInfo, closed_source_error, unknown_tensor_error

CONFIG_FILE = "config.json"
SINGLE_FILE = "model.safetensors"
INDEX_FILE = "model.safetensors.index.json"
MAX_JSON_BYTES = 64 << 20
"""config.json and the shard index are kilobytes (a trillion-parameter model's index ~10 MB); more is refused unread."""


class SafetensorsSource:
    """A Hugging Face checkpoint directory read lazily, one memory-mapped shard per file.

    `load` returns the tensor in the dtype the checkpoint stores (bf16 stays bf16); converting
    to the target dtype is the loader's job. `config` is the parsed config.json.
    """

    def __init__(
        self,
        *,
        path: Path,
        config: Mapping[str, object],
        shards: Mapping[Path, _Shard],
        locations: Mapping[str, Path],
        infos: Mapping[str, TensorInfo],
    ) -> None:
        self.path = path
        self.config = config
        self._shards: Mapping[Path, _Shard] | None = shards
        self._locations = locations
        self._infos = MappingProxyType(dict(infos))

    def tensor_infos(self) -> Mapping[str, TensorInfo]:
        """Every tensor by name, in shard order, then each shard's own order."""
        return self._infos

    def load(self, name: str) -> torch.Tensor:
        """Read one tensor from its shard, in the stored dtype."""
        if self._shards is None:
            raise closed_source_error(self.path, name)
        shard_path = self._locations.get(name)
        if shard_path is None:
            raise unknown_tensor_error(self.path, name, self._locations)
        try:
            return self._shards[shard_path].get_tensor(name)
        except SafetensorError as exc:
            raise CheckpointError(f"{shard_path}: cannot read tensor {name!r}: {exc}") from exc

    def load_raw(self, name: str) -> torch.Tensor:
        """The stored tensor: safetensors holds plain dtypes, so this is :meth:`load`."""
        return self.load(name)

    def load_part(self, name: str, dim: int, start: int, stop: int, *, raw: bool = False) -> torch.Tensor:
        """``start:stop`` along ``dim``, read through safetensors' slices: the rest of the tensor is never read."""
        if self._shards is None:
            raise closed_source_error(self.path, name)
        shard_path = self._locations.get(name)
        if shard_path is None:
            raise unknown_tensor_error(self.path, name, self._locations)
        index = (slice(None),) * dim + (slice(start, stop),)
        try:
            return self._shards[shard_path].get_slice(name)[index]
        except SafetensorError as exc:
            raise CheckpointError(f"{shard_path}: cannot read part {start}:{stop} of axis {dim} of tensor {name!r}: "
                                  f"{exc}") from exc

    def close(self) -> None:
        """Close every shard's memory map."""
        shards, self._shards = self._shards, None
        for shard in (shards or {}).values():
            shard.__exit__(None, None, None)

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
        shards = len(set(self._locations.values()))
        return f"SafetensorsSource({str(self.path)!r}, tensors={len(self._infos)}, shards={shards})"


def open_safetensors_dir(path: str | os.PathLike[str]) -> SafetensorsSource:
    """Open a Hugging Face directory: config.json, and model.safetensors or an index and its shards.

    Reads config.json and every shard header now, tensor data on `load`. Raises CheckpointError
    naming the file at fault: a missing config, index or shard, bad JSON, a corrupt header, or
    an index entry its shard does not hold.
    """
    directory = Path(path)
    if not directory.is_dir():
        what = "is a file, expected a directory" if directory.exists() else "no such directory"
        raise CheckpointError(f"{directory}: {what} (a Hugging Face checkpoint directory with {CONFIG_FILE})")
    config_path = directory / CONFIG_FILE
    if not config_path.exists():
        raise CheckpointError(f"{directory}: no {CONFIG_FILE} in the checkpoint directory")
    config = _read_json_object(config_path)
    shard_files, index = _shard_files(directory)
    shards: dict[Path, _Shard] = {}
    try:
        locations, infos = _describe_shards(directory, shard_files, index, shards)
    except CheckpointError:
        for shard in shards.values():
            shard.__exit__(None, None, None)
        raise
    return SafetensorsSource(
        path=directory,
        config=MappingProxyType(config),
        shards=shards,
        locations=locations,
        infos=infos,
    )


class _Slice(Protocol):
    """What tttv2 uses of safetensors' lazy slice (its stub leaves methods unannotated)."""

    def get_shape(self) -> list[int]: ...

    def get_dtype(self) -> str: ...

    def __getitem__(self, index: tuple[slice, ...]) -> torch.Tensor: ...


class _Shard(Protocol):
    """What tttv2 uses of an open `safetensors.safe_open` handle."""

    def keys(self) -> list[str]: ...

    def get_slice(self, name: str) -> _Slice: ...

    def get_tensor(self, name: str) -> torch.Tensor: ...

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None: ...


def _open_shard(file: Path) -> _Shard:
    try:
        handle = safe_open(file, framework="pt")
    except FileNotFoundError as exc:
        raise CheckpointError(f"{file}: no such shard file") from exc
    except SafetensorError as exc:
        raise CheckpointError(f"{file}: corrupt safetensors file: {exc}") from exc
    except OSError as exc:
        raise CheckpointError(f"{file}: cannot read the shard: {exc.strerror}") from exc
    # I/O edge: safe_open is untyped; _Shard names the methods this module calls.
    return cast(_Shard, handle)


def _read_json_object(file: Path) -> dict[str, object]:
    """A small JSON object file (config.json, the shard index); anything else is a CheckpointError naming it."""
    size = _check_regular(file).st_size
    if size > MAX_JSON_BYTES:
        raise CheckpointError(f"{file}: {size} bytes, more than any config or index needs "
                              f"(at most {MAX_JSON_BYTES >> 20} MiB read)", path=file)
    try:
        loaded: object = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CheckpointError(f"{file}: cannot read the file: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CheckpointError(f"{file}: not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise CheckpointError(f"{file}: JSON nested too deeply to be a checkpoint config", path=file) from exc
    if not isinstance(loaded, dict):
        raise CheckpointError(f"{file}: expected a JSON object, got {type(loaded).__name__}")
    return cast(dict[str, object], loaded)  # JSON object keys are always str


def _shard_files(directory: Path) -> tuple[list[Path], dict[str, Path] | None]:
    """The shard files in name order, and the index's tensor-to-shard map (None without an index)."""
    index_path = directory / INDEX_FILE
    if not index_path.exists():
        single = directory / SINGLE_FILE
        if not single.exists():
            raise CheckpointError(f"{directory}: neither {SINGLE_FILE} nor {INDEX_FILE} in the checkpoint directory")
        why = _escape(directory, SINGLE_FILE)
        if why is not None:
            raise CheckpointError(f"{single}{why}, outside the checkpoint directory {directory}", path=single)
        _check_regular(single)
        return [single], None
    weight_map = _read_json_object(index_path).get("weight_map")
    if not isinstance(weight_map, dict) or not all(isinstance(v, str) for v in weight_map.values()):
        raise CheckpointError(f"{index_path}: 'weight_map' must map tensor names to shard file names")
    reasons = {shard: _escape(directory, shard) for shard in set(weight_map.values())}
    escapes = {name: f"{name!r} -> {shard!r}{reasons[shard]}" for name, shard in weight_map.items()
               if reasons[shard] is not None}
    if escapes:
        listed = "; ".join(list(escapes.values())[:8]) + (" ..." if len(escapes) > 8 else "")
        raise CheckpointError(f"{index_path}: shard paths must stay inside the checkpoint directory {directory}; "
                              f"{listed}", path=index_path, tensors=list(escapes))
    index = {str(name): directory / shard for name, shard in weight_map.items()}
    shard_files = sorted(set(index.values()))
    missing = [str(file.relative_to(directory)) for file in shard_files if not _exists(file)]
    if missing:
        raise CheckpointError(f"{index_path}: references shard file(s) missing from {directory}: {', '.join(missing)}")
    for file in shard_files:
        _check_regular(file)
    return shard_files, index


def _escape(directory: Path, shard: str) -> str | None:
    """Why the shard file named ``shard`` lies outside ``directory`` (None when it is inside).

    An index is checkpoint data, not code: it must not make tttv2 read other files on the machine.
    Symlinks may point into the Hugging Face hub cache's ``blobs`` folder, which is how the cache
    stores every ``snapshots/<revision>/`` file; anywhere else outside is refused.
    """
    if "\0" in shard:
        return " (a NUL byte in the file name)"
    if PurePosixPath(shard).is_absolute() or PureWindowsPath(shard).is_absolute():
        return " (an absolute path)"
    if ".." in PurePosixPath(shard).parts or ".." in PureWindowsPath(shard).parts:
        return " (goes up with '..')"
    try:
        inside = directory.resolve()
        target = (inside / shard).resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (OSError from Python 3.13)
        return " (a symlink loop)"
    allowed = [inside]
    if inside.parent.name == "snapshots":
        allowed.append(inside.parent.parent / "blobs")
    if any(target.is_relative_to(root) for root in allowed):
        return None
    return f" (a symlink to {target})"


def _exists(path: Path) -> bool:
    """``path.exists()``, False too for a name the OS refuses (too long, say)."""
    try:
        return path.exists()
    except OSError:
        return False


def _check_regular(file: Path) -> os.stat_result:
    """The file's status; a device, FIFO or directory in its place is an error, before anything opens it.

    Reading ``/dev/zero`` never ends and opening a FIFO blocks, so neither is ever opened.
    """
    try:
        status = file.stat()
    except OSError as exc:
        raise CheckpointError(f"{file}: cannot read the file: {exc.strerror}", path=file) from exc
    if not stat.S_ISREG(status.st_mode):
        kind = "a directory" if stat.S_ISDIR(status.st_mode) else "a device, FIFO or socket"
        raise CheckpointError(f"{file}: not a regular file ({kind})", path=file)
    return status


def _describe_shards(
    directory: Path,
    shard_files: list[Path],
    index: dict[str, Path] | None,
    shards: dict[Path, _Shard],
) -> tuple[dict[str, Path], dict[str, TensorInfo]]:
    """Open each shard into `shards`; where each tensor lives, and what its header says.

    With an index, the index decides: a tensor a shard holds but the index does not list
    there is left out, and a listed tensor its shard lacks is an error.
    """
    locations: dict[str, Path] = {}
    infos: dict[str, TensorInfo] = {}
    for file in shard_files:
        shard = shards[file] = _open_shard(file)
        for name in shard.keys():
            if index is not None and index.get(name) != file:
                continue
            header = shard.get_slice(name)
            infos[name] = TensorInfo(name=name, shape=tuple(header.get_shape()), dtype=header.get_dtype())
            locations[name] = file
    if index is not None:
        absent = [f"{name!r} (in {file.name})" for name, file in index.items() if name not in locations]
        if absent:
            raise CheckpointError(f"{directory / INDEX_FILE}: lists tensor(s) their shard lacks: {', '.join(absent)}")
    return locations, infos
