"""Accessibility helpers: names for fields from their labels, announcements for screen readers,
and WCAG contrast arithmetic (used by the theme and its tests).

* ``name_fields(root)`` gives every field that has a buddy label and no accessible name the
  label's words (without the ``&`` mnemonic and the colon), so a screen reader says "Server,
  edit text" instead of "edit text"; a combo box is named by its label, not by its current item.
* ``announce(widget, text)`` says ``text`` to a screen reader without moving the focus:
  ``QAccessibleAnnouncementEvent`` (Qt 6.8+: AT-SPI's ``Announcement`` signal on Linux,
  UIA's notification event on Windows, ``NSAccessibilityAnnouncementRequestedNotification`` on
  macOS); on an older Qt, a name change of the widget (a live region's fallback).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def label_words(text: str) -> str:
    """A label's text as a name: no mnemonic ``&`` (``&&`` stays one ``&``), no colon."""
    words = re.sub(r"&(.)", r"\1", text).strip()
    return words[:-1].rstrip() if words.endswith(":") else words


def name_fields(root: QWidget) -> None:
    """Name every labelled field under ``root`` after its label, and a line edit's clear
    button; names set by hand are kept."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(label_words(label.text()))
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear"))


def fit_placeholders(root: QWidget) -> None:
    """Give every line edit under ``root`` room for its whole placeholder (the hint is text a
    person needs; at 200 % a narrow field would cut it)."""
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if hint:
            # the frame and Qt's text margins, and a clear button's room (its 16 px icon and
            # margins; it shows only once there is text, so the placeholder may use it)
            needed = edit.fontMetrics().horizontalAdvance(hint) + 14
            edit.setMinimumWidth(max(edit.minimumWidth(), needed))


def make_accessible(root: QWidget) -> None:
    """What every page and dialog gets once built: names from labels, whole placeholders."""
    name_fields(root)
    fit_placeholders(root)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Say ``text`` to a screen reader (the focus stays where it is)."""
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
    else:  # pragma: no cover - Qt < 6.8: a name change is what screen readers hear
        widget.setAccessibleName(text)


# -- contrast (WCAG 2.2, 1.4.6 / 1.4.11) ---------------------------------------------------------

AAA_TEXT = 7.0  # normal text
AAA_LARGE = 4.5  # large text (18 pt, or 14 pt bold) and, here, icons' glyphs
NON_TEXT = 3.0  # a control's or an icon's shape against what is around it


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    rgb = colour.toRgb()
    return (0.2126 * _channel(rgb.redF()) + 0.7152 * _channel(rgb.greenF())
            + 0.0722 * _channel(rgb.blueF()))


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio, 1 to 21, of ``fg`` drawn on the opaque ``bg`` (a translucent
    ``fg``, like Fusion's placeholder text, is laid over ``bg`` first)."""
    if fg.alpha() < 255:
        fg = blend(bg, QColor(fg.red(), fg.green(), fg.blue()), fg.alphaF())
    la, lb = luminance(fg), luminance(bg)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable(fg: QColor, grounds: list[QColor], ratio: float) -> QColor:
    """``fg`` made darker (on light grounds) or lighter (on dark ones), hue kept, until it has
    ``ratio`` against every ground; unchanged when it has it already."""
    if all(contrast(fg, g) >= ratio for g in grounds):
        return QColor(fg)
    # a translucent colour starts from how it looks on the first ground
    colour = (blend(grounds[0], QColor(fg.red(), fg.green(), fg.blue()), fg.alphaF())
              if fg.alpha() < 255 else QColor(fg))
    darken = sum(luminance(g) for g in grounds) / len(grounds) > 0.18
    hue, sat, light = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    for _ in range(100):
        light = max(0.0, light - 0.01) if darken else min(1.0, light + 0.01)
        colour = QColor.fromHslF(max(hue, 0.0), sat, light)
        if all(contrast(colour, g) >= ratio for g in grounds) or light in (0.0, 1.0):
            break
    return colour


def blend(base: QColor, tint: QColor, alpha: float) -> QColor:
    """``tint`` laid over ``base`` at opacity ``alpha``."""
    b, t = base.toRgb(), tint.toRgb()
    return QColor(round(b.red() * (1 - alpha) + t.red() * alpha),
                  round(b.green() * (1 - alpha) + t.green() * alpha),
                  round(b.blue() * (1 - alpha) + t.blue() * alpha))
