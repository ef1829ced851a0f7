"""The History page: past runs per profile, a past run's full result, delete, compare, retention.

A view of the app's :class:`~app.gui.history_service.HistoryService` (which owns the store and
saves each run): every SQLite call runs in a worker.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.model import RunResult, Status
from app.core.storage.history import DEFAULT_RETENTION, Comparison, History, RunSummary, StoredRun
from app.gui import theme
from app.gui.facts import local_time, security_text
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.models.steps import format_ms
from app.gui.models.table import Index, RowsModel
from app.gui.pages.page import Page, PageHost, ReportSource
from app.gui.widgets.plain import plain_tooltip
from app.gui.widgets.results import ResultsPanel
from app.gui.widgets.wrap import split_bar

from ..widgets.plain import plain_label

ALL_PROFILES = "\x00all"
COLUMNS = (
    QT_TRANSLATE_NOOP("history", "Time"),
    QT_TRANSLATE_NOOP("history", "Status"),
    QT_TRANSLATE_NOOP("history", "Verdict"),
    QT_TRANSLATE_NOOP("history", "Total"),
    QT_TRANSLATE_NOOP("history", "Server"),
)
COL_TIME, COL_STATUS, COL_VERDICT, COL_TOTAL, COL_SERVER = range(len(COLUMNS))
PAGE_SIZE = 1000  # rows listed at once (retention is 500 by default)
RunIdRole = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


def _status(value: str | None) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.SKIPPED


def server_text(host: str, port: int, security: str) -> str:
    """"mail.example.com:587, STARTTLS": the security as the form names it, never its value."""
    return f"{host}:{port}" + (translate("history", ", {security}").format(
            security=security_text(security)) if security else "")


class RunsModel(RowsModel):
    headers = COLUMNS
    header_context = "history"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RunSummary] = []

    def set_runs(self, runs: list[RunSummary]) -> None:
        self.beginResetModel()
        self._rows = list(runs)
        self.endResetModel()

    def runs(self) -> list[RunSummary]:
        return list(self._rows)

    def run_at(self, row: int) -> RunSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, run_id: int) -> int | None:
        for i, run in enumerate(self._rows):
            if run.id == run_id:
                return i
        return None

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._rows[index.row()]
        col = index.column()
        status: Status | str = Status.SKIPPED if run.cancelled else _status(run.status)
        if role == RunIdRole:
            return run.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TIME:
                return local_time(run.started_at, seconds=False)
            if col == COL_STATUS:
                return self.tr("Cancelled") if run.cancelled else theme.status_word(status)
            if col == COL_VERDICT:
                return run.verdict
            if col == COL_TOTAL:
                return format_ms(run.total_ms)
            if col == COL_SERVER:
                return server_text(run.host, run.port, run.security)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return theme.status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return theme.status_colour(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(run.verdict + ("\n" + self.tr("Diagnosis: {id}").format(
                id=run.diagnosis) if run.diagnosis else ""))
        return None


class ComparisonView(QWidget):
    """Two runs side by side, step by step: what changed status, what slowed down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(self.tr("Select two runs and press Compare."), self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # built from escaped parts
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Comparison"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Status before"), self.tr(
            "Status after"), self.tr("Time before"),
                                   self.tr("Time after"), self.tr("Change")])
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.comparison: Comparison | None = None

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        old, new = comparison.old, comparison.new
        changed, slowed = len(comparison.status_changed), len(comparison.slowed)
        parts = []
        if changed:
            parts.append(self.tr("%n step(s) changed status", "", changed))
        if slowed:
            parts.append(self.tr("%n step(s) slowed down", "", slowed))
        news = "; ".join(parts) if parts else self.tr("No step changed status or slowed down")
        self.heading.setText(
            self.tr("<b>{news}.</b><br>Before: {old_time} — {old_verdict}<br>"
                    "After: {new_time} — {new_verdict}").format(
                news=html.escape(news), old_time=local_time(str(old.get("started_at", ""))),
                old_verdict=html.escape(str(old.get("verdict", ""))),
                new_time=local_time(str(new.get("started_at", ""))),
                new_verdict=html.escape(str(new.get("verdict", "")))))
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for delta in comparison.steps:
            item = QTreeWidgetItem([
                delta.title,
                _status_word(delta.old_status), _status_word(delta.new_status),
                "" if delta.old_ms is None else format_ms(delta.old_ms),
                "" if delta.new_ms is None else format_ms(delta.new_ms),
                _change_text(delta.status_changed, delta.slower, delta.faster, delta.delta_ms),
            ])
            for col, value in ((1, delta.old_status), (2, delta.new_status)):
                if value is not None:
                    item.setIcon(col, theme.status_icon(_status(value)))
                    item.setForeground(col, theme.status_colour(_status(value)))
            for col in (3, 4):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if delta.status_changed or delta.slower:
                for col in range(6):
                    item.setFont(col, bold)
                if not delta.slower and Status.SKIPPED.value in (delta.old_status,
                                                                 delta.new_status):
                    mark = Status.SKIPPED  # a step that did not run (after an earlier failure)
                elif delta.slower or _rank(delta.new_status) > _rank(delta.old_status):
                    mark = Status.FAIL
                else:
                    mark = Status.PASS
                item.setIcon(5, theme.status_icon(mark))
            self.tree.addTopLevelItem(item)

    def clear(self) -> None:
        self.comparison = None
        self.tree.clear()
        self.heading.setText(self.tr("Select two runs and press Compare."))


def _status_word(value: str | None) -> str:
    return "—" if value is None else theme.status_word(_status(value))


def _rank(value: str | None) -> float:
    """Status.rank; a step missing from one of the runs ranks between pass and warn."""
    return Status.PASS.rank + 0.5 if value is None else _status(value).rank


def _change_text(status_changed: bool, slower: bool, faster: bool, delta: float | None) -> str:
    words = []
    if status_changed:
        words.append(translate("history", "status changed"))
    if slower and delta is not None:
        words.append(translate("history", "slower by {delta}").format(delta=format_ms(delta)))
    elif faster and delta is not None:
        words.append(translate("history", "faster by {value}").format(value=format_ms(-delta)))
    return ", ".join(words)


class HistoryPage(Page):
    """Past runs of a profile; the selected one opens in a ResultsPanel. A view of the app's
    :class:`~app.gui.history_service.HistoryService` (every SQLite call runs in a worker)."""

    run_keys = False            # nothing to run: Ctrl+Return and Esc do nothing here
    runs_loaded = Signal()          # the list was (re)filled
    run_opened = Signal(object)     # StoredRun shown
    compared = Signal(object)       # Comparison shown
    stored = Signal(int)            # a new run's id (listed once the list is refreshed)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.service = host.history
        self._profile_choice: str | None = None  # None: follow the current profile
        self.opened: StoredRun | None = None
        self._want_open: int | None = None
        self._build()
        self.service.failed.connect(self.state.setText)
        self.service.stored.connect(self._stored)
        # Open the file and import what saving a run needs now (in a worker), not in the middle
        # of the first run.
        self.service.warm_up()

    def call(self, func: Callable[[History], T], callback: Callable[[T], None],
             what: str) -> None:
        """Run ``func(history)`` in a worker; ``callback(result)`` on the GUI thread."""
        self.service.call(func, callback, what, self)

    def report_source(self) -> ReportSource | None:
        return self.current_result()

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.profile = QComboBox(self)
        self.profile.setMinimumContentsLength(14)
        self.profile.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        profile_label = plain_label(self.tr("Pr&ofile:"), self)
        profile_label.setBuddy(self.profile)
        self.compare_button = QPushButton(self.tr("Co&mpare"), self)
        self.compare_button.setToolTip(self.tr("Compare the two selected runs step by step"))
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected runs (Del)"))
        self.retention = QSpinBox(self)
        self.retention.setRange(1, 1_000_000)
        self.retention.setValue(DEFAULT_RETENTION)
        self.retention.setSuffix(self.tr(" runs", "a suffix after a number of runs"))
        self.retention.setAccessibleName(self.tr("Runs to keep"))
        self.retention.setToolTip(self.tr("Older runs (of all profiles) are deleted so the history "
                                  "file cannot grow without bound"))
        keep_label = plain_label(self.tr("&Keep the last:"), self)
        keep_label.setBuddy(self.retention)
        self.apply_retention = QPushButton(self.tr("&Apply"), self)
        self.apply_retention.setEnabled(False)

        # The profile's runs at the left, the retention at the right (below in a narrow window).
        bar = split_bar(self, [profile_label, self.profile, self.compare_button,
                               self.delete_button],
                        [keep_label, self.retention, self.apply_retention])

        self.model = RunsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Past runs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VERDICT, QHeaderView.ResizeMode.Stretch)
        # At 800×600 the verdict and the server share the room (both whole in their tool tips)
        header.setSectionResizeMode(COL_SERVER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.state = plain_label(parent=self)
        self.state.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.state)

        self.results = ResultsPanel(self)
        self.results.banner.set_idle(self.tr("Select a run to see its full result."))
        self.comparison = ComparisonView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.results, self.tr("Res&ult"))
        self.tabs.addTab(self.comparison, self.tr("Compariso&n"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("historySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        # The list of runs needs room for its verdicts (at 1280 px about 55 characters); the
        # result beside it reads well at ~560 px.
        self.splitter.setStretchFactor(0, 2)  # a narrower window takes less from the list
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 520])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        order: list[QWidget] = [self.profile, self.compare_button, self.delete_button,
                                self.retention, self.apply_retention, self.table]
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete),
                                         self.table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.profile.activated.connect(self._profile_chosen)
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.retention.valueChanged.connect(lambda _v: self.apply_retention.setEnabled(True))
        self.apply_retention.clicked.connect(self.set_retention)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.results.copied.connect(self.message)
        self._update_buttons()

    # -- listing -------------------------------------------------------------------------------
    @property
    def profile_name(self) -> str | None:
        """The profile listed (None: all profiles)."""
        data = self.profile.currentData()
        if data == ALL_PROFILES:
            return None
        return str(data) if data is not None else self.owner.current_profile

    def refresh(self) -> None:
        """Reload profiles, the list and the retention setting (in a worker)."""
        wanted = self._profile_choice
        current = self.owner.current_profile

        def load(h: History) -> tuple[list[str], int, list[RunSummary], str | None]:
            profiles = h.profiles()
            choice = wanted if wanted is not None else current
            profile = None if choice == ALL_PROFILES else choice
            return profiles, h.retention, h.runs(profile, limit=PAGE_SIZE), choice

        self.call(load, self._loaded, self.tr("read the history"))

    def _loaded(self, loaded: tuple[list[str], int, list[RunSummary], str | None]) -> None:
        profiles, retention, runs, choice = loaded
        names = sorted({*profiles, self.owner.current_profile} - {""}, key=str.lower)
        if "" in profiles:
            names.insert(0, "")
        self.profile.blockSignals(True)
        self.profile.clear()
        for name in names:
            self.profile.addItem(name or self.tr("(no profile)"), name)
        self.profile.addItem(self.tr("All profiles"), ALL_PROFILES)
        index = self.profile.findData(choice)
        self.profile.setCurrentIndex(max(index, 0))
        self.profile.blockSignals(False)
        self.retention.blockSignals(True)
        self.retention.setValue(retention)
        self.retention.blockSignals(False)
        self.apply_retention.setEnabled(False)
        keep = self.opened.id if self.opened is not None else None
        selected = self.selected_ids()
        self.model.set_runs(runs)
        if choice == ALL_PROFILES:
            state = self.tr("%n run(s) in all profiles.", "", len(runs))
        else:
            state = self.tr("%n run(s) for “{profile}”.", "", len(runs)).format(
                profile=choice or self.tr("(no profile)"))
        if len(runs) >= PAGE_SIZE:
            state += " " + self.tr("Showing the newest %n.", "", PAGE_SIZE)
        self.state.setText(state)
        self._reselect(selected, keep)
        self._update_buttons()
        self.runs_loaded.emit()

    def _reselect(self, ids: list[int], current: int | None) -> None:
        sel = self.table.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for run_id in ids:
            row = self.model.row_of(run_id)
            if row is not None:
                sel.select(self.model.index(row, 0), flags)
        if current is not None and (row := self.model.row_of(current)) is not None:
            sel.setCurrentIndex(self.model.index(row, 0),
                                QItemSelectionModel.SelectionFlag.NoUpdate)
        elif current is not None:
            self._show_nothing()

    def _profile_chosen(self, _index: int) -> None:
        data = self.profile.currentData()
        self._profile_choice = str(data) if data is not None else None
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _stored(self, run_id: int) -> None:
        self.stored.emit(run_id)
        self.refresh()

    # -- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [run.id for r in rows if (run := self.model.run_at(r)) is not None]

    def select_rows(self, *rows: int) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row in rows:
            sel.select(self.model.index(row, 0), flags)
        if rows:
            sel.setCurrentIndex(self.model.index(rows[-1], 0),
                                QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, *_args: Any) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.compare_button.setEnabled(count == 2)
        self.delete_button.setEnabled(count > 0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        run = self.model.run_at(current.row()) if current.isValid() else None
        if run is not None and (self.opened is None or self.opened.id != run.id):
            self.open_run(run.id)

    # -- opening -------------------------------------------------------------------------------
    def open_run(self, run_id: int) -> None:
        self._want_open = run_id

        def opened(stored: StoredRun | None) -> tuple[StoredRun, RunResult] | None:
            return (stored, stored.run()) if stored is not None else None

        def show(found: tuple[StoredRun, RunResult] | None) -> None:
            if self._want_open != run_id:
                return  # the user moved on meanwhile
            if found is None:
                self._show_nothing(translate("HistoryPage",
                    "That run is no longer in the history."))
                return
            stored, result = found
            self.opened = stored
            self._show_result(result)
            if len(self.table.selectionModel().selectedRows()) <= 1:
                self.tabs.setCurrentWidget(self.results)  # not while choosing runs to compare
            self.run_opened.emit(stored)

        self.call(lambda h: opened(h.get(run_id)), show, self.tr("open the run"))

    def _show_result(self, result: RunResult) -> None:
        panel = self.results
        panel.start("")
        for step in result.steps:
            panel.step_finished(step)
        panel.finish(result, announce=False)  # a past run: shown, not announced

    def _show_nothing(self, text: str = "") -> None:
        text = text or self.tr("Select a run to see its full result.")
        self.opened = None
        self.results.start("")
        self.results.model.stop_running()
        self.results.banner.set_idle(text)

    def current_result(self) -> tuple[RunResult, dict[str, str]] | None:
        """The open past run and its environment (for File > Export)."""
        if self.opened is None or self.results.result is None:
            return None
        return self.results.result, self.opened.environment()

    # -- deleting ------------------------------------------------------------------------------
    def delete_selected(self, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete runs"),
                self.tr("Delete %n run(s) from the history? This cannot be undone.", "",
                        len(ids)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return

        def deleted(count: int) -> None:
            if self.opened is not None and self.opened.id in ids:
                self._show_nothing()
            if self.comparison.comparison is not None:
                self.comparison.clear()
            self.message.emit(self.tr("Deleted %n run(s) from the history.", "", count))
            self.refresh()

        self.call(lambda h: h.delete(*ids), deleted, self.tr("delete the runs"))

    # -- comparing -----------------------------------------------------------------------------
    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.message.emit(self.tr("Select exactly two runs to compare."))
            return
        old_id, new_id = min(ids), max(ids)  # ids grow with time: older first

        def shown(comparison: Comparison) -> None:
            self.comparison.show_comparison(comparison)
            self.tabs.setCurrentWidget(self.comparison)
            self.compared.emit(comparison)

        self.call(lambda h: h.compare(old_id, new_id), shown, self.tr("compare the runs"))

    # -- retention -----------------------------------------------------------------------------
    def set_retention(self, confirm: bool = True) -> None:
        keep = int(self.retention.value())
        if confirm and keep < self.model.rowCount():
            answer = QMessageBox.question(
                self, self.tr("Keep fewer runs"),
                self.tr("Keep only the last %n run(s)? Older runs are deleted now.", "", keep),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return

        def applied(deleted: int) -> None:
            self.apply_retention.setEnabled(False)
            text = self.tr("The history keeps the last %n run(s).", "", keep)
            if deleted:
                text += " " + self.tr("%n older run(s) were deleted.", "", deleted)
            self.message.emit(text)
            self.refresh()

        self.call(lambda h: h.set_retention(keep), applied, self.tr("change the retention"))
