"""Received header fields (RFC 5321 §4.4) read as a path: hops with times, TLS and delays.

``parse(value)`` reads one field: ``from`` (the name the client gave and, from the comment, the
name and address the server saw), ``by``, ``with`` (the protocol; RFC 3848's ESMTPS / ESMTPSA /
LMTPS mean TLS was used), ``id``, ``for`` and the date after the last ``;``. The TLS version and
cipher are read from the comments the common MTAs write: Postfix "(using TLSv1.3 with cipher
…)", Exim "(TLS1.3) tls TLS_AES_256_GCM_SHA384", Gmail and Microsoft "(version=TLS1_3
cipher=…)". What a field does not say stays empty: ``encrypted`` is None when unknown.

``chain(values)`` takes the fields top first (as in the message) and returns the hops oldest
first, each with the delay since the hop before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from typing import Any

from ..text.i18n import msg, number

MAX_FIELD = 16 * 1024
_CLAUSES = ("from", "by", "via", "with", "id", "for")
_IP = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]+)\]")
_TLS_VERSION = re.compile(r"\b(?:TLS\s?v?|version=TLS)(1[._][0-3]|1)\b|\bSSLv3\b", re.IGNORECASE)
_CIPHER = re.compile(r"\b(?:cipher[= ]|tls\s+)([A-Z0-9][A-Z0-9_-]{6,})", re.IGNORECASE)
_TLS_PROTOCOLS = {"smtps", "esmtps", "esmtpsa", "utf8smtps", "utf8smtpsa", "lmtps", "lmtpsa"}
_PLAIN_PROTOCOLS = {"smtp", "esmtp", "esmtpa", "utf8smtp", "utf8smtpa", "lmtp", "lmtpa"}


@dataclass(frozen=True)
class Hop:
    from_name: str = ""  # the name the client gave (HELO/EHLO)
    from_host: str = ""  # the name the server found for the client's address (reverse DNS)
    from_ip: str = ""
    by: str = ""  # the server that wrote the field
    protocol: str = ""  # the "with" clause: ESMTP, ESMTPSA, LMTP, HTTP, local …
    id: str = ""
    recipient: str = ""  # the "for" clause
    time: dt.datetime | None = None
    tls_version: str = ""  # "TLS 1.3"
    cipher: str = ""
    encrypted: bool | None = None  # None: the field does not say
    delay_s: float | None = None  # since the hop before (chain() fills it in)

    @property
    def client(self) -> str:
        name = self.from_host or self.from_name
        return f"{name} [{self.from_ip}]" if name and self.from_ip else name or self.from_ip

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.client, "from_name": self.from_name, "from_ip": self.from_ip,
                "by": self.by, "protocol": self.protocol, "id": self.id,
                "time": self.time.isoformat() if self.time else None,
                "tls_version": self.tls_version, "cipher": self.cipher,
                "encrypted": self.encrypted,
                "delay_s": None if self.delay_s is None else round(self.delay_s, 3)}

    def how(self) -> list[str]:
        """The protocol and the TLS version, or "no TLS" (current language) when it says so."""
        how = [self.protocol] if self.protocol else []
        if self.tls_version:
            how.append(self.tls_version)
        elif self.encrypted is False:
            how.append(msg("no TLS"))
        return how

    def line(self) -> str:
        """``mail.example.com [192.0.2.1] → mx.example.org (ESMTPS, TLS 1.3) +0.4 s``."""
        how = self.how()
        text = f"{self.client or '?'} → {self.by or '?'}"
        if how:
            text += f" ({', '.join(how)})"
        if self.delay_s is not None:
            text += " " + _delay(self.delay_s, 1)
        return text


def _delay(seconds: float, decimals: int) -> str:
    return msg("+{seconds} s", seconds=number(seconds, decimals))


def _strip_comments(text: str) -> tuple[str, list[str]]:
    out, comments, depth, buf = [], [], 0, []
    for ch in text:
        if ch == "(":
            if depth:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth:
                buf.append(ch)
            else:
                comments.append("".join(buf))
                buf = []
                out.append(f" \x00{len(comments) - 1} ")
        elif depth:
            buf.append(ch)
        else:
            out.append(ch)
    return "".join(out), comments


def parse(value: str) -> Hop:
    text = re.sub(r"\r?\n[ \t]*", " ", value[:MAX_FIELD])
    body, _, date = text.rpartition(";")
    if not body:
        body, date = text, ""
    when: dt.datetime | None = None
    try:
        when = parsedate_to_datetime(date.strip()) if date.strip() else None
    except (TypeError, ValueError, IndexError):
        when = None
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)  # "-0000": UTC, origin unknown
    stripped, comments = _strip_comments(body)
    words = stripped.split()
    clauses: dict[str, list[str]] = {}
    current = ""
    for word in words:
        if word.lower() in _CLAUSES and word.lower() not in clauses:
            current = word.lower()
            clauses[current] = []
        elif current:
            clauses[current].append(word)

    def plain(name: str) -> str:
        return " ".join(w for w in clauses.get(name, []) if not w.startswith("\x00"))

    def notes(name: str) -> list[str]:
        return [comments[int(w[1:])] for w in clauses.get(name, []) if w.startswith("\x00")]

    from_notes = " ".join(notes("from"))
    ip = _IP.search(from_notes) or _IP.search(plain("from"))
    host_match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}|localhost)\b",
                          from_notes)
    protocol = plain("with").split(" ")[0] if plain("with") else ""
    all_text = " ".join(comments) + " " + stripped
    version = _TLS_VERSION.search(all_text)
    tls_version = ""
    if version:
        number = version.group(1)
        tls_version = "SSL 3" if number is None else "TLS " + (
            "1.0" if number == "1" else number.replace("_", "."))
    cipher = _CIPHER.search(all_text)
    encrypted: bool | None = None
    if protocol.lower() in _TLS_PROTOCOLS or tls_version:
        encrypted = True
    elif protocol.lower() in _PLAIN_PROTOCOLS:
        encrypted = False
    return Hop(from_name=plain("from").split(" ")[0] if plain("from") else "",
               from_host=host_match.group(1) if host_match else "",
               from_ip=ip.group(1) if ip else "",
               by=plain("by").split(" ")[0] if plain("by") else "",
               protocol=protocol, id=plain("id").split(" ")[0] if plain("id") else "",
               recipient=plain("for").strip("<>;"), time=when, tls_version=tls_version,
               cipher=cipher.group(1) if cipher and encrypted else "", encrypted=encrypted)


def chain(values: Sequence[str], sent_at: dt.datetime | None = None) -> list[Hop]:
    """The Received fields top first (as in the message) -> hops oldest first, each with the
    delay since the hop before it (the first: since ``sent_at``, e.g. the Date field)."""
    hops = [parse(v) for v in reversed(values)]
    out: list[Hop] = []
    before = sent_at
    for hop in hops:
        delay = None
        if hop.time is not None and before is not None:
            delay = max(0.0, (hop.time - before).total_seconds())
        out.append(replace(hop, delay_s=delay))
        if hop.time is not None:
            before = hop.time
    return out


def path_text(hops: Sequence[Hop]) -> str:
    """``client [ip] → server1 (ESMTPSA, +0.1 s) → server2 (ESMTPS, TLS 1.3, +0.0 s)``."""
    if not hops:
        return ""
    parts = [hops[0].client or "?"]
    for hop in hops:
        how = hop.how()
        if hop.delay_s is not None:
            how.append(_delay(hop.delay_s, 0))
        parts.append(f"{hop.by or '?'}" + (f" ({', '.join(how)})" if how else ""))
    return " → ".join(parts)


def total_delay(hops: Sequence[Hop], sent_at: dt.datetime | None = None) -> float | None:
    """Seconds from ``sent_at`` (or the first hop) to the last hop, by the fields' own clocks."""
    times = [h.time for h in hops if h.time is not None]
    start = sent_at or (times[0] if times else None)
    if not times or start is None:
        return None
    return max(0.0, (times[-1] - start).total_seconds())
