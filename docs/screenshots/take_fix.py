"""Screenshots of a one-click fix, before and after: plain SMTP to an implicit-TLS loopback server,
then a click on "Switch to SSL/TLS and retry".

Run from the repo root (offscreen works; under Xvfb the window decorations are real):
    python docs/screenshots/take_fix.py --scheme light --size 1280x800 --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    out = Path(args.out)
    tmp = Path(tempfile.mkdtemp(prefix="smtp-doctor-shot-"))
    os.environ["SMTP_DOCTOR_CONFIG_DIR"] = str(tmp / "config")
    os.environ["SMTP_DOCTOR_COLOR_SCHEME"] = args.scheme

    from PySide6.QtCore import QTimer

    from app.gui.app import create_application

    app = create_application([sys.argv[0]])
    from app.gui.main_window import MainWindow
    from tests.support.gui import fill
    from tests.support.servers.pki import build_pki
    from tests.support.servers.smtpd import SmtpServer

    pki = build_pki(tmp / "pki")
    name = f"fix-{args.scheme}-{args.size}"
    with SmtpServer(tls="tls", pki=pki) as server:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        shots: list[str] = []

        def finished(_result: object) -> None:
            QTimer.singleShot(300, shoot)

        def shoot() -> None:
            if not shots:
                shots.append("before")
                window.grab().save(str(out / f"{name}-before.png"))
                bar = window.results.fix_actions
                button = next(b for b in bar.buttons if b.text().startswith("Switch to SSL/TLS"))
                button.click()
                return
            window.grab().save(str(out / f"{name}-after.png"))
            window.close()

        def start() -> None:
            fill(window, host="localhost", port=server.port, security="starttls", auth="none",
                 ca_file=str(pki.ca_file), reply_timeout="5")
            window.controller.run_finished.connect(finished)
            window.run_action("ehlo")

        QTimer.singleShot(500, start)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
