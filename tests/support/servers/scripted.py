"""Hostile and misbehaving SMTP peers: a threaded TCP server that runs a script per connection.

``ScriptedServer(handler)`` listens on ``(host, 0)`` and calls ``handler(peer)`` in a daemon
thread for every connection. ``peer`` is a :class:`Peer`: the accepted socket (``peer.sock``,
a ``socket.socket`` or, with ``tls_context``, an ``ssl.SSLSocket``) plus a stop event and small
helpers whose waits all end promptly on teardown. Teardown closes the listener and every live
connection and joins every thread.

The "speaks TLS where plain SMTP is expected" case is not here: use
``SmtpServer(tls="tls")`` from :mod:`tests.support.servers.smtpd`.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from tests.support.servers.startstop import StartStop

Handler = Callable[["Peer"], None]

POLL: Final = 0.05  # granularity of every wait, so teardown is prompt


class Peer:
    """One accepted connection as seen by a script."""

    def __init__(self, sock: socket.socket, stopped: threading.Event) -> None:
        self.sock = sock
        self.stopped = stopped
        self.received = bytearray()  # everything read so far, for assertions
        self._buffer = bytearray()

    # -- sending
    def send(self, data: bytes | str) -> bool:
        """Send all of ``data``; False if the connection is gone."""
        raw = data.encode() if isinstance(data, str) else data
        try:
            self.sock.sendall(raw)
        except OSError:
            return False
        return True

    def drip(self, data: bytes | str, interval: float = 1.0) -> bool:
        """Send ``data`` one byte per ``interval`` seconds (first byte at once)."""
        raw = data.encode() if isinstance(data, str) else data
        for i in range(len(raw)):
            if i and self.sleep(interval):
                return False
            if not self.send(raw[i : i + 1]):
                return False
        return True

    # -- waiting
    def sleep(self, seconds: float) -> bool:
        """Sleep; True if the server is stopping (the script should return)."""
        return self.stopped.wait(seconds)

    def _readable(self, timeout: float) -> bool:
        if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending():
            return True
        try:
            readable, _, _ = select.select([self.sock], [], [], timeout)
        except (OSError, ValueError):
            return True  # closed under us: let recv report it
        return bool(readable)

    def read_line(self, timeout: float = 5.0) -> bytes | None:
        """Next CRLF/LF-terminated line (terminator included) or None on EOF/timeout/stop."""
        deadline = time.monotonic() + timeout
        while True:
            idx = self._buffer.find(b"\n")
            if idx >= 0:
                line = bytes(self._buffer[: idx + 1])
                del self._buffer[: idx + 1]
                return line
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.stopped.is_set():
                return None
            if not self._readable(min(POLL, remaining)):
                continue
            chunk = self._recv()
            if chunk is None:
                return None
            self._buffer += chunk

    def hold(self) -> None:
        """Keep the connection open, reading and discarding, until EOF or teardown."""
        while not self.stopped.is_set():
            if self._readable(POLL) and self._recv() is None:
                return

    def _recv(self) -> bytes | None:
        """One read, kept in ``received``: b"" if TLS wants more, None at EOF or on an error."""
        try:
            chunk = self.sock.recv(4096)
        except ssl.SSLWantReadError:
            return b""
        except OSError:
            return None
        if not chunk:
            return None
        self.received += chunk
        return chunk

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class ScriptedServer(StartStop):
    """Threaded loopback TCP server running ``handler(peer)`` per connection (context manager)."""

    def __init__(
        self,
        handler: Handler,
        *,
        tls_context: ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
        join_timeout: float = 5.0,
    ) -> None:
        self.handler = handler
        self.tls_context = tls_context
        self.host = host
        self.port = 0
        self.join_timeout = join_timeout
        self.connections = 0
        self.peers: list[Peer] = []
        self.errors: list[BaseException] = []
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._threads: list[threading.Thread] = []
        self._socks: list[socket.socket] = []

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def heard(self, data: bytes) -> bool:
        """True once a client sent ``data`` (``b"EHLO"``: that client now awaits the reply)."""
        with self._lock:
            peers = list(self.peers)
        return any(data in bytes(peer.received) for peer in peers)

    def start(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            listener.bind((self.host, 0))
            listener.listen(16)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"ScriptedServer-{self.port}", daemon=True
        )
        self._accept_thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._accept_thread is not None:
            self._accept_thread.join(self.join_timeout)
        with self._lock:
            socks = list(self._socks)
            threads = list(self._threads)
        for sock in socks:  # wake scripts blocked on the socket
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + self.join_timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.close()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        alive = [t.name for t in threads if t.is_alive()]
        if self._accept_thread is not None and self._accept_thread.is_alive():
            alive.append(self._accept_thread.name)
        self._accept_thread = None
        if alive:
            raise RuntimeError(f"scripted server threads did not stop: {alive}")

    def _accept_loop(self) -> None:
        assert self._listener is not None
        listener = self._listener
        while not self._stopped.is_set():
            readable, _, _ = select.select([listener], [], [], POLL)
            if not readable:
                continue
            try:
                sock, _addr = listener.accept()
            except OSError:
                continue
            with self._lock:
                if self._stopped.is_set():
                    sock.close()
                    return
                self.connections += 1
                self._socks.append(sock)
                thread = threading.Thread(
                    target=self._serve,
                    args=(sock,),
                    name=f"ScriptedServer-{self.port}-conn{self.connections}",
                    daemon=True,
                )
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        conn: socket.socket = sock
        try:
            if self.tls_context is not None:
                conn = self.tls_context.wrap_socket(
                    sock, server_side=True, do_handshake_on_connect=False
                )
                with self._lock:  # wrap_socket detached `sock`: track the TLS socket instead
                    self._socks.append(conn)
                conn.settimeout(self.join_timeout)
                conn.do_handshake()
                conn.settimeout(None)
            peer = Peer(conn, self._stopped)
            with self._lock:
                self.peers.append(peer)
            self.handler(peer)
        except (OSError, ssl.SSLError):
            pass  # the client went away or failed the handshake: fine for a hostile peer
        except BaseException as exc:  # keep script bugs visible to the test
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                conn.close()
            with contextlib.suppress(OSError):
                sock.close()


# --------------------------------------------------------------------------- behaviours


def silent(peer: Peer) -> None:
    """Accept and never send anything; keep the connection open until teardown."""
    peer.hold()


def make_slow_drip(
    line: bytes = b"220 slow.example ESMTP ready\r\n", interval: float = 1.0
) -> Handler:
    """Greeting dripped one byte per ``interval`` seconds."""

    def slow_drip(peer: Peer) -> None:
        if peer.drip(line, interval):
            peer.hold()

    return slow_drip


slow_drip: Final[Handler] = make_slow_drip()


def make_reply_and_close(line: bytes) -> Handler:
    """Send one line as the greeting and close."""

    def reply_and_close(peer: Peer) -> None:
        peer.send(line)

    return reply_and_close


busy_421: Final[Handler] = make_reply_and_close(b"421 4.3.2 Service not available, too busy\r\n")
reject_554: Final[Handler] = make_reply_and_close(b"554 5.7.1 No SMTP service here\r\n")
not_smtp_greeting: Final[Handler] = make_reply_and_close(b"SSH-2.0-OpenSSH_9.2\r\n")


def _greet(peer: Peer, host: str = "scripted.example") -> bool:
    return peer.send(f"220 {host} ESMTP ready\r\n")


def hangup_after_ehlo(peer: Peer) -> None:
    """Greet, read the EHLO line, close without answering."""
    if _greet(peer):
        peer.read_line()


def garbage(peer: Peer) -> None:
    """Greet with "220 ok", then answer EHLO with an HTTP error (not SMTP)."""
    if peer.send(b"220 ok\r\n") and peer.read_line() is not None:
        peer.send(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        peer.hold()


def silent_after_greeting(peer: Peer) -> None:
    """Greet, then never answer anything (reply timeout)."""
    if _greet(peer):
        peer.hold()


def make_drip_after_greeting(interval: float = 1.0) -> Handler:
    """Greet normally, then answer EHLO one byte per ``interval`` seconds."""

    def drip_after_greeting(peer: Peer) -> None:
        if (
            _greet(peer, "drip.example")
            and peer.read_line() is not None
            and peer.drip(b"250-drip.example\r\n250 8BITMIME\r\n", interval)
        ):
            peer.hold()

    return drip_after_greeting


drip_after_greeting: Final[Handler] = make_drip_after_greeting()

# A TLS 1.0 handshake record header (content type 22 = handshake) followed by filler:
TLS_RECORD_BYTES: Final = b"\x16\x03\x01\x00\x2a" + b"\x02" + b"\x00" * 41


def tls_bytes(peer: Peer) -> None:
    """Immediately send the bytes of a TLS record: a TLS-speaking peer on a plain port."""
    if peer.send(TLS_RECORD_BYTES):
        peer.hold()


# --------------------------------------------------------------------------- the ESMTP loop

GREETING: Final = b"220 scripted.example ESMTP ready\r\n"
OK: Final = b"250 2.0.0 OK\r\n"
# Answers to a verb: True = handled, go on; False = end the session; None = the usual answer.
Hook = Callable[[Peer, str], "bool | None"]


def verb_of(line: bytes) -> str:
    """The upper-case verb of a command line ("MAIL" for "MAIL FROM:<a@b>")."""
    return line.strip().split(b" ", 1)[0].split(b":", 1)[0].upper().decode("ascii", "replace")


def ehlo_reply(host: str, *caps: str) -> bytes:
    """A multi-line 250 reply: the host, then one capability a line."""
    lines = [host, *caps]
    return "".join(f"250-{c}\r\n" for c in lines[:-1]).encode() + f"250 {lines[-1]}\r\n".encode()


EHLO_REPLY: Final = ehlo_reply("scripted.example", "PIPELINING", "AUTH PLAIN LOGIN", "8BITMIME")
USUAL: Final[dict[str, bytes]] = {
    "EHLO": EHLO_REPLY, "DATA": b"354 Go ahead\r\n", ".": b"250 2.0.0 OK queued as ABC123\r\n",
    "QUIT": b"221 2.0.0 Bye\r\n"}


def serve_esmtp(peer: Peer, replies: Mapping[str, bytes] | None = None, *,
                on: Hook | None = None, default: bytes = OK, timeout: float = 30.0,
                heard: Callable[[bytes], None] | None = None,
                message: Callable[[bytes], None] | None = None) -> None:
    """Answer an ESMTP client (after the greeting, which is the caller's) until QUIT, a hang-up
    or a failed send. ``replies`` by verb ("." is the end of the message data) over ``USUAL``;
    any other verb gets ``default``. ``on(peer, verb)`` may take a verb over (see ``Hook``);
    ``heard`` gets every command line and ``message`` every message's data."""
    table = {**USUAL, **(replies or {})}
    data: list[bytes] = []
    in_data = False
    while True:
        line = peer.read_line(timeout=timeout)
        if line is None:
            return
        if in_data and line.rstrip(b"\r\n") != b".":
            data.append(line)
            continue
        if in_data:
            in_data = False
            if message is not None:
                message(b"".join(data))
            data = []
            verb = "."
        else:
            if heard is not None:
                heard(line)
            verb = verb_of(line)
        handled = on(peer, verb) if on is not None else None
        if handled is not None:
            if not handled:
                return
            continue
        reply = table.get(verb, default)
        if not peer.send(reply) or verb == "QUIT":
            return
        in_data = verb == "DATA" and reply.startswith(b"354")


def _line(text: bytes | str) -> bytes:
    return text if isinstance(text, bytes) else (text + "\r\n").encode()


def make_esmtp(replies: Mapping[str, bytes | str] | None = None, *,
               caps: Sequence[str] | None = None,
               on: Mapping[str, Callable[[Peer], bool]] | None = None,
               greeting: bytes | str = GREETING) -> Handler:
    """An ESMTP peer: canned ``replies`` per verb (a ``str`` gets its CRLF), ``caps`` the EHLO
    (and HELO) capabilities, ``on[verb](peer)`` hooks for the hostile part (False ends it)."""
    table = {verb: _line(text) for verb, text in (replies or {}).items()}
    if caps is not None:
        table.setdefault("EHLO", ehlo_reply("scripted.example", *caps))
        table.setdefault("HELO", table["EHLO"])
    hooks = dict(on or {})

    def hook(peer: Peer, verb: str) -> bool | None:
        return hooks[verb](peer) if verb in hooks else None

    def handler(peer: Peer) -> None:
        if peer.send(_line(greeting)):
            serve_esmtp(peer, table, on=hook)

    return handler


def make_auth_esmtp(auth: Mapping[str, str], replies: Mapping[str, bytes | str] | None = None,
                    *, caps: Sequence[str]) -> Handler:
    """An ESMTP peer whose answer to ``AUTH <MECHANISM> …`` is ``auth[MECHANISM]`` (a one-line
    reply, CRLF added; a mechanism not in the table gets 504 5.5.4), the rest as ``make_esmtp``.
    ``caps`` decides what EHLO advertises, so a peer may advertise a mechanism it refuses."""
    table = {verb: _line(text) for verb, text in (replies or {}).items()}
    table.setdefault("EHLO", ehlo_reply("scripted.example", *caps))

    def handler(peer: Peer) -> None:
        last: list[bytes] = [b""]

        def heard(line: bytes) -> None:
            last[0] = line

        def on(p: Peer, verb: str) -> bool | None:
            if verb != "AUTH":
                return None
            parts = last[0].split()
            mechanism = parts[1].decode("ascii", "replace").upper() if len(parts) > 1 else ""
            answer = auth.get(mechanism, "504 5.5.4 Unrecognized authentication type")
            return p.send(_line(answer))

        if peer.send(GREETING):
            serve_esmtp(peer, table, on=on, heard=heard)

    return handler


NOT_IMPLEMENTED: Final = b"502 5.5.1 Command not implemented\r\n"


def _smtp_loop(
    peer: Peer, ehlo_reply: bytes, on_starttls: Callable[[Peer], bool] | None = None
) -> None:
    """A minimal command loop: EHLO/HELO/NOOP/RSET/QUIT, everything else 502."""
    helo = ehlo_reply.split(b"\r\n", 1)[0].replace(b"250-", b"250 ") + b"\r\n"

    def starttls(p: Peer, verb: str) -> bool | None:
        return on_starttls(p) if verb == "STARTTLS" and on_starttls is not None else None

    serve_esmtp(peer, {"EHLO": ehlo_reply, "HELO": helo, "NOOP": OK, "RSET": OK,
                       "DATA": NOT_IMPLEMENTED}, on=starttls, default=NOT_IMPLEMENTED)


def plain_esmtp(peer: Peer) -> None:
    """ESMTP without STARTTLS and without AUTH."""
    if peer.send(b"220 plain.example ESMTP ready\r\n"):
        _smtp_loop(peer, b"250-plain.example\r\n250-PIPELINING\r\n250 8BITMIME\r\n")


def starttls_then_plain(peer: Peer) -> None:
    """Advertise STARTTLS, say "220 2.0.0 Ready", then keep talking plain text, not TLS."""

    def fake_starttls(p: Peer) -> bool:
        p.send(b"220 2.0.0 Ready to start TLS\r\n")
        p.send(b"250 2.0.0 still plain text, no TLS here\r\n")
        p.hold()
        return False

    if peer.send(b"220 broken-tls.example ESMTP ready\r\n"):
        _smtp_loop(
            peer,
            b"250-broken-tls.example\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 8BITMIME\r\n",
            on_starttls=fake_starttls,
        )


# --------------------------------------------------------------------------- odd TLS peers


def accept_then_close(peer: Peer) -> None:
    """Accept the TCP connection and close it at once (no greeting, no TLS)."""
    peer.close()


def stall(peer: Peer) -> None:
    """Read whatever comes (a ClientHello) and never answer: a handshake that stalls."""
    peer.hold()


def reset_on_hello(peer: Peer) -> None:
    """Read the first bytes (a ClientHello) then close: the handshake dies half way."""
    peer.sock.settimeout(5.0)
    try:
        peer.received += peer.sock.recv(4096)
    except OSError:
        return
    peer.close()


BEHAVIOURS: Final[dict[str, Handler]] = {
    "silent": silent,
    "slow_drip": slow_drip,
    "busy_421": busy_421,
    "reject_554": reject_554,
    "hangup_after_ehlo": hangup_after_ehlo,
    "garbage": garbage,
    "not_smtp_greeting": not_smtp_greeting,
    "silent_after_greeting": silent_after_greeting,
    "drip_after_greeting": drip_after_greeting,
    "tls_bytes": tls_bytes,
    "plain_esmtp": plain_esmtp,
    "starttls_then_plain": starttls_then_plain,
}
