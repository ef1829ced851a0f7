"""The DNSSEC, DANE, MTA-STS and BIMI steps in German and in the pseudo-locale, against the
suite's real peers: the signing DNS server (validating, non-validating, bogus, no DS), aiosmtpd
MX servers offering STARTTLS with trustme certificates the TLSA records pin (or don't), and the
MTA-STS policy over the loopback HTTPS server. Every summary and every explanation these steps
write for people is the catalogue's text for the language (bracketed in the pseudo-locale),
never the English one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.checks.domain import DomainOptions, run_domain
from app.core.model import RunResult, Status
from app.core.text.i18n import msg
from tests.support.catalogue import assert_says, speaking
from tests.support.checks import describe, step
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import POLICY, SIGNED, mx_tls_context, tlsa_3_1_1

MX = "mx.example.test"
POLICY_URL = ("mta-sts.example.test", "/.well-known/mta-sts.txt")
LOGO = "https://example.test/logo.svg"


@pytest.fixture(params=["de", "pseudo"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(str(request.param)) as code:
        yield code


def _zone(*, tlsa: str | None = None, dmarc: str = "v=DMARC1; p=reject", bimi: bool = True,
          sts: bool = True) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {
        "example.test": {"MX": [(10, MX)], "TXT": ["v=spf1 ip4:127.0.0.1 -all"]},
        "_dmarc.example.test": {"TXT": [dmarc]},
        MX: {"A": ["127.0.0.1"]},
    }
    if sts:
        records["_mta-sts.example.test"] = {"TXT": ["v=STSv1; id=1"]}
        records["mta-sts.example.test"] = {"A": ["127.0.0.1"]}
    if bimi:
        records["default._bimi.example.test"] = {"TXT": [f"v=BIMI1; l={LOGO}"]}
    if tlsa:
        records[f"_25._tcp.{MX}"] = {"TLSA": [tlsa]}
    return records


def _run(dns: DnsServer, pki: TestPki, smtp: SmtpServer | None = None,
         https: HttpsServer | None = None) -> RunResult:
    return run_domain(DomainOptions(
        "example.test", nameserver=dns.nameserver, ca_file=str(pki.ca_file),
        https_port=https.port if https else None, common_selectors=False, check_greeting=False,
        server_port=smtp.port if smtp else 25, timeout=2.0, dns_timeout=1.0))


def _bracketed(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def test_validated_dane_match_sts_and_bimi(
        lang: str, dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    leaf = pki.ca.issue_cert(MX)
    smtp = smtp_server_factory(tls="starttls", tls_context=mx_tls_context(leaf), hostname=MX)
    tlsa = tlsa_3_1_1(leaf)
    dns = dns_server_factory(_zone(tlsa=tlsa), **SIGNED)
    with HttpsServer(pki, {POLICY_URL: (200, "text/plain", POLICY)},
                     ["mta-sts.example.test"]) as https:
        result = _run(dns, pki, smtp, https)
    dnssec, dane, sts, bimi = (step(result, i) for i in ("dnssec", "dane", "mta_sts", "bimi"))
    assert (dnssec.status, dane.status, sts.status, bimi.status) == (Status.PASS,) * 4, \
        describe(result)
    assert_says(dnssec.summary, "{domain} is DNSSEC-signed and the resolver validated it (AD)",
                lang)
    assert_says(dnssec.facts["meaning"], "signed and validated: the resolver checked the "
                "signatures up to its trust anchor, normally the root (AD flag), so TLSA "
                "records can be trusted — as far as the path to that resolver can be.", lang)
    # the host's sentence inside the summary is the language's too, the record stays data
    host = msg("{host} presents a certificate matching TLSA {record} ({usage})", host=MX,
               record=tlsa[:5], usage="DANE-EE")
    assert dane.summary == msg("DANE: {hosts}", hosts=host), dane.summary
    assert_says(host, "{host} presents a certificate matching TLSA {record} ({usage})", lang)
    record = dane.facts["hosts"][MX]["records"][0]
    assert_says(record["meaning"], "{record} ({usage}): the server's own certificate: its "
                "{what}, compared as {how}", lang)
    assert msg("public key (SPKI)") in record["meaning"] and "DANE-EE" in record["meaning"]
    assert record["selector"] == msg("public key (SPKI)")
    assert_says(sts.facts["mode_meaning"], "enforce: senders that support MTA-STS deliver only "
                "over TLS to an MX the policy lists, with a certificate valid for that name; "
                "otherwise they keep the mail and retry.", lang)
    assert_says(sts.facts["certificates"][MX], "valid for the MX name", lang)
    assert_says(bimi.summary, "BIMI logo {logo}, without a mark certificate (Gmail and Apple "
                "Mail need one); DMARC enforces", lang)
    assert LOGO in bimi.summary  # the record's URL stays data


def test_mismatch_untrusted_mx_and_weak_dmarc(
        lang: str, dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    """The TLSA record pins another key, the MX certificate is from an unknown CA (MTA-STS in
    testing mode warns), and DMARC p=none keeps the BIMI logo from being shown."""
    leaf = pki.untrusted_ca.issue_cert(MX)
    smtp = smtp_server_factory(tls="starttls", tls_context=mx_tls_context(leaf), hostname=MX)
    dns = dns_server_factory(_zone(tlsa=tlsa_3_1_1(pki.ca.issue_cert(MX)),
                                   dmarc="v=DMARC1; p=none; pct=50"), **SIGNED)
    with HttpsServer(pki, {POLICY_URL: (200, "text/plain", POLICY.replace("enforce",
                                                                          "testing"))},
                     ["mta-sts.example.test"]) as https:
        result = _run(dns, pki, smtp, https)
    dane, sts, bimi = (step(result, i) for i in ("dane", "mta_sts", "bimi"))
    assert (dane.diagnosis, sts.diagnosis, bimi.diagnosis) == (
        "dane.mismatch", "mtasts.mx_certificate", "bimi.dmarc_not_enforced"), describe(result)
    assert_says(dane.summary, "{host}: the certificate matches no TLSA record ({why})", lang)
    mismatch = dane.facts["hosts"][MX]["mismatch"]
    assert_says(mismatch, "{record}: the server's certificate does not match", lang)
    assert mismatch in dane.summary
    assert_says(sts.facts["mode_meaning"], "testing: senders deliver as before but report "
                "failures to the TLS-RPT address; nothing is protected yet.", lang)
    assert_says(bimi.summary, "BIMI record found, but no logo will be shown: {gaps}", lang)
    gaps = bimi.facts["dmarc_gaps"]
    assert len(gaps) == 2, gaps
    assert_says(gaps[0], "DMARC p={policy} (needs quarantine or reject)", lang)
    assert_says(gaps[1], "DMARC pct={pct} (needs 100)", lang)
    assert "=none" in gaps[0] and "=50" in gaps[1]  # the values stay data
    if lang == "pseudo":  # the MTA-STS summary's tail is this area's sentence
        assert _bracketed(sts.summary), sts.summary


@pytest.mark.parametrize(("options", "english", "meaning"), [
    ({"bogus": ["example.test"]},
     "{domain}: DNSSEC signatures do not verify (SERVFAIL; the answer comes only with "
     "checking disabled)",
     "bogus: the resolver refuses the answer because its DNSSEC signatures do not verify, and "
     "gives it only with checking disabled (CD). Validating senders cannot find your MX at "
     "all."),
    ({"validating": False},
     "{domain} is signed ({signer}), but the DNS server does not validate (no AD flag)",
     "resolver does not validate: the zone is signed and its parent publishes a DS record, but "
     "the DNS server asked does not check signatures (no AD flag), so this run cannot tell "
     "whether they verify. Ask a validating resolver (for example 1.1.1.1, 8.8.8.8 or "
     "9.9.9.9) with --dns-server."),
    ({"delegated": []},
     "{zone} is signed, but its parent zone has no DS record: validators treat it as unsigned",
     "signed but not anchored: the zone has signatures, but its parent has no DS record for "
     "it, so validators treat it as unsigned."),
    (None, "{domain} is not DNSSEC-signed (optional)",
     "unsigned: the domain's DNS answers carry no DNSSEC signatures, so they cannot be "
     "authenticated and the domain's own MX hosts cannot use DANE. (A DNS server that drops "
     "DNSSEC data looks the same: ask a validating resolver such as 1.1.1.1 to be sure.)"),
], ids=["bogus", "not-validating", "no-ds", "unsigned"])
def test_dnssec_states(lang: str, dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                       options: dict[str, Any] | None, english: str, meaning: str) -> None:
    zone = _zone(bimi=False, sts=False)
    dns = (dns_server_factory(zone) if options is None
           else dns_server_factory(zone, **{**SIGNED, **options}))
    result = _run(dns, pki)
    dnssec = step(result, "dnssec")
    assert_says(dnssec.summary, english, lang)
    assert_says(dnssec.facts["meaning"], meaning, lang)
    assert "example.test" in dnssec.summary
    if options is None:  # nothing else published: the optional steps say so in the language
        assert_says(step(result, "dane").summary,
                    "No TLSA records for the MX hosts (DANE is optional)", lang)
        assert_says(step(result, "bimi").summary, "No BIMI record (optional)", lang)


def test_no_summary_of_this_area_is_left_english(
        lang: str, dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    """Broken records: an unusable TLSA usage, a BIMI logo over http. Every summary of the
    four steps went through the catalogue (bracketed in the pseudo-locale; in German, not the
    English run's summary)."""
    zone = _zone(tlsa="1 1 1 " + "ab" * 32, sts=False)
    zone["default._bimi.example.test"] = {"TXT": ["v=BIMI1; l=http://example.test/logo.svg"]}
    dns = dns_server_factory(zone, **SIGNED)
    result = _run(dns, pki)
    dane, bimi = step(result, "dane"), step(result, "bimi")
    assert (dane.diagnosis, bimi.diagnosis) == ("dane.unusable", "bimi.invalid"), \
        describe(result)
    assert_says(dane.summary, "{name}: no usable TLSA record (PKIX-TA/PKIX-EE usages or "
                "unknown types are ignored by SMTP senders, RFC 7672)", lang)
    assert_says(dane.facts["hosts"][MX]["records"][0]["meaning"],
                "{record} ({usage}): a certificate that must also be trusted by a public CA "
                "({what}, {how}); RFC 7672 tells mail servers to treat this usage as unusable, "
                "so senders ignore the record: publish usage 3 (DANE-EE) or 2 (DANE-TA)", lang)
    assert_says(bimi.facts["error"], "{tag}= must be an https:// address", lang)
    assert "v=BIMI1; l=http://example.test/logo.svg" in bimi.summary  # the record is data
    with speaking("en"):
        english = _run(dns, pki)
    for step_id in ("dnssec", "dane", "bimi"):
        ours, theirs = step(result, step_id).summary, step(english, step_id).summary
        assert ours != theirs, (step_id, ours)
        if lang == "pseudo":
            assert _bracketed(ours), (step_id, ours)
