"""A step's facts as the desktop app shows them: the engine's labels and value words
(app.core.text.facts, one table for every face) with the user's locale for dates and durations
(QLocale); settings by the names the form uses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from app.core.model import Security
from app.core.text import facts as core_facts
from app.core.text.facts import label
from app.core.text.i18n import msg
from app.core.text.report_text import Words
from app.gui.i18n import translate
from app.gui.models.steps import format_ms

__all__ = ["WORDS", "label", "local_time", "readable", "security_label", "security_text",
           "value_text"]


def local_time(iso: str, seconds: bool = True) -> str:
    """An ISO time as people read it, in local time and the user's locale: "30 Nov 2026, 14:05"
    (exports keep ISO)."""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    with contextlib.suppress(OverflowError, OSError, ValueError):  # far dates (year 3000)
        when = when.astimezone()
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    date = locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
    clock = locale.toString(QTime(when.hour, when.minute, when.second), time_format)
    return f"{date}, {clock}"


def security_label(security: Security) -> str:
    """``Security.label`` in the current language (STARTTLS and SSL/TLS are names): the
    engine's word (app.core.text.facts), as reports and the CLI say it."""
    return core_facts.security_word(security.value)


def security_text(value: str, in_sentence: bool = False) -> str:
    """The form's name for an encryption setting; ``in_sentence``: "no encryption"."""
    if in_sentence and value == Security.NONE.value:
        return msg(core_facts.NO_ENCRYPTION_IN_SENTENCE)
    return core_facts.security_word(value)


def _seconds(value: float) -> str:
    locale = QLocale()
    if value < 1:
        return translate("facts", "{value} ms").format(value=locale.toString(value * 1000, "f", 0))
    return translate("facts", "{value} s").format(value=locale.toString(value, "f", 1))


def value_text(key: str, value: Any) -> Any:
    """A fact's value in words for its key, durations and dates in the user's locale (the
    engine's words for the rest: app.core.text.facts); anything else is returned as it is."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        if core_facts.is_duration(key):
            return _seconds(value / 1000)
        if core_facts.is_seconds(key):
            return _seconds(float(value))
        return value
    if not isinstance(value, str):
        return value
    if key in ("security", "suggested_security"):
        return security_text(value)
    if key in core_facts.DATE_KEYS and value:
        return local_time(value, seconds=False)
    return core_facts.value_text(key, value)


def readable(facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(shown, technical)``: the facts relabelled for people, and the internal codes apart."""
    return core_facts.readable(facts, value_text)


# The words of "Copy results as text": the same labels and values as the Details pane.
WORDS = Words(readable=readable, value=value_text, when=local_time, duration=format_ms)
