"""`smtp-doctor logout`: revoke the profile's OAuth sign-in where the provider supports it and
delete it from the system keychain (docs/oauth.md)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..core.cancel import Cancelled, CancelToken
from ..core.text.i18n import msg
from . import SUMMARIES
from .output import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    run_cancellable,
    usage_error,
    write_json,
)


def register(subparsers: Any) -> None:
    logout = subparsers.add_parser(
        "logout", help=msg(SUMMARIES["logout"]))
    logout.add_argument("--profile", default="Default", metavar=msg("NAME"),
                        help=msg("profile (default: Default)"))
    logout.add_argument("--oauth-ca-file", default="", metavar=msg("FILE"),
                        help=msg("trust only the CA certificates in this file for the provider"))
    logout.add_argument("--json", action="store_true", help=msg("print one JSON object"))
    logout.set_defaults(run=run)


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from ..core import oauth

    if not str(args.profile).strip():
        return usage_error(args, out, err, "--profile", msg("Give the profile name to sign out."))
    cancel = CancelToken()
    try:
        result = run_cancellable(lambda: oauth.sign_out(
            args.profile, cancel=cancel, ca_file=args.oauth_ca_file), cancel)
    except Cancelled:
        return EXIT_CANCELLED
    if args.json:
        write_json({"profile": args.profile, "revoked": result.revoked,
                    "removed": result.forgotten, "message": result.message}, out)
    else:
        out.write(result.message + "\n")
    return EXIT_OK if result.forgotten else EXIT_FAILED
