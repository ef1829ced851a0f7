"""The frozen Linux onedir app: built with packaging/smtp-doctor.spec, then smoke-tested.

Builds into a temporary folder (about 40-70 s on two cores), or uses an existing build when
``SMTP_DOCTOR_FROZEN_DIST`` names the folder that holds ``smtp-doctor/`` (e.g. packaging/dist).

Keyring, as expected here: the frozen app must carry keyring's backends (modules and the
entry-point metadata), or it would fall back to the fail backend everywhere. On a Linux box with no
Secret Service (no D-Bus session, no gnome-keyring), keyring has nothing usable and picks the fail
backend (through the chainer): the tests then check that the backends are *in the bundle*. Under
``dbus-run-session`` with an unlocked gnome-keyring (as .ci/run runs the suite, with
SMTP_DOCTOR_REAL_KEYRING=1), the frozen app must choose SecretService.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux app"),
]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "smtp-doctor.spec"

# stderr lines a healthy frozen run may print: none today (the self-test filters Qt's offscreen
# "propagateSizeHints" notice itself). Anything else fails the smoke test.
BENIGN_STDERR: tuple[str, ...] = ()

QT_PLUGINS_ALLOWED = {
    "platforms": {"libqoffscreen.so", "libqxcb.so"},
    "imageformats": {"libqsvg.so", "libqico.so"},
    "iconengines": {"libqsvgicon.so"},
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so"},
    "styles": None,
}
# A regression guard, not the goal: Linux carries Qt's ICU (38 MB) that Windows/macOS don't.
# Qt Charts (+ the Qt OpenGL it links) and sqlite3 (history) added 5.6 MB: 137 MB in 2026-11.
# Nine languages added 4.2 MB (our .qm and TOML 2.5 MB, Qt's qtbase_<lang>.qm 1.6 MB): 142.9 MB.
MAX_LINUX_ONEDIR_MB = 147


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("SMTP_DOCTOR_FROZEN_DIST")
    if given:
        path = Path(given)
        assert (path / "smtp-doctor" / "smtp-doctor").exists(), f"no build in {path}"
        return path
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (the packaging extra)")
    tmp = tmp_path_factory.mktemp("frozen")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMTP_DOCTOR_")}
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "work"), str(SPEC)],
        capture_output=True, text=True, cwd=tmp, env=env, timeout=840)
    assert proc.returncode == 0, (
        f"PyInstaller failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}")
    return tmp / "dist"


@pytest.fixture(scope="module")
def app_dir(dist: Path) -> Path:
    return dist / "smtp-doctor"


@pytest.fixture(scope="module")
def self_test(app_dir: Path,
              tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Not the source tree: the frozen app must find everything inside its own folder.
    env.pop("PYTHONPATH", None)
    return subprocess.run([str(app_dir / "smtp-doctor"), "--self-test"], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path_factory.mktemp("cwd"))


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(re.fullmatch(p, line) for p in BENIGN_STDERR)]


def test_self_test_passes_with_a_clean_stderr(self_test: subprocess.CompletedProcess[str]) -> None:
    report = f"stdout:\n{self_test.stdout}\nstderr:\n{self_test.stderr}"
    assert self_test.returncode == 0, report
    assert "(frozen," in self_test.stdout, report
    for step in ("gui", "check", "keyring"):
        assert re.search(rf"^  {step}: ok: ", self_test.stdout, re.M), report
    assert "self-test passed" in self_test.stdout, report
    assert unexpected(self_test.stderr) == [], report


def test_keyring_backends_are_in_the_bundle(app_dir: Path,
                                            self_test: subprocess.CompletedProcess[str]) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(app_dir / "smtp-doctor")).open_embedded_archive("PYZ.pyz")
    for module in ("keyring.backends.SecretService", "keyring.backends.Windows",
                   "keyring.backends.macOS", "keyring.backends.macOS.api",
                   "keyring.backends.chainer", "keyring.backends.fail", "secretstorage",
                   "jeepney", "truststore", "dns.rdtypes.IN.A", "dns.rdtypes.IN.AAAA",
                   "dns.rdtypes.ANY.MX", "dns.rdtypes.ANY.TXT", "cryptography.x509",
                   "app.selftest", "app.cli"):
        assert module in pyz.toc, f"{module} is missing from the frozen app"
    entry_points = list(app_dir.glob("_internal/keyring-*.dist-info/entry_points.txt"))
    assert entry_points, "keyring's metadata (entry points) is missing: backends not discoverable"
    assert "SecretService = keyring.backends.SecretService" in entry_points[0].read_text()

    line = next(ln for ln in self_test.stdout.splitlines() if ln.startswith("  keyring: ok: "))
    assert "SecretService" in line.split("entry points:")[1]
    if os.environ.get("SMTP_DOCTOR_REAL_KEYRING") == "1":
        # .ci/run: a D-Bus session with an unlocked gnome-keyring -> the real backend.
        assert "backend: SecretService" in line or "SecretService.Keyring" in line, line
        assert "fail" not in line.split("entry points:")[0].lower(), line
    elif not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # No Secret Service on this machine: keyring has nothing usable, and says so.
        assert "none usable" in line, line


def test_only_the_qt_plugins_the_app_uses(app_dir: Path) -> None:
    plugins = app_dir / "_internal" / "PySide6" / "Qt" / "plugins"
    found = {p.parent.name: set() for p in plugins.glob("*/*")}
    for p in plugins.glob("*/*"):
        found[p.parent.name].add(p.name)
    for kind, names in found.items():
        assert kind in QT_PLUGINS_ALLOWED, f"unexpected Qt plugin folder {kind}: {names}"
        allowed = QT_PLUGINS_ALLOWED[kind]
        assert allowed is None or names <= allowed, f"unexpected {kind} plugins: {names - allowed}"
    assert {"libqoffscreen.so", "libqxcb.so"} <= found.get("platforms", set())
    assert {"libqsvg.so", "libqico.so"} <= found.get("imageformats", set())
    libs = {p.name.split(".")[0] for p in (plugins.parent / "lib").iterdir()}
    for unused in ("libQt6Pdf", "libQt6Network", "libQt6Quick", "libQt6Qml",
                   "libQt6WaylandClient", "libQt6EglFSDeviceIntegration", "libQt6ChartsQml"):
        assert unused not in libs
    # The monitor chart: Qt Charts links Qt OpenGL (0.8 MB), which therefore stays.
    assert {"libQt6Charts", "libQt6OpenGL", "libQt6OpenGLWidgets"} <= libs
    assert not (plugins.parent / "translations").exists()
    assert not list((app_dir / "_internal").glob("libgtk-3.so*")), "GTK came with qgtk3"


def test_the_languages_ship_in_the_bundle(app_dir: Path) -> None:
    """The app's catalogues and, for each shipped language, Qt's own qtbase words."""
    i18n = app_dir / "_internal" / "resources" / "i18n"
    shipped = [p.parent.name for p in i18n.glob("*/language.toml")]
    assert "de" in shipped
    for lang in ["en", *shipped]:
        assert (i18n / f"smtp_doctor_{lang}.qm").is_file(), lang
    for lang in shipped:
        assert (i18n / "qt" / f"qtbase_{lang.replace('-', '_')}.qm").is_file(), lang


def test_no_library_that_nothing_loads(app_dir: Path) -> None:
    """The trim drops libraries no kept binary links (Kerberos came for QtNetwork's Negotiate
    authentication) and the links PyInstaller made to dropped Qt libraries."""
    internal = app_dir / "_internal"
    dangling = [p.name for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == [], f"symlinks to dropped files: {dangling}"
    for unused in ("libgssapi_krb5.so*", "libkrb5.so*", "libQt6VirtualKeyboard*"):
        assert not list(internal.rglob(unused)), f"{unused} is in the bundle"
    assert list(internal.glob("libQt6Core.so*")), "the link to Qt Core (kept) went too"


def test_size_of_the_onedir_app(app_dir: Path) -> None:
    size = sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"frozen onedir app: {size / 1e6:.1f} MB")
    assert size / 1e6 < MAX_LINUX_ONEDIR_MB


def test_frozen_cli_answers(app_dir: Path) -> None:
    proc = subprocess.run([str(app_dir / "smtp-doctor"), "--version"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith(__import__("app").__version__)
    assert proc.stderr == ""


def test_frozen_oauth_sign_in_reaches_its_libraries(app_dir: Path, refused_port: int) -> None:
    """MSAL, Authlib's requests client and requests are in the bundle: a sign-in against a port
    with no listener gets as far as the network and is diagnosed, not an ImportError."""
    for provider in ("microsoft", "custom"):
        where = (["--authority", f"https://127.0.0.1:{refused_port}/organizations/v2.0"]
                 if provider == "microsoft" else
                 ["--issuer", f"https://127.0.0.1:{refused_port}", "--scope", "smtp"])
        proc = subprocess.run([str(app_dir / "smtp-doctor"), "login", provider, "--client-id",
                               "frozen-test", *where, "--timeout", "5", "--no-browser",
                               "--json"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert __import__("json").loads(proc.stdout)["diagnosis"] == "oauth.unreachable"
        assert "Traceback" not in proc.stderr
