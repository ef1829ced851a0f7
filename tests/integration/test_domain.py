"""Domain health against a loopback DNS server, a loopback HTTPS server (MTA-STS policy) and a
loopback SMTP server (greeting name). Nothing leaves the machine."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.checks.domain import DomainOptions, run_domain
from app.core.model import RunResult, Status
from tests.support.checks import describe, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import POLICY, dkim_record, healthy_zone, server_context


@pytest.fixture(scope="module")
def dkim_keys() -> dict[int, str]:
    return {2048: dkim_record(2048), 1024: dkim_record(1024)}


@pytest.fixture
def https_factory(pki: TestPki) -> Iterator[Callable[..., HttpsServer]]:
    servers: list[HttpsServer] = []

    def factory(routes: dict[tuple[str, str], tuple[int, str, str]]) -> HttpsServer:
        server = HttpsServer(pki, routes, ["mta-sts.example.test", "mta-sts.bad.test"])
        servers.append(server.__enter__())
        return server

    yield factory
    for server in servers:
        server.__exit__(None, None, None)


def _run(dns: DnsServer, domain: str, pki: TestPki, https: HttpsServer | None = None,
         **options: Any) -> RunResult:
    options.setdefault("common_selectors", False)
    options.setdefault("timeout", 2.0)
    options.setdefault("dns_timeout", 1.0)
    return run_domain(DomainOptions(domain, nameserver=dns.nameserver, ca_file=str(pki.ca_file),
                                    https_port=https.port if https else None, **options))


def test_healthy_domain(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                        https_factory: Callable[..., HttpsServer],
                        smtp_server_factory: Callable[..., SmtpServer],
                        dkim_keys: dict[int, str]) -> None:
    smtp = smtp_server_factory(hostname="mx.example.test", tls="starttls",
                               tls_context=server_context(pki, "mx.example.test"))
    dns = dns_server_factory(healthy_zone(dkim_keys[2048]))
    https = https_factory({("mta-sts.example.test", "/.well-known/mta-sts.txt"):
                           (200, "text/plain", POLICY)})
    result = _run(dns, "example.test", pki, https, dkim_selectors=("sel1",),
                  server_port=smtp.port)
    assert result.status is Status.PASS, describe(result)
    assert [s.id for s in result.steps] == ["mx", "dnssec", "spf", "dmarc", "dkim", "bimi",
                                            "mta_sts", "tls_rpt", "dane", "ptr", "greeting"]
    spf = step(result, "spf")
    assert spf.facts["lookups"] == 1
    assert "“-all” (fail)" in spf.summary
    assert spf.facts["spf"]["tree"]["includes"][0]["domain"] == "_spf.provider.test"
    assert step(result, "dmarc").facts["dmarc"]["policy"] == "reject"
    assert "2048 bits" in step(result, "dkim").summary
    assert step(result, "mta_sts").facts["policy"]["mx"] == ["mx.example.test"]
    assert step(result, "mta_sts").facts["certificates"] == {
        "mx.example.test": "valid for the MX name"}
    assert https.requests == [("mta-sts.example.test", "/.well-known/mta-sts.txt")]
    assert step(result, "ptr").facts["confirmed"] == ["mx.example.test"]
    assert step(result, "greeting").facts["greeting_name"] == "mx.example.test"


def test_broken_domain(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = dns_server_factory({
        "bad.test": {"TXT": ["v=spf1 a -all", "v=spf1 mx -all"]},
        "_dmarc.bad.test": {"TXT": ["v=DMARC1; p=reject; pct=200"]},
        "_mta-sts.bad.test": {"TXT": ["v=STSv1; id=has-dash"]},
        "_smtp._tls.bad.test": {"TXT": ["v=TLSRPTv1; rua=ftp://x"]},
    })
    result = _run(dns, "bad.test", pki)
    expected = {"mx": "mx.missing", "spf": "spf.multiple", "dmarc": "dmarc.syntax",
                "mta_sts": "mtasts.txt_invalid", "tls_rpt": "tlsrpt.invalid"}
    for step_id, diagnosis in expected.items():
        found = step(result, step_id)
        assert found.status is Status.FAIL, describe(result)
        assert found.diagnosis == diagnosis, describe(result)
        assert found.advice is not None and found.advice.fixes
    assert "pct=200" in step(result, "dmarc").summary
    assert step(result, "ptr").status is Status.SKIPPED  # no MX, no --server
    assert result.status is Status.FAIL
    assert "5 problems: " in result.verdict, result.verdict


def _spf_result(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                records: dict[str, str]) -> RunResult:
    zone = {name: {"TXT": [txt]} for name, txt in records.items()}
    zone.setdefault("s.test", {"TXT": ["v=spf1 -all"]})
    dns = dns_server_factory(zone)
    return _run(dns, "s.test", pki, check_greeting=False)


def test_spf_counts_lookups_recursively(dns_server_factory: Callable[..., DnsServer],
                                        pki: TestPki) -> None:
    records = {"s.test": "v=spf1 include:a.test include:c.test -all",
               "a.test": "v=spf1 a mx ptr exists:%{i}.x.test include:b.test ~all",
               "b.test": "v=spf1 a:x.test a:y.test mx:z.test ~all",
               "c.test": "v=spf1 ip4:192.0.2.1 ~all"}
    at_limit = step(_spf_result(dns_server_factory, pki, records), "spf")
    assert at_limit.status is Status.PASS, at_limit.summary
    assert at_limit.facts["lookups"] == 10
    records["c.test"] = "v=spf1 a ~all"
    over = step(_spf_result(dns_server_factory, pki, records), "spf")
    assert over.diagnosis == "spf.too_many_lookups"
    assert over.facts["lookups"] == 11
    assert over.advice is not None and "11 lookups" in over.advice.cause


@pytest.mark.parametrize(("record", "diagnosis", "status"), [
    ("v=spf1 +all", "spf.plus_all", Status.FAIL),
    ("v=spf1 all", "spf.plus_all", Status.FAIL),
    ("v=spf1 ip4:192.0.2.300 -all", "spf.syntax", Status.FAIL),
    ("v=spf1 include:nospf.test -all", "spf.include_missing", Status.FAIL),
    ("v=spf1 include:s.test -all", "spf.syntax", Status.FAIL),  # a loop
    ("v=spf1 ip4:192.0.2.1 ?all", "spf.neutral_all", Status.WARN),
    ("v=spf1 ip4:192.0.2.1", "spf.neutral_all", Status.WARN),
])
def test_spf_problems(dns_server_factory: Callable[..., DnsServer], pki: TestPki, record: str,
                      diagnosis: str, status: Status) -> None:
    result = _spf_result(dns_server_factory, pki, {"s.test": record,
                                                   "nospf.test": "hello"})
    found = step(result, "spf")
    assert (found.diagnosis, found.status) == (diagnosis, status), found.summary


@pytest.mark.parametrize(("record", "diagnosis"), [
    ("v=DMARC1; p=none; rua=mailto:d@s.test", "dmarc.policy_none"),
    ("v=DMARC1; p=quarantine; pct=25", "dmarc.partial"),
    ("p=reject; v=DMARC1", None),  # not a DMARC record at all: missing
])
def test_dmarc_policies(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                        record: str, diagnosis: str | None) -> None:
    dns = dns_server_factory({"s.test": {"TXT": ["v=spf1 -all"]},
                              "_dmarc.s.test": {"TXT": [record]}})
    found = step(_run(dns, "s.test", pki, check_greeting=False), "dmarc")
    assert found.status is Status.WARN
    assert found.diagnosis == (diagnosis or "dmarc.missing")


def test_dmarc_inherited_from_parent(dns_server_factory: Callable[..., DnsServer],
                                     pki: TestPki) -> None:
    dns = dns_server_factory({"_dmarc.s.test": {"TXT": ["v=DMARC1; p=reject; sp=quarantine"]}})
    found = step(_run(dns, "sub.s.test", pki, check_greeting=False), "dmarc")
    assert found.status is Status.PASS
    assert "p=quarantine (inherited from s.test)" in found.summary


def test_dkim_problems(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                       dkim_keys: dict[int, str]) -> None:
    dns = dns_server_factory({
        "weak._domainkey.s.test": {"TXT": [dkim_keys[1024]]},
        "gone._domainkey.s.test": {"TXT": ["v=DKIM1; p="]},
        "junk._domainkey.s.test": {"TXT": ["v=DKIM1; k=rsa; p=!!!notbase64"]},
        "google._domainkey.s.test": {"TXT": [dkim_keys[2048]]},
    })

    def dkim(*selectors: str, common: bool = False) -> Any:
        return step(_run(dns, "s.test", pki, dkim_selectors=selectors, common_selectors=common,
                         check_greeting=False), "dkim")

    assert dkim("weak").diagnosis == "dkim.weak_key"
    assert dkim("gone").diagnosis == "dkim.revoked"
    assert dkim("junk").diagnosis == "dkim.invalid"
    assert dkim("junk").status is Status.FAIL
    missing = dkim("nothere")
    assert missing.diagnosis == "dkim.not_found" and missing.status is Status.WARN
    found = dkim(common=True)  # "google" is one of the common selectors
    assert found.status is Status.PASS and "google (RSA 2048 bits)" in found.summary


@pytest.mark.parametrize(("route", "diagnosis", "status"), [
    ((200, "text/plain", POLICY.replace("mx.example.test", "other.example.test")),
     "mtasts.mx_mismatch", Status.FAIL),
    ((200, "text/plain", POLICY.replace("enforce", "testing")), "mtasts.testing", Status.WARN),
    ((200, "text/plain", "version: STSv1\nmode: enforce\n"), "mtasts.policy_invalid",
     Status.FAIL),
    ((404, "text/plain", "nope"), "mtasts.policy_unreachable", Status.FAIL),
    ((301, "text/plain", ""), "mtasts.policy_unreachable", Status.FAIL),
])
def test_mta_sts_policy(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                        https_factory: Callable[..., HttpsServer], dkim_keys: dict[int, str],
                        route: tuple[int, str, str], diagnosis: str, status: Status) -> None:
    dns = dns_server_factory(healthy_zone(dkim_keys[2048]))
    https = https_factory({("mta-sts.example.test", "/.well-known/mta-sts.txt"): route})
    found = step(_run(dns, "example.test", pki, https, check_greeting=False), "mta_sts")
    assert (found.diagnosis, found.status) == (diagnosis, status), found.summary


def test_mta_sts_untrusted_certificate(dns_server_factory: Callable[..., DnsServer],
                                       pki: TestPki, https_factory: Callable[..., HttpsServer],
                                       dkim_keys: dict[int, str]) -> None:
    dns = dns_server_factory(healthy_zone(dkim_keys[2048]))
    https = https_factory({("*", "/.well-known/mta-sts.txt"): (200, "text/plain", POLICY)})
    result = run_domain(DomainOptions("example.test", nameserver=dns.nameserver,
                                      ca_file=str(pki.untrusted_ca_file), https_port=https.port,
                                      common_selectors=False, check_greeting=False,
                                      timeout=2.0, dns_timeout=1.0))
    found = step(result, "mta_sts")
    assert found.diagnosis == "mtasts.policy_unreachable"
    assert "certificate" in found.summary


def test_optional_records_absent_are_skipped_with_advice(
        dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = dns_server_factory({"s.test": {"TXT": ["v=spf1 -all"]}})
    result = _run(dns, "s.test", pki, check_greeting=False)
    for step_id, diagnosis in (("mta_sts", "mtasts.missing"), ("tls_rpt", "tlsrpt.missing")):
        found = step(result, step_id)
        assert found.status is Status.SKIPPED
        assert found.diagnosis == diagnosis and found.advice is not None


def test_null_mx(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = dns_server_factory({"s.test": {"MX": [(0, ".")], "TXT": ["v=spf1 -all"]}})
    assert step(_run(dns, "s.test", pki, check_greeting=False), "mx").diagnosis == "mx.null"


def test_unresolvable_mx(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = dns_server_factory({"s.test": {"MX": [(10, "gone.s.test")]}})
    found = step(_run(dns, "s.test", pki, check_greeting=False), "mx")
    assert found.diagnosis == "mx.unresolvable" and found.status is Status.FAIL
    assert found.advice is not None and "gone.s.test" in found.advice.cause


def test_reverse_dns_problems(dns_server_factory: Callable[..., DnsServer], pki: TestPki,
                              smtp_server_factory: Callable[..., SmtpServer]) -> None:
    smtp = smtp_server_factory(hostname="wrong.name.test")
    zone: dict[str, dict[str, Any]] = {"s.test": {"MX": [(10, "mx.s.test")]},
                                       "mx.s.test": {"A": ["127.0.0.1"]}}
    no_ptr = _run(dns_server_factory(zone), "s.test", pki, server_port=smtp.port)
    assert step(no_ptr, "ptr").diagnosis == "ptr.missing"
    assert step(no_ptr, "ptr").advice is not None
    assert "127.0.0.1" in step(no_ptr, "ptr").advice.cause  # type: ignore[union-attr]
    zone["1.0.0.127.in-addr.arpa"] = {"PTR": ["elsewhere.s.test"]}
    mismatch = _run(dns_server_factory(zone), "s.test", pki, server_port=smtp.port)
    assert step(mismatch, "ptr").diagnosis == "ptr.mismatch", describe(mismatch)
    zone["1.0.0.127.in-addr.arpa"] = {"PTR": ["mx.s.test"]}
    greeting = _run(dns_server_factory(zone), "s.test", pki, server_port=smtp.port)
    assert step(greeting, "ptr").status is Status.PASS
    found = step(greeting, "greeting")
    assert found.diagnosis == "ptr.greeting_mismatch" and found.status is Status.WARN
    assert found.facts["greeting_name"] == "wrong.name.test"


def test_cli_domain_json(dns_server_factory: Callable[..., DnsServer], pki: TestPki) -> None:
    dns = dns_server_factory({"s.test": {"TXT": ["v=spf1 +all"]}})
    code, out, _err = run_cli("domain", "s.test", "--dns-server", dns.nameserver,
                              "--no-common-selectors", "--no-greeting", "-t", "1", "--json")
    data = json.loads(out)
    assert code == 1
    by_id = {s["id"]: s for s in data["steps"]}
    assert by_id["spf"]["diagnosis"] == "spf.plus_all"
    assert by_id["mx"]["diagnosis"] == "mx.missing"


@pytest.mark.parametrize("domain", ["not a domain", "192.0.2.1", "localhost"])
def test_invalid_domain_fails_in_the_first_step(dns_server: DnsServer, pki: TestPki,
                                                domain: str) -> None:
    result = _run(dns_server, domain, pki)
    assert step(result, "mx").diagnosis == "input.invalid_host"
    assert all(s.status is Status.SKIPPED for s in result.steps[1:])
