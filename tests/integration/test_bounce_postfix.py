"""A bounce written by the real Postfix (Debian package), read end to end.

Postfix relays four test messages from loopback (tests/support/servers/postfix_bounce.py): to
a server that refuses the recipient with 550 5.1.1, to the same server that refuses the message
after DATA with Gmail's multi-line DMARC reply, to a virtual domain of its own where the user is
unknown, and to a port nobody listens on. It writes a DSN for each and delivers it to
the sender's server, an aiosmtpd sink on loopback; the CLI and the engine read what arrived."""

from __future__ import annotations

import json
import re
import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.checks.bounce import BounceOptions, read_bounce, run_bounce, understood
from tests.support.proc import run_cli
from tests.support.servers.postfix import skip_unless_runnable
from tests.support.servers.postfix_bounce import (
    DOWN,
    LOCAL_UNKNOWN,
    REMOTE_UNKNOWN,
    SENDER,
    BouncingPostfix,
)
from tests.support.servers.smtpd import SmtpServer

pytestmark = pytest.mark.slow

REFUSAL = ("550 5.1.1 <nobody@remote.test>: Recipient address rejected: User unknown in "
           "virtual mailbox table")
#: Gmail's refusal of a message whose From domain fails DMARC (Google "Gmail SMTP errors and
#: codes", 5.7.26), as its multi-line reply.
DMARC_REFUSAL = ("550-5.7.26 Unauthenticated email from sender.test is not accepted due to\r\n"
                 "550-5.7.26 domain's DMARC policy. Please contact the administrator of\r\n"
                 "550 5.7.26 sender.test domain if this was a legitimate mail. - gsmtp")
DMARC_RCPT = "policy@remote.test"


@pytest.fixture(scope="module")
def postfix_bounces() -> Iterator[dict[str, bytes]]:
    """The bounce Postfix wrote for each recipient (raw bytes, as received)."""
    skip_unless_runnable(sasl=False)
    with SmtpServer() as sink, SmtpServer(
            reject_rcpt={re.compile(re.escape(REMOTE_UNKNOWN), re.I): REFUSAL},
            reject_data=DMARC_REFUSAL) as remote, \
            BouncingPostfix(sink.port, remote.port) as postfix:
        recipients = (REMOTE_UNKNOWN, LOCAL_UNKNOWN, DOWN, DMARC_RCPT)
        for rcpt in recipients:
            with smtplib.SMTP("127.0.0.1", postfix.port, timeout=20) as client:
                client.sendmail(SENDER, [rcpt], (
                    f"From: {SENDER}\r\nTo: {rcpt}\r\nSubject: bounce test\r\n"
                    f"Message-ID: <{rcpt.split('@')[0]}-test@sender.test>\r\n\r\nHello.\r\n"))
        try:
            received = sink.wait_for_messages(len(recipients), timeout=60)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}; Postfix's log: {postfix.logs()}") from exc
        by_rcpt: dict[str, bytes] = {}
        for message in received:
            assert message.mail_from in ("<>", "")  # a bounce has the null return path
            for rcpt in recipients:
                if f"<{rcpt}>" in message.data.decode("utf-8", "replace"):
                    by_rcpt[rcpt] = message.data
        assert set(by_rcpt) == set(recipients)
        yield by_rcpt


@pytest.mark.parametrize(("rcpt", "diagnosis"), [
    (REMOTE_UNKNOWN, "bounce.recipient_unknown"),
    (LOCAL_UNKNOWN, "bounce.recipient_unknown"),
    (DOWN, "bounce.remote_unreachable"),
    (DMARC_RCPT, "send.sender_authentication_failed"),
])
def test_real_postfix_bounce_is_explained(postfix_bounces: dict[str, bytes], rcpt: str,
                                          diagnosis: str) -> None:
    bounce = read_bounce(postfix_bounces[rcpt])
    assert bounce is not None
    assert bounce.format == "postfix"
    assert bounce.reporting_mta == BouncingPostfix.HOSTNAME
    assert bounce.original_message_id == f"<{rcpt.split('@')[0]}-test@sender.test>"
    result = run_bounce(BounceOptions(bounce, "postfix"))
    assert understood(result)
    [step] = result.steps[1:]
    assert step.facts["rcpt_to"] == rcpt
    assert step.diagnosis == diagnosis
    assert step.advice is not None and step.advice.fixes


def test_real_postfix_remote_refusal_keeps_the_remote_reply(
        postfix_bounces: dict[str, bytes]) -> None:
    bounce = read_bounce(postfix_bounces[REMOTE_UNKNOWN])
    assert bounce is not None
    [rec] = bounce.recipients
    assert rec.status == "5.1.1" and rec.reply_code == 550
    assert "User unknown in virtual mailbox table" in rec.diagnostic
    assert rec.remote_mta == "127.0.0.1"
    assert rec.phase == "rcpt"


def test_cli_reads_the_real_postfix_bounce(postfix_bounces: dict[str, bytes],
                                          tmp_path: Path) -> None:
    path = tmp_path / "bounce.eml"
    path.write_bytes(postfix_bounces[DOWN])
    code, out, err = run_cli("bounce", str(path), "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["diagnosis"] == "bounce.remote_unreachable"
    assert doc["bounce"]["recipients"][0]["address"] == DOWN


def test_real_postfix_dmarc_refusal_names_the_check_and_the_command(
        postfix_bounces: dict[str, bytes]) -> None:
    bounce = read_bounce(postfix_bounces[DMARC_RCPT])
    assert bounce is not None
    [rec] = bounce.recipients
    assert (rec.status, rec.reply_code, rec.phase) == ("5.7.26", 550, "data")
    assert rec.command == "end of DATA"
    assert rec.diagnostic.startswith("550 5.7.26 Unauthenticated email from sender.test is not "
                                     "accepted due to domain's DMARC policy. Please contact")
    assert "550-" not in rec.diagnostic and "in reply to" not in rec.diagnostic
    step = run_bounce(BounceOptions(bounce, "postfix")).steps[1]
    assert step.facts["failed_checks"] == "DMARC"
    assert step.facts["after_command"] == "end of DATA"
