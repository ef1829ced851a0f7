"""A greeting that arrives too slowly is reported as slow, not as silence (issue 14, defect 7).

Real loopback peers: a scripted server drips its greeting one byte every 0.3 s; another one says
nothing at all. The reply timeout (2 s) ends the slow greeting half-way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import Security, Timeouts
from tests.support.checks import assert_diagnosis, make_settings
from tests.support.servers import scripted
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import SmtpServer

ScriptedFactory = Callable[..., ScriptedServer]

SLOW = Timeouts(connect=1.0, reply=2.0, step=4.0, dns=1.0)
GREETING = b"220 slow.example ESMTP\r\n"


def _mentions_ssl_tls(fixes: tuple[str, ...]) -> list[str]:
    return [f for f in fixes if "SSL/TLS" in f or "465" in f]


def test_slow_greeting_is_slow_not_silent(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.make_slow_drip(GREETING, interval=0.3))
    started = time.monotonic()
    result = run_check(make_settings(server.port, security=Security.NONE, timeouts=SLOW))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_slow")
    assert elapsed < 8.0, f"a 2 s reply timeout let the drip run {elapsed:.1f} s"
    # what arrived is in the facts …
    partial = failed.facts["received_partial"]
    assert partial.startswith("220 sl"), failed.facts
    assert GREETING.decode().startswith(partial)
    assert failed.facts["bytes_received"] == len(partial.encode())
    assert 3 <= failed.facts["bytes_received"] < len(GREETING)
    # … in the transcript …
    server_lines = [line.text for line in failed.transcript if line.direction == "S"]
    assert any(text.startswith("220 sl") for text in server_lines), failed.transcript
    # … and in the words: slow, with the count; never "switch to SSL/TLS"
    assert failed.advice is not None
    assert "slow" in failed.advice.title.lower()
    assert f"{failed.facts['bytes_received']} bytes" in failed.summary
    assert not _mentions_ssl_tls(failed.advice.fixes), failed.advice.fixes
    assert any("timeout" in f.lower() for f in failed.advice.fixes)
    assert server.connections == 1  # bytes came at once: no TLS probe


def test_slow_greeting_partial_bytes_are_escaped(scripted_server_factory: ScriptedFactory) -> None:
    """Control bytes in what arrived are shown escaped, in the facts and the transcript."""
    server = scripted_server_factory(scripted.make_slow_drip(b"220 \x1b[31m slow.example\r\n", 0.2))
    result = run_check(make_settings(server.port, security=Security.NONE, timeouts=SLOW))
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_slow")
    assert "\x1b" not in failed.facts["received_partial"]
    assert "\\x1b" in failed.facts["received_partial"]
    assert all("\x1b" not in line.text for line in failed.transcript)


@pytest.mark.slow
def test_silent_server_still_greeting_timeout(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.silent)
    result = run_check(make_settings(server.port, security=Security.NONE, timeouts=SLOW))
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_timeout")
    assert "received_partial" not in failed.facts
    assert failed.facts.get("bytes_received", 0) == 0
    assert server.connections >= 2  # the TLS probe ran


def test_silent_tls_port_still_expected_tls(
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="tls")
    result = run_check(make_settings(server.port, security=Security.STARTTLS, timeouts=SLOW))
    failed = assert_diagnosis(result, "greeting", "tls.expected_tls")
    assert failed.advice is not None
    assert _mentions_ssl_tls(failed.advice.fixes)
