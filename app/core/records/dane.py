"""TLSA records (RFC 6698) for SMTP DANE (RFC 7672): read, explained, matched to certificates.

A TLSA record is ``usage selector matching data``:

* usage 3 DANE-EE: the server's own certificate (or key) is pinned; names and dates are not
  checked (RFC 7672 §3.1.1). Usage 2 DANE-TA: a CA certificate in the chain the server sends is
  pinned; the chain must lead from the server's certificate to it and the certificate must name
  the MX host (§3.1.2). Usages 0 and 1 (PKIX-TA, PKIX-EE) also need a public CA's approval,
  which SMTP servers cannot rely on: RFC 7672 §3.1.3 tells senders to treat them as unusable.
* selector 0: the whole certificate; 1: only its public key (SubjectPublicKeyInfo).
* matching 0: the data itself; 1: its SHA-256; 2: its SHA-512.
"""

from __future__ import annotations

import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from .taglist import RecordError

USAGES = {0: "PKIX-TA", 1: "PKIX-EE", 2: "DANE-TA", 3: "DANE-EE"}
SELECTORS = {0: "full certificate", 1: "public key (SPKI)"}
MATCHINGS = {0: "exact data", 1: "SHA-256", 2: "SHA-512"}


class TlsaError(RecordError):
    pass


@dataclass(frozen=True)
class Tlsa:
    usage: int
    selector: int
    matching: int
    data: bytes

    @property
    def usable(self) -> bool:
        """Usable for SMTP (RFC 7672 §3.1.3): DANE-TA or DANE-EE with a known selector and
        matching type."""
        return self.usage in (2, 3) and self.selector in SELECTORS and self.matching in MATCHINGS

    def text(self) -> str:
        return f"{self.usage} {self.selector} {self.matching} {self.data.hex()}"

    def explain(self) -> str:
        usage = USAGES.get(self.usage, f"unknown usage {self.usage}")
        what = SELECTORS.get(self.selector, f"unknown selector {self.selector}")
        how = MATCHINGS.get(self.matching, f"unknown matching type {self.matching}")
        if self.usage == 3:
            pinned = f"the server's own certificate: its {what}, compared as {how}"
        elif self.usage == 2:
            pinned = (f"a CA certificate the server sends in its chain: its {what}, compared "
                      f"as {how}; the server's certificate must be issued under it and name "
                      "the MX host")
        elif self.usage in (0, 1):
            pinned = (f"a certificate that must also be trusted by a public CA ({what}, "
                      f"{how}); RFC 7672 tells mail servers to treat this usage as unusable, "
                      "so senders ignore the record: publish usage 3 (DANE-EE) or 2 (DANE-TA)")
        else:
            pinned = "nothing senders understand: they ignore this record"
        return f"{self.usage} {self.selector} {self.matching} ({usage}): {pinned}"

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.text(), "usage": USAGES.get(self.usage, str(self.usage)),
                "selector": SELECTORS.get(self.selector, str(self.selector)),
                "matching": MATCHINGS.get(self.matching, str(self.matching)),
                "meaning": self.explain()}


def parse_tlsa(text: str) -> Tlsa:
    """``"3 1 1 ab12…"`` (presentation format; the data may be split by spaces)."""
    parts = text.split()
    if len(parts) < 4:
        raise TlsaError(f"Not a TLSA record: {text[:60]!r}")
    try:
        usage, selector, matching = (int(p) for p in parts[:3])
        data = binascii.unhexlify("".join(parts[3:]))
    except (ValueError, binascii.Error):
        raise TlsaError(f"Not a TLSA record: {text[:60]!r}") from None
    if not all(0 <= n <= 255 for n in (usage, selector, matching)):
        raise TlsaError(f"Not a TLSA record: {text[:60]!r}")
    return Tlsa(usage, selector, matching, data)


def _selected(der: bytes, selector: int) -> bytes:
    if selector == 0:
        return der
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    key = x509.load_der_x509_certificate(der).public_key()
    return key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def association(der: bytes, selector: int, matching: int) -> bytes:
    """The certificate association data of ``der`` for this selector and matching type."""
    data = _selected(der, selector)
    if matching == 1:
        return hashlib.sha256(data).digest()
    if matching == 2:
        return hashlib.sha512(data).digest()
    return data


def matches(record: Tlsa, der: bytes) -> bool:
    if record.selector not in SELECTORS or record.matching not in MATCHINGS:
        return False
    return association(der, record.selector, record.matching) == record.data


def _issued_by(child: bytes, parent: bytes) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    try:
        x509.load_der_x509_certificate(child).verify_directly_issued_by(
            x509.load_der_x509_certificate(parent))
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


@dataclass(frozen=True)
class DaneMatch:
    ok: bool
    record: Tlsa | None = None
    why: str = ""


def check_chain(records: list[Tlsa], chain: list[bytes], names_ok: bool) -> DaneMatch:
    """Does the presented ``chain`` (leaf first, DER) satisfy one usable TLSA record?

    DANE-EE: the leaf matches (names and dates are not checked, RFC 7672 §3.1.1). DANE-TA: a
    certificate of the chain matches and every link from the leaf up to it is a valid
    signature, and the leaf names the MX host (``names_ok``, §3.1.2)."""
    if not chain:
        return DaneMatch(False, why="the server sent no certificate")
    leaf = chain[0]
    reasons: list[str] = []
    for record in (r for r in records if r.usable):
        if record.usage == 3:
            if matches(record, leaf):
                return DaneMatch(True, record)
            reasons.append(f"{record.usage} {record.selector} {record.matching}: the server's "
                           "certificate does not match")
            continue
        index = next((i for i, der in enumerate(chain) if matches(record, der)), None)
        if index is None:
            reasons.append(f"{record.usage} {record.selector} {record.matching}: no certificate "
                           "in the chain the server sent matches")
        elif not all(_issued_by(chain[i], chain[i + 1]) for i in range(index)):
            reasons.append(f"{record.usage} {record.selector} {record.matching}: the server's "
                           "certificate is not issued under the pinned CA")
        elif not names_ok:
            reasons.append(f"{record.usage} {record.selector} {record.matching}: the pinned CA "
                           "matches, but the certificate does not name the MX host")
        else:
            return DaneMatch(True, record)
    return DaneMatch(False, why="; ".join(reasons) or "no usable TLSA record")


__all__ = ["DaneMatch", "Tlsa", "TlsaError", "association", "check_chain", "matches",
           "parse_tlsa"]
