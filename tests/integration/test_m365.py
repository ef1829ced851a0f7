"""Microsoft 365 readiness against loopback peers: the suite's DNS server (MX), the bed's
authorization server as Microsoft's tenant directory, and the OAuth SMTP bed presenting a
certificate for smtp.office365.com."""

from __future__ import annotations

import datetime as dt
import io
import json
import ssl
from collections.abc import Callable

import pytest

from app.cli import main
from app.core import oauth
from app.core.checks.connection import run_check
from app.core.checks.m365 import M365Options, run_m365
from app.core.model import AuthMethod, RunResult, Security, ServerSettings, Status, StopAfter
from tests.support.checks import FAST, step
from tests.support.oauth import (
    MemoryKeychain,
    device_sign_in,
    keychain,
    microsoft,
)
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.oauth_as import TEST_USER, AuthServer
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.oauth_smtp import REPLY_MS_BASIC_NOT_SUPPORTED, OAuthSmtpServer
from tests.support.servers.pki import TestPki
from tests.support.translated_runs import assert_translated, run_in_languages

__all__ = ["keychain"]
pytestmark = pytest.mark.timeout(90)
PASSWORD = "Correct-Horse-7"
TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def dns(dns_server_factory: Callable[..., DnsServer]) -> DnsServer:
    return dns_server_factory({
        "contoso.test": {"MX": [(0, "contoso-test.mail.protection.outlook.com")]},
        "fabrikam.test": {"MX": [(10, "mx.fabrikam.test")]},
        "smtp.office365.com": {"A": ["127.0.0.1"]},
    })


def office365_context(pki: TestPki) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    pki.ca.issue_cert("smtp.office365.com").configure_cert(context)
    return context


@pytest.fixture
def exchange(pki: TestPki, oauth_smtp_factory: Callable[..., OAuthSmtpServer]
             ) -> Callable[..., OAuthSmtpServer]:
    def make(**options: object) -> OAuthSmtpServer:
        return oauth_smtp_factory(provider="microsoft", tls_context=office365_context(pki),
                                  users={TEST_USER: PASSWORD}, **options)
    return make


def readiness(dns: DnsServer, pki: TestPki, login_base: str, smtp: OAuthSmtpServer | None,
              address: str = TEST_USER, **options: object) -> RunResult:
    return run_m365(M365Options(address=address, nameserver=dns.nameserver,
                                login_base=login_base, smtp_host="smtp.office365.com",
                                smtp_port=smtp.port if smtp else 587, ca_file=str(pki.ca_file),
                                timeouts=FAST, today=TODAY, **options))  # type: ignore[arg-type]


def test_password_works_today_and_oauth_works(dns: DnsServer, pki: TestPki,
                                              oauth_server: AuthServer,
                                              oauth_browser: HeadlessBrowser,
                                              exchange: Callable[..., OAuthSmtpServer]) -> None:
    smtp = exchange()
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    result = readiness(dns, pki, oauth_server.base_url, smtp, password=PASSWORD,
                       oauth_token=tokens.access_token)
    assert step(result, "mx").facts["mx"] == ["contoso-test.mail.protection.outlook.com"]
    assert step(result, "tenant").facts["tenant_id"] == "contoso.test"
    password = step(result, "password")
    assert password.status is Status.WARN and password.diagnosis == "readiness.basic_auth_ending"
    assert "31 days left" in password.summary
    assert step(result, "oauth").status is Status.PASS
    assert step(result, "changes").status is Status.PASS
    assert result.verdict.startswith("Next step: use OAuth sign-in in your mail app")
    assert {a.mechanism for a in smtp.auth_attempts} >= {"LOGIN"}
    assert smtp.token_checks[-1].verdict == "ok"
    assert PASSWORD not in json.dumps(result.to_dict())
    assert tokens.access_token not in json.dumps(result.to_dict())


def test_basic_auth_already_off(dns: DnsServer, pki: TestPki, oauth_server: AuthServer,
                                exchange: Callable[..., OAuthSmtpServer]) -> None:
    smtp = exchange(basic_auth_reply=REPLY_MS_BASIC_NOT_SUPPORTED)
    result = readiness(dns, pki, oauth_server.base_url, smtp, password=PASSWORD)
    password = step(result, "password")
    assert password.diagnosis == "auth.basic_disabled" and password.facts["works"] is False
    assert step(result, "oauth").status is Status.SKIPPED
    assert step(result, "next").status is Status.WARN
    assert "smtp-doctor login microsoft" in result.verdict


def test_domain_not_on_microsoft_365(dns: DnsServer, pki: TestPki) -> None:
    with HttpsServer(pki, {}, ["127.0.0.1"]) as directory:  # every tenant: 404
        result = readiness(dns, pki, f"https://127.0.0.1:{directory.port}", None,
                           address="bob@fabrikam.test")
        assert directory.requests == [("127.0.0.1",
                                       "/fabrikam.test/v2.0/.well-known/openid-configuration")]
    assert step(result, "mx").facts["mx"] == ["mx.fabrikam.test"]
    assert step(result, "tenant").diagnosis == "readiness.not_microsoft"
    assert step(result, "password").status is Status.SKIPPED
    assert result.status is Status.WARN


def test_connection_check_step_for_microsoft_365(dns: DnsServer, pki: TestPki,
                                                 oauth_server: AuthServer,
                                                 oauth_browser: HeadlessBrowser,
                                                 exchange: Callable[..., OAuthSmtpServer]
                                                 ) -> None:
    smtp = exchange()
    base = {"host": "smtp.office365.com", "port": smtp.port, "security": Security.STARTTLS,
            "username": TEST_USER, "ca_file": str(pki.ca_file), "stop_after": StopAfter.AUTH,
            "nameserver": dns.nameserver, "timeouts": FAST}
    with_password = run_check(ServerSettings(auth=AuthMethod.AUTO, password=PASSWORD,
                                             **base))  # type: ignore[arg-type]
    m365 = step(with_password, "m365")
    assert m365.status is Status.WARN and m365.diagnosis == "readiness.basic_auth_ending"
    assert with_password.status is Status.WARN
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    with_oauth = run_check(ServerSettings(auth=AuthMethod.XOAUTH2,
                                          oauth_token=tokens.access_token,
                                          **base))  # type: ignore[arg-type]
    assert step(with_oauth, "m365").status is Status.PASS
    assert with_oauth.status is Status.PASS


def test_cli_m365_with_a_signed_in_profile(dns: DnsServer, pki: TestPki,
                                           oauth_server: AuthServer,
                                           oauth_browser: HeadlessBrowser,
                                           exchange: Callable[..., OAuthSmtpServer],
                                           keychain: MemoryKeychain) -> None:
    smtp = exchange()
    provider = microsoft(oauth_server)
    oauth.save("Work", provider, device_sign_in(oauth_server, pki, oauth_browser))
    out, err = io.StringIO(), io.StringIO()
    code = main(["m365", TEST_USER, "--profile", "Work", "--smtp-port", str(smtp.port),
                 "--login-base", oauth_server.base_url, "--dns-server", dns.nameserver,
                 "--ca-file", str(pki.ca_file), "--oauth-ca-file", str(pki.ca_file),
                 "--password-stdin", "--json"],
                stdin=io.StringIO(PASSWORD + "\n"), out=out, err=err)
    assert code == 0, out.getvalue() + err.getvalue()
    data = json.loads(out.getvalue())
    steps = {s["id"]: s for s in data["steps"]}
    assert steps["oauth"]["status"] == "pass"
    assert steps["password"]["diagnosis"] == "readiness.basic_auth_ending"
    assert PASSWORD not in out.getvalue() + err.getvalue()


M365_MODULE = ["app/core/checks/m365.py"]


def test_readiness_in_the_users_language(dns: DnsServer, pki: TestPki, oauth_server: AuthServer,
                                         oauth_browser: HeadlessBrowser,
                                         exchange: Callable[..., OAuthSmtpServer]) -> None:
    """Issue 19: a tenant where password and OAuth login work, and a domain elsewhere, in
    English, German and the pseudo-locale: every title, summary and the verdict from the
    catalogue, with the days left as a plural."""
    smtp = exchange()
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    runs = run_in_languages(lambda on_event: run_m365(M365Options(
        address=TEST_USER, nameserver=dns.nameserver, login_base=oauth_server.base_url,
        smtp_host="smtp.office365.com", smtp_port=smtp.port, ca_file=str(pki.ca_file),
        timeouts=FAST, today=TODAY, password=PASSWORD, oauth_token=tokens.access_token),
        on_event))
    assert step(runs["en"].result, "oauth").status is Status.PASS
    assert_translated(runs, M365_MODULE)
    de = runs["de"].result
    assert step(de, "password").summary.endswith("(noch 31 Tage)")
    assert step(de, "oauth").summary == f"Die Anmeldung mit OAuth funktioniert für {TEST_USER}"
    assert step(de, "tenant").summary == (
        "contoso.test gehört zu einem Microsoft-365-Mandanten (contoso.test)")
    assert de.verdict.startswith("Nächster Schritt: Verwenden Sie in Ihrem Mailprogramm")
    assert {e.waiting_for for e in runs["de"].started} >= {"die Namensauflösung",
                                                          "Verzeichnis von Microsoft"}

    off = exchange(basic_auth_reply=REPLY_MS_BASIC_NOT_SUPPORTED)
    runs = run_in_languages(lambda on_event: run_m365(M365Options(
        address=TEST_USER, nameserver=dns.nameserver, login_base=oauth_server.base_url,
        smtp_host="smtp.office365.com", smtp_port=off.port, ca_file=str(pki.ca_file),
        timeouts=FAST, today=TODAY, password=PASSWORD), on_event))
    assert step(runs["en"].result, "password").diagnosis == "auth.basic_disabled"
    assert_translated(runs, M365_MODULE)
    assert step(runs["de"].result, "password").summary.startswith(
        "Die Anmeldung mit Passwort funktioniert nicht: ")

    with HttpsServer(pki, {}, ["127.0.0.1"]) as directory:  # every tenant: 404
        runs = run_in_languages(lambda on_event: run_m365(M365Options(
            address="bob@fabrikam.test", nameserver=dns.nameserver,
            login_base=f"https://127.0.0.1:{directory.port}", ca_file=str(pki.ca_file),
            timeouts=FAST, today=TODAY), on_event))
    assert step(runs["en"].result, "tenant").diagnosis == "readiness.not_microsoft"
    assert_translated(runs, M365_MODULE)
    assert step(runs["de"].result, "mx").summary == (
        "fabrikam.test empfängt E-Mails anderswo (mx.fabrikam.test)")
