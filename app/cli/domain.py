"""`smtp-doctor domain DOMAIN`: MX, DNSSEC, SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT, DANE and
reverse DNS. After the steps, the human output explains what the security records mean
(``_details``); ``--json`` carries the same explanations in each step's facts."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.domain import DomainOptions, run_domain
from ..core.forms import parse_domain_form
from ..core.model import RunResult
from ..core.text.i18n import N_, msg
from . import SUMMARIES
from .output import add_tool_options, run_tool

OPTION_OF_FIELD = {"domain": "DOMAIN", "selectors": "--selector", "server": "--server",
                   "server_port": "--server-port"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "domain", help=msg(SUMMARIES["domain"]),
        description=msg("Check the DNS records that decide whether your domain's mail is "
                        "delivered and trusted."))
    parser.add_argument("domain", metavar=msg("DOMAIN"), help=msg("e.g. example.com"))
    parser.add_argument("--selector", "-s", action="append", default=[], metavar=msg("SELECTOR"),
                        help=msg("DKIM selector to check (repeatable; s= in a DKIM-Signature)"))
    parser.add_argument("--no-common-selectors", action="store_true",
                        help=msg("check only the --selector selectors"))
    parser.add_argument("--server", default="", metavar=msg("HOST"),
                        help=msg("mail server for the reverse-DNS and greeting checks (default: "
                                 "the first MX)"))
    parser.add_argument("--server-port", default="25", metavar=msg("PORT"),
                        help=msg("SMTP port of the mail servers for the greeting, DANE and "
                                 "MTA-STS certificate checks (default 25)"))
    parser.add_argument("--no-greeting", action="store_true",
                        help=msg("do not connect to the server to read its greeting"))
    add_tool_options(parser, ("5", N_("timeout of each lookup and connection (default "
                                      "{seconds})")),
                     ca_help=N_("trust only these CA certificates for the MTA-STS policy's "
                                "website"),
                     dns_help=N_("ask this DNS server instead of the system's"), https_port=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"domain": args.domain, "selectors": args.selector,
            "common_selectors": not args.no_common_selectors, "server": args.server,
            "server_port": args.server_port, "check_greeting": not args.no_greeting,
            "timeout": args.timeout, "ca_file": args.ca_file, "nameserver": args.dns_server,
            "https_port": args.https_port}
    return run_tool(args, stdin, out, err, parse_domain_form, form, OPTION_OF_FIELD, DomainOptions,
                    lambda options: msg("Checking the mail records of {domain}…",
                                        domain=options.domain),
                    run_domain, _details)


def _details(result: RunResult) -> list[str]:
    """What DNSSEC, DANE, MTA-STS, TLS-RPT, DMARC and BIMI mean for this domain, in words (the
    meanings and verdicts in the placeholders are the engine's)."""
    facts = {s.id: s.facts for s in result.steps}
    lines: list[str] = []
    dnssec = facts.get("dnssec", {})
    if dnssec.get("meaning"):
        lines.append(msg("DNSSEC: {meaning}", meaning=dnssec["meaning"]))
    for host, info in facts.get("dane", {}).get("hosts", {}).items():
        for record in info.get("records", []):
            lines.append(f"{info['name']}: {record['meaning']}")
        if info.get("records") and not info.get("ad_flag"):
            lines.append("  " + msg("not DNSSEC-validated: senders ignore these records"))
        if info.get("matched"):
            lines.append("  " + msg("{host}'s certificate matches {record}", host=host,
                                    record=info["matched"][:5]))
        elif info.get("mismatch"):
            lines.append(f"  {host}: {info['mismatch']}")
        elif isinstance(info.get("certificate"), str):
            lines.append("  " + msg("{host}: certificate {state}", host=host,
                                    state=info["certificate"]))
    sts = facts.get("mta_sts", {})
    if sts.get("mode_meaning"):
        lines.append(msg("MTA-STS mode {meaning}", meaning=sts["mode_meaning"]))
    for host, verdict in sts.get("certificates", {}).items():
        lines.append(f"  {host}: {verdict}")
    rua = facts.get("tls_rpt", {}).get("rua")
    if rua:
        lines.append(msg("TLS-RPT reports go to {addresses}", addresses=", ".join(rua)))
    for sentence in facts.get("dmarc", {}).get("meaning", []):
        lines.append(msg("DMARC: {meaning}", meaning=sentence))
    for gap in facts.get("bimi", {}).get("dmarc_gaps", []):
        lines.append(msg("BIMI needs: {gap}", gap=gap))
    return lines
