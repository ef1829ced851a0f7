"""The desktop app in Polish (issue 19, Languages): every page at 800×600 with nothing clipped,
Advanced and the mailbox watch opened included, and every Alt+letter unique on its page and
apart from the menu bar's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.gui import i18n
from tests.gui.test_languages import (  # noqa: F401  (language is a fixture)
    SIZE,
    _mnemonic,
    _plain,
    clipped,
    every_page,
    language,
    sections_opened_clip,
    shortcut_clashes,
    window_at_800x600,
)


def test_polish_window_is_polish_and_nothing_clips_at_800x600(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:  # noqa: F811
    language("pl")
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()
    menus = [_plain(a.text()) for a in window.menuBar().actions()]
    assert menus == ["Plik", "Edycja", "Uruchom", "Pomoc"]
    problems, titles = [], []
    for title, page in every_page(qtbot, window):
        titles.append(title)
        problems += [f"{title}: {p}" for p in clipped(page)]
    problems += clipped(window.menuBar())
    assert titles[:4] == ["Test połączenia", "Porty", "Czy to moja sieć?", "Znajdź ustawienia"]
    assert problems == [], "\n".join(problems)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    assert any(path.endswith("qtbase_pl.qm") for path in i18n.installed_files())


def test_polish_sections_opened_still_fit_800x600(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:  # noqa: F811
    language("pl")
    window = window_at_800x600(qtbot, make_window)
    problems = sections_opened_clip(qtbot, window)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert _plain(window.panel.watch_section.header.text()) == "Po wysłaniu obserwuj skrzynkę"
    assert problems == [], "\n".join(problems)


def test_polish_keyboard_shortcuts_are_unique_on_every_page(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:  # noqa: F811
    language("pl")
    window = make_window()
    assert {_mnemonic(a.text()) for a in window.menuBar().actions()} == {"p", "e", "u", "c"}
    clashes = shortcut_clashes(qtbot, window)
    assert clashes == [], "\n".join(clashes)
