"""`smtp-doctor ports HOST`: which mail ports can this computer reach, and who blocks the rest."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.ports import DEFAULT_REFERENCE, PortsOptions, run_ports
from ..core.forms import MAX_PORTS, parse_ports_form
from ..core.text.i18n import N_, msg
from . import SUMMARIES
from .output import add_tool_options, ip_version_of, run_tool

OPTION_OF_FIELD = {"host": "HOST", "ports": "--port", "reference": "--reference"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ports", help=msg(SUMMARIES["ports"]),
        description=msg("Probe mail ports in parallel and compare with a control host that "
                        "answers on every port: blocked by your network, or by the server?"))
    parser.add_argument("host", metavar=msg("HOST"),
                        help=msg("mail server, e.g. smtp.example.com"))
    parser.add_argument("--port", "-p", action="append", default=[], metavar=msg("PORT"),
                        help=msg("also probe this port (repeatable; at most {n} ports in all)",
                                 n=MAX_PORTS))
    parser.add_argument("--only", action="store_true",
                        help=msg("probe only the --port ports, not 25, 465, 587 and 2525"))
    ref = parser.add_mutually_exclusive_group()
    ref.add_argument("--reference", default=DEFAULT_REFERENCE, metavar=msg("HOST"),
                     help=msg("control host that answers on every port (default {host})",
                              host=DEFAULT_REFERENCE))
    ref.add_argument("--no-reference", action="store_true",
                     help=msg("skip the control comparison"))
    add_tool_options(parser, ("5", N_("connect timeout; the whole probe takes about this long "
                                      "(default {seconds})")),
                     family=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"host": args.host, "ports": args.port, "add_defaults": not args.only,
            "timeout": args.timeout, "reference": "" if args.no_reference else args.reference,
            "nameserver": args.dns_server, "ip_version": ip_version_of(args)}
    return run_tool(args, stdin, out, err, parse_ports_form, form, OPTION_OF_FIELD, PortsOptions,
                    _heading, run_ports)


def _heading(options: PortsOptions) -> str:
    ports = ", ".join(map(str, options.ports))
    if options.reference:
        return msg("Probing {host} on port {ports} (control: {control})…", host=options.host,
                   ports=ports, control=options.reference)
    return msg("Probing {host} on port {ports}…", host=options.host, ports=ports)
