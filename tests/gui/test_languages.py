"""The desktop app in German and in the pseudo-locale (issue 19, Languages): real windows on the
offscreen platform, every page shown at 800×600, every visible label and button checked by
geometry against the width its text needs (QFontMetrics), the pseudo-locale showing that no
visible word escaped translation, Qt's own dialog words from qtbase_de, the Language menu
remembered, and a German run against a real loopback port."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeout

from app.core.knowledge.providers import all_providers
from app.core.text import i18n as core_i18n
from app.gui import i18n
from app.gui.models.steps import COL_STATUS
from tests.support.gui import fill, run

SIZE = QSize(800, 600)


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Switch the app's translators (as a start in that language would); English afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, core_i18n.SOURCE)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Visible single-line labels narrower than their text, and buttons narrower than their
    size hint (text, icon and the style's margins)."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text().strip():
            continue
        text = _plain(widget.text())
        if isinstance(widget, QLabel):
            if widget.wordWrap() or "\n" in text or widget.textFormat().name == "RichText":
                continue
            need, have = widget.fontMetrics().horizontalAdvance(text), \
                widget.contentsRect().width()
        else:
            need, have = widget.sizeHint().width(), widget.width()
        if need > have:
            found.append(f"{type(widget).__name__} {text!r}: needs {need}, has {have}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible() and not bar.usesScrollButtons():
            for i in range(bar.count()):
                if bar.tabSizeHint(i).width() > bar.tabRect(i).width():
                    found.append(f"tab {bar.tabText(i)!r}")
    return found


def every_page(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    tabs = window.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda i=index: tabs.currentIndex() == i and tabs.widget(i).isVisible())
        yield tabs.tabText(index), tabs.widget(index)


def clipped_on_every_page(qtbot: Any, window: Any) -> tuple[list[str], list[str]]:
    """The tab titles, and what clips on each page and in the menu bar."""
    problems = []
    titles = []
    for title, page in every_page(qtbot, window):
        titles.append(title)
        problems += [f"{title}: {p}" for p in clipped(page)]
    return titles, problems + clipped(window.menuBar())


def window_at_800x600(qtbot: Any, make_window: Any) -> Any:
    window = make_window(resize=False)
    window.resize(SIZE)
    qtbot.waitUntil(lambda: window.size() == SIZE or window.size().width() > SIZE.width())
    return window


def test_german_window_is_german_and_nothing_clips_at_800x600(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    language("de")
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()  # German fits the smallest screen
    menus = [_plain(a.text()) for a in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Ausführen", "Hilfe"]
    titles, problems = clipped_on_every_page(qtbot, window)
    assert titles[:4] == ["Verbindungstest", "Ports", "Liegt es an meinem Netz?",
                          "Einstellungen finden"]
    assert problems == [], "\n".join(problems)
    # Qt's own words in standard dialogs and buttons come from qtbase_de.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert any(path.endswith("qtbase_de.qm") for path in i18n.installed_files())


def settled(qtbot: Any, window: Any) -> None:
    """Wait until the splitter has given the settings panel the width its opened sections need
    (the label column widens with them; the splitter follows on the next layout pass)."""
    panel = window.panel

    def done() -> bool:
        QCoreApplication.sendPostedEvents()  # the layout requests of the opened sections first
        return bool(panel.width() >= panel.minimumSizeHint().width())

    qtbot.waitUntil(done)


def sections_opened_clip(qtbot: Any, window: Any) -> list[str]:
    """Advanced (with the proxy) and the mailbox watch opened: what clips as they scroll into
    view (any language)."""
    panel = window.panel
    for section in (panel.advanced_section, panel.watch_section):
        section.set_expanded(True)
    panel.watch.enabled.setChecked(True)
    settled(qtbot, window)
    problems = []
    for widget in (panel.advanced.proxy_remember, panel.watch.timeout):
        panel.ensureWidgetVisible(widget)
        qtbot.waitUntil(lambda w=widget: w.visibleRegion().boundingRect().height() > 0)
        problems += clipped(panel)
    return problems


def test_german_sections_opened_still_fit_800x600(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """Advanced (with the proxy) and the mailbox watch, opened, keep the German window at
    800×600, and no label or button in them is cut as they scroll into view."""
    language("de")
    window = window_at_800x600(qtbot, make_window)
    problems = sections_opened_clip(qtbot, window)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert _plain(window.panel.watch_section.header.text()) == \
        "Nach dem Senden ein Postfach beobachten"
    assert problems == [], "\n".join(problems)


def test_italian_window_is_italian_and_nothing_clips_at_800x600(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """Italian, with Advanced and the mailbox watch opened too, fits the smallest screen."""
    language("it")
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()
    menus = [_plain(a.text()) for a in window.menuBar().actions()]
    assert menus == ["File", "Modifica", "Esegui", "Guida"]
    titles, problems = clipped_on_every_page(qtbot, window)
    assert titles[:4] == ["Test connessione", "Porte", "È la mia rete?", "Trova impostazioni"]
    window.findChild(QTabWidget).setCurrentIndex(0)
    problems += sections_opened_clip(qtbot, window)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert window.minimumSizeHint().width() <= SIZE.width(), window.minimumSizeHint()
    assert problems == [], "\n".join(problems)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shortcut_clashes(qtbot: Any, window: Any) -> list[str]:
    """Alt+letters used twice on a page, or also by a menu of the menu bar (any language)."""
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    clashes = []
    for title, page in every_page(qtbot, window):
        clashes += _shortcut_clashes(title, page, menus)
    return clashes


def test_german_keyboard_shortcuts_are_unique_on_every_page(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """Alt+letter reaches one control per page, and none that a menu of the menu bar takes
    (a translation picks its own letters; two alike would make both dead)."""
    language("de")
    clashes = shortcut_clashes(qtbot, make_window())
    assert clashes == [], "\n".join(clashes)


@pytest.mark.parametrize("code", [code for code in core_i18n.shipped_languages()
                                  if code != core_i18n.SOURCE])
def test_every_language_fits_800x600_with_unique_shortcuts(
        qtbot: Any, make_window: Any, language: Callable[[str], None], code: str) -> None:
    """Each shipped translation: the menus are translated, no label, button or tab clips at
    800×600 (the Advanced and mailbox-watch sections opened too), and no two controls of a
    page share an Alt+letter."""
    language(code)
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert [_plain(a.text()) for a in window.menuBar().actions()] != ["File", "Edit", "Run",
                                                                      "Help"]
    problems = clipped(window.menuBar())
    for title, page in every_page(qtbot, window):
        problems += [f"{title}: {p}" for p in clipped(page)]
    window.findChild(QTabWidget).setCurrentIndex(0)
    panel = window.panel
    for section in (panel.advanced_section, panel.watch_section):
        section.set_expanded(True)
    panel.watch.enabled.setChecked(True)
    settled(qtbot, window)
    for widget in (panel.advanced.proxy_remember, panel.watch.timeout):
        panel.ensureWidgetVisible(widget)
        qtbot.waitUntil(lambda w=widget: w.visibleRegion().boundingRect().height() > 0)
        problems += clipped(panel)
    assert window.size() == SIZE, window.minimumSizeHint()
    assert problems == [], "\n".join(problems)
    clashes = shortcut_clashes(qtbot, window)
    assert clashes == [], "\n".join(clashes)


def _shortcut_clashes(title: str, page: QWidget, menus: set[str | None]) -> list[str]:
    """The Alt letters of ``page`` that two controls share, or that a menu of the bar takes."""
    seen: dict[str, list[str]] = {}
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    texts += [bar.tabText(i) for bar in page.findChildren(QTabBar) for i in range(bar.count())]
    for text in texts:
        letter = _mnemonic(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return [f"{title}: {letter} {texts}" for letter, texts in seen.items()
            if len(texts) > 1 or letter in menus]




def test_pseudo_locale_shows_no_untranslated_word_and_nothing_clips(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """In the pseudo-locale every translated text is "[Åççéñtéð ~~~]": a visible text without
    the brackets never went through tr(). Names and values (providers, hosts, ports, language
    names, profile names) are data and stay as they are."""
    language(core_i18n.PSEUDO)
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()  # 40 % longer still fits 800×600
    assert window.minimumSizeHint().width() <= SIZE.width(), window.minimumSizeHint()
    data = {p.name for p in all_providers()} | {"STARTTLS", "SSL/TLS", "—", "Default",
                                                "English", "Deutsch", "Français", "587", "465",
                                                "example.com", "smtp.example.com",
                                                "you@example.com"}
    data |= {core_i18n.native_name(code) for code in core_i18n.shipped_languages()}
    untranslated: set[str] = set()
    problems = []
    for title, page in every_page(qtbot, window):
        assert title.startswith("[")
        untranslated |= _untranslated(window) - data
        problems += [f"{title}: {p}" for p in clipped(page)]
    # every page shown (each laid out at 800 px), still 800×600 and no page needs more
    assert window.size() == SIZE, window.minimumSizeHint()
    hint = window.minimumSizeHint()
    assert hint.width() <= SIZE.width() and hint.height() <= SIZE.height(), hint
    assert untranslated == set(), sorted(untranslated)
    assert problems == [], "\n".join(problems)


def _untranslated(root: QWidget) -> set[str]:
    seen: set[str] = set()

    def check(text: str) -> None:
        text = text.strip().lstrip("⚠ ")
        if text and not text.startswith("["):
            seen.add(text)

    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip() and "<" not in widget.text():
            check(widget.text())
    for line in root.findChildren(QLineEdit):
        if line.isVisible():
            check(line.placeholderText())
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            for i in range(combo.count()):
                check(combo.itemText(i))
    for menu in root.findChildren(QMenu):
        for action in menu.actions():
            check(action.text())
    return seen


def test_language_menu_remembers_the_choice(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    menu = window.findChild(QMenu, "languageMenu")
    actions = {action.data(): action for action in menu.actions() if not action.isSeparator()}
    assert set(actions) >= {"", "en", "de", core_i18n.PSEUDO}
    assert actions[""].isChecked()  # follows the system until the user chooses
    actions["de"].trigger()
    assert i18n.chosen_language() == "de"
    assert i18n.effective_language() == "de"
    assert "SMTP Doctor" in window.statusBar().currentMessage()  # "… starts again"
    again = make_window()
    checked = [a.data() for a in again.findChild(QMenu, "languageMenu").actions()
               if a.isChecked()]
    assert checked == ["de"]
    actions[""].trigger()
    assert i18n.chosen_language() == ""


def test_environment_override_wins_over_the_menu(qtbot: Any, make_window: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    make_window()
    i18n.choose_language("de")
    monkeypatch.setenv(core_i18n.ENV_LANG, "en")
    assert i18n.effective_language() == "en"


def test_bad_input_is_explained_in_german_next_to_the_field(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """The engine's checks (app.core.validate) speak German next to the field; the words they
    put in a placeholder too ("Absender")."""
    language("de")
    window = make_window()
    fill(window, host="smtp.example.com", port="70000", mail_from="alice")
    window.panel.message_section.set_expanded(True)
    window.run_action("data")  # checked off the GUI thread first: nothing runs
    panel = window.panel
    qtbot.waitUntil(lambda: panel.error_for("port") != "", timeout=5000)
    assert panel.error_for("port").startswith("Der Port muss zwischen 1 und 65535 liegen")
    assert panel.error_for("mail_from") == "Die Adresse (Absender) braucht ein @, zum Beispiel " \
        "sie@example.com."
    verdict = window.results.banner.verdict.text()
    assert re.fullmatch(r"Bitte korrigieren Sie die \d+ markierten Felder\.", verdict), verdict


def test_a_german_run_explains_the_failure_in_german(
        qtbot: Any, make_window: Any, refused_port: int,
        language: Callable[[str], None]) -> None:
    """A real refused port on loopback: the step list, the banner and the advice in German."""
    language("de")
    window = make_window()
    fill(window, host="127.0.0.1", port=refused_port, security="none", auth="none")
    result = run(qtbot, window, "ehlo")
    connect = next(step for step in result.steps if step.id == "connect")
    assert connect.title == f"Mit Port {refused_port} verbinden"
    assert connect.advice is not None
    assert connect.advice.title == f"Der Server hat die Verbindung abgewiesen auf Port " \
                                   f"{refused_port}"
    assert window.results.banner.heading.text() == "Problem gefunden"
    # The status column is as wide as the longest German status word with its icon.
    view, model = window.results.steps, window.results.model
    words = {str(model.index(row, COL_STATUS).data()) for row in range(model.rowCount())}
    assert {"Bestanden", "Fehlgeschlagen", "Übersprungen"} <= words
    icon = max(view.iconSize().width(), 16)  # the status icons are 16 px
    need = max(view.fontMetrics().horizontalAdvance(w) for w in words) + icon
    assert view.header().sectionSize(COL_STATUS) >= need + 8, words
    window.results.select_row(result.steps.index(connect))
    details = window.results.details.toPlainText()
    for words in ("Was schiefging", "Wie Sie es beheben", "Diagnose: tcp.refused",
                  connect.advice.fixes[0]):
        assert words in details, (words, details)


def _squeezed(page: QWidget) -> list[str]:
    """Visible labels and buttons given less height than they need (rows drawn over each
    other when a page needs more height than the window has)."""
    out = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text().strip():
            need = widget.minimumSizeHint().height()
            if widget.height() < need - 1:
                out.append(f"{type(widget).__name__} {widget.text()[:40]!r}: "
                           f"{widget.height()} < {need} px")
    return out


def test_pseudo_locale_pages_scroll_instead_of_squeezing(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """A page that needs more height than 800×600 leaves (the pseudo-locale's 40 % longer
    texts wrap onto more lines) scrolls: no label or button is squeezed below its height."""
    language(core_i18n.PSEUDO)
    window = window_at_800x600(qtbot, make_window)
    assert window.size() == SIZE, window.minimumSizeHint()
    problems = []
    scrolled = 0
    for title, page in every_page(qtbot, window):
        with contextlib.suppress(QtTimeout):  # the layout settles a turn or two after showing
            qtbot.waitUntil(lambda p=page: not _squeezed(p), timeout=2000)
        problems += [f"{title}: {p}" for p in _squeezed(page)]
        bar = getattr(page, "page_scroll", None)
        scrolled += bool(bar is not None and bar.verticalScrollBar().maximum() > 0)
    assert problems == [], "\n".join(problems)
    assert scrolled, "no page needed to scroll: this test would not see a squeeze"
