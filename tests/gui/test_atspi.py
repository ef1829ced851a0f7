"""The app as a screen reader sees it (issue 19, accessibility): the real app on the xcb platform
under its own Xvfb, D-Bus session and AT-SPI bus; Debian's pyatspi (the system Python, in a
subprocess) reads the accessibility tree, types into the Port field and presses Test
connection through AT-SPI, and listens for what a screen reader would say. A real aiosmtpd on
loopback answers the first run; a refused port fails the second."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support import desktop
from tests.support.servers.ports import refused_port
from tests.support.servers.smtpd import SmtpServer

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "SMTP Doctor"
# Controls a person fills in or presses on the connection form, as a screen reader names them.
FORM = {("text", "Server"), ("text", "Port"), ("text", "User name"),
        ("password text", "Password"), ("combo box", "Provider"), ("combo box", "Security"),
        ("combo box", "Sign-in"), ("push button", "Test connection"),
        ("push button", "Test login"), ("push button", "Send test email"),
        ("check box", "Show password"), ("combo box", "Profile")}

pytestmark = pytest.mark.slow


def spoken_name(control: dict[str, Any]) -> str:
    """What a screen reader says for a control: a combo box by its label (on AT-SPI its name is
    the current item, its label comes through the labelled-by relation), others by name."""
    label = " ".join(control["labelled_by"]).replace("&", "").rstrip(":").strip()
    if control["role"] == "combo box":
        return label
    return str(control["name"]) or label


def read_app(tmp_path: Path, server_port: int, *operations: str) -> dict[str, Any]:
    with desktop.Desktop() as desk:
        env = {**desk.env, "SMTP_DOCTOR_CONFIG_DIR": str(tmp_path / "config"),
               "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        app = subprocess.Popen([sys.executable, str(ROOT / "tests/support/a11y_app.py"),
                                "127.0.0.1", str(server_port), "none"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            reader = [desktop.SYSTEM_PYTHON, str(ROOT / "tests/support/atspi_reader.py")]
            done = subprocess.run([*reader, APP_NAME, *operations], env=desk.env, cwd=ROOT,
                                  capture_output=True, text=True, timeout=110)
        finally:
            app.terminate()
            try:
                _, app_err = app.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                _, app_err = app.communicate()
        assert done.returncode == 0, (done.stderr[-3000:], app_err[-3000:])
        return dict(json.loads(done.stdout))


@pytest.mark.timeout(240)
def test_a_screen_reader_hears_names_roles_and_the_verdict(tmp_path: Path) -> None:
    desktop.skip_unless_runnable()
    closed = refused_port()
    with SmtpServer() as server:
        seen = read_app(tmp_path, server.port, "press:Test connection",
                        f"set:Port={closed}", "press:Test connection")
    controls = seen["controls"]
    unnamed = [c for c in controls if c["focusable"] and not spoken_name(c)]
    assert not unnamed, f"controls a screen reader can only call by their role: {unnamed}"
    heard = {(c["role"], spoken_name(c)) for c in controls}
    assert heard >= FORM, sorted(FORM - heard)

    passed, failed = seen["presses"]
    said = [e["data"] for e in passed["events"] if e["type"].startswith("object:announcement")]
    assert said, f"no announcement when the run ended: {passed['events']}"
    assert "Passed" in said[-1] and "Your settings work" in said[-1], said
    assert "Passed" in passed["labels"]  # and the banner shows it too

    said = [e["data"] for e in failed["events"] if e["type"].startswith("object:announcement")]
    assert said, f"no announcement when the failed run ended: {failed['events']}"
    assert "Problem found" in said[-1], said
    # each failed step is said with its status word and its summary
    assert "Failed, " in said[-1] and str(closed) in said[-1], said
    assert "Problem found" in failed["labels"]
    if os.environ.get("SMTP_DOCTOR_A11Y_RECORD"):  # docs/accessibility.md's findings
        Path(os.environ["SMTP_DOCTOR_A11Y_RECORD"]).write_text(json.dumps(seen, indent=1))
