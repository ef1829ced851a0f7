"""TLS in depth against loopback SMTP servers with trustme certificates."""

from __future__ import annotations

import datetime as dt
import re
import ssl
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.checks.tlsinfo import TlsInfoOptions, run_tls_info
from app.core.model import Security, Status, Timeouts
from tests.support.checks import describe, step
from tests.support.servers.pki import AV_CA_ORGANIZATION, TestPki
from tests.support.servers.smtpd import SmtpServer
from tests.support.translated_runs import assert_translated, run_in_languages

SmtpFactory = Callable[..., SmtpServer]
FAST = Timeouts(connect=2, reply=3, step=6, dns=1)


def _options(port: int, ca_file: str | Path, **extra: object) -> TlsInfoOptions:
    extra.setdefault("security", Security.TLS)  # test ports are random, not 465
    return TlsInfoOptions("127.0.0.1", port, ca_file=str(ca_file), timeouts=FAST,
                          **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["tls", "starttls"])
def test_healthy_server(smtp_server_factory: SmtpFactory, pki: TestPki, mode: str) -> None:
    server = smtp_server_factory(tls=mode)
    security = Security.TLS if mode == "tls" else Security.STARTTLS
    result = run_tls_info(_options(server.port, pki.ca_file, security=security))
    assert result.status is Status.PASS, describe(result)
    chain = step(result, "chain").facts["chain"]
    assert chain[0]["role"] == "server"
    assert "127.0.0.1" in chain[0]["sans"]
    assert chain[0]["issuer_org"] == "SMTP Doctor Test CA"
    assert chain[0]["key_type"] and chain[0]["signature_algorithm"]
    assert step(result, "expiry").facts["days_left"] > 300
    protocol = step(result, "protocol").facts
    assert protocol["tls_version"] in ("TLSv1.2", "TLSv1.3") and protocol["cipher"]
    complete = step(result, "chain_complete").facts
    assert complete["complete"] is True and complete["added_from_trust_store"] == 1
    assert step(result, "interception").status is Status.PASS
    assert result.verdict.startswith("TLS is healthy")


def test_expiring_soon_warns(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    leaf = pki.ca.issue_cert("127.0.0.1", not_before=now - dt.timedelta(days=80),
                             not_after=now + dt.timedelta(days=5))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(ctx)
    server = smtp_server_factory(tls="tls", tls_context=ctx)
    result = run_tls_info(_options(server.port, pki.ca_file))
    expiry = step(result, "expiry")
    assert expiry.status is Status.WARN and expiry.diagnosis == "tls.cert_expiring"
    assert expiry.facts["days_left"] in (4, 5)
    assert result.status is Status.WARN


def test_expired_certificate_is_still_described(smtp_server_factory: SmtpFactory,
                                                pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="expired")
    result = run_tls_info(_options(server.port, pki.ca_file))
    assert step(result, "handshake").diagnosis == "tls.cert_expired", describe(result)
    assert step(result, "expiry").diagnosis == "tls.cert_expired"
    assert step(result, "chain").status is Status.PASS  # the later steps still ran
    assert result.status is Status.FAIL


def test_interception_product(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="av")
    result = run_tls_info(_options(server.port, pki.ca_file))
    assert step(result, "handshake").diagnosis == "tls.cert_intercepted", describe(result)
    found = step(result, "interception")
    assert found.status is Status.FAIL and found.diagnosis == "tls.cert_intercepted"
    assert found.facts["interception_product"] == "Avast / AVG"
    assert AV_CA_ORGANIZATION in step(result, "chain").summary


def _short_chain(smtp_server_factory: SmtpFactory, pki: TestPki,
                 tmp_path: Path) -> tuple[SmtpServer, Path]:
    """A server that sends its own certificate but not the intermediate, and a trust file
    with the root and the intermediate (this computer knows what the server leaves out)."""
    intermediate = pki.ca.create_child_ca()
    leaf = intermediate.issue_cert("127.0.0.1")
    leaf_only = tmp_path / "leaf-only.pem"
    leaf_only.write_bytes(leaf.private_key_pem.bytes() + leaf.cert_chain_pems[0].bytes())
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(leaf_only))
    trust = tmp_path / "root-and-intermediate.pem"
    trust.write_bytes(pki.ca_file.read_bytes() + intermediate.cert_pem.bytes())
    return smtp_server_factory(tls="tls", tls_context=ctx), trust


def test_missing_intermediate(smtp_server_factory: SmtpFactory, pki: TestPki,
                              tmp_path: Path) -> None:
    server, trust = _short_chain(smtp_server_factory, pki, tmp_path)
    # this computer knows the intermediate: it verifies, but the server did not send it
    result = run_tls_info(_options(server.port, trust))
    assert step(result, "handshake").status is Status.PASS, describe(result)
    incomplete = step(result, "chain_complete")
    assert incomplete.diagnosis == "tls.chain_incomplete" and incomplete.status is Status.WARN
    assert incomplete.facts["missing_intermediates"] == 1
    # only the root is trusted: verification fails and the chain cannot be completed
    result = run_tls_info(_options(server.port, pki.ca_file))
    assert step(result, "handshake").diagnosis == "tls.cert_untrusted"
    assert step(result, "chain_complete").facts["complete"] is None


def test_full_chain_is_complete(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    intermediate = pki.ca.create_child_ca()
    leaf = intermediate.issue_cert("127.0.0.1")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(ctx)  # sends leaf + intermediate
    server = smtp_server_factory(tls="tls", tls_context=ctx)
    result = run_tls_info(_options(server.port, pki.ca_file))
    assert result.status is Status.PASS, describe(result)
    chain = step(result, "chain").facts["chain"]
    assert [c["role"] for c in chain] == ["server", "intermediate"]
    assert step(result, "chain_complete").facts["in_order"] is True


def test_no_tls_on_a_plain_port(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory()
    result = run_tls_info(_options(server.port, pki.ca_file, security=Security.TLS))
    assert step(result, "handshake").diagnosis == "tls.expected_plaintext", describe(result)
    assert result.status is Status.FAIL


TLS_MODULE = ["app/core/checks/tlsinfo.py"]


def test_healthy_server_in_the_users_language(smtp_server_factory: SmtpFactory,
                                              pki: TestPki) -> None:
    """Issue 19: every title, summary and the verdict from the catalogue (German, pseudo)."""
    server = smtp_server_factory(tls="starttls")
    runs = run_in_languages(lambda on_event: run_tls_info(
        _options(server.port, pki.ca_file, security=Security.STARTTLS), on_event))
    assert runs["en"].result.status is Status.PASS, describe(runs["en"].result)
    assert_translated(runs, TLS_MODULE, data_only=["resolve"])
    de = runs["de"]
    waiting = {e.step_id: e.waiting_for for e in de.started}
    assert waiting["handshake"] == "die Begrüßung und die Verschlüsselung"
    chain = step(de.result, "chain").summary
    assert chain.startswith("1 Zertifikat: Server: ") and chain.endswith(
        "; ausgestellt von SMTP Doctor Test CA"), chain
    expiry = step(de.result, "expiry").summary
    assert re.search(r"Tage gültig \(bis \d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d\)$", expiry), expiry
    assert step(de.result, "chain_complete").summary.startswith("Vollständig: ")
    assert de.result.verdict.startswith("TLS ist in Ordnung: ")


def test_interception_and_a_missing_intermediate_in_the_users_language(
        smtp_server_factory: SmtpFactory, pki: TestPki, tmp_path: Path) -> None:
    """The failing and warning summaries: an antivirus CA, a chain the server sends short."""
    av = smtp_server_factory(tls="tls", cert="av")
    runs = run_in_languages(lambda on_event: run_tls_info(_options(av.port, pki.ca_file),
                                                          on_event))
    assert step(runs["en"].result, "handshake").diagnosis == "tls.cert_intercepted"
    assert_translated(runs, TLS_MODULE, data_only=["resolve"])
    de = runs["de"].result
    assert step(de, "handshake").summary == (
        f"Das Zertifikat stammt vom Abfangprodukt {AV_CA_ORGANIZATION}, nicht vom Mailserver")
    assert step(de, "interception").summary.startswith("Das Zertifikat wurde von Avast / AVG "
                                                       "ausgestellt")

    short, trust = _short_chain(smtp_server_factory, pki, tmp_path)
    runs = run_in_languages(lambda on_event: run_tls_info(_options(short.port, trust),
                                                          on_event))
    assert step(runs["en"].result, "chain_complete").diagnosis == "tls.chain_incomplete"
    assert_translated(runs, TLS_MODULE, data_only=["resolve"])
    assert step(runs["de"].result, "chain_complete").summary.startswith(
        "Unvollständig: 1 Zwischenzertifikat kam aus dem Speicher dieses Computers")
