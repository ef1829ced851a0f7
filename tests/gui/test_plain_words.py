"""No internal names on screen: fact keys, units and setting values in words (issue 14, defect 9).

Failing runs against real loopback peers; every step's Details, the banner and the step rows are
read as a person sees them, and the CLI's human output too.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.support.gui import fill, page_of, run_page
from tests.support.proc import run_cli
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port, refused_port
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import FAILING_SETUPS

INTERNAL = ("Ssl reason", "Ssl library", "Waited s", "Ms\n", "Ms ", "Security tls",
            "Security starttls", "Security none", "Auth auto", "(starttls)", ", None",
            "Ip version", "Cert names", "Suggested host", "Received partial", "Bytes received",
            "), sign-in:")


def screen_text(results: Any) -> str:
    """The banner, every step row and every step's Details, selected by keyboard."""
    parts = [results.banner.heading.text(), results.banner.verdict.text()]
    model = results.model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            parts.append(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole)))
    view = results.steps
    view.setFocus()
    view.setCurrentIndex(model.index(0, 1))
    for r in range(model.rowCount()):
        assert results.details.step is model.rows()[r].result
        parts.append(results.details.toPlainText())
        view.setCurrentIndex(model.index(r + 1, 1)) if r + 1 < model.rowCount() else None
    return "\n".join(parts) + "\n"


def assert_plain(text: str) -> None:
    found = [word for word in INTERNAL if word in text]
    assert not found, (found, text)


@pytest.fixture
def stack() -> Any:
    with ExitStack() as s:
        yield s


def click_failing_setup(qtbot: Any, window: Any, stack: ExitStack, pki: TestPki,
                        case: str) -> None:
    """Fill the form with one of ``FAILING_SETUPS``, click its button, wait for the end."""
    setup, action = FAILING_SETUPS[case]
    fill(window, **setup(stack, pki))
    window.action_buttons[action].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)


def ports_page_after_filtered_port(qtbot: Any, window: Any) -> Any:
    """The Ports page after a run against one filtered port, no control host, 1 s timeout."""
    page = page_of(window, "PortsPage", qtbot)
    with filtered_port() as port:
        page.host.setText("127.0.0.1")
        page.ports.setText(str(port))
        page.reference.setText("")
        window.settings.setValue("ports/control_consent", "no")  # asked before
        page.timeout.setText("1")
        page.run_button.click()
        qtbot.waitUntil(lambda: not page.running, timeout=20000)
    return page


@pytest.mark.parametrize("case", ["refused port", "filtered port", "slow greeting",
                                  "expired certificate", "wrong password"])
def test_connection_test_speaks_plainly(qtbot: Any, window: Any, pki: TestPki,
                                        stack: ExitStack, case: str) -> None:
    click_failing_setup(qtbot, window, stack, pki, case)
    text = screen_text(window.results)
    assert_plain(text)
    if case == "refused port":
        assert "no encryption" in text
    if case == "filtered port":
        assert "1.0 s" in text  # the attempt's time in seconds, with its unit
    if case == "expired certificate":
        assert "Technical details" in text and "TLS error code" in text


def test_ports_page_speaks_plainly(qtbot: Any, window: Any) -> None:
    page = ports_page_after_filtered_port(qtbot, window)
    assert_plain(screen_text(page.results))


def test_cli_says_no_encryption() -> None:
    code, out, _err = run_cli("check", "127.0.0.1", "--port", str(refused_port()), "--security",
                              "none", "--connect-timeout", "1")
    assert code == 1
    assert "no encryption" in out
    assert_plain(out)


def copied_results(qtbot: Any, results: Any) -> str:
    """What "Copy results as text" puts on the clipboard, after a click on the real button."""
    QGuiApplication.clipboard().clear()
    assert results.copy_results.isEnabled()
    qtbot.mouseClick(results.copy_results, Qt.MouseButton.LeftButton)
    return str(QGuiApplication.clipboard().text())


@pytest.mark.parametrize("case", ["refused port", "filtered port", "slow greeting",
                                  "expired certificate", "wrong password"])
def test_copied_results_use_the_words_of_details(qtbot: Any, window: Any, pki: TestPki,
                                                 stack: ExitStack, case: str) -> None:
    click_failing_setup(qtbot, window, stack, pki, case)
    copied = copied_results(qtbot, window.results)
    assert_plain(copied)
    details = screen_text(window.results)
    # the facts Details shows are in the copy, by the same labels
    assert "Details:" in copied, copied
    if case == "filtered port":
        assert "Time:" in copied and "Result: no answer" in copied, copied
    if case == "refused port":
        assert "port " in copied and "no encryption" in copied.lower()
    if case == "slow greeting":
        for label in ("Waited", "What the server sent so far", "Characters received"):
            assert label in details and f"{label}:" in copied, (label, copied)
    if case == "expired certificate":
        assert "Technical details:" in copied and "TLS error code:" in copied
    if case == "wrong password":
        assert "STARTTLS" in copied and "Sign in: LOGIN" in copied


def test_tool_page_copy_speaks_plainly(qtbot: Any, window: Any) -> None:
    page = ports_page_after_filtered_port(qtbot, window)
    assert_plain(copied_results(qtbot, page.results))


def _discover_plain(qtbot: Any, window: Any, corp: dict[str, Any], pki: TestPki,
                    plain: SmtpServer) -> Any:
    fill(window, mail_from="alice@corp.test", ca_file=str(pki.ca_file))
    page = page_of(window, "DiscoverPage", qtbot)
    page.nameserver.setText(corp["dns"].nameserver)
    page.https_port = corp["https"].port
    page.guess_ports = (plain.port,)  # a server without STARTTLS: "no encryption"
    page.timeout = 1.5
    run_page(qtbot, page)
    return page


def test_discover_table_says_no_encryption(qtbot: Any, window: Any, pki: TestPki,
                                           corp: dict[str, Any], smtp_server_factory: Any
                                           ) -> None:
    from app.gui.pages.discover import COL_PORT, COL_SECURITY

    plain = smtp_server_factory()
    page = _discover_plain(qtbot, window, corp, pki, plain)
    table = page.table
    rows = [", ".join(table.item(r, c).text() for c in range(table.columnCount())
                      if table.item(r, c) is not None) for r in range(table.rowCount())]
    assert_plain("\n".join(rows))
    plain_rows = [r for r in range(table.rowCount())
                  if table.item(r, COL_PORT).text() == str(plain.port)]
    assert plain_rows
    for r in plain_rows:
        assert table.item(r, COL_SECURITY).text() == "No encryption"
    table.setFocus()
    table.selectRow(plain_rows[0])
    assert "no encryption" in page.choice.text(), page.choice.text()
    assert_plain(page.choice.text())
    assert_plain(copied_results(qtbot, page.results))


def test_cli_discover_says_no_encryption(corp: dict[str, Any], pki: TestPki,
                                         smtp_server_factory: Any) -> None:
    plain = smtp_server_factory()
    _code, text, _err = run_cli("discover", "alice@corp.test", "--dns-server",
                                corp["dns"].nameserver, "--https-port", str(corp["https"].port),
                                "--ca-file", str(pki.ca_file), "--guess-ports", str(plain.port),
                                "--timeout", "1.5")
    assert f":{plain.port} No encryption" in text, text
    assert_plain(text)
