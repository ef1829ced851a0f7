"""`smtp-doctor m365 ADDRESS`: Microsoft 365 readiness — is the domain on Microsoft 365, does
password login work today, does OAuth work, what changes at the end of December 2026, and the
next step."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.m365 import LOGIN_BASE, M365Options, run_m365
from ..core.model import AuthMethod, Timeouts
from ..core.text.i18n import msg
from ..core.validate import FieldError, InputError, check_ca_file, read_proxy
from . import SUMMARIES
from .check import read_stdin_line
from .output import DNS_HELP, input_error, run_and_report, usage_error
from .proxyopts import PROXY_OPTIONS, add_proxy_options, proxy_form


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "m365", help=msg(SUMMARIES["m365"]),
        description=msg("For an address on Microsoft 365 (MX at mail.protection.outlook.com or "
                        "a tenant in Microsoft's directory): does password (Basic) login to "
                        "SMTP work today, does OAuth work (with --profile after `smtp-doctor "
                        "login microsoft`), what changes at the end of December 2026 for this "
                        "account, and the concrete next step."))
    parser.add_argument("address", metavar=msg("ADDRESS"),
                        help=msg("the mailbox, e.g. alice@contoso.com"))
    parser.add_argument("--password-stdin", action="store_true",
                        help=msg("also test password login: read the password from standard "
                                 "input"))
    parser.add_argument("--profile", default="", metavar=msg("NAME"),
                        help=msg("test OAuth with this profile's sign-in (smtp-doctor login "
                                 "microsoft --profile NAME)"))
    parser.add_argument("--auth", default="xoauth2", metavar=msg("METHOD"),
                        help=msg("xoauth2 | oauthbearer (default xoauth2, what Exchange Online "
                                 "offers)"))
    parser.add_argument("--smtp-host", default="smtp.office365.com", metavar=msg("HOST"))
    parser.add_argument("--smtp-port", type=int, default=587, metavar=msg("PORT"))
    parser.add_argument("--login-base", default=LOGIN_BASE, metavar=msg("URL"),
                        help=msg("Microsoft's directory (default {url})", url=LOGIN_BASE))
    parser.add_argument("--ca-file", default="", metavar=msg("FILE"),
                        help=msg("trust only the CA certificates in this file"))
    parser.add_argument("--oauth-ca-file", default="", metavar=msg("FILE"),
                        help=msg("trust only these CA certificates when refreshing the sign-in"))
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]", help=msg(DNS_HELP))
    parser.add_argument("--timeout", "-t", default="15", metavar=msg("SECONDS"),
                        help=msg("connect and reply timeout (default {seconds})", seconds=15))
    add_proxy_options(parser)
    parser.add_argument("--json", action="store_true", help=msg("print one JSON object"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    if "@" not in args.address:
        return usage_error(args, out, err, "ADDRESS",
                           msg("Give a full email address, like alice@contoso.com."))
    auth = str(args.auth).lower()
    if auth not in ("xoauth2", "oauthbearer"):
        return usage_error(args, out, err, "--auth", msg("Choose xoauth2 or oauthbearer."))
    try:
        timeout = float(args.timeout)
        if not 0 < timeout <= 600:
            raise ValueError
    except ValueError:
        return usage_error(args, out, err, "--timeout",
                           msg("Give a number of seconds above 0."))
    for option, path in (("--ca-file", args.ca_file), ("--oauth-ca-file", args.oauth_ca_file)):
        if path:
            try:
                check_ca_file(path)
            except ValueError as exc:
                return usage_error(args, out, err, option, str(exc))
    if args.dns_server:
        from ..core.protocol.net import parse_nameserver

        try:
            parse_nameserver(args.dns_server)
        except ValueError:
            return usage_error(args, out, err, "--dns-server",
                               msg("Write an IP address, optionally with a port, like "
                                   "192.0.2.53:53."))
    password = read_stdin_line(stdin, msg("Password: ")) if args.password_stdin else ""
    errors: list[FieldError] = []
    proxy = read_proxy(proxy_form(args, stdin), errors)
    if errors:
        return input_error(args, out, err, errors, PROXY_OPTIONS)
    token = ""
    if args.profile:
        from .login import stored_token

        args.profile = str(args.profile)
        try:
            token = stored_token(args, auth)
        except InputError as exc:
            return usage_error(args, out, err, "--profile", exc.errors[0].message,
                               exc.errors[0].diagnosis)
    options = M365Options(
        address=args.address.strip(), nameserver=args.dns_server, login_base=args.login_base,
        smtp_host=args.smtp_host, smtp_port=args.smtp_port, password=password,
        oauth_token=token, oauth_auth=AuthMethod(auth), ca_file=args.ca_file, proxy=proxy,
        timeouts=Timeouts(connect=timeout, reply=timeout, step=timeout * 3,
                          dns=min(timeout, 5.0)))
    heading = msg("Checking Microsoft 365 readiness of {address}…", address=options.address)
    return run_and_report(args, out, heading,
                          lambda on_event, cancel: run_m365(options, on_event, cancel))
