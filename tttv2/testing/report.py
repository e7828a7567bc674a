"""What a conformance check found: one result per property, and the report that collects them."""

from __future__ import annotations

import attrs

ROW_HEADER = ("property", "result", "details")
"""Column names of :meth:`CheckReport.as_rows`."""


@attrs.frozen
class PropertyResult:
    """One property of a contract, checked: its name, whether it held, and the numbers behind the verdict."""

    name: str
    passed: bool
    message: str

    def __str__(self) -> str:
        return f"{'pass' if self.passed else 'FAIL'}  {self.name}: {self.message}"


@attrs.frozen
class CheckReport:
    """The outcome of :func:`tttv2.testing.check_module`: ``passed`` only if every property held."""

    target: str
    category: str
    results: tuple[PropertyResult, ...]

    @property
    def passed(self) -> bool:
        return bool(self.results) and all(r.passed for r in self.results)

    @property
    def failures(self) -> tuple[PropertyResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    def result(self, name: str) -> PropertyResult:
        """The result of property ``name``; KeyError (listing the checked names) if it was not checked."""
        for each in self.results:
            if each.name == name:
                return each
        raise KeyError(f"{name!r} was not checked; checked: {', '.join(r.name for r in self.results)}")

    def as_rows(self) -> list[tuple[str, str, str]]:
        """``(property, "pass" | "FAIL", details)`` per property, for a table under :data:`ROW_HEADER`."""
        return [(r.name, "pass" if r.passed else "FAIL", r.message) for r in self.results]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form, for ``ttt check --json``."""
        return {
            "target": self.target,
            "category": self.category,
            "passed": self.passed,
            "results": [{"name": r.name, "passed": r.passed, "message": r.message} for r in self.results],
        }

    def __str__(self) -> str:
        verdict = "conforms" if self.passed else f"fails {len(self.failures)} of {len(self.results)} properties"
        lines = [f"{self.target} [{self.category}]: {verdict}"]
        lines += [f"  {r}" for r in self.results]
        return "\n".join(lines)
