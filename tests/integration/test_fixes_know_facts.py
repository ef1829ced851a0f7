"""Fixes that know the facts: the advice never tells the user to do what the run already does
(issue 14). Real loopback peers where a run is cheap; ``advise()`` with the context a real run
builds (``ConnectionCheck.advice_context`` + the failed step's facts) where it is not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.cancel import CancelToken
from app.core.checks.connection import ConnectionCheck, run_check
from app.core.knowledge.diagnoses import advise
from app.core.model import AuthMethod, IPVersion, Security, StopAfter, Timeouts
from tests.support.checks import assert_diagnosis, make_settings
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port, ipv6_loopback
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import SmtpServer

FULL_ADDRESS_FIX = "full email address"
PASSWORD = "Right-pass-9"


def _has(fixes: tuple[str, ...], words: str) -> bool:
    return any(words in fix for fix in fixes)


# -- auth.failed: the full e-mail address -----------------------------------------------------


@pytest.mark.parametrize(("username", "advised"), [("alice@example.com", False), ("alice", True)])
def test_auth_failed_full_address_only_when_not_used(
        smtp_server_factory: Callable[..., SmtpServer], username: str, advised: bool) -> None:
    server = smtp_server_factory(users={username: PASSWORD}, auth_require_tls=False)
    result = run_check(make_settings(server.port, security=Security.NONE, auth=AuthMethod.PLAIN,
                                     username=username, password="wrong-" + PASSWORD,
                                     stop_after=StopAfter.AUTH))
    failed = assert_diagnosis(result, "auth", "auth.failed")
    assert failed.advice is not None
    assert _has(failed.advice.fixes, FULL_ADDRESS_FIX) is advised, failed.advice.fixes
    assert _has(failed.advice.fixes, "Retype the password")  # the other fixes stay


# -- tcp.timeout: IPv4 / IPv6 -----------------------------------------------------------------


def test_tcp_timeout_over_ipv4_never_says_try_ipv4() -> None:
    with filtered_port("127.0.0.1") as port:
        result = run_check(make_settings(port, security=Security.NONE,
                                         ip_version=IPVersion.V4))
    failed = assert_diagnosis(result, "connect", "tcp.timeout")
    assert failed.advice is not None
    assert not _has(failed.advice.fixes, "IPv4"), failed.advice.fixes


@pytest.mark.skipif(not ipv6_loopback(), reason="needs IPv6 on loopback (::1)")
def test_tcp_timeout_over_ipv6_only_says_try_ipv4() -> None:
    with filtered_port("::1") as port:
        result = run_check(make_settings(port, host="::1", security=Security.NONE))
    failed = assert_diagnosis(result, "connect", "tcp.timeout")
    assert failed.advice is not None
    assert _has(failed.advice.fixes, "set the IP version to IPv4"), failed.advice.fixes


def test_unreachable_after_ipv4_never_says_set_ipv4() -> None:
    context = {**_context(ip_version=IPVersion.V4),
               "attempts": [{"address": "192.0.2.1", "family": "IPv4", "result": "unreachable"}]}
    fixes = advise("tcp.unreachable", context).fixes
    assert not _has(fixes, "IPv4"), fixes
    only_v6 = {**_context(), "attempts": [{"address": "2001:db8::1", "family": "IPv6"}]}
    assert _has(advise("tcp.unreachable", only_v6).fixes, "IP version to IPv4")


# -- ports and encryption ---------------------------------------------------------------------


def _context(**settings: object) -> dict[str, object]:
    """The context a real connection check gives ``advise`` (before the step's facts)."""
    return ConnectionCheck(make_settings(**{"port": 587, **settings}),  # type: ignore[arg-type]
                           CancelToken()).advice_context()


def test_refused_on_587_does_not_say_use_587() -> None:
    on_587 = advise("tcp.refused", _context(port=587, security=Security.STARTTLS)).fixes
    assert not _has(on_587, "use 587"), on_587
    assert _has(on_587, "try 465 with SSL/TLS")
    on_2525 = advise("tcp.refused", _context(port=2525)).fixes
    assert _has(on_2525, "use 587 with STARTTLS")


def test_timeout_port_25_hint_only_on_port_25() -> None:
    assert _has(advise("tcp.timeout", _context(port=25)).fixes, "Outbound port 25")
    assert not _has(advise("tcp.timeout", _context(port=587)).fixes, "Outbound port 25")


def test_expected_tls_keep_starttls_only_when_starttls_on_another_port() -> None:
    fixes = advise("tls.expected_tls", _context(port=587, security=Security.STARTTLS)).fixes
    assert not _has(fixes, "use port 587"), fixes
    fixes = advise("tls.expected_tls", _context(port=2465, security=Security.STARTTLS)).fixes
    assert _has(fixes, "keep STARTTLS and use port 587")
    fixes = advise("tls.expected_tls", _context(port=2465, security=Security.NONE)).fixes
    assert not _has(fixes, "keep STARTTLS"), fixes


def test_closed_with_matching_port_and_encryption_does_not_say_match_them() -> None:
    matching = advise("smtp.closed", _context(port=465, security=Security.TLS)).fixes
    assert not _has(matching, "encryption matches the port"), matching
    mismatched = advise("smtp.closed", _context(port=465, security=Security.STARTTLS)).fixes
    assert _has(mismatched, "encryption matches the port")


def test_greeting_timeout_after_tls_never_says_set_ssl_tls(
        scripted_server_factory: Callable[..., ScriptedServer], pki: TestPki) -> None:
    """Implicit TLS works, then the server says nothing: SSL/TLS is already on."""
    server = scripted_server_factory(scripted.silent, tls_context=pki.server_context())
    result = run_check(make_settings(server.port, security=Security.TLS,
                                     ca_file=str(pki.ca_file),
                                     timeouts=Timeouts(connect=1, reply=1.5, step=4, dns=1)))
    failed = assert_diagnosis(result, "greeting", "smtp.greeting_timeout")
    assert failed.advice is not None
    assert not _has(failed.advice.fixes, "set encryption to SSL/TLS"), failed.advice.fixes
    assert _has(failed.advice.fixes, "Raise the reply timeout to 60")


def test_reply_timeout_already_long_does_not_say_raise_to_60() -> None:
    long_wait = _context(timeouts=Timeouts(reply=90, step=120))
    assert not _has(advise("smtp.greeting_timeout", long_wait).fixes, "to 60 seconds")
    assert not _has(advise("smtp.reply_timeout", long_wait).fixes, "to 60 seconds")
    assert _has(advise("smtp.reply_timeout", _context()).fixes, "to 60 seconds")


def test_auth_mechanism_automatic_already() -> None:
    fixes = advise("auth.mechanism_unsupported", _context(auth=AuthMethod.AUTO)).fixes
    assert not _has(fixes, "Automatic"), fixes
    assert _has(advise("auth.mechanism_unsupported", _context(auth=AuthMethod.CRAM_MD5)).fixes,
                "Automatic")


def test_ports_filtered_control_host_already_on() -> None:
    from app.core.checks.ports import PortsCheck, PortsOptions

    def ctx(reference: str) -> dict[str, object]:
        check = PortsCheck(PortsOptions(host="127.0.0.1", ports=(2525,), reference=reference),
                           CancelToken())
        return {**check.advice_context(), "port": 2525}

    assert not _has(advise("ports.filtered", ctx("127.0.0.2")).fixes, "control host turned on")
    assert _has(advise("ports.filtered", ctx("")).fixes, "control host turned on")
