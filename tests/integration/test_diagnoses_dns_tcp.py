"""Diagnoses of the first steps: input, DNS (against the loopback DNS server) and TCP connect."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import (
    IPVersion,
    Security,
    ServerSettings,
    Status,
    StopAfter,
)
from app.core.validate import InputError, parse_form
from tests.support.checks import (
    FAST,
    LOCAL,
    assert_diagnosis,
    describe,
    make_settings,
    step,
    step_ids,
)
from tests.support.proc import REPO_ROOT, cli_argv, cli_env
from tests.support.servers.dns import DnsServer
from tests.support.servers.netns import netns_available, run_in_netns, unreachable_netns
from tests.support.servers.smtpd import SmtpServer

# ------------------------------------------------------------------------------- input


@pytest.mark.parametrize(
    ("form", "field", "diagnosis"),
    [
        ({"host": "smtp://mail.example.com"}, "host", "input.invalid_host"),
        ({"host": "alice@example.com"}, "host", "input.invalid_host"),
        ({"host": "mail example.com"}, "host", "input.invalid_host"),
        ({"host": "mail.example.com", "port": "99999"}, "port", "input.invalid_port"),
        ({"host": "mail.example.com", "port": "smtp"}, "port", "input.invalid_port"),
        ({"host": "mail.example.com", "stop_after": "rcpt", "mail_from": "no-at-sign",
          "rcpt_to": "bob@example.com"}, "mail_from", "input.invalid_address"),
        ({"host": "mail.example.com", "stop_after": "rcpt", "mail_from": "a@example.com",
          "rcpt_to": "bob@exa mple.com"}, "rcpt_to", "input.invalid_address"),
        ({"host": "mail.example.com", "mail_from": "a@example.com\r\nRCPT TO:<x@evil.test>"},
         "mail_from", "input.invalid_address"),
    ],
)
def test_parse_form_rejects_bad_input(form: dict[str, object], field: str,
                                      diagnosis: str) -> None:
    with pytest.raises(InputError) as info:
        parse_form(form)
    errors = {e.field: e for e in info.value.errors}
    assert field in errors, info.value.errors
    assert errors[field].diagnosis == diagnosis
    assert errors[field].message.strip()


@pytest.mark.parametrize(
    ("overrides", "diagnosis", "field"),
    [
        ({"host": "bad host"}, "input.invalid_host", "host"),
        ({"host": "smtp.example.com:587"}, "input.invalid_host", "host"),
        ({"port": 0}, "input.invalid_port", "port"),
        ({"port": 70000}, "input.invalid_port", "port"),
        ({"stop_after": StopAfter.RCPT, "mail_from": "nobody", "rcpt_to": "bob@example.test"},
         "input.invalid_address", "mail_from"),
        ({"stop_after": StopAfter.RCPT, "mail_from": "alice@example.test", "rcpt_to": ""},
         "input.invalid_address", "rcpt_to"),
    ],
)
def test_run_check_input_step_fails(refused_port: int, overrides: dict[str, object],
                                    diagnosis: str, field: str) -> None:
    fields = {"host": LOCAL, "port": refused_port, "timeouts": FAST, **overrides}
    started = time.monotonic()
    result = run_check(ServerSettings(**fields))  # type: ignore[arg-type]
    failed = assert_diagnosis(result, "input", diagnosis)
    assert field in failed.facts["fields"]
    assert step_ids(result)[0] == "input"
    assert step(result, "resolve").status is Status.SKIPPED
    assert step(result, "connect").status is Status.SKIPPED
    assert time.monotonic() - started < 2.0  # no network wait at all


# ------------------------------------------------------------------------------- DNS


def _dns_settings(dns_server: DnsServer, host: str, port: int = 25,
                  **overrides: object) -> ServerSettings:
    return make_settings(port, host=host, nameserver=dns_server.nameserver,
                         security=Security.NONE, **overrides)


def test_dns_resolves_through_test_server(dns_server: DnsServer, smtp_plain: SmtpServer) -> None:
    result = run_check(_dns_settings(dns_server, "mail.test", smtp_plain.port))
    assert result.status is Status.PASS, describe(result)
    resolved = step(result, "resolve")
    assert resolved.facts["addresses"] == [{"ip": "127.0.0.1", "family": "IPv4"}]
    assert step(result, "greeting").status is Status.PASS
    assert any(q[1] == "mail.test" for q in dns_server.queries)


def test_dns_not_found(dns_server: DnsServer) -> None:
    result = run_check(_dns_settings(dns_server, "nosuchname.test"))
    assert_diagnosis(result, "resolve", "dns.not_found")
    assert any(q[1] == "nosuchname.test" for q in dns_server.queries)


def test_dns_no_address(dns_server: DnsServer) -> None:
    result = run_check(_dns_settings(dns_server, "noaddr.test"))
    assert_diagnosis(result, "resolve", "dns.no_address")


def test_dns_no_address_for_forced_family(dns_server: DnsServer) -> None:
    """mail.test has only an A record: forcing IPv6 leaves no address."""
    result = run_check(_dns_settings(dns_server, "mail.test", ip_version=IPVersion.V6))
    assert_diagnosis(result, "resolve", "dns.no_address")


def test_dns_timeout_silent_server(dns_server: DnsServer) -> None:
    started = time.monotonic()
    result = run_check(_dns_settings(dns_server, "silent.test"))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "resolve", "dns.timeout")
    assert elapsed < 4.0, f"dns timeout of 1 s took {elapsed:.1f} s"
    assert failed.duration_ms >= 900  # it did wait for the deadline


def test_dns_failure_servfail(dns_server: DnsServer) -> None:
    result = run_check(_dns_settings(dns_server, "servfail.test"))
    failed = assert_diagnosis(result, "resolve", "dns.failure")
    assert failed.facts.get("rcode") == "SERVFAIL"


# ------------------------------------------------------------------------------- TCP


def test_tcp_refused(refused_port: int) -> None:
    result = run_check(make_settings(refused_port, security=Security.NONE))
    failed = assert_diagnosis(result, "connect", "tcp.refused")
    assert failed.facts["attempts"] == [
        {"address": LOCAL, "family": "IPv4", "result": "refused",
         "ms": failed.facts["attempts"][0]["ms"]}]
    assert step(result, "greeting").status is Status.SKIPPED


def test_tcp_refused_on_every_address(dns_server_factory: Callable[..., DnsServer],
                                      refused_port: int) -> None:
    dns = dns_server_factory({"dual.test": {"A": ["127.0.0.1"], "AAAA": ["::1"]}})
    result = run_check(make_settings(refused_port, host="dual.test", nameserver=dns.nameserver,
                                     security=Security.NONE))
    failed = assert_diagnosis(result, "connect", "tcp.refused")
    attempts = failed.facts["attempts"]
    assert {(a["address"], a["family"], a["result"]) for a in attempts} == {
        ("::1", "IPv6", "refused"), ("127.0.0.1", "IPv4", "refused")}


def test_ipv6_broken_ipv4_works(dns_server_factory: Callable[..., DnsServer],
                                smtp_plain: SmtpServer) -> None:
    """The server listens on 127.0.0.1 only: ::1 is refused, then IPv4 connects (a warning)."""
    dns = dns_server_factory({"dual.test": {"A": ["127.0.0.1"], "AAAA": ["::1"]}})
    result = run_check(make_settings(smtp_plain.port, host="dual.test",
                                     nameserver=dns.nameserver, security=Security.NONE))
    connected = assert_diagnosis(result, "connect", "tcp.refused", Status.WARN)
    assert connected.facts["attempts"][0]["address"] == "::1"
    assert connected.facts["attempts"][0]["result"] == "refused"
    assert connected.facts["attempts"][-1] == {**connected.facts["attempts"][-1],
                                               "address": "127.0.0.1", "result": "connected"}
    assert connected.facts["connected_to"] == "127.0.0.1"
    assert step(result, "greeting").status is Status.PASS
    assert result.status is Status.WARN, describe(result)


def test_tcp_timeout_filtered_port(filtered_port: int) -> None:
    started = time.monotonic()
    result = run_check(make_settings(filtered_port, security=Security.NONE))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "connect", "tcp.timeout")
    assert failed.facts["attempts"][0]["result"] == "timeout"
    assert elapsed < 4.0, f"a 1 s connect timeout took {elapsed:.1f} s"


@pytest.mark.netns
@pytest.mark.skipif(not netns_available(), reason="needs root, iproute2 and network namespaces")
def test_tcp_unreachable_in_netns() -> None:
    with unreachable_netns() as (ns, ip):
        proc = run_in_netns(
            ns,
            cli_argv("check", ip, "--port", "25", "--security", "none", "--connect-timeout", "1",
                     "--timeout", "2", "--json"),
            capture_output=True, text=True, env=cli_env(), cwd=REPO_ROOT, timeout=30,
        )
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["status"] == "fail"
    assert data["diagnosis"] == "tcp.unreachable"
    connect = next(s for s in data["steps"] if s["id"] == "connect")
    assert connect["status"] == "fail"
    assert connect["diagnosis"] == "tcp.unreachable"
    assert connect["advice"]["title"] and connect["fixes"]
    assert connect["facts"]["attempts"] == [
        {**connect["facts"]["attempts"][0], "address": ip, "result": "unreachable"}]
    assert "Traceback" not in proc.stderr


def test_tcp_refused_subprocess_check_exit_code(refused_port: int) -> None:
    proc = subprocess.run(
        cli_argv("check", LOCAL, "--port", str(refused_port), "--security", "none", "--json"),
        capture_output=True, text=True, env=cli_env(), cwd=REPO_ROOT, timeout=30,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["diagnosis"] == "tcp.refused"
