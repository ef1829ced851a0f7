"""OAuth 2 sign-in for SMTP (Qt-free): providers as data, flows, tokens.

    provider = resolve("microsoft", tenant="organizations")
    tokens = sign_in(provider, cancel=token, device_code=True, on_event=print)
    save("Default", provider, tokens)           # refresh token -> OS keychain
    access_token("Default", cancel=token)       # refreshed when expired
    sign_out("Default", cancel=token)           # revoke where supported, delete the entry

Microsoft signs in through MSAL, Google and other providers through Authlib's OAuth 2 client.
All functions block; run them in a worker. They take a CancelToken and report progress through
``on_event`` (events.DeviceCode, events.BrowserOpened, events.Waiting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import OAuthError
from .events import BrowserOpened, DeviceCode, OAuthEvent, Waiting
from .providers import OAuthProvider, ProviderError, load_oauth_providers, resolve
from .store import (
    SignInState,
    SignOutResult,
    access_token,
    in_memory,
    save,
    sign_out,
    state,
)

if TYPE_CHECKING:
    from .flows import Tokens, discover, http_session, refresh, revoke, sign_in

#: Imported on first use: flows brings the TLS context and the HTTP client code, which showing
#: the sign-in state (the GUI's start, the CLI) does not need.
_FROM_FLOWS = frozenset({"Tokens", "discover", "http_session", "refresh", "revoke", "sign_in"})


def __getattr__(name: str) -> Any:
    if name not in _FROM_FLOWS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import flows

    return getattr(flows, name)

__all__ = [
    "BrowserOpened", "DeviceCode", "OAuthError", "OAuthEvent", "OAuthProvider",
    "ProviderError", "SignInState", "SignOutResult", "Tokens", "Waiting", "access_token",
    "discover", "http_session", "in_memory", "load_oauth_providers", "refresh", "resolve",
    "revoke", "save", "sign_in", "sign_out", "state",
]
