"""Reports of real runs against loopback servers: `check --report FILE`, escaping of a hostile
banner, and the canary password (and its base64 forms) in no report and no history file byte.

Set SMTP_DOCTOR_REPORT_SAMPLES=DIR to also write sample reports (pass / fail) there, e.g. for
the headless-browser screenshots in docs/screenshots/report-*.png.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, RunResult, Security, StopAfter
from app.core.storage.history import History
from app.core.text import report
from tests.support.canary import assert_no_secret, secret_forms
from tests.support.checks import LOCAL, RECIPIENT, SENDER, auth_settings
from tests.support.proc import run_cli
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

SmtpFactory = Callable[..., SmtpServer]
EVIL = "<script>alert(document.cookie)</script>"


def _check_args(server: SmtpServer, pki: TestPki, *extra: str) -> list[str]:
    return ["check", LOCAL, "--port", str(server.port), "--security", "starttls",
            "--ca-file", str(pki.ca_file), "--timeout", "2", "--connect-timeout", "1",
            "--user", CANARY_USER, "--password-stdin", *extra]


# ------------------------------------------------------------------------ check --report


@pytest.mark.parametrize("ext", ["html", "md", "json"])
def test_check_writes_report_by_extension(smtp_starttls_auth: SmtpServer, pki: TestPki,
                                          tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"report.{ext}"
    code, out, err = run_cli(*_check_args(smtp_starttls_auth, pki, "--report", str(path)),
                             stdin=CANARY_PASSWORD + "\n")
    assert code == 0, out + err
    assert f"Report written to {path}" in out
    text = path.read_text(encoding="utf-8")
    assert_no_secret(text)
    if ext == "json":
        doc = json.loads(text)
        assert doc["status"] == "pass" and doc["environment"]["os"]
        assert [s["id"] for s in doc["steps"]][-2:] == ["auth", "quit"]
    else:
        assert "Your settings work" in text and "Log in (AUTH)" in text
        assert "set (not shown)" in text
        assert report.os_description() in text


def test_json_report_is_the_json_output_plus_environment(smtp_starttls_auth: SmtpServer,
                                                         pki: TestPki, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    code, out, _ = run_cli(*_check_args(smtp_starttls_auth, pki, "--json", "--report",
                                        str(path)), stdin=CANARY_PASSWORD + "\n")
    assert code == 0
    printed = json.loads(out)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert set(written) - set(printed) == {"environment"}
    written.pop("environment")
    assert written == printed  # the same run, the same schema


def test_failed_check_still_writes_report_and_exits_1(smtp_starttls_auth: SmtpServer,
                                                      pki: TestPki, tmp_path: Path) -> None:
    path = tmp_path / "failed.md"
    code, out, err = run_cli(*_check_args(smtp_starttls_auth, pki, "--report", str(path)),
                             stdin=CANARY_PASSWORD + "-wrong\n")
    assert code == 1, out + err
    text = path.read_text(encoding="utf-8")
    assert "❌ FAIL" in text and "`auth.failed`" in text and "What to do:" in text
    assert CANARY_PASSWORD not in text and (CANARY_PASSWORD + "-wrong") not in text


def test_unknown_extension_is_a_usage_error_before_connecting(
        smtp_starttls_auth: SmtpServer, pki: TestPki, tmp_path: Path) -> None:
    code, _out, err = run_cli(*_check_args(smtp_starttls_auth, pki, "--report",
                                          str(tmp_path / "r.pdf")), stdin="x\n")
    assert code == 2
    assert "--report" in err and ".html, .md or .json" in err
    assert smtp_starttls_auth.connections_made == 0
    assert not list(tmp_path.iterdir())


def test_unwritable_report_path(smtp_plain: SmtpServer, tmp_path: Path) -> None:
    code, out, err = run_cli("check", LOCAL, "--port", str(smtp_plain.port), "-s", "none",
                             "--report", str(tmp_path / "missing" / "r.html"))
    assert code == 1
    assert "--report: cannot write" in err
    assert "Your settings work" in out  # the check itself was reported


# ------------------------------------------------------------------------ hostile banner


def test_script_banner_renders_as_text(smtp_server_factory: SmtpFactory, tmp_path: Path) -> None:
    server = smtp_server_factory(hostname=EVIL)
    path = tmp_path / "evil.html"
    code, out, err = run_cli("check", LOCAL, "--port", str(server.port), "-s", "none",
                             "--report", str(path))
    assert code == 0, out + err
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in html
    md = report.render(run_check(auth_settings(server.port, security=Security.NONE,
                                               username="", password="")), "md")
    assert "<script>" not in md.split("## Transcript")[0]


# ------------------------------------------------------------------------ secrets everywhere


def _runs_with_canary(smtp_server_factory: SmtpFactory, pki: TestPki) -> list[RunResult]:
    """Successful and refused logins with every mechanism, and AUTH in the clear."""
    runs: list[RunResult] = []
    good = smtp_server_factory(tls="starttls", require_starttls=True,
                               users={CANARY_USER: CANARY_PASSWORD})
    bad = smtp_server_factory(tls="starttls", users={CANARY_USER: "something else"})
    clear = smtp_server_factory(users={CANARY_USER: CANARY_PASSWORD}, auth_require_tls=False)
    for server in (good, bad):
        for method in (AuthMethod.PLAIN, AuthMethod.LOGIN, AuthMethod.CRAM_MD5):
            runs.append(run_check(auth_settings(
                server.port, security=Security.STARTTLS, auth=method, ca_file=str(pki.ca_file),
                stop_after=StopAfter.RCPT, mail_from=SENDER, rcpt_to=RECIPIENT)))
    runs.append(run_check(auth_settings(clear.port, security=Security.NONE,
                                        auth=AuthMethod.PLAIN, stop_after=StopAfter.AUTH)))
    assert {r.status.value for r in runs} >= {"pass", "fail", "warn"}
    assert any(r.diagnosis == "auth.failed" for r in runs)
    return runs


def test_canary_in_no_report_and_no_history_byte(smtp_server_factory: SmtpFactory, pki: TestPki,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTP_DOCTOR_DATA_DIR", str(tmp_path / "data"))
    runs = _runs_with_canary(smtp_server_factory, pki)
    assert any("[credentials redacted]" in line.text or "redacted" in line.text
               for r in runs for line in r.transcript)
    with History() as history:
        for number, run in enumerate(runs):
            for fmt in report.FORMATS:
                text = report.render(run, fmt)  # no secrets= given: nothing to scrub
                assert_no_secret(text)
                report.write(run, tmp_path / f"r{number}.{fmt}")
            history.add(run, "Canary")
        history.delete(history.runs("Canary")[0].id)
        for stored in history.runs("Canary"):
            got = history.get(stored.id)
            assert got is not None
            assert_no_secret(json.dumps(got.result))
    files = [p for p in (tmp_path / "data").iterdir() if p.is_file()]
    assert any(p.name == "history.sqlite3" for p in files)
    forms = [f.encode() for f in secret_forms()]
    for path in [*files, *tmp_path.glob("r*.*")]:
        data = path.read_bytes()
        for form in forms:
            assert form not in data, f"{form!r} in {path.name}"


# ------------------------------------------------------------------------ samples for docs


@pytest.mark.skipif(not os.environ.get("SMTP_DOCTOR_REPORT_SAMPLES"),
                    reason="set SMTP_DOCTOR_REPORT_SAMPLES=DIR to write sample reports")
def test_write_sample_reports(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    folder = Path(os.environ["SMTP_DOCTOR_REPORT_SAMPLES"])
    folder.mkdir(parents=True, exist_ok=True)
    good = smtp_server_factory(tls="starttls", require_starttls=True,
                               users={CANARY_USER: CANARY_PASSWORD})
    ok = run_check(auth_settings(good.port, host="localhost", security=Security.STARTTLS,
                                 auth=AuthMethod.AUTO, ca_file=str(pki.ca_file),
                                 mail_from=SENDER, rcpt_to=RECIPIENT, stop_after=StopAfter.DATA))
    bad_server = smtp_server_factory(tls="starttls", require_starttls=True, hostname=EVIL,
                                     users={CANARY_USER: "another"})
    bad = run_check(auth_settings(bad_server.port, host="localhost", security=Security.STARTTLS,
                                  auth=AuthMethod.AUTO, ca_file=str(pki.ca_file),
                                  stop_after=StopAfter.AUTH))
    for name, run in (("pass", ok), ("fail", bad)):
        for fmt in report.FORMATS:
            report.write(run, folder / f"report-{name}.{fmt}")
