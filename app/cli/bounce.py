"""`smtp-doctor bounce FILE|-`: explain a bounce (a whole message, an .eml file, or its text).

Exit codes (the command's own, see the issue): 0 the bounce was understood (every failed
recipient has a diagnosis; the delivery itself failed, which is what a bounce says), 1 it names
a failure SMTP Doctor could not map, 2 the input is not a bounce (or the file can't be read).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.text.i18n import msg
from ..core.text.width import display_width, ljust
from . import SUMMARIES
from .output import (
    EXIT_FAILED,
    EXIT_OK,
    Printer,
    report_format,
    usage_error,
    write_json,
    write_report,
)

MAX_READ = 64 * 1024 * 1024  # what is read from the file at most; the parser reads less


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "bounce", help=msg(SUMMARIES["bounce"]),
        description=msg("Read a bounce (a delivery status notification, an Exchange/Microsoft "
                        "365 non-delivery report, a Gmail, Postfix, Exim, qmail or Yahoo "
                        "bounce, or just the server's reply) and explain why delivery failed. "
                        "Exit 0 when understood, 1 when it names a failure SMTP Doctor can't "
                        "map, 2 when the input is not a bounce."))
    parser.add_argument("file", metavar=msg("FILE"),
                        help=msg("the bounce: an .eml or .txt file, or - to read standard input"))
    parser.add_argument("--report", metavar=msg("FILE"), default=None,
                        help=msg("also write a report; the format follows the extension: .html, "
                                 ".md or .json"))
    parser.add_argument("--json", action="store_true", help=msg("print one JSON object"))
    parser.set_defaults(run=run)


def _read(path: str, stdin: TextIO) -> bytes:
    if path == "-":
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            return bytes(buffer.read(MAX_READ))
        text = stdin.read(MAX_READ)
        try:
            return text.encode("utf-8", errors="surrogateescape")  # the bytes as they came
        except UnicodeEncodeError:
            return text.encode("utf-8", errors="replace")
    with open(path, "rb") as fh:
        return fh.read(MAX_READ)


def _details(result: Any) -> list[str]:
    lines: list[str] = []
    first = result.steps[0] if result.steps else None
    notes = first.facts.get("notes", []) if first is not None else []
    labels = {"enhanced_code": msg("status:"), "reply": msg("server said:"),
              "after_command": msg("after command:"), "failed_checks": msg("checks failed:"),
              "remote_mta": msg("remote server:"), "reporting_mta": msg("reported by:")}
    width = max(display_width(label) for label in labels.values())
    for step in result.steps[1:]:
        facts = step.facts
        if "rcpt_to" not in facts:
            continue
        lines.append(f"  {facts['rcpt_to']}: {facts.get('action', '')}")
        for key, label in labels.items():
            if facts.get(key):
                lines.append(f"      {ljust(label, width)} {facts[key]}")
    return (([msg("Recipients:"), *lines] if lines else [])
            + [msg("Note: {note}", note=n) for n in notes])


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from ..core.checks.bounce import BounceOptions, read_bounce, run_bounce, understood
    fmt, bad = report_format(args, out, err)
    if bad is not None:
        return bad
    try:
        data = _read(args.file, stdin)
    except OSError as exc:
        return usage_error(args, out, err, "FILE",
                           msg("cannot read {file}: {reason}", file=args.file,
                               reason=exc.strerror or exc))
    bounce = read_bounce(data)
    if bounce is None:
        return usage_error(args, out, err, "FILE",
                           msg("this is not a bounce: no delivery report, no failed recipient "
                               "and no server reply found in it"))
    result = run_bounce(BounceOptions(bounce, msg("standard input") if args.file == "-" else
                                      args.file))
    code = EXIT_OK if understood(result) else EXIT_FAILED
    if args.json:
        from ..core.text.sanitize import clean_value

        write_json({**result.to_dict(), "understood": code == EXIT_OK,
                    "bounce": clean_value(bounce.to_dict())}, out)
    else:
        from ..core.model import StepFinished

        printer = Printer(out)
        out.write(msg("Reading the bounce…") + "\n")
        for step in result.steps:
            printer(StepFinished(step))
        details = _details(result)
        if details:
            out.write("\n" + "\n".join(details) + "\n")
        printer.problems(result)
        printer.verdict(result)
    if fmt is not None:
        return write_report(args, out, err, result, fmt, code)
    return code
