"""The command line in the user's language (issue 19), run for real against the suite's peers:
``--help`` (our texts and argparse's own words), each command's own lines, the status column
(aligned by display width in Japanese), the Markdown report's "In step …" sentence, and
``--json`` keeping its stable English keys and status values.

Pseudo-locale runs show what never went through the catalogue: a text of the CLI's own
without "[…]" brackets is a miss. Step summaries and other engine pieces are the engine's
(converted elsewhere) and are not asserted here.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import threading
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import COMMANDS, build_parser
from app.cli.argtext import argparse_language
from app.core.text import i18n
from app.core.text.i18n import msg
from app.core.text.report import Verbatim, md_code, md_msg
from app.core.text.width import display_width
from app.core.text.words import STATUS_TEXT, status_tag
from tests.support.oauth import keychain  # noqa: F401  (the fixture: an in-memory keychain)
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.oauth_as import PUBLIC_CLIENT_ID, TEST_USER, AuthServer
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import CLEAN, blocklist_zone

LOCAL = "127.0.0.1"
BOUNCES = Path(__file__).resolve().parents[1] / "data" / "bounces"
# metavars that are notation, not words: kept as written in every language
NOTATION = {"S", "N", "IP[:PORT]", "[imap://|imaps://][USER@]HOST[:PORT]"}
MARKS = {text.ascii for text in STATUS_TEXT.values()}


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets the environment the CLI reads its language from (a locale, or "pseudo")."""

    def use(name: str) -> None:
        if name == i18n.PSEUDO:
            monkeypatch.setenv(i18n.ENV_LANG, name)
        else:
            monkeypatch.setenv("LANG", name)

    yield use
    i18n.set_language(i18n.SOURCE)


def bracketed(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def step_lines(out: str) -> list[str]:
    """The live step lines (mark, status word, title, time, summary) of a run in the language
    in use."""
    tags = [status_tag(key) + " " for key in STATUS_TEXT]
    return [line for line in out.splitlines() if line[:2] in {f"{m} " for m in MARKS}
            and any(line[2:].startswith(tag) for tag in tags)]


def head(text: str) -> str:
    """What a catalogue sentence starts with before its first placeholder, as shown now."""
    return msg(text).split("{", 1)[0]


# --------------------------------------------------------------------------- --help


def _help_actions() -> Iterator[tuple[str, argparse.ArgumentParser, argparse.Action]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for action in parser._actions:
        yield "smtp-doctor", parser, action
    for name, command in sub.choices.items():
        for action in command._actions:
            yield name, command, action


def test_every_help_text_and_word_goes_through_the_catalogue() -> None:
    """Pseudo-locale: every description, option help, group title and metavar word of every
    command, and argparse's own words, come bracketed (went through msg)."""
    i18n.set_language(i18n.PSEUDO)
    with argparse_language():
        seen = 0
        for name, parser, action in _help_actions():
            if action.help not in (None, argparse.SUPPRESS):
                assert bracketed(str(action.help).strip()), (name, action.option_strings,
                                                             action.help)
                seen += 1
            metavar = action.metavar
            if isinstance(metavar, str) and metavar not in NOTATION:
                assert bracketed(metavar), (name, action.option_strings, metavar)
            if name != "smtp-doctor" or parser.description:
                assert parser.description is None or bracketed(parser.description), name
            for group in parser._action_groups:
                assert group.title is None or bracketed(group.title), (name, group.title)
        assert seen > 150  # every command's options were walked
        assert set(COMMANDS) <= {name for name, _p, _a in _help_actions()}
        usage = build_parser("check").format_usage()
    assert usage.startswith("[ûšågé: ") and "[ÇÖMMÅÑD " in usage


def test_help_and_usage_errors_in_german(language: Callable[[str], None],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    language("de_DE.UTF-8")
    assert run_cli("--help")[0] == 0
    top = capsys.readouterr().out
    assert top.startswith("Aufruf: smtp-doctor [-h] [--version] BEFEHL ...")
    assert "\nOptionen:\n" in top and "diese Hilfe zeigen und beenden" in top
    assert "die Versionsnummer zeigen und beenden" in top
    assert "einen SMTP-Server Schritt für Schritt testen" in top  # a command's one-line help
    assert run_cli("check", "--help")[0] == 0
    check = capsys.readouterr().out
    assert "Einen SMTP-Server Schritt für Schritt testen und Fehler erklären." in check
    assert "--user NAME, -u NAME  Benutzername für AUTH" in check
    assert "--connect-timeout SEKUNDEN" in check and "Zustellnachweis (nach --stop-after data):" \
        in check
    for english in ("show this help message", "options:", "usage:", "user name for AUTH",
                    "positional arguments"):
        assert english not in check, english
    code, out, _err = run_cli("check", "--json")  # HOST missing: argparse's own sentence
    assert code == 2
    assert json.loads(out)["message"] == ("smtp-doctor check: Fehler: diese Argumente fehlen: "
                                          "HOST")
    assert "Aufruf: smtp-doctor check" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # put back after main()


def test_a_password_typed_after_an_option_is_never_echoed_in_german(
        language: Callable[[str], None], capsys: pytest.CaptureFixture[str]) -> None:
    language("de_DE.UTF-8")
    secret = "Geheim-7f3a"
    code, _out, _err = run_cli("check", "mail.example.test", f"--password-stdin={secret}")
    err = capsys.readouterr().err
    assert code == 2 and secret not in err
    assert "--password-stdin: nimmt keinen Wert" in err
    code, _out, _err = run_cli("check", "mail.example.test", f"--pass={secret}")
    err = capsys.readouterr().err
    assert code == 2 and secret not in err
    assert "mehrdeutige Option: --pass=… könnte --password-stdin, --password-keyring sein" in err
    assert "Passwörter werden nie auf der Befehlszeile angenommen" in err
    code, _out, _err = run_cli("check", "mail.example.test", "--colour", secret)
    err = capsys.readouterr().err
    assert code == 2 and secret not in err and "unbekannte Argumente: --colour" in err


# --------------------------------------------------------------------------- commands


def test_check_in_japanese_lines_up_by_display_width(
        smtp_plain: SmtpServer, language: Callable[[str], None]) -> None:
    language("ja_JP.UTF-8")
    code, out, _err = run_cli("check", LOCAL, "--port", str(smtp_plain.port), "--security",
                              "none")
    assert code == 0, out
    i18n.set_language("ja")
    assert out.splitlines()[0] == msg("Checking {host} port {port} ({security})…", host=LOCAL,
                                      port=smtp_plain.port, security=msg("no encryption"))
    rows = step_lines(out)
    assert len(rows) >= 4, out
    tags = {status_tag(key) for key in STATUS_TEXT}
    starts, ends = set(), set()
    for row in rows:
        tag = row[2:].split(" ", 1)[0]
        assert tag in tags, row  # the Japanese word: 成功 …
        rest = row[2 + len(tag):]
        title_at = 2 + len(tag) + len(rest) - len(rest.lstrip(" "))
        starts.add(display_width(row[:title_at]))
        time = re.search(r"\d+ ms", row)
        assert time is not None
        ends.add(display_width(row[:time.end()]))
    assert any(display_width(row) > len(row) for row in rows)  # wide titles were measured
    assert len(starts) == 1 and len(ends) == 1, rows  # one column start in every row


def test_check_pseudo_own_lines_and_english_json(smtp_plain: SmtpServer,
                                                 language: Callable[[str], None]) -> None:
    language(i18n.PSEUDO)
    code, out, _err = run_cli("check", LOCAL, "--port", str(smtp_plain.port), "--security",
                              "none")
    assert code == 0, out
    assert bracketed(out.splitlines()[0])  # "Checking … port …"
    rows = step_lines(out)
    assert rows and all(row[2] == "[" for row in rows), rows  # the status column
    code, out, _err = run_cli("check", LOCAL, "--port", str(smtp_plain.port), "--security",
                              "none", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["status"] == "pass"
    assert all(step["status"] in STATUS_TEXT and not bracketed(step["id"])
               for step in doc["steps"])
    assert not any(bracketed(key) for key in doc)


def test_monitor_ports_tls_in_pseudo(smtp_plain: SmtpServer, refused_port: int,
                                     smtp_server_factory: Callable[..., SmtpServer],
                                     pki: TestPki, language: Callable[[str], None]) -> None:
    language(i18n.PSEUDO)
    code, out, _err = run_cli("monitor", LOCAL, "--port", str(smtp_plain.port), "--security",
                              "none", "--every", "0.05", "--count", "1")
    assert code == 0, out
    lines = out.splitlines()
    assert bracketed(lines[0])  # "Monitoring … Ctrl-C stops."
    assert "[" in lines[1].split()[3]  # the run's status word
    code, out, _err = run_cli("ports", LOCAL, "--port", str(refused_port), "--only",
                              "--no-reference", "-t", "2")
    assert bracketed(out.splitlines()[0])  # "Probing … on port …"
    assert step_lines(out) and all(row[2] == "[" for row in step_lines(out))
    server = smtp_server_factory(tls="tls")
    code, out, _err = run_cli("tls", LOCAL, "--port", str(server.port), "--security", "tls",
                              "--ca-file", str(pki.ca_file), "-t", "3")
    assert code == 0, out
    lines = out.splitlines()
    assert bracketed(lines[0])
    heading = lines.index(msg("Certificates, server first:"))  # bracketed: pseudo in use
    chain = lines[heading + 1:heading + 7]
    assert chain[0].startswith("  " + head("Server: {subject}"))
    labels = [line.split("]", 1)[0].strip() + "]" for line in chain[1:5]]
    assert all(label.startswith("[") for label in labels), chain
    assert chain[5].strip().startswith("SHA-256:")


def test_tls_chain_labels_line_up_in_japanese(smtp_server_factory: Callable[..., SmtpServer],
                                             pki: TestPki,
                                             language: Callable[[str], None]) -> None:
    language("ja_JP.UTF-8")
    server = smtp_server_factory(tls="tls")
    code, out, _err = run_cli("tls", LOCAL, "--port", str(server.port), "--security", "tls",
                              "--ca-file", str(pki.ca_file), "-t", "3")
    assert code == 0, out
    i18n.set_language("ja")
    lines = out.splitlines()
    first = lines.index(msg("Certificates, server first:"))
    rows = lines[first + 2:first + 7]  # issuer, names, valid, key, SHA-256
    columns = set()
    for row, label in zip(rows, [msg("issuer:"), msg("names:"), msg("valid:"), msg("key:"),
                                 "SHA-256:"], strict=True):
        assert row.strip().startswith(label), row
        value_at = len(row) - len(row[row.index(label) + len(label):].lstrip(" "))
        columns.add(display_width(row[:value_at]))
    assert len(columns) == 1, rows
    assert "日)" in rows[2]  # "(残り N 日)"


def test_bounce_discover_domain_blocklist_in_pseudo(
        dns_server: DnsServer, dns_server_factory: Callable[..., DnsServer],
        language: Callable[[str], None]) -> None:
    language(i18n.PSEUDO)
    code, out, _err = run_cli("bounce", str(BOUNCES / "postfix_dsn_user_unknown.eml"))
    assert code == 0, out
    lines = out.splitlines()
    assert bracketed(lines[0])
    recipients = lines.index(msg("Recipients:"))
    detail = [line for line in lines[recipients + 2:] if line.startswith("      ")]
    assert detail and all(line.strip().startswith("[") for line in detail), detail
    code, out, _err = run_cli("discover", "bob@gmail.com", "--dns-server",
                              dns_server.nameserver, "--no-probe", "-t", "1")
    assert code == 0, out
    lines = out.splitlines()
    assert bracketed(lines[0])
    assert msg("Candidates, best first:") in lines, out
    sources = [line for line in lines if line.startswith("      ")]
    assert sources and all(line.strip().startswith("[") for line in sources), sources
    dns = dns_server_factory({"s.test": {"TXT": ["v=spf1 +all", "v=DMARC1"]},
                              "_dmarc.s.test": {"TXT": ["v=DMARC1; p=none"]}})
    code, out, _err = run_cli("domain", "s.test", "--dns-server", dns.nameserver,
                              "--no-common-selectors", "--no-greeting", "-t", "1")
    assert code == 1, out
    lines = out.splitlines()
    assert bracketed(lines[0])
    dmarc = [line for line in lines if line.startswith(head("DMARC: {meaning}"))]
    assert dmarc, out  # "DMARC: {meaning}" is a catalogue sentence
    code, out, _err = run_cli("blocklist", CLEAN, "-l", "spamhaus_zen", "--dns-server",
                              dns_server_factory(blocklist_zone()).nameserver, "-t", "2")
    assert code == 0, out
    assert bracketed(out.splitlines()[0])  # "Looking up … on 1 blocklist…"
    assert step_lines(out) and all(row[2] == "[" for row in step_lines(out))


# --------------------------------------------------------------------------- the report


def test_markdown_report_says_in_step_as_one_sentence(
        refused_port: int, tmp_path: Path, language: Callable[[str], None]) -> None:
    report = tmp_path / "bericht.md"
    language("de_DE.UTF-8")
    code, _out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security",
                               "none", "--report", str(report))
    assert code == 1
    text = report.read_text(encoding="utf-8")
    assert f"Im Schritt „Mit Port {refused_port} verbinden“ (Diagnose `tcp.refused`)." in text
    language(i18n.PSEUDO)
    code, _out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security",
                               "none", "--report", str(report))
    text = report.read_text(encoding="utf-8")
    before, after = md_msg("In step “{step}” (diagnosis {id}).", step=Verbatim("\0"),
                           id=md_code("tcp.refused")).split("\0")
    assert before.startswith("\\[") and after.endswith("\\]")  # one sentence, code span kept
    assert any(line.startswith(before) and line.endswith(after) for line in text.splitlines())


def test_bad_input_of_the_cli_itself_is_said_once_in_french(
        tmp_path: Path, language: Callable[[str], None]) -> None:
    """A message written with msg() is said once (matching it back through the old
    after-the-fact translation turned French " : " into "  : ")."""
    language("fr_FR.UTF-8")
    code, out, err = run_cli("check", "mail.example.test", "--report", str(tmp_path / "r.txt"),
                             "--json")
    assert code == 2
    field = json.loads(out)["fields"][0]
    assert (field["option"], field["message"]) == (
        "--report", "format de rapport inconnu '.txt' : utilisez .html, .md ou .json")
    code, _out, err = run_cli("bounce", str(tmp_path / "absent.eml"))
    assert code == 2 and "FILE: impossible de lire " in err and "  :" not in err


@pytest.mark.parametrize("locale", ["ja_JP.UTF-8", "zh_CN.UTF-8"])
def test_help_lines_up_and_wraps_by_display_width_in_cjk(
        locale: str, language: Callable[[str], None], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The option column and the help column start at one display column, and no help line is
    wider than the terminal, though every character of a Japanese or Chinese help is two
    columns wide and has no spaces to break at."""
    language(locale)
    monkeypatch.setenv("COLUMNS", "80")
    for command in ("check", "tls", "domain"):
        assert run_cli(command, "--help")[0] == 0
        text = capsys.readouterr().out
        options = text.split("\n\n")[-1].splitlines()[1:]  # after the "options:" title
        helps = [line for line in options if not line.startswith("   ")]
        wide = [line for line in helps if display_width(line) > len(line)]
        assert wide, text  # the words are Japanese / Chinese ones
        columns = set()
        for line in helps:
            gap = re.search(r"\S  +(?=\S)", line)
            if gap:  # an option with its help on the same line
                columns.add(display_width(line[:gap.end()]))
        continued = {display_width(line) - display_width(line.lstrip(" "))
                     for line in options if line.startswith("   ")}
        assert len(columns) == 1 and columns == continued, (columns, continued, text)
        body = text.split("\n\n", 1)[1]  # the usage line is argparse's own layout
        assert max(display_width(line) for line in body.splitlines()) <= 78, text


@pytest.mark.usefixtures("keychain")
def test_login_says_its_lines_in_german(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                        pki: TestPki, language: Callable[[str], None],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`smtp-doctor login` against the suite's OAuth server, the headless browser signing in:
    the browser hint, the signed-in line and the command to try come in German."""

    def open_url(url: str, *_args: object, **_kwargs: object) -> bool:
        threading.Thread(target=oauth_browser.authorize, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", open_url)
    language("de_DE.UTF-8")
    code, out, err = run_cli("login", "microsoft", "--profile", "Work", "--client-id",
                             PUBLIC_CLIENT_ID, "--authority",
                             oauth_server.tenant_issuer("organizations"), "--oauth-ca-file",
                             str(pki.ca_file), "--timeout", "30")
    assert code == 0, out + err
    assert out.startswith("Melden Sie sich im Browser an. Falls er sich nicht geöffnet hat, "
                          "öffnen Sie diese Adresse:\n  https://"), out
    assert "\n(warte auf die Antwort an http://" in out and "; Strg-C bricht ab)\n" in out
    assert f"Bei Microsoft angemeldet als {TEST_USER} (Profil Work); das Zugriffstoken ist " \
        "gültig bis 20" in out
    assert f"Testen Sie es: smtp-doctor check smtp.office365.com --user {TEST_USER} " in out
