"""The "Find my settings" page against loopback DNS (MX, SRV), HTTPS (autoconfig) and SMTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.model import Status
from app.gui.pages.discover import COL_CERT, COL_HOST, COL_RESULT, COL_SOURCES, COL_TLS
from tests.support.gui import (
    StallMeter,
    assert_fixes_shown,
    cancel_within,
    fill,
    page_of,
    run_page,
    setup_discover_page,
    statuses,
)
from tests.support.servers.dns import DnsServer
from tests.support.servers.pki import TestPki


def test_candidates_ranked_and_use_these_settings(qtbot: Any, window: Any, pki: TestPki,
                                                  corp: dict[str, Any]) -> None:
    page = setup_discover_page(qtbot, window, corp, pki)
    meter = StallMeter()
    meter.start()
    result = run_page(qtbot, page)
    stall = meter.stop()
    assert result.status is Status.PASS, result.verdict
    assert statuses(page)["rank"] is Status.PASS
    implicit, starttls = corp["implicit"].port, corp["starttls"].port
    rows = {(page.table.item(r, COL_HOST).text(), int(page.table.item(r, 2).text())): r
            for r in range(page.table.rowCount())}
    assert set(list(rows)[:2]) == {("mail.corp.test", implicit), ("smtp.corp.test", starttls)}
    srv = rows[("mail.corp.test", implicit)]
    assert page.table.item(srv, COL_SOURCES).text() == "SRV record"
    assert page.table.item(srv, COL_RESULT).text() == "Works"
    assert page.table.item(srv, COL_TLS).text().startswith("TLSv1")
    assert page.table.item(srv, COL_CERT).text() == "Valid"
    auto = rows[("smtp.corp.test", starttls)]
    assert page.table.item(auto, COL_SOURCES).text() == "Autoconfig, Guess"
    assert page.results.banner.verdict.text() == result.verdict
    assert result.verdict.startswith("Use ")
    # The best candidate is selected; "Use these settings" fills the connection form.
    assert page.table.currentRow() == 0 and page.use_button.isEnabled()
    page.table.selectRow(auto)
    page.use_button.click()
    assert window.pages.currentIndex() == 0
    server = window.panel.server
    assert server.host.text() == "smtp.corp.test"
    assert server.port.text() == str(starttls)
    assert server.security_value() == "starttls"
    assert server.username.text() == "alice@corp.test"
    assert window.panel.advanced.ca_file.text() == str(pki.ca_file)  # the rest is kept
    form = window.current_form()
    from app.core.validate import parse_form

    settings = parse_form(form)
    assert (settings.host, settings.port) == ("smtp.corp.test", starttls)
    print(f"\ndiscover page: max event-loop gap {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_nothing_found_shows_the_fix(qtbot: Any, window: Any,
                                     dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory({})
    page = page_of(window, "DiscoverPage", qtbot)
    page.query.setText("nobody.test")
    page.nameserver.setText(dns.nameserver)
    page.guess_ports = (465, 587)
    page.timeout = 1.0
    result = run_page(qtbot, page)
    assert result.status is Status.FAIL
    assert_fixes_shown(page, "rank", "discover.nothing_found")
    assert not page.use_button.isEnabled() or page.table.rowCount() > 0


def test_discover_cancel_within_a_second(qtbot: Any, window: Any, dns_server: DnsServer) -> None:
    page = page_of(window, "DiscoverPage", qtbot)
    page.query.setText("someone@silent.test")  # the loopback DNS never answers this name
    page.nameserver.setText(dns_server.nameserver)
    page.timeout = 20.0
    elapsed = cancel_within(qtbot, page, "mx")
    print(f"\ndiscover page: cancelled in {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0


def test_discover_bad_query_at_the_field(qtbot: Any, window: Any) -> None:
    page = page_of(window, "DiscoverPage", qtbot)
    page.query.setText("not an address")
    assert not page.run()
    assert "example.com" in page.error_text("query")


def _answer_confirmation(qtbot: Any, answer: Callable[[Any], None]) -> list[Any]:
    """Schedule ``answer(box)`` for the confirmation QMessageBox once it is shown (polls the
    top-level widgets for up to 5 s); returns what the box showed: [text, default is No]."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[Any] = []
    tries = [250]

    def look() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, look)
            return
        seen.extend([box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.No)])
        answer(box)

    QTimer.singleShot(0, look)
    return seen


def _row_of(page: Any, host: str) -> int:
    return next(r for r in range(page.table.rowCount())
                if page.table.item(r, COL_HOST).text().startswith(host))


def test_outside_domain_and_plain_candidates_ask_first(
        qtbot: Any, window: Any, pki: TestPki, planted: dict[str, Any]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    fill(window, mail_from="alice@corp.test", ca_file=str(pki.ca_file), host="typed.corp.test",
         port="587", username="alice@corp.test", password="typed-password", auth="login")
    page = page_of(window, "DiscoverPage", qtbot)
    page.nameserver.setText(planted["dns"].nameserver)
    page.https_port = planted["https"].port
    page.guess_ports = (planted["plain"].port,)
    page.timeout = 1.5
    run_page(qtbot, page)
    before = window.current_form()
    outside = _row_of(page, "mail.evil.test")
    assert page.table.item(outside, COL_HOST).text() == "mail.evil.test (outside your domain)"
    assert outside > _row_of(page, "smtp.corp.test")  # ranked after the in-domain one
    assert page.table.currentRow() != outside  # the selected best is not the outside one

    # Enter takes the default button, which is No: the form stays as it was.
    page.table.selectRow(outside)
    seen = _answer_confirmation(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    page.use_button.click()
    assert seen and "mail.evil.test" in seen[0], seen
    assert "Your password would be sent to this host" in seen[0]
    assert seen[1] is True  # the default button is No
    assert window.current_form() == before

    # A plain-text candidate: the password would cross the network unencrypted. Esc = No.
    page.table.selectRow(_row_of(page, "smtp.corp.test"))
    seen = _answer_confirmation(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    page.use_button.click()
    assert seen and "unencrypted" in seen[0] and "smtp.corp.test" in seen[0], seen
    assert window.current_form() == before

    # Yes (a real click) applies it; the typed password stays.
    page.table.selectRow(outside)
    seen = _answer_confirmation(qtbot, lambda box: qtbot.mouseClick(
        box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton))
    page.use_button.click()
    assert seen
    server = window.panel.server
    assert server.host.text() == "mail.evil.test"
    assert server.port.text() == str(planted["implicit"].port)
    assert server.password.text() == "typed-password"
    assert window.pages.currentIndex() == 0


def test_found_via_reads_the_kinds_not_the_words(qtbot: Any) -> None:
    """The "Found via" column comes from the candidates' machine kinds: a run in German (its
    sources in German words) shows the same column; a run saved before candidates carried
    kinds is read from its English sources."""
    from app.gui.pages.discover import source_words

    german = {"sources": ["Voreinstellung Gmail (Adressdomain gmail.com)", "Vermutung"],
              "kinds": ["preset", "guess"]}
    assert source_words(german) == "Provider preset, Guess"
    saved = {"sources": ["Google Workspace preset (MX smtp.google.com)",
                         "SRV _submissions._tcp", "autoconfig https://x.test/a.xml", "guess"]}
    assert source_words(saved) == "Preset (by MX), SRV record, Autoconfig, Guess"
    assert source_words({"sources": []}) == "—"
