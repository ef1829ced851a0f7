"""The one proxy setting of the app, shared by the connection test and every tool page.

Like the DNS server (app/gui/dns_setting.py): one :class:`ProxySetting` per main window; every
"Proxy" field is ``bind()``-ed to it and every "Proxy password" field ``bind_password()``-ed, so
typing in one shows everywhere. The address (never with a password: the form check refuses one)
is remembered in QSettings (``proxy/url``); "system" uses this computer's proxy settings.

The password follows the mail password's rules (app/gui/keychain.py, its own entry kind per
proxy account ``user@host:port``): kept in memory for the session, read from the keychain when
the address names a user, written to the keychain only after a run in which the proxy accepted
it (with "Remember" ticked) and never after one it refused.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QLineEdit

from app.core.model import RunResult, Status
from app.core.protocol.proxy import parse_proxy
from app.core.storage.secrets import proxy_account
from app.gui.dns_setting import LineMirror
from app.gui.i18n import translate
from app.gui.keychain import DIFFERS, NOT_YET, PROXY_PASSWORDS, Keychain

KEY = "proxy/url"
REMEMBER_KEY = "proxy/remember"


def _proxy_words(message: str) -> str:
    """The keychain's sentences as they apply to the proxy (there is no "Save password now"
    button for it: a run the proxy accepts saves it)."""
    if message == NOT_YET:
        return translate("ProxySetting", "Not saved yet: the password is saved in the system "
                         "keychain after a run that the proxy accepts.")
    if message == DIFFERS:
        return translate("ProxySetting", "The saved password differs from the one typed. The "
                         "keychain is updated after a run that the proxy accepts.")
    return translate("keychain", message) if message else ""


class ProxySetting(QObject):
    changed = Signal(str)           # the address
    password_changed = Signal(str)
    status = Signal(str)            # what the keychain holds for the proxy's password

    def __init__(self, settings: QSettings, parent: QObject | None = None,
                 keychain: Keychain | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._url = str(settings.value(KEY, "") or "").strip()
        self._password = ""
        self._lines = LineMirror()
        self._password_lines = LineMirror(strip=False)
        self.keychain = keychain if keychain is not None else Keychain(
            self, store=PROXY_PASSWORDS)
        self.keychain.password_loaded.connect(self._loaded)
        self.keychain.status.connect(self._keychain_status)
        self.changed.connect(self._lines.show)
        self.password_changed.connect(self._password_lines.show)
        self._loaded_for = ""

    # -- values ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self._url

    @property
    def password(self) -> str:
        return self._password

    @property
    def remember(self) -> bool:
        return str(self._settings.value(REMEMBER_KEY, "false")).lower() == "true"

    def set_remember(self, remember: bool) -> None:
        self._settings.setValue(REMEMBER_KEY, "true" if remember else "false")

    def form(self) -> dict[str, str]:
        """The form fields every parser reads (app.core.validate.read_proxy)."""
        return {"proxy": self._url, "proxy_password": self._password}

    def account(self) -> str:
        """The keychain account of the proxy named (user@host:port), or "" (no user, not valid
        yet, or "system")."""
        try:
            proxy = parse_proxy(self._url) if self._url else None
        except ValueError:
            return ""
        if proxy is None or not proxy.username:
            return ""
        return proxy_account(proxy.username, proxy.host, proxy.port)

    def set_url(self, value: str) -> None:
        value = value.strip()
        if value == self._url:
            return
        self._url = value
        self._settings.setValue(KEY, value)
        self.changed.emit(value)

    def set_password(self, value: str) -> None:
        if value == self._password:
            return
        self._password = value
        account = self.account()
        if account:
            self.keychain.keep_session(account, value)
        self.password_changed.emit(value)
        self._describe()

    # -- fields ------------------------------------------------------------------------------
    def bind(self, line: QLineEdit) -> None:
        """Show the address in ``line`` and keep both in step (typing in it sets it)."""
        line.setText(self._url)
        line.setPlaceholderText(translate("ProxySetting", "none (direct)"))
        line.setToolTip(translate(
            "ProxySetting",
            "Connect through this proxy: socks5://host:port, socks5h://host:port (the proxy looks "
            "up names), http://host:port (HTTP CONNECT), with user@ before the host when it needs "
            "a login, or system (this computer's proxy settings). The same setting is used by "
            "every tool, and is remembered; the password never goes here."))
        line.textEdited.connect(self.set_url)
        line.editingFinished.connect(self.load)
        self._lines.add(line)

    def bind_password(self, line: QLineEdit) -> None:
        """A proxy password field: hidden text, the same value on every page (memory only)."""
        line.setEchoMode(QLineEdit.EchoMode.Password)
        line.setText(self._password)
        line.setPlaceholderText(translate("ProxySetting", "if the proxy asks for one"))
        line.textEdited.connect(self.set_password)
        self._password_lines.add(line)

    # -- the keychain ------------------------------------------------------------------------
    def load(self) -> None:
        """Read the saved password of the proxy named (in a worker), once per account."""
        account = self.account()
        if not account or account == self._loaded_for:
            return
        self._loaded_for = account
        self.keychain.load(account)

    def _loaded(self, account: str, password: str) -> None:
        if account == self.account() and not self._password:
            self.set_password(password)

    def _keychain_status(self, account: str, message: str) -> None:
        if account == self.account():
            self.status.emit(_proxy_words(message))

    def _describe(self) -> None:
        account = self.account()
        if account:
            self.status.emit(_proxy_words(self.keychain.describe(account, self._password,
                                                                 self.remember)))

    def save_now(self) -> None:
        account = self.account()
        if account and self._password:
            self.keychain.save(account, self._password)

    def run_finished(self, result: RunResult, form: dict[str, str]) -> None:
        """A run went through the proxy of ``form``: keep its password if the proxy accepted
        it (and "Remember" is ticked), never one it refused."""
        connect = next((s for s in result.steps if s.id == "connect"), None)
        password = form.get("proxy_password", "")
        try:
            proxy = parse_proxy(form.get("proxy", "")) if form.get("proxy") else None
        except ValueError:
            return
        if connect is None or proxy is None or not proxy.username or not password:
            return
        account = proxy_account(proxy.username, proxy.host, proxy.port)
        if connect.diagnosis == "proxy.auth_failed":
            self.keychain.login_result(account, password, False, self.remember)
        elif connect.status in (Status.PASS, Status.WARN):
            self.keychain.login_result(account, password, True, self.remember)
