"""OAuth pieces without a server: mechanism choice, the 334 error JSON, error classification,
providers as data, and the loopback listener with a real HTTP client on loopback."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.error
import urllib.request

import pytest

from app.core.cancel import Cancelled, CancelToken
from app.core.model import AuthMethod
from app.core.oauth import errors, load_oauth_providers
from app.core.oauth.flows import Tokens
from app.core.oauth.loopback import ListenerTimeout, LoopbackListener
from app.core.protocol.auth import choose_mechanism, oauth_error_facts
from app.core.text.redact import Redactor
from app.core.text.sanitize import is_clean


def test_oauth_mechanism_follows_what_the_server_advertises() -> None:
    assert choose_mechanism(AuthMethod.XOAUTH2, ["OAUTHBEARER", "LOGIN"], True) \
        is AuthMethod.OAUTHBEARER
    assert choose_mechanism(AuthMethod.OAUTHBEARER, ["XOAUTH2"], True) is AuthMethod.XOAUTH2
    assert choose_mechanism(AuthMethod.AUTO, ["OAUTHBEARER", "PLAIN"], True) \
        is AuthMethod.OAUTHBEARER
    assert choose_mechanism(AuthMethod.AUTO, ["OAUTHBEARER", "PLAIN"], False) is AuthMethod.PLAIN
    with pytest.raises(LookupError):
        choose_mechanism(AuthMethod.OAUTHBEARER, ["PLAIN", "LOGIN"], True)


def test_334_error_json_becomes_facts() -> None:
    body = {"status": "invalid_token", "scope": "https://mail.google.com/",
            "openid-configuration": "https://accounts.google.com/.well-known/openid-configuration"}
    line = base64.b64encode(json.dumps(body).encode()).decode()
    facts = oauth_error_facts(line, lambda text: text)
    assert facts["oauth_status"] == "invalid_token"
    assert facts["oauth_scope"] == "https://mail.google.com/"
    assert facts["oauth_openid_configuration"].startswith("https://accounts.google.com/")
    assert oauth_error_facts("not base64 !", lambda text: text) == {"oauth_error": "not base64 !"}


@pytest.mark.parametrize(("result", "refreshing", "expected"), [
    ({"error": "invalid_grant", "error_codes": [65001]}, False, "oauth.consent_required"),
    ({"error": "interaction_required",
      "error_description": "AADSTS50076: Due to a configuration change"}, False,
     "oauth.mfa_required"),
    ({"error": "invalid_grant"}, True, "oauth.refresh_expired"),
    ({"error": "invalid_grant"}, False, "oauth.sign_in_failed"),
    ({"error": "redirect_uri_mismatch"}, False, "oauth.redirect_mismatch"),
    ({"error": "expired_token"}, False, "oauth.timeout"),
])
def test_error_classification(result: dict[str, object], refreshing: bool,
                              expected: str) -> None:
    assert errors.from_result("microsoft", result, "Signing in",
                              refreshing=refreshing).diagnosis == expected


HOSTILE = "\x1b]52;c;aGk=\x07\x1b[2J\u202egnp.exe\x9b31m"


def test_the_servers_error_text_is_cleaned_where_it_enters() -> None:
    """An OAuth server's ``error`` and ``error_description`` reach the terminal, the GUI and the
    JSON output: every control, bidi or separator character arrives as a visible escape."""
    result = {"error": "invalid_grant" + HOSTILE,
              "error_description": f"AADSTS70008: expired{HOSTILE}\r\nTrace ID: 1{HOSTILE}",
              "error_codes": [70008]}
    exc = errors.from_result("microsoft", result, "Refreshing the sign-in", refreshing=True)
    assert exc.diagnosis == "oauth.refresh_expired"
    texts = [exc.summary, exc.error, str(exc), *exc.description.splitlines(),
             *(line for v in exc.facts.values() if isinstance(v, str) for line in v.split("\n"))]
    assert all(is_clean(text) for text in texts), texts
    assert "\\x1b]52" in exc.summary and "\\u202e" in exc.summary  # shown, not dropped
    assert exc.description.splitlines()[1].startswith("Trace ID: 1")  # its lines stay lines
    made = errors.OAuthError("oauth.unreachable", f"Could not reach it ({HOSTILE})",
                             facts={"url": HOSTILE})
    assert is_clean(made.summary) and is_clean(made.facts["url"])


def test_tokens_are_registered_for_redaction_the_moment_they_exist() -> None:
    tokens = Tokens("microsoft", "me@example.com", "eyJ0eXAiOiJKV1Qi.access-part",
                    time.time() + 3600, "0.AAAA-refresh-part")
    text = f"token {tokens.access_token} then {tokens.refresh_token}"
    assert Redactor().scrub(text) == "token [redacted] then [redacted]"


def test_providers_are_data() -> None:
    providers = load_oauth_providers()
    assert set(providers) == {"microsoft", "google", "custom"}
    assert providers["microsoft"].library == "msal" and providers["microsoft"].device_code
    assert providers["google"].scopes == ("https://mail.google.com/",)
    assert providers["google"].redirect_host == "127.0.0.1"
    assert providers["microsoft"].redirect_host == "localhost"
    assert not providers["microsoft"].client_id  # the release workflow fills it, never the source


def _get(url: str) -> tuple[int, str]:
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only
        with opener.open(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_listener_ignores_strays_then_takes_the_redirect() -> None:
    with LoopbackListener() as listener:
        base = listener.redirect_uri()
        answers: list[tuple[int, str]] = []

        def browser() -> None:
            answers.append(_get(base + "/favicon.ico"))
            answers.append(_get(base + "/?code=abc&state=xyz"))

        thread = threading.Thread(target=browser)
        thread.start()
        params = listener.wait(CancelToken(), time.monotonic() + 10)
        thread.join(5)
    assert params == {"code": "abc", "state": "xyz"}
    assert answers[0][0] == 404 and answers[1][0] == 200 and "Signed in" in answers[1][1]


def test_listener_deadline_and_cancel() -> None:
    with LoopbackListener() as listener, pytest.raises(ListenerTimeout):
        listener.wait(CancelToken(), time.monotonic() + 0.5)
    cancel = CancelToken()
    with LoopbackListener() as listener:
        threading.Timer(0.3, cancel.cancel).start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            listener.wait(cancel, time.monotonic() + 30)
        assert time.monotonic() - started < 5
