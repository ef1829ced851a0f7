"""The option checks of the tools, shared by the CLI and the GUI pages.

Each ``parse_*_form(form)`` takes raw values (strings, bools, lists of strings: what a form field
or a command-line option holds) and returns the keyword arguments of the tool's options
(``PortsOptions(**parse_ports_form(form))``; the engine module is imported only by the run, so
a GUI page can check its fields without importing it), or raises
:class:`~app.core.validate.InputError` listing every problem as a
:class:`~app.core.validate.FieldError` that names the form field (``host``, ``ports``,
``timeout`` …). Each face maps the field to its own name for it: the CLI to an option
(``--timeout``), a page to the field's box. So a desktop user and a script get the same answer
with the same limits:

* timeouts: more than 0 and at most ``MAX_TIMEOUT`` (600) seconds, the connection check's limit;
* ports: 1–65535, at most ``MAX_PORTS`` (32) per probe (each is probed in parallel, per address
  family).

The connection check's own form is :func:`app.core.validate.parse_form`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .model import IPVersion, Proxy, Security, ServerSettings, Timeouts
from .protocol.net import parse_nameserver
from .text.i18n import N_, msg, number
from .validate import (
    MAX_TIMEOUT,
    FieldError,
    InputError,
    check_ca_file,
    normalize_host,
    parse_form,
    parse_seconds,
    read_proxy,
)

# The keyword arguments of a tool's options (PortsOptions(**options) …): the engines are imported
# by the run (a GUI worker), not by the check of its options (the GUI thread).
Options = dict[str, Any]

MAIL_PORTS = (25, 465, 587, 2525)  # checks.ports.DEFAULT_PORTS (a test keeps them equal)
MAX_PORTS = 32
MAX_WARN_DAYS = 3650
PORTS_MESSAGE = N_("Ports are numbers from 1 to 65535.")
NAMESERVER_MESSAGE = N_("Write an IP address, optionally with a port, like 192.0.2.53:53.")
INVALID = "input.invalid_value"
_SPLIT = re.compile(r"[\s,;]+")
_SELECTOR = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62})$")
TLS_SECURITY = {"": None, "auto": None, "tls": Security.TLS, "ssl": Security.TLS,
                "starttls": Security.STARTTLS}

__all__ = [
    "MAIL_PORTS",
    "MAX_PORTS",
    "MAX_TIMEOUT",
    "MonitorForm",
    "Options",
    "parse_blocklist_form",
    "parse_discover_form",
    "parse_domain_form",
    "parse_monitor_form",
    "parse_ports",
    "parse_ports_form",
    "parse_selectors",
    "parse_server",
    "parse_tls_form",
]


class _Errors:
    """Collects FieldErrors while a form is read; ``raise_if_any`` at the end."""

    def __init__(self, form: Mapping[str, object]) -> None:
        self.form = form
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str, diagnosis: str = INVALID) -> None:
        self.errors.append(FieldError(field, message, diagnosis))

    def text(self, key: str) -> str:
        value = self.form.get(key)
        return "" if value is None else str(value).strip()

    def words(self, key: str) -> list[str]:
        """A field that holds several values: "25, 465 587" or a list of such strings."""
        value = self.form.get(key)
        return _split([str(v) for v in value] if isinstance(value, (list, tuple)) else
                      str(value or ""))

    def host(self, key: str, raw: str | None = None, *, need_dot: bool = False) -> str:
        try:
            host = normalize_host(self.text(key) if raw is None else raw)
            if need_dot and "." not in host:
                raise ValueError(msg("A domain needs a dot, like example.com."))
        except ValueError as exc:
            self.add(key, str(exc) or msg("Enter the server's name or address."),
                     "input.invalid_host")
            return ""
        return host

    def seconds(self, key: str, default: float, what: str = N_("timeout")) -> float:
        """More than 0, at most MAX_TIMEOUT seconds; "2,5" is read as 2.5. ``what``: the
        English word for the value (``N_("reply timeout")``)."""
        try:
            return parse_seconds(self.text(key).replace(",", "."), what, default)
        except ValueError as exc:
            self.add(key, str(exc))
            return default

    def port(self, key: str, default: int) -> int:
        text = self.text(key)
        if not text:
            return default
        if not text.isdigit() or not 0 < int(text) < 65536:
            self.add(key, msg(PORTS_MESSAGE), "input.invalid_port")
            return default
        return int(text)

    def nameserver(self, key: str = "nameserver") -> str:
        nameserver = self.text(key)
        if nameserver:
            try:
                parse_nameserver(nameserver)
            except ValueError:
                self.add(key, msg(NAMESERVER_MESSAGE))
        return nameserver

    def ca_file(self, key: str = "ca_file") -> str:
        try:
            return check_ca_file(self.text(key))
        except ValueError as exc:
            self.add(key, str(exc))
            return ""

    def ip_version(self, key: str = "ip_version") -> IPVersion:
        try:
            return IPVersion(self.text(key) or "auto")
        except ValueError:
            self.add(key, msg("Choose auto, ipv4 or ipv6."))
            return IPVersion.AUTO

    def proxy(self) -> Proxy | None:
        return read_proxy(self.form, self.errors)

    def https_port(self) -> int | None:
        value = self.form.get("https_port")  # a test hook: the autoconfig / MTA-STS web server
        return int(str(value)) if value not in (None, "") else None

    def raise_if_any(self) -> None:
        if self.errors:
            raise InputError(self.errors)


def _split(words: str | Sequence[str]) -> list[str]:
    pieces = [words] if isinstance(words, str) else list(words)
    return [word for piece in pieces for word in _SPLIT.split(str(piece).strip()) if word]


def parse_ports(words: str | Sequence[str], *, at_least_one: bool = True) -> tuple[int, ...]:
    """"25 465,587" or ["25", "465"] -> (25, 465, 587), duplicates dropped; ValueError in
    words."""
    ports: list[int] = []
    for piece in _split(words):
        if not piece.isdigit() or not 0 < int(piece) < 65536:
            raise ValueError(msg("“{piece}” is not a port: ports are numbers from 1 to 65535.",
                                 piece=piece))
        if int(piece) not in ports:
            ports.append(int(piece))
    if at_least_one and not ports:
        raise ValueError(msg("Enter at least one port, e.g. 587."))
    if len(ports) > MAX_PORTS:
        raise ValueError(msg("Probe at most {MAX_PORTS} ports at a time.",
                             MAX_PORTS=number(MAX_PORTS)))
    return tuple(ports)


def parse_ports_form(form: Mapping[str, object]) -> Options:
    """host, ports ("25, 465" or a list), add_defaults (also 25/465/587/2525), timeout,
    reference ("" = no control host), nameserver, ip_version -> ``PortsOptions`` arguments."""
    e = _Errors(form)
    host = e.host("host")
    base = [str(port) for port in MAIL_PORTS] if form.get("add_defaults") else []
    ports: tuple[int, ...] = MAIL_PORTS
    try:
        ports = parse_ports(base + e.words("ports"))
    except ValueError as exc:
        e.add("ports", str(exc), "input.invalid_port")
    timeout = e.seconds("timeout", 5.0)
    reference = e.host("reference") if e.text("reference") else ""
    nameserver = e.nameserver()
    ip_version = e.ip_version()
    proxy = e.proxy()
    e.raise_if_any()
    return {"proxy": proxy, "host": host, "ports": ports, "timeout": timeout,
            "reference": reference,
            "nameserver": nameserver, "ip_version": ip_version, "dns_timeout": min(timeout, 5.0)}


def parse_discover_form(form: Mapping[str, object]) -> Options:
    """query (an address or a domain), timeout, probe, ca_file, nameserver, guess_ports ->
    ``DiscoverOptions`` arguments."""
    e = _Errors(form)
    query = e.text("query")
    if not query or " " in query or "." not in query.rsplit("@", 1)[-1]:
        e.add("query", msg("Enter an email address like you@example.com, or a domain like "
                           "example.com."), "input.invalid_address")
    timeout = e.seconds("timeout", 5.0)
    options: Options = {}
    if e.words("guess_ports"):  # else the engine's GUESS_PORTS
        try:
            options["guess_ports"] = parse_ports(e.words("guess_ports"))
        except ValueError as exc:
            e.add("guess_ports", str(exc), "input.invalid_port")
    nameserver = e.nameserver()
    ca_file = e.ca_file()
    proxy = e.proxy()
    e.raise_if_any()
    return {"proxy": proxy, "query": query, "nameserver": nameserver, "ca_file": ca_file,
            "timeout": timeout,
            "dns_timeout": min(timeout, 5.0), "https_port": e.https_port(),
            "probe": bool(form.get("probe", True)), **options}


def parse_selectors(words: str | Sequence[str]) -> tuple[str, ...]:
    """"s1, google;k1" or a list -> DKIM selectors, duplicates dropped; ValueError in words."""
    selectors: list[str] = []
    for piece in _split(words):
        if not _SELECTOR.match(piece):
            raise ValueError(msg("“{piece}” is not a DKIM selector (letters, digits, dots, - "
                                 "and _).", piece=piece))
        if piece not in selectors:
            selectors.append(piece)
    return tuple(selectors)


def parse_server(text: str, port: int = 25) -> tuple[str, int]:
    """"mx.example.com", "mx.example.com:2525", "[2001:db8::1]:25" -> (host, port)."""
    text = text.strip()
    match = re.fullmatch(r"\[(.+)\](?::(\d+))?", text)
    if match:
        host, port_text = match.group(1), match.group(2)
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, None
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(msg("The port after “:” must be a number from 1 to 65535."))
        port = int(port_text)
    return host, port


def parse_domain_form(form: Mapping[str, object]) -> Options:
    """domain (or an address), selectors, common_selectors, server ("host[:port]"),
    server_port, check_greeting, timeout, ca_file, nameserver -> ``DomainOptions`` arguments."""
    e = _Errors(form)
    domain = e.host("domain", e.text("domain").rsplit("@", 1)[-1], need_dot=True)
    selectors: tuple[str, ...] = ()
    try:
        selectors = parse_selectors(e.words("selectors"))
    except ValueError as exc:
        e.add("selectors", str(exc))
    server_port = e.port("server_port", 25)
    server = ""
    if e.text("server"):
        try:
            raw, server_port = parse_server(e.text("server"), server_port)
        except ValueError as exc:
            e.add("server", str(exc), "input.invalid_port")
        else:
            server = e.host("server", raw)
    timeout = e.seconds("timeout", 5.0)
    nameserver = e.nameserver()
    ca_file = e.ca_file()
    proxy = e.proxy()
    e.raise_if_any()
    return {"proxy": proxy, "domain": domain, "dkim_selectors": selectors,
            "common_selectors": bool(form.get("common_selectors", True)), "server": server,
            "server_port": server_port, "check_greeting": bool(form.get("check_greeting", True)),
            "nameserver": nameserver, "ca_file": ca_file, "timeout": timeout,
            "dns_timeout": timeout, "https_port": e.https_port()}


def parse_tls_form(form: Mapping[str, object]) -> Options:
    """host, port (default 587 for STARTTLS, else 465), security (auto | tls | ssl | starttls),
    ca_file, nameserver, ip_version, timeout (connect and reply) or connect_timeout and
    reply_timeout, warn_days, ehlo_name -> ``TlsInfoOptions`` arguments."""
    e = _Errors(form)
    host = e.host("host")
    security = None
    mode = e.text("security").lower()
    if mode in TLS_SECURITY:
        security = TLS_SECURITY[mode]
    else:
        e.add("security", msg("Choose auto, tls or starttls."))
    port = e.port("port", 587 if security is Security.STARTTLS else 465)
    if e.text("timeout"):
        connect = reply = e.seconds("timeout", 10.0)
    else:
        connect = e.seconds("connect_timeout", 10.0, N_("connect timeout"))
        reply = e.seconds("reply_timeout", 15.0, N_("reply timeout"))
    options: Options = {}  # else the engine's defaults (WARN_DAYS, its EHLO name)
    if e.text("warn_days"):
        text = e.text("warn_days")
        if text.isdigit() and int(text) <= MAX_WARN_DAYS:
            options["warn_days"] = int(text)
        else:
            e.add("warn_days", msg("Give a number of days from 0 to {MAX_WARN_DAYS}.",
                                   MAX_WARN_DAYS=number(MAX_WARN_DAYS)))
    if e.text("ehlo_name"):
        options["ehlo_name"] = e.text("ehlo_name")
    nameserver = e.nameserver()
    ca_file = e.ca_file()
    ip_version = e.ip_version()
    proxy = e.proxy()
    e.raise_if_any()
    return {"proxy": proxy, "host": host, "port": port, "security": security, "ca_file": ca_file,
            "nameserver": nameserver, "ip_version": ip_version,
            "timeouts": Timeouts(connect=connect, reply=reply, step=max(connect, reply) * 2,
                                 dns=min(connect, 5.0)), **options}


@dataclass(frozen=True)
class MonitorForm:
    """What a monitor run needs: the connection check's settings and the schedule."""

    settings: ServerSettings
    every: float
    count: int | None = None
    duration: float | None = None


def parse_monitor_form(form: Mapping[str, object]) -> MonitorForm:
    """The connection check's form (see parse_form) plus every (seconds between runs), count
    (runs, "" = no limit) and duration (seconds, "" = no limit)."""
    from .monitor import DEFAULT_EVERY

    e = _Errors(form)
    every = _positive(e, "every", N_("interval"), DEFAULT_EVERY) or DEFAULT_EVERY
    duration = _positive(e, "duration", N_("duration"), None)
    count = None
    if e.text("count"):
        text = e.text("count")
        if text.isdigit() and int(text) >= 1:
            count = int(text)
        else:
            e.add("count", msg("The number of runs is a whole number of at least 1."))
    try:
        settings = parse_form(form)
    except InputError as exc:
        raise InputError(exc.errors + e.errors) from None
    e.raise_if_any()
    return MonitorForm(settings=settings, every=every, count=count, duration=duration)


def _positive(e: _Errors, key: str, what: str, default: float | None) -> float | None:
    """A number of seconds above 0 (no upper limit: a monitor may run for days); ``what``:
    the English word for it (``N_("interval")``)."""
    text = e.text(key).replace(",", ".")
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        e.add(key, msg("The {what} is a number of seconds.", what=msg(what)))
        return default
    if not 0 < value < float("inf"):
        e.add(key, msg("The {what} must be more than 0 seconds.", what=msg(what)))
        return default
    return value


def parse_blocklist_form(form: Mapping[str, object]) -> Options:
    """address (IPv4/IPv6; empty: ask an echo service, which needs ask_public — the user's
    consent), lists (ids or zones), echo_urls (https), nameserver, ca_file, timeout ->
    ``BlocklistOptions`` arguments."""
    import ipaddress

    from .knowledge import blocklists

    e = _Errors(form)
    address = e.text("address").strip("[]")
    if address:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            e.add("address", msg("Write an IP address, like 192.0.2.10 or 2001:db8::1."),
                  "input.invalid_host")
        else:
            address = str(getattr(ip, "ipv4_mapped", None) or ip)
    ask_public = bool(form.get("ask_public", False))
    if not address and not ask_public:
        e.add("address", msg("Enter the address to look up, or allow SMTP Doctor to ask an "
                             "echo service for your public address."))
    lists: list[str] = []
    for name in e.words("lists"):
        try:
            lists.append(blocklists.find_list(name).zone)
        except ValueError as exc:
            e.add("lists", str(exc))
    echo_urls = tuple(e.words("echo_urls"))
    for url in echo_urls:
        if not re.match(r"^https://[^/\s]+", url):
            e.add("echo_urls", msg("{url} is not an https:// address.", url=url))
    timeout = e.seconds("timeout", 5.0)
    nameserver = e.nameserver()
    ca_file = e.ca_file()
    proxy = e.proxy()
    e.raise_if_any()
    return {"proxy": proxy, "address": address, "ask_public": ask_public and not address,
            "echo_urls": echo_urls, "lists": tuple(dict.fromkeys(lists)),
            "nameserver": nameserver, "ca_file": ca_file, "timeout": timeout,
            "https_port": e.https_port()}
