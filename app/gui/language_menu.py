"""Edit › Language: follow the system, one of the shipped languages, or the pseudo-locale.

The choice is remembered (``app.gui.i18n.choose_language``) and used from the next start: a
window built in one language stays in it, so the menu says so in the status bar.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core.text import i18n as core_i18n
from app.gui import i18n
from app.gui.i18n import translate


def language_menu(parent_menu: QMenu, window: QMainWindow) -> QMenu:
    """Add the Language menu to ``parent_menu``; its actions carry the language code as data."""
    menu = parent_menu.addMenu(translate("language_menu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = i18n.chosen_language()
    entries = [("", translate("language_menu", "Like the &system"))]
    entries += [(code, name) for code, name in i18n.language_names()]
    for code, text in entries:
        _add(menu, group, code, text, chosen, window)
    menu.addSeparator()
    # For translators and testers: every translated text accented, longer and bracketed.
    _add(menu, group, core_i18n.PSEUDO,
         translate("language_menu", "&Pseudo-localization (for translators)"),
         chosen, window)
    return menu


def _add(menu: QMenu, group: QActionGroup, code: str, text: str, chosen: str,
         window: QMainWindow) -> QAction:
    action = menu.addAction(text)
    action.setData(code)
    action.setCheckable(True)
    action.setChecked(code == chosen)
    action.setActionGroup(group)
    action.triggered.connect(lambda _=False, c=code: _choose(c, window))
    return action


def _choose(code: str, window: QMainWindow) -> None:
    i18n.choose_language(code)
    window.statusBar().showMessage(
        translate("language_menu", "The language changes when SMTP Doctor starts again."), 8000)
