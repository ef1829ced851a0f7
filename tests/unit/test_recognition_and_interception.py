"""The data behind "who is this server" (providers.toml greetings) and "who intercepts TLS"
(interception.toml): how each is matched, and that no public root is ever taken for an
interceptor."""

from __future__ import annotations

import warnings

import certifi
import pytest
from cryptography import x509

from app.core.knowledge.interception import load_interceptors, match_interception
from app.core.knowledge.providers import all_providers, load_providers, recognise


def test_the_host_decides_before_the_greeting() -> None:
    found = recognise("smtp.office365.com", "220 mx.google.com ESMTP x")
    assert found is not None and found.provider.id == "microsoft365"
    assert found.how == "the host smtp.office365.com matches smtp.office365.com"


def test_a_glob_is_named_as_the_reason() -> None:
    found = recognise("email-smtp.eu-west-1.amazonaws.com")
    assert found is not None and found.provider.id == "amazon_ses"
    assert found.how.endswith("matches email-smtp.*.amazonaws.com")


def test_the_mx_is_the_last_resort() -> None:
    found = recognise("10.0.0.1", mx_hosts=["contoso-com.mail.protection.outlook.com."])
    assert found is not None and found.provider.id == "microsoft365"
    assert found.how.startswith("the MX contoso-com.mail.protection.outlook.com matches")


def test_a_service_wins_over_the_software_it_runs() -> None:
    # Exchange Online and Exchange Server greet alike; the host name in front tells them apart
    online = recognise("", "220 AM0PR01CA0001.outlook.office365.com Microsoft ESMTP MAIL "
                       "Service ready")
    server = recognise("", "220 MAIL01 Microsoft ESMTP MAIL Service ready")
    assert online is not None and online.provider.id == "microsoft365"
    assert server is not None and server.provider.id == "exchange"


def test_self_hosted_mtas_are_recognised_but_not_offered_as_presets() -> None:
    listed = {p.id for p in load_providers()}
    every = {p.id for p in all_providers()}
    assert {"postfix", "exim", "exchange", "sendmail", "ionos", "ovh"} <= every - listed
    assert "gmail" in listed and "custom" in listed


@pytest.mark.parametrize("text", ["220 mail.example.com ESMTP ready",
                                  "220 smtp.example.org Service ready"])
def test_a_plain_greeting_names_nobody(text: str) -> None:
    assert recognise("mail.example.com", text) is None


def test_every_interceptor_has_names_a_fix_and_sources() -> None:
    for product in load_interceptors():
        assert product.names and product.fix
        assert product.sources or product.name_is_match, product.id


@pytest.mark.parametrize(("name", "product"), [
    ("CN=ESET SSL Filter CA,O=ESET\\, spol. s r. o.", "ESET"),
    ("CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab", "Kaspersky"),
    ("CN=Avast Web/Mail Shield Root,O=Avast Web/Mail Shield", "Avast / AVG"),
    ("CN=Bitdefender Personal CA.Net-Defender,O=Bitdefender", "Bitdefender"),
    ("CN=Zscaler Root CA,O=Zscaler Inc.", "Zscaler"),
    ("CN=Fortinet_CA_SSL,O=Fortinet Ltd.", "Fortinet (FortiGate / FortiSASE)"),
    ("CN=Cisco Umbrella Primary SubCA,O=Cisco", "Cisco Umbrella"),
    ("CN=ca.acme.goskope.com,O=Netskope Inc", "Netskope"),
    ("CN=Avira Root CA", "Avira"),
])
def test_product_names(name: str, product: str) -> None:
    found = match_interception([name])
    assert found is not None and found.product == product and found.matched == name


def test_no_public_root_is_taken_for_an_interceptor() -> None:
    with open(certifi.where(), "rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        roots = x509.load_pem_x509_certificates(fh.read())
    assert len(roots) > 100
    for root in roots:
        names = [root.subject.rfc4514_string(), root.issuer.rfc4514_string()]
        assert match_interception(names) is None, names
