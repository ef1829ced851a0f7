"""Start the desktop app: ``main() -> int``."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui.settings import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales for HiDPI by default; keep fractional factors (150 %) crisp, not rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
    # The GUI thread waits for the GIL whenever a worker runs Python code; a worker gives it
    # up after this interval (default 5 ms), so a shorter one keeps event-loop stalls short.
    sys.setswitchinterval(0.001)
    app = QApplication(list(argv) if argv is not None else sys.argv)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smtp-doctor")
    from app.gui import i18n

    i18n.install(app)  # the chosen language, else the OS locale's (app.gui.i18n)
    from app.gui import theme

    app.setWindowIcon(theme.app_icon())
    theme.follower(app)
    # No style or palette is forced: the platform style and the OS colour scheme (light/dark)
    # apply, and widgets re-read colours on palette changes.
    return app


class _AfterFirstPaint(QObject):
    """Once the window has painted: start the held workers, import the engine in one, then
    freeze start-up's objects.

    A worker importing the engine holds the GIL for most of its ~100 ms: started before the
    first paint, it delays that paint by about as much (the GUI thread waits for the GIL).
    """

    LATEST_MS = 1500  # a window that is never painted (started minimised) must not hold them

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._started = False
        QTimer.singleShot(self.LATEST_MS, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        from app.gui.workers import release_held, warm_up

        release_held()
        warm_up(on_done=self._freeze)

    def _freeze(self) -> None:
        # Start-up's objects (modules, classes, the pages built after the first paint) live as
        # long as the app: out of the collector's sight, a full collection during a run scans
        # only what runs made (~1 ms), not everything (~30 ms holding the GIL).
        if not self._window.registry.done:
            QTimer.singleShot(50, self._freeze)
            return
        gc.freeze()


def hold_workers() -> None:
    """Until ``after_first_paint``'s window has painted, workers wait (call before building it)."""
    from app.gui.workers import hold_until_painted

    hold_until_painted()


def after_first_paint(window: MainWindow) -> None:
    """What the app does once ``window`` (shown next) has painted: start the workers held back
    while it was built, then the engine's warm-up."""
    window.installEventFilter(_AfterFirstPaint(window))


def main(argv: Sequence[str] | None = None) -> int:
    app = create_application(argv)
    from app.gui.main_window import MainWindow

    hold_workers()
    window = MainWindow()
    after_first_paint(window)
    window.show()
    code = app.exec()
    # Let any worker (a cancelled run, a keyring call bounded by its timeout) finish.
    QThreadPool.globalInstance().waitForDone(10_000)
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
