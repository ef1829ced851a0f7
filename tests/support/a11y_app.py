"""The real app for the AT-SPI test, run in a fresh process on the xcb platform: the form is
filled in (host, port, security) as a saved profile would, then the window is shown and the app
runs until the test closes it. The reader (``atspi_reader.py``) does the rest from outside."""

from __future__ import annotations

import sys


def main() -> int:
    host, port, security = sys.argv[1], sys.argv[2], sys.argv[3]
    from app.gui.app import create_application
    from app.gui.main_window import MainWindow
    from tests.support.gui import fill

    app = create_application(sys.argv[:1])
    window = MainWindow()
    fill(window, host=host, port=port, security=security, connect_timeout="5",
         reply_timeout="5")
    window.resize(1100, 720)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
