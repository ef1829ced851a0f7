"""After sending, watch a mailbox: the delivery proof's options (``app.core.checks.delivery``).

Off by default. On, "Send test email" goes on to look for the message over IMAP: in the sending
account's own mailbox unless another is given (``[imap://|imaps://][user@]host[:port]``; that
account's password is asked for here and kept for this session only, never in a profile).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from app.core.validate import MAX_TIMEOUT
from app.gui.widgets.fields import FieldBox, add_row, make_form

DEFAULT_TIMEOUT = 120


class WatchForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = make_form(self)
        form.setContentsMargins(0, 0, 0, 0)

        self.enabled = QCheckBox(self.tr("After “Send test email”, look for the message in a "
                                         "mailbox (IMAP)"), self)
        self.enabled.setToolTip(self.tr("Shows whether it arrived, in Inbox or Junk, how long "
                                        "it took, and how the receiver judged SPF, DKIM and "
                                        "DMARC."))
        self.enabled_box = FieldBox(self.enabled)
        form.addRow(self.enabled_box)

        self.mailbox = QLineEdit(self)
        self.mailbox.setPlaceholderText(self.tr("the sending account, or imaps://user@imap."
                                                "example.com"))
        self.mailbox.setToolTip(self.tr("Leave empty to watch the account that sends (its IMAP "
                                        "server is guessed from the SMTP server). imaps:// uses "
                                        "port 993, imap:// port 143 with STARTTLS."))
        self.mailbox_box = FieldBox(self.mailbox)
        add_row(form, self.tr("&Mailbox:"), self.mailbox_box, self.mailbox)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only for another account than the sender's"))
        self.password.setAccessibleName(self.tr("Mailbox password"))
        self.password_box = FieldBox(self.password)
        add_row(form, self.tr("Mailbox pass&word:"), self.password_box, self.password)

        self.timeout = QSpinBox(self)
        self.timeout.setRange(5, int(MAX_TIMEOUT))
        self.timeout.setValue(DEFAULT_TIMEOUT)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setAccessibleName(self.tr("Wait for the message up to, in seconds"))
        self.timeout_box = FieldBox(self.timeout)
        add_row(form, self.tr("Wait &up to:"), self.timeout_box, self.timeout)

        self.enabled.toggled.connect(self._sync)
        self.enabled.toggled.connect(lambda _on: self.edited.emit())
        for line in (self.mailbox, self.password):
            line.textEdited.connect(self.edited)
        self.timeout.valueChanged.connect(lambda _v: self.edited.emit())
        self._sync(False)

    def _sync(self, on: bool) -> None:
        for widget in (self.mailbox, self.password, self.timeout):
            widget.setEnabled(on)

    def values(self) -> dict[str, Any]:
        """What a profile keeps (the password never: the profile store drops it)."""
        return {"watch_enabled": self.enabled.isChecked(),
                "watch_mailbox": self.mailbox.text().strip(),
                "watch_timeout": str(self.timeout.value())}

    def run_values(self, stop_after: str) -> dict[str, Any]:
        """The engine's form keys; nothing unless the test message is sent and watching is on."""
        if stop_after != "data" or not self.enabled.isChecked():
            return {}
        return {"watch_imap": self.mailbox.text().strip() or "auto",
                "watch_timeout": str(self.timeout.value()),
                "imap_password": self.password.text()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.enabled.setChecked(bool(values.get("watch_enabled", False)))
        self.mailbox.setText(str(values.get("watch_mailbox", "")))
        try:
            self.timeout.setValue(int(float(str(values.get("watch_timeout") or
                                                DEFAULT_TIMEOUT))))
        except ValueError:
            self.timeout.setValue(DEFAULT_TIMEOUT)

    def focus_order(self) -> list[QWidget]:
        return [self.enabled, self.mailbox, self.password, self.timeout]

    def boxes(self) -> dict[str, FieldBox]:
        return {"watch_imap": self.mailbox_box, "imap_password": self.password_box,
                "watch_timeout": self.timeout_box}
