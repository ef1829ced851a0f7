"""Checks that work: every AUTH mechanism, a real test message, stop_after plans, transcripts."""

from __future__ import annotations

import email.header
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, RunResult, Security, Status, StopAfter
from tests.support.canary import assert_no_secret
from tests.support.checks import (
    RECIPIENT,
    SENDER,
    auth_settings,
    describe,
    make_settings,
    result_json,
    step,
    step_ids,
)
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, make_esmtp
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

SmtpFactory = Callable[..., SmtpServer]

STARTTLS_TO_RCPT = ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls",
                    "auth", "mail", "rcpt", "quit"]


def _assert_all_pass(result: RunResult, skipped: tuple[str, ...] = ()) -> None:
    assert result.status is Status.PASS, describe(result)
    assert not result.cancelled
    assert result.diagnosis is None
    for item in result.steps:
        wanted = Status.SKIPPED if item.id in skipped else Status.PASS
        assert item.status is wanted, describe(result)
        assert item.diagnosis is None and item.advice is None
        assert item.duration_ms >= 0
        assert item.summary
    assert result.verdict.startswith("Your settings work")


def _assert_transcript(result: RunResult) -> None:
    lines = result.transcript
    assert lines
    times = [line.t_ms for line in lines]
    assert times == sorted(times) and times[0] >= 0
    assert {line.direction for line in lines} <= {"C", "S", "*"}
    assert {"C", "S"} <= {line.direction for line in lines}
    for line in lines:
        data = line.to_dict()
        assert set(data) == {"t_ms", "dir", "text", "tls"}
        assert "\r" not in line.text and "\n" not in line.text


@pytest.mark.parametrize(("method", "expected"), [
    (AuthMethod.PLAIN, "PLAIN"),
    (AuthMethod.LOGIN, "LOGIN"),
    (AuthMethod.CRAM_MD5, "CRAM-MD5"),
    (AuthMethod.AUTO, "CRAM-MD5"),  # the strongest one offered
])
def test_starttls_auth_to_rcpt(smtp_starttls_auth: SmtpServer, pki: TestPki,
                               method: AuthMethod, expected: str) -> None:
    settings = auth_settings(smtp_starttls_auth.port, security=Security.STARTTLS, auth=method,
                             stop_after=StopAfter.RCPT, ca_file=str(pki.ca_file),
                             mail_from=SENDER, rcpt_to=RECIPIENT)
    result = run_check(settings)
    _assert_all_pass(result)
    assert step_ids(result) == STARTTLS_TO_RCPT
    auth = step(result, "auth")
    assert auth.facts["mechanism"] == expected
    assert sorted(auth.facts["mechanisms"]) == ["CRAM-MD5", "LOGIN", "PLAIN"]
    assert [(a.mechanism, a.login, a.success) for a in smtp_starttls_auth.auth_attempts] == [
        (expected, CANARY_USER, True)]
    assert f"logged in ({expected})" in result.verdict
    assert "recipient was accepted" in result.verdict

    # before STARTTLS no AUTH was offered; after it, the certificate and the AUTH list are facts
    assert "mechanisms" not in step(result, "ehlo").facts
    tls = step(result, "starttls")
    assert tls.facts["tls_version"] in ("TLSv1.2", "TLSv1.3")
    assert tls.facts["certificate"]["hostname_matches"] is True
    assert tls.facts["cert_issuer"] == "SMTP Doctor Test CA"

    # transcript: timestamps, direction, TLS flag false before and true after STARTTLS
    _assert_transcript(result)
    lines = result.transcript
    switch = next(i for i, line in enumerate(lines) if line.text == "STARTTLS")
    assert not any(line.tls for line in lines[:switch + 2])  # the command and its 220
    assert lines[switch + 1].text.startswith("220")
    after = [line for line in lines[switch + 2:] if line.direction in ("C", "S")]
    assert after and all(line.tls for line in after)
    assert any(line.direction == "C" and line.text.startswith("AUTH") for line in after)
    assert all(line.tls for line in step(result, "auth").transcript)

    # the password never appears, in no encoding
    assert_no_secret(result_json(result), *(line.text for line in lines))
    assert result.target["password_set"] is True
    assert "password" not in result.target


def test_implicit_tls_to_data_delivers_intact_message(smtp_implicit_tls_auth: SmtpServer,
                                                      pki: TestPki) -> None:
    subject = "Prüfung ✓ SMTP Doctor"
    body = "Hello from the integration test.\n.a line that starts with a dot\n"
    settings = auth_settings(smtp_implicit_tls_auth.port, security=Security.TLS,
                             auth=AuthMethod.PLAIN, stop_after=StopAfter.DATA,
                             ca_file=str(pki.ca_file), mail_from=SENDER, rcpt_to=RECIPIENT,
                             subject=subject, body=body)
    result = run_check(settings)
    _assert_all_pass(result)
    assert step_ids(result) == ["input", "resolve", "connect", "tls", "greeting", "ehlo", "auth",
                                "mail", "rcpt", "data", "quit"]
    data = step(result, "data")
    assert data.facts["reply"] == "250 2.0.0 OK: queued"
    assert "test message was accepted" in result.verdict

    received = smtp_implicit_tls_auth.wait_for_message()
    assert received.mail_from == SENDER
    assert received.rcpt_tos == (RECIPIENT,)
    assert received.tls is True
    assert received.auth_login == CANARY_USER
    msg = received.message
    for header in ("Date", "Message-ID", "From", "To", "Subject"):
        assert msg[header], f"{header} missing"
    assert msg["From"] == SENDER
    assert msg["To"] == RECIPIENT
    decoded = "".join(
        part.decode(charset or "ascii") if isinstance(part, bytes) else part
        for part, charset in email.header.decode_header(msg["Subject"]))
    assert decoded == subject
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">")
    payload = msg.get_payload(decode=True)
    assert isinstance(payload, bytes)
    text = payload.decode(msg.get_content_charset() or "utf-8")
    assert ".a line that starts with a dot" in text.splitlines()  # dot-stuffing undone
    assert "Hello from the integration test." in text
    assert f"127.0.0.1, port {smtp_implicit_tls_auth.port}" in text
    assert "SSL/TLS" in text
    assert CANARY_USER in text
    assert CANARY_PASSWORD not in received.data.decode("utf-8", "replace")
    # the transcript shows the headers sent, but not the body
    sent = [line.text for line in data.transcript if line.direction == "C"]
    assert any(line.startswith("Subject:") for line in sent)
    assert not any("Hello from the integration test." in line for line in sent)
    assert_no_secret(result_json(result))


@pytest.mark.parametrize(("security", "stop_after", "expected"), [
    (Security.STARTTLS, StopAfter.CONNECT, ["input", "resolve", "connect", "greeting", "quit"]),
    (Security.STARTTLS, StopAfter.TLS,
     ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls", "quit"]),
    (Security.STARTTLS, StopAfter.EHLO,
     ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls", "quit"]),
    (Security.STARTTLS, StopAfter.AUTH,
     ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls", "auth", "quit"]),
    (Security.TLS, StopAfter.CONNECT, ["input", "resolve", "connect", "tls", "greeting", "quit"]),
    (Security.TLS, StopAfter.TLS, ["input", "resolve", "connect", "tls", "greeting", "ehlo",
                                   "quit"]),
    (Security.TLS, StopAfter.EHLO, ["input", "resolve", "connect", "tls", "greeting", "ehlo",
                                    "quit"]),
    (Security.TLS, StopAfter.AUTH, ["input", "resolve", "connect", "tls", "greeting", "ehlo",
                                    "auth", "quit"]),
    (Security.NONE, StopAfter.CONNECT, ["input", "resolve", "connect", "greeting", "quit"]),
    (Security.NONE, StopAfter.EHLO, ["input", "resolve", "connect", "greeting", "ehlo", "quit"]),
])
def test_stop_after_plans(smtp_server_factory: SmtpFactory, pki: TestPki, security: Security,
                          stop_after: StopAfter, expected: list[str]) -> None:
    mode = {Security.STARTTLS: "starttls", Security.TLS: "tls", Security.NONE: "none"}[security]
    server = smtp_server_factory(tls=mode, users={CANARY_USER: CANARY_PASSWORD},
                                 auth_require_tls=security is not Security.NONE)
    auth = AuthMethod.AUTO if stop_after is StopAfter.AUTH else AuthMethod.NONE
    settings = auth_settings(server.port, security=security, auth=auth, stop_after=stop_after,
                             ca_file=str(pki.ca_file))
    result = run_check(settings)
    assert step_ids(result) == expected, describe(result)
    _assert_all_pass(result)
    if stop_after is StopAfter.AUTH:
        assert [a.success for a in server.auth_attempts] == [True]
    else:
        assert server.auth_attempts == []


def test_plain_server_ehlo_facts(smtp_plain: SmtpServer) -> None:
    result = run_check(make_settings(smtp_plain.port, security=Security.NONE))
    _assert_all_pass(result)
    ehlo = step(result, "ehlo")
    assert ehlo.facts["server_name"] == "mx.smtpdoctor.test"
    assert ehlo.facts["size_limit"] == 10 * 1024 * 1024
    assert ehlo.facts["8bitmime"] is True
    assert "AUTH" not in ehlo.facts["capabilities"]
    greeting = step(result, "greeting")
    assert greeting.facts["greeting"].startswith("mx.smtpdoctor.test")
    assert not any(line.tls for line in result.transcript)


@pytest.mark.parametrize("method", [AuthMethod.PLAIN, AuthMethod.LOGIN, AuthMethod.CRAM_MD5])
@pytest.mark.parametrize("good_password", [True, False])
def test_password_never_in_result(smtp_starttls_auth: SmtpServer, pki: TestPki,
                                  method: AuthMethod, good_password: bool) -> None:
    password = CANARY_PASSWORD if good_password else CANARY_PASSWORD + "-wrong"
    settings = auth_settings(smtp_starttls_auth.port, security=Security.STARTTLS, auth=method,
                             stop_after=StopAfter.AUTH, ca_file=str(pki.ca_file),
                             password=password)
    result = run_check(settings)
    expected = Status.PASS if good_password else Status.FAIL
    assert step(result, "auth").status is expected, describe(result)
    text = result_json(result)
    assert_no_secret(text, repr(result), repr(settings))
    assert password not in text
    if method is AuthMethod.PLAIN:
        auth_line = next(line for line in result.transcript if line.text.startswith("AUTH"))
        assert "redacted" in auth_line.text


def test_data_reports_queue_id(scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(make_esmtp(caps=["8BITMIME", "SIZE 100000"]))
    result = run_check(make_settings(server.port, security=Security.NONE,
                                     stop_after=StopAfter.DATA, mail_from=SENDER,
                                     rcpt_to=RECIPIENT))
    _assert_all_pass(result, skipped=("auth",))  # no login configured
    assert step(result, "data").facts["queue_id"] == "ABC123"
    assert "(queue id ABC123)" in result.verdict
    received = bytes(server.peers[0].received)
    assert b"\r\nSubject: SMTP Doctor test message\r\n" in received
    assert received.count(b"\r\n.\r\n") == 1


# Diagnosis ids issue #2 requires the engine to produce; each has an integration test here.
REQUIRED_IDS = (
    "input.invalid_host", "input.invalid_port", "input.invalid_address", "dns.not_found",
    "dns.no_address", "dns.timeout", "dns.failure", "tcp.refused", "tcp.timeout",
    "tcp.unreachable", "tls.expected_plaintext", "tls.expected_tls", "tls.handshake_failed",
    "tls.cert_expired", "tls.cert_not_yet_valid", "tls.cert_hostname_mismatch",
    "tls.cert_untrusted", "tls.cert_intercepted", "tls.old_protocol", "tls.verify_disabled",
    "smtp.greeting_timeout", "smtp.busy", "smtp.rejected", "smtp.closed", "smtp.reply_timeout",
    "smtp.protocol_error", "smtp.starttls_unavailable", "smtp.starttls_failed", "auth.not_offered",
    "auth.mechanism_unsupported", "auth.encryption_required", "auth.failed",
    "auth.app_password_required", "auth.disabled", "auth.cleartext", "send.sender_rejected",
    "send.recipient_rejected", "send.relay_denied", "send.message_rejected", "send.too_large",
)


def test_every_required_id_has_advice() -> None:
    """The ids these tests produce are all documented in the knowledge base."""
    from app.core.knowledge.diagnoses import advise, known_ids

    missing = sorted(set(REQUIRED_IDS) - known_ids())
    assert missing == []
    for diagnosis in REQUIRED_IDS:
        advice = advise(diagnosis, {"host": "smtp.example.com", "port": 587})
        assert advice.id == diagnosis and advice.title and advice.fixes
