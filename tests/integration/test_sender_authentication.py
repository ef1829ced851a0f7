"""send.sender_authentication_failed through the connection test: a scripted ESMTP peer on
loopback answers the message (or the recipient) the way Gmail, Microsoft, Yahoo and a Postfix
with postfix-policyd-spf-python do when SPF, DKIM, DMARC or reverse DNS fail. The bounce reader
reaches the same id from the same replies quoted in bounces (tests/unit/test_bounce_corpus.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import RunResult, Security, Status, StopAfter
from tests.support.checks import RECIPIENT, SENDER, assert_diagnosis, make_settings, step
from tests.support.servers.scripted import ScriptedServer, make_esmtp

ScriptedFactory = Callable[..., ScriptedServer]
CAPS = ["PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES"]

#: Multi-line replies as the providers send them (Google "SMTP errors and codes", Microsoft's
#: NDR pages for 5.7.509 / 5.7.515, Yahoo's "554 5.7.9" help page).
GMAIL_DMARC = (
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to\r\n"
    "550-5.7.26 domain's DMARC policy. Please contact the administrator of\r\n"
    "550-5.7.26 example.com domain if this was a legitimate mail. To learn about\r\n"
    "550 5.7.26 the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection"
    " x1si123 - gsmtp")
M365_DMARC = ("550 5.7.509 Access denied, sending domain example.com does not pass DMARC "
              "verification and has a DMARC policy of reject.")
GMAIL_SPF_DEFERRED = (
    "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for\r\n"
    "421 4.7.27 this message. Gmail requires all bulk email senders to authenticate with SPF.")
OUTLOOK_HIGH_VOLUME = ("550 5.7.515 Access denied, sending domain example.com does not meet "
                       "the required authentication level.")
YAHOO_POLICY = "554 5.7.9 Message not accepted for policy reasons."
GMAIL_PTR = ("550-5.7.25 The IP address sending this message does not have a PTR record setup,"
             "\r\n550 5.7.25 or the corresponding forward DNS entry does not match. - gsmtp")


def _check(server: ScriptedServer) -> RunResult:
    return run_check(make_settings(server.port, security=Security.NONE,
                                   stop_after=StopAfter.DATA, mail_from=SENDER,
                                   rcpt_to=RECIPIENT))


@pytest.mark.parametrize(("reply", "checks", "temporary"), [
    (GMAIL_DMARC, "DMARC", False),
    (M365_DMARC, "DMARC", False),
    (GMAIL_SPF_DEFERRED, "SPF", True),
    (OUTLOOK_HIGH_VOLUME, None, False),
    (YAHOO_POLICY, None, False),
    (GMAIL_PTR, "reverse DNS", False),
])
def test_refused_message_names_the_failed_check(scripted_server_factory: ScriptedFactory,
                                                reply: str, checks: str | None,
                                                temporary: bool) -> None:
    server = scripted_server_factory(make_esmtp({".": reply}, caps=CAPS))
    result = _check(server)
    failed = assert_diagnosis(result, "data", "send.sender_authentication_failed")
    assert failed.facts.get("failed_checks") == checks
    assert failed.facts["temporary"] is temporary
    assert step(result, "rcpt").status is Status.PASS
    if checks:
        assert failed.advice is not None and checks in failed.advice.cause
    if temporary:
        assert "same message is refused again" in failed.summary


def test_spf_policy_service_refusal_at_rcpt(scripted_server_factory: ScriptedFactory) -> None:
    """postfix-policyd-spf-python's reject, said at RCPT: not a recipient or relay problem."""
    reply = ("550 5.7.23 <bob@example.org>: Recipient address rejected: Message rejected due "
             "to: SPF fail - not authorized. Please see http://www.open-spf.org/Why;id=alice%40"
             "example.com;ip=192.0.2.1;r=<UNKNOWN>")
    server = scripted_server_factory(make_esmtp({"RCPT": reply}, caps=CAPS))
    result = _check(server)
    failed = assert_diagnosis(result, "rcpt", "send.sender_authentication_failed")
    assert failed.facts["failed_checks"] == "SPF"
    assert failed.facts["enhanced_code"] == "5.7.23"
