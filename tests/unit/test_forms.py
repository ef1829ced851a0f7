"""The tools' option checks in app.core.forms: one set of limits and one message per field,
whichever face (CLI option or GUI field) the values come from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.checks.discover import DiscoverOptions
from app.core.checks.domain import DomainOptions
from app.core.checks.ports import DEFAULT_PORTS, PortsOptions
from app.core.checks.tlsinfo import WARN_DAYS, TlsInfoOptions
from app.core.forms import (
    MAIL_PORTS,
    MAX_PORTS,
    parse_discover_form,
    parse_domain_form,
    parse_monitor_form,
    parse_ports,
    parse_ports_form,
    parse_selectors,
    parse_server,
    parse_tls_form,
)
from app.core.model import IPVersion, Security
from app.core.validate import MAX_TIMEOUT, InputError


def problems(parse: Any, form: dict[str, object]) -> dict[str, str]:
    with pytest.raises(InputError) as caught:
        parse(form)
    return {e.field: e.message for e in caught.value.errors}


PARSERS = [
    (parse_ports_form, {"host": "mx.example.com", "ports": "587"}),
    (parse_discover_form, {"query": "alice@example.com"}),
    (parse_domain_form, {"domain": "example.com"}),
    (parse_tls_form, {"host": "mx.example.com"}),
]
OPTIONS = {parse_ports_form: PortsOptions, parse_discover_form: DiscoverOptions,
           parse_domain_form: DomainOptions, parse_tls_form: TlsInfoOptions}


def options_of(parse: Any, form: dict[str, object]) -> Any:
    """What a face runs: the engine's options made from the parser's arguments."""
    return OPTIONS[parse](**parse(form))


@pytest.mark.parametrize(("parse", "good"), PARSERS, ids=["ports", "discover", "domain", "tls"])
@pytest.mark.parametrize(("timeout", "accepted"), [
    ("0.1", True), ("2,5", True), (str(MAX_TIMEOUT), True), ("0", False), ("-1", False),
    (str(MAX_TIMEOUT + 1), False), ("nan", False), ("soon", False), ("121", True)])
def test_every_tool_has_the_same_timeout_limits(parse: Any, good: dict[str, object],
                                                timeout: str, accepted: bool) -> None:
    form = {**good, "timeout": timeout}
    if accepted:
        options = options_of(parse, form)
        seconds = float(timeout.replace(",", "."))
        value = options.timeouts.connect if hasattr(options, "timeouts") else options.timeout
        assert value == seconds
    else:
        found = problems(parse, form)
        assert list(found) == ["timeout"]
        assert "timeout" in found["timeout"] and "seconds" in found["timeout"]


def test_ports_limits_and_defaults() -> None:
    options = options_of(parse_ports_form, {"host": "MX.Example.com.", "ports": ["2525", "25,587"],
                                "add_defaults": True, "reference": "", "ip_version": "ipv6"})
    assert options.host == "mx.example.com"
    assert options.ports == (25, 465, 587, 2525)  # defaults first, duplicates dropped
    assert options.reference == "" and options.ip_version is IPVersion.V6
    assert options.timeout == 5.0 and options.dns_timeout == 5.0
    most = " ".join(str(port) for port in range(1000, 1000 + MAX_PORTS))
    assert len(parse_ports_form({"host": "h.example", "ports": most})["ports"]) == MAX_PORTS
    found = problems(parse_ports_form, {"host": "h.example", "ports": most + " 1"})
    assert found == {"ports": f"Probe at most {MAX_PORTS} ports at a time."}
    # the defaults count too: 4 defaults + 29 more is one too many
    found = problems(parse_ports_form, {"host": "h.example", "add_defaults": True,
                                        "ports": [str(p) for p in range(2000, 2029)]})
    assert list(found) == ["ports"]
    assert parse_ports("25 465,587;2525, 25") == (25, 465, 587, 2525)


def test_the_forms_mail_ports_are_the_engines() -> None:
    assert MAIL_PORTS == DEFAULT_PORTS


def test_all_problems_are_reported_at_their_fields() -> None:
    found = problems(parse_ports_form, {"host": "smtp://x", "ports": "0", "timeout": "x",
                                        "reference": "a b", "nameserver": "dns.example",
                                        "ip_version": "ipv5"})
    assert set(found) == {"host", "ports", "timeout", "reference", "nameserver", "ip_version"}
    assert "“0” is not a port" in found["ports"]
    assert "192.0.2.53:53" in found["nameserver"]
    assert "without a scheme" in found["host"]


def test_discover_form() -> None:
    assert options_of(parse_discover_form, {"query": "a@b.example"}).guess_ports  # the engine's
    options = options_of(parse_discover_form, {"query": " alice@example.com ", "probe": False,
                                               "guess_ports": (465, 587), "timeout": "1.5"})
    assert (options.query, options.probe, options.guess_ports) == (
        "alice@example.com", False, (465, 587))
    assert options.dns_timeout == 1.5
    for query in ("", "not a domain", "localhost", "alice@"):
        assert "you@example.com" in problems(parse_discover_form, {"query": query})["query"]
    assert list(problems(parse_discover_form, {"query": "example.com",
                                               "guess_ports": "25,70000"})) == ["guess_ports"]


def test_domain_form(tmp_path: Path) -> None:
    options = options_of(parse_domain_form, {
        "domain": "bob@Example.COM", "selectors": "s1, google;k1 s1",
        "server": "[2001:db8::1]:587", "common_selectors": False, "check_greeting": False})
    assert options.domain == "example.com"
    assert options.dkim_selectors == ("s1", "google", "k1")
    assert (options.server, options.server_port) == ("2001:db8::1", 587)
    assert not options.common_selectors and not options.check_greeting
    assert parse_domain_form({"domain": "example.com", "server": "mx.example.com",
                              "server_port": "2525"})["server_port"] == 2525
    found = problems(parse_domain_form, {"domain": "localhost", "selectors": "bad selector!",
                                         "server": "mx.example.com:99999",
                                         "ca_file": str(tmp_path / "missing.pem")})
    assert set(found) == {"domain", "selectors", "server", "ca_file"}
    assert "dot" in found["domain"] and "65535" in found["server"]
    assert parse_selectors(["a", "b,a"]) == ("a", "b")
    assert parse_server("mx.example.com") == ("mx.example.com", 25)


def test_tls_form() -> None:
    options = options_of(parse_tls_form, {"host": "mx.example.com", "security": "starttls"})
    assert (options.port, options.mode) == (587, Security.STARTTLS)
    options = options_of(parse_tls_form, {"host": "mx.example.com", "security": "auto"})
    assert (options.port, options.mode, options.warn_days) == (465, Security.TLS, WARN_DAYS)
    options = options_of(parse_tls_form, {"host": "mx.example.com", "connect_timeout": "3",
                                          "reply_timeout": "7", "ehlo_name": "me.example",
                                          "warn_days": "0"})
    assert (options.timeouts.connect, options.timeouts.reply, options.timeouts.step) == (3, 7, 14)
    assert options.ehlo_name == "me.example" and options.warn_days == 0
    found = problems(parse_tls_form, {"host": "mx.example.com", "security": "ssl3",
                                      "port": "99999", "warn_days": "9999",
                                      "connect_timeout": "700"})
    assert set(found) == {"security", "port", "warn_days", "connect_timeout"}
    assert "connect timeout" in found["connect_timeout"]


def test_monitor_form() -> None:
    form = {"host": "mx.example.com", "security": "tls", "every": "2.5", "count": "3"}
    parsed = parse_monitor_form(form)
    assert (parsed.every, parsed.count, parsed.duration) == (2.5, 3, None)
    assert parsed.settings.security is Security.TLS and parsed.settings.port == 465
    found = problems(parse_monitor_form, {"host": "", "every": "0", "count": "0",
                                          "duration": "inf", "port": "x"})
    assert set(found) == {"host", "port", "every", "count", "duration"}
    assert "interval" in found["every"] and "runs" in found["count"]
