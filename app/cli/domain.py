"""`smtp-doctor domain DOMAIN`: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT and reverse DNS."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.domain import DomainOptions, run_domain
from ..core.forms import parse_domain_form
from .output import add_tool_options, run_tool

OPTION_OF_FIELD = {"domain": "DOMAIN", "selectors": "--selector", "server": "--server",
                   "server_port": "--server-port"}


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
    parser.add_argument("--server-port", default="25", metavar="PORT",
                        help="port for the greeting check (default 25)")
    parser.add_argument("--no-greeting", action="store_true",
                        help="do not connect to the server to read its greeting")
    add_tool_options(parser, ("5", "timeout of each lookup and connection"),
                     ca_help="trust only these CA certificates for the MTA-STS policy's website",
                     dns_help="ask this DNS server instead of the system's", https_port=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"domain": args.domain, "selectors": args.selector,
            "common_selectors": not args.no_common_selectors, "server": args.server,
            "server_port": args.server_port, "check_greeting": not args.no_greeting,
            "timeout": args.timeout, "ca_file": args.ca_file, "nameserver": args.dns_server,
            "https_port": args.https_port}
    return run_tool(args, stdin, out, err, parse_domain_form, form, OPTION_OF_FIELD, DomainOptions,
                    lambda options: f"Checking the mail records of {options.domain}…",
                    run_domain)
