""""Find my settings": candidates from presets, SRV, autoconfig and guesses, probed and ranked."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.knowledge.diagnoses import title_of
from app.core.model import Event, RunResult, Status, StepResult
from app.gui.facts import security_text
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.pages.base import (
    Job,
    ToolPage,
    fit_rows,
    recolour_table_items,
    results_table,
    status_item,
    text_item,
)
from app.gui.pages.page import PageHost
from app.gui.widgets.plain import plain_label

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("discover", "Server"),
    QT_TRANSLATE_NOOP("discover", "Port"),
    QT_TRANSLATE_NOOP("discover", "Security"),
    QT_TRANSLATE_NOOP("discover", "Found via"),
    QT_TRANSLATE_NOOP("discover", "Result"),
    "TLS",
    QT_TRANSLATE_NOOP("discover", "Certificate"),
    QT_TRANSLATE_NOOP("discover", "Greeting"),
)
(COL_RANK, COL_HOST, COL_PORT, COL_SECURITY, COL_SOURCES, COL_RESULT, COL_TLS, COL_CERT,
 COL_GREETING) = range(len(HEADERS))
STATUS_COLUMNS = (COL_RESULT, COL_TLS, COL_CERT)
KIND_WORDS = {
    "preset": QT_TRANSLATE_NOOP("discover", "Provider preset"),
    "mx-preset": QT_TRANSLATE_NOOP("discover", "Preset (by MX)"),
    "srv": QT_TRANSLATE_NOOP("discover", "SRV record"),
    "autoconfig": QT_TRANSLATE_NOOP("discover", "Autoconfig"),
    "guess": QT_TRANSLATE_NOOP("discover", "Guess"),
}
FORM_ROLE = Qt.ItemDataRole.UserRole + 8


def _source_kind(text: str) -> str:
    """The kind of an English source text (runs saved before candidates carried ``kinds``)."""
    return ("mx-preset" if "preset (MX" in text else "preset" if " preset " in text
            else "srv" if text.startswith("SRV") else "autoconfig"
            if text.startswith("autoconfig") else "guess")


def source_words(candidate: dict[str, Any]) -> str:
    # the kinds are machine words; the sources are text in the language of the run
    found = candidate.get("kinds") or [_source_kind(str(s)) for s in candidate.get("sources", [])]
    kinds: list[str] = []
    for kind in found:
        word = translate("discover", KIND_WORDS.get(str(kind), KIND_WORDS["guess"]))
        if word not in kinds:
            kinds.append(word)
    return ", ".join(kinds) or "—"


def result_cell(c: dict[str, Any]) -> tuple[Status | str, str, str]:
    if not c.get("probed"):
        return Status.SKIPPED, translate("discover", "Not tried"), translate("discover",
            "Not probed")
    if c.get("works"):
        return Status.PASS, translate("discover", "Works"), str(c.get("summary", ""))
    return Status.FAIL, translate("discover",
        "Fails"), str(c.get("error") or c.get("summary") or "")


def tls_cell(c: dict[str, Any]) -> tuple[Status | str, str, str]:
    if not c.get("probed") or not (c.get("works") or c.get("tls")):
        return Status.SKIPPED, "—", ""
    if c.get("tls"):
        return Status.PASS, str(c.get("tls_version") or translate("discover",
            "Yes")), translate("discover", "The connection is encrypted")
    return (Status.WARN, security_text("none"),
            translate("discover", "No encryption: the password would travel in clear text"))


def cert_cell(c: dict[str, Any]) -> tuple[Status | str, str, str]:
    valid = c.get("cert_valid")
    if valid is True:
        names = ", ".join(c.get("cert_names") or [])
        return Status.PASS, translate("discover", "Valid"), translate("discover",
            "Valid for {host}").format(host=c.get('host')) + (f" ({names})" if names
                                                                     else "")
    if valid is False:
        names = ", ".join(c.get("cert_names") or [])
        problem = title_of(str(c.get("cert_problem", "")), {"host": c.get("host", "")})
        detail = translate("discover", "{problem}: the certificate is for {names}").format(
            problem=problem, names=names) if names else problem
        return Status.FAIL, translate("discover", "Problem"), detail
    return Status.SKIPPED, "—", ""


def apply_warnings(c: dict[str, Any]) -> list[str]:
    """Why applying candidate ``c`` needs the user's yes (empty: apply at once)."""
    reasons: list[str] = []
    if c.get("outside_domain"):
        reasons.append(str(c.get("outside_note") or
                           translate("discover", "{host} is outside your domain. Your password "
                                     "would be sent to this host.").format(host=c.get("host"))))
    form = c.get("form") or {}
    if str(form.get("security", c.get("security"))) == "none":
        reasons.append(translate("discover", "{host} offers no encryption: your password would "
                                 "cross the network unencrypted, readable by anyone on the way."
                                 ).format(host=c.get("host")))
    return reasons


def host_cell(c: dict[str, Any]) -> QTableWidgetItem:
    host = str(c.get("host", ""))
    if c.get("outside_domain"):
        return status_item(Status.WARN,
                           translate("discover", "{host} (outside your domain)").format(host=host),
                           str(c.get("outside_note", "")))
    return text_item(host)


class DiscoverPage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "DiscoverPage",
        "Find my settings: enter your email address (or your domain). SMTP Doctor looks for the "
        "outgoing server in provider presets, published SRV records and autoconfig files, and "
        "the usual names; tries them all at once and ranks them.")
    idle_message = QT_TRANSLATE_NOOP(
        "DiscoverPage",
        "Enter your email address and press Find settings.")
    run_text = QT_TRANSLATE_NOOP("DiscoverPage", "F&ind settings")
    engine_module = "app.core.checks.discover"

    apply_requested = Signal(dict)  # the chosen candidate's form values

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        # Test-bed knobs (no widgets): autoconfig served on one port, fewer guessed ports.
        self.https_port: int | None = None
        self.guess_ports: tuple[int, ...] | None = None
        self.timeout = 5.0
        self.candidates: list[dict[str, Any]] = []
        super().__init__(host, parent)
        self.apply_requested.connect(host.apply_form)

    def build_form(self) -> None:
        self.query = self.line_field("discoverQuery", self.tr("you@example.com or example.com"))
        self.add_field(0, 0, self.tr("Email &address or domain:"), self.query, "query")
        self.nameserver = self.nameserver_field()
        self.nameserver.setMaximumWidth(220)
        self.add_field(0, 1, self.tr("DNS ser&ver:"), self.nameserver, "nameserver")
        self.add_proxy_fields(1, 0, span=2)
        self.form_area.set_column_stretch(1, 3)

        view = QWidget(self)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = results_table(view, HEADERS, self.tr("Candidates, best first"),
                                   "discover")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_HOST, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_HOST, 200)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.choice = plain_label(parent=view)
        self.choice.setWordWrap(True)
        self.use_button = QPushButton(self.tr("&Use these settings"), view)
        self.use_button.setToolTip(self.tr("Put the selected server, port and security into the "
                                   "connection test's form"))
        self.use_button.setEnabled(False)
        row.addWidget(self.choice, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.add_view(view, 3)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _i: self.use_selected())
        self.use_button.clicked.connect(self.use_selected)

    def sync_from_form(self, form: dict[str, Any]) -> None:
        for key in ("mail_from", "username"):
            value = str(form.get(key, "")).strip()
            if "@" in value:
                self.prefill(self.query, value)
                return

    # -- running -------------------------------------------------------------------------------
    def make_job(self) -> Job | None:
        from app.core.forms import parse_discover_form
        from app.core.validate import InputError

        form = self.owner.current_form()
        try:
            options = parse_discover_form({
                "query": self.query.text(), "nameserver": self.nameserver_text(self.nameserver),
                **self.proxy_form(),
                "ca_file": form.get("ca_file", ""), "timeout": self.timeout,
                "guess_ports": self.guess_ports, "https_port": self.https_port})
        except InputError as exc:
            self.show_input_error(exc)
            return None
        return Job(partial(discover_job, options),
                   self.tr("Looking for the outgoing server of {query}…").format(
                           query=options['query']), 8)

    def run_started(self) -> None:
        self.candidates = []
        self.table.setRowCount(0)
        self.use_button.setEnabled(False)
        self.choice.setText("")

    def display_step(self, step: StepResult) -> StepResult:
        """The rank step's candidate lists are in the table: the details keep the best one."""
        if step.id != "rank" or not step.facts:
            return step
        facts = {k: v for k, v in step.facts.items() if k not in ("candidates", "tried", "best")}
        best = step.facts.get("best")
        if isinstance(best, dict):
            facts = {"best": {k: best[k] for k in ("host", "port", "security", "sources",
                                                    "summary") if k in best}, **facts}
        facts["candidates"] = self.tr("{listed} listed in the table above ({tried} tried)").format(
            listed=len(step.facts.get("candidates", [])), tried=len(step.facts.get("tried", [])))
        return dataclasses.replace(step, facts=facts)

    def step_finished(self, step: StepResult) -> None:
        if step.id != "rank":
            return
        self.candidates = [c for c in step.facts.get("candidates", []) if isinstance(c, dict)]
        self.table.setRowCount(0)
        for number, c in enumerate(self.candidates, 1):
            row = self.table.rowCount()
            self.table.insertRow(row)
            rank = text_item(str(number))
            rank.setData(FORM_ROLE, dict(c.get("form") or {}))
            self.table.setItem(row, COL_RANK, rank)
            self.table.setItem(row, COL_HOST, host_cell(c))
            self.table.setItem(row, COL_PORT, text_item(str(c.get("port", ""))))
            self.table.setItem(row, COL_SECURITY, text_item(
                security_text(str(c.get("security")))))
            self.table.setItem(row, COL_SOURCES, text_item(
                source_words(c), "\n".join(map(str, c.get("sources", [])))))
            self.table.setItem(row, COL_RESULT, status_item(*result_cell(c)))
            self.table.setItem(row, COL_TLS, status_item(*tls_cell(c)))
            self.table.setItem(row, COL_CERT, status_item(*cert_cell(c)))
            self.table.setItem(row, COL_GREETING, text_item(str(c.get("greeting") or "—")))
        fit_rows(self.table, 4)

    def run_finished(self, result: RunResult) -> None:
        if self.candidates:
            working = [i for i, c in enumerate(self.candidates) if c.get("works")]
            self.table.selectRow(working[0] if working else 0)
        else:
            self.choice.setText(self.tr("No candidates to use."))

    def _selection_changed(self) -> None:
        c = self.selected()
        self.use_button.setEnabled(c is not None and bool(c.get("form")))
        if c is None:
            self.choice.setText("")
            return
        security = security_text(str(c.get("security", "")), in_sentence=True)
        works = self.tr("works") if c.get("works") else self.tr("did not work here")
        outside = self.tr("; outside your domain") if c.get("outside_domain") else ""
        self.choice.setText(self.tr("{host}, port {port}, {security} ({works}{outside})").format(
            host=c.get("host"), port=c.get("port"), security=security, works=works,
            outside=outside))

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def use_selected(self) -> None:
        c = self.selected()
        if c is None or not c.get("form"):
            return
        reasons = apply_warnings(c)
        if reasons and not self.confirm_apply(str(c.get("host", "")), reasons):
            return
        self.apply_requested.emit(dict(c["form"]))

    def confirm_apply(self, host: str, reasons: list[str]) -> bool:
        """Ask before a risky candidate fills the form; No (the default, and Esc) keeps it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Use these settings?"),
                          "\n\n".join([self.tr("Use {host} for sending mail?").format(
                                  host=host), *reasons]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("discoverConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)  # host names come from DNS and the web
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def palette_changed(self) -> None:
        items: list[QTableWidgetItem] = []
        for row in range(self.table.rowCount()):
            for col in STATUS_COLUMNS:
                item = self.table.item(row, col)
                if item is not None:
                    items.append(item)
        recolour_table_items(items)


def discover_job(options: dict[str, Any], on_event: Callable[[Event], None],
                 cancel: CancelToken) -> RunResult:
    """Discovery as a job (``partial(discover_job, options)``), imported in the worker."""
    from app.core.checks.discover import DiscoverOptions, run_discover

    return run_discover(DiscoverOptions(**options), on_event, cancel)
