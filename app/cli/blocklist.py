"""`smtp-doctor blocklist [ADDRESS]`: is this address (or, with --public-address, the public
address this computer's connections come from) on the common DNS blocklists, and what it means.

Named after what it answers rather than how ("path"): the address is only its input, and a user
who was told "blocked using zen.spamhaus.org" looks for a blocklist command.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.blocklist import BlocklistOptions, echo_disclosure, run_blocklist
from ..core.forms import parse_blocklist_form
from ..core.text.i18n import N_, msg, msg_n
from . import SUMMARIES
from .output import add_tool_options, run_tool

OPTION_OF_FIELD = {"address": "ADDRESS|--public-address", "lists": "--list",
                   "echo_urls": "--echo-url"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "blocklist", help=msg(SUMMARIES["blocklist"]),
        description=msg("Look an IP address up on DNS blocklists (Spamhaus ZEN with "
                        "SBL/CSS/XBL/PBL, Barracuda, SpamCop, UCEPROTECT, PSBL, Mailspike) and "
                        "explain each listing. Without ADDRESS, --public-address asks an echo "
                        "service which address your connections come from."))
    parser.add_argument("address", nargs="?", default="", metavar=msg("ADDRESS"),
                        help=msg("the IPv4 or IPv6 address to look up"))
    parser.add_argument("--public-address", action="store_true",
                        help=msg("find this computer's public address first.") + " "
                        + echo_disclosure().replace("%", "%%"))
    parser.add_argument("--echo-url", action="append", default=[], metavar=msg("URL"),
                        help=msg("ask this https echo service instead of the default ones "
                                 "(repeatable, tried in order)"))
    parser.add_argument("--list", "-l", action="append", default=[], metavar=msg("ZONE"),
                        help=msg("look up on this list (a zone like bl.spamcop.net or an id "
                                 "like spamhaus_zen; repeatable; default: the common lists)"))
    add_tool_options(parser, ("5", N_("timeout of each lookup and request (default "
                                      "{seconds})")),
                     ca_help=N_("trust only these CA certificates for the echo service"),
                     dns_help=N_("ask this DNS server instead of the system's (some lists "
                                 "refuse large public resolvers)"), https_port=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"address": args.address, "ask_public": args.public_address,
            "echo_urls": args.echo_url, "lists": args.list, "timeout": args.timeout,
            "ca_file": args.ca_file, "nameserver": args.dns_server,
            "https_port": args.https_port}
    return run_tool(args, stdin, out, err, parse_blocklist_form, form, OPTION_OF_FIELD,
                    BlocklistOptions, _heading, run_blocklist)


def _heading(options: BlocklistOptions) -> str:
    count = len(options.blocklists())
    if options.address:
        return msg_n("Looking up {address} on {n} blocklist…",
                     "Looking up {address} on {n} blocklists…", count, address=options.address)
    return echo_disclosure(options.echo_urls) + "\n" + msg_n(
        "Finding the public address, then looking it up on {n} blocklist…",
        "Finding the public address, then looking it up on {n} blocklists…", count)
