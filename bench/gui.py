"""GUI: cold start to the first painted window; event-loop stalls and memory over many runs.

    python -m bench.gui [--starts N] [--runs N]

Offscreen Qt (``QT_QPA_PLATFORM=offscreen`` unless set), an empty config dir, the null keyring.

* **cold start** — a fresh interpreter per sample started like ``smtp-doctor`` (the same child
  code as tests/support/startup_time.py: ``app.gui.app.main()`` with an event filter); the clock
  starts just before the spawn and stops at the main window's first Paint event. Median of N.
  Goal ≤ 0.7 s on a 2-core machine.
* **stalls and memory** — one window in a fresh process runs "Test login" (STARTTLS + AUTH
  PLAIN, to the test bed's aiosmtpd server, which runs in *this* process so it does not share
  the GUI's interpreter lock) N times in a row, driven by the event loop (no processEvents).
  A 2 ms precise QTimer on the GUI thread records the largest gap between two ticks while a run
  is in flight: the longest the event loop could not answer (goal ≤ 20 ms). RSS
  (/proc/self/status VmRSS) after the first and after the last run; every run also goes to the
  history database, as in real use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import ROOT, Figure, child_env, loadavg, median, spread
from tests.support.servers.pki import build_pki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer
from tests.support.startup_time import CHILD as START_CHILD

RUNS_CHILD = r"""
import json, os, sys, time
from PySide6.QtCore import QTimer, Qt
import app.gui.app as gui_app
from app.gui.main_window import MainWindow
from app.gui.widgets.server_form import set_combo

conf = json.loads(os.environ["SMTP_DOCTOR_BENCH_CONF"])
qapp = gui_app.create_application([sys.argv[0]])
gui_app.hold_workers()  # as main() does: workers wait for the first paint
window = MainWindow()
gui_app.after_first_paint(window)  # then they start, and the engine's warm-up
window.resize(1100, 720)
window.show()
server, adv, msg = window.panel.server, window.panel.advanced, window.panel.message
server.host.setText("localhost"); server.port.setText(str(conf["port"]))
set_combo(server.security, "starttls"); set_combo(server.auth, "plain")
server.username.setText(conf["user"]); server.password.setText(conf["password"])
adv.ca_file.setText(conf["ca_file"])

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
state = {"last": 0.0, "gap": 0.0, "running": False, "done": 0, "gaps": [], "rss": {},
         "statuses": set()}
tick = QTimer(); tick.setTimerType(Qt.TimerType.PreciseTimer); tick.setInterval(2)
def on_tick():
    now = time.perf_counter()
    if state["running"]:
        state["gap"] = max(state["gap"], now - state["last"])
    state["last"] = now
tick.timeout.connect(on_tick)

def start_run():
    state["gap"] = 0.0
    state["last"] = time.perf_counter()
    state["running"] = True
    if not window.run_action("auth"):
        raise SystemExit("run refused")
    poll.start()

poll = QTimer(); poll.setInterval(5)
def on_poll():
    if window.busy:
        return
    poll.stop()
    state["running"] = False
    state["gaps"].append(state["gap"] * 1000)
    result = window.results.result
    state["statuses"].add(result.status.value if result is not None else "none")
    state["done"] += 1
    if state["done"] in (1, conf["runs"]) or state["done"] % 25 == 0:
        state["rss"][state["done"]] = rss_mb()
    if state["done"] >= conf["runs"]:
        QTimer.singleShot(300, finish)  # let the last history write land
    else:
        QTimer.singleShot(20, start_run)
poll.timeout.connect(on_poll)

def finish():
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(5000)
    state["rss"]["end"] = rss_mb()
    with open(conf["out"], "w") as f:
        json.dump({"gaps": state["gaps"], "rss": state["rss"],
                   "statuses": sorted(state["statuses"])}, f)
    window.close()
    qapp.quit()

state["rss"]["shown"] = None
def begin():
    state["rss"]["shown"] = rss_mb()
    tick.start()
    start_run()
QTimer.singleShot(500, begin)  # after the first paint and the start-up workers
sys.exit(qapp.exec())
"""


def gui_env(config: str) -> dict[str, str]:
    env = child_env(SMTP_DOCTOR_CONFIG_DIR=config,
                    PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def cold_start() -> float:
    env = gui_env(tempfile.mkdtemp(prefix="smtp-doctor-bench-gui-"))
    env["SMTP_DOCTOR_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", START_CHILD], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"GUI start failed ({out.returncode}): {out.stderr[-2000:]}")
    return float(lines[-1])


def runs_in_one_window(runs: int) -> dict[str, Any]:
    pki = build_pki(Path(tempfile.mkdtemp(prefix="smtp-doctor-bench-pki-")))
    out = Path(tempfile.mkstemp(prefix="smtp-doctor-bench-", suffix=".json")[1])
    with SmtpServer(host="127.0.0.1", tls="starttls", require_starttls=True, pki=pki,
                    users={CANARY_USER: CANARY_PASSWORD}) as server:
        env = gui_env(tempfile.mkdtemp(prefix="smtp-doctor-bench-gui-"))
        env["SMTP_DOCTOR_BENCH_CONF"] = json.dumps({
            "port": server.port, "user": CANARY_USER, "password": CANARY_PASSWORD,
            "ca_file": str(pki.ca_file), "runs": runs, "out": str(out)})
        proc = subprocess.run([sys.executable, "-c", RUNS_CHILD], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=60 + runs * 5)
    if proc.returncode != 0 or not out.stat().st_size:
        raise RuntimeError(f"GUI runs failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(out.read_text())
    out.unlink()
    return data


def run(quick: bool = False, starts: int | None = None, runs: int | None = None
        ) -> list[Figure]:
    times = [cold_start() for _ in range((starts or (3 if quick else 7)) + 1)][1:]
    n = runs or (20 if quick else 100)
    data = runs_in_one_window(n)
    gaps = data["gaps"]
    rss = {str(k): v for k, v in data["rss"].items()}
    return [
        Figure("GUI cold start to first painted window", "<= 300 ms",
               f"{median(times):.0f} ms", median(times) <= 300, spread(times)),
        Figure(f"GUI largest event-loop stall during a run ({n} runs)", "<= 20 ms",
               f"{max(gaps):.1f} ms", max(gaps) <= 20,
               f"first run {gaps[0]:.1f} ms, median of per-run maxima {median(gaps):.1f} ms, "
               f"90th percentile {sorted(gaps)[int(len(gaps) * 0.9)]:.1f} ms, runs over "
               f"20 ms: {sum(g > 20 for g in gaps)} of {n}; "
               f"run statuses: {', '.join(data['statuses'])}"),
        Figure(f"GUI memory (RSS) after 1 and after {n} runs", "-",
               f"{rss['1']:.0f} MB -> {rss[str(n)]:.0f} MB", None,
               f"shown {rss['shown']:.0f} MB; " + ", ".join(
                   f"after {k}: {v:.0f}" for k, v in rss.items() if k not in ("shown", "1"))),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    for figure in run(False, args.starts, args.runs):
        print(f"{figure.name}: {figure.measured} (goal {figure.goal}) {figure.verdict}  "
              f"{figure.note}")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
