"""`smtp-doctor tls HOST`: the presented chain, expiry, protocol and cipher, completeness and
interception."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.checks.tlsinfo import WARN_DAYS, TlsInfoOptions, run_tls_info
from ..core.model import Security, Timeouts
from ..core.validate import normalize_host
from .common import UsageError, common_options, ip_version, run_and_report, usage_error

SECURITY_CHOICES = {"auto": None, "tls": Security.TLS, "ssl": Security.TLS,
                    "starttls": Security.STARTTLS}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tls", help="inspect a mail server's TLS: certificate chain, expiry, protocol, "
        "interception",
        description="Show every certificate the server presents (subject, issuer, names, "
        "validity, key, signature), the days until expiry, the protocol and cipher, whether the "
        "chain is complete and whether something intercepts the connection.")
    parser.add_argument("host", metavar="HOST", help="mail server, e.g. smtp.example.com")
    parser.add_argument("--port", "-p", default=None, metavar="PORT",
                        help="port (default: 465 for SSL/TLS, 587 for STARTTLS)")
    parser.add_argument("--security", "-s", default="auto", metavar="MODE",
                        help="auto | tls | starttls (default auto: SSL/TLS on 465, STARTTLS on "
                        "other ports)")
    parser.add_argument("--ca-file", default="",
                        help="trust only the CA certificates in this file")
    parser.add_argument("--dns-server", default="", metavar="IP[:PORT]",
                        help="ask this DNS server instead of the system resolver")
    parser.add_argument("--timeout", "-t", default="10", metavar="SECONDS",
                        help="connect and reply timeout (default 10)")
    parser.add_argument("--warn-days", type=int, default=WARN_DAYS, metavar="DAYS",
                        help=f"warn when a certificate expires sooner (default {WARN_DAYS})")
    family = parser.add_mutually_exclusive_group()
    family.add_argument("-4", dest="ipv4", action="store_true", help="IPv4 only")
    family.add_argument("-6", dest="ipv6", action="store_true", help="IPv6 only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def _chain_lines(result: Any) -> list[str]:
    step = next((s for s in result.steps if s.id == "chain"), None)
    chain = step.facts.get("chain", []) if step is not None else []
    lines: list[str] = []
    for cert in chain:
        names = ", ".join(cert.get("sans") or []) or "—"
        key = f"{cert.get('key_type', '')} {cert.get('key_size') or ''}".strip()
        lines += [f"  {str(cert.get('role', '')).capitalize()}: {cert.get('subject', '')}",
                  f"      issuer:    {cert.get('issuer', '')}",
                  f"      names:     {names}",
                  f"      valid:     {cert.get('not_before', '')} … {cert.get('not_after', '')}"
                  f" ({cert.get('days_left')} days left)",
                  f"      key:       {key}; signature {cert.get('signature_algorithm', '')}",
                  f"      sha256:    {cert.get('sha256', '')}"]
    return lines


def _chain_details(result: Any) -> list[str]:
    chain = _chain_lines(result)
    return ["Certificates, server first:", *chain] if chain else []


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    try:
        host = normalize_host(args.host)
    except ValueError as exc:
        return usage_error(args, out, err, "HOST", str(exc))
    mode = str(args.security).lower()
    if mode not in SECURITY_CHOICES:
        return usage_error(args, out, err, "--security", "Choose auto, tls or starttls.")
    security = SECURITY_CHOICES[mode]
    if args.port is None:
        port = 587 if security is Security.STARTTLS else 465
    else:
        text = str(args.port).strip()
        if not text.isdigit() or not 0 < int(text) < 65536:
            return usage_error(args, out, err, "--port", "Ports are numbers from 1 to 65535.")
        port = int(text)
    try:
        timeout = common_options(args)
    except UsageError as exc:
        return usage_error(args, out, err, exc.option, exc.message)
    if not 0 <= args.warn_days <= 3650:
        return usage_error(args, out, err, "--warn-days", "Give a number of days from 0 to 3650.")
    options = TlsInfoOptions(
        host=host, port=port, security=security, ca_file=args.ca_file,
        nameserver=args.dns_server,
        ip_version=ip_version(args),
        timeouts=Timeouts(connect=timeout, reply=timeout, step=timeout * 2,
                          dns=min(timeout, 5.0)),
        warn_days=args.warn_days)
    heading = f"Inspecting the TLS of {host}, port {port} ({options.mode.label})…"
    return run_and_report(args, out, heading,
                          lambda on_event, cancel: run_tls_info(options, on_event, cancel),
                          _chain_details)
