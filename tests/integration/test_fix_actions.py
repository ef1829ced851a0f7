"""One-click fixes from real runs: the advice carries actions; JSON and the CLI show them."""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable

from app.core.checks.connection import run_check
from app.core.model import AuthMethod, IPVersion, Security, Status, StopAfter
from tests.support.checks import LOCAL, assert_diagnosis, auth_settings, make_settings
from tests.support.proc import run_cli
from tests.support.servers.pki import WRONG_HOST_IDENTITIES, TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

SmtpFactory = Callable[..., SmtpServer]


def test_expected_tls_advice_offers_switch_to_tls(smtp_implicit_tls_auth: SmtpServer,
                                                  pki: TestPki) -> None:
    port = smtp_implicit_tls_auth.port
    result = run_check(make_settings(port, security=Security.STARTTLS, ca_file=str(pki.ca_file)))
    failed = assert_diagnosis(result, "greeting", "tls.expected_tls")
    assert failed.advice is not None
    switch = failed.advice.actions[0]
    # The probe found TLS on this very port: the port stays, the encryption changes.
    assert (switch.kind, switch.changes, switch.retry) == ("set", {"security": "tls"}, True)
    assert switch.label == "Switch to SSL/TLS and retry"
    assert "SSL/TLS" in failed.advice.fixes[switch.fix]
    data = json.loads(json.dumps(result.to_dict()))
    step = next(s for s in data["steps"] if s["id"] == "greeting")
    assert step["advice"]["actions"][0] == {
        "kind": "set", "label": "Switch to SSL/TLS and retry", "changes": {"security": "tls"},
        "tool": "", "retry": True, "fix": switch.fix}
    # Applying the action's changes really fixes the run.
    fixed = run_check(make_settings(port, security=Security.TLS, ca_file=str(pki.ca_file)))
    assert fixed.status is Status.PASS, fixed.verdict


def test_cli_prints_the_equivalent_command(smtp_implicit_tls_auth: SmtpServer,
                                           pki: TestPki) -> None:
    port = str(smtp_implicit_tls_auth.port)
    code, out, err = run_cli("check", LOCAL, "--port", port, "--security", "starttls",
                             "--user", CANARY_USER, "--password-stdin", "--ca-file",
                             str(pki.ca_file), "--timeout", "2", stdin=CANARY_PASSWORD + "\n")
    assert code == 1, out + err
    assert CANARY_PASSWORD not in out + err
    lines = out.splitlines()
    tries = [line.split("try: ", 1)[1] for line in lines if "try: " in line]
    assert tries, out
    argv = shlex.split(tries[0])
    assert argv[:3] == ["smtp-doctor", "check", LOCAL]
    assert argv[argv.index("--security") + 1] == "tls"
    assert argv[argv.index("--port") + 1] == port
    assert argv[argv.index("--user") + 1] == CANARY_USER and "--password-stdin" in argv
    assert argv[argv.index("--ca-file") + 1] == str(pki.ca_file)
    assert argv[argv.index("--timeout") + 1] == "2"
    # the hint sits under the fix it carries out
    fix_line = lines[lines.index(next(x for x in lines if "try: " in x)) - 1]
    assert fix_line.strip().startswith("1. Set encryption to SSL/TLS")
    # ... and the printed command, run as printed, passes
    code, out2, err2 = run_cli(*argv[1:], stdin=CANARY_PASSWORD + "\n")
    assert code == 0, out2 + err2


def test_expected_plaintext_offers_starttls_when_the_probe_saw_it(
        smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls")
    result = run_check(make_settings(server.port, security=Security.TLS,
                                     ca_file=str(pki.ca_file)))
    failed = assert_diagnosis(result, "tls", "tls.expected_plaintext")
    assert failed.facts["plain_starttls"] is True
    assert failed.advice is not None
    changes = [a.changes for a in failed.advice.actions]
    assert {"security": "starttls"} in changes and {"security": "none"} not in changes


def test_expected_plaintext_without_starttls_offers_no_encryption(smtp_plain: SmtpServer,
                                                                  pki: TestPki) -> None:
    result = run_check(make_settings(smtp_plain.port, security=Security.TLS))
    failed = assert_diagnosis(result, "tls", "tls.expected_plaintext")
    assert failed.facts["plain_starttls"] is False
    assert failed.advice is not None
    none = [a for a in failed.advice.actions if a.changes == {"security": "none"}]
    assert len(none) == 1 and none[0].retry is False  # never retried without encryption
    assert {"security": "starttls"} not in [a.changes for a in failed.advice.actions]


def test_hostname_mismatch_offers_the_certificate_name(smtp_server_factory: SmtpFactory,
                                                       pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="wrong_host")
    result = run_check(make_settings(server.port, host="localhost", security=Security.TLS,
                                     ca_file=str(pki.ca_file), ip_version=IPVersion.V4))
    failed = assert_diagnosis(result, "tls", "tls.cert_hostname_mismatch")
    assert failed.advice is not None
    (action,) = failed.advice.actions
    name = failed.facts["suggested_host"]
    assert name in WRONG_HOST_IDENTITIES
    assert action.changes == {"host": name} and action.retry is False
    assert action.label == f"Connect as {name} (name from the certificate)"


def test_auth_not_offered_offers_no_sign_in(smtp_plain: SmtpServer) -> None:
    result = run_check(auth_settings(smtp_plain.port, security=Security.NONE,
                                     auth=AuthMethod.AUTO, stop_after=StopAfter.AUTH))
    failed = assert_diagnosis(result, "auth", "auth.not_offered")
    assert failed.advice is not None
    changes = [a.changes for a in failed.advice.actions]
    assert {"auth": "none"} in changes
    assert {"security": "starttls", "port": 587} in changes


def test_refused_offers_ports_and_skips_what_the_run_already_used(refused_port: int) -> None:
    result = run_check(make_settings(refused_port, security=Security.STARTTLS))
    failed = assert_diagnosis(result, "connect", "tcp.refused")
    assert failed.advice is not None
    kinds = [(a.kind, a.tool, a.changes) for a in failed.advice.actions]
    assert ("open_tool", "ports", {}) in kinds
    assert ("set", "", {"security": "tls", "port": 465}) in kinds
    _code, out, _err = run_cli("check", LOCAL, "--port", str(refused_port),
                               "--connect-timeout", "1")
    assert f"try: smtp-doctor ports {LOCAL}" in out
