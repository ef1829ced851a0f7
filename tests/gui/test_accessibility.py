"""Accessibility inside the process (issue 19): every control on every page and dialog has a
name a screen reader can say; the run's end is put into words for the announcement; Tab walks
every dialog and the History page without a trap, in the order of the layout; the focused
control is visibly different (3:1 against its unfocused look) in light and dark.

The same app read from outside through AT-SPI: tests/gui/test_atspi.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core.model import Status
from app.gui import theme
from app.gui.a11y import NON_TEXT, contrast, label_words
from app.gui.dialogs.about import AboutDialog
from app.gui.dialogs.device_code import SignInDialog
from app.gui.dialogs.profiles import ProfilesDialog
from tests.support.gui import walk
from tests.support.samples import make_run

# Controls whose name never comes from their own text: they must be named explicitly.
NAMED_BY_US = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
               QAbstractItemView)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls under ``root`` that Tab stops on (not Qt's inner parts:
    a spin box's line edit, a scroll area's viewport, a tab widget that hands on to its bar)."""
    found = []
    for w in root.findChildren(QWidget):
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisibleTo(root):
            continue
        if not w.isEnabled() or isinstance(w, QTabWidget):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox) or (
                isinstance(parent, QAbstractScrollArea) and parent.viewport() is w):
            continue
        if isinstance(parent, QComboBox) and parent.isEditable():
            continue
        found.append(w)
    return found


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in tab_stops(root):
        face = QAccessible.queryAccessibleInterface(w)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if isinstance(w, NAMED_BY_US):
            name = w.accessibleName()
        if not name.strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(root).__name__}")
    return missing


@pytest.fixture
def every_page(window: Any) -> Any:
    window.registry.build_all()
    window.panel.advanced_section.set_expanded(True)
    window.panel.message_section.set_expanded(True)
    return window


def dialogs(window: Any) -> Iterator[QDialog]:
    for dialog in (ProfilesDialog(window.store, window.current_profile, window),
                   AboutDialog(window), SignInDialog("Microsoft", window)):
        dialog.show()
        try:
            yield dialog
        finally:
            dialog.reject()


def test_every_control_on_every_page_and_dialog_has_a_name(qtbot: Any, every_page: Any) -> None:
    window = every_page
    missing = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        missing += unnamed(window.pages.widget(index))
    for dialog in dialogs(window):
        missing += unnamed(dialog)
    assert not missing, missing


def test_a_field_is_named_after_its_label_and_a_combo_box_not_after_its_item(
        qtbot: Any, window: Any) -> None:
    server = window.panel.server
    assert server.host.accessibleName() == "Server"
    assert server.password.accessibleName() == "Password"
    assert server.security.accessibleName() == "Security"  # not "STARTTLS"
    assert label_words("Pass&word:") == "Password" and label_words("R&&D:") == "R&D"


def test_the_end_of_a_run_is_put_into_words_worst_first(qtbot: Any, window: Any) -> None:
    banner = window.results.banner
    run = make_run(Status.FAIL, auth_status=Status.FAIL)
    banner.set_result(run)
    said = banner.announcement(run)
    lines = said.splitlines()
    assert lines[0] == f"Problem found: {run.verdict}"
    assert lines[1] == "Failed, Log in (AUTH): Logged in"  # the step's title and summary
    assert len(lines) == 2  # passed steps are not read out
    assert banner.accessibleDescription() == lines[0]  # what the banner says when focused


def test_tab_walks_every_dialog_without_a_trap_in_layout_order(qtbot: Any,
                                                               window: Any) -> None:
    for dialog in dialogs(window):
        qtbot.waitExposed(dialog)
        stops = reading_order(tab_stops(dialog))
        assert stops, type(dialog).__name__
        forward = walk(qtbot, stops[0])
        assert set(stops) <= set(forward), (type(dialog).__name__, stops, forward)
        assert forward == reading_order(forward), type(dialog).__name__
        backward = walk(qtbot, stops[0], backwards=True)
        assert backward[1:] == list(reversed(forward[1:]))


def test_tab_walks_the_history_page(qtbot: Any, window: Any) -> None:
    page = window.registry.show("history")
    stops = tab_stops(page)
    forward = walk(qtbot, page.profile)
    assert set(stops) <= set(forward), [type(w).__name__ for w in set(stops) - set(forward)]


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, then left to right (a row: the widgets whose tops share a 12 px band)."""
    def key(w: QWidget) -> tuple[int, int]:
        top = w.mapToGlobal(w.rect().topLeft())
        return top.y() // 12, top.x()
    return sorted(widgets, key=key)


# -- visible focus -------------------------------------------------------------------------------

def _image(widget: QWidget) -> QImage:
    """The control and 4 px around it, as the window paints it (a focus ring may be drawn
    outside the control, over its parent)."""
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
    return window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def focus_indicator(qtbot: Any, widget: QWidget) -> tuple[int, float]:
    """How many pixels change when ``widget`` takes the focus from the keyboard (Shift+Tab back
    to it), and the best contrast of a changed pixel against its unfocused self (WCAG 2.4.13
    asks at least 3:1)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)  # away with the keyboard…
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=2000)
    before = _image(widget)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # …and back
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    after = _image(widget)
    changed, best = 0, 1.0
    for y in range(min(before.height(), after.height())):
        for x in range(min(before.width(), after.width())):
            a, b = before.pixel(x, y), after.pixel(x, y)
            if a != b:
                ratio = contrast(QColor(a), QColor(b))
                if ratio >= NON_TEXT:
                    changed += 1
                best = max(best, ratio)
    return changed, best


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_focused_control_is_visibly_marked(qtbot: Any, window: Any,
                                               appearance: str) -> None:
    theme.follower().set_appearance(appearance)
    try:
        QApplication.processEvents()
        server, results = window.panel.server, window.results
        controls = {"line edit": server.host, "combo box": server.security,
                    "push button": window.action_buttons["ehlo"],
                    "check box": window.panel.server.remember, "step list": results.steps,
                    "tab": window.pages.tabBar()}
        weak = {}
        for kind, widget in controls.items():
            changed, best = focus_indicator(qtbot, widget)
            # at least the perimeter of a 1 px line around a quarter of the control
            needed = (widget.width() + widget.height()) // 2
            if changed < needed:
                weak[kind] = (changed, needed, round(best, 2))
        assert not weak, weak
    finally:
        theme.follower().set_appearance("system")
