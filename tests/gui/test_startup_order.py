"""Start-up order (issue 16): while the main window is built, workers wait; once it has painted
they start, the engine is imported in one, and start-up's objects leave the collector's sight."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QThreadPool

from app.gui import app as gui_app
from app.gui.workers import release_held, run_task


class _Paints(QObject):
    """Counts the Paint events of the object it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Whatever the test froze goes back to the collector (later tests expect a normal gc)."""
    yield
    release_held()  # never leave workers held for the next test
    gc.unfreeze()


def test_workers_wait_for_the_first_paint_then_the_engine_warms_up(
        qtbot: Any, config_dir: Any, memory_keyring: Any, unfrozen: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui import workers
    from app.gui.main_window import MainWindow

    warmed: list[int] = []
    real_warm_up = workers.warm_up

    def warm_up(on_done: Callable[[], None] | None = None) -> None:
        warmed.append(paints.count)
        real_warm_up(on_done)  # the real import of the engine, in a worker

    monkeypatch.setattr(workers, "warm_up", warm_up)

    ran: list[str] = []
    painted_when_run: list[int] = []
    paints = _Paints()

    def job() -> str:
        painted_when_run.append(paints.count)
        ran.append(threading.current_thread().name)
        return "done"

    gui_app.hold_workers()
    window = MainWindow()
    qtbot.addWidget(window)
    window.installEventFilter(paints)
    run_task(job, lambda _r, _e: None)  # e.g. the keychain read the window starts
    gui_app.after_first_paint(window)
    qtbot.wait(50)
    assert ran == [], "a worker ran before the window was shown"
    window.show()
    qtbot.waitUntil(lambda: bool(ran), timeout=10000)
    assert painted_when_run[0] >= 1, "the held worker started before the first paint"
    qtbot.waitUntil(lambda: bool(warmed), timeout=10000)
    assert warmed[0] >= 1, "the engine's warm-up started before the first paint"
    qtbot.waitUntil(lambda: window.registry.done, timeout=10000)
    # the warm-up's import finished, the pages are built: start-up's objects are frozen
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=10000)
    # and jobs started now run at once again
    later: list[bool] = []
    run_task(lambda: True, lambda r, _e: later.append(bool(r)))
    qtbot.waitUntil(lambda: later == [True], timeout=5000)
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_a_window_never_painted_still_releases_the_workers(
        qtbot: Any, config_dir: Any, memory_keyring: Any, unfrozen: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Started minimised (no paint), the held jobs start after a bounded wait anyway."""
    from app.gui.main_window import MainWindow

    monkeypatch.setattr(gui_app._AfterFirstPaint, "LATEST_MS", 200)
    ran: list[bool] = []
    gui_app.hold_workers()
    window = MainWindow()
    qtbot.addWidget(window)
    run_task(lambda: None, lambda _r, _e: ran.append(True))
    gui_app.after_first_paint(window)  # never shown
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    assert QThreadPool.globalInstance().waitForDone(5000)
