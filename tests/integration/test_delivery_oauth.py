"""The delivery proof with an OAuth sign-in: the account signs in at the bed's OAuth server
(device code, the headless browser), sends with XOAUTH2 and its mailbox is watched with the same
access token over IMAP; Dovecot checks the token by RFC 7662 introspection at that server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, Security, ServerSettings, Status, StopAfter, Timeouts
from tests.support.checks import describe, step
from tests.support.oauth import device_sign_in
from tests.support.servers.delivery import (
    OAUTH_USER,
    DeliveryMta,
    make_dns,
    skip_unless_delivery_runnable,
)
from tests.support.servers.oauth_as import RESOURCE_CLIENT_ID, RESOURCE_CLIENT_SECRET, AuthServer
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.pki import TestPki

pytestmark = pytest.mark.slow


@pytest.fixture
def oauth_bed(oauth_server: AuthServer, pki: TestPki) -> Iterator[DeliveryMta]:
    skip_unless_delivery_runnable()
    url = oauth_server.url("/introspect").replace(
        "https://", f"https://{RESOURCE_CLIENT_ID}:{RESOURCE_CLIENT_SECRET}@", 1)
    with make_dns() as dns, DeliveryMta(dns, oauth_introspection=url,
                                        oauth_ca_file=str(pki.ca_file)) as mta:
        yield mta


@pytest.mark.parametrize("mechanism", [AuthMethod.XOAUTH2, AuthMethod.OAUTHBEARER])
def test_signed_in_account_is_watched_with_its_token(
        oauth_bed: DeliveryMta, oauth_server: AuthServer, oauth_browser: HeadlessBrowser,
        pki: TestPki, mechanism: AuthMethod) -> None:
    tokens = device_sign_in(oauth_server, pki, oauth_browser)
    s = ServerSettings(host="127.0.0.1", port=oauth_bed.port, security=Security.STARTTLS,
                       auth=mechanism, username=OAUTH_USER, oauth_token=tokens.access_token,
                       mail_from="alice@good.test", rcpt_to=OAUTH_USER,
                       ca_file=str(oauth_bed.ca_file), stop_after=StopAfter.DATA,
                       timeouts=Timeouts(connect=5, reply=10, step=20, dns=5),
                       watch_imap=f"imap://127.0.0.1:{oauth_bed.imap_port}", watch_timeout=30)
    result = run_check(s)
    assert step(result, "auth").status is Status.PASS, describe(result) + oauth_bed.logs()
    watch = step(result, "watch")
    assert watch.status is Status.PASS, describe(result)
    assert watch.facts["imap_login"] == mechanism.sasl_name
    assert step(result, "found").facts["folder"] == "Inbox"
    assert tokens.access_token not in str(result.to_dict())
