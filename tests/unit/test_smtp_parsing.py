"""Reply parsing, enhanced status codes, capabilities, redaction: by table and by fuzzing."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.knowledge.replies import classify_auth as classify_auth_reply
from app.core.model import AuthMethod
from app.core.protocol.auth import choose_mechanism
from app.core.protocol.smtp import (
    MalformedReply,
    Reply,
    parse_capabilities,
    parse_enhanced,
    parse_reply_lines,
)
from app.core.protocol.transcript import Transcript, printable, secret_forms


def test_multiline_reply_and_capabilities() -> None:
    reply = parse_reply_lines([b"250-mx.example.com Hello", b"250-SIZE 35882577",
                               b"250-AUTH LOGIN PLAIN XOAUTH2", b"250-8BITMIME",
                               b"250 STARTTLS"])
    assert reply.code == 250
    caps = parse_capabilities(reply)
    assert caps == {"SIZE": "35882577", "AUTH": "LOGIN PLAIN XOAUTH2", "8BITMIME": "",
                    "STARTTLS": ""}


@pytest.mark.parametrize(("line", "code", "enhanced"), [
    (b"535 5.7.8 Username and Password not accepted", 535, "5.7.8"),
    (b"534 5.7.9 Application-specific password required", 534, "5.7.9"),
    (b"535 5.7.139 Authentication unsuccessful", 535, "5.7.139"),
    (b"250 2.0.0 OK", 250, "2.0.0"),
    (b"550 User unknown", 550, ""),
    (b"550 4.1.1 class mismatch is ignored", 550, ""),
    (b"220", 220, ""),
])
def test_enhanced_codes(line: bytes, code: int, enhanced: str) -> None:
    reply = parse_reply_lines([line])
    assert (reply.code, reply.enhanced) == (code, enhanced)


@pytest.mark.parametrize("lines", [
    [b"HTTP/1.1 400 Bad Request"], [b"25 short"], [b"250-first", b"251 second"],
    [b"250 a", b"250 b"], [b"999 nine"], [b"SSH-2.0-OpenSSH_9.2"], [b"250x"],
])
def test_malformed_replies(lines: list[bytes]) -> None:
    with pytest.raises(MalformedReply):
        parse_reply_lines(lines)


@given(st.lists(st.binary(max_size=300), min_size=1, max_size=20))
@settings(max_examples=300)
def test_parser_never_raises_anything_but_malformed(lines: list[bytes]) -> None:
    try:
        reply = parse_reply_lines(lines)
    except MalformedReply:
        return
    assert 200 <= reply.code < 600 and len(reply.lines) == len(lines)


@given(st.text(max_size=40))
def test_enhanced_parser_total(text: str) -> None:
    result = parse_enhanced(text)
    assert result == "" or (result[0] in "245" and result.count(".") == 2)


def _reply(text: str) -> Reply:
    return parse_reply_lines([text.encode()])


@pytest.mark.parametrize(("text", "tls", "diagnosis"), [
    ("235 2.7.0 Authentication successful", True, None),
    ("535 5.7.8 Bad credentials", True, "auth.failed"),
    ("535 5.7.3 Authentication unsuccessful", True, "auth.failed"),
    ("534 5.7.9 Application-specific password required", True, "auth.app_password_required"),
    ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled", True,
     "auth.disabled"),
    ("530 5.7.0 Must issue a STARTTLS command first", False, "auth.encryption_required"),
    ("538 5.7.11 Encryption required", False, "auth.encryption_required"),
    ("504 5.5.4 Unrecognized authentication type", True, "auth.mechanism_unsupported"),
])
def test_auth_reply_classification(text: str, tls: bool, diagnosis: str | None) -> None:
    assert classify_auth_reply(_reply(text), tls) == diagnosis


def test_auto_mechanism_is_the_strongest_offered() -> None:
    assert choose_mechanism(AuthMethod.AUTO, ["LOGIN", "PLAIN", "CRAM-MD5"], False) is \
        AuthMethod.CRAM_MD5
    assert choose_mechanism(AuthMethod.AUTO, ["LOGIN", "PLAIN"], False) is AuthMethod.PLAIN
    assert choose_mechanism(AuthMethod.AUTO, ["XOAUTH2", "LOGIN"], True) is AuthMethod.XOAUTH2
    with pytest.raises(LookupError):
        choose_mechanism(AuthMethod.CRAM_MD5, ["PLAIN"], False)


@given(user=st.text(min_size=1, max_size=20).filter(lambda s: "\0" not in s),
       password=st.text(min_size=6, max_size=40))
@settings(max_examples=200)
def test_auth_plain_payload_never_survives_redaction(user: str, password: str) -> None:
    transcript = Transcript([password])
    plain = base64.b64encode(f"\0{user}\0{password}".encode("utf-8", "surrogateescape")).decode()
    login = base64.b64encode(password.encode("utf-8", "surrogateescape")).decode()
    for text in (f"AUTH PLAIN {plain}", login, f"xx {password} yy"):
        transcript.add("C", text)
    shown = " ".join(line.text for line in transcript.since(0))
    assert password not in shown
    assert plain not in shown and login not in shown


def test_secret_forms_include_base64() -> None:
    forms = secret_forms("hunter22")
    assert "hunter22" in forms and base64.b64encode(b"hunter22").decode() in forms


def test_printable_escapes_binary_and_caps_length() -> None:
    assert printable(b"220 \x00\xff ok") == "220 \\x00\\xff ok"
    assert len(printable(b"5" * 100_000)) < 1100
