"""The step list as a table model: status (icon + word + colour), step title, duration."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication

from app.core.model import Status, StepResult
from app.core.text.words import duration_text
from app.gui import theme
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.models.table import Index, RowsModel
from app.gui.widgets.plain import plain_tooltip

COL_STATUS, COL_STEP, COL_TIME = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("steps", "Status"),
    QT_TRANSLATE_NOOP("steps", "Step"),
    QT_TRANSLATE_NOOP("steps", "Time"),
)
StepRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2



@dataclass
class StepRow:
    id: str
    title: str
    result: StepResult | None = None  # None while running
    waiting_for: str = ""  # while running: what the step waits for ("the greeting") …
    timeout_s: float = 0.0  # … for how long at most …
    since: float = 0.0  # … since when (time.monotonic())

    @property
    def status(self) -> Status | str:
        return self.result.status if self.result else theme.RUNNING

    def countdown(self, now: float | None = None) -> str:
        """"waiting for the greeting, 12 of 30 s" while the step waits; "" otherwise."""
        if self.result is not None or not self.waiting_for or self.timeout_s <= 0:
            return ""
        waited = int(max(0.0, (time.monotonic() if now is None else now) - self.since))
        limit = f"{self.timeout_s:.1f}".removesuffix(".0")
        if waited > self.timeout_s:
            return translate("StepRow", "waiting for {waiting_for}, {waited} s").format(
                    waiting_for=self.waiting_for, waited=waited)
        return translate("StepRow", "waiting for {waiting_for}, {waited} of {limit} s").format(
                waiting_for=self.waiting_for, waited=waited, limit=limit)


def step_word(result: StepResult | None) -> str:
    """The status word of a step: the step a cancel interrupted says "Cancelled", not "Skipped"
    (the engine reports it as skipped with the diagnosis ``cancelled``)."""
    if result is None:
        return theme.status_word(theme.RUNNING)
    if result.status is Status.SKIPPED and result.diagnosis == "cancelled":
        return translate("steps", "Cancelled")
    return theme.status_word(result.status)


format_ms = duration_text  # the reports' and the clipboard's way of writing a duration


class StepsModel(RowsModel):
    headers = HEADERS
    header_context = "steps"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []
        self._frame = 0
        self._spin = QTimer(self)
        self._spin.setInterval(80)
        self._spin.timeout.connect(self._advance_spinner)
        self._countdown = QTimer(self)  # the running step's "12 of 30 s", once a second
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick_countdown)

    # -- feeding -------------------------------------------------------------------------------
    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()
        self._spin.stop()
        self._countdown.stop()

    def step_started(self, step_id: str, title: str) -> None:
        row = self._find(step_id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(StepRow(step_id, title))
            self.endInsertRows()
        else:
            self._rows[row] = StepRow(step_id, title)
            self._changed(row)
        self._spin.start()

    def step_waiting(self, step_id: str, waiting_for: str, timeout_s: float) -> None:
        """The running step waits for ``waiting_for`` for at most ``timeout_s`` seconds: its
        row counts the seconds until it finishes."""
        row = self._find(step_id)
        if row is None or self._rows[row].result is not None:
            return
        current = self._rows[row]
        self._rows[row] = StepRow(current.id, current.title, None, waiting_for, timeout_s,
                                  time.monotonic())
        self._changed(row)
        self._countdown.start()

    def step_finished(self, result: StepResult) -> None:
        row = self._find(result.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(StepRow(result.id, result.title, result))
            self.endInsertRows()
        else:
            self._rows[row] = StepRow(result.id, result.title or self._rows[row].title, result)
            self._changed(row)
        if not any(r.result is None for r in self._rows):
            self._spin.stop()
            self._countdown.stop()

    def stop_running(self) -> None:
        """The run ended: rows still running (cancelled) show as skipped-looking 'Stopped'."""
        self._spin.stop()
        self._countdown.stop()
        for i, row in enumerate(self._rows):
            if row.result is None:
                self._rows[i] = StepRow(row.id, row.title, StepResult(
                    row.id, row.title, Status.SKIPPED, summary=self.tr(
                        "Stopped before it finished.")))
                self._changed(i)

    # -- reading -------------------------------------------------------------------------------
    def rows(self) -> list[StepRow]:
        return list(self._rows)

    def row_of(self, step_id: str) -> int | None:
        return self._find(step_id)

    def step_at(self, row: int) -> StepRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        status = row.status
        if role == StepRole:
            return row
        if role == StatusRole:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_STATUS:
                return step_word(row.result)
            if col == COL_STEP:
                waiting = row.countdown()
                return f"{row.title}: {waiting}" if waiting else row.title
            if col == COL_TIME:
                if row.result is None or row.result.status is Status.SKIPPED:
                    return ""
                return format_ms(row.result.duration_ms)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            if row.result is None:
                app = QGuiApplication.instance()
                dpr = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
                frames = theme.spinner_frames(16, dpr)
                return frames[self._frame % len(frames)]
            return theme.status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return theme.status_colour(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.result:
                return plain_tooltip(row.result.summary)
            return self.tr("{title}: {state}").format(
                title=row.title, state=row.countdown() or self.tr("running"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_TIME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_STATUS:
            return f"{row.title}: {step_word(row.result)}"
        return None

    # -- internals -----------------------------------------------------------------------------
    def _find(self, step_id: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == step_id:
                return i
        return None

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def _tick_countdown(self) -> None:
        waiting = False
        for i, row in enumerate(self._rows):
            if row.countdown():
                waiting = True
                idx = self.index(i, COL_STEP)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole])
        if not waiting:
            self._countdown.stop()

    def _advance_spinner(self) -> None:
        self._frame += 1
        for i, row in enumerate(self._rows):
            if row.result is None:
                idx = self.index(i, COL_STATUS)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
