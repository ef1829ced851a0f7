"""Every tool through real proxies on loopback: Dante (SOCKS5; one allowing only some ports, one
requiring a user name and password) and tinyproxy (HTTP CONNECT with ConnectPort and BasicAuth).

The server behind the proxy is the suite's aiosmtpd server; the proxies only let it through on
the ports they allow, so what the app reports is what a user behind such a proxy would see.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.checks.blocklist import BlocklistOptions, run_blocklist
from app.core.checks.connection import run_check
from app.core.checks.ports import PortsOptions, run_ports
from app.core.checks.tlsinfo import TlsInfoOptions, run_tls_info
from app.core.model import Proxy, ProxyScheme, RunResult, Security, Status, Timeouts
from app.core.protocol import http
from app.core.protocol.proxy import parse_proxy
from tests.support.checks import SHORT, assert_diagnosis, make_settings, run_and_cancel, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.proxies import (
    DANTED,
    TINYPROXY,
    Dante,
    TinyProxy,
    skip_unless_runnable,
)
from tests.support.servers.scripted import Peer, ScriptedServer
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import ECHO_NAMES, ECHO_ROUTES, TEST_LISTS, blocklist_zone

SmtpFactory = Callable[..., SmtpServer]
USER, PASSWORD = "pxuser", "Pr0xy-pw-for-tests"
PROXY_TIMEOUTS = Timeouts(connect=3.0, reply=3.0, step=8.0, dns=2.0)


@pytest.fixture(scope="module")
def servers(pki: TestPki) -> Iterator[tuple[SmtpServer, SmtpServer]]:
    """Two SMTP servers: ``allowed`` (its port passes the proxies' lists), ``blocked``."""
    with SmtpServer(pki=pki) as allowed, SmtpServer(pki=pki, tls="tls") as blocked:
        yield allowed, blocked


@pytest.fixture(scope="module")
def dante(servers: tuple[SmtpServer, SmtpServer]) -> Iterator[Dante]:
    """SOCKS5 without login that lets through only the ``allowed`` server's port."""
    skip_unless_runnable(DANTED)
    with Dante(allow_ports=[servers[0].port]) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def dante_open() -> Iterator[Dante]:
    """SOCKS5 without login, every port."""
    skip_unless_runnable(DANTED)
    with Dante() as proxy:
        yield proxy


@pytest.fixture(scope="module")
def dante_login() -> Iterator[Dante]:
    """SOCKS5 that requires a user name and password (RFC 1929)."""
    skip_unless_runnable(DANTED, users=True)
    with Dante(users={USER: PASSWORD}) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def tiny(servers: tuple[SmtpServer, SmtpServer]) -> Iterator[TinyProxy]:
    """HTTP CONNECT with basic auth, only to the ``allowed`` server's port."""
    skip_unless_runnable(TINYPROXY)
    with TinyProxy(connect_ports=[servers[0].port], basic_auth=(USER, PASSWORD)) as proxy:
        yield proxy


def _proxy(url: str, password: str = "") -> Proxy:
    return parse_proxy(url, password=password)


def _check(port: int, proxy: Proxy, host: str = "127.0.0.1", **overrides: Any) -> RunResult:
    overrides.setdefault("security", Security.NONE)
    overrides.setdefault("timeouts", PROXY_TIMEOUTS)
    return run_check(make_settings(port, host, proxy=proxy, **overrides))


# ------------------------------------------------------------------ the connection check


def test_check_through_socks5_names_the_proxy(servers: tuple[SmtpServer, SmtpServer],
                                              dante: Dante) -> None:
    result = _check(servers[0].port, _proxy(dante.url("socks5")))
    assert result.status is Status.PASS, result.verdict
    connect = step(result, "connect")
    assert connect.facts["proxy"] == dante.url("socks5")
    assert f"through {dante.url('socks5')}" in connect.summary
    assert "through the proxy" in step(result, "input").summary
    assert result.to_dict()["target"]["proxy"] == dante.url("socks5")


def test_socks5h_leaves_the_name_to_the_proxy(servers: tuple[SmtpServer, SmtpServer],
                                              dante: Dante, dns_server: DnsServer) -> None:
    """The app's own DNS server does not know "localhost"; through socks5h the proxy looks it
    up (and the run says so), through socks5 this computer does and fails."""
    remote = _check(servers[0].port, _proxy(dante.url("socks5h")), "localhost",
                    nameserver=dns_server.nameserver)
    assert remote.status is Status.PASS, remote.verdict
    assert "looked up by the proxy" in step(remote, "resolve").summary
    local = _check(servers[0].port, _proxy(dante.url("socks5")), "localhost",
                   nameserver=dns_server.nameserver)
    assert_diagnosis(local, "resolve", "dns.not_found")


def test_proxy_dns_failure(servers: tuple[SmtpServer, SmtpServer], dante_open: Dante,
                           dns_server: DnsServer) -> None:
    result = _check(servers[0].port, _proxy(dante_open.url("socks5h")), "no-such-host.invalid",
                    nameserver=dns_server.nameserver)
    assert_diagnosis(result, "connect", "proxy.dns_failed")


def test_socks_proxy_refuses_a_port_it_does_not_allow(servers: tuple[SmtpServer, SmtpServer],
                                                      dante: Dante) -> None:
    result = _check(servers[1].port, _proxy(dante.url("socks5")), security=Security.TLS)
    assert_diagnosis(result, "connect", "proxy.port_refused")
    advice = step(result, "connect").advice
    assert advice is not None and any("allow" in fix and "through the proxy" in fix
                                      for fix in advice.fixes)


def test_a_closed_port_behind_the_proxy_is_still_tcp_refused(dante_open: Dante) -> None:
    with socket.socket() as sock:  # a port with no listener: bound, never listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        result = _check(port, _proxy(dante_open.url("socks5")))
    assert_diagnosis(result, "connect", "tcp.refused")
    assert step(result, "connect").facts["proxy"] == dante_open.url("socks5")


def test_socks5_login(servers: tuple[SmtpServer, SmtpServer], dante_login: Dante) -> None:
    port = servers[0].port
    good = _check(port, _proxy(dante_login.url("socks5", USER), PASSWORD))
    assert good.status is Status.PASS, good.verdict
    assert_diagnosis(_check(port, _proxy(dante_login.url("socks5", USER), "wrong-password")),
                     "connect", "proxy.auth_failed")
    assert_diagnosis(_check(port, _proxy(dante_login.url("socks5"))), "connect",
                     "proxy.auth_required")


def test_http_connect_with_basic_auth(servers: tuple[SmtpServer, SmtpServer],
                                      tiny: TinyProxy) -> None:
    allowed, blocked = servers
    good = _check(allowed.port, _proxy(tiny.url("http", USER), PASSWORD))
    assert good.status is Status.PASS, good.verdict
    # the greeting that follows the proxy's "200" reached the SMTP conversation intact
    assert step(good, "greeting").status is Status.PASS
    assert_diagnosis(_check(allowed.port, _proxy(tiny.url("http", USER), "wrong-password")),
                     "connect", "proxy.auth_failed")
    assert_diagnosis(_check(allowed.port, _proxy(tiny.url("http"))), "connect",
                     "proxy.auth_required")
    assert_diagnosis(_check(blocked.port, _proxy(tiny.url("http", USER), PASSWORD),
                            security=Security.TLS), "connect", "proxy.port_refused")


def test_protocol_mismatch_both_ways(servers: tuple[SmtpServer, SmtpServer], dante: Dante,
                                     tiny: TinyProxy) -> None:
    port = servers[0].port
    http_as_socks = _check(port, _proxy(tiny.url("socks5")), timeouts=SHORT)
    assert_diagnosis(http_as_socks, "connect", "proxy.protocol_mismatch")
    socks_as_http = _check(port, _proxy(dante.url("http")))
    assert_diagnosis(socks_as_http, "connect", "proxy.protocol_mismatch")


def test_unreachable_proxy(servers: tuple[SmtpServer, SmtpServer], refused_port: int) -> None:
    result = _check(servers[0].port, _proxy(f"socks5://127.0.0.1:{refused_port}"))
    assert_diagnosis(result, "connect", "proxy.unreachable")


# ------------------------------------------------------------------ deadlines and cancel


def _drip_http_reply(peer: Peer) -> None:
    peer.drip("HTTP/1.1 200 Connection established\r\n\r\n", interval=0.5)


def test_a_dripping_proxy_ends_within_the_deadline(servers: tuple[SmtpServer, SmtpServer],
                                                   scripted_server_factory: Callable[
                                                       ..., ScriptedServer]) -> None:
    proxy = scripted_server_factory(_drip_http_reply)
    started = time.monotonic()
    result = _check(servers[0].port, _proxy(f"http://127.0.0.1:{proxy.port}"),
                    timeouts=Timeouts(connect=2.0, reply=2.0, step=4.0, dns=1.0))
    elapsed = time.monotonic() - started
    assert_diagnosis(result, "connect", "proxy.unreachable")  # an HTTP reply, too slow
    assert elapsed < 8, f"a dripping proxy held the run for {elapsed:.1f} s"


def test_cancel_ends_a_run_waiting_on_a_silent_proxy(servers: tuple[SmtpServer, SmtpServer],
                                                     filtered_port: int) -> None:
    with socket.socket() as listener:  # accepts (in the backlog) and never says a word
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        silent = listener.getsockname()[1]
        s = make_settings(servers[0].port, security=Security.NONE,
                          proxy=_proxy(f"socks5://127.0.0.1:{silent}"),
                          timeouts=Timeouts(connect=20, reply=30, step=60, dns=5))
        run = run_and_cancel(s, 1.0)
    assert run.result.cancelled
    assert run.ended_after_cancel < 2.0


# ------------------------------------------------------------------ the other tools


def test_ports_through_a_proxy_that_allows_some_ports(servers: tuple[SmtpServer, SmtpServer],
                                                      dante: Dante) -> None:
    allowed, blocked = servers
    result = run_ports(PortsOptions("127.0.0.1", (allowed.port, blocked.port), timeout=3.0,
                                    reference="", proxy=_proxy(dante.url("socks5"))))
    assert step(result, f"port_{allowed.port}").status is Status.PASS
    refused = step(result, f"port_{blocked.port}")
    assert refused.diagnosis == "proxy.port_refused", refused.summary
    assert dante.url("socks5") in step(result, "probe").summary
    assert "Refused by the proxy" in result.verdict


def test_tls_details_through_http_connect(servers: tuple[SmtpServer, SmtpServer],
                                          pki: TestPki) -> None:
    skip_unless_runnable(TINYPROXY)
    blocked = servers[1]  # implicit TLS; this proxy allows its port
    with TinyProxy(connect_ports=[blocked.port]) as proxy:
        result = run_tls_info(TlsInfoOptions("127.0.0.1", blocked.port, Security.TLS,
                                             ca_file=str(pki.ca_file),
                                             proxy=_proxy(proxy.url("http"))))
    assert result.status is Status.PASS, result.verdict
    assert step(result, "connect").facts["proxy"] == proxy.url("http")
    assert step(result, "handshake").facts["tls_version"].startswith("TLSv1.")


def test_https_fetch_through_socks5_with_local_dns(pki: TestPki, dante_open: Dante,
                                                   dns_server_factory: Callable[..., DnsServer]
                                                   ) -> None:
    """Discovery's autoconfig and the MTA-STS policy use this fetch: through the proxy."""
    dns = dns_server_factory({"autoconfig.corp.test": {"A": ["127.0.0.1"]}})
    body = "<clientConfig/>"
    with HttpsServer(pki, {("*", "/mail/config-v1.1.xml"): (200, "text/xml", body)},
                     ["autoconfig.corp.test"]) as web:
        reply = http.get("https://autoconfig.corp.test/mail/config-v1.1.xml", timeout=5,
                         nameserver=dns.nameserver, ca_file=str(pki.ca_file), port=web.port,
                         proxy=_proxy(dante_open.url("socks5")))
        assert reply.status == 200 and reply.body.decode() == body
        assert web.requests == [("autoconfig.corp.test", "/mail/config-v1.1.xml")]


def test_public_address_echo_through_the_proxy(pki: TestPki, dante_open: Dante,
                                               dns_server_factory: Callable[..., DnsServer]
                                               ) -> None:
    """Behind a proxy the address mail leaves from is the proxy's: the echo service is asked
    through it (the blocklists themselves are DNS lookups, to the resolver)."""
    dns = dns_server_factory(blocklist_zone())
    with HttpsServer(pki, ECHO_ROUTES, ECHO_NAMES) as echo:
        result = run_blocklist(BlocklistOptions(
            "", ask_public=True, echo_urls=("https://echo.test/",), lists=TEST_LISTS,
            nameserver=dns.nameserver, ca_file=str(pki.ca_file), https_port=echo.port,
            timeout=3.0, proxy=_proxy(dante_open.url("socks5"))))
        assert echo.requests == [("echo.test", "/")]
    address = step(result, "address")
    assert address.status is Status.PASS, address.summary
    assert address.facts["proxy"] == dante_open.url("socks5")
    assert "through the proxy" in address.summary


# ------------------------------------------------------------------ the command line


def test_cli_refuses_a_password_in_the_proxy_url() -> None:
    code, out, err = run_cli("ports", "127.0.0.1", "--proxy",
                             "socks5://u:Secr3tPw@127.0.0.1:1080", "--json")
    assert code == 2
    doc = json.loads(out)
    assert doc["fields"][0]["option"] == "--proxy"
    assert "Secr3tPw" not in out + err


@pytest.mark.parametrize("command", ["check", "ports", "tls"])
def test_cli_proxy_password_from_stdin(command: str, servers: tuple[SmtpServer, SmtpServer],
                                       tiny: TinyProxy) -> None:
    port = str(servers[0].port)
    extra = {"check": ["--port", port, "--security", "none"],
             "ports": ["--port", port, "--only", "--no-reference"],
             "tls": ["--port", port, "--security", "starttls", "--timeout", "3"]}[command]
    code, out, err = run_cli(command, "127.0.0.1", *extra, "--proxy", tiny.url("http", USER),
                             "--proxy-password-stdin", "--json", stdin=PASSWORD + "\n")
    doc = json.loads(out)
    assert doc["target"]["proxy"] == tiny.url("http", USER)
    assert PASSWORD not in out + err
    if command != "tls":  # the plain test server offers no STARTTLS: only the tunnel counts
        assert code == 0, err
    assert "proxy.auth" not in out


def test_cli_system_proxy_from_the_environment(servers: tuple[SmtpServer, SmtpServer],
                                               dante: Dante,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY",
                 "no_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALL_PROXY", dante.url("socks5"))
    code, out, err = run_cli("check", "127.0.0.1", "--port", str(servers[0].port),
                             "--security", "none", "--proxy", "system")
    assert code == 0, out + err
    assert f"{dante.url('socks5')} (system (all))" in out
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    code, out, err = run_cli("check", "127.0.0.1", "--port", str(servers[0].port),
                             "--security", "none", "--proxy", "system")
    assert code == 0, out + err
    assert "no proxy (system settings name none)" in out


def test_system_proxy_value_is_looked_up_per_run(servers: tuple[SmtpServer, SmtpServer],
                                                 dante: Dante,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("ALL_PROXY", dante.url("socks5"))
    result = _check(servers[1].port, Proxy(ProxyScheme.SYSTEM), security=Security.TLS)
    assert_diagnosis(result, "connect", "proxy.port_refused")
    assert "system (all)" in str(step(result, "connect").facts)
