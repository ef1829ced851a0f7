"""Work off the GUI thread: one QThreadPool runnable whose results come back as signals.

Every job is ``func(on_event, cancel)``: it reports on the way through ``on_event`` (engine
events, monitor samples …), stops soon after ``cancel`` (a :class:`CancelToken`) is cancelled and
returns its result. :class:`JobController` runs one job at a time and ignores the late signals of
a run it no longer follows (one stale-run check, in ``_current``). :class:`RunController` is a
JobController for engine checks: it turns their events into step signals.

``run_task(func, callback)`` (after MusicBrainz Picard) is the one-shot shape over the same
runnable: ``func()`` in the pool, ``callback(result, error)`` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.cancel import CancelToken
from app.core.model import Event, RunFinished, RunResult, ServerSettings, StepFinished, StepStarted
from app.core.text.error_text import error_text

T = TypeVar("T")
OnEvent = Callable[[Any], None]
JobFunc = Callable[[OnEvent, CancelToken], Any]
"""A job: ``func(on_event, cancel) -> result``, run in a worker thread."""
CheckFunc = Callable[[Callable[[Event], None], CancelToken], RunResult]
"""An engine check as a job (the tool pages, the connection check)."""


class _Relay(QObject):
    """Created in the GUI thread: what the worker emits is queued to that thread."""

    reported = Signal(object)
    ended = Signal(object, object)  # result | None, exception | None


class _Job(QRunnable):
    def __init__(self, func: JobFunc, token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._token = token
        self._relay = relay

    def _emit_event(self, event: object) -> None:
        if shiboken6.isValid(self._relay):
            self._relay.reported.emit(event)

    def run(self) -> None:
        try:
            result: Any = self._func(self._emit_event, self._token)
            error: Exception | None = None
        except Exception as exc:
            result, error = None, exc
        if not shiboken6.isValid(self._relay):
            return  # the app is shutting down: nobody is left to tell
        self._relay.ended.emit(result, error)


_held: list[Callable[[], None]] | None = None  # jobs held back until the first paint


def hold_until_painted() -> None:
    """Queue the jobs started from now on until ``release_held()``.

    While the main window is built, a worker (keychain, provider list, OAuth state) importing
    keyring or reading TOML holds the GIL the GUI thread needs to lay out and paint.
    """
    global _held
    if _held is None:
        _held = []


def release_held() -> None:
    """Start the held jobs, in order; jobs start at once from now on."""
    global _held
    held, _held = _held or [], None
    for start in held:
        start()


def _start(func: JobFunc, token: CancelToken, relay: _Relay, pool: QThreadPool | None) -> None:
    job = _Job(func, token, relay)
    if _held is not None:
        _held.append(lambda: (pool or QThreadPool.globalInstance()).start(job))
        return
    (pool or QThreadPool.globalInstance()).start(job)


# -- one-shot calls ----------------------------------------------------------------------------

_pending: set[_Relay] = set()  # relays of one-shot calls in flight (kept alive until they end)


def run_task(func: Callable[[], T], callback: Callable[[T | None, BaseException | None], None],
             context: QObject | None = None, pool: QThreadPool | None = None) -> None:
    """Run ``func()`` in a worker thread; ``callback(result, error)`` runs on the GUI thread.

    With ``context``, the callback is skipped if that object was deleted meanwhile.
    """
    # Owned by the application (the GUI thread), not by its Python wrapper: the worker drops its
    # reference to the relay after emitting, possibly after ``deliver`` has run; had the wrapper
    # owned the C++ object, that last reference would delete it in the worker thread while the
    # deleteLater below is pending (a rare crash under load).
    relay = _Relay(QCoreApplication.instance())
    _pending.add(relay)

    def deliver(result: object, error: BaseException | None) -> None:
        _pending.discard(relay)
        relay.deleteLater()
        if context is not None and not shiboken6.isValid(context):
            return  # the widget that asked is gone
        callback(cast("T | None", result), error)  # what func returned (None after an error)

    relay.ended.connect(deliver)
    _start(lambda _on_event, _cancel: func(), CancelToken(), relay, pool)


def warm_up(on_done: Callable[[], None] | None = None) -> None:
    """Import the engine in a worker once the window is up, so the first run starts at once;
    then ``on_done()`` on the GUI thread."""

    def done(_result: object, _error: BaseException | None) -> None:
        if on_done is not None:
            on_done()

    run_task(lambda: __import__("app.core.checks.connection"), done)


# -- one job at a time -------------------------------------------------------------------------


class JobController(QObject):
    """Runs one job at a time; ``start()`` refuses while one is in progress."""

    reported = Signal(object)     # what the job reported on the way
    finished = Signal(object)     # what it returned
    failed = Signal(object)       # the exception it raised
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._token: CancelToken | None = None
        self._current: _Relay | None = None  # the relay of the run followed; others are stale

    @property
    def running(self) -> bool:
        return self._current is not None

    def start(self, func: JobFunc) -> bool:
        """Run ``func(on_event, cancel)`` in a worker; False while a job is running."""
        if self.running:
            return False
        self._token = CancelToken()
        relay = _Relay(self)  # a child: lives in the GUI thread, so its slots are queued here
        relay.reported.connect(self._on_reported)
        relay.ended.connect(self._on_ended)
        self._current = relay
        _start(func, self._token, relay, self._pool)
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def detach(self) -> None:
        """Forget a run that did not stop (its late signals are ignored); cancels it first."""
        self.cancel()
        if self._current is not None:
            self._current = None
            self._token = None
            self.running_changed.emit(False)

    def _is_current(self) -> bool:
        return self._current is not None and self.sender() is self._current

    @Slot(object)
    def _on_reported(self, event: object) -> None:
        if self._is_current():
            self.reported.emit(event)

    @Slot(object, object)
    def _on_ended(self, result: object, error: BaseException | None) -> None:
        relay = self.sender()
        if isinstance(relay, _Relay):
            relay.deleteLater()  # its worker has returned: nothing more comes through it
        if not self._is_current():
            return  # a stale run's late end: never cross runs
        self._current = None
        self._token = None
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        self.running_changed.emit(False)


class RunController(JobController):
    """A JobController for engine checks (``CheckFunc``): engine events become step signals."""

    step_started = Signal(str, str)   # step id, title
    step_waiting = Signal(str, str, float)  # step id, what it waits for, for how long (s)
    step_finished = Signal(object)    # StepResult
    run_finished = Signal(object)     # RunResult
    run_failed = Signal(str)          # an unexpected engine error, in words

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent, pool)
        self.reported.connect(self._engine_event)
        self.finished.connect(self._ended)
        self.failed.connect(lambda error: self.run_failed.emit(error_text(error)))

    def _engine_event(self, event: object) -> None:
        if isinstance(event, StepStarted):
            self.step_started.emit(event.step_id, event.title)
            if event.waiting_for and event.timeout_s:
                self.step_waiting.emit(event.step_id, event.waiting_for, event.timeout_s)
        elif isinstance(event, StepFinished):
            self.step_finished.emit(event.result)
        elif isinstance(event, RunFinished):
            pass  # delivered with ``finished`` once the worker has returned

    def _ended(self, result: object) -> None:
        if isinstance(result, RunResult):
            self.run_finished.emit(result)
        else:
            self.run_failed.emit(self.tr("The check returned no result: {result!r}").format(
                    result=result))


def run_check(settings: ServerSettings, on_event: Callable[[Event], None],
              cancel: CancelToken) -> RunResult:
    """The connection check as a job (``partial(run_check, settings)``)."""
    # Imported here, in the worker thread: the engine's first import must not stall the GUI.
    from app.core.checks.connection import run_check as engine_run_check

    return engine_run_check(settings, on_event, cancel)


__all__ = ["CheckFunc", "JobController", "JobFunc", "RunController", "hold_until_painted",
           "release_held", "run_check", "run_task", "warm_up"]
