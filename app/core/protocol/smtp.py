"""The SMTP conversation over one socket: deadline-bounded replies, size caps, TLS upgrade.

Our own small client instead of smtplib: every read is bounded by what is left of the reply's
deadline (a server that drips one byte a second still ends on time), replies are capped in size,
and each line goes to the transcript as it crosses the wire, redacted there.
"""

from __future__ import annotations

import contextlib
import re
import select
import socket
import ssl
import time
from dataclasses import dataclass, field, replace
from typing import Literal

from ..cancel import Cancelled, CancelToken
from ..errors import (
    CheckFailure,
    HandshakeStalled,
    ProtocolFailure,
    TLSFailure,
    is_connection_lost,
    tls_failure,
)
from ..model import Security
from ..text.i18n import msg, number
from .transcript import Transcript, printable

MAX_LINE = 8192  # bytes in one reply line (RFC 5321 asks for 512; real servers exceed it)
MAX_REPLY_LINES = 256
MAX_REPLY_BYTES = 128 * 1024

TLS_RECORD = (b"\x16\x03", b"\x15\x03")  # a TLS handshake or alert record: never an SMTP reply
REPLY_LINE = re.compile(rb"^(\d{3})([ -]?)(.*)$", re.DOTALL)
ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})(?=\s|$)")


class ReplyTimeout(ProtocolFailure):
    def __init__(self, waited: float) -> None:
        super().__init__("smtp.reply_timeout",
                         msg("The server did not finish its reply within {seconds} s",
                             seconds=number(waited, 1)),
                         {"waited_s": round(waited, 2)})
        self.waited = waited


class ConnectionClosed(ProtocolFailure):
    def __init__(self, partial: bytes = b"") -> None:
        summary = msg("The server closed the connection in the middle of a reply ({received})",
                      received=printable(partial)[:60]) if partial \
            else msg("The server closed the connection")
        super().__init__("smtp.closed", summary)


class MalformedReply(ProtocolFailure):
    def __init__(self, summary: str, sample: bytes = b"") -> None:
        """``summary``: the whole sentence ("The server's reply is not SMTP: …")."""
        facts = {"received": printable(sample[:200])} if sample else {}
        super().__init__("smtp.protocol_error", summary, facts)
        self.sample = sample


def _too_long() -> str:
    return msg("The server's reply is not SMTP: a reply line is longer than {size} bytes",
               size=MAX_LINE)  # the protocol limit, as RFCs and logs write it


@dataclass(frozen=True)
class Reply:
    code: int
    lines: tuple[str, ...]
    enhanced: str = ""  # RFC 3463 enhanced status code such as "5.7.8", when present

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def message(self) -> str:
        """The text without the enhanced status code."""
        first = ENHANCED.sub("", self.lines[0]).strip() if self.lines else ""
        return " ".join([first, *self.lines[1:]]).strip()

    def short(self) -> str:
        return f"{self.code} {self.lines[0] if self.lines else ''}".strip()

    @property
    def positive(self) -> bool:
        return 200 <= self.code < 400

    @property
    def transient(self) -> bool:
        return 400 <= self.code < 500


def parse_enhanced(text: str) -> str:
    match = ENHANCED.match(text.strip())
    return ".".join(match.groups()) if match else ""


def could_start_reply(head: bytes) -> bool:
    """False as soon as the first bytes of a line (up to 4) cannot begin an SMTP reply: a
    non-digit among the first three, or a fourth byte that is not a space, hyphen or line end.
    The first byte of a TLS record is let through until the second one says what it is."""
    if head[:1] in (b"\x16", b"\x15") and len(head) == 1:
        return True
    digits = head[:3]
    if not all(48 <= byte <= 57 for byte in digits):
        return False
    return len(head) < 4 or head[3:4] in (b" ", b"-", b"\r", b"\n")


def parse_reply_lines(raw_lines: list[bytes]) -> Reply:
    """Turn raw reply lines (without CRLF) into a Reply; raises MalformedReply."""
    code = None
    texts: list[str] = []
    for index, raw in enumerate(raw_lines):
        match = REPLY_LINE.match(raw)
        if not match:
            raise MalformedReply(msg("The server's reply is not SMTP: a line does not start "
                                 "with a three-digit code"), raw)
        line_code = int(match.group(1))
        separator = match.group(2)
        last = index == len(raw_lines) - 1
        if code is not None and line_code != code:
            raise MalformedReply(msg("The server's reply is not SMTP: the lines of one reply "
                                 "carry different codes"), raw)
        if not 200 <= line_code < 600:
            raise MalformedReply(msg("The server's reply is not SMTP: {code} is not a valid "
                                 "reply code", code=line_code), raw)
        if (separator == b"-") == last:
            raise MalformedReply(msg("The server's reply is not SMTP: a multi-line reply is not "
                                 "terminated properly"), raw)
        if separator == b"" and match.group(3):
            raise MalformedReply(msg("The server's reply is not SMTP: the code is not followed "
                                 "by a space"), raw)
        code = line_code
        texts.append(printable(match.group(3)).strip())  # no raw control bytes from servers
    if code is None:
        raise MalformedReply(msg("The server's reply is not SMTP: empty reply"))
    enhanced = parse_enhanced(texts[0]) if texts else ""
    if enhanced and enhanced[0] != str(code)[0]:
        enhanced = ""  # RFC 3463: the class must match the reply code's first digit
    return Reply(code, tuple(texts), enhanced)


def parse_capabilities(reply: Reply) -> dict[str, str]:
    """EHLO reply -> {KEYWORD: parameters}. The first line is the server's greeting name."""
    caps: dict[str, str] = {}
    for line in reply.lines[1:]:
        keyword, _, params = line.partition(" ")
        if keyword:
            caps.setdefault(keyword.upper(), params.strip())
    return caps


@dataclass
class Channel:
    sock: socket.socket
    transcript: Transcript
    cancel: CancelToken
    reply_timeout: float = 30.0
    step_deadline: float = field(default_factory=lambda: time.monotonic() + 60.0)
    tls: bool = False
    received: int = 0  # bytes read from the server so far (over plain text and TLS)
    _buffer: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        self.cancel.register(self.sock)

    # -- deadlines -----------------------------------------------------------------------------
    def reply_deadline(self, timeout: float | None = None) -> float:
        own = time.monotonic() + (self.reply_timeout if timeout is None else timeout)
        return min(own, self.step_deadline)

    def _recv(self, deadline: float, started: float) -> bytes:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ReplyTimeout(time.monotonic() - started)
        self.cancel.check()
        try:
            self.sock.settimeout(remaining)
            quick_ack(self.sock)
            data = self.sock.recv(65536)
        except TimeoutError:
            self.cancel.check()
            raise ReplyTimeout(time.monotonic() - started) from None
        except (OSError, ssl.SSLError) as exc:
            self.cancel.check()
            if isinstance(exc, ssl.SSLError) and not is_connection_lost(exc):
                raise MalformedReply(msg("The server's reply is not SMTP: TLS error while "
                                         "reading ({reason})", reason=exc.reason)) from None
            raise ConnectionClosed(bytes(self._buffer)) from None
        self.cancel.check()
        if not data:
            raise ConnectionClosed(bytes(self._buffer))
        self.received += len(data)
        return data

    def _read_line(self, deadline: float, started: float) -> bytes:
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0:
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                if len(line) > MAX_LINE:
                    raise MalformedReply(_too_long(), line)
                return line.rstrip(b"\r")
            if bytes(self._buffer[:2]) in TLS_RECORD:
                raise MalformedReply(msg("The server's reply is not SMTP: the server speaks "
                                         "TLS"), bytes(self._buffer[:200]))
            if not could_start_reply(bytes(self._buffer[:4])):  # no need to wait for a line end
                sample = bytes(self._buffer[:200])
                self.transcript.add("S", printable(sample), self.tls)
                raise MalformedReply(msg("The server's reply is not SMTP: it does not start "
                                         "with a three-digit code"), sample)
            if len(self._buffer) > MAX_LINE:
                sample = bytes(self._buffer[:200])
                self._buffer.clear()
                raise MalformedReply(_too_long(), sample)
            self._buffer += self._recv(deadline, started)

    # -- replies and commands -----------------------------------------------------------------
    def read_reply(self, timeout: float | None = None) -> Reply:
        """The next reply, its text already scrubbed of the run's secrets (a server may repeat
        what it was sent); a failure while reading is scrubbed the same way."""
        redactor = self.transcript.redactor
        try:
            reply = self._read_reply(timeout)
        except CheckFailure as failure:
            redactor.scrub_failure(failure)
            raise
        if not redactor:
            return reply
        return replace(reply, lines=tuple(redactor.scrub(line) for line in reply.lines))

    def _read_reply(self, timeout: float | None) -> Reply:
        deadline = self.reply_deadline(timeout)
        started = time.monotonic()
        raw_lines: list[bytes] = []
        total = 0
        while True:
            line = self._read_line(deadline, started)
            self.transcript.add("S", printable(line), self.tls)
            raw_lines.append(line)
            total += len(line)
            if len(raw_lines) > MAX_REPLY_LINES or total > MAX_REPLY_BYTES:
                raise MalformedReply(msg("The server's reply is not SMTP: the reply has more "
                                         "than {count} lines", count=number(MAX_REPLY_LINES)),
                                     line)
            match = REPLY_LINE.match(line)
            if not match or match.group(2) != b"-":
                break
        return parse_reply_lines(raw_lines)

    def send(self, line: str, shown: str | None = None) -> None:
        if "\r" in line or "\n" in line:
            raise ValueError("CR/LF inside an SMTP command")  # validated earlier; defence in depth
        self.transcript.add("C", shown if shown is not None else line, self.tls)
        self.send_raw(line.encode("utf-8") + b"\r\n")

    def send_raw(self, data: bytes) -> None:
        deadline = self.reply_deadline()
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReplyTimeout(self.reply_timeout)
            self.cancel.check()
            try:
                self.sock.settimeout(remaining)
                sent = self.sock.send(view)
            except TimeoutError:
                self.cancel.check()
                raise ReplyTimeout(self.reply_timeout) from None
            except OSError:
                self.cancel.check()
                raise ConnectionClosed() from None
            view = view[sent:]

    def command(self, line: str, shown: str | None = None, timeout: float | None = None) -> Reply:
        self.send(line, shown)
        return self.read_reply(timeout)

    @property
    def pending(self) -> bytes:
        return bytes(self._buffer)

    # -- TLS -------------------------------------------------------------------------------------
    def start_tls(self, context: ssl.SSLContext, server_hostname: str | None,
                  timeout: float) -> ssl.SSLSocket:
        """Handshake on this connection, bounded as a whole by ``timeout`` (and the step)."""
        if self._buffer:
            raise MalformedReply(msg("The server's reply is not SMTP: the server sent data "
                                     "before the TLS handshake began"), bytes(self._buffer))
        deadline = min(time.monotonic() + timeout, self.step_deadline)
        self.cancel.check()
        plain = self.sock
        self.cancel.unregister(plain)
        try:
            tls_sock = context.wrap_socket(plain, server_hostname=server_hostname,
                                           do_handshake_on_connect=False)
            self.sock = tls_sock
            self.cancel.register(tls_sock)
            tls_sock.settimeout(0.0)
        except (OSError, ValueError) as exc:
            self.cancel.check()
            raise TLSFailure("tls.handshake_failed",
                             msg("TLS could not start: {error}", error=exc)) from None
        started = time.monotonic()
        while True:
            try:
                tls_sock.do_handshake()
                break
            except ssl.SSLWantReadError:
                wait_read = True
            except ssl.SSLWantWriteError:
                wait_read = False
            except ssl.SSLError as exc:
                self.cancel.check()
                raise tls_failure(exc) from None
            except OSError as exc:
                self.cancel.check()
                raise TLSFailure("tls.handshake_failed",
                                 msg("The server closed the connection during the TLS "
                                     "handshake"),
                                 {"error": type(exc).__name__}) from None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise HandshakeStalled(msg("The TLS handshake did not finish within {seconds} s "
                                           "(the server stalled)",
                                           seconds=number(time.monotonic() - started, 1)))
            try:
                if wait_read:
                    select.select([tls_sock], [], [], remaining)
                else:
                    select.select([], [tls_sock], [], remaining)
            except (OSError, ValueError):
                self.cancel.check()
                raise
            self.cancel.check()
        self.tls = True
        return tls_sock

    def close(self) -> None:
        self.cancel.unregister(self.sock)
        with contextlib.suppress(OSError):
            self.sock.close()


class GreetingRefused(ProtocolFailure):
    """The server answered the connection with something other than ``220``."""

    def __init__(self, reply: Reply) -> None:
        super().__init__("smtp.rejected",
                         msg("The server refused us: {reply}", reply=reply.short()),
                         {"reply": reply.short()})
        self.reply = reply


class StartTLSUnavailable(ProtocolFailure):
    """The EHLO reply does not offer STARTTLS (the session is still usable, unencrypted)."""

    def __init__(self) -> None:
        super().__init__("smtp.starttls_unavailable",
                         msg("The server does not offer STARTTLS"))


class StartTLSRefused(ProtocolFailure):
    """STARTTLS was answered with something other than ``220``."""

    def __init__(self, reply: Reply) -> None:
        super().__init__("smtp.starttls_failed",
                         msg("STARTTLS was refused: {reply}", reply=reply.short()),
                         {"reply": reply.short()})
        self.reply = reply


class Session:
    """Opening an SMTP session on a connected :class:`Channel`, one stage per method:
    [implicit TLS] → greeting → EHLO → [STARTTLS → EHLO]; :meth:`open` runs them in order.

    The one opener of every check: the connection check calls the stages from its steps and
    opens its probes with :meth:`open`; discovery and TLS details open theirs the same way.
    Capabilities always come from :func:`parse_capabilities`. A context manager: leaving the
    ``with`` block closes the socket, on every path. Failures are typed (branch on the class):
    :class:`GreetingRefused`, :class:`StartTLSUnavailable`, :class:`StartTLSRefused`, the
    :class:`~app.core.errors.TLSFailure` family and the channel's :class:`ReplyTimeout`,
    :class:`ConnectionClosed`, :class:`MalformedReply`.
    """

    def __init__(self, channel: Channel, ehlo_name: str, server_hostname: str | None) -> None:
        self.channel = channel
        self.ehlo_name = ehlo_name
        self.server_hostname = server_hostname
        self.greeting: Reply | None = None  # whatever the server greeted with, even a refusal
        self.caps: dict[str, str] = {}  # from the last EHLO (empty unless it answered 250)
        self.tls_sock: ssl.SSLSocket | None = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.channel.close()

    @property
    def tls_version(self) -> str:
        """The TLS version in use ("" before TLS)."""
        return (self.tls_sock.version() or "") if self.tls_sock is not None else ""

    def greet(self, timeout: float | None = None) -> Reply:
        """Read the greeting; anything but 220 raises :class:`GreetingRefused`."""
        self.greeting = self.channel.read_reply(timeout)
        if self.greeting.code != 220:
            raise GreetingRefused(self.greeting)
        return self.greeting

    def hello(self, timeout: float | None = None) -> Reply:
        """EHLO; :attr:`caps` is parsed from a 250 reply and empty after any other."""
        reply = self.channel.command(f"EHLO {self.ehlo_name}", timeout=timeout)
        self.caps = parse_capabilities(reply) if reply.code == 250 else {}
        return reply

    def handshake(self, context: ssl.SSLContext, timeout: float | None = None) -> ssl.SSLSocket:
        """The TLS handshake on this connection (implicit TLS, or after STARTTLS)."""
        self.tls_sock = self.channel.start_tls(
            context, self.server_hostname,
            self.channel.reply_timeout if timeout is None else timeout)
        return self.tls_sock

    def starttls(self, context: ssl.SSLContext, timeout: float | None = None) -> ssl.SSLSocket:
        """STARTTLS (when the last EHLO offered it), then the handshake."""
        if "STARTTLS" not in self.caps:
            raise StartTLSUnavailable()
        reply = self.channel.command("STARTTLS", timeout=timeout)
        if reply.code != 220:
            raise StartTLSRefused(reply)
        return self.handshake(context, timeout)

    def open(self, security: Security, context: ssl.SSLContext, timeout: float | None = None,
             *, until: Literal["tls", "ehlo"] = "ehlo") -> Session:
        """The whole opener. ``timeout`` bounds each reply and the handshake (None: the
        channel's reply timeout); ``until="tls"`` stops as soon as TLS is up (a probe that
        only wants the handshake)."""
        if security is Security.TLS:
            self.handshake(context, timeout)
            if until == "tls":
                return self
        self.greet(timeout)
        self.hello(timeout)
        if security is Security.STARTTLS:
            self.starttls(context, timeout)
            if until == "ehlo":
                self.hello(timeout)
        return self


def quick_ack(sock: socket.socket) -> None:
    """Acknowledge at once (Linux TCP_QUICKACK; a no-op elsewhere).

    A server that writes a multi-line reply line by line (Nagle on its side) otherwise waits for
    our delayed ACK, ~40 ms per reply. Linux resets the flag after use, so it is set per read.
    """
    option = getattr(socket, "TCP_QUICKACK", None)
    if option is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, option, 1)


def wait_readable(sock: socket.socket, timeout: float) -> bool:
    """True when ``sock`` has data (or EOF) within ``timeout``; used by short probes."""
    try:
        readable, _, _ = select.select([sock], [], [], max(timeout, 0.0))
    except (OSError, ValueError):
        return True
    return bool(readable)


__all__ = [
    "Cancelled", "Channel", "ConnectionClosed", "GreetingRefused", "MalformedReply", "Reply",
    "ReplyTimeout", "Session", "StartTLSRefused", "StartTLSUnavailable", "could_start_reply",
    "parse_capabilities", "parse_enhanced", "parse_reply_lines", "wait_readable",
]
