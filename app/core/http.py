"""A tiny HTTPS GET for autoconfig XML and MTA-STS policies: our resolver, our TLS context, one
deadline for the whole request, a size cap, and no redirects (RFC 8461 forbids following them).

``port`` overrides the URL's port (the tests serve every https URL from one loopback server).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Literal

from .cancel import CancelToken
from .errors import CheckFailure
from .model import IPVersion
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


def _dechunk(body: bytes) -> bytes:
    out = bytearray()
    rest = body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        try:
            size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        except ValueError:
            raise HttpFailure("http", "The server sent a broken chunked reply") from None
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2:]
    return bytes(out)


def get(url: str, *, timeout: float, nameserver: str = "", ca_file: str = "",
        verify: bool = True, cancel: CancelToken | None = None, port: int | None = None,
        transcript: Transcript | None = None, max_bytes: int = MAX_BODY) -> HttpResponse:
    """GET ``url`` (https only). Raises HttpFailure; a non-200 status is returned, not raised."""
    token = cancel or CancelToken()
    log = transcript or Transcript()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise HttpFailure("http", f"Not an https URL: {url}")
    host = parts.hostname
    use_port = port or parts.port or 443
    deadline = time.monotonic() + timeout

    def left() -> float:
        return max(0.0, deadline - time.monotonic())

    try:
        addresses = resolve(host, use_port, IPVersion.AUTO, left(), nameserver, token)
    except CheckFailure as exc:
        raise HttpFailure("dns", exc.summary, exc.diagnosis, exc.facts) from None
    sock: socket.socket | None = None
    failure: CheckFailure | None = None
    address = ""
    for addr in addresses:
        if left() <= 0:
            break
        try:
            sock = connect(addr, use_port, left(), token)
            address = addr.display(use_port)
            break
        except CheckFailure as exc:
            failure = exc
    if sock is None:
        if failure is None:
            raise HttpFailure("timeout", f"No time was left to connect to {host}")
        raise HttpFailure("connect", failure.summary, failure.diagnosis, failure.facts)
    log.note(f"GET {url} via {address}")
    channel = Channel(sock, log, token, reply_timeout=timeout, step_deadline=deadline)
    try:
        try:
            context = make_context(verify=verify, ca_file=ca_file)
            tls_sock = channel.start_tls(context, host, left())
        except CheckFailure as exc:
            raise HttpFailure("tls", exc.summary, exc.diagnosis, exc.facts) from None
        info: dict[str, Any] = {}
        der = tls_sock.getpeercert(binary_form=True)
        if der:
            with contextlib.suppress(Exception):
                info = certificate_facts(der, host)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        request = (f"GET {target} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: SMTP-Doctor\r\n"
                   "Accept: */*\r\nConnection: close\r\n\r\n")
        raw = _exchange(tls_sock, request.encode("ascii", "replace"), deadline, token,
                        max_bytes)
        version = tls_sock.version() or ""
    finally:
        channel.close()
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        raise HttpFailure("http", f"{host} did not send a complete HTTP reply")
    lines = head.decode("iso-8859-1").split("\r\n")
    status_parts = lines[0].split(" ", 2)
    if len(status_parts) < 2 or not status_parts[0].startswith("HTTP/") or \
            not status_parts[1].isdigit():
        raise HttpFailure("http", f"{host} did not answer with HTTP")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    elif headers.get("content-length", "").isdigit():
        body = body[: int(headers["content-length"])]
    status = int(status_parts[1])
    log.note(f"HTTP {status} ({len(body)} bytes)")
    return HttpResponse(url, status, status_parts[2] if len(status_parts) > 2 else "",
                        headers, body, address, version, info)


def _exchange(sock: ssl.SSLSocket, request: bytes, deadline: float, cancel: CancelToken,
              max_bytes: int) -> bytes:
    data = bytearray()
    try:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        sock.sendall(request)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HttpFailure("timeout", "The web server did not finish its reply in time")
            sock.settimeout(remaining)
            chunk = sock.recv(65536)
            cancel.check()
            if not chunk:
                break
            data += chunk
            if len(data) > max_bytes + 16 * 1024:
                raise HttpFailure("http", f"The reply is larger than {max_bytes // 1024} KB")
    except TimeoutError:
        cancel.check()
        raise HttpFailure("timeout", "The web server did not finish its reply in time") from None
    except ssl.SSLError as exc:
        cancel.check()
        if not data or b"\r\n\r\n" not in data:
            raise HttpFailure("http", f"The connection failed during the reply "
                              f"({exc.reason or type(exc).__name__})") from None
    except OSError as exc:
        cancel.check()
        if not data:
            raise HttpFailure("http", f"The connection failed ({type(exc).__name__})") from None
    return bytes(data)
