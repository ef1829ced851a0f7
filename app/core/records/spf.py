"""SPF (RFC 7208): our own parser and a recursive count of DNS-querying terms.

Why our own: the kept libraries evaluate SPF for one connecting IP (pyspf) or lint through their
own resolver set-up; we need a syntax check that names the bad term, the worst-case number of
DNS-querying terms across includes and redirects (the limit of 10), and lookups through our own
bounded, cancellable resolver (``dnsquery.Resolver``), so tests can point it at loopback DNS.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..text.i18n import N_, msg, msg_n, number

MAX_LOOKUPS = 10
LOOKUP_TERMS = frozenset({"include", "a", "mx", "ptr", "exists", "redirect"})
MECHANISMS = frozenset({"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"})
QUALIFIERS = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}

_MACRO_EXPAND = r"%\{[slodiphcrtvSLODIPHCRTV][0-9]*[rR]?[.\-+,/_=]*\}|%%|%_|%-"
_MACRO_LITERAL = r"[\x21-\x24\x26-\x7e]"
_MACRO_STRING = re.compile(rf"(?:{_MACRO_EXPAND}|{_MACRO_LITERAL})*")
_TOPLABEL = re.compile(r"^(?=[a-z0-9-]*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$", re.IGNORECASE)
_MODIFIER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9\-_.]*$")
_CIDR4 = re.compile(r"^/(\d{1,2})$")
_DUAL = re.compile(r"^(?:/(\d{1,2}))?(?://(\d{1,3}))?$")


class SpfSyntaxError(ValueError):
    def __init__(self, message: str, term: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.term = term


@dataclass(frozen=True)
class Term:
    kind: Literal["mechanism", "modifier"]
    name: str  # lower case: "include", "ip4", "redirect", …
    value: str  # after ":" or "=" (cidr suffixes included), "" if none
    qualifier: str = "+"  # mechanisms only
    text: str = ""

    @property
    def queries_dns(self) -> bool:
        return self.name in LOOKUP_TERMS

    @property
    def domain(self) -> str:
        """The domain-spec without a CIDR suffix (a, mx) — "" when the term has none."""
        if self.name in ("a", "mx"):
            return self.value.split("/", 1)[0]
        if self.name in ("include", "exists", "ptr", "redirect", "exp"):
            return self.value
        return ""


@dataclass(frozen=True)
class SpfRecord:
    raw: str
    terms: tuple[Term, ...]

    @property
    def mechanisms(self) -> list[Term]:
        return [t for t in self.terms if t.kind == "mechanism"]

    def modifier(self, name: str) -> str | None:
        for term in self.terms:
            if term.kind == "modifier" and term.name == name:
                return term.value
        return None

    @property
    def all_qualifier(self) -> str | None:
        """"+", "-", "~" or "?" of the ``all`` mechanism, None when there is none."""
        for term in self.mechanisms:
            if term.name == "all":
                return term.qualifier
        return None

    @property
    def redirect(self) -> str | None:
        # RFC 7208 6.1: redirect is ignored when the record has an "all" mechanism.
        return None if self.all_qualifier is not None else self.modifier("redirect")


def is_spf(txt: str) -> bool:
    """True for a TXT string that is an SPF record (version "v=spf1", case-insensitive)."""
    head = txt.strip()[:7].lower()
    return head == "v=spf1" or head == "v=spf1 "


def has_macro(text: str) -> bool:
    return "%{" in text


def _check_domain_spec(spec: str, term: str) -> None:
    if not spec:
        raise SpfSyntaxError(msg("“{term}” needs a domain", term=term), term)
    if _MACRO_STRING.fullmatch(spec) is None:
        raise SpfSyntaxError(msg("“{term}” has a character or macro that is not allowed",
                                 term=term), term)
    if has_macro(spec.rsplit(".", 1)[-1]) or spec.endswith("}"):
        return  # ends in a macro-expand: allowed
    labels = spec.rstrip(".").split(".")
    if len(labels) < 2 or not _TOPLABEL.match(labels[-1]) or "" in labels:
        raise SpfSyntaxError(msg("“{term}”: {domain} is not a full domain name", term=term,
                                 domain=spec), term)
    if len(spec.rstrip(".")) > 253 or any(len(label) > 63 for label in labels):
        raise SpfSyntaxError(msg("“{term}”: {domain} is too long for a domain name",
                                 term=term, domain=spec), term)


def _check_ip(name: str, value: str, term: str) -> None:
    network, _, cidr = value.partition("/")
    try:
        ip = ipaddress.ip_address(network)
    except ValueError:
        if not network:
            raise SpfSyntaxError(msg("“{term}” has no IP address", term=term), term) from None
        raise SpfSyntaxError(msg("“{term}”: {address} is not an IP address", term=term,
                                 address=network), term) from None
    if (name == "ip4") != (ip.version == 4):
        raise SpfSyntaxError(msg("“{term}”: {address} is not an IPv{version} address",
                                 term=term, address=network, version=name[-1]), term)
    if "/" in value:
        limit = 32 if name == "ip4" else 128
        if not cidr.isdigit() or len(cidr) > 3 or int(cidr) > limit:
            raise SpfSyntaxError(msg("“{term}”: {prefix} is not a valid prefix length",
                                     term=term, prefix="/" + cidr), term)


def _parse_term(text: str) -> Term:
    qualifier = "+"
    body = text
    if body[:1] in QUALIFIERS:
        qualifier, body = body[0], body[1:]
    match = re.match(r"^([A-Za-z][A-Za-z0-9\-_.]*)", body)
    name = match.group(1).lower() if match else ""
    rest = body[len(name):]
    if name in MECHANISMS and (rest == "" or rest[0] in ":/"):
        value = rest[1:] if rest.startswith(":") else rest
        if name == "all":
            if rest:
                raise SpfSyntaxError(msg("“{term}”: “all” takes no value", term=text), text)
        elif name in ("include", "exists"):
            if not rest.startswith(":"):
                raise SpfSyntaxError(msg("“{term}” needs “:domain”", term=text), text)
            _check_domain_spec(value, text)
        elif name in ("ip4", "ip6"):
            if not rest.startswith(":"):
                raise SpfSyntaxError(msg("“{term}” needs “:address”", term=text), text)
            _check_ip(name, value, text)
        elif name == "ptr":
            if rest.startswith("/"):
                raise SpfSyntaxError(msg("“{term}”: ptr takes no prefix length", term=text),
                                     text)
            if value:
                _check_domain_spec(value, text)
        else:  # a, mx: [":" domain-spec] [dual-cidr-length]
            domain, cidr = value, ""
            if "/" in value:
                index = value.index("/")
                domain, cidr = value[:index], value[index:]
            if rest.startswith(":"):
                _check_domain_spec(domain, text)
            elif domain:
                raise SpfSyntaxError(msg("“{term}” is not valid", term=text), text)
            dual = _DUAL.match(cidr)
            if cidr and (dual is None or (dual.group(1) and int(dual.group(1)) > 32)
                         or (dual.group(2) and int(dual.group(2)) > 128)):
                raise SpfSyntaxError(msg("“{term}”: {prefix} is not a valid prefix length",
                                         term=text, prefix=cidr), text)
        return Term("mechanism", name, value, qualifier, text)
    if rest.startswith("=") and name and qualifier == "+" and text[:1] not in QUALIFIERS:
        value = rest[1:]
        if _MODIFIER_NAME.match(name) is None or _MACRO_STRING.fullmatch(value) is None:
            raise SpfSyntaxError(msg("“{term}” is not a valid modifier", term=text), text)
        if name in ("redirect", "exp"):
            _check_domain_spec(value, text)
        return Term("modifier", name, value, "", text)
    if name in MECHANISMS:
        raise SpfSyntaxError(msg("“{term}” is not valid", term=text), text)
    raise SpfSyntaxError(msg("“{term}” is not an SPF mechanism", term=text), text)


def parse(text: str) -> SpfRecord:
    """Parse one SPF record; raises SpfSyntaxError naming the first bad term."""
    if not is_spf(text):
        raise SpfSyntaxError(msg("The record does not start with “v=spf1”"), text[:20])
    if any(ord(ch) < 0x20 or ord(ch) > 0x7e for ch in text if ch != " "):
        raise SpfSyntaxError(msg("The record contains characters that are not allowed (only "
                                 "plain ASCII, separated by spaces)"))
    parts = text.split(" ")
    if parts[0].lower() != "v=spf1":
        raise SpfSyntaxError(msg("The record does not start with “v=spf1”"), parts[0])
    terms: list[Term] = []
    seen_modifiers: set[str] = set()
    for part in parts[1:]:
        if not part:
            continue
        term = _parse_term(part)
        if term.kind == "modifier" and term.name in ("redirect", "exp"):
            if term.name in seen_modifiers:
                raise SpfSyntaxError(msg("“{modifier}” appears more than once",
                                         modifier=f"{term.name}="), part)
            seen_modifiers.add(term.name)
        terms.append(term)
    return SpfRecord(text, tuple(terms))


# What the record's "all" says, in English: translated with msg() where it is shown.
ALL_EXPLAINED = {
    "-": N_("“-all” (fail): mail from servers that are not listed should be rejected. Strict, "
            "and right once the list is complete."),
    "~": N_("“~all” (softfail): mail from servers that are not listed is accepted but marked "
            "as suspicious. Common and safe."),
    "?": N_("“?all” (neutral): says nothing about other servers, which protects about as much "
            "as having no SPF record."),
    "+": N_("“+all” (pass): ANY server in the world may send mail as this domain. Dangerous: "
            "it lets spammers pass SPF with your name."),
}


def explain_all(record: SpfRecord) -> str:
    """What the record says about servers it does not list, in the language in use."""
    qualifier = record.all_qualifier
    if qualifier is not None:
        return msg(ALL_EXPLAINED[qualifier])
    redirect = record.modifier("redirect")
    if redirect:
        return msg("No “all”: the policy of {domain} applies (redirect).", domain=redirect)
    return msg("No “all” at the end: servers that are not listed get “neutral”, as with "
               "“?all”.")


# -- recursive count ----------------------------------------------------------------------------

# fetch(domain) -> ("ok", [txt strings]) / ("missing", []) / ("error", [message])
Fetch = Callable[[str], tuple[str, list[str]]]


# Why a node of the tree was not followed (code reads this, never ``error``, the sentence).
NodeProblem = Literal["", "lookup_failed", "missing", "multiple", "syntax", "macro", "loop",
                      "too_deep"]


@dataclass
class SpfNode:
    domain: str
    record: str = ""
    lookups: int = 0  # DNS-querying terms in this record itself
    children: list[SpfNode] = field(default_factory=list)
    error: str = ""  # for people, in the language in use
    problem: NodeProblem = ""

    def fail(self, problem: NodeProblem, error: str) -> None:
        self.problem, self.error = problem, error

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"domain": self.domain, "record": self.record,
                               "lookups": self.lookups}
        if self.error:
            out["error"] = self.error
            out["problem"] = self.problem
        if self.children:
            out["includes"] = [c.to_dict() for c in self.children]
        return out


@dataclass
class SpfProblem:
    code: Literal["multiple", "syntax", "loop", "include_missing", "include_failed",
                  "too_many", "plus_all"]
    message: str
    domain: str = ""


@dataclass
class SpfAnalysis:
    domain: str
    record: SpfRecord | None
    tree: SpfNode
    lookups: int
    problems: list[SpfProblem]

    def to_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "record": self.record.raw if self.record else "",
                "lookups": self.lookups, "limit": MAX_LOOKUPS, "tree": self.tree.to_dict(),
                "problems": [{"code": p.code, "message": p.message, "domain": p.domain}
                             for p in self.problems]}


def spf_records(txts: list[str]) -> list[str]:
    return [t for t in txts if is_spf(t)]


def analyse(domain: str, fetch: Fetch, max_depth: int = 12) -> SpfAnalysis:
    """Parse ``domain``'s SPF record and follow include/redirect, counting DNS-querying terms.

    ``fetch`` is asked for the TXT strings of each domain. The count is the worst case (every
    term evaluated), which is what receivers' limit of 10 applies to.
    """
    problems: list[SpfProblem] = []
    root = SpfNode(domain)

    def visit(node: SpfNode, stack: tuple[str, ...]) -> tuple[SpfRecord | None, int]:
        status, values = fetch(node.domain)
        if status == "error":
            node.fail("lookup_failed", values[0] if values else msg("lookup failed"))
            return None, 0
        records = spf_records(values) if status == "ok" else []
        if not records:
            node.fail("missing", msg("no SPF record"))
            return None, 0
        if len(records) > 1:
            node.fail("multiple", msg_n("{n} SPF record", "{n} SPF records", len(records)))
            problems.append(SpfProblem("multiple", msg_n(
                "{domain} has {n} SPF record; there must be exactly one",
                "{domain} has {n} SPF records; there must be exactly one", len(records),
                domain=node.domain), node.domain))
            return None, 0
        node.record = records[0]
        try:
            record = parse(records[0])
        except SpfSyntaxError as exc:
            node.fail("syntax", exc.message)
            problems.append(SpfProblem("syntax", msg("{label}: {value}", label=node.domain,
                                                     value=exc.message), node.domain))
            return None, 0
        count = 0
        for term in record.terms:
            if not term.queries_dns or (term.name == "redirect" and record.redirect is None):
                continue
            count += 1
            node.lookups += 1
            if term.name not in ("include", "redirect"):
                continue
            target = term.domain.rstrip(".").lower()
            child = SpfNode(target)
            node.children.append(child)
            if has_macro(target):
                child.fail("macro", msg("uses a macro: not followed"))
                continue
            if target in stack:
                child.fail("loop", msg("include loop"))
                problems.append(SpfProblem("loop", msg(
                    "{domain} includes {target}, which includes it back (a loop)",
                    domain=node.domain, target=target), target))
                continue
            if len(stack) >= max_depth:
                child.fail("too_deep", msg("too deep"))
                problems.append(SpfProblem("too_many", msg(
                    "includes nest deeper than {depth} levels", depth=max_depth), target))
                continue
            _sub, sub_count = visit(child, (*stack, target))
            count += sub_count
            if child.problem == "missing":
                problems.append(SpfProblem("include_missing", msg(
                    "{term} points to {target}, which has no SPF record", term=term.text,
                    target=target), target))
            elif child.problem == "lookup_failed":
                problems.append(SpfProblem("include_failed", msg(
                    "{label}: {value}", label=term.text, value=child.error), target))
        return record, count

    record, total = visit(root, (domain.lower(),))
    if total > MAX_LOOKUPS:
        problems.append(SpfProblem("too_many", msg(
            "{count} DNS-querying terms ({terms}) counting includes; the limit is {limit}",
            count=number(total), terms="include, a, mx, ptr, exists, redirect",
            limit=number(MAX_LOOKUPS)), domain))
    if record is not None and record.all_qualifier == "+":
        problems.append(SpfProblem("plus_all", msg(ALL_EXPLAINED["+"]), domain))
    return SpfAnalysis(domain, record, root, total, problems)
