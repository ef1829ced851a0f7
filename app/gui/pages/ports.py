""""Is it my network?": probe the mail ports on IPv4 and IPv6 and compare with a control host."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.forms import MAIL_PORTS
from app.core.model import Event, RunResult, Status, StepResult
from app.gui import theme
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.pages.base import (
    Job,
    ToolPage,
    fit_rows,
    item_status,
    recolour_table_items,
    results_table,
    status_item,
    text_item,
)
from app.gui.pages.page import PageHost
from app.gui.settings import gui_settings

FAMILIES = ("IPv4", "IPv6")
COL_PORT, COL_V4, COL_V6, COL_ANSWERS, COL_CONTROL, COL_VERDICT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ports", "Port"),
    "IPv4",
    "IPv6",
    QT_TRANSLATE_NOOP("ports", "What answers"),
    QT_TRANSLATE_NOOP("ports", "Control host"),
    QT_TRANSLATE_NOOP("ports", "Verdict"),
)
REFERENCE_KEY = "ports/reference"
CONSENT_KEY = "ports/control_consent"  # "yes" / "no": asked once, before the first probe
STEP_ROLE = Qt.ItemDataRole.UserRole + 7
SERVICE_WORDS = {
    "smtp": QT_TRANSLATE_NOOP("ports", "SMTP greeting"),
    "smtp_tls": QT_TRANSLATE_NOOP("ports", "SMTP over SSL/TLS"),
    "tls": QT_TRANSLATE_NOOP("ports", "TLS, but no SMTP greeting"),
    "other": QT_TRANSLATE_NOOP("ports", "Not a mail server"),
    "silent": QT_TRANSLATE_NOOP("ports", "Nothing (silent)"),
}


def family_cell(entry: dict[str, Any] | None) -> tuple[Status | str, str, str]:
    """(status, word, tooltip) for one port on one address family."""
    if entry is None:
        return Status.SKIPPED, translate("ports", "No address"), translate("ports",
            "The server has no address of this IP version.")
    state, service = entry.get("state", ""), entry.get("service", "")
    tip = f"{entry.get('ip', '')}: {entry.get('verdict', state)}"
    if state == "open":
        if service in ("smtp", "smtp_tls", "tls"):
            return Status.PASS, translate("ports", "Open"), tip
        return Status.WARN, translate("ports",
            "Open, not SMTP") if service == "other" else translate("ports", "Open, silent"), tip
    word = {"closed": translate("ports", "Closed"), "filtered": translate("ports",
        "Filtered"), "unreachable": translate("ports", "Unreachable")}.get(
        state, "Error")
    return Status.FAIL, word, tip


def control_cell(entries: list[dict[str, Any]], has_reference: bool
                 ) -> tuple[Status | str, str, str]:
    refs = [e["reference"] for e in entries if isinstance(e.get("reference"), dict)]
    if not has_reference:
        return Status.SKIPPED, translate("ports", "Not used"), translate("ports",
            "No control host was set.")
    if not refs:
        return Status.SKIPPED, translate("ports", "Not probed"), translate("ports",
            "The control host could not be probed.")
    host = refs[0].get("host", "")
    if any(r.get("state") == "open" for r in refs):
        return Status.PASS, translate("ports", "Answers"), translate(
            "ports", "{host} answers on this port from your network.").format(host=host)
    if any(r.get("state") == "closed" for r in refs):
        return Status.WARN, translate("ports", "Refused"), translate(
            "ports", "{host} refused this port.").format(host=host)
    return Status.FAIL, translate("ports", "No answer"), translate(
        "ports", "{host} does not answer on this port either: your network probably blocks it."
    ).format(host=host)


class PortsPage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "PortsPage",
        "Is it my network? Probes the mail ports of a server in parallel, over IPv4 and IPv6, "
        "and the same ports on a control host that answers on every port: a port blocked on both "
        "is blocked by your network or provider.")
    idle_message = QT_TRANSLATE_NOOP("PortsPage", "Enter the server and press Probe ports.")
    run_text = QT_TRANSLATE_NOOP("PortsPage", "&Probe ports")
    engine_module = "app.core.checks.ports"

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        self.settings = gui_settings()
        super().__init__(host, parent)
        self._rows: dict[int, int] = {}
        self._has_reference = False
        self._families: list[str] = list(FAMILIES)
        if self.settings.contains(REFERENCE_KEY):
            self.reference.setText(str(self.settings.value(REFERENCE_KEY, "")))

    # -- form ----------------------------------------------------------------------------------
    def build_form(self) -> None:
        self.host = self.line_field("portsHost", "smtp.example.com")
        self.add_field(0, 0, self.tr("&Server:"), self.host, "host")
        self.ports = QLineEdit(", ".join(map(str, MAIL_PORTS)), self)
        self.ports.setToolTip(self.tr(
            "Ports to probe, separated by commas; add your own (e.g. 8025)"))
        self.add_field(0, 1, self.tr("P&orts:"), self.ports, "ports")
        self.timeout = QLineEdit("5", self)
        self.timeout.setMaximumWidth(70)
        self.timeout.setToolTip(self.tr(
            "Seconds to wait for an answer; the whole probe takes about this "
                                "long, not this long per port"))
        self.add_field(0, 2, self.tr("T&imeout (s):"), self.timeout, "timeout")
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("none: no control comparison"))
        self.reference.setToolTip(self.tr(
            "A host that answers on every port (the control). Empty: no "
                                  "control comparison. Remembered for next time."))
        self.add_field(1, 0, self.tr("Co&ntrol host:"), self.reference, "reference")
        self.nameserver = self.nameserver_field()
        self.add_field(1, 1, self.tr("DNS ser&ver:"), self.nameserver, "nameserver", span=2)
        self.add_proxy_fields(2, 0, span=2)

        self.table = results_table(self, HEADERS, self.tr("Ports"), "ports")
        header = self.table.horizontalHeader()
        for col in (COL_PORT, COL_V4, COL_V6, COL_CONTROL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ANSWERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ANSWERS, 260)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(self._row_selected)
        self.add_view(self.table, 2)

    def sync_from_form(self, form: dict[str, Any]) -> None:
        self.prefill(self.host, str(form.get("host", "")).strip())

    def _ask_control_consent(self) -> None:
        """Once: may the probe also contact the public control host (a third party)?"""
        from app.core.checks.ports import DEFAULT_REFERENCE

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Compare with a control host?"),
                          self.tr(
                              "To tell whether your own network blocks a port, SMTP Doctor can "
                              "also try the same ports on {host}, a public host run "
                              "by a third party that answers on every port.").format(
                                      host=DEFAULT_REFERENCE), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "Only connections are opened (nothing about you, your server or your password is "
                "sent), but {host} sees your internet address. Your answer is "
                "remembered; you can change the control host on this page at any time.").format(
                        host=DEFAULT_REFERENCE))
        use = box.addButton(self.tr("Use {host}").format(
                host=DEFAULT_REFERENCE), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("No control comparison"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(skip)
        box.setEscapeButton(skip)
        box.exec()
        agreed = box.clickedButton() is use
        self.settings.setValue(CONSENT_KEY, "yes" if agreed else "no")
        if agreed:
            self.reference.setText(DEFAULT_REFERENCE)

    # -- running -------------------------------------------------------------------------------
    def make_job(self) -> Job | None:
        from app.core.forms import parse_ports_form
        from app.core.validate import InputError

        def parse() -> dict[str, Any]:
            return parse_ports_form({
                "host": self.host.text(), "ports": self.ports.text(),
                "timeout": self.timeout.text(), "reference": self.reference.text(),
                "nameserver": self.nameserver_text(self.nameserver), **self.proxy_form()})

        try:
            options = parse()
            if not options["reference"] and not self.settings.contains(CONSENT_KEY):
                self._ask_control_consent()  # may fill in the control host
                options = parse()
        except InputError as exc:
            self.show_input_error(exc)
            return None
        ports, reference = options["ports"], options["reference"]
        self.settings.setValue(REFERENCE_KEY, reference)
        self._has_reference = bool(reference)
        self._fill_waiting(ports)
        steps = 2 + (1 if reference else 0) + len(ports)
        message = self.tr("Probing {host} on port {ports}…").format(
                host=options["host"], ports=", ".join(map(str, ports)))
        return Job(partial(ports_job, options), message, steps)

    def _fill_waiting(self, ports: tuple[int, ...]) -> None:
        self.table.setRowCount(0)
        self._rows = {}
        self._families = list(FAMILIES)
        for row, port in enumerate(ports):
            self.table.insertRow(row)
            self._rows[port] = row
            port_item = text_item(str(port))
            self.table.setItem(row, COL_PORT, port_item)
            for col in (COL_V4, COL_V6, COL_CONTROL):
                self.table.setItem(row, col, status_item(theme.RUNNING, self.tr("Waiting…")))
            self.table.setItem(row, COL_ANSWERS, text_item(""))
            self.table.setItem(row, COL_VERDICT, text_item(""))
        fit_rows(self.table)

    def step_finished(self, step: StepResult) -> None:
        if step.id == "resolve" and step.status is not Status.FAIL:
            probed = {p.get("family") for p in step.facts.get("probed", [])}
            self._families = [f for f in FAMILIES if f in probed]
            return
        if not step.id.startswith("port_"):
            return
        port = int(step.id[5:])
        row = self._rows.get(port)
        if row is None:
            return
        families: dict[str, Any] = step.facts.get("families", {})
        for family, col in zip(FAMILIES, (COL_V4, COL_V6), strict=True):
            entry = families.get(family)
            if entry is None and (family in self._families and not families):
                cell = status_item(Status.SKIPPED, self.tr("Not probed"), step.summary)
            else:
                cell = status_item(*family_cell(entry))
            self.table.setItem(row, col, cell)
        if not families:
            self.table.setItem(row, COL_CONTROL, status_item(Status.SKIPPED, self.tr("Not probed")))
            self.table.setItem(row, COL_VERDICT, text_item(step.summary))
            return
        answers = [f"{translate('ports', SERVICE_WORDS.get(e.get('service', ''), ''))}"
                   f"{': ' + e['banner'] if e.get('banner') and e.get('service') != 'tls' else ''}"
                   for e in families.values() if e.get("state") == "open"]
        self.table.setItem(row, COL_ANSWERS, text_item(next((a for a in answers if a), "—")))
        self.table.setItem(row, COL_CONTROL, status_item(*control_cell(
            list(families.values()), self._has_reference)))
        verdict = text_item(step.summary)
        verdict.setData(STEP_ROLE, step.id)  # the step shown when the row is selected
        self.table.setItem(row, COL_VERDICT, verdict)

    def run_finished(self, result: RunResult) -> None:
        for row in range(self.table.rowCount()):
            for col in (COL_V4, COL_V6, COL_CONTROL):
                item = self.table.item(row, col)
                if item_status(item) == theme.RUNNING:
                    self.table.setItem(row, col, status_item(
                        Status.SKIPPED, self.tr("Not probed"),
                        self.tr("The run stopped before this port was probed.")))

    def _row_selected(self, row: int, _col: int, _prow: int, _pcol: int) -> None:
        item = self.table.item(row, COL_VERDICT) if row >= 0 else None
        step_id = item.data(STEP_ROLE) if item is not None else None
        if step_id:
            index = self.results.model.row_of(str(step_id))
            if index is not None:
                self.results.select_row(index)

    def palette_changed(self) -> None:
        items: list[QTableWidgetItem] = []
        for row in range(self.table.rowCount()):
            for col in (COL_V4, COL_V6, COL_CONTROL):
                item = self.table.item(row, col)
                if item is not None:
                    items.append(item)
        recolour_table_items(items)

    # -- for tests and the status bar ----------------------------------------------------------
    def row_of(self, port: int) -> int | None:
        """The table row of ``port`` (None: not probed in this run)."""
        return self._rows.get(port)

    def cell_text(self, port: int, col: int) -> str:
        row = self._rows.get(port)
        item = self.table.item(row, col) if row is not None else None
        return item.text() if item is not None else ""

    def cell_status(self, port: int, col: int) -> Any:
        row = self._rows.get(port)
        return item_status(self.table.item(row, col)) if row is not None else None


def ports_job(options: dict[str, Any], on_event: Callable[[Event], None],
              cancel: CancelToken) -> RunResult:
    """The ports probe as a job (``partial(ports_job, options)``), imported in the worker."""
    from app.core.checks.ports import PortsOptions, run_ports

    return run_ports(PortsOptions(**options), on_event, cancel)
