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

from ..text.i18n import N_, msg
from .taglist import RecordError

USAGES = {0: "PKIX-TA", 1: "PKIX-EE", 2: "DANE-TA", 3: "DANE-EE"}
#: What a selector pins, in words (shown with ``msg(SELECTORS[n])``).
SELECTORS = {0: N_("full certificate"), 1: N_("public key (SPKI)")}
#: How the data is compared; only "exact data" is words, the others are algorithm names.
MATCHINGS = {0: N_("exact data"), 1: "SHA-256", 2: "SHA-512"}


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

    def _numbers(self) -> str:
        return f"{self.usage} {self.selector} {self.matching}"

    def explain(self) -> str:
        """What the record pins, in the current language (the numbers and names stay data)."""
        usage = USAGES.get(self.usage) or msg("unknown usage {usage}", usage=self.usage)
        what = (msg(SELECTORS[self.selector]) if self.selector in SELECTORS
                else msg("unknown selector {selector}", selector=self.selector))
        how = (msg(MATCHINGS[self.matching]) if self.matching in MATCHINGS
               else msg("unknown matching type {matching}", matching=self.matching))
        if self.usage == 3:
            return msg("{record} ({usage}): the server's own certificate: its {what}, "
                       "compared as {how}", record=self._numbers(), usage=usage, what=what,
                       how=how)
        if self.usage == 2:
            return msg("{record} ({usage}): a CA certificate the server sends in its chain: "
                       "its {what}, compared as {how}; the server's certificate must be issued "
                       "under it and name the MX host", record=self._numbers(), usage=usage,
                       what=what, how=how)
        if self.usage in (0, 1):
            return msg("{record} ({usage}): a certificate that must also be trusted by a public "
                       "CA ({what}, {how}); RFC 7672 tells mail servers to treat this usage as "
                       "unusable, so senders ignore the record: publish usage 3 (DANE-EE) or 2 "
                       "(DANE-TA)", record=self._numbers(), usage=usage, what=what, how=how)
        return msg("{record} ({usage}): nothing senders understand: they ignore this record",
                   record=self._numbers(), usage=usage)

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.text(), "usage": USAGES.get(self.usage, str(self.usage)),
                "selector": (msg(SELECTORS[self.selector]) if self.selector in SELECTORS
                             else str(self.selector)),
                "matching": (msg(MATCHINGS[self.matching]) if self.matching in MATCHINGS
                             else str(self.matching)),
                "meaning": self.explain()}


def parse_tlsa(text: str) -> Tlsa:
    """``"3 1 1 ab12…"`` (presentation format; the data may be split by spaces)."""
    parts = text.split()
    if len(parts) < 4:
        raise TlsaError(msg("Not a TLSA record: {text}", text=repr(text[:60])))
    try:
        usage, selector, matching = (int(p) for p in parts[:3])
        data = binascii.unhexlify("".join(parts[3:]))
    except (ValueError, binascii.Error):
        raise TlsaError(msg("Not a TLSA record: {text}", text=repr(text[:60]))) from None
    if not all(0 <= n <= 255 for n in (usage, selector, matching)):
        raise TlsaError(msg("Not a TLSA record: {text}", text=repr(text[:60])))
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
        return DaneMatch(False, why=msg("the server sent no certificate"))
    leaf = chain[0]
    reasons: list[str] = []
    for record in (r for r in records if r.usable):
        if record.usage == 3:
            if matches(record, leaf):
                return DaneMatch(True, record)
            reasons.append(msg("{record}: the server's certificate does not match",
                               record=record._numbers()))
            continue
        index = next((i for i, der in enumerate(chain) if matches(record, der)), None)
        if index is None:
            reasons.append(msg("{record}: no certificate in the chain the server sent matches",
                               record=record._numbers()))
        elif not all(_issued_by(chain[i], chain[i + 1]) for i in range(index)):
            reasons.append(msg("{record}: the server's certificate is not issued under the "
                               "pinned CA", record=record._numbers()))
        elif not names_ok:
            reasons.append(msg("{record}: the pinned CA matches, but the certificate does not "
                               "name the MX host", record=record._numbers()))
        else:
            return DaneMatch(True, record)
    return DaneMatch(False, why=msg("; ").join(reasons) or msg("no usable TLSA record"))


__all__ = ["DaneMatch", "Tlsa", "TlsaError", "association", "check_chain", "matches",
           "parse_tlsa"]
