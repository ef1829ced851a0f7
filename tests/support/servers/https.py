"""A loopback HTTPS server for autoconfig XML and MTA-STS policies (trustme certificates).

``HttpsServer(pki, routes, names)`` listens on ``127.0.0.1:0`` with a leaf certificate from the
test CA for ``names`` (any host names the tests resolve to 127.0.0.1 through the loopback DNS
server) and answers ``GET`` requests from ``routes``: ``{(host, path): (status, content_type,
body)}``; ``host`` may be ``"*"``. Anything else is 404. Every request is recorded in
``requests`` as ``(host, path)``. Context manager; teardown joins its thread.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
from collections.abc import Iterable, Mapping

from tests.support.servers.pki import TestPki

Route = tuple[int, str, bytes | str]
POLL = 0.05


class HttpsServer:
    def __init__(self, pki: TestPki, routes: Mapping[tuple[str, str], Route],
                 names: Iterable[str], *, host: str = "127.0.0.1") -> None:
        self.routes = dict(routes)
        self.host = host
        self.port = 0
        self.requests: list[tuple[str, str]] = []
        leaf = pki.ca.issue_cert(*names)
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(self._context)
        self._stopped = threading.Event()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._workers: list[threading.Thread] = []
        self._lock = threading.Lock()

    def __enter__(self) -> HttpsServer:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind((self.host, 0))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._thread = threading.Thread(target=self._accept, name=f"https-{self.port}",
                                        daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(5)
        for worker in list(self._workers):
            worker.join(5)
        if self._listener is not None:
            self._listener.close()

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stopped.is_set():
            readable, _, _ = select.select([self._listener], [], [], POLL)
            if not readable:
                continue
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                continue
            worker = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5.0)
        try:
            with self._context.wrap_socket(conn, server_side=True) as tls:
                data = b""
                while b"\r\n\r\n" not in data and len(data) < 16384:
                    chunk = tls.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
                parts = head[0].split(" ")
                path = parts[1].split("?", 1)[0] if len(parts) > 1 else "/"
                host = ""
                for line in head[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "host":
                        host = value.strip().split(":", 1)[0].lower()
                with self._lock:
                    self.requests.append((host, path))
                route = self.routes.get((host, path)) or self.routes.get(("*", path))
                status, ctype, body = route or (404, "text/plain", "not found")
                raw = body.encode() if isinstance(body, str) else body
                reason = {200: "OK", 301: "Moved", 404: "Not Found"}.get(status, "Status")
                extra = "Location: https://elsewhere.test/\r\n" if status == 301 else ""
                tls.sendall(f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\n"
                            f"Content-Length: {len(raw)}\r\n{extra}Connection: close\r\n\r\n"
                            .encode() + raw)
        except (OSError, ssl.SSLError):
            with contextlib.suppress(OSError):
                conn.close()
