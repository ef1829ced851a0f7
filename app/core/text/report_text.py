"""Plain text renderings of a run: the "txt" report format, the clipboard's "Copy results", the
CLI's live lines and problems, and the monitor's line per run. No Qt here.

Everything takes a run in its ``to_dict()`` form (a fresh :class:`~app.core.model.RunResult`
is converted), so a run read back from the history renders like a fresh one. How facts, setting
values, times and durations are put for people comes from a :class:`Words`: :data:`PLAIN` (used
by reports and the CLI) or the GUI's (the labels its Details pane shows), so there is one
renderer and one table of words per face.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import FixAction, RunResult, StepResult, TranscriptLine
from . import facts as fact_words
from .i18n import msg
from .width import ljust
from .words import (
    APP_NAME,
    duration_text,
    ms_figure,
    status_tag,
    status_tag_width,
    status_text,
)

if TYPE_CHECKING:
    from ..monitor import Sample

def legend() -> str:
    """What the transcript's marks mean, in the current language."""
    return msg("C: sent by {app}   S: sent by the server   **: note   TLS: encrypted",
               app=APP_NAME)
ARROWS = {"C": "C:", "S": "S:", "*": "**"}


def _time_text(iso: str) -> str:
    from .report import time_text

    return time_text(iso)


@dataclass(frozen=True)
class Words:
    """How facts, settings, times and durations are put for people."""

    # (shown facts, technical facts), labels already readable
    readable: Callable[[dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]] = \
        fact_words.plain_readable
    value: Callable[[str, Any], Any] = fact_words.value_text  # a setting by its fact key
    when: Callable[[str], str] = _time_text  # an ISO time
    duration: Callable[[float], str] = duration_text  # milliseconds


PLAIN = Words()


def _data(run: RunResult | Mapping[str, Any]) -> Mapping[str, Any]:
    return run.to_dict() if isinstance(run, RunResult) else run


# ------------------------------------------------------------------------------ values


def scalar_text(value: Any, empty: str | None = None) -> str:
    """One value on one line: yes/no, lists joined by commas, ``empty`` for nothing ("(none)"
    in the current language by default)."""
    if isinstance(value, bool):
        return fact_words.yes_no(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(scalar_text(v, empty) for v in value) if value else \
            fact_words.none_text()
    if isinstance(value, dict):
        return fact_words.none_text() if not value else ", ".join(
            f"{k}={scalar_text(v, empty)}" for k, v in value.items())
    if value is None or value == "":
        return fact_words.none_text() if empty is None else empty
    return str(value)


def _scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)


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


# ------------------------------------------------------------------------------ transcript


def transcript_line(line: TranscriptLine | Mapping[str, Any]) -> str:
    if isinstance(line, TranscriptLine):  # not to_dict(): that rounds the time
        t_ms, direction, text, tls = line.t_ms, str(line.direction), line.text, line.tls
    else:
        t_ms, direction = float(line.get("t_ms") or 0.0), str(line.get("dir", "*"))
        text, tls = str(line.get("text", "")), bool(line.get("tls"))
    lock = "TLS" if tls else "   "
    return f"{t_ms / 1000:8.3f}s {lock} {ARROWS.get(direction, '**')} {text}"


def transcript_text(lines: Iterable[TranscriptLine | Mapping[str, Any]]) -> str:
    return "\n".join(transcript_line(line) for line in lines)


# ------------------------------------------------------------------------------ the whole run


def step_text(step: Mapping[str, Any], words: Words = PLAIN) -> list[str]:
    """A step with its problem, fixes and facts (the clipboard's and the txt report's)."""
    lines = [f"[{status_text(step.get('status', '')).short}] {step.get('title', '')} "
             f"({words.duration(float(step.get('duration_ms') or 0.0))})"]
    if step.get("summary"):
        lines.append(f"       {step['summary']}")
    advice = step.get("advice")
    if advice:
        lines.append("       " + msg("Problem: {title} [{id}]", title=advice["title"],
                                      id=advice["id"]))
        lines.append("       " + msg("Cause: {cause}", cause=advice["cause"]))
        for n, fix in enumerate(advice.get("fixes") or [], 1):
            lines.append(f"       {n}. {fix}")
    elif step.get("diagnosis"):
        lines.append("       " + msg("Diagnosis: {id}", id=step["diagnosis"]))
    shown, technical = words.readable(dict(step.get("facts") or {}))
    for heading, facts in ((msg("Details"), shown), (msg("Technical details"), technical)):
        if facts:
            lines.append(f"       {heading}:")
            lines += fact_lines(facts, 4)
    return lines


def reading_line(target: Mapping[str, Any]) -> tuple[str, str] | None:
    """What a run that read a document (a bounce) read, as a label and a value; None for a run
    against a server."""
    if "host" in target or target.get("tool") != "bounce":
        return None
    source, fmt = target.get("source", "?"), target.get("format", "?")
    if target.get("reporting_mta"):
        value = msg("{source} ({format}, reported by {mta})", source=source, format=fmt,
                    mta=target["reporting_mta"])
    else:
        value = msg("{source} ({format})", source=source, format=fmt)
    return msg("Bounce"), value


def results_text(run: RunResult | Mapping[str, Any], words: Words = PLAIN) -> str:
    """The whole run as plain text: settings, verdict, steps with fixes, then the transcript."""
    data = _data(run)
    target = data.get("target") or {}
    security = words.value("security", target.get("security", "?"))
    read = reading_line(target)
    head = [
        msg("{app} results", app=APP_NAME),
        *([msg("{label}: {value}", label=read[0], value=read[1])] if read else [
            msg("Server: {host}, port {port}, {security}", host=target.get("host", "?"),
                port=target.get("port", "?"), security=security),
            msg("Sign in: {auth}", auth=words.value("auth", target.get("auth", "?")))]),
        msg("Started: {started}", started=words.when(str(data.get("started_at", ""))))
        + "   " + msg("Total: {total}", total=words.duration(float(data.get("total_ms") or 0.0)))
        + ("   " + msg("(cancelled)") if data.get("cancelled") else ""),
        msg("Result: {status}: {verdict}", status=status_text(str(data.get("status", ""))).tag,
            verdict=data.get("verdict", "")),
    ]
    if data.get("diagnosis"):
        head.append(msg("Diagnosis: {id}", id=data["diagnosis"]))
    body: list[str] = []
    transcript: list[TranscriptLine | Mapping[str, Any]] = []
    for step in data.get("steps") or []:
        body += step_text(step, words)
        transcript += step.get("transcript") or []
    if isinstance(run, RunResult):
        transcript = list(run.transcript)  # unrounded times, as the Transcript pane shows them
    parts = ["\n".join(head), msg("Steps:") + "\n" + "\n".join(body)]
    if transcript:
        parts.append(msg("Transcript ({legend}):", legend=legend()) + "\n"
                     + transcript_text(transcript))
    return "\n\n".join(parts) + "\n"


# ------------------------------------------------------------------------------ the CLI's lines


def step_line(step: StepResult, fancy: bool) -> str:
    """The CLI's line for a finished step: mark, status, title, time, summary."""
    text = status_text(step.status)
    mark = text.glyph if fancy else text.ascii
    # padded by display width: a Japanese or Chinese row lines up with the others
    tag = ljust(status_tag(step.status), status_tag_width())
    took = msg("{value} ms", value=f"{step.duration_ms:7.0f}")
    return f"{mark} {tag} {ljust(step.title, 30)} {took}  {step.summary}"


def try_command(action: FixAction, target: Mapping[str, Any]) -> str:
    """The command line that tries a one-click fix, quoted for this platform's shell."""
    from ..knowledge.fixactions import command_line

    args = command_line(action, dict(target))
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(args)
    import shlex

    return shlex.join(args)


def problem_lines(result: RunResult, fancy: bool) -> list[str]:
    """Each problem once: title and id, cause, numbered fixes with their one-click commands."""
    arrow = "→" if fancy else "->"
    lines: list[str] = []
    shown: set[str] = set()
    for step in result.steps:
        advice = step.advice
        if advice is None or advice.id in shown or step.status.value == "skipped":
            continue
        shown.add(advice.id)
        text = status_text(step.status)
        lines += ["", f"{text.glyph if fancy else text.ascii} {advice.title}  [{advice.id}]",
                  "  " + msg("Why: {cause}", cause=advice.cause)]
        if advice.fixes:
            lines.append("  " + msg("What to do:"))
            for number, fix in enumerate(advice.fixes, 1):
                lines.append(f"    {number}. {fix}")
                lines += [f"       {arrow} " + msg("try: {command}",
                                                   command=try_command(action, result.target))
                          for action in advice.actions if action.fix == number - 1]
    return lines


def sample_line(sample: Sample) -> str:
    """The monitor's line per run, as the CLI prints it."""
    from ..monitor import PHASES

    phases = "  ".join(f"{p} {ms_figure(sample.phases.get(p)):>4}" for p in PHASES)
    tail = f"  {sample.diagnosis}" if sample.diagnosis else ""
    when = sample.time.replace("T", " ").replace("+00:00", "Z")
    tag = ljust(status_tag(sample.status), status_tag_width(("pass", "warn", "fail")))
    return f"#{sample.index:<4} {when}  {tag}  {phases} ms{tail}"
