"""Advanced settings: timeouts, EHLO name, certificate checks, custom CA file, old TLS, IP version,
DNS server and proxy (both app-wide settings, not part of a profile).

"Allow old TLS" is for this session only: profiles do not save it, and choosing a profile turns it
off again (``set_values`` without the key).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.core.model import IPVersion, Status
from app.gui import theme
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.widgets.fields import FieldBox, add_row, make_form
from app.gui.widgets.server_form import set_combo

from .plain import plain_label

IP_LABELS = {
    IPVersion.AUTO: QT_TRANSLATE_NOOP("advanced", "Automatic"),
    IPVersion.V4: QT_TRANSLATE_NOOP("advanced", "IPv4 only"),
    IPVersion.V6: QT_TRANSLATE_NOOP("advanced", "IPv6 only"),
}

VERIFY_OFF_WARNING = QT_TRANSLATE_NOOP(
    "advanced",
    "⚠ Certificate checks are off: SMTP Doctor will not notice an impostor server, and a mail "
    "app set up this way is not safe. Use this only to look at a broken certificate.")


def _seconds(parent: QWidget) -> QLabel:
    label = plain_label(translate("advanced", "seconds"), parent)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class VerifyWarning(QLabel):
    """Shown whenever verification is off, even with the Advanced section collapsed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(translate("advanced", VERIFY_OFF_WARNING))
        self.setWordWrap(True)
        self.setObjectName("verifyWarning")
        self.setAccessibleName(self.tr("Warning: certificate checks are off"))
        self.refresh_colours()
        self.hide()

    def refresh_colours(self) -> None:
        colour = theme.status_colour(Status.WARN, self.palette())
        self.setStyleSheet(
            f"QLabel#verifyWarning {{ color: {colour.name()}; border: 1px solid {colour.name()};"
            " border-radius: 4px; padding: 4px 6px; }"
        )


class AdvancedForm(QWidget):
    edited = Signal()
    verify_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = make_form(self)
        form.setContentsMargins(0, 0, 0, 0)

        self.connect_timeout = QLineEdit(self)
        self.connect_timeout.setPlaceholderText("10")
        self.connect_timeout.setMaximumWidth(90)
        self.connect_timeout_box = FieldBox(self.connect_timeout, _seconds(self))
        add_row(form, self.tr("Connect timeout:"), self.connect_timeout_box, self.connect_timeout)

        self.reply_timeout = QLineEdit(self)
        self.reply_timeout.setPlaceholderText("30")
        self.reply_timeout.setMaximumWidth(90)
        self.reply_timeout_box = FieldBox(self.reply_timeout, _seconds(self))
        add_row(form, self.tr("Reply timeout:"), self.reply_timeout_box, self.reply_timeout)

        self.ehlo_name = QLineEdit(self)
        self.ehlo_name.setPlaceholderText(self.tr("this computer's name"))
        self.ehlo_name_box = FieldBox(self.ehlo_name)
        add_row(form, self.tr("EHLO name:"), self.ehlo_name_box, self.ehlo_name)

        self.verify = QCheckBox(self.tr("Verify the server's certificate"), self)
        self.verify.setChecked(True)
        self.verify_box = FieldBox(self.verify)
        form.addRow("", self.verify_box)

        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("the system's trusted certificates"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setToolTip(self.tr("Choose a CA certificate file (PEM)"))
        # Browse… under the field: beside it, a narrow form cut the field's hint (issue 19)
        self.ca_file_box = FieldBox(self.ca_file, self.browse, below=True)
        add_row(form, self.tr("CA file:"), self.ca_file_box, self.ca_file)

        self.allow_old_tls, self.allow_old_tls_box = self._option(
            form, self.tr("Allow old TLS 1.0/1.1 (insecure)"), False,
            self.tr(
                "Only for a device you can't update: if the server offers nothing newer than TLS "
            "1.0/1.1, log in and send over it anyway. This exposes your password."))
        self.aia_fetch, self.aia_fetch_box = self._option(
            form, self.tr("Fetch missing intermediate (AIA)"), True,
            self.tr(
                "When the server's certificate can't be verified, download the issuer named in it "
            "(over HTTP) to prove that the server doesn't send its intermediate certificate."))

        self.ip_version = QComboBox(self)
        for value, label in ((v, translate("advanced", t)) for v, t in IP_LABELS.items()):
            self.ip_version.addItem(label, value.value)
        self.ip_version_box = FieldBox(self.ip_version)
        add_row(form, self.tr("&IP version:"), self.ip_version_box, self.ip_version)

        # The app-wide DNS server (app/gui/dns_setting.py binds it): not part of a profile.
        self.nameserver = QLineEdit(self)
        self.nameserver.setObjectName("dnsServer")
        self.nameserver.setPlaceholderText(self.tr("the system's"))
        self.nameserver_box = FieldBox(self.nameserver)
        add_row(form, self.tr("DNS server:"), self.nameserver_box, self.nameserver)

        # The app-wide proxy (app/gui/proxy_setting.py binds these): not part of a profile.
        self.proxy = QLineEdit(self)
        self.proxy.setObjectName("proxy")
        self.proxy_box = FieldBox(self.proxy)
        add_row(form, self.tr("Proxy:"), self.proxy_box, self.proxy)
        self.proxy_password = QLineEdit(self)
        self.proxy_password.setObjectName("proxyPassword")
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password_box = FieldBox(self.proxy_password)
        add_row(form, self.tr("Proxy password:"), self.proxy_password_box, self.proxy_password)
        self.proxy_remember = QCheckBox(self.tr("Remember in the system keychain"), self)
        self.proxy_remember.setToolTip(self.tr(
            "Saved in the system keychain after a run in which the proxy accepted it, never "
            "after one it refused."))
        self.proxy_remember_box = FieldBox(self.proxy_remember)
        form.addRow("", self.proxy_remember_box)
        self.proxy_status = plain_label(parent=self)
        self.proxy_status.setWordWrap(True)
        self.proxy_status.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.proxy_status.hide()
        form.addRow("", self.proxy_status)

        self.browse.clicked.connect(self._browse)
        self.verify.toggled.connect(self.verify_changed)
        self.verify.toggled.connect(self.edited)
        self.allow_old_tls.toggled.connect(self.edited)
        self.aia_fetch.toggled.connect(self.edited)
        for w in (self.connect_timeout, self.reply_timeout, self.ehlo_name, self.ca_file,
                  self.nameserver, self.proxy):
            w.textEdited.connect(self.edited)
        self.ip_version.activated.connect(self.edited)

    def _option(self, form: QFormLayout, text: str, checked: bool,
                tip: str) -> tuple[QCheckBox, FieldBox]:
        """A checkbox on a row of its own, with the box that shows its messages."""
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.setToolTip(tip)
        field_box = FieldBox(box)
        form.addRow("", field_box)
        return box, field_box

    def values(self) -> dict[str, Any]:
        """The form's values (``nameserver`` is the app's setting: ``set_values`` leaves it)."""
        return {
            "connect_timeout": self.connect_timeout.text().strip(),
            "reply_timeout": self.reply_timeout.text().strip(),
            "ehlo_name": self.ehlo_name.text().strip(),
            "verify_tls": self.verify.isChecked(),
            "ca_file": self.ca_file.text().strip(),
            "allow_old_tls": self.allow_old_tls.isChecked(),
            "aia_fetch": self.aia_fetch.isChecked(),
            "ip_version": str(self.ip_version.currentData()),
            "nameserver": self.nameserver.text().strip(),
            "proxy": self.proxy.text().strip(),
            "proxy_password": self.proxy_password.text(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.connect_timeout.setText(str(values.get("connect_timeout", "10")))
        self.reply_timeout.setText(str(values.get("reply_timeout", "30")))
        self.ehlo_name.setText(str(values.get("ehlo_name", "")))
        self.verify.setChecked(bool(values.get("verify_tls", True)))
        self.ca_file.setText(str(values.get("ca_file", "")))
        self.allow_old_tls.setChecked(bool(values.get("allow_old_tls", False)))
        self.aia_fetch.setChecked(bool(values.get("aia_fetch", True)))
        set_combo(self.ip_version, values.get("ip_version", IPVersion.AUTO.value))

    def focus_order(self) -> list[QWidget]:
        return [self.connect_timeout, self.reply_timeout, self.ehlo_name, self.verify,
                self.ca_file, self.browse, self.allow_old_tls, self.aia_fetch, self.ip_version,
                self.nameserver, self.proxy, self.proxy_password, self.proxy_remember]

    def boxes(self) -> dict[str, FieldBox]:
        return {"connect_timeout": self.connect_timeout_box,
                "reply_timeout": self.reply_timeout_box, "ehlo_name": self.ehlo_name_box,
                "verify_tls": self.verify_box, "ca_file": self.ca_file_box,
                "allow_old_tls": self.allow_old_tls_box, "aia_fetch": self.aia_fetch_box,
                "ip_version": self.ip_version_box,
                "nameserver": self.nameserver_box, "proxy": self.proxy_box,
                "proxy_password": self.proxy_password_box}

    def set_proxy_status(self, message: str) -> None:
        """What the keychain holds for the proxy's password ("" hides the line)."""
        self.proxy_status.setText(message)
        self.proxy_status.setVisible(bool(message))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CA certificate file"), self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)
            self.edited.emit()
