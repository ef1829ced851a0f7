"""Take the README screenshots from the real app against the test suite's loopback servers.

Run under a display (Xvfb: ``xvfb-run -a -s "-screen 0 1600x1000x24"``) from the repo root:
    python docs/screenshots/take.py --scheme dark --size 1280x800 --scenario ok --out shot.png
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


@contextlib.contextmanager
def scenario_server(name: str, tmp: Path) -> Iterator[dict[str, object]]:
    from tests.support.servers.pki import build_pki
    from tests.support.servers.ports import refused_port
    from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

    if name == "invalid":
        yield {"host": "smtp://mail.example.com", "port": "99999", "security": "starttls",
               "auth": "login", "username": "shop@example.com", "password": ""}
        return
    if name == "fail":
        yield {"host": "127.0.0.1", "port": refused_port(), "security": "starttls",
               "auth": "login", "username": "shop@example.com", "password": "x"}
        return
    pki = build_pki(tmp)
    with SmtpServer(tls="starttls", require_starttls=True, pki=pki,
                    users={CANARY_USER: CANARY_PASSWORD}) as server:
        yield {"host": "localhost", "port": server.port, "security": "starttls", "auth": "auto",
               "username": CANARY_USER, "password": CANARY_PASSWORD, "ca_file": str(pki.ca_file)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scenario", choices=("ok", "fail", "idle", "invalid"), default="ok")
    parser.add_argument("--action", default="auth")
    parser.add_argument("--tab", choices=("details", "transcript"), default="details")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    tmp = Path(tempfile.mkdtemp(prefix="smtp-doctor-shot-"))
    os.environ["SMTP_DOCTOR_CONFIG_DIR"] = str(tmp / "config")
    # Xvfb has no desktop to say "dark mode": tell the app what the OS setting would be.
    os.environ["SMTP_DOCTOR_COLOR_SCHEME"] = args.scheme

    from PySide6.QtCore import QTimer

    from app.gui.app import create_application

    app = create_application([sys.argv[0]])
    from app.gui.main_window import MainWindow
    from tests.support.gui import fill

    with contextlib.ExitStack() as stack:
        values = ({} if args.scenario == "idle"
                  else stack.enter_context(scenario_server(args.scenario, tmp / "pki")))
        window = MainWindow()
        window.resize(width, height)
        window.show()

        def grab() -> None:
            window.results.tabs.setCurrentIndex(1 if args.tab == "transcript" else 0)
            window.grab().save(args.out)
            window.close()

        def start() -> None:
            server = window.panel.server
            if args.scenario == "idle":
                i = server.provider.findData("gmail")
                server.provider.setCurrentIndex(max(i, 0))
                QTimer.singleShot(300, grab)
                return
            fill(window, **values)
            window.controller.run_finished.connect(lambda _r: QTimer.singleShot(300, grab))
            window.run_action(args.action)
            if args.scenario == "invalid":
                QTimer.singleShot(800, grab)

        QTimer.singleShot(500, start)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
