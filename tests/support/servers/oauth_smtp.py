"""An SMTP server (aiosmtpd) that takes OAuth bearer tokens and checks them for real.

``OAuthSmtpServer`` is ``tests.support.servers.smtpd.SmtpServer`` plus the SASL mechanisms XOAUTH2
(Google/Microsoft) and OAUTHBEARER (RFC 7628). Each token is validated against the bed's
authorization server by RFC 7662 introspection (an HTTPS call, verifying the test CA): it must
be active, carry the required scope and belong to the user named in the SASL message.

Bad tokens are answered the way the providers answer them:

* ``provider="microsoft"`` (smtp.office365.com), XOAUTH2: ``535 5.7.3 Authentication
  unsuccessful`` straight away.
  https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
* ``provider="google"`` (smtp.gmail.com), XOAUTH2: a ``334`` challenge carrying
  base64 ``{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}``; after
  the client's empty line, ``535-5.7.8 Username and Password not accepted. ...``.
  https://developers.google.com/workspace/gmail/imap/xoauth2-protocol ("Error response")
* OAUTHBEARER (both): RFC 7628 §3.2.2 - ``334`` + base64 ``{"status":"invalid_token",
  "scope":..., "openid-configuration":...}``, the client answers ``AQ==`` (%x01), then
  ``535 5.7.8 Authentication credentials invalid`` (the SMTP example in RFC 7628 §4.1 /
  aiosmtpd's own wording).

Password (Basic) logins can be refused like Exchange Online does (``basic_auth_reply``; the
``REPLY_*`` constants below), and a valid token can still be refused (``oauth_reply``) like a
mailbox or tenant with SMTP AUTH turned off.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

import httpx
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword

from tests.support.servers.oauth_as import (
    RESOURCE_CLIENT_ID,
    RESOURCE_CLIENT_SECRET,
    SCOPE_GMAIL,
    SCOPE_M365_SMTP,
    AuthServer,
)
from tests.support.servers.smtpd import SmtpServer, _DoctorSMTP

Provider = Literal["microsoft", "google"]
OAUTH_MECHANISMS: Final[tuple[str, ...]] = ("XOAUTH2", "OAUTHBEARER")

# --- Exchange Online (Microsoft 365) -----------------------------------------------------
# https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
REPLY_MS_OAUTH_FAILED: Final = "535 5.7.3 Authentication unsuccessful"
# https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750
REPLY_MS_BASIC_NOT_SUPPORTED: Final = (
    "550 5.7.30 Basic authentication is not supported for Client Submission."
)
# https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
# ("Troubleshooting": the 5.7.139 variants)
REPLY_MS_BASIC_DISABLED: Final = (
    "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."
)
REPLY_MS_SMTP_AUTH_DISABLED_TENANT: Final = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
)
REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX: Final = (
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
    "Mailbox."
)
REPLY_MS_SECURITY_DEFAULTS: Final = (
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security "
    "defaults policy."
)
REPLY_MS_CONDITIONAL_ACCESS: Final = (
    "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be "
    "authenticated successfully."
)
# --- Gmail -----------------------------------------------------------------------------------
# https://support.google.com/mail/?p=BadCredentials - the two-line reply smtp.gmail.com sends.
REPLY_GOOGLE_BAD_CREDENTIALS: Final[tuple[str, str]] = (
    "535-5.7.8 Username and Password not accepted. For more information, go to",
    "535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp",
)
# --- RFC 7628 / aiosmtpd ------------------------------------------------------------------------
REPLY_INVALID_CREDENTIALS: Final = "535 5.7.8 Authentication credentials invalid"


@dataclass(frozen=True)
class TokenCheck:
    """What the SMTP server made of one bearer token (recorded in ``token_checks``)."""

    mechanism: str
    user: str
    verdict: Literal["ok", "inactive", "scope", "user", "malformed"]


def parse_xoauth2(blob: bytes) -> tuple[str, str] | None:
    """``user=U^Aauth=Bearer T^A^A`` -> (U, T)."""
    fields = dict(_kv(part) for part in blob.split(b"\x01") if b"=" in part)
    return _user_and_token(fields.get("user", ""), fields.get("auth", ""))


def parse_oauthbearer(blob: bytes) -> tuple[str, str] | None:
    """RFC 7628: ``n,a=U,^Ahost=..^Aport=..^Aauth=Bearer T^A^A`` -> (U, T)."""
    gs2, _, rest = blob.partition(b"\x01")
    parts = gs2.split(b",")
    if len(parts) < 2 or (parts[0] not in (b"n", b"y") and not parts[0].startswith(b"p=")):
        return None
    user = ""
    for item in parts[1:]:
        if item.startswith(b"a="):
            user = item[2:].decode("utf-8", "replace").replace("=2C", ",").replace("=3D", "=")
    fields = dict(_kv(part) for part in rest.split(b"\x01") if b"=" in part)
    return _user_and_token(user, fields.get("auth", ""))


def _kv(part: bytes) -> tuple[str, str]:
    key, _, value = part.decode("utf-8", "replace").partition("=")
    return key, value


def _user_and_token(user: str, auth: str) -> tuple[str, str] | None:
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return user, token.strip()


class _OAuthSMTP(_DoctorSMTP):
    """_DoctorSMTP plus XOAUTH2 and OAUTHBEARER (aiosmtpd names mechanisms after methods)."""

    def __init__(self, handler: Any, *, owner: OAuthSmtpServer, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._owner = owner

    async def _initial_response(self, args: list[str]) -> bytes | None:
        if len(args) == 2:
            if args[1] == "=":
                return b""
            try:
                return base64.b64decode(args[1], validate=True)
            except binascii.Error:
                await self.push("501 5.5.2 Can't decode base64")
                return None
        response = await self.challenge_auth("", encode_to_b64=False)
        return None if response is MISSING else bytes(response)  # type: ignore[arg-type]

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer("XOAUTH2", args, parse_xoauth2)

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._bearer("OAUTHBEARER", args, parse_oauthbearer)

    async def _bearer(self, mechanism: str, args: list[str],
                      parse: Callable[[bytes], tuple[str, str] | None]) -> AuthResult:
        blob = await self._initial_response(args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        parsed = parse(blob)
        owner = self._owner
        if parsed is None:
            owner._record_check(TokenCheck(mechanism, "", "malformed"))
            await self.push("501 5.5.2 Cannot parse " + mechanism + " initial response")
            return AuthResult(success=False, handled=True)
        user, token = parsed
        loop = asyncio.get_running_loop()
        verdict, subject = await loop.run_in_executor(None, owner._check_token, user, token)
        owner._record_check(TokenCheck(mechanism, user or subject, verdict))
        owner._record_auth(mechanism, user or subject, verdict == "ok")
        if verdict == "ok":
            if owner.oauth_reply is not None:
                await self.push(owner.oauth_reply)
                return AuthResult(success=False, handled=True)
            return AuthResult(success=True,
                              auth_data=LoginPassword((user or subject).encode(), b""))
        if mechanism == "OAUTHBEARER":
            await self._fail_oauthbearer(verdict)
        elif owner.provider == "google":
            await self._fail_google()
        else:
            await self.push(REPLY_MS_OAUTH_FAILED)
        return AuthResult(success=False, handled=True)

    async def _fail_google(self) -> None:
        body = {"status": "400", "schemes": "Bearer", "scope": self._owner.required_scope}
        answer = await self.challenge_auth(json.dumps(body, separators=(",", ":")))
        if answer is MISSING:
            return  # the client cancelled with "*" (aiosmtpd answered 501)
        for line in REPLY_GOOGLE_BAD_CREDENTIALS:
            await self.push(line)

    async def _fail_oauthbearer(self, verdict: str) -> None:
        body = {
            "status": "insufficient_scope" if verdict == "scope" else "invalid_token",
            "scope": self._owner.required_scope,
            "openid-configuration": self._owner.openid_configuration,
        }
        answer = await self.challenge_auth(json.dumps(body, separators=(",", ":")))
        if answer is MISSING:
            return
        await self.push(REPLY_INVALID_CREDENTIALS)


class OAuthSmtpServer(SmtpServer):
    """``SmtpServer`` that also speaks XOAUTH2/OAUTHBEARER, checking tokens by introspection.

    Options (plus every ``SmtpServer`` option; ``tls`` defaults to "starttls", AUTH is only
    offered after TLS):
      auth_server: the bed's ``AuthServer`` (its ``/introspect``), or give
        ``introspection_url`` + ``openid_configuration``.
      provider: "microsoft" | "google" - how bad XOAUTH2 tokens are answered.
      required_scope: default ``SCOPE_M365_SMTP`` (microsoft) / ``SCOPE_GMAIL`` (google).
      oauth_mechanisms: which of XOAUTH2/OAUTHBEARER to advertise (default both).
      basic_auth_reply: answer every PLAIN/LOGIN with this line (e.g.
        ``REPLY_MS_BASIC_NOT_SUPPORTED``); basic mechanisms default to LOGIN (microsoft) or
        LOGIN PLAIN (google).
      oauth_reply: refuse even valid tokens with this line (e.g.
        ``REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX``).
    Records: ``token_checks`` (TokenCheck per bearer AUTH), ``auth_attempts``, ``messages``.
    """

    def __init__(
        self,
        *,
        auth_server: AuthServer | None = None,
        introspection_url: str | None = None,
        openid_configuration: str | None = None,
        provider: Provider = "microsoft",
        required_scope: str | None = None,
        oauth_mechanisms: Sequence[str] = OAUTH_MECHANISMS,
        basic_auth_reply: str | None = None,
        oauth_reply: str | None = None,
        auth_mechanisms: Sequence[str] | None = None,
        tls: Any = "starttls",
        **options: Any,
    ) -> None:
        if auth_server is None and introspection_url is None:
            raise ValueError("OAuthSmtpServer needs auth_server= or introspection_url=")
        unknown = {m.upper() for m in oauth_mechanisms} - set(OAUTH_MECHANISMS)
        if unknown:
            raise ValueError(f"unsupported OAuth mechanisms: {sorted(unknown)}")
        if auth_mechanisms is None:
            auth_mechanisms = ("LOGIN",) if provider == "microsoft" else ("LOGIN", "PLAIN")
        super().__init__(tls=tls, auth_mechanisms=auth_mechanisms,
                         auth_reply=basic_auth_reply, **options)
        self.no_auth = bool(options.get("no_auth", False))
        self.auth_server = auth_server
        self.provider: Provider = provider
        self.required_scope = required_scope or (
            SCOPE_M365_SMTP if provider == "microsoft" else SCOPE_GMAIL)
        self.oauth_mechanisms = tuple(m.upper() for m in oauth_mechanisms)
        self.oauth_reply = oauth_reply
        self._introspection_url = introspection_url
        self._openid_configuration = openid_configuration
        self.token_checks: list[TokenCheck] = []
        pki = options.get("pki")
        verify: Any = pki.client_context() if pki is not None else True
        self._http = httpx.Client(verify=verify, timeout=10.0, trust_env=False)
        self._http_lock = threading.Lock()

    @property
    def protocol_class(self) -> Callable[..., _DoctorSMTP]:  # type: ignore[override]
        return functools.partial(_OAuthSMTP, owner=self)

    @property
    def introspection_url(self) -> str:
        if self._introspection_url:
            return self._introspection_url
        assert self.auth_server is not None
        return self.auth_server.url("/introspect")

    @property
    def openid_configuration(self) -> str:
        if self._openid_configuration:
            return self._openid_configuration
        assert self.auth_server is not None
        return self.auth_server.issuer + "/.well-known/openid-configuration"

    def _excluded_mechanisms(self) -> list[str]:
        return super()._excluded_mechanisms() + [
            m for m in OAUTH_MECHANISMS if m not in self.oauth_mechanisms
        ]

    def stop(self) -> None:
        super().stop()
        self._http.close()

    # ------------------------------------------------------------------- token check
    def _check_token(self, user: str, token: str) -> tuple[str, str]:
        """(verdict, subject) for a bearer token, by RFC 7662 introspection."""
        with self._http_lock:
            response = self._http.post(self.introspection_url, data={"token": token},
                                       auth=(RESOURCE_CLIENT_ID, RESOURCE_CLIENT_SECRET))
        response.raise_for_status()
        info = response.json()
        subject = str(info.get("username") or info.get("email") or "")
        if not info.get("active"):
            return "inactive", subject
        if self.required_scope not in str(info.get("scope", "")).split():
            return "scope", subject
        if user and user.lower() != subject.lower():
            return "user", subject
        return "ok", subject

    def _record_check(self, check: TokenCheck) -> None:
        with self._cond:
            self.token_checks.append(check)
