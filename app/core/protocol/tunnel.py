"""Proxies: every connection of a run through a SOCKS5 or HTTP CONNECT proxy, or the system's.

The handshakes are python-socks' (SOCKS5 with username/password, RFC 1928/1929; HTTP CONNECT with
basic auth). We keep the socket: it is opened by :func:`net.connect_first` (Happy Eyeballs to the
proxy, registered with the run's CancelToken, so Cancel closes it mid-handshake), and python-socks
talks over :class:`_Stream`, which sets the socket timeout to what is left of the deadline before
every read (a proxy that drips one byte a second still ends on time) and reads an HTTP reply head
up to its blank line and not one byte further (the server's greeting that follows stays in the
socket for the SMTP conversation).

Failures of the proxy itself are :class:`ProxyFailure` (``proxy.*``); a server behind the proxy
that refuses, stays silent or is unreachable is still a :class:`ConnectError` (``tcp.*``) with a
``proxy`` fact, so every tool reports the server's port the same way with or without a proxy.
Classification uses the reply bytes and codes (SOCKS5 reply codes, HTTP status codes), never text.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import time
from typing import Any

from python_socks import ProxyType
from python_socks._abc import SyncResolver, SyncSocketStream  # the connectors' interfaces
from python_socks._connectors.factory_sync import create_connector
from python_socks._errors import IncompleteReadError
from python_socks._protocols.errors import ReplyError
from python_socks._types import ResolvedAddress

from ..cancel import Cancelled, CancelToken
from ..errors import CheckFailure, ConnectError, ConnectKind, ProxyFailure, ProxyProblem
from ..model import IPVersion, Proxy, ProxyScheme
from ..text.i18n import msg

#: The longest HTTP reply head we read from a proxy.
MAX_HEAD = 16384

_SOCKS_VERSION = 5
_METHOD_USERPASS = 0x02
_NO_ACCEPTABLE = 0xFF
# RFC 1928 section 6 reply codes.
_GENERAL_FAILURE, _NOT_ALLOWED, _NET_UNREACHABLE, _HOST_UNREACHABLE = 1, 2, 3, 4
_REFUSED, _TTL_EXPIRED, _CMD_UNSUPPORTED, _ATYPE_UNSUPPORTED = 5, 6, 7, 8


class _Stream(SyncSocketStream):
    """python-socks' stream over our socket: every read bounded by the deadline; what the proxy
    sent is kept (the phase a failure happened in is read from it)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline
        self.writes = 0
        self.received = bytearray()

    def _left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(errno.ETIMEDOUT, "timed out")
        return left

    def write(self, data: bytes) -> None:
        self.sock.settimeout(self._left())
        self.sock.sendall(data)
        self.writes += 1

    def _recv(self, n: int) -> bytes:
        self.sock.settimeout(self._left())
        chunk = self.sock.recv(n)
        if not chunk:
            raise IncompleteReadError("the proxy closed the connection")
        self.received += chunk
        return chunk

    def read_exactly(self, n: int) -> bytes:
        data = bytearray()
        while len(data) < n:
            data += self._recv(n - len(data))
        return bytes(data)

    def read(self, max_bytes: int = MAX_HEAD) -> bytes:
        """An HTTP reply head, byte by byte up to its blank line (nothing after it is taken)."""
        head = bytearray()
        while not head.endswith(b"\r\n\r\n") and len(head) < min(max_bytes, MAX_HEAD):
            head += self._recv(1)
            if not b"HTTP/".startswith(bytes(head[:5])):
                break  # not an HTTP reply: stop here, the caller says so
        return bytes(head)

    def close(self) -> None:
        self.sock.close()


def open_tunnel(proxy: Proxy, host: str, port: int, timeout: float,
                cancel: CancelToken | None = None, *, deadline: float | None = None,
                nameserver: str = "") -> socket.socket:
    """A socket to ``host``:``port`` through ``proxy`` (not SYSTEM: see :func:`effective`).

    ``host`` is an IP address, or a name the proxy resolves (socks5h, http). Raises
    ProxyFailure, ConnectError (the server behind the proxy) or Cancelled."""
    from .net import connect_first, resolve

    end = time.monotonic() + timeout if deadline is None else min(deadline,
                                                                   time.monotonic() + timeout)
    facts: dict[str, Any] = {"proxy": proxy.display()}
    if proxy.source:
        facts["proxy_source"] = proxy.source
    try:
        addresses = resolve(proxy.host, proxy.port, IPVersion.AUTO,
                            max(0.001, end - time.monotonic()), nameserver, cancel)
        sock, _address, _attempts = connect_first(addresses, proxy.port,
                                                  max(0.001, end - time.monotonic()), cancel,
                                                  deadline=end)
    except CheckFailure as exc:
        raise ProxyFailure(ProxyProblem.UNREACHABLE,
                           msg("The proxy {proxy} could not be reached: {error}",
                               proxy=proxy.display(), error=exc.summary),
                           {**facts, "proxy_error": exc.diagnosis}) from None
    stream = _Stream(sock, end)
    has_credentials = _has_credentials(proxy)
    connector = create_connector(
        proxy_type=ProxyType.HTTP if proxy.scheme is ProxyScheme.HTTP else ProxyType.SOCKS5,
        username=proxy.username if has_credentials else None,
        password=proxy.password if has_credentials else None,
        rdns=True,  # a name reaches here only when the proxy is to resolve it
        resolver=_NoResolver())
    try:
        connector.connect(stream=stream, host=host, port=port)
    except (ReplyError, IncompleteReadError, OSError, AssertionError) as exc:
        _close(sock, cancel)
        if cancel is not None and cancel.cancelled:
            raise Cancelled() from None
        raise _failure(exc, proxy, stream, host, port, facts, end, nameserver,
                       cancel) from None
    except BaseException:
        _close(sock, cancel)
        raise
    sock.settimeout(max(0.001, timeout))
    return sock


def _has_credentials(proxy: Proxy) -> bool:
    """Login is offered only with both a user name and a password."""
    return bool(proxy.username and proxy.password)


class _NoResolver(SyncResolver):
    """python-socks asks a resolver only when it is to resolve a name itself; we never let it
    (names are resolved by our resolver, with its deadline, or by the proxy)."""

    def resolve(self, host: str, port: int = 0,
                family: socket.AddressFamily = socket.AF_UNSPEC) -> ResolvedAddress:
        raise ReplyError(f"unexpected local lookup of {host}")


def _close(sock: socket.socket, cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.unregister(sock)
    sock.close()


def _failure(exc: BaseException, proxy: Proxy, stream: _Stream, host: str, port: int,
             facts: dict[str, Any], end: float, nameserver: str,
             cancel: CancelToken | None) -> CheckFailure:
    """The classified failure of a handshake with ``proxy`` (the one mapping point)."""
    via = proxy.display()
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    has_credentials = _has_credentials(proxy)
    timed_out = isinstance(exc, (TimeoutError, socket.timeout))
    code = exc.error_code if isinstance(exc, ReplyError) else None
    received = bytes(stream.received)
    facts = {**facts, "proxy_type": proxy.scheme.value}
    if code is not None:
        facts["proxy_reply_code"] = code

    def problem(kind: ProxyProblem, summary: str) -> ProxyFailure:
        return ProxyFailure(kind, summary, facts)

    def behind(kind: ConnectKind, summary: str) -> ConnectError:
        return ConnectError(kind, summary, facts)

    def named_target_failed(what: str) -> CheckFailure:
        """The proxy could not reach a name: a name that does not exist, or a server down."""
        if _name_missing(host, end, nameserver, cancel):
            return problem(ProxyProblem.DNS_FAILED,
                           msg("The proxy {proxy} could not look up {host} ({reply})",
                               proxy=via, host=host, reply=what))
        return behind(ConnectKind.UNREACHABLE,
                      msg("Through the proxy {proxy}, {address} could not be reached ({reply})",
                          proxy=via, address=where, reply=what))

    if proxy.scheme is ProxyScheme.HTTP:
        if code in (401, 407):
            if has_credentials:
                return problem(ProxyProblem.AUTH_FAILED,
                               msg("The proxy {proxy} did not accept the user name and "
                                   "password (HTTP {code})", proxy=via, code=code))
            return problem(ProxyProblem.AUTH_REQUIRED,
                           msg("The proxy {proxy} requires a user name and password (HTTP "
                               "{code})", proxy=via, code=code))
        if code in (400, 501):
            return problem(ProxyProblem.PROTOCOL_MISMATCH,
                           msg("{proxy} did not accept a CONNECT request (HTTP {code}): it is "
                               "not an HTTP forward proxy", proxy=via, code=code))
        if code == 504:
            return behind(ConnectKind.TIMEOUT, msg("Through the proxy {proxy}, {address} did "
                                                   "not answer in time (HTTP 504)", proxy=via,
                                                   address=where))
        if code is not None and code >= 500:
            if literal(host):
                return behind(ConnectKind.UNREACHABLE, msg(
                    "Through the proxy {proxy}, {address} could not be reached ({reply})",
                    proxy=via, address=where, reply=f"HTTP {code}"))
            return named_target_failed(f"HTTP {code}")
        if code is not None:
            return problem(ProxyProblem.PORT_REFUSED,
                           msg("The proxy {proxy} refused to connect to {address} (HTTP "
                               "{code}); many proxies allow only port 443", proxy=via,
                               address=where, code=code))
        if timed_out and not received:
            return behind(ConnectKind.TIMEOUT, _no_reply(via, where))
        if timed_out and (received.startswith(b"HTTP/") or b"HTTP/".startswith(received)):
            return problem(ProxyProblem.UNREACHABLE,
                           msg("The proxy {proxy} did not finish its reply in time",
                               proxy=via))
        return problem(ProxyProblem.PROTOCOL_MISMATCH,
                       msg("{proxy} did not answer like an HTTP proxy (is it a SOCKS proxy? "
                           "then write socks5://…)", proxy=via))

    # SOCKS5: the phase is read from what the proxy sent.
    if received and received[0] != _SOCKS_VERSION:
        return problem(ProxyProblem.PROTOCOL_MISMATCH,
                       msg("{proxy} did not answer like a SOCKS5 proxy (is it an HTTP proxy? "
                           "then write http://…)", proxy=via))
    if len(received) < 2:
        if timed_out and stream.writes <= 1:
            return problem(ProxyProblem.PROTOCOL_MISMATCH,
                           msg("{proxy} did not answer the SOCKS5 greeting in time (an HTTP "
                               "proxy waits silently for a request it understands; then write "
                               "http://…)", proxy=via))
        return problem(ProxyProblem.PROTOCOL_MISMATCH,
                       msg("{proxy} closed the connection at the SOCKS5 greeting (is it an "
                           "HTTP proxy or another service?)", proxy=via))
    method = received[1]
    if method == _NO_ACCEPTABLE or (method == _METHOD_USERPASS and not has_credentials):
        if has_credentials:
            return problem(ProxyProblem.AUTH_FAILED,
                           msg("The proxy {proxy} does not accept user name and password "
                               "login", proxy=via))
        return problem(ProxyProblem.AUTH_REQUIRED,
                       msg("The proxy {proxy} requires a user name and password", proxy=via))
    if method == _METHOD_USERPASS and (len(received) < 4 or received[3] != 0):
        if timed_out and len(received) < 4:
            return problem(ProxyProblem.UNREACHABLE,
                           msg("The proxy {proxy} did not answer the login in time",
                               proxy=via))
        return problem(ProxyProblem.AUTH_FAILED,
                       msg("The proxy {proxy} did not accept the user name and password",
                           proxy=via))
    if code == _NOT_ALLOWED:
        return problem(ProxyProblem.PORT_REFUSED,
                       msg("The proxy {proxy} does not allow connections to {address}; many "
                           "proxies allow only port 443", proxy=via, address=where))
    if code == _REFUSED:
        return behind(ConnectKind.REFUSED, msg("Through the proxy {proxy}, {address} refused "
                                               "the connection (nothing is listening on that "
                                               "port)", proxy=via, address=where))
    if code == _TTL_EXPIRED:
        return behind(ConnectKind.TIMEOUT, msg("Through the proxy {proxy}, {address} did not "
                                               "answer in time", proxy=via, address=where))
    if code in (_GENERAL_FAILURE, _NET_UNREACHABLE, _HOST_UNREACHABLE):
        if literal(host):
            return behind(ConnectKind.UNREACHABLE, msg(
                "Through the proxy {proxy}, {address} is unreachable (SOCKS reply {code})",
                proxy=via, address=where, code=code))
        return named_target_failed(msg("SOCKS reply {code}", code=code))
    if code in (_CMD_UNSUPPORTED, _ATYPE_UNSUPPORTED) and not literal(host):
        return problem(ProxyProblem.DNS_FAILED,
                       msg("The proxy {proxy} does not look up names for its clients (SOCKS "
                           "reply {code}): write socks5:// instead of socks5h:// so this "
                           "computer does", proxy=via, code=code))
    if timed_out:
        return behind(ConnectKind.TIMEOUT, _no_reply(via, where))
    return problem(ProxyProblem.PROTOCOL_MISMATCH,
                   msg("{proxy} sent a SOCKS5 reply this app does not understand", proxy=via))


def _no_reply(via: str, where: str) -> str:
    return msg("Through the proxy {proxy}, {address} did not answer in time (the proxy sent no "
               "reply)", proxy=via, address=where)


def literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _name_missing(host: str, end: float, nameserver: str, cancel: CancelToken | None) -> bool:
    """True unless this computer can find ``host`` (a short lookup, at most 2 s, within the
    deadline): the proxy's failure then is a lookup failure (``proxy.dns_failed``). Behind a
    proxy this computer often has no DNS of its own: then the proxy's word stands too."""
    from .net import resolve

    left = min(2.0, end - time.monotonic())
    if left <= 0:
        return True
    try:
        resolve(host, 0, IPVersion.AUTO, left, nameserver, cancel)
    except CheckFailure:
        return True
    except Cancelled:
        raise
    return False
