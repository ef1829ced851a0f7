"""The OAuth test bed itself: every grant end to end with a plain HTTP client, against the real
Authlib-based server on loopback (HTTPS, test CA), plus MSAL against the Microsoft-shaped paths."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import smtplib
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import msal
import pytest
import requests

from tests.support.servers.oauth_as import (
    CONFIDENTIAL_CLIENT_ID,
    CONFIDENTIAL_CLIENT_SECRET,
    DEVICE_CODE_GRANT_TYPE,
    PUBLIC_CLIENT_ID,
    RESOURCE_CLIENT_ID,
    RESOURCE_CLIENT_SECRET,
    SCOPE_M365_SMTP,
    TEST_USER,
    AuthServer,
    fault_preset,
)
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.oauth_smtp import (
    REPLY_MS_BASIC_NOT_SUPPORTED,
    REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX,
    REPLY_MS_SMTP_AUTH_DISABLED_TENANT,
    OAuthSmtpServer,
)
from tests.support.servers.pki import TestPki

SCOPES = f"openid profile offline_access {SCOPE_M365_SMTP}"
REDIRECT = "http://127.0.0.1:51234/callback"


@pytest.fixture
def http(pki: TestPki) -> Iterator[httpx.Client]:
    with httpx.Client(verify=pki.client_context(), timeout=10, trust_env=False) as client:
        yield client


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def auth_url(server: AuthServer, challenge: str, *, tenant: str | None = "organizations",
             redirect_uri: str = REDIRECT, client_id: str = PUBLIC_CLIENT_ID,
             state: str = "st-1") -> str:
    endpoint = server.endpoints(tenant)["authorization_endpoint"]
    return endpoint + "?" + urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
        "scope": SCOPES, "state": state, "code_challenge": challenge,
        "code_challenge_method": "S256", "nonce": "n-1",
    })


def redeem(http: httpx.Client, server: AuthServer, code: str, verifier: str,
           tenant: str | None = "organizations") -> httpx.Response:
    return http.post(server.endpoints(tenant)["token_endpoint"], data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
        "client_id": PUBLIC_CLIENT_ID, "code_verifier": verifier,
    })


def sign_in(http: httpx.Client, server: AuthServer, browser: HeadlessBrowser) -> dict[str, Any]:
    verifier, challenge = pkce()
    result = browser.authorize(auth_url(server, challenge), deliver=False)
    response = redeem(http, server, result.params["code"], verifier)
    assert response.status_code == 200, response.text
    return dict(response.json())


def introspect(http: httpx.Client, server: AuthServer, token: str) -> dict[str, Any]:
    response = http.post(server.url("/introspect"), data={"token": token},
                         auth=(RESOURCE_CLIENT_ID, RESOURCE_CLIENT_SECRET))
    assert response.status_code == 200
    return dict(response.json())


def id_claims(id_token: str) -> dict[str, Any]:
    payload = id_token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


# --------------------------------------------------------------------------- discovery
@pytest.mark.parametrize("tenant", [None, "organizations", "common", "consumers",
                                    "contoso.onmicrosoft.com"])
def test_discovery_lists_every_endpoint(oauth_server: AuthServer, http: httpx.Client,
                                        tenant: str | None) -> None:
    base = oauth_server.tenant_issuer(tenant) if tenant else oauth_server.issuer
    doc = http.get(base + "/.well-known/openid-configuration").json()
    assert doc["issuer"] == base
    for key in ("authorization_endpoint", "token_endpoint", "device_authorization_endpoint",
                "revocation_endpoint", "introspection_endpoint", "userinfo_endpoint",
                "jwks_uri"):
        assert doc[key].startswith(oauth_server.base_url + "/"), key
    assert doc["code_challenge_methods_supported"] == ["S256"]
    if tenant:
        assert doc["token_endpoint"].endswith(f"/{tenant}/oauth2/v2.0/token")
        assert doc["device_authorization_endpoint"].endswith(f"/{tenant}/oauth2/v2.0/devicecode")


# --------------------------------------------------------------------------- auth code + PKCE
def test_auth_code_pkce_end_to_end_names_the_account(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), deliver=False)
    assert result.redirect_url is not None and result.redirect_url.startswith(REDIRECT + "?")
    assert result.params["state"] == "st-1"
    response = redeem(http, oauth_server, result.params["code"], verifier)
    assert response.status_code == 200, response.text
    token = response.json()
    assert token["token_type"].lower() == "bearer" and token["refresh_token"]
    claims = id_claims(token["id_token"])
    assert claims["preferred_username"] == TEST_USER and claims["nonce"] == "n-1"
    assert claims["aud"] == PUBLIC_CLIENT_ID
    assert claims["iss"] == oauth_server.tenant_issuer("organizations")
    info = http.get(oauth_server.url("/userinfo"),
                    headers={"Authorization": f"Bearer {token['access_token']}"}).json()
    assert info["email"] == TEST_USER


def test_loopback_redirect_any_port_and_localhost(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    for redirect in ("http://localhost:40001/", "http://127.0.0.1:40002/cb",
                     "http://localhost:40003"):
        _verifier, challenge = pkce()
        result = oauth_browser.authorize(
            auth_url(oauth_server, challenge, redirect_uri=redirect), deliver=False)
        assert result.redirect_url is not None and result.redirect_url.startswith(redirect)
        assert result.params["code"]


def test_redirect_to_a_non_loopback_host_is_refused_on_a_page(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    _verifier, challenge = pkce()
    result = oauth_browser.authorize(
        auth_url(oauth_server, challenge, redirect_uri="http://evil.example:40001/"))
    assert result.redirect_url is None
    assert result.page_status == 400
    assert result.page_ids["error"] == "invalid_request"


def test_wrong_pkce_verifier_is_refused(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    _verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), deliver=False)
    wrong, _ = pkce()
    response = redeem(http, oauth_server, result.params["code"], wrong)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_public_client_without_pkce_is_refused(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    endpoint = oauth_server.endpoints(None)["authorization_endpoint"]
    url = endpoint + "?" + urlencode({"response_type": "code", "client_id": PUBLIC_CLIENT_ID,
                                      "redirect_uri": REDIRECT, "scope": SCOPES, "state": "s"})
    result = oauth_browser.authorize(url, deliver=False)
    assert result.params["error"] == "invalid_request"
    assert "code_challenge" in result.params["error_description"]


def test_code_is_single_use(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), deliver=False)
    assert redeem(http, oauth_server, result.params["code"], verifier).status_code == 200
    again = redeem(http, oauth_server, result.params["code"], verifier)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_consent_denied_redirects_access_denied_with_aadsts65004(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    _verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), consent="deny",
                                     deliver=False)
    assert result.params["error"] == "access_denied"
    assert result.params["error_description"].startswith("AADSTS65004:")
    assert result.params["state"] == "st-1"


def test_browser_delivers_the_redirect_to_a_loopback_listener(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"signed in")

        def log_message(self, *args: Any) -> None:
            pass

    listener = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=listener.handle_request, daemon=True)
    thread.start()
    try:
        _verifier, challenge = pkce()
        redirect = f"http://127.0.0.1:{listener.server_port}/"
        result = oauth_browser.authorize(auth_url(oauth_server, challenge,
                                                  redirect_uri=redirect))
        thread.join(5)
    finally:
        listener.server_close()
    assert result.listener_status == 200 and result.listener_body == "signed in"
    assert len(seen) == 1 and "code=" in seen[0] and "state=st-1" in seen[0]


def test_confidential_client_needs_its_secret(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    redirect = "http://127.0.0.1/callback"
    endpoint = oauth_server.endpoints(None)["authorization_endpoint"]
    url = endpoint + "?" + urlencode({"response_type": "code", "client_id": CONFIDENTIAL_CLIENT_ID,
                                      "redirect_uri": redirect, "scope": SCOPES})
    code = oauth_browser.authorize(url, deliver=False).params["code"]
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect}
    bad = http.post(oauth_server.url("/token"), data=form,
                    auth=(CONFIDENTIAL_CLIENT_ID, "wrong"))
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    good = http.post(oauth_server.url("/token"), data=form,
                     auth=(CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET))
    assert good.status_code == 200, good.text


# --------------------------------------------------------------------------- device flow
def test_device_flow_end_to_end(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                http: httpx.Client) -> None:
    doc = oauth_server.endpoints("organizations")
    start = http.post(doc["device_authorization_endpoint"],
                      data={"client_id": PUBLIC_CLIENT_ID, "scope": SCOPES}).json()
    assert start["verification_uri"] == oauth_server.url("/device")
    assert start["user_code"] in start["message"] and start["interval"] == 1
    poll = {"grant_type": DEVICE_CODE_GRANT_TYPE, "device_code": start["device_code"],
            "client_id": PUBLIC_CLIENT_ID}
    pending = http.post(doc["token_endpoint"], data=poll)
    assert pending.status_code == 400 and pending.json()["error"] == "authorization_pending"
    page = oauth_browser.device(start["verification_uri"], start["user_code"])
    assert page.page_status == 200 and "signed in" in page.page_text
    done = http.post(doc["token_endpoint"], data=poll)
    assert done.status_code == 200, done.text
    assert id_claims(done.json()["id_token"])["preferred_username"] == TEST_USER


def test_device_flow_denied(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                            http: httpx.Client) -> None:
    start = http.post(oauth_server.url("/device_authorization"),
                      data={"client_id": PUBLIC_CLIENT_ID, "scope": SCOPES}).json()
    oauth_browser.device(start["verification_uri"], start["user_code"], consent="deny")
    denied = http.post(oauth_server.url("/token"), data={
        "grant_type": DEVICE_CODE_GRANT_TYPE, "device_code": start["device_code"],
        "client_id": PUBLIC_CLIENT_ID})
    assert denied.status_code == 400 and denied.json()["error"] == "access_denied"


def test_device_flow_wrong_code_is_refused_on_the_page(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    page = oauth_browser.device(oauth_server.url("/device"), "BCDF-GHJK")
    assert page.page_status == 400 and "didn't work" in page.page_ids["error"]


# --------------------------------------------------------------------------- refresh, revoke
def test_refresh_rotates_and_the_old_refresh_token_dies(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    first = sign_in(http, oauth_server, oauth_browser)
    form = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"],
            "client_id": PUBLIC_CLIENT_ID}
    second = http.post(oauth_server.url("/token"), data=form)
    assert second.status_code == 200, second.text
    assert second.json()["refresh_token"] != first["refresh_token"]
    assert second.json()["access_token"] != first["access_token"]
    reused = http.post(oauth_server.url("/token"), data=form)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"


def test_short_access_token_lifetime_expires(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    oauth_server.access_token_lifetime = 1
    token = sign_in(http, oauth_server, oauth_browser)
    assert token["expires_in"] == 1
    assert introspect(http, oauth_server, token["access_token"])["active"] is True
    deadline = threading.Event()
    deadline.wait(1.2)
    assert introspect(http, oauth_server, token["access_token"]) == {"active": False}


def test_revocation_then_introspection_says_inactive(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    token = sign_in(http, oauth_server, oauth_browser)
    info = introspect(http, oauth_server, token["access_token"])
    assert info["active"] is True and info["username"] == TEST_USER
    assert SCOPE_M365_SMTP in info["scope"].split()
    revoked = http.post(oauth_server.url("/revoke"), data={
        "token": token["refresh_token"], "token_type_hint": "refresh_token",
        "client_id": PUBLIC_CLIENT_ID})
    assert revoked.status_code == 200
    assert introspect(http, oauth_server, token["access_token"]) == {"active": False}
    assert introspect(http, oauth_server, token["refresh_token"]) == {"active": False}
    refresh = http.post(oauth_server.url("/token"), data={
        "grant_type": "refresh_token", "refresh_token": token["refresh_token"],
        "client_id": PUBLIC_CLIENT_ID})
    assert refresh.json()["error"] == "invalid_grant"


def test_revoke_user_tokens_knob(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                 http: httpx.Client) -> None:
    token = sign_in(http, oauth_server, oauth_browser)
    assert oauth_server.revoke_user_tokens(TEST_USER) == 1
    assert introspect(http, oauth_server, token["access_token"]) == {"active": False}


def test_expired_refresh_token_gets_aadsts700082(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    token = sign_in(http, oauth_server, oauth_browser)
    oauth_server.expire_refresh_tokens()
    refresh = http.post(oauth_server.url("/organizations/oauth2/v2.0/token"), data={
        "grant_type": "refresh_token", "refresh_token": token["refresh_token"],
        "client_id": PUBLIC_CLIENT_ID})
    assert refresh.status_code == 400
    body = refresh.json()
    assert body["error"] == "invalid_grant" and body["error_codes"] == [700082]
    assert body["error_description"].startswith("AADSTS700082: The refresh token has expired")


def test_introspection_needs_client_authentication(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client
) -> None:
    token = sign_in(http, oauth_server, oauth_browser)
    anonymous = http.post(oauth_server.url("/introspect"), data={"token": token["access_token"]})
    assert anonymous.status_code == 401


# --------------------------------------------------------------------------- faults
@pytest.mark.parametrize(("preset", "error", "code"), [
    ("mfa_required", "interaction_required", 50076),
    ("consent_required", "invalid_grant", 65001),
])
def test_token_faults_answer_like_entra(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client,
    preset: str, error: str, code: int,
) -> None:
    verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), deliver=False)
    oauth_server.fault = fault_preset(preset)
    response = redeem(http, oauth_server, result.params["code"], verifier)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == error and body["error_codes"] == [code]
    assert body["error_description"].startswith(f"AADSTS{code}: ")


def test_public_client_flows_disabled(oauth_server: AuthServer, http: httpx.Client) -> None:
    oauth_server.fault = fault_preset("public_client_disabled")
    start = http.post(oauth_server.url("/organizations/oauth2/v2.0/devicecode"),
                      data={"client_id": PUBLIC_CLIENT_ID, "scope": SCOPES}).json()
    response = http.post(oauth_server.url("/organizations/oauth2/v2.0/token"), data={
        "grant_type": DEVICE_CODE_GRANT_TYPE, "device_code": start["device_code"],
        "client_id": PUBLIC_CLIENT_ID})
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert response.json()["error_description"].startswith("AADSTS7000218: ")


def test_app_not_found_at_device_authorization(oauth_server: AuthServer,
                                               http: httpx.Client) -> None:
    oauth_server.fault = fault_preset("app_not_found", client_id="abc")
    response = http.post(oauth_server.url("/common/oauth2/v2.0/devicecode"),
                         data={"client_id": "abc", "scope": SCOPES})
    assert response.status_code == 400
    assert response.json()["error"] == "unauthorized_client"
    assert "AADSTS700016: Application with identifier 'abc'" in response.json()[
        "error_description"]


@pytest.mark.parametrize(("preset", "code"), [
    ("admin_consent_required", "AADSTS90094"),
    ("redirect_uri_mismatch", "AADSTS50011"),
    ("google_app_not_verified", "Error 403: access_denied"),
])
def test_page_faults_never_redirect(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
                                    preset: str, code: str) -> None:
    oauth_server.fault = fault_preset(preset)
    _verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge))
    assert result.redirect_url is None
    assert code in result.page_ids["error_description"]


def test_authorize_fault_redirects_with_the_error(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser
) -> None:
    oauth_server.fault = fault_preset("google_access_denied")
    _verifier, challenge = pkce()
    result = oauth_browser.authorize(auth_url(oauth_server, challenge), deliver=False)
    assert result.params == {"error": "access_denied", "state": "st-1"}


def test_fault_with_times_clears_itself(oauth_server: AuthServer, http: httpx.Client) -> None:
    from dataclasses import replace

    oauth_server.fault = replace(fault_preset("app_not_found"), times=1)
    url = oauth_server.url("/device_authorization")
    form = {"client_id": PUBLIC_CLIENT_ID, "scope": SCOPES}
    assert http.post(url, data=form).status_code == 400
    assert http.post(url, data=form).status_code == 200
    assert oauth_server.fault is None


# --------------------------------------------------------------------------- MSAL
@pytest.fixture
def msal_http(pki: TestPki) -> Iterator[requests.Session]:
    """requests ignores Session.verify when REQUESTS_CA_BUNDLE is set unless trust_env is off."""
    session = requests.Session()
    session.trust_env = False
    session.verify = str(pki.ca_file)
    yield session
    session.close()


@pytest.mark.filterwarnings("ignore:response_mode='form_post' is recommended")
def test_msal_device_flow_silent_refresh_and_auth_code(
    oauth_server: AuthServer, pki: TestPki, msal_http: requests.Session
) -> None:
    app = msal.PublicClientApplication(
        PUBLIC_CLIENT_ID, oidc_authority=oauth_server.tenant_issuer("organizations"),
        http_client=msal_http)
    flow = app.initiate_device_flow(scopes=[SCOPE_M365_SMTP])
    assert flow["user_code"] in flow["message"]

    def consent() -> None:
        with HeadlessBrowser(pki.ca_file) as browser:
            browser.device(flow["verification_uri"], flow["user_code"])

    helper = threading.Thread(target=consent)
    helper.start()
    result = app.acquire_token_by_device_flow(flow)
    helper.join(10)
    assert "access_token" in result, result.get("error_description")
    assert result["id_token_claims"]["preferred_username"] == TEST_USER

    (account,) = app.get_accounts()
    assert account["username"] == TEST_USER
    oauth_server.access_token_lifetime = 1
    silent = app.acquire_token_silent([SCOPE_M365_SMTP], account=account, force_refresh=True)
    assert silent is not None and silent["token_source"] == "identity_provider"
    assert silent["access_token"] != result["access_token"]
    # rotation: the refresh token MSAL started with is spent
    spent = app.acquire_token_by_refresh_token(result["refresh_token"], [SCOPE_M365_SMTP])
    assert spent["error"] == "invalid_grant"

    code_flow = app.initiate_auth_code_flow([SCOPE_M365_SMTP],
                                            redirect_uri="http://localhost:48123")
    with HeadlessBrowser(pki.ca_file) as browser:
        reply = browser.authorize(code_flow["auth_uri"], deliver=False)
    by_code = app.acquire_token_by_auth_code_flow(code_flow, reply.params)
    assert "access_token" in by_code, by_code.get("error_description")


def test_msal_authority_shape_and_entra_errors(
    oauth_server: AuthServer, msal_http: requests.Session
) -> None:
    app = msal.PublicClientApplication(
        PUBLIC_CLIENT_ID, authority=oauth_server.tenant_authority("common"),
        instance_discovery=False, validate_authority=False, http_client=msal_http)
    oauth_server.fault = fault_preset("app_not_found")
    flow = app.initiate_device_flow(scopes=[SCOPE_M365_SMTP])
    assert flow["error"] == "unauthorized_client"
    assert "AADSTS700016" in flow["error_description"]


# --------------------------------------------------------------------------- SMTP server
def xoauth2(user: str, token: str) -> str:
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()


def oauthbearer(user: str, token: str) -> str:
    raw = f"n,a={user},\x01host=127.0.0.1\x01port=587\x01auth=Bearer {token}\x01\x01"
    return base64.b64encode(raw.encode()).decode()


@pytest.fixture
def smtp_token(oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
               http: httpx.Client) -> str:
    return str(sign_in(http, oauth_server, oauth_browser)["access_token"])


def smtp_session(server: OAuthSmtpServer, pki: TestPki, *,
                 implicit: bool = False) -> smtplib.SMTP:
    if implicit:
        client: smtplib.SMTP = smtplib.SMTP_SSL(*server.address, timeout=10,
                                                context=pki.client_context())
    else:
        client = smtplib.SMTP(*server.address, timeout=10)
        client.starttls(context=pki.client_context())
    client.ehlo("client.test")
    return client


@pytest.mark.parametrize("implicit", [False, True])
def test_smtp_accepts_a_good_token_and_delivers(
    oauth_smtp_factory: Any, pki: TestPki, smtp_token: str, implicit: bool
) -> None:
    server = oauth_smtp_factory(tls="tls" if implicit else "starttls")
    with smtp_session(server, pki, implicit=implicit) as client:
        assert "XOAUTH2" in client.esmtp_features["auth"]
        assert "OAUTHBEARER" in client.esmtp_features["auth"]
        code, _ = client.docmd("AUTH", "XOAUTH2 " + xoauth2(TEST_USER, smtp_token))
        assert code == 235
        client.sendmail(TEST_USER, ["bob@example.test"], b"Subject: hi\r\n\r\nbody\r\n")
    message = server.wait_for_message()
    assert message.auth_login == TEST_USER
    assert [c.verdict for c in server.token_checks] == ["ok"]


def test_smtp_auth_is_offered_only_after_starttls(oauth_smtp_factory: Any) -> None:
    server = oauth_smtp_factory()
    with smtplib.SMTP(*server.address, timeout=10) as client:
        client.ehlo("client.test")
        assert "auth" not in client.esmtp_features


def test_smtp_oauthbearer_good_token(oauth_smtp_factory: Any, pki: TestPki,
                                     smtp_token: str) -> None:
    server = oauth_smtp_factory(provider="google", required_scope=SCOPE_M365_SMTP)
    with smtp_session(server, pki) as client:
        code, _ = client.docmd("AUTH", "OAUTHBEARER " + oauthbearer(TEST_USER, smtp_token))
        assert code == 235


def test_smtp_xoauth2_without_initial_response(oauth_smtp_factory: Any, pki: TestPki,
                                               smtp_token: str) -> None:
    server = oauth_smtp_factory()
    with smtp_session(server, pki) as client:
        assert client.docmd("AUTH", "XOAUTH2") == (334, b"")
        assert client.docmd(xoauth2(TEST_USER, smtp_token))[0] == 235


def test_smtp_microsoft_refuses_expired_token(
    oauth_server: AuthServer, oauth_browser: HeadlessBrowser, http: httpx.Client,
    oauth_smtp_factory: Any, pki: TestPki,
) -> None:
    oauth_server.access_token_lifetime = 1
    token = sign_in(http, oauth_server, oauth_browser)["access_token"]
    threading.Event().wait(1.2)
    server = oauth_smtp_factory(provider="microsoft")
    with smtp_session(server, pki) as client:
        code, text = client.docmd("AUTH", "XOAUTH2 " + xoauth2(TEST_USER, token))
    assert (code, text) == (535, b"5.7.3 Authentication unsuccessful")
    assert [c.verdict for c in server.token_checks] == ["inactive"]


def test_smtp_google_refuses_wrong_scope_like_gmail(
    oauth_smtp_factory: Any, pki: TestPki, smtp_token: str
) -> None:
    server = oauth_smtp_factory(provider="google")  # wants https://mail.google.com/
    with smtp_session(server, pki) as client:
        code, text = client.docmd("AUTH", "XOAUTH2 " + xoauth2(TEST_USER, smtp_token))
        assert code == 334
        assert json.loads(base64.b64decode(text)) == {
            "status": "400", "schemes": "Bearer", "scope": "https://mail.google.com/"}
        code, text = client.docmd("")
    assert code == 535
    assert text.startswith(b"5.7.8 Username and Password not accepted.")
    assert b"https://support.google.com/mail/?p=BadCredentials" in text
    assert [c.verdict for c in server.token_checks] == ["scope"]


def test_smtp_refuses_a_token_of_another_user(oauth_smtp_factory: Any, pki: TestPki,
                                              smtp_token: str) -> None:
    server = oauth_smtp_factory()
    with smtp_session(server, pki) as client:
        code, _ = client.docmd("AUTH", "XOAUTH2 " + xoauth2("mallory@contoso.test", smtp_token))
    assert code == 535
    assert [c.verdict for c in server.token_checks] == ["user"]


def test_smtp_oauthbearer_error_json_per_rfc7628(
    oauth_server: AuthServer, oauth_smtp_factory: Any, pki: TestPki, smtp_token: str
) -> None:
    oauth_server.revoke_user_tokens(TEST_USER)
    server = oauth_smtp_factory()
    with smtp_session(server, pki) as client:
        code, text = client.docmd("AUTH", "OAUTHBEARER " + oauthbearer(TEST_USER, smtp_token))
        assert code == 334
        body = json.loads(base64.b64decode(text))
        assert body["status"] == "invalid_token" and body["scope"] == SCOPE_M365_SMTP
        assert body["openid-configuration"] == (
            oauth_server.issuer + "/.well-known/openid-configuration")
        assert client.docmd("AQ==") == (535, b"5.7.8 Authentication credentials invalid")


def test_smtp_basic_auth_refused_like_exchange_online(
    oauth_smtp_factory: Any, pki: TestPki, smtp_token: str
) -> None:
    server = oauth_smtp_factory(basic_auth_reply=REPLY_MS_BASIC_NOT_SUPPORTED)
    with smtp_session(server, pki) as client:
        assert set(client.esmtp_features["auth"].split()) == {"LOGIN", "XOAUTH2", "OAUTHBEARER"}
        with pytest.raises(smtplib.SMTPAuthenticationError) as caught:
            client.login(TEST_USER, "a-password")
        assert caught.value.smtp_code == 550
        assert caught.value.smtp_error == (
            b"5.7.30 Basic authentication is not supported for Client Submission.")
        # OAuth still works on the same connection
        assert client.docmd("AUTH", "XOAUTH2 " + xoauth2(TEST_USER, smtp_token))[0] == 235


@pytest.mark.parametrize("reply", [REPLY_MS_SMTP_AUTH_DISABLED_MAILBOX,
                                   REPLY_MS_SMTP_AUTH_DISABLED_TENANT])
def test_smtp_auth_disabled_refuses_even_a_valid_token(
    oauth_smtp_factory: Any, pki: TestPki, smtp_token: str, reply: str
) -> None:
    server = oauth_smtp_factory(oauth_reply=reply)
    with smtp_session(server, pki) as client:
        code, text = client.docmd("AUTH", "XOAUTH2 " + xoauth2(TEST_USER, smtp_token))
    assert f"{code} {text.decode()}" == reply
    assert [c.verdict for c in server.token_checks] == ["ok"]


def test_smtp_only_the_configured_mechanisms(oauth_smtp_factory: Any, pki: TestPki) -> None:
    server = oauth_smtp_factory(oauth_mechanisms=("XOAUTH2",))
    with smtp_session(server, pki) as client:
        mechanisms = set(client.esmtp_features["auth"].split())
        assert "XOAUTH2" in mechanisms and "OAUTHBEARER" not in mechanisms
        assert client.docmd("AUTH", "OAUTHBEARER =")[0] == 504
