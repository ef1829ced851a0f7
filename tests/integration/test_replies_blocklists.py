"""Refusals that name a blocklist, from scripted ESMTP peers on loopback, wherever the connection
test reads a reply: the greeting, EHLO, MAIL, RCPT and DATA. Each is recognised as
``send.blocklisted`` and names the list with its lookup and delisting pages (from
resources/blocklists.toml); a policy listing (Spamhaus PBL, Trend Micro's dynamic list) puts the
submission-port fix first.

The wordings follow the templates the MTAs and lists document — Postfix's default_rbl_reply
(https://www.postfix.org/postconf.5.html#default_rbl_reply), Microsoft's S3150 and 5.7.511 pages
(cited in resources/blocklists.toml), Proofpoint's and Cloudmark's reject texts pointing at their
lookup pages — with test addresses.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import Security, Status, StopAfter
from tests.support.checks import RECIPIENT, SENDER, assert_diagnosis, make_settings
from tests.support.servers.scripted import ScriptedServer, make_esmtp

ScriptedFactory = Callable[..., ScriptedServer]
CAPS = ["PIPELINING", "ENHANCEDSTATUSCODES"]
RBL = "Service unavailable; Client host [192.0.2.1] blocked using"

CASES = [
    pytest.param("greeting", f"554 5.7.1 {RBL} zen.spamhaus.org; "
                 "https://www.spamhaus.org/query/ip/192.0.2.1", "Spamhaus ZEN",
                 "check.spamhaus.org", False, id="greeting-spamhaus"),
    pytest.param("greeting", "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request "
                 "removal from this list please forward this message to "
                 "delist@messaging.microsoft.com.", "Microsoft", "sender.office.com", False,
                 id="greeting-microsoft-banned-sender"),
    pytest.param("EHLO", f"554 5.7.1 {RBL} b.barracudacentral.org; "
                 "http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1",
                 "Barracuda", "barracudacentral.org/lookups", False, id="ehlo-barracuda"),
    pytest.param("MAIL", "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1",
                 "Proofpoint", "ipcheck.proofpoint.com", False, id="mail-proofpoint"),
    pytest.param("RCPT", "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. "
                 "Please contact your Internet service provider since part of their network is "
                 "on our block list (S3150).", "Microsoft", "sender.office.com", False,
                 id="rcpt-microsoft-S3150"),
    pytest.param("RCPT", "550 5.7.1 Poor reputation; see "
                 "https://csi.cloudmark.com/reset-request/?ip=192.0.2.1", "Cloudmark",
                 "csi.cloudmark.com", False, id="rcpt-cloudmark"),
    pytest.param("RCPT", "550 5.7.1 Mail from 192.0.2.1 refused, see "
                 "https://ers.trendmicro.com/ (ERS-DUL)", "Trend Micro", "ers.trendmicro.com",
                 True, id="rcpt-trendmicro-dul"),
    pytest.param("RCPT", f"554 5.7.1 {RBL} zen.spamhaus.org=127.0.0.11; "
                 "https://www.spamhaus.org/query/ip/192.0.2.1", "Spamhaus ZEN",
                 "check.spamhaus.org", True, id="rcpt-spamhaus-pbl-code"),
    pytest.param("RCPT", f"554 5.7.1 {RBL} dnsbl.sorbs.net", "SORBS", "check.spamhaus.org",
                 False, id="rcpt-sorbs-retired"),
    pytest.param("RCPT", f"450 4.7.1 {RBL} bl.spamcop.net", "SpamCop", "spamcop.net/bl.shtml",
                 False, id="rcpt-spamcop-temporary"),
    pytest.param(".", f"554 5.7.1 {RBL} bl.spamcop.net; Blocked - see "
                 "https://www.spamcop.net/bl.shtml?192.0.2.1", "SpamCop", "spamcop.net/bl.shtml",
                 False, id="data-spamcop"),
]
STEP_OF = {"greeting": "greeting", "EHLO": "ehlo", "MAIL": "mail", "RCPT": "rcpt",
           ".": "data"}


@pytest.mark.parametrize(("where", "reply", "name", "page", "policy"), CASES)
def test_reply_names_the_blocklist_and_its_fix(scripted_server_factory: ScriptedFactory,
                                               where: str, reply: str, name: str, page: str,
                                               policy: bool) -> None:
    if where == "greeting":
        handler = make_esmtp(caps=CAPS, greeting=reply)
    else:
        handler = make_esmtp({where: reply}, caps=CAPS)
    server = scripted_server_factory(handler)
    result = run_check(make_settings(server.port, security=Security.NONE,
                                     stop_after=StopAfter.DATA, mail_from=SENDER,
                                     rcpt_to=RECIPIENT))
    failed = assert_diagnosis(result, STEP_OF[where], "send.blocklisted")
    assert failed.facts["blocklist"].startswith(name)
    assert page in failed.facts["blocklist_lookup"] + failed.facts["blocklist_delist"]
    assert failed.facts["blocklist_policy"] == ("yes" if policy else "no")
    assert failed.advice is not None
    advice = " ".join((failed.advice.cause, *failed.advice.fixes))
    assert failed.facts["blocklist"] in advice and page in advice
    if policy:  # the sending-path fix first: submission port with login, never 25 direct
        assert "587" in failed.advice.fixes[0] and "port 25" in failed.advice.fixes[0]
    else:
        assert not any("policy listing" in fix for fix in failed.advice.fixes)
    if reply.startswith("4"):
        assert failed.facts["temporary"] is True and "temporary" in failed.summary
    if name == "SORBS":
        assert "shut down" in failed.advice.cause


def test_a_plain_refusal_at_the_greeting_stays_smtp_rejected(
        scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(make_esmtp(
        caps=CAPS, greeting="554 5.7.1 mx.example.test ESMTP not accepting messages"))
    result = run_check(make_settings(server.port, security=Security.NONE,
                                     stop_after=StopAfter.EHLO))
    failed = assert_diagnosis(result, "greeting", "smtp.rejected")
    assert "blocklist" not in failed.facts
    assert result.status is Status.FAIL
