"""The verdict banner: icon + status word + one plain sentence, and the elapsed time."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.core.model import RunResult, Status
from app.gui import a11y, theme
from app.gui.i18n import QT_TRANSLATE_NOOP, translate
from app.gui.models.steps import format_ms
from app.gui.widgets.wrap import WrapLayout

from .plain import plain_label

HEADINGS = {
    Status.PASS: QT_TRANSLATE_NOOP("banner", "Passed"),
    Status.WARN: QT_TRANSLATE_NOOP("banner", "Works, with warnings"),
    Status.FAIL: QT_TRANSLATE_NOOP("banner", "Problem found"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("banner", "Nothing was tested"),
    theme.RUNNING: QT_TRANSLATE_NOOP("banner", "Testing…"),
    theme.IDLE: QT_TRANSLATE_NOOP("banner", "Ready"),
}


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setAccessibleName(self.tr("Result"))
        self._status: Status | str = theme.IDLE
        self.icon = plain_label(parent=self)
        self.icon.setFixedSize(QSize(32, 32))
        self.heading = plain_label(parent=self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.verdict = plain_label(parent=self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.elapsed = plain_label(parent=self)
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.elapsed.setAccessibleDescription(self.tr("Elapsed time"))
        text = QVBoxLayout()
        text.setSpacing(2)
        # The heading at the left, the time at the right; the time under the heading when the
        # banner is narrow (a long language).
        heading_row = WrapLayout(spacing=12, spread=True)
        heading_row.add(self.heading)
        heading_row.add(self.elapsed)
        text.addLayout(heading_row)
        text.addWidget(self.verdict)
        self.note = plain_label(parent=self)  # "these results are for other settings"
        self.note.setWordWrap(True)
        self.note.hide()
        text.addWidget(self.note)
        top = QHBoxLayout(self)
        top.setContentsMargins(10, 8, 10, 8)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self._update_elapsed)
        self.set_idle(self.tr(
            "Choose a provider or enter your server, then press Test connection."))

    # -- states --------------------------------------------------------------------------------
    def set_idle(self, message: str) -> None:
        self._tick.stop()
        self._show(theme.IDLE, message)
        self.elapsed.clear()

    def set_running(self, message: str) -> None:
        self._show(theme.RUNNING, message)
        self._clock.start()
        self._update_elapsed()
        self._tick.start()

    def set_cancelling(self) -> None:
        """Cancel was pressed: said while the run is still winding down, replaced once by the
        run's end ("Cancelled"), and never said over a result that is already shown."""
        if self._status == theme.RUNNING:
            self.verdict.setText(self.tr("Cancelling…"))

    def set_result(self, result: RunResult, announce: bool = True) -> None:
        """Show a run's result; with ``announce`` (a run that just ended, not one reopened from
        the history) a screen reader also says the verdict and each failed or warned step."""
        self._tick.stop()
        if result.cancelled:
            self._show(Status.SKIPPED, result.verdict or self.tr(
                "The test was cancelled."), self.tr("Cancelled"))
        else:
            self._show(result.status, result.verdict)
        self.elapsed.setText(self.tr("Total {total_ms}").format(
                total_ms=format_ms(result.total_ms)))
        if announce:
            a11y.announce(self, self.announcement(result),
                          assertive=result.status is Status.FAIL and not result.cancelled)

    def announcement(self, result: RunResult) -> str:
        """What a screen reader says when a run ends: the heading and the verdict, then every
        failed step and every warning, worst first, each with its summary."""
        parts = [self.tr("{heading}: {verdict}").format(heading=self.heading.text(),
                                                       verdict=self.verdict.text())]
        for wanted in (Status.FAIL, Status.WARN):
            for step in result.steps:
                if step.status is wanted:
                    parts.append(self.tr("{status}, {step}: {summary}").format(
                        status=theme.status_word(wanted), step=step.title,
                        summary=step.summary))
        return "\n".join(parts)

    def set_input_problem(self, message: str, fields: list[str] | None = None) -> None:
        self._tick.stop()
        self.elapsed.clear()
        self._show(Status.WARN, message, self.tr("Check your settings"))

    def set_error(self, message: str) -> None:
        self._tick.stop()
        self._show(Status.FAIL, message, self.tr("SMTP Doctor ran into a problem"))

    def set_out_of_date(self, note: str) -> None:
        """Say that the results shown are for other settings ("" = they are current)."""
        self.note.setText(self.tr("⚠ {note}").format(note=note) if note else "")
        self.note.setVisible(bool(note))

    def status(self) -> Status | str:
        return self._status

    def elapsed_ms(self) -> int:
        return int(self._clock.elapsed()) if self._clock.isValid() else 0

    # -- internals -----------------------------------------------------------------------------
    def _show(self, status: Status | str, message: str, heading: str | None = None) -> None:
        self._status = status
        self.heading.setText(heading or (translate("banner", HEADINGS[status]) if status in HEADINGS
                                        else ""))
        self.verdict.setText(message)
        icon_status = theme.IDLE if status == theme.IDLE else status
        self.icon.setPixmap(theme.status_icon(icon_status).pixmap(QSize(32, 32),
                                                                   self.devicePixelRatioF()))
        self.setAccessibleDescription(self.tr("{heading}: {verdict}").format(
            heading=self.heading.text(), verdict=message))
        self._apply_colours()

    def _apply_colours(self) -> None:
        palette = QApplication.palette()  # ours is altered by the style sheet
        colour = theme.status_colour(self._status, palette)
        background = theme.banner_background(self._status, palette).name()
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {background};"
            f" border: 1px solid {colour.name()}; border-left: 5px solid {colour.name()};"
            " border-radius: 4px; }"
        )
        self.heading.setStyleSheet(f"color: {colour.name()};")

    def _update_elapsed(self) -> None:
        seconds = QLocale().toString(self.elapsed_ms() / 1000, "f", 1)  # 1.5 / 1,5
        self.elapsed.setText(self.tr("Elapsed {seconds} s").format(seconds=seconds))

    def refresh_colours(self) -> None:
        """Called by the theme after Edit › Appearance switched the palette."""
        self._apply_colours()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_colours()
