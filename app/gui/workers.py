"""Work off the GUI thread: QThreadPool runnables whose results come back as signals.

``run_task(func, callback)`` (after MusicBrainz Picard) runs ``func()`` in the global pool and calls
``callback(result, error)`` on the GUI thread. ``RunController`` runs one engine check at a time
and turns its events into Qt signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.cancel import CancelToken
from app.core.model import Event, RunFinished, RunResult, ServerSettings, StepFinished, StepStarted

Callback = Callable[[Any, BaseException | None], None]


class _TaskRelay(QObject):
    """Lives in the GUI thread; the worker emits ``done`` and Qt queues the slot to this thread."""

    done = Signal(object, object)

    def __init__(self, callback: Callback, context: QObject | None) -> None:
        super().__init__()
        self._callback = callback
        self._context = context
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Any) -> None:
        _pending.discard(self)
        if self._context is not None and not shiboken6.isValid(self._context):
            return  # the widget that asked is gone
        self._callback(result, error)


_pending: set[_TaskRelay] = set()


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _TaskRelay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result: Any = self._func()
            error: Exception | None = None
        except Exception as exc:
            result, error = None, exc
        if not shiboken6.isValid(self._relay):
            return  # the app is shutting down: nobody is left to tell
        self._relay.done.emit(result, error)


def run_task(func: Callable[[], Any], callback: Callback, context: QObject | None = None,
             pool: QThreadPool | None = None) -> None:
    """Run ``func()`` in a worker thread; ``callback(result, error)`` runs on the GUI thread.

    With ``context``, the callback is skipped if that object was deleted meanwhile.
    """
    relay = _TaskRelay(callback, context)
    _pending.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(func, relay))


RunFunc = Callable[..., RunResult]


def _default_run_check() -> RunFunc:
    return _run_check_in_worker


def _run_check_in_worker(settings: ServerSettings, on_event: Callable[[Event], None] | None = None,
                         cancel: CancelToken | None = None) -> RunResult:
    # Imported here, in the worker thread: the engine's first import must not stall the GUI.
    from app.core.checks.connection import run_check

    return run_check(settings, on_event, cancel)


def warm_up() -> None:
    """Import the engine in a worker once the window is up, so the first run starts at once."""
    run_task(lambda: __import__("app.core.runner"), lambda _r, _e: None)


class _RunSignals(QObject):
    engine_event = Signal(object)
    ended = Signal(object, object)  # RunResult | None, exception | None


class _RunTask(QRunnable):
    def __init__(self, func: RunFunc, settings: ServerSettings, token: CancelToken,
                 signals: _RunSignals) -> None:
        super().__init__()
        self._func = func
        self._settings = settings
        self._token = token
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._func(self._settings, on_event=self._signals.engine_event.emit,
                                cancel=self._token)
        except Exception as exc:
            self._signals.ended.emit(None, exc)
        else:
            self._signals.ended.emit(result, None)


class RunController(QObject):
    """Runs one check at a time; ``start()`` refuses while a run is in progress."""

    step_started = Signal(str, str)   # step id, title
    step_waiting = Signal(str, str, float)  # step id, what it waits for, for how long (s)
    step_finished = Signal(object)    # StepResult
    run_finished = Signal(object)     # RunResult
    run_failed = Signal(str)          # an unexpected engine error, in words
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, run_func: RunFunc | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._run_func = run_func
        self._pool = pool or QThreadPool.globalInstance()
        self._token: CancelToken | None = None
        self._signals: _RunSignals | None = None

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, settings: ServerSettings) -> bool:
        if self.running:
            return False
        func = self._run_func or _default_run_check()
        self._token = CancelToken()
        signals = _RunSignals()  # created here: lives in the GUI thread, so slots are queued
        signals.engine_event.connect(self._on_event)
        signals.ended.connect(self._on_ended)
        self._signals = signals
        self._pool.start(_RunTask(func, settings, self._token, signals))
        self.running_changed.emit(True)
        return True

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def detach(self) -> None:
        """Forget a run that did not stop (its late signals are ignored); cancels it first."""
        self.cancel()
        if self._token is not None:
            self._token = None
            self._signals = None
            self.running_changed.emit(False)

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        if self.sender() is not self._signals:
            return  # a stale run's late event: never cross runs
        if isinstance(event, StepStarted):
            self.step_started.emit(event.step_id, event.title)
            if event.waiting_for and event.timeout_s:
                self.step_waiting.emit(event.step_id, event.waiting_for, event.timeout_s)
        elif isinstance(event, StepFinished):
            self.step_finished.emit(event.result)
        elif isinstance(event, RunFinished):
            pass  # delivered with ``ended`` once the worker has returned

    @Slot(object, object)
    def _on_ended(self, result: RunResult | None, error: BaseException | None) -> None:
        if self.sender() is not self._signals:
            return
        self._token = None
        self._signals = None
        if error is not None or result is None:
            self.run_failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.run_finished.emit(result)
        self.running_changed.emit(False)


# -- any engine check: ``func(on_event, cancel) -> RunResult`` (the tool pages) ------------------

ToolFunc = Callable[[Callable[[Event], None], CancelToken], RunResult]


class _FuncTask(QRunnable):
    def __init__(self, func: ToolFunc, token: CancelToken, signals: _RunSignals) -> None:
        super().__init__()
        self._func = func
        self._token = token
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._func(self._signals.engine_event.emit, self._token)
        except Exception as exc:
            self._signals.ended.emit(None, exc)
        else:
            self._signals.ended.emit(result, None)


class ToolRunController(RunController):
    """A RunController for any check: ``start_func(func)`` runs ``func(on_event, cancel)``.

    Same signals and rules: one run at a time, late events of a detached run are ignored.
    """

    def start(self, settings: ServerSettings) -> bool:  # not for tool pages
        raise TypeError("ToolRunController runs functions: use start_func()")

    def start_func(self, func: ToolFunc) -> bool:
        if self.running:
            return False
        self._token = CancelToken()
        signals = _RunSignals()  # created here: lives in the GUI thread, so slots are queued
        signals.engine_event.connect(self._on_event)
        signals.ended.connect(self._on_ended)
        self._signals = signals
        self._pool.start(_FuncTask(func, self._token, signals))
        self.running_changed.emit(True)
        return True
