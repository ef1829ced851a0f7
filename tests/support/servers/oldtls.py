"""An ESMTP peer whose TLS is 1.0 only (implicit or STARTTLS) and that records everything.

Run it in a :class:`scripted.ScriptedServer`: ``ScriptedServer(OldTlsRecorder(),
tls_context=tls10_context(pki))`` for implicit TLS, ``ScriptedServer(OldTlsRecorder(
starttls_context=tls10_context(pki)))`` for STARTTLS.
"""

from __future__ import annotations

import ssl
import warnings

from tests.support.servers.hostile import Recorder
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import Peer


def tls10_context(pki: TestPki) -> ssl.SSLContext:
    """The ``old_tls`` server context narrowed to TLS 1.0 only (SECLEVEL 0 is set by pki)."""
    ctx = pki.server_context("old_tls")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.maximum_version = ssl.TLSVersion.TLSv1
    return ctx


class OldTlsRecorder(Recorder):
    """ESMTP whose TLS is 1.0 only: implicit (the ScriptedServer wraps the socket) or after
    STARTTLS (``starttls_context``). Offers AUTH PLAIN after TLS and accepts everything; records
    every command and every byte (``verbs()``, ``received()``)."""

    greeting = b"220 old.example ESMTP ready\r\n"

    def __init__(self, starttls_context: ssl.SSLContext | None = None) -> None:
        super().__init__()
        self.starttls_context = starttls_context

    def _secure(self, peer: Peer) -> bool:
        return self.starttls_context is None or isinstance(peer.sock, ssl.SSLSocket)

    def ehlo_reply(self, peer: Peer) -> bytes:
        ext = b"250-AUTH PLAIN\r\n" if self._secure(peer) else b"250-STARTTLS\r\n"
        return b"250-old.example\r\n" + ext + b"250 8BITMIME\r\n"

    def command(self, peer: Peer, verb: str) -> bool | None:
        if verb != "STARTTLS" or self.starttls_context is None or self._secure(peer):
            return None
        if not peer.send(b"220 2.0.0 Ready to start TLS\r\n"):
            return False
        tls = self.starttls_context.wrap_socket(peer.sock, server_side=True,
                                                do_handshake_on_connect=False)
        peer.sock = tls
        tls.settimeout(5.0)
        try:
            tls.do_handshake()  # a client that refuses TLS 1.0 ends the connection here
        except (OSError, ssl.SSLError):
            return False
        tls.settimeout(None)
        return True
