"""One-click fixes through the real widgets: buttons under Details, real clicks, real servers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.core.model import Status
from tests.support.gui import fill
from tests.support.servers.pki import WRONG_HOST_IDENTITIES, TestPki
from tests.support.servers.smtpd import SmtpServer

SmtpFactory = Callable[..., SmtpServer]
FAST = {"connect_timeout": "2", "reply_timeout": "3"}


def run(qtbot: Any, window: Any, timeout: int = 20000) -> Any:
    assert window.run_action("ehlo")
    qtbot.waitUntil(lambda: not window.busy and window.results.result is not None,
                    timeout=timeout)
    return window.results.result


def button(window: Any, label: str) -> QPushButton:
    bar = window.results.fix_actions
    shown = [b for b in bar.buttons if b.isVisible()]
    matches = [b for b in shown if b.text() == label]
    assert matches, (label, [b.text() for b in shown])
    return matches[0]


def click(qtbot: Any, widget: QPushButton) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rerun_done(qtbot: Any, window: Any, timeout: int = 20000) -> Any:
    qtbot.waitUntil(lambda: window.busy or window.results.result is None, timeout=5000)
    qtbot.waitUntil(lambda: not window.busy and window.results.result is not None,
                    timeout=timeout)
    return window.results.result


def test_switch_to_tls_button_fixes_the_run_and_undo_restores(
        qtbot: Any, window: Any, smtp_implicit_tls_auth: SmtpServer, pki: TestPki) -> None:
    port = str(smtp_implicit_tls_auth.port)
    fill(window, host="localhost", port=port, security="none", auth="none",
         ca_file=str(pki.ca_file), **FAST)
    result = run(qtbot, window)
    assert result.diagnosis == "tls.expected_tls", result.verdict
    switch = button(window, "Switch to SSL/TLS and retry")
    assert "--security tls" in switch.toolTip()
    click(qtbot, switch)
    server = window.panel.server
    assert server.security.currentData() == "tls" and server.port.text() == port
    fixed = rerun_done(qtbot, window)
    assert fixed.status is Status.PASS, fixed.verdict
    assert fixed.target["security"] == "tls"
    # Undo puts the form back as it was before the click.
    undo = window.results.fix_actions.undo
    click(qtbot, undo)
    assert server.security.currentData() == "none" and server.port.text() == port
    assert server.host.text() == "localhost"
    assert undo.isHidden()


def test_hostname_mismatch_button_fills_the_certificate_name(
        qtbot: Any, window: Any, smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="wrong_host")
    fill(window, host="127.0.0.1", port=server.port, security="tls", auth="none",
         ca_file=str(pki.ca_file), **FAST)
    result = run(qtbot, window)
    assert result.diagnosis == "tls.cert_hostname_mismatch", result.verdict
    suggested = next(s.facts["suggested_host"] for s in result.steps
                     if s.diagnosis == "tls.cert_hostname_mismatch")
    assert suggested in WRONG_HOST_IDENTITIES
    click(qtbot, button(window, f"Connect as {suggested} (name from the certificate)"))
    assert window.panel.server.host.text() == suggested
    assert not window.busy  # a name from a certificate is never used without the user
    assert "certificate" in window.statusBar().currentMessage()
    click(qtbot, window.results.fix_actions.undo)
    assert window.panel.server.host.text() == "127.0.0.1"


def test_ca_button_opens_the_file_dialog_and_retries(
        qtbot: Any, window: Any, smtp_server_factory: SmtpFactory, pki: TestPki,
        monkeypatch: pytest.MonkeyPatch) -> None:
    server = smtp_server_factory(tls="tls")  # the test CA is not in the system's trust store
    fill(window, host="localhost", port=server.port, security="tls", auth="none", ca_file="",
         **FAST)
    result = run(qtbot, window)
    assert result.diagnosis == "tls.cert_untrusted", result.verdict
    asked: list[str] = []

    def answer(_parent: Any, caption: str, *_args: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(pki.ca_file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    click(qtbot, button(window, "Choose a CA file…"))
    assert asked == ["Choose a CA certificate file"]
    assert window.panel.advanced.ca_file.text() == str(pki.ca_file)
    assert window.panel.advanced_section.is_expanded()
    fixed = rerun_done(qtbot, window)
    assert fixed.status is Status.PASS, fixed.verdict
    click(qtbot, window.results.fix_actions.undo)
    assert window.panel.advanced.ca_file.text() == ""


def test_check_the_ports_opens_the_ports_page(qtbot: Any, window: Any,
                                              refused_port: int) -> None:
    fill(window, host="127.0.0.1", port=refused_port, security="starttls", auth="none", **FAST)
    result = run(qtbot, window)
    assert result.diagnosis == "tcp.refused", result.verdict
    click(qtbot, button(window, "Check the ports"))
    page = window.pages.currentWidget()
    assert type(page).__name__ == "PortsPage"
    assert page.host.text() == "127.0.0.1"


def test_a_passing_run_shows_no_fix_buttons(qtbot: Any, window: Any,
                                            smtp_implicit_tls_auth: SmtpServer,
                                            pki: TestPki) -> None:
    fill(window, host="localhost", port=smtp_implicit_tls_auth.port, security="tls",
         auth="none", ca_file=str(pki.ca_file), **FAST)
    result = run(qtbot, window)
    assert result.status is Status.PASS, result.verdict
    assert window.results.fix_actions.isHidden()
    assert window.results.fix_actions.buttons == []
