"""The mouse wheel scrolls the form, never a value the pointer happens to pass over.

Qt gives a combo box or spin box the wheel whenever the pointer is over it, even in a
scrolling form: scrolling down the connection page turned "IP version" into "IPv6 only" on
the way (seen at 800×600). Here a value changes by wheel only once its control has the
keyboard focus (clicked or tabbed to); otherwise the wheel scrolls the form around it, and
the wheel no longer moves the focus into such a control."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) \
                and not watched.hasFocus():
            area = _scroll_area(watched)
            if area is not None:
                # The form scrolls instead (its scroll bar takes the same wheel turn).
                QApplication.sendEvent(area.verticalScrollBar(), event)
                return True
        return False


_guard: WheelGuard | None = None


def install(app: QApplication) -> None:
    """Guard every combo box and spin box of ``app`` (once per application)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
