"""Opens the main window on the offscreen platform's configured screen and prints what a person
would see of its layout as JSON (run by tests/gui/test_layout.py in a fresh process, because the
screen's size is fixed when the QApplication starts)."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> None:
    app = QApplication(sys.argv[:1])
    from app.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    deadline = 200
    while not window.registry.done and deadline:  # the tool pages are built after the first paint
        app.processEvents()
        deadline -= 1
    app.processEvents()
    bar = window.statusBar()
    scroll = window.panel.verticalScrollBar()
    before = scroll.isVisible()
    bar.showMessage("Results copied to the clipboard.", 4000)
    app.processEvents()
    json.dump({
        "available": _rect(window.screen().availableGeometry()),
        "window": _rect(window.geometry()),
        "frame": _rect(window.frameGeometry()),
        "status_bar": _rect(bar.geometry()),
        "status_bar_visible": bar.isVisible(),
        "scroll_before": before,
        "scroll_after": scroll.isVisible(),
    }, sys.stdout)
    window.close()


if __name__ == "__main__":
    main()
