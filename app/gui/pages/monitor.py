"""The Monitor page: repeat a check on a schedule, chart latency per phase, list the runs.

The engine's :class:`~app.core.monitor.Monitor` runs in a QThreadPool worker; each sample comes
back through a queued signal, so the rest of the app stays usable while it runs. Stop cancels the
check in flight (its sockets are closed) and the worker returns within a second.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPointF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.model import ServerSettings, Status
from app.core.monitor import (
    DEFAULT_EVERY,
    PHASES,
    Clock,
    Monitor,
    Sample,
    Summary,
    summarize,
    write_csv,
)
from app.core.text.error_text import error_text
from app.core.text.words import ms_figure as format_ms
from app.gui import theme
from app.gui.facts import security_label
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.models.table import Index, RowsModel
from app.gui.pages.page import Page, PageHost
from app.gui.widgets.plain import plain_tooltip
from app.gui.workers import JobController, run_task

from ..widgets.plain import plain_label

if TYPE_CHECKING:
    from app.core.forms import MonitorForm

PHASE_TITLES = {
    "connect": QT_TRANSLATE_NOOP("monitor", "Connect"),
    "greeting": QT_TRANSLATE_NOOP("monitor", "Greeting"),
    "tls": "TLS",
    "auth": QT_TRANSLATE_NOOP("monitor", "Login"),
    "total": QT_TRANSLATE_NOOP("monitor", "Total"),
}
# (light palette, dark palette) per phase; failures use the theme's FAIL colour.
PHASE_COLOURS = {
    "connect": ("#0969da", "#4493f8"),
    "greeting": ("#8250df", "#a371f7"),
    "tls": ("#bc4c00", "#f0883e"),
    "auth": ("#1b7c83", "#39c5cf"),
    "total": ("#24292f", "#e6edf3"),
}
CHECKS = (
    ("ehlo", QT_TRANSLATE_NOOP("monitor", "Test connection")),
    ("auth", QT_TRANSLATE_NOOP("monitor", "Test login")),
)
MODES = (
    ("forever", QT_TRANSLATE_NOOP("monitor", "Until stopped")),
    ("duration", QT_TRANSLATE_NOOP("monitor", "For a time")),
    ("count", QT_TRANSLATE_NOOP("monitor", "A number of times")),
)
TICK_STEPS_MS = tuple(int(v * 1000) for v in (
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 3 * 3600, 6 * 3600,
    12 * 3600, 86_400, 2 * 86_400, 7 * 86_400))
MAX_POINTS = 2000  # chart points kept per series (older ones scroll off)
MAX_ROWS = 10_000  # table rows and samples kept for the summary

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("monitor", "Time"),
    QT_TRANSLATE_NOOP("monitor", "Status"),
    QT_TRANSLATE_NOOP("monitor", "Diagnosis"),
    *(PHASE_TITLES[p] for p in PHASES),
)
COL_INDEX, COL_TIME, COL_STATUS, COL_DIAGNOSIS = range(4)
COL_FIRST_PHASE = 4


def _parse_monitor_form(form: dict[str, Any]) -> MonitorForm:
    """The connection form plus the schedule, checked in a worker (first imports of the
    engine must not stall the GUI); an InputError for bad input."""
    from app.core.forms import parse_monitor_form

    return parse_monitor_form(form)


def local_time(iso: str) -> str:
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return when.astimezone().strftime("%H:%M:%S")


def target_words(settings: Any) -> str:
    """What the monitor checks, e.g. "Monitoring smtp.example.com, port 587, STARTTLS, logged
    in as alice" (or "without logging in"), and the DNS server when one is set."""
    from app.core.model import AuthMethod, StopAfter

    words = translate("monitor", "Monitoring {host}, port {port}, {label}").format(
            host=settings.host, port=settings.port, label=security_label(settings.security))
    logs_in = settings.stop_after in (StopAfter.AUTH, StopAfter.RCPT, StopAfter.DATA)
    if not logs_in or settings.auth is AuthMethod.NONE:
        words += translate("monitor", ", without logging in")
    else:
        words += translate("monitor", ", logged in as {username}").format(
            username=settings.username or translate("monitor", "(no user name)"))
    if settings.nameserver:
        words += translate("monitor", ", DNS server {nameserver}").format(
                nameserver=settings.nameserver)
    if settings.proxy is not None:
        words += translate("monitor", ", through the proxy {proxy}").format(
            proxy=settings.proxy.display())
    return words


def _status(sample: Sample) -> Status:
    try:
        return Status(sample.status)
    except ValueError:
        return Status.SKIPPED


# --------------------------------------------------------------------------- table model


class SamplesModel(RowsModel):
    """One row per monitor run: time, status (icon + word + colour), diagnosis, ms per phase."""

    headers = COLUMNS
    header_context = "monitor"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Sample] = []

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def add(self, sample: Sample) -> None:
        if len(self._rows) >= MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            del self._rows[0]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(sample)
        self.endInsertRows()

    def add_many(self, samples: list[Sample]) -> None:
        drop = len(self._rows) + len(samples) - MAX_ROWS
        if drop > 0:
            drop = min(drop, len(self._rows))
            self.beginRemoveRows(QModelIndex(), 0, drop - 1)
            del self._rows[:drop]
            self.endRemoveRows()
        samples = samples[-MAX_ROWS:]
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(samples) - 1)
        self._rows.extend(samples)
        self.endInsertRows()

    def samples(self) -> list[Sample]:
        return list(self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    def header(self, section: int) -> str:
        title = translate("monitor", COLUMNS[section])
        return self.tr("{title} ms").format(title=title) if section >= COL_FIRST_PHASE else title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sample = self._rows[index.row()]
        col = index.column()
        status = _status(sample)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_INDEX:
                return str(sample.index)
            if col == COL_TIME:
                return local_time(sample.time)
            if col == COL_STATUS:
                return theme.status_word(status)
            if col == COL_DIAGNOSIS:
                return sample.diagnosis or ""
            value = sample.phases.get(PHASES[col - COL_FIRST_PHASE])
            return "" if value is None else format_ms(value)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return theme.status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return theme.status_colour(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and (col >= COL_FIRST_PHASE
                                                         or col == COL_INDEX):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(sample.verdict)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_STATUS:
            return self.tr("Run {index}: {status}").format(
                    index=sample.index, status=theme.status_word(status))
        return None


# --------------------------------------------------------------------------- chart


class LatencyChart(QChartView):
    """Latency per phase over time (one line per phase) with failed runs marked in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.chart_ = chart
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Latency chart"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)

        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("HH:mm:ss")
        self.x_axis.setTitleText(self.tr("Time"))
        self.x_axis.setTickCount(7)
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText(self.tr("Milliseconds"))
        self.y_axis.setLabelFormat("%.0f")
        self.y_axis.setMin(0)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)

        self.series: dict[str, QLineSeries] = {}
        for phase in PHASES:
            line = QLineSeries()
            line.setName(translate("monitor", PHASE_TITLES[phase]))
            chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self.series[phase] = line
        self.failures = QScatterSeries()
        self.failures.setName(self.tr("Failed run"))
        self.failures.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        self.failures.setMarkerSize(13)
        chart.addSeries(self.failures)
        self.failures.attachAxis(self.x_axis)
        self.failures.attachAxis(self.y_axis)
        self._t0: float | None = None  # ms since epoch of elapsed 0
        self._y_max = 0.0
        self.clear()
        self.apply_palette()

    # -- data ----------------------------------------------------------------------------------
    def clear(self) -> None:
        for line in self.series.values():
            line.clear()
        self.failures.clear()
        self._t0 = None
        self._y_max = 0.0
        now = QDateTime.currentDateTime()
        self.x_axis.setRange(now, now.addSecs(60))
        self.y_axis.setRange(0, 100)

    def x_of(self, sample: Sample) -> float:
        if self._t0 is None:
            try:
                start = dt.datetime.fromisoformat(sample.time).timestamp() * 1000
            except ValueError:
                start = float(QDateTime.currentMSecsSinceEpoch())
            self._t0 = start - sample.elapsed_s * 1000
        return self._t0 + sample.elapsed_s * 1000

    def add(self, sample: Sample) -> None:
        self.add_many([sample])

    def add_many(self, samples: list[Sample]) -> None:
        if not samples:
            return
        points: dict[str, list[QPointF]] = {phase: [] for phase in self.series}
        failures: list[QPointF] = []
        for sample in samples:
            x = self.x_of(sample)
            for phase in self.series:
                value = sample.phases.get(phase)
                if value is not None:
                    points[phase].append(QPointF(x, value))
                    self._y_max = max(self._y_max, value)
            if sample.failed:
                failures.append(QPointF(x, sample.phases.get("total") or 0.0))
        for phase, line in self.series.items():
            _append(line, points[phase])
        _append(self.failures, failures)
        x = self.x_of(samples[-1])
        total = self.series["total"]
        first = total.at(0).x() if total.count() else x
        self._fit_x(first, x)
        self.y_axis.setRange(0, max(self._y_max * 1.1, 10.0))
        self.y_axis.applyNiceNumbers()

    def _fit_x(self, first: float, last: float) -> None:
        """A time range on round ticks (every 10 s, 1 min, 5 min, 1 h, ...), at most 10."""
        span = max(last - first, 1.0)
        step = next((s for s in TICK_STEPS_MS if span / s <= 9), TICK_STEPS_MS[-1])
        offset = QDateTime.fromMSecsSinceEpoch(int(first)).offsetFromUtc() * 1000
        low = (first + offset) // step * step - offset
        high = -(-(last + offset) // step) * step - offset
        if high - low < step:
            high = low + step
        self.x_axis.setTickCount(round((high - low) / step) + 1)
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(low)),
                             QDateTime.fromMSecsSinceEpoch(int(high)))
        self.x_axis.setFormat("HH:mm:ss" if step < 60_000 else
                              "HH:mm" if step < 86_400_000 else "dd MMM")

    def point_counts(self) -> dict[str, int]:
        counts = {phase: line.count() for phase, line in self.series.items()}
        counts["failures"] = self.failures.count()
        return counts

    # -- look ----------------------------------------------------------------------------------
    def apply_palette(self) -> None:
        palette = QApplication.palette()
        dark = theme.is_dark(palette)
        chart = self.chart_
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        if dark:
            grid = grid.lighter(160)
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        chart.setPlotAreaBackgroundBrush(QBrush(base))
        chart.setPlotAreaBackgroundVisible(True)
        chart.legend().setLabelColor(text)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
            font = QFont(axis.labelsFont())
            font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
            axis.setLabelsFont(font)
        for phase, line in self.series.items():
            colour = QColor(PHASE_COLOURS[phase][1 if dark else 0])
            pen = QPen(colour)
            pen.setWidthF(2.6 if phase == "total" else 1.6)
            if phase == "total":
                pen.setStyle(Qt.PenStyle.SolidLine)
            line.setPen(pen)
        fail = theme.status_colour(Status.FAIL, palette)
        self.failures.setColor(fail)
        self.failures.setBorderColor(base)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.apply_palette()


def _append(series: QLineSeries | QScatterSeries, points: list[QPointF]) -> None:
    """Append points (one change signal), dropping the oldest beyond MAX_POINTS."""
    if not points:
        return
    if series.count() + len(points) > MAX_POINTS:
        kept = [*series.points(), *points][-MAX_POINTS:]
        series.replace(kept)
    else:
        series.append(points)


# --------------------------------------------------------------------------- the job


def monitor_job(settings: ServerSettings, every: float, count: int | None,
                duration: float | None, clock: Clock | None, profile: str,
                on_event: Callable[[Sample], None], cancel: CancelToken) -> Summary:
    """The monitor as a job (``partial(monitor_job, settings, …)``): each sample is an event.
    With an OAuth login, the profile's access token is refreshed before a run when it expires."""
    prepare = None
    if settings.auth.is_oauth:
        from app.core.oauth.store import fresh_settings

        prepare = fresh_settings(profile)
    monitor = Monitor(settings, every=every, count=count, duration=duration,
                      on_sample=lambda sample, _result: on_event(sample), cancel=cancel,
                      clock=clock, max_samples=MAX_ROWS, prepare=prepare)
    return monitor.run()


# --------------------------------------------------------------------------- the page


class MonitorPage(Page):
    """Start/Stop a monitor over the connection form's settings; chart, table and summary.

    Ctrl+Return starts monitoring and Esc stops it while the page is shown."""

    sample_added = Signal(object)  # Sample, after the views were updated

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host
        self.clock_factory: Callable[[], Clock] | None = None  # test bed: simulated time
        self.controller = JobController(self)
        self.controller.reported.connect(self._on_sample)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        self._validating = False
        self.last_summary: Summary | None = None
        self._build()
        self._update_controls()

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.check = QComboBox(self)
        for value, text in ((v, translate("monitor", t)) for v, t in CHECKS):
            self.check.addItem(text, value)
        self.check.setCurrentIndex(1)
        self.check.setToolTip(self.tr(
            "Which test to repeat: connect, encrypt and greet, or also sign "
                              "in. The settings are those of the Connection test page."))
        self.every = QDoubleSpinBox(self)
        self.every.setRange(1.0, 24 * 3600.0)
        self.every.setDecimals(0)
        self.every.setSuffix(" s")
        self.every.setValue(DEFAULT_EVERY)
        self.every.setAccelerated(True)
        self.every.setToolTip(self.tr("Seconds from the start of one run to the start of the next"))
        self.mode = QComboBox(self)
        for value, text in ((v, translate("monitor", t)) for v, t in MODES):
            self.mode.addItem(text, value)
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 7 * 24 * 60)
        self.duration.setValue(60)
        self.duration.setSuffix(" min")
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.count = QSpinBox(self)
        self.count.setRange(1, 100_000)
        self.count.setValue(60)
        self.count.setSuffix(self.tr(" runs", "a suffix after a number of runs"))
        self.count.setAccessibleName(self.tr("Number of runs"))
        self.start_button = QPushButton(self.tr("&Start monitoring"), self)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.export_button = QPushButton(self.tr("Export &CSV…"), self)
        self.export_button.setToolTip(self.tr("Save every run of this session as a CSV file"))
        self.state = plain_label(parent=self)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        check_label = plain_label(self.tr("Chec&k:"), self)
        check_label.setBuddy(self.check)
        every_label = plain_label(self.tr("E&very:"), self)
        every_label.setBuddy(self.every)
        mode_label = plain_label(self.tr("R&un:"), self)
        mode_label.setBuddy(self.mode)
        bar = QHBoxLayout()
        w: QWidget
        for w in (check_label, self.check, every_label, self.every, mode_label, self.mode,
                  self.duration, self.count):
            bar.addWidget(w)
        bar.addStretch(1)
        self.state.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.state, 1)
        for w in (self.start_button, self.stop_button, self.export_button):
            actions.addWidget(w)

        # What is monitored, in words: set when monitoring starts (the form may change later).
        self.target = plain_label(self.tr("Not monitoring yet."), self)
        self.target.setObjectName("monitorTarget")
        self.target.setWordWrap(True)
        self.target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = LatencyChart(self)
        self.model = SamplesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Monitor runs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Widths from the font, not ResizeToContents: that would ask every row for its size
        # on each new run.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DIAGNOSIS, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) + 12
        widths = {COL_INDEX: fm.horizontalAdvance("0000"),
                  COL_TIME: fm.horizontalAdvance("00:00:00"),
                  COL_STATUS: theme.widest_status_word(fm) + 22}
        for col in range(len(COLUMNS)):
            if col != COL_DIAGNOSIS:
                text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
                header.resizeSection(col, max(widths.get(col, 0), fm.horizontalAdvance(text))
                                     + pad)
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 8)

        self.summary_box = QGroupBox(self.tr("Summary"), self)
        self.runs_label = plain_label("–", self.summary_box)
        self.failures_label = plain_label("–", self.summary_box)
        self.failures_label.setWordWrap(True)
        self.failures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats = QTableWidget(len(PHASES), 4, self.summary_box)
        self.stats.setAccessibleName(self.tr("Latency per phase"))
        self.stats.setHorizontalHeaderLabels([self.tr("Runs"), self.tr("p50 ms"), self.tr(
            "p95 ms"), self.tr("max ms")])
        self.stats.setVerticalHeaderLabels([translate("monitor", PHASE_TITLES[p]) for p in PHASES])
        self.stats.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stats.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stats.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stats.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QVBoxLayout(self.summary_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(plain_label(self.tr("Runs:"), self.summary_box), self.runs_label)
        form.addRow(plain_label(self.tr("Failures:"), self.summary_box), self.failures_label)
        box.addLayout(form)
        box.addWidget(self.stats)
        box.addStretch(1)
        self._fit_stats()
        fm = self.fontMetrics()
        self.stats.setMinimumWidth(fm.horizontalAdvance(self.tr("Greeting")) + 24
                                   + 4 * (fm.horizontalAdvance(self.tr("p95 ms")) + 18))

        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.table)
        bottom.addWidget(self.summary_box)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        bottom.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("monitorSplitter")
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])
        bottom.setSizes([700, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.target)
        layout.addWidget(self.splitter, 1)

        order: list[QWidget] = [self.check, self.every, self.mode, self.duration, self.count,
                 self.start_button, self.stop_button, self.export_button, self.table, self.stats]
        for view in (self.table, self.stats):
            view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

        self._pending: list[Sample] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(120)
        self._flush_timer.timeout.connect(self._flush)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(200)
        self._summary_timer.timeout.connect(self._refresh_summary)

        self.mode.currentIndexChanged.connect(self._update_controls)
        self.start_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.export_csv)
        self._set_state(self.tr(
            "Repeats the chosen test with the settings of the Connection test page."))
        self._refresh_summary()

    def _fit_stats(self) -> None:
        self.stats.resizeRowsToContents()
        height = (self.stats.horizontalHeader().sizeHint().height()
                  + sum(self.stats.rowHeight(r) for r in range(self.stats.rowCount()))
                  + 2 * self.stats.frameWidth())
        self.stats.setFixedHeight(height)

    # -- state ---------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.controller.running

    @property
    def busy(self) -> bool:
        return self._validating or self.running

    def samples(self) -> list[Sample]:
        return self.model.samples()

    def _update_controls(self) -> None:
        busy = self.busy
        mode = self.mode.currentData()
        self.duration.setVisible(mode == "duration")
        self.count.setVisible(mode == "count")
        for w in (self.check, self.every, self.mode, self.duration, self.count):
            w.setEnabled(not busy)
        self.start_button.setEnabled(not busy)
        self.stop_button.setEnabled(self.running)
        self.export_button.setEnabled(bool(self.model.rowCount()))

    def _set_state(self, text: str) -> None:
        self.state.setText(text)

    # -- running -------------------------------------------------------------------------------
    def run(self) -> bool:
        """Validate the connection form (in a worker), then start the monitor."""
        if self.busy:
            return False
        form = dict(self.owner.current_form())
        form["stop_after"] = self.check.currentData()
        mode = self.mode.currentData()
        form["every"] = self.every.value()
        form["count"] = self.count.value() if mode == "count" else ""
        form["duration"] = self.duration.value() * 60 if mode == "duration" else ""
        self._validating = True
        self._update_controls()
        self._set_state(self.tr("Checking the settings…"))
        run_task(partial(_parse_monitor_form, form), self._validated, self)
        return True

    def _validated(self, parsed: MonitorForm | None, error: BaseException | None) -> None:
        self._validating = False
        if error is not None or parsed is None:
            from app.core.validate import InputError  # imported by the worker that raised it

            if isinstance(error, InputError) and error.errors:
                detail = "; ".join(e.message for e in error.errors)
                text = self.tr(
                    "Please correct the settings on the Connection test page first: "
                    "{detail}").format(detail=detail)
            else:
                text = self.tr("Could not start: {error}").format(error=error_text(error))
            self._set_state(text)
            self.message.emit(text)
            self._update_controls()
            return
        mode = self.mode.currentData()
        settings, every = parsed.settings, parsed.every
        count, duration = parsed.count, parsed.duration
        self._pending = []
        self.model.clear()
        self.chart.clear()
        self.last_summary = None
        self._refresh_summary()
        clock = self.clock_factory() if self.clock_factory else None
        self.controller.start(partial(monitor_job, settings, every, count, duration, clock,
                                      self.owner.current_profile or self.tr("Default")))
        self.target.setText(target_words(settings))
        limit = {"count": self.tr(", %n runs", "", count or 0),
                 "duration": self.tr(" for {value} min").format(value=self.duration.value())}
        self._set_state(self.tr("Monitoring {host}, port {port}, every {every:g} s{limit}…").format(
            host=settings.host, port=settings.port, every=every,
            limit=limit.get(mode, self.tr(" until stopped"))))
        self._update_controls()
        self.running_changed.emit(True)
        return

    def cancel(self) -> None:
        """Stop from the GUI: cancels the check in flight; the worker ends within a second."""
        if self.running:
            self.controller.cancel()
            self._set_state(self.tr("Stopping…"))
            self.stop_button.setEnabled(False)

    def _on_sample(self, sample: Sample) -> None:
        # Views are updated in batches (at most ~8 repaints a second), so runs that follow each
        # other quickly never keep the GUI thread busy painting.
        self._pending.append(sample)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        self._flush_timer.stop()
        pending, self._pending = self._pending, []
        if not pending:
            return
        scroll = self.table.verticalScrollBar()
        follow = scroll.value() >= scroll.maximum() - 2
        self.model.add_many(pending)
        self.chart.add_many(pending)
        if follow:
            self.table.scrollToBottom()
        if not self._summary_timer.isActive():
            self._summary_timer.start()
        sample = pending[-1]
        status = theme.status_word(_status(sample))
        self._set_state(self.tr("Run {index} at {time}: {status}").format(
                index=sample.index, time=local_time(sample.time), status=status)
                        + (f" ({sample.diagnosis})" if sample.diagnosis else "")
                        + (self.tr(" — monitoring…") if self.running else ""))
        self.export_button.setEnabled(True)
        for sample in pending:
            self.sample_added.emit(sample)

    def _on_finished(self, summary: Summary) -> None:
        self._on_ended(summary, None)

    def _on_failed(self, error: BaseException) -> None:
        self._on_ended(None, error)

    def _on_ended(self, summary: Summary | None, error: BaseException | None) -> None:
        self._flush()
        self.last_summary = summary
        self._summary_timer.stop()
        self._refresh_summary()
        if error is not None:
            text = self.tr("The monitor stopped with an error: {error}").format(
                    error=error_text(error))
        elif summary is not None:
            text = (self.tr("Stopped after %n run(s):", "", summary.runs) if summary.stopped
                    else self.tr("Finished after %n run(s):", "", summary.runs))
            text += " " + self.tr("{passed} passed, {failures} failed.").format(
                passed=summary.passed, failures=summary.failures)
        else:
            text = self.tr("Stopped.")
        self._set_state(text)
        self.message.emit(text)
        self._update_controls()
        self.running_changed.emit(False)

    # -- summary -------------------------------------------------------------------------------
    def summary(self) -> Summary:
        return summarize(self.model.samples())

    def _refresh_summary(self) -> None:
        summary = self.summary()
        self.runs_label.setText(self.tr("{runs} ({passed} passed, {failures} failed)").format(
            runs=summary.runs, passed=summary.passed, failures=summary.failures)
            if summary.runs else self.tr("none yet"))
        if summary.failures_by_diagnosis:
            self.failures_label.setText("\n".join(
                f"{n} × {d}" for d, n in summary.failures_by_diagnosis.items()))
        else:
            self.failures_label.setText(self.tr("none"))
        for row, phase in enumerate(PHASES):
            stats = summary.phases[phase]
            values = [str(stats.count), format_ms(stats.p50), format_ms(stats.p95),
                      format_ms(stats.max)]
            for col, text in enumerate(values):
                item = self.stats.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    self.stats.setItem(row, col, item)
                item.setText(text)

    # -- export --------------------------------------------------------------------------------
    def export_csv(self) -> None:
        """Ask where (native dialog), then write the series in a worker."""
        if not self.model.rowCount():
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = dt.datetime.now().strftime("smtp-doctor-monitor-%Y%m%d-%H%M.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export monitor runs as CSV"), str(Path(folder) / name),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.write_csv_to(path)

    def write_csv_to(self, path: str) -> None:
        if not Path(path).suffix:
            path += ".csv"
        samples = self.model.samples()

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                text = self.tr("Could not save {path}: {error}").format(path=path, error=error)
            else:
                text = self.tr("Saved %n run(s) to {path}.", "", len(samples)).format(path=path)
            self.message.emit(text)

        run_task(lambda: write_csv(samples, path), done, self)
