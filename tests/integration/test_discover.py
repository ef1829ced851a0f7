"""Settings discovery against loopback DNS (MX, SRV), HTTPS (autoconfig XML) and SMTP peers."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from app.core.checks.discover import (
    best_settings,
    parse_autoconfig,
    run_discover,
)
from app.core.knowledge.diagnoses import title_of
from app.core.model import Security, Status
from app.core.text.i18n import set_language
from app.core.validate import parse_form
from tests.support.checks import describe, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer
from tests.support.worlds import AUTOCONFIG, NAMES, discover_options, server_context


def test_finds_and_ranks_every_source(pki: TestPki, corp: dict[str, Any]) -> None:
    implicit, starttls, https = corp["implicit"], corp["starttls"], corp["https"]
    result = run_discover(discover_options(corp["dns"], "alice@corp.test", pki,
                                           https_port=https.port, guess_ports=(starttls.port,)))
    assert result.status is Status.PASS, describe(result)
    assert step(result, "srv").facts["_submission._tcp"] == "not offered (target “.”)"
    assert ("autoconfig.corp.test", "/mail/config-v1.1.xml") in https.requests
    assert ("corp.test", "/.well-known/autoconfig/mail/config-v1.1.xml") in https.requests
    rank = step(result, "rank")
    top = {(c["host"], c["port"], c["security"]): c for c in rank.facts["candidates"][:2]}
    assert set(top) == {("mail.corp.test", implicit.port, "tls"),
                        ("smtp.corp.test", starttls.port, "starttls")}, describe(result)
    srv = top[("mail.corp.test", implicit.port, "tls")]
    assert srv["sources"] == ["SRV _submissions._tcp"]
    assert srv["cert_valid"] is True and srv["works"] and "PLAIN" in srv["auth"]
    auto = top[("smtp.corp.test", starttls.port, "starttls")]
    assert "autoconfig https://autoconfig.corp.test/mail/config-v1.1.xml" in auto["sources"]
    assert "guess" in auto["sources"]  # the guess smtp.corp.test on that port merged into it
    assert auto["form"]["username"] == "alice@corp.test"
    # the guesses that do not work are tried but ranked last and not listed
    tried = rank.facts["tried"]
    assert any(c["host"] == "corp.test" and not c["works"] for c in tried) or len(tried) > 2
    form = best_settings(result)
    assert form is not None
    settings = parse_form(form)  # the GUI fills its form from this
    assert settings.host in ("mail.corp.test", "smtp.corp.test")
    assert settings.security in (Security.TLS, Security.STARTTLS)


def test_presets_by_domain_and_by_mx_without_probing(
        pki: TestPki, dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({"shop.test": {"MX": [(1, "smtp.google.com")]}})
    result = run_discover(discover_options(dns, "shop.test", pki, probe=False))
    rank = step(result, "rank")
    hosts = {(c["host"], c["port"]) for c in rank.facts["candidates"]}
    assert ("smtp.gmail.com", 587) in hosts and ("smtp-relay.gmail.com", 587) in hosts
    assert any("Google Workspace preset (MX smtp.google.com)" in s
               for c in rank.facts["candidates"] for s in c["sources"])
    assert result.status is Status.PASS
    assert "not tested" in result.verdict

    gmail = run_discover(discover_options(dns, "bob@gmail.com", pki, probe=False))
    first = step(gmail, "rank").facts["candidates"][0]
    assert first["host"] == "smtp.gmail.com" and first["port"] == 587
    assert "Gmail preset (address domain gmail.com)" in first["sources"]
    assert step(gmail, "presets").facts["provider"] == "gmail"


def test_nothing_found(pki: TestPki, dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({})
    result = run_discover(discover_options(dns, "nobody.test", pki, guess_ports=(465, 587)))
    failed = step(result, "rank")
    assert failed.status is Status.FAIL and failed.diagnosis == "discover.nothing_found"
    assert failed.advice is not None and failed.advice.fixes
    assert result.status is Status.FAIL


def test_certificate_for_other_names_is_a_warning(
        pki: TestPki, dns_server_factory: Callable[..., DnsServer],
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="starttls", tls_context=server_context(pki, "mx.hoster.test"))
    dns = dns_server_factory({"smtp.corp.test": {"A": ["127.0.0.1"]}})
    result = run_discover(discover_options(dns, "corp.test", pki, guess_ports=(server.port,)))
    rank = step(result, "rank")
    assert rank.diagnosis == "discover.cert_problem", describe(result)
    assert rank.status is Status.WARN
    assert rank.facts["best"]["cert_problem"] == "tls.cert_hostname_mismatch"
    assert rank.facts["best"]["cert_names"] == ["mx.hoster.test"]
    assert rank.advice is not None
    assert any("mx.hoster.test" in fix for fix in rank.advice.fixes)
    # the name comes from the server's own certificate: never offered as "the right server"
    assert any("issued for mx.hoster.test (a name taken from the server's own certificate; "
               "check with your provider" in fix for fix in rank.advice.fixes)
    # the candidate's line names the problem in words, not by its id, in the user's language
    title = title_of("tls.cert_hostname_mismatch", {"host": "smtp.corp.test"})
    assert f"certificate problem ({title})" in rank.facts["best"]["summary"]
    set_language("de")
    try:
        german = run_discover(discover_options(dns, "corp.test", pki,
                                               guess_ports=(server.port,)))
        words = title_of("tls.cert_hostname_mismatch", {"host": "smtp.corp.test"})
    finally:
        set_language(None)
    summary = step(german, "rank").facts["best"]["summary"]
    assert words != title and words in summary and "tls.cert_" not in summary


def test_implicit_tls_with_a_certificate_for_other_names_still_works(
        pki: TestPki, dns_server_factory: Callable[..., DnsServer],
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    """Implicit TLS whose certificate names another host: the names are read on a second,
    unverified connection and the session goes on over a third one to see the greeting and
    what the server offers after EHLO."""
    server = smtp_server_factory(tls="tls", tls_context=server_context(pki, "mx.hoster.test"),
                                 users={CANARY_USER: CANARY_PASSWORD})
    dns = dns_server_factory({
        "_submissions._tcp.corp.test": {"SRV": [(0, 1, server.port, "mail.corp.test")]},
        "mail.corp.test": {"A": ["127.0.0.1"]},
    })
    result = run_discover(discover_options(dns, "corp.test", pki, guess_ports=()))
    rank = step(result, "rank")
    assert rank.diagnosis == "discover.cert_problem", describe(result)
    best = rank.facts["best"]
    assert (best["host"], best["port"], best["security"]) == ("mail.corp.test", server.port,
                                                              "tls")
    assert best["works"] and best["tls"] and best["cert_valid"] is False
    assert best["cert_problem"] == "tls.cert_hostname_mismatch"
    assert best["cert_names"] == ["mx.hoster.test"]
    assert best["greeting"].startswith("220")
    assert "PLAIN" in best["auth"]


def test_plain_only_is_a_warning(pki: TestPki, dns_server_factory: Callable[..., DnsServer],
                                 smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory()
    dns = dns_server_factory({"mail.corp.test": {"A": ["127.0.0.1"]}})
    result = run_discover(discover_options(dns, "corp.test", pki, guess_ports=(server.port,)))
    rank = step(result, "rank")
    assert rank.diagnosis == "discover.no_tls", describe(result)
    assert rank.facts["best"]["security"] == "none"
    assert rank.facts["form"]["host"] == "mail.corp.test"


@pytest.mark.parametrize(("query", "diagnosis"), [("not a domain", "input.invalid_host"),
                                                  ("alice@", "input.invalid_address"),
                                                  ("localhost", "input.invalid_host")])
def test_bad_input(pki: TestPki, dns_server: DnsServer, query: str, diagnosis: str) -> None:
    result = run_discover(discover_options(dns_server, query, pki))
    assert step(result, "input").status is Status.FAIL
    assert step(result, "input").diagnosis == diagnosis


def test_parse_autoconfig_placeholders() -> None:
    servers = parse_autoconfig(AUTOCONFIG.format(port=587), "corp.test", "al@corp.test")
    assert servers == [{"host": "smtp.corp.test", "port": 587, "security": Security.STARTTLS,
                        "username": "al@corp.test"}]


def test_cli_discover_json(pki: TestPki, dns_server_factory: Callable[..., DnsServer],
                           smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="tls", tls_context=server_context(pki, *NAMES))
    dns = dns_server_factory({
        "_submissions._tcp.corp.test": {"SRV": [(0, 1, server.port, "mail.corp.test")]},
        "mail.corp.test": {"A": ["127.0.0.1"]}})
    code, out, _err = run_cli("discover", "corp.test", "--dns-server", dns.nameserver,
                              "--ca-file", str(pki.ca_file), "--guess-ports", "1", "-t", "1.5",
                              "--json")
    data: dict[str, Any] = json.loads(out)
    assert code == 0, out
    rank = next(s for s in data["steps"] if s["id"] == "rank")
    assert rank["facts"]["form"] == {"host": "mail.corp.test", "port": server.port,
                                     "security": "tls"}


def test_cli_discover_human(pki: TestPki, dns_server: DnsServer) -> None:
    code, out, _err = run_cli("discover", "bob@gmail.com", "--dns-server",
                              dns_server.nameserver, "--no-probe", "-t", "1")
    assert code == 0
    assert "Candidates, best first:" in out
    assert "smtp.gmail.com:587 STARTTLS" in out
