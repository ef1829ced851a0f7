"""The knowledge base's data texts in the user's language, against real peers on loopback.

* The blocklist tool asks the suite's DNS server, which answers as the real lists do: each list's
  ``about`` and each 127.0.0.x answer's ``meaning`` come from resources/i18n/<lang>/blocklists.toml.
* A connection check against a scripted ESMTP peer: the "What the code means" fact keeps the IANA
  registry's title and reference as data and adds SMTP Doctor's plain words in the user's language
  (resources/i18n/<lang>/enhanced_codes.toml); a refusal naming a list quotes the list in German.

Each is read at use time: the same process switches language between runs (as the GUI does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.checks.blocklist import BlocklistOptions, run_blocklist
from app.core.checks.connection import run_check
from app.core.knowledge import blocklists as kb
from app.core.knowledge.replies import meaning
from app.core.model import RunResult, Security, StepResult, StopAfter
from app.core.text.i18n import catalogue, set_language
from tests.support.checks import RECIPIENT, SENDER, describe, make_settings, step
from tests.support.servers.dns import DnsServer
from tests.support.servers.scripted import ScriptedServer, make_esmtp
from tests.support.worlds import LISTED, TEST_LISTS, blocklist_zone

pytestmark = pytest.mark.timeout(60)

CAPS = ["PIPELINING", "ENHANCEDSTATUSCODES"]
NO_SUCH_USER = ("550 5.1.1 The email account that you tried to reach does not exist. Please try "
                "double-checking the recipient's email address for typos.")
PBL_REFUSAL = ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using "
               "zen.spamhaus.org=127.0.0.11; https://www.spamhaus.org/query/ip/192.0.2.1")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language(None)


@pytest.fixture
def dns(dns_server_factory: Callable[..., DnsServer]) -> DnsServer:
    return dns_server_factory(blocklist_zone(), silent={"silent.test"})


def _lists(dns: DnsServer, language: str | None) -> RunResult:
    set_language(language)
    try:
        return run_blocklist(BlocklistOptions(LISTED, nameserver=dns.nameserver,
                                              lists=TEST_LISTS, timeout=2.0))
    finally:
        set_language(None)


def _refused_at_rcpt(factory: Callable[..., ScriptedServer], reply: str,
                     language: str | None) -> StepResult:
    server = factory(make_esmtp({"RCPT": reply}, caps=CAPS))
    set_language(language)
    try:
        result = run_check(make_settings(server.port, security=Security.NONE,
                                         stop_after=StopAfter.RCPT, mail_from=SENDER,
                                         rcpt_to=RECIPIENT))
    finally:
        set_language(None)
    return step(result, "rcpt")


def _german_list(list_id: str) -> dict[str, Any]:
    table = catalogue("de", "blocklists")[list_id]
    assert isinstance(table, dict)
    return table


def test_blocklist_about_and_meanings_are_german(dns: DnsServer) -> None:
    german = _lists(dns, "de")
    zen, spamcop = step(german, "dnsbl.spamhaus_zen"), step(german, "dnsbl.spamcop")
    assert zen.diagnosis == "blocklist.listed", describe(german)
    de_zen = _german_list("spamhaus_zen")
    assert zen.facts["blocklist_about"] == de_zen["about"]
    assert zen.facts["meanings"] == [
        f"SBL: {de_zen['answers']['127.0.0.2']['meaning']}",
        f"XBL: {de_zen['answers']['127.0.0.4']['meaning']}"]
    assert "infiziert oder gekapert" in zen.facts["meanings"][1]
    de_spamcop = _german_list("spamcop")
    assert spamcop.facts["blocklist_about"] == de_spamcop["about"]
    assert spamcop.facts["meanings"] == [
        f"SCBL: {de_spamcop['answers']['127.0.0.2']['meaning']}"]
    # the advice's cause quotes the German description of the list
    assert zen.advice is not None and de_zen["about"] in zen.advice.cause

    # the next run in English (same process, no restart): the data's own English words again
    english = _lists(dns, None)
    zen_en = step(english, "dnsbl.spamhaus_zen")
    item = kb.find_list("zen.spamhaus.org")
    assert zen_en.facts["blocklist_about"] == item.about
    assert zen_en.facts["meanings"] == [f"SBL: {item.answers['127.0.0.2'].meaning}",
                                        f"XBL: {item.answers['127.0.0.4'].meaning}"]
    for key in ("blocklist_about", "meanings"):
        assert zen.facts[key] != zen_en.facts[key]


def test_blocklist_texts_go_through_the_catalogue(dns: DnsServer) -> None:
    """Pseudo-locale: every list text is bracketed, so none bypassed the catalogue."""
    result = _lists(dns, "pseudo")
    for step_id in ("dnsbl.spamhaus_zen", "dnsbl.spamcop"):
        found = step(result, step_id)
        about = found.facts["blocklist_about"]
        assert about.startswith("[") and about.endswith("]"), about
        for line in found.facts["meanings"]:  # "[SBL: [meaning ~~] ~~]": both bracketed
            assert line.startswith("[") and line.endswith("]"), line
            code, text = line[1:].split(": ", 1)
            assert code in ("SBL", "XBL", "SCBL") and text.startswith("["), line
            assert text.rstrip(" ~]").rstrip().endswith("~") or "] " in text, line


def test_enhanced_code_plain_words_are_german(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    row = meaning("5.1.1")
    assert row is not None
    german = _refused_at_rcpt(scripted_server_factory, NO_SUCH_USER, "de")
    plain = catalogue("de", "enhanced_codes")["X.1.1"]["plain"]
    assert plain == "Das Postfach des Empfängers gibt es auf diesem Server nicht."
    # the registry's title and reference stay data; the plain words are German
    assert german.facts["enhanced_meaning"] == (
        f"X.1.1 Bad destination mailbox address (RFC 3463): {plain}")
    english = _refused_at_rcpt(scripted_server_factory, NO_SUCH_USER, None)
    assert english.diagnosis == german.diagnosis == "send.recipient_rejected"
    assert english.facts["enhanced_meaning"] == (
        f"X.1.1 Bad destination mailbox address (RFC 3463): {row.plain}")
    pseudo = _refused_at_rcpt(scripted_server_factory, NO_SUCH_USER, "pseudo")
    text = pseudo.facts["enhanced_meaning"]
    assert text.startswith("[X.1.1 ") and text.endswith("]") and "Bad destination" in text
    assert row.plain not in text  # the plain words went through the catalogue too


def test_refusal_naming_a_list_quotes_it_in_german(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    failed = _refused_at_rcpt(scripted_server_factory, PBL_REFUSAL, "de")
    assert failed.diagnosis == "send.blocklisted"
    de_zen = _german_list("spamhaus_zen")
    assert failed.facts["blocklist_about"] == de_zen["about"]
    assert failed.facts["blocklist_code"] == (
        f"PBL: {de_zen['answers']['127.0.0.11']['meaning']}")
    assert failed.advice is not None and de_zen["about"] in failed.advice.cause
    assert "Spamhaus ZEN" in failed.facts["blocklist"]  # the list's name is not translated
    english = _refused_at_rcpt(scripted_server_factory, PBL_REFUSAL, None)
    assert english.diagnosis == "send.blocklisted"
    item = kb.find_list("zen.spamhaus.org")
    assert english.facts["blocklist_about"] == item.about
    assert english.facts["blocklist_code"] == f"PBL: {item.answers['127.0.0.11'].meaning}"
