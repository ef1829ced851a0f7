"""IMAP for the delivery proof: imaplib over our own socket and TLS, with deadlines and cancel.

``ImapTarget`` says where to look (host, port, IMAPS or STARTTLS, user); ``parse_url`` reads
``[imap://|imaps://][user@]host[:port]`` (a password in it is refused: it would end up in
shell history, profiles and reports). ``guess_host`` names the IMAP server of a provider from
its SMTP host.

``Mailbox`` is an IMAP session: ``open`` resolves and connects through ``protocol.net`` (the
CancelToken closes the socket; through the run's proxy when it has one), starts TLS with
``protocol.tls.make_context`` (verified as the SMTP connection is), logs in (AUTHENTICATE
PLAIN, LOGIN, or XOAUTH2 / OAUTHBEARER with the account's access token); ``folders`` lists
Inbox and the junk folders (the ``\\Junk`` SPECIAL-USE attribute, RFC 6154, then the common
names), ``find`` searches them for a Message-ID, ``idle`` waits for the server to report a
change (RFC 2177) and ``headers`` fetches a message's header without setting \\Seen. Every read
waits at most what is left of the session's deadline (imaplib's own reads are replaced by one
that re-arms the socket timeout before every recv), so a server that drips bytes still ends on
time.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Buffer

from ..cancel import Cancelled, CancelToken
from ..errors import CheckFailure, tls_failure
from ..model import IPVersion, Proxy
from ..text.i18n import msg
from .net import connect_first, resolve

IMAPS_PORT = 993
IMAP_PORT = 143
MAX_LINE = 1024 * 1024
MAX_FOLDERS = 8  # Inbox and at most 7 junk folders are looked in
MAX_SHOWN = 80  # a folder's name is cut to this many characters where it is shown
#: Junk folders by name when the server marks none with \Junk (lower case; Outlook.com and
#: Exchange "Junk Email" / "Junk E-mail", Gmail "[Gmail]/Spam", Yahoo "Bulk", Dovecot's
#: and Thunderbird's "Junk", many webmails' "Spam").
JUNK_NAMES = ("junk", "spam", "junk email", "junk e-mail", "[gmail]/spam", "bulk", "bulk mail",
              "inbox.junk", "inbox.spam", "inbox/junk", "inbox/spam", "spamverdacht", "courrier "
              "indésirable", "spam-verdacht")
#: IMAP servers of providers whose SMTP host does not turn into it by "smtp." -> "imap."
#: (each provider's own settings page).
IMAP_HOSTS = {
    "smtp.gmail.com": "imap.gmail.com",
    "smtp.googlemail.com": "imap.gmail.com",
    "smtp.office365.com": "outlook.office365.com",
    "smtp-mail.outlook.com": "outlook.office365.com",
    "smtp.live.com": "outlook.office365.com",
    "smtp.mail.me.com": "imap.mail.me.com",
    "smtp.mail.yahoo.com": "imap.mail.yahoo.com",
    "smtp.zoho.com": "imap.zoho.com",
    "smtp.fastmail.com": "imap.fastmail.com",
    "127.0.0.1": "127.0.0.1",
}


@dataclass(frozen=True)
class ImapTarget:
    host: str
    port: int = IMAPS_PORT
    tls: bool = True  # True: IMAPS (implicit TLS); False: STARTTLS on the plain port
    user: str = ""

    @property
    def label(self) -> str:
        how = "IMAPS" if self.tls else "IMAP with STARTTLS"
        return f"{self.user + ' on ' if self.user else ''}{self.host}:{self.port} ({how})"

    def to_dict(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port,
                "security": "tls" if self.tls else "starttls", "user": self.user}


def guess_host(smtp_host: str) -> str:
    """The IMAP server for an SMTP server: a known provider's, else smtp./mail. -> imap."""
    host = smtp_host.lower().rstrip(".")
    if host in IMAP_HOSTS:
        return IMAP_HOSTS[host]
    for prefix in ("smtp.", "smtp-mail.", "submission.", "mail.", "outgoing."):
        if host.startswith(prefix):
            return "imap." + host[len(prefix):]
    return host


def parse_url(text: str, default_user: str, smtp_host: str) -> ImapTarget:
    """``[imap://|imaps://][user@]host[:port]`` or "auto" / "" (the account that sent it, its
    IMAP host guessed from the SMTP host). Raises ValueError with a message for the field."""
    raw = text.strip()
    if raw.lower() in ("", "auto"):
        return ImapTarget(guess_host(smtp_host), IMAPS_PORT, True, default_user)
    if any(c.isspace() or ord(c) < 32 for c in raw):
        raise ValueError(msg("The IMAP address must be one word, like "
                             "imaps://alice@imap.example.com."))
    tls = True
    match = re.match(r"(?i)(imaps?)://", raw)
    if match:
        tls = match.group(1).lower() == "imaps"
        raw = raw[match.end():]
    elif "://" in raw:
        raise ValueError(msg("The IMAP address starts with imaps:// or imap://, or with the "
                             "server name."))
    raw = raw.rstrip("/")
    user = default_user
    if "@" in raw:
        user, _, raw = raw.rpartition("@")
        if ":" in user:
            raise ValueError(msg("Don't put the password in the IMAP address: it is read from "
                                 "the keychain, or from standard input with "
                                 "--imap-password-stdin."))
        from urllib.parse import unquote

        user = unquote(user)
        if not user:
            raise ValueError(msg("The user name before the @ in the IMAP address is empty."))
    host, port = raw, IMAPS_PORT if tls else IMAP_PORT
    bracket = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", raw)
    if bracket:
        host, port = bracket.group(1), int(bracket.group(2) or port)
    elif raw.count(":") == 1:
        host, _, number = raw.partition(":")
        if not number.isdigit():
            raise ValueError(msg("The port in the IMAP address is a number such as 993 or 143."))
        port = int(number)
    if not 1 <= port <= 65535:
        raise ValueError(msg("The port in the IMAP address must be between 1 and 65535."))
    from ..validate import normalize_host

    return ImapTarget(normalize_host(host), port, tls, user)


class ImapFailure(CheckFailure):
    """An IMAP step failed (connect, TLS, login, protocol)."""


class _Imap(imaplib.IMAP4):
    """imaplib on a socket we connected, with reads bounded by ``remaining()``."""

    def __init__(self, sock: socket.socket, host: str, remaining: Callable[[], float]) -> None:
        self._given = sock
        self._remaining = remaining
        self._buf = b""
        super().__init__(host, 0, None)

    def open(self, host: str = "", port: int = 0, timeout: float | None = None) -> None:
        self.host = host
        self.port = port
        self.sock = self._given
        self.file = self.sock.makefile("rb")  # imaplib closes it; our reads never use it

    def _recv(self) -> bytes:
        left = self._remaining()
        if left <= 0:
            raise TimeoutError("the IMAP server did not answer in time")
        self.sock.settimeout(left)
        data = self.sock.recv(65536)
        if not data:
            raise imaplib.IMAP4.abort(msg("the IMAP server closed the connection"))
        return data

    def readline(self) -> bytes:
        while b"\n" not in self._buf:
            if len(self._buf) > MAX_LINE:
                raise imaplib.IMAP4.error(msg("the IMAP server sent a line that is too long"))
            self._buf += self._recv()
        line, _, self._buf = self._buf.partition(b"\n")
        return line + b"\n"

    def read(self, size: int) -> bytes:
        while len(self._buf) < size:
            self._buf += self._recv()
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def send(self, data: Buffer) -> None:
        self.sock.settimeout(max(0.001, self._remaining()))
        self.sock.sendall(data)

    def use_tls(self, tls_sock: ssl.SSLSocket) -> None:
        """After STARTTLS: read and write over ``tls_sock`` from now on."""
        with contextlib.suppress(OSError):
            self.file.close()
        self.sock = tls_sock
        self.file = tls_sock.makefile("rb")
        self._buf = b""
        self._tls_established = True

    def wait_line(self, seconds: float) -> bytes | None:
        """One line within ``seconds`` (for IDLE), or None when none came."""
        if b"\n" not in self._buf:
            pending = isinstance(self.sock, ssl.SSLSocket) and self.sock.pending()
            if not pending:
                import select

                ready, _, _ = select.select([self.sock], [], [], max(0.0, seconds))
                if not ready:
                    return None
        return self.readline()


@dataclass(frozen=True)
class Folder:
    name: str  # as the server spells it (modified UTF-7), for SELECT
    junk: bool
    shown: str  # for people: "Inbox", "Junk" …


def _mutf7_decode(name: str) -> str:
    """RFC 3501 §5.1.3 modified UTF-7 -> text (for showing a folder's name)."""
    def part(match: re.Match[str]) -> str:
        body = match.group(1)
        if not body:
            return "&"
        data = body.replace(",", "/")
        data += "=" * (-len(data) % 4)
        try:
            return base64.b64decode(data).decode("utf-16-be")
        except (ValueError, UnicodeDecodeError):
            return match.group(0)
    return re.sub(r"&([A-Za-z0-9+,]*)-", part, name)


_LIST_LINE = re.compile(rb'\(([^)]*)\)\s+(?:"(?:[^"\\]|\\.)*"|NIL)\s+(.+)$')


def _list_name(raw: bytes) -> str:
    raw = raw.strip()
    if raw.startswith(b'"') and raw.endswith(b'"'):
        return raw[1:-1].replace(b'\\"', b'"').replace(b"\\\\", b"\\").decode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


class Mailbox:
    """One IMAP session for the delivery proof. Methods raise ImapFailure (classified) or
    Cancelled; ``close`` never raises."""

    def __init__(self, target: ImapTarget, cancel: CancelToken, *, verify: bool = True,
                 ca_file: str = "", ip_version: IPVersion = IPVersion.AUTO,
                 nameserver: str = "", note: Callable[[str], None] | None = None,
                 proxy: Proxy | None = None) -> None:
        self.target = target
        self.proxy = proxy  # the run's proxy: the mailbox is reached through it too
        self.cancel = cancel
        self.verify = verify
        self.ca_file = ca_file
        self.ip_version = ip_version
        self.nameserver = nameserver
        self.note = note or (lambda _text: None)
        self.deadline = time.monotonic()
        self.imap: _Imap | None = None
        self.capabilities: set[str] = set()
        self.tls_version = ""

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    @property
    def conn(self) -> _Imap:
        if self.imap is None:
            raise ImapFailure("delivery.imap_failed", msg("The IMAP connection is closed"))
        return self.imap

    # -- connect and log in -------------------------------------------------------------------
    def open(self, deadline: float) -> None:
        self.deadline = deadline
        t = self.target
        addresses = resolve(t.host, t.port, self.ip_version, max(0.1, self.remaining()),
                            self.nameserver, self.cancel, self.proxy)
        sock, address, _attempts = connect_first(addresses, t.port, max(0.1, self.remaining()),
                                                 self.cancel, deadline=self.deadline,
                                                 proxy=self.proxy, nameserver=self.nameserver)
        self.note(msg("IMAP: connected to {address}", address=address.display(t.port)))
        try:
            if t.tls:
                sock = self._handshake(sock)
            self.imap = _Imap(sock, t.host, self.remaining)
            self._capabilities()
            if not t.tls:
                if "STARTTLS" not in self.capabilities:
                    raise ImapFailure("delivery.imap_failed", msg(
                        "The IMAP server on port {port} does not offer STARTTLS; use imaps:// "
                        "(port 993)", port=t.port), self._facts())
                typ, _data = self.imap._simple_command("STARTTLS")
                if typ != "OK":
                    raise ImapFailure("delivery.imap_failed",
                                      msg("The IMAP server refused STARTTLS"), self._facts())
                self.imap.use_tls(self._handshake(self.imap.sock))
                self._capabilities()
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            self.close()
            raise self._failure(exc) from None

    def _context(self) -> ssl.SSLContext:
        from .tls import make_context

        return make_context(verify=self.verify, ca_file=self.ca_file)

    def _handshake(self, sock: socket.socket) -> ssl.SSLSocket:
        """TLS on ``sock`` (verified like the SMTP connection), registered with the token in
        its place; the handshake waits at most what is left of the deadline."""
        self.cancel.unregister(sock)
        tls = self._context().wrap_socket(sock, server_hostname=self.target.host,
                                          do_handshake_on_connect=False)
        self.cancel.register(tls)
        try:
            tls.settimeout(max(0.001, self.remaining()))
            tls.do_handshake()
        except ssl.SSLError as exc:
            self.cancel.unregister(tls)
            tls.close()
            if self.cancel.cancelled:
                raise Cancelled() from None
            raise self._tls_failure(exc) from None
        self.tls_version = tls.version() or ""
        self.note(msg("IMAP: TLS started ({version})", version=self.tls_version))
        return tls

    def _tls_failure(self, exc: ssl.SSLError) -> CheckFailure:
        failure = tls_failure(exc)
        return failure.replace(summary=msg("IMAP server {host}: {problem}", host=self.target.host,
                                           problem=failure.summary),
                               facts={**failure.facts, **self._facts()})

    def _facts(self) -> dict[str, Any]:
        return {"imap": self.target.to_dict(), "imap_host": self.target.host}

    def _failure(self, exc: BaseException) -> CheckFailure:
        if isinstance(exc, CheckFailure):
            return exc
        if self.cancel.cancelled:
            raise Cancelled() from exc
        if isinstance(exc, TimeoutError):
            return ImapFailure("delivery.imap_failed", msg(
                "The IMAP server {host} did not answer in time", host=self.target.host),
                self._facts())
        return ImapFailure("delivery.imap_failed", msg("IMAP with {host} failed: {error}",
                                                       host=self.target.host, error=exc),
                           {**self._facts(), "error": type(exc).__name__})

    def _capabilities(self) -> None:
        _typ, data = self.conn.capability()
        words = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
        self.capabilities = {w.upper() for w in words.split()}

    def login(self, password: str, oauth_token: str = "", oauth_mechanism: str = "XOAUTH2") -> str:
        """Log in; returns the method used. A refusal is ``delivery.imap_login_failed``."""
        imap, user = self.conn, self.target.user
        try:
            if oauth_token:
                method = oauth_mechanism.upper()
                if f"AUTH={method}" not in self.capabilities:
                    method = "XOAUTH2" if "AUTH=XOAUTH2" in self.capabilities else "OAUTHBEARER"
                if method == "XOAUTH2":
                    blob = f"user={user}\x01auth=Bearer {oauth_token}\x01\x01"
                else:
                    blob = f"n,a={user},\x01auth=Bearer {oauth_token}\x01\x01"
                imap.authenticate(method, lambda _challenge: blob.encode())
            elif "AUTH=PLAIN" in self.capabilities:
                method = "PLAIN"
                imap.authenticate("PLAIN", lambda _c: f"\0{user}\0{password}".encode())
            else:
                method = "LOGIN"
                imap.login(user, password)
        except imaplib.IMAP4.abort as exc:
            raise self._failure(exc) from None
        except imaplib.IMAP4.error:
            if self.cancel.cancelled:
                raise Cancelled() from None
            raise ImapFailure("delivery.imap_login_failed", msg(
                "The IMAP server {host} refused the login for {user}", host=self.target.host,
                user=user), self._facts()) from None
        except (OSError, EOFError) as exc:
            raise self._failure(exc) from None
        self.note(msg("IMAP: logged in as {user} ({method})", user=user, method=method))
        return method

    # -- folders and messages -----------------------------------------------------------------
    def folders(self) -> list[Folder]:
        """Inbox first, then the junk folders: those marked \\Junk, then those named like one."""
        imap = self.conn
        try:
            _typ, data = imap.list('""', '"*"')
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            raise self._failure(exc) from None
        found: list[Folder] = [Folder("INBOX", False, "Inbox")]
        by_name: list[Folder] = []
        for item in data:
            if not isinstance(item, bytes):
                continue
            match = _LIST_LINE.match(item)
            if match is None:
                continue
            flags = match.group(1).decode("ascii", "replace").lower().split()
            name = _list_name(match.group(2))
            if "\\noselect" in flags or "\\nonexistent" in flags or name.upper() == "INBOX":
                continue
            shown = _mutf7_decode(name)
            if len(shown) > MAX_SHOWN:
                shown = shown[:MAX_SHOWN] + "…"
            if "\\junk" in flags:
                found.append(Folder(name, True, shown))
            elif shown.lower() in JUNK_NAMES:
                by_name.append(Folder(name, True, shown))
        # a "Spam" folder next to the \\Junk one is looked in too; a few, however many listed
        return (found + by_name)[:MAX_FOLDERS]

    def select(self, folder: Folder) -> None:
        """Open ``folder`` read-only (for IDLE)."""
        try:
            self.conn.select(_quote(folder.name), readonly=True)
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            raise self._failure(exc) from None

    def find(self, folder: Folder, message_id: str) -> int | None:
        """The UID of the message with ``message_id`` in ``folder`` (looked at afresh)."""
        imap = self.conn
        quoted = '"' + message_id.replace("\\", "\\\\").replace('"', '\\"') + '"'
        try:
            typ, _ = imap.select(_quote(folder.name), readonly=True)
            if typ != "OK":
                return None
            typ, data = imap.uid("SEARCH", "HEADER", "Message-ID", quoted)
        except imaplib.IMAP4.abort as exc:
            raise self._failure(exc) from None
        except imaplib.IMAP4.error:
            return None  # a folder we may not read
        except (OSError, EOFError) as exc:
            raise self._failure(exc) from None
        words = b" ".join(d for d in data if isinstance(d, bytes)).split()
        uids = [int(w) for w in words if w.isdigit()]
        return uids[-1] if uids else None

    def headers(self, folder: Folder, uid: int) -> tuple[bytes, str]:
        """The message's header block and its INTERNALDATE (the server's arrival time)."""
        imap = self.conn
        try:
            imap.select(_quote(folder.name), readonly=True)
            _typ, data = imap.uid("FETCH", str(uid), "(INTERNALDATE BODY.PEEK[HEADER])")
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            raise self._failure(exc) from None
        header, internal = b"", ""
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                header = item[1] if isinstance(item[1], bytes) else b""
                match = re.search(rb'INTERNALDATE "([^"]+)"', item[0])
                if match:
                    internal = match.group(1).decode("ascii", "replace")
        return header, internal

    def idle(self, seconds: float) -> bool:
        """Wait up to ``seconds`` in IDLE on the selected folder for the server to say
        something (a new message); True when it did. Needs the IDLE capability."""
        imap = self.conn
        tag = b"SDIDLE"
        stop = time.monotonic() + max(0.0, min(seconds, self.remaining()))
        changed = False
        try:
            imap.send(tag + b" IDLE\r\n")
            first = imap.wait_line(max(0.0, self.remaining()))
            if first is None or not first.startswith(b"+"):
                raise imaplib.IMAP4.error(msg("the server refused IDLE"))
            while True:
                line = imap.wait_line(max(0.0, stop - time.monotonic()))
                if line is None:
                    break
                if re.match(rb"\* \d+ (EXISTS|RECENT)", line):
                    changed = True
                    break
            imap.send(b"DONE\r\n")
            while True:
                line = imap.readline()
                if line.startswith(tag + b" "):
                    break
        except (OSError, imaplib.IMAP4.error, EOFError) as exc:
            raise self._failure(exc) from None
        return changed

    def close(self) -> None:
        imap, self.imap = self.imap, None
        if imap is None:
            return
        with contextlib.suppress(Exception):
            if self.remaining() > 0.2:
                self.deadline = min(self.deadline, time.monotonic() + 2.0)
                imap.logout()
        with contextlib.suppress(OSError):
            imap.sock.close()
        with contextlib.suppress(Exception):
            self.cancel.unregister(imap.sock)


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
