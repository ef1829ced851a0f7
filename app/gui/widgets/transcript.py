"""The SMTP conversation: monospace, timestamps, client/server lines told apart by marker and
colour, selectable. Lines come already redacted from the engine."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.model import TranscriptLine
from app.core.text.report_text import transcript_line
from app.core.text.words import APP_NAME
from app.gui import theme

MARKER_COLUMN = 14  # "   0.012s TLS " is 14 characters; the marker (C:, S:, **) follows


class _Highlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.refresh()

    def refresh(self) -> None:
        self.time = QTextCharFormat()
        self.time.setForeground(theme.transcript_colour("time"))
        self.client = QTextCharFormat()
        self.client.setForeground(theme.transcript_colour("client"))
        self.client.setFontWeight(QFont.Weight.Bold)
        self.server = QTextCharFormat()
        self.server.setForeground(theme.transcript_colour("server"))
        self.note = QTextCharFormat()
        self.note.setForeground(theme.transcript_colour("note"))
        self.note.setFontItalic(True)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        marker = text[MARKER_COLUMN:MARKER_COLUMN + 2]
        fmt = {"C:": self.client, "S:": self.server}.get(marker, self.note)
        self.setFormat(0, MARKER_COLUMN, self.time)
        self.setFormat(MARKER_COLUMN, len(text) - MARKER_COLUMN, fmt)


class TranscriptView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setPlaceholderText(self.tr(
            "The conversation with the server appears here.\nC: sent by {APP_NAME}   S: sent by "
            "the server   **: note").format(APP_NAME=APP_NAME))
        self._lines: list[TranscriptLine] = []
        self._highlighter = _Highlighter(self.document())

    def clear_lines(self) -> None:
        self._lines = []
        self.clear()

    def add_lines(self, lines: Iterable[TranscriptLine]) -> None:
        new = list(lines)
        if not new:
            return
        self._lines += new
        self.appendPlainText("\n".join(transcript_line(line) for line in new))

    def lines(self) -> list[TranscriptLine]:
        return list(self._lines)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._highlighter.refresh()
