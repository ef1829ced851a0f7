"""DNSSEC, DANE, the MTA-STS certificate check, BIMI and DMARC alignment words, against real
loopback peers: the test DNS server serving zones signed with dnspython's ``dns.dnssec`` and
playing a validating resolver (AD / SERVFAIL computed from the signatures, see its docstring),
a loopback HTTPS server for the MTA-STS policy and aiosmtpd servers offering STARTTLS with
trustme certificates whose hashes the TLSA records hold (or do not)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import trustme

from app.core.cancel import CancelToken
from app.core.checks.domain import DomainOptions, run_domain
from app.core.model import Event, RunResult, Status, StepStarted
from tests.support.checks import describe, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port
from tests.support.servers.scripted import ScriptedServer, make_slow_drip
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import POLICY, SIGNED, leaf_der, mx_tls_context, spki_sha256, tlsa_3_1_1

MX = "mx.example.test"
POLICY_URL = ("mta-sts.example.test", "/.well-known/mta-sts.txt")


def _serve(smtp_server_factory: Callable[..., SmtpServer], leaf: trustme.LeafCert | None,
           ) -> SmtpServer:
    if leaf is None:
        return smtp_server_factory(hostname=MX)
    return smtp_server_factory(tls="starttls", tls_context=mx_tls_context(leaf), hostname=MX)


def zone(tlsa: list[str] | None = None, **extra: dict[str, Any]) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {
        "example.test": {"MX": [(10, MX)], "TXT": ["v=spf1 ip4:127.0.0.1 -all"]},
        "_dmarc.example.test": {"TXT": ["v=DMARC1; p=reject; adkim=s"]},
        "_mta-sts.example.test": {"TXT": ["v=STSv1; id=1"]},
        "mta-sts.example.test": {"A": ["127.0.0.1"]},
        "_smtp._tls.example.test": {"TXT": ["v=TLSRPTv1; rua=mailto:tls@example.test"]},
        MX: {"A": ["127.0.0.1"]},
    }
    if tlsa is not None:
        records[f"_25._tcp.{MX}"] = {"TLSA": tlsa}
    records.update(extra)
    return records


@pytest.fixture
def policy_server(pki: TestPki) -> Iterator[Callable[[str], HttpsServer]]:
    servers: list[HttpsServer] = []

    def start(policy: str = POLICY) -> HttpsServer:
        server = HttpsServer(pki, {POLICY_URL: (200, "text/plain", policy)},
                             ["mta-sts.example.test"]).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def _run(dns: DnsServer, pki: TestPki, smtp: SmtpServer | None = None,
         https: HttpsServer | None = None, port: int | None = None) -> RunResult:
    return run_domain(DomainOptions(
        "example.test", nameserver=dns.nameserver, ca_file=str(pki.ca_file),
        https_port=https.port if https else None, common_selectors=False, check_greeting=False,
        server_port=port or (smtp.port if smtp else 25), timeout=2.0, dns_timeout=1.0))


def _signed(factory: Callable[..., DnsServer], records: dict[str, dict[str, Any]],
            **options: Any) -> DnsServer:
    return factory(records, **{**SIGNED, **options})


def test_dane_ee_matches_and_everything_is_validated(
        dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer],
        policy_server: Callable[[str], HttpsServer]) -> None:
    leaf = pki.ca.issue_cert(MX)
    smtp = _serve(smtp_server_factory, leaf)
    tlsa = tlsa_3_1_1(leaf)
    dns = _signed(dns_server_factory, zone([tlsa]))
    result = _run(dns, pki, smtp, policy_server(POLICY))
    dnssec = step(result, "dnssec")
    assert dnssec.status is Status.PASS and dnssec.facts["ad_flag"] is True, describe(result)
    assert "validated" in dnssec.facts["meaning"]
    dane = step(result, "dane")
    assert dane.status is Status.PASS, describe(result)
    host = dane.facts["hosts"][MX]
    assert host["ad_flag"] is True and host["matched"] == tlsa
    assert host["records"][0]["usage"] == "DANE-EE"
    assert "public key" in host["records"][0]["meaning"]
    sts = step(result, "mta_sts")
    assert sts.status is Status.PASS, describe(result)
    assert sts.facts["certificates"] == {MX: "valid for the MX name"}
    assert sts.facts["mode_meaning"].startswith("enforce")
    # the queries that judged DNSSEC set the DO bit
    assert ("example.test", True, False) in dns.queries_flags


def test_dane_ee_mismatch(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                          smtp_server_factory: Callable[..., SmtpServer]) -> None:
    smtp = _serve(smtp_server_factory, pki.ca.issue_cert(MX))
    other = pki.ca.issue_cert(MX)  # a renewed key the record was never updated for
    tlsa = tlsa_3_1_1(other)
    dane = step(_run(_signed(dns_server_factory, zone([tlsa])), pki, smtp), "dane")
    assert (dane.status, dane.diagnosis) == (Status.FAIL, "dane.mismatch"), dane.summary
    assert dane.advice is not None and MX in dane.advice.cause
    assert "does not match" in dane.facts["hosts"][MX]["mismatch"]


def test_dane_ta_needs_the_chain_and_the_mx_name(
        dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    intermediate = pki.ca.create_child_ca()
    leaf = intermediate.issue_cert(MX)
    tlsa = f"2 1 1 {spki_sha256(leaf_der(leaf, 1))}"
    good = step(_run(_signed(dns_server_factory, zone([tlsa])), pki,
                     _serve(smtp_server_factory, leaf)), "dane")
    assert good.status is Status.PASS, good.summary
    assert good.facts["hosts"][MX]["matched"] == tlsa
    assert good.facts["hosts"][MX]["records"][0]["usage"] == "DANE-TA"
    wrong_name = step(_run(_signed(dns_server_factory, zone([tlsa])), pki,
                           _serve(smtp_server_factory, intermediate.issue_cert("other.test"))),
                      "dane")
    assert wrong_name.diagnosis == "dane.mismatch"
    assert "does not name the MX host" in wrong_name.facts["hosts"][MX]["mismatch"]
    other_ca = pki.ca.create_child_ca()
    outside = step(_run(_signed(dns_server_factory, zone([tlsa])), pki,
                        _serve(smtp_server_factory, other_ca.issue_cert(MX))), "dane")
    assert outside.diagnosis == "dane.mismatch"


def test_tlsa_without_dnssec_is_ignored_by_senders(
        dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    leaf = pki.ca.issue_cert(MX)
    smtp = _serve(smtp_server_factory, leaf)
    tlsa = tlsa_3_1_1(leaf)
    result = _run(dns_server_factory(zone([tlsa])), pki, smtp)
    dnssec = step(result, "dnssec")
    assert (dnssec.status, dnssec.diagnosis) == (Status.SKIPPED, "dnssec.unsigned")
    dane = step(result, "dane")
    assert (dane.status, dane.diagnosis) == (Status.WARN, "dane.not_secure"), dane.summary
    assert dane.advice is not None and "ignore" in dane.summary
    assert dane.facts["hosts"][MX]["matched"]  # the certificate is still compared


def test_resolver_that_does_not_validate(dns_server_factory: Callable[..., DnsServer],
                                         pki: TestPki) -> None:
    dns = _signed(dns_server_factory, zone(), validating=False)
    found = step(_run(dns, pki), "dnssec")
    assert (found.status, found.diagnosis) == (Status.WARN, "dnssec.resolver_not_validating")
    assert found.facts["signed"] is True and found.facts["ad_flag"] is False
    assert "does not validate" in found.facts["meaning"]


def test_signed_zone_without_ds_at_the_parent(dns_server_factory: Callable[..., DnsServer],
                                              pki: TestPki) -> None:
    dns = _signed(dns_server_factory, zone(), delegated=[])
    found = step(_run(dns, pki), "dnssec")
    assert (found.status, found.diagnosis) == (Status.WARN, "dnssec.no_ds")
    assert found.facts["ds_at_parent"] is False


def test_bogus_signatures(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = _signed(dns_server_factory, zone(), bogus=["example.test"])
    found = step(_run(dns, pki), "dnssec")
    assert (found.status, found.diagnosis) == (Status.FAIL, "dnssec.bogus"), found.summary
    assert "checking disabled" in found.summary
    assert ("example.test", True, True) in dns.queries_flags  # asked again with CD


def test_bogus_tlsa_zone(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    records = zone(**{"example.test": {"MX": [(10, "mx.hoster.test")]},
                      "mx.hoster.test": {"A": ["127.0.0.1"]},
                      "_25._tcp.mx.hoster.test": {"TLSA": ["3 1 1 " + "00" * 32]}})
    dns = _signed(dns_server_factory, records, signed=["example.test", "hoster.test"],
                  delegated=["example.test", "hoster.test"], bogus=["hoster.test"])
    result = _run(dns, pki)
    assert step(result, "dnssec").status is Status.PASS
    dane = step(result, "dane")
    assert (dane.status, dane.diagnosis) == (Status.FAIL, "dnssec.bogus"), dane.summary


@pytest.mark.parametrize(("tlsa", "server", "diagnosis", "status"), [
    (None, "tls", "dane.missing", Status.SKIPPED),
    ("1 1 1 " + "ab" * 32, "tls", "dane.unusable", Status.WARN),
    ("3 1 1 " + "ab" * 32, "plain", "dane.no_tls", Status.FAIL),
])
def test_dane_problems(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                       smtp_server_factory: Callable[..., SmtpServer], tlsa: str | None,
                       server: str, diagnosis: str, status: Status) -> None:
    smtp = _serve(smtp_server_factory, pki.ca.issue_cert(MX) if server == "tls" else None)
    dane = step(_run(_signed(dns_server_factory, zone([tlsa] if tlsa else None)), pki, smtp),
                "dane")
    assert (dane.diagnosis, dane.status) == (diagnosis, status), dane.summary
    assert dane.advice is not None and dane.advice.fixes


def test_unreachable_mx_is_not_blamed(dns_server_factory: Callable[..., DnsServer],
                                      pki: TestPki, refused_port: int) -> None:
    dns = _signed(dns_server_factory, zone(["3 1 1 " + "ab" * 32]))
    dane = step(_run(dns, pki, port=refused_port), "dane")
    assert dane.status is Status.SKIPPED and dane.diagnosis is None, dane.summary
    assert "could not be checked from here" in dane.summary


@pytest.mark.parametrize(("mode", "status"), [("enforce", Status.FAIL),
                                              ("testing", Status.WARN)])
def test_mta_sts_mx_certificate(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                                smtp_server_factory: Callable[..., SmtpServer],
                                policy_server: Callable[[str], HttpsServer], mode: str,
                                status: Status) -> None:
    smtp = _serve(smtp_server_factory, pki.untrusted_ca.issue_cert(MX))
    https = policy_server(POLICY.replace("enforce", mode))
    found = step(_run(dns_server_factory(zone()), pki, smtp, https), "mta_sts")
    assert (found.diagnosis, found.status) == ("mtasts.mx_certificate", status), found.summary
    assert found.facts["value"] == MX
    assert found.facts["mode_meaning"].startswith(mode)


@pytest.mark.parametrize(("bimi", "dmarc", "diagnosis", "status"), [
    (None, "v=DMARC1; p=reject", "bimi.missing", Status.SKIPPED),
    ("v=BIMI1; l=https://example.test/logo.svg", "v=DMARC1; p=reject", None, Status.PASS),
    ("v=BIMI1; l=https://example.test/logo.svg", "v=DMARC1; p=none", "bimi.dmarc_not_enforced",
     Status.WARN),
    ("v=BIMI1; l=https://example.test/logo.svg", "v=DMARC1; p=quarantine; pct=50",
     "bimi.dmarc_not_enforced", Status.WARN),
    ("v=BIMI1; l=http://example.test/logo.svg", "v=DMARC1; p=reject", "bimi.invalid",
     Status.FAIL),
])
def test_bimi(dns_server_factory: Callable[..., DnsServer], pki: TestPki, bimi: str | None,
              dmarc: str, diagnosis: str | None, status: Status) -> None:
    extra = {"_dmarc.example.test": {"TXT": [dmarc]}}
    if bimi:
        extra["default._bimi.example.test"] = {"TXT": [bimi]}
    found = step(_run(dns_server_factory(zone(**extra)), pki), "bimi")
    assert (found.diagnosis, found.status) == (diagnosis, status), found.summary


def test_dmarc_weak_points_in_plain_words(dns_server_factory: Callable[..., DnsServer],
                                          pki: TestPki) -> None:
    extra = {"_dmarc.example.test": {"TXT": ["v=DMARC1; p=reject; sp=none; aspf=s"]}}
    found = step(_run(dns_server_factory(zone(**extra)), pki), "dmarc")
    assert (found.diagnosis, found.status) == ("dmarc.subdomain_none", Status.WARN)
    meaning = " ".join(found.facts["meaning"])
    assert "less protected" in meaning
    assert "aspf=s (strict)" in meaning and "adkim=r (relaxed" in meaning
    assert "ARC" in meaning


def test_cli_shows_dane_and_dnssec(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                                   smtp_server_factory: Callable[..., SmtpServer]) -> None:
    leaf = pki.ca.issue_cert(MX)
    smtp = _serve(smtp_server_factory, leaf)
    tlsa = tlsa_3_1_1(leaf)
    dns = _signed(dns_server_factory, zone([tlsa]))
    base = ("domain", "example.test", "--dns-server", dns.nameserver, "--no-common-selectors",
            "--no-greeting", "--server-port", str(smtp.port), "-t", "2")
    _code, out, _err = run_cli(*base, "--json")
    by_id = {s["id"]: s for s in json.loads(out)["steps"]}
    assert by_id["dnssec"]["status"] == "pass"
    assert by_id["dane"]["status"] == "pass"
    assert by_id["dane"]["facts"]["hosts"][MX]["matched"] == tlsa
    _code, text, _err = run_cli(*base)
    assert "DNSSEC: signed and validated" in text
    assert f"_25._tcp.{MX}: 3 1 1 (DANE-EE)" in text
    assert "TLS-RPT reports go to mailto:tls@example.test" in text


@pytest.mark.slow
@pytest.mark.parametrize("peer", ["dripping greeting", "filtered port"])
def test_hostile_mx_ends_within_its_deadline(dns_server_factory: Callable[..., DnsServer],
                                             pki: TestPki, policy_server: Callable[[str],
                                                                                  HttpsServer],
                                             peer: str) -> None:
    with ExitStack() as stack:
        if peer == "filtered port":
            port = stack.enter_context(filtered_port())
        else:
            port = stack.enter_context(ScriptedServer(make_slow_drip(interval=0.3))).port
        dns = _signed(dns_server_factory, zone(["3 1 1 " + "ab" * 32]))
        started = time.monotonic()
        result = _run(dns, pki, https=policy_server(POLICY), port=port)
        elapsed = time.monotonic() - started
    assert elapsed < 30, elapsed  # timeout 2 s: each probe is bounded by 3 × 2 s
    dane, sts = step(result, "dane"), step(result, "mta_sts")
    if peer == "filtered port":  # port 25 blocked on the way out: not the domain's fault
        assert dane.status is Status.SKIPPED and sts.status is Status.PASS, describe(result)
        assert "not checked from here" in sts.summary
    else:  # a server that never finishes its greeting cannot do TLS for senders either
        assert (dane.diagnosis, sts.diagnosis) == ("dane.no_tls", "mtasts.mx_certificate"), \
            describe(result)


def test_cancel_while_waiting_on_an_mx(dns_server_factory: Callable[..., DnsServer],
                                       pki: TestPki) -> None:
    dns = _signed(dns_server_factory, zone(["3 1 1 " + "ab" * 32]))
    reached = threading.Event()
    token = CancelToken()
    box: dict[str, RunResult] = {}

    def on_event(event: Event) -> None:
        if isinstance(event, StepStarted) and event.step_id == "dane":
            reached.set()

    with ScriptedServer(make_slow_drip(interval=0.5)) as mx:
        options = DomainOptions("example.test", nameserver=dns.nameserver,
                                common_selectors=False, check_greeting=False,
                                server_port=mx.port, timeout=20.0, dns_timeout=1.0)
        worker = threading.Thread(target=lambda: box.setdefault(
            "result", run_domain(options, on_event, token)), daemon=True)
        worker.start()
        assert reached.wait(15), "the run never reached the DANE step"
        time.sleep(0.3)  # the probe is now reading the dripping greeting
        cancelled_at = time.monotonic()
        token.cancel()
        worker.join(10)
        ended = time.monotonic() - cancelled_at
    assert not worker.is_alive()
    assert box["result"].cancelled
    assert ended < 2.0, ended  # generous bound on "within a second"


@pytest.mark.parametrize(("mx_hosts", "diagnosis"), [
    (["mx.example.test"], None),
    (["mx.example.test", "deep.mx.example.test"], "mtasts.mx_mismatch"),  # one label only
])
def test_mta_sts_wildcard_policy_and_certificate(
        dns_server_factory: Callable[..., DnsServer], pki: TestPki,
        smtp_server_factory: Callable[..., SmtpServer],
        policy_server: Callable[[str], HttpsServer], mx_hosts: list[str],
        diagnosis: str | None) -> None:
    smtp = _serve(smtp_server_factory, pki.ca.issue_cert("*.example.test"))
    records = zone(**{"example.test": {"MX": [(10 * (i + 1), h) for i, h in
                                              enumerate(mx_hosts)]},
                      **{h: {"A": ["127.0.0.1"]} for h in mx_hosts}})
    https = policy_server(POLICY.replace("mx: mx.example.test", "mx: *.example.test"))
    found = step(_run(dns_server_factory(records), pki, smtp, https), "mta_sts")
    assert found.diagnosis == diagnosis, found.summary
    if diagnosis is None:
        assert found.status is Status.PASS
        assert found.facts["certificates"] == {"mx.example.test": "valid for the MX name"}
    else:
        assert found.facts["value"] == "deep.mx.example.test"


@pytest.mark.parametrize(("signed", "diagnosis"), [
    (["example.test"], None),  # secure MX records: the domain's own name is accepted
    (["mx.example.test"], "dane.mismatch"),  # insecure MX records: only the MX host name
])
def test_dane_ta_reference_names(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                                 smtp_server_factory: Callable[..., SmtpServer],
                                 signed: list[str], diagnosis: str | None) -> None:
    intermediate = pki.ca.create_child_ca()
    leaf = intermediate.issue_cert("example.test")
    tlsa = f"2 1 1 {spki_sha256(leaf_der(leaf, 1))}"
    dns = _signed(dns_server_factory, zone([tlsa]), signed=signed, delegated=signed)
    result = _run(dns, pki, _serve(smtp_server_factory, leaf))
    dane = step(result, "dane")
    assert dane.diagnosis == diagnosis, describe(result)
    assert dane.facts["hosts"][MX]["ad_flag"] is True
