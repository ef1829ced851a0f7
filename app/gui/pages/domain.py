"""Domain health: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, reverse DNS and the greeting name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.core.cancel import CancelToken
from app.core.model import Event, RunResult
from app.gui.pages.base import Job, ToolPage
from app.gui.pages.page import PageHost

_SELECTOR = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62})$")


def parse_selectors(text: str) -> tuple[str, ...]:
    selectors: list[str] = []
    for piece in re.split(r"[\s,;]+", text.strip()):
        if not piece:
            continue
        if not _SELECTOR.match(piece):
            raise ValueError(f"“{piece}” is not a DKIM selector (letters, digits, dots, - and _).")
        if piece not in selectors:
            selectors.append(piece)
    return tuple(selectors)


def parse_domain(text: str) -> str:
    """"example.com" (or an address at it) -> the domain; ValueError when it is not one."""
    from app.core.validate import normalize_host

    domain = normalize_host(text.rsplit("@", 1)[-1])
    if "." not in domain:
        raise ValueError("A domain needs a dot, like example.com.")
    return domain


def parse_server(text: str) -> tuple[str, int]:
    """"mx.example.com", "mx.example.com:2525", "[2001:db8::1]:25" -> (host, port)."""
    text = text.strip()
    port = 25
    match = re.fullmatch(r"\[(.+)\](?::(\d+))?", text)
    if match:
        host, port_text = match.group(1), match.group(2)
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, None
    if port_text is not None:
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError("The port after “:” must be a number from 1 to 65535.")
        port = int(port_text)
    return host, port


def _mail_server(text: str) -> tuple[str, int]:
    from app.core.validate import normalize_host

    host, port = parse_server(text)
    return normalize_host(host), port


def domain_of(form: dict[str, Any]) -> str:
    """The domain to check: the From address's, else the user name's."""
    for key in ("mail_from", "username"):
        value = str(form.get(key, "")).strip()
        if "@" in value:
            return value.rsplit("@", 1)[1].strip().strip(">")
    return ""


class DomainPage(ToolPage):
    intro = ("Domain health: the DNS records that decide whether mail from your domain is "
             "delivered and trusted — MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT — and the reverse "
             "DNS and greeting name of your mail server.")
    idle_message = "Enter your domain and press Check domain."
    run_text = "Chec&k domain"
    engine_module = "app.core.checks.domain"

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        self.https_port: int | None = None  # test bed: the MTA-STS policy on this port
        self.timeout = 5.0
        super().__init__(host, parent)

    def build_form(self) -> None:
        self.domain = self.line_field("domainDomain", "example.com")
        self.add_field(0, 0, "Do&main:", self.domain, "domain")
        self.selectors = QLineEdit(self)
        self.selectors.setPlaceholderText("e.g. s1, google (optional)")
        self.selectors.setToolTip("DKIM selectors to check: the s= value in a DKIM-Signature "
                                  "header of a message you sent. Separate with commas.")
        self.common = QCheckBox("Also try &common ones", self)
        self.common.setChecked(True)
        self.common.setToolTip("Also look for selectors that providers often use (default, "
                               "google, selector1, k1, …)")
        self.add_field(0, 1, "DKIM &selectors:", self.selectors, "selectors", extra=self.common)
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("the first MX (optional)")
        self.server.setToolTip("The mail server whose reverse DNS and greeting name to check, "
                               "as host or host:port (default port 25)")
        self.add_field(1, 0, "Mai&l server:", self.server, "server")
        self.nameserver = self.nameserver_field()
        self.add_field(1, 1, "DNS ser&ver:", self.nameserver, "nameserver")

    def sync_from_form(self, form: dict[str, Any]) -> None:
        domain = domain_of(form)
        if domain:
            self.prefill(self.domain, domain)

    def make_job(self) -> Job | None:
        domain = self.checked("domain", parse_domain, self.domain.text(),
                              fallback="Enter a domain like example.com.")
        if domain is None:
            return None
        selectors = self.checked("selectors", parse_selectors, self.selectors.text())
        if selectors is None:
            return None
        server, port = "", 25
        if self.server.text().strip():
            parsed = self.checked("server", _mail_server, self.server.text())
            if parsed is None:
                return None
            server, port = parsed
        nameserver = self.checked_nameserver(self.nameserver)
        if nameserver is None:
            return None
        form = self.owner.current_form()
        options: dict[str, Any] = {
            "domain": domain, "dkim_selectors": selectors,
            "common_selectors": self.common.isChecked(), "server": server, "server_port": port,
            "nameserver": nameserver, "ca_file": str(form.get("ca_file", "")),
            "timeout": self.timeout, "dns_timeout": min(self.timeout, 5.0),
            "https_port": self.https_port}
        return Job(partial(domain_job, options), f"Checking the mail records of {domain}…", 8)


def domain_job(options: dict[str, Any], on_event: Callable[[Event], None],
               cancel: CancelToken) -> RunResult:
    """Domain health as a job (``partial(domain_job, options)``), imported in the worker."""
    from app.core.checks.domain import DomainOptions, run_domain

    return run_domain(DomainOptions(**options), on_event, cancel)
