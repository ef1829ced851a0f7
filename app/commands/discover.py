"""`smtp-doctor discover ADDRESS|DOMAIN`: find the outgoing server settings."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.discover import GUESS_PORTS, DiscoverOptions, run_discover
from ..core.model import RunResult, Security
from .common import UsageError, common_options, run_and_report, usage_error


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
        timeout = common_options(args)
    except UsageError as exc:
        return usage_error(args, out, err, exc.option, exc.message)
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
    return run_and_report(args, out, f"Looking for the outgoing server of {args.query}…",
                          lambda on_event, cancel: run_discover(options, on_event, cancel),
                          _candidate_lines)


def _candidate_lines(result: RunResult) -> list[str]:
    rank = next((s for s in result.steps if s.id == "rank"), None)
    candidates = rank.facts.get("candidates", []) if rank is not None else []
    if not candidates:
        return []
    lines = ["Candidates, best first:"]
    for number, cand in enumerate(candidates[:12], 1):
        sec = Security(cand["security"]).label
        lines.append(f"  {number:2}. {cand['host']}:{cand['port']} {sec:13}  {cand['summary']}")
        lines.append(f"      from: {'; '.join(cand['sources'])}")
        if cand.get("outside_domain"):
            lines.append(f"      OUTSIDE YOUR DOMAIN: {cand.get('outside_note', '')}")
    return lines
