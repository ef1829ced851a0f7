"""Help > About shows every line, also once the keyring backend is known (issue 14, defect 8)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.gui.dialogs.about import AboutDialog


def test_about_dialog_shows_its_last_line(qtbot: Any, window: Any) -> None:
    seen: dict[str, Any] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        try:
            qtbot.waitUntil(lambda: dialog.backend != "checking…", timeout=5000)
            label = dialog.text
            # the dialog lays itself out again for the longer text
            qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()),
                            timeout=2000)
            seen["needed"] = label.heightForWidth(label.width())
            seen["height"] = label.height()
            seen["inside"] = dialog.rect().contains(label.geometry())
            seen["text"] = label.text()
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    window.about_action.trigger()
    assert seen, "the About dialog did not open"
    assert "Keyring backend" in seen["text"]
    assert seen["inside"] and seen["height"] >= seen["needed"], seen
