"""Certificates as they really fail (issue 15): a server that leaves out its intermediate,
proven through the leaf's AIA URL, and security software that intercepts TLS even when the
chain verifies. Real aiosmtpd servers with trustme PKI, a loopback HTTP server for the AIA URL."""

from __future__ import annotations

import hashlib
import json
import socket
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

from app.core.checks.connection import run_check
from app.core.checks.tlsinfo import TlsInfoOptions, run_tls_info
from app.core.model import RunResult, Security, Status, StopAfter
from tests.support.checks import FAST, assert_diagnosis, describe, make_settings, step
from tests.support.proc import run_cli
from tests.support.servers.pki import (
    AIA_PATH,
    AV_CA_ORGANIZATION,
    CertHttpServer,
    LeafWithoutIntermediate,
    TestPki,
    leaf_without_intermediate,
)
from tests.support.servers.postfix import PostfixWithChain, skip_unless_runnable
from tests.support.servers.smtpd import SmtpServer

SmtpFactory = Callable[..., SmtpServer]


@pytest.fixture
def aia_http() -> Iterator[CertHttpServer]:
    with CertHttpServer() as server:
        yield server


def _serve_leaf_only(smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path,
                     aia_url: str) -> tuple[SmtpServer, LeafWithoutIntermediate]:
    chain = leaf_without_intermediate(pki, tmp_path, aia_url)
    server = smtp_server_factory(tls="starttls", tls_context=chain.server_context())
    return server, chain


def _check(server: SmtpServer, pki: TestPki, **overrides: Any) -> RunResult:
    return run_check(make_settings(server.port, security=Security.STARTTLS,
                                   stop_after=StopAfter.TLS, ca_file=str(pki.ca_file),
                                   **overrides))


# ------------------------------------------------------------------ the missing intermediate


@pytest.mark.parametrize("form", ["der", "pkcs7"])
def test_missing_intermediate_is_proven_through_aia(
        smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path,
        aia_http: CertHttpServer, form: str) -> None:
    server, chain = _serve_leaf_only(smtp_server_factory, pki, tmp_path, aia_http.url())
    aia_http.routes[AIA_PATH] = (chain.intermediate_der if form == "der"
                                 else chain.intermediate_pkcs7())
    result = _check(server, pki)
    failed = assert_diagnosis(result, "starttls", "tls.missing_intermediate")
    assert aia_http.requests == [AIA_PATH]
    # the certificate the server must add, by name and fingerprint
    assert failed.facts["missing_sha256"] == hashlib.sha256(chain.intermediate_der).hexdigest()
    assert "Testing CA" in failed.facts["missing_subject"]
    assert failed.facts["aia_url"] == aia_http.url()
    assert "doesn't send its intermediate" in failed.summary
    assert failed.facts["missing_subject"] in failed.summary
    advice = failed.advice
    assert advice is not None and advice.id == "tls.missing_intermediate"
    assert advice.title == "The server doesn't send its intermediate certificate"
    assert failed.facts["missing_subject"] in advice.cause
    assert "untrusted" not in advice.title.lower()


def test_aia_fetch_off_says_what_it_could_not_prove(
        smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path,
        aia_http: CertHttpServer) -> None:
    server, chain = _serve_leaf_only(smtp_server_factory, pki, tmp_path, aia_http.url())
    aia_http.routes[AIA_PATH] = chain.intermediate_der
    result = _check(server, pki, aia_fetch=False)
    failed = assert_diagnosis(result, "starttls", "tls.cert_untrusted")
    assert aia_http.requests == []  # nothing was downloaded
    assert failed.facts["aia_fetch"] == "off"
    assert "not proven" in failed.summary and "turned off" in failed.summary


def test_unreachable_aia_url_says_what_it_could_not_prove(
        smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path) -> None:
    with socket.socket() as unused:  # a loopback port with no listener: connection refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    url = f"http://127.0.0.1:{port}{AIA_PATH}"
    server, _chain = _serve_leaf_only(smtp_server_factory, pki, tmp_path, url)
    result = _check(server, pki)
    failed = assert_diagnosis(result, "starttls", "tls.cert_untrusted")
    assert failed.facts["aia_url"] == url
    assert "not proven" in failed.facts["missing_intermediate"]
    assert url in failed.summary and "failed" in failed.summary
    assert result.total_ms < FAST.step * 3 * 1000  # bounded by the step deadline


def test_aia_url_serving_another_certificate_proves_nothing(
        smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path,
        aia_http: CertHttpServer) -> None:
    server, _chain = _serve_leaf_only(smtp_server_factory, pki, tmp_path, aia_http.url())
    stranger = trustme.CA().create_child_ca()
    aia_http.routes[AIA_PATH] = stranger.cert_pem.bytes()  # PEM, but not the issuer
    result = _check(server, pki)
    failed = assert_diagnosis(result, "starttls", "tls.cert_untrusted")
    assert "does not link" in failed.facts["missing_intermediate"]


def test_a_full_chain_needs_no_download(smtp_server_factory: SmtpFactory, pki: TestPki,
                                        aia_http: CertHttpServer) -> None:
    intermediate = pki.ca.create_child_ca()
    leaf = intermediate.issue_cert("127.0.0.1", "localhost")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(ctx)  # leaf + intermediate
    server = smtp_server_factory(tls="starttls", tls_context=ctx)
    result = _check(server, pki)
    assert step(result, "starttls").status is Status.PASS, describe(result)
    assert aia_http.requests == []


# ------------------------------------------------------------------ interception


@pytest.mark.parametrize(("organization", "product"), [
    ("Kaspersky Lab ZAO", "Kaspersky"),
    ("ESET SSL Filter CA", "ESET"),
    ("Zscaler Inc.", "Zscaler"),
    ("Fortinet_CA_SSL", "Fortinet (FortiGate / FortiSASE)"),
])
def test_interception_is_flagged_when_verification_succeeds(
        smtp_server_factory: SmtpFactory, tmp_path: Path, organization: str,
        product: str) -> None:
    # a root named like the product's, trusted by this run (as the product installs it)
    ca = trustme.CA(organization_name=organization)
    ca_file = tmp_path / "installed-root.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    server = smtp_server_factory(tls="starttls", tls_context=ctx)
    result = run_check(make_settings(server.port, security=Security.STARTTLS,
                                     stop_after=StopAfter.TLS, ca_file=str(ca_file)))
    warned = step(result, "starttls")
    assert warned.status is Status.WARN, describe(result)
    assert warned.diagnosis == "tls.intercepted_by_security_software"
    assert warned.facts["interception_product"] == product
    assert warned.facts["root_public"] is False  # certifi is a dependency: the secondary signal
    assert organization in warned.facts["interception_evidence"]
    assert warned.advice is not None
    assert warned.advice.fixes[0].endswith(warned.facts["interception_fix"])
    assert result.status is Status.WARN  # the check still went on: the settings work


def test_avast_root_in_the_tls_tool_is_a_warning(smtp_server_factory: SmtpFactory,
                                                 pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="av")
    result = run_tls_info(TlsInfoOptions(host="127.0.0.1", port=server.port, security=Security.TLS,
                                         ca_file=str(pki.av_ca_file), timeouts=FAST))
    assert step(result, "handshake").status is Status.PASS, describe(result)
    found = step(result, "interception")
    assert found.status is Status.WARN
    assert found.diagnosis == "tls.intercepted_by_security_software"
    assert found.facts["interception_product"] == "Avast / AVG"
    assert AV_CA_ORGANIZATION in found.facts["interception_evidence"]


def test_a_public_looking_private_root_is_not_called_interception(
        smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls", cert="valid")
    result = run_check(make_settings(server.port, security=Security.STARTTLS,
                                     stop_after=StopAfter.TLS, ca_file=str(pki.ca_file)))
    assert step(result, "starttls").status is Status.PASS, describe(result)
    assert "interception_product" not in step(result, "starttls").facts


# ------------------------------------------------------------------ the CLI switch


@pytest.mark.parametrize(("flag", "downloads", "diagnosis"), [
    ((), 1, "tls.missing_intermediate"),
    (("--no-aia-fetch",), 0, "tls.cert_untrusted"),
])
def test_cli_no_aia_fetch(smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path,
                          aia_http: CertHttpServer, flag: tuple[str, ...], downloads: int,
                          diagnosis: str) -> None:
    server, chain = _serve_leaf_only(smtp_server_factory, pki, tmp_path, aia_http.url())
    aia_http.routes[AIA_PATH] = chain.intermediate_der
    code, out, err = run_cli("check", "127.0.0.1", "--port", str(server.port), "--security",
                             "starttls", "--ca-file", str(pki.ca_file), "--stop-after", "tls",
                             "--timeout", "2", "--connect-timeout", "1", "--json", *flag)
    assert code == 1, out + err
    data = json.loads(out)
    assert data["target"]["aia_fetch"] is (not flag)
    failed = next(s for s in data["steps"] if s["id"] == "starttls")
    assert failed["diagnosis"] == diagnosis
    assert len(aia_http.requests) == downloads


# ------------------------------------------------------------------ a real Postfix


@pytest.mark.slow
def test_real_postfix_without_its_intermediate(pki: TestPki, tmp_path: Path,
                                               aia_http: CertHttpServer) -> None:
    """smtpd_tls_chain_files with the leaf only: the misconfiguration as Postfix makes it."""
    skip_unless_runnable(sasl=False)
    chain = leaf_without_intermediate(pki, tmp_path, aia_http.url())
    aia_http.routes[AIA_PATH] = chain.intermediate_der
    with PostfixWithChain(chain.leaf_file.read_bytes()) as postfix:
        result = run_check(make_settings(postfix.port, security=Security.STARTTLS,
                                         stop_after=StopAfter.TLS, ca_file=str(pki.ca_file)))
    # the real banner names Postfix: recognised, and said how
    greeted = step(result, "greeting")
    assert greeted.facts["provider_id"] == "postfix", describe(result)
    assert greeted.facts["provider_recognised_by"] == "the greeting mentions “ESMTP Postfix”"
    failed = assert_diagnosis(result, "starttls", "tls.missing_intermediate")
    assert failed.facts["missing_sha256"] == hashlib.sha256(chain.intermediate_der).hexdigest()
    assert failed.advice is not None
    assert failed.advice.fixes[0].startswith("Postfix: point smtpd_tls_chain_files")
