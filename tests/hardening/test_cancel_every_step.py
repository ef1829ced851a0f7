"""Cancel at every step: the run ends within 1 s of cancel, says so, and leaves no socket open.

Each case stalls the run at exactly one step with long timeouts (so only the cancel can end it
quickly), cancels from this thread through the run's CancelToken, and then checks: the run ended
within 1 s, ``RunResult.cancelled`` is True, the stalled step is the one marked "cancelled", every
later step is skipped, and /proc/self/fd holds no more sockets than before the run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.core.model import AuthMethod, Security, Status, StopAfter
from tests.support.checks import (
    LONG,
    RECIPIENT,
    SENDER,
    describe,
    no_internal_error,
    run_and_cancel,
    settings,
)
from tests.support.proc import socket_fds, wait_until
from tests.support.servers import hostile
from tests.support.servers.dns import DnsServer, default_dns_server
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port
from tests.support.servers.scripted import ScriptedServer

pytestmark = pytest.mark.usefixtures("warm_engine")

CANCEL_BOUND = 1.0


@dataclass
class Stall:
    """Where the run waits, and what tells the test it is waiting there."""

    port: int
    reached: threading.Event | float
    overrides: dict[str, Any]


@pytest.fixture
def stall_at(pki: TestPki, scripted_server_factory: Callable[..., ScriptedServer]
             ) -> Iterator[Callable[[str], Stall]]:
    extra: list[Any] = []

    def build(where: str) -> Stall:
        send = {"mail_from": SENDER, "rcpt_to": RECIPIENT, "stop_after": StopAfter.DATA}
        if where in ("GREETING", "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "."):
            server = hostile.StallAt(where, starttls=where == "STARTTLS")
            port = scripted_server_factory(server).port
            overrides: dict[str, Any] = dict(send)
            if where == "STARTTLS":
                overrides["security"] = Security.STARTTLS
            if where == "AUTH":
                overrides.update(auth=AuthMethod.PLAIN, username="alice", password="pw")
            return Stall(port, server.reached, overrides)
        if where == "tls_handshake":
            port = scripted_server_factory(hostile.tls_stall_after_client_hello).port
            return Stall(port, 0.5, {"security": Security.TLS})
        if where == "starttls_handshake":
            port = scripted_server_factory(hostile.starttls_then_stall_handshake).port
            return Stall(port, 0.5, {"security": Security.STARTTLS})
        if where == "dripping_reply":
            port = scripted_server_factory(hostile.endless_ehlo_slow).port
            return Stall(port, 0.5, {})
        if where == "connect":
            context = filtered_port()
            port = context.__enter__()
            extra.append(context)
            return Stall(port, 0.5, {})
        if where == "resolve":
            dns: DnsServer = default_dns_server().__enter__()
            extra.append(dns)
            refused = 9  # never reached: the name never resolves
            return Stall(refused, 0.5, {"host": "silent.test", "nameserver": dns.nameserver})
        raise AssertionError(where)

    yield build
    for item in extra:
        item.__exit__(None, None, None)


CASES = [
    ("resolve", "resolve"),
    ("connect", "connect"),
    ("tls_handshake", "tls"),
    ("GREETING", "greeting"),
    ("EHLO", "ehlo"),
    ("dripping_reply", "ehlo"),
    ("STARTTLS", "starttls"),
    ("starttls_handshake", "starttls"),
    ("AUTH", "auth"),
    ("MAIL", "mail"),
    ("RCPT", "rcpt"),
    ("DATA", "data"),
    (".", "data"),
]


def _ids(value: Any) -> str:
    return {".": "end_of_data"}.get(value, str(value).lower()) if isinstance(value, str) else ""


@pytest.mark.parametrize(("where", "step_id"), CASES, ids=_ids)
def test_cancel_ends_the_run_within_a_second(where: str, step_id: str,
                                             stall_at: Callable[[str], Stall]) -> None:
    stall = stall_at(where)
    before = socket_fds()
    run = run_and_cancel(settings(stall.port, timeouts=LONG, **stall.overrides), stall.reached)
    result = run.result
    where_text = describe(result) + f"\n  ended {run.ended_after_cancel:.2f} s after cancel"
    no_internal_error(result)
    assert run.ended_after_cancel < CANCEL_BOUND, where_text
    assert result.cancelled is True, where_text
    assert result.verdict.startswith("Cancelled"), where_text
    cancelled = [s for s in result.steps if s.diagnosis == "cancelled"]
    assert [s.id for s in cancelled] == [step_id], where_text
    later = result.steps[result.steps.index(cancelled[0]) + 1:]
    assert all(s.status is Status.SKIPPED for s in later), where_text
    if where != "resolve":  # see test_cancel_during_resolve_closes_its_sockets
        assert wait_until(lambda: socket_fds() <= before, timeout=2.0), (
            f"sockets left open: {sorted(socket_fds() - before)}")


def test_cancel_during_resolve_closes_its_sockets(stall_at: Callable[[str], Stall]) -> None:
    stall = stall_at("resolve")
    before = socket_fds()
    run = run_and_cancel(settings(stall.port, timeouts=LONG, **stall.overrides), stall.reached)
    assert run.result.cancelled is True
    assert wait_until(lambda: socket_fds() <= before, timeout=2.0), (
        f"sockets left open: {sorted(socket_fds() - before)}")


@pytest.mark.parametrize("where", ["GREETING", "dripping_reply"])
def test_cancel_repeatedly(where: str, stall_at: Callable[[str], Stall]) -> None:
    """Cancel lands at scattered points of a silent greeting (the wait for readability, then the
    read) and of a dripping reply (between two reads); every run ends cancelled, none with an
    internal error."""
    for delay in (0.05, 0.12, 0.2, 0.26, 0.33, 0.41):
        stall = stall_at(where)
        before = socket_fds()
        run = run_and_cancel(settings(stall.port, timeouts=LONG), delay)
        no_internal_error(run.result)
        assert run.result.cancelled is True, describe(run.result)
        assert run.ended_after_cancel < CANCEL_BOUND
        assert wait_until(lambda: socket_fds() <= before, timeout=2.0)  # noqa: B023
