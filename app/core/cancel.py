"""Cancellation: a token that a run polls and that closes the sockets it has in flight."""

from __future__ import annotations

import contextlib
import socket
import threading


class Cancelled(Exception):
    """Raised inside the engine when the run's token was cancelled."""


class CancelToken:
    """Thread-safe. ``cancel()`` may be called from any thread (GUI, signal handler)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            # shutdown() wakes a thread blocked in recv/connect; close() alone may not.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile."""
        return self._event.wait(max(0.0, seconds))

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)
        if self._event.is_set():
            with contextlib.suppress(OSError):
                sock.close()
            raise Cancelled()

    def unregister(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)
