"""Find my settings, Is it my network? and bounce reading speak the user's language at the source.

Each tool runs against real peers — discovery against the suite's loopback DNS server, the
autoconfig HTTPS server and aiosmtpd/trustme SMTP servers (the ``corp`` and ``planted`` worlds);
the blocklist check against the DNS server's blocklist zones and the HTTPS echo service; the
bounce reader over the corpus in tests/data/bounces — once in English, once in German and once
in the pseudo-locale. In German every step title, summary, candidate line, outside note, note
and verdict is a German text of the catalogue (its placeholders filled with data) and differs
from the English run; in the pseudo-locale each is bracketed, so none was written outside
``msg``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.checks.blocklist import BlocklistOptions, run_blocklist
from app.core.checks.bounce import BounceOptions, read_bounce, run_bounce
from app.core.checks.discover import run_discover
from app.core.knowledge.resources import resource_path
from app.core.model import RunResult, Status
from app.core.text.i18n import catalogue, msg, set_language
from tests.support.checks import describe, step
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.worlds import (
    CLEAN,
    ECHO_NAMES,
    ECHO_ROUTES,
    LISTED,
    PBL,
    REFUSED,
    TEST_LISTS,
    blocklist_zone,
    discover_options,
)

BOUNCES = Path(__file__).resolve().parents[1] / "data" / "bounces"
LANGUAGES = ("de", "pseudo")


@pytest.fixture
def language() -> Iterator[Callable[[str | None], None]]:
    """``language(code)`` switches the engine's language; English again after the test."""
    yield lambda code: set_language(code)
    set_language(None)


# -- what counts as a text of the catalogue ----------------------------------------------------

def _sources(code: str) -> list[str]:
    """Every text of ``code``'s messages.toml (each plural form), the diagnoses' titles (a
    failed step's advice title is the verdict) and blocklists.toml's texts."""
    out: list[str] = []
    for key, value in catalogue(code, "messages").items():
        tables = value.values() if key == "words" and isinstance(value, dict) else [value]
        for item in tables:
            out.extend(item.values() if isinstance(item, dict) else [item])
    out += [entry.get("title") for entry in catalogue(code, "diagnoses").values()
            if isinstance(entry, dict)]
    for entry in catalogue(code, "blocklists").values():  # what each list and answer means
        if isinstance(entry, dict):
            out.append(entry.get("about"))
            out += [a.get("meaning") for a in entry.get("answers", {}).values()
                    if isinstance(a, dict)]
    return [text for text in out if isinstance(text, str)]


def _pattern(text: str) -> str:
    """A regex for a text whose placeholders hold any data; a knowledge-base "[optional
    part]" may be there or not."""
    out = []
    for piece in re.split(r"(\{\w+\}|\[|\])", text):
        out.append(".+?" if re.fullmatch(r"\{\w+\}", piece) else "(?:" if piece == "[" else
                   ")?" if piece == "]" else re.escape(piece))
    pattern = "".join(out)
    try:
        re.compile(pattern)
    except re.error:  # brackets that are text, not an optional part
        pattern = ".+?".join(re.escape(p) for p in re.split(r"\{\w+\}", text))
    return pattern


def _catalogue_regex(code: str) -> re.Pattern[str]:
    """One whole sentence of the catalogue (placeholders: any data), or up to three in a row; texts
    that are almost only placeholders ("{items} and {last}") are left out: they would
    match anything."""
    usable = [t for t in _sources(code)
              if sum(ch.isalpha() for ch in re.sub(r"\{\w+\}", "", t)) >= 4]
    one = "(?:" + "|".join(_pattern(t) for t in sorted(usable, key=len, reverse=True)) + ")"
    return re.compile(f"{one}(?: {one}){{0,2}}", re.S)


class Texts:
    """Collects the texts people read, by where they were found, to compare two runs."""

    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def add(self, where: str, text: object) -> None:
        assert isinstance(text, str) and text, (where, text)
        self.items[where] = text


def _check(code: str, texts: Texts, english: Texts) -> None:
    assert texts.items.keys() == english.items.keys()
    if code == "pseudo":
        bare = {k: v for k, v in texts.items.items()
                if not (v.startswith("[") and v.endswith("]"))}
        assert not bare, f"never went through msg(): {bare}"
        return
    regex = _catalogue_regex(code)
    strange = {k: v for k, v in texts.items.items() if not regex.fullmatch(v)}
    assert not strange, f"not a {code} text of the catalogue: {strange}"
    same = {k: v for k, v in texts.items.items() if v == english.items[k]}
    assert not same, f"still English in {code}: {same}"


def _steps(result: RunResult, texts: Texts, skip_title: Callable[[str], bool] = lambda s: False,
           ) -> None:
    for s in result.steps:
        if not skip_title(s.id):
            texts.add(f"title {s.id}", s.title)
        texts.add(f"summary {s.id}", s.summary)
    texts.add("verdict", result.verdict)


# -- Find my settings ------------------------------------------------------------------------

def _discover_texts(result: RunResult) -> Texts:
    texts = Texts()
    _steps(result, texts)
    rank = step(result, "rank")
    for c in rank.facts.get("tried", []):
        where = f"{c['host']}:{c['port']}:{c['security']}"
        if c["works"] or not c["probed"]:  # else the connection's own failure (its module's)
            texts.add(f"candidate {where}", c["summary"])
        if c["outside_note"]:
            texts.add(f"outside {where}", c["outside_note"])
    srv = step(result, "srv").facts.get("_submission._tcp")
    if isinstance(srv, str) and srv not in ("nxdomain", "nodata"):
        texts.add("fact srv", srv)
    return texts


def _discover_runs(pki: TestPki, corp: dict[str, Any], planted: dict[str, Any],
                   dns_server_factory: Callable[..., DnsServer]) -> dict[str, RunResult]:
    # only outside servers answer: no in-domain guess (port 1 is closed), no fastmail SRV
    planted["dns"].records.pop("_submission._tcp.corp.test", None)
    presets = dns_server_factory({"shop.test": {"MX": [(1, "smtp.google.com")]}})
    empty = dns_server_factory({})
    return {
        "corp": run_discover(discover_options(corp["dns"], "alice@corp.test", pki,
                                              https_port=corp["https"].port,
                                              guess_ports=(corp["starttls"].port,))),
        "outside": run_discover(discover_options(planted["dns"], "alice@corp.test", pki,
                                                 https_port=planted["https"].port,
                                                 guess_ports=(1,))),
        "presets": run_discover(discover_options(presets, "bob@gmail.com", pki, probe=False)),
        "mx-presets": run_discover(discover_options(presets, "shop.test", pki, probe=False)),
        "nothing": run_discover(discover_options(empty, "nobody.test", pki, guess_ports=(1,))),
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_discover_speaks_the_language(code: str, language: Callable[[str | None], None],
                                      pki: TestPki, corp: dict[str, Any],
                                      planted: dict[str, Any],
                                      dns_server_factory: Callable[..., DnsServer]) -> None:
    language("en")
    english = _discover_runs(pki, corp, planted, dns_server_factory)
    language(code)
    local = _discover_runs(pki, corp, planted, dns_server_factory)
    # the same outcomes in both languages: only the words differ
    assert english["corp"].status is Status.PASS, describe(english["corp"])
    assert english["corp"].verdict.startswith("Use ")
    assert step(english["outside"], "rank").diagnosis == "discover.outside_domain"
    assert english["presets"].verdict.startswith("Most likely")
    assert step(english["nothing"], "rank").diagnosis == "discover.nothing_found"
    for name, result in local.items():
        assert [(s.id, s.status, s.diagnosis) for s in result.steps] == [
            (s.id, s.status, s.diagnosis) for s in english[name].steps], name
        # the probe step's summary holds the elapsed time: the texts compare by position
        _check(code, _discover_texts(result), _discover_texts(english[name]))
    rank = step(local["corp"], "rank")
    if code == "de":
        assert local["corp"].verdict.startswith("Verwenden Sie ")
        assert step(local["corp"], "srv").facts["_submission._tcp"] == \
            "nicht angeboten (Ziel „.“)"
        guessed = [c for c in rank.facts["tried"] if "guess" in c["kinds"]]
        assert guessed and all("Vermutung" in c["sources"] for c in guessed)
        first = step(local["presets"], "rank").facts["candidates"][0]
        assert "Voreinstellung Gmail (Adressdomain gmail.com)" in first["sources"]
        assert local["outside"].verdict.startswith(
            "Nur ein Server außerhalb von corp.test wurde gefunden")
    # the machine words stay English in every language (the GUI reads the kinds)
    assert {k for c in rank.facts["tried"] for k in c["kinds"]} <= {
        "preset", "mx-preset", "srv", "autoconfig", "guess"}


# -- Is it my network? -------------------------------------------------------------------------

def _blocklist_runs(dns: DnsServer, echo: HttpsServer, pki: TestPki) -> dict[str, RunResult]:
    def run(address: str = "", **options: Any) -> RunResult:
        return run_blocklist(BlocklistOptions(address, nameserver=dns.nameserver,
                                              lists=TEST_LISTS, timeout=2.0, **options))

    return {"listed": run(LISTED), "pbl": run(PBL), "clean": run(CLEAN),
            "refused": run(REFUSED), "local": run("192.168.1.20"),
            "echo": run(ask_public=True, echo_urls=("https://echo.test/",),
                        https_port=echo.port, ca_file=str(pki.ca_file))}


def _blocklist_texts(result: RunResult) -> Texts:
    texts = Texts()
    _steps(result, texts, skip_title=lambda sid: sid.startswith("dnsbl."))  # list names
    for s in result.steps:
        for i, meaning in enumerate(s.facts.get("meanings", [])):
            # "SBL: Spamhaus Block List: …": the list's code is data, the meaning a text
            texts.add(f"meaning {s.id} {i}", re.sub(r"^(\[?)[A-Z][A-Z0-9]*: ", r"\1", meaning))
        if s.facts.get("blocklist_about"):  # what the list is (resources/blocklists.toml)
            texts.add(f"about {s.id}", s.facts["blocklist_about"])
    return texts


@pytest.mark.parametrize("code", LANGUAGES)
def test_blocklist_speaks_the_language(code: str, language: Callable[[str | None], None],
                                       pki: TestPki,
                                       dns_server_factory: Callable[..., DnsServer]) -> None:
    dns = dns_server_factory(blocklist_zone(), silent={"silent.test"})
    with HttpsServer(pki, ECHO_ROUTES, ECHO_NAMES) as echo:
        language("en")
        english = _blocklist_runs(dns, echo, pki)
        language(code)
        local = _blocklist_runs(dns, echo, pki)
    assert step(english["listed"], "dnsbl.spamhaus_zen").diagnosis == "blocklist.listed"
    assert step(english["local"], "address").diagnosis == "blocklist.local_address"
    assert step(english["echo"], "address").facts["public_address"] == PBL
    for name, result in local.items():
        assert [(s.id, s.status, s.diagnosis) for s in result.steps] == [
            (s.id, s.status, s.diagnosis) for s in english[name].steps], name
        # the verdict of a clean run lists the lists' names after the address: the summaries
        # and titles carry the words
        _check(code, _blocklist_texts(result), _blocklist_texts(english[name]))
    if code == "de":
        assert step(local["clean"], "dnsbl.spamhaus_zen").summary == \
            f"{CLEAN} ist nicht gelistet"
        assert step(local["echo"], "address").summary.startswith(
            f"Verbindungen von hier kommen von {PBL}")
        zen = step(local["pbl"], "dnsbl.spamhaus_zen")
        assert zen.facts["meanings"][0].startswith(
            "PBL: Policy Block List (von Spamhaus eingetragen)")
        listed = step(local["listed"], "dnsbl.spamhaus_zen")  # what the list is, in the advice
        assert listed.advice is not None and listed.facts["blocklist_about"].startswith(
            "Spamhaus ZEN vereint") and listed.facts["blocklist_about"] in listed.advice.cause
    # a zone that is no zone: the message next to the field, in the language
    texts, reference = Texts(), Texts()
    language("en")
    reference.add("bad zone", _bad_zone_message())
    language(code)
    texts.add("bad zone", _bad_zone_message())
    _check(code, texts, reference)
    assert "zen.spamhaus.org" in texts.items["bad zone"]
    assert "'not a zone!'" in texts.items["bad zone"]


def _bad_zone_message() -> str:
    with pytest.raises(ValueError) as bad:
        BlocklistOptions(CLEAN, lists=("not a zone!",)).blocklists()
    return str(bad.value)


# -- bounces -----------------------------------------------------------------------------------

def _bounce_runs() -> dict[str, RunResult]:
    out = {}
    for path in sorted(BOUNCES.iterdir()):
        if path.suffix not in (".eml", ".txt") or path.name.startswith("not_a_"):
            continue
        bounce = read_bounce(path.read_bytes())
        if bounce is not None:
            out[path.name] = run_bounce(BounceOptions(bounce, path.name))
    pasted = read_bounce((BOUNCES / "smtp_reply_only.txt").read_text(encoding="utf-8"))
    assert pasted is not None
    out["pasted"] = run_bounce(BounceOptions(pasted))  # no file: "pasted text"
    return out


def _bounce_texts(result: RunResult) -> Texts:
    texts = Texts()
    _steps(result, texts, skip_title=lambda sid: sid.startswith("recipient-"))
    for s in result.steps:
        if s.id.startswith("recipient-") and "@" not in s.title:
            texts.add(f"title {s.id}", s.title)  # "A recipient", "The failure"
    for i, note in enumerate(result.steps[0].facts.get("notes", [])):
        texts.add(f"note {i}", note)
    if not str(result.target["source"]).endswith((".eml", ".txt")):
        texts.add("source", result.target["source"])  # what was read, in the report's head
    return texts


@pytest.mark.parametrize("code", LANGUAGES)
def test_bounce_reading_speaks_the_language(code: str,
                                            language: Callable[[str | None], None]) -> None:
    language("en")
    english = _bounce_runs()
    language(code)
    local = _bounce_runs()
    assert len(english) >= 41 and english.keys() == local.keys()
    for name, result in local.items():
        assert [(s.id, s.status, s.diagnosis) for s in result.steps] == [
            (s.id, s.status, s.diagnosis) for s in english[name].steps], name
        _check(code, _bounce_texts(result), _bounce_texts(english[name]))
    if code == "de":
        first = local["postfix_dsn_user_unknown.eml"].steps[0].summary
        assert first.startswith("Eine ") and "1 von 1 Empfänger nicht zugestellt." in first
        assert msg("Not delivered") == "Nicht zugestellt"
        assert local["pasted"].target["source"] == "eingefügter Text"


def test_the_words_of_this_area_are_in_every_language() -> None:
    """A few of this area's sentences in each shipped language's catalogue (the check of
    tools/i18n.py proves all of them)."""
    for folder in sorted(resource_path("i18n").iterdir()):
        if not (folder / "language.toml").is_file():
            continue
        messages = catalogue(folder.name, "messages")
        for english in ("Use {host}, port {port}, {security}: {result} (found via {sources}).",
                        "{address} is not listed", "A Postfix bounce from {server}."):
            assert messages.get(english), (folder.name, english)
