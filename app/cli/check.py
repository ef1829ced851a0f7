"""`smtp-doctor check HOST`: test an SMTP server step by step and explain what fails.

Also the server options and their reading (HOST, --port … --password-stdin), which `monitor`
shares.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from ..core.cancel import CancelToken
from ..core.text.i18n import msg
from ..core.validate import FieldError, InputError, parse_form
from . import SUMMARIES
from .output import (
    DNS_HELP,
    Printer,
    add_family_options,
    exit_code,
    input_error,
    ip_version_of,
    report_format,
    run_cancellable,
    security_word,
    write_json,
    write_report,
)
from .proxyopts import PROXY_OPTIONS, add_proxy_options, proxy_form

OPTION_OF_FIELD = {
    "host": "HOST", "port": "--port", "security": "--security", "auth": "--auth",
    "username": "--user", "password": "password", "oauth_token": "--oauth-token-stdin",
    "ehlo_name": "--ehlo", "mail_from": "--from", "rcpt_to": "--to", "subject": "--subject",
    "ca_file": "--ca-file", "connect_timeout": "--connect-timeout",
    "reply_timeout": "--timeout", "stop_after": "--stop-after", "nameserver": "--dns-server",
    "body": "--body", "ip_version": "-4/-6", **PROXY_OPTIONS, "watch_imap": "--watch-imap",
    "watch_timeout": "--watch-timeout", "imap_password": "--imap-password-stdin",
}


def register(subparsers: Any) -> None:
    check = subparsers.add_parser("check", help=msg(SUMMARIES["check"]),
                                  description=msg("Test an SMTP server step by step and explain "
                                                  "failures."))
    add_server_options(check)
    watch = check.add_argument_group(msg("delivery proof (after --stop-after data)"))
    watch.add_argument("--watch-imap", nargs="?", const="auto", default="",
                       metavar="[imap://|imaps://][USER@]HOST[:PORT]",
                       help=msg("then watch this mailbox over IMAP until the test message "
                                "arrives (Inbox or Junk), and explain how the receiver judged "
                                "it (SPF, DKIM, DMARC); without a value: the sending account, "
                                "its IMAP server guessed from HOST; imaps:// (993, default) or "
                                "imap:// (143, STARTTLS)"))
    watch.add_argument("--watch-timeout", default=None, metavar="S",
                       help=msg("seconds to wait for the message (default 120)"))
    watch.add_argument("--imap-password-stdin", action="store_true",
                       help=msg("read the mailbox's password from standard input (after the "
                                "--password-stdin line); needed when the mailbox is another "
                                "account"))
    check.add_argument("--json", action="store_true", help=msg("print one JSON object"))
    check.add_argument("--report", metavar=msg("FILE"), default=None,
                       help=msg("also write a report; the format follows the extension: .html, "
                                ".md or .json"))
    check.set_defaults(run=run)


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """HOST and the server options of `check`, shared with subcommands (see form_from_args)."""
    parser.add_argument("host", metavar=msg("HOST"),
                        help=msg("mail server, e.g. smtp.example.com"))
    parser.add_argument("--port", "-p", metavar=msg("PORT"),
                        help=msg("port (default: 587 STARTTLS, 465 SSL/TLS, 25 none)"))
    parser.add_argument("--security", "-s", default="starttls", metavar=msg("MODE"),
                        help=msg("none | starttls | tls (default: starttls)"))
    parser.add_argument("--user", "-u", default="", metavar=msg("NAME"),
                        help=msg("user name for AUTH"))
    pw = parser.add_mutually_exclusive_group()
    pw.add_argument("--password-stdin", action="store_true",
                    help=msg("read the password from the first line of standard input (typed at "
                             "a terminal: asked for, without echo)"))
    pw.add_argument("--password-keyring", action="store_true",
                    help=msg("use the password the app saved in the system keychain for "
                             "--profile"))
    parser.add_argument("--profile", default="Default", metavar=msg("NAME"),
                        help=msg("profile name for --password-keyring, and whose OAuth sign-in "
                                 "(smtp-doctor login) --auth xoauth2|oauthbearer uses"))
    parser.add_argument("--oauth-token-stdin", action="store_true",
                        help=msg("read an OAuth 2 access token (XOAUTH2/OAUTHBEARER) from "
                                 "standard input instead of using the profile's sign-in"))
    parser.add_argument("--oauth-ca-file", default="", metavar=msg("FILE"),
                        help=msg("trust only these CA certificates when refreshing the "
                                 "profile's OAuth token (default: the system's trust store)"))
    parser.add_argument("--auth", "-a", default=None, metavar=msg("METHOD"),
                        help=msg("auto | plain | login | cram-md5 | xoauth2 | oauthbearer | "
                                 "none (default: auto with --user)"))
    parser.add_argument("--from", dest="mail_from", default="", metavar=msg("ADDRESS"),
                        help=msg("sender address"))
    parser.add_argument("--to", dest="rcpt_to", default="", metavar=msg("ADDRESS"),
                        help=msg("recipient address"))
    parser.add_argument("--subject", default=None, metavar=msg("TEXT"),
                        help=msg("subject of the test message"))
    parser.add_argument("--body", default="", metavar=msg("TEXT"),
                        help=msg("text of the test message"))
    parser.add_argument("--ehlo", default="", metavar=msg("NAME"),
                        help=msg("name to send in EHLO"))
    parser.add_argument("--stop-after", "-q", default=None, metavar=msg("STEP"),
                        help=msg("connect | tls | ehlo | auth | rcpt | data (default: ehlo; "
                                 "auth with --user; rcpt with --to)"))
    parser.add_argument("--connect-timeout", default=None, metavar=msg("SECONDS"),
                        help=msg("seconds (default 10)"))
    parser.add_argument("--timeout", "-t", default=None, metavar=msg("SECONDS"),
                        help=msg("seconds per reply (default 30)"))
    parser.add_argument("--ca-file", default="", metavar=msg("FILE"),
                        help=msg("trust only the CA certificates in this file"))
    parser.add_argument("--insecure", "-k", action="store_true",
                        help=msg("do NOT verify the certificate (still reports what is wrong)"))
    parser.add_argument("--allow-old-tls", action="store_true",
                        help=msg("INSECURE: if the server offers only TLS 1.0/1.1, log in and "
                                 "send over it anyway (for a device you can't update; it "
                                 "exposes the password)"))
    parser.add_argument("--no-aia-fetch", action="store_true",
                        help=msg("don't download a certificate the server fails to send from "
                                 "the address in its certificate (AIA) to prove a missing "
                                 "intermediate"))
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]", help=msg(DNS_HELP))
    add_proxy_options(parser)
    add_family_options(parser)


def read_stdin_line(stdin: TextIO, prompt: str) -> str:
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
        password = read_stdin_line(stdin, msg("Password: "))
    elif args.password_keyring:
        from ..core.storage import secrets

        result = secrets.get_password(args.profile)
        if not result.ok or result.value is None:
            raise InputError([FieldError("password", result.message or msg(
                "No password is saved for that profile."), "input.invalid_value")])
        password = result.value
    if args.oauth_token_stdin:
        token = read_stdin_line(stdin, msg("OAuth access token: "))
    imap_password = ""
    if getattr(args, "imap_password_stdin", False):
        imap_password = read_stdin_line(stdin, msg("IMAP password: "))
    auth = args.auth or ("auto" if args.user else "none")
    if args.auth is None and token:
        auth = "xoauth2"
    if not token and str(auth).lower() in ("xoauth2", "oauthbearer"):
        from .login import stored_token  # the profile's sign-in, refreshed if expired

        token = stored_token(args, str(auth).lower())
    stop_after = args.stop_after or ("data" if getattr(args, "watch_imap", "") else
                                     "rcpt" if args.rcpt_to else "auth" if args.user else "ehlo")
    form: dict[str, object] = {
        "host": args.host, "port": args.port, "security": args.security, "auth": auth,
        "username": args.user, "password": password, "oauth_token": token,
        "ehlo_name": args.ehlo, "mail_from": args.mail_from, "rcpt_to": args.rcpt_to,
        "body": args.body, "verify_tls": not args.insecure, "ca_file": args.ca_file,
        "allow_old_tls": args.allow_old_tls,
        "aia_fetch": not args.no_aia_fetch,
        "ip_version": ip_version_of(args),
        "connect_timeout": args.connect_timeout, "reply_timeout": args.timeout,
        "stop_after": stop_after, "nameserver": args.dns_server,
        **proxy_form(args, stdin),
    }
    if getattr(args, "watch_imap", ""):
        form.update(watch_imap=args.watch_imap, watch_timeout=args.watch_timeout,
                    imap_password=imap_password)
    if args.subject is not None:
        form["subject"] = args.subject
    return form


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from ..core.checks.connection import run_check

    try:
        settings = parse_form(form_from_args(args, stdin))
    except InputError as exc:
        return input_error(args, out, err, exc, OPTION_OF_FIELD)
    fmt, bad = report_format(args, out, err)
    if bad is not None:
        return bad
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(msg("Checking {host} port {port} ({security})…", host=settings.host,
                      port=settings.port, security=security_word(settings.security)) + "\n")
    result = run_cancellable(lambda: run_check(settings, printer, cancel), cancel)
    if args.json:
        write_json(result.to_dict(), out)
    elif printer is not None:
        printer.problems(result)
        printer.verdict(result)
    code = exit_code(result)
    if fmt is not None:
        return write_report(args, out, err, result, fmt, code, settings.secrets())
    return code
