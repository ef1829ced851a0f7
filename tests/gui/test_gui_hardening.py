"""Issue 7 on the GUI side: the canary password never reaches anything the GUI shows or writes,
and many back-to-back runs leave file descriptors, threads and memory flat."""

from __future__ import annotations

import base64
import gc
import json
import os
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication

from tests.support.gui import fill, run
from tests.support.proc import open_fds
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer


def canary_forms() -> list[bytes]:
    pw = CANARY_PASSWORD.encode()
    forms = {pw, base64.b64encode(pw), base64.b64encode(b"\0" + CANARY_USER.encode() + b"\0" + pw),
             b"|" + CANARY_USER.encode() + b"|" + pw}
    for pad in (b"\0", b"\0\0"):  # the password's base64 at the other two alignments
        forms.add(base64.b64encode(pad + pw)[4:-4])
    return sorted(forms)


def leaks_in(data: bytes) -> list[bytes]:
    return [form for form in canary_forms() if form in data]


def test_canary_never_reaches_gui_output_or_files(qtbot: Any, make_window: Callable[..., Any],
                                                  smtp_server_factory: Callable[..., SmtpServer],
                                                  pki: TestPki, config_dir: Path,
                                                  tmp_path: Path) -> None:
    good = smtp_server_factory(tls="starttls", require_starttls=True,
                               users={CANARY_USER: CANARY_PASSWORD})
    wrong = smtp_server_factory(tls="starttls", require_starttls=True,
                                users={CANARY_USER: "something-else"})
    window = make_window()
    outputs: dict[str, bytes] = {}
    for name, server, action in (("ok", good, "data"), ("refused", wrong, "auth")):
        fill(window, host="localhost", port=server.port, security="starttls", auth="plain",
             username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file),
             mail_from="alice@example.com", rcpt_to="bob@example.com")
        result = run(qtbot, window, action)
        assert result is not None
        outputs[f"{name}: results text"] = (window.results.details.toPlainText() +
                                            window.results.transcript.toPlainText()).encode()
        window.results.copy_results_text()
        outputs[f"{name}: copied results"] = QGuiApplication.clipboard().text().encode()
        window.results.copy_transcript_text()
        outputs[f"{name}: copied transcript"] = QGuiApplication.clipboard().text().encode()
        outputs[f"{name}: repr"] = repr(result).encode()
    assert "alice@example.com" in outputs["ok: copied results"].decode() or outputs[
        "ok: results text"]
    window.save_profile()
    window.close()
    assert QThreadPool.globalInstance().waitForDone(5000)
    for path in config_dir.rglob("*"):  # profiles JSON, gui.ini, anything the app wrote
        if path.is_file():
            outputs[f"file {path.name}"] = path.read_bytes()
    data_dir = os.environ.get("SMTP_DOCTOR_DATA_DIR")
    if data_dir:
        for path in Path(data_dir).rglob("*"):
            if path.is_file():
                outputs[f"data {path.name}"] = path.read_bytes()
    assert any(name.startswith("file ") for name in outputs), "the app wrote no settings file?"
    found = {name: leaks_in(data) for name, data in outputs.items() if leaks_in(data)}
    assert found == {}


@pytest.mark.slow
def test_back_to_back_runs_stay_flat(qtbot: Any, make_window: Callable[..., Any],
                                     smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    """Many full runs in one window: fds, threads and Python memory do not grow."""
    window = make_window()
    fill(window, host="localhost", port=smtp_starttls_auth.port, security="starttls",
         auth="auto", username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))
    runs = int(os.environ.get("SMTP_DOCTOR_GUI_RUNS", "60"))  # 200 in the soak run
    for _ in range(10):  # warm up caches, icons, the thread pool
        assert run(qtbot, window, "auth").status.value == "pass"
    gc.collect()
    fds, threads = len(open_fds()), threading.active_count()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for _ in range(runs):
        assert run(qtbot, window, "auth").status.value == "pass"
    smtp_starttls_auth.auth_attempts.clear()  # the server's own record is not ours
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    grown = after - before
    print(f"\n{runs} GUI runs: fds {fds}->{len(open_fds())}, threads {threads}->"
          f"{threading.active_count()}, traced memory +{grown / 1024:.1f} KiB")
    assert len(open_fds()) <= fds + 2
    assert threading.active_count() <= threads + 1
    assert grown < 2 * 1024 * 1024  # bounded: a leak of even 20 KiB a run would show


# Labels that show only the app's own words as markup (escaped where they quote a run).
RICH_LABELS = {"about text", "provider notes", "history comparison heading"}


def _rich_label_names(window: Any) -> dict[int, str]:
    from app.gui.dialogs.about import AboutDialog

    about = AboutDialog(window)
    names = {id(about.text): "about text", id(window.panel.server.notes): "provider notes",
             id(window.registry.page("history").comparison.heading): "history comparison heading"}
    about.deleteLater()
    return names


def test_every_label_is_plain_text(qtbot: Any, window: Any) -> None:
    """No QLabel guesses rich text: a greeting or certificate name with <img>/<a> markup would
    otherwise be rendered. Only the allow-listed labels (the app's own words) are rich."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    window.pages.setCurrentWidget(window.registry.page("history"))  # every page is built by now
    rich = _rich_label_names(window)
    labels = window.findChildren(QLabel)
    assert len(labels) > 30  # every page's labels, not an empty walk
    auto = [label.objectName() or label.text()[:40] for label in labels
            if label.textFormat() == Qt.TextFormat.AutoText]
    assert auto == []
    explicit_rich = {rich.get(id(label), label.text()[:40]) for label in labels
                     if label.textFormat() == Qt.TextFormat.RichText}
    assert explicit_rich <= RICH_LABELS


def test_markup_from_a_server_is_shown_literally(qtbot: Any, window: Any,
                                                 scripted_server_factory: Callable[..., Any]
                                                 ) -> None:
    """A greeting with markup and escape codes: every view shows it as text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from tests.support.servers import hostile

    evil = "<img src='file:///etc/passwd'><a href='https://x.invalid'>click</a> \x1b]52;c;aGk=\x07"
    server = scripted_server_factory(
        hostile.make_esmtp(greeting=f"554 5.7.1 {evil}\r\n".encode()))
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none")
    result = run(qtbot, window, "ehlo")
    assert result is not None and result.diagnosis == "smtp.rejected", result.verdict
    step = next(s for s in result.steps if s.id == "greeting")
    assert "<img src=" in step.summary and "\\x1b]52" in step.summary and "\x1b" not in step.summary
    shown = window.results.details.toPlainText()  # the failing step's details, as text
    assert "<img src='file:///etc/passwd'>" in shown and "\x1b" not in shown
    for label in window.findChildren(QLabel):
        if "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    window.results.copy_results_text()
    assert "\x1b" not in QGuiApplication.clipboard().text()


def test_echoing_server_never_shows_the_password_in_the_gui(
        qtbot: Any, window: Any, scripted_server_factory: Callable[..., Any]) -> None:
    """Issue: a server answering AUTH with ``535 … decoded=|user|password`` got the password
    into the step summary, the details, the clipboard text. Every face of the GUI is searched."""
    from PySide6.QtWidgets import QLabel

    from tests.support.servers import hostile

    outputs: dict[str, bytes] = {}
    for mechanism in ("plain", "login"):
        for where in ("535", "334"):
            server = scripted_server_factory(hostile.make_echo(where))
            fill(window, host="127.0.0.1", port=server.port, security="none",
                 auth=mechanism, username=CANARY_USER, password=CANARY_PASSWORD)
            result = run(qtbot, window, "auth")
            expected = "auth.failed" if where == "535" else "smtp.protocol_error"
            assert result is not None and result.diagnosis == expected, result.diagnosis
            name = f"{mechanism} {where}"
            assert "[redacted]" in json.dumps(result.to_dict()), name  # the echo was there
            texts = [window.results.details.toPlainText(),
                     window.results.transcript.toPlainText(),
                     window.results.banner.verdict.text()]
            for row in window.results.model.rows():  # every step's details, as clicked
                window.results.steps.setCurrentIndex(
                    window.results.model.index(window.results.model.row_of(row.id), 0))
                texts.append(window.results.details.toPlainText())
            texts += [label.text() for label in window.findChildren(QLabel)]
            outputs[f"{name}: widgets"] = "\n".join(texts).encode()
            window.results.copy_results_text()
            outputs[f"{name}: copied results"] = QGuiApplication.clipboard().text().encode()
            window.results.copy_transcript_text()
            outputs[f"{name}: copied transcript"] = QGuiApplication.clipboard().text().encode()
    found = {name: leaks_in(data) for name, data in outputs.items() if leaks_in(data)}
    assert found == {}
