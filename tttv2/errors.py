"""One error tree for tttv2: every failure names what is at fault and where."""

from __future__ import annotations

from collections.abc import Sequence

from tttv2.suggestions import did_you_mean


class TTTError(Exception):
    """Base of every error tttv2 raises on purpose."""


class ConfigError(TTTError, ValueError):
    """A module was given invalid dimensions or settings."""


class SlotConfigError(ConfigError):
    """A module's constructor refused its settings while a graph was built; ``path`` names the slot (``layers[1].ffn``)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class TensorParallelError(ConfigError):
    """A model, mesh or backend that tensor parallelism cannot use: sizes the ranks do not divide, a mesh
    that is not 1-D, a module whose projections cannot be split, a backend without collectives."""


class ConformanceError(TTTError, TypeError):
    """A class does not satisfy the contract of its category."""

    def __init__(self, target: str, contract: str, problems: Sequence[object]) -> None:
        self.target = target
        self.contract = contract
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{target} does not conform to {contract}:\n{lines}")


class UnknownModuleError(TTTError, KeyError):
    """A registry lookup found no module; the message suggests close names."""

    def __init__(self, name: str, suggestions: Sequence[str], where: str = "registry") -> None:
        self.name = name
        self.suggestions = tuple(suggestions)
        self.message = f"unknown module {name!r} in the {where}{did_you_mean(self.suggestions)}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class DuplicateModuleError(TTTError, ValueError):
    """A name or alias is already registered by another class."""


class RegistrationError(TTTError, ValueError):
    """A registration's own arguments are wrong: a malformed name or alias, an unknown category or hardware."""


class SpecError(TTTError, ValueError):
    """A model spec is invalid; carries every problem found, each with its path."""

    def __init__(self, problems: Sequence[object], source: str = "spec") -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{source} has {len(self.problems)} problem(s):\n{lines}")


class DeviceCoverageError(SpecError):
    """No registered implementation covers the target device for some slots."""


class CheckpointError(TTTError, ValueError):
    """A checkpoint file is missing, corrupt, or does not match the model.

    ``path`` is the file or directory at fault and ``tensors`` the tensors involved, where known;
    the message names them too.
    """

    def __init__(self, message: str, *, path: object = None, tensors: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.tensors = tuple(tensors)


class UnsupportedArchitectureError(CheckpointError):
    """No family answers to the checkpoint's architecture."""


class DeviceUnavailableError(TTTError, RuntimeError):
    """The requested device (CUDA, Tenstorrent) is not present on this machine."""


class GenerationError(TTTError, ValueError):
    """Invalid generation settings or a prompt that does not fit the model."""
