"""The proxy options every command shares: ``--proxy`` and ``--proxy-password-stdin``.

The proxy's password never comes from the command line (the shell history and the process list
would show it): from standard input (after the mail password, when a command reads both), or
from the keychain entry the app saved for that proxy (``user@host:port``).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from ..core.text.i18n import N_, msg

PROXY_OPTIONS = {"proxy": "--proxy", "proxy_password": "--proxy-password-stdin"}
PROXY_HELP = N_("connect through this proxy: socks5://[user@]host:port, socks5h://… (the "
                "proxy looks up names), http://[user@]host:port (HTTP CONNECT) or system (this "
                "computer's proxy settings); never put the password in it")


def add_proxy_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--proxy", default="", metavar=msg("URL"), help=msg(PROXY_HELP))
    parser.add_argument("--proxy-password-stdin", action="store_true",
                        help=msg("read the proxy's password from standard input (its next line; "
                                 "typed at a terminal: asked for, without echo); otherwise the "
                                 "password saved in the keychain for that proxy and user is used"))


def proxy_form(args: argparse.Namespace, stdin: TextIO) -> dict[str, object]:
    """The form fields ``proxy`` and ``proxy_password`` from the options (checked later, with
    the rest of the form, by app.core.validate.read_proxy)."""
    from .check import read_stdin_line

    text = str(getattr(args, "proxy", "") or "").strip()
    if getattr(args, "proxy_password_stdin", False):
        return {"proxy": text, "proxy_password": read_stdin_line(stdin, msg("Proxy password: "))}
    return {"proxy": text, "proxy_password": _saved_password(text)}


def _saved_password(text: str) -> str:
    """The keychain's password for the proxy ``text`` names with a user, or ""."""
    from ..core.protocol.proxy import parse_proxy

    try:
        proxy = parse_proxy(text) if text else None
    except ValueError:
        return ""  # the form check says what is wrong with it
    if proxy is None or not proxy.username:
        return ""
    from ..core.storage import secrets

    result = secrets.get_proxy_password(secrets.proxy_account(proxy.username, proxy.host,
                                                              proxy.port))
    return result.value or "" if result.ok else ""
