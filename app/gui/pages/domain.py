"""Domain health: MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE, reverse DNS and
the greeting name. What each record means (DNSSEC status, TLSA records, the MTA-STS mode, DMARC
alignment) is in the steps' facts, which the details pane shows."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.core.cancel import CancelToken
from app.core.model import Event, RunResult
from app.gui.i18n import QT_TRANSLATE_NOOP
from app.gui.pages.base import Job, ToolPage
from app.gui.pages.page import PageHost


def domain_of(form: dict[str, Any]) -> str:
    """The domain to check: the From address's, else the user name's."""
    for key in ("mail_from", "username"):
        value = str(form.get(key, "")).strip()
        if "@" in value:
            return value.rsplit("@", 1)[1].strip().strip(">")
    return ""


class DomainPage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "DomainPage",
        "Domain health: the DNS records that decide whether mail from your domain is delivered "
        "and trusted — MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE — and the "
        "reverse DNS, greeting name and certificates of your mail servers.")
    idle_message = QT_TRANSLATE_NOOP("DomainPage", "Enter your domain and press Check domain.")
    run_text = QT_TRANSLATE_NOOP("DomainPage", "Chec&k domain")
    engine_module = "app.core.checks.domain"

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        self.https_port: int | None = None  # test bed: the MTA-STS policy on this port
        self.timeout = 5.0
        super().__init__(host, parent)

    def build_form(self) -> None:
        self.domain = self.line_field("domainDomain", "example.com")
        self.add_field(0, 0, self.tr("Do&main:"), self.domain, "domain")
        self.selectors = QLineEdit(self)
        self.selectors.setPlaceholderText(self.tr("e.g. s1, google (optional)"))
        self.selectors.setToolTip(self.tr(
            "DKIM selectors to check: the s= value in a DKIM-Signature header of a message you "
            "sent. Separate with commas."))
        self.common = QCheckBox(self.tr("Also try &common ones"), self)
        self.common.setChecked(True)
        self.common.setToolTip(self.tr("Also look for selectors that providers often use "
                                       "(default, google, selector1, k1, …)"))
        # the check box under the field: beside it, the row had no room for the field's hint
        # at 800 px or at 200 % (issue 19)
        self.add_field(0, 1, self.tr("DKIM &selectors:"), self.selectors, "selectors",
                       extra=self.common, below=True)
        self.server = QLineEdit(self)
        self.server.setPlaceholderText(self.tr("the first MX (optional)"))
        self.server.setToolTip(self.tr("The mail server whose reverse DNS and greeting name to "
                                       "check, as host or host:port (default port 25). The "
                                       "port is also used to read the MX servers' "
                                       "certificates for DANE and MTA-STS."))
        self.add_field(1, 0, self.tr("Mai&l server:"), self.server, "server")
        self.nameserver = self.nameserver_field()
        self.add_field(1, 1, self.tr("DNS ser&ver:"), self.nameserver, "nameserver")
        self.add_proxy_fields(2, 0, span=2)

    def sync_from_form(self, form: dict[str, Any]) -> None:
        domain = domain_of(form)
        if domain:
            self.prefill(self.domain, domain)

    def make_job(self) -> Job | None:
        from app.core.forms import parse_domain_form
        from app.core.validate import InputError

        form = self.owner.current_form()
        try:
            options = parse_domain_form({
                "domain": self.domain.text(), "selectors": self.selectors.text(),
                "common_selectors": self.common.isChecked(), "server": self.server.text(),
                "nameserver": self.nameserver_text(self.nameserver), **self.proxy_form(),
                "ca_file": form.get("ca_file", ""), "timeout": self.timeout,
                "https_port": self.https_port})
        except InputError as exc:
            self.show_input_error(exc)
            return None
        return Job(partial(domain_job, options),
                   self.tr("Checking the mail records of {domain}…").format(
                       domain=options['domain']), 11)


def domain_job(options: dict[str, Any], on_event: Callable[[Event], None],
               cancel: CancelToken) -> RunResult:
    """Domain health as a job (``partial(domain_job, options)``), imported in the worker."""
    from app.core.checks.domain import DomainOptions, run_domain

    return run_domain(DomainOptions(**options), on_event, cancel)
