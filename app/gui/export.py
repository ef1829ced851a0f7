"""File > Export… and Edit > Copy report for a run's result.

Rendering (Jinja2 templates read from disk) and writing run in a worker; only the dialog and the
clipboard are touched on the GUI thread. The format follows the chosen filter, or the extension
typed. The password of the form is passed as a secret to scrub once more (the engine already
redacted the transcript where it was recorded; settings only say whether a password was set).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.model import RunResult
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.workers import run_task

FILTERS: dict[str, str] = {
    "html": QT_TRANSLATE_NOOP("export", "HTML report (*.html *.htm)"),
    "md": QT_TRANSLATE_NOOP("export", "Markdown (*.md *.markdown)"),
    "json": QT_TRANSLATE_NOOP("export", "JSON (*.json)"),
}
SUFFIX = {"html": ".html", "md": ".md", "json": ".json"}


def format_from_filter(selected_filter: str) -> str | None:
    for fmt, text in {f: translate("export", t) for f, t in FILTERS.items()}.items():
        if selected_filter == text:
            return fmt
    return None


def resolve_path(path: str, selected_filter: str = "") -> tuple[Path, str]:
    """The file and format: a known extension wins, else the filter's (its suffix is added)."""
    from app.core.text.report import EXTENSIONS

    target = Path(path)
    fmt = EXTENSIONS.get(target.suffix.lower())
    if fmt is not None:
        return target, fmt
    fmt = format_from_filter(selected_filter) or "html"
    return target.with_name(target.name + SUFFIX[fmt]), fmt


def default_name(result: RunResult) -> str:
    host = str(result.target.get("host") or result.target.get("tool") or "server")
    safe = "".join(c if c.isalnum() or c in "-." else "-" for c in host).strip("-.") or "server"
    try:
        when = dt.datetime.fromisoformat(result.started_at).astimezone()
    except ValueError:
        when = dt.datetime.now()
    return f"smtp-doctor-{safe}-{when:%Y%m%d-%H%M}"


def _render_both(data: dict[str, Any], environment: Mapping[str, str] | None,
                 secrets: tuple[str, ...]) -> tuple[str, str]:
    from app.core.text.report import render

    return (render(data, "md", environment=environment, secrets=secrets),
            render(data, "html", environment=environment, secrets=secrets))


def _write(data: dict[str, Any], path: Path, fmt: str, environment: Mapping[str, str] | None,
           secrets: tuple[str, ...]) -> Path:
    from app.core.text.report import write

    return write(data, path, fmt, environment=environment, secrets=secrets)


class ReportExporter(QObject):
    """Export and copy reports; ``message`` says what happened (for the status bar)."""

    message = Signal(str)
    exported = Signal(str)  # the path written
    copied = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.last_format = "html"

    def export(self, result: RunResult | None, environment: Mapping[str, str] | None = None,
               secrets: Iterable[str] = ()) -> None:
        """Ask where (native save dialog), then render and write in a worker."""
        if result is None:
            self.message.emit(self.tr(
                "Run a test (or open one from the history) to export its report."))
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        order = [self.last_format, *(f for f in FILTERS if f != self.last_format)]
        path, selected = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export report"),
            str(Path(folder) / (default_name(result) + SUFFIX[self.last_format])),
            ";;".join(translate("export", FILTERS[f]) for f in order),
            translate("export", FILTERS[self.last_format]))
        if path:
            self.export_to(result, path, selected, environment, secrets)

    def export_to(self, result: RunResult, path: str, selected_filter: str = "",
                  environment: Mapping[str, str] | None = None, secrets: Iterable[str] = (),
                  done: Callable[[Path | None, BaseException | None], None] | None = None
                  ) -> None:
        target, fmt = resolve_path(path, selected_filter)
        self.last_format = fmt
        data = result.to_dict()
        hidden = tuple(s for s in secrets if s)
        env = dict(environment) if environment else None

        def finished(written: Any, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(translate("ReportExporter",
                    "Could not export the report: {error}").format(error=error))
            else:
                self.message.emit(translate("ReportExporter", "Report saved to {written}.").format(
                        written=written))
                self.exported.emit(str(written))
            if done is not None:
                done(written, error)

        run_task(lambda: _write(data, target, fmt, env, hidden), finished, self)

    def copy(self, result: RunResult | None, environment: Mapping[str, str] | None = None,
             secrets: Iterable[str] = ()) -> None:
        """Markdown as text and HTML as rich text on the clipboard (rendered in a worker)."""
        if result is None:
            self.message.emit(self.tr(
                "Run a test (or open one from the history) to copy its report."))
            return
        data = result.to_dict()
        hidden = tuple(s for s in secrets if s)
        env = dict(environment) if environment else None

        def rendered(texts: Any, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(translate("ReportExporter",
                    "Could not copy the report: {error}").format(error=error))
                return
            markdown, html = texts
            mime = QMimeData()
            mime.setText(markdown)
            mime.setHtml(html)
            QGuiApplication.clipboard().setMimeData(mime)
            self.message.emit(translate("ReportExporter",
                "Report copied to the clipboard (Markdown and rich text)."))
            self.copied.emit()

        run_task(lambda: _render_both(data, env, hidden), rendered, self)
