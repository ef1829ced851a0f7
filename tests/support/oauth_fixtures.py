"""Pytest fixtures for the OAuth test bed (loaded from tests/conftest.py as a plugin).

* ``oauth_server``: a started ``AuthServer`` (Microsoft flavour) on 127.0.0.1, HTTPS with the
  test CA (``pki.ca_file``); ``oauth_server_factory(**options)`` for more or other flavours.
* ``oauth_browser``: a ``HeadlessBrowser`` trusting the test CA, signed in as ``TEST_USER``
  when a login page comes up.
* ``oauth_smtp_factory(**options)``: ``OAuthSmtpServer`` instances validating bearer tokens
  against ``oauth_server`` by introspection.

All are torn down at test end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from tests.support.servers.oauth_as import AuthServer
from tests.support.servers.oauth_browser import HeadlessBrowser
from tests.support.servers.oauth_smtp import OAuthSmtpServer
from tests.support.servers.pki import TestPki


@pytest.fixture
def oauth_server_factory(pki: TestPki) -> Iterator[Callable[..., AuthServer]]:
    """``factory(flavour="microsoft"|"google"|"generic")`` -> a started AuthServer."""
    with ExitStack() as stack:

        def factory(**options: Any) -> AuthServer:
            return stack.enter_context(AuthServer(pki, **options))

        yield factory


@pytest.fixture
def oauth_server(oauth_server_factory: Callable[..., AuthServer]) -> AuthServer:
    """A started Microsoft-flavoured authorization server (see tests/servers/oauth_as.py)."""
    return oauth_server_factory()


@pytest.fixture
def oauth_browser(pki: TestPki) -> Iterator[HeadlessBrowser]:
    """The headless browser step: ``authorize(url, consent=...)``, ``device(uri, code)``."""
    with HeadlessBrowser(pki.ca_file) as browser:
        yield browser


@pytest.fixture
def oauth_smtp_factory(
    pki: TestPki, oauth_server: AuthServer
) -> Iterator[Callable[..., OAuthSmtpServer]]:
    """``factory(**options)`` -> a started OAuthSmtpServer checking tokens at ``oauth_server``
    (STARTTLS by default; ``provider="microsoft"|"google"``; see tests/servers/oauth_smtp.py)."""
    with ExitStack() as stack:

        def factory(**options: Any) -> OAuthSmtpServer:
            options.setdefault("pki", pki)
            options.setdefault("auth_server", oauth_server)
            return stack.enter_context(OAuthSmtpServer(**options))

        yield factory
