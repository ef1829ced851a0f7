"""The desktop app in Polish (issue 19, Languages): every page at 800×600 with nothing clipped,
Advanced and the mailbox watch opened included, and every Alt+letter unique on its page and
apart from the menu bar's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

from app.gui import i18n
from tests.gui.test_languages import (  # noqa: F401  (language is a fixture)
    SIZE,
    _mnemonic,
    _plain,
    clipped,
    every_page,
    language,
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
    panel = window.panel
    for section in (panel.advanced_section, panel.watch_section):
        section.set_expanded(True)
    panel.watch.enabled.setChecked(True)
    problems = []
    for widget in (panel.advanced.proxy_remember, panel.watch.timeout):
        panel.ensureWidgetVisible(widget)
        qtbot.waitUntil(lambda w=widget: w.visibleRegion().boundingRect().height() > 0)
        problems += clipped(panel)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert _plain(panel.watch_section.header.text()) == "Po wysłaniu obserwuj skrzynkę"
    assert problems == [], "\n".join(problems)


def test_polish_keyboard_shortcuts_are_unique_on_every_page(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:  # noqa: F811
    language("pl")
    window = make_window()
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    assert menus == {"p", "e", "u", "c"}
    clashes = []
    for title, page in every_page(qtbot, window):
        seen: dict[str, list[str]] = {}
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
        texts += [bar.tabText(i) for bar in page.findChildren(QTabBar) for i in range(bar.count())]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                seen.setdefault(letter, []).append(text)
        clashes += [f"{title}: {letter} {texts}" for letter, texts in seen.items()
                    if len(texts) > 1 or letter in menus]
    assert clashes == [], "\n".join(clashes)
