"""Domain health in the user's language: the same domains (good, and broken SPF, DMARC, MX,
DKIM, reverse DNS) checked against the loopback DNS server in English, German and the
pseudo-locale. Every step title and summary of the MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT,
reverse-DNS and greeting steps, and every explanation the SPF and DMARC readers derive (what
"all" means, what the DMARC record asks and where it is weak, the problems found), must come
from the catalogue: bracketed in the pseudo-locale, the German catalogue's text in German, with
no English sentence of those modules left in it. Records, host names and addresses stay data.
(DNSSEC, BIMI and DANE have their own test.)"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import tomllib

from app.core.checks.domain import DomainOptions, run_domain
from app.core.model import RunResult, Status, StepResult
from app.core.text.i18n import set_language
from tests.support.checks import describe, step
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import POLICY, dkim_record, healthy_zone, server_context

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "app/core/checks/domain.py", ROOT / "app/core/records/spf.py",
           ROOT / "app/core/records/dmarc.py", ROOT / "app/core/records/taglist.py"]
OURS = ("mx", "spf", "dmarc", "dkim", "mta_sts", "tls_rpt", "ptr", "greeting")

BROKEN = {  # two SPF records, a DMARC record that can't be read, no MX; MTA-STS and TLS-RPT
    # twice (what their records say is read by records/mtasts.py, tested with DANE)
    "bad.test": {"TXT": ["v=spf1 a -all", "v=spf1 mx -all"]},
    "_dmarc.bad.test": {"TXT": ["v=DMARC1; p=reject; pct=200"]},
    "_mta-sts.bad.test": {"TXT": ["v=STSv1; id=1", "v=STSv1; id=2"]},
    "_smtp._tls.bad.test": {"TXT": ["v=TLSRPTv1; rua=mailto:a@bad.test",
                                    "v=TLSRPTv1; rua=mailto:b@bad.test"]},
}


def weak_zone(dkim_1024: str) -> dict[str, dict[str, Any]]:
    """A domain that works but is weak everywhere: an MX without an address, SPF +all with an
    include that has no SPF, DMARC p=none with a stricter sp, pct and strict alignment, DKIM
    keys that are weak, revoked and broken, a server without reverse DNS."""
    return {
        "weak.test": {"MX": [(10, "mx1.weak.test"), (20, "mx2.weak.test")],
                      "TXT": ["v=spf1 include:nospf.test +all"]},
        "mx2.weak.test": {"A": ["127.0.0.2"]},
        "nospf.test": {"TXT": ["hello"]},
        "_dmarc.weak.test": {"TXT": ["v=DMARC1; p=none; sp=reject; pct=50; adkim=s; "
                                     "rua=mailto:d@weak.test"]},
        "weak._domainkey.weak.test": {"TXT": [dkim_1024]},
        "gone._domainkey.weak.test": {"TXT": ["v=DKIM1; p="]},
        "junk._domainkey.weak.test": {"TXT": ["v=DKIM1; k=rsa; p=!!!notbase64"]},
        # SPF loops, a syntax error, DMARC inherited by a subdomain, a null MX
        "loop.test": {"MX": [(0, ".")], "TXT": ["v=spf1 include:loop2.test ~all"]},
        "loop2.test": {"TXT": ["v=spf1 include:loop.test ~all"]},
        "typo.test": {"MX": [(10, "mx2.weak.test")], "TXT": ["v=spf1 ip4:192.0.2.300 -all"]},
        "_dmarc.typo.test": {"TXT": ["v=DMARC1; p=quarantine; sp=none"]},
        "_dmarc.parent.test": {"TXT": ["v=DMARC1; p=reject; sp=quarantine"]},
        "sub.parent.test": {"TXT": ["v=spf1 redirect=_spf.parent.test"]},
        "_spf.parent.test": {"TXT": ["v=spf1 ip4:192.0.2.1"]},
        "open.test": {"TXT": ["v=spf1 ip4:192.0.2.1 ?all"]},
    }


@pytest.fixture
def language() -> Iterator[Callable[[str], str]]:
    """``set_language``; the environment's language again after the test."""
    yield set_language
    set_language(None)


@pytest.fixture
def https(pki: TestPki) -> Iterator[HttpsServer]:
    """The MTA-STS policy of example.test."""
    with HttpsServer(pki, {("mta-sts.example.test", "/.well-known/mta-sts.txt"):
                           (200, "text/plain", POLICY)}, ["mta-sts.example.test"]) as server:
        yield server


@pytest.fixture
def worlds(dns_server_factory: Callable[..., DnsServer], pki: TestPki, https: HttpsServer,
           smtp_server_factory: Callable[..., SmtpServer]) -> Callable[[], list[RunResult]]:
    """The same domains, checked in the language in use when called."""
    dns = dns_server_factory({**healthy_zone(dkim_record(2048)), **BROKEN,
                              **weak_zone(dkim_record(1024))})
    smtp = smtp_server_factory(hostname="mx.example.test", tls="starttls",
                               tls_context=server_context(pki, "mx.example.test"))

    def run(domain: str, **options: Any) -> RunResult:
        options.setdefault("check_greeting", False)
        return run_domain(DomainOptions(domain, nameserver=dns.nameserver,
                                        ca_file=str(pki.ca_file), https_port=https.port,
                                        common_selectors=False, timeout=2.0, dns_timeout=1.0,
                                        **options))

    def all_runs() -> list[RunResult]:
        return [run("example.test", dkim_selectors=("sel1",), server_port=smtp.port,
                    check_greeting=True),
                run("bad.test"),
                run("weak.test", dkim_selectors=("weak", "gone", "junk"),
                    server="127.0.0.2"),
                run("weak.test", dkim_selectors=("weak", "gone")),
                run("weak.test", dkim_selectors=("gone",)),
                run("loop.test", dkim_selectors=("none",)),
                run("typo.test"),
                run("sub.parent.test"),
                run("open.test")]

    return all_runs


def _ours(result: RunResult) -> list[StepResult]:
    return [s for s in result.steps if s.id in OURS]


def _explanations(found: StepResult) -> list[str]:
    """Every line for people the SPF and DMARC readers put in a step's facts."""
    facts = found.facts
    lines = list(facts.get("meaning", [])) if found.id == "dmarc" else []
    if found.id in ("spf", "dmarc", "dkim"):
        lines += [facts[key] for key in ("all", "error") if facts.get(key)]
        lines += facts.get("other_problems", [])
    if found.id == "spf" and "spf" in facts:
        lines += [p["message"] for p in facts["spf"]["problems"]]

        def walk(node: dict[str, Any]) -> Iterator[str]:
            if node.get("error") and node.get("problem") != "lookup_failed":
                yield node["error"]
            for child in node.get("includes", []):
                yield from walk(child)

        lines += walk(facts["spf"]["tree"])
    if found.id == "dkim":
        lines += [v["error"] for v in facts.get("selectors", {}).values() if v.get("error")]
    return lines


def _english_fragments() -> set[str]:
    """The literal parts of every English text these modules write for people (between their
    placeholders) that hold at least two English words and that no German text repeats."""
    texts: list[str] = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("msg", "msg_n", "N_")):
                texts += [a.value for a in node.args[:2] if isinstance(a, ast.Constant)
                          and isinstance(a.value, str)]
    german = tomllib.loads((ROOT / "resources/i18n/de/messages.toml").read_text("utf-8"))
    german_text = "\n".join(str(v) for v in german.values())
    pieces = {p.strip(" ;:,.") for text in texts for p in re.split(r"\{\w+\}", text)}
    return {p for p in pieces if len(re.findall(r"[a-z]{3,}", p)) >= 2 and p not in german_text}


def test_every_domain_line_goes_through_the_catalogue(worlds: Callable[[], list[RunResult]],
                                                      language: Callable[[str], str]) -> None:
    language("en")
    english = worlds()
    language("pseudo")
    pseudo = worlds()
    language("de")
    german = worlds()

    statuses = {s.status for r in english for s in _ours(r)}
    assert {Status.PASS, Status.WARN, Status.FAIL, Status.SKIPPED} <= statuses
    diagnoses = {s.diagnosis for r in english for s in _ours(r)}
    assert {"mx.missing", "mx.unresolvable", "mx.null", "spf.multiple", "spf.plus_all",
            "spf.syntax", "spf.neutral_all", "dmarc.syntax", "dmarc.policy_none",
            "dmarc.subdomain_none", "dkim.invalid", "dkim.weak_key", "dkim.revoked",
            "ptr.missing", "tlsrpt.invalid", "mtasts.txt_invalid"} <= diagnoses, diagnoses
    assert step(english[0], "greeting").status is Status.PASS, describe(english[0])

    # pseudo: every title, summary and explanation went through msg() (brackets)
    for result in pseudo:
        assert result.verdict.startswith("[") and result.verdict.endswith("]"), result.verdict
        for found in _ours(result):
            assert found.title.startswith("[") and found.title.endswith("]"), found.title
            assert found.summary.startswith("["), (found.id, found.summary)
            for line in _explanations(found):
                assert line.startswith("[") and line.endswith("]"), (found.id, line)

    # German: a different text from the English one for every line, and none of the English
    # sentences of these modules left in it
    fragments = _english_fragments()
    assert len(fragments) > 50
    for en_run, de_run in zip(english, german, strict=True):
        for en, de in zip(_ours(en_run), _ours(de_run), strict=True):
            assert (en.id, en.status, en.diagnosis) == (de.id, de.status, de.diagnosis)
            assert de.summary != en.summary, de.summary
            en_lines, de_lines = _explanations(en), _explanations(de)
            assert len(en_lines) == len(de_lines)
            for en_line, de_line in zip(en_lines, de_lines, strict=True):
                assert de_line != en_line, de_line
            for text in (de.summary, *de_lines):
                left = [f for f in fragments if f in text]
                assert not left, (de.id, text, left)


# What the German run says, word for word (index of the run in ``worlds``, step, text): the
# catalogue's German with the records, hosts and addresses as data. "…" ends a prefix.
GERMAN = [
    (0, "mx", "MX mx.example.test (10): alle auflösbar"),
    (0, "spf", "v=spf1 ip4:127.0.0.1 include:_spf.provider.test -all — 1/10 Abfragen. „-all“ "
               "(fail): E-Mails von nicht aufgeführten Servern sollen abgelehnt werden.…"),
    (0, "dmarc", "p=reject, pct=100, Berichte an mailto:dmarc@example.test"),
    (0, "ptr", "127.0.0.1 → mx.example.test → 127.0.0.1 (vorwärts bestätigt)"),
    (0, "greeting", "Der Server meldet sich als mx.example.test, sein Reverse-DNS-Name"),
    (0, "tls_rpt", "Berichte gehen an mailto:tls@example.test"),
    (1, "mx", "bad.test hat keinen MX-Eintrag"),
    (1, "spf", "bad.test hat 2 SPF-Einträge; es muss genau einer sein"),
    (1, "dmarc", "v=DMARC1; p=reject; pct=200: „pct=200“ muss eine ganze Zahl von 0 bis 100 "
                 "sein"),
    (1, "mta_sts", "2 MTA-STS-Einträge"),
    (1, "tls_rpt", "Mehr als ein TLS-RPT-Eintrag"),
    (1, "ptr", "Kein Mailserver zu prüfen…"),
    (2, "mx", "MX mx1.weak.test (10), mx2.weak.test (20); keine Adresse für mx1.weak.test"),
    (2, "dkim", "Selektor junk: Der Schlüssel p= ist kein gültiges Base64"),
    (2, "ptr", "127.0.0.2 (127.0.0.2) hat keinen Reverse-DNS-Namen"),
    (2, "greeting", "Nicht angefordert"),
    (3, "dkim", "Selektor weak: 1024 Bit"),
    (4, "dkim", "Selektor gone: widerrufen"),
    (5, "mx", "loop.test veröffentlicht ein Null-MX: Die Domain nimmt keine E-Mails an"),
    (5, "spf", "loop2.test bindet loop.test ein, das sie wiederum einbindet (eine Schleife)"),
    (5, "dkim", "Kein DKIM-Schlüssel unter 1 geprüften Selektor"),
    (6, "spf", "typo.test: „ip4:192.0.2.300“: 192.0.2.300 ist keine IP-Adresse"),
    (7, "dmarc", "p=quarantine (geerbt von parent.test), pct=100, keine Sammelberichte"),
]


def test_german_lines_are_the_catalogue_texts(worlds: Callable[[], list[RunResult]],
                                              language: Callable[[str], str]) -> None:
    language("de")
    runs = worlds()
    for index, step_id, expected in GERMAN:
        summary = step(runs[index], step_id).summary
        if expected.endswith("…"):
            assert summary.startswith(expected[:-1]), summary
        else:
            assert summary == expected
    assert runs[0].verdict == "example.test: Alle Prüfungen bestanden.", runs[0].verdict
    # two counts, each with its own plural (SPF, DKIM, PTR fail; MX and DMARC warn)
    assert re.fullmatch(r"weak\.test: 3 Probleme: .+; 2 Warnungen: .+\.", runs[2].verdict), \
        runs[2].verdict
    weak, sub = runs[2], runs[7]
    assert step(weak, "spf").facts["other_problems"] == [
        "include:nospf.test verweist auf nospf.test, das keinen SPF-Eintrag hat"]
    meaning = step(weak, "dmarc").facts["meaning"]
    assert meaning[0] == ("E-Mails, die DMARC nicht bestehen: Empfänger sollen sie trotzdem "
                          "zustellen (nur Berichte).")
    assert "Subdomains (sp=reject) sind stärker geschützt als die Domain selbst." in meaning
    assert [line[:40] for line in meaning[3:6]] == [
        "pct=50: Die Richtlinie gilt nur für 50 %",
        "adkim=s (streng): Die Domain, für die DK", "aspf=r (locker, Standard): Die Domain, f"]
    assert step(sub, "spf").facts["all"] == ("Kein „all“: Es gilt die Richtlinie von "
                                             "_spf.parent.test (redirect).")
