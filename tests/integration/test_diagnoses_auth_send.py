"""AUTH and sending diagnoses against the real aiosmtpd server (and a scripted ESMTP peer)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, Security, ServerSettings, Status, StopAfter
from tests.support.canary import assert_no_secret
from tests.support.checks import (
    RECIPIENT,
    SENDER,
    assert_diagnosis,
    auth_settings,
    describe,
    make_settings,
    result_json,
    step,
)
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, make_esmtp
from tests.support.servers.smtpd import (
    CANARY_PASSWORD,
    CANARY_USER,
    REPLY_GMAIL_APP_PASSWORD,
    REPLY_M365_SMTP_AUTH_DISABLED,
    REPLY_MUST_STARTTLS,
    REPLY_RELAY_DENIED,
    REPLY_SEND_AS_DENIED,
    REPLY_SPAM,
    REPLY_USER_UNKNOWN,
    SmtpServer,
    relay_rule,
)

SmtpFactory = Callable[..., SmtpServer]
ScriptedFactory = Callable[..., ScriptedServer]
USERS = {CANARY_USER: CANARY_PASSWORD}


def _starttls_auth(server: SmtpServer, pki: TestPki, **overrides: object) -> ServerSettings:
    overrides.setdefault("security", Security.STARTTLS)
    overrides.setdefault("auth", AuthMethod.AUTO)
    overrides.setdefault("stop_after", StopAfter.AUTH)
    overrides.setdefault("ca_file", str(pki.ca_file))
    return auth_settings(server.port, **overrides)


# ------------------------------------------------------------------------------ AUTH


def test_auth_not_offered(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", no_auth=True)
    result = run_check(_starttls_auth(server, pki, auth=AuthMethod.PLAIN))
    failed = assert_diagnosis(result, "auth", "auth.not_offered")
    assert failed.facts["mechanisms"] == []
    assert step(result, "starttls").status is Status.PASS
    assert server.auth_attempts == []


def test_auth_mechanism_unsupported(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", users=USERS, auth_mechanisms=("PLAIN", "LOGIN"))
    result = run_check(_starttls_auth(server, pki, auth=AuthMethod.CRAM_MD5))
    failed = assert_diagnosis(result, "auth", "auth.mechanism_unsupported")
    assert sorted(failed.facts["mechanisms"]) == ["LOGIN", "PLAIN"]
    assert "CRAM-MD5" in failed.summary
    assert server.auth_attempts == []  # nothing was tried


def test_auth_encryption_required_auth_only_after_starttls(smtp_starttls_auth: SmtpServer,
                                                           pki: TestPki) -> None:
    """Security none against a server that offers AUTH only after STARTTLS."""
    result = run_check(_starttls_auth(smtp_starttls_auth, pki, security=Security.NONE,
                                      auth=AuthMethod.PLAIN))
    assert_diagnosis(result, "auth", "auth.encryption_required")
    assert "STARTTLS" in step(result, "ehlo").facts["capabilities"]
    assert smtp_starttls_auth.auth_attempts == []  # the password never went out in the clear
    assert_no_secret(result_json(result))


def test_auth_encryption_required_530_reply(smtp_server_factory: SmtpFactory) -> None:
    server = smtp_server_factory(users=USERS, auth_require_tls=False,
                                 auth_reply=REPLY_MUST_STARTTLS, auth_reply_when="command")
    result = run_check(auth_settings(server.port, security=Security.NONE, auth=AuthMethod.PLAIN,
                                     stop_after=StopAfter.AUTH))
    failed = assert_diagnosis(result, "auth", "auth.encryption_required")
    assert failed.facts["reply_code"] == 530
    assert failed.facts["enhanced_code"] == "5.7.0"
    assert_no_secret(result_json(result))


def test_a_password_that_is_a_word_does_not_redact_our_own_words(
        smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    """The advice is our wording: a password that happens to be one of its words ("wrong")
    must not turn into "[redacted]" there, which would tell the password."""
    result = run_check(_starttls_auth(smtp_starttls_auth, pki, auth=AuthMethod.PLAIN,
                                      password="wrong"))
    failed = assert_diagnosis(result, "auth", "auth.failed")
    assert failed.advice is not None
    advice_text = " ".join((failed.advice.title, failed.advice.cause, *failed.advice.fixes))
    assert "[redacted]" not in advice_text, advice_text
    assert "password is wrong" in failed.advice.cause


@pytest.mark.parametrize("method", [AuthMethod.PLAIN, AuthMethod.LOGIN, AuthMethod.CRAM_MD5])
def test_auth_failed_wrong_password(smtp_starttls_auth: SmtpServer, pki: TestPki,
                                    method: AuthMethod) -> None:
    wrong = "Wr0ng-" + CANARY_PASSWORD
    result = run_check(_starttls_auth(smtp_starttls_auth, pki, auth=method, password=wrong))
    failed = assert_diagnosis(result, "auth", "auth.failed")
    assert failed.facts["mechanism"] == method.sasl_name
    assert failed.facts["reply_code"] == 535
    assert failed.facts["enhanced_code"] == "5.7.8"
    # exactly one mechanism was tried (no per-mechanism failure delays)
    assert [(a.mechanism, a.success) for a in smtp_starttls_auth.auth_attempts] == [
        (method.sasl_name, False)]
    text = result_json(result)
    assert wrong not in text
    assert_no_secret(text)


def test_auth_app_password_required(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", users=USERS, auth_reply=REPLY_GMAIL_APP_PASSWORD)
    result = run_check(_starttls_auth(server, pki, auth=AuthMethod.PLAIN))
    failed = assert_diagnosis(result, "auth", "auth.app_password_required")
    assert failed.facts["reply_code"] == 534
    assert failed.facts["enhanced_code"] == "5.7.9"
    assert_no_secret(result_json(result))


def test_auth_disabled_for_tenant(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", users=USERS,
                                 auth_reply=REPLY_M365_SMTP_AUTH_DISABLED)
    result = run_check(_starttls_auth(server, pki, auth=AuthMethod.LOGIN))
    failed = assert_diagnosis(result, "auth", "auth.disabled")
    assert failed.facts["reply_code"] == 535
    assert failed.facts["enhanced_code"] == "5.7.139"
    assert_no_secret(result_json(result))


def test_auth_cleartext_warns_and_continues(smtp_server_factory: SmtpFactory) -> None:
    server = smtp_server_factory(users=USERS, auth_require_tls=False)
    result = run_check(auth_settings(server.port, security=Security.NONE, auth=AuthMethod.PLAIN,
                                     stop_after=StopAfter.RCPT, mail_from=SENDER,
                                     rcpt_to=RECIPIENT))
    warned = assert_diagnosis(result, "auth", "auth.cleartext", Status.WARN)
    assert warned.facts["mechanism"] == "PLAIN"
    assert step(result, "rcpt").status is Status.PASS
    assert result.status is Status.WARN, describe(result)
    assert [(a.mechanism, a.success) for a in server.auth_attempts] == [("PLAIN", True)]
    assert_no_secret(result_json(result))


# ------------------------------------------------------------------------------ sending


def _send(server: SmtpServer | ScriptedServer, stop_after: StopAfter = StopAfter.RCPT,
          **overrides: object) -> ServerSettings:
    overrides.setdefault("mail_from", SENDER)
    overrides.setdefault("rcpt_to", RECIPIENT)
    return make_settings(server.port, security=Security.NONE, stop_after=stop_after,
                         **overrides)  # type: ignore[arg-type]


def test_sender_not_owned_send_as(smtp_server_factory: SmtpFactory) -> None:
    """Microsoft's 5.7.60 (no "Send As" permission) is its own cause, not any sender refusal."""
    server = smtp_server_factory(reject_mail_from=REPLY_SEND_AS_DENIED)
    result = run_check(_send(server))
    failed = assert_diagnosis(result, "mail", "send.sender_not_owned")
    assert failed.facts["reply_code"] == 550
    assert failed.facts["enhanced_code"] == "5.7.60"
    assert failed.facts["mail_from"] == SENDER


def test_recipient_rejected_user_unknown(smtp_server_factory: SmtpFactory) -> None:
    server = smtp_server_factory(reject_rcpt={RECIPIENT: REPLY_USER_UNKNOWN})
    result = run_check(_send(server))
    failed = assert_diagnosis(result, "rcpt", "send.recipient_rejected")
    assert failed.facts["enhanced_code"] == "5.1.1"
    assert failed.facts["rcpt_to"] == RECIPIENT
    assert step(result, "mail").status is Status.PASS


def test_relay_denied(smtp_server_factory: SmtpFactory) -> None:
    server = smtp_server_factory(reject_rcpt={relay_rule(["example.test"]): REPLY_RELAY_DENIED})
    result = run_check(_send(server, rcpt_to="someone@elsewhere.example"))
    failed = assert_diagnosis(result, "rcpt", "send.relay_denied")
    assert failed.facts["reply_code"] == 554
    assert failed.facts["enhanced_code"] == "5.7.1"


def test_message_rejected_after_data(smtp_server_factory: SmtpFactory) -> None:
    server = smtp_server_factory(reject_data=REPLY_SPAM)
    result = run_check(_send(server, StopAfter.DATA))
    failed = assert_diagnosis(result, "data", "send.message_rejected")
    assert failed.facts["enhanced_code"] == "5.6.0"
    assert failed.facts["message_size"] > 0
    assert step(result, "rcpt").status is Status.PASS
    assert server.messages == []


def test_message_rejected_at_data_command(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(make_esmtp(
        {"DATA": "554 5.7.1 DATA refused by policy"}, caps=["PIPELINING", "8BITMIME"]))
    result = run_check(make_settings(server.port, security=Security.NONE,
                                     stop_after=StopAfter.DATA, mail_from=SENDER,
                                     rcpt_to=RECIPIENT))
    failed = assert_diagnosis(result, "data", "send.message_rejected")
    assert failed.facts["reply_code"] == 554


def test_too_large_for_advertised_size(smtp_server_factory: SmtpFactory) -> None:
    """SIZE 200: the engine notices before sending a byte of the message."""
    server = smtp_server_factory(data_size_limit=200)
    result = run_check(_send(server, StopAfter.DATA))
    failed = assert_diagnosis(result, "mail", "send.too_large")
    assert failed.facts["size_limit"] == 200
    assert failed.facts["message_size"] > 200
    assert server.messages == []


def test_too_large_refused_by_server(scripted_server_factory: Callable[..., ScriptedServer]
                                     ) -> None:
    """The server itself refuses the declared SIZE with 552 (no SIZE limit advertised first)."""
    server = scripted_server_factory(make_esmtp(
        {"MAIL": "552 5.3.4 Message size exceeds fixed maximum"}, caps=["SIZE", "8BITMIME"]))
    result = run_check(_send(server, StopAfter.DATA))
    failed = assert_diagnosis(result, "mail", "send.too_large")
    assert failed.facts["reply_code"] == 552
    sent = [line.text for line in failed.transcript if line.direction == "C"]
    assert any(re.fullmatch(rf"MAIL FROM:<{SENDER}> SIZE=\d+", text) for text in sent), sent


def test_no_size_declared_when_no_message_is_sent(smtp_server_factory: SmtpFactory) -> None:
    """Stopping at RCPT sends no message: MAIL FROM declares no SIZE, a small limit is moot."""
    server = smtp_server_factory(data_size_limit=200)
    result = run_check(_send(server, StopAfter.RCPT))
    assert result.status is Status.PASS, result.verdict
    mail = step(result, "mail")
    assert [line.text for line in mail.transcript if line.direction == "C"] == [
        f"MAIL FROM:<{SENDER}>"]


