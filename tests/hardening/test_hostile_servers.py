"""Hostile servers: every one gets a classified result within its deadline, memory stays bounded.

Real loopback peers (``ScriptedServer`` + the handlers in ``tests.support.servers.hostile``), short
timeouts (connect 1 s, reply 2 s, step 5 s). For each case: the failing step and its diagnosis id,
no ``app.internal_error``, a generous time bound, and for the oversized/endless replies the peak of
Python allocations during the run (tracemalloc) under 10 MB.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.core.model import AuthMethod, Security, Status, StopAfter
from app.core.protocol.smtp import MAX_LINE
from app.core.protocol.transcript import MAX_SHOWN
from tests.support.checks import (
    RECIPIENT,
    SENDER,
    describe,
    no_internal_error,
    settings,
    step,
    timed_run,
)
from tests.support.servers import hostile
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import Handler, ScriptedServer

pytestmark = pytest.mark.usefixtures("warm_engine")

MEMORY_BOUND = 10 * 1024 * 1024
REPLY_DEADLINE_BOUND = 2.0 + 1.5  # reply timeout + scheduling slack on a busy 2-core box
STEP_BOUND = 5.0 + 1.5

SEND = {"stop_after": StopAfter.RCPT, "mail_from": SENDER, "rcpt_to": RECIPIENT}
SEND_DATA = {**SEND, "stop_after": StopAfter.DATA}
LOGIN = {"auth": AuthMethod.PLAIN, "username": "alice", "password": "not-the-canary"}



@dataclass(frozen=True)
class Case:
    name: str
    handler: Callable[[TestPki], Handler]
    step: str
    diagnosis: str | None
    status: Status = Status.FAIL
    seconds: float = STEP_BOUND
    memory: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)
    tls: bool = False  # the peer itself is wrapped in TLS by ScriptedServer


def _fixed(handler: Handler) -> Callable[[TestPki], Handler]:
    return lambda _pki: handler


CASES = [
    # oversized and endless replies
    Case("1mb_greeting_line", _fixed(hostile.huge_greeting), "greeting", "smtp.protocol_error",
         memory=True),
    Case("1mb_ehlo_line", _fixed(hostile.huge_ehlo_line), "ehlo", "smtp.protocol_error",
         memory=True),
    Case("1mb_line_over_tls", _fixed(hostile.huge_greeting), "greeting", "smtp.protocol_error",
         memory=True, tls=True, overrides={"security": Security.TLS}),
    Case("endless_multiline_greeting", _fixed(hostile.endless_greeting), "greeting",
         "smtp.protocol_error", memory=True),
    Case("endless_multiline_ehlo", _fixed(hostile.endless_ehlo), "ehlo", "smtp.protocol_error",
         memory=True),
    Case("endless_multiline_ehlo_dripped", _fixed(hostile.endless_ehlo_slow), "ehlo",
         "smtp.reply_timeout", seconds=REPLY_DEADLINE_BOUND, memory=True),
    Case("mixed_codes_in_one_reply",
         _fixed(hostile.wrong_code("EHLO", b"250-ok\r\n251-odd\r\n250 done\r\n")), "ehlo",
         "smtp.protocol_error"),
    # garbage, NUL, invalid UTF-8
    Case("binary_garbage", _fixed(hostile.binary_garbage), "greeting", "smtp.protocol_error"),
    pytest.param(Case("binary_garbage_without_line_end",
                      _fixed(hostile.binary_garbage_no_newline), "greeting",
                      "smtp.protocol_error", seconds=REPLY_DEADLINE_BOUND + 2.0),
                 id="binary_garbage_without_line_end"),
    Case("nul_and_invalid_utf8_in_texts", _fixed(hostile.nul_and_bad_utf8), "quit", None,
         status=Status.PASS),
    Case("nul_inside_the_reply_code", _fixed(hostile.nul_in_code), "greeting",
         "smtp.protocol_error"),
    # resets
    Case("rst_after_ehlo", lambda _p: hostile.reset_after("EHLO"), "ehlo", "smtp.closed"),
    Case("rst_after_mail", lambda _p: hostile.reset_after("MAIL"), "mail", "smtp.closed",
         overrides=SEND),
    Case("rst_after_data", lambda _p: hostile.reset_after("DATA"), "data", "smtp.closed",
         overrides=SEND_DATA),
    Case("rst_after_message", lambda _p: hostile.reset_after("."), "data", "smtp.closed",
         overrides=SEND_DATA),
    # TLS handshakes that stall or break half way
    Case("implicit_tls_stall_after_client_hello", _fixed(hostile.tls_stall_after_client_hello),
         "tls", "tls.handshake_failed", seconds=REPLY_DEADLINE_BOUND,
         overrides={"security": Security.TLS}),
    Case("half_server_hello_then_silence",
         lambda pki: hostile.make_half_server_hello(pki.server_context()), "tls",
         "tls.handshake_failed", seconds=REPLY_DEADLINE_BOUND,
         overrides={"security": Security.TLS}),
    Case("half_server_hello_then_rst",
         lambda pki: hostile.make_half_server_hello(pki.server_context(), "reset"), "tls",
         "tls.handshake_failed", overrides={"security": Security.TLS}),
    Case("starttls_220_then_handshake_stalls", _fixed(hostile.starttls_then_stall_handshake),
         "starttls", "tls.handshake_failed", seconds=REPLY_DEADLINE_BOUND,
         overrides={"security": Security.STARTTLS}),
    Case("starttls_220_then_plain_text", _fixed(hostile.starttls_then_plain), "starttls",
         "smtp.starttls_failed", overrides={"security": Security.STARTTLS}),
    # AUTH accepted, then the server goes away
    Case("auth_235_then_close", _fixed(hostile.auth_ok_then_drop), "mail", "smtp.closed",
         overrides={**LOGIN, **SEND}),
    Case("auth_235_then_rst", _fixed(hostile.auth_ok_then_reset), "mail", "smtp.closed",
         overrides={**LOGIN, **SEND, "auth": AuthMethod.LOGIN}),
    # wrong reply codes for the command
    Case("354_to_ehlo", lambda _p: hostile.wrong_code("EHLO", b"354 go ahead\r\n"), "ehlo",
         "smtp.protocol_error"),
    Case("220_to_ehlo", lambda _p: hostile.wrong_code("EHLO", b"220 hello again\r\n"), "ehlo",
         "smtp.protocol_error"),
    Case("250_to_starttls",
         lambda _p: hostile.make_esmtp({"EHLO": b"250-x.example\r\n250 STARTTLS\r\n",
                                        "STARTTLS": b"250 2.0.0 fine\r\n"}), "starttls",
         "smtp.starttls_failed", overrides={"security": Security.STARTTLS}),
    pytest.param(Case("220_to_mail_from",
                      lambda _p: hostile.wrong_code("MAIL", b"220 hi\r\n"), "mail",
                      "smtp.protocol_error", overrides=SEND),
                 id="220_to_mail_from"),
    pytest.param(Case("334_to_rcpt_to",
                      lambda _p: hostile.wrong_code("RCPT", b"334 VXNlcm5hbWU6\r\n"), "rcpt",
                      "smtp.protocol_error", overrides=SEND),
                 id="334_to_rcpt_to"),
    pytest.param(Case("250_to_data",
                      lambda _p: hostile.wrong_code("DATA", b"250 2.0.0 ok\r\n"), "data",
                      "smtp.protocol_error", overrides=SEND_DATA),
                 id="250_to_data"),
    pytest.param(Case("354_to_auth",
                      lambda _p: hostile.wrong_code("AUTH", b"354 go ahead\r\n"), "auth",
                      "smtp.protocol_error", overrides={**LOGIN, "stop_after": StopAfter.AUTH}),
                 id="354_to_auth"),
    # framing
    Case("greeting_in_one_byte_segments", _fixed(hostile.tiny_segments), "quit", None,
         status=Status.PASS),
]


def _case_id(case: Any) -> str:
    return case.name if isinstance(case, Case) else str(case)


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_hostile_server_is_classified(case: Case, pki: TestPki,
                                      scripted_server_factory: Callable[..., ScriptedServer]
                                      ) -> None:
    server = scripted_server_factory(case.handler(pki),
                                      tls_context=pki.server_context() if case.tls else None)
    overrides = dict(case.overrides)
    if overrides.get("security") in (Security.TLS, Security.STARTTLS):
        overrides.setdefault("ca_file", str(pki.ca_file))
    run = timed_run(settings(server.port, **overrides), trace_memory=case.memory)
    result = run.result
    where = describe(result) + f"\n  took {run.seconds:.2f} s, peak {run.peak_bytes} B"
    no_internal_error(result)
    ended = step(result, case.step)
    assert ended.status is case.status, where
    assert ended.diagnosis == case.diagnosis, where
    assert result.status is case.status, where
    if case.status is Status.FAIL:
        assert result.diagnosis == case.diagnosis, where
        assert ended.advice is not None and ended.advice.id == case.diagnosis, where
        assert ended.summary.strip(), where
    assert run.seconds < case.seconds, where
    if case.memory:
        assert run.peak_bytes < MEMORY_BOUND, where
    # whatever the peer sent, each transcript line stays short and printable
    for line in result.transcript:
        assert len(line.text) <= MAX_SHOWN + 40, where
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", line.text), line.text[:80]
    assert server.errors == [], server.errors


def test_1mb_reply_never_buffers_more_than_a_line(pki: TestPki, scripted_server_factory: Callable[
        ..., ScriptedServer]) -> None:
    """The cap holds: what is kept of the oversized line is a sample, not the megabyte."""
    server = scripted_server_factory(hostile.huge_greeting)
    result = timed_run(settings(server.port)).result
    greeting = step(result, "greeting")
    assert greeting.diagnosis == "smtp.protocol_error"
    assert str(MAX_LINE) in greeting.summary
    assert len(repr(result.to_dict())) < 64 * 1024, "the report carries the oversized line"


def test_nul_and_invalid_utf8_are_escaped_in_the_transcript(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(hostile.nul_and_bad_utf8)
    result = timed_run(settings(server.port)).result
    assert result.status is Status.PASS, describe(result)
    shown = "\n".join(line.text for line in result.transcript)
    assert "\\x00" in shown and "\\xff" in shown
    assert "\x00" not in shown


def test_server_text_cannot_inject_control_characters(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    """A greeting with an ANSI escape (clear screen, set title) and NUL must reach the user
    escaped: summaries and facts are printed to terminals and shown in the GUI as they are."""
    hostile_greeting = b"220 evil.example \x1b[2J\x1b]0;pwned\x07 ESMTP \x00ready\r\n"
    server = scripted_server_factory(hostile.make_esmtp(greeting=hostile_greeting))
    result = timed_run(settings(server.port)).result
    assert result.status is Status.PASS, describe(result)
    rendered = repr([(s.summary, s.facts) for s in result.steps])
    texts = [s.summary for s in result.steps] + [str(s.facts) for s in result.steps]
    for text in texts:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), rendered[:400]


@pytest.mark.parametrize("separate_segment", [False, True], ids=["same_segment", "after_220"])
def test_starttls_injection_is_refused(pki: TestPki, separate_segment: bool,
                                       scripted_server_factory: Callable[..., ScriptedServer]
                                       ) -> None:
    """Bytes the server sends after "220 Ready to start TLS" but before the handshake must never
    be read as replies over TLS (CVE-2011-0411 family): the engine stops at STARTTLS."""
    handler = hostile.make_starttls_injection(pki.server_context(), delay=0.2 if
                                              separate_segment else 0.0)
    server = scripted_server_factory(handler)
    started = time.monotonic()
    result = timed_run(settings(server.port, security=Security.STARTTLS, ca_file=str(pki.ca_file),
                                **LOGIN, stop_after=StopAfter.AUTH)).result
    elapsed = time.monotonic() - started
    where = describe(result)
    no_internal_error(result)
    starttls = step(result, "starttls")
    assert starttls.status is Status.FAIL, where
    assert starttls.diagnosis == "smtp.starttls_failed", where
    assert step(result, "ehlo_tls").status is Status.SKIPPED, where
    assert step(result, "auth").status is Status.SKIPPED, where
    assert elapsed < STEP_BOUND, where
    # nothing after STARTTLS reached the server in the clear, and no AUTH at all
    received = b"".join(bytes(p.received) for p in server.peers)
    after = received.split(b"STARTTLS\r\n", 1)[1]
    assert b"AUTH" not in received and b"EHLO" not in after, received[-200:]
