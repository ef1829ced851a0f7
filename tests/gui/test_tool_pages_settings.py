"""Issue 14, tool pages: one DNS server for every page (remembered), the Monitor's target, the
TLS page's CA file, Undo after "Use these settings", and countdowns on the tool pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from app.core.model import Status
from tests.support.gui import fill, page_of, run_page, setup_discover_page
from tests.support.servers.dns import DnsServer
from tests.support.servers.smtpd import SmtpServer


def _dns_fields(window: Any) -> dict[str, Any]:
    from app.gui.pages.base import ToolPage

    fields = {type(p).__name__: p.nameserver for p in window.registry.pages()
              if isinstance(p, ToolPage) and hasattr(p, "nameserver")}  # Bounce asks no DNS
    fields["advanced"] = window.panel.advanced.nameserver
    return fields


def _type(qtbot: Any, line: Any, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def test_one_dns_server_for_every_page_and_remembered(
        qtbot: Any, make_window: Callable[..., Any]) -> None:
    window = make_window()
    fields = _dns_fields(window)
    assert set(fields) == {"PortsPage", "DiscoverPage", "DomainPage", "TlsPage", "BlocklistPage",
                           "advanced"}
    domain = page_of(window, "DomainPage", qtbot)
    _type(qtbot, domain.nameserver, "127.0.0.1:5353")
    for name, line in fields.items():
        assert line.text() == "127.0.0.1:5353", name
    # Edited in the connection test's Advanced section: every page follows.
    window.pages.setCurrentIndex(0)
    window.panel.advanced_section.set_expanded(True)
    _type(qtbot, window.panel.advanced.nameserver, "127.0.0.2")
    for name, line in fields.items():
        assert line.text() == "127.0.0.2", name
    assert window.current_form()["nameserver"] == "127.0.0.2"
    window.close()
    # Remembered across restarts.
    again = make_window()
    for name, line in _dns_fields(again).items():
        assert line.text() == "127.0.0.2", name
    # Emptied: the system resolver, everywhere.
    tls = page_of(again, "TlsPage", qtbot)
    _type(qtbot, tls.nameserver, "")
    assert all(line.text() == "" for line in _dns_fields(again).values())


def test_connection_test_uses_the_dns_server(qtbot: Any, window: Any, dns_server: DnsServer,
                                             smtp_server_factory: Callable[..., SmtpServer]
                                             ) -> None:
    server = smtp_server_factory(tls="none")
    fill(window, host="mail.test", port=server.port, security="none", connect_timeout="3",
         reply_timeout="3")
    window.panel.advanced_section.set_expanded(True)
    _type(qtbot, window.panel.advanced.nameserver, "not a server")
    window.action_buttons["ehlo"].click()
    qtbot.waitUntil(lambda: bool(window.panel.error_for("nameserver")), timeout=5000)
    assert "IP address" in window.panel.error_for("nameserver")
    assert not window.controller.running
    _type(qtbot, window.panel.advanced.nameserver, dns_server.nameserver)
    window.action_buttons["ehlo"].click()
    qtbot.waitUntil(lambda: window.results.result is not None, timeout=15000)
    result = window.results.result
    assert result.status is Status.PASS, result.verdict
    assert result.target.get("nameserver") == dns_server.nameserver


def test_monitor_shows_its_target(qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer,
                                  pki: Any) -> None:
    from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

    fill(window, host="localhost", port=smtp_starttls_auth.port, security="starttls",
         auth="auto", username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))
    page = window.registry.page("monitor")
    window.pages.setCurrentWidget(page)
    page.check.setCurrentIndex(page.check.findData("auth"))
    page.mode.setCurrentIndex(page.mode.findData("count"))
    page.count.setValue(1)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    want = (f"Monitoring localhost, port {smtp_starttls_auth.port}, STARTTLS, "
            f"logged in as {CANARY_USER}")
    qtbot.waitUntil(lambda: page.target.text() == want, timeout=5000)
    assert page.target.isVisible()
    assert page.target.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert CANARY_PASSWORD not in page.target.text()
    # The form changes; the label still says what was monitored until the next start.
    fill(window, port="2")
    assert page.target.text() == want
    page.check.setCurrentIndex(page.check.findData("ehlo"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.target.text().startswith("Monitoring localhost, port 2, "),
                    timeout=5000)
    assert page.target.text().endswith("STARTTLS, without logging in")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)


def test_tls_page_shows_and_uses_the_ca_file(qtbot: Any, window: Any, pki: Any,
                                             smtp_server_factory: Callable[..., SmtpServer]
                                             ) -> None:
    server = smtp_server_factory(tls="starttls")
    fill(window, host="127.0.0.1", port=server.port, security="starttls", connect_timeout="2",
         reply_timeout="3")
    window.panel.advanced_section.set_expanded(True)
    _type(qtbot, window.panel.advanced.ca_file, str(pki.ca_file))
    page = page_of(window, "TlsPage", qtbot)
    assert page.trust.isVisible()
    assert page.trust.text() == f"Trusting only the certificate authorities in {pki.ca_file}"
    result = run_page(qtbot, page)
    assert result.status is Status.PASS, result.verdict
    assert result.target["ca_file"] == str(pki.ca_file)
    # Without a CA file: this computer's certificates, which do not know the test CA.
    window.pages.setCurrentIndex(0)
    _type(qtbot, window.panel.advanced.ca_file, "")
    window.pages.setCurrentWidget(page)
    assert page.trust.text() == "Trusting this computer's certificates"
    result = run_page(qtbot, page)
    assert result.status is Status.FAIL, result.verdict
    assert result.target["ca_file"] == ""


def test_use_these_settings_can_be_undone(qtbot: Any, window: Any, pki: Any,
                                          corp: dict[str, Any]) -> None:
    fill(window, host="old.example.com", port="2525", security="none", auth="auto",
         username="bob@corp.test", password="bobs-password")
    page = setup_discover_page(qtbot, window, corp, pki)
    result = run_page(qtbot, page)
    assert result.status is Status.PASS, result.verdict
    assert page.table.currentRow() == 0 and page.use_button.isEnabled()
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    server = window.panel.server
    assert window.pages.currentIndex() == 0
    assert server.host.text() != "old.example.com" and server.port.text() != "2525"
    undo = window.results.fix_actions.undo
    assert undo.isVisible() and undo.isEnabled()
    assert "Use these settings" in undo.text()
    assert "old.example.com, port 2525" in undo.toolTip()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert server.host.text() == "old.example.com"
    assert server.port.text() == "2525"
    assert server.security_value() == "none"
    assert server.username.text() == "bob@corp.test"
    assert server.password.text() == "bobs-password"  # never touched
    assert window.panel.advanced.ca_file.text() == str(pki.ca_file)
    assert not undo.isVisible()


def _step_texts(results: Any) -> dict[str, str]:
    """What a step list shows in its Step column, by step id (read through the view)."""
    model = results.steps.model()
    return {results.model.step_at(row).id: model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())}


def test_tls_page_counts_the_seconds_of_a_silent_server(
        qtbot: Any, window: Any, scripted_server_factory: Callable[..., Any]) -> None:
    import time

    from tests.support.servers.scripted import silent

    server = scripted_server_factory(silent)
    fill(window, host="127.0.0.1", port=server.port, security="starttls", connect_timeout="2",
         reply_timeout="4")
    page = page_of(window, "TlsPage", qtbot)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.model.row_of("handshake") is not None, timeout=5000)
    started = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - started >= 1.2, timeout=3000)
    # STARTTLS: the step waits for the greeting first; its deadline is 2 × 4 s.
    qtbot.waitUntil(lambda: "of 8 s" in _step_texts(page.results)["handshake"], timeout=2500)
    first = _step_texts(page.results)["handshake"]
    assert "waiting for the greeting and the encryption" in first, first
    qtbot.waitUntil(lambda: _step_texts(page.results)["handshake"] != first, timeout=2500)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert not any("waiting for" in t for t in _step_texts(page.results).values())


def test_ports_page_counts_the_seconds_of_the_probe(qtbot: Any, window: Any,
                                                    filtered_port: int) -> None:
    import time

    window.settings.setValue("ports/control_consent", "no")
    page = page_of(window, "PortsPage", qtbot)
    for line, text in ((page.host, "127.0.0.1"), (page.ports, str(filtered_port)),
                       (page.timeout, "3")):
        _type(qtbot, line, text)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.model.row_of("probe") is not None, timeout=5000)
    started = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - started >= 1.2, timeout=3000)
    # connect 3 s + silence 2 s + TLS try 3 s + 2 s slack
    qtbot.waitUntil(lambda: "of 10 s" in _step_texts(page.results)["probe"], timeout=2500)
    assert "waiting for the ports to answer" in _step_texts(page.results)["probe"]
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert not any("waiting for" in t for t in _step_texts(page.results).values())
