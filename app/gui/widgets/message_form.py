"""The test message: From, To, Subject and body, with sensible defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.widgets.fields import FieldBox, add_row, make_form

DEFAULT_SUBJECT = QT_TRANSLATE_NOOP("message_form", "SMTP Doctor test message")
DEFAULT_BODY = QT_TRANSLATE_NOOP(
    "message_form",
    "This is a test message from SMTP Doctor.\nIf you can read it, sending mail works.\n")


class MessageForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = make_form(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._username = ""

        self.mail_from = QLineEdit(self)
        self.mail_from.setPlaceholderText(self.tr("your user name, if it is an address"))
        self.mail_from_box = FieldBox(self.mail_from)
        add_row(form, self.tr("Fro&m:"), self.mail_from_box, self.mail_from)

        self.rcpt_to = QLineEdit(self)
        self.rcpt_to.setPlaceholderText(self.tr("the From address"))
        self.rcpt_to_box = FieldBox(self.rcpt_to)
        add_row(form, self.tr("To:"), self.rcpt_to_box, self.rcpt_to)

        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(translate("message_form", DEFAULT_SUBJECT))
        self.subject_box = FieldBox(self.subject)
        add_row(form, self.tr("Sub&ject:"), self.subject_box, self.subject)

        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(translate("message_form", DEFAULT_BODY))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.body_box = FieldBox(self.body)
        add_row(form, self.tr("&Body:"), self.body_box, self.body)

        for w in (self.mail_from, self.rcpt_to, self.subject):
            w.textEdited.connect(self.edited)
        self.body.textChanged.connect(self.edited)

    def set_username(self, username: str) -> None:
        """Used as the default sender and recipient when it looks like an address."""
        self._username = username if "@" in username else ""
        self.mail_from.setPlaceholderText(self._username or "you@example.com")
        self.rcpt_to.setPlaceholderText(self._username or self.tr("the From address"))

    def values(self) -> dict[str, Any]:
        """Saved values: blanks stay blank (the defaults are filled in by ``run_values``)."""
        return {
            "mail_from": self.mail_from.text().strip(),
            "rcpt_to": self.rcpt_to.text().strip(),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
        }

    def run_values(self) -> dict[str, Any]:
        values = self.values()
        sender = values["mail_from"] or self._username
        values["mail_from"] = sender
        values["rcpt_to"] = values["rcpt_to"] or sender
        values["subject"] = values["subject"] or translate("message_form", DEFAULT_SUBJECT)
        values["body"] = values["body"] or translate("message_form", DEFAULT_BODY)
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        self.mail_from.setText(str(values.get("mail_from", "")))
        self.rcpt_to.setText(str(values.get("rcpt_to", "")))
        subject = str(values.get("subject", ""))
        defaults = (DEFAULT_SUBJECT, translate("message_form", DEFAULT_SUBJECT))
        self.subject.setText("" if subject in defaults else subject)
        self.body.setPlainText(str(values.get("body", "")))

    def focus_order(self) -> list[QWidget]:
        return [self.mail_from, self.rcpt_to, self.subject, self.body]

    def boxes(self) -> dict[str, FieldBox]:
        return {"mail_from": self.mail_from_box, "rcpt_to": self.rcpt_to_box,
                "subject": self.subject_box, "body": self.body_box}
