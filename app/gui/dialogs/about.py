"""Help > About: app, Qt, PySide, Python and OpenSSL versions, and the keyring backend."""

from __future__ import annotations

import html
import platform
import ssl
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from app import __version__
from app.core.storage import secrets
from app.core.text.words import APP_NAME
from app.gui import theme
from app.gui.i18n import translate
from app.gui.workers import run_task

from ..widgets.plain import plain_label


def version_rows(keyring_backend: str) -> list[tuple[str, str]]:
    return [
        (APP_NAME, __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        ("OpenSSL", ssl.OPENSSL_VERSION),
        (translate("about", "Keyring backend"), keyring_backend),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {APP_NAME}").format(APP_NAME=APP_NAME))
        self.icon = plain_label(parent=self)
        self.icon.setPixmap(theme.app_icon().pixmap(64, 64))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = plain_label(parent=self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setWordWrap(True)
        # A wrapped label's height depends on its width: fix the width, so the height the text
        # needs is known, and let the dialog take the size of its contents (again when the
        # keyring backend's longer line arrives), never cutting the last line.
        self.text.setFixedWidth(max(440, self.fontMetrics().averageCharWidth() * 70))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.backend = self.tr("checking…")
        self._render()
        # Asking keyring which backend it uses may touch D-Bus: never on the GUI thread.
        run_task(lambda: secrets.backend_description(timeout=3.0), self._backend_known, self)

    def _backend_known(self, result: object, error: BaseException | None) -> None:
        self.backend = str(result) if error is None else self.tr("unavailable ({error})").format(
                error=error)
        self._render()

    def _render(self) -> None:
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>" for k, v in version_rows(self.backend))
        self.text.setText(
            f"<h2>{APP_NAME}</h2><p>"
            + html.escape(self.tr("Tells you why your mail (SMTP) settings don't work and how "
                                  "to fix them."))
            + f"</p><table>{rows}</table>")
        self.text.setFixedHeight(self.text.heightForWidth(self.text.width()))
