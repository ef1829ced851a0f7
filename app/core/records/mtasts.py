"""MTA-STS (RFC 8461) and TLS-RPT (RFC 8460): TXT records, the HTTPS policy, MX matching.

* TXT ``_mta-sts.DOMAIN``: ``v=STSv1; id=20240101T000000;``
* policy ``https://mta-sts.DOMAIN/.well-known/mta-sts.txt``: ``key: value`` lines with
  ``version: STSv1``, ``mode: enforce|testing|none``, one or more ``mx:`` patterns and
  ``max_age`` (seconds, at most 31557600).
* TXT ``_smtp._tls.DOMAIN``: ``v=TLSRPTv1; rua=mailto:…,https://…``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text.i18n import msg
from .taglist import ANY_NAME, TagListError, parse_tags

MAX_AGE_LIMIT = 31_557_600
MODES = ("enforce", "testing", "none")
_ID = re.compile(r"^[A-Za-z0-9]{1,32}$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)


class PolicyError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _tag_list(text: str, version: str) -> dict[str, str]:
    try:
        return parse_tags(text, version, names=ANY_NAME)
    except TagListError as exc:
        raise PolicyError(exc.message) from None


def is_sts_txt(txt: str) -> bool:
    return txt.strip().startswith("v=STSv1")


def parse_sts_txt(text: str) -> str:
    """The policy id of an ``_mta-sts`` TXT record; raises PolicyError."""
    tags = _tag_list(text, "STSv1")
    ident = tags.get("id", "")
    if not ident:
        raise PolicyError(msg("The “id=” tag is missing"))
    if _ID.match(ident) is None:
        raise PolicyError(msg("“id={ident}” must be 1 to 32 letters and digits", ident=ident))
    return ident


def is_tlsrpt(txt: str) -> bool:
    return txt.strip().startswith("v=TLSRPTv1")


def parse_tlsrpt(text: str) -> list[str]:
    """The report addresses (rua) of a TLS-RPT record; raises PolicyError."""
    tags = _tag_list(text, "TLSRPTv1")
    rua = [u.strip() for u in tags.get("rua", "").split(",") if u.strip()]
    if not rua:
        raise PolicyError(msg("The “rua=” tag (where reports go) is missing or empty"))
    for uri in rua:
        if not re.match(r"^(mailto:[^\s@]+@[^\s@]+|https://\S+)$", uri, re.IGNORECASE):
            raise PolicyError(msg("“{uri}” must be a mailto: address or an https:// URL", uri=uri))
    return rua


@dataclass(frozen=True)
class StsPolicy:
    version: str
    mode: str
    mx: tuple[str, ...]
    max_age: int
    extra: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "mode": self.mode, "mx": list(self.mx),
                "max_age": self.max_age}

    def covers(self, mx_host: str) -> bool:
        return any(mx_matches(pattern, mx_host) for pattern in self.mx)


def _valid_pattern(pattern: str) -> bool:
    name = pattern[2:] if pattern.startswith("*.") else pattern
    labels = name.rstrip(".").split(".")
    return len(labels) >= 2 and all(_LABEL.match(label) for label in labels)


def parse_policy(text: str) -> StsPolicy:
    """Parse the body of ``/.well-known/mta-sts.txt``; raises PolicyError."""
    if len(text) > 64 * 1024:
        raise PolicyError(msg("The policy is larger than 64 KB"))
    fields: dict[str, str] = {}
    mx: list[str] = []
    for raw in re.split(r"\r?\n", text):
        line = raw.strip()
        if not line:
            continue
        key, colon, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if not colon or not key or re.match(r"^[A-Za-z0-9_.-]+$", key) is None:
            raise PolicyError(msg("“{line}” is not a “key: value” line", line=line[:60]))
        if key == "mx":
            if not _valid_pattern(value):
                raise PolicyError(msg("“mx: {value}” is not a host name or *.domain pattern",
                                      value=value))
            mx.append(value.lower().rstrip("."))
        elif key in fields:
            raise PolicyError(msg("“{key}” appears more than once", key=key))
        else:
            fields[key] = value
    if fields.get("version") != "STSv1":
        raise PolicyError(msg("The policy must have “version: STSv1”"))
    mode = fields.get("mode", "")
    if mode not in MODES:
        raise PolicyError(msg("“mode:” must be enforce, testing or none"))
    age = fields.get("max_age", "")
    if not age.isdigit() or len(age) > 10:
        raise PolicyError(msg("“max_age:” must be a number of seconds"))
    if int(age) > MAX_AGE_LIMIT:
        raise PolicyError(msg("“max_age: {age}” is larger than the limit of {limit} seconds "
                              "(one year)", age=age, limit=MAX_AGE_LIMIT))
    if mode != "none" and not mx:
        raise PolicyError(msg("The policy lists no “mx:” lines"))
    extra = {k: v for k, v in fields.items() if k not in ("version", "mode", "max_age")}
    return StsPolicy("STSv1", mode, tuple(mx), int(age), extra)


def mx_matches(pattern: str, host: str) -> bool:
    """RFC 8461 4.1: exact, or "*.example.com" matching exactly one extra left-most label."""
    pattern = pattern.lower().rstrip(".")
    host = host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, dot, rest = host.partition(".")
        return bool(head) and bool(dot) and rest == pattern[2:]
    return host == pattern
