"""``ttt new-plugin``: a ready package for a community module, written from the files in ``plugin_template/``.

The template is package data (``*.tmpl`` files, so neither pytest, mypy nor ruff mistake it for tttv2's own
code), filled in with :class:`string.Template`. The package's directory named ``package`` becomes its import name.
"""

from __future__ import annotations

import importlib.util
import keyword
import re
import string
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from tttv2.errors import TTTError
from tttv2.suggestions import did_you_mean

_PLUGIN_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
"""Lowercase words joined by single underscores: an import name whose dashed form is a distribution name."""
TEMPLATE_SUFFIX = ".tmpl"


class PluginTemplateError(TTTError, ValueError):
    """A plugin name or target directory that ``ttt new-plugin`` refuses, with the reason."""


def template_values(name: str) -> dict[str, str]:
    """The template's substitutions for plugin ``name``, or a PluginTemplateError saying what is wrong with it."""
    if not _PLUGIN_NAME.fullmatch(name) or keyword.iskeyword(name):
        fixed = re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")
        hint = did_you_mean([fixed]) if _PLUGIN_NAME.fullmatch(fixed) and not keyword.iskeyword(fixed) else ""
        raise PluginTemplateError(f"plugin name {name!r} must be a Python package name: lowercase letters and digits "
                                  f"in words joined by '_', starting with a letter, not a keyword{hint}")
    distribution = name.replace("_", "-")
    return {"package": name, "distribution": distribution, "registry_name": f"{distribution}-rms-norm"}


def write_plugin(name: str, parent: Path) -> Path:
    """Write the package for plugin ``name`` into ``parent / name`` (absent or empty) and return that directory."""
    values = template_values(name)
    target = parent / name
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        what = "a directory that is not empty" if target.is_dir() else "a file"
        raise PluginTemplateError(f"{target} already exists and is {what}: choose another name or --directory")
    found = importlib.util.find_spec(name)
    if found is not None and found.origin is not None:  # a namespace package (a bare folder here) is no clash
        raise PluginTemplateError(f"plugin name {name!r} is already taken by an importable package ({found.origin}): "
                                  f"the plugin would shadow it or be shadowed by it; choose another")
    template = files("tttv2") / "plugin_template"
    for source, relative in _template_files(template, ()):
        destination = target.joinpath(*(name if part == "package" else part for part in relative))
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(string.Template(source.read_text(encoding="utf-8")).substitute(values), encoding="utf-8")
    return target


def _template_files(folder: Traversable, relative: tuple[str, ...]) -> list[tuple[Traversable, tuple[str, ...]]]:
    """Every ``*.tmpl`` file under ``folder``, with its path (suffix removed) relative to the template's root."""
    found: list[tuple[Traversable, tuple[str, ...]]] = []
    for entry in sorted(folder.iterdir(), key=lambda each: each.name):
        if entry.is_dir():
            found += _template_files(entry, (*relative, entry.name))
        elif entry.name.endswith(TEMPLATE_SUFFIX):
            found.append((entry, (*relative, entry.name.removesuffix(TEMPLATE_SUFFIX))))
    return found
