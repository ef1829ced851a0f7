"""Server settings: provider preset, host, port, security, sign-in and the keychain choice."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import AuthMethod, Security
from app.gui.facts import security_label
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.widgets.fields import FieldBox, add_row, make_form

from .oauth_signin import OAuthSignIn
from .plain import plain_label

AUTH_LABELS = {
    AuthMethod.NONE: QT_TRANSLATE_NOOP("server_form", "None (no sign-in)"),
    AuthMethod.AUTO: QT_TRANSLATE_NOOP("server_form", "Automatic"),
    AuthMethod.PLAIN: "PLAIN",
    AuthMethod.LOGIN: "LOGIN",
    AuthMethod.CRAM_MD5: "CRAM-MD5",
    AuthMethod.XOAUTH2: QT_TRANSLATE_NOOP("server_form", "OAuth 2 (XOAUTH2)"),
    AuthMethod.OAUTHBEARER: QT_TRANSLATE_NOOP("server_form", "OAuth 2 (OAUTHBEARER)"),
}
CUSTOM = ""


def _combo(items: Sequence[tuple[str, str]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for value, label in items:
        combo.addItem(label, value)
    return combo


def set_combo(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)


class ServerForm(QWidget):
    """Emits ``edited`` on any user change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._providers: dict[str, Any] = {}
        self._offered_port: int | None = None
        form = make_form(self)
        form.setContentsMargins(0, 0, 0, 0)

        # Provider + preset
        self.provider = QComboBox(self)
        self.provider.addItem(self.tr("Custom server"), CUSTOM)
        self.provider.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider.setMinimumContentsLength(10)
        self.preset = QComboBox(self)
        self.preset.setToolTip(self.tr("The provider's server to use"))
        self.preset.setAccessibleName(self.tr("Provider server"))
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(6)
        self.preset.hide()
        provider_row = QWidget(self)
        h = QHBoxLayout(provider_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.provider, 1)
        h.addWidget(self.preset, 1)
        self.provider_box = FieldBox(provider_row)
        add_row(form, self.tr("Pro&vider:"), self.provider_box, self.provider)
        self.notes = plain_label(parent=self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setOpenExternalLinks(False)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.notes.hide()
        box_layout = self.provider_box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.insertWidget(1, self.notes)  # under the picker; a VBox sizes wrapped text well

        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.com")
        self.host.setClearButtonEnabled(True)
        self.host_box = FieldBox(self.host)
        add_row(form, self.tr("&Server:"), self.host_box, self.host)

        self.security = _combo([(s.value, security_label(s)) for s in Security], self)
        self.security.setToolTip(self.tr("STARTTLS: port 587, encryption starts after connecting.\n"
                                 "SSL/TLS: port 465, encrypted from the start.\n"
                                 "None: no encryption (port 25, servers on your own network)."))
        self.security_box = FieldBox(self.security)
        add_row(form, self.tr("Securit&y:"), self.security_box, self.security)

        self.port = QLineEdit(self)
        self.port.setMaxLength(6)
        self.port.setPlaceholderText("587")
        self.port.setMaximumWidth(90)
        self.use_port = QPushButton(self)
        self.use_port.setFlat(True)
        self.use_port.hide()
        port_row = QWidget(self)
        h = QHBoxLayout(port_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.port)
        h.addWidget(self.use_port)
        h.addStretch(1)
        self.port_box = FieldBox(port_row)
        add_row(form, self.tr("&Port:"), self.port_box, self.port)

        self.auth = _combo([(a.value, translate("server_form", label))
                            for a, label in AUTH_LABELS.items()], self)
        self.auth_box = FieldBox(self.auth)
        add_row(form, self.tr("Si&gn-in:"), self.auth_box, self.auth)
        self.oauth = OAuthSignIn(self)  # "Sign in with Microsoft / Google / provider…"
        form.addRow("", self.oauth)

        self.username = QLineEdit(self)
        self.username.setPlaceholderText("you@example.com")
        self.username_box = FieldBox(self.username)
        self.username_label = add_row(form, self.tr(
            "&User name:"), self.username_box, self.username)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password or app password"))
        self.show_password = QToolButton(self)
        self.show_password.setText(self.tr("Show"))
        self.show_password.setCheckable(True)
        self.show_password.setToolTip(self.tr("Show or hide the password"))
        self.show_password.setAccessibleName(self.tr("Show password"))
        self.password_box = FieldBox(self.password, self.show_password)
        self.password_label = add_row(form, self.tr("Pass&word:"), self.password_box, self.password)

        self.remember = QCheckBox(self.tr("Remember in the system &keychain"), self)
        self.remember.setToolTip(self.tr("Keep the password in the system keychain (never in SMTP "
                                 "Doctor's settings files)"))
        self.remember.setAccessibleName(self.tr("Remember password in the system keychain"))
        self.save_password = QPushButton(self.tr("Save password now"), self)
        self.save_password.setToolTip(self.tr("Save the typed password in the system keychain now, "
                                      "without waiting for a successful login"))
        form.addRow("", self.remember)
        self.keychain_status = plain_label(parent=self)
        self.keychain_status.setWordWrap(True)
        self.keychain_status.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        self.keychain_status.hide()
        keychain_row = QWidget(self)
        h = QHBoxLayout(keychain_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.keychain_status, 1)
        h.addWidget(self.save_password, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", keychain_row)

        self.provider.currentIndexChanged.connect(self._provider_chosen)
        self.preset.activated.connect(self._preset_chosen)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port.textEdited.connect(lambda _t: self.use_port.hide())
        self.use_port.clicked.connect(self._use_offered_port)
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.show_password.toggled.connect(self._toggle_password)
        self.password.textChanged.connect(self._update_save_button)
        self._previous_security = self.security_value()
        self._answered: set[tuple[str, str]] = set()  # (host, port) a run connected to
        self._auth_changed()
        for w in (self.host, self.port, self.username, self.password):
            w.textEdited.connect(self.edited)
        for c in (self.provider, self.security, self.auth):
            c.activated.connect(self.edited)
        self.oauth.changed.connect(self.edited)
        self.oauth.signed_in.connect(self._use_sign_in)
        self.remember.toggled.connect(self.edited)

    # -- values --------------------------------------------------------------------------------
    def security_value(self) -> str:
        return str(self.security.currentData())

    def auth_value(self) -> str:
        return str(self.auth.currentData())

    def values(self) -> dict[str, Any]:
        secret = self.password.text()
        xoauth = AuthMethod(self.auth_value()).is_oauth
        if xoauth and not secret:
            secret = self.oauth.access_token()  # the signed-in profile's (kept fresh)
        return {
            "provider": self.provider.currentData() or "",
            "host": self.host.text().strip(),
            "port": self.port.text().strip(),
            "security": self.security_value(),
            "auth": self.auth_value(),
            "username": self.username.text().strip(),
            "password": "" if xoauth else secret,
            "oauth_token": secret if xoauth else "",
            "remember_password": self.remember.isChecked(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self._select_provider(str(values.get("provider", "")), apply=False)
        self.host.setText(str(values.get("host", "")))
        set_combo(self.security, values.get("security", Security.STARTTLS.value))
        self._previous_security = self.security_value()
        self.port.setText(str(values.get("port", "")))
        self.use_port.hide()
        set_combo(self.auth, values.get("auth", AuthMethod.AUTO.value))
        self.username.setText(str(values.get("username", "")))
        self.remember.setChecked(bool(values.get("remember_password", False)))

    def focus_order(self) -> list[QWidget]:
        """Tab order, top to bottom (hidden or disabled ones are skipped by Qt)."""
        return [self.provider, self.preset, self.host, self.security, self.port, self.use_port,
                self.auth, *self.oauth.focus_order(), self.username, self.password,
                self.show_password, self.remember, self.save_password]

    def boxes(self) -> dict[str, FieldBox]:
        return {"host": self.host_box, "port": self.port_box, "security": self.security_box,
                "auth": self.auth_box, "username": self.username_box,
                "password": self.password_box, "oauth_token": self.password_box}

    def set_keychain_status(self, message: str) -> None:
        self.keychain_status.setText(translate("keychain", message) if message else "")
        self.keychain_status.setVisible(bool(message))

    # -- providers -----------------------------------------------------------------------------
    def set_providers(self, providers: Sequence[Any]) -> None:
        """Fill the picker (from app.core.knowledge.providers, loaded off the GUI thread)."""
        wanted = self.provider.currentData()
        self.provider.blockSignals(True)
        self._providers = {p.id: p for p in providers}
        while self.provider.count() > 1:
            self.provider.removeItem(1)
        for p in providers:
            if p.id != "custom":
                self.provider.addItem(p.name, p.id)
        self.provider.blockSignals(False)
        self._select_provider(wanted or self._pending_provider, apply=False)

    _pending_provider = ""

    def _select_provider(self, provider_id: str, apply: bool) -> None:
        self._pending_provider = provider_id
        i = self.provider.findData(provider_id or CUSTOM)
        self.provider.blockSignals(True)
        self.provider.setCurrentIndex(max(i, 0))
        self.provider.blockSignals(False)
        self._show_provider(apply=apply)

    def _provider_chosen(self) -> None:
        self._show_provider(apply=True)

    def _show_provider(self, apply: bool) -> None:
        provider = self._providers.get(self.provider.currentData() or "")
        self.preset.blockSignals(True)
        self.preset.clear()
        presets = tuple(getattr(provider, "presets", ()) or ())
        for preset in presets:
            self.preset.addItem(preset.label)
        self.preset.setVisible(len(presets) > 1)
        self.preset.setToolTip(self.preset.currentText())
        if presets and not apply:
            host, port = self.host.text().strip().lower(), self.port.text().strip()
            for i, preset in enumerate(presets):
                if preset.host.lower() == host and str(preset.port) == port:
                    self.preset.setCurrentIndex(i)
                    break
        self.preset.blockSignals(False)
        self._show_notes(provider)
        self.oauth.set_context(self.provider.currentData() or "", self.auth_value())
        if apply and presets:
            self._apply_preset(presets[0])

    def _preset_chosen(self, index: int) -> None:
        provider = self._providers.get(self.provider.currentData() or "")
        presets = tuple(getattr(provider, "presets", ()) or ())
        self.preset.setToolTip(self.preset.currentText())
        if 0 <= index < len(presets):
            self._apply_preset(presets[index])
            self.edited.emit()

    def _apply_preset(self, preset: Any) -> None:
        self.host.setText(preset.host)
        set_combo(self.security, Security(preset.security).value)
        self._previous_security = self.security_value()
        self.port.setText(str(preset.port))
        self.use_port.hide()

    def _show_notes(self, provider: Any) -> None:
        if provider is None:
            self.notes.hide()
            return
        lines = [str(n) for n in getattr(provider, "notes", ()) or ()]
        hint = getattr(provider, "auth_hint", "") or ""
        if hint:
            lines.insert(0, str(hint))
        if not lines:
            self.notes.hide()
            return
        self.notes.setText("<br>".join(self.tr("• {note}").format(
                note=html.escape(line)) for line in lines))
        self.notes.show()

    # -- behaviour -----------------------------------------------------------------------------
    def _security_changed(self) -> None:
        new = Security(self.security_value())
        old = Security(self._previous_security)
        self._previous_security = new.value
        port = self.port.text().strip()
        if not port or port == str(old.default_port):
            self.port.setText(str(new.default_port))
            self.use_port.hide()
        elif port != str(new.default_port) and not self._port_answered():
            self._offered_port = new.default_port
            self.use_port.setText(self.tr("Use port {default_port}").format(
                    default_port=new.default_port))
            self.use_port.setToolTip(self.tr("{security} usually runs on port {port}").format(
                security=security_label(new), port=new.default_port))
            self.use_port.show()
        else:
            self.use_port.hide()

    def port_answered(self, host: str, port: int) -> None:
        """A run connected to ``host`` on ``port``: no "Use port N" beside a port that works."""
        self._answered.add((host.strip().lower(), str(port)))
        if self._port_answered():
            self.use_port.hide()

    def _port_answered(self) -> bool:
        return (self.host.text().strip().lower(), self.port.text().strip()) in self._answered

    def _use_offered_port(self) -> None:
        if self._offered_port:
            self.port.setText(str(self._offered_port))
            self.use_port.hide()
            self.port.setFocus()
            self.edited.emit()

    def _auth_changed(self) -> None:
        method = self.auth_value()
        enabled = method != AuthMethod.NONE.value
        for w in (self.username, self.password, self.show_password, self.remember,
                  self.username_label, self.password_label):
            w.setEnabled(enabled)
        self._update_save_button()
        self.oauth.set_context(self.provider.currentData() or "", method)
        if AuthMethod(method).is_oauth:
            self.password_label.setText(self.tr("&Access token:"))
            self.password.setPlaceholderText(self.tr("OAuth 2 access token (or sign in above)"))
        else:
            self.password_label.setText(self.tr("Pass&word:"))
            self.password.setPlaceholderText(self.tr("Password or app password"))

    def _use_sign_in(self, account: str, sasl: str) -> None:
        """After signing in: log in with the token (the provider's mechanism) as that account."""
        if not AuthMethod(self.auth_value()).is_oauth:
            set_combo(self.auth, sasl)
        if not self.username.text().strip():
            self.username.setText(account)

    def _update_save_button(self) -> None:
        self.save_password.setEnabled(self.auth_value() != AuthMethod.NONE.value
                                      and bool(self.password.text()))

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        self.show_password.setText(self.tr("Hide") if shown else self.tr("Show"))
