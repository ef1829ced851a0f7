"""`smtp-doctor tls HOST`: the presented chain, expiry, protocol and cipher, completeness and
interception."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..cli import Printer, exit_code, run_cancellable
from ..core.cancel import CancelToken
from ..core.checks.tlsinfo import WARN_DAYS, TlsInfoOptions, run_tls_info
from ..core.model import IPVersion, Security, Timeouts
from ..core.net import parse_nameserver
from ..core.validate import check_ca_file, normalize_host
from .ports import parse_timeout, usage_error

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
        timeout = parse_timeout(args.timeout)
    except ValueError:
        return usage_error(args, out, err, "--timeout", "Give a number of seconds above 0.")
    if not 0 <= args.warn_days <= 3650:
        return usage_error(args, out, err, "--warn-days", "Give a number of days from 0 to 3650.")
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
    options = TlsInfoOptions(
        host=host, port=port, security=security, ca_file=args.ca_file,
        nameserver=args.dns_server,
        ip_version=IPVersion.V4 if args.ipv4 else IPVersion.V6 if args.ipv6 else IPVersion.AUTO,
        timeouts=Timeouts(connect=timeout, reply=timeout, step=timeout * 2,
                          dns=min(timeout, 5.0)),
        warn_days=args.warn_days)
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(f"Inspecting the TLS of {host}, port {port} ({options.mode.label})…\n")
    result = run_cancellable(lambda: run_tls_info(options, printer, cancel), cancel)
    if args.json:
        json.dump(result.to_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return exit_code(result)
    assert printer is not None
    chain = _chain_lines(result)
    if chain:
        out.write("\nCertificates, server first:\n" + "\n".join(chain) + "\n")
    printer.problems(result)
    printer.verdict(result)
    return exit_code(result)
