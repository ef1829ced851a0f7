"""The loopback redirect listener of a native app (RFC 8252 section 7.3).

Listens on ``127.0.0.1`` on a random port for the one request the browser makes after sign-in,
answers it with a short page, and hands back the query parameters. Built on ``http.server``;
waiting polls a :class:`CancelToken` and a deadline, and the listener is closed on every way
out (result, cancel, timeout, error).
"""

from __future__ import annotations

import contextlib
import html
import http.server
import socket
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

from ..cancel import CancelToken
from ..text.i18n import current_language, msg

POLL = 0.2
PAGE = ("<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>SMTP Doctor</title></head>"
        "<body style='font-family:sans-serif'><h1>{title}</h1><p>{text}</p></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    timeout = 5  # a browser that connects and sends nothing cannot hold the listener

    def do_GET(self) -> None:
        query = urllib.parse.urlsplit(self.path).query
        params = {k: v[0] for k, v in urllib.parse.parse_qs(query).items() if v}
        if not ("code" in params or "error" in params):
            self.send_error(404)  # favicon and friends: keep waiting
            return
        self.server.result = params
        ok = "code" in params
        body = PAGE.format(
            lang=html.escape(current_language()),
            title=html.escape(msg("Signed in") if ok else msg("Sign-in did not finish")),
            text=html.escape(msg("You can close this window and go back to SMTP Doctor.") if ok
                             else msg("Go back to SMTP Doctor: it explains what happened."))
        ).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return  # never print the redirect (it carries the authorization code)


class _Server(http.server.HTTPServer):
    result: dict[str, str] | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a broken browser connection is not our error; keep waiting


class ListenerTimeout(Exception):
    """No redirect came before the deadline."""


class LoopbackListener:
    """Context manager: ``with LoopbackListener() as listener: listener.wait(...)``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._server = _Server((host, 0), _Handler, bind_and_activate=True)
        self._server.timeout = POLL
        self.port: int = self._server.server_address[1]
        self._closed = False

    def redirect_uri(self, host_name: str = "127.0.0.1") -> str:
        return f"http://{host_name}:{self.port}"

    @property
    def socket(self) -> socket.socket:
        return self._server.socket

    def wait(self, cancel: CancelToken, deadline: float,
             on_tick: Callable[[float], None] | None = None) -> dict[str, str]:
        """The redirect's query parameters. Raises Cancelled or :class:`ListenerTimeout`."""
        cancel.register(self._server.socket)  # cancel() closes it: the wait ends at once
        try:
            last_tick = 0.0
            while self._server.result is None:
                cancel.check()
                now = time.monotonic()
                if now >= deadline:
                    raise ListenerTimeout()
                if on_tick is not None and now - last_tick >= 1.0:
                    on_tick(deadline - now)
                    last_tick = now
                try:
                    self._server.handle_request()
                except (OSError, ValueError):  # closed under us by cancel()
                    cancel.check()
                    raise
            return dict(self._server.result)
        finally:
            cancel.unregister(self._server.socket)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            with contextlib.suppress(OSError):
                self._server.server_close()

    def __enter__(self) -> LoopbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
