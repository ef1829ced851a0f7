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
from ..core.text.report_text import sample_line
from ..core.validate import InputError
from .check import OPTION_OF_FIELD, add_server_options, form_from_args
from .output import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    input_error,
    run_cancellable,
    write_json,
)

OPTIONS = {**OPTION_OF_FIELD, "every": "--every", "count": "--count", "duration": "--duration"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "monitor", help="repeat the check every few seconds and summarize response times",
        description="Repeat the check every S seconds, print a line per run and, at the end "
        "(or on Ctrl-C), the summary: runs, failures by diagnosis, p50/p95/max per phase.")
    add_server_options(parser)
    parser.add_argument("--every", "-e", default=None,
                        metavar="S", help=f"seconds between runs (default {DEFAULT_EVERY:g})")
    parser.add_argument("--count", "-n", default=None, metavar="N",
                        help="stop after N runs (default: until --duration or Ctrl-C)")
    parser.add_argument("--duration", "-d", default=None, metavar="S",
                        help="start runs only within S seconds (default: until --count or "
                        "Ctrl-C)")
    parser.add_argument("--csv", metavar="FILE", default=None,
                        help="write the series (one row per run) as CSV at the end")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object at the end (target, every run, summary) "
                        "instead of a line per run")
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
    limit = (f", {form.count} runs" if form.count else "") + (
        f", for {form.duration:g} s" if form.duration else "")
    if not args.json:
        out.write(f"Monitoring {settings.host} port {settings.port} "
                  f"({settings.security.label}) every {every:g} s{limit}. Ctrl-C stops.\n")
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
                out.write(f"CSV written to {args.csv}\n")
        except OSError as exc:
            err.write(f"smtp-doctor: --csv: cannot write {args.csv}: {exc.strerror or exc}\n")
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
