"""Cold start to first painted main window, median of N fresh processes.

    python tests/support/startup_time.py [N]       (uses $QT_QPA_PLATFORM; offscreen if unset)

Each run is a new interpreter started like ``smtp-doctor`` (app.gui.app.main); the clock starts
just before the process is spawned and stops at the first Paint event of the main window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
t0 = float(os.environ["SMTP_DOCTOR_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
import app.gui.app as gui_app
from app.gui import main_window

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, main_window.MainWindow):
            print(f"{(time.time() - t0) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, obj.close)
            gui_app.QApplication.instance().removeEventFilter(self)
        return False

_create = gui_app.create_application
def create(argv=None):
    app = _create(argv)
    app.installEventFilter(_filter)
    return app
_filter = FirstPaint()
gui_app.create_application = create
sys.exit(gui_app.main([sys.argv[0]]))
"""


def one_run(root: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SMTP_DOCTOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="smtp-doctor-start-")
    env["PYTHONPATH"] = str(root)
    env["SMTP_DOCTOR_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=root, capture_output=True,
                         text=True, timeout=60)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"run failed ({out.returncode}): {out.stderr[-2000:]}")
    return float(lines[-1])


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    root = Path(__file__).resolve().parents[2]
    times = [one_run(root) for _ in range(runs)]
    print("runs (ms):", ", ".join(f"{t:.0f}" for t in times))
    print(f"median cold start to first paint: {statistics.median(times):.0f} ms "
          f"({os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
