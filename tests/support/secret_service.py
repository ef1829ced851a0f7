"""A real Secret Service for keychain tests: gnome-keyring on a private D-Bus session.

``secret_service()`` yields keyring's ``SecretService.Keyring`` talking to a gnome-keyring
daemon that the test starts itself (``dbus-daemon --session`` and ``gnome-keyring-daemon
--unlock --components=secrets`` with their data in a temporary folder), so no desktop session,
no login keyring and no dbus-run-session wrapper is needed. When the process already runs in a
D-Bus session with a usable Secret Service (CI's ``dbus-run-session``), that one is used.

Skips with the reason when the binaries are missing (``apt-get install gnome-keyring dbus``),
but fails when ``SMTP_DOCTOR_REAL_KEYRING=1`` is set (CI sets it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import pytest

REQUIRED = "SMTP_DOCTOR_REAL_KEYRING"
BUS = "DBUS_SESSION_BUS_ADDRESS"


def _usable(deadline: float) -> Any:
    """The SecretService backend once its default collection answers (None after deadline)."""
    from keyring.backends import SecretService

    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            backend = SecretService.Keyring()
            backend.get_preferred_collection()
            return backend
        except Exception as exc:  # not registered on the bus yet
            last = exc
            time.sleep(0.05)
    raise RuntimeError(f"the Secret Service did not come up: {last}")


def _skip_or_fail(reason: str) -> None:
    assert not os.environ.get(REQUIRED), f"{REQUIRED} is set but {reason}"
    pytest.skip(reason)


@contextlib.contextmanager
def secret_service(timeout: float = 10.0) -> Iterator[Any]:
    """keyring's SecretService backend on a real gnome-keyring (see the module docstring)."""
    if os.environ.get(BUS):
        try:
            yield _usable(time.monotonic() + 2.0)
            return
        except RuntimeError:
            pass  # a session bus without a keyring: start our own below
    missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(tool)]
    if missing:
        _skip_or_fail(f"{', '.join(missing)} not installed (apt-get install gnome-keyring dbus)")
    home = tempfile.mkdtemp(prefix="smtp-doctor-keyring-")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    daemon: subprocess.Popen[str] | None = None
    previous = os.environ.get(BUS)
    try:
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not address:
            _skip_or_fail("dbus-daemon reported no address")
        env = dict(os.environ, **{BUS: address}, XDG_DATA_HOME=home, XDG_RUNTIME_DIR=home,
                   HOME=home)
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=env, text=True)
        assert daemon.stdin is not None
        daemon.stdin.write("test-keyring")  # the new login keyring's password, then EOF
        daemon.stdin.close()
        os.environ[BUS] = address
        yield _usable(time.monotonic() + timeout)
    finally:
        if previous is None:
            os.environ.pop(BUS, None)
        else:
            os.environ[BUS] = previous
        for process in (daemon, bus):
            if process is not None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        if bus.stdout:
            bus.stdout.close()
        shutil.rmtree(home, ignore_errors=True)
