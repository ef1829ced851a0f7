"""Deadlines: a silent and a slow-drip peer at each step — how far past its deadline it ends.

    python -m bench.deadlines [--step S]

The engine's rule: every step has an overall deadline (``Timeouts.step``), and a server that
drips one byte at a time must not keep a step alive past it. Each case runs the connection
check (``run_check``) against a scripted loopback peer (127.0.0.1) that misbehaves at one step,
with ``Timeouts(connect=2, reply=30, step=S)`` — the reply timeout is longer than the step
deadline, so the step deadline is what has to end the step. Measured: the failing step's
``duration_ms`` minus S (the runner's clock starts before the step's deadline is set).
Goal: within 0.2 s.

Peers (the drip ones send a byte every 0.2 s, so a per-read timeout would never fire):

* greeting: ``silent`` (accepts, says nothing) / ``slow_drip`` (the 220 line, dripped);
* EHLO: greets, then silent / greets, then drips the EHLO reply;
* TLS handshake: answers STARTTLS with 220, then never answers the ClientHello / drips the
  bytes of a TLS record;
* AUTH: advertises AUTH PLAIN (no TLS), then silent / drips the 235 reply.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable

from bench import Figure, loadavg
from tests.support.servers.scripted import (
    TLS_RECORD_BYTES,
    Peer,
    ScriptedServer,
    make_drip_after_greeting,
    make_slow_drip,
    silent,
    silent_after_greeting,
)

DRIP = 0.2
GOAL_S = 0.2


def _esmtp(peer: Peer, extensions: bytes, on_verb: dict[bytes, Callable[[Peer], None]]) -> None:
    if not peer.send(b"220 bench.example ESMTP ready\r\n"):
        return
    while True:
        line = peer.read_line(timeout=30.0)
        if line is None:
            return
        verb = line.strip().split(b" ", 1)[0].upper()
        if verb in on_verb:
            on_verb[verb](peer)
            return
        if verb == b"EHLO":
            peer.send(b"250-bench.example\r\n" + extensions + b"250 8BITMIME\r\n")
        elif verb == b"QUIT":
            peer.send(b"221 bye\r\n")
            return
        else:
            peer.send(b"502 5.5.1 not here\r\n")


def starttls_then(after: Callable[[Peer], None]) -> Callable[[Peer], None]:
    def handler(peer: Peer) -> None:
        def on_starttls(p: Peer) -> None:
            if p.send(b"220 2.0.0 Ready to start TLS\r\n"):
                after(p)
        _esmtp(peer, b"250-STARTTLS\r\n", {b"STARTTLS": on_starttls})
    return handler


def auth_then(after: Callable[[Peer], None]) -> Callable[[Peer], None]:
    def handler(peer: Peer) -> None:
        _esmtp(peer, b"250-AUTH PLAIN\r\n", {b"AUTH": after})
    return handler


def _hold(peer: Peer) -> None:
    peer.hold()


def _drip_tls(peer: Peer) -> None:
    # after the client's ClientHello is on its way (a byte sent with the 220 would be a
    # different failure: data before the handshake)
    if not peer.sleep(DRIP) and peer.drip(TLS_RECORD_BYTES, DRIP):
        peer.hold()


def _drip_235(peer: Peer) -> None:
    if peer.drip(b"235 2.7.0 Authentication successful, eventually\r\n", DRIP):
        peer.hold()


LONG_GREETING = b"220 " + b"slow" * 40 + b" ESMTP\r\n"

#: (figure label, failing step id, handler, security, stop_after, auth)
CASES: list[tuple[str, str, Callable[[Peer], None], str, str, str]] = [
    ("greeting, silent", "greeting", silent, "none", "ehlo", "none"),
    ("greeting, slow drip", "greeting", make_slow_drip(LONG_GREETING, DRIP), "none", "ehlo",
     "none"),
    ("EHLO reply, silent", "ehlo", silent_after_greeting, "none", "ehlo", "none"),
    ("EHLO reply, slow drip", "ehlo", make_drip_after_greeting(DRIP), "none", "ehlo", "none"),
    ("TLS handshake, stalled", "starttls", starttls_then(_hold), "starttls", "tls", "none"),
    ("TLS handshake, slow drip", "starttls", starttls_then(_drip_tls), "starttls", "tls",
     "none"),
    ("AUTH reply, silent", "auth", auth_then(_hold), "none", "auth", "plain"),
    ("AUTH reply, slow drip", "auth", auth_then(_drip_235), "none", "auth", "plain"),
]


def one_case(handler: Callable[[Peer], None], step_id: str, security: str, stop_after: str,
             auth: str, step_s: float) -> tuple[float, str]:
    """(seconds the step ran, its status and diagnosis)."""
    from app.core.checks.connection import run_check
    from app.core.model import Timeouts
    from app.core.validate import parse_form

    with ScriptedServer(handler) as server:
        form = {"host": "127.0.0.1", "port": str(server.port), "security": security,
                "auth": auth, "stop_after": stop_after, "verify_tls": False}
        if auth != "none":
            form.update(username="alice", password="not-a-real-password")
        settings = parse_form(form)
        settings = dataclasses.replace(settings, timeouts=Timeouts(connect=2.0, reply=30.0,
                                                                   step=step_s))
        result = run_check(settings)
    step = next(s for s in result.steps if s.id == step_id)
    return step.duration_ms / 1000, f"{step.status.value} {step.diagnosis or ''}".strip()


def measure(step_s: float, runs: int = 1) -> list[tuple[str, list[float], str]]:
    out = []
    for label, step_id, handler, security, stop_after, auth in CASES:
        durations, what = [], ""
        for _ in range(runs):
            duration, what = one_case(handler, step_id, security, stop_after, auth, step_s)
            durations.append(duration)
        out.append((label, durations, what))
    return out


def run(quick: bool = False, step_s: float | None = None) -> list[Figure]:
    s = step_s or (1.0 if quick else 2.0)
    figures = []
    for label, durations, what in measure(s):
        over = max(durations) - s
        figures.append(Figure(f"Deadline: {label} (step deadline {s:g} s)",
                              f"ends <= {GOAL_S:g} s past it", f"{over:+.3f} s",
                              over <= GOAL_S, f"step ended {what}"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=float, default=2.0, help="the step deadline, seconds")
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    for figure in run(False, args.step):
        print(f"{figure.name:55} {figure.measured:>9}  {figure.verdict}  {figure.note}")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
