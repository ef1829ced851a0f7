"""An ESMTP peer whose TLS is 1.0 only (implicit or STARTTLS) and that records everything.

Run it in a :class:`tests.servers.scripted.ScriptedServer`: ``ScriptedServer(OldTlsRecorder(),
tls_context=tls10_context(pki))`` for implicit TLS, ``ScriptedServer(OldTlsRecorder(
starttls_context=tls10_context(pki)))`` for STARTTLS.
"""

from __future__ import annotations

import ssl
import threading
import warnings

from tests.servers.pki import TestPki
from tests.servers.scripted import Peer


def tls10_context(pki: TestPki) -> ssl.SSLContext:
    """The ``old_tls`` server context narrowed to TLS 1.0 only (SECLEVEL 0 is set by pki)."""
    ctx = pki.server_context("old_tls")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.maximum_version = ssl.TLSVersion.TLSv1
    return ctx


class OldTlsRecorder:
    """ESMTP whose TLS is 1.0 only: implicit (the ScriptedServer wraps the socket) or after
    STARTTLS (``starttls_context``). Offers AUTH PLAIN after TLS and accepts everything."""

    def __init__(self, starttls_context: ssl.SSLContext | None = None) -> None:
        self.starttls_context = starttls_context
        self.peers: list[Peer] = []
        self.commands: list[bytes] = []
        self._lock = threading.Lock()

    def __call__(self, peer: Peer) -> None:
        with self._lock:
            self.peers.append(peer)
        try:
            self._serve(peer)
        finally:
            peer.close()

    def _serve(self, peer: Peer) -> None:
        secure = self.starttls_context is None  # implicit TLS: already wrapped
        if not peer.send(b"220 old.example ESMTP ready\r\n"):
            return
        in_data = False
        while True:
            line = peer.read_line(timeout=10.0)
            if line is None:
                return
            if in_data:
                if line.rstrip(b"\r\n") == b".":
                    in_data = False
                    peer.send(b"250 2.0.0 OK queued as OLD1\r\n")
                continue
            with self._lock:
                self.commands.append(line)
            verb = line.strip().split(b" ", 1)[0].split(b":", 1)[0].upper()
            if verb == b"EHLO":
                ext = b"250-AUTH PLAIN\r\n" if secure else b"250-STARTTLS\r\n"
                peer.send(b"250-old.example\r\n" + ext + b"250 8BITMIME\r\n")
            elif verb == b"STARTTLS" and self.starttls_context is not None and not secure:
                if not peer.send(b"220 2.0.0 Ready to start TLS\r\n"):
                    return
                tls = self.starttls_context.wrap_socket(peer.sock, server_side=True,
                                                        do_handshake_on_connect=False)
                peer.sock = tls
                tls.settimeout(5.0)
                tls.do_handshake()  # a client that refuses TLS 1.0 ends the connection here
                tls.settimeout(None)
                secure = True
            elif verb == b"AUTH":
                peer.send(b"235 2.7.0 Authentication successful\r\n")
            elif verb == b"DATA":
                peer.send(b"354 Go ahead\r\n")
                in_data = True
            elif verb == b"QUIT":
                peer.send(b"221 2.0.0 Bye\r\n")
                return
            else:
                peer.send(b"250 2.0.0 OK\r\n")

    def verbs(self) -> list[str]:
        with self._lock:
            return [c.strip().split(b" ", 1)[0].split(b":", 1)[0].upper().decode("ascii",
                                                                                   "replace")
                    for c in self.commands]

    def received(self) -> bytes:
        with self._lock:
            return b"".join(bytes(p.received) for p in self.peers)
