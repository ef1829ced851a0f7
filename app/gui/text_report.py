"""Plain-text renderings for the clipboard: results and transcript. No Qt here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.model import RunResult, StepResult, TranscriptLine

WORDS = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skipped": "SKIP"}
LEGEND = "C: sent by SMTP Doctor   S: sent by the server   **: note   TLS: encrypted"


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
    pad = "  " * indent
    lines: list[str] = []
    if isinstance(facts, dict):
        for key, value in facts.items():
            if isinstance(value, (dict, list)) and value and not _scalar_list(value):
                lines.append(f"{pad}{humanize(str(key))}:")
                lines += fact_lines(value, indent + 1)
            else:
                lines.append(f"{pad}{humanize(str(key))}: {scalar_text(value)}")
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


def step_text(step: StepResult) -> list[str]:
    word = WORDS.get(step.status.value, step.status.value.upper())
    lines = [f"[{word}] {step.title} ({step.duration_ms:.0f} ms)"]
    if step.summary:
        lines.append(f"       {step.summary}")
    if step.advice is not None:
        lines.append(f"       Problem: {step.advice.title} [{step.advice.id}]")
        lines.append(f"       Cause: {step.advice.cause}")
        for n, fix in enumerate(step.advice.fixes, 1):
            lines.append(f"       {n}. {fix}")
    elif step.diagnosis:
        lines.append(f"       Diagnosis: {step.diagnosis}")
    return lines


def results_text(result: RunResult) -> str:
    target = result.target
    head = [
        "SMTP Doctor results",
        f"Server: {target.get('host', '?')}:{target.get('port', '?')}"
        f" ({target.get('security', '?')}), sign-in: {target.get('auth', '?')}",
        f"Started: {result.started_at}   Total: {result.total_ms:.0f} ms"
        + ("   (cancelled)" if result.cancelled else ""),
        f"Result: {result.status.value.upper()}: {result.verdict}",
    ]
    if result.diagnosis:
        head.append(f"Diagnosis: {result.diagnosis}")
    body: list[str] = []
    for step in result.steps:
        body += step_text(step)
    transcript = transcript_text(result.transcript)
    parts = ["\n".join(head), "Steps:\n" + "\n".join(body)]
    if transcript:
        parts.append(f"Transcript ({LEGEND}):\n{transcript}")
    return "\n\n".join(parts) + "\n"
