"""Port reachability against real loopback peers: open (SMTP / implicit TLS / other), closed,
filtered, per address family, and the control comparison (127.0.0.2 plays the reference host)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import pytest

from app.core.cancel import CancelToken
from app.core.checks.ports import PortsOptions, run_ports
from app.core.model import Status
from tests.support.checks import describe, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.ports import filtered_at, filtered_port, open_at
from tests.support.servers.scripted import Peer, ScriptedServer
from tests.support.servers.smtpd import SmtpServer
from tests.support.translated_runs import assert_translated, run_in_languages

SmtpFactory = Callable[..., SmtpServer]
REFERENCE = "127.0.0.2"  # any 127/8 address is loopback on Linux


def _ssh_banner(peer: Peer) -> None:
    peer.send("SSH-2.0-OpenSSH_9.6\r\n")
    peer.sleep(2)


@pytest.mark.slow
def test_four_ports_two_filtered_take_one_timeout(smtp_server_factory: SmtpFactory) -> None:
    """The figure the issue asks for: 4 ports, 2 filtered, a 3 s timeout -> about 3 s."""
    plain = smtp_server_factory()
    implicit = smtp_server_factory(tls="tls")
    with filtered_port() as f1, filtered_port() as f2:
        started = time.monotonic()
        result = run_ports(PortsOptions("127.0.0.1", (plain.port, implicit.port, f1, f2),
                                        timeout=3.0, reference=""))
        elapsed = time.monotonic() - started
    print(f"\n4-port probe, 2 filtered, 3 s timeout: {elapsed:.2f} s wall")
    assert 2.9 <= elapsed < 4.5, f"{elapsed:.2f} s\n{describe(result)}"
    assert step(result, f"port_{plain.port}").status is Status.PASS
    assert step(result, f"port_{plain.port}").facts["families"]["IPv4"]["service"] == "smtp"
    tls_step = step(result, f"port_{implicit.port}")
    assert tls_step.facts["families"]["IPv4"]["service"] == "smtp_tls", describe(result)
    assert tls_step.facts["families"]["IPv4"]["banner"].startswith("220 mx.smtpdoctor.test")
    for port in (f1, f2):
        filtered = step(result, f"port_{port}")
        assert filtered.status is Status.WARN  # other ports work, so not a failure
        assert filtered.diagnosis == "ports.filtered"
        assert filtered.facts["families"]["IPv4"]["state"] == "filtered"
        assert filtered.advice is not None and filtered.advice.fixes
    assert result.status is Status.WARN
    assert "Open:" in result.verdict


def test_control_says_your_network_blocks() -> None:
    with filtered_port() as port, filtered_at(REFERENCE, port):
        result = run_ports(PortsOptions("127.0.0.1", (port,), timeout=1.0, reference=REFERENCE))
    failed = step(result, f"port_{port}")
    assert failed.status is Status.FAIL, describe(result)
    assert failed.diagnosis == "ports.blocked_local"
    assert failed.facts["families"]["IPv4"]["reference"]["state"] == "filtered"
    assert failed.advice is not None
    assert any("587" in fix for fix in failed.advice.fixes)
    assert step(result, "reference").diagnosis == "ports.reference_unavailable"
    assert result.verdict.startswith("127.0.0.1: Blocked by your network or ISP")


def test_control_says_the_server_blocks(smtp_server_factory: SmtpFactory) -> None:
    smtp = smtp_server_factory()
    with filtered_port() as port, open_at(REFERENCE, port), open_at(REFERENCE, smtp.port):
        result = run_ports(PortsOptions("127.0.0.1", (smtp.port, port), timeout=1.0,
                                        reference=REFERENCE))
    blocked = step(result, f"port_{port}")
    assert blocked.diagnosis == "ports.blocked_remote", describe(result)
    assert blocked.status is Status.WARN
    assert blocked.advice is not None
    assert any(f"Port {smtp.port} answered here" in fix for fix in blocked.advice.fixes)
    assert step(result, "reference").status is Status.PASS
    assert "Blocked by the server or its firewall" in result.verdict


def test_closed_port_is_refused(refused_port: int) -> None:
    started = time.monotonic()
    result = run_ports(PortsOptions("127.0.0.1", (refused_port,), timeout=2.0, reference=""))
    assert time.monotonic() - started < 1.5
    closed = step(result, f"port_{refused_port}")
    assert closed.status is Status.FAIL
    assert closed.diagnosis == "ports.closed"
    assert result.status is Status.FAIL


def test_something_else_answers(scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(_ssh_banner)
    result = run_ports(PortsOptions("127.0.0.1", (server.port,), timeout=2.0, reference=""))
    other = step(result, f"port_{server.port}")
    assert other.diagnosis == "ports.not_smtp", describe(result)
    assert "SSH" in other.facts["families"]["IPv4"]["banner"]


def test_ipv4_and_ipv6_are_probed_separately(
        smtp_server_factory: SmtpFactory,
        dns_server_factory: Callable[..., DnsServer]) -> None:
    smtp = smtp_server_factory()
    dns = dns_server_factory({"dual.test": {"A": ["127.0.0.1"], "AAAA": ["::1"]}})
    with filtered_at("::1", smtp.port):
        result = run_ports(PortsOptions("dual.test", (smtp.port,), timeout=1.0, reference="",
                                        nameserver=dns.nameserver))
    families = step(result, f"port_{smtp.port}").facts["families"]
    assert families["IPv4"]["state"] == "open" and families["IPv4"]["ip"] == "127.0.0.1"
    assert families["IPv6"]["state"] == "filtered" and families["IPv6"]["ip"] == "::1"
    differs = step(result, f"port_{smtp.port}")
    assert differs.diagnosis == "ports.family_differs", describe(result)
    assert differs.advice is not None and "IPv6" in differs.advice.cause


def test_unknown_host_fails_in_resolve(dns_server: DnsServer) -> None:
    result = run_ports(PortsOptions("nowhere.test", (25,), timeout=1.0, reference="",
                                    nameserver=dns_server.nameserver, dns_timeout=1.0))
    assert step(result, "resolve").diagnosis == "dns.not_found"
    assert result.status is Status.FAIL


def test_cancel_ends_a_filtered_probe_promptly() -> None:
    cancel = CancelToken()
    with filtered_port() as port:
        timer = threading.Timer(0.3, cancel.cancel)
        timer.start()
        started = time.monotonic()
        result = run_ports(PortsOptions("127.0.0.1", (port,), timeout=10.0, reference=""),
                           cancel=cancel)
        elapsed = time.monotonic() - started
        timer.cancel()
    assert result.cancelled
    assert elapsed < 1.5


def test_cli_json(smtp_server_factory: SmtpFactory) -> None:
    smtp = smtp_server_factory()
    with filtered_port() as port, open_at(REFERENCE, port), open_at(REFERENCE, smtp.port):
        code, out, _err = run_cli("ports", "127.0.0.1", "--only", "-p", str(smtp.port), "-p",
                                  str(port), "--reference", REFERENCE, "--timeout", "1", "--json")
    data = json.loads(out)
    assert code == 0, out  # a blocked port is a warning while another one works
    by_id = {s["id"]: s for s in data["steps"]}
    assert by_id[f"port_{port}"]["diagnosis"] == "ports.blocked_remote"
    assert by_id[f"port_{port}"]["fixes"]
    assert by_id[f"port_{smtp.port}"]["status"] == "pass"


@pytest.mark.parametrize("argv", [["ports", "127.0.0.1", "-p", "70000"],
                                  ["ports", "127.0.0.1", "-t", "0"],
                                  ["ports", "smtp://x"]])
def test_cli_bad_input(argv: list[str]) -> None:
    code, _out, err = run_cli(*argv)
    assert code == 2
    assert err.startswith("smtp-doctor: ")


def test_cli_human_output(refused_port: int) -> None:
    code, text, _err = run_cli("ports", "127.0.0.1", "--only", "-p", str(refused_port),
                               "--no-reference", "-t", "1")
    assert code == 1
    assert "[ports.closed]" in text and "What to do:" in text


def test_every_text_in_the_users_language(smtp_server_factory: SmtpFactory,
                                          refused_port: int) -> None:
    """Issue 19: open, closed and filtered ports with the control host, run in English, German
    and the pseudo-locale: every title, summary, per-family verdict and the verdict comes from
    the catalogue."""
    smtp = smtp_server_factory()
    with filtered_port() as blocked, filtered_at(REFERENCE, blocked), \
            open_at(REFERENCE, smtp.port):
        ports = (smtp.port, refused_port, blocked)
        runs = run_in_languages(lambda on_event: run_ports(
            PortsOptions("127.0.0.1", ports, timeout=1.0, reference=REFERENCE), on_event))
    assert_translated(runs, ["app/core/checks/ports.py"], data_only=["resolve"])
    en, de, pseudo = runs["en"].result, runs["de"].result, runs["pseudo"].result
    assert step(en, f"port_{blocked}").diagnosis == "ports.blocked_local", describe(en)
    assert step(en, f"port_{refused_port}").diagnosis == "ports.closed"
    assert step(de, f"port_{smtp.port}").summary == f"Port {smtp.port} IPv4: offen (SMTP-Begrüßung)"
    assert step(de, f"port_{refused_port}").summary == (
        f"Port {refused_port} geschlossen: Der Server hat die Verbindung abgelehnt")
    assert f"{REFERENCE} antwortet auf diesem Port auch nicht: Ihr Netz sperrt ihn" in step(
        de, f"port_{blocked}").summary
    assert step(de, "reference").summary.startswith(f"{REFERENCE} antwortet auf Port {smtp.port};")
    assert step(de, "probe").summary.startswith("6 Prüfungen in ")
    # the words for each address family under Details follow the language too
    family = step(pseudo, f"port_{refused_port}").facts["families"]["IPv4"]["verdict"]
    assert family.startswith("[") and family.endswith("]"), family
    assert step(de, f"port_{refused_port}").facts["families"]["IPv4"]["verdict"].startswith(
        "geschlossen")
    assert "Von Ihrem Netz oder Internetanbieter gesperrt" in de.verdict
