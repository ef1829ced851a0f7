"""A real OAuth 2 / OpenID Connect authorization server on loopback (HTTPS, trustme certificate).

Built from Authlib's server side (``authlib.integrations.flask_oauth2``) on Flask, served by
werkzeug in a background thread on ``127.0.0.1:<random port>``. Nothing here returns canned
JSON: grants, PKCE, refresh rotation, revocation and introspection are Authlib's code paths;
this module supplies the storage (in memory), the login and consent pages and the fault knobs.

Supported (see ``AuthServer`` for the URLs):

* OIDC discovery at ``{issuer}/.well-known/openid-configuration``; the generic issuer is the
  server root, and every Microsoft-shaped tenant path ``/{tenant}/v2.0`` is an issuer too
  (``organizations``, ``common``, ``consumers``, a GUID or a domain), with the endpoints
  Microsoft uses: ``/{tenant}/oauth2/v2.0/authorize``, ``.../token``, ``.../devicecode``.
  MSAL finds them with ``oidc_authority=issuer`` or with
  ``authority=base/{tenant}, instance_discovery=False`` (it reads
  ``{authority}/v2.0/.well-known/openid-configuration``).
* Authorization code + PKCE S256 (RFC 7636; required for public clients), with RFC 8252 §7.3
  loopback redirect URIs (``http://127.0.0.1`` / ``http://localhost`` / ``http://[::1]``
  registered without a port match any port).
* Device authorization grant (RFC 8628) with a verification page.
* Refresh tokens with rotation (a used refresh token is dead; reusing one is ``invalid_grant``).
* Revocation (RFC 7009; revoking either token of a grant revokes the whole grant) and
  introspection (RFC 7662; clients with ``introspect=True`` may introspect any token).
* ``id_token`` (RS256, keys at ``/jwks``) and ``/userinfo`` naming the account
  (``preferred_username``, ``email``, ``name``).
* Fault knobs (``AuthServer.fault``) that answer like Microsoft Entra ID and Google do.
"""

from __future__ import annotations

import contextlib
import html
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal
from urllib.parse import urlencode, urlsplit

from authlib.integrations.flask_oauth2 import AuthorizationServer, ResourceProtector
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6749.errors import AccessDeniedError, InvalidRequestError, OAuth2Error
from authlib.oauth2.rfc6750 import BearerTokenGenerator, BearerTokenValidator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from authlib.oauth2.rfc8628 import (
    DEVICE_CODE_GRANT_TYPE,
    DeviceAuthorizationEndpoint,
    DeviceCodeGrant,
    DeviceCredentialDict,
)
from authlib.oidc.core.grants.util import generate_id_token
from flask import Flask, Response, jsonify, redirect, request, session
from joserfc.jwk import RSAKey
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from tests.support.servers.pki import TestPki
from tests.support.servers.startstop import StartStop

# --------------------------------------------------------------------------- constants
SCOPE_M365_SMTP: Final = "https://outlook.office.com/SMTP.Send"
SCOPE_GMAIL: Final = "https://mail.google.com/"

TEST_USER: Final = "alice@contoso.test"
TEST_PASSWORD: Final = "Bed-p4ss-Zx9!"  # the AS login page's password, not an app secret
TEST_USER_NAME: Final = "Alice Example"

PUBLIC_CLIENT_ID: Final = "00000000-0000-4000-8000-00000000c11e"  # a public client (no secret)
CONFIDENTIAL_CLIENT_ID: Final = "confidential-app"
CONFIDENTIAL_CLIENT_SECRET: Final = "conf-secret-7Hq2"
RESOURCE_CLIENT_ID: Final = "smtp-resource-server"  # the SMTP server's introspection client
RESOURCE_CLIENT_SECRET: Final = "rs-secret-Kp3v"

DEFAULT_TENANT_ID: Final = "9188040d-6c67-4c5b-b112-36a304b66dad"

LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})

Flavour = Literal["microsoft", "google", "generic"]
FaultStage = Literal["authorize", "page", "token", "device_authorization"]

# The user-facing text Microsoft shows with a device code.
# https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code
DEVICE_CODE_MESSAGE: Final = (
    "To sign in, use a web browser to open the page {uri} and enter the code {code} "
    "to authenticate."
)


# --------------------------------------------------------------------------- faults
@dataclass(frozen=True)
class Fault:
    """An error the server answers with instead of going on.

    ``stage``:
      "authorize": the authorization endpoint redirects to the client's redirect URI with
        ``error``/``error_description`` (after login, before consent), like Entra ID does for
        consent and MFA errors.
      "page": the authorization endpoint (or device verification page) shows an error page
        and never redirects (Entra ID for an unknown app or a redirect URI mismatch; Google
        for "Access blocked").
      "token": the token endpoint answers HTTP ``status`` with the error JSON, for the
        ``grant_types`` listed (all when empty).
      "device_authorization": the device authorization endpoint answers with the error JSON.
    ``times``: how many requests it hits before it clears itself (None = until cleared).
    """

    stage: FaultStage
    error: str
    description: str
    status: int = 400
    grant_types: frozenset[str] = frozenset()
    suberror: str | None = None
    error_codes: tuple[int, ...] = ()
    times: int | None = None

    def body(self) -> dict[str, Any]:
        data: dict[str, Any] = {"error": self.error, "error_description": self.description}
        if self.error_codes:
            data["error_codes"] = list(self.error_codes)
            data["timestamp"] = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
            data["trace_id"] = str(uuid.uuid4())
            data["correlation_id"] = str(uuid.uuid4())
        if self.suberror:
            data["suberror"] = self.suberror
        return data


def aad(code: int, text: str) -> str:
    """An Entra ID error_description: ``AADSTS<code>: <text>`` plus the trace lines."""
    return (
        f"AADSTS{code}: {text}\r\nTrace ID: {uuid.uuid4()}\r\nCorrelation ID: {uuid.uuid4()}"
        f"\r\nTimestamp: {time.strftime('%Y-%m-%d %H:%M:%SZ', time.gmtime())}"
    )


_REFRESH = frozenset({"refresh_token"})
_REDEEM = frozenset({"authorization_code", DEVICE_CODE_GRANT_TYPE, "refresh_token"})


def fault_preset(name: str, *, client_id: str = PUBLIC_CLIENT_ID, app_name: str = "SMTP Doctor",
                 tenant: str = DEFAULT_TENANT_ID, resource: str = SCOPE_M365_SMTP,
                 redirect_uri: str = "http://localhost") -> Fault:
    """A named fault worded like the provider words it. Names:

    Microsoft Entra ID (codes and wording from
    https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes and the
    pages cited per entry):

    * ``mfa_required`` - ``interaction_required``, AADSTS50076 (token endpoint)
    * ``consent_required`` - ``invalid_grant``/``consent_required``, AADSTS65001 (token)
    * ``admin_consent_required`` - AADSTS90094 on the sign-in page (page)
    * ``app_not_found`` - ``unauthorized_client``, AADSTS700016 (device/token; page for
      the browser flow: pass ``replace(f, stage="page")``)
    * ``public_client_disabled`` - ``invalid_client``, AADSTS7000218, HTTP 401 (token)
    * ``redirect_uri_mismatch`` - AADSTS50011 (page)
    * ``refresh_expired`` - ``invalid_grant``, AADSTS700082 (refresh)
    * ``refresh_expired_70008`` - ``invalid_grant``, AADSTS70008 (refresh)
    * ``consent_declined_ms`` - ``access_denied``, AADSTS65004 (authorize redirect)

    Google:

    * ``google_app_not_verified`` - "Access blocked ... Error 403: access_denied" (page)
    * ``google_access_denied`` - ``access_denied`` redirect (authorize)
    * ``google_invalid_grant`` - ``invalid_grant`` "Token has been expired or revoked."
    """
    presets: dict[str, Callable[[], Fault]] = {
        # https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
        # (AADSTS50076 UserStrongAuthClientAuthNRequired); wording as the STS sends it, quoted
        # in https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/
        # (conditional access / MFA articles).
        "mfa_required": lambda: Fault(
            "token", "interaction_required",
            aad(50076, "Due to a configuration change made by your administrator, or because "
                "you moved to a new location, you must use multi-factor authentication to "
                f"access '{resource}'."),
            grant_types=_REDEEM, suberror="basic_action", error_codes=(50076,)),
        # https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/
        # troubleshoot-consent-issues (AADSTS65001)
        "consent_required": lambda: Fault(
            "token", "invalid_grant",
            aad(65001, "The user or administrator has not consented to use the application "
                f"with ID '{client_id}' named '{app_name}'. Send an interactive authorization "
                "request for this user and resource."),
            grant_types=_REDEEM, suberror="consent_required", error_codes=(65001,)),
        # https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/
        # application-sign-in-unexpected-user-consent-error (AADSTS90094)
        "admin_consent_required": lambda: Fault(
            "page", "access_denied",
            aad(90094, f"{app_name} needs permission to access resources in your "
                "organization that only an admin can grant. Please ask an admin to grant "
                "permission to this app before you can use it."),
            status=400, error_codes=(90094,)),
        # https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
        # (AADSTS700016 UnauthorizedClient_DoesNotMatchRequest)
        "app_not_found": lambda: Fault(
            "device_authorization", "unauthorized_client",
            aad(700016, f"Application with identifier '{client_id}' was not found in the "
                f"directory '{tenant}'. This can happen if the application has not been "
                "installed by the administrator of the tenant or consented to by any user in "
                "the tenant. You may have sent your authentication request to the wrong "
                "tenant."),
            error_codes=(700016,)),
        # https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/
        # confidential-client-application-authentication-error-aadsts7000218
        "public_client_disabled": lambda: Fault(
            "token", "invalid_client",
            aad(7000218, "The request body must contain the following parameter: "
                "'client_assertion' or 'client_secret'."),
            status=401, error_codes=(7000218,)),
        # https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/
        # error-code-aadsts50011-redirect-uri-mismatch
        "redirect_uri_mismatch": lambda: Fault(
            "page", "invalid_request",
            aad(50011, f"The redirect URI '{redirect_uri}' specified in the request does not "
                f"match the redirect URIs configured for the application '{client_id}'. Make "
                "sure the redirect URI sent in the request matches one added to your "
                "application in the Azure portal. Navigate to "
                "https://aka.ms/redirectUriMismatchError to learn more about how to fix this."),
            error_codes=(50011,)),
        # https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
        # (AADSTS700082 ExpiredOrRevokedGrantInactiveToken) and
        # https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens
        "refresh_expired": lambda: Fault(
            "token", "invalid_grant",
            aad(700082, "The refresh token has expired due to inactivity. The token was "
                "issued on 2026-08-01T09:00:00.0000000Z and was inactive for 90.00:00:00."),
            grant_types=_REFRESH, error_codes=(700082,)),
        # https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
        # (AADSTS70008 ExpiredOrRevokedGrant)
        "refresh_expired_70008": lambda: Fault(
            "token", "invalid_grant",
            aad(70008, "The provided authorization code or refresh token has expired due to "
                "inactivity. Send a new interactive authorization request for this user and "
                "resource."),
            grant_types=_REFRESH, error_codes=(70008,)),
        # https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
        # (AADSTS65004 UserDeclinedConsent)
        "consent_declined_ms": lambda: Fault(
            "authorize", "access_denied",
            aad(65004, "User declined to consent to access the app."),
            error_codes=(65004,)),
        # https://support.google.com/cloud/answer/7454865 (unverified apps) and
        # https://developers.google.com/identity/protocols/oauth2/production-readiness/
        # brand-verification : "Access blocked: <app> has not completed the Google
        # verification process" / "Error 403: access_denied".
        "google_app_not_verified": lambda: Fault(
            "page", "access_denied",
            f"Access blocked: {app_name} has not completed the Google verification process. "
            f"{app_name} has not completed the Google verification process. The app is "
            "currently being tested, and can only be accessed by developer-approved testers. "
            "Error 403: access_denied",
            status=403),
        # https://developers.google.com/identity/protocols/oauth2/native-app
        # ("Handling the OAuth 2.0 server response": error=access_denied)
        "google_access_denied": lambda: Fault("authorize", "access_denied", ""),
        # https://developers.google.com/identity/protocols/oauth2#expiration
        "google_invalid_grant": lambda: Fault(
            "token", "invalid_grant", "Token has been expired or revoked.",
            grant_types=_REFRESH),
    }
    if name not in presets:
        raise ValueError(f"unknown fault preset {name!r}; one of {sorted(presets)}")
    return presets[name]()


# --------------------------------------------------------------------------- models
@dataclass
class User:
    username: str
    password: str
    name: str
    sub: str = field(default_factory=lambda: uuid.uuid4().hex)

    def get_user_id(self) -> str:
        return self.sub


@dataclass
class Client:
    """A registered client. ``client_secret=None`` is a public client (auth method "none")."""

    client_id: str
    client_secret: str | None = None
    redirect_uris: tuple[str, ...] = ("http://localhost", "http://127.0.0.1")
    grant_types: tuple[str, ...] = (
        "authorization_code", "refresh_token", DEVICE_CODE_GRANT_TYPE,
    )
    allowed_scopes: tuple[str, ...] | None = None  # None: any scope
    introspect: bool = False
    require_offline_access: bool = False  # Entra ID: refresh token only with offline_access
    name: str = "SMTP Doctor"

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return self.redirect_uris[0]

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return ""
        asked = scope.split()
        if self.allowed_scopes is None:
            return " ".join(asked)
        return " ".join(s for s in asked if s in self.allowed_scopes)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        if redirect_uri in self.redirect_uris:
            return True
        return any(loopback_redirect_matches(r, redirect_uri) for r in self.redirect_uris)

    def check_client_secret(self, client_secret: str) -> bool:
        return self.client_secret is not None and secrets.compare_digest(
            self.client_secret, client_secret
        )

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.client_secret is None:
            return method == "none"
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


def loopback_redirect_matches(registered: str, requested: str) -> bool:
    """RFC 8252 §7.3: a loopback redirect URI matches whatever port the client picked."""
    reg, req = urlsplit(registered), urlsplit(requested)
    if reg.scheme != "http" or req.scheme != "http":
        return False
    if reg.hostname is None or req.hostname is None:
        return False
    host_ok = reg.hostname == req.hostname and reg.hostname in {"127.0.0.1", "localhost", "::1"}
    if not host_ok or reg.query != req.query:
        return False
    # Registered without any path ("http://localhost"): any path on the loopback listener.
    return not reg.path or reg.path == (req.path or "/")


@dataclass
class AuthorizationCode:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: User
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    auth_time: int
    issuer: str
    expires_at: float

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.auth_time

    def is_expired(self) -> bool:
        return time.time() > self.expires_at


@dataclass
class Token:
    """One issued access token (and its refresh token, if any). ``grant_id`` ties a chain of
    rotated tokens back to one sign-in, so revocation can kill the whole grant."""

    access_token: str
    refresh_token: str | None
    client: Client
    user: User
    scope: str
    issued_at: float
    expires_in: int
    grant_id: str
    issuer: str
    access_revoked: bool = False
    refresh_revoked: bool = False
    refresh_expired: bool = False

    def check_client(self, client: Client) -> bool:
        return self.client.client_id == client.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_in

    def get_expires_at(self) -> float:
        return self.issued_at + self.expires_in

    def is_expired(self) -> bool:
        return time.time() >= self.get_expires_at()

    def is_revoked(self) -> bool:
        return self.access_revoked

    def get_user(self) -> User:
        return self.user

    def get_client(self) -> Client:
        return self.client


# --------------------------------------------------------------------------- grants
class _CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]  # noqa: RUF012
    bed: AuthServer

    def save_authorization_code(self, code: str, request: Any) -> None:
        payload = request.payload
        self.bed._codes[code] = AuthorizationCode(
            code=code,
            client_id=request.client.client_id,
            redirect_uri=payload.redirect_uri or "",
            scope=request.scope or "",
            user=request.user,
            nonce=payload.data.get("nonce"),
            code_challenge=payload.data.get("code_challenge"),
            code_challenge_method=payload.data.get("code_challenge_method"),
            auth_time=int(time.time()),
            issuer=self.bed._issuer_for_request(),
            expires_at=time.time() + 300,
        )

    def query_authorization_code(self, code: str, client: Client) -> AuthorizationCode | None:
        item = self.bed._codes.get(code)
        if item and item.client_id == client.client_id and not item.is_expired():
            return item
        return None

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        self.bed._codes.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code: AuthorizationCode) -> User:
        self.request.nonce = authorization_code.nonce  # for the id_token
        return authorization_code.user


class _PkceS256(CodeChallenge):
    """PKCE required for public clients; only S256 (OAuth 2.1, RFC 9700 §2.1.1)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        client: Client = grant.request.client
        if (self.required and client.client_secret is None
                and not grant.request.payload.data.get("code_challenge")):
            raise InvalidRequestError("Missing 'code_challenge'", redirect_uri=redirect_uri)
        super().validate_code_challenge(grant, redirect_uri)

    def get_authorization_code_challenge(self, authorization_code: AuthorizationCode) -> Any:
        return authorization_code.code_challenge

    def get_authorization_code_challenge_method(
        self, authorization_code: AuthorizationCode
    ) -> Any:
        return authorization_code.code_challenge_method


class _RefreshGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]  # noqa: RUF012
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation
    bed: AuthServer

    def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
        token = self.bed._by_refresh.get(refresh_token)
        if token is None or token.refresh_revoked or token.refresh_expired:
            return None
        return token

    def authenticate_user(self, refresh_token: Token) -> User:
        self.request.grant_id = refresh_token.grant_id
        return refresh_token.user

    def revoke_old_credential(self, refresh_token: Token) -> None:
        refresh_token.refresh_revoked = True


class _DeviceGrant(DeviceCodeGrant):
    bed: AuthServer

    def query_device_credential(self, device_code: str) -> DeviceCredentialDict | None:
        return self.bed._device_codes.get(device_code)

    def query_user_grant(self, user_code: str) -> tuple[User, bool] | None:
        return self.bed._device_grants.get(user_code)

    def should_slow_down(self, credential: DeviceCredentialDict) -> bool:
        return False


class _DeviceEndpoint(DeviceAuthorizationEndpoint):
    bed: AuthServer

    def get_verification_uri(self) -> str:
        return self.bed.url("/device")

    def save_device_credential(self, client_id: str, scope: str, data: dict[str, Any]) -> None:
        item = DeviceCredentialDict(client_id=client_id, scope=scope, **data)
        item["expires_at"] = time.time() + int(data["expires_in"])
        item["issuer"] = self.bed._issuer_for_request()
        self.bed._device_codes[data["device_code"]] = item
        self.bed._user_codes[data["user_code"]] = item

    def create_endpoint_response(self, request: Any) -> tuple[int, dict[str, Any], Any]:
        self.EXPIRES_IN = self.bed.device_code_lifetime
        self.INTERVAL = self.bed.device_interval
        status, body, headers = super().create_endpoint_response(request)
        body["message"] = DEVICE_CODE_MESSAGE.format(
            uri=body["verification_uri"], code=body["user_code"]
        )
        return status, body, headers


class _Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]  # noqa: RUF012
    bed: AuthServer

    def query_token(self, token_string: str, token_type_hint: str | None) -> Token | None:
        return self.bed._find_token(token_string, token_type_hint)

    def revoke_token(self, token: Token, request: Any) -> None:
        self.bed._revoke_grant(token.grant_id)


class _Introspection(IntrospectionEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]  # noqa: RUF012
    bed: AuthServer

    def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
        token = self.bed._find_token(token_string, token_type_hint)
        if token is None:
            return None
        is_refresh = token.refresh_token == token_string and token.access_token != token_string
        return _Introspected(token, is_refresh)

    def check_permission(self, token: Any, client: Client, request: Any) -> bool:
        return client.introspect or token.token.check_client(client)

    def introspect_token(self, token: Any) -> dict[str, Any]:
        tok: Token = token.token
        data = {
            "active": True,
            "client_id": tok.client.client_id,
            "token_type": "refresh_token" if token.is_refresh else "Bearer",
            "username": tok.user.username,
            "email": tok.user.username,
            "scope": tok.scope,
            "sub": tok.user.sub,
            "aud": tok.client.client_id,
            "iss": tok.issuer,
            "iat": int(tok.issued_at),
        }
        if not token.is_refresh:
            data["exp"] = int(tok.get_expires_at())
        return data


@dataclass
class _Introspected:
    """What introspection sees: the access or the refresh token of a ``Token``."""

    token: Token
    is_refresh: bool

    def check_client(self, client: Client) -> bool:
        return self.token.check_client(client)

    def get_scope(self) -> str:
        return self.token.scope

    def is_expired(self) -> bool:
        if self.is_refresh:
            return self.token.refresh_expired
        return self.token.is_expired()

    def is_revoked(self) -> bool:
        return self.token.refresh_revoked if self.is_refresh else self.token.access_revoked

    def get_expires_in(self) -> int:
        return self.token.expires_in


class _BearerValidator(BearerTokenValidator):
    def __init__(self, bed: AuthServer) -> None:
        super().__init__()
        self.bed = bed

    def authenticate_token(self, token_string: str) -> Token | None:
        return self.bed._by_access.get(token_string)


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


def _bind(cls: type, bed: AuthServer) -> type:
    return type(cls.__name__, (cls,), {"bed": bed})


_SIGNING_KEY: Any = None
_SIGNING_KEY_LOCK = threading.Lock()


def _signing_key() -> Any:
    """One RSA key per test session (generating one costs ~100 ms)."""
    global _SIGNING_KEY
    with _SIGNING_KEY_LOCK:
        if _SIGNING_KEY is None:
            _SIGNING_KEY = RSAKey.generate_key(2048, parameters={"kid": "bed-key-1"})
        return _SIGNING_KEY


# --------------------------------------------------------------------------- the server
class AuthServer(StartStop):
    """The authorization server (context manager). See the module docstring.

    Knobs (plain attributes, change them any time during a test):
      flavour: "microsoft" | "google" | "generic" - wording of the deny error.
      access_token_lifetime: seconds (default 3600; 1 to test refresh).
      device_interval, device_code_lifetime: RFC 8628 ``interval`` / ``expires_in``.
      fault: a ``Fault`` (``fault_preset(name)``) or None.
    Actions: ``revoke_user_tokens(username)``, ``expire_refresh_tokens(username=None)``,
    ``register_client(Client(...))``, ``add_user(username, password, name)``.
    Records: ``requests`` (method, path) of every request; ``tokens`` issued.
    """

    def __init__(self, pki: TestPki, *, host: str = "127.0.0.1",
                 flavour: Flavour = "microsoft") -> None:
        self.pki = pki
        self.host = host
        self.port = 0
        self.flavour: Flavour = flavour
        self.access_token_lifetime = 3600
        self.device_interval = 1
        self.device_code_lifetime = 900
        self.fault: Fault | None = None
        self.requests: list[tuple[str, str]] = []
        self.tokens: list[Token] = []
        self.users: dict[str, User] = {}
        self.clients: dict[str, Client] = {}
        self._codes: dict[str, AuthorizationCode] = {}
        self._by_access: dict[str, Token] = {}
        self._by_refresh: dict[str, Token] = {}
        self._device_codes: dict[str, DeviceCredentialDict] = {}
        self._user_codes: dict[str, DeviceCredentialDict] = {}
        self._device_grants: dict[str, tuple[User, bool]] = {}
        self._lock = threading.RLock()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._key = _signing_key()

        self.add_user(TEST_USER, TEST_PASSWORD, TEST_USER_NAME)
        self.register_client(Client(PUBLIC_CLIENT_ID))
        self.register_client(Client(CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET,
                                    redirect_uris=("http://127.0.0.1/callback",)))
        self.register_client(Client(RESOURCE_CLIENT_ID, RESOURCE_CLIENT_SECRET,
                                    grant_types=(), introspect=True))
        self.app = self._build_app()

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> None:
        ctx = self.pki.server_context("valid")
        self._server = make_server(self.host, 0, self.app, threaded=True, ssl_context=ctx,
                                   request_handler=_QuietHandler)
        self.port = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name=f"AuthServer-{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(10)
        self._server = None
        self._thread = None

    # ----------------------------------------------------------------- URLs
    @property
    def base_url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def issuer(self) -> str:
        """The generic issuer (the server root)."""
        return self.base_url

    def tenant_issuer(self, tenant: str = "organizations") -> str:
        """A Microsoft-shaped issuer: ``{base}/{tenant}/v2.0`` (MSAL ``oidc_authority``)."""
        return f"{self.base_url}/{tenant}/v2.0"

    def tenant_authority(self, tenant: str = "organizations") -> str:
        """A Microsoft-shaped authority: ``{base}/{tenant}`` (MSAL ``authority`` with
        ``instance_discovery=False``, ``validate_authority=False``)."""
        return f"{self.base_url}/{tenant}"

    def endpoints(self, tenant: str | None = None) -> dict[str, str]:
        """The discovery document of the generic issuer or of a tenant."""
        return self._discovery(tenant)

    # ----------------------------------------------------------------- registry
    def add_user(self, username: str, password: str, name: str = "") -> User:
        user = User(username, password, name or username)
        self.users[username.lower()] = user
        return user

    def register_client(self, client: Client) -> Client:
        self.clients[client.client_id] = client
        return client

    # ----------------------------------------------------------------- actions
    def revoke_user_tokens(self, username: str = TEST_USER) -> int:
        """Revoke every access and refresh token of ``username`` (like "Revoke sessions")."""
        with self._lock:
            hit = [t for t in self.tokens if t.user.username.lower() == username.lower()]
            for tok in hit:
                tok.access_revoked = tok.refresh_revoked = True
        return len(hit)

    def expire_refresh_tokens(self, username: str | None = None) -> int:
        """Make refresh tokens unusable (``invalid_grant``), as after 90 days of inactivity.
        With flavour "microsoft" the error carries AADSTS700082, "google": "Token has been
        expired or revoked."."""
        with self._lock:
            hit = [t for t in self.tokens
                   if username is None or t.user.username.lower() == username.lower()]
            for tok in hit:
                tok.refresh_expired = True
        return len(hit)

    def active_tokens(self) -> list[Token]:
        with self._lock:
            return [t for t in self.tokens if not t.access_revoked and not t.is_expired()]

    # ----------------------------------------------------------------- internals
    def _find_token(self, value: str, hint: str | None) -> Token | None:
        with self._lock:
            if hint == "refresh_token":
                return self._by_refresh.get(value) or self._by_access.get(value)
            return self._by_access.get(value) or self._by_refresh.get(value)

    def _revoke_grant(self, grant_id: str) -> None:
        with self._lock:
            for tok in self.tokens:
                if tok.grant_id == grant_id:
                    tok.access_revoked = tok.refresh_revoked = True

    def _issuer_for_request(self) -> str:
        tenant = getattr(request, "view_args", None) or {}
        name = tenant.get("tenant")
        return self.tenant_issuer(name) if name else self.issuer

    def _discovery(self, tenant: str | None) -> dict[str, Any]:
        if tenant:
            issuer = self.tenant_issuer(tenant)
            prefix = f"{self.base_url}/{tenant}/oauth2/v2.0"
            auth, token, device = (f"{prefix}/authorize", f"{prefix}/token",
                                   f"{prefix}/devicecode")
            logout = f"{prefix}/logout"
        else:
            issuer = self.issuer
            auth, token, device = (self.url("/authorize"), self.url("/token"),
                                   self.url("/device_authorization"))
            logout = self.url("/logout")
        return {
            "issuer": issuer,
            "authorization_endpoint": auth,
            "token_endpoint": token,
            "device_authorization_endpoint": device,
            "revocation_endpoint": self.url("/revoke"),
            "introspection_endpoint": self.url("/introspect"),
            "userinfo_endpoint": self.url("/userinfo"),
            "jwks_uri": self.url("/jwks"),
            "end_session_endpoint": logout,
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "refresh_token",
                                      DEVICE_CODE_GRANT_TYPE],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_basic",
                                                      "client_secret_post"],
            "revocation_endpoint_auth_methods_supported": ["none", "client_secret_basic",
                                                           "client_secret_post"],
            "introspection_endpoint_auth_methods_supported": ["client_secret_basic",
                                                              "client_secret_post"],
            "scopes_supported": ["openid", "profile", "email", "offline_access",
                                 SCOPE_M365_SMTP, SCOPE_GMAIL],
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "name",
                                 "preferred_username", "email", "nonce", "tid"],
        }

    def _take_fault(self, stage: FaultStage, grant_type: str | None = None) -> Fault | None:
        with self._lock:
            fault = self.fault
            if fault is None or fault.stage != stage:
                return None
            if grant_type and fault.grant_types and grant_type not in fault.grant_types:
                return None
            if fault.times is not None:
                left = fault.times - 1
                self.fault = replace(fault, times=left) if left > 0 else None
            return fault

    def _generate_token(self, grant_type: str, client: Client, user: User | None = None,
                        scope: str | None = None, expires_in: int | None = None,
                        include_refresh_token: bool = True) -> dict[str, Any]:
        scopes = (scope or "").split()
        if client.require_offline_access and "offline_access" not in scopes:
            include_refresh_token = False
        generator = BearerTokenGenerator(
            access_token_generator=lambda **_: secrets.token_urlsafe(32),
            refresh_token_generator=lambda **_: secrets.token_urlsafe(48),
            expires_generator=lambda _client, _grant: self.access_token_lifetime,
        )
        return dict(generator(grant_type=grant_type, client=client, user=user, scope=scope,
                              expires_in=expires_in,
                              include_refresh_token=include_refresh_token))

    def _save_token(self, token: dict[str, Any], req: Any) -> None:
        """Store the token and add the id_token (OIDC) when "openid" was asked for."""
        client: Client = req.client
        user: User = req.user
        credential = getattr(req, "credential", None)
        issuer = (credential.get("issuer") if isinstance(credential, dict) else None) \
            or self._issuer_for_request()
        grant_id = getattr(req, "grant_id", None) or uuid.uuid4().hex
        item = Token(
            access_token=token["access_token"],
            refresh_token=token.get("refresh_token"),
            client=client, user=user, scope=token.get("scope", ""),
            issued_at=time.time(), expires_in=int(token["expires_in"]),
            grant_id=grant_id, issuer=issuer,
        )
        with self._lock:
            self.tokens.append(item)
            self._by_access[item.access_token] = item
            if item.refresh_token:
                self._by_refresh[item.refresh_token] = item
        if "openid" in item.scope.split():
            claims = {"sub": user.sub, "name": user.name, "preferred_username": user.username,
                      "email": user.username, "tid": DEFAULT_TENANT_ID, "ver": "2.0",
                      "oid": user.sub}
            token["id_token"] = generate_id_token(
                token, claims, self._key, iss=issuer, aud=client.client_id, alg="RS256",
                exp=3600, nonce=getattr(req, "nonce", None), kid="bed-key-1",
            )

    # ----------------------------------------------------------------- the Flask app
    def _build_app(self) -> Flask:
        app = Flask(f"oauth-bed-{id(self)}")
        app.secret_key = secrets.token_hex(16)
        app.config["SESSION_COOKIE_SECURE"] = True
        server = AuthorizationServer(app, query_client=self.clients.get,
                                     save_token=self._save_token)
        server.register_token_generator("default", self._generate_token)
        server.register_grant(_bind(_CodeGrant, self), [_PkceS256(required=True)])
        server.register_grant(_bind(_RefreshGrant, self))
        server.register_grant(_bind(_DeviceGrant, self))
        server.register_endpoint(_bind(_DeviceEndpoint, self))
        server.register_endpoint(_bind(_Revocation, self))
        server.register_endpoint(_bind(_Introspection, self))
        protector = ResourceProtector()
        protector.register_token_validator(_BearerValidator(self))
        self.authorization = server
        _Routes(self, app, server, protector)
        return app


class _Routes:
    """The HTTP surface of ``AuthServer``: OAuth endpoints plus the login/consent pages."""

    def __init__(self, bed: AuthServer, app: Flask, server: AuthorizationServer,
                 protector: ResourceProtector) -> None:
        self.bed, self.server = bed, server

        @app.before_request
        def _record() -> None:
            with bed._lock:
                bed.requests.append((request.method, request.path))

        for prefix in ("", "/<tenant>/oauth2/v2.0"):
            app.add_url_rule(f"{prefix}/authorize", f"authorize{prefix}", self.authorize,
                             methods=["GET", "POST"])
            app.add_url_rule(f"{prefix}/token", f"token{prefix}", self.token, methods=["POST"])
            app.add_url_rule(f"{prefix}/logout", f"logout{prefix}", self.logout)
        app.add_url_rule("/device_authorization", "device_authorization", self.device_auth,
                         methods=["POST"])
        app.add_url_rule("/<tenant>/oauth2/v2.0/devicecode", "devicecode", self.device_auth,
                         methods=["POST"])
        app.add_url_rule("/.well-known/openid-configuration", "discovery", self.discovery)
        app.add_url_rule("/<tenant>/v2.0/.well-known/openid-configuration", "tenant_discovery",
                         self.discovery)
        app.add_url_rule("/revoke", "revoke", self.revoke, methods=["POST"])
        app.add_url_rule("/introspect", "introspect", self.introspect, methods=["POST"])
        app.add_url_rule("/jwks", "jwks", self.jwks)
        app.add_url_rule("/login", "login", self.login, methods=["GET", "POST"])
        app.add_url_rule("/device", "device", self.device_page, methods=["GET", "POST"])

        @protector(None)
        def userinfo() -> Response:
            from authlib.integrations.flask_oauth2 import current_token

            user: User = current_token.user
            return jsonify(sub=user.sub, name=user.name, preferred_username=user.username,
                           email=user.username)

        app.add_url_rule("/userinfo", "userinfo", userinfo, methods=["GET", "POST"])

    # ----------------------------------------------------------------- helpers
    def _user(self) -> User | None:
        name = session.get("user")
        return self.bed.users.get(name) if isinstance(name, str) else None

    @staticmethod
    def _page(title: str, body: str, status: int = 200) -> Response:
        text = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
                f"</title></head><body><h1>{html.escape(title)}</h1>{body}</body></html>")
        return Response(text, status=status, mimetype="text/html")

    def _error_page(self, fault: Fault) -> Response:
        body = (f"<p id='error'>{html.escape(fault.error)}</p>"
                f"<p id='error_description'>{html.escape(fault.description)}</p>")
        return self._page("Sign-in error", body, fault.status)

    @staticmethod
    def _json_error(fault: Fault) -> Response:
        resp = jsonify(fault.body())
        resp.status_code = fault.status
        resp.headers["Cache-Control"] = "no-store"
        return resp

    def _login_form(self, next_url: str, error: str = "") -> Response:
        msg = f"<p id='error'>{html.escape(error)}</p>" if error else ""
        body = (f"{msg}<form method='post' action='/login'>"
                f"<input type='hidden' name='next' value='{html.escape(next_url)}'>"
                "<label>Email <input type='text' name='username'></label>"
                "<label>Password <input type='password' name='password'></label>"
                "<button type='submit' name='action' value='login'>Sign in</button></form>")
        return self._page("Sign in", body)

    def _consent_form(self, action: str, hidden: Iterable[tuple[str, str]], client: Client,
                      scope: str) -> Response:
        fields = "".join(f"<input type='hidden' name='{html.escape(k)}' value='{html.escape(v)}'>"
                         for k, v in hidden)
        body = (f"<p>{html.escape(client.name)} wants to: "
                f"<span id='scope'>{html.escape(scope)}</span></p>"
                f"<form method='post' action='{html.escape(action)}'>{fields}"
                "<button type='submit' name='consent' value='allow'>Allow</button>"
                "<button type='submit' name='consent' value='deny'>Deny</button></form>")
        return self._page("Permissions requested", body)

    def _deny_error(self) -> AccessDeniedError:
        if self.bed.flavour == "microsoft":
            # RFC 6749 §4.1.2.1 allows no CR/LF in error_description: drop the trace lines
            text = fault_preset("consent_declined_ms").description.split("\r\n")[0]
            return AccessDeniedError(text)
        return AccessDeniedError()

    # ----------------------------------------------------------------- endpoints
    def discovery(self, tenant: str | None = None) -> Response:
        return jsonify(self.bed._discovery(tenant))

    def jwks(self) -> Response:
        return jsonify({"keys": [self.bed._key.as_dict(private=False)]})

    def login(self) -> Response:
        if request.method == "GET":
            return self._login_form(request.args.get("next", "/"))
        next_url = request.form.get("next", "/")
        if not next_url.startswith("/"):
            next_url = "/"
        user = self.bed.users.get(request.form.get("username", "").lower())
        if user is None or not secrets.compare_digest(user.password,
                                                      request.form.get("password", "")):
            return self._login_form(next_url, "Your account or password is incorrect.")
        session["user"] = user.username.lower()
        return redirect(next_url)

    def logout(self, tenant: str | None = None) -> Response:
        session.pop("user", None)
        target = request.args.get("post_logout_redirect_uri")
        return redirect(target) if target else self._page("Signed out", "")

    def authorize(self, tenant: str | None = None) -> Any:
        user = self._user()
        if request.method == "GET":
            fault = self.bed._take_fault("page")
            if fault is not None:
                return self._error_page(fault)
            if user is None:
                return redirect("/login?" + urlencode({"next": request.full_path}))
            try:
                grant = self.server.get_consent_grant(end_user=user)
            except OAuth2Error as error:
                if error.redirect_uri:
                    return self.server.handle_error_response(request, error)
                return self._page("Sign-in error",
                                  f"<p id='error'>{html.escape(error.error or '')}</p>"
                                  f"<p id='error_description'>"
                                  f"{html.escape(error.description or '')}</p>", 400)
            fault = self.bed._take_fault("authorize")
            if fault is not None:
                params = {"error": fault.error}
                if fault.description:
                    params["error_description"] = fault.description
                if grant.request.payload.state:
                    params["state"] = grant.request.payload.state
                uri = grant.redirect_uri or grant.client.get_default_redirect_uri()
                sep = "&" if "?" in uri else "?"
                return redirect(uri + sep + urlencode(params))
            return self._consent_form(request.full_path, (), grant.client,
                                      grant.request.scope or "")
        if user is None:
            return redirect("/login?" + urlencode({"next": request.full_path}))
        try:
            grant = self.server.get_consent_grant(end_user=user)
        except OAuth2Error as error:
            return self.server.handle_error_response(request, error)
        if request.form.get("consent") == "allow":
            return self.server.create_authorization_response(grant_user=user, grant=grant)
        error = self._deny_error()
        error.state = grant.request.payload.state
        error.redirect_uri = grant.redirect_uri
        error.redirect_fragment = False
        return self.server.handle_error_response(request, error)

    def token(self, tenant: str | None = None) -> Response:
        fault = self.bed._take_fault("token", request.form.get("grant_type"))
        if fault is not None:
            return self._json_error(fault)
        if request.form.get("grant_type") == "refresh_token":
            refused = self._refresh_refusal(request.form.get("refresh_token", ""))
            if refused is not None:
                return refused
        return self.server.create_token_response()

    def _refresh_refusal(self, value: str) -> Response | None:
        """Expired refresh tokens get the provider's wording (Authlib's is generic)."""
        token = self.bed._by_refresh.get(value)
        if token is None or not token.refresh_expired:
            return None
        if self.bed.flavour == "microsoft":
            return self._json_error(fault_preset("refresh_expired"))
        if self.bed.flavour == "google":
            return self._json_error(fault_preset("google_invalid_grant"))
        return None

    def device_auth(self, tenant: str | None = None) -> Response:
        fault = self.bed._take_fault("device_authorization")
        if fault is not None:
            return self._json_error(fault)
        return self.server.create_endpoint_response("device_authorization")

    def revoke(self) -> Response:
        return self.server.create_endpoint_response("revocation")

    def introspect(self) -> Response:
        return self.server.create_endpoint_response("introspection")

    def device_page(self) -> Response:
        user = self._user()
        if user is None:
            return redirect("/login?" + urlencode({"next": request.full_path}))
        fault = self.bed._take_fault("page") if request.method == "GET" else None
        if fault is not None:
            return self._error_page(fault)
        code = (request.values.get("user_code") or "").strip().upper()
        credential = self.bed._user_codes.get(code) if code else None
        if credential is None or credential.is_expired():
            error = "<p id='error'>That code didn't work.</p>" if code else ""
            body = (f"{error}<form method='post' action='/device'>"
                    "<label>Code <input type='text' name='user_code'></label>"
                    "<button type='submit' name='action' value='next'>Next</button></form>")
            return self._page("Enter code", body, 400 if code else 200)
        consent = request.form.get("consent")
        if request.method == "POST" and consent in ("allow", "deny"):
            self.bed._device_grants[code] = (user, consent == "allow")
            title = "You're signed in" if consent == "allow" else "Sign-in cancelled"
            return self._page(title, "<p>You can close this window.</p>")
        client = self.bed.clients[credential.get_client_id()]
        return self._consent_form("/device", [("user_code", code)], client,
                                  credential.get_scope() or "")


@contextlib.contextmanager
def auth_server(pki: TestPki, **options: Any) -> Iterator[AuthServer]:
    with AuthServer(pki, **options) as server:
        yield server
