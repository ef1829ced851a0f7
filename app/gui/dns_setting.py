"""The one DNS-server setting of the app, shared by the connection test and every tool page.

One :class:`DnsSetting` per main window, kept in QSettings (``dns/server``) so it is remembered
across restarts. Each "DNS server" field is ``bind()``-ed to it: typing in one field changes the
setting, and every other field shows the new value. Empty means the system resolver. The value is
kept as typed; it is checked (with a message next to the field) when a test runs.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QLineEdit

from app.gui.i18n import QT_TRANSLATE_NOOP, translate

KEY = "dns/server"
PLACEHOLDER = QT_TRANSLATE_NOOP("dns_setting", "the system's")
TOOLTIP = QT_TRANSLATE_NOOP(
    "dns_setting",
    "Ask this DNS server (IP address[:port]) instead of the system's. The same setting is used "
    "by the connection test and every tool, and is remembered.")


class LineMirror:
    """Line edits that all show one value: each ``show(value)`` writes it into every field that
    differs (dead fields dropped). ``strip``: a field whose text differs only by surrounding
    blanks already shows it (the one being typed in keeps its cursor)."""

    def __init__(self, strip: bool = True) -> None:
        self._lines: list[QLineEdit] = []
        self._strip = strip

    def add(self, line: QLineEdit) -> None:
        self._lines.append(line)

    def show(self, value: str) -> None:
        # setText also moves the cursor: only where the text really differs.
        self._lines = [line for line in self._lines if shiboken6.isValid(line)]
        for line in self._lines:
            if (line.text().strip() if self._strip else line.text()) != value:
                line.setText(value)


class DnsSetting(QObject):
    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._value = str(settings.value(KEY, "") or "").strip()
        self._lines = LineMirror()
        self.changed.connect(self._lines.show)

    @property
    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        value = value.strip()
        if value == self._value:
            return
        self._value = value
        self._settings.setValue(KEY, value)
        self.changed.emit(value)

    def bind(self, line: QLineEdit) -> None:
        """Show the setting in ``line`` and keep both in step (typing in it sets it)."""
        line.setText(self._value)
        line.setPlaceholderText(translate("dns_setting", PLACEHOLDER))
        line.setToolTip(translate("dns_setting", TOOLTIP))
        line.textEdited.connect(self.set_value)
        self._lines.add(line)
