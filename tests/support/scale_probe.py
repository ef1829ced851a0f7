"""Opens the main window (every page, the Advanced and Test message sections open) and the
dialogs on the offscreen platform's configured screen and prints, as JSON, every label, button,
check box and tab whose text does not fit its widget (QFontMetrics against the widget's
geometry). Run by tests/gui/test_scaling.py in a fresh process, with QT_SCALE_FACTOR set before
the QApplication starts. With ``SMTP_DOCTOR_SHOTS=DIR`` it also saves a PNG of each page."""

from __future__ import annotations

import json
import os
import re
import sys

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)


def _plain(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def clipped(root: QWidget, where: str) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.textFormat().name == "RichText" or w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + 1:
                    found.append(f"{where}: label {w.text()[:40]!r} needs {need_h} px high, "
                                 f"has {w.height()}")
            else:
                width = max(fm.horizontalAdvance(line) for line in _plain(w.text()).split("\n"))
                room = w.contentsRect().width() - 2 * w.margin() - w.indent() * (w.indent() > 0)
                if width > room + 1:
                    found.append(f"{where}: label {w.text()[:40]!r} needs {width} px, has {room}")
        elif isinstance(w, (QCheckBox, QRadioButton)) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                found.append(f"{where}: {type(w).__name__} {w.text()!r} needs "
                             f"{w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QAbstractButton) and w.text():
            width = fm.horizontalAdvance(_plain(w.text()))
            if width > w.width() - 4:
                found.append(f"{where}: button {w.text()!r} needs {width} px, has {w.width()}")
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            width = fm.horizontalAdvance(w.placeholderText())
            option = QStyleOptionFrame()
            w.initStyleOption(option)
            contents = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w)
            margins = w.textMargins()
            room = contents.width() - margins.left() - margins.right() - 2 * 2  # Qt's 2 px
            if width > room:
                found.append(f"{where}: placeholder {w.placeholderText()!r} needs {width} px, "
                             f"has {room}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                width = fm.horizontalAdvance(_plain(w.tabText(i)))
                if w.tabRect(i).width() and width > w.tabRect(i).width() - 4:
                    found.append(f"{where}: tab {w.tabText(i)!r} needs {width} px, "
                                 f"has {w.tabRect(i).width()}")
    return found


def main() -> None:
    app = QApplication(sys.argv[:1])
    from app.gui.dialogs.about import AboutDialog
    from app.gui.dialogs.profiles import ProfilesDialog
    from app.gui.main_window import MainWindow

    shots = os.environ.get("SMTP_DOCTOR_SHOTS", "")
    window = MainWindow()
    window.show()
    window.registry.build_all()
    window.panel.advanced_section.set_expanded(True)
    window.panel.message_section.set_expanded(True)
    for _ in range(20):
        app.processEvents()
    problems: list[str] = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        title = window.pages.tabText(index)
        problems += clipped(window.pages.widget(index), title)
        if shots:
            window.grab().save(os.path.join(shots, f"page{index}.png"))
    problems += clipped(window.menuBar(), "menu bar")
    problems += clipped(window.pages.tabBar(), "page tabs")
    for dialog in (ProfilesDialog(window.store, window.current_profile, window),
                   AboutDialog(window)):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        problems += clipped(dialog, type(dialog).__name__)
        if shots:
            dialog.grab().save(os.path.join(shots, f"{type(dialog).__name__}.png"))
        dialog.reject()
    screen = window.screen()
    json.dump({"logical": [screen.size().width(), screen.size().height()],
               "dpr": screen.devicePixelRatio(),
               "window": [window.width(), window.height()],
               "problems": problems}, sys.stdout)
    window.close()


if __name__ == "__main__":
    main()
