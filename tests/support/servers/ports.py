"""Loopback ports that refuse or black-hole connections.

* :func:`refused_port` - bind a port, read it, close it: nothing listens, so connect() gets
  ECONNREFUSED at once (the kernel answers the SYN with RST).
* :func:`open_at` - a listener that accepts and holds connections (a reference host).
* :func:`filtered_port` - a port where connect() times out, as behind a firewall that drops
  SYNs. On Linux a listener with ``listen(0)`` has an accept queue of one; one filler connection
  that is never accepted fills it, and the kernel then silently drops further SYNs (with
  ``tcp_abort_on_overflow = 0``, the default). Measured here: one filler is enough; a second
  filler itself already times out, and a probe connect with a 1 s timeout times out.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Final

FILTERED_FILLERS: Final = 1


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def refused_port(host: str = "127.0.0.1") -> int:
    """A loopback port with no listener (connect() is refused)."""
    with socket.socket(_family(host), socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
    return port


@contextlib.contextmanager
def filtered_port(host: str = "127.0.0.1", fillers: int = FILTERED_FILLERS, *,
                  port: int = 0) -> Iterator[int]:
    """A loopback port (``port``, or a free one) where connect() hangs until the client's
    timeout (Linux)."""
    family = _family(host)
    listener = socket.socket(family, socket.SOCK_STREAM)
    clients: list[socket.socket] = []
    try:
        listener.bind((host, port))
        listener.listen(0)
        port = listener.getsockname()[1]
        for _ in range(fillers):
            client = socket.socket(family, socket.SOCK_STREAM)
            clients.append(client)
            client.settimeout(2.0)
            client.connect((host, port))  # completes, sits in the accept queue unaccepted
        yield port
    finally:
        for client in clients:
            client.close()
        listener.close()


def filtered_at(host: str, port: int) -> contextlib.AbstractContextManager[int]:
    """``port`` on ``host`` filtered: the same port number as elsewhere, on another address."""
    return filtered_port(host, port=port)


@contextlib.contextmanager
def open_at(host: str, port: int) -> Iterator[int]:
    """A listener at (host, port) that accepts and holds connections (the reference host)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((host, port))
    listener.listen(16)
    stop = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        listener.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


def ipv6_loopback() -> bool:
    """True when this machine has an IPv6 loopback (::1) to bind to."""
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
    except OSError:
        return False
    return True
