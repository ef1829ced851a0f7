"""The TLS details page against loopback SMTP servers with trustme certificates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.model import Status
from app.gui.pages.tls import COL_DAYS, COL_ISSUER, COL_ROLE, COL_SANS
from tests.support.gui import (
    StallMeter,
    assert_fixes_shown,
    cancel_within,
    fill,
    page_of,
    run_page,
    statuses,
    tls_page_waiting_on,
)
from tests.support.servers.pki import AV_CA_ORGANIZATION, TestPki
from tests.support.servers.scripted import ScriptedServer, silent
from tests.support.servers.smtpd import SmtpServer


def test_healthy_starttls_server(qtbot: Any, window: Any, pki: TestPki,
                                 smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="starttls")
    fill(window, host="127.0.0.1", port=server.port, security="starttls",
         ca_file=str(pki.ca_file), connect_timeout="2", reply_timeout="3")
    page = page_of(window, "TlsPage", qtbot)
    # Host, port and security come from the connection form.
    assert page.host.text() == "127.0.0.1" and page.port.text() == str(server.port)
    assert page.security.currentData() == "starttls"
    meter = StallMeter()
    meter.start()
    result = run_page(qtbot, page)
    stall = meter.stop()
    assert result.status is Status.PASS, result.verdict
    assert all(s is Status.PASS for s in statuses(page).values())
    table = page.table
    assert table.rowCount() >= 1
    assert table.item(0, COL_ROLE).text() == "Server"
    assert "127.0.0.1" in table.item(0, COL_SANS).text()
    assert table.item(0, COL_ISSUER).text() == "SMTP Doctor Test CA"
    assert int(table.item(0, COL_DAYS).text()) > 300
    for step_id, line in page.summary.items():
        assert line.status is Status.PASS, step_id
        assert line.word.text() == "Passed" and line.text.text()
    assert "TLSv1." in page.summary["protocol"].text.text()
    assert page.results.banner.verdict.text().startswith("TLS is healthy")
    print(f"\ntls page: max event-loop gap {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_interception_is_named_with_fixes(qtbot: Any, window: Any, pki: TestPki,
                                          smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="tls", cert="av")
    fill(window, host="127.0.0.1", port=server.port, security="tls", ca_file=str(pki.ca_file),
         connect_timeout="2", reply_timeout="3")
    page = page_of(window, "TlsPage", qtbot)
    result = run_page(qtbot, page)
    assert result.status is Status.FAIL
    got = statuses(page)
    assert got["handshake"] is Status.FAIL and got["interception"] is Status.FAIL
    assert_fixes_shown(page, "interception", "tls.cert_intercepted")
    assert_fixes_shown(page, "handshake", "tls.cert_intercepted")
    assert page.summary["interception"].status is Status.FAIL
    assert page.summary["interception"].word.text() == "Failed"
    assert AV_CA_ORGANIZATION in page.table.item(0, COL_ISSUER).text()


def test_expired_certificate(qtbot: Any, window: Any, pki: TestPki,
                             smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="tls", cert="expired")
    page = page_of(window, "TlsPage", qtbot)
    page.host.setText("127.0.0.1")
    page.port.setText(str(server.port))
    page.security.setCurrentIndex(page.security.findData("tls"))
    fill(window, ca_file=str(pki.ca_file))
    run_page(qtbot, page)
    assert_fixes_shown(page, "expiry", "tls.cert_expired")
    assert page.table.item(0, COL_DAYS).text() == "Expired"
    assert page.summary["expiry"].status is Status.FAIL


def test_tls_cancel_within_a_second(qtbot: Any, window: Any,
                                    scripted_server_factory: Callable[..., ScriptedServer]
                                    ) -> None:
    server = scripted_server_factory(silent)
    page = tls_page_waiting_on(qtbot, window, server.port)
    elapsed = cancel_within(qtbot, page, "handshake")
    print(f"\ntls page: cancelled in {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0
    assert page.summary["expiry"].status is Status.SKIPPED


def test_tls_port_error_at_the_field(qtbot: Any, window: Any) -> None:
    page = page_of(window, "TlsPage", qtbot)
    page.host.setText("127.0.0.1")
    page.port.setText("0")
    assert not page.run()
    assert "65535" in page.error_text("port")
