"""`smtp-doctor ports HOST`: which mail ports can this computer reach, and who blocks the rest."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.ports import DEFAULT_REFERENCE, run_ports
from ..core.forms import MAX_PORTS, parse_ports_form
from ..core.validate import InputError
from .output import input_error, ip_version_of, run_and_report

OPTION_OF_FIELD = {"host": "HOST", "ports": "--port", "timeout": "--timeout",
                   "reference": "--reference", "nameserver": "--dns-server", "ip_version": "-4/-6"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ports", help="probe the mail ports (25, 465, 587, 2525) and say who blocks them",
        description="Probe mail ports in parallel and compare with a control host that answers "
        "on every port: blocked by your network, or by the server?")
    parser.add_argument("host", metavar="HOST", help="mail server, e.g. smtp.example.com")
    parser.add_argument("--port", "-p", action="append", default=[], metavar="PORT",
                        help=f"also probe this port (repeatable; at most {MAX_PORTS} ports in all)")
    parser.add_argument("--only", action="store_true",
                        help="probe only the --port ports, not 25, 465, 587 and 2525")
    parser.add_argument("--timeout", "-t", default="5", metavar="SECONDS",
                        help="connect timeout; the whole probe takes about this long (default 5)")
    ref = parser.add_mutually_exclusive_group()
    ref.add_argument("--reference", default=DEFAULT_REFERENCE, metavar="HOST",
                     help=f"control host that answers on every port (default {DEFAULT_REFERENCE})")
    ref.add_argument("--no-reference", action="store_true", help="skip the control comparison")
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]",
                        help="ask this DNS server instead of the system resolver")
    family = parser.add_mutually_exclusive_group()
    family.add_argument("-4", dest="ipv4", action="store_true", help="IPv4 only")
    family.add_argument("-6", dest="ipv6", action="store_true", help="IPv6 only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    try:
        options = parse_ports_form({
            "host": args.host, "ports": args.port, "add_defaults": not args.only,
            "timeout": args.timeout, "reference": "" if args.no_reference else args.reference,
            "nameserver": args.dns_server, "ip_version": ip_version_of(args)})
    except InputError as exc:
        return input_error(args, out, err, exc, OPTION_OF_FIELD)
    control = f" (control: {options.reference})" if options.reference else ""
    heading = (f"Probing {options.host} on port {', '.join(map(str, options.ports))}"
               f"{control}…")
    return run_and_report(args, out, heading,
                          lambda on_event, cancel: run_ports(options, on_event, cancel))
