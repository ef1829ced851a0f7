"""Hostile IMAP peers for the delivery proof: after a real DATA (aiosmtpd), the mailbox to watch
is a scripted peer that is silent, drips its greeting, floods a line, or answers every command
with junk. Each ends in a classified failure within the watch's deadline, never a hang or a
traceback, and the mailbox password appears in no output."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from app.core.checks.connection import run_check
from app.core.model import RunResult, Security, ServerSettings, Status, StopAfter
from tests.support.canary import assert_no_secret
from tests.support.checks import FAST, describe, step
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import Peer, ScriptedServer, make_slow_drip, silent
from tests.support.servers.smtpd import CANARY_PASSWORD, SmtpServer

WATCH_S = 2.0
# the watch, plus the grace a command begun before its end may take (the reply timeout)
BOUND_S = WATCH_S + FAST.reply + 3.0


def flood(peer: Peer) -> None:
    """A greeting line that never ends (more than the 1 MiB line cap)."""
    chunk = b"* OK " + b"A" * 65536
    for _ in range(40):
        if not peer.send(chunk) or peer.sleep(0.01):
            return
    peer.hold()


JUNK_LIST = [
    b'* LIST (\\Junk) "/" "Sp\\"am\\\\x"',
    b'* LIST (\\Noselect) "/" Trash',
    b"* LIST (\\HasNoChildren) NIL {5}",  # a literal we never send
    b"* LIST ((((\\Junk",
    b'* LIST () "/" "&ZeVnLIqe-"',  # modified UTF-7
    b"* LIST (\\Junk) \"/\" \"" + b"x" * 5000 + b"\"",
    "* LIST () \"/\" \"Spam\u202e\"".encode(),
]


def junk_imap(peer: Peer) -> None:
    """Greets, lets anyone log in, then answers with odd lists and never finds anything."""
    peer.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] junk ready\r\n")
    while True:
        line = peer.read_line(10)
        if line is None:
            return
        tag, _, rest = line.strip().partition(b" ")
        verb = rest.split(b" ", 1)[0].upper()
        if verb == b"AUTHENTICATE":
            peer.send(b"+ \r\n")
            peer.read_line(5)
        elif verb == b"LIST":
            peer.send(b"\r\n".join(JUNK_LIST) + b"\r\n")
        elif verb == b"UID":
            peer.send(b"* SEARCH not-a-number 7x\r\n")
        elif verb == b"CAPABILITY":
            peer.send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
        elif verb == b"LOGOUT":
            peer.send(b"* BYE\r\n" + tag + b" OK bye\r\n")
            return
        peer.send(tag + b" OK " + verb + b" \x1b[31mdone\r\n")


def _settings(smtp: SmtpServer, imap_port: int, **overrides: Any) -> ServerSettings:
    s = ServerSettings(host="127.0.0.1", port=smtp.port, security=Security.NONE,
                       mail_from="alice@example.com", rcpt_to="bob@example.com",
                       stop_after=StopAfter.DATA, timeouts=FAST,
                       watch_imap=f"imap://bob@127.0.0.1:{imap_port}",
                       imap_password=CANARY_PASSWORD, watch_timeout=WATCH_S)
    return replace(s, **overrides)


def _run(s: ServerSettings) -> tuple[RunResult, float]:
    t0 = time.monotonic()
    result = run_check(s)
    elapsed = time.monotonic() - t0
    assert step(result, "data").status is Status.PASS, describe(result)
    assert_no_secret(json.dumps(result.to_dict()))
    return result, elapsed


@pytest.mark.parametrize("handler", [silent, make_slow_drip(b"* OK slow IMAP\r\n", 0.5), flood],
                         ids=["silent", "drip", "flood"])
def test_broken_imap_server_is_a_classified_failure_in_time(
        smtp_plain: SmtpServer, scripted_server_factory: Callable[..., ScriptedServer],
        handler: Callable[[Peer], None]) -> None:
    peer = scripted_server_factory(handler)
    s = _settings(smtp_plain, peer.port, security=Security.NONE,
                  watch_imap=f"imaps://bob@127.0.0.1:{peer.port}" if handler is silent
                  else f"imap://bob@127.0.0.1:{peer.port}")
    result, elapsed = _run(s)
    watch = step(result, "watch")
    assert watch.status is Status.FAIL, describe(result)
    assert watch.diagnosis in ("delivery.imap_failed", "tls.handshake_failed"), describe(result)
    assert elapsed < BOUND_S + 2, elapsed


def test_junk_answers_never_crash_and_end_as_not_arrived(
        smtp_plain: SmtpServer, scripted_server_factory: Callable[..., ScriptedServer],
        pki: TestPki) -> None:
    """Over IMAPS (the peer's certificate trusted through the CA file), every answer is odd:
    folder names with quotes, escapes, bidi controls, a literal never sent, a SEARCH of words.
    The watch looks again and again and ends as "did not arrive", with the text cleaned."""
    peer = scripted_server_factory(junk_imap, tls_context=pki.server_context("valid"))
    result, elapsed = _run(_settings(smtp_plain, peer.port, ca_file=str(pki.ca_file),
                                     watch_imap=f"imaps://bob@localhost:{peer.port}"))
    watch = step(result, "watch")
    assert watch.diagnosis == "delivery.not_arrived", describe(result)
    assert watch.facts["looks"] >= 2
    assert watch.facts["folders_watched"][1] == 'Sp"am\\x'  # quoted name read whole
    assert all(len(name) <= 81 for name in watch.facts["folders_watched"])
    assert "Junk" not in watch.facts["folders_watched"][:1]  # Inbox first
    assert elapsed < BOUND_S + 2
    for text in (watch.summary, json.dumps(watch.facts)):
        assert "\x1b" not in text and "\u202e" not in text
