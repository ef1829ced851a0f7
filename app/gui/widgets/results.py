"""The right pane: verdict banner, live step list, step details and transcript."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import RunResult, Status, StepResult
from app.core.text.report_text import results_text, transcript_text
from app.gui import theme
from app.gui.facts import WORDS
from app.gui.models.steps import COL_STATUS, COL_STEP, COL_TIME, StepsModel
from app.gui.widgets.banner import VerdictBanner
from app.gui.widgets.details import StepDetails
from app.gui.widgets.fix_actions import FixActionsBar
from app.gui.widgets.transcript import TranscriptView
from app.gui.widgets.wrap import WrapLayout

LIVE_MS = 50  # while a run is in flight, the live view is updated at most this often


class ResultsPanel(QWidget):
    copied = Signal(str)  # what was copied, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: RunResult | None = None
        self.banner = VerdictBanner(self)

        self.model = StepsModel(self)
        self.steps = QTreeView(self)
        self.steps.setModel(self.model)
        self.steps.setRootIsDecorated(False)
        self.steps.setUniformRowHeights(True)
        self.steps.setAllColumnsShowFocus(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setAccessibleName(self.tr("Steps"))
        header = self.steps.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_STATUS, theme.widest_status_word(self.fontMetrics()) + 48)

        self.details = StepDetails(self)
        self.transcript = TranscriptView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.transcript, self.tr("Transcript"))
        self.tabs.setDocumentMode(True)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)  # the step list keeps its height (fit_steps);
        self.splitter.setStretchFactor(1, 1)  # Details takes what the window gains or loses
        self._steps_sized_by_user = False  # a drag of the handle is kept; otherwise fit_steps()
        self.splitter.splitterMoved.connect(self._splitter_dragged)

        self.copy_transcript = QPushButton(self.tr("Copy &transcript"), self)
        self.copy_results = QPushButton(self.tr("Copy results as te&xt"), self)
        for b in (self.copy_transcript, self.copy_results):
            b.setEnabled(False)
        buttons = WrapLayout()  # one row, or two in a narrow window (a long language)
        buttons.add(self.copy_transcript)
        buttons.add(self.copy_results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 8, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.fix_actions = FixActionsBar(self)  # one-click fixes of the step shown in Details
        layout.addWidget(self.fix_actions)
        layout.addLayout(buttons)

        self.steps.selectionModel().currentRowChanged.connect(self._current_changed)
        self._follow_row: int | None = None
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_MS)
        self._live_timer.timeout.connect(self._live_update)
        self.copy_transcript.clicked.connect(self.copy_transcript_text)
        self.copy_results.clicked.connect(self.copy_results_text)

    # -- feeding from the run controller -------------------------------------------------------
    def start(self, message: str) -> None:
        self.result = None
        self.model.clear()
        self.details.show_step(None)
        self.fix_actions.show_advice(None)
        self.transcript.clear_lines()
        self.banner.set_running(message)
        self.copy_transcript.setEnabled(False)
        self.copy_results.setEnabled(False)

    def step_started(self, step_id: str, title: str) -> None:
        self.model.step_started(step_id, title)
        if self._follow_live():
            self._follow_row = self.model.rowCount() - 1
            self._schedule_live()

    def step_finished(self, step: StepResult) -> None:
        self.model.step_finished(step)
        self.transcript.add_lines(step.transcript)
        self.copy_transcript.setEnabled(True)
        # Repaint the list (and re-render the shown step) once per burst of events: a row
        # inserted and finished within one burst was seen left blank in a real window until
        # clicked, though the model had its text.
        self._schedule_live()

    def _schedule_live(self) -> None:
        """A fast server finishes ten steps in a few ms: select and render at most once per
        LIVE_MS instead of once per event (each costs ~4 ms of the GUI thread)."""
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _live_update(self) -> None:
        row, self._follow_row = self._follow_row, None
        if row is not None and row < self.model.rowCount():
            self.select_row(row)
        else:
            self._show_current()
        self.steps.viewport().update()

    def finish(self, result: RunResult, announce: bool = True) -> None:
        """Show a finished run; ``announce`` says its verdict to a screen reader (a run that just
        ended, not one reopened from the history)."""
        self._live_timer.stop()
        self._follow_row = None
        self.result = result
        self.model.stop_running()
        self.banner.set_result(result, announce)
        # Show the step that matters: the first failure, else the first warning, else the last
        # real step (not the goodbye).
        rows = self.model.rows()
        target = len(rows) - 1
        if target > 0 and rows[target].id == "quit":
            target -= 1
        for wanted in (Status.FAIL, Status.WARN):
            hits = [i for i, r in enumerate(rows) if r.result and r.result.status is wanted]
            if hits:
                target = hits[0]
                break
        if rows:
            self.select_row(target)
        self._show_fixes()
        self.fit_steps()  # after the fix buttons took their room
        self.copy_transcript.setEnabled(bool(self.transcript.lines()))
        self.copy_results.setEnabled(True)

    def fit_steps(self) -> None:
        """Give the step list just the height of its rows (a normal run's dozen rows without a
        scroll bar), at most half the height: Details, with the cause and fixes, gets the rest."""
        rows = self.model.rowCount()
        total = sum(self.splitter.sizes())
        if self._steps_sized_by_user or not rows or total <= 0:
            return
        view = self.steps
        needed = (view.header().sizeHint().height() + rows * max(view.sizeHintForRow(0), 1)
                  + 2 * view.frameWidth()
                  + (view.horizontalScrollBar().sizeHint().height()
                     if view.horizontalScrollBar().isVisible() else 0))
        steps = min(needed, total // 2)
        self.splitter.setSizes([steps, total - steps])

    def _splitter_dragged(self, _pos: int, _index: int) -> None:
        self._steps_sized_by_user = True

    def fail(self, message: str) -> None:
        self.model.stop_running()
        self.banner.set_error(message)

    # -- copying -------------------------------------------------------------------------------
    def copy_transcript_text(self) -> None:
        QGuiApplication.clipboard().setText(transcript_text(self.transcript.lines()) + "\n")
        self.copied.emit(self.tr("Transcript copied to the clipboard."))

    def copy_results_text(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(results_text(self.result, WORDS))
            self.copied.emit(self.tr("Results copied to the clipboard."))

    # -- internals -----------------------------------------------------------------------------
    def _follow_live(self) -> bool:
        current = self.steps.currentIndex()
        return not current.isValid() or current.row() >= self.model.rowCount() - 2

    def select_row(self, row: int) -> None:
        """Select ``row`` and show it in Details. Selecting the row that is already current
        emits no currentRowChanged, yet its result may have arrived since Details last drew it
        (it said "Running…"): it is drawn again then, so Details always shows the row's latest."""
        index = self.model.index(row, COL_STEP)
        unchanged = self.steps.currentIndex().row() == row
        self.steps.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.steps.scrollTo(index)
        if unchanged:
            self._show_current()

    def _show_current(self) -> None:
        current = self.steps.currentIndex()
        row = self.model.step_at(current.row()) if current.isValid() else None
        if row is None:
            self.details.show_step(None)
        else:
            self.details.show_step(row.result, row.title)
        self._show_fixes()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_fixes(self) -> None:
        """The one-click fixes of the step shown, once the run has ended."""
        current = self.steps.currentIndex()
        row = self.model.step_at(current.row()) if current.isValid() else None
        step = row.result if row is not None and self.result is not None else None
        self.fix_actions.show_advice(step.advice if step else None,
                                     self.result.target if self.result else None)
