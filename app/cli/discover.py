"""`smtp-doctor discover ADDRESS|DOMAIN`: find the outgoing server settings."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.discover import DiscoverOptions, run_discover
from ..core.forms import parse_discover_form
from ..core.model import RunResult, Security
from ..core.text.i18n import N_, msg
from ..core.text.width import display_width, ljust
from . import SUMMARIES
from .output import add_tool_options, run_tool

OPTION_OF_FIELD = {"query": "ADDRESS|DOMAIN", "guess_ports": "--guess-ports"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "discover", help=msg(SUMMARIES["discover"]),
        description=msg("Collect candidates from provider presets, MX, SRV records, autoconfig "
                        "and usual names; try them all in parallel and rank them."))
    parser.add_argument("query", metavar=msg("ADDRESS|DOMAIN"),
                        help=msg("your email address (alice@example.com) or domain"))
    parser.add_argument("--no-probe", action="store_true",
                        help=msg("only list candidates, do not connect to them"))
    parser.add_argument("--guess-ports", default="", metavar=msg("PORTS"),
                        help=msg("ports tried for guessed names (default 465,587,25,2525)"))
    add_tool_options(parser, ("5", N_("connect and reply timeout of each probe (default "
                                      "{seconds})")),
                     ca_help=N_("trust only the CA certificates in this file"), https_port=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"query": args.query, "timeout": args.timeout, "probe": not args.no_probe,
            "ca_file": args.ca_file, "nameserver": args.dns_server,
            "guess_ports": args.guess_ports, "https_port": args.https_port}
    return run_tool(args, stdin, out, err, parse_discover_form, form, OPTION_OF_FIELD,
                    DiscoverOptions,
                    lambda options: msg("Looking for the outgoing server of {query}…",
                                        query=options.query),
                    run_discover, _candidate_lines)


def _candidate_lines(result: RunResult) -> list[str]:
    rank = next((s for s in result.steps if s.id == "rank"), None)
    candidates = rank.facts.get("candidates", []) if rank is not None else []
    if not candidates:
        return []
    shown = candidates[:12]
    # a table cell: "No encryption" capitalised, as the desktop app's table writes it
    words = [msg("No encryption") if cand["security"] == Security.NONE.value else
             Security(cand["security"]).label for cand in shown]
    width = max(display_width(word) for word in words)
    lines = [msg("Candidates, best first:")]
    for number, (cand, word) in enumerate(zip(shown, words, strict=True), 1):
        lines.append(f"  {number:2}. {cand['host']}:{cand['port']} {ljust(word, width)}  "
                     f"{cand['summary']}")
        lines.append("      " + msg("from: {sources}", sources="; ".join(cand["sources"])))
        if cand.get("outside_domain"):
            lines.append("      " + msg("OUTSIDE YOUR DOMAIN: {note}",
                                        note=cand.get("outside_note", "")))
    return lines
