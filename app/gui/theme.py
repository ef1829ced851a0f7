"""Icons and status colours that follow the palette (light or dark)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import QApplication

from app.core.model import Status
from app.core.resources import resource_path

RUNNING = "running"
IDLE = "idle"

STATUS_WORDS = {
    Status.PASS: "Passed",
    Status.WARN: "Warning",
    Status.FAIL: "Failed",
    Status.SKIPPED: "Skipped",
    RUNNING: "Running…",
    IDLE: "",
}

# (light palette, dark palette)
_COLOURS = {
    Status.PASS: ("#1a7f37", "#3fb950"),
    Status.WARN: ("#9a6700", "#d29922"),
    Status.FAIL: ("#cf222e", "#f85149"),
    Status.SKIPPED: ("#6e7781", "#8b949e"),
    RUNNING: ("#0969da", "#4493f8"),
    IDLE: ("#0969da", "#4493f8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(status: Status | str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS.get(status, _COLOURS[IDLE])
    return QColor(dark if is_dark(palette) else light)


def status_word(status: Status | str) -> str:
    return STATUS_WORDS.get(status, str(status))


def _icon_name(status: Status | str) -> str:
    value = status.value if isinstance(status, Status) else status
    return f"status-{value}.svg"


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (scales for HiDPI)."""
    return QIcon(str(resource_path(f"icons/{name}")))


def status_icon(status: Status | str) -> QIcon:
    return icon(_icon_name(status))


def app_icon() -> QIcon:
    return icon("app.svg")


@cache
def spinner_frames(size: int = 16, dpr: float = 1.0, count: int = 12) -> tuple[QPixmap, ...]:
    """The running icon turned in ``count`` steps: a busy indicator for a list row."""
    base = icon("status-running.svg").pixmap(QSize(size, size), dpr)
    frames = []
    for i in range(count):
        pix = QPixmap(base.size())
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        centre = size / 2
        painter.setTransform(
            QTransform().translate(centre, centre).rotate(360 * i / count)
            .translate(-centre, -centre)
        )
        painter.drawPixmap(0, 0, base)
        painter.end()
        frames.append(pix)
    return tuple(frames)
