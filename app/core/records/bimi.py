"""BIMI (Brand Indicators for Message Identification, draft-brand-indicators-for-message-
identification): the ``default._bimi.<domain>`` TXT record ``v=BIMI1; l=<logo>; a=<evidence>``.

A receiver shows the logo only for mail that passes DMARC under an enforcing policy:
p=quarantine or p=reject with pct=100, and no sp=none for subdomains (draft §4.3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..text.i18n import msg
from .dmarc import DmarcRecord
from .taglist import ANY_NAME, RecordError, TagListError, parse_tags


class BimiError(RecordError):
    pass


@dataclass(frozen=True)
class BimiRecord:
    logo: str  # l= (an https URL of an SVG Tiny PS logo; empty: the domain declines BIMI)
    evidence: str  # a= (an https URL of a Verified Mark Certificate; optional)

    def to_dict(self) -> dict[str, Any]:
        return {"logo": self.logo, "evidence": self.evidence, "declined": not self.logo}


def is_bimi(text: str) -> bool:
    return text.replace(" ", "").lower().startswith("v=bimi1")


def parse(text: str) -> BimiRecord:
    try:
        tags = parse_tags(text, "BIMI1", names=ANY_NAME, ignore_case=True)
    except TagListError as exc:
        raise BimiError(exc.message) from None
    logo, evidence = tags.get("l", ""), tags.get("a", "")
    for tag, url in (("l", logo), ("a", evidence)):
        if url and not url.lower().startswith("https://"):
            raise BimiError(msg("{tag}= must be an https:// address", tag=tag))
    if "l" not in tags:
        raise BimiError(msg("The logo tag l= is missing"))
    return BimiRecord(logo, evidence)


def dmarc_gaps(record: DmarcRecord | None) -> list[str]:
    """Why DMARC does not yet allow a BIMI logo ([] when it does), in the current language."""
    if record is None:
        return [msg("the domain has no DMARC record")]
    gaps = []
    if record.policy not in ("quarantine", "reject"):
        gaps.append(msg("DMARC p={policy} (needs quarantine or reject)", policy=record.policy))
    if record.pct < 100:
        gaps.append(msg("DMARC pct={pct} (needs 100)", pct=record.pct))
    if "sp" in record.tags and record.subdomain_policy == "none":
        gaps.append(msg("DMARC sp=none (subdomains must be protected too)"))
    return gaps
