"""SASL mechanisms for SMTP AUTH. Every line that carries a credential is shown redacted."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from .errors import ProtocolFailure
from .model import AuthMethod
from .smtp import Channel, Reply

# Strongest first. XOAUTH2 is used only when a token is supplied.
AUTO_PREFERENCE = (AuthMethod.CRAM_MD5, AuthMethod.PLAIN, AuthMethod.LOGIN)


def offered_mechanisms(capabilities: dict[str, str]) -> list[str]:
    return [m.upper() for m in capabilities.get("AUTH", "").split()]


def choose_mechanism(requested: AuthMethod, offered: list[str], has_token: bool) -> AuthMethod:
    """The mechanism to use; raises LookupError when the requested one is not offered."""
    if requested is AuthMethod.AUTO:
        if has_token and "XOAUTH2" in offered:
            return AuthMethod.XOAUTH2
        for method in AUTO_PREFERENCE:
            if method.sasl_name in offered:
                return method
        raise LookupError("none of PLAIN, LOGIN, CRAM-MD5 is offered")
    if requested.sasl_name not in offered:
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
                              "The server's AUTH challenge is not valid base64",
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
        if method is AuthMethod.XOAUTH2:
            payload = _b64(f"user={username}\x01auth=Bearer {token}\x01\x01")
            reply = channel.command(f"AUTH XOAUTH2 {payload}", "AUTH XOAUTH2 [token redacted]")
            if reply.code == 334:
                # The server explains the failure in base64 JSON; an empty line ends the exchange.
                # (decoded here, so scrubbed here: a server may quote the token in it)
                try:
                    detail = json.loads(base64.b64decode(reply.lines[0]))
                    error = json.dumps(detail, sort_keys=True)
                except (ValueError, IndexError):
                    error = reply.lines[0] if reply.lines else ""
                extra["oauth_error"] = channel.transcript.redactor.scrub(error)
                reply = channel.command("")
            return reply, extra
    except _AuthEnded as ended:
        return ended.reply, extra
    raise ValueError(f"no SASL exchange for {method}")


def classify_auth_reply(reply: Reply, tls: bool) -> str | None:
    """None when logged in; otherwise the diagnosis id for the AUTH reply."""
    if reply.code == 235:
        return None
    if reply.positive:  # 2xx/3xx that is not "235 authenticated": the server is confused
        return "smtp.protocol_error"
    enhanced = reply.enhanced
    if enhanced == "5.7.139":
        return "auth.disabled"
    if reply.code == 534 or enhanced in ("5.7.9", "5.7.14"):
        return "auth.app_password_required"
    if reply.code == 538 or (reply.code == 530 and not tls) or enhanced == "5.7.11":
        return "auth.encryption_required"
    if reply.code in (504, 502) or enhanced == "5.5.4":
        return "auth.mechanism_unsupported"
    return "auth.failed"
