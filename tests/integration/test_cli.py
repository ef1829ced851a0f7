"""The CLI over real loopback servers: output, JSON, exit codes, redaction, Ctrl-C, no Qt."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable

import pytest

from tests.support.canary import assert_no_secret
from tests.support.checks import LOCAL, RECIPIENT, SENDER
from tests.support.proc import REPO_ROOT, cli_argv, cli_env, run_cli, wait_until
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

ScriptedFactory = Callable[..., ScriptedServer]
SmtpFactory = Callable[..., SmtpServer]
STEP_KEYS = {"id", "status", "duration_ms", "summary", "facts", "diagnosis", "fixes",
             "transcript"}


def _starttls_args(server: SmtpServer, pki: TestPki, *extra: str) -> list[str]:
    return ["check", LOCAL, "--port", str(server.port), "--security", "starttls",
            "--ca-file", str(pki.ca_file), "--timeout", "2", "--connect-timeout", "1", *extra]


# ------------------------------------------------------------------------ in-process main()


def test_json_success_with_login(smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    code, out, err = run_cli(*_starttls_args(smtp_starttls_auth, pki, "--user", CANARY_USER,
                                             "--password-stdin", "--from", SENDER, "--to",
                                             RECIPIENT, "--json"),
                             stdin=CANARY_PASSWORD + "\n")
    assert code == 0, out + err
    data = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert isinstance(data, dict)
    assert data["status"] == "pass"
    assert data["verdict"].startswith("Your settings work")
    assert data["target"]["host"] == LOCAL
    assert data["target"]["port"] == smtp_starttls_auth.port
    assert data["target"]["username"] == CANARY_USER
    assert data["target"]["password_set"] is True
    assert "password" not in data["target"]
    assert isinstance(data["total_ms"], (int, float))
    ids = [s["id"] for s in data["steps"]]
    assert ids == ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls",
                   "auth", "mail", "rcpt", "quit"]  # --to implies --stop-after rcpt
    for item in data["steps"]:
        assert set(item) >= STEP_KEYS, item.keys()
        assert item["status"] == "pass"
        assert item["diagnosis"] is None and item["fixes"] == []
        for line in item["transcript"]:
            assert set(line) == {"t_ms", "dir", "text", "tls"}
    auth = next(s for s in data["steps"] if s["id"] == "auth")
    assert auth["facts"]["mechanism"] == "CRAM-MD5"
    assert_no_secret(out, err)
    assert err == ""


def test_json_failure_has_diagnosis_and_fixes(refused_port: int) -> None:
    code, out, _err = run_cli("check", LOCAL, "--port", str(refused_port), "--security",
                              "none", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["status"] == "fail"
    assert data["diagnosis"] == "tcp.refused"
    connect = next(s for s in data["steps"] if s["id"] == "connect")
    assert connect["status"] == "fail"
    assert connect["diagnosis"] == "tcp.refused"
    assert connect["fixes"] and all(isinstance(f, str) and f for f in connect["fixes"])
    assert connect["advice"]["title"]
    assert connect["facts"]["attempts"][0]["result"] == "refused"
    later = [s for s in data["steps"] if s["id"] in ("greeting", "ehlo", "quit")]
    assert later and all(s["status"] == "skipped" for s in later)


def test_human_output_lists_steps_and_fixes(smtp_server_factory: SmtpFactory,
                                            pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="expired")
    code, out, err = run_cli("check", LOCAL, "--port", str(server.port), "--security", "tls",
                             "--ca-file", str(pki.ca_file), "--timeout", "2")
    assert code == 1
    assert f"port {server.port}" in out.splitlines()[0]
    step_lines = [line for line in out.splitlines() if " ms  " in line]
    assert [line.split()[1] for line in step_lines[:4]] == ["PASS", "PASS", "PASS", "FAIL"]
    assert "[tls.cert_expired]" in out
    assert "Why:" in out and "What to do:" in out
    assert "    1. " in out
    assert "The server's certificate has expired" in out.splitlines()[-1]
    assert "Traceback" not in out + err


@pytest.mark.parametrize(("ca_file", "diagnosis"), [
    (True, "tls.verify_disabled"),
    (False, "tls.cert_untrusted"),  # --insecure still says what the OS trust store would say
])
def test_warning_exits_zero(smtp_implicit_tls_auth: SmtpServer, pki: TestPki, ca_file: bool,
                            diagnosis: str) -> None:
    extra = ["--ca-file", str(pki.ca_file)] if ca_file else []
    code, out, _err = run_cli("check", LOCAL, "--port", str(smtp_implicit_tls_auth.port),
                              "--security", "tls", "--insecure", "--json", *extra)
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "warn"
    assert data["diagnosis"] == diagnosis
    tls = next(s for s in data["steps"] if s["id"] == "tls")
    assert tls["status"] == "warn" and tls["fixes"]
    assert [s["status"] for s in data["steps"]][-1] == "pass"


@pytest.mark.parametrize(("argv", "option"), [
    (["check", "smtp://mail.example.com"], "HOST"),
    (["check", "mail.example.com", "--port", "99999"], "--port"),
    (["check", "mail.example.com", "--port", "abc"], "--port"),
    (["check", "mail.example.com", "--to", "not-an-address"], "--to"),
    (["check", "mail.example.com", "--from", "me@example.com", "--to", "x@@y",
      "--stop-after", "rcpt"], "--to"),
    (["check", "mail.example.com", "--timeout=-3"], "--timeout"),
    (["check", "mail.example.com", "--connect-timeout", "0"], "--connect-timeout"),
    (["check", "mail.example.com", "--security", "ssl3"], "--security"),
    (["check", "mail.example.com", "--ca-file", "/nonexistent/ca.pem"], "--ca-file"),
])
def test_bad_input_exit_2_names_the_option(argv: list[str], option: str) -> None:
    code, out, err = run_cli(*argv)
    assert code == 2
    assert "Traceback" not in out + err
    problem = [line for line in err.splitlines() if line.startswith(f"smtp-doctor: {option}:")]
    assert problem, err
    assert len(problem[0]) > len(f"smtp-doctor: {option}: ") + 10  # a real message follows


def test_bad_input_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_cli("check", "mail.example.com", "--port", "0", "--json")
    assert code == 2
    data = json.loads(out)
    assert data["error"] == "invalid input"
    assert data["fields"][0]["option"] == "--port"
    assert data["fields"][0]["diagnosis"] == "input.invalid_port"


def test_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run_cli("check", "mail.example.com", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in capsys.readouterr().err


@pytest.mark.parametrize("mechanism", ["plain", "login", "cram-md5", "auto"])
@pytest.mark.parametrize("good", [True, False])
@pytest.mark.parametrize("as_json", [True, False])
def test_password_never_printed(smtp_starttls_auth: SmtpServer, pki: TestPki, mechanism: str,
                                good: bool, as_json: bool) -> None:
    password = CANARY_PASSWORD if good else CANARY_PASSWORD + "x"
    argv = _starttls_args(smtp_starttls_auth, pki, "--user", CANARY_USER, "--password-stdin",
                          "--auth", mechanism)
    code, out, err = run_cli(*argv, *(["--json"] if as_json else []), stdin=password + "\n")
    assert code == (0 if good else 1), out + err
    if not good:
        assert "auth.failed" in out
    assert password not in out + err
    assert_no_secret(out, err)


def test_password_never_printed_when_auth_refused_in_clear(
        smtp_server_factory: SmtpFactory) -> None:
    """Cleartext AUTH PLAIN to a plain server: the transcript has the AUTH line, redacted."""
    server = smtp_server_factory(users={CANARY_USER: CANARY_PASSWORD}, auth_require_tls=False)
    code, out, err = run_cli("check", LOCAL, "--port", str(server.port), "--security", "none",
                             "--user", CANARY_USER, "--password-stdin", "--auth", "plain",
                             "--json", stdin=CANARY_PASSWORD + "\n")
    assert code == 0
    assert json.loads(out)["diagnosis"] == "auth.cleartext"
    assert "AUTH PLAIN [credentials redacted]" in out
    assert_no_secret(out, err)


# ------------------------------------------------------------------------ real subprocesses


def test_subprocess_exit_codes_and_no_qt(smtp_implicit_tls_auth: SmtpServer, pki: TestPki,
                                         refused_port: int) -> None:
    ok = subprocess.run(
        [cli_argv()[0], "-X", "importtime", *cli_argv()[1:], "check", LOCAL, "--port",
         str(smtp_implicit_tls_auth.port), "--security", "tls", "--ca-file", str(pki.ca_file),
         "--user", CANARY_USER, "--password-stdin", "--json"],
        input=CANARY_PASSWORD + "\n", capture_output=True, text=True, env=cli_env(),
        cwd=REPO_ROOT, timeout=30)
    assert ok.returncode == 0, ok.stderr[-2000:]
    data = json.loads(ok.stdout)
    assert data["status"] == "pass"
    assert [s["id"] for s in data["steps"]][-2:] == ["auth", "quit"]
    imported = [line.rsplit("|", 1)[-1].strip() for line in ok.stderr.splitlines()
                if line.startswith("import time:")]
    assert "app.core.runner" in imported  # importtime really reported the CLI's imports
    qt = [m for m in imported if m.startswith(("PySide6", "shiboken6", "app.gui"))]
    assert qt == [], f"the CLI imported {qt}"
    assert_no_secret(ok.stdout, ok.stderr)

    failed = subprocess.run(cli_argv("check", LOCAL, "--port", str(refused_port), "--security",
                                     "none"), capture_output=True, text=True, env=cli_env(),
                            cwd=REPO_ROOT, timeout=30)
    assert failed.returncode == 1
    assert "tcp.refused" in failed.stdout

    bad = subprocess.run(cli_argv("check", "bad host"), capture_output=True, text=True,
                         env=cli_env(), cwd=REPO_ROOT, timeout=30)
    assert bad.returncode == 2
    assert "HOST" in bad.stderr and "Traceback" not in bad.stderr


def _app_in_child(argv: list[str], report: str) -> str:
    """Run ``python -m app ARGV`` in a child with stdout captured in ``buf`` and the exit code
    in ``rc``; the first line ``report`` (Python code) prints afterwards."""
    code = ("import sys, runpy, io, contextlib\n"
            f"sys.argv = ['smtp-doctor', *{argv!r}]\n"
            "buf = io.StringIO()\n"
            "try:\n"
            "    with contextlib.redirect_stdout(buf):\n"
            "        runpy.run_module('app', run_name='__main__')\n"
            "except SystemExit as exc:\n"
            "    rc = exc.code\n" + report)
    proc = subprocess.run([cli_argv()[0], "-c", code], capture_output=True, text=True,
                          env=cli_env(), cwd=REPO_ROOT, timeout=30)
    return proc.stdout.split("\n")[0] + "\n" + proc.stderr


def test_subprocess_help_does_not_import_qt() -> None:
    out = _app_in_child(["check", "--help"], (
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6',"
        " 'app.gui')))\n"
        "print(rc, bad, '--stop-after' in buf.getvalue())\n"))
    assert out.split("\n")[0] == "0 [] True", out


def test_top_level_help_lists_every_command_without_importing_them() -> None:
    out = _app_in_child(["--help"], (
        "from app.cli import COMMANDS, SUMMARIES\n"
        "loaded = sorted(n for n, m in COMMANDS.items() if m in sys.modules)\n"
        "missing = [n for n in COMMANDS if n not in buf.getvalue()\n"
        "           or SUMMARIES[n][:30] not in buf.getvalue()]\n"
        "print(rc, loaded, missing)\n"))
    assert out.split("\n")[0] == "0 [] []", out


def test_summaries_are_what_the_commands_register() -> None:
    """`smtp-doctor --help` (SUMMARIES, no command imported) says what the full parser says."""
    import argparse

    from app.cli import COMMANDS, SUMMARIES, build_parser

    def helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return {choice.dest: choice.help for choice in sub._choices_actions}

    assert set(SUMMARIES) == set(COMMANDS)
    assert helps(build_parser()) == SUMMARIES == helps(build_parser(summaries=True))
    assert build_parser().format_help() == build_parser(summaries=True).format_help()
    for name in COMMANDS:  # a command named: its full parser, summaries or not
        parser = build_parser(name, summaries=True)
        command = next(a for a in parser._actions
                       if isinstance(a, argparse._SubParsersAction)).choices[name]
        assert command.add_help and len(command._actions) > 1, name


def _start_cli(port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(cli_argv("check", LOCAL, "--port", str(port), "--security", "none",
                                     "--timeout", "30", "--connect-timeout", "5"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env(), cwd=REPO_ROOT)


def _interrupt(procs: list[subprocess.Popen[str]], server: ScriptedServer) -> list[float]:
    """Wait until every CLI is connected, wait 0.5 s, SIGINT them; seconds each took to end."""
    try:
        assert wait_until(lambda: server.connections >= len(procs), timeout=20)
        time.sleep(0.5)
        sent = time.monotonic()
        for proc in procs:
            proc.send_signal(signal.SIGINT)
        ended = []
        for proc in procs:
            proc.wait(10)
            ended.append(time.monotonic() - sent)
        return ended
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_ctrl_c_while_waiting_for_reply(scripted_server_factory: ScriptedFactory) -> None:
    server = scripted_server_factory(scripted.silent_after_greeting)
    proc = _start_cli(server.port)
    ended = _interrupt([proc], server)
    out, err = proc.communicate()
    assert proc.returncode == 130, out + err
    assert ended[0] < 1.5, f"exit {ended[0]:.2f} s after SIGINT"
    assert "Traceback" not in err
    assert "Cancelled" in out


def test_ctrl_c_against_silent_server(scripted_server_factory: ScriptedFactory) -> None:
    """Three CLIs at once (cancelling the greeting wait once raced), each interrupted 0.5 s
    after connecting."""
    server = scripted_server_factory(scripted.silent)
    procs = [_start_cli(server.port) for _ in range(3)]
    ended = _interrupt(procs, server)
    results = [(p.returncode, *p.communicate()) for p in procs]
    for (code, out, err), took in zip(results, ended, strict=True):
        assert code == 130, out + err
        assert took < 1.5
        assert "Traceback" not in err
