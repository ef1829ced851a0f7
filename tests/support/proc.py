"""This process and the ones the tests start: open file descriptors, waiting for a condition,
how to run the CLI in this process (``run_cli``) and in a child process (``cli_argv``,
``cli_env``)."""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable, Mapping

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def open_fds() -> set[int]:
    return {int(name) for name in os.listdir("/proc/self/fd")}


def socket_fds() -> set[int]:
    """File descriptors of this process that are sockets."""
    found = set()
    for fd in open_fds():
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(fd)
    return found


def wait_until(predicate: Callable[[], object], timeout: float = 3.0,
               interval: float = 0.02) -> bool:
    """Poll ``predicate`` until it is true or ``timeout`` seconds pass; its last answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


def cli_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for ``python -m app`` in a child: this one without pytest's variables,
    the repository importable, no inherited warning filters; ``extra`` on top."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "COV_"))}
    env.update(extra or {})
    env["PYTHONPATH"] = REPO_ROOT + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONWARNINGS", None)
    return env


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def run_cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """``app.cli.main`` in this process with ``stdin`` as its input: (exit code, stdout, stderr)."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
