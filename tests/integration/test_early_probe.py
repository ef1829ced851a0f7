"""The TLS probe at a silent greeting starts at once and races the greeting (issue 16).

A plain-SMTP client on an implicit-TLS port hears nothing: a second connection tries a TLS
handshake after a short silence while the first keeps waiting, so "this port expects SSL/TLS"
comes in a blink instead of after seconds of silence. A server that greets at once never sees a
second connection; one that greets late still passes (the probe loses and is closed).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.checks.connection import run_check
from app.core.model import Security, Status, StopAfter, Timeouts
from tests.support.checks import assert_diagnosis, make_settings
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import Peer, ScriptedServer
from tests.support.servers.smtpd import SmtpServer

PATIENT = Timeouts(connect=2.0, reply=10.0, step=20.0, dns=1.0)


def test_expected_tls_comes_long_before_the_greeting_timeout(
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="tls")
    started = time.monotonic()
    result = run_check(make_settings(server.port, security=Security.STARTTLS, timeouts=PATIENT))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "greeting", "tls.expected_tls")
    assert failed.facts["suggested_security"] == "SSL/TLS"
    # the old code waited 2 s of silence before probing; a generous bound well under that
    assert elapsed < 1.5, f"took {elapsed:.2f} s"
    assert server.connections_made == 2  # the check's own connection and the probe


def test_prompt_greeting_means_no_second_connection(
        smtp_server_factory: Callable[..., SmtpServer], pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls")
    result = run_check(make_settings(server.port, security=Security.STARTTLS,
                                     stop_after=StopAfter.EHLO, ca_file=str(pki.ca_file)))
    assert result.status is not Status.FAIL, result.verdict
    assert server.connections_made == 1


def _late_greeting(peer: Peer) -> None:
    """Greet after 0.6 s of silence (long enough for the probe to start), then plain ESMTP."""
    if not peer.sleep(0.6):
        scripted.plain_esmtp(peer)


def test_late_greeting_still_passes_and_the_probe_loses(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(_late_greeting)
    result = run_check(make_settings(server.port, security=Security.NONE, timeouts=PATIENT,
                                     stop_after=StopAfter.EHLO))
    greeting = next(step for step in result.steps if step.id == "greeting")
    assert greeting.status is Status.PASS, result.verdict
    assert greeting.facts["greeting"].startswith("plain.example")
    assert server.connections == 2  # the probe ran beside the wait, and failed (no TLS there)
