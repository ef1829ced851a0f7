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
    import gc

    gc.disable()  # no collections while importing: those objects live until exit anyway
    from .cli import main as cli_main

    gc.freeze()
    gc.enable()
    code = cli_main(argv)
    gc.freeze()  # the collections while the interpreter exits then skip our objects (~25 ms)
    return code


if __name__ == "__main__":
    sys.exit(main())
