"""Where sign-ins live: the refresh token in the OS keychain, the access token in memory.

The keychain entry (service ``SMTP Doctor OAuth``, user = the profile name; see
:mod:`app.core.storage.secrets`) holds JSON: the provider's public settings, the account and the
refresh token. Nothing of it is ever written to a file. Access tokens stay in this process's
memory with their expiry; :func:`access_token` refreshes one that has (nearly) expired.

Every token is registered with :func:`app.core.text.redact.register_secret` (a ``Tokens`` when it
is made, a saved refresh token or client secret when it is read here), so no transcript, report,
history entry or message of this process can show it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..cancel import CancelToken
from ..model import ServerSettings
from ..storage import secrets
from ..text.i18n import msg
from ..text.redact import register_secret
from .errors import OAuthError
from .providers import OAuthProvider, ProviderError, resolve

if TYPE_CHECKING:  # flows (requests, TLS) is imported when a token is refreshed or revoked
    from .flows import Tokens

_lock = threading.Lock()
_memory: dict[str, Tokens] = {}


@dataclass(frozen=True)
class SignInState:
    """What the form shows: who is signed in, with which provider, until when (no token)."""

    profile: str
    provider: str
    account: str
    expires_at: float | None  # of the access token in memory; None if there is none yet
    sasl: str


@dataclass(frozen=True)
class SaveResult:
    saved: bool  # in the keychain; False: kept for this session only
    message: str


def remember(profile: str, tokens: Tokens) -> None:
    """Keep the access token (and this session's refresh token) in memory."""
    with _lock:
        _memory[profile] = tokens


def forget(profile: str) -> None:
    with _lock:
        _memory.pop(profile, None)


def in_memory(profile: str) -> Tokens | None:
    with _lock:
        return _memory.get(profile)


def save(profile: str, provider: OAuthProvider, tokens: Tokens) -> SaveResult:
    """Remember the tokens; the refresh token goes to the keychain (never a file)."""
    remember(profile, tokens)
    if not tokens.refresh_token:
        return SaveResult(False, "The provider gave no refresh token: you will have to sign in "
                          "again when the access token expires.")
    entry = {"v": 1, "provider": provider.to_public(), "account": tokens.account,
             "refresh_token": tokens.refresh_token}
    if provider.client_secret:  # a Desktop app client's: refresh and revoke need it too
        entry["client_secret"] = provider.client_secret
        register_secret(provider.client_secret)
    result = secrets.set_oauth(profile, json.dumps(entry))
    if result.status is secrets.SecretStatus.OK:
        return SaveResult(True, "The sign-in is saved in the system keychain (the refresh "
                          "token only; never in a file).")
    return SaveResult(False, result.message.replace("The password is", "The sign-in is"))


def _load(profile: str) -> dict[str, Any] | None:
    result = secrets.get_oauth(profile)
    if result.status is secrets.SecretStatus.NOT_FOUND or result.value is None:
        if result.ok:
            return None
        raise OAuthError("oauth.keychain", result.message)
    try:
        entry = json.loads(result.value)
    except ValueError:
        entry = None
    if not isinstance(entry, dict) or not isinstance(entry.get("provider"), dict):
        raise OAuthError(
            "oauth.keychain", msg("The saved sign-in in the keychain is damaged: sign in "
                             "again."))
    for key in ("refresh_token", "client_secret"):
        value = entry.get(key)
        if isinstance(value, str) and value:
            register_secret(value)
    return entry


def provider_of(entry: dict[str, Any], **overrides: str) -> OAuthProvider:
    saved = entry["provider"]
    keys = ("tenant", "issuer", "authority", "oidc_authority", "authorization_endpoint",
            "token_endpoint", "revocation_endpoint", "client_id")
    if str(overrides.get("client_id") or "") and not overrides.get("client_secret"):
        entry = {k: v for k, v in entry.items() if k != "client_secret"}
    settings = {key: str(overrides.get(key) or saved.get(key) or "") for key in keys}
    scopes = tuple(str(s) for s in saved.get("scopes") or ())
    secret = str(overrides.get("client_secret") or entry.get("client_secret") or "")
    try:
        return resolve(str(saved.get("id", "")), scopes=scopes, client_secret=secret,
                       **settings)
    except ProviderError as exc:
        raise OAuthError("oauth.keychain", msg("The saved sign-in cannot be used: {error}",
                                             error=exc.message)) \
            from None


def state(profile: str) -> SignInState | None:
    """Who is signed in for ``profile`` (reads the keychain: call it off the GUI thread)."""
    tokens = in_memory(profile)
    entry = _load(profile)
    if entry is None and tokens is None:
        return None
    saved = entry["provider"] if entry else {}
    return SignInState(profile, str(saved.get("id") or (tokens.provider if tokens else "")),
                       str((entry or {}).get("account") or (tokens.account if tokens else "")),
                       tokens.expires_at if tokens else None, str(saved.get("sasl", "xoauth2")))


def access_token(profile: str, *, cancel: CancelToken, ca_file: str = "",
                 force_refresh: bool = False, **overrides: str) -> Tokens:
    """A valid access token for ``profile``: the one in memory, or a fresh one from the saved
    refresh token (saved again when the provider rotates it). Raises :class:`OAuthError`
    (``oauth.not_signed_in`` when there is no sign-in, ``oauth.refresh_expired`` when the
    provider refuses the refresh token)."""
    from .flows import refresh

    tokens = in_memory(profile)
    if tokens is not None and not tokens.expired and not force_refresh:
        return tokens
    entry = _load(profile)
    refresh_token = str((entry or {}).get("refresh_token") or
                        (tokens.refresh_token if tokens else ""))
    if entry is None and not refresh_token:
        raise OAuthError("oauth.not_signed_in", msg(
            "Profile “{profile}” is not signed in: run smtp-doctor login first (or sign in in "
            "the app).", profile=profile))
    if entry is None:
        raise OAuthError(
            "oauth.not_signed_in", msg("The sign-in was kept for the last session only"))
    provider = provider_of(entry, **overrides)
    fresh = refresh(provider, refresh_token, account=str(entry.get("account", "")),
                    cancel=cancel, ca_file=ca_file)
    remember(profile, fresh)
    if fresh.refresh_token and fresh.refresh_token != refresh_token:
        save(profile, provider, fresh)  # rotated: the old one no longer works
    return fresh


def fresh_settings(profile: str, ca_file: str = ""
                   ) -> Callable[[ServerSettings, CancelToken], ServerSettings]:
    """For a monitor (``Monitor(prepare=…)``): before each run, the settings with the profile's
    access token, refreshed when it has (nearly) expired. When the refresh fails the settings
    are kept as they are: that run's AUTH step then shows the refused token."""
    def prepare(settings: ServerSettings, cancel: CancelToken) -> ServerSettings:
        try:
            tokens = access_token(profile, cancel=cancel, ca_file=ca_file)
        except OAuthError:
            return settings
        if tokens.access_token == settings.oauth_token:
            return settings
        return replace(settings, oauth_token=tokens.access_token)
    return prepare


@dataclass(frozen=True)
class SignOutResult:
    revoked: bool
    forgotten: bool
    message: str


def sign_out(profile: str, *, cancel: CancelToken, ca_file: str = "",
             **overrides: str) -> SignOutResult:
    """Revoke the refresh token where the provider supports it, then delete the keychain entry
    and the access token in memory. Never raises for a provider that cannot be reached: the
    token is forgotten anyway."""
    from .flows import revoke

    tokens = in_memory(profile)
    try:
        entry = _load(profile)
    except OAuthError:
        entry = None
    revoked = False
    refresh_token = str((entry or {}).get("refresh_token") or
                        (tokens.refresh_token if tokens else ""))
    if entry is not None and refresh_token:
        try:
            revoked = revoke(provider_of(entry, **overrides), refresh_token, cancel=cancel,
                             ca_file=ca_file)
        except OAuthError:
            revoked = False
    forget(profile)
    deleted = secrets.delete_oauth(profile)
    forgotten = deleted.ok
    if entry is None and tokens is None:
        return SignOutResult(False, True, msg("Profile “{profile}” was not signed in.",
                                                       profile=profile))
    if forgotten:
        what = msg("Signed out: the sign-in was revoked at the provider and removed from this "
                   "computer.") if revoked else msg("Signed out: the sign-in was removed from this "
                                                    "computer.")
    else:
        what = msg("Signed out: the sign-in was revoked at the provider, but the keychain said: "
                   "{error}.", error=deleted.message) if revoked else msg(
            "Signed out, but the keychain said: {error}.", error=deleted.message)
    return SignOutResult(revoked, forgotten, what)


def seconds_left(tokens: Tokens) -> float:
    return max(0.0, tokens.expires_at - time.time())
