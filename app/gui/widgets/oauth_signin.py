"""The server form's OAuth part: "Sign in with Microsoft / Google / provider…", who is signed
in, until when the access token is valid, and Sign out.

Shown when Sign-in is an OAuth mechanism or the provider preset is Microsoft or Gmail. Every
sign-in, refresh, keychain read and sign-out runs in a worker (``run_task``); events from the
worker come back through a signal; the dialog's Cancel cancels the worker's token.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import oauth
from app.core.cancel import Cancelled, CancelToken
from app.core.model import AuthMethod
from app.core.oauth.providers import default_client
from app.gui.settings import gui_settings
from app.gui.workers import run_task

from .plain import plain_label, plain_tooltip

if TYPE_CHECKING:
    from ..dialogs.device_code import SignInDialog

#: The form's provider presets that sign in with OAuth, and with whom.
PRESET_PROVIDER = {"microsoft365": "microsoft", "outlook": "microsoft", "gmail": "google",
                   "google_workspace": "google"}
REFRESH_MARGIN_S = 120  # refresh this long before the access token expires


def _open_in_browser(url: str) -> bool:
    import webbrowser  # not at start-up: it imports subprocess, shlex and probes for browsers

    return webbrowser.open(url)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the slot here."""

    happened = Signal(object)


class OAuthSignIn(QWidget):
    """``changed`` when the sign-in state changes (signed in, out, refreshed);
    ``signed_in(account, sasl)`` after an interactive sign-in worked."""

    changed = Signal()
    signed_in = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = self.tr("Default")
        self.provider_id = "microsoft"
        self.open_url: Callable[[str], Any] = _open_in_browser  # the system browser
        self.authority = ""  # Microsoft: another OpenID authority (sovereign clouds, tests)
        self.ca_file = ""  # trust only this CA for the sign-in service (tests)
        self.timeout = 300.0
        self.dialog: SignInDialog | None = None
        self.busy = False
        self._cancel: CancelToken | None = None
        self._generation = 0  # answers for an older profile are dropped
        self._relay = _Relay(self)
        self._relay.happened.connect(self._on_event)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self._refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = plain_label(self.tr("Not signed in"), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sign-in status"))
        layout.addWidget(self.status)
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.sign_in_button = QPushButton(self.tr("Sign in with Microsoft…"), self)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setEnabled(False)
        h.addWidget(self.sign_in_button)
        h.addWidget(self.sign_out_button)
        h.addStretch(1)
        layout.addWidget(row)
        self.use_code = QCheckBox(self.tr("Use a code (sign in on another device)"), self)
        self.use_code.setToolTip(self.tr(
            "Show a code to enter at microsoft.com/devicelogin instead of "
                                 "opening a browser on this computer"))
        layout.addWidget(self.use_code)

        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.client_id = QLineEdit(self)
        self.client_id.setPlaceholderText(self.tr("SMTP Doctor's own"))
        self.client_id.setToolTip(self.tr("Your organisation's app registration (client) ID, if it "
                                  "requires its own (see docs/oauth.md)"))
        self.client_secret = QLineEdit(self)
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("Google Desktop app clients only"))
        self.tenant = QComboBox(self)
        self.tenant.setEditable(True)
        self.tenant.addItems(list(oauth.providers.TENANTS))
        self.tenant.setToolTip(self.tr(
            "organizations: work or school accounts; consumers: Outlook.com; "
                               "common: both; or your tenant ID or domain"))
        self.issuer = QLineEdit(self)
        self.issuer.setPlaceholderText("https://id.example.com")
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("the scope your provider's SMTP server needs"))
        self.client_id_label = plain_label(self.tr("Client ID:"), self)
        self.client_secret_label = plain_label(self.tr("Client secret:"), self)
        self.tenant_label = plain_label(self.tr("Tenant:"), self)
        self.issuer_label = plain_label(self.tr("Issuer:"), self)
        self.scope_label = plain_label(self.tr("Scope:"), self)
        for label, field in ((self.client_id_label, self.client_id),
                             (self.client_secret_label, self.client_secret),
                             (self.tenant_label, self.tenant),
                             (self.issuer_label, self.issuer), (self.scope_label, self.scope)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addWidget(self.details)
        # No Alt+letter here: the form's letters are all taken; Tab reaches every control.

        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self._recall_registration()
        self._show_provider_fields()

    # -- context ---------------------------------------------------------------------------------
    def set_context(self, preset_provider: str, auth: str) -> None:
        """Show for OAuth sign-in or a Microsoft/Gmail preset; pick the provider to sign in."""
        is_oauth = auth in (AuthMethod.XOAUTH2.value, AuthMethod.OAUTHBEARER.value)
        provider = PRESET_PROVIDER.get(preset_provider, "custom")
        if provider != self.provider_id:
            self.provider_id = provider
            self._recall_registration()
        self._show_provider_fields()
        self.setVisible(is_oauth or preset_provider in PRESET_PROVIDER)

    #: What the user entered for a provider, kept in QSettings (never a secret: the Google client
    #: secret goes to the keychain entry with the refresh token, not here).
    REMEMBERED = ("client_id", "tenant", "issuer", "scope")

    def _remember_registration(self) -> None:
        settings = gui_settings()
        values = {"client_id": self.client_id.text().strip(),
                  "tenant": self.tenant.currentText().strip(),
                  "issuer": self.issuer.text().strip(), "scope": self.scope.text().strip()}
        for key in self.REMEMBERED:
            settings.setValue(f"oauth/{self.provider_id}/{key}", values[key])

    def _recall_registration(self) -> None:
        settings = gui_settings()

        def value(key: str) -> str:
            return str(settings.value(f"oauth/{self.provider_id}/{key}", "") or "")

        self.client_id.setText(value("client_id"))
        tenant = value("tenant")
        if tenant:
            self.tenant.setCurrentText(tenant)
        self.issuer.setText(value("issuer"))
        self.scope.setText(value("scope"))

    def _show_provider_fields(self) -> None:
        names = {"microsoft": "Microsoft", "google": "Google", "custom": self.tr("your provider")}
        self.sign_in_button.setText(self.tr("Sign in with {provider}…").format(
                provider=names[self.provider_id]))
        microsoft = self.provider_id == "microsoft"
        custom = self.provider_id == "custom"
        self.use_code.setVisible(microsoft)
        # Without a client id of the app's own (a source build; a release has one), the user's
        # app registration is required: say so before they press Sign in.
        own_id, _secret = default_client(self.provider_id)
        self.client_id.setPlaceholderText(
            self.tr("SMTP Doctor's own") if own_id else self.tr(
                "required: your app registration's client ID"))
        shown: list[tuple[QWidget, bool]] = [
            (self.tenant, microsoft), (self.tenant_label, microsoft), (self.issuer, custom),
            (self.issuer_label, custom), (self.scope, custom), (self.scope_label, custom),
            (self.client_secret, not microsoft), (self.client_secret_label, not microsoft)]
        for widget, visible in shown:
            widget.setVisible(visible)

    def focus_order(self) -> list[QWidget]:
        return [self.sign_in_button, self.sign_out_button, self.use_code, self.client_id,
                self.client_secret, self.tenant, self.issuer, self.scope]

    def set_profile(self, profile: str) -> None:
        """Show the sign-in of ``profile`` (reads the keychain in a worker)."""
        self.profile = profile or self.tr("Default")
        self._generation += 1
        generation = self._generation
        self._refresh_timer.stop()
        tokens = oauth.in_memory(self.profile)
        self._show_state(None, tokens)

        def load() -> Any:
            return oauth.state(self.profile)

        def loaded(result: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if error is not None:
                self.status.setText(str(error))
                return
            self._show_state(result, oauth.in_memory(self.profile))
            if result is not None and oauth.in_memory(self.profile) is None:
                self._refresh()  # saved in the keychain: get an access token for this session

        run_task(load, loaded, self)

    def access_token(self) -> str:
        """The access token for the run ("" if not signed in); kept fresh by a timer."""
        tokens = oauth.in_memory(self.profile)
        return tokens.access_token if tokens is not None else ""

    # -- sign in ---------------------------------------------------------------------------------
    def _provider(self) -> oauth.OAuthProvider:
        scopes = tuple(self.scope.text().split()) if self.provider_id == "custom" else ()
        return oauth.resolve(self.provider_id, client_id=self.client_id.text(),
                             client_secret=self.client_secret.text(),
                             tenant=self.tenant.currentText()
                             if self.provider_id == "microsoft" else "",
                             issuer=self.issuer.text() if self.provider_id == "custom" else "",
                             oidc_authority=self.authority, scopes=scopes)

    def start_sign_in(self) -> None:
        if self.busy:
            return
        try:
            provider = self._provider()
        except oauth.ProviderError as exc:
            self.status.setText(exc.message)
            return
        device = self.use_code.isVisible() and self.use_code.isChecked()
        cancel = CancelToken()
        self._cancel = cancel
        from ..dialogs.device_code import SignInDialog

        self.dialog = SignInDialog(provider.name, self)
        self.dialog.cancelled.connect(cancel.cancel)
        self.dialog.open()
        self._set_busy(True)
        profile, open_url, ca_file, timeout = self.profile, self.open_url, self.ca_file, \
            self.timeout
        emit = self._relay.happened.emit

        def work() -> Any:
            tokens = oauth.sign_in(provider, cancel=cancel, device_code=device, on_event=emit,
                                   open_url=open_url, timeout=timeout, ca_file=ca_file)
            return tokens, oauth.save(profile, provider, tokens), provider.sasl

        run_task(work, self._signed_in, self)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_event(self, event: Any) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if isinstance(event, oauth.DeviceCode):
            dialog.show_device_code(event)
        elif isinstance(event, oauth.BrowserOpened):
            dialog.show_browser(event)
        elif isinstance(event, oauth.Waiting):
            dialog.set_seconds_left(event.seconds_left)

    def _signed_in(self, result: Any, error: BaseException | None) -> None:
        self._set_busy(False)
        self._cancel = None
        if self.dialog is not None:
            self.dialog.done(0)
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Sign-in cancelled."))
            return
        if isinstance(error, oauth.OAuthError):
            self._show_error(error)
            return
        if error is not None:
            self.status.setText(self.tr("The sign-in failed: {name}").format(
                    name=type(error).__name__))
            return
        tokens, saved, sasl = result
        self._remember_registration()
        self._show_state(oauth.SignInState(self.profile, tokens.provider, tokens.account,
                                             tokens.expires_at, ""), tokens, saved.message)
        self.changed.emit()
        self.signed_in.emit(tokens.account, sasl)

    def _show_error(self, error: oauth.OAuthError) -> None:
        from app.core.knowledge.diagnoses import advise

        advice = advise(error.diagnosis, {"error": error.error or error.summary})
        self.status.setText(f"{advice.title} [{advice.id}]")
        self.status.setToolTip(plain_tooltip(advice.cause + "\n\n" + "\n".join(
            f"{n}. {fix}" for n, fix in enumerate(advice.fixes, 1))))

    def _show_state(self, state: Any, tokens: oauth.Tokens | None, note: str = "") -> None:
        account = getattr(state, "account", "") or (tokens.account if tokens else "")
        if not account and tokens is None:
            self.status.setText(self.tr("Not signed in"))
            self.status.setToolTip("")
            self.sign_out_button.setEnabled(state is not None)
            return
        names = {"microsoft": "Microsoft", "google": "Google"}
        provider = names.get(getattr(state, "provider", "") or
                             (tokens.provider if tokens else ""), "your provider")
        text = self.tr("Signed in with {provider} as {account}").format(
                provider=provider, account=account)
        if tokens is not None:
            until = dt.datetime.fromtimestamp(tokens.expires_at).strftime("%H:%M")
            text += self.tr("; the access token is valid until {until}").format(until=until)
            self._schedule_refresh(tokens)
        self.status.setText(text + (f"\n{note}" if note else ""))
        self.status.setToolTip("")
        self.sign_out_button.setEnabled(True)

    def _schedule_refresh(self, tokens: oauth.Tokens) -> None:
        seconds = max(1.0, oauth.store.seconds_left(tokens) - REFRESH_MARGIN_S)
        self._refresh_timer.start(int(min(seconds, 24 * 3600) * 1000))

    def _refresh(self) -> None:
        """A fresh access token from the saved refresh token (in a worker)."""
        profile, ca_file, generation = self.profile, self.ca_file, self._generation

        def work() -> oauth.Tokens:
            return oauth.access_token(profile, cancel=CancelToken(), ca_file=ca_file,
                                      force_refresh=oauth.in_memory(profile) is not None)

        def done(result: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            if isinstance(error, oauth.OAuthError):
                self._show_error(error)
                return
            if isinstance(result, oauth.Tokens):
                self._show_state(None, result)
                self.changed.emit()

        run_task(work, done, self)

    # -- sign out --------------------------------------------------------------------------------
    def sign_out(self) -> None:
        profile, ca_file = self.profile, self.ca_file
        self._refresh_timer.stop()
        self._set_busy(True)

        def done(result: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            self.status.setToolTip("")
            self.status.setText(result.message if result is not None else str(error))
            self.sign_out_button.setEnabled(False)
            self.changed.emit()

        run_task(lambda: oauth.sign_out(profile, cancel=CancelToken(), ca_file=ca_file), done,
                 self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sign_in_button.setEnabled(not busy)
        if busy:
            self.sign_out_button.setEnabled(False)
