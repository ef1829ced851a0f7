"""Classification by exception type and errno (POSIX names and Windows WSA numbers), by table."""

from __future__ import annotations

import errno
import socket
import ssl

import pytest

from app.core import errors as e


def _os(code: int) -> OSError:
    return OSError(code, "text that must not matter")


def _winerr(code: int) -> OSError:
    exc = OSError(code, "text that must not matter")
    exc.winerror = code  # type: ignore[attr-defined]  # what Windows sets on socket errors
    return exc


CONNECT_TABLE = [
    (ConnectionRefusedError(errno.ECONNREFUSED, "x"), "tcp.refused"),
    (_os(errno.ECONNREFUSED), "tcp.refused"),
    (_winerr(10061), "tcp.refused"),
    (TimeoutError("timed out"), "tcp.timeout"),
    (TimeoutError("timed out"), "tcp.timeout"),
    (_os(errno.ETIMEDOUT), "tcp.timeout"),
    (_winerr(10060), "tcp.timeout"),
    (_os(errno.ENETUNREACH), "tcp.unreachable"),
    (_os(errno.EHOSTUNREACH), "tcp.unreachable"),
    (_os(errno.EADDRNOTAVAIL), "tcp.unreachable"),
    (_winerr(10051), "tcp.unreachable"),
    (_winerr(10065), "tcp.unreachable"),
    (_winerr(10050), "tcp.unreachable"),
]


@pytest.mark.parametrize(("exc", "expected"), CONNECT_TABLE)
def test_connect_errors(exc: BaseException, expected: str) -> None:
    assert e.classify_connect_error(exc) == expected


GAI_TABLE = [
    (socket.gaierror(socket.EAI_NONAME, "x"), "dns.not_found"),
    (socket.gaierror(socket.EAI_AGAIN, "x"), "dns.timeout"),
    (socket.gaierror(socket.EAI_FAIL, "x"), "dns.failure"),
    (_winerr(11001), "dns.not_found"),
    (_winerr(11002), "dns.timeout"),
    (_winerr(11003), "dns.failure"),
    (_winerr(11004), "dns.no_address"),
]
if hasattr(socket, "EAI_NODATA"):
    GAI_TABLE.append((socket.gaierror(socket.EAI_NODATA, "x"), "dns.no_address"))


@pytest.mark.parametrize(("exc", "expected"), GAI_TABLE)
def test_getaddrinfo_errors(exc: BaseException, expected: str) -> None:
    assert e.classify_gai_error(exc) == expected


@pytest.mark.parametrize(("code", "expected"), [
    (9, "tls.cert_not_yet_valid"), (10, "tls.cert_expired"), (62, "tls.cert_hostname_mismatch"),
    (18, "tls.cert_untrusted"), (19, "tls.cert_untrusted"), (20, "tls.cert_untrusted"),
])
def test_verify_codes(code: int, expected: str) -> None:
    exc = ssl.SSLCertVerificationError(1, "x")
    exc.verify_code = code
    assert e.classify_tls_error(exc) == expected


@pytest.mark.parametrize(("reason", "expected"), [
    ("WRONG_VERSION_NUMBER", "tls.expected_plaintext"),
    ("RECORD_LAYER_FAILURE", "tls.expected_plaintext"),
    ("UNSUPPORTED_PROTOCOL", "tls.old_protocol"),
    ("TLSV1_ALERT_PROTOCOL_VERSION", "tls.old_protocol"),
    ("SSLV3_ALERT_HANDSHAKE_FAILURE", "tls.handshake_failed"),
])
def test_ssl_reasons(reason: str, expected: str) -> None:
    exc = ssl.SSLError(1, "x")
    exc.reason = reason  # type: ignore[misc]
    assert e.classify_tls_error(exc) == expected


@pytest.mark.parametrize("exc", [ConnectionResetError(), BrokenPipeError(), _winerr(10054),
                                 _winerr(10053), ssl.SSLEOFError()])
def test_connection_lost(exc: BaseException) -> None:
    assert e.is_connection_lost(exc)


def test_message_text_is_ignored() -> None:
    assert e.classify_connect_error(OSError(errno.ECONNREFUSED, "timed out")) == "tcp.refused"
    assert e.classify_connect_error(OSError(errno.ETIMEDOUT, "refused")) == "tcp.timeout"
