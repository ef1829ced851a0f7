"""smtp.Session, the one SMTP session opener, against real loopback peers: the stages, typed
failures, capabilities from parse_capabilities, and the socket closed on every path."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.core.cancel import CancelToken
from app.core.errors import CertificateRejected, CertProblem
from app.core.model import Security
from app.core.protocol.net import connect, literal_address
from app.core.protocol.smtp import Channel, GreetingRefused, Session, StartTLSUnavailable
from app.core.protocol.tls import make_context
from app.core.protocol.transcript import Transcript
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer


def _session(port: int, server_hostname: str = "localhost") -> Session:
    address = literal_address("127.0.0.1")
    assert address is not None
    cancel = CancelToken()
    sock = connect(address, port, 5.0, cancel)
    channel = Channel(sock, Transcript(), cancel, 5.0, time.monotonic() + 30)
    return Session(channel, "client.test", server_hostname)


def _closed(session: Session) -> bool:
    return session.channel.sock.fileno() == -1


def test_starttls_session_parses_capabilities_before_and_after_tls(
        smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    with _session(smtp_starttls_auth.port) as session:
        session.greet()
        session.hello()
        before = dict(session.caps)
        session.starttls(make_context(ca_file=str(pki.ca_file)))
        session.hello()
        assert session.greeting is not None and session.greeting.code == 220
        assert "STARTTLS" in before and "AUTH" not in before  # AUTH only after TLS here
        assert "PLAIN" in session.caps["AUTH"].split()
        assert session.tls_version in ("TLSv1.2", "TLSv1.3")
        assert session.channel.tls
    assert _closed(session)


def test_open_runs_every_stage_and_until_tls_stops_at_the_handshake(
        smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    context = make_context(ca_file=str(pki.ca_file))
    with _session(smtp_starttls_auth.port) as full:
        full.open(Security.STARTTLS, context)
        assert "AUTH" in full.caps  # the EHLO after TLS
    with _session(smtp_starttls_auth.port) as probe:
        probe.open(Security.STARTTLS, context, until="tls")
        assert probe.tls_sock is not None and "AUTH" not in probe.caps  # no EHLO after TLS
    assert _closed(full) and _closed(probe)


def test_implicit_tls_and_a_rejected_certificate_is_typed(
        smtp_server_factory: Callable[..., SmtpServer], pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls")
    with _session(server.port, "localhost") as session:
        session.open(Security.TLS, make_context(ca_file=str(pki.ca_file)))
        assert session.greeting is not None and session.caps
    with pytest.raises(CertificateRejected) as info, \
            _session(server.port, "wrong-name.test") as wrong:
        wrong.open(Security.TLS, make_context(ca_file=str(pki.ca_file)))
    assert info.value.problem is CertProblem.HOSTNAME_MISMATCH
    assert _closed(session) and _closed(wrong)  # closed although the block raised


def test_no_starttls_offered_leaves_a_usable_plain_session(smtp_plain: SmtpServer,
                                                           pki: TestPki) -> None:
    with _session(smtp_plain.port) as session:
        with pytest.raises(StartTLSUnavailable):
            session.open(Security.STARTTLS, make_context(ca_file=str(pki.ca_file)))
        assert "STARTTLS" not in session.caps and session.caps  # EHLO answered
        assert session.channel.command("NOOP").code == 250  # nothing was sent for STARTTLS
    assert _closed(session)


def test_a_refused_greeting_is_typed_and_kept(
        scripted_server_factory: Callable[..., scripted.ScriptedServer]) -> None:
    server = scripted_server_factory(scripted.reject_554)
    with pytest.raises(GreetingRefused) as info, _session(server.port) as session:
        session.open(Security.NONE, make_context(verify=False))
    assert info.value.diagnosis == "smtp.rejected" and info.value.reply.code == 554
    assert session.greeting is not None and session.greeting.code == 554
    assert _closed(session)
