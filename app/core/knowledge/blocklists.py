"""DNS blocklists and public-address echo services, as data (resources/blocklists.toml,
resources/echo_services.toml), and what their answers mean.

* :func:`lists` — every list; :func:`default_lists` those looked up when the user names none;
  :func:`find_list` a list by id or zone (a zone the file does not know becomes a plain list
  with no known answer codes, so any zone can be asked).
* :func:`query_name` — the RFC 5782 query name: IPv4 octets reversed, IPv6 nibbles reversed,
  under the list's zone. :func:`judge` — what the A records of that name say: listed (with the
  meaning of each 127.0.0.x code), not listed, or "cannot tell" (the list refused to answer this
  resolver, e.g. Spamhaus' 127.255.255.254 for queries through a public resolver).
* :func:`named_in` — the list a server's refusal names ("blocked using zen.spamhaus.org",
  Microsoft's S3150, Proofpoint's ipcheck page …) and :func:`reply_facts`, the facts the
  connection check adds to a ``send.blocklisted`` failure.
* :func:`echo_services` and :func:`parse_echo` — the "what is my address" services and the one
  strict reading of their answer (exactly one IPv4 or IPv6 address); :func:`echo_disclosure`,
  what asking one sends where, shown before the user agrees (CLI help and output, the page).
"""

from __future__ import annotations

import functools
import ipaddress
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.knowledge.resources import resource_path
from app.core.text.i18n import localized_table, localized_text, msg

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LISTS_FILE = "blocklists.toml"
ECHO_FILE = "echo_services.toml"

#: RFC 5782 section 5: 127.0.0.2 is listed on every IPv4 list, 127.0.0.1 on none.
IPV4_TEST_POINT = "127.0.0.2"
#: Addresses the lists never list and the Internet never sees: a private, shared (CGNAT),
#: loopback or link-local address is a LAN address, not the one a mail server sees.
LOCAL_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8",
    "169.254.0.0/16", "0.0.0.0/8", "::1/128", "::/128", "fc00::/7", "fe80::/10"))
_LOOPBACK_NET = ipaddress.ip_network("127.0.0.0/8")

Verdict = Literal["listed", "clean", "unknown"]


@dataclass(frozen=True)
class AnswerMeaning:
    code: str
    meaning: str  # English, as in resources/blocklists.toml: shown through ``answer_meaning()``
    policy: bool = False


@dataclass(frozen=True)
class Blocklist:
    id: str
    name: str
    zone: str = ""  # "" = only recognised in replies
    default: bool = False
    ipv6: bool = False
    lookup: str = ""
    delist: str = ""
    about: str = ""
    match: tuple[re.Pattern[str], ...] = ()
    reply_policy: tuple[re.Pattern[str], ...] = ()
    refused: frozenset[str] = frozenset()
    answers: Mapping[str, AnswerMeaning] = field(default_factory=dict)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class EchoService:
    id: str
    name: str
    url: str
    operator: str
    about: str


class BlocklistDataError(ValueError):
    pass


def _text(row: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = row.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise BlocklistDataError(f"{where}: {key} must be a non-empty string")
    return value.strip()


def _url(row: Mapping[str, Any], key: str, where: str) -> str:
    value = _text(row, key, where)
    if not value.startswith("https://"):
        raise BlocklistDataError(f"{where}: {key} must be an https URL")
    return value


def _patterns(row: Mapping[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    values = row.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise BlocklistDataError(f"{where}: {key} must be a list of strings")
    try:
        return tuple(re.compile(v, re.IGNORECASE) for v in values)
    except re.error as exc:
        raise BlocklistDataError(f"{where}: {key}: {exc}") from None


def _blocklist(row: Mapping[str, Any]) -> Blocklist:
    where = f"{LISTS_FILE}: list {row.get('id', '?')}"
    answers: dict[str, AnswerMeaning] = {}
    raw_answers = row.get("answers", {})
    if not isinstance(raw_answers, Mapping):
        raise BlocklistDataError(f"{where}: answers must be a table")
    for address, meaning in raw_answers.items():
        ip = ipaddress.ip_address(address)
        if ip not in _LOOPBACK_NET or not isinstance(meaning, Mapping):
            raise BlocklistDataError(f"{where}: answer {address} must be 127.x with a table")
        answers[str(ip)] = AnswerMeaning(_text(meaning, "code", where),
                                         _text(meaning, "meaning", where),
                                         bool(meaning.get("policy", False)))
    zone = _text(row, "zone", where, required=False).rstrip(".").lower()
    sources = row.get("sources", [])
    if not isinstance(sources, list) or not all(str(s).startswith("https://") for s in sources):
        raise BlocklistDataError(f"{where}: sources must be https URLs")
    return Blocklist(
        id=_text(row, "id", where), name=_text(row, "name", where), zone=zone,
        default=bool(row.get("default", False)) and bool(zone), ipv6=bool(row.get("ipv6")),
        lookup=_url(row, "lookup", where), delist=_url(row, "delist", where),
        about=_text(row, "about", where), match=_patterns(row, "match", where),
        reply_policy=_patterns(row, "reply_policy", where),
        refused=frozenset(str(ipaddress.ip_address(a)) for a in row.get("refused", [])),
        answers=answers, sources=tuple(str(s) for s in sources))


def _tables(filename: str, table: str) -> list[Mapping[str, Any]]:
    """The ``[[table]]`` rows of a resource file (at least one, each a table)."""
    with resource_path(filename).open("rb") as fh:
        rows = tomllib.load(fh).get(table, [])
    if not isinstance(rows, list) or not rows or not all(isinstance(r, Mapping) for r in rows):
        raise BlocklistDataError(f"{filename}: [[{table}]] tables are missing")
    return rows


@functools.lru_cache(maxsize=1)
def lists() -> tuple[Blocklist, ...]:
    """Every list in resources/blocklists.toml, in file order (cached)."""
    out = tuple(_blocklist(row) for row in _tables(LISTS_FILE, "list"))
    ids = [b.id for b in out]
    if len(set(ids)) != len(ids):
        raise BlocklistDataError(f"{LISTS_FILE}: an id is listed twice")
    return out


def default_lists() -> tuple[Blocklist, ...]:
    return tuple(b for b in lists() if b.default)


_ZONE = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


def find_list(name: str) -> Blocklist:
    """The list with this id or zone; any other DNS zone becomes a list of its own (any 127.x
    answer is a listing with no known meaning). Raises ValueError for what is not a zone."""
    key = name.strip().rstrip(".").lower()
    for item in lists():
        if key in (item.id, item.zone) and item.zone:
            return item
    if not _ZONE.match(key):
        raise ValueError(msg("{name} is neither a known list ({zones}) nor a DNS zone like "
                             "dnsbl.example.net", name=repr(name),
                             zones=", ".join(b.zone for b in default_lists())))
    return Blocklist(id=key, name=key, zone=key, ipv6=True,
                     about=msg("A blocklist you named; SMTP Doctor knows no more about it."))


# -- the list's words, in the user's language (resources/i18n/<lang>/blocklists.toml) ----------

def about(item: Blocklist) -> str:
    """What a listing on ``item`` means, in the current language (read at use time)."""
    return localized_text(item.about, localized_table("blocklists", item.id).get("about"))


def answer_meaning(item: Blocklist, address: str) -> str:
    """The documented meaning of the answer ``address`` (127.0.0.x) on ``item``, in the current
    language; "" for an answer the list does not document."""
    known = item.answers.get(address)
    if known is None:
        return ""
    answers = localized_table("blocklists", item.id).get("answers")
    table = answers.get(address) if isinstance(answers, Mapping) else None
    return localized_text(known.meaning, table.get("meaning") if isinstance(table, Mapping)
                          else None)


# -- the lookup ---------------------------------------------------------------------------------

def is_local(address: str) -> bool:
    """A LAN, loopback or carrier-grade NAT address: not what a mail server sees."""
    ip = ipaddress.ip_address(address)
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    return any(ip.version == net.version and ip in net for net in LOCAL_NETWORKS)


def query_name(address: str, zone: str) -> str:
    """RFC 5782: 192.0.2.1 on zen.spamhaus.org -> 1.2.0.192.zen.spamhaus.org; IPv6 by nibbles
    (2001:db8::1 -> 1.0.0.0. … .8.b.d.0.1.0.0.2.zone)."""
    pointer = ipaddress.ip_address(address).reverse_pointer
    reversed_part = pointer.rsplit(".", 2)[0]  # drop in-addr.arpa / ip6.arpa
    return f"{reversed_part}.{zone}"


def probe_address(version: int) -> str:
    """The address every list of that family must list (RFC 5782 section 5)."""
    return IPV4_TEST_POINT if version == 4 else "::ffff:7f00:2"


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    codes: tuple[str, ...] = ()  # the 127.0.0.x answers
    meanings: tuple[str, ...] = ()  # "PBL: Policy Block List …"
    policy: bool = False  # every listing is a policy listing (PBL, dynamic ranges)
    why: str = ""  # for "unknown": why the answer can't be trusted


def _address_order(raw: str) -> tuple[int, str]:
    try:
        return (int(ipaddress.ip_address(str(raw))), "")
    except ValueError:
        return (-1, str(raw))


def judge(blocklist: Blocklist, answers: Sequence[str]) -> Judgement:
    """What the A records for an address mean on ``blocklist``: 127.0.0.x answers are
    listings (with their documented meaning), the list's ``refused`` answers and 127.0.0.1
    mean it would not answer this resolver, anything outside 127.0.0.0/8 is not a DNSBL
    answer at all (a wildcard or a hijacking resolver): both "cannot tell"."""
    if not answers:
        return Judgement("clean")
    codes: list[str] = []
    meanings: list[str] = []
    policies: list[bool] = []
    for raw in sorted(answers, key=_address_order):
        try:
            ip = ipaddress.ip_address(str(raw))
        except ValueError:
            return Judgement("unknown", why=msg("the answer {answer} is not an address",
                                                answer=str(raw)))
        text = str(ip)
        if text in blocklist.refused:
            return Judgement("unknown", (text,), why=msg(
                "the list answered {answer}, its code for “I won't answer your DNS resolver” "
                "(a public resolver, or too many queries)", answer=text))
        if ip not in _LOOPBACK_NET or text == "127.0.0.1":
            return Judgement("unknown", (text,), why=msg(
                "the answer {answer} is not a blocklist code (a DNS resolver that answers every "
                "name, or a list that is shut down)", answer=text))
        codes.append(text)
        known = blocklist.answers.get(text)
        if known is not None:
            meanings.append(msg("{code}: {meaning}", code=known.code,
                                meaning=answer_meaning(blocklist, text)))
            policies.append(known.policy)
        else:
            meanings.append(msg("{code}: listed (no documented meaning for this code)",
                                code=text))
            policies.append(False)
    return Judgement("listed", tuple(codes), tuple(dict.fromkeys(meanings)), all(policies))


# -- replies that name a list ---------------------------------------------------------------------

_CODE_IN_REPLY = re.compile(r"\b127\.0\.0\.(\d{1,3})\b")


def named_in(text: str) -> Blocklist | None:
    """The list a server's reply names (the one named first, when it names several)."""
    best: tuple[int, Blocklist] | None = None
    for item in lists():
        for pattern in item.match:
            found = pattern.search(text)
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), item)
    return best[1] if best is not None else None


def reply_facts(text: str) -> dict[str, Any]:
    """Facts for a refusal that names a list: its name, lookup and delisting pages, what it is,
    and ``blocklist_policy`` = "yes" when the reply says it is a policy listing (Spamhaus PBL,
    Trend Micro's dynamic list): the address should send through the provider's server."""
    item = named_in(text)
    if item is None:
        return {}
    facts: dict[str, Any] = {"blocklist": item.name, "blocklist_lookup": item.lookup,
                             "blocklist_delist": item.delist, "blocklist_about": about(item)}
    policy = any(p.search(text) for p in item.reply_policy) or re.search(
        r"\bpbl\b", text, re.IGNORECASE) is not None
    for match in _CODE_IN_REPLY.finditer(text):
        code = f"127.0.0.{match.group(1)}"
        meaning = item.answers.get(code)
        if meaning is not None:
            facts["blocklist_code"] = msg("{code}: {meaning}", code=meaning.code,
                                          meaning=answer_meaning(item, code))
            policy = policy or meaning.policy
            break
    facts["blocklist_policy"] = "yes" if policy else "no"
    return facts


# -- echo services ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def echo_services() -> tuple[EchoService, ...]:
    """The public-address services of resources/echo_services.toml, in the order tried."""
    out = []
    for row in _tables(ECHO_FILE, "service"):
        where = f"{ECHO_FILE}: service {row.get('id', '?')}"
        out.append(EchoService(_text(row, "id", where), _text(row, "name", where),
                               _url(row, "url", where), _text(row, "operator", where),
                               _url(row, "about", where)))
    return tuple(out)


MAX_ECHO_BODY = 256


def parse_echo(body: bytes) -> str:
    """The one address an echo service's body holds, normalized; raises ValueError when the
    body is anything else (HTML, two addresses, a scope id, an address with text around it)."""
    if len(body) > MAX_ECHO_BODY:
        raise ValueError(msg("the answer is longer than one address"))
    try:
        text = body.decode("ascii").strip()
    except UnicodeDecodeError:
        raise ValueError(msg("the answer is not plain text")) from None
    if not text or any(c.isspace() for c in text) or "%" in text:
        raise ValueError(msg("the answer is not exactly one IP address"))
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(msg("the answer is not an IP address")) from None
    mapped = getattr(ip, "ipv4_mapped", None)
    return str(mapped or ip)


def echo_disclosure(urls: tuple[str, ...] = ()) -> str:
    """What asking for the public address sends where, in words shown before the user agrees."""
    if urls:
        where = ", ".join(urls)
    else:
        where = ", ".join(f"{s.url.split('/')[2]} ({s.operator})" for s in echo_services())
    return msg("To find your public address, SMTP Doctor sends one HTTPS request to an echo "
               "service — {where} — the next only if one fails. The service sees your public IP "
               "address and the time, nothing else: no settings, no mail address, no password.",
               where=where)
