"""`python -m app` and the `smtp-doctor` entry point: no arguments opens the GUI, else the CLI."""

from __future__ import annotations

import sys


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == ["--self-test"]:
        from .selftest import main as selftest_main

        return selftest_main(argv[1:])
    if not argv:
        from .gui.app import main as gui_main  # Qt is imported only for the GUI

        return gui_main()
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
