"""The CLI speaks the language of LANG / LC_MESSAGES / LANGUAGE (issue 19): with --json the keys,
ids and statuses stay the stable English vocabulary and only the text fields are translated.
Real runs: a refused loopback port and a plain aiosmtpd server."""

from __future__ import annotations

import json

import pytest

from app.core.text import i18n
from tests.support.proc import run_cli
from tests.support.servers.smtpd import SmtpServer

LOCAL = "127.0.0.1"


def test_json_keeps_english_keys_and_ids_with_german_text(
        refused_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security", "none",
                              "--json")
    assert code == 1
    german = json.loads(out)
    monkeypatch.setenv("LANG", "C.UTF-8")
    code, out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security", "none",
                              "--json")
    english = json.loads(out)
    assert set(german) == set(english)  # the same keys
    assert german["status"] == english["status"] == "fail"
    assert german["diagnosis"] == english["diagnosis"] == "tcp.refused"
    pairs = list(zip(german["steps"], english["steps"], strict=True))
    for de_step, en_step in pairs:
        assert set(de_step) == set(en_step)
        assert (de_step["id"], de_step["status"]) == (en_step["id"], en_step["status"])
    de_connect, en_connect = next((d, e) for d, e in pairs if d["id"] == "connect")
    assert de_connect["title"] == f"Mit Port {refused_port} verbinden"
    assert en_connect["title"] == f"Connect to port {refused_port}"
    assert de_connect["advice"]["id"] == "tcp.refused"
    assert de_connect["advice"]["title"].startswith("Der Server hat die Verbindung abgewiesen")
    assert de_connect["fixes"] and de_connect["fixes"] != en_connect["fixes"]


@pytest.mark.parametrize("variable", ["LC_MESSAGES", "LANGUAGE"])
def test_human_output_follows_the_locale(smtp_plain: SmtpServer, variable: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv(variable, "de_DE.UTF-8" if variable == "LC_MESSAGES" else "de")
    code, out, _err = run_cli("check", LOCAL, "--port", str(smtp_plain.port), "--security",
                              "none")
    assert code == 0, out
    assert "Begrüßung des Servers" in out and "Verabschieden (QUIT)" in out
    assert "Ihre Einstellungen funktionieren: verbunden in" in out
    assert i18n.current_language() == "de"


def test_problems_and_fixes_in_german(refused_port: int,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security", "none")
    assert code == 1
    assert f"Prüfe {LOCAL} Port {refused_port} (keine Verschlüsselung)" in out
    assert f"Der Server hat die Verbindung abgewiesen auf Port {refused_port}  [tcp.refused]" \
        in out
    assert "  Warum: " in out and "  Was zu tun ist:" in out and "versuchen: smtp-doctor" in out


def test_bad_input_is_explained_in_german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, err = run_cli("check", "smtp.example.com", "--port", "70000", "--json")
    assert code == 2
    data = json.loads(out)
    assert data["error"] and data["message"] == "Einige Optionen sind ungültig."
    port = next(f for f in data["fields"] if f["field"] == "port")
    assert port["diagnosis"] == "input.invalid_port"  # the stable id stays
    assert port["message"].startswith("Der Port muss zwischen 1 und 65535 liegen")
    assert "Der Port muss zwischen 1 und 65535 liegen" in err


def test_bounce_command_in_german(monkeypatch: pytest.MonkeyPatch) -> None:
    """smtp-doctor bounce: its own lines, the advice and the verdict in German; not a bounce
    is said in German under FILE, with the exit code unchanged."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "data" / "bounces"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _err = run_cli("bounce", str(corpus / "postfix_dsn_user_unknown.eml"))
    assert code == 0, out
    assert out.startswith("Die Unzustellbarkeitsnachricht wird gelesen …")
    assert "Empfänger:\n  bob@example.org: failed" in out
    assert "Die Adresse des Empfängers gibt es nicht  [bounce.recipient_unknown]" in out
    assert out.rstrip().endswith("Die Zustellung an bob@example.org ist fehlgeschlagen: Die "
                                 "Adresse des Empfängers gibt es nicht.")
    code, _out, err = run_cli("bounce", str(corpus / "not_a_bounce.eml"))
    assert code == 2
    assert "FILE: das ist keine Unzustellbarkeitsnachricht" in err
