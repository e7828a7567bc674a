"""``python -m tttv2``: the ``ttt`` command, for environments without its console script."""

from __future__ import annotations

from tttv2.cli import main

if __name__ == "__main__":
    main()
