"""Sign-in, refresh and revocation, glued to MSAL (Microsoft) and Authlib (everyone else).

Every function blocks, takes a :class:`CancelToken` and reports progress through ``on_event``
(see :mod:`app.core.oauth.events`); the only thread is none: the loopback listener runs in the
caller's thread and polls the token. The protocol itself (PKCE, state, device polling, token
requests) is the libraries' work: MSAL's ``initiate_auth_code_flow`` /
``acquire_token_by_auth_code_flow`` / ``initiate_device_flow`` / ``acquire_token_by_device_flow``
/ ``acquire_token_by_refresh_token``, and Authlib's ``OAuth2Session``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import time
import urllib.parse
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..cancel import CancelToken
from ..protocol.tls import make_context
from ..text.i18n import msg
from ..text.redact import Redactor, register_secret
from ..text.sanitize import clean_text
from . import events as ev
from .errors import OAuthError, failed, from_result
from .providers import OAuthProvider

if TYPE_CHECKING:  # the browser flows import it: http.server stays out of start-up
    from .loopback import LoopbackListener

HTTP_TIMEOUT = 15.0
DEFAULT_WAIT = 300.0  # how long a sign-in waits for the user

OnEvent = Callable[[ev.OAuthEvent], None]
OpenUrl = Callable[[str], Any]


@dataclass(frozen=True)
class Tokens:
    """The outcome of a sign-in or refresh. Tokens never show in a repr, and each is registered
    for redaction the moment it exists, before any message could show it."""

    provider: str
    account: str
    access_token: str = field(repr=False)
    expires_at: float  # time.time() seconds
    refresh_token: str = field(default="", repr=False)
    scopes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for secret in self.secrets():
            register_secret(secret)

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at - 60  # a minute's margin for the SMTP exchange

    def secrets(self) -> list[str]:
        return [s for s in (self.access_token, self.refresh_token) if s]


def _ignore(_event: ev.OAuthEvent) -> None:
    return None


# -- HTTP --------------------------------------------------------------------------------------


def http_session(ca_file: str = "") -> Any:
    """A requests session that trusts the OS store (truststore) or only ``ca_file``."""
    import requests
    from requests.adapters import HTTPAdapter

    context = make_context(ca_file=ca_file)  # TLS 1.2+, the OS store or only ca_file

    class _Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = context
            super().init_poolmanager(*args, **kwargs)

    session = requests.Session()
    session.mount("https://", _Adapter())
    if ca_file:  # only this CA: REQUESTS_CA_BUNDLE and friends must not widen or replace it
        session.trust_env = False
        session.verify = ca_file
    return session


def discover(issuer: str, session: Any, cancel: CancelToken) -> dict[str, Any]:
    """The issuer's OpenID configuration (OIDC Discovery 1.0 section 4)."""
    cancel.check()
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        response = session.get(url, timeout=HTTP_TIMEOUT)
    except Exception as exc:
        raise OAuthError("oauth.unreachable", msg("Could not read {url}: {error}", url=url,
                                                  error=type(exc).__name__),
                         facts={"url": url}) from None
    if response.status_code != 200:
        raise OAuthError("oauth.unreachable", msg("{url} answered HTTP {status}", url=url,
                                                  status=response.status_code),
                         facts={"url": url, "status": response.status_code})
    try:
        data = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise OAuthError("oauth.unreachable", msg("{url} is not an OpenID configuration", url=url),
                         facts={"url": url})
    return data


def _endpoints(provider: OAuthProvider, session: Any, cancel: CancelToken) -> dict[str, str]:
    found = {"authorization_endpoint": provider.authorization_endpoint,
             "token_endpoint": provider.token_endpoint,
             "revocation_endpoint": provider.revocation_endpoint}
    if provider.issuer and not (found["authorization_endpoint"] and found["token_endpoint"]):
        metadata = discover(provider.issuer, session, cancel)
        for key in found:
            if not found[key] and isinstance(metadata.get(key), str):
                found[key] = metadata[key]
    return found


# -- account name ------------------------------------------------------------------------------


def _id_token_claims(id_token: str) -> dict[str, Any]:
    """The claims of an ID token received straight from the token endpoint over TLS (OIDC Core
    3.1.3.7: its signature need not be checked then). Only used to name the account."""
    try:
        payload = id_token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return {}
    return data if isinstance(data, dict) else {}


def _account(claims: dict[str, Any], fallback: str) -> str:
    """The account's name from the ID token's claims (the server's text: cleaned here)."""
    for key in ("preferred_username", "email", "upn", "unique_name", "sub"):
        value = claims.get(key)
        if isinstance(value, str) and value:
            return clean_text(value)
    return fallback


# -- MSAL --------------------------------------------------------------------------------------


def _msal_app(provider: OAuthProvider, session: Any) -> Any:
    """MSAL's app; it reads the authority's OpenID configuration right away."""
    try:
        return _new_msal_app(provider, session)
    except ValueError as exc:  # MSAL: an authority it cannot use, or a broken discovery answer
        raise OAuthError(
            "oauth.unreachable", msg("The sign-in service cannot be used: {error}", error=exc),
                         facts={"authority": provider.oidc_authority or
                                provider.msal_authority}) from None


def _new_msal_app(provider: OAuthProvider, session: Any) -> Any:
    import msal

    if provider.oidc_authority:
        return msal.PublicClientApplication(provider.client_id,
                                            oidc_authority=provider.oidc_authority,
                                            http_client=session, timeout=HTTP_TIMEOUT,
                                            token_cache=msal.TokenCache())
    return msal.PublicClientApplication(provider.client_id, authority=provider.msal_authority,
                                        http_client=session, timeout=HTTP_TIMEOUT,
                                        token_cache=msal.TokenCache())


def _msal_tokens(provider: OAuthProvider, result: dict[str, Any], what: str,
                 fallback_account: str, *, refreshing: bool = False,
                 previous_refresh: str = "") -> Tokens:
    if "access_token" not in result:
        raise from_result(provider.id, result, what, refreshing=refreshing,
                          scrub=Redactor([previous_refresh]).scrub)
    claims = result.get("id_token_claims") or {}
    scopes = tuple(str(result.get("scope", "")).split())
    return Tokens(provider.id, _account(claims if isinstance(claims, dict) else {},
                                        fallback_account),
                  str(result["access_token"]), time.time() + float(result.get("expires_in", 3600)),
                  str(result.get("refresh_token") or previous_refresh), scopes)


def _msal_device(provider: OAuthProvider, app: Any, cancel: CancelToken, on_event: OnEvent,
                 timeout: float, login_hint: str) -> Tokens:
    flow = app.initiate_device_flow(scopes=list(provider.scopes))
    if "user_code" not in flow:
        raise from_result(provider.id, flow, "Starting the device-code sign-in")
    expires_in = float(flow.get("expires_in", timeout))
    deadline = time.monotonic() + min(timeout, expires_in)
    # the server's words, shown in the dialog and the terminal: cleaned where they enter
    on_event(ev.DeviceCode(clean_text(str(flow["user_code"])),
                           clean_text(str(flow.get("verification_uri", ""))),
                           min(timeout, expires_in), clean_text(str(flow.get("message", "")))))

    def stop(_flow: dict[str, Any]) -> bool:
        left = deadline - time.monotonic()
        on_event(ev.Waiting(max(0.0, left)))
        return cancel.cancelled or left <= 0

    result = app.acquire_token_by_device_flow(flow, exit_condition=stop)
    cancel.check()
    if result.get("error") in ("authorization_pending", "slow_down"):
        raise OAuthError("oauth.timeout", msg("Nobody entered the code in time"),
                         facts={"waited_s": round(min(timeout, expires_in))})
    return _msal_tokens(provider, result, "Signing in", login_hint)


def _msal_browser(provider: OAuthProvider, app: Any, cancel: CancelToken, on_event: OnEvent,
                  open_url: OpenUrl, timeout: float, login_hint: str) -> Tokens:
    from .loopback import LoopbackListener

    with LoopbackListener() as listener:
        redirect = listener.redirect_uri(provider.redirect_host)
        with warnings.catch_warnings():
            # MSAL suggests form_post; a native app's loopback redirect uses the query (RFC 8252)
            warnings.simplefilter("ignore", UserWarning)
            flow = app.initiate_auth_code_flow(list(provider.scopes), redirect_uri=redirect,
                                               login_hint=login_hint or None,
                                               prompt="select_account")
        response = _browser_wait(listener, flow["auth_uri"], redirect, cancel, on_event,
                                 open_url, timeout)
    try:
        result = app.acquire_token_by_auth_code_flow(flow, response)
    except ValueError as exc:  # MSAL: state missing or mismatched (a stray or forged redirect)
        raise OAuthError(
            "oauth.sign_in_failed", msg("The sign-in answer did not match: {error}", error=exc),
                         error="invalid_state") from None
    return _msal_tokens(provider, result, "Signing in", login_hint)


def _browser_wait(listener: LoopbackListener, url: str, redirect: str, cancel: CancelToken,
                  on_event: OnEvent, open_url: OpenUrl, timeout: float) -> dict[str, str]:
    from .loopback import ListenerTimeout

    deadline = time.monotonic() + timeout
    # built from the discovery document's authorization_endpoint, which the libraries do not
    # escape: the server's text, shown in the terminal and the dialog, so cleaned here
    url = clean_text(url)
    if urllib.parse.urlsplit(url).scheme.lower() != "https":
        # webbrowser.open (and the dialog's button) would also start a local handler for
        # file:, ms-msdt: and the like: a provider's sign-in page is always https (RFC 8414 §2)
        raise OAuthError("oauth.sign_in_failed", msg(
            "The provider's sign-in address is not an https address, so it is not opened: {url}",
            url=url[:200]))
    on_event(ev.BrowserOpened(url, redirect, timeout))
    open_url(url)
    try:
        return listener.wait(cancel, deadline,
                             lambda left: on_event(ev.Waiting(max(0.0, left))))
    except ListenerTimeout:
        raise OAuthError("oauth.timeout", msg("The browser sign-in did not come back in time"),
                         facts={"waited_s": round(timeout)}) from None


# -- Authlib -----------------------------------------------------------------------------------


def _authlib_session(provider: OAuthProvider, session: Any, **kwargs: Any) -> Any:
    from authlib.integrations.requests_client import OAuth2Session

    client = OAuth2Session(provider.client_id, provider.client_secret or None,
                           token_endpoint_auth_method="client_secret_post"
                           if provider.client_secret else "none",
                           revocation_endpoint_auth_method="client_secret_post"
                           if provider.client_secret else "none",
                           default_timeout=HTTP_TIMEOUT, **kwargs)
    # the same trust (OS store or the given CA file) as every other request
    for prefix, adapter in session.adapters.items():
        client.mount(prefix, adapter)
    client.verify = session.verify
    return client


def _authlib_tokens(provider: OAuthProvider, token: dict[str, Any], fallback_account: str,
                    previous_refresh: str = "") -> Tokens:
    claims = _id_token_claims(str(token.get("id_token", "")))
    expires_at = float(token.get("expires_at") or time.time() + float(
        token.get("expires_in", 3600)))
    return Tokens(provider.id, _account(claims, fallback_account), str(token["access_token"]),
                  expires_at, str(token.get("refresh_token") or previous_refresh),
                  tuple(str(token.get("scope", "")).split()))


def _authlib_error(provider: OAuthProvider, exc: Exception, what: str, *,
                   refreshing: bool = False, scrub: Callable[[str], str] | None = None
                   ) -> OAuthError:
    error = str(getattr(exc, "error", "") or "")
    description = str(getattr(exc, "description", "") or "")
    if not error:
        return OAuthError("oauth.unreachable", failed(what, type(exc).__name__))
    return from_result(provider.id, {"error": error, "error_description": description}, what,
                       refreshing=refreshing, scrub=scrub)


def _authlib_browser(provider: OAuthProvider, session: Any, cancel: CancelToken,
                     on_event: OnEvent, open_url: OpenUrl, timeout: float,
                     login_hint: str) -> Tokens:
    from authlib.common.security import generate_token

    from .loopback import LoopbackListener

    endpoints = _endpoints(provider, session, cancel)
    if not endpoints["authorization_endpoint"] or not endpoints["token_endpoint"]:
        raise OAuthError(
            "oauth.unreachable", msg("The provider names no authorization or token endpoint"))
    with LoopbackListener() as listener:
        redirect = listener.redirect_uri(provider.redirect_host)
        client = _authlib_session(provider, session, scope=" ".join(provider.all_scopes()),
                                  redirect_uri=redirect, code_challenge_method="S256")
        verifier = generate_token(48)
        extra: dict[str, str] = {"login_hint": login_hint} if login_hint else {}
        if provider.id == "google":
            extra.update(access_type="offline", prompt="consent")  # Google's refresh token
        url, state = client.create_authorization_url(endpoints["authorization_endpoint"],
                                                     code_verifier=verifier, **extra)
        response = _browser_wait(listener, url, redirect, cancel, on_event, open_url, timeout)
    if response.get("state") != state:
        raise OAuthError("oauth.sign_in_failed",
                         msg("The sign-in answer did not match this sign-in (state)"),
                         error="invalid_state")
    if "error" in response:
        raise from_result(provider.id, response, "Signing in")
    cancel.check()
    try:
        token = client.fetch_token(endpoints["token_endpoint"], code=response.get("code", ""),
                                   code_verifier=verifier, state=state)
    except Exception as exc:
        raise _authlib_error(provider, exc, "Signing in") from None
    return _authlib_tokens(provider, token, login_hint)


# -- public API --------------------------------------------------------------------------------


def sign_in(provider: OAuthProvider, *, cancel: CancelToken, device_code: bool = False,
            on_event: OnEvent | None = None, open_url: OpenUrl | None = None,
            timeout: float = DEFAULT_WAIT, login_hint: str = "", ca_file: str = "") -> Tokens:
    """Sign in interactively. Blocks until signed in, cancelled (raises Cancelled), timed out
    or refused (raise :class:`OAuthError`)."""
    emit = on_event or _ignore
    opener = open_url or _open_in_browser
    with _provider_session(provider, ca_file, cancel) as session:
        if provider.library == "msal":
            app = _msal_app(provider, session)
            if device_code:
                return _msal_device(provider, app, cancel, emit, timeout, login_hint)
            return _msal_browser(provider, app, cancel, emit, opener, timeout, login_hint)
        if device_code:
            raise OAuthError("oauth.sign_in_failed", msg(
                "{provider} sign-in has no device-code flow here; use the browser sign-in",
                provider=provider.name))
        return _authlib_browser(provider, session, cancel, emit, opener, timeout, login_hint)


@contextlib.contextmanager
def _provider_session(provider: OAuthProvider, ca_file: str,
                      cancel: CancelToken) -> Iterator[Any]:
    """An HTTP session for talking to ``provider``; network trouble becomes oauth.unreachable."""
    session = http_session(ca_file)
    try:
        yield session
    except OSError as exc:
        cancel.check()
        raise OAuthError(
            "oauth.unreachable", msg("Could not reach {provider}: {error}", provider=provider.name,
                             error=type(exc).__name__)) from None
    except Exception as exc:
        import msal

        if isinstance(exc, msal.exceptions.MsalServiceError):  # e.g. "HTTP Error: 503"
            raise OAuthError(
                "oauth.unreachable", msg("{provider}'s sign-in service did not answer usefully "
                                 "({error})", provider=provider.name, error=exc)) from None
        raise
    finally:
        session.close()


def refresh(provider: OAuthProvider, refresh_token: str, *, account: str = "",
            cancel: CancelToken, ca_file: str = "") -> Tokens:
    """New tokens from a refresh token (the provider may rotate the refresh token)."""
    cancel.check()
    scrub = Redactor([refresh_token]).scrub
    with _provider_session(provider, ca_file, cancel) as session:
        if provider.library == "msal":
            app = _msal_app(provider, session)
            result = app.acquire_token_by_refresh_token(refresh_token, list(provider.scopes))
            tokens = _msal_tokens(provider, result, "Refreshing the sign-in", account,
                                  refreshing=True, previous_refresh=refresh_token)
        else:
            endpoints = _endpoints(provider, session, cancel)
            client = _authlib_session(provider, session)
            try:
                token = client.refresh_token(endpoints["token_endpoint"],
                                             refresh_token=refresh_token)
            except Exception as exc:
                raise _authlib_error(provider, exc, "Refreshing the sign-in", refreshing=True,
                                     scrub=scrub) from None
            tokens = _authlib_tokens(provider, token, account, refresh_token)
    if tokens.account == "" and account:
        return Tokens(tokens.provider, account, tokens.access_token, tokens.expires_at,
                      tokens.refresh_token, tokens.scopes)
    return tokens


def revoke(provider: OAuthProvider, refresh_token: str, *, cancel: CancelToken,
           ca_file: str = "") -> bool:
    """Revoke the refresh token (RFC 7009) where the provider offers it; True if revoked.

    Microsoft has no revocation endpoint for public clients: there sign-out forgets the token
    (and the user can revoke sessions at https://myaccount.microsoft.com)."""
    if not provider.revocation or provider.library == "msal":
        return False
    cancel.check()
    session = http_session(ca_file)
    try:
        endpoints = _endpoints(provider, session, cancel)
        if not endpoints["revocation_endpoint"]:
            return False
        client = _authlib_session(provider, session)
        response = client.revoke_token(endpoints["revocation_endpoint"], refresh_token,
                                       token_type_hint="refresh_token")
        return bool(response.status_code == 200)
    except Exception:  # an OAuthError (discovery) or the network: the token is forgotten anyway
        return False
    finally:
        session.close()


def _open_in_browser(url: str) -> bool:
    import webbrowser

    return webbrowser.open(url)
