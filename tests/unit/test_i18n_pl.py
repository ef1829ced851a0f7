"""Polish (issue 19, Languages): chosen from the environment, its plural forms one/few/many in
the engine's messages and in the desktop app's compiled .qm, its numbers and dates, and the
knowledge base and provider words in Polish with the neutral words for missing values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.core.knowledge import diagnoses, providers
from app.core.text import i18n

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "smtp_doctor_pl.qm"


@pytest.fixture
def polish() -> Iterator[None]:
    i18n.set_language("pl")
    yield
    i18n.set_language(i18n.SOURCE)


def test_polish_is_shipped_and_chosen_from_the_environment() -> None:
    assert "pl" in i18n.shipped_languages()
    assert i18n.native_name("pl") == "Polski"
    assert i18n.language_from_env({"LANG": "pl_PL.UTF-8"}) == "pl"
    assert i18n.language_from_env({"LANG": "C", "LANGUAGE": "pl"}) == "en"


@pytest.mark.parametrize(("n", "expected"), [
    (1, "Jeszcze 1 odbiorca też ma problem."),
    (3, "Jeszcze 3 odbiorców też ma problem."),
    (5, "Jeszcze 5 odbiorców też ma problem."),
])
def test_engine_plurals_in_polish(polish: None, n: int, expected: str) -> None:
    text = i18n.msg_n("{n} more recipient has a problem too.",
                      "{n} more recipients have a problem too.", n)
    assert text == expected


@pytest.mark.parametrize(("n", "expected"), [
    (1, "Sprawdzanie 192.0.2.1 na 1 czarnej liście…"),
    (2, "Sprawdzanie 192.0.2.1 na 2 czarnych listach…"),
    (12, "Sprawdzanie 192.0.2.1 na 12 czarnych listach…"),
])
def test_engine_plural_tables_have_every_polish_form(polish: None, n: int,
                                                     expected: str) -> None:
    assert i18n.msg_n("Looking up {address} on {n} blocklist…",
                      "Looking up {address} on {n} blocklists…", n,
                      address="192.0.2.1") == expected
    for key, entry in i18n.catalogue("pl", "messages").items():
        if isinstance(entry, dict) and key != "words":  # [words] is a table of single words
            assert set(entry) == {"one", "few", "many"}, entry


def test_numbers_and_dates_the_polish_way(polish: None) -> None:
    assert i18n.number(1234.5, 1) == "1 234,5"
    assert i18n.duration(2345) == "2,35 s"
    assert i18n.date_time("2026-11-30T08:14:08+00:00") == "30.11.2026 08:14:08"


@pytest.mark.parametrize(("n", "expected"), [
    (1, "Usunięto 1 test z historii."),
    (4, "Usunięto 4 testy z historii."),
    (5, "Usunięto 5 testów z historii."),
    (14, "Usunięto 14 testów z historii."),
    (22, "Usunięto 22 testy z historii."),
])
def test_desktop_plurals_from_the_compiled_qm(n: int, expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    form = translator.translate("HistoryPage", "Deleted %n run(s) from the history.", None, n)
    assert form is not None
    assert form.replace("%n", str(n)) == expected


def test_advice_and_provider_words_in_polish(polish: None) -> None:
    advice = diagnoses.advise("tcp.refused", {"host": "mail.example.com", "port": 587})
    assert advice.title == "Serwer odrzucił połączenie na porcie 587"
    assert advice.fixes and all(fix and "{" not in fix for fix in advice.fixes)
    # No value for the optional part: it is left out; a neutral word fills a bare placeholder.
    assert diagnoses.advise("dns.not_found", {}).title == "Taka nazwa serwera nie istnieje"
    untrusted = diagnoses.advise("tls.cert_untrusted", {})
    assert untrusted.cause.startswith("Certyfikat wystawił nieznany wystawca"), untrusted.cause
    mismatch = diagnoses.advise("tls.cert_hostname_mismatch", {})
    assert "wystawiono dla innych nazw," in mismatch.cause, mismatch.cause  # genitive after dla
    gmail = providers.get_provider("gmail")
    assert gmail is not None
    assert gmail.presets[0].label == "STARTTLS, port 587 (zalecane)"
    assert gmail.presets[0].host == "smtp.gmail.com"
