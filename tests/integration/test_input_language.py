"""Bad input explained in the user's language (issue 19): each message is written through the
catalogue where it is raised (app/core/validate.py, forms.py, the proxy and IMAP addresses, a
blocklist's name), with the word it names ("sender", "interval") translated too. The real CLI:
exit 2, the German sentence under the option, no traceback; the pseudo-locale shows that every
message went through msg()."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from app.core import forms, validate
from app.core.text import i18n
from tests.support.proc import run_cli
from tests.support.samples import BAD, BAD_SEND

BRACKETED = re.compile(r"^\[.*\]$", re.S)

# One command line per tool, each with several bad options; the fields they must name.
COMMANDS = [
    (("check", "smtp://mail.example.com", "--port", "abc", "--from", "alice",
      "--connect-timeout", "soon", "--proxy", "ftp://proxy.example:1080", "--stop-after",
      "data", "--watch-imap", "imaps://:pw@imap.example.com", "--to", "bob@example"),
     {"host", "port", "mail_from", "rcpt_to", "connect_timeout", "proxy", "watch_imap"}),
    (("monitor", "mail.example.com", "--every", "often", "--count", "0"), {"every", "count"}),
    (("ports", "mail.example.com", "--port", "70000", "--timeout", "0"), {"ports", "timeout"}),
    (("blocklist", "192.0.2.300", "--list", "not a zone!", "--echo-url", "http://echo.example"),
     {"address", "lists", "echo_urls"}),
    (("domain", "localhost", "--selector", "bad?"), {"domain", "selectors"}),
    (("tls", "mail.example.com", "--security", "ssl3", "--warn-days", "lots"),
     {"security", "warn_days"}),
]


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language(i18n.SOURCE)


def _fields(monkeypatch: pytest.MonkeyPatch, lang: str, argv: tuple[str, ...]
            ) -> tuple[dict[str, str], str]:
    monkeypatch.setenv("SMTP_DOCTOR_LANG", lang)
    code, out, err = run_cli(*argv, "--json")
    assert code == 2, (argv, out, err)
    assert "Traceback" not in err
    data = json.loads(out)
    return {f["field"]: f["message"] for f in data["fields"]}, err


@pytest.mark.parametrize(("argv", "fields"), COMMANDS, ids=[c[0][0] for c in COMMANDS])
def test_cli_bad_input_in_german_and_pseudo(monkeypatch: pytest.MonkeyPatch, language: None,
                                            argv: tuple[str, ...], fields: set[str]) -> None:
    english, _ = _fields(monkeypatch, "en", argv)
    german, err = _fields(monkeypatch, "de", argv)
    pseudo, _ = _fields(monkeypatch, i18n.PSEUDO, argv)
    assert fields <= set(english), english
    assert set(german) == set(english) == set(pseudo)
    for field, message in german.items():
        assert message != english[field], (field, message)  # no English sentence left
        assert f": {message}" in err  # each on its own line under its option
        assert BRACKETED.match(pseudo[field]), (field, pseudo[field])


def test_cli_check_messages_are_the_catalogue_s(monkeypatch: pytest.MonkeyPatch,
                                                language: None) -> None:
    """The German words are the catalogue's: the sentence with its word ("Absender") filled
    in, the proxy type quoted as data, the number of the limit in the German way."""
    german, err = _fields(monkeypatch, "de", COMMANDS[0][0])
    assert german["host"] == ("Geben Sie nur den Servernamen ein, ohne ein Schema wie smtp:// "
                              "(versuchen Sie mail.example.com).")
    assert german["port"] == "Der Port ist eine Zahl wie 587, 465 oder 25."
    assert german["mail_from"] == "Die Adresse (Absender) braucht ein @, zum Beispiel " \
        "sie@example.com."
    assert german["rcpt_to"] == "Die Domain der Adresse (Empfänger) braucht einen Punkt, " \
        "etwa example.com."
    assert german["connect_timeout"] == ("Zeitlimit Verbindung: eine Zahl von Sekunden, "
                                         "etwa 10.")
    assert german["proxy"] == ("Nicht unterstützte Proxy-Art 'ftp': Verwenden Sie socks5, "
                               "socks5h oder http")
    assert german["watch_imap"].startswith("Schreiben Sie das Passwort nicht in die "
                                           "IMAP-Adresse")
    assert "smtp-doctor: --port: Der Port ist eine Zahl wie 587, 465 oder 25." in err
    monitor, _ = _fields(monkeypatch, "de", COMMANDS[1][0])
    assert monitor["every"] == "Intervall: eine Zahl von Sekunden."


def test_every_sample_of_bad_input_is_german(language: None) -> None:
    """The suite's table of malformed input (tests/support/samples): every message the form
    check gives is German (differs from its English run) and bracketed in the pseudo-locale."""
    runs: dict[str, list[list[tuple[str, str]]]] = {}
    for code in ("en", "de", i18n.PSEUDO):
        i18n.set_language(code)
        runs[code] = []
        for change, _field, _words in BAD + BAD_SEND:
            form = {"host": "smtp.example.com", "auth": "none", **change}
            try:
                validate.parse_form(form)
            except validate.InputError as exc:
                runs[code].append([(e.field, e.message) for e in exc.errors])
            else:
                runs[code].append([])
    assert sum(map(len, runs["en"])) >= len(BAD + BAD_SEND)
    for english, german, pseudo in zip(runs["en"], runs["de"], runs[i18n.PSEUDO], strict=True):
        assert [f for f, _ in german] == [f for f, _ in english] == [f for f, _ in pseudo]
        for (_f, en), (_g, de), (_p, ps) in zip(english, german, pseudo, strict=True):
            assert de != en and BRACKETED.match(ps), (en, de, ps)


def test_form_words_come_from_the_catalogue(language: None) -> None:
    """The tools' forms: a port list, the monitor's interval, the TLS form's timeouts."""
    i18n.set_language("de")
    with pytest.raises(validate.InputError) as caught:
        forms.parse_tls_form({"host": "mail.example.com", "connect_timeout": "x",
                              "reply_timeout": "700", "warn_days": "9999"})
    said = {e.field: e.message for e in caught.value.errors}
    assert said == {
        "connect_timeout": "Zeitlimit Verbindung: eine Zahl von Sekunden, etwa 10.",
        "reply_timeout": "Zeitlimit Antwort: höchstens 600 Sekunden.",
        "warn_days": "Geben Sie eine Zahl von Tagen zwischen 0 und 3.650 an.",
    }
    with pytest.raises(ValueError, match=r"^Prüfen Sie höchstens 32 Ports auf einmal\.$"):
        forms.parse_ports(" ".join(str(p) for p in range(1, 40)))


@pytest.mark.parametrize(("name", "german"), [
    ("out.xyz", "unbekanntes Berichtsformat '.xyz': Verwenden Sie .html, .md oder .json"),
    ("out", "Die Berichtsdatei braucht eine Endung: Verwenden Sie .html, .md oder .json"),
])
def test_cli_report_name_in_german(monkeypatch: pytest.MonkeyPatch, language: None,
                                   refused_port: int, name: str, german: str) -> None:
    """--report with a name whose format is unknown: exit 2 before anything runs."""
    argv = ("check", "127.0.0.1", "--port", str(refused_port), "--report", name)
    said, err = _fields(monkeypatch, "de", argv)
    assert said == {"report": german}
    assert f"smtp-doctor: --report: {german}" in err
    pseudo, _ = _fields(monkeypatch, i18n.PSEUDO, argv)
    assert BRACKETED.match(pseudo["report"])
