"""Where ModelSpec.validate finds the graph builder: tttv2/__init__ installs it, so spec (data) never imports it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tttv2.spec import ModelSpec
    from tttv2.validation import SpecProblem


class SpecValidator(Protocol):
    """Every problem that would stop ``spec`` from building on ``device``; [] means it builds."""

    def __call__(self, spec: ModelSpec, device: str) -> list[SpecProblem]: ...


_installed: list[SpecValidator] = []


def install_spec_validator(validator: SpecValidator) -> None:
    """Make ``validator`` the one ModelSpec.validate runs (tttv2/__init__ installs tttv2.validation's)."""
    _installed[:] = [validator]


def spec_validator() -> SpecValidator:
    """The installed validator: always one, since importing any tttv2 module runs tttv2/__init__ first."""
    return _installed[0]
