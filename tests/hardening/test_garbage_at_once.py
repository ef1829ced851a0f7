"""Bytes that cannot start an SMTP reply are named at once (`smtp.protocol_error`), not after the
reply timeout: a peer sends a little non-SMTP text with no line end and keeps the connection open.
The reply timeout is 10 s; the bound of 5 s proves the read was cut off before its deadline."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from app.core.model import Timeouts
from tests.support.checks import describe, no_internal_error, settings, step, timed_run
from tests.support.servers.scripted import Handler, Peer, ScriptedServer

LONG_REPLY = Timeouts(connect=2, reply=10, step=20, dns=2)
BOUND = 5.0
HTTP = b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html>bad"
BINARY = bytes(b for b in random.Random(11).randbytes(200) if b not in b"\r\n0123456789")[:100]


def _then_hold(*chunks: bytes) -> Handler:
    def handler(peer: Peer) -> None:
        for chunk in chunks:
            if not peer.send(chunk) or peer.sleep(0.05):
                return
        peer.hold()

    return handler


def _after_greeting(data: bytes) -> Handler:
    def handler(peer: Peer) -> None:
        if peer.send(b"220 odd.example ESMTP\r\n") and peer.read_line() is not None:
            _then_hold(data)(peer)

    return handler


CASES: list[tuple[str, Handler, str]] = [
    ("http_text_as_greeting", _then_hold(HTTP[:100].replace(b"\r\n", b" ")), "greeting"),
    ("http_status_line_without_line_end", _then_hold(b"HTTP/1.1 400 Bad Request"), "greeting"),
    ("random_binary_as_greeting", _then_hold(BINARY), "greeting"),
    ("a_letter_after_two_digits", _then_hold(b"22x"), "greeting"),
    ("code_not_followed_by_space", _then_hold(b"220x ready"), "greeting"),
    ("code_dripped_then_a_letter", _then_hold(b"2", b"2", b"0", b"!"), "greeting"),
    ("http_text_as_ehlo_reply", _after_greeting(HTTP[:100].replace(b"\r\n", b" ")), "ehlo"),
]


@pytest.mark.parametrize(("name", "handler", "step_id"), CASES, ids=[c[0] for c in CASES])
def test_non_smtp_bytes_are_a_protocol_error_at_once(
        name: str, handler: Handler, step_id: str,
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(handler)
    run = timed_run(settings(server.port, timeouts=LONG_REPLY))
    no_internal_error(run.result)
    assert step(run.result, step_id).diagnosis == "smtp.protocol_error", describe(run.result)
    assert run.seconds < BOUND, (run.seconds, describe(run.result))
