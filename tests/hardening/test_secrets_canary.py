"""Secrets canary: the password (and an OAuth token) never appear in anything the app produces.

Every scenario logs in with the canary credentials and then searches every output it can reach
for the secret and the encodings that carry it on the wire (base64 of the password at all three
alignments, of "\\0user\\0password", of "user\\0user\\0password", of the XOAUTH2 string):

* the engine: ``str``/``repr`` of the RunResult and of every event, ``to_dict`` as JSON, the
  transcript, every exception raised inside a step (str, repr, traceback, facts);
* the CLI (in-process ``app.cli.main`` and a real subprocess): stdout, stderr, --json, --report;
* logging at DEBUG (every logger but the test servers' own), and fd-level stdout/stderr;
* every file written under a temporary HOME / XDG dirs / TMPDIR / SMTP_DOCTOR_CONFIG_DIR /
  SMTP_DOCTOR_DATA_DIR (profiles, history, reports).

The audit, the forms it searches for and the sandbox fixture live in
:mod:`tests.support.canary`; adding an output source is one line there: a ``(name, render)`` pair
in ``RESULT_OUTPUTS`` (anything derived from a RunResult: reports, GUI text) or an env var name in
``WATCHED_DIRS`` (a place the app writes files).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.core.checks.connection import ConnectionCheck, run_check
from app.core.model import AuthMethod, RunResult, Security, ServerSettings, StopAfter, Timeouts
from app.core.runner import Step
from app.core.storage.history import History
from app.core.storage.profiles import Profile, ProfileStore
from app.core.validate import InputError, parse_form
from tests.support.canary import (
    CANARY_TOKEN,
    WATCHED_DIRS,
    LogCollect,
    MemoryKeyring,
    SecretAudit,
    b64,
    forbidden_forms,
    keyring_selected,
)
from tests.support.checks import LOCAL, RECIPIENT, SENDER
from tests.support.proc import cli_env
from tests.support.servers import hostile
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

PLANTED = "bug while sending"
QUICK = Timeouts(connect=2, reply=1, step=5, dns=1)

# ---------------------------------------------------------------- where secrets could end up

@pytest.fixture
def raised(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Every exception raised inside a step of the connection check, as it was raised."""
    seen: list[BaseException] = []
    original = ConnectionCheck.steps

    def steps(self: ConnectionCheck) -> list[Step]:
        wrapped = []
        for item in original(self):
            def run(fn: Callable[[], Any] = item.run) -> Any:
                try:
                    return fn()
                except BaseException as exc:
                    seen.append(exc)
                    raise
            wrapped.append(Step(item.id, item.title, run))
        return wrapped

    monkeypatch.setattr(ConnectionCheck, "steps", steps)
    return seen


def test_the_audit_finds_planted_secrets() -> None:
    """Positive control: every encoding the suite searches for is found when it is there."""
    for prefix in ("", "x", "xy"):
        audit = SecretAudit()
        payload = b64(f"{prefix}\0{CANARY_USER}\0{CANARY_PASSWORD}".encode())
        audit.add("plain", f"C: AUTH PLAIN {payload[4:]}")
        assert audit.leaks(), prefix
    for planted in (CANARY_PASSWORD, b64(CANARY_PASSWORD.encode()), b64(
            f"user={CANARY_USER}\x01auth=Bearer {CANARY_TOKEN}\x01\x01".encode()), CANARY_TOKEN):
        audit = SecretAudit()
        audit.add("x", f"... {planted} ...")
        assert audit.leaks()


# ---------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Scenario:
    name: str
    mechanism: str
    server: str  # how to build the peer, see _peer()
    security: Security = Security.STARTTLS
    stop_after: StopAfter = StopAfter.DATA
    expect: str | None = None  # the run's diagnosis (None: passed)


SCENARIOS = [
    Scenario("plain_ok", "plain", "aiosmtpd"),
    Scenario("login_ok", "login", "aiosmtpd"),
    Scenario("cram_md5_ok", "cram-md5", "aiosmtpd"),
    Scenario("auto_ok_cleartext", "auto", "aiosmtpd_plain", Security.NONE,
             expect="auth.cleartext"),
    Scenario("plain_wrong_password", "plain", "aiosmtpd_wrong", expect="auth.failed"),
    Scenario("login_wrong_password", "login", "aiosmtpd_wrong", expect="auth.failed"),
    Scenario("cram_md5_wrong_password", "cram-md5", "aiosmtpd_wrong", expect="auth.failed"),
    Scenario("xoauth2_ok", "xoauth2", "xoauth2", Security.NONE, expect="auth.cleartext"),
    Scenario("xoauth2_wrong_token", "xoauth2", "xoauth2_wrong", Security.NONE,
             expect="oauth.token_rejected"),
    Scenario("plain_server_drops_after_auth", "plain", "drop", Security.NONE,
             expect="smtp.closed"),
    Scenario("login_server_resets_after_auth", "login", "reset", Security.NONE,
             expect="smtp.closed"),
    Scenario("plain_timeout_at_auth", "plain", "stall_auth", Security.NONE,
             expect="smtp.reply_timeout"),
    Scenario("login_timeout_after_password", "login", "stall_login_password", Security.NONE,
             expect="smtp.reply_timeout"),
    Scenario("plain_internal_error", "plain", "aiosmtpd", expect="app.internal_error"),
    # Servers that repeat what they were sent: decoded and in base64, in a 535 or a 334.
    Scenario("plain_echo_535", "plain", "echo_535", Security.NONE, expect="auth.failed"),
    Scenario("plain_echo_334", "plain", "echo_334", Security.NONE,
             expect="smtp.protocol_error"),
    Scenario("login_echo_535", "login", "echo_535", Security.NONE, expect="auth.failed"),
    Scenario("login_echo_334", "login", "echo_334", Security.NONE,
             expect="smtp.protocol_error"),
    Scenario("xoauth2_echo", "xoauth2", "echo_535", Security.NONE,
             expect="oauth.token_rejected"),
]


def _stall_after_login_password(peer: Any) -> None:
    """AUTH LOGIN: ask for the user and the password, then never answer."""

    def auth(p: Any) -> bool:
        if not p.send(b"334 VXNlcm5hbWU6\r\n") or p.read_line() is None:
            return False
        if not p.send(b"334 UGFzc3dvcmQ6\r\n") or p.read_line() is None:
            return False
        p.hold()
        return False

    hostile.make_esmtp(on={"AUTH": auth})(peer)


@pytest.fixture
def peer_for(pki: TestPki, smtp_server_factory: Callable[..., SmtpServer],
             scripted_server_factory: Callable[..., ScriptedServer]) -> Callable[[str], int]:
    def build(kind: str) -> int:
        if kind == "aiosmtpd":
            return smtp_server_factory(tls="starttls", require_starttls=True,
                                       users={CANARY_USER: CANARY_PASSWORD}).port
        if kind == "aiosmtpd_plain":
            return smtp_server_factory(users={CANARY_USER: CANARY_PASSWORD},
                                       auth_require_tls=False).port
        if kind == "aiosmtpd_wrong":
            return smtp_server_factory(tls="starttls", users={CANARY_USER: "another-one"}).port
        handlers = {
            "xoauth2": hostile.make_xoauth2(CANARY_TOKEN, CANARY_USER),
            "xoauth2_wrong": hostile.make_xoauth2("some-other-token", CANARY_USER),
            "drop": hostile.auth_ok_then_drop,
            "reset": hostile.auth_ok_then_reset,
            "stall_auth": hostile.StallAt("AUTH"),
            "stall_login_password": _stall_after_login_password,
            "echo_535": hostile.make_echo("535"),
            "echo_334": hostile.make_echo("334"),
        }
        return scripted_server_factory(handlers[kind]).port

    return build


def _cli_args(sc: Scenario, port: int, pki: TestPki, report_path: Path | None = None,
              json_out: bool = False) -> list[str]:
    args = ["check", LOCAL, "--port", str(port), "--security", sc.security.value,
            "--user", CANARY_USER, "--auth", sc.mechanism, "--stop-after", sc.stop_after.value,
            "--from", SENDER, "--to", RECIPIENT, "--timeout", str(QUICK.reply),
            "--connect-timeout", str(QUICK.connect)]
    args += ["--oauth-token-stdin"] if sc.mechanism == "xoauth2" else ["--password-stdin"]
    if sc.security is not Security.NONE:
        args += ["--ca-file", str(pki.ca_file)]
    if report_path is not None:
        args += ["--report", str(report_path)]
    if json_out:
        args.append("--json")
    return args


def _stdin(sc: Scenario) -> str:
    return (CANARY_TOKEN if sc.mechanism == "xoauth2" else CANARY_PASSWORD) + "\n"


def _settings(sc: Scenario, port: int, pki: TestPki) -> ServerSettings:
    token = sc.mechanism == "xoauth2"
    return ServerSettings(
        host=LOCAL, port=port, security=sc.security, auth=AuthMethod(sc.mechanism),
        username=CANARY_USER, password="" if token else CANARY_PASSWORD,
        oauth_token=CANARY_TOKEN if token else "", mail_from=SENDER, rcpt_to=RECIPIENT,
        ca_file=str(pki.ca_file) if sc.security is not Security.NONE else "",
        stop_after=sc.stop_after, timeouts=QUICK)


def _break_auth(monkeypatch: pytest.MonkeyPatch) -> None:
    """An internal error whose message and locals carry the credentials (the worst case)."""

    def broken(channel: Any, method: Any, username: str, password: str, token: str) -> Any:
        payload = b64(f"\0{username}\0{password}".encode())
        raise RuntimeError(f"{PLANTED} {password!r} / {payload} / {token}")

    monkeypatch.setattr("app.core.checks.connection.authenticate", broken)


def _check_outcome(result: RunResult, sc: Scenario) -> None:
    assert result.diagnosis == sc.expect, (sc.name, result.diagnosis, result.verdict)
    assert any("AUTH" in line.text for line in result.transcript), "AUTH never happened"


def _audit_environment(audit: SecretAudit, sandbox: dict[str, str], logs: LogCollect,
                       capfd: pytest.CaptureFixture[str]) -> None:
    # what the app keeps between runs: a profile for this user and the run in history
    ProfileStore().save(Profile(name="Canary", host=LOCAL, username=CANARY_USER,
                                remember_password=True))
    audit.add("logging", "\n".join(logs.lines))
    captured = capfd.readouterr()
    audit.add("fd stdout", captured.out)
    audit.add("fd stderr", captured.err)
    files = sum(audit.add_tree(Path(sandbox[name])) for name in WATCHED_DIRS)
    assert files >= 2, "expected at least the profile and the history files"


@pytest.mark.parametrize("sc", SCENARIOS, ids=lambda s: s.name)
def test_engine_never_leaks(sc: Scenario, pki: TestPki, peer_for: Callable[[str], int],
                            sandbox: dict[str, str], log_capture: LogCollect,
                            raised: list[BaseException], monkeypatch: pytest.MonkeyPatch,
                            capfd: pytest.CaptureFixture[str]) -> None:
    if sc.expect == "app.internal_error":
        _break_auth(monkeypatch)
    port = peer_for(sc.server)
    events: list[object] = []
    result = run_check(_settings(sc, port, pki), events.append)
    _check_outcome(result, sc)
    audit = SecretAudit()
    audit.add_result(result)
    audit.add("events", "\n".join(repr(e) + str(e) for e in events))
    for exc in raised:
        if not str(exc).startswith(PLANTED):  # the planted bug carries the secret on purpose
            audit.add_exception(exc)
    with History() as history:
        history.add(result, profile="Canary")
    _audit_environment(audit, sandbox, log_capture, capfd)
    audit.assert_clean()


@pytest.mark.parametrize("json_out", [False, True], ids=["human", "json"])
@pytest.mark.parametrize("sc", SCENARIOS, ids=lambda s: s.name)
def test_cli_in_process_never_leaks(sc: Scenario, json_out: bool, pki: TestPki,
                                    peer_for: Callable[[str], int], sandbox: dict[str, str],
                                    log_capture: LogCollect, monkeypatch: pytest.MonkeyPatch,
                                    capfd: pytest.CaptureFixture[str]) -> None:
    if sc.expect == "app.internal_error":
        _break_auth(monkeypatch)
    port = peer_for(sc.server)
    out, err = io.StringIO(), io.StringIO()
    report_path = Path(sandbox["HOME"]) / ("report.html" if json_out else "report.md")
    code = cli.main(_cli_args(sc, port, pki, report_path, json_out),
                    stdin=io.StringIO(_stdin(sc)), out=out, err=err)
    assert code == (0 if sc.expect in (None, "auth.cleartext") else 1), err.getvalue()
    assert "Traceback" not in err.getvalue()
    if json_out:
        assert json.loads(out.getvalue())["diagnosis"] == sc.expect
    assert report_path.exists()
    audit = SecretAudit()
    audit.add("stdout", out.getvalue())
    audit.add("stderr", err.getvalue())
    with History() as history:
        history.add(json.loads(out.getvalue()) if json_out else {"verdict": "x"}, "Canary")
    _audit_environment(audit, sandbox, log_capture, capfd)
    audit.assert_clean()


SUBPROCESS = ["plain_ok", "login_wrong_password", "xoauth2_ok", "plain_server_drops_after_auth",
              "cram_md5_wrong_password", "plain_echo_535", "login_echo_334", "xoauth2_echo"]
CRASH_WRAPPER = (
    "import sys, app.core.checks.connection as c\n"
    "def broken(ch, m, user, password, token):\n"
    "    raise RuntimeError('bug with ' + password + ' ' + token)\n"
    "c.authenticate = broken\n"
    "from app.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n")


@pytest.mark.parametrize("name", [*SUBPROCESS, "plain_internal_error"])
def test_cli_subprocess_never_leaks(name: str, pki: TestPki, peer_for: Callable[[str], int],
                                    sandbox: dict[str, str]) -> None:
    sc = next(s for s in SCENARIOS if s.name == name)
    port = peer_for(sc.server)
    report_path = Path(sandbox["TMPDIR"]) / "report.json"
    args = _cli_args(sc, port, pki, report_path, json_out=name.endswith("_ok"))
    launcher = ["-c", CRASH_WRAPPER] if sc.expect == "app.internal_error" else ["-m", "app"]
    proc = subprocess.run([sys.executable, *launcher, *args], input=_stdin(sc),
                          capture_output=True, text=True, timeout=60, cwd=sandbox["HOME"],
                          env=cli_env(sandbox))
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == (0 if sc.expect in (None, "auth.cleartext") else 1), proc.stderr
    assert sc.expect is None or sc.expect in report_path.read_text()
    audit = SecretAudit()
    audit.add("stdout", proc.stdout)
    audit.add("stderr", proc.stderr)
    files = sum(audit.add_tree(Path(sandbox[n])) for n in WATCHED_DIRS)
    assert files >= 1
    audit.assert_clean()


def test_input_errors_never_echo_the_password() -> None:
    """A password that fails validation is named by its field, never quoted."""
    bad = CANARY_PASSWORD + "\r\nRSET"
    with pytest.raises(InputError) as info:
        parse_form({"host": "smtp.example.com", "auth": "plain", "stop_after": "auth",
                    "username": CANARY_USER, "password": bad})
    audit = SecretAudit()
    audit.add_exception(info.value)
    audit.add("field errors", repr(info.value.errors))
    audit.assert_clean()
    assert [e.field for e in info.value.errors] == ["password"]


def test_settings_repr_hides_secrets() -> None:
    s = ServerSettings(host="smtp.example.com", port=587, username=CANARY_USER,
                       password=CANARY_PASSWORD, oauth_token=CANARY_TOKEN)
    audit = SecretAudit()
    audit.add("repr(settings)", repr(s))
    audit.add("str(settings)", str(s))
    audit.add("public_dict", json.dumps(s.public_dict()))
    audit.assert_clean()


def test_keyring_result_repr_hides_the_password(monkeypatch: pytest.MonkeyPatch) -> None:

    from app.core.storage import secrets

    with keyring_selected(MemoryKeyring()), secrets.accept_backend(MemoryKeyring):
        assert secrets.set_password("Canary", CANARY_PASSWORD).ok
        got = secrets.get_password("Canary")
        assert got.value == CANARY_PASSWORD
    audit = SecretAudit()
    audit.add("repr(SecretResult)", repr(got))
    audit.add("str(SecretResult)", str(got))
    audit.assert_clean()


# ------------------------------------------------------------------ OAuth: sign-in tokens


IGNORED_LOGGERS_OAUTH = ("werkzeug", "authlib.oauth2.rfc", "httpx", "httpcore")  # the bed's server


def test_oauth_tokens_never_leak(pki: TestPki, oauth_server: Any, oauth_browser: Any,
                                 oauth_smtp_factory: Callable[..., Any],
                                 sandbox: dict[str, str], log_capture: LogCollect,
                                 monkeypatch: pytest.MonkeyPatch,
                                 capfd: pytest.CaptureFixture[str]) -> None:
    """Sign in (browser and device code), log in to SMTP with XOAUTH2 and OAUTHBEARER, refresh
    after expiry, fail with the 334 JSON, sign out: every access and refresh token the
    authorization server issued is found 0 times in every output (stdout, stderr, JSON,
    reports, history, logs at DEBUG, files, exceptions)."""
    import threading
    import webbrowser

    import keyring

    from app.core import oauth
    from app.core.cancel import CancelToken
    from app.core.storage import secrets
    from tests.support.oauth import DeviceHook, MemoryKeychain, microsoft
    from tests.support.servers.oauth_as import PUBLIC_CLIENT_ID, TEST_USER

    def open_url(url: str, *args: Any, **kwargs: Any) -> bool:
        threading.Thread(target=oauth_browser.authorize, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", open_url)
    previous = keyring.get_keyring()
    store = MemoryKeychain()
    keyring.set_keyring(store)
    ca = str(pki.ca_file)
    audit = SecretAudit()
    try:
        with secrets.accept_backend(MemoryKeychain):
            oauth_server.access_token_lifetime = 2
            ms = oauth_smtp_factory(provider="microsoft")
            google = oauth_smtp_factory(provider="google")
            bearer = oauth_smtp_factory(provider="microsoft", oauth_mechanisms=("OAUTHBEARER",))
            for json_out in (False, True):
                extra = ["--json"] if json_out else []
                out, err = io.StringIO(), io.StringIO()
                code = cli.main(["login", "microsoft", "--profile", "Canary", "--client-id",
                                 PUBLIC_CLIENT_ID, "--authority",
                                 oauth_server.tenant_issuer("organizations"),
                                 "--oauth-ca-file", ca, "--timeout", "30", *extra],
                                stdin=io.StringIO(""), out=out, err=err)
                assert code == 0, err.getvalue()
                audit.add("login stdout", out.getvalue())
                audit.add("login stderr", err.getvalue())
                for server, auth in ((ms, "xoauth2"), (bearer, "oauthbearer"),
                                     (google, "xoauth2")):
                    report_path = Path(sandbox["HOME"]) / f"oauth-{auth}-{server.port}.html"
                    out, err = io.StringIO(), io.StringIO()
                    code = cli.main(["check", LOCAL, "--port", str(server.port), "--ca-file", ca,
                                     "--user", TEST_USER, "--auth", auth, "--profile", "Canary",
                                     "--oauth-ca-file", ca, "--report", str(report_path),
                                     "--to", RECIPIENT, "--from", TEST_USER, *extra],
                                    stdin=io.StringIO(""), out=out, err=err)
                    assert code == (1 if server is google else 0), out.getvalue() + err.getvalue()
                    audit.add(f"check {auth} stdout", out.getvalue())
                    audit.add(f"check {auth} stderr", err.getvalue())
                    with History() as history:
                        history.add(json.loads(out.getvalue()) if json_out else {"verdict": "x"},
                                    "Canary")
                oauth.store.forget("Canary")
                import time as _time
                _time.sleep(2.1)  # expired: the next check refreshes from the keychain
            hook = DeviceHook(oauth_browser)
            tokens = oauth.sign_in(microsoft(oauth_server), cancel=CancelToken(),
                                   device_code=True, on_event=hook, timeout=30, ca_file=ca)
            hook.join()
            audit.add("device events", "\n".join(repr(e) + str(e) for e in hook.events))
            audit.add("repr(tokens)", repr(tokens) + str(tokens))
            events: list[object] = []
            result = run_check(ServerSettings(
                host=LOCAL, port=google.port, security=Security.STARTTLS,
                auth=AuthMethod.XOAUTH2, username=TEST_USER, oauth_token=tokens.access_token,
                ca_file=ca, stop_after=StopAfter.AUTH, timeouts=QUICK), events.append)
            assert result.steps[-2].diagnosis == "oauth.wrong_scope" or any(
                st.diagnosis == "oauth.wrong_scope" for st in result.steps)
            audit.add_result(result)
            audit.add("events", "\n".join(repr(e) + str(e) for e in events))
            oauth_server.revoke_user_tokens(TEST_USER)
            oauth.store.forget("Canary")
            try:
                oauth.access_token("Canary", cancel=CancelToken(), ca_file=ca)
            except oauth.OAuthError as exc:
                audit.add_exception(exc)
                audit.add("exception facts", repr(exc.facts))
            else:
                raise AssertionError("a revoked refresh token was accepted")
            out, err = io.StringIO(), io.StringIO()
            assert cli.main(["logout", "--profile", "Canary", "--oauth-ca-file", ca, "--json"],
                            stdin=io.StringIO(""), out=out, err=err) == 0
            audit.add("logout", out.getvalue() + err.getvalue())
    finally:
        keyring.set_keyring(previous)
    issued = [t for token in oauth_server.tokens
              for t in (token.access_token, token.refresh_token) if t]
    assert len(issued) >= 8, "the scenario issued fewer tokens than expected"
    audit.extra_forms = sorted({form for t in issued for form in forbidden_forms(t, TEST_USER)},
                               key=len)
    logs = [line for line in log_capture.lines if not line.startswith(IGNORED_LOGGERS_OAUTH)]
    log_capture.lines[:] = logs
    _audit_environment(audit, sandbox, log_capture, capfd)
    audit.assert_clean()
