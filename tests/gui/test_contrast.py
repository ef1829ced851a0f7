"""Contrast (issue 19): every text colour the app draws has 7:1 against what it is drawn on
(WCAG 2.2 AAA, 1.4.6), icons' shapes 3:1 against the window and their glyphs 4.5:1 against the
shape, the focus ring 3:1, in the light, dark and both high-contrast palettes, computed from the
palettes and app/gui/theme.py's colours. High contrast follows the OS (or
$SMTP_DOCTOR_CONTRAST)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.core.knowledge.resources import resource_path
from app.core.model import Status
from app.gui import theme
from app.gui.a11y import AAA_LARGE, AAA_TEXT, NON_TEXT, contrast
from app.gui.focus_ring import ring_colour

R = QPalette.ColorRole
STATUSES = [*Status, theme.RUNNING, theme.IDLE]


def palettes() -> dict[str, QPalette]:
    return {
        "light": theme.accessible_palette(theme.light_palette()),
        "dark": theme.accessible_palette(theme.dark_palette()),
        "high contrast light": theme.accessible_palette(theme.high_contrast_palette(False)),
        "high contrast dark": theme.accessible_palette(theme.high_contrast_palette(True)),
    }


def text_pairs(pal: QPalette) -> dict[str, float]:
    """Every (text, ground) pair of one palette and its contrast ratio."""
    ratios: dict[str, float] = {}
    for group in theme.TEXT_GROUPS:
        for role, grounds in theme.TEXT_PAIRS:
            for ground in grounds:
                ratios[f"{group.name} {role.name} on {ground.name}"] = contrast(
                    pal.color(group, role), pal.color(group, ground))
        ratios[f"{group.name} HighlightedText on Highlight"] = contrast(
            pal.color(group, R.HighlightedText), pal.color(group, R.Highlight))
    window, base = pal.color(R.Window), pal.color(R.Base)
    for status in STATUSES:
        colour = theme.status_colour(status, pal)
        banner = theme.banner_background(status, pal)
        for name, ground in (("window", window), ("field", base), ("banner", banner)):
            ratios[f"{status} on {name}"] = contrast(colour, ground)
        ratios[f"text on the {status} banner"] = contrast(pal.color(R.WindowText), banner)
    for kind in theme.TRANSCRIPT_COLOURS:
        ratios[f"transcript {kind}"] = contrast(theme.transcript_colour(kind, pal), base)
    return ratios


def icon_colours(name: str) -> list[QColor]:
    """The colours of an icon's shapes, in drawing order (the first is its outline or disc)."""
    svg = resource_path(f"icons/{name}").read_text(encoding="utf-8")
    found = re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{3,6})"', svg)
    return [QColor(c) for c in found]


@pytest.mark.parametrize("name", list(palettes()))
def test_every_text_colour_has_7_to_1(qtbot: Any, name: str) -> None:
    ratios = text_pairs(palettes()[name])
    weak = {k: round(v, 2) for k, v in ratios.items() if v < AAA_TEXT}
    assert not weak, weak


@pytest.mark.parametrize("name", list(palettes()))
def test_icons_and_the_focus_ring_stand_out(qtbot: Any, name: str) -> None:
    pal = palettes()[name]
    grounds = [pal.color(R.Window), pal.color(R.Base)]
    for ground in grounds:
        assert contrast(ring_colour(pal), ground) >= NON_TEXT
    for status in ("pass", "warn", "fail", "skipped", "running", "idle"):
        shape, *glyphs = icon_colours(f"status-{status}.svg")
        for ground in grounds:
            assert contrast(shape, ground) >= NON_TEXT, (status, shape.name(), ground.name())
        for glyph in glyphs:
            if glyph != shape:
                assert contrast(glyph, shape) >= AAA_LARGE, (status, glyph.name())


def test_a_platform_palette_that_falls_short_is_corrected(qtbot: Any) -> None:
    """Fusion's own light palette: grey placeholder text (3.9:1), white on its blue selection
    (3.7:1), purple visited links (3.1:1); what the app shows has 7:1 and keeps the hue."""
    fusion = theme.light_palette()
    assert contrast(fusion.color(R.PlaceholderText), fusion.color(R.Base)) < AAA_TEXT
    fixed = theme.accessible_palette(fusion)
    assert contrast(fixed.color(R.PlaceholderText), fixed.color(R.Base)) >= AAA_TEXT
    assert contrast(fixed.color(R.HighlightedText), fixed.color(R.Highlight)) >= AAA_TEXT
    assert fixed.color(R.Highlight).hslHue() == pytest.approx(
        fusion.color(R.Highlight).hslHue(), abs=3)
    # a placeholder stays lighter than the text it stands in for
    assert fixed.color(R.PlaceholderText) != fixed.color(R.Text)
    # and a pale status colour on a platform's own background is darkened to 7:1
    odd = QPalette(fixed)
    odd.setColor(R.Window, QColor("#d8d8d8"))
    assert contrast(theme.status_colour(Status.PASS, odd), odd.color(R.Window)) >= AAA_TEXT


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_app_shows_the_corrected_palette(qtbot: Any, appearance: str) -> None:
    theme.follower().set_appearance(appearance)
    try:
        ratios = text_pairs(QApplication.palette())
        assert min(ratios.values()) >= AAA_TEXT, min(ratios.items(), key=lambda kv: kv[1])
    finally:
        theme.follower().set_appearance("system")


def test_high_contrast_follows_the_setting(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    follower = theme.follower()
    monkeypatch.setenv("SMTP_DOCTOR_CONTRAST", "high")
    try:
        follower.apply()
        pal = QApplication.palette()
        assert contrast(pal.color(R.WindowText), pal.color(R.Window)) == pytest.approx(21)
        assert contrast(pal.color(R.Text), pal.color(R.Base)) == pytest.approx(21)
        assert contrast(pal.color(R.Mid), pal.color(R.Window)) == pytest.approx(21)  # edges
    finally:
        monkeypatch.delenv("SMTP_DOCTOR_CONTRAST")
        follower.apply()
    pal = QApplication.palette()
    assert contrast(pal.color(R.Mid), pal.color(R.Window)) < 21  # back to the normal look
