"""Words shared by every face and format: the app's name, how each status is written, and how
keys, durations and sizes are put for people. One table each, so the CLI, the reports, the
clipboard and the GUI say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Status
from .i18n import N_, msg
from .width import display_width

APP_NAME = "SMTP Doctor"


@dataclass(frozen=True)
class StatusText:
    """One status in every spelling a face uses."""

    word: str  # in a sentence or a table cell: "Passed"
    tag: str  # the CLI's column: "PASS", "SKIPPED" (English; status_tag() translates it)
    short: str  # the clipboard's [TAG]: "SKIP"
    heading: str  # reports: "WARNING" (English; msg(heading) translates it)
    glyph: str  # a UTF console: "✔"
    ascii: str  # any other console: "+"
    emoji: str  # Markdown and HTML reports


STATUS_TEXT: dict[str, StatusText] = {
    "pass": StatusText("Passed", N_("PASS"), "PASS", N_("PASS"), "✔", "+", "✅"),
    "warn": StatusText("Warning", N_("WARN"), "WARN", N_("WARNING"), "!", "!", "⚠️"),
    "fail": StatusText("Failed", N_("FAIL"), "FAIL", N_("FAIL"), "✘", "x", "❌"),
    "skipped": StatusText("Skipped", N_("SKIPPED"), "SKIP", N_("SKIPPED"), "-", "-", "⏭️"),
}


def status_text(status: Status | str) -> StatusText:
    """The spellings of a status (an unknown one is written as skipped)."""
    key = status.value if isinstance(status, Status) else str(status)
    return STATUS_TEXT.get(key, STATUS_TEXT["skipped"])


def status_tag(status: Status | str) -> str:
    """The CLI's column word for a status in the current language ("PASS", "BESTANDEN"); JSON
    keeps the stable English ``status`` values."""
    return msg(status_text(status).tag)


def status_tag_width(statuses: Iterable[str] = tuple(STATUS_TEXT)) -> int:
    """The display width of the widest column word of ``statuses`` in the current language."""
    return max(display_width(status_tag(status)) for status in statuses)


_KEY_WORDS = {"tls": "TLS", "ip": "IP", "sans": "names (SAN)", "ehlo": "EHLO", "dns": "DNS",
              "smtp": "SMTP", "ms": "ms", "ipv4": "IPv4", "ipv6": "IPv6", "mx": "MX",
              "sha256": "SHA-256", "id": "ID", "cn": "CN", "ca": "CA", "s": "(s)",
              "auth": "AUTH", "oauth": "OAuth", "rcpt": "RCPT", "8bitmime": "8BITMIME",
              "ad": "AD", "ds": "DS"}


def humanize(key: str) -> str:
    """``cert_not_after`` -> "Cert not after": the last fallback for a key without a label (the
    labels: app.core.text.facts). Upper-case keys (capabilities) and data used as a key (a DNS
    name, a URL: "_submission._tcp", "https://…") stay as they are."""
    if key.isupper() or not re.search(r"[a-z]", key) or key.startswith("_") or \
            re.search(r"[./:@]", key):
        return key
    if key == "ms":
        return "Time (ms)"
    words = [w for w in key.replace("-", "_").split("_") if w]
    out = [_KEY_WORDS.get(w.lower(), w) for w in words]
    if out and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def duration_text(ms: object) -> str:
    """Milliseconds for people: "4.2 ms", "180 ms", "2.35 s" ("" for what is not a number), in
    the current language ("2,35 s" in German: app.core.text.i18n.duration)."""
    from .i18n import duration

    return duration(ms)


def ms_figure(value: float | None) -> str:
    """Milliseconds in a table column whose heading names the unit: "4.2", "180", "-"."""
    if value is None:
        return "-"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def size_text(value: object) -> str:
    """A size in bytes for people: "35 MB", "512 kB", "900 bytes" (as given if not a size)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        if value >= 1_000_000:
            return f"{value / 1_000_000:.1f} MB".replace(".0 MB", " MB")
        if value >= 1_000:
            return f"{value / 1_000:.0f} kB"
        return f"{value} bytes"
    return str(value)
