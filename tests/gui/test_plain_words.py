"""No internal names on screen: fact keys, units and setting values in words (issue 14, defect 9).

Failing runs against real loopback peers; every step's Details, the banner and the step rows are
read as a person sees them, and the CLI's human output too.
"""

from __future__ import annotations

import io
from contextlib import ExitStack
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from tests.gui.conftest import fill
from tests.gui.pages_util import page_of
from tests.gui.test_results_details import CASES
from tests.servers.pki import TestPki
from tests.servers.ports import filtered_port, refused_port

INTERNAL = ("Ssl reason", "Ssl library", "Waited s", "Ms\n", "Ms ", "Security tls",
            "Security starttls", "Security none", "Auth auto", "(starttls)", ", None",
            "Ip version", "Cert names", "Suggested host")


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


@pytest.mark.parametrize("case", ["refused port", "filtered port", "slow greeting",
                                  "expired certificate", "wrong password"])
def test_connection_test_speaks_plainly(qtbot: Any, window: Any, pki: TestPki,
                                        stack: ExitStack, case: str) -> None:
    setup, action = CASES[case]
    fill(window, **setup(stack, pki))
    window.action_buttons[action].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)
    text = screen_text(window.results)
    assert_plain(text)
    if case == "refused port":
        assert "no encryption" in text
    if case == "filtered port":
        assert "1.0 s" in text  # the attempt's time in seconds, with its unit
    if case == "expired certificate":
        assert "Technical details" in text and "TLS error code" in text


def test_ports_page_speaks_plainly(qtbot: Any, window: Any) -> None:
    page = page_of(window, "PortsPage", qtbot)
    with filtered_port() as port:
        page.host.setText("127.0.0.1")
        page.ports.setText(str(port))
        page.reference.setText("")
        window.settings.setValue("ports/control_consent", "no")  # asked before
        page.timeout.setText("1")
        page.run_button.click()
        qtbot.waitUntil(lambda: not page.running, timeout=20000)
    assert_plain(screen_text(page.results))


def test_cli_says_no_encryption() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "127.0.0.1", "--port", str(refused_port()), "--security", "none",
                 "--connect-timeout", "1"], stdin=io.StringIO(""), out=out, err=err)
    assert code == 1
    assert "no encryption" in out.getvalue()
    assert_plain(out.getvalue())
