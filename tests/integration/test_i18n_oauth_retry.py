"""The sign-in's own words and a temporary refusal's retry words come from the catalogue at
their source (issue 19): German against the loopback authorization server and the redirect
listener, and pseudo-localized (a text in brackets went through the catalogue)."""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Callable, Iterator

import pytest

from app.core import oauth
from app.core.cancel import CancelToken
from app.core.checks.tlsinfo import TlsInfoOptions, run_tls_info
from app.core.knowledge import replies
from app.core.model import Security, Timeouts
from app.core.oauth.loopback import LoopbackListener
from app.core.protocol.smtp import parse_reply_lines
from app.core.text.i18n import catalogue, msg, set_language
from tests.support.checks import describe, step
from tests.support.oauth import MemoryKeychain, keychain, microsoft
from tests.support.servers.oauth_as import AuthServer, fault_preset
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer

__all__ = ["keychain"]  # the fixture, imported for pytest
pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def german() -> Iterator[None]:
    set_language("de")
    try:
        yield
    finally:
        set_language(None)


def _german(english: str) -> str:
    text = catalogue("de", "messages").get(english)
    assert isinstance(text, str) and text and text != english
    return text


def _browser_gets(listener: LoopbackListener, query: str) -> str:
    answers: list[str] = []

    def browser() -> None:
        with urllib.request.urlopen(listener.redirect_uri() + query, timeout=5) as response:
            answers.append(response.read().decode())

    thread = threading.Thread(target=browser)
    thread.start()
    listener.wait(CancelToken(), time.monotonic() + 10)
    thread.join(5)
    return answers[0]


@pytest.mark.usefixtures("german")
def test_the_redirect_page_speaks_the_users_language() -> None:
    with LoopbackListener() as listener:
        page = _browser_gets(listener, "/?code=abc&state=xyz")
    assert "<html lang='de'>" in page
    assert _german("Signed in") in page
    assert _german("You can close this window and go back to SMTP Doctor.") in page
    with LoopbackListener() as listener:
        page = _browser_gets(listener, "/?error=access_denied")
    assert _german("Sign-in did not finish") in page and "Signed in" not in page


@pytest.mark.usefixtures("german")
def test_a_refused_refresh_is_told_in_german(oauth_server: AuthServer,
                                             oauth_browser: HeadlessBrowser,
                                             pki: TestPki) -> None:
    set_language(None)  # signing in is not under test
    from tests.integration.test_oauth_signin import ms_sign_in

    tokens = ms_sign_in(oauth_server, pki, oauth_browser)
    set_language("de")
    oauth_server.fault = fault_preset("refresh_expired_70008")
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.refresh(microsoft(oauth_server), tokens.refresh_token, cancel=CancelToken(),
                      ca_file=str(pki.ca_file))
    german = _german("Refreshing the sign-in failed: {reason}").split("{reason}")[0]
    assert caught.value.summary.startswith(german)
    assert "failed" not in caught.value.summary.split(":")[0]


@pytest.mark.usefixtures("german")
def test_not_signed_in_and_sign_out_in_german(keychain: MemoryKeychain) -> None:
    with pytest.raises(oauth.OAuthError) as caught:
        oauth.access_token("Nobody", cancel=CancelToken())
    assert caught.value.summary == msg("Profile “{profile}” is not signed in: run smtp-doctor "
                                       "login first (or sign in in the app).", profile="Nobody")
    assert caught.value.summary.startswith("Profil „Nobody“")
    result = oauth.sign_out("Nobody", cancel=CancelToken())
    assert result.message == "Profil „Nobody“ war nicht angemeldet."


@pytest.mark.parametrize(("reply", "note"), [
    ("451 4.7.1 Greylisted, please try again later", "temporary: {retry}"),
    ("454 4.7.1 Relay access denied", "a temporary code, but {retry}"),
])
def test_retry_words_follow_the_language(reply: str, note: str) -> None:
    verdict = replies.classify_reply(parse_reply_lines([reply.encode()]), "rcpt")
    assert verdict is not None and verdict.temporary
    english = replies.temporary_note(verdict.diagnosis)
    set_language("de")
    try:
        german = replies.temporary_note(verdict.diagnosis)
        retry = replies.retry_words(verdict.diagnosis)
        assert german == _german(note).format(retry=retry)
        assert retry != english and german != english
        set_language("de")
        again = replies.classify_reply(parse_reply_lines([reply.encode()]), "rcpt")
        assert again is not None and again.facts["retry"] == retry
        set_language("pseudo")
        assert replies.retry_words(verdict.diagnosis).startswith("[")
    finally:
        set_language(None)


def test_the_interception_fix_is_in_german(smtp_server_factory: Callable[..., SmtpServer],
                                           pki: TestPki) -> None:
    """An antivirus mail shield's certificate (TLS details tool): the product's own fix (a fact
    the advice quotes) comes from resources/i18n/de/interception.toml."""
    server = smtp_server_factory(tls="tls", cert="av")
    options = TlsInfoOptions("127.0.0.1", server.port, ca_file=str(pki.ca_file),
                             security=Security.TLS, timeouts=Timeouts(connect=2, reply=3, step=6,
                                                                      dns=1))
    set_language("de")
    try:
        result = run_tls_info(options)
    finally:
        set_language(None)
    found = step(result, "interception")
    assert found.diagnosis == "tls.cert_intercepted", describe(result)
    german = catalogue("de", "interception")["avast"]["fix"]
    assert found.facts["interception_fix"] == german
    assert german.startswith("Avast oder AVG:") and "Häkchen" in german
    english = run_tls_info(options)
    assert step(english, "interception").facts["interception_fix"].startswith(
        "Avast or AVG: Menu › Settings")
