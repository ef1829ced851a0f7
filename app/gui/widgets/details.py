"""The selected step: summary, diagnosis (title, cause, numbered fixes) and facts."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.model import Status, StepResult
from app.core.text.facts import none_text
from app.core.text.report_text import scalar_text
from app.gui import theme
from app.gui.facts import readable
from app.gui.models.steps import format_ms, step_word


def _e(value: Any) -> str:
    return html.escape(str(value))


def facts_html(facts: Any, depth: int = 0) -> str:
    """Facts already made readable (:func:`app.gui.facts.readable`): labels are shown as given."""
    if isinstance(facts, dict):
        if not facts:
            return f"<i>{_e(none_text())}</i>"
        rows = []
        for key, value in facts.items():
            rows.append(f"<tr><td valign='top' style='padding-right:12px'><b>{_e(key)}"
                        f"</b></td><td>{facts_html(value, depth + 1)}</td></tr>")
        return f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"
    if isinstance(facts, list):
        if not facts:
            return f"<i>{_e(none_text())}</i>"
        if all(not isinstance(v, (dict, list)) for v in facts):
            if len(facts) <= 3 and sum(len(str(v)) for v in facts) < 60:
                return _e(", ".join(scalar_text(v) for v in facts))
            return "<br>".join(_e(scalar_text(v)) for v in facts)
        return "".join(f"<div>{facts_html(v, depth + 1)}</div>" for v in facts)
    return _e(scalar_text(facts))


class StepDetails(QTextBrowser):
    """Read-only, selectable, keyboard-scrollable rich text of one step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self._step: StepResult | None = None
        self.setPlaceholderText(self.tr("Select a step to see what happened and how to fix it."))
        self.setAccessibleName(self.tr("Step details"))

    @property
    def step(self) -> StepResult | None:
        return self._step

    def show_step(self, step: StepResult | None, running_title: str = "") -> None:
        self._step = step
        if step is None:
            if running_title:
                running = _e(self.tr("Running…"))
                self.setHtml(f"<h3>{_e(running_title)}</h3><p>{running}</p>")
            else:
                self.clear()
            return
        self.setHtml(self.render_step(step))

    def render_step(self, step: StepResult) -> str:
        colour = theme.status_colour(step.status).name()
        word = step_word(step)
        parts = [
            f"<h3 style='margin-bottom:2px'>{_e(step.title)}</h3>",
            f"<p style='margin-top:0'><span style='color:{colour}'><b>{_e(word)}</b></span>"
            f" &middot; {_e(format_ms(step.duration_ms))}</p>",
        ]
        if step.summary:
            parts.append(f"<p>{_e(step.summary)}</p>")
        advice = step.advice
        if advice is not None:
            heading = self.tr("What went wrong") if step.status is Status.FAIL else self.tr(
                "Worth knowing")
            parts.append(
                f"<h4 style='margin-bottom:2px'>{heading}: {_e(advice.title)}</h4>"
                f"<p style='margin-top:2px'>{_e(advice.cause)}</p>"
            )
            if advice.fixes:
                items = "".join(f"<li>{_e(fix)}</li>" for fix in advice.fixes)
                how = _e(self.tr("How to fix it"))
                parts.append(f"<p style='margin-bottom:0'><b>{how}</b></p>"
                             f"<ol style='margin-top:2px'>{items}</ol>")
        if step.diagnosis:
            parts.append("<p><small>" + _e(self.tr("Diagnosis:")) +
                         f" <code>{_e(step.diagnosis)}</code></small></p>")
        shown, technical = readable(step.facts or {})
        if shown:
            heading = _e(self.tr("Details"))
            parts.append(f"<h4 style='margin-bottom:2px'>{heading}</h4>")
            parts.append(facts_html(shown))
        if technical:
            heading = _e(self.tr("Technical details"))
            parts.append(f"<h4 style='margin-bottom:2px'>{heading}</h4>")
            parts.append(facts_html(technical))
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._step is not None:
            self.setHtml(self.render_step(self._step))
