"""`smtp-doctor ports HOST`: which mail ports can this computer reach, and who blocks the rest."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.ports import DEFAULT_PORTS, DEFAULT_REFERENCE, PortsOptions, run_ports
from ..core.validate import normalize_host
from .common import UsageError, common_options, ip_version, run_and_report, usage_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ports", help="probe the mail ports (25, 465, 587, 2525) and say who blocks them",
        description="Probe mail ports in parallel and compare with a control host that answers "
        "on every port: blocked by your network, or by the server?")
    parser.add_argument("host", metavar="HOST", help="mail server, e.g. smtp.example.com")
    parser.add_argument("--port", "-p", action="append", default=[], metavar="PORT",
                        help="also probe this port (repeatable)")
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


def _ports(args: argparse.Namespace) -> tuple[int, ...]:
    extra: list[int] = []
    for text in args.port:
        for piece in str(text).split(","):
            port = int(piece.strip())
            if not 0 < port < 65536:
                raise ValueError(piece)
            extra.append(port)
    base = [] if args.only else list(DEFAULT_PORTS)
    ports = base + [p for p in extra if p not in base]
    if not ports:
        raise ValueError("no port")
    return tuple(ports)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    try:
        host = normalize_host(args.host)
    except ValueError as exc:
        return usage_error(args, out, err, "HOST", str(exc))
    try:
        ports = _ports(args)
    except ValueError:
        return usage_error(args, out, err, "--port", "Ports are numbers from 1 to 65535.")
    try:
        timeout = common_options(args)
    except UsageError as exc:
        return usage_error(args, out, err, exc.option, exc.message)
    reference = ""
    if not args.no_reference:
        try:
            reference = normalize_host(args.reference)
        except ValueError as exc:
            return usage_error(args, out, err, "--reference", str(exc))
    options = PortsOptions(
        host=host, ports=ports, timeout=timeout, reference=reference,
        nameserver=args.dns_server,
        ip_version=ip_version(args),
        dns_timeout=min(timeout, 5.0) if timeout < 5 else 5.0)
    control = f" (control: {reference})" if reference else ""
    heading = f"Probing {host} on port {', '.join(map(str, ports))}{control}…"
    return run_and_report(args, out, heading,
                          lambda on_event, cancel: run_ports(options, on_event, cancel))
