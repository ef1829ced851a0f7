"""`smtp-doctor domain DOMAIN`: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT and reverse DNS."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.domain import DomainOptions, run_domain
from ..core.validate import normalize_host
from .common import UsageError, common_options, run_and_report, usage_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "domain", help="check a domain's mail records (MX, SPF, DMARC, DKIM, MTA-STS, PTR)",
        description="Check the DNS records that decide whether your domain's mail is delivered "
        "and trusted.")
    parser.add_argument("domain", metavar="DOMAIN", help="e.g. example.com")
    parser.add_argument("--selector", "-s", action="append", default=[], metavar="SELECTOR",
                        help="DKIM selector to check (repeatable; s= in a DKIM-Signature)")
    parser.add_argument("--no-common-selectors", action="store_true",
                        help="check only the --selector selectors")
    parser.add_argument("--server", default="", metavar="HOST",
                        help="mail server for the reverse-DNS and greeting checks "
                        "(default: the first MX)")
    parser.add_argument("--server-port", type=int, default=25, metavar="PORT",
                        help="port for the greeting check (default 25)")
    parser.add_argument("--no-greeting", action="store_true",
                        help="do not connect to the server to read its greeting")
    parser.add_argument("--timeout", "-t", default="5", metavar="SECONDS",
                        help="timeout of each lookup and connection (default 5)")
    parser.add_argument("--ca-file", default="",
                        help="trust only these CA certificates for the MTA-STS policy's website")
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]",
                        help="ask this DNS server instead of the system's")
    parser.add_argument("--https-port", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    try:
        domain = normalize_host(args.domain.rsplit("@", 1)[-1])
    except ValueError as exc:
        return usage_error(args, out, err, "DOMAIN", str(exc))
    try:
        timeout = common_options(args)
    except UsageError as exc:
        return usage_error(args, out, err, exc.option, exc.message)
    if not 0 < args.server_port < 65536:
        return usage_error(args, out, err, "--server-port", "Ports are numbers from 1 to 65535.")
    options = DomainOptions(
        domain=domain, dkim_selectors=tuple(args.selector),
        common_selectors=not args.no_common_selectors, server=args.server,
        server_port=args.server_port, check_greeting=not args.no_greeting,
        nameserver=args.dns_server, ca_file=args.ca_file, timeout=timeout,
        dns_timeout=timeout, https_port=args.https_port)
    return run_and_report(args, out, f"Checking the mail records of {domain}…",
                          lambda on_event, cancel: run_domain(options, on_event, cancel))
