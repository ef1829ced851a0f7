"""Driving the real window in GUI tests: typing into the form (``fill``), running a check or a
tool page and waiting for it (``run``, ``run_page``), reading rows and Details, cancelling, and
measuring the event loop's worst stall (``StallMeter``). Qt is imported here; the other support
modules stay Qt-free."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.core.model import RunResult, Status
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

if TYPE_CHECKING:
    from app.gui.pages.history import HistoryPage


def page_of(window: Any, name: str, qtbot: Any | None = None) -> Any:
    """The tool page by class name, made current (as a user clicking its tab). With ``qtbot``,
    wait until the page has imported its engine in a worker (what happens while a user types)."""
    for page in window.registry.pages():
        if type(page).__name__ == name:
            window.pages.setCurrentWidget(page)
            if qtbot is not None:
                qtbot.waitUntil(lambda p=page: p.warm, timeout=10000)
            return page
    raise KeyError(name)


def run_page(qtbot: Any, page: Any, timeout: int = 20000) -> RunResult:
    page.run_button.click()
    assert page.running, page.results.banner.verdict.text()
    qtbot.waitUntil(lambda: not page.running, timeout=timeout)
    assert page.result is not None, page.results.banner.verdict.text()
    return page.result  # type: ignore[no-any-return]


def statuses(owner: Any) -> dict[str, Status]:
    """Step id -> status of every finished row (of the window's or a page's results)."""
    return {row.id: row.result.status for row in owner.results.model.rows() if row.result}


def details_of(page: Any, step_id: str) -> str:
    results = page.results
    results.steps.setCurrentIndex(results.model.index(results.model.row_of(step_id), 0))
    return str(results.details.toPlainText())


def assert_fixes_shown(page: Any, step_id: str, diagnosis: str) -> None:
    """The step's diagnosis, its advice title, cause and every numbered fix are on screen."""
    text = details_of(page, step_id)
    step = page.results.details.step
    assert step is not None and step.id == step_id
    assert step.diagnosis == diagnosis, (step.diagnosis, step.summary)
    assert step.advice is not None and step.advice.fixes, step
    assert diagnosis in text and step.advice.title in text and step.advice.cause in text
    for fix in step.advice.fixes:
        assert fix in text


def cancel_within(qtbot: Any, page: Any, wait_for_step: str) -> float:
    """Start, wait until ``wait_for_step`` runs, press Esc's twin (Cancel); seconds to idle."""
    page.run_button.click()
    assert page.running
    qtbot.waitUntil(lambda: page.results.model.row_of(wait_for_step) is not None, timeout=8000)
    assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
    started = time.monotonic()
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    elapsed = time.monotonic() - started
    assert page.result is not None and page.result.cancelled, page.results.banner.verdict.text()
    assert page.results.banner.heading.text() == "Cancelled"
    assert all(row.result is not None for row in page.results.model.rows())  # none spinning
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.progress.isHidden()
    return elapsed


def tls_page_waiting_on(qtbot: Any, window: Any, port: int) -> Any:
    """The TLS page set to STARTTLS on 127.0.0.1:``port`` with long timeouts: against a silent
    peer a run waits for the greeting until it is cancelled."""
    fill(window, connect_timeout="10", reply_timeout="30")
    page = page_of(window, "TlsPage", qtbot)
    page.host.setText("127.0.0.1")
    page.port.setText(str(port))
    page.security.setCurrentIndex(page.security.findData("starttls"))
    return page


def fill(window: Any, **values: Any) -> None:
    """Type into the real widgets (keys are the engine's form keys)."""
    from app.gui.widgets.server_form import set_combo

    server, adv, msg = window.panel.server, window.panel.advanced, window.panel.message
    widgets = {
        "host": server.host, "port": server.port, "username": server.username,
        "password": server.password, "connect_timeout": adv.connect_timeout,
        "reply_timeout": adv.reply_timeout, "ehlo_name": adv.ehlo_name, "ca_file": adv.ca_file,
        "mail_from": msg.mail_from, "rcpt_to": msg.rcpt_to, "subject": msg.subject,
    }
    combos = {"security": server.security, "auth": server.auth, "ip_version": adv.ip_version}
    for key, value in values.items():
        if key in widgets:
            widgets[key].setText(str(value))
        elif key in combos:
            set_combo(combos[key], value)
        elif key == "verify_tls":
            adv.verify.setChecked(bool(value))
        elif key == "body":
            msg.body.setPlainText(str(value))
        else:
            raise KeyError(key)


def run(qtbot: Any, window: Any, action: str, timeout: int = 15000) -> Any:
    assert window.run_action(action)
    qtbot.waitUntil(lambda: not window.busy, timeout=timeout)
    return window.results.result


class StallMeter:
    """A 10 ms timer on the GUI thread; the largest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.max_gap = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.max_gap


# --------------------------------------------------------------------------- pages


def setup_discover_page(qtbot: Any, window: Any, corp: dict[str, Any], pki: TestPki) -> Any:
    fill(window, mail_from="alice@corp.test", ca_file=str(pki.ca_file))
    page = page_of(window, "DiscoverPage", qtbot)
    assert page.query.text() == "alice@corp.test"  # prefilled from the From address
    page.nameserver.setText(corp["dns"].nameserver)
    page.https_port = corp["https"].port
    page.guess_ports = (corp["starttls"].port,)
    page.timeout = 1.5
    return page


def two_runs(qtbot: Any, window: Any, server: SmtpServer, pki: TestPki) -> None:
    """A passing login, then the same with a wrong password (the auth step fails)."""
    fill(window, host="localhost", port=server.port, security="starttls", auth="auto",
         username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))
    page: HistoryPage = window.registry.page("history")
    with qtbot.waitSignal(page.stored, timeout=15_000):
        assert run(qtbot, window, "auth").status in (Status.PASS, Status.WARN)
    fill(window, password="not-the-password")
    with qtbot.waitSignal(page.stored, timeout=15_000):
        assert run(qtbot, window, "auth").status is Status.FAIL


def show_history(qtbot: Any, window: Any, rows: int) -> HistoryPage:
    page: HistoryPage = window.registry.page("history")
    with qtbot.waitSignal(page.runs_loaded, timeout=5000):
        window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows, timeout=5000)
    return page


# --------------------------------------------------------------------------- keyboard


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def walk(qtbot: Any, start: QWidget, backwards: bool = False, most: int = 120) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``start`` until the focus comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    seen: list[QWidget] = [start]
    for _ in range(most):
        if backwards:
            qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return seen
        assert widget not in seen, (
            f"Tab went back to {type(widget).__name__} before reaching the start again: trap")
        assert widget.isVisible() and widget.isEnabled(), (
            f"{type(widget).__name__} took the focus while invisible or disabled")
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")
