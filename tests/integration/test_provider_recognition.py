"""Know who you are talking to (issue 15): scripted servers greet like each provider (or MTA),
the connection check says which one it is and how it knew, and the knowledge base's hints for
that provider come first — for a server the user typed as a bare address, not a preset.

The greeting and EHLO texts: cited where a public transcript was found; the rest follow the
format the providers are widely seen to use (resources/providers.toml marks them "uncited").
Postfix is scripted here with its default banner, not a real Postfix.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.knowledge.diagnoses import get
from app.core.model import Security, Status, StopAfter
from tests.support.checks import RECIPIENT, SENDER, describe, make_settings, step
from tests.support.servers.scripted import ScriptedServer, ehlo_reply, make_esmtp

ScriptedFactory = Callable[..., ScriptedServer]

GREETINGS: list[tuple[str, str, str]] = [
    # (provider id, greeting, where the text comes from)
    ("gmail", "220 mx.google.com ESMTP h6si2778348nfh.21",
     "https://blog.sbf5.com/2008/11/what-happens-when-you-ask-gmails-smtp-server-for-help"),
    ("microsoft365", "220 BN8PR12CA0032.outlook.office365.com Microsoft ESMTP MAIL Service "
     "ready at Mon, 30 Nov 2026 06:00:00 +0000", "uncited: Exchange Online's banner format"),
    ("yahoo", "220 smtp.mail.yahoo.com ESMTP ready", "uncited"),
    ("icloud", "220 smtp.mail.me.com ESMTP", "uncited"),
    ("zoho", "220 mx.zohomail.com SMTP Server ready November 30, 2026 6:00:00 AM PST",
     "uncited"),
    ("fastmail", "220 smtp.fastmail.com ESMTP ready", "uncited"),
    ("gmx", "220 web.de (mrweb105) Nemesis ESMTP Service ready", "uncited"),
    ("ionos", "220 kundenserver.de (mreue106) Nemesis ESMTP Service ready", "uncited"),
    ("ovh", "220 mo550.mail-out.ovh.net ESMTP", "uncited"),
    ("amazon_ses", "220 email-smtp.amazonaws.com ESMTP SimpleEmailService-d-ABCDEFGHI "
     "ABCDEFGHIJKLMNOPQRST", "uncited"),
    ("sendgrid", "220 SG ESMTP service ready at ismtpd0004p1las1.sendgrid.net", "uncited"),
    ("mailgun", "220 Mailgun Influx ready", "uncited"),
    ("postmark", "220 smtp.postmarkapp.com ESMTP Postmark", "uncited"),
    ("postfix", "220 cloud1.vbz.ovh ESMTP Postfix (Ubuntu)",
     "https://htyp.org/mw/index.php?diff=prev&oldid=24834&title=Simple_Mail_Transfer_Protocol"),
    ("exim", "220 myhost.test.ex ESMTP Exim 4.97 Tue, 2 Mar 1999 09:44:33 +0000",
     "https://git.exim.org/exim.git/blob/a3ab48f23ee4a83f796440ef67d7ac7b43aad4b5:"
     "/test/stdout/0485"),
    ("exchange", "220 MAIL01.corp.example Microsoft ESMTP MAIL Service ready at "
     "Mon, 30 Nov 2026 07:00:00 +0100", "uncited: Exchange Server's default banner"),
    ("sendmail", "220 mail.example.com ESMTP Sendmail 8.15.2/8.15.2; Mon, 30 Nov 2026 "
     "06:00:00 GMT", "uncited: Sendmail's default SmtpGreetingMessage"),
]


@pytest.mark.parametrize(("provider", "greeting", "source"), GREETINGS,
                         ids=[g[0] for g in GREETINGS])
def test_the_greeting_tells_the_provider(scripted_server_factory: ScriptedFactory,
                                         provider: str, greeting: str, source: str) -> None:
    server = scripted_server_factory(make_esmtp(greeting=greeting, caps=["8BITMIME"]))
    result = run_check(make_settings(server.port, security=Security.NONE))
    greeted = step(result, "greeting")
    assert greeted.status is Status.PASS, describe(result)
    assert greeted.facts["provider_id"] == provider, source
    assert greeted.facts["provider_recognised_by"].startswith("the greeting mentions “")


def test_the_ehlo_reply_tells_the_provider(scripted_server_factory: ScriptedFactory) -> None:
    # EHLO: "250-mx.google.com at your service, [78.37.209.105]"
    # (http://ehlo.me/2008/11/23/ehlo-is-back/); the greeting says nothing.
    server = scripted_server_factory(make_esmtp(
        {"EHLO": ehlo_reply("mx.google.com at your service, [127.0.0.1]", "SIZE 35882577",
                            "8BITMIME")}, greeting="220 relay.example ESMTP ready"))
    result = run_check(make_settings(server.port, security=Security.NONE))
    assert "provider_id" not in step(result, "greeting").facts
    ehlo = step(result, "ehlo")
    assert ehlo.facts["provider_id"] == "gmail", describe(result)
    assert ehlo.facts["provider_recognised_by"] == "the EHLO reply mentions “mx.google.com”"


def test_an_unknown_server_is_not_given_a_provider(scripted_server_factory: ScriptedFactory
                                                   ) -> None:
    server = scripted_server_factory(make_esmtp(caps=["8BITMIME"]))
    result = run_check(make_settings(server.port, security=Security.NONE))
    assert step(result, "ehlo").status is Status.PASS, describe(result)
    assert all("provider_id" not in s.facts for s in result.steps)


@pytest.mark.parametrize(("provider", "greeting"), [
    ("gmail", GREETINGS[0][1]),
    ("microsoft365", GREETINGS[1][1]),
    ("amazon_ses", GREETINGS[9][1]),
    ("postmark", GREETINGS[12][1]),
])
def test_the_recognised_provider_hints_come_first(scripted_server_factory: ScriptedFactory,
                                                  provider: str, greeting: str) -> None:
    """The user typed 127.0.0.1 (no preset): the hints still are the provider's."""
    server = scripted_server_factory(make_esmtp(
        {"MAIL": "552 5.3.4 Message size exceeds fixed maximum message size"},
        caps=["8BITMIME"], greeting=greeting))
    result = run_check(make_settings(server.port, security=Security.NONE,
                                     stop_after=StopAfter.RCPT, mail_from=SENDER,
                                     rcpt_to=RECIPIENT))
    failed = step(result, "mail")
    assert failed.status is Status.FAIL and failed.advice is not None, describe(result)
    hint = get(failed.diagnosis or "")
    assert hint is not None and provider in hint.provider_fixes, failed.diagnosis
    assert failed.advice.fixes[0] == hint.provider_fixes[provider][0]
