"""Screenshots of the Monitor and History pages, from the real app against loopback servers.

Run under a display from the repo root, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/take_tools.py \
        --scheme dark --view monitor --out docs/screenshots/monitor-dark-1280x800.png

monitor: 16 runs of "Test login" one simulated minute apart (the checks are real); the password
is changed on the server for two runs, so two failures show. history: four connection-test runs
(one with a wrong password), the failed one open. compare: the same runs, two compared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--view", choices=("monitor", "history", "compare"), default="monitor")
    parser.add_argument("--runs", type=int, default=16)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    tmp = Path(tempfile.mkdtemp(prefix="smtp-doctor-shot-"))
    os.environ["SMTP_DOCTOR_CONFIG_DIR"] = str(tmp / "config")
    os.environ["SMTP_DOCTOR_DATA_DIR"] = str(tmp / "data")
    os.environ["SMTP_DOCTOR_COLOR_SCHEME"] = args.scheme

    from PySide6.QtCore import QTimer

    from app.core.monitor import SimulatedClock
    from app.gui.app import create_application

    app = create_application([sys.argv[0]])
    from app.gui.main_window import MainWindow
    from tests.support.gui import fill
    from tests.support.servers.pki import build_pki
    from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

    pki = build_pki(tmp / "pki")
    with SmtpServer(tls="starttls", require_starttls=True, pki=pki,
                    users={CANARY_USER: CANARY_PASSWORD}) as server:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        fill(window, host="localhost", port=server.port, security="starttls", auth="auto",
             username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))

        def grab() -> None:
            window.grab().save(args.out)
            window.close()

        def monitor() -> None:
            page = window.registry.page("monitor")
            window.pages.setCurrentWidget(page)

            class Clock(SimulatedClock):
                """Between runs 9-10 the mailbox password is changed on the server, then set
                back (in the monitor's thread, between runs, so it is deterministic)."""

                sleeps = 0

                def sleep(self, seconds: float, cancel: Any) -> bool:
                    Clock.sleeps += 1
                    if Clock.sleeps == 8:
                        server.users[CANARY_USER] = "changed-on-the-server"
                    elif Clock.sleeps == 10:
                        server.users[CANARY_USER] = CANARY_PASSWORD
                    return super().sleep(seconds, cancel)

            page.clock_factory = Clock
            page.check.setCurrentIndex(page.check.findData("auth"))
            page.mode.setCurrentIndex(page.mode.findData("count"))
            page.count.setValue(args.runs)
            page.running_changed.connect(
                lambda running: None if running else QTimer.singleShot(400, grab))
            page.run()

        runs = [CANARY_PASSWORD, CANARY_PASSWORD, "wrong-password", CANARY_PASSWORD]

        def history() -> None:
            if runs:
                fill(window, password=runs.pop(0))
                window.run_action("auth")
                return
            page = window.registry.page("history")
            window.pages.setCurrentWidget(page)
            QTimer.singleShot(400, open_runs)

        def open_runs() -> None:
            page = window.registry.page("history")
            if args.view == "compare":
                page.select_rows(1, 2)
                page.compare_selected()
            else:
                page.select_rows(1)
            QTimer.singleShot(600, grab)

        if args.view == "monitor":
            QTimer.singleShot(500, monitor)
        else:
            window.history.stored.connect(lambda _id: QTimer.singleShot(200, history))
            QTimer.singleShot(500, history)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
