"""Happy Eyeballs (RFC 8305): a black-holed IPv6 path no longer costs the whole connect timeout.

The suite's DNS server answers AAAA ::1 and A 127.0.0.1 for dual.test; ::1 on the server's port
is filtered (a listener with a full accept queue: SYNs are dropped, connect() hangs) while
127.0.0.1 answers SMTP. IPv4 starts 0.25 s after IPv6 and wins; the silent IPv6 attempt is
closed and reported as a warning with its own facts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import Security, Status, StopAfter, Timeouts
from tests.support.checks import assert_diagnosis, make_settings, step
from tests.support.servers.dns import DnsServer
from tests.support.servers.ports import filtered_at, ipv6_loopback
from tests.support.servers.smtpd import SmtpServer

PATIENT = Timeouts(connect=6.0, reply=5.0, step=10.0, dns=1.0)


@pytest.mark.skipif(not ipv6_loopback(), reason="no IPv6 loopback (::1) here")
def test_black_holed_ipv6_costs_a_stagger_not_the_connect_timeout(
        dns_server_factory: Callable[..., DnsServer], smtp_plain: SmtpServer) -> None:
    dns = dns_server_factory({"dual.test": {"AAAA": ["::1"], "A": ["127.0.0.1"]}})
    with filtered_at("::1", smtp_plain.port):
        started = time.monotonic()
        result = run_check(make_settings(smtp_plain.port, host="dual.test",
                                         nameserver=dns.nameserver, security=Security.NONE,
                                         timeouts=PATIENT, stop_after=StopAfter.EHLO))
        elapsed = time.monotonic() - started
    connected = assert_diagnosis(result, "connect", "tcp.timeout", Status.WARN)
    # serially this took the whole 6 s connect timeout; a generous bound far below it
    assert elapsed < 3.0, f"took {elapsed:.2f} s"
    assert connected.facts["connected_to"] == "127.0.0.1"
    assert connected.facts["family"] == "IPv4"
    results = {(a["address"], a["result"]) for a in connected.facts["attempts"]}
    assert results == {("::1", "timeout"), ("127.0.0.1", "connected")}
    [failed] = connected.facts["failed"]
    assert (failed["address"], failed["family"], failed["result"]) == ("::1", "IPv6", "timeout")
    assert "127.0.0.1" in failed["summary"] and "answered first" in failed["summary"]
    assert "::1" in connected.summary
    assert step(result, "greeting").status is Status.PASS
    assert smtp_plain.connections_made == 1
