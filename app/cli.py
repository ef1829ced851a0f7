"""Command-line front end over app.core. Never imports Qt (keeps start-up fast).

Exit codes: 0 the check passed (warnings allowed), 1 a check failed, 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

from . import __version__
from .core.cancel import CancelToken
from .core.model import (
    Event,
    FixAction,
    RunResult,
    Status,
    StepFinished,
    StepResult,
    StepStarted,
)
from .core.validate import InputError, parse_form

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130

OPTION_OF_FIELD = {
    "host": "HOST", "port": "--port", "security": "--security", "auth": "--auth",
    "username": "--user", "password": "password", "oauth_token": "--oauth-token-stdin",
    "ehlo_name": "--ehlo", "mail_from": "--from", "rcpt_to": "--to", "subject": "--subject",
    "ca_file": "--ca-file", "connect_timeout": "--connect-timeout",
    "reply_timeout": "--timeout", "stop_after": "--stop-after", "nameserver": "--dns-server",
    "body": "--body", "ip_version": "-4/-6",
}


# An option someone may have meant to pass a secret with (--password, --pass, --token, ...).
SECRET_LIKE = re.compile(r"--?(pass|pw|pwd|secret|token|oauth|key)", re.IGNORECASE)


def _without_values(message: str) -> str:
    """argparse echoes what it did not understand; that may be a password. Show options only."""
    if message.startswith("unrecognized arguments:"):
        options = [w.split("=", 1)[0] for w in message.split(":", 1)[1].split() if
                   w.startswith("-")]
        shown = " ".join(options) or "extra values"
        if any(SECRET_LIKE.match(option) for option in options):
            return (f"unrecognized arguments: {shown} (passwords are never taken on the "
                    "command line: check and monitor read them with --password-stdin)")
        return f"unrecognized arguments: {shown}"
    flag = re.match(r"argument (\S+): ignored explicit argument ", message)
    if flag:  # --password-stdin=VALUE, -kVALUE: the value may be the password itself
        option = flag.group(1).split("/")[0]
        return (f"argument {flag.group(1)}: takes no value; write {option} alone (passwords "
                "and tokens are never taken on the command line, they are read from standard "
                "input)")
    message = re.sub(r"(\s-{1,2}[\w-]+)=\S+", r"\1=…", message)
    ambiguous = re.match(r"ambiguous option: (\S+?)(=…)? could match", message)
    if ambiguous and SECRET_LIKE.match(ambiguous.group(1)):
        message += (" (passwords are never taken on the command line: write "
                    "--password-stdin and type or pipe the password)")
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {_without_values(message)}\n")


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """HOST and the server options of `check`, shared with subcommands (see form_from_args)."""
    parser.add_argument("host", metavar="HOST", help="mail server, e.g. smtp.example.com")
    parser.add_argument("--port", "-p", help="port (default: 587 STARTTLS, 465 SSL/TLS, 25 none)")
    parser.add_argument("--security", "-s", default="starttls",
                        help="none | starttls | tls (default: starttls)")
    parser.add_argument("--user", "-u", default="", help="user name for AUTH")
    pw = parser.add_mutually_exclusive_group()
    pw.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of standard input (typed at a "
                    "terminal: asked for, without echo)")
    pw.add_argument("--password-keyring", action="store_true",
                    help="use the password the app saved in the system keychain for --profile")
    parser.add_argument("--profile", default="Default", help="profile name for --password-keyring")
    parser.add_argument("--oauth-token-stdin", action="store_true",
                        help="read an OAuth 2 access token (XOAUTH2) from standard input")
    parser.add_argument("--auth", "-a", default=None,
                        help="auto | plain | login | cram-md5 | xoauth2 | none "
                        "(default: auto with --user)")
    parser.add_argument("--from", dest="mail_from", default="", help="sender address")
    parser.add_argument("--to", dest="rcpt_to", default="", help="recipient address")
    parser.add_argument("--subject", default=None, help="subject of the test message")
    parser.add_argument("--body", default="", help="text of the test message")
    parser.add_argument("--ehlo", default="", help="name to send in EHLO")
    parser.add_argument("--stop-after", "-q", default=None,
                        help="connect | tls | ehlo | auth | rcpt | data (default: ehlo; auth with "
                        "--user; rcpt with --to)")
    parser.add_argument("--connect-timeout", default=None, help="seconds (default 10)")
    parser.add_argument("--timeout", "-t", default=None, help="seconds per reply (default 30)")
    parser.add_argument("--ca-file", default="", help="trust only the CA certificates in this file")
    parser.add_argument("--insecure", "-k", action="store_true",
                        help="do NOT verify the certificate (still reports what is wrong)")
    parser.add_argument("--allow-old-tls", action="store_true",
                        help="INSECURE: if the server offers only TLS 1.0/1.1, log in and send "
                        "over it anyway (for a device you can't update; it exposes the password)")
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]",
                        help="ask this DNS server instead of the system resolver")
    family = parser.add_mutually_exclusive_group()
    family.add_argument("-4", dest="ipv4", action="store_true", help="IPv4 only")
    family.add_argument("-6", dest="ipv6", action="store_true", help="IPv6 only")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; for ``command == "check"`` without the other subcommands, whose modules
    (and engines) cost ~50 ms to import."""
    parser = _Parser(prog="smtp-doctor", description="Find out why your mail (SMTP) settings "
                     "don't work. Without arguments, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"SMTP Doctor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = sub.add_parser("check", help="test an SMTP server step by step",
                           description="Test an SMTP server step by step and explain failures.")
    add_server_options(check)
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--report", metavar="FILE", default=None,
                       help="also write a report; the format follows the extension: .html, .md "
                       "or .json")
    if command != "check":
        for module in _command_modules():
            module.register(sub)
    return parser


# Further subcommands live in app/commands/<name>.py, each with
#   register(subparsers) -> None   (adds its parser and sets defaults(run=<callable>))
#   and the callable run(args, stdin, out, err) -> int (exit code).
COMMAND_MODULES: tuple[str, ...] = ("app.commands.monitor", "app.commands.ports",
                                    "app.commands.discover", "app.commands.domain",
                                    "app.commands.tls")


def _command_modules() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in COMMAND_MODULES]


def _read_stdin_line(stdin: TextIO, prompt: str) -> str:
    """The first line of standard input; typed at a terminal, without echo (getpass)."""
    isatty = getattr(stdin, "isatty", None)
    if isatty is not None and isatty():
        import getpass

        try:  # the prompt goes to the terminal (or stderr), never to stdout
            return getpass.getpass(prompt, stream=sys.stderr)
        except EOFError:
            return ""
    line = stdin.readline()
    return line.rstrip("\r\n")


def form_from_args(args: argparse.Namespace, stdin: TextIO) -> dict[str, object]:
    password = ""
    token = ""
    if args.password_stdin:
        password = _read_stdin_line(stdin, "Password: ")
    elif args.password_keyring:
        from .core import secrets

        result = secrets.get_password(args.profile)
        if not result.ok or result.value is None:
            raise InputError([_field_error("password", result.message or
                                           "No password is saved for that profile.")])
        password = result.value
    if args.oauth_token_stdin:
        token = _read_stdin_line(stdin, "OAuth access token: ")
    auth = args.auth or ("auto" if args.user else "none")
    if args.auth is None and token:
        auth = "xoauth2"
    stop_after = args.stop_after or ("rcpt" if args.rcpt_to else "auth" if args.user else "ehlo")
    form: dict[str, object] = {
        "host": args.host, "port": args.port, "security": args.security, "auth": auth,
        "username": args.user, "password": password, "oauth_token": token,
        "ehlo_name": args.ehlo, "mail_from": args.mail_from, "rcpt_to": args.rcpt_to,
        "body": args.body, "verify_tls": not args.insecure, "ca_file": args.ca_file,
        "allow_old_tls": args.allow_old_tls,
        "ip_version": "ipv4" if args.ipv4 else "ipv6" if args.ipv6 else "auto",
        "connect_timeout": args.connect_timeout, "reply_timeout": args.timeout,
        "stop_after": stop_after, "nameserver": args.dns_server,
    }
    if args.subject is not None:
        form["subject"] = args.subject
    return form


def _field_error(field: str, message: str) -> Any:
    from .core.validate import FieldError

    return FieldError(field, message, "input.invalid_value")


class Printer:
    """Human output: a line per step as it finishes, then the problems with their fixes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        encoding = (getattr(out, "encoding", None) or "ascii").lower()
        fancy = "utf" in encoding
        self.marks = {Status.PASS: "✔" if fancy else "+", Status.WARN: "!",
                      Status.FAIL: "✘" if fancy else "x", Status.SKIPPED: "-"}
        self.arrow = "→" if fancy else "->"

    def __call__(self, event: Event) -> None:
        if isinstance(event, StepStarted):
            return
        if isinstance(event, StepFinished):
            step = event.result
            mark = self.marks[step.status]
            self.out.write(f"{mark} {step.status.value.upper():7} {step.title:<30} "
                           f"{step.duration_ms:7.0f} ms  {step.summary}\n")
            self.out.flush()

    def problems(self, result: RunResult) -> None:
        shown: set[str] = set()
        for step in result.steps:
            if step.advice is None or step.advice.id in shown or step.status is Status.SKIPPED:
                continue
            shown.add(step.advice.id)
            self.out.write(f"\n{self.marks[step.status]} {step.advice.title}  [{step.advice.id}]\n")
            self.out.write(f"  Why: {step.advice.cause}\n")
            if step.advice.fixes:
                self.out.write("  What to do:\n")
                for number, fix in enumerate(step.advice.fixes, 1):
                    self.out.write(f"    {number}. {fix}\n")
                    for action in step.advice.actions:
                        if action.fix == number - 1:
                            self.out.write(f"       {self.arrow} try: "
                                           f"{try_command(action, result.target)}\n")

    def verdict(self, result: RunResult) -> None:
        self.out.write(f"\n{result.verdict}\n")


def try_command(action: FixAction, target: dict[str, Any]) -> str:
    """The command line that tries a one-click fix, quoted for this platform's shell."""
    from .core.fixactions import command_line

    args = command_line(action, target)
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(args)
    import shlex

    return shlex.join(args)


def run_cancellable(run: Any, cancel: CancelToken) -> RunResult:
    """Run in a worker thread so that Ctrl-C (in the main thread) cancels promptly."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = run()
        except BaseException as exc:  # re-raised in the main thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="smtp-doctor-check", daemon=True)
    previous = signal.getsignal(signal.SIGINT) if threading.current_thread() is \
        threading.main_thread() else None
    if previous is not None:
        signal.signal(signal.SIGINT, lambda _sig, _frame: cancel.cancel())
    try:
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


def exit_code(result: RunResult) -> int:
    if result.cancelled:
        return EXIT_CANCELLED
    return EXIT_FAILED if result.status is Status.FAIL else EXIT_OK


def cmd_check(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from .core.checks.connection import run_check

    try:
        settings = parse_form(form_from_args(args, stdin))
    except InputError as exc:
        if args.json:
            json.dump({"error": "invalid input", "fields": [
                {"field": e.field, "option": OPTION_OF_FIELD.get(e.field, e.field),
                 "message": e.message, "diagnosis": e.diagnosis} for e in exc.errors]},
                out, indent=2)
            out.write("\n")
        for e in exc.errors:
            err.write(f"smtp-doctor: {OPTION_OF_FIELD.get(e.field, e.field)}: {e.message}\n")
        return EXIT_USAGE
    report_format = None
    if args.report:
        from .core.report import format_for_path

        try:
            report_format = format_for_path(args.report)
        except ValueError as exc:
            err.write(f"smtp-doctor: --report: {exc}\n")
            return EXIT_USAGE
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        how = "no encryption" if settings.security.value == "none" else settings.security.label
        out.write(f"Checking {settings.host} port {settings.port} ({how})…\n")
    result = run_cancellable(lambda: run_check(settings, printer, cancel), cancel)
    if args.json:
        write_json(result.to_dict(), out)
    elif printer is not None:
        printer.problems(result)
        printer.verdict(result)
    code = exit_code(result)
    if args.report and report_format:
        from .core import report

        try:
            report.write(result, args.report, report_format, secrets=settings.secrets())
        except OSError as exc:
            err.write(f"smtp-doctor: --report: cannot write {args.report}: {exc.strerror or exc}\n")
            return code if code != EXIT_OK else EXIT_FAILED
        if printer is not None:
            out.write(f"Report written to {args.report}\n")
    return code


def _is_utf(stream: TextIO) -> bool:
    """True when every character can be written (a UTF console, or a str sink like StringIO)."""
    encoding = getattr(stream, "encoding", None)
    return encoding is None or "utf" in encoding.lower()


def write_json(data: object, out: TextIO) -> None:
    """One JSON object; escaped (``\\u2603``) where the console cannot show every character."""
    json.dump(data, out, indent=2, ensure_ascii=not _is_utf(out))
    out.write("\n")


def _tolerant_console() -> None:
    """A console that is not UTF-8 (Windows cp1252, PYTHONIOENCODING=ascii) shows "?" for what
    it cannot encode instead of failing mid-run; undecodable input stays visible to validation
    (lone surrogates, refused at their field) instead of raising."""
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace"),
                           (sys.stdin, "surrogateescape")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            with contextlib.suppress(ValueError, OSError):  # already read from / not text
                reconfigure(errors=errors)


def _command_parser(parser: argparse.ArgumentParser,
                    command: str | None) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return action.choices[command]  # type: ignore[no-any-return]
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    if stdin is None and out is None and err is None:
        _tolerant_console()
    stdin = stdin or sys.stdin
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    try:
        args, extras = parser.parse_known_args(argv)
        if extras:  # reported by the subcommand's parser, so its own usage is shown
            _command_parser(parser, args.command).error(
                f"unrecognized arguments: {' '.join(extras)}")
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    runner = cmd_check if args.command == "check" else getattr(args, "run", None)
    if runner is not None:
        try:
            return int(runner(args, stdin, out, err))
        except KeyboardInterrupt:
            return EXIT_CANCELLED
        except BrokenPipeError:
            return EXIT_FAILED
    parser.print_help(out)
    return EXIT_USAGE


__all__ = ["StepResult", "build_parser", "main"]
