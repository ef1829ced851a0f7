"""The window fits the screen it opens on; a status message doesn't add a scroll bar; the step
list shows a normal run whole; no "Use port N" nag beside a port that works (issue 14, layout).

Real widgets on the offscreen platform; a real aiosmtpd server on loopback for the runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect

from app.core.model import Status
from app.gui.window_fit import DECORATION
from tests.support.gui import fill
from tests.support.servers.smtpd import SmtpServer

ROOT = Path(__file__).resolve().parents[2]


def _with_frame(window: Any) -> QRect:
    """The window and the title bar and borders a window manager adds (none offscreen)."""
    return window.geometry().marginsAdded(DECORATION)


def test_first_start_fits_the_screen(qtbot: Any, make_window: Any) -> None:
    window = make_window(resize=False)
    available = window.screen().availableGeometry()
    assert available.contains(_with_frame(window)), (window.geometry(), available)
    assert window.rect().contains(window.statusBar().geometry())


def test_remembered_geometry_larger_than_the_screen_is_clamped(qtbot: Any,
                                                               make_window: Any) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    window.setGeometry(QRect(available.topLeft(), available.size() * 2))  # a larger monitor
    window.close()
    again = make_window(resize=False)
    assert available.contains(_with_frame(again)), (again.geometry(), available)


def test_status_bar_visible_and_no_scroll_bar_at_1280x800(tmp_path: Path) -> None:
    """A fresh app on a 1280×800 screen whose top panel takes 30 px: the window with its
    decorations fits, the status bar is inside it, and a status message adds no scroll bar."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": 1280, "height": 770,
                                               "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "SMTP_DOCTOR_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run([sys.executable, str(ROOT / "tests/support/layout_probe.py")], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    available, window = QRect(*seen["available"]), QRect(*seen["window"])
    assert available.contains(window.marginsAdded(DECORATION)), seen
    assert seen["status_bar_visible"], seen
    assert QRect(0, 0, window.width(), window.height()).contains(QRect(*seen["status_bar"])), seen
    assert not seen["scroll_before"] and not seen["scroll_after"], seen


def test_status_message_adds_no_scroll_bar(qtbot: Any, window: Any) -> None:
    """The window just tall enough for the form: the first status message must not flip the
    form's scroll bar on (the status bar is always there, at its own height)."""
    panel = window.panel
    spare = panel.viewport().height() - panel.widget().minimumSizeHint().height()
    window.resize(window.width(), window.height() - spare + 4)
    qtbot.waitUntil(lambda: not panel.verticalScrollBar().isVisible(), timeout=2000)
    window.statusBar().showMessage("Results copied to the clipboard.", 4000)
    qtbot.wait(50)
    assert not panel.verticalScrollBar().isVisible()


def test_steps_shown_whole_and_details_larger(qtbot: Any, window: Any, pki: Any,
                                              smtp_server_factory: Any) -> None:
    server: SmtpServer = smtp_server_factory(tls="starttls")
    window.resize(1272, 736)  # 1280×800 less the title bar and a top panel
    fill(window, host="localhost", port=server.port, security="starttls", auth="none",
         ca_file=str(pki.ca_file), mail_from="a@example.com", rcpt_to="b@example.com")
    window.action_buttons["data"].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)
    results = window.results
    assert results.model.rowCount() >= 10
    view = results.steps
    rows_height = results.model.rowCount() * view.sizeHintForRow(0)
    # once the fix buttons and the banner have settled
    qtbot.waitUntil(lambda: view.viewport().height() >= rows_height
                    and view.verticalScrollBar().maximum() == 0, timeout=3000)
    steps, details = results.splitter.sizes()
    assert details >= steps, (steps, details)


def test_no_port_nag_beside_a_custom_port_that_works(qtbot: Any, window: Any,
                                                     smtp_server_factory: Any) -> None:
    server: SmtpServer = smtp_server_factory()
    form = window.panel.server
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none")
    assert form.use_port.isVisible()  # "Use port 25": the port is not the usual one
    window.action_buttons["ehlo"].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)
    assert window.results.result is not None
    assert window.results.result.status is Status.PASS, window.results.result.verdict
    assert not form.use_port.isVisible()
    fill(window, security="starttls")  # and back: the port still works, still no nag
    fill(window, security="none")
    assert not form.use_port.isVisible()
    fill(window, port="2526", security="starttls")  # another port: the suggestion is back
    assert form.use_port.isVisible()

