"""One exception tree by phase, and the single place that maps low-level errors to diagnosis ids.

Classification uses exception types and errno values (POSIX names resolved on the running platform,
plus the fixed Windows WSA numbers), never message text.
"""

from __future__ import annotations

import enum
import errno
import socket
import ssl
from typing import Any, Self, TypeVar

from .text.i18n import msg

T = TypeVar("T")


class CheckFailure(Exception):
    """A step ended in a classified failure. ``summary`` is one plain sentence, shown to users.

    Code that reacts to a failure branches on its class (and the kinds below), never on the
    ``diagnosis`` string: that is the public id for users, reports and the knowledge base.
    """

    def __init__(self, diagnosis: str, summary: str, facts: dict[str, Any] | None = None,
                 *, warn: bool = False) -> None:
        super().__init__(f"{diagnosis}: {summary}")
        self.diagnosis = diagnosis
        self.summary = summary
        self.facts = facts or {}
        self.warn = warn

    def replace(self, *, diagnosis: str | None = None, summary: str | None = None,
                facts: dict[str, Any] | None = None) -> Self:
        """A copy of the same class (so handlers still see what kind it is), with changes."""
        clone = type(self).__new__(type(self))  # not copy.copy: it re-runs __init__ on args
        clone.__dict__.update(self.__dict__)
        clone.diagnosis = self.diagnosis if diagnosis is None else diagnosis
        clone.summary = self.summary if summary is None else summary
        clone.facts = dict(self.facts if facts is None else facts)
        clone.args = (f"{clone.diagnosis}: {clone.summary}",)
        return clone


class ResolveError(CheckFailure):
    pass


class ConnectKind(enum.Enum):
    """Why a TCP connect failed; the value is the diagnosis id."""

    REFUSED = "tcp.refused"
    TIMEOUT = "tcp.timeout"
    UNREACHABLE = "tcp.unreachable"


class ConnectError(CheckFailure):
    def __init__(self, kind: ConnectKind, summary: str,
                 facts: dict[str, Any] | None = None) -> None:
        super().__init__(kind.value, summary, facts)
        self.kind = kind


class TLSFailure(CheckFailure):
    """The TLS handshake failed; this class itself is the generic case (``tls.handshake_failed``:
    a handshake error that is none of the kinds below, or the server hung up during it)."""


class CertProblem(enum.Enum):
    """What is wrong with a certificate; the value is the diagnosis id."""

    UNTRUSTED = "tls.cert_untrusted"
    EXPIRED = "tls.cert_expired"
    NOT_YET_VALID = "tls.cert_not_yet_valid"
    HOSTNAME_MISMATCH = "tls.cert_hostname_mismatch"
    INTERCEPTED = "tls.cert_intercepted"  # untrusted, issued by an interception product


class CertificateRejected(TLSFailure):
    """Verification refused the server's certificate (the server does speak TLS)."""

    def __init__(self, problem: CertProblem, summary: str,
                 facts: dict[str, Any] | None = None) -> None:
        super().__init__(problem.value, summary, facts)

    @property
    def problem(self) -> CertProblem:
        return CertProblem(self.diagnosis)


class NotTLS(TLSFailure):
    """The peer answered the handshake with something that is not TLS (it speaks plain text)."""

    def __init__(self, summary: str, facts: dict[str, Any] | None = None) -> None:
        super().__init__("tls.expected_plaintext", summary, facts)


class OldProtocol(TLSFailure):
    """No TLS version in common: the server offers only versions older than we accept."""

    def __init__(self, summary: str, facts: dict[str, Any] | None = None) -> None:
        super().__init__("tls.old_protocol", summary, facts)


class HandshakeStalled(TLSFailure):
    """The handshake did not finish before its deadline."""

    def __init__(self, summary: str, facts: dict[str, Any] | None = None) -> None:
        super().__init__("tls.handshake_failed", summary, {"stalled": True, **(facts or {})})


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


def _by_code(exc: BaseException, table: tuple[tuple[frozenset[int], T], ...], default: T) -> T:
    code = os_error_code(exc)
    return next((kind for codes, kind in table if code in codes), default)


_CONNECT_CODES = ((REFUSED, ConnectKind.REFUSED), (TIMED_OUT, ConnectKind.TIMEOUT),
                  (UNREACHABLE, ConnectKind.UNREACHABLE))
_GAI_CODES = ((DNS_NOT_FOUND, "dns.not_found"), (DNS_NO_ADDRESS, "dns.no_address"),
              (DNS_TEMPORARY, "dns.timeout"), (DNS_FAILURE, "dns.failure"))


def connect_kind(exc: BaseException) -> ConnectKind:
    """Refused / timed out / unreachable, for an error raised by connect()."""
    if isinstance(exc, ConnectionRefusedError):
        return ConnectKind.REFUSED
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return ConnectKind.TIMEOUT
    return _by_code(exc, _CONNECT_CODES, ConnectKind.UNREACHABLE)


def classify_connect_error(exc: BaseException) -> str:
    """tcp.refused / tcp.timeout / tcp.unreachable for an error raised by connect()."""
    return connect_kind(exc).value


def classify_gai_error(exc: BaseException) -> str:
    """dns.* for a getaddrinfo error (socket.gaierror on POSIX, WSA 11001-11004 on Windows)."""
    return _by_code(exc, _GAI_CODES, "dns.failure")


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


def cert_problem(code: int | None) -> CertProblem:
    """The certificate problem for an OpenSSL verify code."""
    if code == VERIFY_EXPIRED:
        return CertProblem.EXPIRED
    if code == VERIFY_NOT_YET_VALID:
        return CertProblem.NOT_YET_VALID
    if code in VERIFY_HOSTNAME_MISMATCH:
        return CertProblem.HOSTNAME_MISMATCH
    return CertProblem.UNTRUSTED


def tls_failure(exc: BaseException) -> TLSFailure:
    """The classified failure for an error raised by a TLS handshake (the one mapping point)."""
    facts: dict[str, Any] = {}
    if isinstance(exc, ssl.SSLError):
        facts = {"ssl_reason": getattr(exc, "reason", None) or "",
                 "ssl_library": getattr(exc, "library", None) or ""}
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = getattr(exc, "verify_code", None)
        message = getattr(exc, "verify_message", None) or ""
        facts["verify_code"] = code
        facts["verify_message"] = message
        return CertificateRejected(cert_problem(code),
                                   msg("The server's certificate was rejected: {reason}",
                                       reason=message), facts)
    reason = getattr(exc, "reason", None) or ""
    if isinstance(exc, ssl.SSLError) and reason in NOT_TLS_REASONS:
        return NotTLS(msg("The server did not answer with TLS (it seems to speak plain text)"),
                      facts)
    if isinstance(exc, ssl.SSLError) and reason in OLD_PROTOCOL_REASONS:
        return OldProtocol(msg("The server and this app share no TLS version (the server's TLS "
                               "is too old)"), facts)
    return TLSFailure("tls.handshake_failed",
                      msg("The TLS handshake failed ({reason})",
                          reason=reason or type(exc).__name__), facts)


def classify_tls_error(exc: BaseException) -> str:
    """The diagnosis for an error raised by a TLS handshake."""
    return tls_failure(exc).diagnosis


# --- proxies --------------------------------------------------------------------------------------

class ProxyProblem(enum.Enum):
    """What went wrong with the proxy itself (not the server behind it); the value is the id."""

    UNREACHABLE = "proxy.unreachable"
    AUTH_REQUIRED = "proxy.auth_required"
    AUTH_FAILED = "proxy.auth_failed"
    PORT_REFUSED = "proxy.port_refused"
    DNS_FAILED = "proxy.dns_failed"
    PROTOCOL_MISMATCH = "proxy.protocol_mismatch"


class ProxyFailure(CheckFailure):
    """The proxy a run goes through failed or refused; failures of the server behind the proxy
    (refused, silent, unreachable) stay :class:`ConnectError` with a ``proxy`` fact."""

    def __init__(self, problem: ProxyProblem, summary: str,
                 facts: dict[str, Any] | None = None) -> None:
        super().__init__(problem.value, summary, facts)

    @property
    def problem(self) -> ProxyProblem:
        return ProxyProblem(self.diagnosis)
