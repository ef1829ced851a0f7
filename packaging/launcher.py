"""The frozen app's entry script (PyInstaller needs a script; app/__main__.py is a package module).

No arguments: the GUI. ``--self-test``: the packaged-app smoke test (app/selftest.py). Anything
else: the command-line interface. The same as the ``smtp-doctor`` console script.
"""

from __future__ import annotations

import sys


def run() -> int:
    if sys.argv[1:2] == ["--self-test"]:
        from app.selftest import main as selftest_main

        return selftest_main(sys.argv[2:])
    from app.__main__ import main

    return main()


if __name__ == "__main__":
    # A GUI build on Windows (no console) has no sys.stdout/stderr: give them a sink so that a
    # stray print() or warning cannot crash the app.
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(run())
