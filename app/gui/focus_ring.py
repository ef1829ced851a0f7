"""A focus ring that every style shows: a 2 px line around the control that has the keyboard
focus, in a colour with at least 3:1 contrast against the window and the fields (WCAG 2.2,
2.4.7 and 2.4.13). Platform styles mark focus faintly or not at all on some controls (Fusion
tints a combo box's edge at about 2.3:1, a push button not at all), so one ring follows the
focus over the whole app and draws itself; the style's own marks stay.

The ring is a transparent child laid over the focused control's own edge (inside it: a
``QFocusFrame`` draws outside the control, where a form row's parent clips it away), so it
moves, scrolls and hides with the control by itself."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.gui.a11y import NON_TEXT, contrast

WIDTH = 2
# Controls that get the ring (a label or a chart taking the focus keeps the style's own mark).
RINGED = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
          QAbstractItemView, QTabBar)


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight when it stands out 3:1 from both the window and the fields,
    else the text colour (the strongest contrast the palette has)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    grounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    if all(contrast(highlight, g) >= NON_TEXT for g in grounds):
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def target(self) -> QWidget | None:
        return self._target

    def follow(self, widget: QWidget | None) -> None:
        target = widget
        if target is not None and isinstance(target.parentWidget(), (QAbstractSpinBox,
                                                                     QComboBox)):
            target = target.parentWidget()  # the spin box, not its inner line edit
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        if target is None or not isinstance(target, RINGED) or target.isWindow():
            self._target = None
            self.hide()
            return
        self._target = target
        self.setParent(target)
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Resize,
                                                         QEvent.Type.ChildAdded):
            self.setGeometry(self._target.rect())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        widget = self._target
        if widget is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ring_colour(widget.palette()), WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class _Follower:
    """Moves the ring to each newly focused control. The ring is the control's child, so it goes
    when that control goes: a new one is made when the old one is gone."""

    def __init__(self) -> None:
        self.ring: FocusRing | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.ring is None or not shiboken6.isValid(self.ring):
            if widget is None:
                return
            self.ring = FocusRing()
        self.ring.follow(widget)


_follower: list[_Follower] = []


def install() -> None:
    """Follow ``QApplication.focusChanged`` with the ring (once per application)."""
    if not _follower:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        follower = _Follower()
        app.focusChanged.connect(lambda _old, new: follower.follow(new))
        _follower.append(follower)


def current() -> FocusRing | None:
    """The ring, while one is shown."""
    ring = _follower[0].ring if _follower else None
    return ring if ring is not None and shiboken6.isValid(ring) and ring.isVisible() else None
