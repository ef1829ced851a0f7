"""Shared fixtures: loopback SMTP/DNS/scripted servers, test PKI, odd ports, namespaces, and
the discovery worlds ``corp`` and ``planted`` (defined in :mod:`tests.support.worlds`).

Every server binds port 0 on loopback and is torn down for real at fixture exit. What the
fixtures are built from lives in :mod:`tests.support` (see its docstring for the layout).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from typing import Any

import pytest

from tests.support.servers.dns import DnsServer, default_dns_server
from tests.support.servers.pki import TestPki, build_pki
from tests.support.servers.ports import filtered_port as _filtered_port
from tests.support.servers.ports import refused_port as _refused_port
from tests.support.servers.postfix import RealMta, skip_unless_runnable
from tests.support.servers.scripted import Handler, ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer
from tests.support.worlds import corp, planted

__all__ = ["corp", "planted"]  # fixtures, used by name

# the OAuth test bed: oauth_server, oauth_browser, ...
pytest_plugins = ["tests.support.oauth_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the real profile, settings or history folders."""
    base = tmp_path_factory.mktemp("app-dirs")
    monkeypatch.setenv("SMTP_DOCTOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("SMTP_DOCTOR_CONFIG_DIR", str(base / "config"))


@pytest.fixture(autouse=True)
def _english_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale says (the CLI reads LANG and
    friends, app.core.text.i18n); a test that wants another language sets it."""
    from app.core.text import i18n

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", i18n.ENV_LANG):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_language(i18n.SOURCE)
    yield
    i18n.set_language(i18n.SOURCE)


@pytest.fixture(autouse=True)
def _registered_secrets_per_test() -> Iterator[None]:
    """OAuth tokens one test registered for redaction (app.core.text.redact) stay in that test."""
    yield
    from app.core.text.redact import clear_registered

    clear_registered()


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    """Test CA (``pki.ca_file``), untrusted and antivirus CAs, server contexts by kind."""
    return build_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def smtp_server_factory(pki: TestPki) -> Iterator[Callable[..., SmtpServer]]:
    """``factory(**SmtpServer options)`` -> a started server; all stopped at test end.

    ``pki`` is passed for you. ``factory(tls="tls")`` is also the "TLS where plain SMTP is
    expected" peer.
    """
    with ExitStack() as stack:

        def factory(**options: Any) -> SmtpServer:
            options.setdefault("pki", pki)
            return stack.enter_context(SmtpServer(**options))

        yield factory


@pytest.fixture
def smtp_plain(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    """Plain SMTP, no TLS, no AUTH."""
    return smtp_server_factory()


@pytest.fixture
def smtp_starttls_auth(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    """STARTTLS required; AUTH PLAIN/LOGIN/CRAM-MD5 (after TLS only) for alice/CANARY_PASSWORD."""
    return smtp_server_factory(
        tls="starttls", require_starttls=True, users={CANARY_USER: CANARY_PASSWORD}
    )


@pytest.fixture
def smtp_implicit_tls_auth(smtp_server_factory: Callable[..., SmtpServer]) -> SmtpServer:
    """Implicit TLS (SMTPS); AUTH PLAIN/LOGIN/CRAM-MD5 for alice/CANARY_PASSWORD."""
    return smtp_server_factory(tls="tls", users={CANARY_USER: CANARY_PASSWORD})


@pytest.fixture
def scripted_server_factory() -> Iterator[Callable[..., ScriptedServer]]:
    """``factory(handler, tls_context=None)`` -> a started ScriptedServer; stopped at test end.

    Ready-made handlers live in ``tests.support.servers.scripted`` (``BEHAVIOURS`` by name).
    """
    with ExitStack() as stack:

        def factory(handler: Handler, **options: Any) -> ScriptedServer:
            return stack.enter_context(ScriptedServer(handler, **options))

        yield factory


@pytest.fixture
def dns_server() -> Iterator[DnsServer]:
    """Default zone: mail.test A 127.0.0.1; v6only.test AAAA ::1; noaddr.test TXT only;
    servfail.test SERVFAIL; silent.test never answers; anything else NXDOMAIN."""
    with default_dns_server() as server:
        yield server


@pytest.fixture
def dns_server_factory() -> Iterator[Callable[..., DnsServer]]:
    """``factory(records, servfail=(), silent=())`` -> a started DnsServer; stopped at test end."""
    with ExitStack() as stack:

        def factory(records: Mapping[str, Mapping[str, Any]], **options: Any) -> DnsServer:
            return stack.enter_context(DnsServer(records, **options))

        yield factory


@pytest.fixture
def refused_port() -> int:
    """A loopback port with no listener."""
    return _refused_port()


@pytest.fixture
def filtered_port() -> Iterator[int]:
    """A loopback port whose connect() times out (full accept queue)."""
    with _filtered_port() as port:
        yield port


@pytest.fixture(scope="session")
def real_mta(pki: TestPki) -> Iterator[RealMta]:
    """A real Postfix with Dovecot SASL on loopback (tests.support.servers.postfix), for the
    whole session. Skipped when Postfix/Dovecot can't run here, except under
    SMTP_DOCTOR_REAL_MTA=1 (CI), where that is a failure."""
    skip_unless_runnable()
    with RealMta(pki) as mta:
        yield mta
