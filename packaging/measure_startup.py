"""Time from starting a frozen SMTP Doctor to its first painted window (median of N runs).

    python packaging/measure_startup.py packaging/dist/smtp-doctor/smtp-doctor [-n 5] [--cold]

Runs ``BINARY --self-test`` N times and times each from process start until the self-test's
``gui: painted`` line (printed once the main window is exposed and painted; ``gui: ok`` from
a self-test that does not print it). ``--cold`` first drops
the OS page cache (Linux, root only) so that every run reads the files from disk again.
Offscreen on Linux without a display.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_run(binary: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "--self-test"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if shown is None and line.strip().startswith(("gui: painted", "gui: ok")):
            shown = time.perf_counter() - start
    if proc.wait(120) != 0 or shown is None:
        raise SystemExit(f"measure_startup: {binary} --self-test failed (exit {proc.returncode})")
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("-n", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    cold = args.cold
    for _ in range(args.n):
        if cold and not drop_caches():
            print("measure_startup: cannot drop the page cache here: warm runs only")
            cold = False
        times.append(one_run(args.binary, env))
    print(f"measure_startup: {'cold' if cold else 'warm'} start to first window: median "
          f"{statistics.median(times) * 1000:.0f} ms (runs: "
          f"{', '.join(f'{t * 1000:.0f}' for t in times)} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
