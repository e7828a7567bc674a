"""'Did you mean ...' hints: close matches for a misspelled name, written the same way in every error."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence


def close_matches(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The ``n`` choices most like ``word`` (difflib's ratio at least ``cutoff``)."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff)


def did_you_mean(suggestions: Sequence[str]) -> str:
    """``"; did you mean 'a', 'b'?"``, or ``""`` when there is nothing to suggest."""
    return f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
