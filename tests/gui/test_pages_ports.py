"""The Ports page ("Is it my network?") against real loopback peers; 127.0.0.2 is the control."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.forms import parse_ports
from app.core.model import Status
from app.gui.pages.ports import (
    COL_ANSWERS,
    COL_CONTROL,
    COL_V4,
    COL_V6,
    CONSENT_KEY,
)
from tests.support.gui import (
    StallMeter,
    assert_fixes_shown,
    cancel_within,
    fill,
    page_of,
    run_page,
    statuses,
)
from tests.support.servers.ports import filtered_at, filtered_port, open_at
from tests.support.servers.smtpd import SmtpServer

REFERENCE = "127.0.0.2"


def test_ports_table_verdict_and_fixes(qtbot: Any, window: Any, refused_port: int,
                                       smtp_server_factory: Callable[..., SmtpServer]) -> None:
    smtp = smtp_server_factory()
    fill(window, host="127.0.0.1")
    page = page_of(window, "PortsPage", qtbot)
    assert page.host.text() == "127.0.0.1"  # prefilled from the connection form
    with filtered_port() as local, filtered_at(REFERENCE, local), \
            filtered_port() as remote, open_at(REFERENCE, remote), open_at(REFERENCE, smtp.port):
        page.ports.setText(f"{smtp.port}, {local} {remote},{refused_port}")
        page.timeout.setText("1")
        page.reference.setText(REFERENCE)
        meter = StallMeter()
        meter.start()
        result = run_page(qtbot, page)
        stall = meter.stop()
    got = statuses(page)
    assert got[f"port_{smtp.port}"] is Status.PASS, result.verdict
    # The table: icon + word + colour per address family; what answers; the control's view.
    assert page.cell_text(smtp.port, COL_V4) == "Open"
    assert page.cell_status(smtp.port, COL_V4) is Status.PASS
    assert page.cell_text(smtp.port, COL_ANSWERS).startswith("SMTP greeting: 220")
    assert page.cell_text(smtp.port, COL_V6) == "No address"  # 127.0.0.1 has no IPv6
    assert page.cell_text(local, COL_V4) == "Filtered"
    assert page.cell_status(local, COL_V4) is Status.FAIL
    assert page.cell_text(local, COL_CONTROL) == "No answer"
    assert page.cell_text(remote, COL_CONTROL) == "Answers"
    assert page.cell_text(refused_port, COL_V4) == "Closed"
    row = page.row_of(local)
    icon = page.table.item(row, COL_V4).icon()
    assert not icon.isNull()
    colour = page.table.item(row, COL_V4).foreground().color()
    assert colour.name() != page.table.palette().text().color().name()
    # Each verdict with its diagnosis id and numbered fixes.
    assert_fixes_shown(page, f"port_{local}", "ports.blocked_local")
    assert_fixes_shown(page, f"port_{remote}", "ports.blocked_remote")
    assert_fixes_shown(page, f"port_{refused_port}", "ports.closed")
    assert "Blocked by your network or ISP" in page.results.banner.verdict.text()
    assert page.results.banner.verdict.text() == result.verdict
    # Selecting a table row shows that port's step.
    page.table.setCurrentCell(page.row_of(remote), COL_V4)
    assert page.results.details.step.id == f"port_{remote}"
    assert window.settings.value("ports/reference") == REFERENCE  # remembered
    print(f"\nports page: max event-loop gap {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_ports_cancel_within_a_second(qtbot: Any, window: Any) -> None:
    page = page_of(window, "PortsPage", qtbot)
    with filtered_port() as port:
        page.host.setText("127.0.0.1")
        page.ports.setText(str(port))
        page.timeout.setText("30")
        page.reference.setText("")
        window.settings.setValue(CONSENT_KEY, "no")  # asked before (tested below)
        elapsed = cancel_within(qtbot, page, "probe")
    print(f"\nports page: cancelled in {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0
    assert page.cell_text(port, COL_V4) == "Not probed"


def test_ports_bad_input_is_shown_at_the_field(qtbot: Any, window: Any) -> None:
    page = page_of(window, "PortsPage", qtbot)
    page.host.setText("127.0.0.1")
    page.ports.setText("25, 99999")
    assert not page.run() and not page.running
    assert "99999" in page.error_text("ports")
    assert page.results.banner.heading.text() == "Check your settings"
    page.ports.setText("587")
    page.host.setText("bad host name")
    assert not page.run()
    assert page.error_text("host")
    assert page.error_text("ports") == ""
    assert parse_ports("25 465,587;2525, 25") == (25, 465, 587, 2525)


def test_ports_keyboard_runs_and_cancels(qtbot: Any, window: Any) -> None:
    page = page_of(window, "PortsPage", qtbot)
    with filtered_port() as port:
        page.host.setText("127.0.0.1")
        page.ports.setText(str(port))
        page.timeout.setText("30")
        page.reference.setText("")
        window.settings.setValue(CONSENT_KEY, "no")  # asked before (tested below)
        page.ports.setFocus()
        assert not window.run_again_action.isEnabled()  # the window's own Ctrl+Return rests
        qtbot.keyClick(page.ports, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert page.running and not window.busy
        qtbot.waitUntil(lambda: page.results.model.row_of("probe") is not None, timeout=5000)
        focus = QApplication.focusWidget() or page
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not page.running, timeout=2000)
    assert page.result is not None and page.result.cancelled
    window.pages.setCurrentIndex(0)
    assert window.run_again_action.isEnabled()  # back on the connection test


def _answer_question(qtbot: Any, button_text: str, seen: list[str]) -> None:
    """When the modal question appears, read it and click the button named ``button_text``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer)


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_control_host_is_used_only_after_asking_once(qtbot: Any, window: Any, answer: str,
                                                      smtp_server_factory: Callable[..., Any],
                                                      dns_server: Any) -> None:
    """No traffic to a third-party host without consent: the first probe asks, names the host
    and what it sees; the answer is remembered and the question never comes again."""
    from app.core.checks.ports import DEFAULT_REFERENCE

    smtp = smtp_server_factory()
    page = page_of(window, "PortsPage", qtbot)
    assert page.reference.text() == ""  # nothing filled in behind the user's back
    page.host.setText("127.0.0.1")
    page.ports.setText(str(smtp.port))
    page.nameserver.setText(dns_server.nameserver)  # the control's name never leaves loopback
    seen: list[str] = []
    label = f"Use {DEFAULT_REFERENCE}" if answer == "yes" else "No control comparison"
    _answer_question(qtbot, label, seen)
    result = run_page(qtbot, page)
    assert len(seen) == 1 and DEFAULT_REFERENCE in seen[0] and "third party" in seen[0]
    assert "internet address" in seen[0]
    assert window.settings.value(CONSENT_KEY) == answer
    ids = [step.id for step in result.steps]
    if answer == "yes":
        assert page.reference.text() == DEFAULT_REFERENCE and "reference" in ids
    else:
        assert page.reference.text() == "" and "reference" not in ids
    run_page(qtbot, page)  # asked once: no second question (a modal would hang this run)
    assert len(seen) == 1
