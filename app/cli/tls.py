"""`smtp-doctor tls HOST`: the presented chain, expiry, protocol and cipher, completeness and
interception."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.tlsinfo import WARN_DAYS, TlsInfoOptions, run_tls_info
from ..core.forms import parse_tls_form
from ..core.text.i18n import N_, msg, msg_n
from ..core.text.width import display_width, ljust
from . import SUMMARIES
from .output import add_tool_options, ip_version_of, run_tool

OPTION_OF_FIELD = {"host": "HOST", "port": "--port", "security": "--security",
                   "warn_days": "--warn-days"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tls", help=msg(SUMMARIES["tls"]),
        description=msg("Show every certificate the server presents (subject, issuer, names, "
                        "validity, key, signature), the days until expiry, the protocol and "
                        "cipher, whether the chain is complete and whether something intercepts "
                        "the connection."))
    parser.add_argument("host", metavar=msg("HOST"),
                        help=msg("mail server, e.g. smtp.example.com"))
    parser.add_argument("--port", "-p", default=None, metavar=msg("PORT"),
                        help=msg("port (default: 465 for SSL/TLS, 587 for STARTTLS)"))
    parser.add_argument("--security", "-s", default="auto", metavar=msg("MODE"),
                        help=msg("auto | tls | starttls (default auto: SSL/TLS on 465, STARTTLS "
                                 "on other ports)"))
    parser.add_argument("--warn-days", default=str(WARN_DAYS), metavar=msg("DAYS"),
                        help=msg("warn when a certificate expires sooner (default {days})",
                                 days=WARN_DAYS))
    add_tool_options(parser, ("10", N_("connect and reply timeout (default {seconds})")),
                     ca_help=N_("trust only the CA certificates in this file"), family=True)
    parser.set_defaults(run=run)


def _chain_lines(result: Any) -> list[str]:
    step = next((s for s in result.steps if s.id == "chain"), None)
    chain = step.facts.get("chain", []) if step is not None else []
    roles = {"server": N_("Server: {subject}"), "intermediate": N_("Intermediate: {subject}"),
             "root": N_("Root: {subject}")}
    labels = [msg("issuer:"), msg("names:"), msg("valid:"), msg("key:"), "SHA-256:"]
    width = max(display_width(label) for label in labels) + 1
    lines: list[str] = []
    for cert in chain:
        names = ", ".join(cert.get("sans") or []) or "—"
        key = f"{cert.get('key_type', '')} {cert.get('key_size') or ''}".strip()
        days = cert.get("days_left")
        valid = f"{cert.get('not_before', '')} … {cert.get('not_after', '')}"
        if isinstance(days, int):
            valid = msg_n("{start} … {end} ({n} day left)", "{start} … {end} ({n} days left)",
                          days, start=cert.get("not_before", ""), end=cert.get("not_after", ""))
        values = [cert.get("issuer", ""), names, valid,
                  msg("{key}; signature {algorithm}", key=key,
                      algorithm=cert.get("signature_algorithm", "")),
                  cert.get("sha256", "")]
        role = roles.get(str(cert.get("role", "")), roles["intermediate"])
        lines.append("  " + msg(role, subject=cert.get("subject", "")))
        lines += [f"      {ljust(label, width)}{value}" for label, value in
                  zip(labels, values, strict=True)]
    return lines


def _chain_details(result: Any) -> list[str]:
    chain = _chain_lines(result)
    return [msg("Certificates, server first:"), *chain] if chain else []


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    form = {"host": args.host, "port": args.port, "security": args.security,
            "timeout": args.timeout, "warn_days": args.warn_days, "ca_file": args.ca_file,
            "nameserver": args.dns_server, "ip_version": ip_version_of(args)}
    return run_tool(args, stdin, out, err, parse_tls_form, form, OPTION_OF_FIELD, TlsInfoOptions,
                    _heading,
                    run_tls_info, _chain_details)


def _heading(options: TlsInfoOptions) -> str:
    return msg("Inspecting the TLS of {host}, port {port} ({mode})…", host=options.host,
               port=options.port, mode=options.mode.label)
