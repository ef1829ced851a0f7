"""Is it my network? The public address from a loopback echo service over HTTPS and the DNS
blocklists from a loopback DNS server that answers as the real lists do (127.0.0.x codes, TXT
reasons, RFC 5782 test entries, Spamhaus' "query via public resolver" code). Nothing leaves
the machine."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.cancel import CancelToken
from app.core.checks.blocklist import BlocklistOptions, run_blocklist
from app.core.model import RunResult, Status
from tests.support.checks import describe, step
from tests.support.proc import run_cli
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port
from tests.support.worlds import (
    CLEAN,
    ECHO_NAMES,
    ECHO_ROUTES,
    LISTED,
    LISTED_V6,
    PBL,
    REFUSED,
    TEST_LISTS,
    blocklist_zone,
)


@pytest.fixture
def dns(dns_server_factory: Callable[..., DnsServer]) -> DnsServer:
    return dns_server_factory(blocklist_zone(), silent={"silent.test"})


@pytest.fixture
def echo(pki: TestPki) -> Iterator[HttpsServer]:
    with HttpsServer(pki, ECHO_ROUTES, ECHO_NAMES) as server:
        yield server


def _run(dns: DnsServer, address: str = "", **options: Any) -> RunResult:
    options.setdefault("lists", TEST_LISTS)
    options.setdefault("timeout", 2.0)
    return run_blocklist(BlocklistOptions(address, nameserver=dns.nameserver, **options))


def test_listed_address_names_each_list_its_codes_and_reasons(dns: DnsServer) -> None:
    result = _run(dns, LISTED)
    assert result.status is Status.FAIL, describe(result)
    zen = step(result, "dnsbl.spamhaus_zen")
    assert zen.status is Status.FAIL and zen.diagnosis == "blocklist.listed"
    assert zen.facts["answers"] == ["127.0.0.2", "127.0.0.4"]
    assert [m.split(":")[0] for m in zen.facts["meanings"]] == ["SBL", "XBL"]
    assert any("SBL12345" in r for r in zen.facts["reasons"])  # the list's own TXT reason
    assert zen.facts["query"] == "99.2.0.192.zen.spamhaus.org"  # octets reversed
    assert zen.advice is not None and "check.spamhaus.org" in " ".join(zen.advice.fixes)
    spamcop = step(result, "dnsbl.spamcop")
    assert spamcop.diagnosis == "blocklist.listed"
    assert "spamcop.net/bl.shtml" in spamcop.summary
    assert "Spamhaus ZEN" in result.verdict and "SpamCop" in result.verdict


def test_pbl_listing_says_send_through_the_submission_port(dns: DnsServer) -> None:
    result = _run(dns, PBL)
    zen = step(result, "dnsbl.spamhaus_zen")
    assert zen.status is Status.WARN and zen.diagnosis == "blocklist.policy_listed"
    assert zen.facts["meanings"][0].startswith("PBL")
    assert zen.advice is not None
    first = zen.advice.fixes[0]
    assert "587" in first and "465" in first and "port 25" in first
    assert step(result, "dnsbl.spamcop").status is Status.PASS


def test_clean_address_passes_only_on_lists_that_answer_their_test_entry(
        dns: DnsServer) -> None:
    result = _run(dns, CLEAN)
    assert step(result, "dnsbl.spamhaus_zen").status is Status.PASS
    assert step(result, "dnsbl.spamcop").status is Status.PASS
    # Barracuda lists not even 127.0.0.2 here (an unregistered resolver): no "not listed".
    barracuda = step(result, "dnsbl.barracuda")
    assert barracuda.diagnosis == "blocklist.cannot_tell", describe(result)
    assert "127.0.0.2" in barracuda.summary
    # PSBL's "answer" is a web address: a wildcarding resolver, not a listing.
    psbl = step(result, "dnsbl.psbl")
    assert psbl.diagnosis == "blocklist.cannot_tell" and "192.0.2.80" in psbl.summary
    assert result.status is Status.WARN


def test_resolver_refused_answer_is_cannot_tell_not_listed(dns: DnsServer) -> None:
    result = _run(dns, REFUSED)
    zen = step(result, "dnsbl.spamhaus_zen")
    assert zen.status is Status.WARN and zen.diagnosis == "blocklist.cannot_tell"
    assert "127.255.255.254" in zen.summary
    assert not result.verdict.startswith(f"{REFUSED} is listed")
    assert f"cannot tell whether {REFUSED} is listed on Spamhaus ZEN" in result.verdict


def test_ipv6_address_is_asked_by_nibbles_where_the_list_has_ipv6(dns: DnsServer) -> None:
    result = _run(dns, LISTED_V6)
    zen = step(result, "dnsbl.spamhaus_zen")
    assert zen.diagnosis == "blocklist.listed" and zen.facts["meanings"][0].startswith("CSS")
    assert zen.facts["query"].endswith(".8.b.d.0.1.0.0.2.zen.spamhaus.org")
    assert step(result, "dnsbl.spamcop").status is Status.SKIPPED  # IPv4-only list


def test_silent_dns_server_is_cannot_tell_within_its_deadline(
        dns_server_factory: Callable[..., DnsServer]) -> None:
    silent = dns_server_factory({}, silent={"spamhaus.org", "99.2.0.192.zen.spamhaus.org",
                                            "2.0.0.127.zen.spamhaus.org"})
    result = run_blocklist(BlocklistOptions(LISTED, lists=("zen.spamhaus.org",),
                                            nameserver=silent.nameserver, timeout=1.0))
    zen = step(result, "dnsbl.spamhaus_zen")
    assert zen.diagnosis == "blocklist.cannot_tell"
    assert result.total_ms < 10_000


def test_public_address_from_the_echo_service(dns: DnsServer, echo: HttpsServer,
                                               pki: TestPki) -> None:
    result = _run(dns, ask_public=True, echo_urls=("https://echo.test/",),
                  ca_file=str(pki.ca_file), https_port=echo.port)
    address = step(result, "address")
    assert address.status is Status.PASS and address.facts["public_address"] == PBL
    assert address.facts["source"] == "https://echo.test/"
    assert echo.requests == [("echo.test", "/")]  # one request, nothing else
    assert step(result, "dnsbl.spamhaus_zen").diagnosis == "blocklist.policy_listed"


def test_echo_answers_that_are_not_one_address_are_refused(dns: DnsServer, echo: HttpsServer,
                                                           pki: TestPki) -> None:
    urls = ("https://html-echo.test/", "https://two-echo.test/", "https://missing-echo.test/")
    result = _run(dns, ask_public=True, echo_urls=urls, ca_file=str(pki.ca_file),
                  https_port=echo.port)
    address = step(result, "address")
    assert address.diagnosis == "blocklist.public_address_failed", describe(result)
    problems = {t["url"]: t["problem"] for t in address.facts["tried"]}
    assert set(problems) == set(urls)
    assert "not an IP address" in problems[urls[0]]
    assert "not exactly one" in problems[urls[1]]
    assert step(result, "dnsbl.spamhaus_zen").status is Status.SKIPPED


def test_echo_falls_back_to_the_next_service(dns: DnsServer, echo: HttpsServer,
                                             pki: TestPki) -> None:
    result = _run(dns, ask_public=True, echo_urls=("https://html-echo.test/",
                                                   "https://echo.test/"),
                  ca_file=str(pki.ca_file), https_port=echo.port)
    address = step(result, "address")
    assert address.facts["public_address"] == PBL
    assert address.facts["tried"][0]["url"] == "https://html-echo.test/"


def test_local_address_is_refused_with_its_diagnosis(dns: DnsServer) -> None:
    result = _run(dns, "192.168.1.20")
    assert step(result, "address").diagnosis == "blocklist.local_address"
    assert dns.queries == []  # nothing asked about a LAN address


def test_cli_json_and_exit_codes(dns: DnsServer) -> None:
    code, out, _err = run_cli("blocklist", LISTED, "--list", "zen.spamhaus.org", "--dns-server",
                              dns.nameserver, "--timeout", "2", "--json")
    doc = json.loads(out)
    assert code == 1 and doc["status"] == "fail"
    assert doc["steps"][1]["diagnosis"] == "blocklist.listed"
    code, out, _err = run_cli("blocklist", CLEAN, "-l", "spamhaus_zen", "--dns-server",
                              dns.nameserver, "--timeout", "2")
    assert code == 0 and "not listed" in out


def test_cli_public_address_needs_consent_and_says_what_is_sent(dns: DnsServer,
                                                                echo: HttpsServer,
                                                                pki: TestPki) -> None:
    code, out, err = run_cli("blocklist", "--dns-server", dns.nameserver)
    assert code == 2 and "--public-address" in err and echo.requests == []
    code, out, _err = run_cli("blocklist", "--public-address", "--echo-url",
                              "https://echo.test/", "--ca-file", str(pki.ca_file),
                              "--https-port", str(echo.port), "--list", "zen.spamhaus.org",
                              "--dns-server", dns.nameserver, "--timeout", "2")
    assert "sends one HTTPS request" in out and "https://echo.test/" in out
    assert PBL in out and code == 0  # a policy listing is a warning


@pytest.mark.parametrize(("argv", "field"), [
    (("not-an-ip",), "ADDRESS|--public-address"),
    (("192.0.2.1", "--list", "not a zone"), "--list"),
    (("--public-address", "--echo-url", "http://plain.test/"), "--echo-url"),
])
def test_cli_bad_input_names_the_option(argv: tuple[str, ...], field: str) -> None:
    code, out, _err = run_cli("blocklist", *argv, "--json")
    assert code == 2
    doc = json.loads(out)
    assert {f["option"].split()[0] for f in doc["fields"]} == {field}, doc


# ------------------------------------------------------------------ hostile peers, deadlines


def test_echo_service_that_never_answers_fails_within_its_deadline(dns: DnsServer,
                                                                    pki: TestPki) -> None:
    with filtered_port() as port:
        started = time.monotonic()
        result = _run(dns, ask_public=True, echo_urls=("https://echo.test/",),
                      ca_file=str(pki.ca_file), https_port=port, timeout=1.0)
        took = time.monotonic() - started
    assert step(result, "address").diagnosis == "blocklist.public_address_failed"
    assert took < 6.0


def test_echo_service_sending_a_huge_body_is_refused(dns: DnsServer, pki: TestPki) -> None:
    routes = {("echo.test", "/"): (200, "text/plain", PBL + " " * 2_000_000)}
    with HttpsServer(pki, routes, ECHO_NAMES) as huge:
        result = _run(dns, ask_public=True, echo_urls=("https://echo.test/",),
                      ca_file=str(pki.ca_file), https_port=huge.port)
    address = step(result, "address")
    assert address.diagnosis == "blocklist.public_address_failed"
    assert "larger" in address.facts["tried"][0]["problem"]


def test_echo_service_with_an_untrusted_certificate_is_refused(dns: DnsServer,
                                                               echo: HttpsServer) -> None:
    result = _run(dns, ask_public=True, echo_urls=("https://echo.test/",),
                  https_port=echo.port)  # the OS store does not trust the test CA
    assert step(result, "address").diagnosis == "blocklist.public_address_failed"
    assert echo.requests == []


def test_hostile_txt_reason_is_shown_as_plain_text(
        dns_server_factory: Callable[..., DnsServer]) -> None:
    zone = blocklist_zone()
    zone["99.2.0.192.bl.spamcop.net"] = {"A": ["127.0.0.2"],
                                         "TXT": ["\x1b[31mlisted\u202e\r\nX-Evil: 1"]}
    dns = dns_server_factory(zone)
    result = _run(dns, LISTED, lists=("bl.spamcop.net",))
    spamcop = step(result, "dnsbl.spamcop")
    shown = spamcop.summary + " ".join(spamcop.facts["reasons"])
    assert "\x1b" not in shown and "\u202e" not in shown and "\r" not in shown
    assert "listed" in spamcop.facts["reasons"][0]


def test_cancel_while_the_dns_server_is_silent_ends_within_a_second(
        dns_server_factory: Callable[..., DnsServer]) -> None:
    silent = dns_server_factory({}, silent={"99.2.0.192.zen.spamhaus.org",
                                            "2.0.0.127.zen.spamhaus.org"})
    token = CancelToken()
    done: list[RunResult] = []
    worker = threading.Thread(target=lambda: done.append(run_blocklist(
        BlocklistOptions(LISTED, lists=("zen.spamhaus.org",), nameserver=silent.nameserver,
                         timeout=30.0), cancel=token)))
    worker.start()
    time.sleep(0.5)
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(5)
    assert not worker.is_alive() and done and done[0].cancelled
    assert time.monotonic() - cancelled_at < 1.5
