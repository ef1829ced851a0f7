"""Command-line front end over app.core. Never imports Qt (keeps start-up fast).

One module per command: ``check`` (the connection check), ``monitor``, ``ports``, ``discover``,
``domain``, ``tls``, ``blocklist`` (public address and DNS blocklists), ``login``/``logout``
(OAuth sign-in), ``m365`` (Microsoft 365 readiness);
``output`` holds the printer, the exit codes, the JSON error shape and ``run_cancellable``.
A command module has

    register(subparsers) -> None   adds its parser and ``set_defaults(run=run)``
    run(args, stdin, out, err) -> int   the exit code

and is listed once in ``COMMANDS`` below: that is all it takes to add one.

Exit codes: 0 the check passed (warnings allowed), 1 a check failed, 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO

from .. import __version__
from ..core.text import i18n
from ..core.text.error_text import error_text, traceback_text
from ..core.text.i18n import N_, msg
from ..core.text.words import APP_NAME
from .argtext import HelpFormatter, argparse_language
from .output import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    error_doc,
    report_error,
    write_json,
)

# name -> module, in the order `smtp-doctor --help` lists them
COMMANDS: dict[str, str] = {
    "check": "app.cli.check",
    "monitor": "app.cli.monitor",
    "ports": "app.cli.ports",
    "discover": "app.cli.discover",
    "domain": "app.cli.domain",
    "tls": "app.cli.tls",
    "blocklist": "app.cli.blocklist",
    "bounce": "app.cli.bounce",
    "login": "app.cli.login",
    "logout": "app.cli.logout",
    "m365": "app.cli.m365",
}

# name -> the one-line help its module registers (a test keeps them equal): `smtp-doctor --help`
# lists the commands from here without importing their modules (translated where shown: msg())
SUMMARIES: dict[str, str] = {
    "check": N_("test an SMTP server step by step"),
    "monitor": N_("repeat the check every few seconds and summarize response times"),
    "ports": N_("probe the mail ports (25, 465, 587, 2525) and say who blocks them"),
    "discover": N_("find the outgoing (SMTP) server settings for an address or domain"),
    "domain": N_("check a domain's mail records (MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, "
                 "DANE, PTR)"),
    "tls": N_("inspect a mail server's TLS: certificate chain, expiry, protocol, interception"),
    "blocklist": N_("is my address on a spam blocklist? (Spamhaus, Barracuda, SpamCop …)"),
    "bounce": N_("explain a bounce (a returned message): who failed, why, and the fix"),
    "login": N_("sign in with Microsoft, Google or another provider (OAuth 2) for SMTP"),
    "logout": N_("sign out: revoke the saved OAuth sign-in where the provider supports it and "
                 "delete it from the keychain"),
    "m365": N_("Microsoft 365 readiness: password login today, OAuth, the end of December 2026 "
               "and what to do next"),
}


# An option someone may have meant to pass a secret with (--password, --pass, --token, ...).
SECRET_LIKE = re.compile(r"--?(pass|pw|pwd|secret|token|oauth|key)", re.IGNORECASE)
# "--option=VALUE" anywhere in a message, in any language: the value may be a password
_OPTION_VALUE = re.compile(r"(?<![\w-])(-{1,2}[\w-]+)=\S+")


def _without_values(message: str) -> str:
    """argparse echoes what it did not understand; that may be a password. Show options only
    (the messages that would quote a value are written without it: see app/cli/argtext.py,
    ``unrecognized`` and ``_Parser._get_option_tuples``)."""
    return _OPTION_VALUE.sub(r"\1=…", message)


def unrecognized(extras: Sequence[str]) -> str:
    """"unrecognized arguments: …" naming only the options of ``extras`` (a value there may be
    a password), with a hint when one of them looks like a password option."""
    options = [w.split("=", 1)[0] for w in extras if w.startswith("-")]
    shown = " ".join(options) or msg("extra values")
    if any(SECRET_LIKE.match(option) for option in options):
        return msg("unrecognized arguments: {options} (passwords are never taken on the command "
                   "line: check and monitor read them with --password-stdin)", options=shown)
    return msg("unrecognized arguments: {options}", options=shown)


class ParseError(Exception):
    """argparse found bad usage; raised instead of exiting so main() can answer in JSON."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _columns() -> int:
    """What ``shutil.get_terminal_size().columns`` says, without importing shutil (and its
    bz2/lzma/fnmatch, ~2 ms at every start: argparse builds a formatter per added argument)."""
    with contextlib.suppress(KeyError, ValueError):
        columns = int(os.environ["COLUMNS"])
        if columns > 0:
            return columns
    with contextlib.suppress(AttributeError, ValueError, OSError):
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        if columns > 0:
            return columns
    return 80


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        raise ParseError(msg("{prog}: error: {message}", prog=self.prog,
                             message=_without_values(message)))

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        # argparse's words in the user's language, and its "ignored explicit argument" without
        # the value, whoever parses (main() does the same around building the parser)
        with argparse_language():
            return super().parse_known_args(*args, **kwargs)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # the width argparse would compute itself (terminal columns - 2)
        return HelpFormatter(prog=self.prog, width=_columns() - 2)

    def _get_option_tuples(self, option_string: str) -> list[Any]:
        # argparse's own "ambiguous option" message would quote "--pass=VALUE" whole
        found: list[Any] = super()._get_option_tuples(option_string)
        if len(found) > 1:
            option, sep, _value = option_string.partition("=")
            typed = option + ("=…" if sep else "")
            matches = ", ".join(str(item[1]) for item in found)
            if SECRET_LIKE.match(option):
                self.error(msg("ambiguous option: {option} could match {matches} (passwords are "
                               "never taken on the command line: write --password-stdin and "
                               "type or pipe the password)", option=typed, matches=matches))
            self.error(msg("ambiguous option: {option} could match {matches}", option=typed,
                           matches=matches))
        return found


def build_parser(command: str | None = None, *,
                 summaries: bool = False) -> argparse.ArgumentParser:
    """The parser; for a known ``command`` with only that command's options (the others'
    modules, and engines, cost ~50 ms to import). ``summaries``: every command with only its
    one-line help (SUMMARIES), no module imported: enough for ``--help``, ``--version``, a
    missing or unknown command, never for running one."""
    parser = _Parser(prog=PROG, description=msg("Find out why your mail (SMTP) settings don't "
                                                "work. Without arguments, opens the desktop "
                                                "app."))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=msg("show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar=msg("COMMAND"), parser_class=_Parser)
    if summaries and command not in COMMANDS:
        for name in COMMANDS:
            sub.add_parser(name, help=msg(SUMMARIES[name]), add_help=False)
        return parser
    names = [command] if command in COMMANDS else list(COMMANDS)
    for name in names:
        importlib.import_module(COMMANDS[name]).register(sub)
    return parser


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
    i18n.set_language(None)  # LANGUAGE / LC_ALL / LC_MESSAGES / LANG (SMTP_DOCTOR_LANG first)
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        with argparse_language():  # argparse's own words too ("usage:", "options:")
            # no command named anywhere (--help, --version, an unknown command): the summaries
            # will do
            parser = build_parser(argv[0] if argv else None,
                                  summaries=not any(word in COMMANDS for word in argv))
            args, extras = parser.parse_known_args(argv)
            if extras:  # reported by the subcommand's parser, so its own usage is shown
                _command_parser(parser, args.command).error(unrecognized(extras))
            runner = getattr(args, "run", None)
            if runner is None:
                parser.print_help(out)
                return EXIT_USAGE
    except ParseError as exc:
        if "--json" in argv:
            write_json(error_doc(EXIT_USAGE, exc.message), out)
        sys.stderr.write(exc.message + "\n")  # next to argparse's usage line
        return EXIT_USAGE
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return int(runner(args, stdin, out, err))
    except KeyboardInterrupt:
        return report_error(args, out, err, EXIT_CANCELLED, msg("Cancelled."))
    except BrokenPipeError:
        return EXIT_FAILED
    except Exception as exc:  # a bug: the traceback for the report, the JSON shape for scripts
        err.write(traceback_text(exc))
        return report_error(args, out, err, EXIT_FAILED,
                            msg("Internal error: {error}", error=error_text(exc)))


__all__ = ["COMMANDS", "EXIT_CANCELLED", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "SUMMARIES",
           "build_parser", "main"]
