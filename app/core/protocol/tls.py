"""TLS contexts (OS trust store via truststore, or a custom CA file) and certificate facts."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import ipaddress
import ssl
import warnings
from typing import TYPE_CHECKING, Any

from ..text.i18n import msg

if TYPE_CHECKING:  # cryptography is imported when a certificate is read, not at start-up
    from cryptography import x509

_DER: int = getattr(ssl._ssl, "ENCODING_DER", 2)  # type: ignore[attr-defined]


def make_context(*, verify: bool = True, ca_file: str = "", legacy: bool = False) -> ssl.SSLContext:
    """A client context. ``verify`` on: the OS trust store (truststore) or only ``ca_file``.

    Every context allows TLS 1.2 or newer only (set explicitly, whatever the platform's
    default). ``legacy`` also allows TLS 1.0/1.1: to confirm that a server offers nothing newer,
    and for a connection check whose user allowed old TLS for this run (``allow_old_tls``).
    """
    ctx: ssl.SSLContext
    if not verify:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    elif ca_file:
        ctx = ssl.create_default_context(cafile=ca_file)
    else:
        import truststore  # imported here: it is not needed for the many checks that skip TLS

        ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if legacy:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    return ctx


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _key_description(cert: x509.Certificate) -> tuple[str, int | None]:
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC ({key.curve.name})", key.key_size
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey):
        return "DSA", key.key_size
    return type(key).__name__, None


def san_names(cert: x509.Certificate) -> list[str]:
    from cryptography import x509

    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    names: list[str] = list(ext.get_values_for_type(x509.DNSName))
    names += [str(ip) for ip in ext.get_values_for_type(x509.IPAddress)]
    return names


def hostname_matches(host: str, names: list[str]) -> bool:
    """RFC 6125 matching: exact, or a wildcard in the left-most label only."""
    host = host.rstrip(".").lower()
    try:
        host_ip = ipaddress.ip_address(host)
    except ValueError:
        host_ip = None
    for name in names:
        name = name.rstrip(".").lower()
        if host_ip is not None:
            try:
                if ipaddress.ip_address(name) == host_ip:
                    return True
            except ValueError:
                continue
            continue
        if name == host:
            return True
        if name.startswith("*."):
            suffix = name[1:]
            head, _, _rest = host.partition(".")
            if head and host.endswith(suffix) and host.count(".") == name.count("."):
                return True
    return False


def suggest_host(names: list[str], host: str) -> str:
    """The certificate name to suggest as the host (prefer one that looks like a mail server)."""
    plain = [n for n in names if not n.startswith("*.")]
    for prefix in ("smtp.", "mail.", "mx.", "submission."):
        for name in plain:
            if name.startswith(prefix):
                return name
    if plain:
        return plain[0]
    if names:
        parent = host.split(".", 1)[1] if "." in host else host
        return names[0].replace("*", host.split(".", 1)[0] if parent else "smtp")
    return ""


def _product_named_in(text: str) -> str:
    from ..knowledge.interception import match_interception

    found = match_interception([text])
    return found.product if found else ""


def interception_product(issuer: x509.Name) -> str:
    return _product_named_in(" ".join(str(attr.value) for attr in issuer))


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _facts(*, subject: str, cn: str, issuer: str, issuer_cn: str, issuer_org: str,
           names: list[str], not_before: dt.datetime, not_after: dt.datetime,
           self_signed: bool, key: dict[str, Any], serial: str, der: bytes, host: str,
           now: dt.datetime, product: str) -> dict[str, Any]:
    """The certificate facts, in their one order, from either parser's values."""
    facts: dict[str, Any] = {
        "subject": subject,
        "subject_cn": cn,
        "issuer": issuer,
        "issuer_cn": issuer_cn,
        "issuer_org": issuer_org,
        "sans": names,
        "not_before": _iso(not_before),
        "not_after": _iso(not_after),
        "days_left": (not_after - now).days,
        "expired": now > not_after,
        "not_yet_valid": now < not_before,
        "hostname_matches": hostname_matches(host, names or ([cn] if cn else [])),
        "self_signed": self_signed,
        **key,
        "serial": serial,
        "sha256": hashlib.sha256(der).hexdigest(),
    }
    if product:
        facts["interception_product"] = product
    return facts


def certificate_facts(der: bytes, host: str, now: dt.datetime | None = None) -> dict[str, Any]:
    """What a user (or a support engineer) wants to know about the server's certificate."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)
    key_type, key_size = _key_description(cert)
    sig = cert.signature_hash_algorithm
    return _facts(
        subject=cert.subject.rfc4514_string(),
        cn=_name_attr(cert.subject, NameOID.COMMON_NAME),
        issuer=cert.issuer.rfc4514_string(),
        issuer_cn=_name_attr(cert.issuer, NameOID.COMMON_NAME),
        issuer_org=_name_attr(cert.issuer, NameOID.ORGANIZATION_NAME),
        names=san_names(cert), not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc, self_signed=cert.issuer == cert.subject,
        key={"key_type": key_type, "key_size": key_size,
             "signature_algorithm": (f"{sig.name.upper()} with {key_type.split()[0]}" if sig
                                     else key_type)},
        serial=format(cert.serial_number, "x"), der=der, host=host,
        now=now or dt.datetime.now(dt.timezone.utc),
        product=interception_product(cert.issuer))


def _name_text(rdns: Any) -> tuple[str, dict[str, str]]:
    """getpeercert()'s ((("commonName", "x"),), …) as an RFC 4514-like string and a dict."""
    keys = {"commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU",
            "countryName": "C", "stateOrProvinceName": "ST", "localityName": "L"}
    parts: list[str] = []
    values: dict[str, str] = {}
    for rdn in rdns or ():
        for key, value in rdn:
            values.setdefault(key, str(value))
            parts.append(f"{keys.get(key, key)}={value}")
    return ",".join(reversed(parts)), values


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cert_time(text: str) -> dt.datetime:
    """A getpeercert() time ("Jan  5 09:34:43 2018 GMT") in UTC: what ssl.cert_time_to_seconds
    gives, without its time.strptime (whose first call imports _strptime and calendar and builds
    the locale's tables: 5-10 ms of every check). Anything unexpected goes to ssl's parser."""
    try:
        month, day, clock, year, zone = text.split()
        hour, minute, second = (int(part) for part in clock.split(":"))
        if zone != "GMT" or month not in _MONTHS:
            raise ValueError(text)
        return dt.datetime(int(year), _MONTHS.index(month) + 1, int(day), hour, minute, second,
                           tzinfo=dt.timezone.utc)
    except ValueError:
        return dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(text), dt.timezone.utc)


def verified_certificate_facts(peer: dict[str, Any], der: bytes, host: str,
                               now: dt.datetime | None = None) -> dict[str, Any]:
    """The same facts as certificate_facts() from a verified handshake's getpeercert() dict
    (no key type or signature algorithm: those need the full parser)."""
    subject, subject_values = _name_text(peer.get("subject"))
    issuer, issuer_values = _name_text(peer.get("issuer"))
    names = [str(value).strip() for kind, value in peer.get("subjectAltName", ())
             if kind in ("DNS", "IP Address")]
    return _facts(
        subject=subject, cn=subject_values.get("commonName", ""), issuer=issuer,
        issuer_cn=issuer_values.get("commonName", ""),
        issuer_org=issuer_values.get("organizationName", ""), names=names,
        not_before=cert_time(peer["notBefore"]), not_after=cert_time(peer["notAfter"]),
        self_signed=subject == issuer, key={},
        serial=str(peer.get("serialNumber", "")).lower().lstrip("0") or "0", der=der,
        host=host, now=now or dt.datetime.now(dt.timezone.utc),
        product=_product_named_in(" ".join(issuer_values.values())))


def advice_facts(cert: dict[str, Any], host: str) -> dict[str, Any]:
    """Flat facts that the knowledge base's fix texts use as placeholders."""
    names = list(cert.get("sans") or []) or ([cert["subject_cn"]] if cert.get("subject_cn") else [])
    out: dict[str, Any] = {
        "cert_names": names,
        "cert_issuer": cert.get("issuer_org") or cert.get("issuer_cn") or cert.get("issuer", ""),
        "cert_not_after": cert.get("not_after", ""),
        "cert_not_before": cert.get("not_before", ""),
    }
    suggestion = suggest_host(names, host)
    if suggestion:
        out["suggested_host"] = suggestion
    if cert.get("interception_product"):
        out["interception_product"] = cert["interception_product"]
    return out


# -- the chain a server presents, and the chain verification built ------------------------------
def _as_der(items: Any) -> list[bytes]:
    out: list[bytes] = []
    for item in items or []:
        out.append(item if isinstance(item, bytes) else bytes(item.public_bytes(_DER)))
    return out


def presented_chain(sock: ssl.SSLSocket) -> list[bytes]:
    """The certificates the server sent, leaf first (DER). ``get_unverified_chain()`` is public
    since Python 3.13; the same method exists on the internal ``_sslobj`` since 3.10."""
    getter = getattr(sock, "get_unverified_chain", None)
    if getter is None:
        getter = getattr(getattr(sock, "_sslobj", None), "get_unverified_chain", None)
    if getter is not None:
        try:
            chain = _as_der(getter())
        except (ValueError, ssl.SSLError):
            chain = []
        if chain:
            return chain
    der = sock.getpeercert(binary_form=True)
    return [der] if der else []


def _verified_items(sock: ssl.SSLSocket) -> list[Any]:
    getter = getattr(sock, "get_verified_chain", None)
    if getter is None:
        getter = getattr(getattr(sock, "_sslobj", None), "get_verified_chain", None)
    if getter is None:
        return []
    try:
        return list(getter() or [])
    except (ValueError, ssl.SSLError):
        return []


def verified_chain(sock: ssl.SSLSocket) -> list[bytes]:
    """The chain OpenSSL built to a trusted root (leaf first); [] when not verified."""
    return _as_der(_verified_items(sock))


def verified_interception(sock: ssl.SSLSocket) -> dict[str, Any]:
    """``interception_facts`` of a verified connection's chain. The names are read from
    OpenSSL's own decoding first, so a chain without a match never loads ``cryptography``."""
    from ..knowledge.interception import match_interception

    items = _verified_items(sock)
    names: list[str] = []
    for item in items:
        info = item.get_info() if hasattr(item, "get_info") else {}
        names += [_name_text(info.get(key))[0] for key in ("subject", "issuer")]
    if not items or match_interception(names) is None:
        return {}
    return interception_facts(_as_der(items))


@functools.lru_cache(maxsize=1)
def public_root_subjects() -> frozenset[bytes] | None:
    """Subjects (DER) of the public (Mozilla) roots, if certifi is installed; else None."""
    try:
        import certifi  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    from cryptography import x509

    with open(certifi.where(), "rb") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a few old public roots have non-positive serials
        certs = x509.load_pem_x509_certificates(fh.read())
    return frozenset(c.subject.public_bytes() for c in certs)


def root_is_public(root_der: bytes) -> bool | None:
    """Is this root one of the public (Mozilla) roots? None when that can't be told."""
    roots = public_root_subjects()
    if roots is None:
        return None
    from cryptography import x509

    return x509.load_der_x509_certificate(root_der).subject.public_bytes() in roots


def interception_facts(chain: list[bytes]) -> dict[str, Any]:
    """Security software in ``chain`` (leaf first, up to the root): the leaf's issuer and every
    certificate's subject and issuer are matched against resources/interception.toml (the
    primary signal); the root being no public root is the secondary one (``root_public``).
    A name match on a chain whose root is a public root is not interception. {} when none."""
    from cryptography import x509

    from ..knowledge.interception import match_interception

    certs = [x509.load_der_x509_certificate(d) for d in chain]
    names = [n.rfc4514_string() for c in certs for n in (c.issuer, c.subject)]
    found = match_interception(names)
    if found is None:
        return {}
    public = root_is_public(chain[-1]) if chain else None
    if public:
        return {}
    root = certs[-1]
    how = msg("the certificate name “{name}” contains “{pattern}”; its root is not a public one "
              "(installed on this computer)", name=found.matched, pattern=found.pattern) \
        if public is False else \
        msg("the certificate name “{name}” contains “{pattern}”; whether its root is public "
            "could not be told (certifi is not installed)", name=found.matched,
            pattern=found.pattern)
    return {"interception_product": found.product, "interception_fix": found.fix,
            "interception_kind": found.kind, "interception_evidence": how,
            "root": root.subject.rfc4514_string(), "root_public": public}
