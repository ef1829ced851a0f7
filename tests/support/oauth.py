"""What the app-side OAuth tests share: a keychain stand-in, the browser step as the app's
"open the browser" hook, and providers pointed at the loopback authorization server."""

from __future__ import annotations

import socket
import threading
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from app.core import oauth
from app.core.cancel import CancelToken
from app.core.storage import secrets
from tests.support.canary import MemoryKeyring, keyring_selected
from tests.support.servers.oauth_as import PUBLIC_CLIENT_ID, SCOPE_M365_SMTP, AuthServer
from tests.support.servers.oauth_browser import BrowserResult, HeadlessBrowser
from tests.support.servers.pki import TestPki


class MemoryKeychain(MemoryKeyring):
    """Stands in for the OS keychain (accepted through secrets.accept_backend)."""


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    with keyring_selected(MemoryKeychain()) as backend, secrets.accept_backend(MemoryKeychain):
        yield backend
    for profile in ("Default", "Work", "Google", "Custom", "GUI"):
        oauth.store.forget(profile)


class BrowserHook:
    """The app's open-the-browser hook: the headless browser follows the URL in a thread (the
    app is blocked waiting on its loopback listener meanwhile)."""

    def __init__(self, browser: HeadlessBrowser, consent: str = "allow") -> None:
        self.browser = browser
        self.consent = consent
        self.urls: list[str] = []
        self.results: list[BrowserResult] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)

        def follow() -> None:
            self.results.append(self.browser.authorize(url, consent=self.consent))

        thread = threading.Thread(target=follow, name="headless-browser", daemon=True)
        thread.start()
        self.threads.append(thread)
        return True

    def join(self) -> None:
        for thread in self.threads:
            thread.join(15)


class DeviceHook:
    """on_event for the device-code flow: when the code is shown, the user types it (in a
    thread). Records every event."""

    def __init__(self, browser: HeadlessBrowser | None, consent: str = "allow",
                 on_code: Any = None) -> None:
        self.browser = browser
        self.consent = consent
        self.events: list[Any] = []
        self.on_code = on_code
        self.threads: list[threading.Thread] = []

    def __call__(self, event: Any) -> None:
        self.events.append(event)
        if isinstance(event, oauth.DeviceCode):
            if self.on_code is not None:
                self.on_code(event)
            if self.browser is not None:
                browser = self.browser
                thread = threading.Thread(
                    target=lambda: browser.device(event.verification_uri, event.user_code,
                                                  consent=self.consent), daemon=True)
                thread.start()
                self.threads.append(thread)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(15)


def microsoft(server: AuthServer, tenant: str = "organizations") -> oauth.OAuthProvider:
    """The Microsoft provider (MSAL), pointed at the loopback server's tenant issuer."""
    return oauth.resolve("microsoft", client_id=PUBLIC_CLIENT_ID,
                         oidc_authority=server.tenant_issuer(tenant))


def custom(server: AuthServer, scope: str = SCOPE_M365_SMTP) -> oauth.OAuthProvider:
    return oauth.resolve("custom", client_id=PUBLIC_CLIENT_ID, issuer=server.issuer,
                         scopes=(scope,))


def port_closed(port: int) -> bool:
    """True when nothing listens on 127.0.0.1:port any more."""
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex(("127.0.0.1", port)) != 0


def listener_port(redirect_uri: str) -> int:
    port = urllib.parse.urlsplit(redirect_uri).port
    assert port is not None, redirect_uri
    return port


def device_sign_in(server: AuthServer, pki: TestPki, browser: HeadlessBrowser) -> oauth.Tokens:
    """Sign in to the Microsoft-shaped server with a device code the browser step enters."""
    hook = DeviceHook(browser)
    try:
        return oauth.sign_in(microsoft(server), cancel=CancelToken(), device_code=True,
                             on_event=hook, timeout=30, ca_file=str(pki.ca_file))
    finally:
        hook.join()
