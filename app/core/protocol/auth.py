"""SASL mechanisms for SMTP AUTH. Every line that carries a credential is shown redacted."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable

from ..errors import ProtocolFailure
from ..model import AuthMethod
from ..text.i18n import msg
from .smtp import Channel, Reply

# Strongest first. XOAUTH2 is used only when a token is supplied.
AUTO_PREFERENCE = (AuthMethod.CRAM_MD5, AuthMethod.PLAIN, AuthMethod.LOGIN)


def offered_mechanisms(capabilities: dict[str, str]) -> list[str]:
    return [m.upper() for m in capabilities.get("AUTH", "").split()]


def choose_mechanism(requested: AuthMethod, offered: list[str], has_token: bool) -> AuthMethod:
    """The mechanism to use; raises LookupError when the requested one is not offered.

    The two OAuth mechanisms carry the same token: asked for one the server does not offer, the
    other one is used when the server advertises it."""
    oauth = [m for m in (AuthMethod.XOAUTH2, AuthMethod.OAUTHBEARER) if m.sasl_name in offered]
    if requested is AuthMethod.AUTO:
        if has_token and oauth:
            return oauth[0]
        for method in AUTO_PREFERENCE:
            if method.sasl_name in offered:
                return method
        raise LookupError("none of PLAIN, LOGIN, CRAM-MD5 is offered")
    if requested.sasl_name not in offered:
        if requested.is_oauth and oauth:
            return oauth[0]
        raise LookupError(f"{requested.sasl_name} is not offered")
    return requested


def _b64(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.b64encode(data).decode("ascii")


def _expect_challenge(reply: Reply) -> bytes:
    if reply.code != 334:
        raise _AuthEnded(reply)
    try:
        return base64.b64decode(reply.lines[0].strip() or b"", validate=True)
    except (ValueError, IndexError):
        raise ProtocolFailure("smtp.protocol_error",
                              msg("The server's AUTH challenge is not valid base64"),
                              {"reply": reply.short()}) from None


class _AuthEnded(Exception):
    """The server answered with a final reply before the exchange finished."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.short())
        self.reply = reply


def authenticate(channel: Channel, method: AuthMethod, username: str, password: str,
                 token: str) -> tuple[Reply, dict[str, str]]:
    """Run one AUTH exchange; returns the final reply and extra facts (e.g. an OAuth error)."""
    extra: dict[str, str] = {}
    try:
        if method is AuthMethod.PLAIN:
            payload = _b64(f"\0{username}\0{password}")
            return channel.command(f"AUTH PLAIN {payload}",
                                   "AUTH PLAIN [credentials redacted]"), extra
        if method is AuthMethod.LOGIN:
            _expect_challenge(channel.command("AUTH LOGIN"))
            _expect_challenge(channel.command(_b64(username), f"{_b64(username)}  [username]"))
            return channel.command(_b64(password), "[password redacted]"), extra
        if method is AuthMethod.CRAM_MD5:
            challenge = _expect_challenge(channel.command("AUTH CRAM-MD5"))
            digest = hmac.new(password.encode("utf-8"), challenge, hashlib.md5).hexdigest()
            return channel.command(_b64(f"{username} {digest}"),
                                   "[CRAM-MD5 response redacted]"), extra
        if method.is_oauth:
            if method is AuthMethod.XOAUTH2:
                payload = _b64(f"user={username}\x01auth=Bearer {token}\x01\x01")
                abort = ""  # Google: an empty line ends a failed exchange
            else:  # RFC 7628 3.1: GS2 header, then key/value pairs
                payload = _b64(f"n,a={username},\x01auth=Bearer {token}\x01\x01")
                abort = "AQ=="  # RFC 7628 3.2.3: the client answers an error with %x01
            reply = channel.command(f"AUTH {method.sasl_name} {payload}",
                                    f"AUTH {method.sasl_name} [token redacted]")
            if reply.code == 334:
                # The server explains the failure in base64 JSON (decoded here, so scrubbed
                # here: a server may quote the token in it); the client then ends the exchange.
                extra.update(oauth_error_facts(reply.lines[0] if reply.lines else "",
                                               channel.transcript.redactor.scrub))
                reply = channel.command(abort)
            return reply, extra
    except _AuthEnded as ended:
        return ended.reply, extra
    raise ValueError(f"no SASL exchange for {method}")


def oauth_error_facts(line: str, scrub: Callable[[str], str]) -> dict[str, str]:
    """Facts from a 334 OAuth error challenge: Google's XOAUTH2 ``{"status": "401", "schemes":
    …, "scope": …}`` or RFC 7628's ``{"status": "invalid_token", "scope": …,
    "openid-configuration": …}``."""
    facts: dict[str, str] = {}
    try:
        detail = json.loads(base64.b64decode(line.strip(), validate=True))
    except (ValueError, TypeError):
        detail = None
    if not isinstance(detail, dict):
        facts["oauth_error"] = scrub(line)
        return facts
    facts["oauth_error"] = scrub(json.dumps(detail, sort_keys=True))
    for key, fact in (("status", "oauth_status"), ("scope", "oauth_scope"),
                      ("schemes", "oauth_schemes"),
                      ("openid-configuration", "oauth_openid_configuration")):
        value = detail.get(key)
        if isinstance(value, (str, int)) and str(value):
            facts[fact] = scrub(str(value))
    return facts


def next_mechanism(offered: list[str], tried: list[AuthMethod], has_token: bool
                   ) -> AuthMethod | None:
    """The next advertised mechanism to try after the server refused one it advertised (504
    5.5.4): the strongest offered one not yet tried, of the same kind (token or password)."""
    kinds = ((AuthMethod.XOAUTH2, AuthMethod.OAUTHBEARER) if has_token
             else AUTO_PREFERENCE)
    return next((m for m in kinds if m.sasl_name in offered and m not in tried), None)
