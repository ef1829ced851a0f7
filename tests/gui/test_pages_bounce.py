"""The Bounce page: paste, open and drop a bounce, read it in a worker, the message next to the
box for input that is not a bounce, the step/advice view, export, keyboard and 800×600."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QApplication

from app.core.model import RunResult, Status
from tests.support.gui import assert_fixes_shown, page_of, statuses

CORPUS = Path(__file__).resolve().parents[1] / "data" / "bounces"


def bounce_page(qtbot: Any, window: Any) -> Any:
    return page_of(window, "BouncePage", qtbot)


def read(qtbot: Any, page: Any, timeout: int = 15000) -> RunResult:
    """Press Read bounce and wait for the reading (parsed in a worker, then the engine run)."""
    page.run_button.click()
    qtbot.waitUntil(lambda: not page.busy and page.result is not None, timeout=timeout)
    return page.result  # type: ignore[no-any-return]


def test_pasted_bounce_shows_steps_advice_and_fixes(qtbot: Any, window: Any) -> None:
    page = bounce_page(qtbot, window)
    page.text.setPlainText((CORPUS / "postfix_text_mailbox_full.txt").read_text("utf-8"))
    result = read(qtbot, page)
    assert statuses(page) == {"bounce": Status.PASS, "recipient-1": Status.FAIL}
    assert_fixes_shown(page, "recipient-1", "send.mailbox_full")
    assert page.results.banner.verdict.text() == result.verdict
    assert "carol@example.org" in result.verdict
    assert result.target["source"] == "pasted text"


def test_not_a_bounce_is_said_next_to_the_box(qtbot: Any, window: Any) -> None:
    page = bounce_page(qtbot, window)
    page.text.setPlainText("Hi Bob, lunch at 12:30 in room 550?")
    page.run_button.click()
    qtbot.waitUntil(lambda: "not a bounce" in page.error_text("text"), timeout=10000)
    assert page.result is None
    assert page.results.banner.heading.text() == "Check your settings"
    page.text.clear()
    page.run_button.click()
    assert "Paste a bounce" in page.error_text("text")


def test_opened_file_is_read_as_bytes_with_its_charset(qtbot: Any, window: Any) -> None:
    page = bounce_page(qtbot, window)
    page.open_file(str(CORPUS / "hostile_wrong_charset.eml"))
    qtbot.waitUntil(lambda: "Undelivered Mail" in page.text.toPlainText(), timeout=10000)
    result = read(qtbot, page)
    assert result.steps[1].facts["rcpt_to"] == "zoé@example.fr"
    assert result.steps[1].diagnosis == "send.mailbox_full"
    assert result.target["source"] == "hostile_wrong_charset.eml"
    # typing over the file makes the box the input again
    page.text.setPlainText((CORPUS / "yahoo_text.txt").read_text("utf-8"))
    result = read(qtbot, page)
    assert result.target["source"] == "pasted text"
    assert result.steps[1].diagnosis == "bounce.recipient_unknown"


def test_dropped_file_is_opened_not_pasted_as_its_name(qtbot: Any, window: Any) -> None:
    page = bounce_page(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "exchange_online_ndr.eml"))])
    assert page.text.canInsertFromMimeData(mime)
    page.text.insertFromMimeData(mime)  # what a drop (or a paste of a copied file) calls
    qtbot.waitUntil(lambda: "Undeliverable" in page.text.toPlainText(), timeout=10000)
    assert "file://" not in page.text.toPlainText()
    result = read(qtbot, page)
    assert_fixes_shown(page, "recipient-1", "bounce.recipient_unknown")
    assert result.steps[0].facts["format"] == "exchange"


def test_unreadable_file_is_said_next_to_the_box(qtbot: Any, window: Any,
                                                 tmp_path: Path) -> None:
    page = bounce_page(qtbot, window)
    page.open_file(str(tmp_path / "gone.eml"))
    qtbot.waitUntil(lambda: "Could not read gone.eml" in page.error_text("text"), timeout=10000)


def test_outlook_msg_text_is_read_with_a_note(qtbot: Any, window: Any, tmp_path: Path) -> None:
    body = ("Delivery has failed to these recipients or groups:\r\n\r\nDiagnostic information "
            "for administrators:\r\n\r\nGenerating server: EX01.corp.example.com\r\n\r\n"
            "mike@example.org\r\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; "
            "not found'\r\n").encode("utf-16-le")
    path = tmp_path / "ndr.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + body + bytes(600))
    page = bounce_page(qtbot, window)
    page.open_file(str(path))
    qtbot.waitUntil(lambda: "Remote Server returned" in page.text.toPlainText(), timeout=10000)
    result = read(qtbot, page)
    assert result.steps[1].diagnosis == "bounce.recipient_unknown"
    assert any(".msg" in note for note in result.steps[0].facts["notes"])


def test_export_offers_the_bounce_reading(qtbot: Any, window: Any, tmp_path: Path) -> None:
    page = bounce_page(qtbot, window)
    assert not page.export_button.isEnabled()
    page.text.setPlainText((CORPUS / "gmail_message_blocked.txt").read_text("utf-8"))
    result = read(qtbot, page)
    assert page.export_button.isEnabled()
    source, _env, _secrets = window.report_source()
    assert source is result  # File › Export acts on the page's reading while it is shown
    written: list[Path] = []
    window.exporter.export_to(result, str(tmp_path / "bounce.md"),
                              done=lambda path, _error: written.append(path))
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    text = (tmp_path / "bounce.md").read_text("utf-8")
    assert "send.sender\\_authentication\\_failed" in text or \
        "send.sender_authentication_failed" in text
    assert "| Bounce |" in text


def test_ctrl_return_reads_and_tab_reaches_the_buttons(qtbot: Any, window: Any) -> None:
    page = bounce_page(qtbot, window)
    page.text.setPlainText((CORPUS / "qmail_local_unknown.txt").read_text("utf-8"))
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.busy and page.result is not None, timeout=15000)
    assert page.result.steps[1].diagnosis == "bounce.recipient_unknown"
    page.text.setFocus(Qt.FocusReason.TabFocusReason)
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.open_button, page.clear_button, page.export_button]


@pytest.mark.parametrize("size", [(800, 600)])
def test_page_fits_800_by_600(qtbot: Any, window: Any, size: tuple[int, int],
                              tmp_path: Path) -> None:
    window.resize(*size)
    page = bounce_page(qtbot, window)
    page.text.setPlainText((CORPUS / "postfix_dsn_user_unknown.eml").read_text("utf-8"))
    read(qtbot, page)
    qtbot.waitUntil(lambda: page.results.steps.isVisible(), timeout=5000)
    shot = tmp_path / "bounce-800x600.png"
    assert window.grab().save(str(shot))
    for widget in (page.text, page.open_button, page.run_button, page.export_button,
                   page.results.steps, page.results.details):
        assert widget.isVisible() and widget.height() >= 20, type(widget).__name__
    assert page.results.steps.height() >= 3 * page.results.steps.fontMetrics().height()
    assert page.results.details.height() >= 60
