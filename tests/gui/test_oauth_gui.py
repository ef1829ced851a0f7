"""Sign in through the real widgets against the loopback authorization server, then test the
SMTP login with the token: the device-code dialog (code, Copy, countdown, Cancel), the browser
sign-in, failures with their diagnosis, Sign out, and the saved sign-in coming back."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.core import oauth
from app.core.model import Status
from app.core.storage import secrets
from tests.support.canary import MemoryKeyring
from tests.support.gui import fill, run
from tests.support.oauth import BrowserHook
from tests.support.servers.oauth_as import (
    PUBLIC_CLIENT_ID,
    SCOPE_M365_SMTP,
    TEST_USER,
    AuthServer,
    fault_preset,
)
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.oauth_smtp import OAuthSmtpServer
from tests.support.servers.pki import TestPki

pytestmark = pytest.mark.timeout(90)


@pytest.fixture(autouse=True)
def _forget_tokens() -> Any:
    yield
    for profile in ("Default", "Other"):
        oauth.store.forget(profile)


def choose_provider(qtbot: Any, window: Any, provider_id: str) -> Any:
    server = window.panel.server
    qtbot.waitUntil(lambda: server.provider.findData(provider_id) >= 0, timeout=5000)
    server.provider.setCurrentIndex(server.provider.findData(provider_id))
    return server.oauth


def point_at(widget: Any, server: AuthServer, pki: TestPki) -> None:
    widget.client_id.setText(PUBLIC_CLIENT_ID)
    widget.authority = server.tenant_issuer("organizations")
    widget.ca_file = str(pki.ca_file)


def start_device_sign_in(qtbot: Any, widget: Any) -> Any:
    widget.use_code.setChecked(True)
    qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.dialog is not None and widget.dialog.code.isVisible(),
                    timeout=10000)
    return widget.dialog


def test_device_code_sign_in_then_login_test(qtbot: Any, window: Any, oauth_server: AuthServer,
                                             oauth_browser: HeadlessBrowser, pki: TestPki,
                                             oauth_smtp_factory: Callable[..., OAuthSmtpServer],
                                             memory_keyring: MemoryKeyring) -> None:
    smtp = oauth_smtp_factory(provider="microsoft")
    widget = choose_provider(qtbot, window, "microsoft365")
    assert widget.isVisible() and widget.sign_in_button.text() == "Sign in with Microsoft…"
    assert widget.status.text() == "Not signed in"
    point_at(widget, oauth_server, pki)
    started = time.monotonic()
    dialog = start_device_sign_in(qtbot, widget)
    code = dialog.code.text()
    assert code and dialog.url.text().startswith(oauth_server.base_url)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    qtbot.waitUntil(lambda: "left" in dialog.countdown.text(), timeout=5000)
    # nothing is cut off: the countdown and the address fit the dialog as a person sees it
    assert dialog.countdown.width() >= dialog.countdown.sizeHint().width()
    assert dialog.url.width() >= dialog.url.fontMetrics().horizontalAdvance(dialog.url.text())
    heading = dialog.heading  # every wrapped line of the instructions shows
    assert heading.height() >= heading.heightForWidth(heading.width()), heading.text()
    browser = threading.Thread(target=oauth_browser.device, args=(dialog.url.text(), code),
                               daemon=True)
    browser.start()
    qtbot.waitUntil(lambda: TEST_USER in widget.status.text(), timeout=20000)
    browser.join(15)
    assert "valid until" in widget.status.text() and widget.dialog is None
    assert widget.sign_out_button.isEnabled() and not widget.busy
    assert (secrets.OAUTH_SERVICE, "Default") in memory_keyring.store
    server = window.panel.server  # the form now logs in with the token, as that account
    assert server.auth_value() == "xoauth2" and server.username.text() == TEST_USER

    fill(window, host="localhost", port=smtp.port, security="starttls",
         ca_file=str(pki.ca_file))
    result = run(qtbot, window, "auth")
    elapsed = time.monotonic() - started
    assert result.status is Status.PASS, result.verdict
    auth = next(s for s in result.steps if s.id == "auth")
    assert auth.facts["mechanism"] == "XOAUTH2" and smtp.token_checks[-1].verdict == "ok"
    print(f"\n[oauth-app] GUI: Sign in (device code) to a passed login test: "
          f"{elapsed * 1000:.0f} ms")
    tokens = {t.access_token for t in oauth_server.tokens}
    transcript = window.results.transcript.toPlainText()
    assert not any(token in transcript for token in tokens)

    # another session: only the keychain remembers; the widget refreshes by itself
    oauth.store.forget("Default")
    widget.set_profile("Default")
    qtbot.waitUntil(lambda: oauth.in_memory("Default") is not None, timeout=10000)
    qtbot.waitUntil(lambda: "valid until" in widget.status.text(), timeout=5000)
    assert oauth.in_memory("Default").access_token not in tokens  # type: ignore[union-attr]


def test_cancel_the_device_code_dialog(qtbot: Any, window: Any, oauth_server: AuthServer,
                                       pki: TestPki, memory_keyring: MemoryKeyring) -> None:
    widget = choose_provider(qtbot, window, "outlook")
    point_at(widget, oauth_server, pki)
    dialog = start_device_sign_in(qtbot, widget)
    started = time.monotonic()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.status.text() == "Sign-in cancelled.", timeout=5000)
    assert time.monotonic() - started < 5 and not widget.busy
    assert widget.sign_in_button.isEnabled()
    assert (secrets.OAUTH_SERVICE, "Default") not in memory_keyring.store


def test_sign_in_failure_shows_the_diagnosis(qtbot: Any, window: Any, oauth_server: AuthServer,
                                             oauth_browser: HeadlessBrowser, pki: TestPki,
                                             memory_keyring: MemoryKeyring) -> None:
    oauth_server.fault = fault_preset("mfa_required")
    widget = choose_provider(qtbot, window, "microsoft365")
    point_at(widget, oauth_server, pki)
    dialog = start_device_sign_in(qtbot, widget)
    browser = threading.Thread(target=oauth_browser.device,
                               args=(dialog.url.text(), dialog.code.text()), daemon=True)
    browser.start()
    qtbot.waitUntil(lambda: "[oauth.mfa_required]" in widget.status.text(), timeout=20000)
    browser.join(15)
    assert "multi-factor" in widget.status.toolTip() or "second" in widget.status.toolTip()


def test_browser_sign_in_with_a_custom_provider_and_sign_out(
        qtbot: Any, window: Any, oauth_server_factory: Callable[..., AuthServer],
        oauth_browser: HeadlessBrowser, pki: TestPki, memory_keyring: MemoryKeyring) -> None:
    server = oauth_server_factory(flavour="generic")
    fill(window, auth="oauthbearer")
    widget = window.panel.server.oauth
    assert widget.isVisible() and widget.sign_in_button.text() == "Sign in with your provider…"
    assert widget.issuer.isVisible() and not widget.use_code.isVisible()
    widget.client_id.setText(PUBLIC_CLIENT_ID)
    widget.issuer.setText(server.issuer)
    widget.scope.setText(SCOPE_M365_SMTP)
    widget.ca_file = str(pki.ca_file)
    hook = BrowserHook(oauth_browser)
    widget.open_url = hook
    qtbot.mouseClick(widget.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: TEST_USER in widget.status.text(), timeout=20000)
    hook.join()
    assert hook.results[0].listener_status == 200
    from app.gui.settings import gui_settings  # the registration is remembered (no secret)

    assert gui_settings().value("oauth/custom/issuer") == server.issuer
    assert gui_settings().value("oauth/custom/client_id") == PUBLIC_CLIENT_ID
    assert window.panel.server.values()["oauth_token"] == oauth.in_memory("Default").access_token  # type: ignore[union-attr]
    refresh = oauth.in_memory("Default").refresh_token  # type: ignore[union-attr]
    qtbot.mouseClick(widget.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.status.text().startswith("Signed out"), timeout=10000)
    assert "revoked" in widget.status.text()
    assert (secrets.OAUTH_SERVICE, "Default") not in memory_keyring.store
    assert refresh not in {t.refresh_token for t in server.active_tokens()}
    assert window.panel.server.values()["oauth_token"] == ""


@pytest.mark.parametrize("own_id", ["", "11111111-2222-3333-4444-555555555555"])
def test_the_client_id_field_says_whether_one_is_required(qtbot: Any, window: Any, own_id: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A source build has no client id of its own: the field says the user's is required."""
    monkeypatch.setenv("SMTP_DOCTOR_MICROSOFT_CLIENT_ID", own_id)
    choose_provider(qtbot, window, "gmail")  # the field is read again when the provider changes
    widget = choose_provider(qtbot, window, "microsoft365")
    expected = "SMTP Doctor's own" if own_id else "required: your app registration's client ID"
    assert widget.client_id.placeholderText() == expected
