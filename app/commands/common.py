"""What the tool subcommands share: usage errors, the common option checks, and running a check
with live output (a line per step, or one JSON object at the end)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from ..cli import EXIT_USAGE, Printer, exit_code, run_cancellable, write_json
from ..core.cancel import CancelToken
from ..core.model import Event, IPVersion, RunResult
from ..core.net import parse_nameserver
from ..core.validate import check_ca_file


class UsageError(ValueError):
    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


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


def common_options(args: argparse.Namespace) -> float:
    """Check --timeout, --dns-server and --ca-file (where the command has them); the timeout."""
    try:
        timeout = parse_timeout(args.timeout)
    except ValueError:
        raise UsageError("--timeout", "Give a number of seconds above 0.") from None
    if getattr(args, "dns_server", ""):
        try:
            parse_nameserver(args.dns_server)
        except ValueError:
            raise UsageError("--dns-server", "Write an IP address, optionally with a port, like "
                             "192.0.2.53:53.") from None
    if getattr(args, "ca_file", ""):
        try:
            check_ca_file(args.ca_file)
        except ValueError as exc:
            raise UsageError("--ca-file", str(exc)) from None
    return timeout


def ip_version(args: argparse.Namespace) -> IPVersion:
    if getattr(args, "ipv4", False):
        return IPVersion.V4
    return IPVersion.V6 if getattr(args, "ipv6", False) else IPVersion.AUTO


RunFunc = Callable[[Callable[[Event], None] | None, CancelToken], RunResult]


def run_and_report(args: argparse.Namespace, out: TextIO, heading: str, func: RunFunc,
                   details: Callable[[RunResult], list[str]] | None = None) -> int:
    """Run ``func(on_event, cancel)`` with Ctrl-C support; print as it goes, or JSON at the end."""
    cancel = CancelToken()
    printer = None if args.json else Printer(out)
    if printer is not None:
        out.write(heading + "\n")
    result = run_cancellable(lambda: func(printer, cancel), cancel)
    if printer is None:
        write_json(result.to_dict(), out)
        return exit_code(result)
    lines = details(result) if details is not None else []
    if lines:
        out.write("\n" + "\n".join(lines) + "\n")
    printer.problems(result)
    printer.verdict(result)
    return exit_code(result)
