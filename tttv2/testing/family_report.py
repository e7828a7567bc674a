"""What ``check_family`` found: per parity config and checkpoint format, each check with its figures."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

FAMILY_ROW_HEADER = ("config", "format", "result", "min logits PCC", "argmax", "greedy tokens",
                     "cached decode error", "note")
"""Column names of :meth:`FamilyReport.as_rows`."""


@attrs.frozen
class ParityCheck:
    """One comparison with transformers (``logits``, ``argmax``, ``greedy``, ``cached decode``) and its numbers."""

    name: str
    passed: bool
    detail: str

    def __str__(self) -> str:
        return f"{'pass' if self.passed else 'FAIL'}  {self.name}: {self.detail}"


@attrs.frozen
class ConfigResult:
    """One parity config loaded from one checkpoint format (``safetensors`` or ``gguf``).

    ``status`` is ``pass``, ``FAIL`` or ``skipped``. ``error`` says what raised before the checks
    could run (building, saving or loading); ``skipped`` why the format was not tried;
    ``first_divergence`` names the first stage (``embedding``, ``layer N``, ``final norm``, ``head``)
    whose hidden states disagree with transformers' when a check failed; ``figures`` holds the
    numbers (``min_pcc``, ``max_abs_error``, ``argmax_agreeing`` of ``positions``, ``greedy_agreeing`` of
    ``new_tokens``, ``decode_max_error`` against ``decode_tolerance``) for tools.
    """

    config: str
    model_type: str
    checkpoint_format: str
    checks: tuple[ParityCheck, ...] = ()
    figures: Mapping[str, float] = attrs.field(factory=dict)
    first_divergence: str | None = None
    stage_pccs: tuple[tuple[str, float], ...] = ()
    error: str | None = None
    skipped: str | None = None

    @property
    def status(self) -> str:
        if self.skipped is not None:
            return "skipped"
        return "pass" if self.error is None and self.checks and all(c.passed for c in self.checks) else "FAIL"

    @property
    def passed(self) -> bool:
        """True when every check held, or the format was skipped for a stated reason."""
        return self.status != "FAIL"

    def check(self, name: str) -> ParityCheck:
        """The check called ``name``; KeyError listing the checks that ran."""
        for each in self.checks:
            if each.name == name:
                return each
        raise KeyError(f"{name!r} was not checked; checked: {', '.join(c.name for c in self.checks) or 'nothing'}")

    def as_row(self) -> tuple[str, ...]:
        """One row of figures under :data:`FAMILY_ROW_HEADER`; ``str(self)`` has each check's full detail."""
        f = self.figures
        if not self.checks:
            return (self.config, self.checkpoint_format, self.status, "-", "-", "-", "-", self.skipped or self.error or "")
        note = f"first diverging stage: {self.first_divergence}" if self.first_divergence else ""
        return (self.config, self.checkpoint_format, self.status, f"{f['min_pcc']:.6f}",
                f"{f['argmax_agreeing']:.0f}/{f['positions']:.0f}", f"{f['greedy_agreeing']:.0f}/{f['new_tokens']:.0f}",
                f"{f['decode_max_error']:.2g} (tol {f['decode_tolerance']:.2g})", note)

    def as_dict(self) -> dict[str, object]:
        return {
            "config": self.config, "model_type": self.model_type, "format": self.checkpoint_format,
            "status": self.status, "checks": [attrs.asdict(c) for c in self.checks], "figures": dict(self.figures),
            "first_divergence": self.first_divergence, "stage_pccs": [list(s) for s in self.stage_pccs],
            "error": self.error, "skipped": self.skipped,
        }

    def __str__(self) -> str:
        lines = [f"{self.config} [{self.model_type}, {self.checkpoint_format}]: {self.status}"]
        if self.skipped is not None:
            lines.append(f"  skipped: {self.skipped}")
        if self.error is not None:
            lines.append(f"  error: {self.error}")
        lines += [f"  {c}" for c in self.checks]
        if self.first_divergence is not None:
            stages = ", ".join(f"{stage} {pcc:.6f}" for stage, pcc in self.stage_pccs)
            lines.append(f"  first diverging stage: {self.first_divergence} (PCC per stage: {stages})")
        return "\n".join(lines)


@attrs.frozen
class FamilyReport:
    """The outcome of :func:`tttv2.testing.check_family`: ``passed`` only if no config failed in any format."""

    family: str
    results: tuple[ConfigResult, ...]

    @property
    def passed(self) -> bool:
        return any(r.status == "pass" for r in self.results) and all(r.passed for r in self.results)

    @property
    def failures(self) -> tuple[ConfigResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    def result(self, config: str, checkpoint_format: str = "safetensors") -> ConfigResult:
        """The result of parity config ``config`` in ``checkpoint_format``; KeyError listing what ran."""
        for each in self.results:
            if (each.config, each.checkpoint_format) == (config, checkpoint_format):
                return each
        ran = ", ".join(f"{r.config} ({r.checkpoint_format})" for r in self.results)
        raise KeyError(f"no result for {config!r} in {checkpoint_format}; results: {ran}")

    def as_rows(self) -> list[tuple[str, ...]]:
        """One row per config and format, under :data:`FAMILY_ROW_HEADER`."""
        return [r.as_row() for r in self.results]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form, for ``ttt check-family --json``."""
        return {"family": self.family, "passed": self.passed, "results": [r.as_dict() for r in self.results]}

    def __str__(self) -> str:
        verdict = "passes" if self.passed else f"fails {len(self.failures)} of {len(self.results)}"
        return "\n".join([f"family {self.family!r}: {verdict} against transformers", *map(str, self.results)])
