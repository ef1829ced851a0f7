"""Run every benchmark and print one table: figure, goal, measured, PASS/MISS.

    python -m bench [--quick] [--build] [--only NAME ...] [--write]

``--quick`` fewer samples and shorter timeouts (under a minute instead of about two);
``--build`` builds the frozen app first (about a minute; without it the frozen figures use an
existing packaging/dist/ or are skipped); ``--write`` stores the table in bench/RESULTS.md (the
README links it). Loopback only. Nothing here belongs in the pytest suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable

from bench import ROOT, Figure, loadavg


def _suites(args: argparse.Namespace) -> dict[str, Callable[[], list[Figure]]]:
    from bench import answers, cli_cold, deadlines, frozen, gui, overhead, ports_matrix

    q = args.quick
    return {
        "cli": lambda: cli_cold.run(q),
        "overhead": lambda: overhead.run(q),
        "answers": lambda: answers.run(q),
        "ports": lambda: ports_matrix.run(q),
        "deadlines": lambda: deadlines.run(q),
        "gui": lambda: gui.run(q),
        "frozen": lambda: frozen.run(q, build_first=args.build),
    }


def table(figures: list[Figure]) -> str:
    rows = [("Figure", "Goal", "Measured", "Verdict")]
    rows += [(f.name, f.goal, f.measured, f.verdict) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def notes(figures: list[Figure]) -> str:
    return "\n".join(f"- {f.name}: {f.note}" for f in figures if f.note)


def header(load_before: str, load_after: str, seconds: float, quick: bool) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "?"
    return (f"{dt.datetime.now().isoformat(timespec='minutes')}, commit {commit}"
            f"{' (uncommitted changes)' if _dirty() else ''}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, {'--quick' if quick else 'full'} run in "
            f"{seconds:.0f} s; load average before {load_before}, after {load_after}")


def _dirty() -> bool:
    return bool(subprocess.run(["git", "status", "--porcelain", "app"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples, shorter timeouts")
    parser.add_argument("--build", action="store_true", help="build the frozen app first")
    parser.add_argument("--only", nargs="*", default=[],
                        help="cli overhead answers ports deadlines gui frozen")
    parser.add_argument("--write", action="store_true", help="store the table in RESULTS.md")
    args = parser.parse_args(argv)
    suites = _suites(args)
    unknown = set(args.only) - set(suites)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    figures: list[Figure] = []
    failed = False
    before, t0 = loadavg(), time.monotonic()
    for name, suite in suites.items():
        if args.only and name not in args.only:
            continue
        print(f"bench: {name} … (load {loadavg()})", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            got = suite()
        except Exception as exc:  # one broken benchmark must not hide the others
            failed = True
            traceback.print_exc()
            got = [Figure(f"{name}: could not run", "-", type(exc).__name__, False, str(exc)[:300])]
        figures += got
        print(f"bench: {name} took {time.monotonic() - started:.0f} s", file=sys.stderr)
    text = (f"{header(before, loadavg(), time.monotonic() - t0, args.quick)}\n\n"
            f"{table(figures)}\n\nDetails:\n{notes(figures)}\n")
    print(text)
    if args.write:
        (ROOT / "bench" / "RESULTS.md").write_text(
            "# Latest benchmark results\n\nWritten by `python -m bench --write`; how each figure "
            f"is measured: [README.md](README.md).\n\n{text}", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
