"""Icons and status colours that follow the palette (light or dark)."""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import QApplication

from app.core.knowledge.resources import resource_path
from app.core.model import Status
from app.core.text.words import status_text
from app.gui.i18n import QT_TRANSLATE_NOOP, translate

RUNNING = "running"
IDLE = "idle"
# The engine's status words (app.core.text.words), marked here for lupdate: status_word
# translates them.
STATUS_WORDS_MARKED = (QT_TRANSLATE_NOOP("theme", "Passed"), QT_TRANSLATE_NOOP("theme", "Warning"),
                       QT_TRANSLATE_NOOP("theme", "Failed"), QT_TRANSLATE_NOOP("theme", "Skipped"))

STATUS_WORDS: dict[Status | str, str] = {
    **{status: status_text(status).word for status in Status},
    RUNNING: QT_TRANSLATE_NOOP("theme", "Running…"),
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


def widest_status_word(metrics: QFontMetrics) -> int:
    """The width of the longest status word in the current language (a status column's)."""
    words = [status_word(s) for s in (*Status, RUNNING)] + [translate("steps", "Cancelled")]
    return max(metrics.horizontalAdvance(word) for word in words)


def status_word(status: Status | str) -> str:
    return translate("theme", STATUS_WORDS[status]) if status in STATUS_WORDS else str(status)


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


def dark_palette() -> QPalette:
    """Fusion's dark colours, for platforms whose theme has no dark palette of its own."""
    pal = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e6e6e6")
    disabled = QColor("#808080")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#262626"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8c8c8c"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#454545"),
        QPalette.ColorRole.Midlight: QColor("#3a3a3a"),
        QPalette.ColorRole.Mid: QColor("#2a2a2a"),
        QPalette.ColorRole.Dark: QColor("#1a1a1a"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2f6fb8"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6cb6ff"),
        QPalette.ColorRole.LinkVisited: QColor("#b392f0"),
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


APPEARANCES = ("system", "light", "dark")
APPEARANCE_KEY = "appearance"


class ColorSchemeFollower:
    """Follow the OS light/dark setting, or the user's choice in Edit › Appearance.

    Where the platform theme already gives a palette that matches the colour scheme (Windows 11,
    macOS, GNOME/KDE with their Qt theme plugins) nothing is changed. Where it does not (a bare
    X11 or Wayland session, where Fusion keeps its light palette) a dark palette is applied when
    the scheme is dark, and taken back when it turns light. Where Qt cannot tell the scheme at
    all (``Unknown``), ``$SMTP_DOCTOR_COLOR_SCHEME`` (``dark`` or ``light``) decides. A choice
    of "light" or "dark" (remembered in the settings) wins over both; Qt 6.8+ is also asked to
    switch the native theme (``QStyleHints.setColorScheme``).
    """

    def __init__(self, app: QApplication, appearance: str = "system") -> None:
        self.app = app
        self._ours = False
        self.appearance = appearance if appearance in APPEARANCES else "system"
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def set_appearance(self, appearance: str) -> None:
        self.appearance = appearance if appearance in APPEARANCES else "system"
        self.apply()

    def _wanted(self) -> Qt.ColorScheme:
        if self.appearance == "light":
            return Qt.ColorScheme.Light
        if self.appearance == "dark":
            return Qt.ColorScheme.Dark
        scheme = self.app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Unknown:
            wanted = os.environ.get("SMTP_DOCTOR_COLOR_SCHEME", "").lower()
            scheme = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(
                wanted, scheme)
        return scheme

    def apply(self) -> None:
        hints = self.app.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+: the native theme follows the choice
            forced = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
            target = forced.get(self.appearance, Qt.ColorScheme.Unknown)
            if hints.colorScheme() != target or target == Qt.ColorScheme.Unknown:
                blocker = QSignalBlocker(hints)  # our own change: no apply() in a loop
                hints.setColorScheme(target)
                blocker.unblock()
        scheme = self._wanted()
        if self._ours:
            self.app.setPalette(self.app.style().standardPalette())
            self._ours = False
        if scheme == Qt.ColorScheme.Dark and not is_dark(self.app.palette()):
            self.app.setPalette(dark_palette())
            self._ours = True
        elif scheme == Qt.ColorScheme.Light and is_dark(self.app.palette()):
            self.app.setPalette(light_palette())
            self._ours = True
        # Widgets that tint themselves with a style sheet (the verdict banner, the verification
        # warning) miss the palette-change event: tell them.
        for widget in self.app.allWidgets():
            refresh = getattr(widget, "refresh_colours", None)
            if callable(refresh):
                refresh()


def light_palette() -> QPalette:
    """Fusion's light colours, for a light choice on a platform theme that is dark."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


_follower: list[ColorSchemeFollower] = []


def follower(app: QApplication | None = None) -> ColorSchemeFollower:
    """The app's one follower (made on first use, with the remembered appearance)."""
    if not _follower:
        from app.gui.settings import gui_settings

        application = app or QApplication.instance()
        assert isinstance(application, QApplication)
        choice = str(gui_settings().value(APPEARANCE_KEY, "system"))
        _follower.append(ColorSchemeFollower(application, choice))
    return _follower[0]


def set_appearance(appearance: str) -> None:
    """Apply and remember "system", "light" or "dark"."""
    from app.gui.settings import gui_settings

    follower().set_appearance(appearance)
    gui_settings().setValue(APPEARANCE_KEY, follower().appearance)
