"""The bounce reader against the corpus in tests/data/bounces (see its README for where each
shape comes from) and against hostile inputs built here: every bounce maps to its expected
diagnosis, the CLI's exit codes follow the issue, and nothing hostile crashes or hangs."""

from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
import tomllib

from app.core.checks.bounce import BounceOptions, read_bounce, run_bounce, understood
from app.core.model import RunResult, Status
from app.core.records.bounce import MAX_BYTES, MAX_PARTS, parse_bounce
from app.core.text import report
from tests.support.proc import run_cli

CORPUS = Path(__file__).resolve().parents[1] / "data" / "bounces"
EXPECTED: dict[str, Any] = tomllib.loads((CORPUS / "expected.toml").read_text("utf-8"))
BOUNCES = sorted(name for name, want in EXPECTED.items() if not want.get("not_a_bounce"))
#: What a hostile input may cost at most (a generous bound on a loaded 2-CPU machine; the
#: parser takes well under a second for each of them).
DEADLINE_S = 15.0


def _run(name: str) -> RunResult:
    bounce = read_bounce((CORPUS / name).read_bytes())
    assert bounce is not None, f"{name} was not read as a bounce"
    return run_bounce(BounceOptions(bounce, name))


def test_every_corpus_file_has_an_expectation() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", BOUNCES)
def test_corpus_bounce_maps_to_its_diagnosis(name: str) -> None:
    want = EXPECTED[name]
    bounce = read_bounce((CORPUS / name).read_bytes())
    assert bounce is not None
    assert bounce.format == want["format"]
    if "reporting" in want:
        assert bounce.reporting_mta == want["reporting"]
    result = run_bounce(BounceOptions(bounce, name))
    steps = [s for s in result.steps if s.id.startswith("recipient-")]
    got = [[s.facts.get("rcpt_to", ""), s.diagnosis or "", s.facts.get("action")] for s in steps]
    assert got == want["recipients"]
    assert understood(result) is want["understood"]
    for key, fact in (("status", "enhanced_code"), ("remote", "remote_mta"),
                      ("command", "after_command"), ("checks", "failed_checks")):
        if key in want:
            assert [s.facts.get(fact, "") for s in steps] == want[key], key
    if "reply" in want:
        for words, step in zip(want["reply"], steps, strict=True):
            assert step.facts["reply"].startswith(words), step.facts["reply"]
    for step in steps:
        if step.diagnosis:  # the advice of the knowledge base, with the fixes
            assert step.advice is not None and step.advice.fixes
            assert step.status in (Status.FAIL, Status.WARN)
            assert step.facts.get("reply") or step.facts.get("enhanced_code")


#: What must never stay in the server's words: the quotes around them, the command they
#: answered, Exchange's "#… ##" marks, a multi-line reply's continuation prefix.
UNCLEAN = re.compile(r"^['\"\u2018\u2019#]|['\"\u2019]$|##|\(in (?:reply|response) to|"
                     r"\s[245]\d\d-[245]\.\d+\.\d+\s")


@pytest.mark.parametrize("name", BOUNCES)
def test_the_servers_words_are_clean(name: str) -> None:
    bounce = read_bounce((CORPUS / name).read_bytes())
    assert bounce is not None
    for rec in bounce.recipients:
        assert not UNCLEAN.search(rec.diagnostic), rec.diagnostic
        if rec.command:  # the command moved into its own fact, with the phase it means
            assert rec.phase in ("rcpt", "mail", "data", "connect")


def test_a_delayed_recipient_is_a_warning_and_says_so() -> None:
    result = _run("dsn_delayed_greylisted.eml")
    step = result.steps[1]
    assert step.status is Status.WARN
    assert "is delayed" in result.verdict
    assert step.facts["action"] == "delayed" and step.diagnosis == "send.greylisted"


def test_the_failure_names_the_servers_and_codes() -> None:
    result = _run("postfix_dsn_user_unknown.eml")
    facts = result.steps[1].facts
    assert facts["enhanced_code"] == "5.1.1"
    assert facts["reply_code"] == 550
    assert facts["remote_mta"] == "mx.example.org"
    assert facts["reporting_mta"] == "mail.example.com"
    assert facts["phase"] == "rcpt"
    assert "User unknown in virtual mailbox table" in facts["reply"]
    assert facts["enhanced_meaning"].startswith("X.1.1 Bad destination mailbox address")
    assert result.steps[0].facts["original_message_id"] == "<q3-report-1@example.com>"


@pytest.mark.parametrize("name", [*BOUNCES, "not_a_bounce.eml"])
def test_cli_exit_code_and_json(name: str) -> None:
    want = EXPECTED[name]
    code, out, err = run_cli("bounce", str(CORPUS / name), "--json")
    doc = json.loads(out)
    if want.get("not_a_bounce"):
        assert code == 2
        assert doc["error"] == "invalid input" and doc["fields"][0]["option"] == "FILE"
        assert "not a bounce" in err
        return
    assert code == (0 if want["understood"] else 1)
    assert doc["understood"] is want["understood"]
    assert doc["bounce"]["format"] == want["format"]
    assert [s["diagnosis"] or "" for s in doc["steps"][1:]] == [r[1] for r in want["recipients"]]
    assert "Traceback" not in err


def test_cli_reads_standard_input_and_prints_the_fix() -> None:
    text = (CORPUS / "exim_text_blocklisted.txt").read_text("utf-8")
    code, out, _err = run_cli("bounce", "-", stdin=text)
    assert code == 0
    assert "frank@example.net" in out
    assert "[send.blocklisted]" in out
    assert "Delivery to frank@example.net failed" in out


def test_cli_prints_the_command_and_the_failed_check() -> None:
    code, out, _err = run_cli("bounce", str(CORPUS / "postfix_text_gmail_dmarc.txt"))
    assert code == 0
    assert "after command: end of DATA" in out
    assert "checks failed: DMARC" in out
    assert "[send.sender_authentication_failed]" in out
    assert "(in reply to" not in out


def test_cli_unreadable_file_is_exit_2_naming_the_field(tmp_path: Path) -> None:
    code, out, err = run_cli("bounce", str(tmp_path / "missing.eml"), "--json")
    assert code == 2
    assert json.loads(out)["fields"][0]["field"] == "file"
    assert "cannot read" in err


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "json"])
def test_reports_of_a_bounce(fmt: str, tmp_path: Path) -> None:
    result = _run("exchange_online_ndr.eml")
    text = report.render(result, fmt)
    assert "lena@fabrikam.example" in text
    assert "bounce.recipient_unknown" in text
    assert "port ?" not in text
    if fmt != "json":
        assert "Bounce" in text and "ndr.eml" in text  # (Markdown escapes the underscores)


def test_cli_writes_a_report(tmp_path: Path) -> None:
    path = tmp_path / "bounce.html"
    code, out, _err = run_cli("bounce", str(CORPUS / "gmail_message_blocked.txt"),
                              "--report", str(path))
    assert code == 0 and "Report written" in out
    assert "send.sender_authentication_failed" in path.read_text("utf-8")


def test_untrusted_text_is_shown_escaped() -> None:
    text = ("<eve@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 \x1b[31mUser"
            " unknown\u202e (in reply to RCPT TO command)\n")
    code, out, _err = run_cli("bounce", "-", "--json", stdin=text)
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\\\x1b[31m" in out  # the escape, as text


# -- hostile inputs ---------------------------------------------------------------------------

HEAD = (b"From: MAILER-DAEMON@mail.example.com\nSubject: Undelivered Mail Returned to Sender\n"
        b"MIME-Version: 1.0\n")
PARA = (b"<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown "
        b"(in reply to RCPT TO command)\n\n")


def _random(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


HOSTILE: dict[str, bytes] = {
    "huge": HEAD + b"Content-Type: text/plain\n\n" + PARA + b"x" * (3 * MAX_BYTES),
    "huge lines": HEAD + b"Content-Type: text/plain\n\n" + PARA + (b"y" * 999 + b"\n") * 20000,
    "deeply nested multiparts": HEAD + b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
        for i in range(5000)) + b"Content-Type: text/plain\n\n" + PARA,
    "deeply nested messages": HEAD + b"Content-Type: message/rfc822\n\n" * 5000 + PARA,
    "many parts": HEAD + b'Content-Type: multipart/mixed; boundary="B"\n\n' + b"".join(
        b"--B\nContent-Type: text/plain\n\nhello %d\n" % i for i in range(50000)) + b"--B--\n",
    "header flood": b"From: MAILER-DAEMON@x.example\n" + b"X-A: b\n" * 400000 + b"\n" + PARA,
    "binary garbage": _random(2_000_000, 1),
    "outlook msg": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + _random(200_000, 2),
    "html bomb": HEAD + b"Content-Type: text/html\n\n" + b"<div><b>" * 300000 + PARA,
    "status fields": b"Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n\n"
    * 200000,
    "address flood": b"<a@b.example>:" + b" x" * 2_000_000,
    "exchange flood": b"Generating server: x\n" + (b"a@b.example\n" + b"\n" * 50 + b"j\n")
    * 20000,
    "exim flood": b"The following address(es) failed:\n  a@b.example\n" + b"    x\n" * 300000,
    "reply flood": b"550 " * 1_000_000,
    "quoted reply flood": b"Generating server: x\n" + (b"a@b.example\nRemote server returned '550 "
    + b"'" * 200_000 + b"\n") * 10,
    "sendmail flood": b"   ----- The following addresses had permanent fatal errors -----\n"
    + b"<a@b.example>\n    (reason: 550 5.1.1 x (in reply to RCPT TO command))\n" * 100_000,
    "localized flood": b"Ihre Nachricht an a@b.example konnte nicht zugestellt werden.\n"
    * 50_000 + b"Remoteserver hat '" + b"550-5.7.26 " * 200_000 + b"'\n",
    "command flood": b"<a@b.example>: 550 x" + b" (in reply to" * 300_000 + b" after"
    + b" " * 500_000,
    "boundary never closed": HEAD + b'Content-Type: multipart/report; boundary="X"\n\n--X\n'
    + b"Content-Type: message/delivery-status\n\n" + b"Final-Recipient: rfc822; a@b.example\n"
    * 100000,
    "empty": b"",
    "nul bytes": b"\x00" * 100000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses_without_crash_within_a_bound(name: str) -> None:
    started = time.monotonic()
    bounce = parse_bounce(HOSTILE[name])
    assert time.monotonic() - started < DEADLINE_S
    if bounce is not None:
        assert len(bounce.recipients) <= 100
        result = run_bounce(BounceOptions(bounce, name))
        assert result.steps[0].status is Status.PASS
        assert not any(s.diagnosis == "app.internal_error" for s in result.steps)


def test_limits_are_noted() -> None:
    bounce = parse_bounce(HOSTILE["huge"])
    assert bounce is not None and any("MB were read" in n for n in bounce.notes)
    nested = parse_bounce(HOSTILE["deeply nested multiparts"])
    assert nested is not None and any(str(MAX_PARTS) in n for n in nested.notes)


def test_binary_garbage_and_an_outlook_msg_without_a_bounce_are_not_bounces() -> None:
    assert parse_bounce(HOSTILE["binary garbage"]) is None
    assert parse_bounce(HOSTILE["outlook msg"]) is None


def test_the_text_of_an_outlook_msg_is_read() -> None:
    body = ("Delivery has failed to these recipients or groups:\r\n\r\nmike@example.org\r\n"
            "Diagnostic information for administrators:\r\n\r\nGenerating server: "
            "EX01.corp.example.com\r\n\r\nmike@example.org\r\nRemote Server returned '550 5.1.1 "
            "RESOLVER.ADR.RecipNotFound; not found'\r\n").encode("utf-16-le")
    msg = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + _random(4000, 3) + body + bytes(900)
    bounce = parse_bounce(msg)
    assert bounce is not None and bounce.format == "exchange"
    assert [r.address for r in bounce.recipients] == ["mike@example.org"]
    assert any(".msg" in n for n in bounce.notes)
    result = run_bounce(BounceOptions(bounce, "ndr.msg"))
    assert result.steps[1].diagnosis == "bounce.recipient_unknown"


def test_an_ordinary_message_quoting_numbers_is_not_a_bounce() -> None:
    text = b"Hi Bob,\n\nthe 550 chairs arrive at 4.2.2 o'clock, room 421.\n"
    assert parse_bounce(text) is None
    assert parse_bounce(b"Hi Bob,\n\nthe parcel couldn't be delivered to carol@example.org; "
                        b"the 550 chairs come at 4.2.2 o'clock.\n") is None
    code, _out, _err = run_cli("bounce", "-", stdin=text.decode())
    assert code == 2


@pytest.mark.parametrize("name", BOUNCES)
def test_windows_line_ends_read_the_same(name: str) -> None:
    """A bounce saved or pasted on Windows (CRLF) reads as the original."""
    data = (CORPUS / name).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    bounce = read_bounce(data)
    assert bounce is not None
    result = run_bounce(BounceOptions(bounce, name))
    got = [[s.facts.get("rcpt_to", ""), s.diagnosis or "", s.facts.get("action")]
           for s in result.steps if s.id.startswith("recipient-")]
    assert got == EXPECTED[name]["recipients"]


def test_a_localised_exchange_ndr_is_read_by_its_reply() -> None:
    text = ("Subject: Unzustellbar: Angebot\nFrom: postmaster@contoso.example\n\n"
            "Ihre Nachricht an vera@fabrikam.example konnte nicht zugestellt werden.\n\n"
            "Diagnoseinformationen für Administratoren:\n\nvera@fabrikam.example\n"
            "Remoteserver hat '550 5.1.1 <vera@fabrikam.example>: Recipient address rejected: "
            "User unknown' zurückgegeben\n")
    bounce = parse_bounce(text)
    assert bounce is not None
    assert [r.address for r in bounce.recipients] == ["vera@fabrikam.example"]
    result = run_bounce(BounceOptions(bounce, "de.eml"))
    assert result.steps[1].diagnosis == "bounce.recipient_unknown"


def test_lone_surrogates_on_standard_input_are_no_crash() -> None:
    code, out, err = run_cli("bounce", "-", "--json",
                             stdin="550 5.1.1 <x@example.org> User unknown \ud800\n")
    assert code == 0, err
    assert json.loads(out)["diagnosis"] == "bounce.recipient_unknown"


#: Replies as bounces quote them, each with the diagnosis it must get and where it comes from.
REPLIES = [
    # RFC 5321 4.2.2: 550 is "mailbox unavailable", a recipient matter
    ("550 Requested action not taken: mailbox unavailable", "send.recipient_rejected"),
    # Microsoft directory-based edge blocking (Exchange Online NDR 5.4.1)
    ("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
     "bounce.recipient_unknown"),
    # Exchange Online 4.4.0 / Postfix 4.4.3: the reporting server found no route
    ("451 4.4.0 DNS query failed", "bounce.remote_unreachable"),
    ("554 5.4.4 Host or domain name not found. Name service error for name=example.invalid "
     "type=A: Host not found", "bounce.remote_unreachable"),
    # Yahoo TSS04 deferral; Gmail 5.7.1 spam; Microsoft SPF 5.7.23; Gmail 5.2.3 size
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume "
     "or user complaints", "send.rate_limited"),
    ("550 5.7.1 [192.0.2.5] Our system has detected that this message is likely unsolicited "
     "mail", "send.message_rejected"),
    ("550 5.7.23 The message was rejected because of Sender Policy Framework violation",
     "send.sender_authentication_failed"),
    ("552 5.2.3 Your message exceeded Google's message size limits", "send.too_large"),
    # sender authentication as iCloud, AOL (Yahoo's servers) and Outlook.com word it
    ("554 5.7.1 [HM08] Message rejected due to DMARC policy of example.com",
     "send.sender_authentication_failed"),
    ("554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/"
     "error-codes", "send.sender_authentication_failed"),
    ("550 5.7.1 Rejected by SPF: 192.0.2.1 is not allowed to send mail from example.com",
     "send.sender_authentication_failed"),
    ("421 4.7.0 This message does not have authentication information or fails to pass "
     "authentication checks.", "send.sender_authentication_failed"),
    ("552-5.2.2 The recipient's inbox is out of storage space", "send.mailbox_full"),
]


@pytest.mark.parametrize(("reply", "diagnosis"), REPLIES)
def test_quoted_reply_maps_to_its_diagnosis(reply: str, diagnosis: str) -> None:
    bounce = parse_bounce(f"<zed@example.org>:\n{reply}\n")
    assert bounce is not None
    result = run_bounce(BounceOptions(bounce, "reply"))
    assert result.steps[1].diagnosis == diagnosis, result.steps[1].summary


#: Shapes pasted as text (each a format's documented layout, shortened): (text, recipient,
#: status, remote server, diagnosis).
TEXT_SHAPES = [
    # Gmail before 2014: "Delivery to the following recipient failed permanently"
    ("Delivery to the following recipient failed permanently:\n\n     bob@example.com\n\n"
     "Technical details of permanent failure:\nGoogle tried to deliver your message, but it was "
     "rejected by the server for the recipient domain example.com by mx.example.com. "
     "[192.0.2.1].\n\nThe error that the other server returned was:\n550 5.1.1 <bob@example.com>"
     ": Recipient address rejected: User unknown in local recipient table\n",
     "bob@example.com", "5.1.1", "mx.example.com", "bounce.recipient_unknown"),
    # Microsoft 365 in Italian and Dutch: the address line and the quoted reply
    ("Il messaggio per carla@fabrikam.it non \u00e8 stato recapitato.\n\nInformazioni di "
     "diagnostica per gli amministratori:\n\nServer di generazione: MI1P190MB0001.prod.outlook"
     ".com\n\ncarla@fabrikam.it\nIl server remoto ha restituito '550 5.1.10 RESOLVER.ADR."
     "RecipientNotFound; Recipient not found by SMTP address lookup'\n",
     "carla@fabrikam.it", "5.1.10", "", "bounce.recipient_unknown"),
    ("Uw bericht aan dirk@fabrikam.nl kan niet worden bezorgd.\n\nDiagnostische gegevens voor "
     "beheerders:\n\nGenererende server: AM0P190MB0002.prod.outlook.com\n\ndirk@fabrikam.nl\n"
     "Externe server heeft '550 5.7.1 Unfortunately, messages from [192.0.2.9] weren't sent. "
     "Please contact your Internet service provider since part of their network is on our "
     "block list (S3150).' geretourneerd\n",
     "dirk@fabrikam.nl", "5.7.1", "", "send.blocklisted"),
    # qmail-remote's paragraph without the qmail-send header
    ("<eve@example.org>:\n192.0.2.30 does not like recipient.\nRemote host said: 550 5.1.1 "
     "<eve@example.org>: Recipient address rejected: User unknown\nGiving up on 192.0.2.30.\n",
     "eve@example.org", "5.1.1", "192.0.2.30", "bounce.recipient_unknown"),
    # Exchange Online: "Server at H returned '…'" lines under the address, newest first
    ("Delivery has failed to these recipients or groups:\n'Harry' <harry@hogwarts.example>\n"
     "Diagnostic information for administrators:\nGenerating server: BL0PR01MB0001.prod.outlook"
     ".com\nReceiving server: mx.hogwarts.example (192.0.2.77)\nharry@hogwarts.example\n"
     "11/30/2026 10:55:00 AM - Server at mx.hogwarts.example (192.0.2.77) returned '550 5.7.1 "
     "Message rejected due to SPF fail'\n",
     "harry@hogwarts.example", "5.7.1", "mx.hogwarts.example",
     "send.sender_authentication_failed"),
    # Exchange relaying a remote refusal: "#< … #5.0.0 smtp; 5.1.0 - Unknown address error
    # 550-'5.1.1 …' (delivery attempts: 0)> #SMTP#"
    ("Diagnostic information for administrators:\n\nGenerating server: EX01.corp.example.com\n\n"
     "xavier@partner.example\nmx.partner.example #<mx.partner.example #5.0.0 smtp; 5.1.0 - "
     "Unknown address error 550-'5.1.1 <xavier@partner.example>: Recipient address rejected: "
     "User unknown' (delivery attempts: 0)> #SMTP#\n",
     "xavier@partner.example", "5.1.1", "mx.partner.example", "bounce.recipient_unknown"),
    # Gmail: the domain has no mail server (DNS NXDOMAIN), no SMTP code
    ("** Address not found **\n\nYour message wasn't delivered to yara@nodomain.example because "
     "the domain nodomain.example couldn't be found.\n\nThe response was:\n\nDNS Error: DNS type "
     "'mx' lookup of nodomain.example responded with code NXDOMAIN Domain name not found: "
     "nodomain.example\n", "yara@nodomain.example", "", "", "bounce.remote_unreachable"),
    # Gmail before 2014, the receiving server never answered
    ("Delivery to the following recipient failed permanently:\n\n     bea@slow.example\n\n"
     "Technical details of permanent failure:\nThe recipient server did not accept our requests "
     "to connect. Learn more at https://support.google.com/mail/answer/7720\n[mx.slow.example. "
     "192.0.2.50: timed out]\n", "bea@slow.example", "", "mx.slow.example",
     "bounce.remote_unreachable"),
    # a gateway's notice: the address on its own line, the reply under a label
    ("Your message couldn't be delivered to the following recipients:\n\nzoe@example.org\n\n"
     "Reason: Rejected by recipient server\nRemote server response: 550 5.1.1 <zoe@example.org>"
     ": Recipient address rejected: User unknown in local recipient table\n",
     "zoe@example.org", "5.1.1", "", "bounce.recipient_unknown"),
    # only the address in the first sentence, the reply on the next line
    ("Your message to george@contoso.com couldn't be delivered.\nRemote Server returned '554 "
     "5.7.1 <george@contoso.com>: Recipient address rejected: Access denied'\n",
     "george@contoso.com", "5.7.1", "", "send.recipient_rejected"),
]


@pytest.mark.parametrize(("text", "address", "status", "remote", "diagnosis"), TEXT_SHAPES)
def test_pasted_text_shapes(text: str, address: str, status: str, remote: str,
                            diagnosis: str) -> None:
    bounce = parse_bounce(text)
    assert bounce is not None
    assert [r.address for r in bounce.recipients] == [address]
    rec = bounce.recipients[0]
    assert (rec.status, rec.remote_mta) == (status, remote)
    assert not UNCLEAN.search(rec.diagnostic)
    assert rec.diagnostic[:3].isdigit() or rec.reply_code is None
    assert run_bounce(BounceOptions(bounce, "pasted")).steps[1].diagnosis == diagnosis


def test_pasted_delivery_status_fields_keep_the_original_recipient() -> None:
    text = ("Reporting-MTA: dns; mail.example.com\n\nOriginal-Recipient: rfc822;frank@alias."
            "example\nFinal-Recipient: rfc822; frank@example.org\nAction: failed\nStatus: 5.7.1\n"
            "Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.7.1 <frank@example."
            "org>: Recipient address rejected: SPF check failed for 192.0.2.5\n")
    bounce = parse_bounce(text)
    assert bounce is not None and bounce.format == "dsn"
    rec = bounce.recipients[0]
    assert (rec.address, rec.original, rec.remote_mta) == (
        "frank@example.org", "frank@alias.example", "mx.example.org")
    step = run_bounce(BounceOptions(bounce, "pasted")).steps[1]
    assert step.diagnosis == "send.sender_authentication_failed"
    assert step.facts["failed_checks"] == "SPF"
    assert step.facts["original_recipient"] == "frank@alias.example"
