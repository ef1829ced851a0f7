"""SMTP conversation diagnoses against misbehaving loopback peers; deadlines and cancelling."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from app.core.cancel import CancelToken
from app.core.checks.connection import run_check
from app.core.model import (
    RunFinished,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StepFinished,
    StepStarted,
    StopAfter,
    Timeouts,
)
from tests.support.checks import assert_diagnosis, describe, make_settings, step
from tests.support.proc import socket_fds, wait_until
from tests.support.servers import scripted
from tests.support.servers.scripted import ScriptedServer

ScriptedFactory = Callable[..., ScriptedServer]


def _plain(port: int, **overrides: object) -> ServerSettings:
    overrides.setdefault("security", Security.NONE)
    return make_settings(port, **overrides)  # type: ignore[arg-type]


# ------------------------------------------------------------------------ greeting


@pytest.mark.slow
def test_greeting_timeout_silent_peer(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.silent)
    started = time.monotonic()
    result = run_check(_plain(server.port))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_timeout")
    assert failed.facts["waited_s"] >= 1.4
    assert elapsed < 6.0, f"a 1.5 s reply timeout took {elapsed:.1f} s"
    # the engine checked whether the port expects TLS before blaming the greeting
    assert server.connections >= 2


def test_greeting_timeout_respects_step_deadline(scripted_server_factory: ScriptedFactory) -> None:
    """Reply timeout 1.5 s, step deadline 2 s: the greeting step must end by the deadline."""
    server = scripted_server_factory(scripted.silent)
    result = run_check(_plain(server.port, timeouts=Timeouts(connect=1, reply=1.5, step=2,
                                                             dns=1)))
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_timeout")
    assert failed.duration_ms < 3000, f"greeting step ran {failed.duration_ms:.0f} ms"


def test_greeting_slow_drip_ends_at_deadline(scripted_server_factory: ScriptedFactory) -> None:
    """One byte a second: every recv succeeds, only the reply deadline ends the wait."""
    server = scripted_server_factory(scripted.slow_drip)
    started = time.monotonic()
    result = run_check(_plain(server.port))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_slow")
    assert 1400 <= failed.duration_ms < 4000, failed.duration_ms
    assert server.connections == 1  # bytes arrived at once: no TLS probe needed
    assert elapsed < 6.0, f"a 1.5 s reply timeout let a dripping greeting run {elapsed:.1f} s"


# A 4xx greeting or EHLO reply is classified like any other reply and said to be temporary.
# Postfix's anvil limit at the greeting: "421 4.7.0 <host> Error: too many connections from
# <addr>" (postfix smtpd.c, smtpd_client_connection_count_limit); postgrey-style greylisting
# of a whole session; Yahoo's deferral "421 4.7.0 [TSS04] Messages from ... temporarily
# deferred due to unexpected volume or user complaints" (senders.yahooinc.com/smtp-error-codes).
SESSION_REFUSALS = [
    ("greeting", b"421 4.7.0 mx.example Error: too many connections from 127.0.0.1\r\n",
     "smtp.too_many_connections"),
    ("greeting", b"421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to "
                 b"unexpected volume or user complaints - 4.16.55.1; see "
                 b"https://postmaster.yahooinc.com/error-codes\r\n", "send.rate_limited"),
    ("ehlo", b"450 4.7.1 Client host rejected: Greylisted, see "
             b"http://postgrey.schweikert.ch/help/example.html\r\n", "send.greylisted"),
]


@pytest.mark.parametrize(("step_id", "reply", "diagnosis"), SESSION_REFUSALS,
                         ids=[d for _s, _r, d in SESSION_REFUSALS])
def test_a_temporary_greeting_or_ehlo_refusal_names_its_cause(
        scripted_server_factory: ScriptedFactory, step_id: str, reply: bytes,
        diagnosis: str) -> None:
    handler = (scripted.make_reply_and_close(reply) if step_id == "greeting"
               else scripted.make_esmtp({"EHLO": reply.decode().rstrip()}))
    server = scripted_server_factory(handler)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, step_id, diagnosis)
    assert failed.facts["temporary"] is True and failed.facts["retry"]
    assert "temporary" in failed.summary


def test_busy_421(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.busy_421)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "greeting", "smtp.busy")
    assert failed.facts["reply_code"] == 421
    assert failed.facts["enhanced_code"] == "4.3.2"
    assert "too busy" in failed.summary


def test_rejected_554_greeting(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.reject_554)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "greeting", "smtp.rejected")
    assert failed.facts["reply_code"] == 554
    assert failed.facts["enhanced_code"] == "5.7.1"


def test_protocol_error_not_smtp_greeting(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.not_smtp_greeting)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "greeting", "smtp.protocol_error")
    assert "SSH-2.0" in failed.facts["received"]


# ------------------------------------------------------------------------ after the greeting


def test_closed_hangup_after_ehlo(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.hangup_after_ehlo)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "ehlo", "smtp.closed")
    assert step(result, "greeting").status is Status.PASS
    assert any(line.direction == "C" and line.text.startswith("EHLO")
               for line in failed.transcript)


def test_protocol_error_garbage_reply_to_ehlo(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.garbage)
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "ehlo", "smtp.protocol_error")
    assert "HTTP/1.1 400" in failed.facts["received"]


def test_reply_timeout_silent_after_greeting(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.silent_after_greeting)
    started = time.monotonic()
    result = run_check(_plain(server.port))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "ehlo", "smtp.reply_timeout")
    assert failed.facts["waited_s"] >= 1.4
    assert elapsed < 5.0, f"a 1.5 s reply timeout took {elapsed:.1f} s"


def test_reply_timeout_drip_ends_at_reply_deadline(
        scripted_server_factory: ScriptedFactory) -> None:
    """A byte every 0.3 s never trips a per-recv timeout; the whole-reply deadline ends it."""
    server = scripted_server_factory(scripted.make_drip_after_greeting(interval=0.3))
    result = run_check(_plain(server.port))
    failed = assert_diagnosis(result, "ehlo", "smtp.reply_timeout")
    assert 1400 <= failed.duration_ms < 4000, failed.duration_ms
    received = [line.text for line in failed.transcript if line.direction == "S"]
    assert received == []  # no complete line arrived within the deadline


def test_reply_timeout_drip_ends_at_step_deadline(
        scripted_server_factory: ScriptedFactory) -> None:
    """Generous reply timeout, short step deadline: the step deadline cuts the drip off."""
    server = scripted_server_factory(scripted.make_drip_after_greeting(interval=0.3))
    settings = _plain(server.port, timeouts=Timeouts(connect=1, reply=30, step=2, dns=1))
    started = time.monotonic()
    result = run_check(settings)
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "ehlo", "smtp.reply_timeout")
    assert failed.duration_ms < 4000, failed.duration_ms
    assert elapsed < 8.0


def test_starttls_unavailable(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.plain_esmtp)
    result = run_check(make_settings(server.port, security=Security.STARTTLS))
    failed = assert_diagnosis(result, "starttls", "smtp.starttls_unavailable")
    assert "STARTTLS" not in failed.facts["capabilities"]
    assert failed.facts["suggested_port"] == 465
    assert step(result, "ehlo").status is Status.PASS


def test_starttls_failed_server_stays_plain(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.starttls_then_plain)
    started = time.monotonic()
    result = run_check(make_settings(server.port, security=Security.STARTTLS))
    assert_diagnosis(result, "starttls", "smtp.starttls_failed")
    assert time.monotonic() - started < 6.0


def test_ehlo_rejected_falls_back_to_helo(scripted_server_factory: ScriptedFactory) -> None:
    """An old SMTP-only server: EHLO 502, HELO 250 -> warn, no extensions."""

    def smtp_only(peer: scripted.Peer) -> None:
        peer.send(b"220 old.example SMTP\r\n")
        while (line := peer.read_line()) is not None:
            verb = line.split(b" ", 1)[0].strip().upper()
            if verb == b"EHLO":
                peer.send(b"502 5.5.1 Command not implemented\r\n")
            elif verb == b"HELO":
                peer.send(b"250 old.example\r\n")
            elif verb == b"QUIT":
                peer.send(b"221 Bye\r\n")
                return

    server = scripted_server_factory(smtp_only)
    result = run_check(_plain(server.port))
    warned = assert_diagnosis(result, "ehlo", "smtp.protocol_error", Status.WARN)
    assert warned.facts["esmtp"] is False
    assert step(result, "quit").status is Status.PASS


# ------------------------------------------------------------------------ cancelling


def _cancel_once(port: int, when: float | Callable[[], bool]
                 ) -> tuple[RunResult, float, list[object]]:
    """Run a check with long deadlines, cancel it from another thread after ``when`` seconds or
    once ``when()`` is true."""
    token = CancelToken()
    events: list[object] = []
    long = Timeouts(connect=5, reply=30, step=60, dns=5)
    box: dict[str, RunResult] = {}

    def run() -> None:
        box["result"] = run_check(make_settings(port, security=Security.NONE, timeouts=long,
                                                stop_after=StopAfter.EHLO), events.append, token)

    worker = threading.Thread(target=run)
    worker.start()
    if callable(when):
        assert wait_until(when, timeout=10)
    else:
        time.sleep(when)
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(5)
    assert not worker.is_alive()
    return box["result"], time.monotonic() - cancelled_at, events


def _assert_cancelled(result: RunResult, ended_after: float, events: list[object],
                      step_id: str) -> None:
    assert ended_after < 1.0, f"the run ended {ended_after:.2f} s after cancel"
    assert result.cancelled is True, describe(result)
    assert result.verdict.startswith("Cancelled")
    cancelled = [s for s in result.steps if s.diagnosis == "cancelled"]
    assert [s.id for s in cancelled] == [step_id], describe(result)
    index = result.steps.index(cancelled[0])
    after = result.steps[index + 1:]
    assert after and all(s.status is Status.SKIPPED for s in after)
    assert isinstance(events[-1], RunFinished) and events[-1].result is result
    assert sum(isinstance(e, StepStarted) for e in events) == index + 1
    assert sum(isinstance(e, StepFinished) for e in events) == len(result.steps)


def test_cancel_while_waiting_for_reply(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.silent_after_greeting)
    before = socket_fds()
    result, ended_after, events = _cancel_once(server.port, lambda: server.heard(b"EHLO"))
    _assert_cancelled(result, ended_after, events, "ehlo")
    assert wait_until(lambda: socket_fds() <= before, timeout=2.0), socket_fds() - before


def test_cancel_while_waiting_for_greeting(scripted_server_factory: ScriptedFactory) -> None:
    """Against the silent server, cancel after 0.3 s; repeated, because the cancel races the
    greeting wait (a regression test for EBADF -> app.internal_error, fixed in 9ed0dd9)."""
    server = scripted_server_factory(scripted.silent)
    before = socket_fds()
    for _ in range(6):
        result, ended_after, events = _cancel_once(server.port, 0.3)
        _assert_cancelled(result, ended_after, events, "greeting")
    assert wait_until(lambda: socket_fds() <= before, timeout=2.0), socket_fds() - before


def test_cancel_during_dns_wait(dns_server, refused_port: int) -> None:  # type: ignore[no-untyped-def]
    token = CancelToken()
    settings = make_settings(refused_port, host="silent.test", nameserver=dns_server.nameserver,
                             security=Security.NONE,
                             timeouts=Timeouts(connect=5, reply=30, step=60, dns=10))
    timer = threading.Timer(0.3, token.cancel)
    started = time.monotonic()
    timer.start()
    try:
        result = run_check(settings, None, token)
    finally:
        timer.cancel()
    assert time.monotonic() - started < 1.5
    assert result.cancelled is True
    assert step(result, "resolve").diagnosis == "cancelled"

