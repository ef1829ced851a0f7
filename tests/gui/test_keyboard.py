"""The keyboard as a person uses it (issue 14): Tab reaches every field of every page in reading
order and never stops on something invisible; Shift+Tab walks back; Alt+letter mnemonics are
unique on each page; Enter in a field runs the page's default action. Real key presses only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.support.gui import focused, walk

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit)

# The inputs of each page in the order a person reads them (attribute names).
CONNECTION = ["provider", "host", "security", "port", "auth", "username", "password",
              "show_password", "remember", "connect_timeout", "reply_timeout", "ehlo_name",
              "verify", "ca_file", "browse", "allow_old_tls", "ip_version", "mail_from",
              "rcpt_to", "subject", "body"]
TOOL_PAGES = {
    "Ports": ["host", "ports", "timeout", "reference", "nameserver", "run_button"],
    "Find my settings": ["query", "nameserver", "run_button"],
    "Domain health": ["domain", "selectors", "common", "server", "nameserver", "run_button"],
    "TLS details": ["host", "port", "security", "run_button"],
    "Is it my network?": ["address", "lists", "ask_public", "nameserver", "run_button"],
}


def visible_inputs(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()
            and not isinstance(w.parentWidget(), QAbstractSpinBox)]


def check_page(qtbot: Any, page: QWidget, expected: list[QWidget]) -> None:
    forward = walk(qtbot, expected[0])
    for widget in visible_inputs(page):
        assert widget in forward, f"{type(widget).__name__} is never reached with Tab"
    order = [w for w in forward if w in expected]
    assert order == expected, "Tab does not follow the reading order"
    backward = walk(qtbot, expected[0], backwards=True)
    assert backward[1:] == list(reversed(forward[1:])), "Shift+Tab does not walk back"


def test_tab_reaches_every_field_of_the_connection_test(qtbot: Any, window: Any) -> None:
    panel = window.panel
    panel.advanced_section.set_expanded(True)
    panel.message_section.set_expanded(True)
    forms = (panel.server, panel.advanced, panel.message)
    expected = [next(getattr(f, n) for f in forms if hasattr(f, n)) for n in CONNECTION]
    qtbot.waitUntil(lambda: all(w.isVisible() for w in expected), timeout=2000)
    check_page(qtbot, window.pages.widget(0), expected)
    # The Server field right after Provider: the trap of issue 14.
    panel.server.provider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.server.provider, Qt.Key.Key_Tab)
    assert focused() is panel.server.host


@pytest.mark.parametrize("title", sorted(TOOL_PAGES))
def test_tab_walks_each_tool_page(qtbot: Any, window: Any, title: str) -> None:
    index = next(i for i in range(window.pages.count()) if window.pages.tabText(i) == title)
    window.pages.setCurrentIndex(index)
    page = window.pages.widget(index)
    expected = [getattr(page, name) for name in TOOL_PAGES[title]]
    check_page(qtbot, page, expected)


def test_tab_walks_the_monitor_page(qtbot: Any, window: Any) -> None:
    page = window.registry.page("monitor")
    window.pages.setCurrentWidget(page)
    expected = [page.check, page.every, page.mode]
    expected += [w for w in (page.duration, page.count) if w.isVisible()]
    expected.append(page.start_button)
    check_page(qtbot, page, expected)




ENTER_KEYS = [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
              (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)]


@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS, ids=["Return", "keypad Enter"])
def test_enter_in_a_field_runs_the_default_action(qtbot: Any, window: Any, key: Any,
                                                  modifier: Any) -> None:
    server = window.panel.server
    qtbot.keyClicks(server.port, "99999")  # the host is empty too: validation answers
    qtbot.keyClick(server.port, key, modifier)
    qtbot.waitUntil(lambda: "between 1 and 65535" in window.panel.error_for("port"),
                    timeout=3000)
    assert window.results.banner.heading.text() == "Check your settings"
    assert window.last_action == "ehlo"  # the default button's action


@pytest.mark.parametrize(("key", "modifier"), ENTER_KEYS, ids=["Return", "keypad Enter"])
@pytest.mark.parametrize("title", sorted(TOOL_PAGES))
def test_enter_on_a_tool_page_runs(qtbot: Any, window: Any, title: str, key: Any,
                                   modifier: Any) -> None:
    index = next(i for i in range(window.pages.count()) if window.pages.tabText(i) == title)
    window.pages.setCurrentIndex(index)
    page = window.pages.widget(index)
    first = getattr(page, TOOL_PAGES[title][0])
    first.setFocus()
    qtbot.keyClicks(first, "not valid")
    qtbot.keyClick(first, key, modifier)
    qtbot.waitUntil(lambda: page.results.banner.heading.text() == "Check your settings",
                    timeout=3000)


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a Qt text ("Pro&vider" -> "v"; "&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def page_mnemonics(window: Any, page: QWidget) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QGroupBox, QLabel, QTabBar

    found: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        found.append((action.text(), "menu"))
    roots: list[QWidget] = [page, window.pages.tabBar()]
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            if isinstance(w, QTabBar):
                found += [(w.tabText(i), "tab") for i in range(w.count())]
            elif isinstance(w, QLabel) and w.buddy() is not None:
                found.append((w.text(), "label"))
            elif isinstance(w, QAbstractButton):
                found.append((w.text(), "button"))
            elif isinstance(w, QGroupBox):
                found.append((w.title(), "group"))
    return [(text, kind) for text, kind in found if mnemonic(text)]


def check_unique(window: Any, page: QWidget) -> None:
    by_key: dict[str, list[str]] = {}
    for text, _kind in page_mnemonics(window, page):
        by_key.setdefault(str(mnemonic(text)), []).append(text)
    clashes = {k: v for k, v in by_key.items() if len(v) > 1}
    assert not clashes, f"Alt+letter used twice: {clashes}"
    menus = {mnemonic(a.text()) for a in window.menuBar().actions()}
    assert menus == {"f", "e", "r", "h"}


def test_mnemonics_unique_on_the_connection_test(qtbot: Any, window: Any) -> None:
    window.panel.advanced_section.set_expanded(True)
    window.panel.message_section.set_expanded(True)
    check_unique(window, window.pages.widget(0))
    window.panel.server.auth.setCurrentIndex(window.panel.server.auth.findData("xoauth2"))
    check_unique(window, window.pages.widget(0))  # "Access token" instead of "Password"


def test_mnemonics_unique_on_every_tool_page(qtbot: Any, window: Any) -> None:
    for index in range(1, window.pages.count()):
        window.pages.setCurrentIndex(index)
        check_unique(window, window.pages.widget(index))
