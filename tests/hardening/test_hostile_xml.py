"""Autoconfig XML is data from an adversary: a billion-laughs file and an external-entity file,
served by a real loopback HTTPS server, are refused cleanly (a classified result in the step's
facts), never expanded, never read from disk, never a hang or a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from defusedxml import DefusedXmlException

from app.core.checks.discover import DiscoverOptions, parse_autoconfig, run_discover
from app.core.model import Status
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki

OUTGOING = """<clientConfig version="1.1"><emailProvider id="corp.test">
  <outgoingServer type="smtp"><hostname>{host}</hostname><port>587</port>
  <socketType>STARTTLS</socketType></outgoingServer></emailProvider></clientConfig>"""

LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE clientConfig [\n <!ENTITY lol "lol">\n'
          + "".join(f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n'
                    for i in range(1, 10))
          + "]>\n" + OUTGOING.format(host="&lol9;.corp.test"))
CANARY = "canary-4f1d9-from-a-local-file"


def _external_entity(path: Path) -> str:
    return ('<?xml version="1.0"?>\n<!DOCTYPE clientConfig [\n'
            f' <!ENTITY xxe SYSTEM "{path.as_uri()}">\n]>\n'
            + OUTGOING.format(host="&xxe;"))


def test_parser_refuses_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(CANARY)
    for document in (LAUGHS, _external_entity(secret)):
        with pytest.raises(DefusedXmlException):
            parse_autoconfig(document, "corp.test", "alice@corp.test")
    plain = parse_autoconfig(OUTGOING.format(host="smtp.corp.test"), "corp.test", "")
    assert [(s["host"], s["port"]) for s in plain] == [("smtp.corp.test", 587)]


@pytest.mark.parametrize("kind", ["billion_laughs", "external_entity"])
def test_discovery_refuses_hostile_autoconfig(
        kind: str, pki: TestPki, tmp_path: Path,
        dns_server_factory: Callable[..., DnsServer]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(CANARY)
    document = LAUGHS if kind == "billion_laughs" else _external_entity(secret)
    path = "/mail/config-v1.1.xml"
    well_known = "/.well-known/autoconfig/mail/config-v1.1.xml"
    routes = {("*", path): (200, "text/xml", document), ("*", well_known): (200, "text/xml",
                                                                              document)}
    dns = dns_server_factory({"corp.test": {"A": ["127.0.0.1"]},
                              "autoconfig.corp.test": {"A": ["127.0.0.1"]}})
    with HttpsServer(pki, routes, ("corp.test", "autoconfig.corp.test")) as https:
        started = time.monotonic()
        result = run_discover(DiscoverOptions(
            "alice@corp.test", nameserver=dns.nameserver, ca_file=str(pki.ca_file),
            timeout=1.5, dns_timeout=1.0, https_port=https.port, probe=False))
        took = time.monotonic() - started
        assert {("autoconfig.corp.test", path), ("corp.test", well_known)} <= set(https.requests)
    assert took < 30  # generous: refused at once, not expanded
    autoconfig = next(s for s in result.steps if s.id == "autoconfig")
    assert autoconfig.status is Status.PASS, autoconfig.summary
    assert autoconfig.summary == "No autoconfig file published"
    assert autoconfig.diagnosis is None
    for url in ("https://autoconfig.corp.test/mail/config-v1.1.xml",
                "https://corp.test/.well-known/autoconfig/mail/config-v1.1.xml"):
        assert autoconfig.facts[url] == (
            "refused: unsafe XML (EntitiesForbidden: entity declarations and external "
            "references are not accepted)")
    dumped = json.dumps(result.to_dict(), default=str)
    assert CANARY not in dumped
    assert "lollol" not in dumped
    assert not any(s.diagnosis == "app.internal_error" for s in result.steps)
    # nothing from the hostile files became a candidate
    assert all("autoconfig" not in " ".join(c["sources"])
               for s in result.steps if s.id == "rank"
               for c in s.facts.get("tried", []))
