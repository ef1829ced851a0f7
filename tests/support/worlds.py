"""Worlds on loopback: the DNS zones, HTTPS routes and SMTP servers that stand for a mail domain,
shared by the engine's tests and the GUI's. The fixtures here (``corp``, ``planted``) are
registered for every test by tests/conftest.py.

* discovery: corp.test with SRV records, an autoconfig file and servers whose certificates name
  ``NAMES`` (``corp``); the same domain with settings planted to send the password elsewhere
  (``planted``); ``discover_options`` for the engine.
* domain health: ``healthy_zone(dkim_record(bits))`` and the MTA-STS ``POLICY`` it announces;
  ``secured_zone`` adds a BIMI record and the TLSA record of a leaf (``tlsa_3_1_1``), to be
  served signed (``SIGNED`` options for ``DnsServer``) with an SMTP server on
  ``mx_tls_context(leaf)``.
* blocklists: ``blocklist_zone()``, DNSBL zones under the real list names (127.0.0.x answers, TXT
  reasons, test entries, a refusing and a silent list) with ``LISTED``/``PBL``/``CLEAN``…
  addresses, and ``ECHO_ROUTES`` for a loopback echo service.
* failing servers: ``FAILING_SETUPS`` by case, each starting a failing peer on an ExitStack and
  returning the form values that reach it, with the action that shows the failure.
"""

from __future__ import annotations

import base64
import hashlib
import ssl
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from app.core.checks.discover import DiscoverOptions
from tests.support.servers.dns import DnsServer
from tests.support.servers.https import HttpsServer
from tests.support.servers.pki import TestPki
from tests.support.servers.ports import filtered_port, refused_port
from tests.support.servers.scripted import ScriptedServer, make_slow_drip
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer

# --------------------------------------------------------------------------- discovery

NAMES = ("mail.corp.test", "smtp.corp.test", "corp.test", "autoconfig.corp.test")

AUTOCONFIG = """<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="corp.test">
    <domain>corp.test</domain>
    <incomingServer type="imap"><hostname>imap.corp.test</hostname><port>993</port>
      <socketType>SSL</socketType></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>{port}</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def server_context(pki: TestPki, *names: str) -> ssl.SSLContext:
    """A server context with a certificate from the test CA for ``names``."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    pki.ca.issue_cert(*names).configure_cert(ctx)
    return ctx


def discover_options(dns: DnsServer, query: str, pki: TestPki, **extra: Any) -> DiscoverOptions:
    extra.setdefault("timeout", 1.5)
    extra.setdefault("dns_timeout", 1.0)
    return DiscoverOptions(query, nameserver=dns.nameserver, ca_file=str(pki.ca_file), **extra)


def login_servers(factory: Callable[..., SmtpServer], pki: TestPki,
                  names: tuple[str, ...]) -> tuple[SmtpServer, SmtpServer]:
    """An implicit-TLS and a STARTTLS server, certificates for ``names``, the canary login."""
    users = {CANARY_USER: CANARY_PASSWORD}
    return (factory(tls="tls", tls_context=server_context(pki, *names), users=users),
            factory(tls="starttls", tls_context=server_context(pki, *names), users=users))


@pytest.fixture
def corp(pki: TestPki, dns_server_factory: Callable[..., DnsServer],
         smtp_server_factory: Callable[..., SmtpServer]) -> Iterator[dict[str, Any]]:
    """corp.test: SRV -> implicit TLS server, autoconfig -> STARTTLS server, both on loopback."""
    implicit, starttls = login_servers(smtp_server_factory, pki, NAMES)
    dns = dns_server_factory({
        "corp.test": {"MX": [(10, "mx.corp.test")], "A": ["127.0.0.1"]},
        "_submissions._tcp.corp.test": {"SRV": [(0, 1, implicit.port, "mail.corp.test")]},
        "_submission._tcp.corp.test": {"SRV": [(0, 0, 0, ".")]},
        "autoconfig.corp.test": {"A": ["127.0.0.1"]},
        "mail.corp.test": {"A": ["127.0.0.1"]},
        "smtp.corp.test": {"A": ["127.0.0.1"]},
    })
    routes = {("autoconfig.corp.test", "/mail/config-v1.1.xml"):
              (200, "text/xml", AUTOCONFIG.format(port=starttls.port))}
    with HttpsServer(pki, routes, NAMES) as https:
        yield {"dns": dns, "https": https, "implicit": implicit, "starttls": starttls}


OUTSIDE = ("mail.evil.test", "smtp.attacker.test")
AUTOCONFIG_OUTSIDE = """<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="corp.test">
  <outgoingServer type="smtp"><hostname>smtp.attacker.test</hostname><port>{port}</port>
    <socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>
</emailProvider></clientConfig>
"""


@pytest.fixture
def planted(pki: TestPki, dns_server_factory: Callable[..., DnsServer],
            smtp_server_factory: Callable[..., SmtpServer]) -> Iterator[dict[str, Any]]:
    """corp.test: in-domain smtp.corp.test answers plain SMTP only; SRV and autoconfig name
    outside hosts with working TLS and AUTH; SRV also names a known provider's server."""
    plain = smtp_server_factory()
    implicit, starttls = login_servers(smtp_server_factory, pki,
                                       (*NAMES, *OUTSIDE, "smtp.fastmail.com"))
    dns = dns_server_factory({
        "_submissions._tcp.corp.test": {"SRV": [(0, 1, implicit.port, "mail.evil.test")]},
        "_submission._tcp.corp.test": {"SRV": [(0, 1, starttls.port, "smtp.fastmail.com")]},
        "autoconfig.corp.test": {"A": ["127.0.0.1"]},
        "smtp.corp.test": {"A": ["127.0.0.1"]},
        "mail.evil.test": {"A": ["127.0.0.1"]},
        "smtp.attacker.test": {"A": ["127.0.0.1"]},
        "smtp.fastmail.com": {"A": ["127.0.0.1"]},
    })
    routes = {("autoconfig.corp.test", "/mail/config-v1.1.xml"):
              (200, "text/xml", AUTOCONFIG_OUTSIDE.format(port=starttls.port))}
    with HttpsServer(pki, routes, NAMES) as https:
        yield {"dns": dns, "https": https, "plain": plain, "implicit": implicit,
               "starttls": starttls}



# --------------------------------------------------------------------------- domain health

POLICY = "version: STSv1\nmode: enforce\nmx: mx.example.test\nmax_age: 86400\n"


def dkim_record(bits: int) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    der = key.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    return f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"


def healthy_zone(dkim: str) -> dict[str, dict[str, Any]]:
    return {
        "example.test": {"MX": [(10, "mx.example.test")],
                         "TXT": ["v=spf1 ip4:127.0.0.1 include:_spf.provider.test -all",
                                 "google-site-verification=abc"]},
        "_spf.provider.test": {"TXT": ["v=spf1 ip4:192.0.2.0/24 ~all"]},
        "_dmarc.example.test": {"TXT": ["v=DMARC1; p=reject; rua=mailto:dmarc@example.test"]},
        "sel1._domainkey.example.test": {"TXT": [dkim]},
        "_mta-sts.example.test": {"TXT": ["v=STSv1; id=20240101T000000"]},
        "mta-sts.example.test": {"A": ["127.0.0.1"]},
        "_smtp._tls.example.test": {"TXT": ["v=TLSRPTv1; rua=mailto:tls@example.test"]},
        "mx.example.test": {"A": ["127.0.0.1"]},
        "1.0.0.127.in-addr.arpa": {"PTR": ["mx.example.test"]},
    }


SIGNED: dict[str, Any] = {"signed": ["example.test"], "delegated": ["example.test"],
                          "validating": True}


def leaf_der(leaf: trustme.LeafCert, index: int = 0) -> bytes:
    """The DER of a leaf's certificate (``index`` 0) or of a CA in its chain."""
    pem = leaf.cert_chain_pems[index].bytes()
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


def spki_sha256(der: bytes) -> str:
    """SHA-256 of a certificate's SubjectPublicKeyInfo, hex (TLSA selector 1, matching 1)."""
    spki = x509.load_der_x509_certificate(der).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def tlsa_3_1_1(leaf: trustme.LeafCert) -> str:
    return f"3 1 1 {spki_sha256(leaf_der(leaf))}"


def mx_tls_context(leaf: trustme.LeafCert) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(ctx)
    return ctx


def secured_zone(dkim: str, leaf: trustme.LeafCert) -> dict[str, dict[str, Any]]:
    """``healthy_zone`` with a BIMI logo and DANE for mx.example.test (serve it SIGNED)."""
    return {**healthy_zone(dkim),
            "default._bimi.example.test": {"TXT": ["v=BIMI1; l=https://example.test/logo.svg"]},
            "_25._tcp.mx.example.test": {"TLSA": [tlsa_3_1_1(leaf)]}}
# --------------------------------------------------------------------------- blocklists

LISTED = "192.0.2.99"  # on Spamhaus ZEN as SBL + XBL (with TXT reasons) and on SpamCop
PBL = "198.51.100.7"  # on Spamhaus ZEN as PBL only: a home address
CLEAN = "203.0.113.20"  # on no list
REFUSED = "203.0.113.9"  # Spamhaus answers "query via public resolver" (127.255.255.254)
LISTED_V6 = "2001:db8::25"  # on Spamhaus ZEN (CSS), IPv6 nibbles
ECHO_NAMES = ("echo.test", "html-echo.test", "two-echo.test")
ECHO_ROUTES = {("echo.test", "/"): (200, "text/plain", PBL + "\n"),
               ("html-echo.test", "/"): (200, "text/html", f"<html><b>{PBL}</b></html>"),
               ("two-echo.test", "/"): (200, "text/plain", f"{PBL} {CLEAN}")}
TEST_LISTS = ("zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org",
              "psbl.surriel.com")


def _rev(address: str, zone: str) -> str:
    import ipaddress

    return ipaddress.ip_address(address).reverse_pointer.rsplit(".", 2)[0] + "." + zone


def blocklist_zone() -> dict[str, dict[str, Any]]:
    """DNSBL answers as the real lists give them (RFC 5782), under their real zone names, for a
    loopback DNS server: ZEN and SpamCop list their 127.0.0.2 test entry; Barracuda lists
    nothing at all (as for an unregistered resolver: "cannot tell", never "clean"); PSBL
    answers every name with a web address (a wildcarding resolver). The echo service's names
    resolve to loopback."""
    zone: dict[str, dict[str, Any]] = {name: {"A": ["127.0.0.1"]} for name in ECHO_NAMES}
    for good in ("zen.spamhaus.org", "bl.spamcop.net"):
        zone[_rev("127.0.0.2", good)] = {"A": ["127.0.0.2"], "TXT": ["test entry"]}
    zen = "zen.spamhaus.org"
    zone[_rev(LISTED, zen)] = {"A": ["127.0.0.2", "127.0.0.4"], "TXT": [
        f"https://check.spamhaus.org/sbl/query/SBL12345 {LISTED}",
        f"https://check.spamhaus.org/query/ip/{LISTED}"]}
    zone[_rev(LISTED, "bl.spamcop.net")] = {"A": ["127.0.0.2"], "TXT": [
        f"Blocked - see https://www.spamcop.net/bl.shtml?{LISTED}"]}
    zone[_rev(PBL, zen)] = {"A": ["127.0.0.11"], "TXT": [
        f"https://check.spamhaus.org/query/ip/{PBL}"]}
    zone[_rev(REFUSED, zen)] = {"A": ["127.255.255.254"]}
    zone[_rev(LISTED_V6, zen)] = {"A": ["127.0.0.3"], "TXT": ["CSS listing"]}
    for address in (LISTED, PBL, CLEAN, REFUSED, "127.0.0.2"):
        zone[_rev(address, "psbl.surriel.com")] = {"A": ["192.0.2.80"]}
    return zone


# --------------------------------------------------------------------------- failing servers

Setup = Callable[[ExitStack, TestPki], dict[str, Any]]


def _wrong_password(stack: ExitStack, pki: TestPki) -> dict[str, Any]:
    server = stack.enter_context(SmtpServer(pki=pki, tls="starttls", require_starttls=True,
                                            users={CANARY_USER: "right-one"}))
    return dict(host="localhost", port=server.port, security="starttls", auth="login",
                username=CANARY_USER, password="wrong-password", ca_file=str(pki.ca_file))


def _refused(stack: ExitStack, pki: TestPki) -> dict[str, Any]:
    return dict(host="127.0.0.1", port=refused_port(), security="none", auth="none")


def _filtered(stack: ExitStack, pki: TestPki) -> dict[str, Any]:
    port = stack.enter_context(filtered_port())
    return dict(host="127.0.0.1", port=port, security="none", auth="none", connect_timeout="1")


def _slow_greeting(stack: ExitStack, pki: TestPki) -> dict[str, Any]:
    server = stack.enter_context(ScriptedServer(make_slow_drip(interval=0.5)))
    return dict(host="127.0.0.1", port=server.port, security="none", auth="none",
                reply_timeout="3")


def _certificate(kind: str) -> Setup:
    def setup(stack: ExitStack, pki: TestPki) -> dict[str, Any]:
        server = stack.enter_context(SmtpServer(pki=pki, tls="tls", cert=kind))  # type: ignore
        return dict(host="127.0.0.1", port=server.port, security="tls", auth="none",
                    ca_file=str(pki.ca_file))
    return setup


FAILING_SETUPS: dict[str, tuple[Setup, str]] = {
    "wrong password": (_wrong_password, "auth"),
    "refused port": (_refused, "ehlo"),
    "filtered port": (_filtered, "ehlo"),
    "slow greeting": (_slow_greeting, "ehlo"),
    "expired certificate": (_certificate("expired"), "ehlo"),
    "wrong-host certificate": (_certificate("wrong_host"), "ehlo"),
}
