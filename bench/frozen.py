"""Frozen app (PyInstaller onedir): size of packaging/dist/ and its cold start.

    python -m bench.frozen [--build] [--starts N]

Only with an existing ``packaging/dist/smtp-doctor/`` (or ``--build``, which runs
``packaging/build.py --no-installer`` first: about a minute). Size: every regular file under
the app's folder (symlinks not counted twice), in MB (10^6 bytes), split into Qt's ICU (the
issue takes it as given) and the rest. Cold start: ``packaging/measure_startup.py``'s measure:
spawn ``smtp-doctor --self-test`` and stop at its ``gui: painted`` line, which the self-test
prints once the main window — opened as ``main()`` opens it, workers held until the first
paint — has been shown and painted (offscreen); the self-test's loopback check comes later.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from bench import ROOT, Figure, child_env, loadavg, median, spread

DIST = ROOT / "packaging" / "dist" / "smtp-doctor"
BINARY = DIST / "smtp-doctor"


def size_mb(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def icu_mb(path: Path) -> float:
    """Qt's ICU libraries (libicudata, libicui18n, libicuuc): Linux wheels only."""
    files = (p for p in path.rglob("libicu*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def biggest(path: Path, top: int = 8) -> list[tuple[float, str]]:
    files = [(p.stat().st_size / 1e6, str(p.relative_to(path))) for p in path.rglob("*")
             if p.is_file() and not p.is_symlink()]
    return sorted(files, reverse=True)[:top]


def build() -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-installer"],
                   check=True, cwd=ROOT)


def starts(n: int) -> list[float]:
    sys.path.insert(0, str(ROOT / "packaging"))
    from measure_startup import one_run

    env = child_env()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    one_run(str(BINARY), env)  # warm-up: page cache
    return [one_run(str(BINARY), env) * 1000 for _ in range(n)]


#: Why cryptography (~12 MB on Linux) stays in the frozen app on every OS.
CRYPTOGRAPHY_NOTE = ("cryptography stays on every OS: the app imports it itself — "
                     "protocol/tls reads an unverified or rejected chain's certificates from DER "
                     "(the ssl module cannot) and protocol/aia verifies a completed chain with "
                     "cryptography.x509.verification — and msal/authlib sign and check tokens "
                     "with it; truststore does not need it (it calls the OS verifier on Windows "
                     "and macOS)")


def run(quick: bool = False, build_first: bool = False, n: int | None = None) -> list[Figure]:
    if build_first:
        build()
    if not BINARY.exists():
        return [Figure("Frozen app dist/ size", "<= 70 MB", "not built", None,
                       "pass --build (about a minute) or run packaging/build.py")]
    size = size_mb(DIST)
    icu = icu_mb(DIST)
    times = starts(n or (3 if quick else 5))
    return [
        Figure("Frozen app dist/ size (Linux)", "<= 70 MB", f"{size:.0f} MB", size <= 70,
               f"ICU {icu:.0f} MB, the rest {size - icu:.0f} MB; largest: "
               + ", ".join(f"{name} {mb:.0f}" for mb, name in biggest(DIST, 5))
               + "; " + CRYPTOGRAPHY_NOTE + "; per OS: bench/README.md"),
        Figure("Frozen app cold start to painted window (--self-test)", "<= 400 ms",
               f"{median(times):.0f} ms", median(times) <= 400, spread(times)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    for figure in run(False, args.build, args.starts):
        print(f"{figure.name}: {figure.measured} (goal {figure.goal}) {figure.verdict}  "
              f"{figure.note}")
    if DIST.exists():
        print("largest files (MB):")
        for mb, name in biggest(DIST, 25):
            print(f"  {mb:7.1f}  {name}")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
