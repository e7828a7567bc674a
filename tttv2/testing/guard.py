"""Running the module under test's code so that whatever it does (raise SystemExit, hang) is a finding, not the end.

Each call runs in a daemon worker thread with the caller's context variables (the current registry
included). What the module raises comes back to the caller; ``SystemExit``, ``KeyboardInterrupt`` and
other ``BaseException``s come back wrapped in :class:`ModuleEscaped`, so a module cannot end the
process or the check run. A KeyboardInterrupt raised in the worker can only come from the module:
the operating system delivers a real Ctrl-C (SIGINT) to the main thread, which is waiting, so the
user's Ctrl-C still stops the run.

A call that outlives its time limit raises :class:`TimedOut`. Python cannot stop a thread, so the
worker is abandoned: it keeps running (and, if it spins, keeps taking CPU time) until the process
exits; being a daemon it never keeps the process alive.
"""

from __future__ import annotations

import contextvars
import threading
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ModuleEscaped(Exception):
    """The module under test raised a BaseException that is not an Exception (SystemExit, KeyboardInterrupt)."""

    def __init__(self, raised: BaseException) -> None:
        self.raised = raised
        super().__init__(f"{type(raised).__name__}{_arguments(raised)}{where(raised)}")


class TimedOut(Exception):
    """The module under test did not return within the time limit; its thread was abandoned, still running."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"timed out after {seconds:g} s (the call was abandoned; its thread may still run)")


def call_guarded(body: Callable[[], T], timeout: float | None) -> T:
    """``body()``, run in a daemon thread: its result, its exception re-raised, :class:`ModuleEscaped` or :class:`TimedOut`.

    ``timeout`` is in seconds; None waits as long as it takes.
    """
    results: list[T] = []
    raised: list[BaseException] = []
    context = contextvars.copy_context()

    def work() -> None:
        try:
            results.append(context.run(body))
        except BaseException as exc:  # anything the module does is the finding, reported to the caller
            raised.append(exc)

    worker = threading.Thread(target=work, name="tttv2-check", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        assert timeout is not None  # join() without a limit returns only when the thread has ended
        raise TimedOut(timeout)
    if not raised:
        return results[0]
    if not isinstance(raised[0], Exception):
        raise ModuleEscaped(raised[0]) from raised[0]
    raise raised[0]


def where(exc: BaseException) -> str:
    """`` (at file.py:12, in forward)``: the innermost frame that raised ``exc``, or ``""``."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    return f" (at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}, in {last.name})"


def _arguments(raised: BaseException) -> str:
    return f"({', '.join(repr(a) for a in raised.args)})" if raised.args else ""
