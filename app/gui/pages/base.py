"""What every tool page shares: a compact form, Run / Cancel with progress, and the results.

A page builds its fields in ``build_form()``, turns them into an engine call in ``make_job()``
(returning ``None`` after showing a message next to the field at fault) and may add its own view
of the results (a table) above the step list with ``add_view()``. Runs go through a
:class:`~app.gui.workers.RunController` (a QThreadPool worker; engine events arrive as signals),
so the GUI thread never waits on the network.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.model import RunResult, Status, StepResult
from app.gui import theme
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.pages.page import Page, PageHost
from app.gui.widgets.fields import FieldBox
from app.gui.widgets.reflow import ReflowForm
from app.gui.widgets.results import ResultsPanel
from app.gui.workers import CheckFunc, RunController, run_task

from ..widgets.plain import plain_label, plain_tooltip

if TYPE_CHECKING:
    from app.core.validate import InputError



class Job:
    """One engine call: ``func(on_event, cancel) -> RunResult`` and the words shown meanwhile."""

    def __init__(self, func: CheckFunc, message: str, steps: int) -> None:
        self.func = func
        self.message = message
        self.steps = steps


def status_item(status: Status | str, word: str, tooltip: str = "") -> QTableWidgetItem:
    """A table cell that says a status with an icon, a word and a colour (never colour alone)."""
    item = QTableWidgetItem(theme.status_icon(status), word)
    item.setForeground(QBrush(theme.status_colour(status)))
    item.setData(Qt.ItemDataRole.UserRole, status.value if isinstance(status, Status) else status)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, word)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def text_item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(plain_tooltip(tooltip or text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def item_status(item: QTableWidgetItem | None) -> Status | str | None:
    """The status a :func:`status_item` cell shows (a Status, or "running")."""
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    if not value:
        return None
    try:
        return Status(str(value))
    except ValueError:
        return str(value)


def fit_rows(table: QTableWidget, most: int = 8) -> None:
    """Make a results table tall enough for its rows (up to ``most``), so none is cut off."""
    rows = min(max(table.rowCount(), 2), most)
    height = table.verticalHeader().defaultSectionSize() * rows
    height += table.horizontalHeader().height() + 2 * table.frameWidth() + 2
    height += table.horizontalScrollBar().sizeHint().height()  # room for it in a narrow window
    table.setMinimumHeight(height)


def results_table(parent: QWidget, headers: tuple[str, ...], name: str, context: str = ""
                  ) -> QTableWidget:
    """A read-only, row-selecting table for a page's results, columns sized to their contents;
    ``headers`` are marked for translation in ``context``."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels([translate(context, h) for h in headers])
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table (arrow keys move between cells)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


def recolour_table_items(items: list[QTableWidgetItem]) -> None:
    """Status cells after a palette change (light <-> dark)."""
    for item in items:
        status = item_status(item)
        if status:
            item.setForeground(QBrush(theme.status_colour(status)))


def _tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


class ToolPage(Page):
    """Base of the tool pages (ports, discovery, domain health, TLS details)."""

    finished = Signal(object)  # RunResult

    intro = ""
    idle_message = ""
    run_text = QT_TRANSLATE_NOOP("ToolPage", "&Run")
    engine_module = ""  # imported in a worker when the page is first shown
    nameserver_override = ""  # test bed: the DNS server asked when the field is empty

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = host  # the window, as the pages see it
        self.controller = RunController(self)
        self.result: RunResult | None = None
        self._boxes: dict[str, FieldBox] = {}
        self._views: list[QWidget] = []
        self._prefilled: dict[str, str] = {}
        self.warm = False  # the engine module is imported
        self._warming = False

        # Everything in a scroll area: when a long language or a large font needs more height
        # than the window has, the page scrolls instead of squeezing its rows onto each other.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        self.page_scroll.setAccessibleName(self.tr("Page"))
        self.page_body = QWidget(self.page_scroll)
        self.page_scroll.setWidget(self.page_body)
        page.addWidget(self.page_scroll)
        self._outer = outer = QVBoxLayout(self.page_body)
        outer.setContentsMargins(8, 6, 8, 4)
        outer.setSpacing(6)
        if self.intro:
            intro = plain_label(self.tr(self.intro), self)
            intro.setWordWrap(True)
            intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            outer.addWidget(intro)

        # The form with Run and Cancel beside it, or under it (right-aligned) when that lets the
        # form keep more of its columns: a long language or a large font (_place_buttons).
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.setSpacing(12)
        self.form_area = ReflowForm(self)  # two columns of fields, one in a narrow window
        top.addWidget(self.form_area, 1)

        self._buttons = buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        buttons.setSpacing(4)
        self.run_button = QPushButton(self.tr(self.run_text), self)
        self.run_button.setDefault(True)
        self.run_button.setAutoDefault(True)
        self.run_button.setToolTip(self.tr("Run (Ctrl+Return)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop (Esc)"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        outer.addLayout(top)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("%v of %m steps"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumHeight(self.fontMetrics().height() + 6)
        self.progress.hide()
        outer.addWidget(self.progress)

        self.results = ResultsPanel(self)
        results_layout = self.results.layout()
        if results_layout is not None:
            results_layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.results, 1)
        if self.idle_message:
            self.results.banner.set_idle(self.tr(self.idle_message))

        self.build_form()
        for a, b in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(a, b)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        # Engine events are shown one per turn of the event loop: a burst (every port step ends
        # at once) never holds the GUI thread for the sum of their repaints.
        self._queue: deque[tuple[Callable[..., None], tuple[Any, ...]]] = deque()
        self._pump = QTimer(self)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._drain)
        for signal, slot in ((self.controller.step_started, self._step_started),
                             (self.controller.step_waiting, self.results.model.step_waiting),
                             (self.controller.step_finished, self._step_finished),
                             (self.controller.run_finished, self._run_finished),
                             (self.controller.run_failed, self._run_failed),
                             (self.controller.running_changed, self._running_changed)):
            signal.connect(functools.partial(self._later, slot))
        # Enter in any field runs, as the default button would in a dialog.
        for line in self.form_area.findChildren(QLineEdit):
            line.returnPressed.connect(self.run)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._place_buttons(event.size().width())

    def _place_buttons(self, width: int) -> None:
        layout = self._outer
        margins = layout.contentsMargins()
        room = width - margins.left() - margins.right()
        beside = max(self.run_button.sizeHint().width(), self.cancel_button.sizeHint().width())
        below = (self.form_area.mode_for(room)
                 < self.form_area.mode_for(room - beside - self._top.spacing()))
        if below == (self._top.direction() == QBoxLayout.Direction.TopToBottom):
            return
        self._top.setDirection(QBoxLayout.Direction.TopToBottom if below
                               else QBoxLayout.Direction.LeftToRight)
        self._buttons.setDirection(QBoxLayout.Direction.LeftToRight if below
                                   else QBoxLayout.Direction.TopToBottom)
        self._top.setAlignment(self._buttons, Qt.AlignmentFlag.AlignRight if below
                               else Qt.AlignmentFlag(0))
        layout.activate()  # now, at this width

    # -- for subclasses ----------------------------------------------------------------------------
    def build_form(self) -> None:
        raise NotImplementedError

    def make_job(self) -> Job | None:
        raise NotImplementedError

    def add_field(self, row: int, col: int, text: str, field: QWidget, key: str,
                  extra: QWidget | None = None, span: int = 1, below: bool = False) -> FieldBox:
        """A labelled field at grid (row, col); the label's mnemonic focuses the field."""
        box = FieldBox(field, extra, self.form_area, below=below)
        label = plain_label(text, self.form_area)
        label.setBuddy(field)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        self.form_area.place(label, row, col * 2, align=Qt.AlignmentFlag.AlignTop)
        self.form_area.place(box, row, col * 2 + 1, span * 2 - 1)
        self.form_area.set_column_stretch(col * 2 + 1, 1)
        self._boxes[key] = box
        return box

    def focus_order(self) -> list[QWidget]:
        """Tab order: the fields in reading order, Run, Cancel, the page's view, the results."""
        order: list[QWidget] = []
        for box in self._boxes.values():
            order += [w for w in (box.field, box.extra) if w is not None]
        order += [self.run_button, self.cancel_button]
        for view in self._views:
            order += [w for w in (view, *view.findChildren(QWidget)) if _tab_stop(w)]
        r = self.results
        return [*order, r.steps, r.tabs, r.details, r.transcript,
                r.copy_transcript, r.copy_results]

    def add_view(self, view: QWidget, stretch: int = 2) -> None:
        """Put a page's own view of the results above the step list."""
        self._views.append(view)
        self.results.splitter.insertWidget(0, view)
        self.results.splitter.setStretchFactor(0, stretch)
        self.results.splitter.setCollapsible(0, False)

    def line_field(self, name: str, placeholder: str) -> QLineEdit:
        """A text field with a clear button (``name``: its object name)."""
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def nameserver_field(self) -> QLineEdit:
        """The optional "DNS server" field (checked by the form parser): the app's one DNS
        setting (``host.dns``, app/gui/dns_setting.py), shown and edited on every page."""
        line = QLineEdit(self)
        line.setPlaceholderText(self.tr("the system's"))
        line.setToolTip(self.tr("Ask this DNS server (IP address[:port]) instead of the system's"))
        self.owner.dns.bind(line)
        return line

    def add_proxy_fields(self, row: int, col: int = 0, span: int = 1) -> None:
        """The "Proxy" field at (``row``, ``col``), its password beside it in the same cell:
        the app's one proxy setting (``host.proxy``, app/gui/proxy_setting.py), shown and
        edited on every page."""
        self.proxy = QLineEdit(self)
        self.proxy.setClearButtonEnabled(True)
        self.owner.proxy.bind(self.proxy)
        self.proxy_password = QLineEdit(self)
        self.owner.proxy.bind_password(self.proxy_password)
        self.proxy_password.setAccessibleName(self.tr("Proxy password"))
        self.proxy_password.setMaximumWidth(170)
        box = self.add_field(row, col, self.tr("Prox&y:"), self.proxy, "proxy",
                             extra=self.proxy_password, span=span)
        self._boxes["proxy_password"] = box  # its messages show under the pair

    def proxy_form(self) -> dict[str, str]:
        """The proxy fields of a tool's form (checked by its parser with the rest)."""
        return self.owner.proxy.form()

    def nameserver_text(self, line: QLineEdit) -> str:
        """The DNS server field's value ("" = the system's); the form parser checks it."""
        return line.text().strip() or self.nameserver_override

    def checked_form(self, parse: Callable[[dict[str, object]], dict[str, Any]],
                     fields: dict[str, object], *, nameserver: QLineEdit, timeout: float,
                     https_port: int | None) -> dict[str, Any] | None:
        """``fields`` and the settings tool pages share (the DNS server field, the proxy, the
        connection test's CA file, the timeout, the test bed's HTTPS port) checked by the
        tool's core parser: its options, or None once every problem is shown next to its
        field."""
        from app.core.validate import InputError

        form = {**fields, "nameserver": self.nameserver_text(nameserver),
                "ca_file": self.owner.current_form().get("ca_file", ""), "timeout": timeout,
                "https_port": https_port, **self.proxy_form()}
        try:
            return parse(form)
        except InputError as exc:
            self.show_input_error(exc)
            return None

    def show_input_error(self, error: InputError) -> None:
        """Each problem of a core form parser at its field, the first one focused; one this
        page has no field for (a setting of the connection test) at the first field."""
        for problem in reversed(error.errors):
            key = problem.field if problem.field in self._boxes else next(iter(self._boxes))
            self.show_error(key, problem.message)

    def show_error(self, key: str, message: str) -> None:
        box = self._boxes[key]
        box.error.set_message(message)
        box.field.setFocus()

    def error_text(self, key: str) -> str:
        """The message shown next to a field ("" when there is none)."""
        return self._boxes[key].error.message()

    def clear_errors(self) -> None:
        for box in self._boxes.values():
            box.error.set_message("")

    def prefill(self, line: QLineEdit, value: str) -> None:
        """Fill a field from the connection form unless the user typed something else there."""
        key = line.objectName() or str(id(line))
        current = line.text().strip()
        if not current or current == self._prefilled.get(key, ""):
            line.setText(value)
            self._prefilled[key] = value

    def sync_from_form(self, form: dict[str, Any]) -> None:
        """Called when the page is shown: take what the connection form knows."""

    def warm_up(self) -> None:
        """Import the page's engine in a worker (once), so Run starts at once."""
        if self.warm or self._warming or not self.engine_module:
            self.warm = self.warm or not self.engine_module
            return
        self._warming = True
        module = self.engine_module
        run_task(lambda: importlib.import_module(module), self._warmed, self)

    def _warmed(self, _module: object, _error: BaseException | None) -> None:
        self.warm = True

    def display_step(self, step: StepResult) -> StepResult:
        """The step as the details pane shows it (a page may drop facts its own view shows)."""
        return step

    def step_finished(self, step: StepResult) -> None:
        """A step ended (live): update the page's own view."""

    def run_finished(self, result: RunResult) -> None:
        """The run ended: update the page's own view."""

    def run_started(self) -> None:
        """A run is starting: reset the page's own view."""

    # -- running -----------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A run is in progress, or its last events are still being shown."""
        return self.controller.running or bool(self._queue)

    def _later(self, slot: Callable[..., None], *args: Any) -> None:
        self._queue.append((slot, args))
        if not self._pump.isActive():
            self._pump.start()

    def _drain(self) -> None:
        deadline = time.perf_counter() + 0.012
        while self._queue:
            slot, args = self._queue.popleft()
            if slot == self._step_started and any(
                    queued == self._step_finished and later[0].id == args[0]
                    for queued, later in self._queue):
                continue  # the step already ended: show it once, finished
            slot(*args)
            if time.perf_counter() > deadline:
                break
        if not self._queue:
            self._pump.stop()

    def shown(self) -> None:
        self.warm_up()
        self.sync_from_form(self.owner.current_form())

    def run(self) -> bool:
        if self.running:
            return False
        self.clear_errors()
        job = self.make_job()
        if job is None:
            self.results.banner.set_input_problem(
                self.tr("Please correct the %n highlighted field(s).", "", 1))
            return False
        self.result = None
        self.results.start(job.message)
        self.progress.setRange(0, max(job.steps, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.run_started()
        return self.controller.start(job.func)

    def cancel(self) -> None:
        if self.running:
            self.controller.cancel()
            self.results.banner.set_cancelling()

    def _step_started(self, step_id: str, title: str) -> None:
        self.results.step_started(step_id, title)

    def _step_finished(self, step: StepResult) -> None:
        self.results.step_finished(self.display_step(step))
        self.progress.setValue(min(self.progress.value() + 1, self.progress.maximum()))
        self.step_finished(step)

    def _run_finished(self, result: RunResult) -> None:
        self.result = result
        self.results.finish(result)
        self.run_finished(result)
        self.finished.emit(result)

    def _run_failed(self, message: str) -> None:
        self.results.fail(message)

    def _running_changed(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.form_area.setEnabled(not running)
        if not running:
            self.progress.hide()
            if self.cancel_button.hasFocus() or self.focusWidget() is None:
                self.run_button.setFocus()
        self.running_changed.emit(running)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.palette_changed()

    def palette_changed(self) -> None:
        """Re-colour status cells (light <-> dark)."""


__all__ = ["Job", "ToolPage", "fit_rows", "item_status", "recolour_table_items",
           "status_item", "text_item"]
