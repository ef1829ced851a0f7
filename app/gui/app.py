"""Start the desktop app: ``main() -> int``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui.settings import APPLICATION, ORGANIZATION


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales for HiDPI by default; keep fractional factors (150 %) crisp, not rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
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


def main(argv: Sequence[str] | None = None) -> int:
    app = create_application(argv)
    from app.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    from app.gui.workers import warm_up

    warm_up()
    code = app.exec()
    # Let any worker (a cancelled run, a keyring call bounded by its timeout) finish.
    QThreadPool.globalInstance().waitForDone(10_000)
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
