"""A throwaway PKI for the test servers, built once per test session with trustme.

Trust model:

* ``ca`` is the *trusted* test CA; its PEM is ``ca_file``. A client that verifies against
  ``ca_file`` accepts the ``valid`` and ``old_tls`` leaves and nothing else.
* ``untrusted_ca`` and ``av_ca`` are never in any trust file the tests hand to a client
  (their PEMs are still written, as ``untrusted_ca_file`` / ``av_ca_file``, for tests that
  *configure* a custom CA on purpose).
* ``av_ca`` looks like the root that an antivirus "mail shield" injects to intercept TLS.

Leaves are served without their root, so an untrusted chain fails with verify code 20
("unable to get local issuer certificate"); ``self_signed`` fails with 18.
"""

from __future__ import annotations

import datetime as dt
import ssl
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from ipaddress import ip_address
from pathlib import Path
from typing import Final, Literal, get_args

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ServerCertKind = Literal[
    "valid",
    "expired",
    "not_yet_valid",
    "wrong_host",
    "untrusted",
    "av",
    "old_tls",
    "self_signed",
]

SERVER_CERT_KINDS: Final[tuple[ServerCertKind, ...]] = get_args(ServerCertKind)

LOCAL_IDENTITIES: Final[tuple[str, ...]] = ("localhost", "127.0.0.1", "::1")
WRONG_HOST_IDENTITIES: Final[tuple[str, ...]] = ("mail.other.example", "smtp.other.example")
AV_CA_ORGANIZATION: Final = "Avast Software s.r.o."
AV_CA_COMMON_NAME: Final = "Avast Mail Shield Root"

# OpenSSL X509_V_ERR_* codes as seen in ssl.SSLCertVerificationError.verify_code
VERIFY_NOT_YET_VALID: Final = 9
VERIFY_EXPIRED: Final = 10
VERIFY_SELF_SIGNED: Final = 18
VERIFY_SELF_SIGNED_IN_CHAIN: Final = 19
VERIFY_UNABLE_TO_GET_ISSUER: Final = 20
VERIFY_HOSTNAME_MISMATCH: Final = 62


def _sans(identities: Sequence[str]) -> x509.SubjectAlternativeName:
    names: list[x509.GeneralName] = []
    for ident in identities:
        try:
            names.append(x509.IPAddress(ip_address(ident)))
        except ValueError:
            names.append(x509.DNSName(ident))
    return x509.SubjectAlternativeName(names)


def _self_signed_pems(
    common_name: str,
    *,
    organization: str,
    is_ca: bool,
    identities: Sequence[str] = (),
) -> tuple[bytes, bytes]:
    """A self-signed certificate (CA or leaf) as (cert PEM, key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=not is_ca,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=is_ca,
                crl_sign=is_ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if identities:
        builder = builder.add_extension(_sans(identities), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


@dataclass
class TestPki:
    """CAs, leaf certificates and SSL contexts for the loopback test servers."""

    __test__ = False  # not a pytest test class

    directory: Path
    ca: trustme.CA
    untrusted_ca: trustme.CA
    av_ca: trustme.CA
    ca_file: Path
    untrusted_ca_file: Path
    av_ca_file: Path
    leaves: dict[str, trustme.LeafCert] = field(default_factory=dict)
    self_signed_pems: tuple[bytes, bytes] = (b"", b"")
    self_signed_file: Path | None = None

    def server_context(self, kind: ServerCertKind | str = "valid") -> ssl.SSLContext:
        """A fresh server-side SSLContext presenting the leaf of ``kind``."""
        if kind not in SERVER_CERT_KINDS:
            raise ValueError(f"unknown certificate kind {kind!r}; one of {SERVER_CERT_KINDS}")
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        if kind == "self_signed":
            assert self.self_signed_file is not None
            ctx.load_cert_chain(self.self_signed_file)
        else:
            self.leaves[kind].configure_cert(ctx)
        if kind == "old_tls":
            _allow_old_tls(ctx, only=True)
        return ctx

    def client_context(self, *, trust: Path | None = None, legacy: bool = False) -> ssl.SSLContext:
        """A verifying client context trusting ``trust`` (default: the test CA file only).

        ``legacy=True`` also allows TLS 1.0/1.1 at SECLEVEL 0 (to talk to ``old_tls``).
        """
        ctx = ssl.create_default_context(cafile=str(trust or self.ca_file))
        if legacy:
            _allow_old_tls(ctx)
        return ctx


def _allow_old_tls(ctx: ssl.SSLContext, *, only: bool = False) -> None:
    """Let ``ctx`` speak TLS 1.0/1.1 at SECLEVEL 0 (``only``: nothing newer)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        if only:
            ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")


def build_pki(directory: Path) -> TestPki:
    """Create every CA and leaf and write the CA PEM files into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = trustme.CA(organization_name="SMTP Doctor Test CA")
    untrusted_ca = trustme.CA(organization_name="Untrusted Test CA")
    av_cert, av_key = _self_signed_pems(
        AV_CA_COMMON_NAME, organization=AV_CA_ORGANIZATION, is_ca=True
    )
    av_ca = trustme.CA.from_pem(av_cert, av_key)

    now = dt.datetime.now(dt.timezone.utc)
    leaves: dict[str, trustme.LeafCert] = {
        "valid": ca.issue_cert(*LOCAL_IDENTITIES),
        "expired": ca.issue_cert(
            *LOCAL_IDENTITIES,
            not_before=now - dt.timedelta(days=60),
            not_after=now - dt.timedelta(days=30),
        ),
        "not_yet_valid": ca.issue_cert(
            *LOCAL_IDENTITIES,
            not_before=now + dt.timedelta(days=30),
            not_after=now + dt.timedelta(days=60),
        ),
        "wrong_host": ca.issue_cert(*WRONG_HOST_IDENTITIES),
        "untrusted": untrusted_ca.issue_cert(*LOCAL_IDENTITIES),
        "av": av_ca.issue_cert(*LOCAL_IDENTITIES, organization_name=AV_CA_ORGANIZATION),
        "old_tls": ca.issue_cert(*LOCAL_IDENTITIES),
    }

    ca_file = directory / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    untrusted_ca_file = directory / "untrusted-ca.pem"
    untrusted_ca.cert_pem.write_to_path(str(untrusted_ca_file))
    av_ca_file = directory / "av-ca.pem"
    av_ca.cert_pem.write_to_path(str(av_ca_file))

    ss_cert, ss_key = _self_signed_pems(
        "localhost", organization="Self Signed Mail", is_ca=False, identities=LOCAL_IDENTITIES
    )
    self_signed_file = directory / "self-signed.pem"
    self_signed_file.write_bytes(ss_key + ss_cert)

    return TestPki(
        directory=directory,
        ca=ca,
        untrusted_ca=untrusted_ca,
        av_ca=av_ca,
        ca_file=ca_file,
        untrusted_ca_file=untrusted_ca_file,
        av_ca_file=av_ca_file,
        leaves=leaves,
        self_signed_pems=(ss_cert, ss_key),
        self_signed_file=self_signed_file,
    )


# --------------------------------------------------------------------------- AIA and chains
AIA_PATH: Final = "/issuer.crt"


@dataclass
class LeafWithoutIntermediate:
    """A leaf issued by ``intermediate`` (a child of the test CA) whose AIA caIssuers names
    ``aia_url``; ``server_context()`` presents the leaf alone, as a misconfigured server does."""

    __test__ = False

    intermediate: trustme.CA
    leaf_file: Path  # key + leaf, no intermediate
    aia_url: str

    @property
    def intermediate_der(self) -> bytes:
        return x509.load_pem_x509_certificate(self.intermediate.cert_pem.bytes()).public_bytes(
            serialization.Encoding.DER)

    def intermediate_pkcs7(self) -> bytes:
        from cryptography.hazmat.primitives.serialization import pkcs7

        cert = x509.load_pem_x509_certificate(self.intermediate.cert_pem.bytes())
        return pkcs7.serialize_certificates([cert], serialization.Encoding.DER)

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(str(self.leaf_file))
        return ctx


def leaf_without_intermediate(pki: TestPki, directory: Path, aia_url: str,
                              identities: Sequence[str] = LOCAL_IDENTITIES,
                              ) -> LeafWithoutIntermediate:
    """A new intermediate under ``pki.ca`` and a leaf for ``identities`` signed by it, built with
    ``cryptography`` (trustme can't set AIA), with every extension a strict verifier wants."""
    intermediate = pki.ca.create_child_ca()
    issuer = x509.load_pem_x509_certificate(intermediate.cert_pem.bytes())
    issuer_key = serialization.load_pem_private_key(intermediate.private_key_pem.bytes(), None)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Leaf Without Intermediate"),
            x509.NameAttribute(NameOID.COMMON_NAME, identities[0])]))
        .issuer_name(issuer.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_sans(identities), critical=False)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer.public_key()), critical=False)  # type: ignore[arg-type]
        .add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
            x509.oid.AuthorityInformationAccessOID.CA_ISSUERS,
            x509.UniformResourceIdentifier(aia_url))]), critical=False)
        .sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    leaf_file = directory / "leaf-without-intermediate.pem"
    leaf_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                          serialization.NoEncryption())
        + cert.public_bytes(serialization.Encoding.PEM))
    return LeafWithoutIntermediate(intermediate, leaf_file, aia_url)


class CertHttpServer:
    """A plain HTTP server on 127.0.0.1:0 for AIA caIssuers URLs: ``routes[path] = body``
    (served as application/pkix-cert); anything else is 404. ``requests`` lists the paths
    asked for. Context manager; teardown joins its thread."""

    def __init__(self, routes: dict[str, bytes] | None = None) -> None:
        import http.server
        import threading

        self.routes: dict[str, bytes] = dict(routes or {})
        self.requests: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                body = owner.routes.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/pkix-cert")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str = AIA_PATH) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def __enter__(self) -> CertHttpServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
