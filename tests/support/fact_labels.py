"""Reading the fact labels out of a rendered run (reports, the clipboard's text, the Details
pane) and the labels a run's facts must show, for the fact-label tests (issue 19)."""

from __future__ import annotations

import html
import re
from typing import Any

from app.core.model import RunResult
from app.core.text import facts as fact_words


def fact_keys(facts: Any, keys: set[str], sent: set[str]) -> None:
    """Every key of ``facts`` into ``keys`` (nested too); the keys of what a server sent (EHLO
    keywords) into ``sent``."""
    if isinstance(facts, dict):
        for key, value in facts.items():
            keys.add(str(key))
            if key in fact_words.AS_SENT and isinstance(value, dict):
                sent.update(str(k) for k in value)
            else:
                fact_keys(value, keys, sent)
    elif isinstance(facts, list):
        for item in facts:
            fact_keys(item, keys, sent)


def run_keys(result: RunResult) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    sent: set[str] = set()
    for step in result.steps:
        fact_keys(step.facts, keys, sent)
    return keys, sent


def txt_labels(text: str) -> list[str]:
    """The labels under each step's "Details:" in the plain text (the txt report, the
    clipboard)."""
    labels: list[str] = []
    inside = False
    for line in text.splitlines():
        if not line.startswith("        "):  # a step's own lines are indented by 7
            inside = False
            if line.strip().endswith(":") and line.startswith("       "):
                inside = True  # "Details:" / "Technical details:" in any language
            continue
        body = line.strip()
        if inside and body != "-" and not body.startswith("- "):
            labels.append(body.split(":", 1)[0])
    return labels


def md_labels(text: str) -> list[str]:
    """The labels of the Markdown report's fact lists ("- **Label:** value"; not the "#1" of
    a list's items)."""
    steps = text[text.index("### "):]
    found = [re.sub(r"\\(.)", r"\1", m) for m in re.findall(r"^\s*- \*\*(.+?):\*\*", steps,
                                                             re.M)]
    return [label for label in found if not re.fullmatch(r"#\d+", label)]


def html_labels(text: str) -> list[str]:
    """The labels of the HTML report's fact tables (not the "#1" of a list's items)."""
    found = [html.unescape(m) for m in re.findall(r'<th class="d\d+">(.*?)</th>', text)]
    return [label for label in found if not re.fullmatch(r"#\d+", label)]


def shown_keys(keys: set[str], fmt: str) -> set[str]:
    """The keys a format labels: the plain text shows the flat copies of the certificate's
    facts (``cert_issuer`` …) only inside the certificate."""
    if fmt == "txt" and "certificate" in keys:
        return keys - set(fact_words.CERT_COPIES)
    return keys
