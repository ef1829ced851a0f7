""""Is it my network?" — the public address connections come from and the DNS blocklists it is
on (the engine: app/core/checks/blocklist.py). Asking an echo service for the public address is
off until the user ticks the box, which says what is sent where; the choice is remembered."""

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
from app.gui.settings import gui_settings
from app.gui.widgets.plain import plain_label

CONSENT_KEY = "blocklist/echo_consent"  # "yes" / "no": the box's last state


class BlocklistPage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "BlocklistPage",
        "Is it my network? Looks an address up on the common spam blocklists (Spamhaus ZEN with "
        "its PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and explains each listing. "
        "Leave the address empty to check the public address your connections come from.")
    idle_message = QT_TRANSLATE_NOOP(
        "BlocklistPage",
        "Enter an address, or allow the public-address lookup, and press Check blocklists.")
    run_text = QT_TRANSLATE_NOOP("BlocklistPage", "Chec&k blocklists")
    engine_module = "app.core.checks.blocklist"

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        self.https_port: int | None = None  # test bed: the echo service on this port
        self.echo_urls: tuple[str, ...] = ()  # test bed: instead of the resource's services
        self.timeout = 5.0
        self.settings = gui_settings()
        super().__init__(host, parent)
        self.ask_public.setChecked(self.settings.value(CONSENT_KEY, "no") == "yes")
        self.ask_public.toggled.connect(self._consent_changed)

    def build_form(self) -> None:
        from app.core.knowledge.blocklists import echo_disclosure

        self.address = self.line_field("blocklistAddress", self.tr("empty: my public address"))
        self.address.setToolTip(self.tr("The IPv4 or IPv6 address to look up, for example the "
                                        "one a bounce message names"))
        self.add_field(0, 0, self.tr("&Address:"), self.address, "address")
        self.lists = QLineEdit(self)
        self.lists.setPlaceholderText(self.tr("the common lists"))
        self.lists.setToolTip(self.tr("Blocklist zones to ask instead of the common ones, "
                                      "separated by commas (for example bl.spamcop.net)"))
        self.add_field(0, 1, self.tr("Block&lists:"), self.lists, "lists")
        self.ask_public = QCheckBox(self.tr("Ask an echo service for my &public address"),
                                    self.form_area)
        self.add_field(1, 0, self.tr("Public address:"), self.ask_public, "ask_public", span=2)
        self.disclosure = plain_label(echo_disclosure(self.echo_urls), self.form_area)
        self.disclosure.setWordWrap(True)
        self.form_area.place(self.disclosure, 2, 1, 3)
        self.nameserver = self.nameserver_field()
        self.add_field(3, 0, self.tr("DNS ser&ver:"), self.nameserver, "nameserver")
        # The echo service is asked through the proxy (its outside address is the one to look
        # up); the blocklists themselves are DNS lookups.
        self.add_proxy_fields(3, 1)

    def _consent_changed(self, checked: bool) -> None:
        self.settings.setValue(CONSENT_KEY, "yes" if checked else "no")

    def make_job(self) -> Job | None:
        from app.core.forms import parse_blocklist_form

        options = self.checked_form(parse_blocklist_form, {
            "address": self.address.text(), "ask_public": self.ask_public.isChecked(),
            "lists": self.lists.text(), "echo_urls": list(self.echo_urls)},
            nameserver=self.nameserver, timeout=self.timeout, https_port=self.https_port)
        if options is None:
            return None
        what = options["address"] or self.tr("your public address")
        lists = len(options["lists"]) or 6
        return Job(partial(blocklist_job, options),
                   self.tr("Looking up {what} on the blocklists…").format(what=what), 1 + lists)


def blocklist_job(options: dict[str, Any], on_event: Callable[[Event], None],
                  cancel: CancelToken) -> RunResult:
    """The blocklist check as a job (``partial(blocklist_job, options)``), run in the worker."""
    from app.core.checks.blocklist import BlocklistOptions, run_blocklist

    return run_blocklist(BlocklistOptions(**options), on_event, cancel)
