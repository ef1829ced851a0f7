"""The replies providers and MTAs really send, from scripted ESMTP peers on loopback.

Each text is copied from the page cited next to it (the provider's documentation, an RFC, or the
MTA's source/documentation); only IP addresses and host names are replaced by test ones. The
real-MTA counterparts (the replies a real Postfix produces) are in test_replies_postfix.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, RunResult, Security, Status, StopAfter
from tests.support.checks import RECIPIENT, SENDER, assert_diagnosis, auth_settings, make_settings
from tests.support.servers.scripted import ScriptedServer, make_auth_esmtp, make_esmtp

ScriptedFactory = Callable[..., ScriptedServer]
CAPS = ["PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES"]


def send_through(server: ScriptedServer, stop_after: StopAfter) -> RunResult:
    """A plain-SMTP check from SENDER to RECIPIENT up to ``stop_after``."""
    return run_check(make_settings(server.port, security=Security.NONE, stop_after=stop_after,
                                   mail_from=SENDER, rcpt_to=RECIPIENT))


def log_in(server: ScriptedServer, auth: AuthMethod) -> RunResult:
    """A plain-SMTP check that logs in as the canary user with ``auth`` and stops there."""
    return run_check(auth_settings(server.port, security=Security.NONE, auth=auth,
                                   stop_after=StopAfter.AUTH))

# Each case: (where the text is documented, the step that answers, the reply, the diagnosis).
SEND_CASES = [
    # --- Gmail / Google Workspace: https://support.google.com/a/answer/3726730 (SMTP errors)
    pytest.param("rcpt", "421 4.7.28 [192.0.2.1] Our system has detected an unusual rate of "
                 "unsolicited mail originating from your IP address. To protect our users from "
                 "spam, mail sent from your IP address has been temporarily rate limited.",
                 "send.rate_limited", id="gmail-421-4.7.28"),
    pytest.param("rcpt", "452 4.2.2 The email account that you tried to reach is over quota. "
                 "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
                 "send.mailbox_full", id="gmail-452-4.2.2-over-quota"),
    pytest.param("rcpt", "552 5.2.2 The email account that you tried to reach is over quota. "
                 "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
                 "send.mailbox_full", id="gmail-552-5.2.2-not-too-large"),
    pytest.param("mail", "530 5.7.0 Authentication Required. Learn more at "
                 "https://support.google.com/mail/?p=WantAuthError",
                 "send.auth_required", id="gmail-530-5.7.0"),
    pytest.param("rcpt", "450 4.2.1 The user you are trying to contact is receiving mail too "
                 "quickly. Please resend your message at a later time.", "send.rate_limited",
                 id="gmail-450-4.2.1-too-quickly"),
    pytest.param("mail", "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a "
                 "temporary error.", "send.rate_limited", id="gmail-relay-450-4.2.1-peak"),
    pytest.param("mail", "550 5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address "
                 "you've registered in your G Suite SMTP Relay service doesn't match domain of "
                 "the account this email is being sent from.", "send.relay_denied",
                 id="gmail-relay-550-5.7.1-invalid-credentials"),
    pytest.param("rcpt", "550 5.1.1 The email account that you tried to reach does not exist. "
                 "Please try double-checking the recipient's email address for typos.",
                 "send.recipient_rejected", id="gmail-550-5.1.1"),
    # --- Microsoft 365 / Outlook.com: https://learn.microsoft.com/en-us/exchange/
    #     mail-flow-best-practices/non-delivery-reports-in-exchange-online/
    #     non-delivery-reports-in-exchange-online (the NDR table) and the pages per code:
    # 5.7.60: .../fix-error-code-5-7-60 ("SendAsDenied")
    pytest.param("mail", "550 5.7.60 SMTP; Client does not have permissions to send as this "
                 "sender", "send.sender_not_owned", id="m365-550-5.7.60"),
    # 5.7.57: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/
    #         authenticated-client-smtp-submission
    pytest.param("mail", "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001]",
                 "send.auth_required", id="m365-530-5.7.57"),
    # 5.7.64: .../fix-error-code-550-5-7-64-in-exchange-online
    pytest.param("rcpt", "550 5.7.64 TenantAttribution; Relay Access Denied",
                 "send.relay_denied", id="m365-550-5.7.64"),
    # 4.7.500: the NDR table (4.7.500-699); the exact wording as quoted at
    # https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-office365-temp-fails-and-how-can-they-be-resolved
    pytest.param("rcpt", "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. "
                 "(S77714)", "send.rate_limited", id="m365-451-4.7.500"),
    # 4.7.650: the NDR table ("The mail server has been temporarily rate limited due to IP
    # reputation")
    pytest.param("rcpt", "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate "
                 "limited due to IP reputation.", "send.rate_limited", id="m365-451-4.7.650"),
    # S3150: https://learn.microsoft.com/en-us/defender-office-365/email-bounce-s3150-s3140
    pytest.param("rcpt", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. "
                 "Please contact your Internet service provider since part of their network is "
                 "on our block list (S3150). You can also refer your provider to "
                 "http://mail.live.com/mail/troubleshooting.aspx#errors.",
                 "send.blocklisted", id="m365-550-5.7.1-S3150"),
    # --- Yahoo / AOL: https://senders.yahooinc.com/smtp-error-codes/
    pytest.param("rcpt", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
                 "unexpected volume or user complaints - 4.16.55.1; see "
                 "https://postmaster.yahooinc.com/error-codes", "send.rate_limited",
                 id="yahoo-421-4.7.0-TSS04"),
    pytest.param("rcpt", "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, "
                 "because the ip is in Spamhaus's list; see "
                 "https://postmaster.yahooinc.com/error-codes", "send.blocklisted",
                 id="yahoo-553-5.7.1-BL21"),
    # --- Blocklists through Postfix's reject_rbl_client: the default_rbl_reply template,
    #     https://www.postfix.org/postconf.5.html#default_rbl_reply
    pytest.param("rcpt", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                 "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
                 "send.blocklisted", id="spamhaus-zen"),
    # Barracuda: https://www.barracudacentral.org/rbl/how-to-use (b.barracudacentral.org)
    pytest.param("rcpt", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                 "b.barracudacentral.org; http://www.barracudanetworks.com/reputation/"
                 "?pr=1&ip=192.0.2.1", "send.blocklisted", id="barracuda"),
    # SpamCop: https://www.spamcop.net/fom-serve/cache/291.html (bl.spamcop.net reply text)
    pytest.param("rcpt", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
                 "bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1",
                 "send.blocklisted", id="spamcop"),
    # --- Greylisting: postgrey's default --greylist-text "Greylisted, see
    #     http://postgrey.schweikert.ch/help/%r.html", with Postfix's DEFER_IF_PERMIT 450 4.2.0
    #     (postgrey(8), https://postgrey.schweikert.ch/)
    pytest.param("rcpt", "450 4.2.0 <bob@example.test>: Recipient address rejected: Greylisted, "
                 "see http://postgrey.schweikert.ch/help/example.test.html",
                 "send.greylisted", id="postgrey-450-4.2.0"),
    # --- Postfix's own texts (smtpd.c; listed in https://www.postfix.org/postconf.5.html under
    #     smtpd_client_connection_count_limit and smtpd_client_message_rate_limit)
    pytest.param("mail", "421 4.7.0 mx.example.test Error: too many connections from 192.0.2.1",
                 "smtp.too_many_connections", id="postfix-421-too-many-connections"),
    pytest.param("mail", "450 4.7.1 Error: too much mail from 192.0.2.1", "send.rate_limited",
                 id="postfix-450-too-much-mail"),
    pytest.param("mail", "553 5.7.1 <alice@example.test>: Sender address rejected: not owned by "
                 "user bob", "send.sender_not_owned", id="postfix-sender-login-mismatch"),
]


@pytest.mark.parametrize(("step_id", "reply", "diagnosis"), SEND_CASES)
def test_provider_reply_names_its_cause(scripted_server_factory: ScriptedFactory, step_id: str,
                                        reply: str, diagnosis: str) -> None:
    verb = {"mail": "MAIL", "rcpt": "RCPT"}[step_id]
    server = scripted_server_factory(make_esmtp({verb: reply}, caps=CAPS))
    result = send_through(server, StopAfter.RCPT)
    failed = assert_diagnosis(result, step_id, diagnosis)
    code = int(reply[:3])
    assert failed.facts["reply_code"] == code
    # The server's words are the evidence, quoted; the advice speaks in its own words.
    assert reply[:40] in failed.facts["reply"]
    assert failed.advice is not None and reply[4:] not in failed.advice.title
    enhanced = reply.split()[1]
    assert failed.facts["enhanced_code"] == enhanced
    assert failed.facts["enhanced_meaning"].startswith("X.")
    if code < 500:  # every 4xx is said to be temporary, with when to retry
        assert failed.facts["temporary"] is True and failed.facts["retry"]
        assert "temporary" in failed.summary
        assert "temporary" in failed.advice.cause.lower()
    else:
        assert failed.facts["temporary"] is False and "retry" not in failed.facts


def test_full_mailbox_at_data_is_not_too_large(scripted_server_factory: ScriptedFactory) -> None:
    """552 is both "too large" and "mailbox full"; the enhanced code 5.2.2 says which."""
    server = scripted_server_factory(make_esmtp(
        {".": "552 5.2.2 Mailbox full"}, caps=CAPS))
    result = send_through(server, StopAfter.DATA)
    assert_diagnosis(result, "data", "send.mailbox_full")


def test_size_refusal_stays_too_large(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(make_esmtp(
        {".": "552 5.3.4 Message size exceeds fixed maximum message size"}, caps=CAPS))
    result = send_through(server, StopAfter.DATA)
    assert_diagnosis(result, "data", "send.too_large")


# ------------------------------------------------------------------------------ AUTH

AUTH_CASES = [
    # Gmail: https://support.google.com/a/answer/3726730
    pytest.param("535 5.7.8 Username and Password not accepted. For more information, go to "
                 "https://support.google.com/mail/?p=BadCredentials", "auth.failed",
                 id="gmail-535-5.7.8"),
    pytest.param("534 5.7.9 Application-specific password required. For more information, go to "
                 "https://support.google.com/mail/?p=InvalidSecondFactor",
                 "auth.app_password_required", id="gmail-534-5.7.9"),
    pytest.param("454 4.7.0 Too many login attempts, please try again later. For more "
                 "information, go to https://support.google.com/mail/?p=LoginAttempts",
                 "auth.too_many_attempts", id="gmail-454-4.7.0-too-many-logins"),
    # Postfix anvil, smtpd_client_auth_rate_limit (smtpd.c; postconf(5)
    # https://www.postfix.org/postconf.5.html#smtpd_client_auth_rate_limit)
    pytest.param("450 4.7.1 Error: too many AUTH commands from 192.0.2.1",
                 "auth.too_many_attempts", id="postfix-450-too-many-auth"),
    # RFC 4954 section 6: "454 4.7.0 Temporary authentication failure"
    pytest.param("454 4.7.0 Temporary authentication failure", "auth.temporary_failure",
                 id="rfc4954-454-4.7.0"),
    # The registry's X.7.13 "User Account Disabled" (RFC 5248); the text is ours.
    pytest.param("535 5.7.13 User account disabled", "auth.account_disabled",
                 id="registry-5.7.13"),
    # Microsoft 365: https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-
    # online/authenticated-client-smtp-submission
    pytest.param("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
                 "for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
                 "auth.disabled", id="m365-535-5.7.139"),
]


@pytest.mark.parametrize(("reply", "diagnosis"), AUTH_CASES)
def test_auth_reply_names_its_cause(scripted_server_factory: ScriptedFactory, reply: str,
                                    diagnosis: str) -> None:
    server = scripted_server_factory(make_auth_esmtp({"PLAIN": reply},
                                                     caps=[*CAPS, "AUTH PLAIN"]))
    result = log_in(server, AuthMethod.PLAIN)
    failed = assert_diagnosis(result, "auth", diagnosis)
    assert failed.facts["temporary"] is (reply[0] == "4")
    if reply[0] == "4":
        assert "temporary" in failed.summary and failed.facts["retry"]


def test_refused_advertised_mechanism_tries_the_next(scripted_server_factory: ScriptedFactory
                                                     ) -> None:
    """CRAM-MD5 advertised, then refused with 504 5.5.4: PLAIN (also advertised) is tried and
    works; the step says the server misadvertises, and never that the login failed."""
    server = scripted_server_factory(make_auth_esmtp(
        {"CRAM-MD5": "504 5.5.4 Unrecognized authentication type",
         "PLAIN": "235 2.7.0 Authentication successful"},
        caps=[*CAPS, "AUTH CRAM-MD5 PLAIN"]))
    result = log_in(server, AuthMethod.AUTO)
    warned = assert_diagnosis(result, "auth", "auth.mechanism_misadvertised", Status.WARN)
    assert warned.facts["mechanism"] == "PLAIN"
    assert warned.facts["refused_mechanisms"][0].startswith("CRAM-MD5 (504 5.5.4")
    assert "Logged in" in warned.summary and "refused" not in warned.summary.split(";")[0]
    sent = [line.text for line in warned.transcript if line.direction == "C"]
    assert any(t.startswith("AUTH CRAM-MD5") for t in sent)
    assert any(t.startswith("AUTH PLAIN") for t in sent)


def test_every_advertised_mechanism_refused(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(make_auth_esmtp({}, caps=[*CAPS, "AUTH CRAM-MD5 PLAIN"]))
    result = log_in(server, AuthMethod.AUTO)
    failed = assert_diagnosis(result, "auth", "auth.mechanism_misadvertised")
    assert [m.split()[0] for m in failed.facts["refused_mechanisms"]] == ["CRAM-MD5", "PLAIN"]
    assert "advertised CRAM-MD5, PLAIN but refused each of them" in failed.summary
