"""Plain-text renderings for the clipboard: results and transcript. No Qt here.

Labels and values come from the caller's :class:`Words` (the GUI passes ``app.gui.facts.WORDS``,
the same words the Details pane shows), so there is one table of words, not two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.core.model import RunResult, StepResult, TranscriptLine

WORDS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skipped": "SKIP"}
LEGEND = "C: sent by SMTP Doctor   S: sent by the server   **: note   TLS: encrypted"


@dataclass(frozen=True)
class Words:
    """How facts, settings, times and durations are put for people."""

    readable: Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]]
    value: Callable[[str, Any], Any]  # a setting's value by its fact key ("security", "auth")
    when: Callable[[str], str]  # an ISO time
    duration: Callable[[float], str]  # milliseconds


def transcript_line(line: TranscriptLine) -> str:
    arrow = {"C": "C:", "S": "S:", "*": "**"}.get(line.direction, "**")
    lock = "TLS" if line.tls else "   "
    return f"{line.t_ms / 1000:8.3f}s {lock} {arrow} {line.text}"


def transcript_text(lines: Iterable[TranscriptLine]) -> str:
    return "\n".join(transcript_line(line) for line in lines)


def humanize(key: str) -> str:
    special = {"tls": "TLS", "ip": "IP", "sans": "Names (SAN)", "ehlo": "EHLO", "dns": "DNS",
               "smtp": "SMTP", "ms": "ms", "ipv4": "IPv4", "ipv6": "IPv6", "mx": "MX",
               "sha256": "SHA-256", "id": "ID"}
    words = key.replace("-", "_").split("_")
    out = [special.get(w.lower(), w) for w in words if w]
    if out and out[0] == out[0].lower():
        out[0] = out[0].capitalize()
    return " ".join(out)


def fact_lines(facts: Any, indent: int = 0) -> list[str]:
    """Facts already made readable (labels as given), one per line."""
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(facts, dict):
        for key, value in facts.items():
            if isinstance(value, (dict, list)) and value and not _scalar_list(value):
                lines.append(f"{pad}{key}:")
                lines += fact_lines(value, indent + 1)
            else:
                lines.append(f"{pad}{key}: {scalar_text(value)}")
    elif isinstance(facts, list):
        for item in facts:
            if isinstance(item, (dict, list)):
                lines.append(f"{pad}-")
                lines += fact_lines(item, indent + 1)
            else:
                lines.append(f"{pad}- {scalar_text(item)}")
    else:
        lines.append(f"{pad}{scalar_text(facts)}")
    return lines


def _scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)


def scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(scalar_text(v) for v in value) if value else "(none)"
    if isinstance(value, dict):
        return "(none)" if not value else ", ".join(f"{k}={scalar_text(v)}" for k, v in
                                                      value.items())
    if value is None or value == "":
        return "(none)"
    return str(value)


def step_text(step: StepResult, words: Words) -> list[str]:
    word = WORDS.get(step.status.value, step.status.value.upper())
    lines = [f"[{word}] {step.title} ({words.duration(step.duration_ms)})"]
    if step.summary:
        lines.append(f"       {step.summary}")
    if step.advice is not None:
        lines.append(f"       Problem: {step.advice.title} [{step.advice.id}]")
        lines.append(f"       Cause: {step.advice.cause}")
        for n, fix in enumerate(step.advice.fixes, 1):
            lines.append(f"       {n}. {fix}")
    elif step.diagnosis:
        lines.append(f"       Diagnosis: {step.diagnosis}")
    shown, technical = words.readable(step.facts or {})
    for heading, facts in (("Details", shown), ("Technical details", technical)):
        if facts:
            lines.append(f"       {heading}:")
            lines += fact_lines(facts, 4)
    return lines


def results_text(result: RunResult, words: Words) -> str:
    target = result.target
    security = words.value("security", target.get("security", "?"))
    head = [
        "SMTP Doctor results",
        f"Server: {target.get('host', '?')}, port {target.get('port', '?')}, {security}",
        f"Sign in: {words.value('auth', target.get('auth', '?'))}",
        f"Started: {words.when(result.started_at)}   Total: {words.duration(result.total_ms)}"
        + ("   (cancelled)" if result.cancelled else ""),
        f"Result: {result.status.value.upper()}: {result.verdict}",
    ]
    if result.diagnosis:
        head.append(f"Diagnosis: {result.diagnosis}")
    body: list[str] = []
    for step in result.steps:
        body += step_text(step, words)
    transcript = transcript_text(result.transcript)
    parts = ["\n".join(head), "Steps:\n" + "\n".join(body)]
    if transcript:
        parts.append(f"Transcript ({LEGEND}):\n{transcript}")
    return "\n\n".join(parts) + "\n"
