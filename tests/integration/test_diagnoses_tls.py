"""TLS diagnoses against real loopback peers: wrong mode, broken handshakes, bad certificates."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import IPVersion, Security, ServerSettings, Status, StopAfter
from tests.support.checks import assert_diagnosis, describe, make_settings, step
from tests.support.servers.pki import (
    AV_CA_ORGANIZATION,
    WRONG_HOST_IDENTITIES,
    TestPki,
)
from tests.support.servers.scripted import (
    ScriptedServer,
    accept_then_close,
    plain_esmtp,
    reset_on_hello,
    stall,
    tls_bytes,
)
from tests.support.servers.smtpd import SmtpServer

SmtpFactory = Callable[..., SmtpServer]
ScriptedFactory = Callable[..., ScriptedServer]


def _tls(port: int, pki: TestPki | None, **overrides: object) -> ServerSettings:
    """Implicit TLS to 127.0.0.1, trusting the test CA when ``pki`` is given."""
    overrides.setdefault("security", Security.TLS)
    if pki is not None:
        overrides.setdefault("ca_file", str(pki.ca_file))
    return make_settings(port, **overrides)  # type: ignore[arg-type]


# ------------------------------------------------------------------ wrong mode for the port


def test_expected_plaintext_tls_against_plain_server(smtp_plain: SmtpServer,
                                                     pki: TestPki) -> None:
    result = run_check(_tls(smtp_plain.port, pki))
    failed = assert_diagnosis(result, "tls", "tls.expected_plaintext")
    assert failed.facts["plain_greeting"].startswith("220 mx.smtpdoctor.test")
    assert str(smtp_plain.port) in failed.summary
    assert step(result, "greeting").status is Status.SKIPPED


@pytest.mark.parametrize("security", [Security.STARTTLS, Security.NONE])
def test_expected_tls_plain_client_on_implicit_tls_port(
        smtp_implicit_tls_auth: SmtpServer, pki: TestPki, security: Security) -> None:
    started = time.monotonic()
    result = run_check(_tls(smtp_implicit_tls_auth.port, pki, security=security))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "greeting", "tls.expected_tls")
    assert failed.facts["suggested_security"] == "SSL/TLS"
    assert elapsed < 6.0, f"took {elapsed:.1f} s"
    # the probe really completed a TLS handshake on a second connection
    assert smtp_implicit_tls_auth.connections_made >= 2


@pytest.mark.parametrize("security", [Security.STARTTLS, Security.NONE])
def test_expected_tls_peer_sends_tls_bytes(scripted_server_factory: ScriptedFactory,
                                           security: Security) -> None:
    server = scripted_server_factory(tls_bytes)
    result = run_check(make_settings(server.port, security=security))
    started = time.monotonic()
    failed = assert_diagnosis(result, "greeting", "tls.expected_tls")
    assert "TLS data" in failed.summary
    assert time.monotonic() - started < 6.0


# ------------------------------------------------------------------ broken handshakes


def test_handshake_failed_peer_closes_at_once(scripted_server_factory: ScriptedFactory,
                                              pki: TestPki) -> None:
    server = scripted_server_factory(accept_then_close)
    result = run_check(_tls(server.port, pki))
    assert_diagnosis(result, "tls", "tls.handshake_failed")


def test_handshake_failed_peer_closes_after_client_hello(
        scripted_server_factory: ScriptedFactory, pki: TestPki) -> None:
    server = scripted_server_factory(reset_on_hello)
    result = run_check(_tls(server.port, pki))
    assert_diagnosis(result, "tls", "tls.handshake_failed")
    assert server.peers[0].received.startswith(b"\x16\x03")  # a real ClientHello arrived


def test_handshake_failed_peer_stalls_mid_handshake(scripted_server_factory: ScriptedFactory,
                                                    pki: TestPki) -> None:
    server = scripted_server_factory(stall)
    started = time.monotonic()
    result = run_check(_tls(server.port, pki))
    elapsed = time.monotonic() - started
    failed = assert_diagnosis(result, "tls", "tls.handshake_failed")
    assert failed.facts.get("stalled") is True
    assert elapsed < 6.0, f"a 1.5 s reply timeout let the handshake run {elapsed:.1f} s"
    assert failed.duration_ms >= 1000  # it waited for the deadline, not less


# ------------------------------------------------------------------ certificates


@pytest.mark.parametrize("tls_mode", ["tls", "starttls"])
def test_cert_expired(smtp_server_factory: SmtpFactory, pki: TestPki, tls_mode: str) -> None:
    server = smtp_server_factory(tls=tls_mode, cert="expired")
    security = Security.TLS if tls_mode == "tls" else Security.STARTTLS
    result = run_check(_tls(server.port, pki, security=security))
    failed = assert_diagnosis(result, "tls" if tls_mode == "tls" else "starttls",
                              "tls.cert_expired")
    assert failed.facts["verify_code"] == 10
    cert = failed.facts["certificate"]
    assert cert["expired"] is True
    assert failed.facts["cert_not_after"] == cert["not_after"]
    assert cert["not_after"][:10] in failed.summary


def test_cert_not_yet_valid(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="not_yet_valid")
    result = run_check(_tls(server.port, pki))
    failed = assert_diagnosis(result, "tls", "tls.cert_not_yet_valid")
    assert failed.facts["verify_code"] == 9
    assert failed.facts["certificate"]["not_yet_valid"] is True
    assert failed.facts["cert_not_before"][:10] in failed.summary


def test_cert_hostname_mismatch(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="wrong_host")
    result = run_check(_tls(server.port, pki, host="localhost", ip_version=IPVersion.V4))
    failed = assert_diagnosis(result, "tls", "tls.cert_hostname_mismatch")
    assert failed.facts["verify_code"] == 62
    assert "localhost" in failed.summary
    assert sorted(failed.facts["cert_names"]) == sorted(WRONG_HOST_IDENTITIES)
    assert failed.facts["suggested_host"] in WRONG_HOST_IDENTITIES
    for name in WRONG_HOST_IDENTITIES:
        assert name in failed.summary
    assert failed.advice is not None
    advice_text = " ".join([failed.advice.cause, *failed.advice.fixes])
    assert failed.facts["suggested_host"] in advice_text


def test_cert_hostname_mismatch_when_connecting_by_ip(smtp_server_factory: SmtpFactory,
                                                      pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="wrong_host")
    result = run_check(_tls(server.port, pki))  # host 127.0.0.1, the cert names DNS names only
    failed = assert_diagnosis(result, "tls", "tls.cert_hostname_mismatch")
    assert sorted(failed.facts["cert_names"]) == sorted(WRONG_HOST_IDENTITIES)
    assert "not trusted" not in failed.summary


def test_cert_untrusted_with_custom_ca_file(smtp_server_factory: SmtpFactory,
                                            pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="untrusted")
    result = run_check(_tls(server.port, pki))
    failed = assert_diagnosis(result, "tls", "tls.cert_untrusted")
    assert failed.facts["cert_issuer"] == "Untrusted Test CA"
    assert "Untrusted Test CA" in failed.summary
    assert failed.advice is not None and "Untrusted Test CA" in failed.advice.cause


def test_cert_untrusted_by_os_trust_store(smtp_server_factory: SmtpFactory,
                                          pki: TestPki) -> None:
    """No CA file: the OS trust store (truststore) does not know the private test CA."""
    server = smtp_server_factory(tls="tls", cert="valid")
    result = run_check(_tls(server.port, None))
    failed = assert_diagnosis(result, "tls", "tls.cert_untrusted")
    assert failed.facts["cert_issuer"] == "SMTP Doctor Test CA"
    assert "interception_product" not in failed.facts


def test_cert_untrusted_self_signed(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", cert="self_signed")
    result = run_check(_tls(server.port, pki, security=Security.STARTTLS))
    failed = assert_diagnosis(result, "starttls", "tls.cert_untrusted")
    assert failed.facts["certificate"]["self_signed"] is True


@pytest.mark.parametrize("with_ca_file", [True, False])
def test_cert_intercepted_by_antivirus(smtp_server_factory: SmtpFactory, pki: TestPki,
                                       with_ca_file: bool) -> None:
    server = smtp_server_factory(tls="tls", cert="av")
    result = run_check(_tls(server.port, pki if with_ca_file else None))
    failed = assert_diagnosis(result, "tls", "tls.cert_intercepted")
    assert failed.facts["interception_product"] == "Avast / AVG"
    assert failed.facts["certificate"]["issuer_org"] == AV_CA_ORGANIZATION
    assert "Avast" in failed.summary
    assert failed.advice is not None and "Avast" in failed.advice.cause


def _old_tls_peer(factory: ScriptedFactory, pki: TestPki) -> ScriptedServer:
    """ESMTP over implicit TLS 1.0/1.1 only (blocking OpenSSL server: it sends the alert)."""
    return factory(plain_esmtp, tls_context=pki.server_context("old_tls"))


def test_old_protocol_is_diagnosed(scripted_server_factory: ScriptedFactory,
                                   pki: TestPki) -> None:
    server = _old_tls_peer(scripted_server_factory, pki)
    result = run_check(_tls(server.port, pki))
    failing = step(result, "tls")
    assert failing.diagnosis == "tls.old_protocol", describe(result)
    assert failing.advice is not None and failing.advice.title and failing.advice.fixes
    assert failing.facts["tls_version"] in ("TLSv1", "TLSv1.1")
    assert failing.facts["tls_version"] in failing.summary
    assert failing.status is Status.FAIL


def test_old_protocol_fails_unless_allowed(scripted_server_factory: ScriptedFactory,
                                           pki: TestPki) -> None:
    """Even a check that would send no password stops: modern clients refuse old TLS."""
    server = _old_tls_peer(scripted_server_factory, pki)
    result = run_check(_tls(server.port, pki))
    failed = assert_diagnosis(result, "tls", "tls.old_protocol")
    assert failed.facts["server_max_tls"] in ("TLSv1", "TLSv1.1")
    assert step(result, "greeting").status is Status.SKIPPED


def test_old_protocol_allowed_is_a_warning_and_the_check_continues(
        scripted_server_factory: ScriptedFactory, pki: TestPki) -> None:
    server = _old_tls_peer(scripted_server_factory, pki)
    result = run_check(_tls(server.port, pki, allow_old_tls=True))
    warned = assert_diagnosis(result, "tls", "tls.old_protocol", Status.WARN)
    assert warned.facts["tls_version"] in ("TLSv1", "TLSv1.1")
    assert step(result, "greeting").status is Status.PASS
    assert step(result, "ehlo").status is Status.PASS
    assert result.status is Status.WARN


def test_old_protocol_server_that_drops_without_alert(smtp_server_factory: SmtpFactory,
                                                      pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="old_tls")
    result = run_check(_tls(server.port, pki))
    failing = step(result, "tls")
    assert failing.diagnosis == "tls.old_protocol", describe(result)
    assert failing.facts["tls_version"] in ("TLSv1", "TLSv1.1")


# ------------------------------------------------------------------ verification turned off


def test_verify_disabled_valid_certificate(smtp_implicit_tls_auth: SmtpServer,
                                           pki: TestPki) -> None:
    result = run_check(_tls(smtp_implicit_tls_auth.port, pki, verify_tls=False))
    warned = assert_diagnosis(result, "tls", "tls.verify_disabled", Status.WARN)
    assert warned.facts["tls_version"] in ("TLSv1.2", "TLSv1.3")
    assert step(result, "greeting").status is Status.PASS
    assert step(result, "ehlo").status is Status.PASS
    assert step(result, "quit").status is Status.PASS
    assert result.status is Status.WARN, describe(result)
    assert step(result, "input").summary.endswith("certificate verification is OFF")


def test_verify_disabled_still_reports_expired_certificate(smtp_server_factory: SmtpFactory,
                                                          pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="expired")
    result = run_check(_tls(server.port, pki, verify_tls=False, stop_after=StopAfter.EHLO))
    warned = assert_diagnosis(result, "tls", "tls.cert_expired", Status.WARN)
    assert warned.facts["certificate"]["expired"] is True
    for later in ("greeting", "ehlo", "quit"):
        assert step(result, later).status is Status.PASS, describe(result)
    assert result.status is Status.WARN


def test_verify_disabled_starttls_hostname_mismatch_warns(smtp_server_factory: SmtpFactory,
                                                          pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", cert="wrong_host")
    result = run_check(_tls(server.port, pki, security=Security.STARTTLS, verify_tls=False,
                            host="localhost", ip_version=IPVersion.V4))
    warned = assert_diagnosis(result, "starttls", "tls.cert_hostname_mismatch", Status.WARN)
    assert sorted(warned.facts["cert_names"]) == sorted(WRONG_HOST_IDENTITIES)
    assert step(result, "ehlo_tls").status is Status.PASS
