"""File > Export… and Edit > Copy report, after real runs against the loopback servers."""

from __future__ import annotations

import html.parser
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.core.model import RunResult, Status
from app.gui.export import FILTERS, resolve_path
from tests.support.gui import fill, run
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer


class _Text(html.parser.HTMLParser):
    """Parses the whole document (so it is well-formed enough) and keeps its text."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _login(qtbot: Any, window: Any, server: SmtpServer, pki: TestPki,
           password: str = CANARY_PASSWORD) -> RunResult:
    fill(window, host="localhost", port=server.port, security="starttls", auth="auto",
         username=CANARY_USER, password=password, ca_file=str(pki.ca_file))
    result = run(qtbot, window, "auth")
    assert result is not None
    return result


def _export(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, path: Path,
            selected_filter: str) -> Path:
    """File > Export… with the native dialog answered by the test."""
    answers: list[tuple[Any, ...]] = []

    def fake_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        answers.append(args)
        return str(path), selected_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.exporter.exported, timeout=10_000) as written:
        window.export_action.trigger()
    assert answers, "the save dialog was not shown"
    return Path(written.args[0])


def test_export_writes_html_markdown_and_json(qtbot: Any, window: Any,
                                              smtp_starttls_auth: SmtpServer, pki: TestPki,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    result = _login(qtbot, window, smtp_starttls_auth, pki, password="wrong-" + CANARY_PASSWORD)
    assert result.status is Status.FAIL
    titles = [s.title for s in result.steps]
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()

    # HTML, chosen by its extension.
    path = _export(qtbot, window, monkeypatch, tmp_path / "report.html", FILTERS["md"])
    assert path == tmp_path / "report.html"
    text = path.read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(text)
    body = " ".join(parser.parts)
    assert {"html", "table"} <= parser.tags
    for title in titles:
        assert title in body
    assert "auth.failed" in body and result.verdict in body

    # Markdown, chosen by the filter (the name had no extension).
    path = _export(qtbot, window, monkeypatch, tmp_path / "ticket", FILTERS["md"])
    assert path == tmp_path / "ticket.md"
    markdown = path.read_text(encoding="utf-8")
    assert markdown.lstrip().startswith("#") and "auth.failed" in markdown
    for title in titles:
        assert title in markdown

    # JSON: the CLI's schema.
    path = _export(qtbot, window, monkeypatch, tmp_path / "run.json", FILTERS["html"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["steps"]] == [s.id for s in result.steps]
    assert data["diagnosis"] == "auth.failed" and data["status"] == "fail"
    assert "environment" in data

    for written in tmp_path.iterdir():
        content = written.read_text(encoding="utf-8")
        assert CANARY_PASSWORD not in content, written
    assert window.exporter.last_format == "json"


def test_copy_report_puts_markdown_and_rich_text_on_the_clipboard(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    result = _login(qtbot, window, smtp_starttls_auth, pki)
    assert result.status in (Status.PASS, Status.WARN)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(window.exporter.copied, timeout=10_000):
        window.copy_report_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    text, rich = mime.text(), mime.html()
    assert result.verdict in text and "|" in text  # Markdown table of steps
    assert "<html" in rich.lower() and "<table" in rich.lower()
    for step in result.steps:
        assert step.title in text
    assert CANARY_PASSWORD not in text and CANARY_PASSWORD not in rich


def test_export_from_the_history_page_uses_the_open_past_run(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.registry.page("history")
    with qtbot.waitSignal(page.stored, timeout=15_000):
        failed = _login(qtbot, window, smtp_starttls_auth, pki, password="nope")
    with qtbot.waitSignal(page.stored, timeout=15_000):
        passed = _login(qtbot, window, smtp_starttls_auth, pki)
    assert failed.status is Status.FAIL and passed.status is not Status.FAIL
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    with qtbot.waitSignal(page.run_opened, timeout=5000):
        page.select_rows(1)  # the older, failed run
    path = _export(qtbot, window, monkeypatch, tmp_path / "past.json", FILTERS["json"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["status"] == "fail" and data["started_at"] == failed.started_at
    assert data["environment"].get("os")


def test_nothing_to_export_says_so(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.exporter.message, timeout=2000) as said:
        window.export_action.trigger()
    assert "Run a test" in said.args[0]


def test_resolve_path() -> None:
    assert resolve_path("/x/a.HTML", FILTERS["json"]) == (Path("/x/a.HTML"), "html")
    assert resolve_path("/x/a", FILTERS["json"]) == (Path("/x/a.json"), "json")
    assert resolve_path("/x/a.txt", FILTERS["md"]) == (Path("/x/a.txt.md"), "md")
    assert resolve_path("/x/a", "") == (Path("/x/a.html"), "html")
