"""Shared helpers for the integration tests: settings builders, assertions, extra scripted peers.

Everything here talks to real loopback peers; nothing is mocked. The extra handlers complement
``tests.servers.scripted`` for behaviours the shared test bed does not have.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import sys
import time
from collections.abc import Iterable
from typing import Any

from app.core.model import RunResult, ServerSettings, Status, StepResult, Timeouts
from tests.servers.scripted import Peer
from tests.servers.smtpd import CANARY_PASSWORD, CANARY_USER

# Short, generous-enough deadlines that keep the suite fast on a loaded 2-core machine.
FAST = Timeouts(connect=1.0, reply=1.5, step=5.0, dns=1.0)
LOCAL = "127.0.0.1"
SENDER = "alice@example.test"
RECIPIENT = "bob@example.test"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make_settings(port: int, host: str = LOCAL, **overrides: Any) -> ServerSettings:
    overrides.setdefault("timeouts", FAST)
    return ServerSettings(host=host, port=port, **overrides)


def auth_settings(port: int, **overrides: Any) -> ServerSettings:
    """Settings that log in as the canary user (callers choose security/auth/stop_after)."""
    overrides.setdefault("username", CANARY_USER)
    overrides.setdefault("password", CANARY_PASSWORD)
    return make_settings(port, **overrides)


def step(result: RunResult, step_id: str) -> StepResult:
    for item in result.steps:
        if item.id == step_id:
            return item
    raise AssertionError(f"no step {step_id!r} in {[s.id for s in result.steps]}")


def step_ids(result: RunResult) -> list[str]:
    return [s.id for s in result.steps]


def describe(result: RunResult) -> str:
    """A compact picture of a run for assertion messages."""
    lines = [f"status={result.status.value} verdict={result.verdict!r}"]
    for s in result.steps:
        lines.append(f"  {s.id:9} {s.status.value:7} {s.diagnosis or '-':28} {s.summary}")
    return "\n".join(lines)


def assert_diagnosis(result: RunResult, step_id: str, diagnosis: str,
                     status: Status = Status.FAIL) -> StepResult:
    """The step ``step_id`` ended with ``status`` and ``diagnosis`` and carries usable advice."""
    where = describe(result)
    failing = step(result, step_id)
    assert failing.status is status, where
    assert failing.diagnosis == diagnosis, where
    assert failing.advice is not None, where
    assert failing.advice.id == diagnosis
    assert failing.advice.title.strip(), where
    assert failing.advice.fixes and all(f.strip() for f in failing.advice.fixes), where
    assert failing.summary.strip(), where
    if status is Status.FAIL:
        assert result.status is Status.FAIL, where
        assert result.diagnosis == diagnosis, where
        # everything after the failing step (but QUIT-less cleanup) is skipped
        after = result.steps[result.steps.index(failing) + 1:]
        assert all(s.status is Status.SKIPPED for s in after), where
        assert result.verdict == failing.advice.title, where
    return failing


def secret_forms(password: str = CANARY_PASSWORD, user: str = CANARY_USER) -> list[str]:
    """The password and the base64 forms that carry it in AUTH PLAIN / LOGIN."""
    raw = password.encode()
    return [
        password,
        base64.b64encode(raw).decode(),
        base64.b64encode(f"\0{user}\0{password}".encode()).decode(),
        base64.b64encode(f"{user}\0{user}\0{password}".encode()).decode(),
    ]


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for form in secret_forms():
            assert form not in text, f"secret form {form!r} leaked"


def result_json(result: RunResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False)


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


def wait_until(predicate: Any, timeout: float = 3.0, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO_ROOT + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONWARNINGS", None)
    return env


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


# --------------------------------------------------------------------------- extra peers


def accept_then_close(peer: Peer) -> None:
    """Accept the TCP connection and close it at once (no greeting, no TLS)."""
    peer.close()


def stall(peer: Peer) -> None:
    """Read whatever comes (a ClientHello) and never answer: a handshake that stalls."""
    peer.hold()


def reset_on_hello(peer: Peer) -> None:
    """Read the first bytes (a ClientHello) then close: the handshake dies half way."""
    peer.sock.settimeout(5.0)
    try:
        peer.received += peer.sock.recv(4096)
    except OSError:
        return
    peer.close()


def make_esmtp(ehlo_lines: Iterable[str], replies: dict[str, str] | None = None,
               greeting: str = "220 scripted.example ESMTP ready") -> Any:
    """A small ESMTP peer: fixed EHLO capabilities and canned replies keyed by verb.

    ``replies`` maps an upper-case verb (``AUTH``, ``MAIL``, ``RCPT``, ``DATA``, ``.``) to the
    reply line; unknown verbs get 250. ``DATA`` defaults to 354 and the end of data to 250.
    """
    caps = list(ehlo_lines)
    table = {"DATA": "354 End data with <CR><LF>.<CR><LF>", ".": "250 2.0.0 OK queued as ABC123"}
    table.update(replies or {})

    def handler(peer: Peer) -> None:
        if not peer.send(greeting + "\r\n"):
            return
        in_data = False
        while True:
            line = peer.read_line(timeout=10.0)
            if line is None:
                return
            if in_data:
                if line.rstrip(b"\r\n") == b".":
                    in_data = False
                    peer.send(table["."] + "\r\n")
                continue
            verb = line.strip().split(b" ", 1)[0].split(b":", 1)[0].upper().decode()
            if verb in ("EHLO", "HELO"):
                body = ["scripted.example", *caps]
                text = "".join(f"250-{c}\r\n" for c in body[:-1]) + f"250 {body[-1]}\r\n"
                peer.send(text)
            elif verb == "QUIT":
                peer.send("221 2.0.0 Bye\r\n")
                return
            elif verb in table:
                reply = table[verb]
                peer.send(reply + "\r\n")
                if verb == "DATA" and reply.startswith("354"):
                    in_data = True
            else:
                peer.send("250 2.0.0 OK\r\n")

    return handler


def free_port_socket() -> socket.socket:
    sock = socket.socket()
    sock.bind((LOCAL, 0))
    return sock
