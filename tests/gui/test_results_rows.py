"""The step list, banner and status bar as a person reads them (issue 14, defects 8 and 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from app.gui.models.steps import COL_STATUS, COL_STEP
from tests.support.gui import fill, tls_page_waiting_on
from tests.support.servers.scripted import ScriptedServer, silent


def row_texts(results: Any) -> dict[str, tuple[str, str]]:
    """Each row's (status word, title) as the view displays them."""
    model = results.model
    out = {}
    for r, row in enumerate(model.rows()):
        word = model.index(r, COL_STATUS).data(Qt.ItemDataRole.DisplayRole)
        title = model.index(r, COL_STEP).data(Qt.ItemDataRole.DisplayRole)
        out[row.id] = (word, title)
    return out


def test_cancel_says_cancelled_once_and_names_the_interrupted_step(
        qtbot: Any, window: Any, scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(silent)
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none",
         reply_timeout="30")
    window.action_buttons["ehlo"].click()
    results = window.results
    qtbot.waitUntil(lambda: results.model.row_of("greeting") is not None, timeout=10000)
    window.cancel_button.click()
    assert results.banner.verdict.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert window.results.result is not None and window.results.result.cancelled
    # Once it has ended, nothing says it is still cancelling.
    assert results.banner.heading.text() == "Cancelled"
    assert "Cancelling" not in results.banner.verdict.text()
    assert "Cancelling" not in window.statusBar().currentMessage()
    # The step that was interrupted says so; the ones never started say they were not run.
    rows = row_texts(results)
    assert rows["greeting"] == ("Cancelled", "Server greeting"), rows
    assert rows["ehlo"][0] == "Skipped"
    results.steps.setFocus()
    qtbot.keyClick(results.steps, Qt.Key.Key_Home)
    for _ in range(results.model.row_of("greeting")):
        qtbot.keyClick(results.steps, Qt.Key.Key_Down)
    assert results.details.step.id == "greeting"
    assert results.details.toPlainText().splitlines()[1].startswith("Cancelled")


def test_tool_page_cancel_is_said_once(qtbot: Any, window: Any,
                                       scripted_server_factory: Callable[..., ScriptedServer]
                                       ) -> None:
    server = scripted_server_factory(silent)
    page = tls_page_waiting_on(qtbot, window, server.port)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.results.model.row_of("handshake") is not None, timeout=8000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert page.results.banner.heading.text() == "Cancelled"
    assert "Cancelling" not in page.results.banner.verdict.text()
    assert row_texts(page.results)["handshake"][0] == "Cancelled"
