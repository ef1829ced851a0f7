"""The mouse wheel over the connection form scrolls the form; it changes a combo box only
once the person has picked that combo box (it has the focus)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_combo_scrolls_the_form_not_the_value(make_window: Any,
                                                                      qtbot: Any) -> None:
    window = make_window(resize=False)
    window.resize(800, 600)
    panel = window.panel
    panel.advanced_section.set_expanded(True)
    combo = panel.advanced.ip_version
    panel.ensureWidgetVisible(combo)
    qtbot.waitUntil(combo.isVisible)
    window.panel.setFocus()
    bar = panel.verticalScrollBar()
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 3)
    before_value, before_scroll = combo.currentIndex(), bar.value()

    _wheel_down(combo)

    assert combo.currentIndex() == before_value, "the wheel changed a value it only passed over"
    assert bar.value() > before_scroll, "the form did not scroll"
    assert not combo.hasFocus(), "the wheel moved the focus into the combo box"


def test_wheel_changes_the_combo_the_person_picked(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.panel.advanced_section.set_expanded(True)
    combo = window.panel.advanced.ip_version
    window.panel.ensureWidgetVisible(combo)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()

    _wheel_down(combo)

    assert combo.currentIndex() != before
