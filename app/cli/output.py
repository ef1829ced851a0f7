"""What every command prints and returns: exit codes, the live printer, JSON, the one JSON error
shape, and running a check so that Ctrl-C cancels it.

Exit codes: 0 passed (warnings allowed), 1 a check failed, 2 bad input, 130 cancelled.

The JSON error shape (stdout, with ``--json``; the same words go to stderr as
``smtp-doctor: OPTION: message`` lines)::

    {"error": "invalid input" | "cancelled" | "internal error",
     "message": "one sentence",
     "exit_code": 2 | 130 | 1,
     "fields": [{"field": "port", "option": "--port", "message": "...",
                 "diagnosis": "input.invalid_port"}]}      # [] unless "invalid input"
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TextIO, TypeVar

from ..core import background
from ..core.cancel import CancelToken
from ..core.model import Event, RunResult, Security, Status, StepFinished
from ..core.text.i18n import N_, msg
from ..core.text.report_text import problem_lines, step_line
from ..core.validate import FieldError, InputError
from .proxyopts import PROXY_OPTIONS, add_proxy_options, proxy_form

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
PROG = "smtp-doctor"
ERROR_KINDS = {EXIT_USAGE: "invalid input", EXIT_CANCELLED: "cancelled",
               EXIT_FAILED: "internal error"}

T = TypeVar("T")

__all__ = ["EXIT_CANCELLED", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "Printer",
           "add_family_options", "add_tool_options", "error_doc", "exit_code", "input_error",
           "ip_version_of", "report_error", "report_format", "run_and_report", "run_cancellable",
           "run_tool", "security_word", "write_json", "write_report"]


class Printer:
    """Human output: a line per step as it finishes, then the problems with their fixes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        encoding = (getattr(out, "encoding", None) or "ascii").lower()
        self.fancy = "utf" in encoding

    def __call__(self, event: Event) -> None:
        if isinstance(event, StepFinished):
            self.out.write(step_line(event.result, self.fancy) + "\n")
            self.out.flush()

    def problems(self, result: RunResult) -> None:
        for line in problem_lines(result, self.fancy):
            self.out.write(line + "\n")

    def verdict(self, result: RunResult) -> None:
        self.out.write(f"\n{result.verdict}\n")


def _is_utf(stream: TextIO) -> bool:
    """True when every character can be written (a UTF console, or a str sink like StringIO)."""
    encoding = getattr(stream, "encoding", None)
    return encoding is None or "utf" in encoding.lower()


def write_json(data: object, out: TextIO) -> None:
    """One JSON object; escaped (``\\u2603``) where the console cannot show every character."""
    json.dump(data, out, indent=2, ensure_ascii=not _is_utf(out))
    out.write("\n")


# --------------------------------------------------------------------------- errors


def error_doc(code: int, message: str,
              fields: Sequence[Mapping[str, str]] = ()) -> dict[str, Any]:
    """The one JSON error shape of every command (see the module docstring)."""
    return {"error": ERROR_KINDS.get(code, "internal error"), "message": message,
            "exit_code": code, "fields": [dict(f) for f in fields]}


def report_error(args: argparse.Namespace | None, out: TextIO, err: TextIO, code: int,
                 message: str, fields: Sequence[Mapping[str, str]] = ()) -> int:
    """Say what went wrong: a line per problem on stderr, the JSON shape on stdout with --json."""
    if args is not None and getattr(args, "json", False):
        write_json(error_doc(code, message, fields), out)
    lines = [f"{PROG}: {f['option']}: {f['message']}" for f in fields] or [f"{PROG}: {message}"]
    err.write("\n".join(lines) + "\n")
    return code


def input_error(args: argparse.Namespace, out: TextIO, err: TextIO,
                errors: InputError | Sequence[FieldError],
                option_of: Mapping[str, str] | None = None) -> int:
    """Bad input: each field's error under the option that sets it; exit 2."""
    listed = errors.errors if isinstance(errors, InputError) else list(errors)
    names = option_of or {}
    fields = [{"field": e.field, "option": names.get(e.field, e.field),
               "message": e.message, "diagnosis": e.diagnosis} for e in listed]
    return report_error(args, out, err, EXIT_USAGE, msg("Some options are not valid."), fields)


def usage_error(args: argparse.Namespace, out: TextIO, err: TextIO, option: str,
                message: str, diagnosis: str = "input.invalid_value") -> int:
    """Bad input for one option: exit 2 with the JSON error shape of every command (the field is
    the option's name: ``--client-id`` -> ``client_id``, ``PROVIDER`` -> ``provider``).
    ``message`` is in the user's language already (written with msg())."""
    field = option.lower().lstrip("-").replace("-", "_")
    return report_error(args, out, err, EXIT_USAGE, msg("Some options are not valid."),
                        [{"field": field, "option": option, "message": message,
                          "diagnosis": diagnosis}])


# --------------------------------------------------------------------------- --report


def report_format(args: argparse.Namespace, out: TextIO,
                  err: TextIO) -> tuple[str | None, int | None]:
    """The --report file's format (None without --report), or the exit code of its error."""
    if not getattr(args, "report", None):
        return None, None
    from ..core.text.report import format_for_path

    try:
        return format_for_path(args.report), None
    except ValueError as exc:
        return None, input_error(args, out, err, [FieldError("report", str(exc),
                                                             "input.invalid_value")],
                                 {"report": "--report"})


def write_report(args: argparse.Namespace, out: TextIO, err: TextIO, result: RunResult,
                 fmt: str, code: int, secrets: Sequence[str] = ()) -> int:
    """Write the --report file; returns the exit code (a run that passed but whose report
    could not be written exits 1)."""
    from ..core.text import report

    try:
        report.write(result, args.report, fmt, secrets=secrets)
    except OSError as exc:
        err.write(f"{PROG}: --report: " + msg("cannot write {file}: {reason}", file=args.report,
                                                reason=exc.strerror or exc) + "\n")
        return code if code != EXIT_OK else EXIT_FAILED
    if not args.json:
        out.write(msg("Report written to {path}", path=args.report) + "\n")
    return code


# --------------------------------------------------------------------------- running


def run_cancellable(run: Callable[[], T], cancel: CancelToken) -> T:
    """Run in a worker thread so that Ctrl-C (in the main thread) cancels promptly; wait for
    the run to end (cancelled runs end within a second) and return its result."""
    previous = signal.getsignal(signal.SIGINT) if threading.current_thread() is \
        threading.main_thread() else None
    if previous is not None:
        signal.signal(signal.SIGINT, lambda _sig, _frame: cancel.cancel())
    try:
        return background.wait(background.start(run, name="smtp-doctor-check"), None)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def exit_code(result: RunResult) -> int:
    if result.cancelled:
        return EXIT_CANCELLED
    return EXIT_FAILED if result.status is Status.FAIL else EXIT_OK


RunFunc = Callable[[Callable[[Event], None] | None, CancelToken], RunResult]


def run_and_report(args: argparse.Namespace, out: TextIO, heading: str, func: RunFunc,
                   details: Callable[[RunResult], list[str]] | None = None) -> int:
    """Run ``func(on_event, cancel)`` with Ctrl-C support; print as it goes, or JSON at the end."""
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(heading + "\n")
    result = run_cancellable(lambda: func(printer, cancel), cancel)
    if printer is None:
        write_json(result.to_dict(), out)
        return exit_code(result)
    lines = details(result) if details is not None else []
    if lines:
        out.write("\n" + "\n".join(lines) + "\n")
    printer.problems(result)
    printer.verdict(result)
    return exit_code(result)


def security_word(security: Security) -> str:
    """How a heading names the encryption: "no encryption", "STARTTLS", "SSL/TLS"."""
    return msg("no encryption") if security is Security.NONE else security.label


def ip_version_of(args: argparse.Namespace) -> str:
    """-4 / -6 as the forms' ip_version value."""
    if getattr(args, "ipv4", False):
        return "ipv4"
    return "ipv6" if getattr(args, "ipv6", False) else "auto"


# --------------------------------------------------------------- the tools' shared parts

Opts = TypeVar("Opts")
DNS_HELP = N_("ask this DNS server instead of the system resolver")
# the form field of each shared option (add_tool_options); a tool names its own ones
TOOL_OPTIONS = {"timeout": "--timeout", "ca_file": "--ca-file", "nameserver": "--dns-server",
                "ip_version": "-4/-6", **PROXY_OPTIONS}


def add_family_options(parser: argparse.ArgumentParser) -> None:
    family = parser.add_mutually_exclusive_group()
    family.add_argument("-4", dest="ipv4", action="store_true", help=msg("IPv4 only"))
    family.add_argument("-6", dest="ipv6", action="store_true", help=msg("IPv6 only"))


def add_tool_options(parser: argparse.ArgumentParser, timeout: tuple[str, str], *,
                     ca_help: str | None = None, dns_help: str = DNS_HELP,
                     family: bool = False, https_port: bool = False) -> None:
    """The options the tools share, after their own: --timeout (its default, and its help:
    N_()-marked, with ``{seconds}`` for the default), --ca-file (with ``ca_help``),
    --dns-server, -4/-6 (``family``), --json; and the test bed's hidden --https-port. The helps
    come N_()-marked and are translated here."""
    parser.add_argument("--timeout", "-t", default=timeout[0], metavar=msg("SECONDS"),
                        help=msg(timeout[1], seconds=timeout[0]))
    if ca_help is not None:
        parser.add_argument("--ca-file", default="", metavar=msg("FILE"), help=msg(ca_help))
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]", help=msg(dns_help))
    add_proxy_options(parser)
    if family:
        add_family_options(parser)
    if https_port:
        parser.add_argument("--https-port", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=msg("print one JSON object"))


def run_tool(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO,
             parse: Callable[[Mapping[str, object]], dict[str, Any]], form: Mapping[str, object],
             option_of: Mapping[str, str], make: Callable[..., Opts],
             heading: Callable[[Opts], str],
             engine: Callable[[Opts, Callable[[Event], None] | None, CancelToken], RunResult],
             details: Callable[[RunResult], list[str]] | None = None) -> int:
    """A tool command: check the form (with the proxy options, see add_tool_options) with the
    core parser (bad input: exit 2 naming the options), make the engine's options from it
    (``make(**checked)``) and run the engine with live output or JSON."""
    try:
        options = make(**parse({**form, **proxy_form(args, stdin)}))
    except InputError as exc:
        return input_error(args, out, err, exc, {**TOOL_OPTIONS, **option_of})
    return run_and_report(args, out, heading(options),
                          lambda on_event, cancel: engine(options, on_event, cancel), details)
