"""Certificate facts from a verified handshake (OpenSSL's dict, no cryptography import) agree with
the full parser on everything they both report."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
import trustme

from app.core.protocol.tls import certificate_facts, verified_certificate_facts

SHARED = ("subject_cn", "issuer_cn", "issuer_org", "sans", "not_before", "not_after",
          "days_left", "expired", "not_yet_valid", "hostname_matches", "self_signed", "serial",
          "sha256", "interception_product")


@pytest.mark.parametrize(("org", "names", "host"), [
    ("SMTP Doctor Test CA", ("mail.example.com", "smtp.example.com"), "smtp.example.com"),
    ("Avast Software s.r.o.", ("localhost", "127.0.0.1"), "127.0.0.1"),
    ("Some CA", ("*.example.org",), "other.example.net"),
])
def test_both_paths_agree(tmp_path: Path, org: str, names: tuple[str, ...], host: str) -> None:
    ca = trustme.CA(organization_name=org)
    leaf = ca.issue_cert(*names)
    pem = tmp_path / "leaf.pem"
    pem.write_bytes(leaf.cert_chain_pems[0].bytes())
    decoded = ssl._ssl._test_decode_cert(str(pem))  # type: ignore[attr-defined]  # OpenSSL's dict
    der = ssl.PEM_cert_to_DER_cert(leaf.cert_chain_pems[0].bytes().decode())
    full = certificate_facts(der, host)
    quick = verified_certificate_facts(decoded, der, host)
    assert {k: quick.get(k) for k in SHARED} == {k: full.get(k) for k in SHARED}
    assert quick["subject"] and quick["issuer"]
