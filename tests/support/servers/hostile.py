"""Hostile SMTP peers for the hardening suite (real loopback sockets, run by ScriptedServer).

Each handler takes a :class:`scripted.Peer`. Everything a handler sends is built at
import time where it is large, so that tracemalloc in the tests measures the client, not the peer.
Every loop checks ``peer.stopped`` or a failed send, so teardown is prompt.
"""

from __future__ import annotations

import contextlib
import random
import socket
import ssl
import struct
import threading
import time
from typing import Final

from tests.support.servers.scripted import (
    EHLO_REPLY,
    GREETING,
    Handler,
    Peer,
    ehlo_reply,
    serve_esmtp,
    verb_of,
)
from tests.support.servers.scripted import (
    make_esmtp as make_esmtp,  # re-exported: hostile.make_esmtp(...)
)

ONE_MB: Final = 1024 * 1024
HUGE_LINE: Final = b"220 " + b"A" * ONE_MB + b"\r\n"
HUGE_EHLO_LINE: Final = b"250 " + b"B" * ONE_MB + b"\r\n"
ENDLESS_CHUNK: Final = b"".join(b"250-endless-%05d\r\n" % i for i in range(400))
# Seeded garbage with a few newlines in it; never starts like a TLS record or an SMTP reply.
GARBAGE: Final = b"\x00\xff\xfe\x80" + random.Random(7).randbytes(64 * 1024)


def reset(peer: Peer) -> None:
    """Close with a TCP RST instead of a FIN (SO_LINGER on, linger time 0)."""
    with contextlib.suppress(OSError):
        peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    peer.close()


# --------------------------------------------------------------------------- oversized replies


def huge_greeting(peer: Peer) -> None:
    """A 1 MB greeting line, then hold the connection."""
    if peer.send(HUGE_LINE):
        peer.hold()


def huge_ehlo_line(peer: Peer) -> None:
    """A normal greeting, then a 1 MB line in the EHLO reply."""
    if peer.send(GREETING) and peer.read_line() is not None and peer.send(HUGE_EHLO_LINE):
        peer.hold()


def endless_greeting(peer: Peer) -> None:
    """"220-..." continuation lines, forever (until the client goes away)."""
    chunk = ENDLESS_CHUNK.replace(b"250-", b"220-")
    while not peer.stopped.is_set() and peer.send(chunk):
        pass


def endless_ehlo(peer: Peer) -> None:
    """A normal greeting, then "250-..." continuation lines forever in answer to EHLO."""
    if not (peer.send(GREETING) and peer.read_line() is not None):
        return
    while not peer.stopped.is_set() and peer.send(ENDLESS_CHUNK):
        pass


def endless_ehlo_slow(peer: Peer) -> None:
    """Continuation lines forever, one every 50 ms: only the reply deadline ends it."""
    if not (peer.send(GREETING) and peer.read_line() is not None):
        return
    n = 0
    while peer.send(b"250-slow-%d\r\n" % n) and not peer.sleep(0.05):
        n += 1


# --------------------------------------------------------------------------- garbage


def binary_garbage(peer: Peer) -> None:
    """64 KB of random bytes instead of a greeting, then hold."""
    if peer.send(GARBAGE):
        peer.hold()


def binary_garbage_no_newline(peer: Peer) -> None:
    """A few hundred random bytes with no line end, then silence."""
    data = bytes(b for b in GARBAGE[:600] if b not in (0x0A, 0x0D))
    if peer.send(data):
        peer.hold()


def nul_and_bad_utf8(peer: Peer) -> None:
    """A working ESMTP server whose reply texts carry NUL bytes and invalid UTF-8."""
    if not peer.send(b"220 nul\x00host.example \xff\xfe\xc3\x28 ESMTP \x00ready\r\n"):
        return
    ehlo = (b"250-nul\x00host.example greets \xff\xfe\r\n250-PIPELINING\r\n"
            b"250-X-\xe2\x82 broken\x00utf8\r\n250 8BITMIME\r\n")
    serve_esmtp(peer, {"EHLO": ehlo, "QUIT": b"221 2.0.0 bye \x00\xff\r\n"})


def nul_in_code(peer: Peer) -> None:
    """A greeting whose reply code itself contains a NUL byte."""
    if peer.send(b"2\x0020 ready\r\n"):
        peer.hold()


def _rst(peer: Peer) -> bool:
    reset(peer)
    return False


def reset_after(verb: str, replies: dict[str, bytes] | None = None) -> Handler:
    """A working server that answers ``verb`` with a TCP reset."""
    return make_esmtp(replies, on={verb: _rst})


def _accept_auth_then_drop(peer: Peer) -> bool:
    peer.send(b"235 2.7.0 Authentication successful\r\n")
    peer.close()
    return False


def _accept_auth_then_reset(peer: Peer) -> bool:
    peer.send(b"235 2.7.0 Authentication successful\r\n")
    time.sleep(0.05)
    reset(peer)
    return False


auth_ok_then_drop: Final[Handler] = make_esmtp(on={"AUTH": _accept_auth_then_drop})
auth_ok_then_reset: Final[Handler] = make_esmtp(on={"AUTH": _accept_auth_then_reset})


def wrong_code(verb: str, reply: bytes) -> Handler:
    """A working server that answers ``verb`` with a reply code meant for something else."""
    return make_esmtp({verb: reply})


def _stall(peer: Peer) -> bool:
    peer.hold()
    return False


class StallAt:
    """A working ESMTP server (STARTTLS and AUTH offered) that stops answering at one verb.

    ``reached`` is set when the stalled command arrived, so a test can cancel at exactly that
    point. ``verb`` is an SMTP verb or "." (the end of the message data).
    """

    def __init__(self, verb: str, *, starttls: bool = False) -> None:
        self.verb = verb
        self.reached = threading.Event()
        caps = ["PIPELINING", *(["STARTTLS"] if starttls else []), "AUTH PLAIN LOGIN", "8BITMIME"]
        self.ehlo = ehlo_reply("stall.example", *caps)

    def _hit(self, peer: Peer, verb: str) -> bool | None:
        if verb != self.verb:
            return None
        self.reached.set()
        peer.hold()
        return False

    def __call__(self, peer: Peer) -> None:
        if self.verb == "GREETING":
            self.reached.set()
            peer.hold()
            return
        if peer.send(b"220 stall.example ESMTP\r\n"):
            serve_esmtp(peer, {"EHLO": self.ehlo, "AUTH": b"235 2.7.0 OK\r\n"}, on=self._hit)


# --------------------------------------------------------------------------- framing


def tiny_segments(peer: Peer) -> None:
    """The greeting and the EHLO reply one byte per TCP segment (Nagle off, 1 ms apart)."""
    peer.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def dribble(data: bytes) -> bool:
        for i in range(len(data)):
            if not peer.send(data[i:i + 1]) or peer.sleep(0.001):
                return False
        return True

    if not dribble(GREETING):
        return

    def ehlo(p: Peer, verb: str) -> bool | None:
        return dribble(EHLO_REPLY) if verb == "EHLO" else None

    serve_esmtp(peer, on=ehlo)


# --------------------------------------------------------------------------- STARTTLS abuse


def make_starttls_injection(tls_context: ssl.SSLContext, delay: float = 0.0) -> Handler:
    """Answer STARTTLS with "220" *and* a forged reply in the same segment, then do real TLS.

    A client that keeps bytes buffered from before the handshake would read the forged "250" as
    the answer to its first command over TLS (the CVE-2011-0411 family). It must refuse.
    With ``delay`` the forged reply follows the 220 in a second segment.
    """
    ehlo = b"250-inject.example\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"

    def starttls(peer: Peer) -> bool:
        forged = b"250-injected.example\r\n250 AUTH PLAIN\r\n"
        ready = b"220 2.0.0 Ready to start TLS\r\n"
        if delay:
            if not peer.send(ready) or peer.sleep(delay) or not peer.send(forged):
                return False
        elif not peer.send(ready + forged):
            return False
        try:
            peer.sock.settimeout(5.0)
            tls = tls_context.wrap_socket(peer.sock, server_side=True)
        except (OSError, ssl.SSLError):
            return False
        peer.sock = tls
        return True

    return make_esmtp({"EHLO": ehlo}, on={"STARTTLS": starttls})


def starttls_then_plain(peer: Peer) -> None:
    """Offer STARTTLS, answer 220, then keep speaking plain SMTP."""
    ehlo = b"250-plain.example\r\n250-STARTTLS\r\n250 8BITMIME\r\n"

    def starttls(p: Peer) -> bool:
        p.send(b"220 2.0.0 Ready to start TLS\r\n")
        p.sleep(0.05)
        p.send(b"220 plain.example ESMTP still plain text\r\n")
        p.hold()
        return False

    make_esmtp({"EHLO": ehlo}, on={"STARTTLS": starttls})(peer)


# --------------------------------------------------------------------------- TLS handshakes


def read_client_hello(peer: Peer, timeout: float = 5.0) -> bytes:
    """Read one whole TLS record (the ClientHello) from the peer."""
    peer.sock.settimeout(timeout)
    data = b""
    try:
        while len(data) < 5 or len(data) < 5 + int.from_bytes(data[3:5], "big"):
            chunk = peer.sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    peer.received += data
    return data


def tls_stall_after_client_hello(peer: Peer) -> None:
    """Implicit TLS: read the ClientHello, then say nothing."""
    if read_client_hello(peer):
        peer.hold()


def server_hello_bytes(tls_context: ssl.SSLContext, client_hello: bytes) -> bytes:
    """What a real TLS server answers to ``client_hello`` (ServerHello and what follows)."""
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = tls_context.wrap_bio(incoming, outgoing, server_side=True)
    incoming.write(client_hello)
    with contextlib.suppress(ssl.SSLWantReadError):
        obj.do_handshake()
    return outgoing.read()


def make_half_server_hello(tls_context: ssl.SSLContext, then: str = "hold") -> Handler:
    """Implicit TLS: answer the ClientHello with the first half of a real ServerHello flight."""

    def handler(peer: Peer) -> None:
        hello = read_client_hello(peer)
        if not hello:
            return
        try:
            flight = server_hello_bytes(tls_context, hello)
        except ssl.SSLError:
            return
        if not peer.send(flight[: max(1, len(flight) // 2)]):
            return
        if then == "hold":
            peer.hold()
        elif then == "reset":
            reset(peer)

    return handler


def starttls_then_stall_handshake(peer: Peer) -> None:
    """STARTTLS answered 220, then the ClientHello is read and never answered."""
    ehlo = b"250-stall.example\r\n250-STARTTLS\r\n250 8BITMIME\r\n"

    def starttls(p: Peer) -> bool:
        if p.send(b"220 2.0.0 Ready to start TLS\r\n") and read_client_hello(p):
            p.hold()
        return False

    make_esmtp({"EHLO": ehlo}, on={"STARTTLS": starttls})(peer)


# --------------------------------------------------------------------------- XOAUTH2 and recording


def make_xoauth2(token: str, user: str = "alice") -> Handler:
    """ESMTP offering only XOAUTH2: accepts exactly ``token`` for ``user``, else the Gmail-style
    334 JSON error followed by 535."""
    import base64

    expected = base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode())
    ehlo = b"250-oauth.example\r\n250-AUTH XOAUTH2\r\n250 8BITMIME\r\n"

    def auth(peer: Peer) -> bool:
        line = peer.received.splitlines()[-1] if peer.received else b""
        given = line.strip().split(b" ")[-1]
        if given == expected:
            return peer.send(b"235 2.7.0 Accepted\r\n")
        error = base64.b64encode(b'{"status":"401","schemes":"Bearer","scope":"mail"}')
        if not peer.send(b"334 " + error + b"\r\n"):
            return False
        if peer.read_line() is None:
            return False
        return peer.send(b"535 5.7.8 Username and Password not accepted\r\n")

    return make_esmtp({"EHLO": ehlo}, on={"AUTH": auth})


class Recorder:
    """An accept-everything ESMTP peer that records every command line and message it gets.

    Subclasses change what it says: ``greeting``, ``ehlo_reply(peer)``, and ``command(peer,
    verb)`` for any verb they handle themselves (True: go on, False: end the session).
    """

    greeting: bytes = GREETING

    def __init__(self) -> None:
        self.commands: list[bytes] = []
        self.messages: list[bytes] = []
        self.peers: list[Peer] = []
        self._lock = threading.Lock()

    def ehlo_reply(self, peer: Peer) -> bytes:
        return EHLO_REPLY

    def command(self, peer: Peer, verb: str) -> bool | None:
        """Handle ``verb`` (True/False) or leave it to the default answers (None)."""
        return None

    def __call__(self, peer: Peer) -> None:
        with self._lock:
            self.peers.append(peer)
        try:
            self._serve(peer)
        finally:
            peer.close()

    def _serve(self, peer: Peer) -> None:
        if peer.send(self.greeting):
            serve_esmtp(peer, {"AUTH": b"235 2.7.0 OK\r\n", "QUIT": b"221 Bye\r\n",
                               ".": b"250 2.0.0 OK queued as REC1\r\n"},
                        on=self._answer, timeout=10.0, heard=self._heard,
                        message=self._message)

    def _answer(self, peer: Peer, verb: str) -> bool | None:
        handled = self.command(peer, verb)
        if handled is None and verb == "EHLO":
            return peer.send(self.ehlo_reply(peer))
        return handled

    def _heard(self, line: bytes) -> None:
        with self._lock:
            self.commands.append(line)

    def _message(self, data: bytes) -> None:
        with self._lock:
            self.messages.append(data)

    def verbs(self) -> list[str]:
        with self._lock:
            return [verb_of(c) for c in self.commands]

    def received(self) -> bytes:
        """Every byte read on every connection (decrypted after a handshake)."""
        with self._lock:
            return b"".join(bytes(p.received) for p in self.peers)



def _shown(data: bytes) -> bytes:
    """How a careless server quotes a decoded SASL blob: NUL and \\x01 as '|'."""
    return data.replace(b"\0", b"|").replace(b"\x01", b"|")


def make_echo(where: str) -> Handler:
    """A server that repeats the credentials it was sent, decoded and in base64.

    ``where`` is "535" (in the failure reply, as in ``535 decoded=|bob|S3cr3t…``) or "334" (in a
    base64 challenge). AUTH PLAIN, LOGIN and XOAUTH2 are offered; for XOAUTH2 the 334 is the
    error JSON (with the decoded blob in it) and the final reply quotes it again.
    """
    import base64
    import json

    ehlo = b"250-echo.example\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250 8BITMIME\r\n"

    def fail_with(peer: Peer, blob: bytes, b64: bytes) -> bool:
        if where == "334":
            if not peer.send(b"334 " + base64.b64encode(b"you sent: " + blob) + b"\r\n"):
                return False
            if peer.read_line() is None:
                return False
        return peer.send(b"535 5.7.8 rejected " + b64 + b" decoded=" + _shown(blob) + b"\r\n")

    def auth(peer: Peer) -> bool:
        words = (peer.received.splitlines()[-1] if peer.received else b"").split()
        mechanism = words[1].upper() if len(words) > 1 else b""
        initial = words[2] if len(words) > 2 else b""
        if mechanism == b"LOGIN":
            if not peer.send(b"334 VXNlcm5hbWU6\r\n"):
                return False
            user_line = peer.read_line()
            if user_line is None or not peer.send(b"334 UGFzc3dvcmQ6\r\n"):
                return False
            pw_line = peer.read_line()
            if pw_line is None:
                return False
            b64 = pw_line.strip()
            return fail_with(peer, base64.b64decode(b64 + b"=="[:(-len(b64)) % 4]), b64)
        blob = base64.b64decode(initial + b"=="[:(-len(initial)) % 4])
        if mechanism == b"XOAUTH2":
            detail = {"status": "400", "error": "invalid_token",
                      "echo": _shown(blob).decode("utf-8", "replace")}
            error = base64.b64encode(json.dumps(detail).encode())
            if not peer.send(b"334 " + error + b"\r\n") or peer.read_line() is None:
                return False
            return peer.send(b"535 5.7.8 token " + initial + b" decoded=" + _shown(blob) + b"\r\n")
        return fail_with(peer, blob, initial)

    return make_esmtp({"EHLO": ehlo}, on={"AUTH": auth})
