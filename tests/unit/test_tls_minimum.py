"""TLS 1.2 is the floor of every context the app connects with, set explicitly (not left to the
platform's OpenSSL or Python defaults); only the legacy context allows TLS 1.0/1.1."""

from __future__ import annotations

import re
import ssl
from pathlib import Path

import pytest

from app.core.protocol.tls import make_context
from tests.support.servers.pki import TestPki

APP = Path(__file__).resolve().parents[2] / "app"
CREATES_CONTEXT = re.compile(r"\bSSLContext\(|\bcreate_default_context\(")
# Places that create a context without make_context, and why that is fine.
ALLOWED = {
    "core/protocol/tls.py": "make_context itself",
    "core/validate.py": "loads a CA file to check it; never connects",
    "selftest.py": "the self-test's own loopback server (server side)",
}


@pytest.mark.parametrize("kind", ["os_trust_store", "ca_file", "verify_off"])
def test_every_normal_context_has_tls12_as_minimum(kind: str, pki: TestPki) -> None:
    kwargs: dict[str, object] = {
        "os_trust_store": {}, "ca_file": {"ca_file": str(pki.ca_file)},
        "verify_off": {"verify": False}}[kind]
    ctx = make_context(**kwargs)  # type: ignore[arg-type]
    assert ctx.minimum_version is ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize("verify", [True, False])
def test_only_the_legacy_context_goes_below_tls12(verify: bool, pki: TestPki) -> None:
    ctx = make_context(verify=verify, ca_file=str(pki.ca_file), legacy=True)
    assert ctx.minimum_version is ssl.TLSVersion.TLSv1
    assert ctx.verify_mode == (ssl.CERT_REQUIRED if verify else ssl.CERT_NONE)


def test_no_module_creates_a_client_context_past_make_context() -> None:
    """ports, tlsinfo, discover, http (autoconfig, MTA-STS) all go through make_context."""
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP).as_posix()
        if rel in ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CREATES_CONTEXT.search(line):
                offenders.append(f"app/{rel}:{n}: {line.strip()}")
    assert not offenders, "use app.core.protocol.tls.make_context:\n" + "\n".join(offenders)
