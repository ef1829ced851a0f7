"""The whole check against a real Postfix with Dovecot SASL on loopback (the benchmark's yardstick).

Skips when Postfix/Dovecot cannot run here, unless ``SMTP_DOCTOR_REAL_MTA=1`` (CI), where that
is a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.support.canary import assert_no_secret
from tests.support.proc import run_cli
from tests.support.servers.postfix import SUBMISSION_RECIPIENT, PostfixServer, skip_unless_runnable
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER


@pytest.fixture(scope="module")
def real_mta() -> Iterator[PostfixServer]:
    skip_unless_runnable()
    with PostfixServer({CANARY_USER: CANARY_PASSWORD}) as mta:
        yield mta


def _check(mta: PostfixServer, password: str, *extra: str) -> tuple[int, dict[str, object], str]:
    code, out, err = run_cli("check", "localhost", "--port", str(mta.port), "-4", "--user",
                             CANARY_USER, "--password-stdin", "--auth", "plain", "--ca-file",
                             str(mta.ca_file), "--from", "alice@example.com", "--to",
                             SUBMISSION_RECIPIENT, "--stop-after", "rcpt", "--json", *extra,
                             stdin=password + "\n")
    return code, json.loads(out), out + err


def test_check_to_rcpt_passes_against_postfix(real_mta: PostfixServer) -> None:
    code, data, text = _check(real_mta, CANARY_PASSWORD)
    assert code == 0, text
    assert data["status"] == "pass"
    steps = data["steps"]
    assert isinstance(steps, list)
    ids = [step["id"] for step in steps]
    assert ids[:7] == ["input", "resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls"]
    assert "auth" in ids and "rcpt" in ids
    assert all(step["status"] in ("pass", "skip", "info") for step in steps), text
    assert_no_secret(text)


def test_wrong_password_is_an_auth_failure_against_postfix(real_mta: PostfixServer) -> None:
    code, data, text = _check(real_mta, "not-" + CANARY_PASSWORD)
    assert code != 0
    steps = {step["id"]: step for step in data["steps"]}  # type: ignore[union-attr]
    assert steps["auth"]["status"] == "fail", text
    assert_no_secret(text)


def test_starttls_client_on_postfix_implicit_tls_port_is_expected_tls(
        real_mta: PostfixServer) -> None:
    code, out, _err = run_cli("check", "localhost", "--port", str(real_mta.tls_port), "-4",
                              "--security", "starttls", "--ca-file", str(real_mta.ca_file),
                              "--json")
    data = json.loads(out)
    assert code != 0
    steps = {step["id"]: step for step in data["steps"]}
    assert steps["greeting"]["diagnosis"] == "tls.expected_tls", out
