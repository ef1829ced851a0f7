"""Bounce: paste, drop or open a bounce and read why the mail came back, with the fixes.

The text box takes a pasted bounce (the whole message or only its text); a file dropped on it
(or on the page) or chosen with Open… is read in a worker and kept as bytes, so its charsets are
decoded by the parser, not by the text box. Reading happens in a worker too: first
``read_bounce`` (input that is not a bounce gets its message next to the box), then the engine
run (``run_bounce``) whose steps and advice show in the same view as every other tool.
Outlook's .msg files are binary (OLE compound files): the text inside them is read, and the
note in the results says to paste the bounce's text for the full report.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.model import Event, RunResult
from app.gui.i18n import QT_TRANSLATE_NOOP
from app.gui.pages.base import Job, ToolPage
from app.gui.pages.page import PageHost, ReportSource
from app.gui.workers import run_task

if TYPE_CHECKING:
    from app.core.records.bounce import Bounce
    from app.gui.export import ReportExporter

MAX_FILE = 64 * 1024 * 1024  # read at most (the parser reads less)
MAX_SHOWN = 512 * 1024  # characters of an opened file shown in the box
FILE_FILTER = QT_TRANSLATE_NOOP(
    "BouncePage", "Messages and text (*.eml *.txt *.msg *.mbox *.log);;All files (*)")


def read_file(path: str) -> bytes:
    """A file's first ``MAX_FILE`` bytes (in a worker)."""
    with open(path, "rb") as fh:
        return fh.read(MAX_FILE)


def local_file(mime: QMimeData) -> str:
    """The first local file a drag carries ("" when none)."""
    if not mime.hasUrls():
        return ""
    return next((url.toLocalFile() for url in mime.urls() if url.isLocalFile()), "")


class BounceEdit(QPlainTextEdit):
    """The paste box; a file dropped on it is opened instead of pasted as its name."""

    file_dropped = Signal(str)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt override
        return bool(local_file(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        path = local_file(source)
        if path:
            self.file_dropped.emit(path)
        else:
            super().insertFromMimeData(source)


class BouncePage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "BouncePage",
        "Bounce: paste a bounce (the whole message or just its text), drop an .eml or .txt file "
        "here, or open one. SMTP Doctor reads who didn't get the mail, which server said so and "
        "why, and what to do about it.")
    idle_message = QT_TRANSLATE_NOOP("BouncePage",
                                     "Paste or open a bounce, then press Read bounce.")
    run_text = QT_TRANSLATE_NOOP("BouncePage", "Read bo&unce")
    engine_module = "app.core.checks.bounce"

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        self._data: bytes | None = None  # the opened file's bytes, while the box shows it
        self._source = ""  # the opened file's name
        self._loading = False  # a file is being read
        self._parsing = False  # read_bounce is running
        self._bounce: Bounce | None = None
        self._exporter: ReportExporter | None = None
        super().__init__(host, parent)
        self.setAcceptDrops(True)

    # -- the form ----------------------------------------------------------------------------------
    def build_form(self) -> None:
        self.text = BounceEdit(self)
        self.text.setObjectName("bounceText")
        self.text.setPlaceholderText(self.tr("Paste the bounce here: the returned message with "
                                             "its headers, or only its text."))
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Bounce text"))
        rows = self.text.fontMetrics().lineSpacing() * 5 + 12
        self.text.setFixedHeight(rows)
        self.text.textChanged.connect(self._edited)
        self.text.file_dropped.connect(self.open_file)

        self.side = side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.open_button = QPushButton(self.tr("&Open…"), side)
        self.open_button.setToolTip(self.tr("Open a saved bounce (.eml, .txt, Outlook .msg)"))
        self.open_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self.tr("C&lear"), side)
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(self.tr("Ex&port…"), side)
        self.export_button.setToolTip(self.tr("Save this reading as a report (HTML, Markdown "
                                              "or JSON)"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        column.addWidget(self.open_button)
        column.addWidget(self.clear_button)
        column.addWidget(self.export_button)
        column.addStretch(1)
        self.add_field(0, 0, self.tr("&Bounce:"), self.text, "text", extra=side)

    def focus_order(self) -> list[QWidget]:
        """The box, its buttons, then Run and the results."""
        order = [w for w in super().focus_order() if w is not self.side]
        at = order.index(self.text) + 1
        return [*order[:at], self.open_button, self.clear_button, self.export_button,
                *order[at:]]

    def _edited(self) -> None:
        if not self._loading:
            self._data, self._source = None, ""  # typed or pasted over: the box is the input

    def clear(self) -> None:
        self.text.clear()
        self.clear_errors()

    # -- files -------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _selected = QFileDialog.getOpenFileName(self, self.tr("Open a bounce"), "",
                                                      self.tr(FILE_FILTER))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Read ``path`` in a worker, then show it in the box (and keep its bytes)."""
        self.clear_errors()
        self.message.emit(self.tr("Opening {name}…").format(name=Path(path).name))
        run_task(partial(read_file, path), partial(self._file_read, path), self)

    def _file_read(self, path: str, data: bytes | None, error: BaseException | None) -> None:
        name = Path(path).name
        if error is not None or data is None:
            reason = getattr(error, "strerror", None) or str(error)
            self.show_error("text", self.tr("Could not read {name}: {reason}").format(
                name=name, reason=reason))
            return
        from app.core.records.bounce import OLE_MAGIC, binary_text, decode_bytes

        shown = binary_text(data) if data.startswith(OLE_MAGIC) else decode_bytes(
            data[:MAX_SHOWN * 4])[:MAX_SHOWN]
        self._loading = True
        try:
            self.text.setPlainText(shown)
        finally:
            self._loading = False
        self._data, self._source = data, name
        self.message.emit(self.tr("Opened {name}.").format(name=name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if local_file(event.mimeData()) or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        mime = event.mimeData()
        path = local_file(mime)
        if path:
            self.open_file(path)
        elif mime.hasText():
            self.text.setPlainText(mime.text())
        event.acceptProposedAction()

    # -- running -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.running or self._parsing

    def run(self) -> bool:
        """Read the input in a worker first: what is not a bounce is said next to the box."""
        if self.busy:
            return False
        self.clear_errors()
        data = self._data if self._data is not None else self.text.toPlainText().encode(
            "utf-8", errors="replace")
        if not data.strip():
            self.show_error("text", self.tr("Paste a bounce or open a file first."))
            self.results.banner.set_input_problem(self.tr("There is nothing to read yet."))
            return False
        self._parsing = True
        self.run_button.setEnabled(False)
        self.results.banner.set_running(self.tr("Reading the bounce…"))
        run_task(partial(_read, data), self._parsed, self)
        return True

    def _parsed(self, bounce: Bounce | None, error: BaseException | None) -> None:
        self._parsing = False
        self.run_button.setEnabled(True)
        if error is not None:
            from app.core.text.error_text import error_text

            self.results.fail(error_text(error))
            return
        if bounce is None:
            self.show_error("text", self.tr("This is not a bounce: SMTP Doctor found no "
                                            "delivery report, no failed recipient and no server "
                                            "reply in it."))
            self.results.banner.set_input_problem(self.tr("Paste or open the bounce message."))
            return
        self._bounce = bounce
        super().run()

    def make_job(self) -> Job | None:
        if self._bounce is None:
            return None
        bounce, self._bounce = self._bounce, None
        source = self._source or self.tr("pasted text")
        return Job(partial(bounce_job, bounce, source), self.tr("Reading the bounce…"),
                   1 + max(len(bounce.recipients), 1))

    def run_started(self) -> None:
        self.export_button.setEnabled(False)

    def run_finished(self, result: RunResult) -> None:
        self.export_button.setEnabled(True)

    def export(self) -> None:
        """Save the reading as a report (the window's File › Export does the same)."""
        if self.result is None:
            return
        if self._exporter is None:
            from app.gui.export import ReportExporter

            self._exporter = ReportExporter(self)
            self._exporter.message.connect(self.message)
        self._exporter.export(self.result)

    def report_source(self) -> ReportSource | None:
        return (self.result, None) if self.result is not None else None


def _read(data: bytes) -> Any:
    from app.core.checks.bounce import read_bounce

    return read_bounce(data)


def bounce_job(bounce: Bounce, source: str, on_event: Callable[[Event], None],
               cancel: CancelToken) -> RunResult:
    """The bounce reading as a job, imported in the worker."""
    from app.core.checks.bounce import BounceOptions, run_bounce

    return run_bounce(BounceOptions(bounce, source), on_event, cancel)
