"""`smtp-doctor monitor HOST [check's server options] --every S --count N [--csv FILE]`

Runs the check every S seconds, prints a line per run and the summary (runs, failures by
diagnosis, p50 / p95 / max per phase) at the end. Ctrl-C stops cleanly: the run in flight is
cancelled, the summary is printed and the CSV written.

Exit codes: 0 every run passed, 1 at least one run failed, 2 bad usage, 130 stopped by Ctrl-C.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.forms import parse_monitor_form
from ..core.model import RunResult
from ..core.monitor import DEFAULT_EVERY, Monitor, Sample, Summary, write_csv, write_summary
from ..core.text.i18n import msg, msg_n, number
from ..core.text.report_text import sample_line
from ..core.validate import InputError
from . import SUMMARIES
from .check import OPTION_OF_FIELD, add_server_options, form_from_args
from .output import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    input_error,
    run_cancellable,
    security_word,
    write_json,
)

OPTIONS = {**OPTION_OF_FIELD, "every": "--every", "count": "--count", "duration": "--duration"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "monitor", help=msg(SUMMARIES["monitor"]),
        description=msg("Repeat the check every S seconds, print a line per run and, at the end "
                        "(or on Ctrl-C), the summary: runs, failures by diagnosis, p50/p95/max "
                        "per phase."))
    add_server_options(parser)
    parser.add_argument("--every", "-e", default=None,
                        metavar="S", help=msg("seconds between runs (default {seconds})",
                                              seconds=number(DEFAULT_EVERY)))
    parser.add_argument("--count", "-n", default=None, metavar="N",
                        help=msg("stop after N runs (default: until --duration or Ctrl-C)"))
    parser.add_argument("--duration", "-d", default=None, metavar="S",
                        help=msg("start runs only within S seconds (default: until --count or "
                                 "Ctrl-C)"))
    parser.add_argument("--csv", metavar=msg("FILE"), default=None,
                        help=msg("write the series (one row per run) as CSV at the end"))
    parser.add_argument("--json", action="store_true",
                        help=msg("print one JSON object at the end (target, every run, summary) "
                                 "instead of a line per run"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    try:
        form = parse_monitor_form({**form_from_args(args, stdin), "every": args.every,
                                   "count": args.count, "duration": args.duration})
    except InputError as exc:
        return input_error(args, out, err, exc, OPTIONS)
    settings, every = form.settings, form.every

    def on_sample(sample: Sample, _result: RunResult) -> None:
        if not args.json:
            out.write(sample_line(sample) + "\n")
            out.flush()

    prepare = None
    if settings.auth.is_oauth and not args.oauth_token_stdin:
        # the profile's sign-in: its access token is refreshed before a run when it expires
        from ..core.oauth.store import fresh_settings

        prepare = fresh_settings(args.profile, args.oauth_ca_file)
    monitor = Monitor(settings, every=every, count=form.count, duration=form.duration,
                      on_sample=on_sample, prepare=prepare)
    if not args.json:
        out.write(_heading(settings.host, settings.port, security_word(settings.security), every,
                           form.count, form.duration) + "\n")
        out.flush()
    summary: Summary = run_cancellable(monitor.run, monitor.cancel)  # Ctrl-C stops the monitor
    if not args.json:
        out.write("\n")
        write_summary(summary, out)
    code = EXIT_OK
    if args.csv:
        try:
            write_csv(monitor.samples, args.csv)
            if not args.json:
                out.write(msg("CSV written to {path}", path=args.csv) + "\n")
        except OSError as exc:
            err.write("smtp-doctor: --csv: " + msg("cannot write {file}: {reason}",
                                                   file=args.csv, reason=exc.strerror or exc)
                      + "\n")
            code = EXIT_FAILED
    if args.json:
        write_json({"target": settings.public_dict(), "every_s": every,
                    "cancelled": monitor.cancel.cancelled,
                    "runs": [sample.to_dict() for sample in monitor.samples],
                    "summary": summary.to_dict()}, out)
    out.flush()
    if monitor.cancel.cancelled:
        return EXIT_CANCELLED
    if summary.failures:
        return EXIT_FAILED
    return code


def _heading(host: str, port: int, security: str, every: float, count: int | None,
             duration: float | None) -> str:
    """"Monitoring HOST port N (MODE) every S s[, N runs][, for S s]. Ctrl-C stops." as one
    sentence for each combination of limits."""
    args = {"host": host, "port": port, "security": security, "every": number(every)}
    if count and duration:
        return msg_n("Monitoring {host} port {port} ({security}) every {every} s, {n} run, for "
                     "{duration} s. Ctrl-C stops.",
                     "Monitoring {host} port {port} ({security}) every {every} s, {n} runs, for "
                     "{duration} s. Ctrl-C stops.", count, duration=number(duration), **args)
    if count:
        return msg_n("Monitoring {host} port {port} ({security}) every {every} s, {n} run. "
                     "Ctrl-C stops.",
                     "Monitoring {host} port {port} ({security}) every {every} s, {n} runs. "
                     "Ctrl-C stops.", count, **args)
    if duration:
        return msg("Monitoring {host} port {port} ({security}) every {every} s, for {duration} "
                   "s. Ctrl-C stops.", duration=number(duration), **args)
    return msg("Monitoring {host} port {port} ({security}) every {every} s. Ctrl-C stops.",
               **args)
