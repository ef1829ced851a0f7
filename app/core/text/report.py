"""Reports of one run: JSON (the CLI's ``--json`` schema), Markdown (for a support ticket),
HTML (one self-contained, printable file) and plain text (``txt``, the clipboard's; rendered by
:mod:`app.core.text.report_text`).

Public API::

    render(run, fmt, *, environment=None, secrets=()) -> str     fmt: "json" | "md" | "html" | "txt"
    write(run, path, fmt=None, *, environment=None, secrets=()) -> Path   (fmt from the extension)
    format_for_path(path) -> str        ValueError for an unknown extension
    current_environment() -> dict       {"os", "python", "generated_at"}
    os_description() -> str             e.g. "Debian GNU/Linux 12 (Linux 6.1.0)"

``run`` is a :class:`~app.core.model.RunResult` or its ``to_dict()`` form (what
:mod:`app.core.storage.history` stores), so a past run renders exactly like a fresh one.

HTML and Markdown are rendered from Jinja2 templates in ``resources/templates/``. HTML autoescapes
every value; Markdown escapes every value by default too (a ``finalize`` hook), and only the
transcript, inside a code fence longer than any backtick run it contains, is written verbatim.
Transcripts are redacted where they are recorded; ``secrets`` scrubs once more, as a belt and
braces, and settings never carry a password (only whether one was set).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import platform
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from ..knowledge.resources import resource_path
from ..model import RunResult
from ..storage.files import write_atomic
from .facts import label as fact_label
from .facts import value_text as fact_value
from .i18n import PSEUDO, SOURCE, current_language, duration, msg, msg_n
from .redact import Redactor
from .report_text import reading_line, results_text
from .report_text import scalar_text as text_scalar
from .sanitize import clean_value
from .words import APP_NAME, STATUS_TEXT, status_text
from .words import duration_text as duration_text  # re-exported (the English form)

FORMATS: tuple[str, ...] = ("html", "md", "json")  # report files (--report, File > Export)
TEXT = "txt"  # also rendered: plain text, what "Copy results" puts on the clipboard
EXTENSIONS: dict[str, str] = {
    ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json",
}
_SECRET_KEY = re.compile(r"pass(word)?|token|secret", re.IGNORECASE)


# --------------------------------------------------------------------------- public API


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The report format for a file name: .html/.htm, .md/.markdown or .json."""
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if not suffix:
        raise ValueError(msg("The report file needs an extension: use .html, .md or .json"))
    raise ValueError(msg("unknown report format {suffix}: use .html, .md or .json",
                         suffix=repr(suffix)))


def render(run: RunResult | Mapping[str, Any], fmt: str, *,
           environment: Mapping[str, Any] | None = None, secrets: Iterable[str] = ()) -> str:
    """The report for ``run`` as text in ``fmt`` ("json", "md", "html" or "txt")."""
    if fmt not in (*FORMATS, TEXT):
        raise ValueError(f"unknown report format {fmt!r}: use one of "
                         f"{', '.join((*FORMATS, TEXT))}")
    data = run.to_dict() if isinstance(run, RunResult) else dict(run)
    # Belt and braces: the engine cleaned and redacted this when it produced it, but a run read
    # back from an older history may predate that. Newlines stay: each format handles them.
    redactor = Redactor.for_run(data, secrets)
    data = redactor.scrub_value(clean_value(data, multiline=True))
    env = {**current_environment(), **(environment or {})}
    if fmt == "json":
        doc = {**data, "environment": env}
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "txt":
        text = results_text(data)
    else:
        context = _context(data, env)
        text = _template_env(fmt).get_template(f"report.{fmt}.j2").render(context)
    return redactor.scrub(text)


def write(run: RunResult | Mapping[str, Any], path: str | os.PathLike[str],
          fmt: str | None = None, *, environment: Mapping[str, Any] | None = None,
          secrets: Iterable[str] = ()) -> Path:
    """Render and write atomically (a temporary file in the same folder, then rename)."""
    target = Path(path)
    text = render(run, fmt or format_for_path(target), environment=environment, secrets=secrets)
    return write_atomic(target, text)  # an ordinary document: the user's umask


def current_environment() -> dict[str, str]:
    """Where and when a report is made: OS, Python and the time (UTC, ISO 8601)."""
    return {
        "os": os_description(),
        "python": platform.python_version(),
        "generated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


@functools.lru_cache(maxsize=1)
def os_description() -> str:
    """A human name of this OS, e.g. "Windows 11 (10.0.22631)", "macOS 14.5"."""
    system = platform.system()
    if system == "Darwin":
        return f"macOS {platform.mac_ver()[0] or platform.release()}"
    if system == "Windows":
        return f"Windows {platform.release()} ({platform.version()})"
    if system == "Linux":
        try:
            name = platform.freedesktop_os_release().get("PRETTY_NAME", "Linux")
        except OSError:
            name = "Linux"
        return f"{name} (Linux {platform.release()})"
    return platform.platform(terse=True) or system or "unknown"


# --------------------------------------------------------------------------- view model


def _status(value: Any) -> dict[str, str]:
    key = str(value) if str(value) in STATUS_TEXT else "skipped"
    text = status_text(key)
    return {"key": key, "word": msg(text.heading), "emoji": text.emoji}


def time_text(iso: Any) -> str:
    """ISO 8601 as "2024-05-01 12:00:00 UTC" (kept as given when it does not parse)."""
    try:
        moment = dt.datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso or "")
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def scalar_text(value: Any) -> str:
    return text_scalar(value, empty="—")


def _is_scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)


def fact_rows(facts: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Nested facts flattened to rows ``{depth, label, value, block}`` for both templates.

    ``value`` is None for a heading row (its children follow at ``depth + 1``); ``block`` marks a
    multi-line value (a traceback) that is shown preformatted.
    """
    rows: list[dict[str, Any]] = []

    def add(label: str, value: Any) -> None:
        if isinstance(value, dict) and value:
            rows.append({"depth": depth, "label": label, "value": None, "block": False})
            rows.extend(fact_rows(value, depth + 1))
        elif isinstance(value, list) and value and not _is_scalar_list(value):
            rows.append({"depth": depth, "label": label, "value": None, "block": False})
            for number, item in enumerate(value, 1):
                if isinstance(item, (dict, list)):
                    rows.append({"depth": depth + 1, "label": f"#{number}", "value": None,
                                 "block": False})
                    rows.extend(fact_rows(item, depth + 2))
                else:
                    rows.append({"depth": depth + 1, "label": f"#{number}",
                                 "value": scalar_text(item), "block": False})
        else:
            text = msg("(none)") if isinstance(value, dict) else scalar_text(value)
            rows.append({"depth": depth, "label": label, "value": text, "block": "\n" in text})

    if isinstance(facts, dict):
        for key, value in facts.items():
            add(fact_label(str(key)), fact_value(str(key), value))
    elif isinstance(facts, list):
        for number, item in enumerate(facts, 1):
            add(f"#{number}", item)
    elif facts not in (None, ""):
        add(msg("Value"), facts)
    return rows


def _setting_labels() -> dict[str, str]:
    """The settings' names in the current language (a function: the language may change)."""
    return {
        "host": msg("Server"), "port": msg("Port"), "security": msg("Security"),
        "auth": msg("Sign-in method"), "username": msg("User name"),
        "password_set": msg("Password"), "oauth_token_set": msg("OAuth token"),
        "ehlo_name": msg("EHLO name"), "mail_from": msg("Sender (MAIL FROM)"),
        "rcpt_to": msg("Recipient (RCPT TO)"), "verify_tls": msg("Verify certificate"),
        "ca_file": msg("CA file"), "allow_old_tls": msg("Allow old TLS 1.0/1.1"),
        "aia_fetch": msg("Download a missing intermediate"), "ip_version": msg("IP version"),
        "timeouts": msg("Timeouts"), "stop_after": msg("Stop after"),
        "nameserver": msg("DNS server"),
    }


def _security_label(value: Any) -> str:
    labels = {"none": msg("None (plain text)"), "starttls": "STARTTLS", "tls": "SSL/TLS"}
    return labels.get(str(value), str(value))


def setting_rows(target: Mapping[str, Any]) -> list[dict[str, str]]:
    """The run's settings as label/value rows. A password or token is never shown."""
    rows: list[dict[str, str]] = []
    labels = _setting_labels()
    for key, value in target.items():
        label = labels.get(key) or fact_label(key)
        if key in ("password_set", "oauth_token_set"):
            text = msg("set (not shown)") if value else msg("not set")
        elif _SECRET_KEY.search(key):
            continue  # anything secret-looking that is not a "was it set" flag stays out
        elif key == "security":
            text = _security_label(value)
        elif key == "timeouts" and isinstance(value, dict):
            text = ", ".join(f"{k} {scalar_text(v)} s" for k, v in value.items())
        elif key == "nameserver" and not value:
            text = msg("system resolver")
        elif value in ("", None):
            text = "—"
        else:
            text = scalar_text(value)
        rows.append({"label": label, "value": text})
    return rows


def _context(data: Mapping[str, Any], env: Mapping[str, Any]) -> dict[str, Any]:
    target = data.get("target") or {}
    steps: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    seen: set[str] = set()
    for raw in data.get("steps") or []:
        advice = raw.get("advice")
        step = {
            "id": raw.get("id", ""),
            "title": raw.get("title", ""),
            "status": _status(raw.get("status")),
            "duration": duration(raw.get("duration_ms")),
            "summary": raw.get("summary", ""),
            "diagnosis": raw.get("diagnosis"),
            "advice": advice,
            "facts": fact_rows(raw.get("facts") or {}),
            "transcript": [
                {"time": f"{float(line.get('t_ms', 0)) / 1000:.3f}s",
                 "dir": line.get("dir", "*"), "tls": bool(line.get("tls")),
                 "text": line.get("text", "")}
                for line in raw.get("transcript") or []
            ],
        }
        steps.append(step)
        if advice and raw.get("status") != "skipped" and advice.get("id") not in seen:
            seen.add(advice.get("id"))
            problems.append({"advice": advice, "step": step})
    text_lines: list[str] = []
    for step in steps:
        if step["transcript"]:
            text_lines.append(f"--- {step['title']} ---")
        for line in step["transcript"]:
            arrow = {"C": "C:", "S": "S:"}.get(line["dir"], "**")
            lock = "TLS" if line["tls"] else "   "
            text_lines.append(f"{line['time']:>9} {lock} {arrow} {line['text']}")
    counts = {key: sum(1 for s in steps if s["status"]["key"] == key) for key in STATUS_TEXT}
    host = target.get("host", "?")
    read = reading_line(target)
    return {
        "run": data,
        "title": (msg("{app} report: {reading}", app=APP_NAME, reading=read[1]) if read else
                  msg("{app} report: {host} port {port}", app=APP_NAME, host=host,
                      port=target.get("port", "?"))),
        "reading": {"label": read[0], "value": read[1]} if read else None,
        "lang": current_language() if current_language() != PSEUDO else SOURCE,
        "status": _status(data.get("status")),
        "verdict": data.get("verdict", ""),
        "diagnosis": data.get("diagnosis"),
        "cancelled": bool(data.get("cancelled")),
        "host": host,
        "port": target.get("port", "?"),
        "security": _security_label(target.get("security", "")),
        "started": time_text(data.get("started_at")),
        "generated": time_text(env.get("generated_at")),
        "total": duration(data.get("total_ms")),
        "app_version": data.get("app_version") or "?",
        "os": env.get("os", ""),
        "python": env.get("python", ""),
        "settings": setting_rows(target),
        "steps": steps,
        "problems": problems,
        "counts": counts,
        "transcript_lines": sum(len(s["transcript"]) for s in steps),
        "transcript_text": "\n".join(text_lines),
    }


# --------------------------------------------------------------------------- templates


class Verbatim(str):
    """Markdown that the template writes as is (only the fenced transcript)."""


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&])")


def md_escape(value: Any) -> str:
    """Plain text for Markdown: specials backslash-escaped, one line (tables and lists)."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_msg(text: str, /, **args: Any) -> Verbatim:
    """The Markdown templates' ``_()``: the sentence in the current language with its own words
    escaped and each value escaped too, except a value that is Markdown already (``|code``):
    one whole sentence with a code span in it ("In step “{step}” (diagnosis {id}).")."""
    parts = re.split(r"(\{\w+\})", msg(text))  # the translation, placeholders unfilled
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(md_escape(part))
            continue
        name = part[1:-1]
        value = args.get(name, part)
        out.append(str(value) if isinstance(value, Verbatim) else md_escape(value))
    return Verbatim("".join(out))


def _md_finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Verbatim):
        return str(value)
    return md_escape(value)


def md_fence(text: Any, info: str = "text") -> Verbatim:
    """``text`` in a code fence longer than any backtick run inside it (so it cannot escape)."""
    body = str(text)
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return Verbatim(f"{fence}{info}\n{body}\n{fence}")


def md_code(text: Any) -> Verbatim:
    """``text`` as an inline code span (one line; delimiters longer than any backtick run)."""
    body = str(text).replace("\r", " ").replace("\n", " ")
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return Verbatim(f"{ticks}{pad}{body}{pad}{ticks}")


@functools.lru_cache(maxsize=2)
def _template_env(fmt: str) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(resource_path("templates")))
    if fmt == "html":
        env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                                 trim_blocks=True, lstrip_blocks=True)
    else:
        env = jinja2.Environment(loader=loader, autoescape=False, finalize=_md_finalize,
                                 undefined=jinja2.StrictUndefined, trim_blocks=True,
                                 lstrip_blocks=True, keep_trailing_newline=True)
        env.filters["fence"] = md_fence
        env.filters["code"] = md_code
        env.filters["verbatim"] = Verbatim
    # the templates' words, in the current language (app.core.text.i18n)
    env.globals["_"] = msg if fmt == "html" else md_msg
    env.globals["_n"] = msg_n
    return env
