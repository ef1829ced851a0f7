"""DMARC (RFC 7489) records, read with the shared tag-list parser, with plain-language problems.

The record lives in TXT at ``_dmarc.DOMAIN``: ``v=DMARC1; p=reject; rua=mailto:…``. ``v`` must
come first and ``p`` is required. Unknown tags are ignored (the RFC says so), but a known tag with
a bad value is an error we name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text.i18n import N_, msg
from .taglist import TagListError, parse_tags

POLICIES = ("none", "quarantine", "reject")  # weakest first
_URI = re.compile(r"^(mailto:[^\s,!]+@[^\s,!]+|https?://[^\s,!]+)(![0-9]+[kmgt]?)?$",
                  re.IGNORECASE)


class DmarcSyntaxError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DmarcRecord:
    raw: str
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def policy(self) -> str:
        return self.tags.get("p", "none").lower()

    @property
    def subdomain_policy(self) -> str:
        return self.tags.get("sp", self.policy).lower()

    @property
    def pct(self) -> int:
        return int(self.tags.get("pct", "100"))

    @property
    def rua(self) -> list[str]:
        return _uris(self.tags.get("rua", ""))

    @property
    def ruf(self) -> list[str]:
        return _uris(self.tags.get("ruf", ""))

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.raw, "policy": self.policy,
                "subdomain_policy": self.subdomain_policy, "pct": self.pct, "rua": self.rua,
                "ruf": self.ruf, "adkim": self.tags.get("adkim", "r"),
                "aspf": self.tags.get("aspf", "r")}


def _uris(value: str) -> list[str]:
    return [u.strip() for u in value.split(",") if u.strip()]


def is_dmarc(txt: str) -> bool:
    return re.match(r"^\s*v\s*=\s*DMARC1\s*(;|$)", txt, re.IGNORECASE) is not None


def parse(text: str) -> DmarcRecord:
    """Parse one DMARC record; raises DmarcSyntaxError with a plain message."""
    if not is_dmarc(text):
        raise DmarcSyntaxError(msg("The record does not start with “v=DMARC1”"))
    try:
        tags = parse_tags(text, "DMARC1", ignore_case=True)
    except TagListError as exc:
        raise DmarcSyntaxError(exc.message) from None
    _validate(tags)
    return DmarcRecord(text, tags)


def _validate(tags: dict[str, str]) -> None:
    if "p" not in tags:
        raise DmarcSyntaxError(msg("The policy tag “p=” (none, quarantine or reject) is missing"))
    for key in ("p", "sp", "np"):
        if key in tags and tags[key].lower() not in POLICIES:
            raise DmarcSyntaxError(msg("“{tag}” is not a policy: use none, quarantine or reject",
                                       tag=f"{key}={tags[key]}"))
    if "pct" in tags:
        value = tags["pct"]
        if not value.isdigit() or len(value) > 3 or int(value) > 100:
            raise DmarcSyntaxError(msg("“{tag}” must be a whole number from 0 to 100",
                                       tag=f"pct={value}"))
    for key in ("adkim", "aspf"):
        if key in tags and tags[key].lower() not in ("r", "s"):
            raise DmarcSyntaxError(msg("“{tag}” must be r (relaxed) or s (strict)",
                                       tag=f"{key}={tags[key]}"))
    if "ri" in tags and (not tags["ri"].isdigit() or len(tags["ri"]) > 10):
        raise DmarcSyntaxError(msg("“{tag}” must be a number of seconds", tag=f"ri={tags['ri']}"))
    if "fo" in tags:
        options = [o.strip() for o in tags["fo"].split(":")]
        if not options or any(o not in ("0", "1", "d", "s") for o in options):
            raise DmarcSyntaxError(msg("“{tag}” must be 0, 1, d or s (joined by “:”)",
                                       tag=f"fo={tags['fo']}"))
    for key in ("rua", "ruf"):
        if key in tags:
            uris = _uris(tags[key])
            if not uris:
                raise DmarcSyntaxError(msg("“{tag}” is empty", tag=f"{key}="))
            for uri in uris:
                if _URI.match(uri) is None:
                    raise DmarcSyntaxError(msg("“{uri}” in {tag} is not a mailto: address",
                                               uri=uri, tag=f"{key}="))


def external_report_domains(domain: str, record: DmarcRecord) -> list[str]:
    """Report domains in rua/ruf outside ``domain`` (they must authorise it, RFC 7489 7.1)."""
    out: list[str] = []
    base = domain.lower().rstrip(".")
    for uri in record.rua + record.ruf:
        if not uri.lower().startswith("mailto:"):
            continue
        host = uri.split("!", 1)[0].rsplit("@", 1)[-1].lower().rstrip(".")
        outside = host != base and not host.endswith("." + base) and \
            not base.endswith("." + host)
        if outside and host not in out:
            out.append(host)
    return out


_POLICY_MEANS = {
    "none": N_("Mail that fails DMARC: receivers are asked to deliver it anyway (only report)."),
    "quarantine": N_("Mail that fails DMARC: receivers are asked to treat it as suspicious "
                     "(usually the spam folder)."),
    "reject": N_("Mail that fails DMARC: receivers are asked to refuse it."),
}


def explain(record: DmarcRecord, inherited: bool = False) -> list[str]:
    """Plain sentences, in the language in use, on what ``record`` asks receivers to do, and
    where it is weak: p=none, a weaker sp for subdomains, pct below 100, and relaxed or strict
    alignment (RFC 7489 §3.1, §6.3). Used by the domain check's facts, which every face shows;
    the record's values stay data in the sentences' placeholders."""
    policy = record.subdomain_policy if inherited else record.policy
    lines = [msg(_POLICY_MEANS[policy]) if policy in _POLICY_MEANS else
             msg("Mail that fails DMARC: receivers are asked to apply the policy “{policy}”.",
                 policy=policy)]
    if policy == "none":
        lines.append(msg("p=none protects nothing: anyone can send mail in your name and "
                         "receivers will still deliver it; it is meant only for a first phase "
                         "of collecting reports before moving to quarantine, then reject."))
    if not inherited and record.subdomain_policy != record.policy:
        weaker = (POLICIES.index(record.subdomain_policy)
                  < POLICIES.index(record.policy))
        if weaker:
            lines.append(msg("Subdomains ({tag}) are less protected than the domain itself: "
                             "forged mail from made-up subdomains such as billing.yourdomain "
                             "gets through.", tag=f"sp={record.subdomain_policy}"))
        else:
            lines.append(msg("Subdomains ({tag}) are more protected than the domain itself.",
                             tag=f"sp={record.subdomain_policy}"))
    if record.pct < 100:
        lines.append(msg("{tag}: the policy applies to only {percent}% of failing mail; the "
                         "rest is treated as if p were one step weaker.",
                         tag=f"pct={record.pct}", percent=record.pct))
    for tag, what in (("adkim", "DKIM"), ("aspf", "SPF")):
        mode = record.tags.get(tag, "r").lower()
        if mode == "s":
            lines.append(msg("{tag}=s (strict): the domain {what} vouches for must be exactly "
                             "the From domain; mail signed or sent through a subdomain fails "
                             "DMARC.", tag=tag, what=what))
        else:
            lines.append(msg("{tag}=r (relaxed, the default): the domain {what} vouches for may "
                             "be the From domain or another domain of the same organisation (a "
                             "subdomain or its parent); a provider's own domain never counts.",
                             tag=tag, what=what))
    lines.append(msg("Forwarding and mailing lists break SPF and often DKIM: receivers that "
                     "trust ARC (RFC 8617) seals added by those forwarders can still deliver "
                     "such mail when the policy is quarantine or reject."))
    return lines
