"""Secrets canary for the proxy password: like the mail password, it never reaches a result, a
transcript, an event, an exception, a report, the history, a profile, a log line or the CLI's
output, whether the proxy accepts it, refuses it, or the run fails behind it.

Real proxies on loopback (tinyproxy with BasicAuth, Dante with a login user); the audit and the
forms it searches for are tests.support.canary's (``CANARY_PROXY_PASSWORD`` is in its forms).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.core.checks.connection import run_check
from app.core.checks.ports import PortsOptions, run_ports
from app.core.model import AuthMethod, RunResult, Security, StopAfter, Timeouts
from app.core.protocol.proxy import parse_proxy
from app.core.storage import secrets
from app.core.storage.history import History
from app.core.storage.profiles import Profile, ProfileStore
from app.core.text import report
from tests.support.canary import (
    CANARY_PROXY_PASSWORD,
    CANARY_PROXY_USER,
    WATCHED_DIRS,
    LogCollect,
    MemoryKeyring,
    SecretAudit,
    keyring_selected,
)
from tests.support.checks import make_settings
from tests.support.servers.pki import TestPki
from tests.support.servers.proxies import (
    DANTED,
    TINYPROXY,
    Dante,
    TinyProxy,
    skip_unless_runnable,
)
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

QUICK = Timeouts(connect=3, reply=3, step=8, dns=1)


@pytest.fixture(scope="module")
def smtp(pki: TestPki) -> Iterator[SmtpServer]:
    with SmtpServer(pki=pki, tls="tls", users={CANARY_USER: CANARY_PASSWORD}) as server:
        yield server


@pytest.fixture(scope="module")
def tiny(smtp: SmtpServer) -> Iterator[TinyProxy]:
    skip_unless_runnable(TINYPROXY)
    with TinyProxy(connect_ports=[smtp.port],
                   basic_auth=(CANARY_PROXY_USER, CANARY_PROXY_PASSWORD)) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def dante(smtp: SmtpServer) -> Iterator[Dante]:
    skip_unless_runnable(DANTED, users=True)
    with Dante(users={CANARY_PROXY_USER: CANARY_PROXY_PASSWORD}) as proxy:
        yield proxy


def _audit_everything(audit: SecretAudit, result: RunResult, sandbox: dict[str, str],
                      log_capture: LogCollect, capfd: pytest.CaptureFixture[str]) -> None:
    audit.add_result(result)
    with History() as history:
        history.add(result, profile="Canary")
    ProfileStore().save(Profile(name="Canary", host="127.0.0.1", username=CANARY_USER,
                                remember_password=True))
    for fmt in ("json", "md", "html"):
        path = Path(sandbox["HOME"]) / f"report.{fmt}"
        report.write(result, str(path), fmt, secrets=[])
    audit.add("logging", "\n".join(log_capture.lines))
    captured = capfd.readouterr()
    audit.add("fd stdout", captured.out)
    audit.add("fd stderr", captured.err)
    assert sum(audit.add_tree(Path(sandbox[name])) for name in WATCHED_DIRS) >= 3
    audit.assert_clean()


@pytest.mark.parametrize("password", [CANARY_PROXY_PASSWORD, "wrong" + CANARY_PROXY_PASSWORD],
                         ids=["accepted", "refused"])
@pytest.mark.parametrize("kind", ["http", "socks5"])
def test_engine_never_leaks_the_proxy_password(kind: str, password: str, smtp: SmtpServer,
                                               request: pytest.FixtureRequest, pki: TestPki,
                                               sandbox: dict[str, str], log_capture: LogCollect,
                                               capfd: pytest.CaptureFixture[str]) -> None:
    proxy_server = request.getfixturevalue("tiny" if kind == "http" else "dante")
    proxy = parse_proxy(proxy_server.url(kind, CANARY_PROXY_USER), password=password)
    events: list[object] = []
    result = run_check(make_settings(
        smtp.port, security=Security.TLS, ca_file=str(pki.ca_file), auth=AuthMethod.PLAIN,
        username=CANARY_USER, password=CANARY_PASSWORD, stop_after=StopAfter.AUTH,
        timeouts=QUICK, proxy=proxy), events.append)
    expected = None if password == CANARY_PROXY_PASSWORD else "proxy.auth_failed"
    assert result.diagnosis == expected, result.verdict
    audit = SecretAudit()
    audit.add("events", "\n".join(repr(e) + str(e) for e in events))
    _audit_everything(audit, result, sandbox, log_capture, capfd)


def test_ports_tool_never_leaks_the_proxy_password(smtp: SmtpServer, tiny: TinyProxy,
                                                   sandbox: dict[str, str], log_capture: LogCollect,
                                                   capfd: pytest.CaptureFixture[str]) -> None:
    proxy = parse_proxy(tiny.url("http", CANARY_PROXY_USER), password=CANARY_PROXY_PASSWORD)
    result = run_ports(PortsOptions("127.0.0.1", (smtp.port, smtp.port + 1), timeout=3.0,
                                    reference="", proxy=proxy))
    assert result.steps, result.verdict
    _audit_everything(SecretAudit(), result, sandbox, log_capture, capfd)


@pytest.mark.parametrize("json_out", [False, True], ids=["human", "json"])
def test_cli_never_leaks_the_proxy_password(json_out: bool, smtp: SmtpServer, tiny: TinyProxy,
                                            pki: TestPki, sandbox: dict[str, str],
                                            log_capture: LogCollect,
                                            capfd: pytest.CaptureFixture[str]) -> None:
    report_path = Path(sandbox["HOME"]) / ("r.html" if json_out else "r.md")
    args = ["check", "127.0.0.1", "--port", str(smtp.port), "--security", "tls",
            "--ca-file", str(pki.ca_file), "--user", CANARY_USER, "--password-stdin",
            "--proxy", tiny.url("http", CANARY_PROXY_USER), "--proxy-password-stdin",
            "--report", str(report_path), *(["--json"] if json_out else [])]
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(args, stdin=io.StringIO(f"{CANARY_PASSWORD}\n{CANARY_PROXY_PASSWORD}\n"),
                    out=out, err=err)
    assert code == 0, out.getvalue() + err.getvalue()
    assert report_path.exists()
    audit = SecretAudit()
    audit.add("stdout", out.getvalue())
    audit.add("stderr", err.getvalue())
    audit.add("logging", "\n".join(log_capture.lines))
    audit.add_tree(Path(sandbox["HOME"]))
    audit.assert_clean()


def test_cli_takes_the_proxy_password_from_the_keychain(smtp: SmtpServer, tiny: TinyProxy,
                                                        pki: TestPki,
                                                        sandbox: dict[str, str]) -> None:
    with keyring_selected(MemoryKeyring()) as ring, secrets.accept_backend(MemoryKeyring):
        account = secrets.proxy_account(CANARY_PROXY_USER, "127.0.0.1", tiny.port)
        assert secrets.set_proxy_password(account, CANARY_PROXY_PASSWORD).ok
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["ports", "127.0.0.1", "--port", str(smtp.port), "--only",
                         "--no-reference", "--proxy", tiny.url("http", CANARY_PROXY_USER)],
                        stdin=io.StringIO(""), out=out, err=err)
        assert ring.store[(secrets.PROXY_SERVICE, account)] == CANARY_PROXY_PASSWORD
    assert code == 0, out.getvalue() + err.getvalue()
    assert "Port" in out.getvalue() and "proxy.auth" not in out.getvalue()
    audit = SecretAudit()
    audit.add("stdout", out.getvalue())
    audit.add("stderr", err.getvalue())
    audit.assert_clean()


def test_a_password_in_the_proxy_url_is_refused_without_echoing_it() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check", "127.0.0.1", "--proxy",
                     f"http://{CANARY_PROXY_USER}:{CANARY_PROXY_PASSWORD}@127.0.0.1:3128",
                     "--json"], stdin=io.StringIO(""), out=out, err=err)
    assert code == 2
    audit = SecretAudit()
    audit.add("stdout", out.getvalue())
    audit.add("stderr", err.getvalue())
    audit.assert_clean()
    assert "--proxy" in err.getvalue()
