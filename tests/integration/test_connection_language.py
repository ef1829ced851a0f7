"""The connection check speaks the user's language at its source (issue 19): every step title,
summary, transcript note and the verdict come from the catalogue, against real peers —
aiosmtpd with a trustme certificate (STARTTLS, AUTH, a test message), a refused port, a port
whose connect times out and a server that accepts but never greets.

German runs are compared with the same run in English (no summary may stay English), and the
pseudo-locale brackets every text that went through the catalogue: a summary without brackets
never did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.core.checks.connection import run_check
from app.core.model import (
    AuthMethod,
    RunResult,
    Security,
    ServerSettings,
    Status,
    StepResult,
    StopAfter,
)
from app.core.text import i18n
from tests.support.checks import (
    RECIPIENT,
    SENDER,
    assert_diagnosis,
    auth_settings,
    describe,
    make_settings,
    step,
)
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import refused_port
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_USER, SmtpServer


@pytest.fixture
def in_language() -> Iterator[Callable[[str, ServerSettings], RunResult]]:
    """``run(lang, settings)``: the check run in ``lang``; English again afterwards."""

    def run(lang: str, settings: ServerSettings) -> RunResult:
        i18n.set_language(lang)
        try:
            return run_check(settings)
        finally:
            i18n.set_language(i18n.SOURCE)

    yield run
    i18n.set_language(i18n.SOURCE)


def _texts(result: RunResult) -> list[tuple[str, str]]:
    """Every text of a run meant for people, named: titles, summaries, notes, the verdict (a
    failed run's verdict is its advice's title, from the knowledge base)."""
    out = [("verdict", result.verdict)]
    for item in result.steps:
        out += [(f"{item.id} title", item.title), (f"{item.id} summary", item.summary)]
        out += [(f"{item.id} note", line.text) for line in item.transcript
                if line.direction == "*"]
    return out


def _assert_pseudo(result: RunResult) -> None:
    """Each text is bracketed as a whole: it went through msg() at its source."""
    for name, text in _texts(result):
        assert text.startswith("[") and text.endswith("]"), f"{name} never went through " \
            f"the catalogue: {text!r}\n{describe(result)}"


def _assert_german(german: RunResult, english: RunResult) -> None:
    """Same steps, same outcome; not one title, summary or note left as the English one."""
    assert [(s.id, s.status) for s in german.steps] == [(s.id, s.status) for s in english.steps]
    assert german.verdict != english.verdict
    for ours, theirs in zip(german.steps, english.steps, strict=True):
        assert ours.summary != theirs.summary, f"{ours.id}: {ours.summary!r} stayed English"
        assert ours.diagnosis == theirs.diagnosis
    notes_de = [line.text for s in german.steps for line in s.transcript if line.direction == "*"]
    notes_en = [line.text for s in english.steps for line in s.transcript if line.direction == "*"]
    assert len(notes_de) == len(notes_en)
    assert not set(notes_de) & set(notes_en), "a transcript note stayed English"


def test_starttls_login_and_message_in_german_and_pseudo(
        smtp_starttls_auth: SmtpServer, pki: TestPki,
        in_language: Callable[[str, ServerSettings], RunResult]) -> None:
    port = smtp_starttls_auth.port
    settings = auth_settings(port, security=Security.STARTTLS, auth=AuthMethod.PLAIN,
                             stop_after=StopAfter.DATA, ca_file=str(pki.ca_file),
                             mail_from=SENDER, rcpt_to=RECIPIENT)
    english = in_language("en", settings)
    assert english.status is Status.PASS, describe(english)
    german = in_language("de", settings)
    assert german.status is Status.PASS, describe(german)
    _assert_german(german, english)

    assert step(german, "input").summary == (
        f"127.0.0.1, Port {port}, STARTTLS, Anmeldung als {CANARY_USER} (PLAIN)")
    assert step(german, "connect").title == f"Mit Port {port} verbinden"
    assert step(german, "connect").summary == f"Verbunden mit 127.0.0.1:{port} (IPv4)"
    assert step(german, "greeting").summary.startswith("Server sagt: 220 ")
    assert step(german, "ehlo").summary.startswith("Server bietet STARTTLS")
    tls = step(german, "starttls")
    assert tls.summary.startswith(f"Mit STARTTLS verschlüsselt: {tls.facts['tls_version']}, ")
    assert "; Zertifikat für localhost" in tls.summary and " gültig bis " in tls.summary
    assert step(german, "auth").summary == f"Angemeldet als {CANARY_USER} mit PLAIN"
    assert step(german, "mail").summary == f"Absender {SENDER} angenommen"
    assert step(german, "rcpt").summary == f"Empfänger {RECIPIENT} angenommen"
    assert step(german, "data").summary.startswith("Nachricht angenommen: 250")
    assert german.verdict.startswith("Ihre Einstellungen funktionieren: ")
    notes = [line.text for line in step(german, "data").transcript if line.direction == "*"]
    assert notes and notes[0].startswith("Nachrichtentext und abschließender '.' (")
    # the facts stay machine data, whatever the language
    assert step(german, "connect").facts["family"] == "IPv4"
    assert step(german, "auth").facts["mechanism"] == "PLAIN"

    pseudo = in_language(i18n.PSEUDO, settings)
    assert pseudo.status is Status.PASS, describe(pseudo)
    _assert_pseudo(pseudo)


def _failing_in_german(run: Callable[[str, ServerSettings], RunResult],
                       settings: ServerSettings, step_id: str, diagnosis: str) -> StepResult:
    """The failed step of the German run, after comparing it with the English one and checking
    the pseudo-locale run."""
    english = run("en", settings)
    assert_diagnosis(english, step_id, diagnosis)
    german = run("de", settings)
    failed = assert_diagnosis(german, step_id, diagnosis)
    _assert_german(german, english)
    pseudo = run(i18n.PSEUDO, settings)
    assert_diagnosis(pseudo, step_id, diagnosis)
    _assert_pseudo(pseudo)
    skipped = [s for s in german.steps if s.status is Status.SKIPPED]
    assert skipped and {s.summary for s in skipped} == {
        "Nicht ausgeführt: Ein früherer Schritt ist fehlgeschlagen."}
    return failed


def test_refused_port_in_german_and_pseudo(
        in_language: Callable[[str, ServerSettings], RunResult]) -> None:
    port = refused_port()
    failed = _failing_in_german(in_language, make_settings(port, security=Security.NONE),
                                "connect", "tcp.refused")
    assert failed.summary == (f"127.0.0.1:{port} hat die Verbindung abgelehnt (auf diesem Port "
                              "lauscht nichts)")


def test_connect_timeout_in_german_with_a_german_number(
        filtered_port: int, in_language: Callable[[str, ServerSettings], RunResult]) -> None:
    failed = _failing_in_german(in_language, make_settings(filtered_port, security=Security.NONE),
                                "connect", "tcp.timeout")
    # FAST's 1 s connect timeout, written the German way
    assert failed.summary == f"127.0.0.1:{filtered_port} hat nicht innerhalb von 1,0 s geantwortet"


def test_silent_server_in_german_and_pseudo(
        scripted_server_factory: Callable[..., ScriptedServer],
        in_language: Callable[[str, ServerSettings], RunResult]) -> None:
    """Accepted, then nothing: the greeting times out (after the TLS probe's notes)."""
    server = scripted_server_factory(scripted.silent)
    failed = _failing_in_german(in_language, make_settings(server.port, security=Security.NONE),
                                "greeting", "smtp.greeting_timeout")
    assert failed.summary.startswith("Der Server hat die Verbindung angenommen, aber innerhalb "
                                     "von ")
    assert failed.summary.endswith(" s keine Begrüßung gesendet")
    notes = [line.text for line in failed.transcript if line.direction == "*"]
    assert "Test (erwartet dieser Port TLS?): neue Verbindung" in notes
