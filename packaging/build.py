"""Build SMTP Doctor for the current OS: the PyInstaller app, its smoke test, then the installer.

    python packaging/build.py [--onefile] [--no-app] [--no-smoke-test] [--no-installer] [--clean]

Needs the app installed in the running Python (``pip install -e .``) and PyInstaller
(``pip install pyinstaller``); the installer step needs Inno Setup on Windows (``iscc``) and
``hdiutil`` on macOS. Everything goes to packaging/dist/ (work files: packaging/build/):

    Linux    packaging/dist/smtp-doctor/smtp-doctor            (onefile: dist/smtp-doctor)
    Windows  packaging/dist/smtp-doctor/smtp-doctor.exe, smtp-doctor-cli.exe
             packaging/dist/SMTP-Doctor-<version>-windows-x64-setup.exe
    macOS    packaging/dist/SMTP Doctor.app, packaging/dist/SMTP-Doctor-<version>-macos-<arch>.dmg

The smoke test runs the frozen ``--self-test`` and fails the build on a non-zero exit or on
anything unexpected on stderr. Prints the size of what it built and how long each stage took.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packaging"
DIST = PKG / "dist"
WORK = PKG / "build" / "pyinstaller"
SPEC = PKG / "smtp-doctor.spec"
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

# stderr lines a healthy frozen self-test may print (each a regular expression, whole line).
BENIGN_STDERR: tuple[str, ...] = ()


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("build: no __version__ in app/__init__.py")
    return match.group(1)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x64", "x86_64": "x64" if WINDOWS else "x86_64", "aarch64": "arm64"}.get(
        machine, machine)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def log(text: str) -> None:
    print(f"build: {text}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    log("$ " + " ".join(f'"{c}"' if " " in c else c for c in cmd))
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def pyinstaller(onefile: bool, clean: bool) -> None:
    env = dict(os.environ)
    env["SMTP_DOCTOR_ONEFILE"] = "1" if onefile else ""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
           "--workpath", str(WORK / ("onefile" if onefile else "onedir")), str(SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    run(cmd, env=env)


def frozen_binary(onefile: bool) -> Path:
    """The executable that prints: on Windows the console twin of the GUI executable."""
    if onefile:
        return DIST / ("smtp-doctor.exe" if WINDOWS else "smtp-doctor")
    if WINDOWS:
        return DIST / "smtp-doctor" / "smtp-doctor-cli.exe"
    if MACOS:
        return DIST / "SMTP Doctor.app" / "Contents" / "MacOS" / "smtp-doctor"
    return DIST / "smtp-doctor" / "smtp-doctor"


def unexpected_stderr(text: str) -> list[str]:
    return [line for line in text.splitlines()
            if line.strip() and not any(re.fullmatch(p, line) for p in BENIGN_STDERR)]


def smoke_test(binary: Path) -> None:
    """Run the frozen self-test; raise SystemExit unless it exits 0 with a clean stderr."""
    env = dict(os.environ)
    if not (WINDOWS or MACOS) and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    log(f"smoke test: {binary} --self-test")
    proc = subprocess.run([str(binary), "--self-test"], capture_output=True, text=True,
                          timeout=180, env=env, cwd=str(DIST))
    sys.stdout.write(proc.stdout)
    bad = unexpected_stderr(proc.stderr)
    if proc.returncode != 0 or bad:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"build: smoke test failed (exit {proc.returncode}, "
                         f"{len(bad)} unexpected stderr lines)")
    log("smoke test passed")


def windows_installer() -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidate = default / "Inno Setup 6" / "ISCC.exe"
    if not iscc and candidate.exists():
        iscc = str(candidate)
    if not iscc:
        raise SystemExit("build: Inno Setup's ISCC.exe not found (choco install innosetup)")
    out = f"SMTP-Doctor-{version()}-windows-{arch()}-setup"
    run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={DIST / 'smtp-doctor'}",
         f"/DIconFile={PKG / 'build' / 'icons' / 'app.ico'}", f"/O{DIST}", f"/F{out}",
         str(PKG / "windows" / "smtp-doctor.iss")])
    return DIST / f"{out}.exe"


def macos_dmg() -> Path:
    app = DIST / "SMTP Doctor.app"
    run(["bash", str(PKG / "macos" / "sign_and_notarize.sh"), str(app)])
    dmg = DIST / f"SMTP-Doctor-{version()}-macos-{arch()}.dmg"
    run(["bash", str(PKG / "macos" / "make_dmg.sh"), str(app), str(dmg)])
    run(["bash", str(PKG / "macos" / "sign_and_notarize.sh"), str(dmg)])
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build SMTP Doctor for this OS.")
    parser.add_argument("--onefile", action="store_true", help="one executable, not a folder")
    parser.add_argument("--no-installer", action="store_true", help="skip the installer/.dmg")
    parser.add_argument("--no-smoke-test", action="store_true")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-app", action="store_true",
                        help="reuse the app already in packaging/dist (smoke test, installer)")
    args = parser.parse_args(argv)

    timings: dict[str, float] = {}
    t0 = time.monotonic()
    if not args.no_app:
        pyinstaller(args.onefile, args.clean)
        timings["pyinstaller"] = time.monotonic() - t0
    built = DIST / ("smtp-doctor" + (".exe" if WINDOWS and args.onefile else ""))
    if MACOS and not args.onefile:
        built = DIST / "SMTP Doctor.app"
    log(f"built {built} ({size_mb(built):.1f} MB)")
    if not args.no_smoke_test:
        t1 = time.monotonic()
        smoke_test(frozen_binary(args.onefile))
        timings["smoke test"] = time.monotonic() - t1
    if not args.no_installer and not args.onefile and (WINDOWS or MACOS):
        t2 = time.monotonic()
        artefact = windows_installer() if WINDOWS else macos_dmg()
        timings["installer"] = time.monotonic() - t2
        log(f"built {artefact} ({size_mb(artefact):.1f} MB)")
    log("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
