"""The delivery proof in German and in the pseudo-locale, through the real bed (Postfix with
OpenDKIM, postfix-policyd-spf-python and OpenDMARC, Dovecot IMAP): the watch, where the message
landed and the path it took, and what the receiver's Authentication-Results mean are the
catalogue's texts for the language (bracketed in the pseudo-locale), never the English ones;
what the servers wrote (folder names, host names, result words) stays data.

Skips when the bed can't run here, unless ``SMTP_DOCTOR_REAL_MTA=1`` (CI): then it fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, RunResult, ServerSettings, Status
from app.core.text.i18n import msg
from tests.support.catalogue import English, assert_says, says, source_of, speaking
from tests.support.checks import describe, step, watch_settings
from tests.support.servers.delivery import TO_JUNK, DeliveryMta, running_bed

pytestmark = pytest.mark.slow

FOUND = "Found in {folder} after {seconds} s"
FOUND_PASS = "Found in {folder} after {seconds} s. Path: {path}"
ARRIVED = "Arrived after {seconds} s ({mailbox})"
JUDGED = "{results} (by {receiver})"
JUDGED_PROBLEMS = "{results} (by {receiver}): {problems}"
FIX = "{words} Fix: {fix}"


@pytest.fixture(scope="module")
def bed() -> Iterator[DeliveryMta]:
    yield from running_bed()


def _run(lang: str, s: ServerSettings) -> RunResult:
    with speaking(lang):
        return run_check(s)


def _findings(result: RunResult) -> dict[str, dict[str, Any]]:
    return {f["method"]: f for f in step(result, "authresults").facts["findings"]}


def _says_one(text: str, choices: tuple[English, ...], lang: str) -> None:
    assert any(says(text, c, lang) for c in choices), (text, choices)


@pytest.mark.parametrize("lang", ["de", "pseudo"])
def test_everything_passing(bed: DeliveryMta, lang: str) -> None:
    result = _run(lang, watch_settings(bed))
    watch, found, auth = (step(result, i) for i in ("watch", "found", "authresults"))
    assert (watch.status, found.status, auth.status) == (Status.PASS,) * 3, describe(result)
    assert_says(watch.summary, ARRIVED, lang)
    with speaking(lang):  # the mailbox in it is a whole phrase of the language too
        mailbox = msg("{user} on {address} (IMAP with STARTTLS)", user="bob@inbox.test",
                      address=f"127.0.0.1:{bed.imap_port}")
    assert f"({mailbox})" in watch.summary, watch.summary
    assert_says(found.title, FOUND, lang)
    assert_says(found.summary, FOUND_PASS, lang)
    assert "Inbox" in found.summary and "mx.inbox.test" in found.summary  # data stays data
    assert_says(auth.summary, JUDGED, lang)
    assert "mx.inbox.test" in auth.summary and "SPF pass" in auth.summary
    findings = _findings(result)
    assert_says(findings["spf"]["words"], "SPF passed: {domain} lists the server that sent the "
                "message.", lang)
    assert_says(findings["dkim"]["words"], "DKIM passed: the signature of {domain} is valid and "
                "matches the From address.", lang)
    assert_says(findings["dmarc"]["words"], "DMARC passed: {domain}'s policy is met (an SPF or "
                "DKIM pass for the From domain).", lang)
    delays = [line for line in found.facts["path"] if "+" in line]
    assert delays, found.facts["path"]
    if lang == "de":  # the delay is a number the language's way: "+0,3 s"
        assert all(re.search(r"\+\d+,\d s$", line) for line in delays), delays


def test_softfail_and_the_providers_signature(bed: DeliveryMta) -> None:
    result = _run("de", watch_settings(bed, "softfail.test"))
    auth = step(result, "authresults")
    assert auth.diagnosis == "delivery.dmarc_fail", describe(result)
    assert_says(auth.summary, JUDGED_PROBLEMS, "de")
    findings = _findings(result)
    assert_says(findings["spf"]["words"], "SPF soft-failed: {domain}'s SPF record does not list "
                "the server that sent the message, and ends in ~all, so receivers treat it as "
                "suspicious.", "de")
    assert_says(findings["spf"]["fix"], "Add the sending service to {domain}'s SPF record (its "
                "include: or ip4:/ip6: term from the service's setup page), then send again.",
                "de")
    assert_says(findings["dkim"]["words"], "DKIM passed only for {domain}, not for "
                "{from_domain}: the provider signs with its own domain, so DMARC can't use the "
                "signature.", "de")
    assert "provider.test" in findings["dkim"]["words"]
    assert_says(findings["dmarc"]["words"], "DMARC failed for {domain}: the only valid DKIM "
                "signature is {signer}'s, not {domain}'s.", "de")
    for line in auth.facts["explained"]:
        if "Lösung:" in line:
            assert_says(line, FIX, "de")
    assert sum("Lösung:" in line for line in auth.facts["explained"]) == 3


@pytest.mark.parametrize(("domain", "expected"), [
    ("bad.test", {
        "spf": ("SPF failed: {domain}'s SPF record says the server that sent the message may "
                "not send for it (-all).",),
        "dkim": ("DKIM failed for {domain}: {why} ({detail}).", "DKIM failed for {domain}: "
                 "{why}."),
        "dmarc": ("DMARC failed for {domain}: neither SPF nor DKIM passed for the From domain.",
                  "DMARC failed for {domain}: SPF passed for {spf_domain}, which is not the "
                  "From domain {domain}.")}),
    ("none.test", {
        "spf": ("SPF gave no answer: {domain} has no SPF record.",),
        "dkim": ("The message was not signed with DKIM.",),
        "dmarc": ("DMARC: {domain} publishes no DMARC policy, so receivers decide alone what to "
                  "do with mail that fails.",)}),
    ("broken.test", {
        "spf": ("SPF could not be checked ({result}): {domain}'s SPF record is broken "
                "(permerror: a syntax error or more than 10 lookups) or its DNS did not answer "
                "(temperror).",)}),
])
def test_failing_senders(bed: DeliveryMta, domain: str,
                         expected: dict[str, tuple[str, ...]]) -> None:
    result = _run("de", watch_settings(bed, domain))
    findings = _findings(result)
    for method, choices in expected.items():
        _says_one(findings[method]["words"], choices, "de")
        assert findings[method]["fix"], findings[method]
    for finding in findings.values():  # the fixes too: each is a German catalogue text
        if finding["fix"]:
            assert source_of(finding["fix"], "de") is not None, finding


def test_junk_and_a_receiver_without_results(bed: DeliveryMta) -> None:
    junk = step(_run("de", watch_settings(bed, to=TO_JUNK)), "found")
    assert junk.diagnosis == "delivery.junk", junk.summary
    assert_says(junk.summary, "Found in {folder} after {seconds} s: the receiver filed it as "
                "spam. Path: {path}", "de")
    assert_says(junk.title, FOUND, "de")
    unchecked = _run("de", watch_settings(bed, port=bed.ports["plain"], auth=AuthMethod.NONE,
                                          username="", password=""))
    auth = step(unchecked, "authresults")
    assert auth.diagnosis == "delivery.no_results", describe(unchecked)
    assert_says(auth.summary, "The receiver wrote no Authentication-Results: it does not say "
                "how it judged SPF, DKIM and DMARC", "de")


@pytest.mark.parametrize("lang", ["de", "pseudo"])
def test_message_that_never_arrives(bed: DeliveryMta, lang: str) -> None:
    """Sent to bob+junk, but the mailbox watched is alice's own (nothing arrives there)."""
    result = _run(lang, watch_settings(bed, watch=f"imap://127.0.0.1:{bed.imap_port}",
                                       imap_password="", watch_timeout=2))
    watch = step(result, "watch")
    assert watch.diagnosis == "delivery.not_arrived", describe(result)
    assert_says(watch.summary, "The test message did not arrive in the mailbox of {user} "
                "within {seconds} s (looked in {folders})", lang)
    assert "alice@good.test" in watch.summary and "INBOX" in watch.summary.upper()
    assert step(result, "found").status is Status.SKIPPED
