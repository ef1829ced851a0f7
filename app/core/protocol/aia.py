"""A missing intermediate certificate, proven: the leaf names its issuer's certificate in its
Authority Information Access extension (caIssuers, RFC 5280 §4.2.2.1); fetch it over HTTP (DER,
PEM or a PKCS#7 bundle, RFC 5280 §4.2.2.1), then verify leaf → fetched intermediate → a trusted
root with ``cryptography.x509.verification``. If that chain verifies, the server's only fault
is that it doesn't send the intermediate, and the certificate to add is named.

Trust anchors: the CA file when the user chose one, else the public roots (certifi's Mozilla
bundle) and the certificates in OpenSSL's default store on this platform (Linux).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import ssl
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cancel import CancelToken
from ..model import Proxy
from ..text.i18n import msg
from . import http
from .transcript import Transcript

if TYPE_CHECKING:
    from cryptography import x509

MAX_CERT_BYTES = 64 * 1024


@dataclass
class AiaProof:
    """What the AIA fetch found: ``proven`` when leaf → fetched → trusted root verified."""

    proven: bool
    url: str = ""
    problem: str = ""  # why it is not proven (plain words)
    facts: dict[str, Any] = field(default_factory=dict)


def ends_below_root(chain: list[bytes]) -> bool:
    """Does the presented chain stop at a certificate that is not self-issued (a root)?"""
    from cryptography import x509

    last = x509.load_der_x509_certificate(chain[-1])
    return last.issuer != last.subject


def ca_issuer_urls(leaf_der: bytes) -> list[str]:
    """The http(s) caIssuers URLs of the leaf's AIA extension (in order), or []."""
    from cryptography import x509
    from cryptography.x509.oid import AuthorityInformationAccessOID

    cert = x509.load_der_x509_certificate(leaf_der)
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return []
    return [d.access_location.value for d in aia
            if d.access_method == AuthorityInformationAccessOID.CA_ISSUERS
            and isinstance(d.access_location, x509.UniformResourceIdentifier)
            and d.access_location.value.lower().startswith(("http://", "https://"))]


def parse_certificates(body: bytes) -> list[x509.Certificate]:
    """Certificates from a caIssuers reply: DER, PEM, or PKCS#7 (DER or PEM). [] if none."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs7

    loaders = ((lambda b: [x509.load_der_x509_certificate(b)]),
               x509.load_pem_x509_certificates,
               pkcs7.load_der_pkcs7_certificates,
               pkcs7.load_pem_pkcs7_certificates)
    for load in loaders:
        try:
            certs = list(load(body))
        except Exception:
            continue
        if certs:
            return certs
    return []


def trust_anchors(ca_file: str) -> list[x509.Certificate]:
    """The roots a verifying client trusts here (see the module doc)."""
    from cryptography import x509

    if ca_file:
        with open(ca_file, "rb") as fh:
            return x509.load_pem_x509_certificates(fh.read())
    anchors: list[x509.Certificate] = []
    try:
        import certifi  # type: ignore[import-not-found,unused-ignore]

        with open(certifi.where(), "rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a few old public roots have non-positive serials
            anchors += x509.load_pem_x509_certificates(fh.read())
    except (ImportError, OSError, ValueError):
        pass
    paths = ssl.get_default_verify_paths()  # OpenSSL's own store (Linux; empty elsewhere)
    files = [Path(paths.cafile)] if paths.cafile else []
    if paths.capath and Path(paths.capath).is_dir():
        files += sorted(Path(paths.capath).glob("*.pem"))
    for file in files:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # old roots with non-positive serials
                anchors += x509.load_pem_x509_certificates(file.read_bytes())
        except (OSError, ValueError):
            continue
    return anchors


def describe(cert: x509.Certificate) -> dict[str, str]:
    from cryptography.hazmat.primitives.serialization import Encoding

    return {"subject": cert.subject.rfc4514_string(), "issuer": cert.issuer.rfc4514_string(),
            "sha256": hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()}


def verify_with(leaf_der: bytes, intermediates: list[x509.Certificate], host: str,
                anchors: list[x509.Certificate]) -> x509.Certificate | None:
    """The intermediate (of ``intermediates``) through which ``leaf_der`` verifies for ``host``
    up to one of ``anchors``, or None."""
    from cryptography import x509
    from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

    if not anchors:
        return None
    leaf = x509.load_der_x509_certificate(leaf_der)
    subject: x509.DNSName | x509.IPAddress
    try:
        subject = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        subject = x509.DNSName(host)
    verifier = (PolicyBuilder().store(Store(anchors))
                .time(dt.datetime.now(dt.timezone.utc)).build_server_verifier(subject))
    try:
        chain = verifier.verify(leaf, intermediates)
    except VerificationError:
        return None
    return next((c for c in chain[1:] if c in intermediates), None)


def prove_missing_intermediate(presented: list[bytes], host: str, *, ca_file: str,
                               timeout: float, nameserver: str = "",
                               cancel: CancelToken | None = None,
                               transcript: Transcript | None = None,
                               proxy: Proxy | None = None) -> AiaProof:
    """Fetch the leaf's issuer from its AIA URL (within ``timeout``) and verify the chain the
    server should have sent. Never raises for network or parse problems: they are the proof's
    ``problem``."""
    if not presented:
        return AiaProof(False, problem=msg("the server sent no certificate"))
    urls = ca_issuer_urls(presented[0])
    if not urls:
        return AiaProof(False, problem=msg("the certificate names no address (AIA) for "
                                                "its issuer"))
    url = urls[0]
    try:
        reply = http.get(url, timeout=timeout, nameserver=nameserver, cancel=cancel,
                         transcript=transcript, max_bytes=MAX_CERT_BYTES, allow_http=True,
                         proxy=proxy)
    except http.HttpFailure as exc:
        return AiaProof(False, url, msg("downloading {url} failed: {error}", url=url,
                                            error=exc.message))
    if reply.status != 200:
        return AiaProof(False, url, msg("{url} answered HTTP {status}", url=url,
                                            status=reply.status))
    fetched = parse_certificates(reply.body)
    if not fetched:
        return AiaProof(False, url, msg("{url} did not return a certificate", url=url))
    from cryptography import x509

    others = [x509.load_der_x509_certificate(d) for d in presented[1:]]
    missing = verify_with(presented[0], fetched + others, host, trust_anchors(ca_file))
    if missing is None:
        return AiaProof(False, url, msg("the certificate from {url} does not link the server's "
                                            "certificate to a root this computer trusts",
                                            url=url),
                        {"aia_fetched": describe(fetched[0])})
    about = describe(missing)
    return AiaProof(True, url, facts={"missing_subject": about["subject"],
                                      "missing_issuer": about["issuer"],
                                      "missing_sha256": about["sha256"]})
