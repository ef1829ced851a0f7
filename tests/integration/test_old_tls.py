"""A server that speaks only TLS 1.0: no password and no message go over it unless the user
allowed old TLS for this run (``allow_old_tls`` / ``--allow-old-tls``).

The peer (tests/support/servers/oldtls.py) is a real loopback server, implicit TLS or STARTTLS, that
records every byte it receives after decryption, on every connection (the check's and its
probes').
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest

from app.cli import main
from app.core.checks.connection import run_check
from app.core.model import AuthMethod, Security, ServerSettings, Status, StopAfter
from tests.support.canary import secret_forms
from tests.support.checks import (
    LOCAL,
    RECIPIENT,
    SENDER,
    assert_diagnosis,
    auth_settings,
    describe,
    step,
)
from tests.support.proc import wait_until
from tests.support.servers.oldtls import OldTlsRecorder, tls10_context
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

ScriptedFactory = Callable[..., ScriptedServer]
CREDENTIAL_VERBS = {"AUTH", "MAIL", "RCPT", "DATA"}


@pytest.fixture(params=["tls", "starttls"])
def old_server(request: pytest.FixtureRequest, pki: TestPki,
               scripted_server_factory: ScriptedFactory
               ) -> tuple[ScriptedServer, OldTlsRecorder, Security]:
    if request.param == "tls":
        recorder = OldTlsRecorder()
        server = scripted_server_factory(recorder, tls_context=tls10_context(pki))
        return server, recorder, Security.TLS
    recorder = OldTlsRecorder(starttls_context=tls10_context(pki))
    return scripted_server_factory(recorder), recorder, Security.STARTTLS


def _settings(server: ScriptedServer, pki: TestPki, security: Security,
              **overrides: object) -> ServerSettings:
    overrides.setdefault("stop_after", StopAfter.DATA)
    overrides.setdefault("auth", AuthMethod.AUTO)
    return auth_settings(server.port, security=security, ca_file=str(pki.ca_file),
                         mail_from=SENDER, rcpt_to=RECIPIENT, **overrides)


def _tls_step(security: Security) -> str:
    return "tls" if security is Security.TLS else "starttls"


def assert_nothing_secret_sent(recorder: OldTlsRecorder) -> None:
    assert not CREDENTIAL_VERBS & set(recorder.verbs()), recorder.verbs()
    received = recorder.received()
    for form in secret_forms():
        assert form.encode() not in received, f"{form!r} reached the server"


# ----------------------------------------------------------------------------- engine


def test_without_opt_in_the_run_fails_before_auth(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki) -> None:
    server, recorder, security = old_server
    result = run_check(_settings(server, pki, security))
    # The server thread records a peer after its side of the handshake: wait for it, the client
    # may be done first.
    assert wait_until(lambda: recorder.peers), "the server was never contacted"
    assert_nothing_secret_sent(recorder)
    failed = assert_diagnosis(result, _tls_step(security), "tls.old_protocol")
    assert failed.facts["server_max_tls"] == "TLSv1", describe(result)
    assert failed.facts["allow_old_tls"] is False
    assert "TLSv1" in failed.summary
    for later in ("auth", "mail", "rcpt", "data"):
        assert step(result, later).status is Status.SKIPPED, describe(result)
    assert failed.advice is not None
    fixes = " ".join(failed.advice.fixes)
    assert "TLS 1.2" in fixes and "--allow-old-tls" in fixes and "password" in fixes


@pytest.mark.parametrize("stop_after", [StopAfter.TLS, StopAfter.EHLO])
def test_without_opt_in_a_check_that_sends_nothing_fails_too(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki,
        stop_after: StopAfter) -> None:
    server, recorder, security = old_server
    result = run_check(_settings(server, pki, security, auth=AuthMethod.NONE,
                                 stop_after=stop_after))
    failed = assert_diagnosis(result, _tls_step(security), "tls.old_protocol")
    assert failed.facts["server_max_tls"] == "TLSv1"
    assert_nothing_secret_sent(recorder)


def test_with_opt_in_the_login_and_message_go_over_old_tls_with_a_warning(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki) -> None:
    server, recorder, security = old_server
    result = run_check(_settings(server, pki, security, allow_old_tls=True))
    where = describe(result)
    tls = assert_diagnosis(result, _tls_step(security), "tls.old_protocol", Status.WARN)
    assert tls.facts["server_max_tls"] == "TLSv1"
    assert "You allowed old TLS" in tls.summary and "credentials" in tls.summary, where
    auth = assert_diagnosis(result, "auth", "tls.old_protocol", Status.WARN)
    assert "credentials were sent over old TLS because you allowed it" in auth.summary, where
    for later in ("mail", "rcpt", "data", "quit"):
        assert step(result, later).status is Status.PASS, where
    assert result.status is Status.WARN, where
    verbs = recorder.verbs()
    assert {"AUTH", "MAIL", "RCPT", "DATA"} <= set(verbs), verbs
    assert step(result, "input").summary.endswith("old TLS 1.0/1.1 is allowed")
    assert result.target["allow_old_tls"] is True


# ----------------------------------------------------------------------------- CLI


def _cli(server: ScriptedServer, pki: TestPki, security: Security,
         *extra: str) -> tuple[int, str, str]:
    argv = ["check", LOCAL, "--port", str(server.port), "--security", security.value,
            "--ca-file", str(pki.ca_file), "--user", CANARY_USER, "--password-stdin",
            "--from", SENDER, "--to", RECIPIENT, "--stop-after", "data", "--timeout", "2",
            "--connect-timeout", "1", "--json", *extra]
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(CANARY_PASSWORD + "\n"), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_without_allow_old_tls_exits_1_and_sends_no_credentials(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki) -> None:
    server, recorder, security = old_server
    code, out, err = _cli(server, pki, security)
    assert code == 1, out + err
    data = json.loads(out)
    steps = {s["id"]: s for s in data["steps"]}
    failed = steps[_tls_step(security)]
    assert (failed["status"], failed["diagnosis"]) == ("fail", "tls.old_protocol")
    assert failed["facts"]["server_max_tls"] == "TLSv1"
    assert steps["auth"]["status"] == "skipped"
    assert data["target"]["allow_old_tls"] is False
    assert_nothing_secret_sent(recorder)


def test_cli_with_allow_old_tls_logs_in_and_warns(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki) -> None:
    server, recorder, security = old_server
    code, out, err = _cli(server, pki, security, "--allow-old-tls")
    assert code == 0, out + err
    data = json.loads(out)
    steps = {s["id"]: s for s in data["steps"]}
    assert (steps["auth"]["status"], steps["auth"]["diagnosis"]) == ("warn", "tls.old_protocol")
    assert steps["data"]["status"] == "pass"
    assert data["status"] == "warn"
    assert "AUTH" in recorder.verbs()
    assert CANARY_PASSWORD not in out + err  # opted in or not, output stays redacted


@pytest.mark.parametrize("allow", [False, True])
def test_monitor_takes_the_same_opt_in(
        old_server: tuple[ScriptedServer, OldTlsRecorder, Security], pki: TestPki,
        allow: bool) -> None:
    server, recorder, security = old_server
    argv = ["monitor", LOCAL, "--port", str(server.port), "--security", security.value,
            "--ca-file", str(pki.ca_file), "--user", CANARY_USER, "--password-stdin",
            "--timeout", "2", "--connect-timeout", "1", "--count", "1", "--every", "0.1"]
    out, err = io.StringIO(), io.StringIO()
    code = main(argv + (["--allow-old-tls"] if allow else []),
                stdin=io.StringIO(CANARY_PASSWORD + "\n"), out=out, err=err)
    assert code == (0 if allow else 1), out.getvalue() + err.getvalue()
    if allow:
        assert "AUTH" in recorder.verbs()
    else:
        assert_nothing_secret_sent(recorder)
        assert "tls.old_protocol" in out.getvalue()
