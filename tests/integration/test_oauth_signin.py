"""Sign-in end to end against the loopback authorization server (tests/servers/oauth_as.py):
MSAL's device-code and browser flows for Microsoft, Authlib's for Google and custom issuers,
refresh after expiry, revocation, every sign-in failure's diagnosis, and cancel at each wait."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from app.core import oauth
from app.core.cancel import Cancelled, CancelToken
from app.core.storage import secrets
from app.core.text.sanitize import is_clean
from tests.support.oauth import (
    BrowserHook,
    DeviceHook,
    MemoryKeychain,
    custom,
    keychain,
    listener_port,
    microsoft,
    port_closed,
)
from tests.support.servers import oauth_as
from tests.support.servers.oauth_as import (
    PUBLIC_CLIENT_ID,
    SCOPE_GMAIL,
    TEST_USER,
    AuthServer,
    Client,
    fault_preset,
)
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.pki import TestPki

__all__ = ["keychain"]  # the fixture, imported for pytest
pytestmark = pytest.mark.timeout(60)


def ms_sign_in(server: AuthServer, pki: TestPki, browser: HeadlessBrowser, *,
               device: bool = False, consent: str = "allow", timeout: float = 30,
               cancel: CancelToken | None = None) -> oauth.Tokens:
    token = cancel or CancelToken()
    if device:
        hook = DeviceHook(browser, consent)
        try:
            return oauth.sign_in(microsoft(server), cancel=token, device_code=True,
                                 on_event=hook, timeout=timeout, ca_file=str(pki.ca_file))
        finally:
            hook.join()
    opener = BrowserHook(browser, consent)
    try:
        return oauth.sign_in(microsoft(server), cancel=token, open_url=opener, timeout=timeout,
                             ca_file=str(pki.ca_file))
    finally:
        opener.join()


def issued(server: AuthServer) -> set[str]:
    return {t.access_token for t in server.tokens} | {t.refresh_token for t in server.tokens
                                                     if t.refresh_token}


# -- Microsoft (MSAL) ----------------------------------------------------------------------------


def test_microsoft_device_code_signs_in_and_saves_to_the_keychain(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        keychain: MemoryKeychain) -> None:
    hook = DeviceHook(oauth_browser)
    provider = microsoft(oauth_server)
    tokens = oauth.sign_in(provider, cancel=CancelToken(), device_code=True, on_event=hook,
                           timeout=30, ca_file=str(pki.ca_file))
    hook.join()
    shown = [e for e in hook.events if isinstance(e, oauth.DeviceCode)]
    assert len(shown) == 1 and shown[0].verification_uri.startswith(oauth_server.base_url)
    assert any(isinstance(e, oauth.Waiting) for e in hook.events)  # the countdown
    assert tokens.account == TEST_USER
    assert tokens.access_token in {t.access_token for t in oauth_server.active_tokens()}
    assert tokens.refresh_token and not tokens.expired
    assert "access_token" not in repr(tokens) and tokens.access_token not in repr(tokens)

    saved = oauth.save("Work", provider, tokens)
    assert saved.saved, saved.message
    entry = json.loads(keychain.store[(secrets.OAUTH_SERVICE, "Work")])
    assert entry["refresh_token"] == tokens.refresh_token and entry["account"] == TEST_USER
    assert (secrets.SERVICE, "Work") not in keychain.store  # the password entry is untouched
    state = oauth.state("Work")
    assert state is not None and state.account == TEST_USER and state.provider == "microsoft"


def test_device_code_text_and_account_name_are_cleaned_where_they_enter(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The device-code message and the account name (id_token) are the server's words; they
    reach the dialog, the terminal and the keychain entry with every control, bidi or separator
    character shown as an escape."""
    hostile = "\x1b]52;c;aGk=\x07\u202e\u2028"
    monkeypatch.setattr(oauth_as, "DEVICE_CODE_MESSAGE",
                        "Open {uri} and enter {code}" + hostile)
    user = oauth_server.users[TEST_USER.lower()]  # logs in as TEST_USER, named with hostile text
    user.username = TEST_USER + hostile  # in the id_token's preferred_username
    oauth_server.users[user.username.lower()] = user  # the server's session finds it by name
    hook = DeviceHook(oauth_browser)
    tokens = oauth.sign_in(microsoft(oauth_server), cancel=CancelToken(), device_code=True,
                           on_event=hook, timeout=30, ca_file=str(pki.ca_file))
    hook.join()
    [shown] = [e for e in hook.events if isinstance(e, oauth.DeviceCode)]
    for text in (shown.message, shown.verification_uri, shown.user_code, tokens.account):
        assert is_clean(text), text
    assert shown.message.endswith("\\x1b]52;c;aGk=\\x07\\u202e\\u2028")
    assert tokens.account == TEST_USER + "\\x1b]52;c;aGk=\\x07\\u202e\\u2028"


def test_microsoft_browser_sign_in_with_pkce_and_loopback(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki) -> None:
    opener = BrowserHook(oauth_browser)
    tokens = oauth.sign_in(microsoft(oauth_server), cancel=CancelToken(), open_url=opener,
                           timeout=30, ca_file=str(pki.ca_file))
    opener.join()
    assert tokens.account == TEST_USER
    [url] = opener.urls
    assert "code_challenge_method=S256" in url and "redirect_uri=http%3A%2F%2Flocalhost%3A" in url
    [result] = opener.results
    assert result.listener_status == 200 and "Signed in" in (result.listener_body or "")
    assert port_closed(listener_port(result.redirect_url or ""))  # closed on success


def test_refresh_after_expiry_rotates_the_saved_refresh_token(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        keychain: MemoryKeychain) -> None:
    oauth_server.access_token_lifetime = 1
    provider = microsoft(oauth_server)
    first = ms_sign_in(oauth_server, pki, oauth_browser)
    oauth.save("Work", provider, first)
    assert first.expired  # one second of life is inside the app's one-minute margin
    fresh = oauth.access_token("Work", cancel=CancelToken(), ca_file=str(pki.ca_file))
    assert fresh.access_token != first.access_token
    assert fresh.access_token in {t.access_token for t in oauth_server.active_tokens()}
    entry = json.loads(keychain.store[(secrets.OAUTH_SERVICE, "Work")])
    assert entry["refresh_token"] == fresh.refresh_token != first.refresh_token
    # the process forgets its memory (a new CLI run): the rotated token in the keychain works
    oauth.store.forget("Work")
    again = oauth.access_token("Work", cancel=CancelToken(), ca_file=str(pki.ca_file))
    assert again.account == TEST_USER


@pytest.mark.parametrize("how", ["expired", "revoked"])
def test_refresh_token_expired_or_revoked_is_invalid_grant(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        keychain: MemoryKeychain, how: str) -> None:
    provider = microsoft(oauth_server)
    oauth.save("Work", provider, ms_sign_in(oauth_server, pki, oauth_browser))
    oauth.store.forget("Work")
    if how == "expired":
        oauth_server.expire_refresh_tokens()
    else:
        oauth_server.revoke_user_tokens(TEST_USER)
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.access_token("Work", cancel=CancelToken(), ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.refresh_expired"
    assert caught.value.error == "invalid_grant"
    for secret in issued(oauth_server):
        assert secret not in str(caught.value) and secret not in json.dumps(caught.value.facts)


# -- sign-in failures: each diagnosis from the server's own answer -----------------------------


def _authorize_stage(name: str, **kwargs: Any) -> Any:
    """A preset that Entra shows as a page, delivered as an error redirect instead."""
    return dataclasses.replace(fault_preset(name, **kwargs), stage="authorize")


FAULTS: list[tuple[str, Callable[[], Any], bool, str]] = [
    ("mfa_required", lambda: fault_preset("mfa_required"), False, "oauth.mfa_required"),
    ("consent_required", lambda: fault_preset("consent_required"), False,
     "oauth.consent_required"),
    ("admin_consent_required", lambda: _authorize_stage("admin_consent_required"), False,
     "oauth.admin_consent_required"),
    ("app_not_found", lambda: fault_preset("app_not_found"), True, "oauth.app_not_found"),
    ("public_client_disabled", lambda: fault_preset("public_client_disabled"), True,
     "oauth.public_client_disabled"),
    ("redirect_uri_mismatch", lambda: _authorize_stage("redirect_uri_mismatch"), False,
     "oauth.redirect_mismatch"),
    ("consent_declined_ms", lambda: fault_preset("consent_declined_ms"), False,
     "oauth.access_denied"),
]


@pytest.mark.parametrize(("name", "make", "device", "diagnosis"), FAULTS,
                         ids=[f[0] for f in FAULTS])
def test_microsoft_sign_in_failures_are_diagnosed(
        oauth_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki, name: str,
        make: Callable[[], Any], device: bool, diagnosis: str) -> None:
    oauth_server.fault = make()
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, device=device, timeout=20)
    assert caught.value.diagnosis == diagnosis, (caught.value.summary, caught.value.facts)


def test_consent_denied_in_the_browser(oauth_server: AuthServer,
                                       oauth_browser: HeadlessBrowser, pki: TestPki) -> None:
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, consent="deny")
    assert caught.value.diagnosis == "oauth.access_denied"
    assert 65004 in caught.value.codes


def test_device_code_denied(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                            pki: TestPki) -> None:
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, device=True, consent="deny")
    assert caught.value.diagnosis == "oauth.access_denied"


def test_refresh_expired_70008(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                               pki: TestPki) -> None:
    tokens = ms_sign_in(oauth_server, pki, oauth_browser)
    oauth_server.fault = fault_preset("refresh_expired_70008")
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.refresh(microsoft(oauth_server), tokens.refresh_token, cancel=CancelToken(),
                      ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.refresh_expired" and 70008 in caught.value.codes


# -- Google and custom providers (Authlib) ---------------------------------------------------


@pytest.fixture
def google_server(oauth_server_factory: Callable[..., AuthServer]) -> AuthServer:
    server = oauth_server_factory(flavour="google")
    server.register_client(Client("desktop.apps.test", client_secret="desktop-secret",
                                  redirect_uris=("http://127.0.0.1",)))
    return server


def google(server: AuthServer) -> oauth.OAuthProvider:
    return oauth.resolve("google", client_id="desktop.apps.test",
                         client_secret="desktop-secret", issuer=server.issuer)


def test_google_desktop_client_signs_in_refreshes_and_revokes(
        google_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki,
        keychain: MemoryKeychain) -> None:
    opener = BrowserHook(oauth_browser)
    provider = google(google_server)
    tokens = oauth.sign_in(provider, cancel=CancelToken(), open_url=opener, timeout=30,
                           ca_file=str(pki.ca_file))
    opener.join()
    [url] = opener.urls
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in url and "code_challenge=" in url
    assert "scope=https%3A%2F%2Fmail.google.com%2F" in url or "mail.google.com" in url
    assert tokens.account == TEST_USER and SCOPE_GMAIL in tokens.scopes
    oauth.save("Google", provider, tokens)
    fresh = oauth.access_token("Google", cancel=CancelToken(), ca_file=str(pki.ca_file),
                               force_refresh=True)
    assert fresh.access_token != tokens.access_token
    out = oauth.sign_out("Google", cancel=CancelToken(), ca_file=str(pki.ca_file))
    assert out.revoked and out.forgotten
    assert (secrets.OAUTH_SERVICE, "Google") not in keychain.store
    active = {t.refresh_token for t in google_server.active_tokens()}
    assert fresh.refresh_token not in active
    assert oauth.state("Google") is None


def test_google_access_denied_is_the_unverified_app_diagnosis(
        google_server: AuthServer, oauth_browser: HeadlessBrowser, pki: TestPki) -> None:
    google_server.fault = _authorize_stage("google_app_not_verified")
    opener = BrowserHook(oauth_browser)
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(google(google_server), cancel=CancelToken(), open_url=opener,
                      timeout=20, ca_file=str(pki.ca_file))
    opener.join()
    assert caught.value.diagnosis == "oauth.google_unverified_app"


def test_google_invalid_grant_on_refresh(google_server: AuthServer,
                                         oauth_browser: HeadlessBrowser, pki: TestPki) -> None:
    opener = BrowserHook(oauth_browser)
    provider = google(google_server)
    tokens = oauth.sign_in(provider, cancel=CancelToken(), open_url=opener, timeout=30,
                           ca_file=str(pki.ca_file))
    opener.join()
    google_server.fault = fault_preset("google_invalid_grant")
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.refresh(provider, tokens.refresh_token, cancel=CancelToken(),
                      ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.refresh_expired"
    assert tokens.refresh_token not in caught.value.summary


def test_custom_issuer_by_discovery(oauth_server_factory: Callable[..., AuthServer],
                                    oauth_browser: HeadlessBrowser, pki: TestPki,
                                    keychain: MemoryKeychain) -> None:
    server = oauth_server_factory(flavour="generic")
    opener = BrowserHook(oauth_browser)
    provider = custom(server)
    tokens = oauth.sign_in(provider, cancel=CancelToken(), open_url=opener, timeout=30,
                           ca_file=str(pki.ca_file))
    opener.join()
    assert opener.urls[0].startswith(server.endpoints()["authorization_endpoint"])
    assert ("GET", "/.well-known/openid-configuration") in server.requests
    assert tokens.account == TEST_USER
    oauth.save("Custom", provider, tokens)
    assert oauth.sign_out("Custom", cancel=CancelToken(), ca_file=str(pki.ca_file)).revoked


def test_a_hostile_discovery_document_reaches_no_terminal(
        oauth_server_factory: Callable[..., AuthServer], pki: TestPki,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The authorization address comes from the issuer's discovery document; Authlib and MSAL
    keep its path as it is, so the address shown (terminal, dialog) is cleaned."""
    server = oauth_server_factory(flavour="generic")
    discovery = server._discovery
    monkeypatch.setattr(server, "_discovery", lambda tenant: {
        **discovery(tenant), "authorization_endpoint": server.url("/authorize\x1b]52;c;aGk=\x07"
                                                                  "\u202e")})
    events: list[Any] = []
    opened: list[str] = []
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(custom(server), cancel=CancelToken(), on_event=events.append,
                      open_url=opened.append, timeout=0.5, ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.timeout"
    [shown] = [e for e in events if isinstance(e, oauth.BrowserOpened)]
    assert is_clean(shown.url) and "/authorize\\x1b]52;c;aGk=\\x07\\u202e?" in shown.url
    assert opened == [shown.url]


@pytest.mark.parametrize("endpoint", ["file:///etc/passwd", "ms-msdt:/id PCWDiagnostic",
                                      "http://127.0.0.1:1/authorize"])
def test_a_sign_in_address_that_is_not_https_is_never_opened(
        oauth_server_factory: Callable[..., AuthServer], pki: TestPki, endpoint: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A discovery document that names a file:, ms-msdt: or plain-http sign-in page: the
    browser is not asked to open it (it would start a local program for some schemes)."""
    server = oauth_server_factory(flavour="generic")
    discovery = server._discovery
    monkeypatch.setattr(server, "_discovery", lambda tenant: {
        **discovery(tenant), "authorization_endpoint": endpoint})
    opened: list[str] = []
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(custom(server), cancel=CancelToken(), open_url=opened.append,
                      timeout=5, ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.sign_in_failed"
    assert opened == []


# -- waiting: deadline, cancel, no listener left -----------------------------------------------


def test_browser_wait_times_out_and_closes_the_listener(oauth_server: AuthServer,
                                                       pki: TestPki) -> None:
    seen: list[oauth.OAuthEvent] = []
    started = time.monotonic()
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(microsoft(oauth_server), cancel=CancelToken(), on_event=seen.append,
                      open_url=lambda url: True, timeout=1.5, ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.timeout"
    assert time.monotonic() - started < 15
    opened = [e for e in seen if isinstance(e, oauth.BrowserOpened)]
    assert opened and port_closed(listener_port(opened[0].redirect_uri))


def test_cancel_while_waiting_for_the_browser(oauth_server: AuthServer, pki: TestPki) -> None:
    cancel = CancelToken()
    seen: list[oauth.OAuthEvent] = []

    def on_event(event: oauth.OAuthEvent) -> None:
        seen.append(event)
        if isinstance(event, oauth.BrowserOpened):
            threading.Timer(0.3, cancel.cancel).start()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        oauth.sign_in(microsoft(oauth_server), cancel=cancel, on_event=on_event,
                      open_url=lambda url: True, timeout=60, ca_file=str(pki.ca_file))
    assert time.monotonic() - started < 10
    opened = [e for e in seen if isinstance(e, oauth.BrowserOpened)]
    assert port_closed(listener_port(opened[0].redirect_uri))


def test_cancel_while_waiting_for_the_device_code(oauth_server: AuthServer,
                                                  pki: TestPki) -> None:
    cancel = CancelToken()
    hook = DeviceHook(None, on_code=lambda _event: threading.Timer(0.5, cancel.cancel).start())
    started = time.monotonic()
    with pytest.raises(Cancelled):
        oauth.sign_in(microsoft(oauth_server), cancel=cancel, device_code=True, on_event=hook,
                      timeout=120, ca_file=str(pki.ca_file))
    assert time.monotonic() - started < 10  # MSAL polls its exit condition every second


def test_device_code_wait_times_out(oauth_server: AuthServer, pki: TestPki) -> None:
    hook = DeviceHook(None)
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(microsoft(oauth_server), cancel=CancelToken(), device_code=True,
                      on_event=hook, timeout=2, ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.timeout"
    waits = [e.seconds_left for e in hook.events if isinstance(e, oauth.Waiting)]
    assert waits and waits[-1] <= 1.0  # the countdown ran down


def test_not_signed_in(keychain: MemoryKeychain) -> None:
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.access_token("Nobody", cancel=CancelToken())
    assert caught.value.diagnosis == "oauth.not_signed_in"


def test_provider_needs_a_client_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMTP_DOCTOR_MICROSOFT_CLIENT_ID", raising=False)
    with pytest.raises(oauth.ProviderError) as caught:
        oauth.resolve("microsoft")
    assert caught.value.option == "client_id"
    monkeypatch.setenv("SMTP_DOCTOR_MICROSOFT_CLIENT_ID", PUBLIC_CLIENT_ID)
    provider = oauth.resolve("microsoft", tenant="consumers")
    assert provider.client_id == PUBLIC_CLIENT_ID
    assert provider.msal_authority == "https://login.microsoftonline.com/consumers"
    assert provider.scopes == ("https://outlook.office.com/SMTP.Send",)


# -- the remaining sign-in diagnoses, each from a real peer --------------------------------------


def test_conditional_access_block(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                  pki: TestPki) -> None:
    from tests.support.servers.oauth_as import Fault, aad

    oauth_server.fault = Fault(
        stage="token", error="access_denied", error_codes=(53003,),
        description=aad(53003, "Access has been blocked by Conditional Access policies. "
                        "The access policy does not allow token issuance."))
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, device=True, timeout=20)
    assert caught.value.diagnosis == "oauth.conditional_access"


def test_unknown_provider_error_is_sign_in_failed(oauth_server: AuthServer,
                                                  oauth_browser: HeadlessBrowser,
                                                  pki: TestPki) -> None:
    from tests.support.servers.oauth_as import Fault

    oauth_server.fault = Fault(stage="token", error="invalid_request",
                               description="AADSTS900144: The request body must contain the "
                               "following parameter: 'grant_type'.", error_codes=(900144,))
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, device=True, timeout=20)
    assert caught.value.diagnosis == "oauth.sign_in_failed"
    assert caught.value.error == "invalid_request" and 900144 in caught.value.codes
    oauth_server.fault = Fault(stage="token", error="temporarily_unavailable",
                               description="The service is busy", status=503)
    with pytest.raises(oauth.OAuthError) as caught:
        ms_sign_in(oauth_server, pki, oauth_browser, device=True, timeout=20)
    assert caught.value.diagnosis == "oauth.unreachable"


def test_sign_in_service_unreachable(refused_port: int, pki: TestPki) -> None:
    provider = oauth.resolve("custom", client_id=PUBLIC_CLIENT_ID,
                             issuer=f"https://127.0.0.1:{refused_port}", scopes=(SCOPE_GMAIL,))
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.sign_in(provider, cancel=CancelToken(), open_url=lambda url: True, timeout=5,
                      ca_file=str(pki.ca_file))
    assert caught.value.diagnosis == "oauth.unreachable"


def test_damaged_keychain_entry(keychain: MemoryKeychain) -> None:
    keychain.store[(secrets.OAUTH_SERVICE, "Work")] = "{not json"
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.access_token("Work", cancel=CancelToken())
    assert caught.value.diagnosis == "oauth.keychain"
