"""While a sign-in waits for the user: the device code (with Copy and Open browser) or the
browser's address, a countdown, and Cancel. The dialog only shows; the sign-in runs in a worker
(app/gui/widgets/oauth_signin.py) and Cancel cancels its token."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.oauth import BrowserOpened, DeviceCode
from app.gui.i18n import translate

from ..widgets.plain import plain_label

#: The only links the Open button hands to the system: the address comes from the sign-in
#: server, and another scheme (file:, ms-msdt:, a custom handler) would start a local program.
WEB_SCHEMES = ("http", "https")


def countdown_text(seconds_left: float) -> str:
    left = max(0, int(seconds_left))
    return translate("device_code", "Waiting for you to sign in… {time} left").format(
        time=f"{left // 60}:{left % 60:02d}")


class SignInDialog(QDialog):
    """Non-modal to the event loop (``open()``): the window keeps painting while it waits."""

    cancelled = Signal()

    def __init__(self, provider_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in with {provider_name}").format(
                provider_name=provider_name))
        self.setModal(True)
        # Wide enough from the start for the code, the address and "… 14:59 left": the dialog is
        # laid out while it still says "Starting…", and word-wrapped labels don't widen it later.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            countdown_text(59 * 60 + 59) + "MMMMMMMM"))
        layout = QVBoxLayout(self)
        self.heading = plain_label(self.tr("Starting the sign-in with {provider_name}…").format(
                provider_name=provider_name), self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.code = QLineEdit(self)
        self.code.setReadOnly(True)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("Sign-in code"))
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        self.code.hide()
        layout.addWidget(self.code)

        self.url = plain_label("", self)
        self.url.setWordWrap(True)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.url)

        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.copy_button = QPushButton(self.tr("&Copy code"), self)
        self.open_button = QPushButton(self.tr("&Open browser"), self)
        h.addWidget(self.copy_button)
        h.addWidget(self.open_button)
        h.addStretch(1)
        self.copy_button.setEnabled(False)
        self.open_button.setEnabled(False)
        layout.addWidget(row)

        self.countdown = plain_label("", self)
        self.countdown.setAccessibleName(self.tr("Time left"))
        layout.addWidget(self.countdown)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._link = ""
        self._copy_text = ""
        self.copy_button.clicked.connect(self._copy)
        self.open_button.clicked.connect(self._open)

    def show_device_code(self, event: DeviceCode) -> None:
        self.heading.setText(self.tr("On any device, open the address below and enter this code. "
                             "Then sign in with your Microsoft account."))
        self.code.setText(event.user_code)
        self.code.show()
        self._show(event.verification_uri, event.user_code, self.tr("&Copy code"), event.expires_in)
        self.copy_button.setFocus()

    def show_browser(self, event: BrowserOpened) -> None:
        self.heading.setText(self.tr(
            "Sign in in your browser; SMTP Doctor continues by itself when you "
                             "are done. If no browser window opened, open this address:"))
        self.code.hide()
        self._show(event.url, event.url, self.tr("&Copy link"), event.expires_in)

    def _show(self, link: str, copy_text: str, copy_label: str, expires_in: float) -> None:
        self.url.setText(link)
        self._link = link
        self._copy_text = copy_text
        self.copy_button.setText(copy_label)
        self.copy_button.setEnabled(True)
        self.open_button.setEnabled(_is_web(link))
        self.set_seconds_left(expires_in)
        self.adjustSize()  # the new heading may wrap onto more lines than "Starting…" did

    def set_seconds_left(self, seconds: float) -> None:
        self.countdown.setText(countdown_text(seconds))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._copy_text)

    def _open(self) -> None:
        if _is_web(self._link):
            QDesktopServices.openUrl(QUrl(self._link))

    def reject(self) -> None:
        self.cancelled.emit()
        super().reject()


def _is_web(link: str) -> bool:
    url = QUrl(link)
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())
