"""TLS details: the presented chain, days to expiry, protocol and cipher, completeness and the
interception check, for the server of the connection form (or any other)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.model import Event, RunResult, Status, StepResult
from app.gui import theme
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
from app.gui.widgets.plain import plain_label

HEADERS = (
    QT_TRANSLATE_NOOP("tls", "Certificate"),
    QT_TRANSLATE_NOOP("tls", "Subject"),
    QT_TRANSLATE_NOOP("tls", "Issuer"),
    QT_TRANSLATE_NOOP("tls", "Names (SANs)"),
    QT_TRANSLATE_NOOP("tls", "Valid until"),
    QT_TRANSLATE_NOOP("tls", "Days left"),
    QT_TRANSLATE_NOOP("tls", "Key"),
    QT_TRANSLATE_NOOP("tls", "Signature"),
)
(COL_ROLE, COL_SUBJECT, COL_ISSUER, COL_SANS, COL_UNTIL, COL_DAYS, COL_KEY,
 COL_SIGNATURE) = range(len(HEADERS))
SUMMARY = (
    ("expiry", QT_TRANSLATE_NOOP("tls", "Expiry")),
    ("protocol", QT_TRANSLATE_NOOP("tls", "Protocol")),
    ("chain_complete", QT_TRANSLATE_NOOP("tls", "Chain")),
    ("interception", QT_TRANSLATE_NOOP("tls", "Interception")),
)
SECURITY_CHOICES = (
    ("", QT_TRANSLATE_NOOP("tls", "Automatic (by port)")),
    ("tls", "SSL/TLS"),
    ("starttls", "STARTTLS"),
)
ROLE_WORDS = {
    "server": QT_TRANSLATE_NOOP("tls", "Server"),
    "intermediate": QT_TRANSLATE_NOOP("tls", "Intermediate"),
    "root": QT_TRANSLATE_NOOP("tls", "Root"),
}


class StatusLine(QWidget):
    """One summary fact: icon + status word + words, coloured by status."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: Status | str = theme.IDLE
        self.icon = plain_label(parent=self)
        self.icon.setFixedSize(QSize(16, 16))
        self.title = plain_label(title, self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.word = plain_label(parent=self)
        self.text = plain_label(parent=self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear()

    def clear(self) -> None:
        self.set(theme.IDLE, "", "—")

    def set(self, status: Status | str, word: str, text: str) -> None:
        self.status = status
        self.word.setText(word)
        self.text.setText(text)
        self.setAccessibleDescription(self.tr("{status}: {text}").format(status=word, text=text))
        self._paint()

    def _paint(self) -> None:
        if self.status == theme.IDLE:
            self.icon.clear()
        else:
            self.icon.setPixmap(theme.status_icon(self.status).pixmap(
                QSize(16, 16), self.devicePixelRatioF()))
        pal = self.word.palette()
        pal.setColor(QPalette.ColorRole.WindowText, theme.status_colour(self.status))
        self.word.setPalette(pal)
        font = self.word.font()
        font.setBold(True)
        self.word.setFont(font)


class TlsPage(ToolPage):
    intro = QT_TRANSLATE_NOOP(
        "TlsPage",
        "TLS details: every certificate the server presents (subject, issuer, names, validity, "
        "key, signature), days until expiry, protocol and cipher, whether the chain is complete, "
        "and whether something intercepts the connection.")
    idle_message = QT_TRANSLATE_NOOP(
        "TlsPage",
        "Enter the server (taken from the connection test) and press Inspect TLS.")
    run_text = QT_TRANSLATE_NOOP("TlsPage", "&Inspect TLS")
    engine_module = "app.core.checks.tlsinfo"

    def build_form(self) -> None:
        self.host = self.line_field("tlsHost", "smtp.example.com")
        self.add_field(0, 0, self.tr("&Server:"), self.host, "host")
        self.port = QLineEdit(self)
        self.port.setObjectName("tlsPort")
        self.port.setPlaceholderText("465")
        self.port.setMaxLength(5)
        self.port.setMaximumWidth(80)
        self.add_field(0, 1, self.tr("P&ort:"), self.port, "port")
        self.security = QComboBox(self)
        for value, label in ((v, translate("tls", t)) for v, t in SECURITY_CHOICES):
            self.security.addItem(label, value)
        # Its longest item's width where there is room, else at least "STARTTLS": a long
        # language's "Automatic (by port)" doesn't widen the form past the screen (the open
        # list shows every item whole).
        metrics = self.security.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.security.itemText(i))
                      for i in range(self.security.count()))
        self.security.setMinimumWidth(self.security.sizeHint().width() - longest
                                      + metrics.horizontalAdvance("STARTTLS"))
        self.security.setToolTip(self.tr("SSL/TLS: encrypted from the start (465). STARTTLS: plain "
                                 "first, then encrypted (587, 25)."))
        self.add_field(0, 2, self.tr("Se&curity:"), self.security, "security")
        self.form_area.set_column_stretch(5, 0)  # its whole width first, then the others grow
        self.nameserver = self.nameserver_field()
        self.nameserver.setMaximumWidth(110)
        # Which certificates the run trusts: the connection form's CA file, or the system's.
        self.trust = plain_label(trust_words(""), self.form_area)
        self.trust.setObjectName("tlsTrust")
        self.trust.setWordWrap(True)
        self.trust.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust.setToolTip(self.tr("Set in the connection test's Advanced section (CA file)"))
        # Wrapped, but never into a column of single words beside the field (a long language).
        self.trust.setMinimumWidth(self.trust.fontMetrics().averageCharWidth() * 20)
        self.add_field(1, 0, self.tr("DNS ser&ver:"), self.nameserver, "nameserver",
                       extra=self.trust)
        # Beside them, address and password in one cell: the page keeps its height.
        self.add_proxy_fields(1, 1, span=2)
        self.form_area.set_column_stretch(1, 4)

        view = QWidget(self)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.summary: dict[str, StatusLine] = {}
        for row, (step_id, title) in enumerate((s, translate("tls", t)) for s, t in SUMMARY):
            line = StatusLine(title, view)
            self.summary[step_id] = line
            grid.addWidget(line.icon, row, 0)
            grid.addWidget(line.title, row, 1)
            grid.addWidget(line.word, row, 2)
            grid.addWidget(line.text, row, 3)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.table = results_table(view, HEADERS, self.tr("Certificate chain, server first"),
                                   "tls")
        header = self.table.horizontalHeader()
        for col, width in ((COL_SUBJECT, 180), (COL_ISSUER, 180), (COL_SANS, 160)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.add_view(view, 3)

    def sync_from_form(self, form: dict[str, Any]) -> None:
        self.trust.setText(trust_words(str(form.get("ca_file", "")).strip()))
        self.prefill(self.host, str(form.get("host", "")).strip())
        security = str(form.get("security", ""))
        port = str(form.get("port", "")).strip()
        before = self.port.text().strip()
        self.prefill(self.port, port)
        if self.port.text().strip() != before or not before:
            i = self.security.findData(security if security in ("tls", "starttls") else "")
            self.security.setCurrentIndex(max(i, 0))

    def make_job(self) -> Job | None:
        from app.core.forms import parse_tls_form
        from app.core.validate import InputError

        form = self.owner.current_form()
        ca_file = str(form.get("ca_file", "")).strip()
        self.trust.setText(trust_words(ca_file))
        try:  # timeouts, IP version and EHLO name: the connection test's
            options = parse_tls_form({
                "host": self.host.text(), "port": self.port.text(),
                "security": self.security.currentData() or "auto", "ca_file": ca_file,
                "nameserver": self.nameserver_text(self.nameserver), **self.proxy_form(),
                **{key: form.get(key, "") for key in ("connect_timeout", "reply_timeout",
                                                      "ip_version", "ehlo_name")}})
        except InputError as exc:
            self.show_input_error(exc)
            return None
        return Job(partial(tls_job, options),
                   self.tr("Inspecting the TLS of {host}, port {port}…").format(
                           host=options['host'], port=options['port']), 8)

    def run_started(self) -> None:
        self.table.setRowCount(0)
        for line in self.summary.values():
            line.clear()

    def step_finished(self, step: StepResult) -> None:
        line = self.summary.get(step.id)
        if line is not None:
            line.set(step.status, theme.status_word(step.status), step.summary)
        if step.id == "chain":
            self._fill_chain(step.facts.get("chain", []))

    def run_finished(self, result: RunResult) -> None:
        for line in self.summary.values():
            if line.status == theme.IDLE:
                line.set(Status.SKIPPED, theme.status_word(Status.SKIPPED),
                         self.tr("Not checked: no certificate was received."))

    def _fill_chain(self, chain: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for cert in chain:
            row = self.table.rowCount()
            self.table.insertRow(row)
            role = str(cert.get("role", ""))
            role = translate("tls", ROLE_WORDS.get(role, role))
            self.table.setItem(row, COL_ROLE, text_item(role))
            self.table.setItem(row, COL_SUBJECT, text_item(
                str(cert.get("subject_cn") or cert.get("subject", "")),
                str(cert.get("subject", ""))))
            self.table.setItem(row, COL_ISSUER, text_item(
                str(cert.get("issuer_org") or cert.get("issuer_cn") or cert.get("issuer", "")),
                str(cert.get("issuer", ""))))
            sans = [str(s) for s in cert.get("sans") or []]
            self.table.setItem(row, COL_SANS, text_item(", ".join(sans) or "—",
                                                        "\n".join(sans)))
            self.table.setItem(row, COL_UNTIL, text_item(
                str(cert.get("not_after", ""))[:10],
                self.tr("Valid from {not_before} until {not_after}").format(
                    not_before=cert.get("not_before", ""),
                    not_after=cert.get("not_after", ""))))
            self.table.setItem(row, COL_DAYS, status_item(*_days_cell(cert)))
            key = f"{cert.get('key_type', '')} {cert.get('key_size') or ''}".strip()
            self.table.setItem(row, COL_KEY, text_item(key))
            self.table.setItem(row, COL_SIGNATURE, text_item(
                str(cert.get("signature_algorithm", ""))))
        fit_rows(self.table, 3)

    def palette_changed(self) -> None:
        for line in self.summary.values():
            line._paint()
        items = [self.table.item(r, COL_DAYS) for r in range(self.table.rowCount())]
        recolour_table_items([i for i in items if isinstance(i, QTableWidgetItem)])


def trust_words(ca_file: str) -> str:
    if ca_file:
        return translate("tls", "Trusting only the certificate authorities in {ca_file}").format(
                ca_file=ca_file)
    return translate("tls", "Trusting this computer's certificates")


def _days_cell(cert: dict[str, Any]) -> tuple[Status | str, str, str]:
    days = cert.get("days_left")
    if cert.get("expired"):
        return Status.FAIL, translate("tls", "Expired"), translate("tls",
            "Expired on {not_after}").format(not_after=cert.get('not_after', ''))
    if cert.get("not_yet_valid"):
        return Status.FAIL, translate("tls", "Not yet valid"), translate("tls",
            "Valid only from {not_before}").format(not_before=cert.get('not_before', ''))
    if isinstance(days, int) and days < 14:
        return Status.WARN, f"{days}", translate("tls", "Expires in less than 14 days")
    return Status.PASS, f"{days}", translate("tls", "Valid")


def tls_job(options: dict[str, Any], on_event: Callable[[Event], None],
            cancel: CancelToken) -> RunResult:
    """TLS details as a job (``partial(tls_job, options)``), imported in the worker."""
    from app.core.checks.tlsinfo import TlsInfoOptions, run_tls_info

    return run_tls_info(TlsInfoOptions(**options), on_event, cancel)
