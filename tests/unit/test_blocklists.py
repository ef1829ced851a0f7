"""The blocklist knowledge: RFC 5782 query names, what a list's answer means, the strict reading
of an echo service's answer, the lists a reply names, and the data files themselves."""

from __future__ import annotations

import re

import pytest

from app.core.forms import parse_blocklist_form
from app.core.knowledge import blocklists as kb
from app.core.validate import InputError


def test_query_names_reverse_octets_and_nibbles() -> None:
    assert kb.query_name("192.0.2.1", "zen.spamhaus.org") == "1.2.0.192.zen.spamhaus.org"
    name = kb.query_name("2001:db8::1", "zen.spamhaus.org")
    labels = name.removesuffix(".zen.spamhaus.org").split(".")
    assert len(labels) == 32 and all(len(x) == 1 for x in labels)
    assert "".join(reversed(labels)) == "20010db8000000000000000000000001"


ZEN = kb.find_list("zen.spamhaus.org")


@pytest.mark.parametrize(("answers", "verdict", "policy"), [
    ([], "clean", False),
    (["127.0.0.2"], "listed", False),
    (["127.0.0.10"], "listed", True),
    (["127.0.0.11", "127.0.0.10"], "listed", True),
    (["127.0.0.11", "127.0.0.4"], "listed", False),  # PBL and XBL: not only a policy listing
    (["127.0.0.200"], "listed", False),  # a code with no documented meaning is still listed
    (["127.255.255.254"], "unknown", False),  # "query via public resolver"
    (["127.255.255.252"], "unknown", False),
    (["127.0.0.1"], "unknown", False),  # RFC 5782: never a listing
    (["198.51.100.1"], "unknown", False),  # a wildcarding resolver
])
def test_judge(answers: list[str], verdict: str, policy: bool) -> None:
    got = kb.judge(ZEN, answers)
    assert got.verdict == verdict and got.policy is policy
    if verdict == "listed":
        assert len(got.meanings) >= 1 and got.codes == tuple(sorted(
            answers, key=lambda a: tuple(int(p) for p in a.split("."))))
    if verdict == "unknown":
        assert got.why


@pytest.mark.parametrize("body", [b"192.0.2.1", b"  192.0.2.1\r\n", b"2001:db8::1\n",
                                  b"::ffff:192.0.2.1"])
def test_echo_answer_is_one_address(body: bytes) -> None:
    assert kb.parse_echo(body) in ("192.0.2.1", "2001:db8::1")


@pytest.mark.parametrize("body", [b"", b"<html>192.0.2.1</html>", b"192.0.2.1 192.0.2.2",
                                  b"192.0.2.1\n192.0.2.2", b"fe80::1%eth0", b"192.0.2.300",
                                  b"ip=192.0.2.1", "192.0.2.1\u00a0".encode(),
                                  b"1" * 400, b"\xff\xfe"])
def test_echo_answer_anything_else_is_refused(body: bytes) -> None:
    with pytest.raises(ValueError):
        kb.parse_echo(body)


@pytest.mark.parametrize(("address", "local"), [
    ("10.1.2.3", True), ("172.20.0.1", True), ("192.168.1.1", True), ("100.64.0.1", True),
    ("127.0.0.1", True), ("169.254.1.1", True), ("fe80::1", True), ("fd00::1", True),
    ("::ffff:192.168.1.1", True), ("192.0.2.1", False), ("8.8.8.8", False),
    ("2001:db8::1", False)])
def test_local_addresses(address: str, local: bool) -> None:
    assert kb.is_local(address) is local


@pytest.mark.parametrize(("text", "name"), [
    ("554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", "Spamhaus ZEN"),
    ("550 5.7.1 ... on our block list (S3150)", "Microsoft"),
    ("550 5.7.1 Client host [192.0.2.1] blocked using b.barracudacentral.org", "Barracuda"),
    ("554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1", "Proofpoint"),
    ("550 blocked, see https://csi.cloudmark.com/reset-request", "Cloudmark"),
    ("550 refused (ERS-QIL) https://ers.trendmicro.com/", "Trend Micro"),
    ("554 blocked using dnsbl.sorbs.net", "SORBS"),
    ("554 blocked using dnsbl-1.uceprotect.net", "UCEPROTECT"),
    ("554 blocked using psbl.surriel.com", "Passive Spam"),
    # the list named first wins when a reply names two
    ("554 blocked using bl.spamcop.net; also on zen.spamhaus.org", "SpamCop"),
])
def test_reply_names_the_list(text: str, name: str) -> None:
    found = kb.named_in(text)
    assert found is not None and found.name.startswith(name)


@pytest.mark.parametrize("text", [
    "550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown",
    "220 mx.pphosted.com ESMTP Proofpoint",  # a Proofpoint server is not a Proofpoint block
    "554 5.7.1 Relay access denied"])
def test_replies_without_a_list(text: str) -> None:
    assert kb.named_in(text) is None


def test_policy_in_a_reply() -> None:
    assert kb.reply_facts("554 blocked using zen.spamhaus.org=127.0.0.10")[
        "blocklist_policy"] == "yes"
    assert kb.reply_facts("554 blocked using zen.spamhaus.org=127.0.0.2")[
        "blocklist_policy"] == "no"
    assert kb.reply_facts("550 refused (ERS-DUL)")["blocklist_policy"] == "yes"
    assert kb.reply_facts("250 ok") == {}


def test_data_files_are_complete() -> None:
    lists = kb.lists()
    defaults = kb.default_lists()
    assert {b.zone for b in defaults} >= {"zen.spamhaus.org", "b.barracudacentral.org",
                                          "bl.spamcop.net"}
    for item in lists:
        assert item.lookup.startswith("https://") and item.delist.startswith("https://")
        assert item.about and item.match and item.sources, item.id
    zen = kb.find_list("spamhaus_zen")
    assert {m.code for m in zen.answers.values()} >= {"SBL", "CSS", "XBL", "PBL"}
    assert "127.255.255.254" in zen.refused
    services = kb.echo_services()
    assert services and all(s.url.startswith("https://") for s in services)
    disclosure = kb.echo_disclosure()
    assert all(s.url.split("/")[2] in disclosure for s in services)


def test_any_zone_may_be_named_but_not_anything() -> None:
    assert kb.find_list("dnsbl.example.net").zone == "dnsbl.example.net"
    assert kb.find_list("SPAMCOP").id == "spamcop"  # a known list's id
    for bad in ("not a zone", "x", "-bad-.example", "a..b"):
        with pytest.raises(ValueError):
            kb.find_list(bad)


def test_form() -> None:
    got = parse_blocklist_form({"address": "[2001:DB8::1]", "lists": "spamcop, bl.spamcop.net"})
    assert got["address"] == "2001:db8::1" and got["lists"] == ("bl.spamcop.net",)
    assert got["ask_public"] is False
    got = parse_blocklist_form({"ask_public": True})
    assert got["address"] == "" and got["ask_public"] is True
    with pytest.raises(InputError) as caught:
        parse_blocklist_form({"address": "", "timeout": "0"})
    fields = {e.field for e in caught.value.errors}
    assert fields == {"address", "timeout"}
    with pytest.raises(InputError) as caught:
        parse_blocklist_form({"ask_public": True, "echo_urls": ["https://ok.test/",
                                                                "ftp://x.test/"]})
    assert [e.field for e in caught.value.errors] == ["echo_urls"]
    assert re.search("ftp://x.test/", caught.value.errors[0].message)
