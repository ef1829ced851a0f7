"""The window fits the screen it opens on (issue 14): on first start it takes its preferred size
or the screen's available area, whichever is smaller; a remembered geometry that doesn't fit the
current screen (a smaller monitor, a lower resolution) is shrunk and moved inside it."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Title bar and borders the window manager adds around a window not shown yet (then unknown).
DECORATION = QMargins(4, 30, 4, 4)


def fit_rect(geometry: QRect, available: QRect, frame: QMargins = DECORATION) -> QRect:
    """``geometry`` (the client area) shrunk and moved so that it and its frame lie inside
    ``available``."""
    room = available.marginsRemoved(frame)
    size = geometry.size().boundedTo(room.size())
    x = min(max(geometry.x(), room.left()), room.left() + room.width() - size.width())
    y = min(max(geometry.y(), room.top()), room.top() + room.height() - size.height())
    return QRect(QPoint(x, y), size)


def centred(size: QSize, available: QRect, frame: QMargins = DECORATION) -> QRect:
    """``size`` centred in ``available`` (frame included), then fitted."""
    room = available.marginsRemoved(frame)
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(room.center())
    return fit_rect(rect, available, frame)


def fit_window(window: QWidget, preferred: QSize | None = None) -> None:
    """Size ``window`` to ``preferred`` (first start) or keep its geometry, within its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = DECORATION
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                         outer.right() - inner.right(), outer.bottom() - inner.bottom())
    target = (centred(preferred, available, frame) if preferred is not None
              else fit_rect(window.geometry(), available, frame))
    if target != window.geometry():
        window.setGeometry(target)
