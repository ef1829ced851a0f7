"""Bad input in the user's language next to its field (issue 19): the real window in German and
in the pseudo-locale, bad values typed into the real widgets, the engine's message (written
through the catalogue where it is raised) shown under the field as it came, with the word it
names ("Absender") translated too; nothing runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.text import i18n as core_i18n
from app.gui import i18n
from tests.support.gui import fill, page_of

BRACKETED = re.compile(r"^\[.*\]$", re.S)
SHOWN = re.compile(r"\[?⚠ (.*?)(?: ~+\])?", re.S)  # the label's "⚠ {message}", pseudo or not
BAD_FORM = {"host": "smtp://mail.example.com", "port": "99999", "connect_timeout": "soon",
            "auth": "login", "username": "", "mail_from": "alice", "rcpt_to": "bob@example"}
FIELDS = ("host", "port", "connect_timeout", "username", "password", "mail_from", "rcpt_to")


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Switch the app's translators and the engine's language; English afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, core_i18n.SOURCE)


def _errors_after_send(qtbot: Any, window: Any) -> dict[str, str]:
    fill(window, **BAD_FORM)
    assert window.run_action("data")
    qtbot.waitUntil(lambda: not window.busy, timeout=3000)
    assert window.results.model.rowCount() == 0  # nothing ran
    panel = window.panel
    for field in FIELDS:
        label = panel._boxes[field].error
        assert label.isVisible() and label.text().strip(), field
    return {field: panel.error_for(field) for field in FIELDS}


def test_connection_form_errors_in_german(qtbot: Any, make_window: Any,
                                          language: Callable[[str], None]) -> None:
    language("de")
    window = make_window()
    said = _errors_after_send(qtbot, window)
    assert said["host"] == ("Geben Sie nur den Servernamen ein, ohne ein Schema wie smtp:// "
                            "(versuchen Sie mail.example.com).")
    assert said["port"] == ("Der Port muss zwischen 1 und 65535 liegen (E-Mail nutzt 587, 465 "
                            "oder 25).")
    assert said["connect_timeout"] == "Zeitlimit Verbindung: eine Zahl von Sekunden, etwa 10."
    assert said["username"].startswith("Geben Sie Ihren Benutzernamen ein")
    assert said["password"] == "Geben Sie das Passwort (oder ein App-Passwort) ein."
    assert said["mail_from"] == ("Die Adresse (Absender) braucht ein @, zum Beispiel "
                                 "sie@example.com.")
    assert said["rcpt_to"] == ("Die Domain der Adresse (Empfänger) braucht einen Punkt, etwa "
                               "example.com.")
    # The same form in English says something else at every field: no English left above.
    language("en")
    english = _errors_after_send(qtbot, make_window())
    assert all(english[f] != said[f] for f in FIELDS), (english, said)


def test_connection_form_errors_went_through_the_catalogue(
        qtbot: Any, make_window: Any, language: Callable[[str], None]) -> None:
    """The pseudo-locale brackets what went through msg(): every message, and the word
    inside the sender's ("[Thé [šéñdér ~~] åddréšš …]")."""
    language(core_i18n.PSEUDO)
    said = _errors_after_send(qtbot, make_window())
    # The label's own words ("⚠ {message}") are the GUI's, bracketed by Qt's pseudo .ts
    # handling; inside them, the engine's message is bracketed on its own.
    inner = {field: SHOWN.fullmatch(text) for field, text in said.items()}
    assert all(inner.values()), said
    assert all(BRACKETED.match(m.group(1)) for m in inner.values() if m), said
    assert core_i18n.pseudo("sender") in said["mail_from"]


def test_tool_page_error_in_german(qtbot: Any, make_window: Any,
                                   language: Callable[[str], None]) -> None:
    """A tool page (Ports) checks its fields with app.core.forms: German at the field."""
    language("de")
    window = make_window()
    page = page_of(window, "PortsPage", qtbot)
    page.host.setText("mail.example.com")
    page.ports.setText("25, 99999")
    assert not page.run() and not page.running
    assert page.error_text("ports") == ("„99999“ ist kein Port: Ports sind Zahlen von 1 bis "
                                        "65535.")
    page.ports.setText("25")
    page.host.setText("me@example.com")
    assert not page.run()
    assert page.error_text("host") == ("Das ist eine E-Mail-Adresse. Der Server ist meist "
                                       "smtp.example.com oder mail.example.com.")
