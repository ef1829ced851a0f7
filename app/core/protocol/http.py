"""A tiny HTTPS GET for autoconfig XML and MTA-STS policies: our resolver, our TLS context, one
deadline for the whole request, a size cap, and no redirects (RFC 8461 forbids following them).

The reply is read as bytes under the deadline and the cap (``_exchange``), then parsed by the
standard library's ``http.client`` (status line, headers, chunked or sized body).

``port`` overrides the URL's port (the tests serve every https URL from one loopback server).
"""

from __future__ import annotations

import contextlib
import http.client
import io
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Literal

from ..cancel import CancelToken
from ..errors import CheckFailure
from ..model import IPVersion, Proxy, proxy_text
from ..text.i18n import msg, number
from .net import connect, resolve
from .smtp import Channel
from .tls import certificate_facts, make_context
from .transcript import Transcript

FailureKind = Literal["dns", "connect", "tls", "http", "timeout"]
MAX_BODY = 256 * 1024


class HttpFailure(Exception):
    def __init__(self, kind: FailureKind, message: str, diagnosis: str = "",
                 facts: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.diagnosis = diagnosis
        self.facts = facts or {}


@dataclass
class HttpResponse:
    url: str
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes
    address: str
    tls_version: str = ""
    certificate: dict[str, Any] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class _Replay:
    """The one thing ``http.client.HTTPResponse`` asks of a socket, ``makefile``, over bytes
    that were already read under the request's deadline and size cap."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str, *args: Any, **kwargs: Any) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))


def parse_response(raw: bytes, host: str) -> tuple[int, str, dict[str, str], bytes]:
    """(status, reason, headers with lowercase names, body) of a complete HTTP/1.x reply,
    parsed by ``http.client`` (chunked and Content-Length bodies; a body that breaks off, by
    a short read or a bad chunk size, is kept as far as it came). Raises HttpFailure for
    anything that is not an HTTP reply."""
    if b"\r\n\r\n" not in raw and b"\n\n" not in raw:
        raise HttpFailure("http", msg("{host} did not send a complete HTTP reply", host=host))
    response = http.client.HTTPResponse(_Replay(raw), method="GET")  # type: ignore[arg-type]
    try:
        response.begin()
    except (http.client.HTTPException, ValueError):
        raise HttpFailure("http", msg("{host} did not answer with HTTP", host=host)) from None
    try:
        body = response.read()
    except http.client.IncompleteRead as exc:
        body = exc.partial
    except (http.client.HTTPException, ValueError):
        raise HttpFailure("http", msg("The server sent a broken chunked reply")) from None
    headers = {name.lower(): value.strip() for name, value in response.getheaders()}
    return response.status, response.reason, headers, body


def get(url: str, *, timeout: float, nameserver: str = "", ca_file: str = "",
        verify: bool = True, cancel: CancelToken | None = None, port: int | None = None,
        transcript: Transcript | None = None, max_bytes: int = MAX_BODY,
        allow_http: bool = False, proxy: Proxy | None = None) -> HttpResponse:
    """GET ``url`` (https only; also http with ``allow_http``, for certificates named in a
    certificate's AIA, which are signed and need no TLS). Raises HttpFailure; a non-200 status
    is returned, not raised. Through ``proxy`` when given (the name resolved by the proxy for
    socks5h and http proxies)."""
    token = cancel or CancelToken()
    log = transcript or Transcript()
    parts = urllib.parse.urlsplit(url)
    plain = allow_http and parts.scheme == "http"
    if (parts.scheme != "https" and not plain) or not parts.hostname:
        raise HttpFailure("http", msg("Not an https URL: {url}", url=url))
    host = parts.hostname
    use_port = port or parts.port or (80 if plain else 443)
    deadline = time.monotonic() + timeout

    def left() -> float:
        return max(0.0, deadline - time.monotonic())

    try:
        addresses = resolve(host, use_port, IPVersion.AUTO, left(), nameserver, token, proxy)
    except CheckFailure as exc:
        raise HttpFailure("dns", exc.summary, exc.diagnosis, exc.facts) from None
    sock: socket.socket | None = None
    failure: CheckFailure | None = None
    address = ""
    for addr in addresses:
        if left() <= 0:
            break
        try:
            sock = connect(addr, use_port, left(), token, proxy, nameserver)
            address = addr.display(use_port)
            break
        except CheckFailure as exc:
            failure = exc
    if sock is None:
        if failure is None:
            raise HttpFailure("timeout", msg("No time was left to connect to {host}", host=host))
        raise HttpFailure("connect", failure.summary, failure.diagnosis, failure.facts)
    log.note(msg("GET {url} via {address} through the proxy {proxy}", url=url, address=address,
                 proxy=proxy_text(proxy)) if proxy is not None
             else msg("GET {url} via {address}", url=url, address=address))
    channel = Channel(sock, log, token, reply_timeout=timeout, step_deadline=deadline)
    info: dict[str, Any] = {}
    try:
        wire: socket.socket = sock
        if not plain:
            try:
                context = make_context(verify=verify, ca_file=ca_file)
                tls_sock = channel.start_tls(context, host, left())
            except CheckFailure as exc:
                raise HttpFailure("tls", exc.summary, exc.diagnosis, exc.facts) from None
            wire = tls_sock
            der = tls_sock.getpeercert(binary_form=True)
            if der:
                with contextlib.suppress(Exception):
                    info = certificate_facts(der, host)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        request = (f"GET {target} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: SMTP-Doctor\r\n"
                   "Accept: */*\r\nConnection: close\r\n\r\n")
        raw = _exchange(wire, request.encode("ascii", "replace"), deadline, token,
                        max_bytes)
        version = (wire.version() or "") if isinstance(wire, ssl.SSLSocket) else ""
    finally:
        channel.close()
    status, reason, headers, body = parse_response(raw, host)
    log.note(msg("HTTP {status} ({size} bytes)", status=status, size=number(len(body))))
    return HttpResponse(url, status, reason, headers, body, address, version, info)


def _exchange(sock: socket.socket, request: bytes, deadline: float, cancel: CancelToken,
              max_bytes: int) -> bytes:
    data = bytearray()
    try:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        sock.sendall(request)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HttpFailure("timeout", _unfinished())
            sock.settimeout(remaining)
            chunk = sock.recv(65536)
            cancel.check()
            if not chunk:
                break
            data += chunk
            if len(data) > max_bytes + 16 * 1024:
                raise HttpFailure("http", msg("The reply is larger than {size} KB",
                                              size=number(max_bytes // 1024)))
    except TimeoutError:
        cancel.check()
        raise HttpFailure("timeout", _unfinished()) from None
    except ssl.SSLError as exc:
        cancel.check()
        if not data or b"\r\n\r\n" not in data:
            raise HttpFailure("http", msg("The connection failed during the reply ({error})",
                                          error=exc.reason or type(exc).__name__)) from None
    except OSError as exc:
        cancel.check()
        if not data:
            raise HttpFailure("http", msg("The connection failed ({error})",
                                          error=type(exc).__name__)) from None
    return bytes(data)


def _unfinished() -> str:
    return msg("The web server did not finish its reply in time")
