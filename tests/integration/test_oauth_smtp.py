"""SMTP with OAuth end to end: sign in at the loopback authorization server, then log in to the
loopback SMTP server that checks each token by introspection (tests/servers/oauth_smtp.py):
XOAUTH2 and OAUTHBEARER, the 334 error JSON decoded into the diagnosis, refresh before the test,
Microsoft 365's refusals of password logins; and the CLI (login, check --profile, logout)."""

from __future__ import annotations

import json
import threading
import time
import webbrowser
from collections.abc import Callable
from typing import Any

import pytest

from app.core import oauth
from app.core.checks.connection import run_check
from app.core.model import AuthMethod, Security, ServerSettings, Status, StopAfter
from app.core.storage import secrets
from tests.support.checks import assert_diagnosis, make_settings, step
from tests.support.oauth import (
    MemoryKeychain,
    device_sign_in,
    keychain,
)
from tests.support.proc import run_cli
from tests.support.servers.oauth_as import PUBLIC_CLIENT_ID, TEST_USER, AuthServer
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.oauth_smtp import (
    REPLY_MS_BASIC_DISABLED,
    REPLY_MS_BASIC_NOT_SUPPORTED,
    REPLY_MS_CONDITIONAL_ACCESS,
    REPLY_MS_SECURITY_DEFAULTS,
    REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX,
    REPLY_MS_SMTP_AUTH_DISABLED_TENANT,
    OAuthSmtpServer,
)
from tests.support.servers.pki import TestPki

__all__ = ["keychain"]
pytestmark = pytest.mark.timeout(90)
SmtpFactory = Callable[..., OAuthSmtpServer]
RECIPIENT = "bob@contoso.test"


def oauth_settings(smtp: OAuthSmtpServer, pki: TestPki, token: str, **overrides: Any
                   ) -> ServerSettings:
    overrides.setdefault("security", Security.STARTTLS)
    overrides.setdefault("auth", AuthMethod.XOAUTH2)
    overrides.setdefault("stop_after", StopAfter.AUTH)
    return make_settings(smtp.port, username=TEST_USER, oauth_token=token,
                         ca_file=str(pki.ca_file), **overrides)


def test_sign_in_then_send_with_xoauth2(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                        pki: TestPki, oauth_smtp_factory: SmtpFactory,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    smtp = oauth_smtp_factory(provider="microsoft")
    started = time.monotonic()
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    result = run_check(oauth_settings(smtp, pki, tokens.access_token, stop_after=StopAfter.DATA,
                                      mail_from=TEST_USER, rcpt_to=RECIPIENT))
    elapsed = time.monotonic() - started
    assert result.status is Status.PASS, [(s.id, s.summary) for s in result.steps]
    assert step(result, "auth").facts["mechanism"] == "XOAUTH2"
    assert smtp.token_checks and smtp.token_checks[-1].verdict == "ok"
    assert smtp.wait_for_message().mail_from == TEST_USER
    assert elapsed < 60  # a generous bound; the measured figure is printed for the report
    with capsys.disabled():
        print(f"\n[oauth-app] sign in (device code) to a passed SMTP login and send: "
              f"{elapsed * 1000:.0f} ms")
    dumped = json.dumps(result.to_dict())
    assert tokens.access_token not in dumped and tokens.refresh_token not in dumped


def test_oauthbearer_when_that_is_what_the_server_advertises(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        oauth_smtp_factory: SmtpFactory) -> None:
    smtp = oauth_smtp_factory(provider="google", required_scope=None,
                              oauth_mechanisms=("OAUTHBEARER",))
    smtp.required_scope = "https://outlook.office.com/SMTP.Send"
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    result = run_check(oauth_settings(smtp, pki, tokens.access_token, auth=AuthMethod.XOAUTH2))
    assert result.status is Status.PASS, [(s.id, s.summary) for s in result.steps]
    assert step(result, "auth").facts["mechanism"] == "OAUTHBEARER"
    assert smtp.token_checks[-1].mechanism == "OAUTHBEARER"


def test_google_xoauth2_334_error_for_the_wrong_scope(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        oauth_smtp_factory: SmtpFactory) -> None:
    smtp = oauth_smtp_factory(provider="google")  # wants https://mail.google.com/
    tokens = device_sign_in(oauth_server, pki, oauth_browser)  # an Outlook SMTP.Send token
    result = run_check(oauth_settings(smtp, pki, tokens.access_token))
    failed = assert_diagnosis(result, "auth", "oauth.wrong_scope")
    assert failed.facts["oauth_status"] == "400"
    assert failed.facts["oauth_scope"] == "https://mail.google.com/"
    assert tokens.access_token not in json.dumps(result.to_dict())


def test_oauthbearer_revoked_token_is_invalid_token(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        oauth_smtp_factory: SmtpFactory) -> None:
    smtp = oauth_smtp_factory(provider="microsoft", oauth_mechanisms=("OAUTHBEARER",))
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    oauth_server.revoke_user_tokens(TEST_USER)
    result = run_check(oauth_settings(smtp, pki, tokens.access_token,
                                      auth=AuthMethod.OAUTHBEARER))
    failed = assert_diagnosis(result, "auth", "oauth.token_rejected")
    assert failed.facts["oauth_status"] == "invalid_token"
    assert failed.facts["oauth_openid_configuration"].startswith(oauth_server.issuer)


def test_exchange_xoauth2_expired_token(oauth_server: AuthServer,
                                        oauth_browser: HeadlessBrowser, pki: TestPki,
                                        oauth_smtp_factory: SmtpFactory) -> None:
    oauth_server.access_token_lifetime = 1
    smtp = oauth_smtp_factory(provider="microsoft")
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    time.sleep(1.5)
    result = run_check(oauth_settings(smtp, pki, tokens.access_token))
    failed = assert_diagnosis(result, "auth", "oauth.token_rejected")
    assert failed.facts["enhanced_code"] == "5.7.3"


@pytest.mark.parametrize(("reply", "diagnosis"), [
    (REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX, "auth.disabled"),
    (REPLY_MS_SMTP_AUTH_DISABLED_TENANT, "auth.disabled"),
])
def test_valid_token_but_smtp_auth_off(oauth_server: AuthServer,
                                       oauth_browser: HeadlessBrowser, pki: TestPki,
                                       oauth_smtp_factory: SmtpFactory, reply: str,
                                       diagnosis: str) -> None:
    smtp = oauth_smtp_factory(provider="microsoft", oauth_reply=reply)
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    assert_diagnosis(run_check(oauth_settings(smtp, pki, tokens.access_token)), "auth",
                     diagnosis)


@pytest.mark.parametrize(("reply", "diagnosis"), [
    (REPLY_MS_BASIC_NOT_SUPPORTED, "auth.basic_disabled"),
    (REPLY_MS_BASIC_DISABLED, "auth.basic_disabled"),
    (REPLY_MS_SECURITY_DEFAULTS, "auth.security_defaults"),
    (REPLY_MS_CONDITIONAL_ACCESS, "auth.conditional_access"),
    (REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX, "auth.disabled"),
])
def test_microsoft_365_refuses_password_logins(pki: TestPki, oauth_smtp_factory: SmtpFactory,
                                               reply: str, diagnosis: str) -> None:
    smtp = oauth_smtp_factory(provider="microsoft", basic_auth_reply=reply)
    settings = make_settings(smtp.port, security=Security.STARTTLS, auth=AuthMethod.AUTO,
                             username=TEST_USER, password="not-the-point-here",
                             stop_after=StopAfter.AUTH, ca_file=str(pki.ca_file))
    assert_diagnosis(run_check(settings), "auth", diagnosis)


# -- the CLI ---------------------------------------------------------------------------------


@pytest.fixture
def system_browser(oauth_browser: HeadlessBrowser, monkeypatch: pytest.MonkeyPatch
                   ) -> list[str]:
    """The system browser (webbrowser.open) is the headless browser here."""
    opened: list[str] = []

    def open_url(url: str, *args: Any, **kwargs: Any) -> bool:
        opened.append(url)
        threading.Thread(target=oauth_browser.authorize, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", open_url)
    return opened


def test_cli_login_check_refresh_logout(oauth_server: AuthServer, pki: TestPki,
                                        oauth_smtp_factory: SmtpFactory,
                                        keychain: MemoryKeychain, system_browser: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    smtp = oauth_smtp_factory(provider="microsoft")
    oauth_server.access_token_lifetime = 2
    ca = str(pki.ca_file)
    started = time.monotonic()
    code, out, err = run_cli("login", "microsoft", "--profile", "Work", "--client-id",
                             PUBLIC_CLIENT_ID, "--authority",
                             oauth_server.tenant_issuer("organizations"), "--oauth-ca-file", ca,
                             "--timeout", "30")
    assert code == 0, out + err
    assert f"Signed in with Microsoft as {TEST_USER}" in out and len(system_browser) == 1
    assert (secrets.OAUTH_SERVICE, "Work") in keychain.store
    check = ("check", "127.0.0.1", "--port", str(smtp.port), "--ca-file", ca, "--user",
             TEST_USER, "--auth", "xoauth2", "--profile", "Work", "--oauth-ca-file", ca,
             "--json")
    code, out, err = run_cli(*check)
    elapsed = time.monotonic() - started
    assert code == 0, out + err
    assert json.loads(out)["status"] == "pass"
    with capsys.disabled():
        print(f"\n[oauth-app] CLI: login (browser) to a passed check: {elapsed * 1000:.0f} ms")
    first = {t.access_token for t in oauth_server.tokens}
    oauth.store.forget("Work")  # a new process: only the keychain remembers
    time.sleep(2.2)  # every access token issued so far has expired
    code, out, err = run_cli(*check)
    assert code == 0, out + err
    assert smtp.token_checks[-1].verdict == "ok"
    assert {t.access_token for t in oauth_server.tokens} - first  # refreshed before the test
    everything = out + err
    for token in oauth_server.tokens:
        assert token.access_token not in everything
        assert not token.refresh_token or token.refresh_token not in everything
    code, out, _ = run_cli("logout", "--profile", "Work", "--oauth-ca-file", ca)
    assert code == 0 and "Signed out" in out
    assert (secrets.OAUTH_SERVICE, "Work") not in keychain.store
    code, out, err = run_cli(*check)
    assert code == 2 and "oauth.not_signed_in" in err


def test_cli_monitor_refreshes_the_token_between_runs(
        oauth_server: AuthServer, pki: TestPki, oauth_smtp_factory: SmtpFactory,
        keychain: MemoryKeychain, system_browser: list[str]) -> None:
    """A monitor outlives its access token: each run logs in with a fresh one (a token that
    expired during the session would otherwise be refused at the second run)."""
    smtp = oauth_smtp_factory(provider="microsoft")
    oauth_server.access_token_lifetime = 1
    ca = str(pki.ca_file)
    code, out, err = run_cli("login", "microsoft", "--profile", "Work", "--client-id",
                             PUBLIC_CLIENT_ID, "--authority",
                             oauth_server.tenant_issuer("organizations"), "--oauth-ca-file", ca,
                             "--timeout", "30")
    assert code == 0, out + err
    code, out, err = run_cli("monitor", "127.0.0.1", "--port", str(smtp.port), "--ca-file", ca,
                             "--user", TEST_USER, "--auth", "xoauth2", "--profile", "Work",
                             "--oauth-ca-file", ca, "--every", "1.5", "--count", "3", "--json")
    assert code == 0, out + err
    verdicts = [c.verdict for c in smtp.token_checks]
    assert verdicts == ["ok", "ok", "ok"], verdicts
    everything = out + err
    for token in oauth_server.tokens:
        assert token.access_token not in everything


def test_cli_login_failure_shows_the_diagnosis(oauth_server: AuthServer, pki: TestPki,
                                               keychain: MemoryKeychain,
                                               system_browser: list[str]) -> None:
    from tests.support.servers.oauth_as import fault_preset

    oauth_server.fault = fault_preset("mfa_required")
    code, out, err = run_cli("login", "microsoft", "--client-id", PUBLIC_CLIENT_ID,
                             "--authority", oauth_server.tenant_issuer("organizations"),
                             "--oauth-ca-file", str(pki.ca_file), "--timeout", "30", "--json")
    assert code == 1, out + err
    data = json.loads(out)
    assert data["diagnosis"] == "oauth.mfa_required" and data["advice"]["fixes"]
    assert (secrets.OAUTH_SERVICE, "Default") not in keychain.store
