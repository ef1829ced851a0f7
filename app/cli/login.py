"""`smtp-doctor login microsoft|google|custom`: OAuth 2 sign-in for SMTP, with the refresh token in
the system keychain (docs/oauth.md); and the hook that gives `check --auth xoauth2|oauthbearer
--profile NAME` its (refreshed) access token."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TextIO

from ..core.cancel import Cancelled, CancelToken
from ..core.text.i18n import msg, msg_n
from . import SUMMARIES
from .check import read_stdin_line
from .output import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    _is_utf,
    run_cancellable,
    usage_error,
    write_json,
)

PROVIDERS = ("microsoft", "google", "custom")
OAUTH_AUTH = ("xoauth2", "oauthbearer")


def register(subparsers: Any) -> None:
    login = subparsers.add_parser(
        "login", help=msg(SUMMARIES["login"]),
        description=msg("Sign in the way a modern mail app does and keep the sign-in (its "
                        "refresh token) in the system keychain under --profile, so that `check "
                        "--auth xoauth2 --profile NAME` can log in to SMTP with OAuth. "
                        "Microsoft: browser sign-in, or --device-code to sign in on another "
                        "device. Google and other providers: browser sign-in with PKCE."))
    login.add_argument("provider", metavar=msg("PROVIDER"),
                       help=msg("microsoft | google | custom"))
    login.add_argument("--device-code", action="store_true",
                       help=msg("Microsoft: show a code to enter at microsoft.com/devicelogin "
                                "instead of opening a browser here"))
    login.add_argument("--profile", default="Default", metavar=msg("NAME"),
                       help=msg("profile to keep the sign-in under (default: Default)"))
    login.add_argument("--tenant", default="", metavar=msg("TENANT"),
                       help=msg("Microsoft: organizations (default), consumers, common, or your "
                                "tenant id or domain"))
    login.add_argument("--client-id", default="", metavar=msg("ID"),
                       help=msg("your own app registration's client id"))
    login.add_argument("--client-secret-stdin", action="store_true",
                       help=msg("read the client secret from standard input (Google Desktop app "
                                "clients and providers that insist on one)"))
    login.add_argument("--issuer", default="", metavar=msg("URL"),
                       help=msg("custom: the OpenID issuer (its "
                                "/.well-known/openid-configuration names the endpoints)"))
    login.add_argument("--authorization-endpoint", default="", metavar=msg("URL"))
    login.add_argument("--token-endpoint", default="", metavar=msg("URL"))
    login.add_argument("--revocation-endpoint", default="", metavar=msg("URL"))
    login.add_argument("--scope", action="append", default=[], metavar=msg("SCOPE"),
                       help=msg("custom: a scope the SMTP token needs (repeat for more)"))
    login.add_argument("--authority", default="", metavar=msg("URL"),
                       help=msg("Microsoft: another OpenID authority instead of "
                                "login.microsoftonline.com (sovereign clouds, tests)"))
    login.add_argument("--login-hint", default="", metavar=msg("ADDRESS"),
                       help=msg("the account to sign in as (pre-filled on the sign-in page)"))
    login.add_argument("--timeout", default="300", metavar=msg("SECONDS"),
                       help=msg("how long to wait for you to finish signing in (default 300)"))
    login.add_argument("--no-browser", action="store_true",
                       help=msg("don't open a browser: print the address to open instead"))
    login.add_argument("--oauth-ca-file", default="", metavar=msg("FILE"),
                       help=msg("trust only the CA certificates in this file for the sign-in "
                                "service (default: the system's trust store)"))
    login.add_argument("--json", action="store_true", help=msg("print one JSON object"))
    login.set_defaults(run=run)


def _iso(when: float) -> str:
    return dt.datetime.fromtimestamp(when, dt.timezone.utc).isoformat(timespec="seconds")


class _Progress:
    """Sign-in events as lines: the device code, the address to open, a countdown."""

    def __init__(self, out: TextIO, err: TextIO, quiet: bool) -> None:
        self.out = out if not quiet else err
        self.err = err
        self.tty = bool(getattr(err, "isatty", lambda: False)())
        self.last_shown = -1

    def __call__(self, event: Any) -> None:
        from ..core.oauth import BrowserOpened, DeviceCode, Waiting

        if isinstance(event, DeviceCode):
            minutes = round(event.expires_in / 60)
            self.out.write(msg("To sign in, open {address} and enter the code {code}",
                               address=event.verification_uri, code=event.user_code) + "\n"
                           + msg_n("(the code is valid for {n} minute; Ctrl-C cancels)",
                                   "(the code is valid for {n} minutes; Ctrl-C cancels)",
                                   minutes) + "\n")
            self.out.flush()
        elif isinstance(event, BrowserOpened):
            self.out.write(msg("Sign in in your browser. If it did not open, open this "
                               "address:") + f"\n  {event.url}\n"
                           + msg("(waiting for the answer at {address}; Ctrl-C cancels)",
                                 address=event.redirect_uri) + "\n")
            self.out.flush()
        elif isinstance(event, Waiting):
            left = int(event.seconds_left)
            if self.tty:
                self.err.write("\r" + msg("Waiting for the sign-in… {time} left",
                                          time=f"{left // 60}:{left % 60:02d}") + " ")
                self.err.flush()
            elif left // 60 != self.last_shown // 60 and left % 60 == 0:
                self.err.write(msg_n("Waiting for the sign-in… {n} minute left",
                                     "Waiting for the sign-in… {n} minutes left", left // 60)
                               + "\n")
            self.last_shown = left


def _failure(args: argparse.Namespace, out: TextIO, err: TextIO, exc: Any) -> int:
    from ..core.knowledge.diagnoses import advise

    advice = advise(exc.diagnosis, {"error": exc.error or exc.summary, **exc.facts})
    if args.json:
        write_json({"signed_in": False, "diagnosis": exc.diagnosis, "message": exc.summary,
                    "facts": exc.facts, "advice": advice.to_dict()}, out)
    else:
        err.write(f"\nsmtp-doctor: {exc.summary}\n")
        mark = "✘" if _is_utf(out) else "x"
        out.write(f"\n{mark} {advice.title}  [{advice.id}]\n  "
                  + msg("Why: {cause}", cause=advice.cause) + "\n")
        if advice.fixes:
            out.write("  " + msg("What to do:") + "\n")
            for number, fix in enumerate(advice.fixes, 1):
                out.write(f"    {number}. {fix}\n")
    return EXIT_FAILED


def _open_url(no_browser: bool) -> Any:
    if no_browser:
        return lambda _url: False

    def open_url(url: str) -> bool:
        import webbrowser

        try:
            return webbrowser.open(url)
        except Exception:  # a missing or broken browser: the address is printed anyway
            return False

    return open_url


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    from ..core import oauth

    name = str(args.provider).lower()
    if name not in PROVIDERS:
        return usage_error(args, out, err, "PROVIDER", msg("Choose microsoft, google or custom."))
    try:
        timeout = float(args.timeout)
        if not 0 < timeout <= 3600:
            raise ValueError
    except ValueError:
        return usage_error(args, out, err, "--timeout",
                           msg("Give a number of seconds (1 to 3600)."))
    secret = read_stdin_line(stdin, msg("Client secret: ")) if args.client_secret_stdin else ""
    try:
        provider = oauth.resolve(
            name, client_id=args.client_id, client_secret=secret, tenant=args.tenant,
            issuer=args.issuer, oidc_authority=args.authority,
            authorization_endpoint=args.authorization_endpoint,
            token_endpoint=args.token_endpoint, revocation_endpoint=args.revocation_endpoint,
            scopes=tuple(args.scope))
    except oauth.ProviderError as exc:
        option = {"client_id": "--client-id", "client_secret": "--client-secret-stdin",
                  "issuer": "--issuer", "scopes": "--scope"}.get(exc.option, "PROVIDER")
        return usage_error(args, out, err, option, exc.message)
    if args.device_code and not provider.device_code:
        return usage_error(args, out, err, "--device-code",
                           msg("{provider} sign-in has no device-code flow here; leave out "
                               "--device-code to sign in in the browser.",
                               provider=provider.name))
    cancel = CancelToken()
    progress = _Progress(out, err, args.json)

    def work() -> Any:
        tokens = oauth.sign_in(provider, cancel=cancel, device_code=args.device_code,
                               on_event=progress, open_url=_open_url(args.no_browser),
                               timeout=timeout, login_hint=args.login_hint,
                               ca_file=args.oauth_ca_file)
        return tokens, oauth.save(args.profile, provider, tokens)

    try:
        tokens, saved = run_cancellable(work, cancel)
    except Cancelled:
        err.write("\nsmtp-doctor: " + msg("sign-in cancelled") + "\n")
        return EXIT_CANCELLED
    except oauth.OAuthError as exc:
        return _failure(args, out, err, exc)
    if progress.tty:
        err.write("\n")
    if args.json:
        write_json({"signed_in": True, "provider": provider.id, "account": tokens.account,
                    "profile": args.profile, "expires_at": _iso(tokens.expires_at),
                    "saved_in_keychain": saved.saved, "sasl": provider.sasl,
                    "message": saved.message}, out)
    else:
        out.write(msg("Signed in with {provider} as {account} (profile {profile}); the access "
                      "token is valid until {time}.", provider=provider.name,
                      account=tokens.account, profile=args.profile,
                      time=_iso(tokens.expires_at)) + f"\n{saved.message}\n")
        if saved.saved:
            command = (f"smtp-doctor check {provider.smtp_host or 'HOST'} --user "
                       f"{tokens.account} --auth {provider.sasl} --profile {args.profile}")
            out.write(msg("Test it: {command}", command=command) + "\n")
    return EXIT_OK


def stored_token(args: argparse.Namespace, auth: str) -> str:
    """For `check`: the profile's access token (refreshed when expired) when the login is OAuth
    and no token came on standard input. Raises ``InputError`` when there is none."""
    from ..core import oauth
    from ..core.validate import FieldError, InputError

    if auth not in OAUTH_AUTH:
        return ""
    cancel = CancelToken()
    try:
        tokens = oauth.access_token(args.profile, cancel=cancel,
                                    ca_file=getattr(args, "oauth_ca_file", ""))
    except oauth.OAuthError as exc:
        raise InputError([FieldError("oauth_token", f"{exc.summary} [{exc.diagnosis}]",
                                     exc.diagnosis)]) from None
    return tokens.access_token


__all__ = ["register", "run", "stored_token"]
