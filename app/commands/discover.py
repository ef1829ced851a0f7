"""`smtp-doctor discover ADDRESS|DOMAIN`: find the outgoing server settings."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..cli import Printer, exit_code, run_cancellable
from ..core.cancel import CancelToken
from ..core.checks.discover import GUESS_PORTS, DiscoverOptions, run_discover
from ..core.net import parse_nameserver
from ..core.validate import check_ca_file
from .ports import parse_timeout, usage_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "discover", help="find the outgoing (SMTP) server settings for an address or domain",
        description="Collect candidates from provider presets, MX, SRV records, autoconfig and "
        "usual names; try them all in parallel and rank them.")
    parser.add_argument("query", metavar="ADDRESS|DOMAIN",
                        help="your email address (alice@example.com) or domain")
    parser.add_argument("--timeout", "-t", default="5", metavar="SECONDS",
                        help="connect and reply timeout of each probe (default 5)")
    parser.add_argument("--no-probe", action="store_true",
                        help="only list candidates, do not connect to them")
    parser.add_argument("--ca-file", default="",
                        help="trust only the CA certificates in this file")
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]",
                        help="ask this DNS server instead of the system resolver")
    parser.add_argument("--guess-ports", default="", metavar="PORTS",
                        help="ports tried for guessed names (default 465,587,25,2525)")
    parser.add_argument("--https-port", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
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
    if args.ca_file:
        try:
            check_ca_file(args.ca_file)
        except ValueError as exc:
            return usage_error(args, out, err, "--ca-file", str(exc))
    guess_ports = GUESS_PORTS
    if args.guess_ports:
        try:
            guess_ports = tuple(int(p) for p in args.guess_ports.split(",") if p.strip())
            if not guess_ports or not all(0 < p < 65536 for p in guess_ports):
                raise ValueError(args.guess_ports)
        except ValueError:
            return usage_error(args, out, err, "--guess-ports",
                               "Ports are numbers from 1 to 65535, separated by commas.")
    options = DiscoverOptions(query=args.query, nameserver=args.dns_server,
                              ca_file=args.ca_file, timeout=timeout,
                              dns_timeout=min(timeout, 5.0), https_port=args.https_port,
                              guess_ports=guess_ports, probe=not args.no_probe)
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(f"Looking for the outgoing server of {args.query}…\n")
    result = run_cancellable(lambda: run_discover(options, printer, cancel), cancel)
    if args.json:
        json.dump(result.to_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return exit_code(result)
    assert printer is not None
    rank = next((s for s in result.steps if s.id == "rank"), None)
    candidates = rank.facts.get("candidates", []) if rank is not None else []
    if candidates:
        out.write("\nCandidates, best first:\n")
        for number, cand in enumerate(candidates[:12], 1):
            sec = {"tls": "SSL/TLS", "starttls": "STARTTLS", "none": "none"}[cand["security"]]
            out.write(f"  {number:2}. {cand['host']}:{cand['port']} {sec:8}  {cand['summary']}\n"
                      f"      from: {'; '.join(cand['sources'])}\n")
    printer.problems(result)
    printer.verdict(result)
    return exit_code(result)
