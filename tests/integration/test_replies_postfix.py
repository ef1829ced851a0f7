"""Replies a real Postfix (3.x, Dovecot SASL) writes for real policies, and what the check
names them. The MTA is started once per session by the ``real_mta`` fixture
(tests/support/servers/postfix.py). Where a reply's text comes from our access map rather than
from Postfix itself, the test says so."""

from __future__ import annotations

from app.core.checks.connection import run_check
from app.core.model import (
    AuthMethod,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StopAfter,
    Timeouts,
)
from tests.support.checks import assert_diagnosis, make_settings, step
from tests.support.servers import postfix as pf
from tests.support.servers.postfix import RealMta

# Dovecot delays the next login from an address after a failed one (its auth penalty, 2 s and
# up): the replies may take that long.
PATIENT = Timeouts(connect=2.0, reply=20.0, step=30.0, dns=1.0)


def _settings(mta: RealMta, service: str, *, login: bool = True, password: str = pf.PASSWORD,
              **overrides: object) -> ServerSettings:
    overrides.setdefault("mail_from", pf.SENDER)
    overrides.setdefault("rcpt_to", pf.RECIPIENT)
    overrides.setdefault("stop_after", StopAfter.RCPT)
    if login:
        overrides.setdefault("security", Security.STARTTLS)
        overrides.update(username=pf.USER, password=password, auth=AuthMethod.AUTO)
    else:
        overrides.setdefault("security", Security.NONE)
    overrides.setdefault("ca_file", str(mta.pki.ca_file))
    overrides.setdefault("timeouts", PATIENT)
    return make_settings(mta.ports[service], **overrides)


def _run(mta: RealMta, service: str, **overrides: object) -> RunResult:
    return run_check(_settings(mta, service, **overrides))


def test_real_postfix_accepts_a_good_login_and_message(real_mta: RealMta) -> None:
    result = _run(real_mta, "submission", stop_after=StopAfter.DATA)
    assert result.status is Status.PASS, result.verdict
    assert step(result, "auth").facts["mechanism"] in ("PLAIN", "LOGIN")
    assert step(result, "data").facts["queue_id"]


def test_real_postfix_relay_denied(real_mta: RealMta) -> None:
    # Postfix reject_unauth_destination: "554 5.7.1 <…>: Relay access denied"
    result = _run(real_mta, "relay", login=False, rcpt_to=pf.OUTSIDE)
    failed = assert_diagnosis(result, "rcpt", "send.relay_denied")
    assert failed.facts["reply"] == f"554 5.7.1 <{pf.OUTSIDE}>: Relay access denied"


def test_real_postfix_relay_deferred_is_still_relay_denied(real_mta: RealMta) -> None:
    # Postfix defer_unauth_destination (the compatibility_level >= 1 default of
    # smtpd_relay_restrictions): "454 4.7.1 <…>: Relay access denied" — temporary by its code,
    # but waiting won't help, and the summary says both.
    result = _run(real_mta, "relay_defer", login=False, rcpt_to=pf.OUTSIDE)
    failed = assert_diagnosis(result, "rcpt", "send.relay_denied")
    assert failed.facts["reply"] == f"454 4.7.1 <{pf.OUTSIDE}>: Relay access denied"
    assert failed.facts["temporary"] is True and "won't help" in failed.facts["retry"]
    assert failed.advice is not None and "won't help" in failed.advice.cause


def test_real_postfix_sender_login_mismatch(real_mta: RealMta) -> None:
    # Postfix reject_sender_login_mismatch with smtpd_sender_login_maps:
    # "553 5.7.1 <carol@…>: Sender address rejected: not owned by user alice". Postfix says it
    # at RCPT, not at MAIL (smtpd_delay_reject = yes, the default): the reply names the cause.
    result = _run(real_mta, "submission", mail_from=pf.OTHER_SENDER)
    assert step(result, "mail").status is Status.PASS
    failed = assert_diagnosis(result, "rcpt", "send.sender_not_owned")
    assert "Sender address rejected: not owned by user alice" in failed.facts["reply"]
    assert failed.facts["reply_code"] == 553 and failed.facts["enhanced_code"] == "5.7.1"
    assert step(result, "auth").status is Status.PASS


def test_real_postfix_recipient_access_map_is_not_relay(real_mta: RealMta) -> None:
    # check_recipient_access "REJECT Access denied": Postfix writes
    # "554 5.7.1 <blocked@…>: Recipient address rejected: Access denied". Logged in, so a 5.7.1
    # at RCPT is the recipient refused by policy, not a relay refusal.
    result = _run(real_mta, "submission", rcpt_to=pf.BLOCKED)
    failed = assert_diagnosis(result, "rcpt", "send.recipient_rejected")
    assert failed.facts["reply"] == \
        f"554 5.7.1 <{pf.BLOCKED}>: Recipient address rejected: Access denied"


def test_real_postfix_greylisting_like_defer(real_mta: RealMta) -> None:
    # DEFER_IF_PERMIT with postgrey's wording (the text is ours, in the access map; the code,
    # 450 4.7.1, and the frame are Postfix's defer_code and access_map_defer_code)
    result = _run(real_mta, "submission", rcpt_to=pf.GREY)
    failed = assert_diagnosis(result, "rcpt", "send.greylisted")
    assert failed.facts["reply"].startswith(
        f"450 4.7.1 <{pf.GREY}>: Recipient address rejected: Greylisted")
    assert failed.facts["temporary"] is True and "minutes" in failed.facts["retry"]
    assert "temporary" in failed.summary


def test_real_postfix_full_mailbox_temporary(real_mta: RealMta) -> None:
    # access map action "452 4.2.2 Mailbox full" (stock Postfix has no quota of its own)
    result = _run(real_mta, "submission", rcpt_to=pf.FULL)
    failed = assert_diagnosis(result, "rcpt", "send.mailbox_full")
    assert failed.facts["reply"].startswith("452 4.2.2")
    assert failed.facts["temporary"] is True


def test_real_postfix_full_mailbox_permanent_is_not_too_large(real_mta: RealMta) -> None:
    # access map action "552 5.2.2 Mailbox full": 552 like "too large", but 5.2.2 decides
    result = _run(real_mta, "submission", rcpt_to=pf.GONE_FULL)
    failed = assert_diagnosis(result, "rcpt", "send.mailbox_full")
    assert failed.facts["reply_code"] == 552 and failed.facts["enhanced_code"] == "5.2.2"
    assert failed.facts["temporary"] is False


def test_real_postfix_client_on_a_blocklist(real_mta: RealMta) -> None:
    # check_client_access with default_rbl_reply's wording for zen.spamhaus.org (the listing is
    # an access map here: no DNS blocklist is asked from loopback)
    result = _run(real_mta, "blocklisted", login=False)
    failed = assert_diagnosis(result, "rcpt", "send.blocklisted")
    assert "blocked using zen.spamhaus.org" in failed.facts["reply"]


def test_real_postfix_starttls_required(real_mta: RealMta) -> None:
    # smtpd_tls_security_level = encrypt: "530 5.7.0 Must issue a STARTTLS command first"
    result = _run(real_mta, "tlsonly", login=False)
    failed = assert_diagnosis(result, "mail", "auth.encryption_required")
    assert failed.facts["reply"] == "530 5.7.0 Must issue a STARTTLS command first"


def test_real_postfix_auth_rate_limit(real_mta: RealMta) -> None:
    # smtpd_client_auth_rate_limit = 1 (anvil): the second AUTH within a minute gets
    # "450 4.7.1 Error: too many AUTH commands from 127.0.0.1"
    first = _run(real_mta, "authrate")
    assert step(first, "auth").status is Status.PASS, first.verdict
    second = _run(real_mta, "authrate")
    failed = assert_diagnosis(second, "auth", "auth.too_many_attempts")
    assert failed.facts["reply"].startswith("450 4.7.1 Error: too many AUTH commands")
    assert failed.facts["temporary"] is True and "temporary" in failed.summary


def test_real_postfix_wrong_password(real_mta: RealMta) -> None:
    # Postfix: "535 5.7.8 Error: authentication failed: authentication failure" (Dovecot said no)
    result = _run(real_mta, "submission", password="not-the-password")
    failed = assert_diagnosis(result, "auth", "auth.failed")
    assert failed.facts["reply"].startswith("535 5.7.8 Error: authentication failed")
    assert failed.facts["temporary"] is False
