"""Icons and status colours that follow the palette (light, dark or high contrast).

Every text colour the app draws meets WCAG 2.2 AAA contrast (7:1) against what it is drawn on:
the status colours against the window, the fields and the verdict banner's tint; the
transcript's colours against the field; and the palette's own text roles (placeholder, links,
selected text), which ``accessible_palette`` corrects on whatever palette the platform gives.
tests/gui/test_contrast.py computes every pair."""

from __future__ import annotations

import os
import sys
from functools import cache, lru_cache

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtWidgets import QApplication

from app.core.knowledge.resources import resource_path
from app.core.model import Status
from app.core.text.words import status_text
from app.gui.a11y import AAA_TEXT, blend, contrast, readable
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

# (light palette, dark palette): 7:1 or more against the window, the fields and the banner's tint
# of the Fusion light palette and of dark_palette() (a platform palette gets them corrected by
# status_colour when it needs).
_COLOURS = {
    Status.PASS: ("#0e4f21", "#9adda3"),
    Status.WARN: ("#5c3d00", "#ebca83"),
    Status.FAIL: ("#861319", "#fdc2bf"),
    Status.SKIPPED: ("#41464c", "#cbcfd3"),
    RUNNING: ("#054291", "#b0d1fc"),
    IDLE: ("#054291", "#b0d1fc"),
}
# How strongly the verdict banner is tinted with its status colour (light, dark).
BANNER_TINT = (0.10, 0.10)
# The transcript's colours (light, dark), 7:1 against the field.
TRANSCRIPT_COLOURS = {
    "time": ("#4a5058", "#b3b9c0"),
    "client": ("#0550ae", "#9ccfff"),
    "server": ("#0d4d20", "#7ee787"),
    "note": ("#4a5058", "#b3b9c0"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def _table_colour(status: Status | str, dark: bool) -> QColor:
    light_name, dark_name = _COLOURS.get(status, _COLOURS[IDLE])
    return QColor(dark_name if dark else light_name)


def banner_background(status: Status | str, palette: QPalette | None = None) -> QColor:
    """The verdict banner's background: the window tinted with the status colour."""
    pal = palette if palette is not None else QApplication.palette()
    dark = is_dark(pal)
    return blend(pal.color(QPalette.ColorRole.Window), _table_colour(status, dark),
                 BANNER_TINT[dark])


def status_colour(status: Status | str, palette: QPalette | None = None) -> QColor:
    """The status colour for text and marks, with 7:1 against the window, the fields and the
    banner (made darker or lighter, hue kept, when a platform palette needs it)."""
    pal = palette if palette is not None else QApplication.palette()
    grounds = (pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base),
               banner_background(status, pal))
    return QColor(_readable(_table_colour(status, is_dark(pal)).rgb(),
                            tuple(g.rgb() for g in grounds)))


def transcript_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """A transcript colour ("time", "client", "server", "note") with 7:1 against the field."""
    pal = palette if palette is not None else QApplication.palette()
    light_name, dark_name = TRANSCRIPT_COLOURS[kind]
    colour = QColor(dark_name if is_dark(pal) else light_name)
    return QColor(_readable(colour.rgb(), (pal.color(QPalette.ColorRole.Base).rgb(),)))


@lru_cache(maxsize=256)
def _readable(colour: int, grounds: tuple[int, ...]) -> int:
    return readable(QColor.fromRgb(colour), [QColor.fromRgb(g) for g in grounds],
                    AAA_TEXT).rgb()


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
        hints = getattr(app.styleHints(), "accessibility", None)  # Qt 6.10+
        if hints is not None:
            hints().contrastPreferenceChanged.connect(lambda _preference: self.apply())
        self.apply()

    def high_contrast(self) -> bool:
        """The OS asks for high contrast (Qt 6.10+ ``QAccessibilityHints``: Windows' high
        contrast themes, macOS' Increase contrast, and what a Linux platform theme reports), or
        ``$SMTP_DOCTOR_CONTRAST`` is ``high`` (where Qt cannot tell)."""
        if os.environ.get("SMTP_DOCTOR_CONTRAST", "").lower() == "high":
            return True
        hints = getattr(self.app.styleHints(), "accessibility", None)
        if hints is None:
            return False
        return bool(hints().contrastPreference() == Qt.ContrastPreference.HighContrast)

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
        if self.high_contrast() and sys.platform != "win32":
            # Windows gives the user's high-contrast theme as the palette: that one is kept.
            self.app.setPalette(high_contrast_palette(is_dark(self.app.palette())))
            self._ours = True
        fixed = accessible_palette(self.app.palette())
        if fixed != self.app.palette():
            self.app.setPalette(fixed)
            self._ours = True
        # Widgets that tint themselves with a style sheet (the verdict banner, the verification
        # warning) miss the palette-change event: tell them.
        for widget in self.app.allWidgets():
            refresh = getattr(widget, "refresh_colours", None)
            if callable(refresh):
                refresh()


# Text roles and what they are drawn on: each pair gets 7:1 (WCAG 2.2 AAA, 1.4.6).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]], ...] = (
    (QPalette.ColorRole.WindowText, (QPalette.ColorRole.Window,)),
    (QPalette.ColorRole.Text, (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)),
    (QPalette.ColorRole.ButtonText, (QPalette.ColorRole.Button,)),
    (QPalette.ColorRole.ToolTipText, (QPalette.ColorRole.ToolTipBase,)),
    # placeholder text, and the tool pages' introductions drawn in that role on the window
    (QPalette.ColorRole.PlaceholderText, (QPalette.ColorRole.Base, QPalette.ColorRole.Window)),
    (QPalette.ColorRole.Link, (QPalette.ColorRole.Base, QPalette.ColorRole.Window)),
    (QPalette.ColorRole.LinkVisited, (QPalette.ColorRole.Base, QPalette.ColorRole.Window)),
)
# Disabled controls are exempt (WCAG 1.4.6); an inactive window is still read.
TEXT_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with every text role at 7:1 against its ground (the selection's background
    darkened or lightened for its text), other colours as they were."""
    pal = QPalette(palette)
    for group in TEXT_GROUPS:
        for role, grounds in TEXT_PAIRS:
            colour = pal.color(group, role)
            fixed = readable(colour, [pal.color(group, g) for g in grounds], AAA_TEXT)
            if fixed.rgba() != colour.rgba():
                pal.setColor(group, role, fixed)
        selection = pal.color(group, QPalette.ColorRole.Highlight)
        text = pal.color(group, QPalette.ColorRole.HighlightedText)
        if contrast(text, selection) < AAA_TEXT:
            pal.setColor(group, QPalette.ColorRole.Highlight,
                         readable(selection, [text], AAA_TEXT))
    return pal


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white (or white on black, with yellow links and a cyan selection, like Windows'
    "High Contrast Black"); frames and edges in the text colour."""
    pal = QPalette()
    if dark:
        fg, bg, link, select, select_text = "#ffffff", "#000000", "#ffff00", "#1aebff", "#000000"
        disabled, tip = "#a0a0a0", "#000000"
    else:
        fg, bg, link, select, select_text = "#000000", "#ffffff", "#00009f", "#37006e", "#ffffff"
        disabled, tip = "#5c5c5c", "#ffffe1"
    roles = {
        QPalette.ColorRole.Window: bg, QPalette.ColorRole.WindowText: fg,
        QPalette.ColorRole.Base: bg, QPalette.ColorRole.AlternateBase: bg,
        QPalette.ColorRole.Text: fg, QPalette.ColorRole.Button: bg,
        QPalette.ColorRole.ButtonText: fg, QPalette.ColorRole.ToolTipBase: tip,
        QPalette.ColorRole.ToolTipText: "#000000" if not dark else fg,
        QPalette.ColorRole.PlaceholderText: fg, QPalette.ColorRole.BrightText: link,
        QPalette.ColorRole.Light: fg, QPalette.ColorRole.Midlight: fg,
        QPalette.ColorRole.Mid: fg, QPalette.ColorRole.Dark: fg,
        QPalette.ColorRole.Shadow: fg, QPalette.ColorRole.Highlight: select,
        QPalette.ColorRole.HighlightedText: select_text, QPalette.ColorRole.Link: link,
        QPalette.ColorRole.LinkVisited: link,
    }
    for role, name in roles.items():
        pal.setColor(role, QColor(name))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return pal


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
