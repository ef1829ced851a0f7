"""`smtp-doctor tls HOST` against loopback SMTP servers with trustme certificates."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

from app.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from tests.support.servers.pki import AV_CA_ORGANIZATION, TestPki
from tests.support.servers.smtpd import SmtpServer

SmtpFactory = Callable[..., SmtpServer]


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_healthy_json(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls")
    code, text = _cli("tls", "127.0.0.1", "--port", str(server.port), "--security", "tls",
                      "--ca-file", str(pki.ca_file), "--timeout", "3", "--json")
    assert code == EXIT_OK, text
    data = json.loads(text)
    assert data["status"] == "pass"
    steps = {s["id"]: s for s in data["steps"]}
    assert list(steps) == ["resolve", "connect", "handshake", "chain", "expiry", "protocol",
                           "chain_complete", "interception"]
    leaf = steps["chain"]["facts"]["chain"][0]
    assert leaf["role"] == "server" and "127.0.0.1" in leaf["sans"]
    assert steps["expiry"]["facts"]["days_left"] > 300
    assert steps["protocol"]["facts"]["tls_version"].startswith("TLSv1.")


def test_starttls_human_output(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="starttls")
    code, text = _cli("tls", "127.0.0.1", "-p", str(server.port), "-s", "starttls",
                      "--ca-file", str(pki.ca_file), "-t", "3")
    assert code == EXIT_OK, text
    assert "STARTTLS" in text and "Certificates, server first:" in text
    assert "Server: " in text and "issuer:" in text and "days left" in text
    assert "TLS is healthy" in text


def test_interception_fails_with_fixes(smtp_server_factory: SmtpFactory, pki: TestPki) -> None:
    server = smtp_server_factory(tls="tls", cert="av")
    code, text = _cli("tls", "127.0.0.1", "--port", str(server.port), "--security", "tls",
                      "--ca-file", str(pki.ca_file), "-t", "3")
    assert code == EXIT_FAILED, text
    assert "[tls.cert_intercepted]" in text and AV_CA_ORGANIZATION in text
    assert "What to do:" in text and "1. " in text


def test_usage_errors() -> None:
    assert _cli("tls", "127.0.0.1", "--port", "70000")[0] == EXIT_USAGE
    assert _cli("tls", "127.0.0.1", "--security", "none")[0] == EXIT_USAGE
    code, text = _cli("tls", "127.0.0.1", "--ca-file", "/nonexistent/ca.pem", "--json")
    assert code == EXIT_USAGE and json.loads(text.split("\nsmtp-doctor:")[0])["fields"]
    assert _cli("tls", "bad host")[0] == EXIT_USAGE
