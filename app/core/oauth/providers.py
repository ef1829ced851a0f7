"""OAuth providers as data: resources/oauth_providers.toml plus the client ids.

A provider says which library signs in (MSAL for Microsoft, Authlib's OAuth 2 client for the
rest), where (authority and tenant, or an issuer, or explicit endpoints) and which scopes the SMTP
token needs. :func:`resolve` applies what the user chose (tenant, own client id, issuer, base URLs
for tests) on top of the file.

Client ids: the user's own, else ``SMTP_DOCTOR_<PROVIDER>_CLIENT_ID`` from the environment, else
resources/oauth_clients.toml (which the release workflow fills). Never another app's id.
"""

from __future__ import annotations

import functools
import os
import sys
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from ..knowledge.resources import resource_path, str_tuple
from ..text.i18n import msg

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PROVIDERS_FILE = "oauth_providers.toml"
CLIENTS_FILE = "oauth_clients.toml"
PROVIDER_IDS = ("microsoft", "google", "custom")
TENANTS = ("organizations", "consumers", "common")

Library = Literal["msal", "oauth2"]


@dataclass(frozen=True)
class OAuthProvider:
    id: str
    name: str
    library: Library
    scopes: tuple[str, ...]
    extra_scopes: tuple[str, ...] = ()
    authority: str = ""
    tenant: str = ""
    issuer: str = ""
    authorization_endpoint: str = ""
    token_endpoint: str = ""
    revocation_endpoint: str = ""
    device_code: bool = False
    revocation: bool = False
    redirect_host: str = "127.0.0.1"
    sasl: str = "xoauth2"
    smtp_host: str = ""
    docs: str = ""
    client_secret_required: bool = False
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    # Tests (and unusual clouds): point MSAL at an OIDC issuer instead of login.microsoftonline.com.
    oidc_authority: str = ""

    @property
    def label(self) -> str:
        """``Sign in with …``"""
        return f"Sign in with {self.name}"

    @property
    def msal_authority(self) -> str:
        return f"{self.authority.rstrip('/')}/{self.tenant or 'organizations'}"

    def all_scopes(self) -> list[str]:
        return list(dict.fromkeys([*self.scopes, *self.extra_scopes]))

    def to_public(self) -> dict[str, Any]:
        """What a stored sign-in remembers about the provider (no secret)."""
        return {"id": self.id, "tenant": self.tenant, "issuer": self.issuer,
                "authority": self.authority, "oidc_authority": self.oidc_authority,
                "authorization_endpoint": self.authorization_endpoint,
                "token_endpoint": self.token_endpoint,
                "revocation_endpoint": self.revocation_endpoint,
                "client_id": self.client_id, "scopes": list(self.scopes),
                "sasl": self.sasl}


def _parse(pid: str, raw: Any) -> OAuthProvider:
    if not isinstance(raw, dict):
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}] must be a table")
    library = raw.get("library")
    if library not in ("msal", "oauth2"):
        raise ValueError(f"{PROVIDERS_FILE}: [{pid}].library must be 'msal' or 'oauth2'")
    text = {key: str(raw.get(key, "")) for key in (
        "authority", "tenant", "issuer", "authorization_endpoint", "token_endpoint",
        "revocation_endpoint", "redirect_host", "sasl", "smtp_host", "docs")}
    return OAuthProvider(
        id=pid, name=str(raw.get("name", pid)), library=library,
        scopes=str_tuple(raw.get("scopes"), PROVIDERS_FILE, f"[{pid}].scopes"),
        extra_scopes=str_tuple(raw.get("extra_scopes"), PROVIDERS_FILE,
                               f"[{pid}].extra_scopes"),
        device_code=bool(raw.get("device_code", False)),
        revocation=bool(raw.get("revocation", False)),
        client_secret_required=bool(raw.get("client_secret_required", False)),
        **{k: v for k, v in text.items() if v or k not in ("redirect_host", "sasl")},
    )


@functools.lru_cache(maxsize=1)
def _load() -> dict[str, OAuthProvider]:
    with resource_path(PROVIDERS_FILE).open("rb") as fh:
        data = tomllib.load(fh)
    return {str(pid): _parse(str(pid), raw) for pid, raw in data.items()}


@functools.lru_cache(maxsize=1)
def _clients() -> dict[str, dict[str, str]]:
    try:
        with resource_path(CLIENTS_FILE).open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in data.items()
            if isinstance(v, dict)}


def load_oauth_providers() -> dict[str, OAuthProvider]:
    return dict(_load())


def default_client(provider_id: str) -> tuple[str, str]:
    """The app's own (client id, client secret) for a provider: environment, then the file."""
    env = f"SMTP_DOCTOR_{provider_id.upper()}_"
    stored = _clients().get(provider_id, {})
    client_id = os.environ.get(env + "CLIENT_ID", "").strip() or stored.get("client_id", "")
    secret = os.environ.get(env + "CLIENT_SECRET", "").strip() or \
        stored.get("client_secret", "")
    return client_id.strip(), secret.strip()


class ProviderError(ValueError):
    """The provider settings cannot be used (unknown id, no client id, no endpoints)."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


def resolve(provider_id: str, *, client_id: str = "", client_secret: str = "", tenant: str = "",
            issuer: str = "", authority: str = "", oidc_authority: str = "",
            authorization_endpoint: str = "", token_endpoint: str = "",
            revocation_endpoint: str = "", scopes: tuple[str, ...] = ()) -> OAuthProvider:
    """The provider with the user's choices applied; raises :class:`ProviderError`."""
    providers = _load()
    if provider_id not in providers:
        raise ProviderError("provider", msg("Unknown provider {provider}: choose one of "
                                            "{choices}.", provider=repr(provider_id),
                                            choices=", ".join(PROVIDER_IDS)))
    base = providers[provider_id]
    own_id, own_secret = default_client(provider_id)
    changes: dict[str, Any] = {
        "client_id": client_id.strip() or own_id,
        "client_secret": client_secret.strip() or (own_secret if not client_id.strip() else ""),
    }
    for key, value in (("tenant", tenant), ("issuer", issuer), ("authority", authority),
                       ("oidc_authority", oidc_authority),
                       ("authorization_endpoint", authorization_endpoint),
                       ("token_endpoint", token_endpoint),
                       ("revocation_endpoint", revocation_endpoint)):
        if value.strip():
            changes[key] = value.strip()
    if scopes:
        changes["scopes"] = tuple(scopes)
    provider = replace(base, **changes)
    if provider.library == "oauth2" and (issuer.strip() or oidc_authority.strip()):
        # an explicit issuer: its discovery document names the endpoints, unless given too
        cleared: dict[str, Any] = {
            key: "" for key, value in (("authorization_endpoint", authorization_endpoint),
                                       ("token_endpoint", token_endpoint),
                                       ("revocation_endpoint", revocation_endpoint))
            if not value.strip()}
        provider = replace(provider, **cleared)
    if not provider.client_id:
        raise ProviderError("client_id", msg("No client id for {name}: enter the application "
                                             "(client) id of your app registration (see "
                                             "docs/oauth.md).", name=provider.name))
    if provider.client_secret_required and not provider.client_secret:
        raise ProviderError("client_secret", msg("{name} needs the client secret of your "
                                                 "Desktop app client too.",
                                                 name=provider.name))
    if provider.library == "oauth2" and not provider.issuer and not (
            provider.authorization_endpoint and provider.token_endpoint):
        raise ProviderError("issuer", msg("Enter the issuer URL (for OIDC discovery) or the "
                                          "authorization and token endpoints."))
    if not provider.scopes:
        raise ProviderError("scopes", msg("Enter the scope(s) your provider requires for "
                                          "SMTP."))
    return provider
