"""--password-stdin on an interactive terminal: the password is read without echo (getpass), the
server still gets it. A real pseudo-terminal (pty.fork, POSIX only) stands in for the user's."""

from __future__ import annotations

import os
import select
import sys
import time

import pytest

from tests.support.checks import LOCAL
from tests.support.proc import REPO_ROOT, cli_argv, cli_env, wait_until
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

pty = pytest.importorskip("pty")
termios = pytest.importorskip("termios")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def _read_until(fd: int, needle: bytes, seen: bytearray, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while needle not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            return needle in seen
        if not chunk:
            break
        seen += chunk
    return needle in seen


def _run_on_a_terminal(argv: list[str], typed: str) -> tuple[int, str]:
    """Run argv with a pseudo-terminal as stdin/stdout/stderr; type ``typed`` at the prompt."""
    env = cli_env()
    pid, fd = pty.fork()
    if pid == 0:  # child
        try:
            os.chdir(REPO_ROOT)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = bytearray()
    try:
        _read_until(fd, b"assword", seen, 15)  # the prompt, if there is one
        # getpass writes its prompt, then switches echo off: type only once it is off
        assert wait_until(lambda: not termios.tcgetattr(fd)[3] & termios.ECHO, timeout=10)
        os.write(fd, typed.encode() + b"\r")
        _read_until(fd, b"\x00never\x00", seen, 30)  # everything until the child ends
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def test_a_password_typed_on_a_terminal_is_not_echoed(smtp_starttls_auth: SmtpServer,
                                                      pki: TestPki) -> None:
    argv = cli_argv("check", LOCAL, "--port", str(smtp_starttls_auth.port), "--security",
                    "starttls", "--ca-file", str(pki.ca_file), "--timeout", "5",
                    "--connect-timeout", "2", "--user", CANARY_USER, "--password-stdin",
                    "--auth", "plain")
    code, output = _run_on_a_terminal(argv, CANARY_PASSWORD)
    assert CANARY_PASSWORD not in output, output
    assert "Password" in output  # the prompt, on the terminal
    assert code == 0, output
    assert [(a.login, a.success) for a in smtp_starttls_auth.auth_attempts] == \
        [(CANARY_USER, True)]
