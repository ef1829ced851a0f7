"""`smtp-doctor monitor` against real loopback servers: lines, summary, CSV, exit codes, Ctrl-C."""

from __future__ import annotations

import csv
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from tests.support.canary import assert_no_secret
from tests.support.checks import LOCAL
from tests.support.proc import REPO_ROOT, cli_argv, cli_env, run_cli
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

SmtpFactory = Callable[..., SmtpServer]


def run_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("#")]


def test_lines_summary_and_csv(smtp_plain: SmtpServer, tmp_path: Path) -> None:
    path = tmp_path / "series.csv"
    code, out, err = run_cli("monitor", LOCAL, "--port", str(smtp_plain.port), "--security",
                             "none", "--every", "0.05", "--count", "3", "--csv", str(path))
    assert code == 0, out + err
    lines = run_lines(out)
    assert len(lines) == 3 and all(" PASS " in line for line in lines)
    assert lines[0].startswith("#1 ") and lines[2].startswith("#3 ")
    assert "connect" in lines[0] and "total" in lines[0]
    assert "Runs: 3, passed: 3, failed: 0" in out
    for phase in ("connect", "greeting", "tls", "auth", "total"):
        assert any(line.startswith(phase) for line in out.splitlines()), phase
    assert "p50 ms" in out and "p95 ms" in out and "max ms" in out
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert [r["index"] for r in rows] == ["1", "2", "3"]
    assert f"CSV written to {path}" in out


def test_failures_exit_1_with_diagnosis_counts(refused_port: int) -> None:
    code, out, err = run_cli("monitor", LOCAL, "--port", str(refused_port), "--security", "none",
                             "--every", "0.05", "--count", "2")
    assert code == 1, out + err
    assert len(run_lines(out)) == 2 and "tcp.refused" in run_lines(out)[0]
    assert "2 x tcp.refused" in out


def test_duration_limits_runs(smtp_plain: SmtpServer) -> None:
    started = time.monotonic()
    code, out, _ = run_cli("monitor", LOCAL, "--port", str(smtp_plain.port), "-s", "none",
                           "--every", "0.3", "--duration", "0.8")
    assert code == 0
    assert 2 <= len(run_lines(out)) <= 3  # at 0, 0.3 and 0.6 s (fewer if a run is slow)
    assert time.monotonic() - started < 5


def test_login_password_read_once_and_never_printed(smtp_starttls_auth: SmtpServer,
                                                    pki: TestPki) -> None:
    code, out, err = run_cli("monitor", LOCAL, "--port", str(smtp_starttls_auth.port),
                             "--ca-file", str(pki.ca_file), "--user", CANARY_USER,
                             "--password-stdin", "--every", "0.05", "--count", "2",
                             stdin=CANARY_PASSWORD + "\n")
    assert code == 0, out + err
    lines = run_lines(out)
    assert len(lines) == 2 and all(" PASS " in line for line in lines)
    assert len(smtp_starttls_auth.auth_attempts) == 2
    assert all(a.success for a in smtp_starttls_auth.auth_attempts)
    assert_no_secret(out, err)


@pytest.mark.parametrize(("args", "needle"), [
    (["--every", "0"], "--every"), (["--every", "soon"], "--every"),
    (["--count", "0"], "--count"), (["--duration", "-3"], "--duration"),
])
def test_bad_options_exit_2(args: list[str], needle: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["monitor", LOCAL, "--port", "25", *args]) == 2
    assert needle in capsys.readouterr().err


def test_bad_server_input_exit_2_names_the_option() -> None:
    code, _, err = run_cli("monitor", "bad host", "--count", "1")
    assert code == 2 and "HOST" in err


def test_unwritable_csv(smtp_plain: SmtpServer, tmp_path: Path) -> None:
    code, out, err = run_cli("monitor", LOCAL, "--port", str(smtp_plain.port), "-s", "none",
                             "--every", "0.05", "--count", "1", "--csv",
                             str(tmp_path / "no" / "such" / "dir.csv"))
    assert code == 1 and "--csv" in err and "Runs: 1" in out


def test_ctrl_c_stops_with_the_summary(smtp_plain: SmtpServer, tmp_path: Path) -> None:
    """A real process waiting a minute for its next run: SIGINT ends it at once, cleanly."""
    path = tmp_path / "series.csv"
    proc = subprocess.Popen(cli_argv("monitor", LOCAL, "--port", str(smtp_plain.port),
                                     "--security", "none", "--every", "60", "--csv", str(path)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env(), cwd=REPO_ROOT)
    try:
        assert proc.stdout is not None
        header = proc.stdout.readline()
        assert header.startswith("Monitoring"), header
        first = proc.stdout.readline()
        assert first.startswith("#1 "), first
        time.sleep(0.3)
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        rest, err = proc.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, rest + err
    assert took < 1.5
    assert "Traceback" not in err
    assert "Runs: 1, passed: 1, failed: 0  (stopped)" in rest
    assert len(list(csv.DictReader(path.open(encoding="utf-8", newline="")))) == 1


def test_json_prints_one_object_with_every_run(smtp_plain: SmtpServer,
                                               refused_port: int) -> None:
    import json

    code, out, err = run_cli("monitor", LOCAL, "--port", str(smtp_plain.port), "--security",
                             "none", "--every", "0.05", "--count", "2", "--json")
    assert code == 0, out + err
    doc = json.loads(out)  # nothing but the one object
    assert doc["target"]["port"] == smtp_plain.port and doc["every_s"] == 0.05
    assert [run["index"] for run in doc["runs"]] == [1, 2]
    assert doc["summary"]["runs"] == 2 and doc["cancelled"] is False
    code, out, _err = run_cli("monitor", LOCAL, "--port", str(refused_port), "--security",
                              "none", "--every", "0.05", "--count", "1", "--json")
    assert code == 1 and json.loads(out)["runs"][0]["diagnosis"] == "tcp.refused"


@pytest.mark.parametrize("command", ["check", "monitor", "ports"])
def test_unknown_option_shows_the_commands_usage_and_hints_only_for_passwords(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, _err = run_cli(command, LOCAL, "--colour")
    err = capsys.readouterr().err  # argparse writes usage and error to the process's stderr
    assert code == 2
    assert f"usage: smtp-doctor {command}" in err and "--colour" in err
    assert "password" not in err.split("error:", 1)[1]
    code, _out, _err = run_cli(command, LOCAL, "--password", "hunter22")
    err = capsys.readouterr().err
    assert code == 2 and "hunter22" not in err
    assert f"usage: smtp-doctor {command}" in err
    assert "never taken on the command line" in err
