"""A real ESMTP server (aiosmtpd) on a loopback port, in its own thread and event loop.

``SmtpServer`` pre-binds its socket to ``(host, 0)`` and serves it with
``loop.create_server(factory, sock=sock, ssl=...)``; it is a context manager and shuts down for
real (closes the listener and every client transport, cancels tasks, closes the loop, joins the
thread).

Implicit TLS (``tls="tls"``) is also the "speaks TLS where plain SMTP is expected" case: a plain
client gets no greeting at all, because the server waits for a ClientHello.
"""

from __future__ import annotations

import asyncio
import email
import email.message
import email.policy
import hashlib
import hmac
import logging
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from aiosmtpd.smtp import (
    MISSING,
    SMTP,
    AuthResult,
    Envelope,
    LoginPassword,
    Session,
    auth_mechanism,
)

from tests.support.servers.pki import ServerCertKind, TestPki
from tests.support.servers.startstop import StartStop

TlsMode = Literal["none", "starttls", "tls"]
AuthReplyWhen = Literal["credentials", "command"]

CANARY_USER: Final = "alice"
CANARY_PASSWORD: Final = "C4nary-p@ss-7Qz!"
DEFAULT_HOSTNAME: Final = "mx.smtpdoctor.test"
DEFAULT_IDENT: Final = "ESMTP SMTP Doctor test server"
ALL_MECHANISMS: Final[tuple[str, ...]] = ("CRAM-MD5", "LOGIN", "PLAIN")

# Real-world failure lines, ready to pass as options.
REPLY_GMAIL_APP_PASSWORD: Final = "534 5.7.9 Application-specific password required"
REPLY_M365_SMTP_AUTH_DISABLED: Final = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant"
)
REPLY_MUST_STARTTLS: Final = "530 5.7.0 Must issue a STARTTLS command first"
REPLY_SEND_AS_DENIED: Final = (
    "550 5.7.60 SMTP; Client does not have permissions to send as this sender"
)
REPLY_USER_UNKNOWN: Final = "550 5.1.1 User unknown"
REPLY_RELAY_DENIED: Final = "554 5.7.1 Relay access denied"
REPLY_SPAM: Final = "554 5.6.0 Message rejected as spam"

RcptRule = str | re.Pattern[str]


class _QuietLoginData(logging.Filter):
    """aiosmtpd itself sets the deprecated Session.login_data and logs a warning each time."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_QuietLoginData())


@dataclass(frozen=True)
class ReceivedMessage:
    """One message the server accepted (after DATA)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    message: email.message.Message
    peer: Any
    auth_login: str | None
    tls: bool


@dataclass(frozen=True)
class AuthAttempt:
    """One AUTH exchange that reached the credential check."""

    mechanism: str
    login: str
    success: bool


@dataclass(frozen=True)
class _CramMd5Data:
    login: bytes
    challenge: bytes
    digest: bytes


class _DoctorSMTP(SMTP):
    """aiosmtpd's SMTP plus CRAM-MD5 and a connection-lost callback for teardown."""

    def __init__(self, handler: Any, *, on_lost: Callable[[SMTP], None], **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._on_lost = on_lost

    def connection_lost(self, error: Exception | None) -> None:
        self._on_lost(self)
        super().connection_lost(error)

    @auth_mechanism("CRAM-MD5")
    async def auth_CRAM_MD5(self, server: SMTP, args: list[str]) -> AuthResult:
        # aiosmtpd derives mechanism names from method names ("auth_X__Y" -> "X-Y"); the
        # decorator names it explicitly. Builtins are called as method(self, args).
        if len(args) != 1:
            await self.push("501 5.5.4 CRAM-MD5 takes no initial response")
            return AuthResult(success=False, handled=True)
        challenge = f"<{secrets.randbelow(10**10)}.{int(time.time())}@{self.hostname}>".encode()
        response = await self.challenge_auth(challenge, encode_to_b64=True)
        if response is MISSING:
            return AuthResult(success=False, handled=True)
        assert isinstance(response, bytes)
        login, _, digest = response.rpartition(b" ")
        if not login or not digest:
            await self.push("501 5.5.2 Can't split auth value")
            return AuthResult(success=False, handled=True)
        return self._authenticate("CRAM-MD5", _CramMd5Data(login, challenge, digest))


class _Handler:
    """aiosmtpd handler hooks implementing the server's policies."""

    def __init__(self, owner: SmtpServer) -> None:
        self._owner = owner

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        if self._owner.no_auth:
            responses = [r for r in responses if not r[4:].upper().startswith("AUTH")]
        return responses

    async def handle_AUTH(
        self, server: SMTP, session: Session, envelope: Envelope, args: list[str]
    ) -> Any:
        owner = self._owner
        if owner.no_auth:
            return "502 5.5.1 AUTH not supported"
        if owner.auth_reply is not None and owner.auth_reply_when == "command":
            owner._record_auth(args[0].upper() if args else "", "", False)
            return owner.auth_reply
        return MISSING

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        if self._owner.reject_mail_from is not None:
            return self._owner.reject_mail_from
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        reply = self._owner._rcpt_verdict(address)
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self._owner.reject_data is not None:
            return self._owner.reject_data
        raw = envelope.original_content or b""
        login = getattr(session.auth_data, "login", None)
        self._owner._deliver(
            ReceivedMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=raw,
                message=email.message_from_bytes(raw, policy=email.policy.compat32),
                peer=session.peer,
                auth_login=login.decode() if isinstance(login, bytes) else None,
                tls=session.ssl is not None or self._owner.tls == "tls",
            )
        )
        return "250 2.0.0 OK: queued"


class SmtpServer(StartStop):
    """A configurable aiosmtpd server on a loopback port (context manager).

    Keyword options:
      tls: "none" | "starttls" | "tls" (implicit TLS from the first byte).
      pki, cert: where the certificate comes from (``pki.server_context(cert)``), or pass
        ``tls_context`` directly.
      require_starttls: refuse everything but EHLO/HELO/NOOP/QUIT/STARTTLS before STARTTLS
        (aiosmtpd answers "530 Must issue a STARTTLS command first").
      users: {user: password}; enables AUTH. ``auth_mechanisms`` picks what is advertised
        (default PLAIN, LOGIN, CRAM-MD5). ``auth_require_tls`` (default True) hides AUTH until
        STARTTLS (implicit TLS counts as TLS).
      auth_reply: answer every AUTH with this fixed failure line; ``auth_reply_when`` is
        "credentials" (after the mechanism's exchange, like Gmail's 534) or "command" (straight
        after the AUTH command).
      no_auth: do not advertise AUTH; an AUTH command gets 502.
      reject_mail_from: reply to every MAIL FROM. reject_rcpt: {address or compiled regex
        (searched): reply}. reject_data: reply after the message body.
      data_size_limit: advertised SIZE (aiosmtpd enforces it with 552); None = no SIZE.
      hostname, ident: the greeting is "220 {hostname} {ident}".
    """

    protocol_class: Callable[..., _DoctorSMTP] = _DoctorSMTP  # subclasses add mechanisms

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        tls: TlsMode = "none",
        pki: TestPki | None = None,
        cert: ServerCertKind = "valid",
        tls_context: ssl.SSLContext | None = None,
        require_starttls: bool = False,
        users: Mapping[str, str] | None = None,
        auth_mechanisms: Sequence[str] | None = None,
        auth_require_tls: bool = True,
        auth_reply: str | None = None,
        auth_reply_when: AuthReplyWhen = "credentials",
        no_auth: bool = False,
        reject_mail_from: str | None = None,
        reject_rcpt: Mapping[RcptRule, str] | None = None,
        reject_data: str | None = None,
        data_size_limit: int | None = 10 * 1024 * 1024,
        hostname: str = DEFAULT_HOSTNAME,
        ident: str = DEFAULT_IDENT,
    ) -> None:
        if tls not in ("none", "starttls", "tls"):
            raise ValueError(f"tls must be none, starttls or tls, not {tls!r}")
        if tls != "none" and tls_context is None:
            if pki is None:
                raise ValueError("TLS needs pki= (with cert=) or tls_context=")
            tls_context = pki.server_context(cert)
        self.host = host
        self.port = 0
        self.tls: TlsMode = tls
        self.tls_context = tls_context if tls != "none" else None
        self.require_starttls = require_starttls
        self.users: dict[str, str] = dict(users or {})
        mechs = tuple(m.upper() for m in (auth_mechanisms or ALL_MECHANISMS))
        unknown = set(mechs) - set(ALL_MECHANISMS)
        if unknown:
            raise ValueError(f"unsupported AUTH mechanisms: {sorted(unknown)}")
        self.auth_mechanisms = mechs
        self.auth_require_tls = auth_require_tls
        self.auth_reply = auth_reply
        self.auth_reply_when: AuthReplyWhen = auth_reply_when
        self.no_auth = no_auth or (not self.users and auth_reply is None)
        self.reject_mail_from = reject_mail_from
        self.reject_rcpt: dict[RcptRule, str] = dict(reject_rcpt or {})
        self.reject_data = reject_data
        self.data_size_limit = data_size_limit
        self.hostname = hostname
        self.ident = ident

        self.messages: list[ReceivedMessage] = []
        self.auth_attempts: list[AuthAttempt] = []
        self.connections_made = 0
        self._cond = threading.Condition()
        self._sock: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._protocols: set[SMTP] = set()
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None

    # ----------------------------------------------------------------- lifecycle
    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def start(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.bind((self.host, 0))
            sock.listen(64)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._run, name=f"SmtpServer-{self.port}", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(10) or self._startup_error is not None:
            self.stop()
            raise RuntimeError("SMTP test server failed to start") from self._startup_error

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if thread is not None and loop is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            if thread.is_alive():
                raise RuntimeError("SMTP test server thread did not stop")
        elif loop is not None and not loop.is_closed():
            loop.close()
        if self._sock is not None:
            self._sock.close()  # normally already closed by the asyncio server
        self._thread = None
        self._loop = None
        self._sock = None

    def _run(self) -> None:
        loop = self._loop
        assert loop is not None and self._sock is not None
        asyncio.set_event_loop(loop)
        loop.set_exception_handler(lambda _loop, _ctx: None)  # peers misbehave on purpose
        try:
            self._server = loop.run_until_complete(
                loop.create_server(
                    self._factory,
                    sock=self._sock,
                    ssl=self.tls_context if self.tls == "tls" else None,
                )
            )
        except BaseException as exc:  # pragma: no cover - startup failure
            self._startup_error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._shutdown_in_loop(loop)

    def _shutdown_in_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        assert self._server is not None
        self._server.close()
        for proto in list(self._protocols):
            for transport in (proto.transport, getattr(proto, "_original_transport", None)):
                if isinstance(transport, asyncio.Transport):
                    transport.abort()
                elif transport is not None:
                    transport.close()
        loop.run_until_complete(asyncio.sleep(0.05))
        tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(asyncio.wait_for(self._server.wait_closed(), 5))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        asyncio.set_event_loop(None)
        loop.close()

    def _excluded_mechanisms(self) -> list[str]:
        """AUTH mechanisms the protocol implements but this server does not advertise."""
        return [m for m in ALL_MECHANISMS if m not in self.auth_mechanisms]

    def _factory(self) -> SMTP:
        exclude = self._excluded_mechanisms()
        proto = self.protocol_class(
            _Handler(self),
            on_lost=self._protocols.discard,
            data_size_limit=self.data_size_limit,
            hostname=self.hostname,
            ident=self.ident,
            tls_context=self.tls_context if self.tls == "starttls" else None,
            require_starttls=self.require_starttls and self.tls == "starttls",
            # implicit TLS: the transport is already encrypted, aiosmtpd just cannot tell
            # (no_auth: let AUTH reach handle_AUTH, which answers 502, instead of 538)
            auth_require_tls=self.auth_require_tls and self.tls != "tls" and not self.no_auth,
            auth_exclude_mechanism=exclude,
            authenticator=self._authenticator,
            loop=self._loop,
        )
        self._protocols.add(proto)
        self.connections_made += 1
        return proto

    # ------------------------------------------------------------------- policy
    def _authenticator(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, _CramMd5Data):
            login = data.login.decode("utf-8", "replace")
            password = self.users.get(login)
            ok = password is not None and hmac.compare_digest(
                hmac.new(password.encode(), data.challenge, hashlib.md5).hexdigest().encode(),
                data.digest.lower(),
            )
            auth_data: Any = LoginPassword(data.login, b"")
        else:
            assert isinstance(data, LoginPassword)
            login = data.login.decode("utf-8", "replace")
            password = self.users.get(login)
            ok = password is not None and hmac.compare_digest(password.encode(), data.password)
            auth_data = data
        if self.auth_reply is not None:
            self._record_auth(mechanism, login, False)
            return AuthResult(success=False, handled=False, message=self.auth_reply)
        self._record_auth(mechanism, login, ok)
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        return AuthResult(success=False, handled=False)  # 535 5.7.8 ... credentials invalid

    def _record_auth(self, mechanism: str, login: str, success: bool) -> None:
        with self._cond:
            self.auth_attempts.append(AuthAttempt(mechanism, login, success))

    def _rcpt_verdict(self, address: str) -> str | None:
        for rule, reply in self.reject_rcpt.items():
            if isinstance(rule, re.Pattern):
                if rule.search(address):
                    return reply
            elif rule.lower() == address.lower():
                return reply
        return None

    def _deliver(self, msg: ReceivedMessage) -> None:
        with self._cond:
            self.messages.append(msg)
            self._cond.notify_all()

    # ------------------------------------------------------------------- waiting
    def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Block until at least ``count`` messages arrived; raise TimeoutError otherwise."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.messages) >= count, timeout):
                raise TimeoutError(f"{len(self.messages)} of {count} messages after {timeout}s")
            return list(self.messages)

    def wait_for_message(self, timeout: float = 5.0) -> ReceivedMessage:
        """The first message, waiting up to ``timeout`` seconds for it."""
        return self.wait_for_messages(1, timeout)[0]


def relay_rule(local_domains: Iterable[str]) -> re.Pattern[str]:
    """A ``reject_rcpt`` key matching every recipient outside ``local_domains``."""
    alternatives = "|".join(re.escape(d.lower()) for d in local_domains)
    return re.compile(rf"@(?!(?:{alternatives})>?$)[^@]*$", re.IGNORECASE)
