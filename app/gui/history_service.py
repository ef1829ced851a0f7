"""The run history as the app owns it: one :class:`~app.core.storage.history.History`
(SQLite, thread-safe) opened lazily in a worker, every call made in a worker (``run_task``).

The main window saves each completed run here; the History page is only a view of it, so saving a
run never needs that page to exist.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.core.model import RunResult
from app.gui.i18n import translate
from app.gui.workers import run_task

if TYPE_CHECKING:  # sqlite3 and the history module are imported in the worker that opens it
    from app.core.storage.history import History

T = TypeVar("T")


def _warm_up(history: History) -> None:
    from app.core.text.report import os_description

    os_description()
    history.count()


class HistoryService(QObject):
    stored = Signal(int)          # a new run's id
    failed = Signal(str)          # "Could not <what>: <error>" (a call did not work)
    message = Signal(str)         # for the status bar

    def __init__(self, parent: QObject | None = None, *, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._history: History | None = None
        self._open_lock = threading.Lock()
        self._closed = False
        self._warm = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _db(self) -> History:
        """The History, opened on first use; called in worker threads only."""
        with self._open_lock:
            if self._closed:
                raise RuntimeError("the history is closed")
            if self._history is None:
                from app.core.storage.history import History

                self._history = History(self._path)
            return self._history

    def call(self, func: Callable[[History], T], callback: Callable[[T], None], what: str,
             context: QObject | None = None) -> None:
        """Run ``func(history)`` in a worker; ``callback(result)`` on the GUI thread (skipped if
        ``context`` was deleted meanwhile). A failure is told with ``failed`` and ``message``."""
        def done(result: T | None, error: BaseException | None) -> None:
            if error is not None:
                self.message.emit(translate("HistoryService",
                    "History: could not {what}: {error}").format(what=what, error=error))
                self.failed.emit(translate("HistoryService", "Could not {what}: {error}").format(
                        what=what, error=error))
                return
            callback(cast(T, result))  # no error: what func returned

        run_task(lambda: func(self._db()), done, context or self)

    def warm_up(self) -> None:
        """Open the file and import what saving a run needs (in a worker, once)."""
        if not self._warm:
            self._warm = True
            self.call(_warm_up, lambda _r: None, self.tr("open the history"))

    def add_run(self, result: RunResult, profile: str, secrets: tuple[str, ...] = ()) -> None:
        """Store a finished run (in a worker); ``stored`` tells its id."""
        data = result.to_dict()
        self.call(lambda h: h.add(data, profile, secrets=secrets), self.stored.emit,
                  self.tr("save the run"))

    def close(self) -> None:
        """Close the database (in a worker); later calls fail politely."""
        def close() -> None:
            with self._open_lock:
                self._closed = True
                if self._history is not None:
                    self._history.close()
                    self._history = None
        run_task(close, lambda _r, _e: None)
