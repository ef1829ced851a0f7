"""Advanced › "Allow old TLS 1.0/1.1 (insecure)": off by default, reaches the run when ticked,
never saved in a profile. Through the real widgets against a real TLS-1.0-only server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app.core.model import Status
from tests.support.gui import fill, run, statuses
from tests.support.servers.oldtls import OldTlsRecorder, tls10_context
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

LABEL = "Allow old TLS 1.0/1.1 (insecure)"


def _checkbox(window: Any) -> QCheckBox:
    found = [box for box in window.findChildren(QCheckBox) if box.text().replace("&", "") == LABEL]
    assert len(found) == 1, [b.text() for b in window.findChildren(QCheckBox)]
    return found[0]


def _old_server(pki: TestPki) -> tuple[ScriptedServer, OldTlsRecorder]:
    recorder = OldTlsRecorder(starttls_context=tls10_context(pki))
    return ScriptedServer(recorder), recorder


def _fill(window: Any, server: ScriptedServer, pki: TestPki) -> None:
    fill(window, host="127.0.0.1", port=server.port, security="starttls", auth="plain",
         username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file),
         reply_timeout=3, connect_timeout=2)


def test_checkbox_is_off_by_default_and_the_login_is_refused(qtbot: Any, window: Any,
                                                              pki: TestPki) -> None:
    box = _checkbox(window)
    window.panel.advanced_section.set_expanded(True)
    assert box.isVisible() and box.isEnabled() and not box.isChecked()
    server, recorder = _old_server(pki)
    with server:
        _fill(window, server, pki)
        result = run(qtbot, window, "auth")
    assert result.status is Status.FAIL and result.diagnosis == "tls.old_protocol"
    got = statuses(window)
    assert got["starttls"] is Status.FAIL and got["auth"] is Status.SKIPPED, got
    assert "AUTH" not in recorder.verbs()
    assert CANARY_PASSWORD.encode() not in recorder.received()


def test_ticking_the_checkbox_reaches_the_run(qtbot: Any, window: Any, pki: TestPki) -> None:
    box = _checkbox(window)
    window.panel.advanced_section.header.click()  # open Advanced as a person would
    assert box.isVisible()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert window.current_form()["allow_old_tls"] is True
    server, recorder = _old_server(pki)
    with server:
        _fill(window, server, pki)
        result = run(qtbot, window, "auth")
    assert result.target["allow_old_tls"] is True
    got = statuses(window)
    assert got["starttls"] is Status.WARN and got["auth"] is Status.WARN, got
    assert result.status is Status.WARN, result.verdict
    assert "AUTH" in recorder.verbs()


def test_the_opt_in_is_not_saved_in_a_profile(qtbot: Any, make_window: Any,
                                              config_dir: Path) -> None:
    window = make_window()
    box = _checkbox(window)
    window.panel.advanced_section.set_expanded(True)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    window.save_profile()
    qtbot.waitUntil(lambda: (config_dir / "profiles.json").exists(), timeout=5000)
    saved = json.loads((config_dir / "profiles.json").read_text(encoding="utf-8"))
    assert saved["profiles"] and all("allow_old_tls" not in p for p in saved["profiles"])
    window.close()
    again = make_window()  # the profile opened again: the opt-in is off
    assert again.current_profile == window.current_profile
    assert not _checkbox(again).isChecked()
