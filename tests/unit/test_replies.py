"""The enhanced-code registry (resources/enhanced_codes.toml) and the reply classifier."""

from __future__ import annotations

import time

import pytest

from app.core.knowledge.diagnoses import advise
from app.core.knowledge.replies import (
    EnhancedCode,
    classify_auth,
    classify_reply,
    meaning,
    registry,
    temporary_note,
)
from app.core.model import AuthMethod
from app.core.protocol.auth import AUTO_PREFERENCE as AUTO_ORDER
from app.core.protocol.auth import next_mechanism
from app.core.protocol.smtp import Reply, parse_reply_lines


def _reply(text: str) -> Reply:
    return parse_reply_lines([text.encode()])


def test_registry_has_every_subject_and_the_codes_it_cites() -> None:
    table = registry()
    assert set(table.classes) == {"2", "4", "5"}
    assert set(table.subjects) == {f"X.{n}" for n in range(8)}
    assert len(table.codes) >= 80
    for row in table.codes.values():
        assert row.reference.startswith(("RFC ", "IANA")) and row.url.startswith("https://")
        assert row.plain.endswith(".")
    assert table.codes["X.2.2"].summary == "Mailbox full"
    assert table.codes["X.7.8"].reference == "RFC 4954"
    assert table.codes["X.7.27"].reference == "RFC 7505"


@pytest.mark.parametrize(("text", "parts"), [
    ("5.7.1", (5, 7, 1)), ("4.7.650", (4, 7, 650)), ("2.0.0", (2, 0, 0)),
    ("5.1.10", (5, 1, 10)),
])
def test_enhanced_code_parses_class_subject_detail(text: str, parts: tuple[int, int, int]
                                                   ) -> None:
    code = EnhancedCode.parse(text)
    assert code is not None and (code.klass, code.subject, code.detail) == parts
    assert str(code) == text and code.generic == f"X.{parts[1]}.{parts[2]}"


@pytest.mark.parametrize("text", ["3.1.1", "5.7", "5.7.1.2", "5.1234.1", "x.7.1", ""])
def test_enhanced_code_rejects_malformed(text: str) -> None:
    assert EnhancedCode.parse(text) is None


def test_meaning_falls_back_to_the_subject() -> None:
    exact = meaning("5.2.2")
    assert exact is not None and exact.code == "X.2.2"
    vendor = meaning("4.7.650")  # Microsoft's own detail: the registry knows X.7 only
    assert vendor is not None and vendor.code == "X.7"
    assert meaning("nonsense") is None


@pytest.mark.parametrize(("text", "phase", "logged_in", "diagnosis"), [
    ("552 5.2.2 Mailbox full", "rcpt", False, "send.mailbox_full"),
    ("552 5.3.4 Message too big", "data", False, "send.too_large"),
    ("552 Requested mail action aborted: exceeded storage allocation", "data", False,
     "send.too_large"),
    ("554 5.7.1 <bob@example.test>: Recipient address rejected: Access denied", "rcpt", True,
     "send.recipient_rejected"),
    ("554 5.7.1 <bob@example.test>: Relay access denied", "rcpt", True, "send.relay_denied"),
    ("554 5.7.1 Spam message rejected", "data", True, "send.message_rejected"),
    ("550 5.1.8 <a@nx.example>: Sender address rejected: Domain not found", "mail", False,
     "send.sender_rejected"),
    # Postfix reject_unknown_client_hostname: the client's IP has no usable reverse DNS
    ("450 4.7.1 Client host rejected: cannot find your hostname", "rcpt", False,
     "send.sender_authentication_failed"),
    ("421 4.3.2 System not accepting network messages", "mail", False, "smtp.busy"),
    ("550 5.7.1 Client host rejected: Access denied", "mail", False, "send.sender_rejected"),
])
def test_classify_reply(text: str, phase: str, logged_in: bool, diagnosis: str) -> None:
    verdict = classify_reply(_reply(text), phase, logged_in=logged_in)  # type: ignore[arg-type]
    assert verdict is not None and verdict.diagnosis == diagnosis
    assert verdict.temporary is (text[0] == "4")


#: Sender-authentication refusals (RFC 7372 and the providers' own codes and words), with the
#: checks they name: Google "SMTP errors and codes" (support.google.com/a/answer/3726730),
#: Microsoft's NDR pages (5.7.509, 5.7.515, 5.7.23), Yahoo's "554 5.7.9" help page.
SENDER_AUTH_REPLIES = [
    ("550 5.7.26 This message does not have authentication information or fails to pass "
     "authentication checks (SPF or DKIM).", "data", "SPF, DKIM"),
    ("550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
     "policy.", "data", "DMARC"),
    ("550 5.7.27 The sender's SPF record does not authorize the sending IP.", "data", "SPF"),
    ("421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for "
     "this message.", "data", "SPF"),
    ("421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for "
     "this message.", "data", "DKIM"),
    ("550 5.7.25 The IP address sending this message does not have a PTR record setup",
     "data", "reverse DNS"),
    ("421 4.7.23 The sending IP does not have a PTR record.", "data", "reverse DNS"),
    ("550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification "
     "and has a DMARC policy of reject.", "data", "DMARC"),
    ("550 5.7.515 Access denied, sending domain example.com does not meet the required "
     "authentication level.", "data", ""),
    ("550 5.7.23 The message was rejected because of Sender Policy Framework violation",
     "data", "SPF"),
    ("554 5.7.9 Message not accepted for policy reasons.", "data", ""),
    ("553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; failed DMARC"
     " check", "data", "DMARC"),
    ("550 5.7.1 Unauthenticated email is not accepted from this domain (SPF).", "rcpt", "SPF"),
    ("550 5.7.20 No passing DKIM signature found", "data", "DKIM"),
    ("550 5.7.22 No valid author-matched DKIM signature", "rcpt", "DKIM"),
    ("550 5.7.24 SPF validation error", "mail", "SPF"),
    ("550 5.7.21", "data", "DKIM"),  # the code alone: RFC 7372 says which check
]


@pytest.mark.parametrize(("text", "phase", "checks"), SENDER_AUTH_REPLIES)
def test_sender_authentication_refusals(text: str, phase: str, checks: str) -> None:
    verdict = classify_reply(_reply(text), phase, logged_in=True)  # type: ignore[arg-type]
    assert verdict is not None and verdict.diagnosis == "send.sender_authentication_failed"
    assert verdict.facts.get("failed_checks", "") == checks
    assert verdict.temporary is (text[0] == "4")


@pytest.mark.parametrize(("text", "phase", "diagnosis"), [
    # words near the subject that are not sender authentication keep their own diagnosis
    ("421 4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect our users "
     "from spam, mail sent from your IP address has been temporarily rate limited.", "data",
     "send.rate_limited"),
    ("530 5.7.57 Client not authenticated to send mail.", "mail", "send.auth_required"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
     "rcpt", "send.blocklisted"),
    ("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (see our SPF "
     "page)", "rcpt", "send.recipient_rejected"),
    # Microsoft 365's own IP block (learn.microsoft.com, "Fix error code 5.7.708")
    ("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
     "data", "send.blocklisted"),
])
def test_near_misses_keep_their_diagnosis(text: str, phase: str, diagnosis: str) -> None:
    verdict = classify_reply(_reply(text), phase, logged_in=False)  # type: ignore[arg-type]
    assert verdict is not None and verdict.diagnosis == diagnosis


def test_positive_reply_has_no_verdict() -> None:
    assert classify_reply(_reply("250 2.1.0 Ok"), "mail") is None


@pytest.mark.parametrize(("text", "diagnosis"), [
    ("454 4.7.0 Account temporarily locked after failed logins", "auth.locked"),
    ("535 5.7.8 Error: authentication failed: account locked", "auth.account_disabled"),
    ("504 5.5.4 Unrecognized authentication type", "auth.mechanism_unsupported"),
    ("535 5.7.8 Error: authentication failed: authentication failure", "auth.failed"),
])
def test_classify_auth(text: str, diagnosis: str) -> None:
    assert classify_auth(_reply(text), True) == diagnosis


def test_next_mechanism_is_the_strongest_advertised_not_yet_tried() -> None:
    offered = ["LOGIN", "PLAIN", "CRAM-MD5"]
    assert next_mechanism(offered, [AuthMethod.CRAM_MD5], False) is AuthMethod.PLAIN
    assert next_mechanism(offered, [AuthMethod.CRAM_MD5, AuthMethod.PLAIN], False) is \
        AuthMethod.LOGIN
    assert next_mechanism(offered, list(AUTO_ORDER), False) is None
    assert next_mechanism(["XOAUTH2", "OAUTHBEARER", "PLAIN"], [AuthMethod.XOAUTH2], True) is \
        AuthMethod.OAUTHBEARER  # a token never falls back to a password mechanism


def test_temporary_note_never_promises_what_waiting_cannot_do() -> None:
    assert temporary_note("send.greylisted").startswith("temporary: retry in 5 to 15 minutes")
    note = temporary_note("send.relay_denied")
    assert note.startswith("a temporary code, but") and "won't help" in note


#: Every id the classifier can name for a refused MAIL/RCPT/DATA/AUTH that this change added.
NEW_IDS = ("send.greylisted", "send.rate_limited", "smtp.too_many_connections",
           "auth.too_many_attempts", "auth.locked", "auth.account_disabled",
           "auth.temporary_failure", "auth.mechanism_misadvertised", "send.mailbox_full",
           "send.sender_not_owned", "send.blocklisted")


@pytest.mark.parametrize("diag_id", NEW_IDS)
def test_the_advice_names_the_cause_and_quotes_the_server(diag_id: str) -> None:
    """Wording: the diagnosis' own words explain; the server's text is only quoted evidence."""
    reply = "451 4.7.1 Something the server says"
    bare = advise(diag_id, {})
    quoted = advise(diag_id, {"reply": reply})
    assert bare.title and len(bare.cause) >= 80 and bare.fixes
    assert reply not in bare.cause and "the server said" not in bare.cause
    if "the server said" in quoted.cause:
        assert f"“{reply}”" in quoted.cause
    for text in (bare.title, *bare.fixes):
        assert reply not in text


def test_a_hostile_reply_is_classified_in_bounded_time() -> None:
    """The phrases run on an adversary's text (up to 128 KiB a reply): no backtracking blow-up."""
    text = "550 5.7.1 " + "exceeded " * 14_000 + "relay"
    started = time.monotonic()
    verdict = classify_reply(_reply(text), "rcpt")
    assert verdict is not None and verdict.diagnosis == "send.relay_denied"
    assert time.monotonic() - started < 5.0  # generous: linear work takes milliseconds
