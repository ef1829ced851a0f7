"""One exception tree by phase, and the single place that maps low-level errors to diagnosis ids.

Classification uses exception types and errno values (POSIX names resolved on the running platform,
plus the fixed Windows WSA numbers), never message text.
"""

from __future__ import annotations

import errno
import socket
import ssl
from typing import Any


class CheckFailure(Exception):
    """A step ended in a classified failure. ``summary`` is one plain sentence, shown to users."""

    def __init__(self, diagnosis: str, summary: str, facts: dict[str, Any] | None = None,
                 *, warn: bool = False) -> None:
        super().__init__(f"{diagnosis}: {summary}")
        self.diagnosis = diagnosis
        self.summary = summary
        self.facts = facts or {}
        self.warn = warn


class ResolveError(CheckFailure):
    pass


class ConnectError(CheckFailure):
    pass


class TLSFailure(CheckFailure):
    pass


class ProtocolFailure(CheckFailure):
    """The SMTP conversation broke: timeout, hang-up, garbage, or an unexpected reply."""


# --- errno tables -------------------------------------------------------------------------------

def _codes(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, n) for n in names if hasattr(errno, n))


# Windows Sockets error codes (winerror / errno on Windows). Fixed numbers on every Windows.
WSAECONNREFUSED = 10061
WSAETIMEDOUT = 10060
WSAENETUNREACH = 10051
WSAEHOSTUNREACH = 10065
WSAENETDOWN = 10050
WSAEHOSTDOWN = 10064
WSAEADDRNOTAVAIL = 10049
WSAECONNRESET = 10054
WSAECONNABORTED = 10053
WSAESHUTDOWN = 10058
WSAHOST_NOT_FOUND = 11001
WSATRY_AGAIN = 11002
WSANO_RECOVERY = 11003
WSANO_DATA = 11004

REFUSED = _codes("ECONNREFUSED") | {WSAECONNREFUSED}
TIMED_OUT = _codes("ETIMEDOUT") | {WSAETIMEDOUT}
UNREACHABLE = _codes("ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN", "EADDRNOTAVAIL") | {
    WSAENETUNREACH, WSAEHOSTUNREACH, WSAENETDOWN, WSAEHOSTDOWN, WSAEADDRNOTAVAIL}
RESET = _codes("ECONNRESET", "ECONNABORTED", "EPIPE", "ESHUTDOWN", "ENOTCONN") | {
    WSAECONNRESET, WSAECONNABORTED, WSAESHUTDOWN}


def _eai(*names: str) -> frozenset[int]:
    return frozenset(getattr(socket, n) for n in names if hasattr(socket, n))


DNS_NOT_FOUND = _eai("EAI_NONAME") | {WSAHOST_NOT_FOUND}
DNS_NO_ADDRESS = _eai("EAI_NODATA", "EAI_ADDRFAMILY") | {WSANO_DATA}
DNS_TEMPORARY = _eai("EAI_AGAIN") | {WSATRY_AGAIN}
DNS_FAILURE = _eai("EAI_FAIL") | {WSANO_RECOVERY}


def os_error_code(exc: BaseException) -> int | None:
    """The errno of an OSError, preferring Windows' winerror when present."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int):
        return winerror
    code = getattr(exc, "errno", None)
    return code if isinstance(code, int) else None


# The order matters where tables overlap on some platform: the first match wins.
CONNECT_CODES: tuple[tuple[frozenset[int], str], ...] = (
    (REFUSED, "tcp.refused"), (TIMED_OUT, "tcp.timeout"), (UNREACHABLE, "tcp.unreachable"))
GAI_CODES: tuple[tuple[frozenset[int], str], ...] = (
    (DNS_NOT_FOUND, "dns.not_found"), (DNS_NO_ADDRESS, "dns.no_address"),
    (DNS_TEMPORARY, "dns.timeout"), (DNS_FAILURE, "dns.failure"))


def _by_code(exc: BaseException, table: tuple[tuple[frozenset[int], str], ...],
             default: str) -> str:
    code = os_error_code(exc)
    return next((diagnosis for codes, diagnosis in table if code in codes), default)


def classify_connect_error(exc: BaseException) -> str:
    """tcp.refused / tcp.timeout / tcp.unreachable for an error raised by connect()."""
    if isinstance(exc, ConnectionRefusedError):
        return "tcp.refused"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "tcp.timeout"
    return _by_code(exc, CONNECT_CODES, "tcp.unreachable")


def classify_gai_error(exc: BaseException) -> str:
    """dns.* for a getaddrinfo error (socket.gaierror on POSIX, WSA 11001-11004 on Windows)."""
    return _by_code(exc, GAI_CODES, "dns.failure")


def is_connection_lost(exc: BaseException) -> bool:
    """True for errors that mean the peer hung up (EOF, reset, broken pipe)."""
    if isinstance(exc, (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return True
    return os_error_code(exc) in RESET


# --- TLS ------------------------------------------------------------------------------------------

# OpenSSL verify codes (X509_V_ERR_*), as carried by ssl.SSLCertVerificationError.verify_code.
VERIFY_NOT_YET_VALID = 9
VERIFY_EXPIRED = 10
VERIFY_HOSTNAME_MISMATCH = frozenset({62, 63, 64})  # host name, email, IP address mismatch

# ssl.SSLError.reason values meaning "the other side is not speaking TLS at all".
NOT_TLS_REASONS = frozenset({
    "WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG",
    "UNKNOWN_PROTOCOL", "WRONG_SSL_VERSION", "RECORD_TOO_LARGE",
})
# ...meaning "we share no protocol version" (the server only offers old TLS).
OLD_PROTOCOL_REASONS = frozenset({
    "UNSUPPORTED_PROTOCOL", "TLSV1_ALERT_PROTOCOL_VERSION", "NO_PROTOCOLS_AVAILABLE",
    "VERSION_TOO_LOW",
})


def classify_verify_code(code: int | None) -> str:
    if code == VERIFY_EXPIRED:
        return "tls.cert_expired"
    if code == VERIFY_NOT_YET_VALID:
        return "tls.cert_not_yet_valid"
    if code in VERIFY_HOSTNAME_MISMATCH:
        return "tls.cert_hostname_mismatch"
    return "tls.cert_untrusted"


def classify_tls_error(exc: BaseException) -> str:
    """The diagnosis for an error raised by a TLS handshake."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return classify_verify_code(exc.verify_code)
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or ""
        if reason in NOT_TLS_REASONS:
            return "tls.expected_plaintext"
        if reason in OLD_PROTOCOL_REASONS:
            return "tls.old_protocol"
    return "tls.handshake_failed"
