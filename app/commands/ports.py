"""`smtp-doctor ports HOST`: which mail ports can this computer reach, and who blocks the rest."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..cli import EXIT_USAGE, Printer, exit_code, run_cancellable
from ..core.cancel import CancelToken
from ..core.checks.ports import DEFAULT_PORTS, DEFAULT_REFERENCE, PortsOptions, run_ports
from ..core.model import IPVersion
from ..core.net import parse_nameserver
from ..core.validate import normalize_host


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


def usage_error(args: argparse.Namespace, out: TextIO, err: TextIO, option: str,
                message: str) -> int:
    if getattr(args, "json", False):
        json.dump({"error": "invalid input", "fields": [{"option": option, "message": message}]},
                  out, indent=2)
        out.write("\n")
    err.write(f"smtp-doctor: {option}: {message}\n")
    return EXIT_USAGE


def parse_timeout(text: str) -> float:
    value = float(text)
    if not 0 < value <= 600:
        raise ValueError(text)
    return value


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
        timeout = parse_timeout(args.timeout)
    except ValueError:
        return usage_error(args, out, err, "--timeout", "Give a number of seconds above 0.")
    if args.dns_server:
        try:
            parse_nameserver(args.dns_server)
        except ValueError:
            return usage_error(args, out, err, "--dns-server", "Write an IP address, optionally "
                               "with a port, like 192.0.2.53:53.")
    reference = ""
    if not args.no_reference:
        try:
            reference = normalize_host(args.reference)
        except ValueError as exc:
            return usage_error(args, out, err, "--reference", str(exc))
    options = PortsOptions(
        host=host, ports=ports, timeout=timeout, reference=reference,
        nameserver=args.dns_server,
        ip_version=IPVersion.V4 if args.ipv4 else IPVersion.V6 if args.ipv6 else IPVersion.AUTO,
        dns_timeout=min(timeout, 5.0) if timeout < 5 else 5.0)
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(f"Probing {host} on port {', '.join(map(str, ports))}"
                  f"{' (control: ' + reference + ')' if reference else ''}…\n")
    result = run_cancellable(lambda: run_ports(options, printer, cancel), cancel)
    if args.json:
        json.dump(result.to_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif printer is not None:
        printer.problems(result)
        printer.verdict(result)
    return exit_code(result)
