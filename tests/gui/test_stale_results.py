"""Results for other settings are marked out of date; field messages go once corrected
(issue 14, defect 6). Typed with real key presses against a real aiosmtpd server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.core.model import Status
from tests.support.gui import fill
from tests.support.servers.smtpd import SmtpServer


def retype(qtbot: Any, field: Any, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def run_once(qtbot: Any, window: Any, server: SmtpServer) -> None:
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none")
    qtbot.mouseClick(window.action_buttons["ehlo"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and window.results.result is not None,
                    timeout=15000)
    assert window.results.result.status is Status.PASS


def test_results_marked_out_of_date_when_the_port_changes(
        qtbot: Any, window: Any, smtp_plain: SmtpServer) -> None:
    run_once(qtbot, window, smtp_plain)
    note = window.results.banner.note
    assert not note.isVisible()
    retype(qtbot, window.panel.server.port, "5870")
    assert note.isVisible()
    assert f"previous settings (port {smtp_plain.port})" in note.text()
    retype(qtbot, window.panel.server.port, str(smtp_plain.port))  # back as it was
    assert not note.isVisible()


def test_validation_error_after_a_run_labels_the_old_results(
        qtbot: Any, window: Any, smtp_plain: SmtpServer) -> None:
    run_once(qtbot, window, smtp_plain)
    retype(qtbot, window.panel.server.port, "99999")
    qtbot.keyClick(window.panel.server.port, Qt.Key.Key_Return)
    banner = window.results.banner
    qtbot.waitUntil(lambda: banner.heading.text() == "Check your settings", timeout=3000)
    assert banner.note.isVisible()
    assert f"previous settings (port {smtp_plain.port})" in banner.note.text()


def test_field_messages_go_once_corrected(qtbot: Any, window: Any) -> None:
    server, panel = window.panel.server, window.panel
    qtbot.keyClicks(server.port, "99999")
    qtbot.keyClick(server.port, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.error_for("port") != "" and panel.error_for("host") != "",
                    timeout=3000)
    qtbot.keyClicks(server.host, "mail.example.com")
    qtbot.waitUntil(lambda: panel.error_for("host") == "", timeout=3000)
    assert "between 1 and 65535" in panel.error_for("port")
    assert window.results.banner.verdict.text() == "Please correct the highlighted field."
    retype(qtbot, server.port, "587")
    qtbot.waitUntil(lambda: panel.error_for("port") == "", timeout=3000)
    assert not server.port_box.error.isVisible()
    assert window.results.banner.heading.text() != "Check your settings"
