"""Known providers: presets are sane and host/MX/domain matching works."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.knowledge import resources
from app.core.knowledge.providers import (
    Provider,
    get_provider,
    load_providers,
    provider_for_domain,
    provider_for_host,
    provider_for_mx,
    providers_for_host,
)
from app.core.model import Security

REQUIRED = [
    "gmail", "google_workspace", "outlook", "microsoft365", "yahoo", "icloud", "zoho",
    "fastmail", "gmx", "proton_bridge", "sendgrid", "mailgun", "amazon_ses", "postmark",
    "brevo", "mailjet", "smtp2go", "custom",
]
SES_REGIONS = [
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2",
    "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1", "ap-south-1", "ap-northeast-1",
    "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "sa-east-1",
]
SANE_PORTS = {25, 465, 587, 2525, 1025, 2465, 2587, 8025, 8465, 80, 443}
IMPLICIT_TLS_PORTS = {465, 2465, 8465, 443}


@pytest.fixture(scope="module")
def providers() -> dict[str, Provider]:
    return {p.id: p for p in load_providers()}


@pytest.mark.parametrize("pid", REQUIRED)
def test_required_provider_exists(providers: dict[str, Provider], pid: str) -> None:
    provider = providers[pid]
    assert provider.name
    assert provider.notes and all(n.strip() for n in provider.notes)
    assert provider.auth_hint
    if pid != "custom":
        assert provider.presets


def test_custom_is_last_and_ids_unique() -> None:
    ids = [p.id for p in load_providers()]
    assert ids[-1] == "custom"
    assert len(ids) == len(set(ids))
    assert ids[0] == "gmail"  # file order is kept


def test_load_is_cached_but_returns_fresh_lists() -> None:
    first, second = load_providers(), load_providers()
    assert first == second and first is not second
    assert first[0] is second[0]


def test_presets_are_sane(providers: dict[str, Provider]) -> None:
    for provider in providers.values():
        for preset in provider.presets:
            where = (provider.id, preset.label)
            assert preset.label and preset.host, where
            assert preset.host == preset.host.strip().lower(), where
            assert " " not in preset.host and "*" not in preset.host, where
            assert preset.port in SANE_PORTS, where
            assert isinstance(preset.security, Security), where
            if preset.port in IMPLICIT_TLS_PORTS:
                assert preset.security is Security.TLS, where
            else:
                assert preset.security is Security.STARTTLS, where
            # a provider's own preset hosts are recognised as that provider's (local bridge aside)
            if preset.host != "127.0.0.1":
                assert provider in providers_for_host(preset.host), where


@pytest.mark.parametrize(("pid", "host", "port", "security"), [
    ("gmail", "smtp.gmail.com", 587, Security.STARTTLS),
    ("gmail", "smtp.gmail.com", 465, Security.TLS),
    ("microsoft365", "smtp.office365.com", 587, Security.STARTTLS),
    ("outlook", "smtp-mail.outlook.com", 587, Security.STARTTLS),
    ("yahoo", "smtp.mail.yahoo.com", 465, Security.TLS),
    ("icloud", "smtp.mail.me.com", 587, Security.STARTTLS),
    ("zoho", "smtp.zoho.com", 465, Security.TLS),
    ("zoho", "smtp.zoho.eu", 587, Security.STARTTLS),
    ("fastmail", "smtp.fastmail.com", 465, Security.TLS),
    ("gmx", "mail.gmx.net", 587, Security.STARTTLS),
    ("proton_bridge", "127.0.0.1", 1025, Security.STARTTLS),
    ("sendgrid", "smtp.sendgrid.net", 587, Security.STARTTLS),
    ("mailgun", "smtp.mailgun.org", 587, Security.STARTTLS),
    ("mailgun", "smtp.eu.mailgun.org", 587, Security.STARTTLS),
    ("postmark", "smtp.postmarkapp.com", 587, Security.STARTTLS),
    ("brevo", "smtp-relay.brevo.com", 587, Security.STARTTLS),
    ("mailjet", "in-v3.mailjet.com", 587, Security.STARTTLS),
    ("smtp2go", "mail.smtp2go.com", 587, Security.STARTTLS),
    ("smtp2go", "mail.smtp2go.com", 2525, Security.STARTTLS),
])
def test_known_presets(providers: dict[str, Provider], pid: str, host: str, port: int,
                       security: Security) -> None:
    assert any(p.host == host and p.port == port and p.security is security
               for p in providers[pid].presets)


def test_ses_regions(providers: dict[str, Provider]) -> None:
    hosts = {p.host for p in providers["amazon_ses"].presets}
    for region in SES_REGIONS:
        host = f"email-smtp.{region}.amazonaws.com"
        assert host in hosts, region
        assert provider_for_host(host) is providers["amazon_ses"]


@pytest.mark.parametrize(("host", "pid"), [
    ("smtp.gmail.com", "gmail"),
    ("SMTP.GMAIL.COM.", "gmail"),
    ("  smtp.gmail.com ", "gmail"),
    ("smtp-relay.gmail.com", "google_workspace"),
    ("smtp.office365.com", "microsoft365"),
    ("contoso-com.mail.protection.outlook.com", "microsoft365"),
    ("smtp-mail.outlook.com", "outlook"),
    ("email-smtp.eu-central-1.amazonaws.com", "amazon_ses"),
    ("smtppro.zoho.eu", "zoho"),
    ("smtp.zoho.com.au", "zoho"),
    ("smtp-relay.sendinblue.com", "brevo"),
    ("smtp.example.com", None),
    ("", None),
    ("gmail.com", None),
    ("evil-smtp.gmail.com.example.net", None),
])
def test_provider_for_host(host: str, pid: str | None) -> None:
    found = provider_for_host(host)
    assert (found.id if found else None) == pid


def test_gmail_host_also_matches_workspace() -> None:
    assert [p.id for p in providers_for_host("smtp.gmail.com")] == ["gmail", "google_workspace"]


@pytest.mark.parametrize(("mx", "pid"), [
    ("gmail-smtp-in.l.google.com.", "gmail"),
    ("aspmx.l.google.com", "google_workspace"),
    ("ALT1.ASPMX.L.GOOGLE.COM", "google_workspace"),
    ("smtp.google.com", "google_workspace"),
    ("contoso-com.mail.protection.outlook.com", "microsoft365"),
    ("outlook-com.olc.protection.outlook.com", "outlook"),
    ("mta5.am0.yahoodns.net", "yahoo"),
    ("mx01.mail.icloud.com", "icloud"),
    ("mx.zoho.eu", "zoho"),
    ("in1-smtp.messagingengine.com", "fastmail"),
    ("mxa.eu.mailgun.org", "mailgun"),
    ("inbound-smtp.us-east-1.amazonaws.com", "amazon_ses"),
    ("mail.protonmail.ch", "proton_bridge"),
    ("mx.example.com", None),
])
def test_provider_for_mx(mx: str, pid: str | None) -> None:
    found = provider_for_mx(mx)
    assert (found.id if found else None) == pid


@pytest.mark.parametrize(("domain", "pid"), [
    ("gmail.com", "gmail"),
    ("GoogleMail.com.", "gmail"),
    ("alice@gmail.com", "gmail"),
    ("hotmail.com", "outlook"),
    ("yahoo.co.uk", "yahoo"),
    ("icloud.com", "icloud"),
    ("me.com", "icloud"),
    ("gmx.de", "gmx"),
    ("proton.me", "proton_bridge"),
    ("example.com", None),
    ("", None),
])
def test_provider_for_domain(domain: str, pid: str | None) -> None:
    found = provider_for_domain(domain)
    assert (found.id if found else None) == pid


def test_get_provider() -> None:
    gmail = get_provider("gmail")
    assert gmail is not None and gmail.default_preset is not None
    assert gmail.default_preset.port == 587
    assert get_provider("nope") is None
    custom = get_provider("custom")
    assert custom is not None and custom.default_preset is None


def test_resource_path_from_source() -> None:
    path = resources.resource_path("providers.toml")
    assert path.is_file()
    assert path.parent.name == "resources"
    assert path.parent.parent == Path(__file__).resolve().parents[2]


def test_resource_path_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("diagnoses.toml") == tmp_path / "resources" / "diagnoses.toml"
