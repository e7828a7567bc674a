"""Which installed distribution provides a Python module: regular, editable and local (``file://``) installs."""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import attrs


def distribution_of(module: str) -> str | None:
    """``"name version"`` of the distribution providing ``module`` (``, editable`` added for one), or None.

    Regular installs are found from their file records. Editable and local installs record only a ``.pth``
    path entry (hatchling, setuptools' lenient mode) or an import finder (setuptools' strict mode): a
    top-level package counts as theirs when it is imported from that path entry and is named like the
    distribution (or listed in its ``top_level.txt``), or when the finder maps it. Anything else, such as
    a ``tests`` package beside the sources, is local code: None.
    """
    top = module.partition(".")[0]
    search_path = tuple(sys.path)
    for name in _packages_distributions(search_path).get(top, ()):
        try:
            return _label(importlib.metadata.distribution(name))
        except importlib.metadata.PackageNotFoundError:  # recorded, but gone since the cache was filled
            continue
    for location in _locations(top):
        for local in _local_installs(search_path):
            if local.provides(top, location):
                return local.label
    return None


@attrs.frozen
class _LocalInstall:
    """An editable or ``file://`` install: the path entries its ``.pth`` files add and its finder's packages."""

    label: str
    top_level: frozenset[str]
    path_entries: frozenset[Path]
    finder_packages: Mapping[str, Path]

    def provides(self, top: str, location: Path) -> bool:
        if self.finder_packages.get(top) == location:
            return True
        return location.parent in self.path_entries and _normalize(top) in self.top_level


@functools.lru_cache(maxsize=4)
def _packages_distributions(search_path: tuple[str, ...]) -> Mapping[str, list[str]]:
    """Top-level names to distributions, from records; cached per ``sys.path``, which ``search_path`` is."""
    return importlib.metadata.packages_distributions()


@functools.lru_cache(maxsize=4)
def _local_installs(search_path: tuple[str, ...]) -> tuple[_LocalInstall, ...]:
    """Every editable or local install on ``search_path`` (``sys.path`` when cached)."""
    installs = []
    for dist in importlib.metadata.distributions(path=list(search_path)):
        direct_url = _direct_url(dist)
        if not str(direct_url.get("url", "")).startswith("file://"):
            continue
        name = _normalize(dist.metadata["Name"] or "")
        declared = (dist.read_text("top_level.txt") or "").split()
        entries: set[Path] = set()
        finder: dict[str, Path] = {}
        for file in dist.files or ():
            located = Path(str(dist.locate_file(file)))
            if file.suffix == ".pth":
                entries.update(_path_entries(located))
            elif re.fullmatch(r"__editable___.*_finder\.py", file.name):
                finder.update(_finder_mapping(located))
        installs.append(_LocalInstall(label=_label(dist), top_level=frozenset({name, *map(_normalize, declared)}),
                                      path_entries=frozenset(entries), finder_packages=finder))
    return tuple(installs)


def _locations(top: str) -> Iterator[Path]:
    """Where the imported top-level module ``top`` lives: its package directories, or its file."""
    loaded = sys.modules.get(top)
    spec = loaded.__spec__ if loaded is not None else None
    if spec is None:
        return
    if spec.submodule_search_locations is not None:
        yield from (Path(each).resolve() for each in spec.submodule_search_locations)
    elif spec.origin is not None and spec.has_location:
        yield Path(spec.origin).resolve()


def _path_entries(pth: Path) -> Iterator[Path]:
    """The directories a ``.pth`` file adds to ``sys.path`` (its ``import`` lines are code, never run here)."""
    try:
        lines = pth.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        entry = line.strip()
        if entry and not entry.startswith(("#", "import ", "import\t")):
            yield (pth.parent / entry).resolve()


def _finder_mapping(finder: Path) -> dict[str, Path]:
    """``MAPPING`` of a setuptools editable finder (package name to directory), read without importing it."""
    try:
        tree = ast.parse(finder.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        if any(isinstance(target, ast.Name) and target.id == "MAPPING" for target in targets):
            try:
                mapping = ast.literal_eval(value)
            except ValueError:
                return {}
            return {str(k): Path(str(v)).resolve() for k, v in mapping.items()} if isinstance(mapping, dict) else {}
    return {}


def _direct_url(dist: importlib.metadata.Distribution) -> dict[str, object]:
    try:
        parsed = json.loads(dist.read_text("direct_url.json") or "{}")
    except json.JSONDecodeError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _label(dist: importlib.metadata.Distribution) -> str:
    dir_info = _direct_url(dist).get("dir_info")
    editable = isinstance(dir_info, dict) and dir_info.get("editable") is True
    return f"{dist.metadata['Name']} {dist.version}" + (", editable" if editable else "")


def _normalize(name: str) -> str:
    """PEP 503 name normalisation, so ``my_pkg`` (a package) matches ``My-Pkg`` (a distribution)."""
    return re.sub(r"[-_.]+", "-", name).lower()
