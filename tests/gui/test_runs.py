"""The real widgets against the real loopback servers: statuses, diagnoses, fixes, threading."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication

from app.core.model import Status
from tests.support.gui import StallMeter, fill, run, statuses
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, silent
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer


def select(window: Any, step_id: str) -> str:
    results = window.results
    results.steps.setCurrentIndex(results.model.index(results.model.row_of(step_id), 0))
    return results.details.toPlainText()


def test_login_works_over_starttls(qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer,
                                   pki: TestPki) -> None:
    fill(window, host="localhost", port=smtp_starttls_auth.port, security="starttls",
         auth="auto", username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))
    meter = StallMeter()
    meter.start()
    result = run(qtbot, window, "auth")
    stall = meter.stop()
    assert result is not None and not result.cancelled
    got = statuses(window)
    assert result.status in (Status.PASS, Status.WARN), (result.verdict, got)
    for step in ("connect", "greeting", "ehlo", "starttls", "ehlo_tls", "auth"):
        assert got.get(step) is Status.PASS, (step, got)
    banner = window.results.banner
    assert banner.verdict.text() == result.verdict and banner.status() is result.status
    assert banner.elapsed.text().startswith("Total")
    # The transcript tells client and server apart, and never shows the password.
    transcript = window.results.transcript.toPlainText()
    assert " C: EHLO" in transcript and " S: 220" in transcript and "STARTTLS" in transcript
    assert CANARY_PASSWORD not in transcript
    window.results.copy_results_text()
    copied = QGuiApplication.clipboard().text()
    assert result.verdict in copied and CANARY_PASSWORD not in copied
    assert "Certificate" in select(window, "starttls") or "TLS" in select(window, "starttls")
    print(f"\nmax event-loop gap during a good run: {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_send_test_email_delivers(qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer,
                                  pki: TestPki) -> None:
    fill(window, host="localhost", port=smtp_starttls_auth.port, auth="plain",
         username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file),
         mail_from="alice@example.com", rcpt_to="bob@example.com")
    result = run(qtbot, window, "data")
    assert result.status in (Status.PASS, Status.WARN), result.verdict
    assert statuses(window)["data"] is Status.PASS
    assert len(smtp_starttls_auth.messages) == 1


def test_refused_port_shows_diagnosis_and_fixes(qtbot: Any, window: Any,
                                                refused_port: int) -> None:
    fill(window, host="127.0.0.1", port=refused_port, security="none", auth="none")
    result = run(qtbot, window, "ehlo")
    assert result.status is Status.FAIL and result.diagnosis == "tcp.refused"
    assert statuses(window)["connect"] is Status.FAIL
    step = window.results.details.step
    assert step is not None and step.id == "connect"  # the failing step is selected
    text = window.results.details.toPlainText()
    assert step.advice is not None and step.advice.fixes
    assert step.advice.title in text and step.advice.cause in text
    for fix in step.advice.fixes:
        assert fix in text
    assert "tcp.refused" in text
    assert window.results.banner.status() is Status.FAIL


def test_wrong_password_is_auth_failed(qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer,
                                       pki: TestPki) -> None:
    fill(window, host="localhost", port=smtp_starttls_auth.port, auth="login",
         username=CANARY_USER, password="wrong-password", ca_file=str(pki.ca_file))
    result = run(qtbot, window, "auth")
    assert statuses(window)["auth"] is Status.FAIL
    assert result.diagnosis == "auth.failed", result.diagnosis
    assert "wrong-password" not in window.results.transcript.toPlainText()
    assert result.diagnosis in window.results.details.toPlainText()


def test_untrusted_certificate_without_ca_file_fails_tls(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer) -> None:
    fill(window, host="localhost", port=smtp_starttls_auth.port, auth="none")
    result = run(qtbot, window, "ehlo")
    assert result.status is Status.FAIL
    assert result.diagnosis == "tls.cert_untrusted", result.diagnosis


@pytest.fixture
def silent_server(scripted_server_factory: Callable[..., ScriptedServer]) -> ScriptedServer:
    return scripted_server_factory(silent)


@pytest.mark.slow
def test_silent_server_never_stalls_the_event_loop(qtbot: Any, window: Any,
                                                   silent_server: ScriptedServer) -> None:
    fill(window, host="127.0.0.1", port=silent_server.port, security="none", auth="none",
         reply_timeout="1.5")
    meter = StallMeter()
    meter.start()
    result = run(qtbot, window, "ehlo")
    stall = meter.stop()
    assert result.status is Status.FAIL
    assert statuses(window)["greeting"] is Status.FAIL
    print(f"\nmax event-loop gap during a silent-server run: {stall * 1000:.1f} ms")
    assert stall < 0.1


def _cancel_soon_after_greeting_starts(qtbot: Any, window: Any, port: int) -> float:
    fill(window, host="127.0.0.1", port=port, security="none", auth="none", reply_timeout="30")
    assert window.run_action("ehlo")
    qtbot.waitUntil(lambda: window.results.model.row_of("greeting") is not None, timeout=5000)
    assert window.cancel_button.isEnabled()
    start = time.monotonic()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.busy, timeout=2000)
    return time.monotonic() - start


def test_cancel_ends_run_within_a_second(qtbot: Any, window: Any,
                                         silent_server: ScriptedServer) -> None:
    elapsed = _cancel_soon_after_greeting_starts(qtbot, window, silent_server.port)
    assert elapsed < 1.0, elapsed
    assert window.results.result is not None
    # No row is left spinning and the buttons are back.
    assert all(row.result is not None for row in window.results.model.rows())
    assert all(b.isEnabled() for b in window.action_buttons.values())
    assert not window.cancel_button.isEnabled()


def test_cancel_is_reported_as_cancelled(qtbot: Any, window: Any,
                                         silent_server: ScriptedServer) -> None:
    _cancel_soon_after_greeting_starts(qtbot, window, silent_server.port)
    result = window.results.result
    assert result is not None and result.cancelled, (result.verdict, statuses(window))
    assert window.results.banner.heading.text() == "Cancelled"


def test_second_run_impossible_while_running(qtbot: Any, window: Any,
                                             silent_server: ScriptedServer) -> None:
    fill(window, host="127.0.0.1", port=silent_server.port, security="none", auth="none")
    assert window.run_action("ehlo")
    assert not window.run_action("auth")
    assert not any(b.isEnabled() for b in window.action_buttons.values())
    assert not window.run_again_action.isEnabled()
    window.run_again_action.trigger()  # ignored while disabled
    qtbot.waitUntil(lambda: window.controller.running, timeout=3000)
    assert not window.controller.start(object())  # type: ignore[arg-type]
    window.cancel_run()
    qtbot.waitUntil(lambda: not window.busy, timeout=2000)
    assert all(b.isEnabled() for b in window.action_buttons.values())
    assert window.last_action == "ehlo"


def test_closing_mid_run_exits_cleanly(qtbot: Any, window: Any,
                                       silent_server: ScriptedServer) -> None:
    fill(window, host="127.0.0.1", port=silent_server.port, security="none", auth="none",
         reply_timeout="30")
    assert window.run_action("ehlo")
    qtbot.waitUntil(lambda: window.controller.running, timeout=3000)
    start = time.monotonic()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert time.monotonic() - start < 1.5
    assert QThreadPool.globalInstance().waitForDone(1000)
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_escape_cancels_and_ctrl_return_reruns(qtbot: Any, window: Any,
                                               silent_server: ScriptedServer) -> None:
    from PySide6.QtCore import Qt

    fill(window, host="127.0.0.1", port=silent_server.port, security="none", auth="none",
         reply_timeout="30")
    window.activateWindow()
    window.panel.server.host.setFocus()
    qtbot.keyClick(window.panel.server.host, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.running, timeout=3000)
    start = time.monotonic()
    qtbot.keyClick(window.panel.server.host, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.busy, timeout=2000)
    assert time.monotonic() - start < 1.0
    assert window.results.result is not None
