"""The engine's data model: settings in, step results out.

Everything here is plain data (dataclasses and string enums) so the CLI, the GUI, reports and tests
share one vocabulary. Nothing here does I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Literal


class Security(str, enum.Enum):
    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"

    @property
    def label(self) -> str:
        """The name people see (the form's choice, summaries, reports)."""
        return {"none": "No encryption", "starttls": "STARTTLS", "tls": "SSL/TLS"}[self.value]

    @property
    def default_port(self) -> int:
        return {"none": 25, "starttls": 587, "tls": 465}[self.value]


class AuthMethod(str, enum.Enum):
    NONE = "none"
    AUTO = "auto"
    PLAIN = "plain"
    LOGIN = "login"
    CRAM_MD5 = "cram-md5"
    XOAUTH2 = "xoauth2"
    OAUTHBEARER = "oauthbearer"  # RFC 7628

    @property
    def sasl_name(self) -> str:
        return self.value.upper()

    @property
    def is_oauth(self) -> bool:
        """Sends an OAuth 2 access token (XOAUTH2 or OAUTHBEARER), not a password."""
        return self in (AuthMethod.XOAUTH2, AuthMethod.OAUTHBEARER)


class StopAfter(str, enum.Enum):
    """How far a check goes, like swaks' --quit-after. Ordered."""

    CONNECT = "connect"
    TLS = "tls"
    EHLO = "ehlo"
    AUTH = "auth"
    RCPT = "rcpt"
    DATA = "data"

    @property
    def rank(self) -> int:
        return list(StopAfter).index(self)


class IPVersion(str, enum.Enum):
    AUTO = "auto"
    V4 = "ipv4"
    V6 = "ipv6"


class Status(str, enum.Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"

    @property
    def rank(self) -> int:
        """Severity for combining results: skipped < pass < warn < fail."""
        return {"skipped": 0, "pass": 1, "warn": 2, "fail": 3}[self.value]


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``reply`` bounds one whole server reply, ``step`` one whole step."""

    connect: float = 10.0
    reply: float = 30.0
    step: float = 60.0
    dns: float = 10.0


class ProxyScheme(str, enum.Enum):
    """How a run reaches the network: a SOCKS5 proxy (names resolved here, or by the proxy for
    ``socks5h``), an HTTP proxy (CONNECT), or whatever the system's proxy settings say."""

    SOCKS5 = "socks5"
    SOCKS5H = "socks5h"
    HTTP = "http"
    SYSTEM = "system"


@dataclass(frozen=True)
class Proxy:
    """A proxy for every connection of a run. ``SYSTEM`` is looked up per target when the run
    connects (environment, Windows Internet Settings, macOS System Configuration)."""

    scheme: ProxyScheme
    host: str = ""
    port: int = 0
    username: str = ""
    password: str = field(default="", repr=False)
    source: str = ""  # where a system proxy came from ("environment", "Windows settings" ...)

    @property
    def remote_dns(self) -> bool:
        """True when the proxy, not this computer, looks up the server's name."""
        return self.scheme in (ProxyScheme.SOCKS5H, ProxyScheme.HTTP)

    def display(self) -> str:
        """The proxy as reports show it: scheme, user and address, never the password."""
        if self.scheme is ProxyScheme.SYSTEM:
            return "system"
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = f"{self.username}@" if self.username else ""
        return f"{self.scheme.value}://{user}{host}:{self.port}"


def proxy_secrets(proxy: Proxy | None) -> list[str]:
    """The proxy's password, for the run's redactor (empty when there is none)."""
    return [proxy.password] if proxy is not None and proxy.password else []


def proxy_text(proxy: Proxy | None) -> str:
    """A run's proxy setting as reports show it ("" for none), never its password."""
    return proxy.display() if proxy is not None else ""


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    security: Security = Security.STARTTLS
    auth: AuthMethod = AuthMethod.NONE
    username: str = ""
    password: str = field(default="", repr=False)
    oauth_token: str = field(default="", repr=False)
    ehlo_name: str = ""
    mail_from: str = ""
    rcpt_to: str = ""
    subject: str = "SMTP Doctor test message"
    body: str = ""
    verify_tls: bool = True
    ca_file: str = ""
    # Send credentials and the test message over TLS 1.0/1.1 when the server offers nothing
    # newer. Off unless the user opts in for this run (never saved in a profile).
    allow_old_tls: bool = False
    # Fetch a certificate the server doesn't send from the URL in its certificate (AIA), to
    # prove that the server's chain lacks its intermediate (plain HTTP, within the step deadline).
    aia_fetch: bool = True
    ip_version: IPVersion = IPVersion.AUTO
    timeouts: Timeouts = field(default_factory=Timeouts)
    stop_after: StopAfter = StopAfter.EHLO
    nameserver: str = ""  # "ip" or "ip:port"; empty = the system resolver (getaddrinfo)
    proxy: Proxy | None = None  # every connection of the run goes through it
    # After DATA, watch a mailbox over IMAP for the test message (checks/delivery.py):
    # "" = don't; "auto" = the sending account; else [imap://|imaps://][user@]host[:port].
    watch_imap: str = ""
    watch_timeout: float = 120.0
    imap_password: str = field(default="", repr=False)  # when the mailbox is another account

    def secrets(self) -> list[str]:
        proxy_password = self.proxy.password if self.proxy is not None else ""
        return [s for s in (self.password, self.oauth_token, proxy_password, self.imap_password)
                if s]

    def public_dict(self) -> dict[str, Any]:
        """The target as reports show it: never a password or token."""
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "auth": self.auth.value,
            "username": self.username,
            "password_set": bool(self.password),
            "oauth_token_set": bool(self.oauth_token),
            "ehlo_name": self.ehlo_name,
            "mail_from": self.mail_from,
            "rcpt_to": self.rcpt_to,
            "verify_tls": self.verify_tls,
            "ca_file": self.ca_file,
            "allow_old_tls": self.allow_old_tls,
            "aia_fetch": self.aia_fetch,
            "ip_version": self.ip_version.value,
            "timeouts": {
                "connect": self.timeouts.connect,
                "reply": self.timeouts.reply,
                "step": self.timeouts.step,
            },
            "stop_after": self.stop_after.value,
            "nameserver": self.nameserver,
            "proxy": proxy_text(self.proxy),
            **({"watch_imap": self.watch_imap, "watch_timeout": self.watch_timeout,
                "imap_password_set": bool(self.imap_password)} if self.watch_imap else {}),
        }


Direction = Literal["C", "S", "*"]  # client, server, note from the engine


@dataclass(frozen=True)
class TranscriptLine:
    t_ms: float  # since the run started
    direction: Direction
    text: str
    tls: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"t_ms": round(self.t_ms, 1), "dir": self.direction, "text": self.text,
                "tls": self.tls}

    def render(self) -> str:
        arrow = {"C": "C:", "S": "S:", "*": "**"}[self.direction]
        lock = "🔒" if self.tls else "  "
        return f"{self.t_ms / 1000:8.3f}s {lock} {arrow} {self.text}"


#: The settings a one-click fix may change (the engine's form keys).
ActionSetting = Literal["host", "port", "security", "auth"]


@dataclass(frozen=True)
class FixAction:
    """A fix that is a settings change, as a button (GUI) or the equivalent flags (CLI).

    ``kind`` is ``set`` (apply ``changes``: form keys -> values, e.g. ``{"security": "tls"}``),
    ``choose_ca_file`` (pick a CA certificate file) or ``open_tool`` (``tool``, e.g. ``ports``).
    ``retry``: run the same test again once applied. ``fix``: the index in ``Advice.fixes`` of
    the fix text this action carries out.
    """

    kind: str
    label: str
    changes: dict[str, str | int] = field(default_factory=dict)
    tool: str = ""
    retry: bool = False
    fix: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "changes": dict(self.changes),
                "tool": self.tool, "retry": self.retry, "fix": self.fix}


@dataclass(frozen=True)
class Advice:
    """A diagnosis rendered for this run: title, cause, ordered fixes in plain words, and the
    fixes that are one click (``actions``, each pointing at its fix by index)."""

    id: str
    title: str
    cause: str
    fixes: tuple[str, ...]
    actions: tuple[FixAction, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "cause": self.cause, "fixes": list(self.fixes),
                "actions": [a.to_dict() for a in self.actions]}


@dataclass
class StepResult:
    id: str
    title: str
    status: Status
    duration_ms: float = 0.0
    summary: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    diagnosis: str | None = None
    transcript: list[TranscriptLine] = field(default_factory=list)
    advice: Advice | None = None
    started_ms: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status.value,
            "duration_ms": round(self.duration_ms, 1),
            "summary": self.summary,
            "facts": self.facts,
            "diagnosis": self.diagnosis,
            "advice": self.advice.to_dict() if self.advice else None,
            "fixes": list(self.advice.fixes) if self.advice else [],
            "transcript": [line.to_dict() for line in self.transcript],
        }


@dataclass
class RunResult:
    target: dict[str, Any]
    steps: list[StepResult]
    status: Status
    verdict: str  # one plain-language sentence
    total_ms: float
    started_at: str  # ISO 8601, UTC
    cancelled: bool = False
    app_version: str = ""

    @property
    def diagnosis(self) -> str | None:
        for step in self.steps:
            if step.status is Status.FAIL and step.diagnosis:
                return step.diagnosis
        for step in self.steps:
            if step.diagnosis:
                return step.diagnosis
        return None

    @property
    def transcript(self) -> list[TranscriptLine]:
        return [line for step in self.steps for line in step.transcript]

    def to_dict(self) -> dict[str, Any]:
        return {
            "app_version": self.app_version,
            "started_at": self.started_at,
            "target": self.target,
            "status": self.status.value,
            "verdict": self.verdict,
            "diagnosis": self.diagnosis,
            "cancelled": self.cancelled,
            "total_ms": round(self.total_ms, 1),
            "steps": [s.to_dict() for s in self.steps],
        }


# Events the runner sends to whoever listens (CLI printer, GUI worker).
@dataclass(frozen=True)
class StepStarted:
    step_id: str
    title: str
    # What the step waits for, in words ("the greeting"), and how long it may wait for it in
    # seconds; empty / None when the step does not wait on the network. For a countdown.
    waiting_for: str = ""
    timeout_s: float | None = None


@dataclass(frozen=True)
class StepFinished:
    result: StepResult


@dataclass(frozen=True)
class RunFinished:
    result: RunResult


Event = StepStarted | StepFinished | RunFinished
