"""The one plain-text renderer (app.core.text.report_text) and the shared words (text.words)."""

from __future__ import annotations

import json

from app.core.model import (
    Advice,
    FixAction,
    RunResult,
    ServerSettings,
    Status,
    StepResult,
    TranscriptLine,
)
from app.core.monitor import Sample
from app.core.text import report
from app.core.text.report_text import (
    PLAIN,
    Words,
    problem_lines,
    results_text,
    sample_line,
    step_line,
    transcript_line,
)
from app.core.text.words import (
    APP_NAME,
    STATUS_TEXT,
    duration_text,
    humanize,
    ms_figure,
    size_text,
    status_text,
)

SECRET = "Sup3r-Secret-Pw"


def a_run() -> RunResult:
    settings = ServerSettings(host="mail.example.test", port=587, username="alice",
                              password=SECRET)
    steps = [
        StepResult("connect", "Connect to port 587", Status.PASS, 12.3, "Connected",
                   {"connected_to": "192.0.2.1", "attempts": [{"ip": "192.0.2.1", "ms": 12.1}]},
                   transcript=[TranscriptLine(1.0, "*", "connected to 192.0.2.1:587")]),
        StepResult("auth", "Log in (AUTH)", Status.FAIL, 800.0, "Login refused: 535 5.7.8",
                   {"reply_code": 535}, diagnosis="auth.failed",
                   advice=Advice("auth.failed", "The password was refused", "The server said no.",
                                 ("Retype the password.", "Use port 465."),
                                 (FixAction("set", "Use 465", {"port": 465}, fix=1),)),
                   transcript=[TranscriptLine(60.0, "C", "AUTH PLAIN [credentials redacted]",
                                              True)]),
        StepResult("quit", "Say goodbye (QUIT)", Status.SKIPPED, 0.0, "Not run."),
    ]
    return RunResult(target=settings.public_dict(), steps=steps, status=Status.FAIL,
                     verdict="The password was refused", total_ms=812.3,
                     started_at="2024-05-01T11:59:58+00:00", app_version="9.8.7")


def test_txt_report_is_the_clipboard_text_of_a_fresh_or_stored_run() -> None:
    run = a_run()
    text = results_text(run)
    assert text.startswith(f"{APP_NAME} results\nServer: mail.example.test, port 587")
    assert "Started: 2024-05-01 11:59:58 UTC   Total: 812 ms" in text
    assert "Result: FAIL: The password was refused" in text
    assert "[PASS] Connect to port 587 (12 ms)" in text
    assert "[SKIP] Say goodbye (QUIT)" in text
    assert "       Problem: The password was refused [auth.failed]" in text
    assert "       2. Use port 465." in text
    assert "Connected to: 192.0.2.1" in text  # facts labelled by the one humanize
    assert "   0.060s TLS C: AUTH PLAIN [credentials redacted]" in text
    stored = json.loads(json.dumps(run.to_dict()))
    assert report.render(stored, "txt") == report.render(run, "txt") == text
    assert SECRET not in text


def test_txt_report_scrubs_secrets_and_controls() -> None:
    run = a_run()
    run.steps[0].summary = f"said {SECRET} \x1b]52;c;evil\x07"
    text = report.render(run, "txt", secrets=[SECRET])
    assert SECRET not in text and "\x1b" not in text and "\x07" not in text


def test_words_of_a_face_are_used() -> None:
    words = Words(readable=lambda facts: ({"Shown": 1}, {"Code": "x"}),
                  value=lambda key, value: f"<{key}:{value}>", when=lambda iso: "then",
                  duration=lambda ms: f"{ms:.0f}ms")
    text = results_text(a_run(), words)
    assert "Server: mail.example.test, port 587, <security:starttls>" in text
    assert "Started: then   Total: 812ms" in text
    assert "Details:\n        Shown: 1\n       Technical details:\n        Code: x" in text
    assert PLAIN.duration(5.0) == "5.0 ms"


def test_cli_lines_use_the_status_table() -> None:
    run = a_run()
    assert step_line(run.steps[0], fancy=True).startswith("✔ PASS    Connect to port 587")
    assert step_line(run.steps[1], fancy=False).startswith("x FAIL    Log in (AUTH)")
    assert step_line(run.steps[2], fancy=False).startswith("- SKIPPED Say goodbye")
    lines = problem_lines(run, fancy=True)
    assert lines[:3] == ["", "✘ The password was refused  [auth.failed]",
                         "  Why: The server said no."]
    assert any(line.startswith("       → try: ") and "--port 465" in line for line in lines)
    assert all("→" not in line for line in problem_lines(run, fancy=False))


def test_monitor_line_and_transcript_line() -> None:
    sample = Sample(index=3, time="2024-05-01T12:00:00+00:00", status="fail", verdict="refused",
                    diagnosis="tcp.refused", phases={"connect": 4.25, "total": 180.0})
    line = sample_line(sample)
    assert line.startswith("#3    2024-05-01 12:00:00Z  FAIL  connect  4.2")
    assert "total  180 ms  tcp.refused" in line
    assert transcript_line({"t_ms": 1500, "dir": "S", "text": "220 hi", "tls": False}) == \
        "   1.500s     S: 220 hi"


def test_one_status_table_and_one_way_to_write_numbers() -> None:
    assert set(STATUS_TEXT) == {s.value for s in Status}
    assert status_text(Status.WARN).heading == "WARNING" and status_text("odd").word == "Skipped"
    assert (duration_text(1234), duration_text(0.25), duration_text(None)) == ("1.23 s",
                                                                               "0.2 ms", "")
    assert (ms_figure(None), ms_figure(4.25), ms_figure(180.4)) == ("-", "4.2", "180")
    assert (size_text(35_000_000), size_text(512_000), size_text(12)) == ("35 MB", "512 kB",
                                                                         "12 bytes")
    assert humanize("cert_not_after") == "Cert not after" and humanize("SIZE") == "SIZE"
