"""The device-code dialog opens only web addresses: the address comes from the sign-in server."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from app.core.oauth import DeviceCode
from app.gui.dialogs.device_code import SignInDialog


class _Opened(QObject):
    """A URL handler for one scheme: records what Qt would have handed to the system."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.mark.parametrize(("uri", "opens"), [
    ("https://login.example.test/device", True),
    ("ms-msdt:/id PCWDiagnostic /skip force", False),
    ("file:///etc/passwd", False),
])
def test_open_button_only_opens_web_addresses(qtbot: Any, uri: str, opens: bool) -> None:
    scheme = QUrl(uri).scheme()
    handler = _Opened()
    QDesktopServices.setUrlHandler(scheme, handler, "open")
    try:
        dialog = SignInDialog("Microsoft")
        qtbot.addWidget(dialog)
        dialog.show_device_code(DeviceCode("ABCD-EFGH", uri, 900.0))
        assert dialog.url.text() == uri  # still shown, to read or copy
        assert dialog.open_button.isEnabled() is opens
        dialog.open_button.setEnabled(True)  # even if pressed somehow, nothing opens
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert handler.urls == ([QUrl(uri).toString()] if opens else [])
    finally:
        QDesktopServices.unsetUrlHandler(scheme)
