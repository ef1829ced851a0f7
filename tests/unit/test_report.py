"""Reports from hand-made results: content, escaping, formats, files. (Real runs:
tests/integration/test_report_cli.py.)"""

from __future__ import annotations

import json
import os
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.core.model import (
    Advice,
    RunResult,
    ServerSettings,
    Status,
    StepResult,
    TranscriptLine,
)
from app.core.storage.history import run_from_dict
from app.core.text import report

EVIL = "<script>alert('x')</script>"
ENV = {"os": "TestOS 1.0", "python": "3.x", "generated_at": "2024-05-01T12:00:00+00:00"}


def make_run(banner: str = f"mx.example.test {EVIL}") -> RunResult:
    settings = ServerSettings(host="mail.example.test", port=587, username="alice",
                              password="Sup3r-Secret-Pw")
    steps = [
        StepResult("connect", "Connect to port 587", Status.PASS, 12.3, "Connected",
                   {"attempts": [{"address": "192.0.2.1", "result": "connected", "ms": 12.1}],
                    "connected_to": "192.0.2.1"},
                   transcript=[TranscriptLine(1.0, "*", "connected to 192.0.2.1:587")]),
        StepResult("greeting", "Server greeting", Status.PASS, 3.0, f"Server says: 220 {banner}",
                   {"greeting": banner, "server_name": banner, "multi": "line 1\nline 2"},
                   transcript=[TranscriptLine(15.0, "S", f"220 {banner}"),
                               TranscriptLine(16.0, "S", "250-odd ``` fence | pipe")]),
        StepResult("starttls", "Start encryption (STARTTLS)", Status.WARN, 40.0, "Old TLS",
                   {"tls_version": "TLSv1.1",
                    "certificate": {"sans": ["a", "b"], "expired": False}},
                   diagnosis="tls.old_version",
                   advice=Advice("tls.old_version", "Old TLS **version**", "Because *reasons*.",
                                 ("Ask your provider.", "Upgrade the <b>server</b>.")),
                   transcript=[TranscriptLine(20.0, "C", "STARTTLS", False)]),
        StepResult("auth", "Log in (AUTH)", Status.FAIL, 800.0, "Login refused: 535 5.7.8",
                   {"reply_code": 535, "mechanism": "PLAIN"}, diagnosis="auth.failed",
                   advice=Advice("auth.failed", "The username or password was refused",
                                 "The server said no.", ("Retype the password.",
                                                         "Create an app password.")),
                   transcript=[TranscriptLine(60.0, "C", "AUTH PLAIN [credentials redacted]", True),
                               TranscriptLine(900.0, "S", "535 5.7.8 Bad | credentials", True)]),
        StepResult("quit", "Say goodbye (QUIT)", Status.SKIPPED, 0.0,
                   "Not run: an earlier step failed."),
    ]
    return RunResult(target=settings.public_dict(), steps=steps, status=Status.FAIL,
                     verdict="The username or password was refused", total_ms=860.0,
                     started_at="2024-05-01T11:59:58+00:00", app_version="9.8.7")


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


# ------------------------------------------------------------------------ JSON


def test_json_is_the_cli_schema_plus_environment() -> None:
    run = make_run()
    doc = json.loads(report.render(run, "json", environment=ENV))
    env = doc.pop("environment")
    assert doc == json.loads(json.dumps(run.to_dict()))
    assert env["os"] == "TestOS 1.0" and env["generated_at"] == ENV["generated_at"]


def test_json_default_environment_names_this_os() -> None:
    doc = json.loads(report.render(make_run(), "json"))
    assert doc["environment"]["os"] == report.os_description()
    assert doc["environment"]["generated_at"].endswith("+00:00")


# ------------------------------------------------------------------------ HTML


def test_html_carries_everything() -> None:
    html = report.render(make_run(), "html", environment=ENV)
    for text in ("SMTP Doctor 9.8.7", "TestOS 1.0", "2024-05-01 11:59:58 UTC",
                 "The username or password was refused", "Retype the password.",
                 "Create an app password.", "Connect to port 587", "192.0.2.1", "TLSv1.1",
                 "AUTH PLAIN [credentials redacted]", "535 5.7.8 Bad | credentials",
                 "auth.failed", "mail.example.test", "set (not shown)", "860 ms", "800 ms"):
        assert text in html, text
    # every status with a word, not colour alone
    for word in ("PASS", "WARNING", "FAIL", "SKIPPED"):
        assert f"<span>{word}</span>" in html


def test_html_escapes_server_text_and_advice() -> None:
    html = report.render(make_run(), "html", environment=ENV)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<b>server</b>" not in html and "&lt;b&gt;server&lt;/b&gt;" in html
    parser = TagCollector()
    parser.feed(html)
    assert "script" not in parser.tags
    assert not any(name.startswith("on") for name, _ in parser.attrs)


def test_html_is_self_contained() -> None:
    html = report.render(make_run(), "html", environment=ENV)
    parser = TagCollector()
    parser.feed(html)
    assert "link" not in parser.tags and "img" not in parser.tags and "script" not in parser.tags
    assert not any(name in ("src", "href") for name, _ in parser.attrs)
    assert "<style>" in html and "<svg" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "@media print" in html


def test_html_multiline_fact_is_preformatted() -> None:
    html = report.render(make_run(), "html", environment=ENV)
    assert "<pre>line 1\nline 2</pre>" in html


# ------------------------------------------------------------------------ Markdown


def test_markdown_carries_everything_and_escapes() -> None:
    md = report.render(make_run(), "md", environment=ENV)
    for text in ("# SMTP Doctor report: ❌ FAIL", "SMTP Doctor 9.8.7", "TestOS 1.0",
                 "1. Retype the password.", "2. Create an app password.", "`auth.failed`",
                 "| ✅ PASS | Connect to port 587 |", "⏭️ SKIPPED", "set (not shown)"):
        assert text in md, text
    outside = md.split("## Transcript")[0]
    # server text outside code is inert: no raw HTML, no table-breaking pipes, no emphasis
    assert "<script>" not in outside
    assert r"\<script\>alert('x')\</script\>" in outside
    assert r"Old TLS \*\*version\*\*" in outside
    assert r"Upgrade the \<b\>server\</b\>." in outside


def test_markdown_transcript_fence_cannot_be_closed_by_server_text() -> None:
    md = report.render(make_run(), "md", environment=ENV)
    transcript = md.split("## Transcript")[1]
    assert "````text\n" in transcript  # longer than the ``` the server sent
    body = transcript.split("````text\n")[1].split("\n````")[0]
    assert "250-odd ``` fence | pipe" in body
    assert "AUTH PLAIN [credentials redacted]" in body
    assert "--- Log in (AUTH) ---" in body


def test_md_helpers() -> None:
    assert report.md_escape("a|b\nc") == r"a\|b c"
    assert report.md_code("x`y") == "``x`y``"
    assert str(report.md_fence("```")).startswith("````text\n")


# ------------------------------------------------------------------------ secrets


def test_no_format_shows_a_password_even_if_given_one() -> None:
    run = make_run()
    run.target["password"] = "Sup3r-Secret-Pw"  # a buggy caller: still not shown in HTML/MD
    for fmt in ("html", "md"):
        text = report.render(run, fmt, environment=ENV)
        assert "Sup3r-Secret-Pw" not in text, fmt
    for fmt in report.FORMATS:  # secrets= scrubs the text and its base64 forms everywhere
        text = report.render(run, fmt, environment=ENV, secrets=["Sup3r-Secret-Pw"])
        assert "Sup3r-Secret-Pw" not in text and "U3VwM3ItU2VjcmV0LVB3" not in text, fmt


# ------------------------------------------------------------------------ formats and files


@pytest.mark.parametrize(("name", "fmt"), [("r.html", "html"), ("R.HTM", "html"), ("r.md", "md"),
                                           ("a.b.markdown", "md"), ("r.json", "json")])
def test_format_for_path(name: str, fmt: str) -> None:
    assert report.format_for_path(name) == fmt


@pytest.mark.parametrize("name", ["r.txt", "report", "r.pdf"])
def test_unknown_format(name: str) -> None:
    with pytest.raises(ValueError, match=r"use \.html, \.md or \.json"):
        report.format_for_path(name)
    with pytest.raises(ValueError):
        report.render(make_run(), "pdf")


def test_write_is_atomic_utf8_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    assert report.write(make_run(), path, environment=ENV) == path
    assert path.read_text(encoding="utf-8").startswith("# SMTP Doctor report: ❌")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temp file left
    with pytest.raises(OSError):
        report.write(make_run(), tmp_path / "missing" / "r.html")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_past_run_renders_like_the_live_one() -> None:
    """History stores to_dict(); reports and run_from_dict() give back the same thing."""
    run = make_run()
    stored = json.loads(json.dumps(run.to_dict()))
    for fmt in report.FORMATS:
        assert report.render(stored, fmt, environment=ENV) == report.render(
            run, fmt, environment=ENV)
    again = run_from_dict(stored)
    assert again.to_dict() == stored
    assert again.diagnosis == "auth.failed"


def test_empty_run_renders() -> None:
    run = RunResult(target={}, steps=[], status=Status.PASS, verdict="", total_ms=0,
                    started_at="")
    for fmt in report.FORMATS:
        assert report.render(run, fmt, environment=ENV)
    assert "Nothing was said on the wire." in report.render(run, "html", environment=ENV)


def test_humanize_and_values() -> None:
    from app.core.text.words import humanize

    assert humanize("cert_not_after") == "Cert not after"
    assert humanize("tls_version") == "TLS version"
    assert humanize("8BITMIME") == "8BITMIME"
    assert report.scalar_text(True) == "yes" and report.scalar_text([]) == "(none)"
    assert report.duration_text(1234) == "1.23 s" and report.duration_text(0.25) == "0.2 ms"
    assert report.time_text("2024-05-01T11:59:58+02:00") == "2024-05-01 09:59:58 UTC"
