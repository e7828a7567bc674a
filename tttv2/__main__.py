"""The ``ttt`` command's entry point (also ``python -m tttv2``): Ctrl-C while the CLI itself imports exits 130 too."""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # tttv2.cli.EXIT_INTERRUPTED, which cannot be imported before the CLI is


def run() -> None:
    """Import the CLI, then run it; an interrupt before the CLI's own handler exists ends quietly as well."""
    try:
        from tttv2.cli import main  # deferred so that an interrupt during its imports is caught here
    except KeyboardInterrupt:
        sys.stderr.write("\n[interrupted]\n")
        sys.exit(EXIT_INTERRUPTED)
    main()


if __name__ == "__main__":
    run()
