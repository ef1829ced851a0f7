"""The engine's languages (app.core.text.i18n): which language the environment asks for, the
catalogues with their English fallback, plurals and numbers by locale, the pseudo-locale, and the
knowledge base and reports in German (issue 19, Languages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.knowledge import diagnoses, providers
from app.core.model import RunResult, Status, StepResult
from app.core.text import i18n, report
from app.core.text.report_text import results_text


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language(i18n.SOURCE)


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "de_AT.UTF-8"}, "de"),  # a region without its own folder: the language's
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL wins over LANG
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "xx:de:en"}, "de"),  # first shipped of the list
    ({"LANG": "C", "LANGUAGE": "de"}, "en"),  # gettext ignores LANGUAGE in the C locale
    ({"LANG": "sv_SE.UTF-8"}, "en"),  # not shipped: English
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8", "SMTP_DOCTOR_LANG": "en"}, "en"),  # the app's own override
    ({"SMTP_DOCTOR_LANG": "pseudo"}, "pseudo"),
])
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_env(environ) == expected


def test_shipped_languages_and_names() -> None:
    assert i18n.shipped_languages()[0] == "en"
    assert "de" in i18n.shipped_languages()
    assert i18n.native_name("de") == "Deutsch"
    assert i18n.supported("DE_de") == "de" and i18n.supported("C") is None


def test_messages_plurals_and_numbers_in_german(german: None) -> None:
    assert i18n.msg("Step details") == "Details der Schritte"
    assert i18n.msg("{app} report: {host} port {port}", app="SMTP Doctor", host="h",
                    port=25) == "SMTP Doctor-Bericht: h Port 25"
    assert i18n.msg("not in any catalogue {x}", x=1) == "not in any catalogue 1"  # English
    assert i18n.plural_category(1) == "one" and i18n.plural_category(2) == "other"
    assert i18n.number(1234.5, 1) == "1.234,5"
    assert i18n.duration(2345) == "2,35 s" and i18n.duration(4.25) == "4,2 ms"
    assert i18n.date_time("2026-11-30T08:14:08+00:00") == "30.11.2026 08:14:08"


@pytest.mark.parametrize(("rule", "n", "expected"), [
    ("one_other", 1, "one"), ("one_other", 0, "other"), ("one_other", 2, "other"),
    ("zero_one", 0, "one"), ("zero_one", 1, "one"), ("zero_one", 2, "other"),  # fr, pt-BR
    ("slavic_pl", 1, "one"), ("slavic_pl", 2, "few"), ("slavic_pl", 5, "many"),  # pl
    ("slavic_pl", 12, "many"), ("slavic_pl", 22, "few"),
    ("none", 1, "other"),  # ja, zh-CN
])
def test_plural_rules_for_the_languages_to_come(rule: str, n: int, expected: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_language_file", lambda code: {"format": {"plural": rule}})
    assert i18n.plural_category(n, "xx") == expected


def test_step_titles_are_written_in_the_language_at_their_source() -> None:
    """The plan's titles come from msg() where the steps are made: nothing translates a
    finished English title afterwards (i18n.translated() is gone)."""
    from app.core.cancel import CancelToken
    from app.core.checks.connection import ConnectionCheck
    from app.core.model import ServerSettings

    assert not hasattr(i18n, "translated")
    try:
        i18n.set_language("fr")
        check = ConnectionCheck(ServerSettings(host="127.0.0.1", port=587), CancelToken())
        titles = [step.title for step in check.steps()]
        assert "Se connecter au port 587" in titles and "Trouver le serveur" in titles
        assert "Connect to port 587" not in titles and "Look up the server" not in titles
        title = i18n.msg("Control: {reference}", reference="127.0.0.2")
        assert title == "Témoin : 127.0.0.2"
    finally:
        i18n.set_language(None)


def test_pseudo_locale_keeps_placeholders_and_grows_40_percent() -> None:
    text = "Connect to {host} on port %n with &Retry <b>now</b>"
    fake = i18n.pseudo(text)
    assert fake.startswith("[") and fake.endswith("]")
    for kept in ("{host}", "%n", "<b>", "</b>"):
        assert kept in fake
    letters = sum(ch.isalpha() for ch in text)
    assert fake.count("~") >= round(letters * 0.4)
    assert re.search("[åçéîñöûšýž]", fake)
    assert i18n.pseudo(fake) == fake  # never twice


def test_diagnosis_in_german_with_english_fallback(german: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    advice = diagnoses.advise("tcp.refused", {"host": "mail.example.com", "port": 587})
    assert advice.title == "Der Server hat die Verbindung abgewiesen auf Port 587"
    assert advice.fixes and all("Port" in f or "Server" in f or "Virenschutz" in f
                                for f in advice.fixes)
    # A neutral word for a placeholder without a value is German too.
    mismatch = diagnoses.advise("tls.cert_hostname_mismatch", {})
    assert "ist auf andere Namen ausgestellt" in mismatch.cause, mismatch.cause
    assert diagnoses.advise("dns.not_found", {}).title == "Den Servernamen gibt es nicht"
    # A translation that lacks an entry leaves that entry English.
    real = i18n.catalogue("de", "diagnoses")
    without = {k: v for k, v in real.items() if k != "tcp.refused"}
    monkeypatch.setattr(i18n, "catalogue", lambda code, kind: without if kind == "diagnoses"
                        else real)
    english = diagnoses.advise("tcp.refused", {"port": 587})
    assert english.title == "The server refused the connection on port 587"


def test_fix_conditions_still_apply_in_german(german: None) -> None:
    """Conditions belong to the English entry: the German texts follow them one for one."""
    on_587 = diagnoses.advise("tcp.refused", {"port": 587, "security": "starttls"})
    on_465 = diagnoses.advise("tcp.refused", {"port": 465, "security": "tls"})
    i18n.set_language("en")
    assert len(on_587.fixes) == len(diagnoses.advise(
        "tcp.refused", {"port": 587, "security": "starttls"}).fixes)
    assert len(on_465.fixes) == len(diagnoses.advise(
        "tcp.refused", {"port": 465, "security": "tls"}).fixes)


def test_provider_words_in_german(german: None) -> None:
    gmail = providers.get_provider("gmail")
    assert gmail is not None
    assert gmail.auth_hint.startswith("Benutzername: Ihre vollständige Gmail-Adresse")
    assert gmail.presets[0].label == "STARTTLS, Port 587 (empfohlen)"
    assert gmail.presets[0].host == "smtp.gmail.com"  # data stays data


def _run() -> RunResult:
    step = StepResult("connect", "Connect to port 587", Status.FAIL, summary="refused",
                      diagnosis="tcp.refused", duration_ms=12.5)
    step.advice = diagnoses.advise("tcp.refused", {"port": 587})
    return RunResult(target={"host": "mail.example.com", "port": 587, "security": "starttls",
                             "password_set": True},
                     steps=[step], status=Status.FAIL, verdict="refused", total_ms=1234.0,
                     started_at="2026-11-30T08:14:08+00:00")


def test_reports_in_german_keep_english_keys_in_json(german: None) -> None:
    markdown = report.render(_run(), "md")
    for heading in ("SMTP-Doctor-Bericht", "Probleme und wie Sie sie beheben", "Schritte",
                    "Einstellungen", "Protokoll", "Was zu tun ist", "gesetzt (nicht angezeigt)",
                    "Passwörter stehen nie in Berichten."):
        assert heading in markdown, heading
    assert "1,23 s" in markdown  # durations the German way
    html = report.render(_run(), "html")
    assert '<html lang="de">' in html and "Probleme und wie Sie sie beheben" in html
    data = report.render(_run(), "json")
    assert '"steps"' in data and '"diagnosis": "tcp.refused"' in data
    assert "Der Server hat die Verbindung abgewiesen" in data  # text fields translated


def test_reports_stay_english_by_default() -> None:
    markdown = report.render(_run(), "md")
    assert "Problems and how to fix them" in markdown and "1.23 s" in markdown


BOUNCES = Path(__file__).resolve().parents[1] / "data" / "bounces"


def _bounce_run(name: str) -> RunResult:
    from app.core.checks.bounce import BounceOptions, read_bounce, run_bounce

    bounce = read_bounce((BOUNCES / name).read_bytes())
    assert bounce is not None
    return run_bounce(BounceOptions(bounce, name))


def test_a_bounce_read_in_german(german: None) -> None:
    """The bounce reader's verdict, step titles and advice, and the report's reading line."""
    result = _bounce_run("postfix_dsn_user_unknown.eml")
    assert result.verdict == ("Die Zustellung an bob@example.org ist fehlgeschlagen: Die Adresse "
                              "des Empfängers gibt es nicht.")
    assert result.steps[0].title == "Was die Nachricht ist"
    advice = result.steps[1].advice
    assert advice is not None and advice.fixes and "Buchstabe für Buchstabe" in advice.fixes[0]
    markdown = report.render(result, "md")
    # the reading's own row in the settings table, and the next row on its own line
    assert re.search(r"^\| Unzustellbarkeitsnachricht \| postfix\\_dsn\\_user\\_unknown\.eml "
                     r"\(postfix, gemeldet von mail\.example\.com\) \|\n\| Geprüft \|",
                     markdown, re.M), markdown[:600]
    html = report.render(result, "html")
    assert "Bericht: postfix_dsn_user_unknown.eml (postfix, gemeldet von" in html  # <title>
    assert "<p class=\"sub\">Unzustellbarkeitsnachricht: postfix_dsn_user_unknown.eml" in html
    text = results_text(result)
    assert "Unzustellbarkeitsnachricht: postfix_dsn_user_unknown.eml" in text


def test_more_failed_recipients_counted_in_german(german: None) -> None:
    from app.core.checks.bounce import BounceOptions, read_bounce, run_bounce

    text = (BOUNCES / "postfix_text_mailbox_full.txt").read_text("utf-8")
    more = "".join(f"""
<user{n}@example.org>: host mail.example.org[203.0.113.40] said: 550 5.1.1
    <user{n}@example.org>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
""" for n in (1, 2))
    bounce = read_bounce((text + more).encode())
    assert bounce is not None and len(bounce.recipients) == 3
    result = run_bounce(BounceOptions(bounce, "three.txt"))
    assert result.verdict.startswith("Die Zustellung an carol@example.org ist fehlgeschlagen: ")
    assert result.verdict.endswith(". 2 weitere Empfänger haben ebenfalls ein Problem.")


def test_proxy_messages_are_german_where_they_are_raised(german: None) -> None:
    """The proxy address's messages are written through the catalogue where they are raised:
    its own entry, not a generic one that would also fit ("{label}: {value}")."""
    from app.core.validate import FieldError, read_proxy

    errors: list[FieldError] = []
    read_proxy({"proxy": "ftp://proxy.example:8080"}, errors)
    assert [e.field for e in errors] == ["proxy"]
    assert errors[0].message == ("Nicht unterstützte Proxy-Art 'ftp': Verwenden Sie socks5, "
                                 "socks5h oder http")
    errors.clear()
    read_proxy({"proxy_password": "x"}, errors)
    assert [(e.field, e.message) for e in errors] == [
        ("proxy_password", "Ein Proxy-Passwort wurde ohne Proxy angegeben.")]


def test_domain_health_verdict_in_german(german: None) -> None:
    """The tool verdicts are written through the catalogue too (Domain health as the example:
    the words around the advice titles, which are German themselves)."""
    from app.core.cancel import CancelToken
    from app.core.checks.domain import DomainCheck, DomainOptions
    from app.core.knowledge.diagnoses import advise

    check = DomainCheck(DomainOptions(domain="example.test"), CancelToken())
    passed = StepResult("mx", "MX", Status.PASS)
    assert check.verdict([passed], Status.PASS, 10.0) == "example.test: Alle Prüfungen bestanden."
    warned = StepResult("bimi", "BIMI", Status.WARN, diagnosis="bimi.missing",
                        advice=advise("bimi.missing", {}))
    assert check.verdict([passed, warned], Status.WARN, 10.0) == \
        "example.test: 1 Warnung: Kein BIMI-Eintrag (optional)."
