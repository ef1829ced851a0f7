"""Discovery never steers the password to a host outside the address domain without saying so.

SRV records and autoconfig files are unsigned: whoever can tamper with DNS or the network can
plant them. Real loopback peers: the DNS server serves SRV records naming hosts outside
corp.test, the HTTPS server an autoconfig file naming another, and the outside hosts run better
SMTP servers (implicit TLS / STARTTLS with valid certificates) than the in-domain guess (plain
SMTP), so their probe score is higher; they must still rank after it and carry the mark.
"""

from __future__ import annotations

import io
import json
from typing import Any

from app.cli import main
from app.core.checks.discover import in_domain, run_discover
from app.core.knowledge.providers import provider_owning_host
from app.core.model import Status
from tests.support.checks import describe, step
from tests.support.servers.pki import TestPki
from tests.support.worlds import OUTSIDE, discover_options


def _check_ranking(candidates: list[dict[str, Any]], plain_port: int) -> None:
    by_host = {c["host"]: c for c in candidates}
    assert set(OUTSIDE) <= set(by_host), candidates
    for host in OUTSIDE:
        mark = by_host[host]
        assert mark["outside_domain"] is True
        assert "not under corp.test" in mark["outside_note"]
        assert "Your password would be sent to this host" in mark["outside_note"]
        assert mark["works"] and mark["tls"] and mark["cert_valid"]
    assert "SRV _submissions._tcp" in by_host["mail.evil.test"]["outside_note"]
    assert "autoconfig https://autoconfig.corp.test" in by_host["smtp.attacker.test"][
        "outside_note"]
    inside = by_host["smtp.corp.test"]
    assert inside["port"] == plain_port and inside["works"] and not inside["tls"]
    assert inside["outside_domain"] is False and inside["outside_note"] == ""
    assert by_host["smtp.fastmail.com"]["outside_domain"] is False  # a known provider's host
    # The outside ones score higher (valid TLS, AUTH) and still come after every other one.
    assert min(by_host[h]["score"] for h in OUTSIDE) > inside["score"]
    flags = [c["outside_domain"] for c in candidates]
    assert flags == sorted(flags), [(c["host"], c["outside_domain"]) for c in candidates]


def test_outside_candidates_rank_last_and_are_marked(pki: TestPki,
                                                     planted: dict[str, Any]) -> None:
    result = run_discover(discover_options(planted["dns"], "alice@corp.test", pki,
                                   https_port=planted["https"].port,
                                   guess_ports=(planted["plain"].port,)))
    rank = step(result, "rank")
    _check_ranking(rank.facts["candidates"], planted["plain"].port)
    assert rank.facts["best"]["outside_domain"] is False, describe(result)
    assert rank.facts["form"]["host"] in ("smtp.fastmail.com", "smtp.corp.test")
    assert not any(host in result.verdict for host in OUTSIDE)


def test_only_outside_servers_is_a_warning(pki: TestPki, planted: dict[str, Any]) -> None:
    # No in-domain guess answers (port 1 is closed); fastmail's SRV is not served here.
    planted["dns"].records.pop("_submission._tcp.corp.test", None)
    result = run_discover(discover_options(planted["dns"], "alice@corp.test", pki,
                                   https_port=planted["https"].port, guess_ports=(1,)))
    rank = step(result, "rank")
    assert rank.status is Status.WARN and rank.diagnosis == "discover.outside_domain", \
        describe(result)
    assert rank.facts["best"]["host"] in OUTSIDE
    assert result.verdict.startswith("Only a server outside corp.test was found")
    assert rank.advice is not None and "your password" in " ".join(rank.advice.fixes)


def test_cli_json_and_text_show_the_mark(pki: TestPki, planted: dict[str, Any]) -> None:
    args = ["discover", "alice@corp.test", "--dns-server", planted["dns"].nameserver,
            "--ca-file", str(pki.ca_file), "--https-port", str(planted["https"].port),
            "--guess-ports", str(planted["plain"].port), "-t", "1.5"]
    out = io.StringIO()
    code = main([*args, "--json"], out=out, err=io.StringIO())
    data: dict[str, Any] = json.loads(out.getvalue())
    rank = next(s for s in data["steps"] if s["id"] == "rank")
    assert code == 0, out.getvalue()
    _check_ranking(rank["facts"]["candidates"], planted["plain"].port)
    text = io.StringIO()
    main(args, out=text, err=io.StringIO())
    lines = text.getvalue().splitlines()
    marks = [i for i, line in enumerate(lines) if "OUTSIDE YOUR DOMAIN" in line]
    assert len(marks) == 2, text.getvalue()
    assert all("mail.evil.test" in lines[i] or "smtp.attacker.test" in lines[i] for i in marks)


def test_in_domain_and_known_provider_rules() -> None:
    assert in_domain("SMTP.Corp.Test.", "corp.test") and in_domain("corp.test", "corp.test")
    assert not in_domain("evilcorp.test", "corp.test")
    assert in_domain("mail.bücher.example", "xn--bcher-kva.example")  # IDNA-normalised
    assert provider_owning_host("smtp.fastmail.com") is not None
    assert provider_owning_host("x.mail.protection.outlook.com") is not None
    # a "*" stands for one label, never for the top-level domain or several labels
    assert provider_owning_host("smtp.zoho.attacker.test") is None
    assert provider_owning_host("smtp.zoho.evil") is None
    assert provider_owning_host("a.b.mail.protection.outlook.com") is None
